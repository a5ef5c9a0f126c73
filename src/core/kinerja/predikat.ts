// Predikat scales: presets from domain.md and custom (lower bound, label) tables.
// Percent scales hold their bounds as fractions (91 % = 0.91) because CAPAIAN
// returns fractions. Comparisons allow for binary noise (9,1 / 10 is
// 0.9099999999999999 in floating point and must still reach 91 %).
import type { Hasil, PredikatScale, ScaleBand } from "../types";
import { berhasil, gagal } from "../hasil";
import { parseAngka } from "../angka/parse";

export const PRESET_NAMES = [
  "PERMENDAGRI86",
  "BAIK5",
  "BERHASIL4",
  "IKM",
  "SAKIP",
  "EFISIENSI",
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Green (best) → red (worst), by position in a scale. */
const HIJAU_MERAH = ["#1E7B34", "#63BE7B", "#C6E48B", "#FFEB84", "#FDB462", "#F8696B", "#C0392B"];

function warna(index: number, jumlah: number): string {
  if (jumlah <= 1) return HIJAU_MERAH[0];
  const pos = Math.round((index * (HIJAU_MERAH.length - 1)) / (jumlah - 1));
  return HIJAU_MERAH[pos];
}

function skala(
  name: string,
  input: PredikatScale["input"],
  exclusive: boolean,
  pairs: [number, string, boolean?][],
  below: string | null
): PredikatScale {
  const total = pairs.length + (below === null ? 0 : 1);
  const bands: ScaleBand[] = pairs.map(([lower, label, excl], i) => {
    const band: ScaleBand = { lower, label, color: warna(i, total) };
    if (excl !== undefined) band.exclusive = excl;
    return Object.freeze(band);
  });
  const s: PredikatScale = { name, input, exclusive, bands, below };
  if (below !== null) s.belowColor = warna(total - 1, total);
  Object.freeze(bands);
  return Object.freeze(s);
}

const PRESETS: Record<PresetName, PredikatScale> = {
  PERMENDAGRI86: skala(
    "PERMENDAGRI86",
    "persen",
    false,
    [
      [0.91, "Sangat Tinggi"],
      [0.76, "Tinggi"],
      [0.66, "Sedang"],
      [0.51, "Rendah"],
    ],
    "Sangat Rendah"
  ),
  BAIK5: skala(
    "BAIK5",
    "persen",
    false,
    [
      [0.91, "Sangat Baik"],
      [0.76, "Baik"],
      [0.66, "Cukup"],
      [0.51, "Kurang"],
    ],
    "Sangat Kurang"
  ),
  BERHASIL4: skala(
    "BERHASIL4",
    "persen",
    false,
    [
      [0.85, "Sangat Berhasil"],
      [0.7, "Berhasil"],
      [0.55, "Cukup Berhasil"],
    ],
    "Kurang Berhasil"
  ),
  // IKM = mean NRR × 25 lies in [25, 100]; below 25 is not an IKM, so #N/A.
  IKM: skala(
    "IKM",
    "poin",
    false,
    [
      [88.31, "A (Sangat Baik)"],
      [76.61, "B (Baik)"],
      [65, "C (Kurang Baik)"],
      [25, "D (Tidak Baik)"],
    ],
    null
  ),
  SAKIP: skala(
    "SAKIP",
    "poin",
    true,
    [
      [90, "AA"],
      [80, "A"],
      [70, "BB"],
      [60, "B"],
      [50, "CC"],
      [30, "C"],
    ],
    "D"
  ),
  EFISIENSI: skala(
    "EFISIENSI",
    "poin",
    false,
    [
      [5, "Efisien", true],
      [-5, "Cukup Efisien"],
    ],
    "Tidak Efisien"
  ),
};

function normalNama(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[\s_.-]+/g, "");
}

/** Preset by name, case-insensitive ("permendagri 86" works too). */
export function getPreset(name: string): Hasil<PredikatScale> {
  if (typeof name !== "string") return gagal("SKALA_TIDAK_DIKENAL", "Nama skala harus teks");
  const key = normalNama(name) as PresetName;
  const preset = Object.prototype.hasOwnProperty.call(PRESETS, key) ? PRESETS[key] : undefined;
  if (!preset) {
    return gagal(
      "SKALA_TIDAK_DIKENAL",
      `Skala "${name.trim()}" tidak dikenal: pakai ${PRESET_NAMES.join(", ")}`
    );
  }
  return berhasil(preset);
}

