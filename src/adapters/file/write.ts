// exceljs writer of the LKj workbook: walks the template (src/core/template)
// and writes sheets, real Excel tables, formats, dropdowns, prompts,
// conditional formatting, print setup, defined names and formulas, optionally
// with example rows. The same definitions drive the Office.js scaffold.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { JenisLaporan, Triwulan } from "../../core/types";
import {
  type BarisProfil,
  type ColumnDef,
  FORMAT_PERSEN,
  type ProfilField,
  type SelPersen,
  type SheetDef,
  barisProfil,
  cariNilai,
  columnLetter,
  definedNames,
  kosong,
  nilaiPengaturan,
  predikatColors,
  selPersenContoh,
  sheetsFor,
  teksDaftarPilihan,
} from "../../core/template";
import { quoteSheet } from "../../core/model/a1";
import { type ModeRumus, lkjFormulaForFile, rumusKolom } from "../../core/formulas";

/** Example rows per contract table name, keyed by contract column header. */
export type TableRows = Record<string, readonly Record<string, unknown>[]>;

export interface WriteOptions {
  jenis: JenisLaporan;
  /** "lkj": LKJ custom functions; "bawaan": native Excel formulas only. */
  rumus: ModeRumus;
  /** Profil values when no example row gives them. */
  periode?: Triwulan | null;
  tahun?: number | null;
  skala?: string;
  /** Example data; a typed value in a computed column wins over the formula. */
  data?: TableRows;
  /** Blank body rows of a table without data (Excel tables need at least one). Default 1. */
  barisKosong?: number;
  /**
   * Data cells typed with a percent sign ("100%"): given a percent format where
   * their column has none (table, column headers, 0-based body rows; no rows: all).
   */
  persen?: readonly SelPersen[];
}

const HEADER_FILL = "FF1F4E79";

/** Typed form of the exceljs members the typings leave out. */
interface DataValidationsApi {
  add(address: string, validation: Record<string, unknown>): void;
}

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

