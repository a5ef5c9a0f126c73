// Helpers shared by the rule groups: building findings, printing numbers the
// Indonesian way (never a raw JS number), and reading how a cell shows a figure.
import { bersihkan } from "../angka/desimal";
import { formatAngka, formatPersen } from "../format/angka";
import { formatRupiah } from "../format/rupiah";
import { cocokTampilan, desimalTampilan } from "../kinerja/tampilan";
import { formatBerpersen } from "../model/map";
import type { Cell, CellRef, NumberCell, ReportModel } from "../model/types";
import { findColumn } from "../template";
import { rumusLkj } from "../formulas";
import type { Perbaikan, Temuan, Tingkat } from "./types";

export type Rule = (model: ReportModel, out: Temuan[]) => void;

export function temuan(
  kode: string,
  tingkat: Tingkat,
  ref: CellRef,
  pesan: string,
  perbaikan?: Perbaikan
): Temuan {
  const t: Temuan = { kode, tingkat, lembar: ref.sheet, sel: ref.address, pesan };
  if (perbaikan) t.perbaikan = perbaikan;
  return t;
}

/** A plain number, Indonesian style, at most `maks` decimals, trailing zeros dropped. */
export function angka(n: number, maks = 2): string {
  if (!Number.isFinite(n)) return "?";
  return formatAngka(bersihkan(n), maks, { trim: true });
}

/** A fraction as percent with `desimal` decimals (72,16%). */
export function persen(fraction: number, desimal = 2): string {
  if (!Number.isFinite(fraction)) return "?";
  return formatPersen(bersihkan(fraction), Math.max(0, Math.min(6, desimal)));
}

export function rupiah(n: number): string {
  if (!Number.isFinite(n)) return "?";
  const sen = Math.round(n * 100) / 100;
  return formatRupiah(sen, { desimal: Number.isInteger(sen) ? 0 : 2 });
}

/** A value as the user typed it, quoted and shortened for a message. */
export function kutip(raw: unknown): string {
  if (typeof raw === "number") return `"${angka(raw, 6)}"`;
  if (typeof raw === "boolean") return raw ? '"TRUE"' : '"FALSE"';
  if (typeof raw !== "string") return '""';
  const t = raw.replace(/\s+/g, " ").trim();
  return `"${t.length > 40 ? t.slice(0, 39) + "…" : t}"`;
}

/** A parsed number as the sheet means it: percent values as "85%", others plain. */
export function angkaSel(c: NumberCell): string {
  if (c.value === null) return kutip(c.raw);
  return c.parsed.ok && c.parsed.percent
    ? persen(c.value, 2).replace(/,00%$/, "%")
    : angka(c.value);
}

/** A column holds the same few formats on thousands of rows: read each once. */
const DESIMAL_FORMAT = new Map<string, number>();

function desimalFormat(format: string): number {
  let d = DESIMAL_FORMAT.get(format);
  if (d === undefined) {
    if (DESIMAL_FORMAT.size > 256) DESIMAL_FORMAT.clear();
    d = desimalTampilan(format);
    DESIMAL_FORMAT.set(format, d);
  }
  return d;
}

/**
 * Decimals a figure is shown with: from the number format when it fixes them,
 * else from the typed text, else 2.
 */
export function desimalDitampilkan(c: Cell<unknown>): number {
  const nf = c.numberFormat;
  const raw = c.raw;
  const diketik = typeof raw === "string" && raw.trim() !== "";
  if (typeof nf === "string" && nf !== "") {
    const d = desimalFormat(nf);
    if (d >= 0 && !diketik) return d;
  }
  return diketik ? desimalTampilan(raw) : 2;
}

const BERPERSEN = new Map<string, boolean>();

function berpersen(format: string | undefined): boolean {
  if (format === undefined) return false;
  let b = BERPERSEN.get(format);
  if (b === undefined) {
    if (BERPERSEN.size > 256) BERPERSEN.clear();
    b = formatBerpersen(format);
    BERPERSEN.set(format, b);
  }
  return b;
}

/**
 * A reported percentage figure as a fraction. "97,36%" and a percent-formatted
 * 0.9736 are fractions already; a plain number above 2 was typed in points
 * (97,36 → 0,9736); a plain number up to 2 is read as a fraction.
 */
export function sebagaiPecahan(c: NumberCell): { nilai: number; poin: boolean } | null {
  const v = c.value;
  if (v === null) return null;
  const p = c.parsed;
  if (!p.ok) return null;
  if (p.percent || berpersen(c.numberFormat)) return { nilai: v, poin: false };
  if (Math.abs(v) > 2) return { nilai: v / 100, poin: true };
  return { nilai: v, poin: false };
}

