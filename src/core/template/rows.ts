// Body rows the two template writers (Office.js scaffold, exceljs file writer)
// build from the same inputs: the Profil settings of a run, and Profil rows in
// the template's field order from an example's rows. One definition, so the
// pane and `lkj templat`/`lkj contoh` fill Profil alike.
import type { JenisLaporan, Triwulan } from "../types";
import { PROFIL_FIELDS } from "./data";
import type { ProfilField } from "./types";

const ROMAWI = ["I", "II", "III", "IV"] as const;

/** Blank as a cell: null, undefined or only spaces. */
export function kosong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A header or Isian as the contract compares them: trimmed, spaces folded, lower case. */
export function normalTeks(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Header and Isian matching of the contract: case-insensitive, spaces folded. */
export function samaTeks(a: string, b: string): boolean {
  return normalTeks(a) === normalTeks(b);
}

/** Cells an example typed with a percent sign: table, column headers, 0-based body rows (none: all). */
export interface SelPersen {
  table: string;
  kolom: readonly string[];
  baris?: readonly number[];
}

/**
 * Whether body cell (row, header) of a new `table` was typed as a percentage in
 * the example, so both writers give it the percent format. Profil rows are
 * reordered to the template's fields, so row indices do not apply there.
 */
export function selPersenContoh(
  persen: readonly SelPersen[] | undefined,
  table: string
): (baris: number, header: string) => boolean {
  const aturan = table === "Profil" ? [] : (persen ?? []).filter((p) => p.table === table);
  if (aturan.length === 0) return () => false;
  return (baris, header) =>
    aturan.some(
      (p) => (!p.baris || p.baris.includes(baris)) && p.kolom.some((k) => samaTeks(k, header))
    );
}

/** The value of `header` in a row keyed by headers, matched as the contract matches. */
export function cariNilai<T>(row: Readonly<Record<string, T>>, header: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(row, header)) return row[header];
  const key = Object.keys(row).find((k) => samaTeks(k, header));
  return key === undefined ? undefined : row[key];
}

export interface PengaturanProfil {
  jenis: JenisLaporan;
  periode?: Triwulan | null;
  tahun?: number | null;
  skala?: string | null;
}

/** The Profil values a run sets (Jenis Laporan, Periode, Tahun, Skala Predikat). */
export function nilaiPengaturan(p: PengaturanProfil): Record<string, string | number | null> {
  return {
    "Jenis Laporan": p.jenis,
    Periode: p.jenis === "Triwulan" && p.periode ? ROMAWI[p.periode - 1] : null,
    Tahun: p.tahun ?? null,
    "Skala Predikat": p.skala || "PERMENDAGRI86",
  };
}

export interface BarisProfil<T> {
  rows: Record<string, T | string | null>[];
  /** The template field of each row; null for an example row the template does not know. */
  fields: (ProfilField | null)[];
}

/**
 * Profil rows: one per template field in the template's order, with the
 * example's Keterangan (else the template's guidance) and the Nilai `nilai`
 * picks from the field and the example's value; then the example's rows whose
 * Isian is no template field, kept as they are (the reader keeps them too).
 */
export function barisProfil<T>(
  contoh: readonly Record<string, T>[],
  nilai: (field: ProfilField, dariContoh: T | undefined) => T | string | null
): BarisProfil<T> {
  const rows: Record<string, T | string | null>[] = [];
  const fields: (ProfilField | null)[] = [];
  const dipakai = new Set<number>();
  for (const f of PROFIL_FIELDS) {
    const i = contoh.findIndex((r) => samaTeks(String(cariNilai(r, "Isian") ?? ""), f.isian));
    const ex = i >= 0 ? contoh[i] : undefined;
    if (i >= 0) dipakai.add(i);
    const ket = ex ? cariNilai(ex, "Keterangan") : undefined;
    rows.push({
      Isian: f.isian,
      Nilai: nilai(f, ex ? cariNilai(ex, "Nilai") : undefined),
      Keterangan: ket === undefined || kosong(ket) ? f.keterangan : ket,
    });
    fields.push(f);
  }
  contoh.forEach((r, i) => {
    if (dipakai.has(i)) return;
    rows.push({ ...r });
    fields.push(null);
  });
  return { rows, fields };
}
