// Small builders of raw tables for the model tests: a table name, headers and
// rows become a RawTable with a correct A1 address (anywhere on the sheet).
import type { RawTable, RawWorkbook } from "../../../src/core/model/types";
import { cellAddress, parseCell } from "../../../src/core/model/a1";

export interface OpsiTabel {
  sheet?: string;
  /** Top-left cell of the header row, default "A1". */
  at?: string;
  /** Same shape as rows; a string starting with "=" is a formula (values keep `rows`). */
  formulas?: unknown[][];
  numberFormats?: string[][];
}

export function tabel(
  name: string,
  headers: string[],
  rows: unknown[][],
  opsi: OpsiTabel = {}
): RawTable {
  const awal = parseCell(opsi.at ?? "A1") ?? { col: 0, row: 1 };
  const akhir = cellAddress(awal.col + Math.max(0, headers.length - 1), awal.row + rows.length);
  const t: RawTable = {
    sheet: opsi.sheet ?? name,
    name,
    address: `${cellAddress(awal.col, awal.row)}:${akhir}`,
    headers,
    values: rows,
    formulas: opsi.formulas ?? rows.map((r) => [...r]),
  };
  if (opsi.numberFormats) t.numberFormats = opsi.numberFormats;
  return t;
}

/** Rows as objects keyed by header → a table with exactly those headers, in that order. */
export function tabelObjek(
  name: string,
  headers: string[],
  rows: Record<string, unknown>[],
  opsi: OpsiTabel = {}
): RawTable {
  return tabel(
    name,
    headers,
    rows.map((r) => headers.map((h) => (r[h] === undefined ? "" : r[h]))),
    opsi
  );
}

export function profil(fields: Record<string, unknown>, opsi: OpsiTabel = {}): RawTable {
  return tabel(
    "Profil",
    ["Isian", "Nilai"],
    Object.entries(fields).map(([k, v]) => [k, v]),
    opsi
  );
}

export const KINERJA_HEADERS = [
  "No",
  "Tingkat",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  "Arah",
  "Target",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi",
  "Capaian",
  "Predikat",
];

export const ANGGARAN_HEADERS = [
  "No",
  "Tingkat",
  "Uraian",
  "No Kinerja",
  "Pagu",
  "Realisasi",
  "Serapan",
  "Capaian Kinerja",
  "Efisiensi",
];

export function kinerja(rows: Record<string, unknown>[], opsi: OpsiTabel = {}): RawTable {
  return tabelObjek("Kinerja", KINERJA_HEADERS, rows, opsi);
}

export function anggaran(rows: Record<string, unknown>[], opsi: OpsiTabel = {}): RawTable {
  return tabelObjek("Anggaran", ANGGARAN_HEADERS, rows, opsi);
}

/** A workbook whose sheet names are the tables' sheets (plus any extra names). */
export function buku(tables: RawTable[], sheetLain: string[] = []): RawWorkbook {
  const sheetNames = [...new Set([...tables.map((t) => t.sheet), ...sheetLain])];
  return { sheetNames, tables };
}

/** Minimal Triwulan profile. */
export const PROFIL_TW3 = {
  "Jenis Laporan": "Triwulan",
  Periode: "III",
  Tahun: 2023,
};