function validasiKolom(def: {
  list?: ColumnDef["list"];
  prompt?: ColumnDef["prompt"];
}): Record<string, unknown> | null {
  let v: Record<string, unknown> | null = null;
  if (def.list) {
    const d = teksDaftarPilihan(def.list, def.list);
    v = {
      type: "list",
      allowBlank: true,
      formulae: [`"${d.values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: d.judul,
      error: d.pesan,
    };
  }
  if (def.prompt) {
    v = v ?? { type: "any" };
    v.showInputMessage = true;
    v.promptTitle = def.prompt.title;
    v.prompt = def.prompt.message;
  }
  return v;
}

/** Cell value as written: text columns keep keys as text ("2.1" stays "2.1"). */
function nilaiSel(v: unknown, numberFormat: string | undefined): ExcelJS.CellValue {
  if (kosong(v)) return null;
  if (numberFormat === "@" && typeof v === "number") return String(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  return String(v);
}

interface Konteks {
  opts: WriteOptions;
  /** Formulas per table column for calculatedColumnFormula (file form, without "="). */
  kolomRumus: Map<string, Map<string, string>>;
}

function rumusSel(col: ColumnDef, table: string, ctx: Konteks): string | null {
  if (!col.formula) return null;
  const r = rumusKolom(col.formula, table, ctx.opts.rumus, "lengkap");
  if (!r.ok) return null;
  return lkjFormulaForFile(r.value.replace(/^=/, ""));
}

function profilRows(ctx: Konteks): BarisProfil<unknown> {
  const { opts } = ctx;
  const bawaan = nilaiPengaturan(opts);
  // An example's own Profil values win; the run's settings fill what it leaves blank.
  return barisProfil<unknown>(opts.data?.Profil ?? [], (f, nilai) =>
    nilaiSel(kosong(nilai) ? (bawaan[f.isian] ?? null) : nilai, f.numberFormat)
  );
}

function tulisSheet(wb: ExcelJS.Workbook, sheet: SheetDef, ctx: Konteks): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [
      { state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: "A2", activeCell: "A2" },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: sheet.print.repeatHeaderRow ? "1:1" : undefined,
    },
  });
  const table = sheet.table;
  const cols = table.columns;

  // Column styles first: cells created by the table inherit them.
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numberFormat) col.numFmt = c.numberFormat;
    col.alignment = { vertical: "top", wrapText: c.wrap };
  });

  let fields: (ProfilField | null)[] = [];
  let bodyRows: Record<string, unknown>[];
  if (table.name === "Profil") {
    const p = profilRows(ctx);
    bodyRows = p.rows;
    fields = p.fields;
  } else {
    const data = ctx.opts.data?.[table.name];
    if (data && data.length > 0) bodyRows = data.map((r) => ({ ...r }));
    else if (table.defaultRows) bodyRows = table.defaultRows.map((r) => ({ ...r }));
    else bodyRows = Array.from({ length: Math.max(1, ctx.opts.barisKosong ?? 1) }, () => ({}));
  }

  const rumus = new Map<string, string>();
  for (const c of cols) {
    const f = rumusSel(c, table.name, ctx);
    if (f) rumus.set(c.header, f);
  }
  ctx.kolomRumus.set(table.name, rumus);

  const rows: ExcelJS.CellValue[][] = bodyRows.map((r) =>
    cols.map((c) => {
      const v = cariNilai(r, c.header);
      const f = rumus.get(c.header);
      // A typed figure in a computed column is the reported value: it wins over the formula.
      if (f && kosong(v)) return { formula: f } as ExcelJS.CellFormulaValue;
      return nilaiSel(v, c.numberFormat);
    })
  );

  ws.addTable({
    name: table.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: cols.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });

  if (ctx.opts.data?.[table.name]?.length) {
    const persen = selPersenContoh(ctx.opts.persen, table.name);
    cols.forEach((c, j) => {
      rows.forEach((_r, i) => {
        if (persen(i, c.header)) ws.getCell(i + 2, j + 1).numFmt = FORMAT_PERSEN;
      });
    });
  }

  const last = rows.length + 1;
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.alignment = { vertical: "middle", wrapText: true };
  cols.forEach((_c, i) => {
    const cell = header.getCell(i + 1);
    cell.numFmt = "General";
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });

  const dv = (ws as unknown as { dataValidations: DataValidationsApi }).dataValidations;
  cols.forEach((c, i) => {
    const letter = columnLetter(i);
    const v = validasiKolom(c);
    if (v) dv.add(`${letter}2:${letter}${last}`, v);
    if (c.conditional === "predikat") {
      ws.addConditionalFormatting({
        ref: `${letter}2:${letter}${last}`,
        rules: predikatColors().map((w, k) => ({
          type: "cellIs",
          operator: "equal",
          priority: k + 1,
          formulae: [`"${w.label.replace(/"/g, '""')}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(w.fill) } },
            font: { color: { argb: argb(w.font) } },
          },
        })),
      });
    }
  });

  if (table.name === "Profil") {
    // Per-row formats and dropdowns of the Nilai column (NIP as text, dates, lists).
    fields.forEach((f, i) => {
      if (!f) return;
      const cell = ws.getCell(`B${i + 2}`);
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      const v = validasiKolom(f);
      if (v) dv.add(`B${i + 2}`, v);
      if (f.definedName)
        wb.definedNames.add(`${quoteSheet(sheet.name)}!$B$${i + 2}`, f.definedName);
    });
  }
}

/** The workbook in memory (exceljs), for callers that add to it. */
export function buildWorkbook(opts: WriteOptions): { workbook: ExcelJS.Workbook; ctx: Konteks } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "LKj add-in";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ctx: Konteks = { opts, kolomRumus: new Map() };
  for (const sheet of sheetsFor(opts.jenis)) tulisSheet(wb, sheet, ctx);
  // Names not tied to a written Profil row (none today) still resolve for formulas.
  for (const n of definedNames()) {
    if (!wb.definedNames.getNames(`${quoteSheet(n.sheet)}!${n.address}`).includes(n.name)) {
      wb.definedNames.add(`${quoteSheet(n.sheet)}!${n.address}`, n.name);
    }
  }
  return { workbook: wb, ctx };
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * exceljs cannot mark a table column as calculated; Excel fills a calculated
 * column's formula into rows people add, so it is added to the table parts.
 */
async function tambahRumusKolom(buffer: Buffer, ctx: Konteks): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
  for (const path of files) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const rumus = name ? ctx.kolomRumus.get(name) : undefined;
    if (!rumus || rumus.size === 0) continue;
    const out = xml.replace(
      /<tableColumn\b([^>]*?)\bname="([^"]*)"([^>]*?)\/>/g,
      (whole, a, n, b) => {
        const header = n
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">");
        const f = rumus.get(header);
        if (!f) return whole;
        return `<tableColumn${a}name="${n}"${b}><calculatedColumnFormula>${escapeXml(f)}</calculatedColumnFormula></tableColumn>`;
      }
    );
    zip.file(path, out);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The workbook as .xlsx bytes. */
export async function writeTemplateBuffer(opts: WriteOptions): Promise<Buffer> {
  const { workbook, ctx } = buildWorkbook(opts);
  const raw = Buffer.from(await workbook.xlsx.writeBuffer());
  return tambahRumusKolom(raw, ctx);
}
