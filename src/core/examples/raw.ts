// An example report laid out as the template writer lays it out, as the raw
// tables an adapter would fetch: lets the model, validation and narrative run
// on examples without going through a file.
import type { RawTable, RawWorkbook } from "../model/types";
import {
  type ColumnDef,
  FORMAT_PERSEN,
  type SheetDef,
  allSheets,
  columnLetter,
  profilFields,
  sheetsFor,
} from "../template";
import type { ExampleReport, NilaiContoh } from "./types";

const GENERAL = "General";

function kosong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Header match as the contract says: case-insensitive, spaces folded. */
function norm(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

function ambil(row: Record<string, NilaiContoh>, header: string): NilaiContoh | undefined {
  if (Object.prototype.hasOwnProperty.call(row, header)) return row[header];
  const key = Object.keys(row).find((k) => norm(k) === norm(header));
  return key === undefined ? undefined : row[key];
}

/** A cell as an adapter returns it: "" for blank, the value otherwise. */
function sel(v: NilaiContoh | undefined): string | number {
  return v === null || v === undefined ? "" : v;
}

/**
 * Profil rows in the template's field order (the writer writes every field,
 * with its guidance in Keterangan), then rows whose Isian is not a field.
 */
function profilRows(rows: Record<string, NilaiContoh>[]): {
  rows: Record<string, NilaiContoh>[];
  formats: (string | undefined)[];
} {
  const out: Record<string, NilaiContoh>[] = [];
  const formats: (string | undefined)[] = [];
  const dipakai = new Set<number>();
  for (const f of profilFields()) {
    const i = rows.findIndex((r) => norm(String(ambil(r, "Isian") ?? "")) === norm(f.isian));
    const ex = i >= 0 ? rows[i] : undefined;
    if (i >= 0) dipakai.add(i);
    const ket = ex ? ambil(ex, "Keterangan") : undefined;
    out.push({
      Isian: f.isian,
      Nilai: ex ? (ambil(ex, "Nilai") ?? null) : null,
      Keterangan: kosong(ket) ? f.keterangan : (ket ?? null),
    });
    formats.push(f.numberFormat);
  }
  rows.forEach((r, i) => {
    if (dipakai.has(i)) return;
    out.push(r);
    formats.push(undefined);
  });
  return { rows: out, formats };
}

function persenDi(example: ExampleReport, table: string, header: string, i: number): boolean {
  return (example.formatPersen ?? []).some(
    (p) =>
      p.table === table &&
      p.kolom.some((k) => norm(k) === norm(header)) &&
      (p.baris === undefined || p.baris.includes(i))
  );
}

function tabel(example: ExampleReport, sheet: SheetDef): RawTable {
  const def = sheet.table;
  const data = example.tables[def.name] ?? [];
  let rows: Record<string, NilaiContoh>[];
  let profilFormats: (string | undefined)[] = [];
  if (def.name === "Profil") {
    const p = profilRows(data);
    rows = p.rows;
    profilFormats = p.formats;
  } else if (data.length > 0) {
    rows = data;
  } else if (def.defaultRows) {
    // The writer fills an empty table with its starting rows (Skala: the preset's bands).
    rows = def.defaultRows.map((r) => ({ ...r }));
  } else {
    // Excel tables need a body row: the writer leaves one blank row.
    rows = [{}];
  }

  // Columns the example has but the template lacks are kept, after the template's, as a user's own.
  const columns: Pick<ColumnDef, "header" | "numberFormat">[] = [...def.columns];
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!columns.some((c) => norm(c.header) === norm(k))) columns.push({ header: k });
    }
  }

  const values = rows.map((r) => columns.map((c) => sel(ambil(r, c.header))));
  const numberFormats = rows.map((_r, i) =>
    columns.map((c) => {
      if (persenDi(example, def.name, c.header, i)) return FORMAT_PERSEN;
      if (def.name === "Profil" && norm(c.header) === "nilai") {
        return profilFormats[i] ?? GENERAL;
      }
      return c.numberFormat ?? GENERAL;
    })
  );
  const last = columnLetter(columns.length - 1);
  return {
    sheet: sheet.name,
    name: def.name,
    address: `A1:${last}${rows.length + 1}`,
    headers: columns.map((c) => c.header),
    values,
    // Examples hold typed figures, no formulas: a constant cell's formula is its value.
    formulas: values.map((r) => [...r]),
    numberFormats,
  };
}

/**
 * The example as the raw tables of a workbook written from the template: every
 * sheet of its jenis in contract order, each table at A1 with every template
 * column (blank where the example has no value). Tables of the example that
 * the jenis does not include (a Tahunan table in a Triwulan example) are added
 * on their own contract sheet after the others.
 */
export function exampleToRawWorkbook(example: ExampleReport): RawWorkbook {
  const sheets = sheetsFor(example.jenis);
  for (const name of Object.keys(example.tables)) {
    if (sheets.some((s) => s.table.name === name)) continue;
    const extra = allSheets().find((s) => s.table.name === name);
    if (extra) sheets.push(extra);
  }
  const tables = sheets.map((s) => tabel(example, s));
  return { sheetNames: sheets.map((s) => s.name), tables };
}
