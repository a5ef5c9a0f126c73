// Shared primitive types of the domain core. Every core function that can fail
// returns a Hasil<T>, never throws, so shells (custom functions, CLI, task pane)
// can turn the error into an Excel error value or an Indonesian message.

/** Excel error a custom function returns for a failed Hasil. */
export type ExcelErrorKind = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export interface DomainError {
  /** Stable machine code, e.g. "TARGET_NOL", "BUKAN_ANGKA". */
  code: string;
  /** Short Indonesian message for people. */
  message: string;
  /** The Excel error this becomes inside a cell. */
  excel: ExcelErrorKind;
}

export type Hasil<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Direction of an indicator: Naik = higher is better, Turun = lower is better. */
export type Arah = "Naik" | "Turun";

/** A range target such as "80–90 %": inside the range is 100 %. */
export interface TargetRentang {
  bawah: number;
  atas: number;
}

export type Target = number | TargetRentang;

/** Result of parsing a cell value as a number (Indonesian or English notation). */
export type ParsedNumber =
  | {
      ok: true;
      /** As Excel stores it: "94,87%" → 0.9487. */
      value: number;
      /** The input carried a percent sign (or was a percent-formatted number). */
      percent: boolean;
      /** The input was text (a number stored as text), not a number. */
      fromText: boolean;
      /** Trailing unit words or currency removed ("12 fasilitasi" → "fasilitasi"). */
      unit: string | null;
    }
  | { ok: false; reason: "kosong" | "bukan-angka"; raw: string };

/** One band of a predikat scale: a value ≥ lower (or > lower when exclusive) gets label. */
export interface ScaleBand {
  lower: number;
  label: string;
  /** Optional colour (hex, "#RRGGBB") used by conditional formatting. */
  color?: string;
  /** Overrides the scale's `exclusive` for this band (EFISIENSI: "> 5" but "≥ −5"). */
  exclusive?: boolean;
}

export interface PredikatScale {
  /** Preset name ("PERMENDAGRI86", ...) or "Skala" for a custom table. */
  name: string;
  /** "persen": the input is a capaian fraction (1 = 100 %); "poin": plain points. */
  input: "persen" | "poin";
  /** Bounds compared with ">" instead of "≥" (the SAKIP preset). */
  exclusive: boolean;
  /** Highest band first. */
  bands: ScaleBand[];
  /** Label for values below every band (null: #N/A). */
  below: string | null;
  /** Colour of the `below` label (hex), when it has one. */
  belowColor?: string;
}

export type JenisLaporan = "Triwulan" | "Tahunan";
export type Triwulan = 1 | 2 | 3 | 4;
