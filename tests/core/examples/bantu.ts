// Helpers for the example tests: an example through the one mapping, its
// findings, and the address of a body cell found by its contract header (so a
// test names "Anggaran, Serapan of body row 0" rather than a column letter).
import { exampleToRawWorkbook } from "../../../src/core/examples";
import type { ExampleReport } from "../../../src/core/examples";
import { mapWorkbook } from "../../../src/core/model/map";
import type { RawWorkbook, ReportModel } from "../../../src/core/model/types";
import { buildNarasi } from "../../../src/core/narrative";
import type { NarrativeDocument } from "../../../src/core/narrative";
import { columnLetter } from "../../../src/core/template";
import { validateReport } from "../../../src/core/validation";
import type { Temuan } from "../../../src/core/validation/types";

export { contoh } from "../../support/contoh";

export interface Jalan {
  example: ExampleReport;
  raw: RawWorkbook;
  model: ReportModel;
  temuan: Temuan[];
  doc: NarrativeDocument;
}

/** The example (or a changed copy of it) through mapping, validation and narrative. */
export function jalankan(example: ExampleReport): Jalan {
  const raw = exampleToRawWorkbook(example);
  const model = mapWorkbook(raw);
  return { example, raw, model, temuan: validateReport(model), doc: buildNarasi(model) };
}

/** A copy of the example with one table's rows changed (the original stays as it is). */
export function ubah(
  example: ExampleReport,
  table: string,
  f: (rows: ExampleReport["tables"][string]) => ExampleReport["tables"][string]
): ExampleReport {
  const rows = (example.tables[table] ?? []).map((r) => ({ ...r }));
  return { ...example, tables: { ...example.tables, [table]: f(rows) } };
}

/** "Anggaran!K2": the cell of a contract column in a body row (0-based) of a table. */
export function alamat(raw: RawWorkbook, table: string, header: string, baris: number): string {
  const t = raw.tables.find((x) => x.name === table);
  if (!t) throw new Error(`tabel ${table} tidak ada`);
  const j = t.headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
  if (j < 0) throw new Error(`kolom ${header} tidak ada di ${table}`);
  return `${t.sheet}!${columnLetter(j)}${baris + 2}`;
}

/** Findings as "KODE@Lembar!A1". */
export function kunci(t: Temuan[]): string[] {
  return t.map((x) => `${x.kode}@${x.lembar}!${x.sel}`);
}

export function galat(t: Temuan[]): string[] {
  return kunci(t.filter((x) => x.tingkat === "galat"));
}

/** Row index (0-based) of the example row whose No is `no`. */
export function barisNo(example: ExampleReport, table: string, no: string): number {
  const i = (example.tables[table] ?? []).findIndex((r) => r.No === no);
  if (i < 0) throw new Error(`No ${no} tidak ada di ${table}`);
  return i;
}

/** Body row (0-based) of a Profil field in the raw workbook. */
export function barisProfil(raw: RawWorkbook, isian: string): number {
  const t = raw.tables.find((x) => x.name === "Profil");
  const i = t ? t.values.findIndex((r) => r[0] === isian) : -1;
  if (i < 0) throw new Error(`isian ${isian} tidak ada di Profil`);
  return i;
}

/** Shown "rounded or truncated to the typed decimals", as the seeds write figures. */
export function cocokDiketik(dihitung: number, tertulis: number, desimal: number): boolean {
  const f = 10 ** desimal;
  const x = Math.round(dihitung * f * 1e6) / 1e6;
  const t = Math.round(tertulis * f);
  return Math.round(x) === t || Math.floor(x) === t;
}