/** True when the cell is blank (nothing typed, no formula). */
export function kosong(c: Cell<unknown> | null): boolean {
  if (!c || c.formula !== null) return !c;
  // Read once: a model cell reads its raw value from the table on each access.
  const raw = c.raw;
  return (
    raw === "" ||
    raw === null ||
    raw === undefined ||
    (typeof raw === "string" && raw.trim() === "")
  );
}

/**
 * Blank in a column the table has. A missing column is one KOLOM_TIDAK_ADA,
 * not a finding on every row (pointing at each row's No cell).
 */
export function kosongDiKolom(c: Cell<unknown>): boolean {
  return c.absent !== true && kosong(c);
}

/** The template formula of a computed column as the add-in writes it ("=LKJ.CAPAIAN(...)"). */
export function rumusTemplat(table: string, header: string): string | null {
  const key = `${table}\u0000${header}`;
  let r = RUMUS.get(key);
  if (r === undefined) {
    const col = findColumn(table, header);
    r = col?.formula ? rumusLkj(col.formula, table, "ringkas") : null;
    RUMUS.set(key, r);
  }
  return r;
}

const RUMUS = new Map<string, string | null>();

/** The pulihkan-rumus fix for a computed cell that holds a typed figure instead of its formula. */
export function pulihkan(c: Cell<unknown>, table: string, header: string): Perbaikan | undefined {
  // An absent column's ref is the row's first cell (its No): never write there.
  if (c.formula !== null || c.absent === true) return undefined;
  const rumus = rumusTemplat(table, header);
  if (!rumus) return undefined;
  return { jenis: "pulihkan-rumus", sel: c.ref, rumus, label: `Pulihkan rumus ${header}` };
}

/**
 * Label of an indicator or budget line for messages: "indikator 1.2". The rules
 * print it only for a row with a finding (they pass the row's No cell along):
 * most of thousands of rows have none.
 */
export function label(jenis: string, no: Cell<string>): string {
  const teks = teksNo(no);
  return teks ? `${jenis} ${teks}` : jenis;
}

/** label() of a row with a No cell, else the text as given ("Tren 1 2023"). */
export function sebut(jenis: string, no: Cell<string> | null): string {
  return no === null ? jenis : label(jenis, no);
}

/**
 * cocokTampilan with fast answers for the common cases (thousands of rows): equal up
 * to binary noise; further apart than any rounding or truncation of the last shown
 * digit; or both clearly on the same side of a rounding boundary. Only figures near a
 * boundary take the exact decimal path.
 */
export function cocokCepat(a: number, b: number, d: number, persen: boolean): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const beda = Math.abs(a - b);
  if (beda <= 1e-12 * Math.max(1, Math.abs(b))) return true;
  if (!Number.isFinite(d) || d < 0) return cocokTampilan(a, b, d, { persen });
  const skala = (persen ? 100 : 1) * Math.pow(10, Math.min(15, Math.floor(d)));
  if (beda * skala > 2 + 1e-6) return false;
  const x = a * skala;
  const y = b * skala;
  const jauh = (v: number) => Math.abs(v - Math.floor(v) - 0.5) > 1e-6 && Math.abs(v) < 1e12;
  if (jauh(x) && jauh(y) && Math.round(x) === Math.round(y)) return true;
  return cocokTampilan(a, b, d, { persen });
}

/**
 * Is a reported figure consistent with the computed one? Rounded or truncated to
 * the decimals shown (cocokTampilan); and a constant typed with fewer digits than
 * its format shows ("66%" in a 0.00% cell, seed 001) is judged at the digits typed,
 * because the person rounded or truncated it there.
 */
export function cocokDilaporkan(
  rep: NumberCell,
  nilai: number,
  computed: number,
  persen: boolean
): boolean {
  const d = desimalDitampilkan(rep);
  if (cocokCepat(nilai, computed, d, persen)) return true;
  if (rep.formula !== null || typeof rep.raw !== "number") return false;
  const diketik = desimalTampilan(bersihkan(persen ? nilai * 100 : nilai));
  return diketik < d && cocokCepat(nilai, computed, diketik, persen);
}

/**
 * A key ("No", "No Kinerja") for a message: as typed; a number typed as a key is
 * printed the Indonesian way, never as a raw JS number (1e-7, 0.30000000000000004).
 */
export function teksNo(no: Cell<string> | null): string {
  if (!no || no.value === null) return "";
  if (typeof no.raw === "number") return angka(no.raw, 6);
  return no.value.length > 40 ? no.value.slice(0, 39) + "…" : no.value;
}