/**
 * A custom scale from (lower bound, label) pairs, as the "Skala" sheet holds
 * them. Bounds are compared as given ("poin"): a bound typed as 91% arrives as
 * 0.91 and matches CAPAIAN's fractions. Values below every bound are #N/A.
 */
export function scaleFromBands(
  pairs: [number, string][],
  colors?: (string | null | undefined)[]
): Hasil<PredikatScale> {
  if (!Array.isArray(pairs) || pairs.length === 0) {
    return gagal("SKALA_KOSONG", "Skala kosong: isi Batas Bawah dan Predikat");
  }
  const seen = new Set<number>();
  const rows: { lower: number; label: string; color?: string }[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [lower, label] = pairs[i];
    if (typeof lower !== "number" || !Number.isFinite(lower)) {
      return gagal("SKALA_TIDAK_VALID", `Batas bawah baris ${i + 1} skala bukan angka`);
    }
    if (typeof label !== "string" || label.trim() === "") {
      return gagal("SKALA_TIDAK_VALID", `Predikat baris ${i + 1} skala kosong`);
    }
    if (seen.has(lower)) {
      return gagal("SKALA_GANDA", `Batas bawah ${lower} muncul lebih dari sekali di skala`);
    }
    seen.add(lower);
    const c = colors?.[i];
    rows.push({
      lower,
      label: label.trim(),
      color: typeof c === "string" && /^#[0-9a-f]{6}$/i.test(c.trim()) ? c.trim() : undefined,
    });
  }
  rows.sort((a, b) => b.lower - a.lower);
  const bands: ScaleBand[] = rows.map((r, i) => ({
    lower: r.lower,
    label: r.label,
    color: r.color ?? warna(i, rows.length),
  }));
  return berhasil({ name: "Skala", input: "poin", exclusive: false, bands, below: null });
}

/**
 * A custom scale from cell rows [Batas Bawah, Predikat, (Warna)], as a range
 * or the Skala table body. Blank rows are skipped; a first row whose bound is
 * text (a header) is skipped; bounds may be text ("91%", "91").
 */
export function scaleFromRows(rows: unknown[][]): Hasil<PredikatScale> {
  if (!Array.isArray(rows)) return gagal("SKALA_TIDAK_VALID", "Skala harus rentang dua kolom");
  const pairs: [number, string][] = [];
  const colors: (string | null)[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = Array.isArray(rows[i]) ? rows[i] : [rows[i]];
    const kosong = row.every((c) => c === null || c === undefined || String(c).trim() === "");
    if (kosong) continue;
    if (row.length < 2) return gagal("SKALA_TIDAK_VALID", "Skala harus rentang dua kolom");
    const bound = parseAngka(row[0]);
    if (!bound.ok) {
      if (pairs.length === 0 && i === 0 && typeof row[0] === "string") continue;
      return gagal("SKALA_TIDAK_VALID", `Batas bawah baris ${i + 1} skala bukan angka`);
    }
    const label = row[1];
    pairs.push([bound.value, typeof label === "string" ? label : String(label ?? "")]);
    colors.push(typeof row[2] === "string" ? row[2] : null);
  }
  return scaleFromBands(pairs, colors);
}

function mencapai(value: number, lower: number, exclusive: boolean): boolean {
  const tol = 1e-9 * Math.max(1, Math.abs(lower));
  return exclusive ? value > lower + tol : value >= lower - tol;
}

/** The band a value falls in (highest first), or null when below every band. */
export function bandFor(value: number, scale: PredikatScale): ScaleBand | null {
  for (const band of scale.bands) {
    if (mencapai(value, band.lower, band.exclusive ?? scale.exclusive)) return band;
  }
  return null;
}

/** Label for a value: 0.91 → "Sangat Tinggi" on PERMENDAGRI86. */
export function predikat(value: number, scale: PredikatScale): Hasil<string> {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return gagal("BUKAN_ANGKA", "Nilai predikat bukan angka");
  }
  const band = bandFor(value, scale);
  if (band) return berhasil(band.label);
  if (scale.below !== null) return berhasil(scale.below);
  return gagal("DI_BAWAH_SKALA", `Nilai di bawah batas terendah skala ${scale.name}`, "#N/A");
}
