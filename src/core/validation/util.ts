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

/**
 * Decimals a figure is shown with: from the number format when it fixes them,
 * else from the typed text, else 2.
 */
export function desimalDitampilkan(c: Cell<unknown>): number {
  if (typeof c.numberFormat === "string" && c.numberFormat !== "") {
    const d = desimalTampilan(c.numberFormat);
    if (d >= 0 && !(typeof c.raw === "string" && c.raw.trim() !== "")) return d;
  }
  if (typeof c.raw === "string" && c.raw.trim() !== "") {
    return desimalTampilan(c.raw);
  }
  return 2;
}

/**
 * A reported percentage figure as a fraction. "97,36%" and a percent-formatted
 * 0.9736 are fractions already; a plain number above 2 was typed in points
 * (97,36 → 0,9736); a plain number up to 2 is read as a fraction.
 */
export function sebagaiPecahan(c: NumberCell): { nilai: number; poin: boolean } | null {
  if (c.value === null || !c.parsed.ok) return null;
  if (c.parsed.percent || formatBerpersen(c.numberFormat)) return { nilai: c.value, poin: false };
  if (Math.abs(c.value) > 2) return { nilai: c.value / 100, poin: true };
  return { nilai: c.value, poin: false };
}

/** True when the cell is blank (nothing typed, no formula). */
export function kosong(c: Cell<unknown> | null): boolean {
  if (!c) return true;
  return (
    c.formula === null &&
    (c.raw === "" ||
      c.raw === null ||
      c.raw === undefined ||
      (typeof c.raw === "string" && c.raw.trim() === ""))
  );
}

/** The template formula of a computed column as the add-in writes it ("=LKJ.CAPAIAN(...)"). */
export function rumusTemplat(table: string, header: string): string | null {
  const col = findColumn(table, header);
  return col?.formula ? rumusLkj(col.formula, table, "ringkas") : null;
}

/** The pulihkan-rumus fix for a computed cell that holds a typed figure instead of its formula. */
export function pulihkan(c: Cell<unknown>, table: string, header: string): Perbaikan | undefined {
  if (c.formula !== null) return undefined;
  const rumus = rumusTemplat(table, header);
  if (!rumus) return undefined;
  return { jenis: "pulihkan-rumus", sel: c.ref, rumus, label: `Pulihkan rumus ${header}` };
}

/** Label of an indicator or budget line for messages: "indikator 1.2". */
export function label(jenis: string, no: Cell<string>): string {
  return no.value ? `${jenis} ${no.value}` : jenis;
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
  if (cocokTampilan(nilai, computed, d, { persen })) return true;
  if (rep.formula !== null || typeof rep.raw !== "number") return false;
  const diketik = desimalTampilan(bersihkan(persen ? nilai * 100 : nilai));
  return diketik < d && cocokTampilan(nilai, computed, diketik, { persen });
}
