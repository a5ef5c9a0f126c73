// Reader fuzz: workbooks built with exceljs from random cell values (numbers,
// text, booleans, dates, rich text, hyperlinks, errors, formulas with and
// without cached results), tables anywhere or no tables at all, read back and
// mapped: the reader returns what the cells hold, and nothing throws.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookBuffer } from "../../src/adapters/file/read";
import { mapWorkbook } from "../../src/core/model";
import { allSheets } from "../../src/core/template";

const HEADERS = [...new Set(allSheets().flatMap((s) => s.table.columns.map((c) => c.header)))];
const SHEETS = allSheets().map((s) => s.name);

type Nilai = ExcelJS.CellValue;

const nilai: fc.Arbitrary<Nilai> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  fc.string({ maxLength: 6 }).map((t) => ({ richText: [{ text: t }, { text: "!" }] })),
  fc.string({ minLength: 1, maxLength: 6 }).map((t) => ({ text: t, hyperlink: "https://a.id" })),
  fc
    .constantFrom("#N/A", "#DIV/0!", "#VALUE!")
    .map((e) => ({ error: e }) as ExcelJS.CellErrorValue),
  fc.integer({ min: 0, max: 99 }).map((n) => ({ formula: `1+${n}`, result: n + 1 })),
  fc.constant({ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue)
);

interface Rencana {
  sheet: string;
  headers: string[];
  rows: Nilai[][];
  at: { col: number; row: number };
  tabel: boolean;
}

const rencana: fc.Arbitrary<Rencana> = fc
  .record({
    sheet: fc.constantFrom(...SHEETS),
    lebar: fc.integer({ min: 1, max: 6 }),
    tinggi: fc.integer({ min: 1, max: 5 }),
    at: fc.record({ col: fc.integer({ min: 1, max: 5 }), row: fc.integer({ min: 1, max: 5 }) }),
    tabel: fc.boolean(),
  })
  .chain(({ sheet, lebar, tinggi, at, tabel }) =>
    fc.record({
      sheet: fc.constant(sheet),
      headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: lebar, maxLength: lebar }),
      rows: fc.array(fc.array(nilai, { minLength: lebar, maxLength: lebar }), {
        minLength: tinggi,
        maxLength: tinggi,
      }),
      at: fc.constant(at),
      tabel: fc.constant(tabel),
    })
  );

async function tulis(r: Rencana): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(r.sheet);
  if (r.tabel) {
    ws.addTable({
      name: r.sheet.replace(/ /g, ""),
      ref: `${String.fromCharCode(64 + r.at.col)}${r.at.row}`,
      headerRow: true,
      columns: r.headers.map((name) => ({ name })),
      rows: r.rows,
    });
  } else {
    ws.addRow(r.headers);
    for (const row of r.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the reader should report for a cell value written by exceljs. */
function diharapkan(v: Nilai): unknown {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    // fast-check 4 also draws Invalid Date; exceljs writes no value for it, read as blank.
    if (Number.isNaN(v.getTime())) return "";
    return Math.round((v.getTime() / 86_400_000 + 25569) * 1e8) / 1e8;
  }
  // The file format has no negative zero.
  if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
  if (typeof v !== "object") return v;
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o) return o.error;
  if ("formula" in o) {
    const res = o.result as unknown;
    return res && typeof res === "object" ? (res as { error: string }).error : res;
  }
  if ("richText" in o) return (o.richText as { text: string }[]).map((p) => p.text).join("");
  return o.text;
}

test("random cells written by exceljs read back as stored and map without throwing", async () => {
  await fc.assert(
    fc.asyncProperty(rencana, async (r) => {
      const raw = await readWorkbookBuffer(await tulis(r));
      expect(raw.sheetNames).toEqual([r.sheet]);
      expect(raw.tables).toHaveLength(1);
      const t = raw.tables[0];
      expect(t.headers).toEqual(r.headers);
      // A sheet without a table is read from A1; trailing blank rows are not data.
      const baris = r.tabel ? r.rows : r.rows.slice(0, t.values.length);
      for (const sisa of r.rows.slice(baris.length)) {
        expect(sisa.map(diharapkan).every((v) => v === "")).toBe(true);
      }
      expect(t.values).toEqual(baris.map((row) => row.map(diharapkan)));
      const m = mapWorkbook(raw);
      for (const i of m.mappingIssues) expect(i.message).not.toMatch(/NaN|undefined|\[object/);
    }),
    { numRuns: 60 }
  );
});
