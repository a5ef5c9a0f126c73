// Language helpers of the narrative: runs, counts in words, figures the
// Indonesian way, and the one/many/none wording. Every figure goes through the
// core formatters so the text agrees with the tables and the validator.
import { formatAngka, formatPersen } from "../format/angka";
import { formatRupiah, type GayaRupiah } from "../format/rupiah";
import { jumlahDenganKata } from "../format/terbilang";
import { satuanPersen } from "../kinerja/satuan";
import { parseNip, formatNip } from "../nip";
import type { Hasil } from "../types";
import type { Cell, IndikatorKinerja, NumberCell, TargetCell } from "../model/types";
import type { PlaceholderRun, Run, TableCell, TextRun } from "./document";

/** Plain text run. */
export function t(text: string): TextRun {
  return { kind: "text", text };
}

export function b(text: string): TextRun {
  return { kind: "text", text, bold: true };
}

export function i(text: string): TextRun {
  return { kind: "text", text, italic: true };
}

export function ph(label: string): PlaceholderRun {
  return { kind: "placeholder", label };
}

export type Bagian = string | Run | null | undefined | false | Bagian[];

/** Sentence parts → runs: strings become text, falsy parts vanish, adjacent runs of one style merge. */
export function runs(...parts: Bagian[]): Run[] {
  const out: Run[] = [];
  tambahKe(out, parts, null);
  return out;
}

/**
 * `milik` is the last run of `out` made here (a string's run or a merge): the
 * next part of the same style extends its text in place instead of copying the
 * run for every part. Runs handed in by the caller are never changed.
 */
function tambahKe(out: Run[], parts: readonly Bagian[], milik: TextRun | null): TextRun | null {
  for (const p of parts) {
    if (p === null || p === undefined || p === false || p === "") continue;
    if (Array.isArray(p)) {
      milik = tambahKe(out, p, milik);
      continue;
    }
    const r: Run = typeof p === "string" ? t(p) : p;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (
      r.kind === "text" &&
      last !== undefined &&
      last.kind === "text" &&
      Boolean(last.bold) === Boolean(r.bold) &&
      Boolean(last.italic) === Boolean(r.italic)
    ) {
      if (milik !== null && last === milik) milik.text += r.text;
      else {
        milik = { ...last, text: last.text + r.text };
        out[out.length - 1] = milik;
      }
    } else {
      out.push(r);
      milik = typeof p === "string" && r.kind === "text" ? r : null;
    }
  }
  return milik;
}

