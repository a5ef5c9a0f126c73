// An example report laid out as the template writer lays it out, as the raw
// tables an adapter would fetch: lets the model, validation and narrative run
// on examples without going through a file.
import type { RawTable, RawWorkbook } from "../model/types";
import {
  type ColumnDef,
  FORMAT_PERSEN,
  type SheetDef,
  allSheets,
  barisProfil,
  cariNilai,
  columnLetter,
  samaTeks,
  selPersenContoh,
  sheetsFor,
} from "../template";
import type { ExampleReport, NilaiContoh } from "./types";

const GENERAL = "General";

/** A cell as an adapter returns it: "" for blank, the value otherwise. */
function sel(v: NilaiContoh | undefined): string | number {
  return v === null || v === undefined ? "" : v;
}

function tabel(example: ExampleReport, sheet: SheetDef): RawTable {
  const def = sheet.table;
  const data = example.tables[def.name] ?? [];
  let rows: Record<string, NilaiContoh>[];
  let profilFormats: (string | undefined)[] = [];
  if (def.name === "Profil") {
    // The writers' own Profil rows: every field in template order, then the example's others.
    const p = barisProfil(data, (_f, v) => v ?? null);
    rows = p.rows as Record<string, NilaiContoh>[];
    profilFormats = p.fields.map((f) => f?.numberFormat);
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
      if (!columns.some((c) => samaTeks(c.header, k))) columns.push({ header: k });
    }
  }

  const values = rows.map((r) => columns.map((c) => sel(cariNilai(r, c.header))));
  const persen = selPersenContoh(example.formatPersen, def.name);
  const numberFormats = rows.map((_r, i) =>
    columns.map((c) => {
      if (persen(i, c.header)) return FORMAT_PERSEN;
      if (def.name === "Profil" && samaTeks(c.header, "Nilai")) {
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
