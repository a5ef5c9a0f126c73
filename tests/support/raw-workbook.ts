// Tiny builders of RawWorkbook input for tests: the shapes an adapter would
// fetch, with a correct table address, so tests can go raw → mapWorkbook → …
import { columnLetters, parseCell } from "../../src/core/model/a1";
import type { RawTable, RawWorkbook } from "../../src/core/model/types";

export interface RawTableOptions {
  /** Worksheet name (default: the table name). */
  sheet?: string;
  /** Top-left cell of the header row (default "A1"). */
  at?: string;
  /**
   * Formulas per body cell: a full 2-D array (same shape as rows), or a sparse map
   * "rowIndex,header" → formula (e.g. { "0,Capaian": "=LKJ.CAPAIAN(...)" }).
   */
  formulas?: unknown[][] | Record<string, string>;
  /**
   * Number formats: full 2-D array, per header name for every row ({ Capaian: "0.00%" }), or a
   * function of (rowIndex, header) giving the format (undefined: "General").
   */
  numberFormats?:
    string[][] | Record<string, string> | ((i: number, header: string) => string | undefined);
}

type Row = unknown[] | Record<string, unknown>;

function rowValues(headers: string[], row: Row): unknown[] {
  if (Array.isArray(row)) return headers.map((_h, j) => (j < row.length ? row[j] : ""));
  return headers.map((h) => (h in row ? row[h] : ""));
}

/**
 * One table as an adapter fetches it. Rows are arrays in header order or objects keyed by
 * header (missing keys are blank ""). The address spans header + body from `at`.
 */
export function rawTable(
  name: string,
  headers: string[],
  rows: Row[],
  opts: RawTableOptions = {}
): RawTable {
  const start = parseCell(opts.at ?? "A1");
  if (!start) throw new Error(`alamat awal tidak sah: ${opts.at}`);
  const values = rows.map((r) => rowValues(headers, r));
  const lastCol = columnLetters(start.col + Math.max(headers.length, 1) - 1);
  const address = `${columnLetters(start.col)}${start.row}:${lastCol}${start.row + rows.length}`;

  let formulas: unknown[][];
  if (Array.isArray(opts.formulas)) formulas = opts.formulas;
  else {
    const sparse = opts.formulas ?? {};
    formulas = values.map((row, i) =>
      row.map((v, j) => {
        const f = sparse[`${i},${headers[j]}`];
        return f === undefined ? v : f;
      })
    );
  }

  const table: RawTable = { sheet: opts.sheet ?? name, name, address, headers, values, formulas };
  if (Array.isArray(opts.numberFormats)) table.numberFormats = opts.numberFormats;
  else if (typeof opts.numberFormats === "function") {
    const f = opts.numberFormats;
    table.numberFormats = values.map((row, i) => row.map((_v, j) => f(i, headers[j]) ?? "General"));
  } else if (opts.numberFormats) {
    const per = opts.numberFormats;
    table.numberFormats = values.map((row) => row.map((_v, j) => per[headers[j]] ?? "General"));
  }
  return table;
}

/** A workbook of the given tables; sheet names are the tables' sheets (in order) plus extras. */
export function rawWorkbook(tables: RawTable[], extraSheets: string[] = []): RawWorkbook {
  const sheetNames: string[] = [];
  for (const s of [...tables.map((t) => t.sheet), ...extraSheets]) {
    if (!sheetNames.includes(s)) sheetNames.push(s);
  }
  return { sheetNames, tables };
}

/**
 * The Profil table (Isian / Nilai / Keterangan) from fields in order:
 * profilTable({ "Jenis Laporan": "Triwulan", Periode: "III", Tahun: 2023 }).
 */
export function profilTable(
  fields: Record<string, unknown>,
  opts: Omit<RawTableOptions, "formulas"> = {}
): RawTable {
  const rows = Object.entries(fields).map(([isian, nilai]) => [isian, nilai, ""]);
  return rawTable("Profil", ["Isian", "Nilai", "Keterangan"], rows, opts);
}