/** A text cell's trimmed value, or null when blank. */
export function teks(c: Cell<string> | Cell<unknown> | null | undefined): string | null {
  if (!c) return null;
  const v = c.value;
  if (typeof v === "string") {
    const s = v.trim();
    return s === "" ? null : s;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

/** The cell's text, or a placeholder naming what is missing. */
export function isiAtau(c: Cell<string> | null | undefined, label: string): Run {
  const s = teks(c);
  return s === null ? ph(label) : t(s);
}

/** "3 (tiga) indikator"; without a noun just "3 (tiga)". */
export function jumlah(n: number, benda?: string): string {
  return jumlahDenganKata(n, benda);
}

/** A percentage the way the narrative prints it: 2 decimals, trailing zeros dropped ("72,16%", "100%"). */
export function persen(fraction: number): string {
  return formatPersen(fraction, 2, { trim: true });
}

// Rupiah style of the build in progress (set when a build starts, like the memo below).
let GAYA_RUPIAH: GayaRupiah = "PUEBI";

export function aturGayaRupiah(gaya: GayaRupiah | undefined): void {
  GAYA_RUPIAH = gaya ?? "PUEBI";
}

/** Rupiah in the build's style: PUEBI "Rp1.234.567" by default, "Rp 1.234.567", "Rp. 1.234.567". */
export function rupiah(n: number): string {
  return formatRupiah(n, { gaya: GAYA_RUPIAH });
}

/** A plain figure with up to 2 decimals ("1.234,5"). */
export function angka(n: number): string {
  return formatAngka(n, 2, { trim: true });
}

function satuanBersih(k: IndikatorKinerja): string | null {
  const s = teks(k.satuan);
  return s === null ? null : s;
}

function angkaSel(n: number, percent: boolean, satuan: string | null, denganSatuan: boolean) {
  if (percent) return persen(n);
  const a = angka(n);
  if (!denganSatuan || satuan === null) return a;
  if (satuanPersen(satuan)) return `${a}%`;
  return `${a} ${satuan}`;
}

// Each capaian appears in several tables and sentences: format it once per
// computed figure and build. Keyed by the model's own Hasil objects (cells are
// views made on each read, so they cannot be keys); emptied when a build
// starts, so a build pays for its own formatting and nothing outlives it for long.
let MEMO_CAPAIAN = new WeakMap<object, string | null>();

/** Forget formatted figures (called when a build starts; builds are synchronous). */
export function mulaiMemo(): void {
  MEMO_CAPAIAN = new WeakMap();
}

function ingat<K extends object>(
  memo: WeakMap<object, string | null>,
  key: K,
  f: (key: K) => string | null
): string | null {
  const ada = memo.get(key);
  if (ada !== undefined) return ada;
  const v = f(key);
  memo.set(key, v);
  return v;
}

/** A numeric cell of an indicator (realisasi, pembilang), as typed: "70%", "12 laporan", "84,19". */
export function figurSel(
  c: NumberCell | null,
  k: IndikatorKinerja,
  denganSatuan = true
): string | null {
  if (!c || c.value === null) return null;
  const percent = c.parsed.ok && c.parsed.percent;
  return angkaSel(c.value, percent, satuanBersih(k), denganSatuan);
}

/** The target of an indicator, a range as "80%–90%". */
export function figurTarget(
  c: TargetCell | null,
  k: IndikatorKinerja,
  denganSatuan = true
): string | null {
  if (!c || c.value === null) return null;
  return targetTeks(c, k, denganSatuan);
}

function targetTeks(c: TargetCell, k: IndikatorKinerja, denganSatuan: boolean): string | null {
  if (c.value === null) return null;
  // A range ("80%-90%") has no single parse: its percent sign is in the typed text.
  const percent =
    (c.parsed?.ok === true && c.parsed.percent) ||
    (c.parsed?.ok !== true && typeof c.raw === "string" && c.raw.includes("%"));
  const sat = satuanBersih(k);
  const v = c.value;
  if (typeof v === "number") return angkaSel(v, percent, sat, denganSatuan);
  return `${angkaSel(v.bawah, percent, sat, false)}–${angkaSel(v.atas, percent, sat, denganSatuan)}`;
}

/** Capaian as printed, or null when it cannot be computed. */
export function figurCapaian(h: Hasil<number> | null): string | null {
  if (!h || !h.ok) return null;
  return ingat(MEMO_CAPAIAN, h, (x) => (x.ok ? persen(x.value) : null));
}

/** "NIP. 19870702 200602 1 002" for a valid NIP; the typed text otherwise; null when blank. */
export function nipTeks(c: Cell<string>): string | null {
  const s = teks(c);
  if (s === null) return null;
  const p = parseNip(s);
  return `NIP. ${p.ok ? formatNip(s) : s}`;
}

/**
 * Wording for "how many indicators reached 100 %", right for none, one, some and all:
 * "seluruh indikator (3 (tiga) indikator) telah tercapai 100%",
 * "belum ada indikator yang mencapai 100%", "1 (satu) indikator telah tercapai 100% dan ...".
 */
export function kalimatTercapai(jumlahIndikator: number, tercapai: number, belum: number): string {
  const tanpa = jumlahIndikator - tercapai - belum;
  const ekor =
    tanpa > 0
      ? `; ${jumlah(tanpa, "indikator")} belum dapat dihitung capaiannya karena datanya belum lengkap`
      : "";
  if (jumlahIndikator === 0) return "belum ada indikator kinerja yang ditetapkan";
  if (tercapai === 0 && belum === 0) {
    return `capaian ${jumlahIndikator === 1 ? "indikator tersebut" : "seluruh indikator"} belum dapat dihitung karena datanya belum lengkap`;
  }
  if (tercapai === 0) {
    const subjek = belum === 1 && tanpa === 0 ? "indikator tersebut" : "indikator";
    return subjek === "indikator tersebut"
      ? `indikator tersebut belum mencapai 100%`
      : `belum ada indikator yang mencapai 100%${ekor}`;
  }
  if (belum === 0 && tanpa === 0) {
    return jumlahIndikator === 1
      ? "indikator tersebut telah tercapai 100%"
      : `seluruh indikator telah tercapai 100%`;
  }
  const bagian = [`${jumlah(tercapai, "indikator")} telah tercapai 100%`];
  if (belum > 0) bagian.push(`${jumlah(belum, "indikator")} belum tercapai 100%`);
  return bagian.join(" dan ") + ekor;
}

/** Table cell from text (null → empty cell) or runs. */
export function sel(isi: string | Run | Run[] | null, opts?: Partial<TableCell>): TableCell {
  const r =
    isi === null ? [] : Array.isArray(isi) ? isi : typeof isi === "string" ? [t(isi)] : [isi];
  // Most cells have no options: no spread of an empty object per table cell.
  return opts === undefined ? { runs: r } : { runs: r, ...opts };
}

/** First letter upper case, for a value placed at the start of a sentence. */
export function kapital(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/** "a, b dan c". */
export function daftarKata(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} dan ${items[items.length - 1]}`;
}

/** A tugas/fungsi item without its own closing punctuation or trailing "; dan" (the list adds it). */
export function butirTugas(s: string): string {
  return s.replace(/(?:[;,]\s*dan|[;.,])\s*$/i, "").trim();
}
