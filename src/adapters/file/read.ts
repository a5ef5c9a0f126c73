// exceljs reader: an .xlsx file → RawWorkbook (sheet names and every table's
// header, body values, formulas and number formats). No domain logic here: the
// mapping (src/core/model/map.ts) makes sense of the tables.
//
// A file saved by an app that drops table parts still carries the contract
// sheets; when a workbook holds no table at all, each contract sheet's used
// range is read with row 1 as headers and reported as a table named after the
// sheet (the mapping finds tables by sheet name too).
import { readFile } from "fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { RawTable, RawWorkbook } from "../../core/model/types";
import { cellAddress, columnIndex } from "../../core/model/a1";
import { allSheets } from "../../core/template";
import { xlsxForExceljs } from "./xlsx-compat";
import { lkjFormulaFromFile } from "../../core/formulas";

export type AlasanTidakTerbaca =
  "TIDAK_ADA" | "BUKAN_BERKAS" | "KOSONG" | "BUKAN_XLSX" | "RUSAK" | "BERSANDI" | "XLS_LAMA";

/** The file cannot be read as an .xlsx workbook; the message is Indonesian, one line. */
export class BerkasTidakTerbaca extends Error {
  constructor(
    readonly alasan: AlasanTidakTerbaca,
    message: string
  ) {
    super(message);
    this.name = "BerkasTidakTerbaca";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File (OLE) header: encrypted OOXML and the old binary .xls both use it. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function diawali(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** An encrypted OOXML package keeps its content in a CFB stream named "EncryptedPackage". */
function bersandi(buf: Uint8Array): boolean {
  const nama = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(nama);
}

export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    if (kode === "ENOENT") {
      throw new BerkasTidakTerbaca("TIDAK_ADA", `berkas ${path} tidak ditemukan.`);
    }
    if (kode === "EISDIR") {
      throw new BerkasTidakTerbaca("BUKAN_BERKAS", `${path} adalah folder, bukan berkas .xlsx.`);
    }
    throw new BerkasTidakTerbaca(
      "TIDAK_ADA",
      `berkas ${path} tidak dapat dibuka${kode ? ` (${kode})` : ""}.`
    );
  }
  return readWorkbookBuffer(buf, path);
}

export async function readWorkbookBuffer(buf: Uint8Array, nama = "berkas"): Promise<RawWorkbook> {
  if (buf.length === 0) {
    throw new BerkasTidakTerbaca("KOSONG", `${nama} kosong (0 bita), bukan buku kerja .xlsx.`);
  }
  if (diawali(buf, CFB_MAGIC)) {
    throw bersandi(buf)
      ? new BerkasTidakTerbaca(
          "BERSANDI",
          `${nama} dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang.`
        )
      : new BerkasTidakTerbaca(
          "XLS_LAMA",
          `${nama} berformat Excel lama (.xls); simpan ulang sebagai Buku Kerja Excel (.xlsx).`
        );
  }
  if (!diawali(buf, ZIP_MAGIC)) {
    throw new BerkasTidakTerbaca(
      "BUKAN_XLSX",
      `${nama} bukan buku kerja Excel (.xlsx); simpan ulang sebagai .xlsx.`
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new BerkasTidakTerbaca("RUSAK", `${nama} rusak atau terpotong; tidak dapat dibuka.`);
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new BerkasTidakTerbaca(
      "BUKAN_XLSX",
      `${nama} bukan buku kerja Excel (.xlsx): bagian xl/workbook.xml tidak ada.`
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    const siap = await xlsxForExceljs(buf);
    // exceljs declares its own Buffer type; Node's Buffer is what it takes at run time.
    await wb.xlsx.load(siap as unknown as ExcelJS.Buffer);
  } catch {
    throw new BerkasTidakTerbaca("RUSAK", `${nama} rusak atau terpotong; tidak dapat dibaca.`);
  }
  return bacaWorkbook(wb);
}

// ---------------------------------------------------------------------------
// Workbook → raw tables

interface Isi {
  value: unknown;
  formula: unknown;
  numberFormat: string;
}

function bacaWorkbook(wb: ExcelJS.Workbook): RawWorkbook {
  const date1904 = Boolean(wb.properties?.date1904);
  const sheetNames: string[] = [];
  const tables: RawTable[] = [];
  wb.eachSheet((ws) => {
    sheetNames.push(ws.name);
    for (const t of ws.getTables()) {
      const raw = bacaTabel(ws, t, date1904);
      if (raw) tables.push(raw);
    }
  });
  if (tables.length === 0) {
    const kontrak = new Set(allSheets().map((s) => s.name.toLowerCase()));
    wb.eachSheet((ws) => {
      if (!kontrak.has(ws.name.trim().toLowerCase())) return;
      const raw = bacaRentangTerpakai(ws, date1904);
      if (raw) tables.push(raw);
    });
  }
  return { sheetNames, tables };
}

/** The table model as exceljs fills it when loading a file. */
interface ModelTabel {
  name?: string;
  ref?: string;
  tableRef?: string;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function bacaTabel(ws: ExcelJS.Worksheet, entry: unknown, date1904: boolean): RawTable | null {
  const model = (entry as { table?: ModelTabel }).table;
  if (!model || typeof model.name !== "string") return null;
  const ref = model.tableRef ?? model.ref;
  if (typeof ref !== "string") return null;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const kolomNama = Array.isArray(model.columns) ? model.columns : [];
  const headers: string[] = [];
  for (let c = c1; c <= c2; c++) {
    const teks = teksSel(ws.getCell(r1, c + 1).value, date1904).trim();
    headers.push(teks !== "" ? teks : String(kolomNama[c - c1]?.name ?? ""));
  }
  // A totals row is not data.
  const akhir = model.totalsRow ? r2 - 1 : r2;
  const body = bacaBaris(ws, r1 + 1, akhir, c1, c2, date1904);
  return {
    sheet: ws.name,
    name: model.name,
    address: `${cellAddress(c1, r1)}:${cellAddress(c2, r2)}`,
    headers,
    ...body,
  };
}

/** Used range of a sheet without tables, row 1 as headers. */
function bacaRentangTerpakai(ws: ExcelJS.Worksheet, date1904: boolean): RawTable | null {
  const baris1 = ws.getRow(1);
  let lebar = 0;
  baris1.eachCell((cell, col) => {
    if (teksSel(cell.value, date1904).trim() !== "") lebar = Math.max(lebar, col);
  });
  if (lebar === 0) return null;
  let tinggi = 1;
  ws.eachRow((row, r) => {
    for (let c = 1; c <= lebar; c++) {
      const v = nilaiSel(row.getCell(c).value, date1904);
      if (v !== "") {
        tinggi = Math.max(tinggi, r);
        return;
      }
    }
  });
  const headers: string[] = [];
  for (let c = 1; c <= lebar; c++) headers.push(teksSel(baris1.getCell(c).value, date1904).trim());
  return {
    sheet: ws.name,
    name: ws.name,
    address: `A1:${cellAddress(lebar - 1, tinggi)}`,
    headers,
    ...bacaBaris(ws, 2, tinggi, 0, lebar - 1, date1904),
  };
}

function bacaBaris(
  ws: ExcelJS.Worksheet,
  dari: number,
  sampai: number,
  c1: number,
  c2: number,
  date1904: boolean
): Pick<RawTable, "values" | "formulas" | "numberFormats"> {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const numberFormats: string[][] = [];
  for (let r = dari; r <= sampai; r++) {
    const row = ws.getRow(r);
    const v: unknown[] = [];
    const f: unknown[] = [];
    const nf: string[] = [];
    for (let c = c1; c <= c2; c++) {
      const isi = bacaSel(row.getCell(c + 1), date1904);
      v.push(isi.value);
      f.push(isi.formula);
      nf.push(isi.numberFormat);
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(nf);
  }
  return { values, formulas, numberFormats };
}

function bacaSel(cell: ExcelJS.Cell, date1904: boolean): Isi {
  const mentah: unknown = cell.value;
  // cell.value drops a cached result that is 0, false or "" (exceljs copies only
  // truthy fields); cell.result keeps it.
  const value =
    cell.type === ExcelJS.ValueType.Formula
      ? nilaiSel(cell.result, date1904)
      : nilaiSel(mentah, date1904);
  let formula: unknown = value;
  if (mentah !== null && typeof mentah === "object" && !(mentah instanceof Date)) {
    // cell.formula also translates a shared formula to this cell. Files store
    // add-in functions as _xldudf_LKJ_CAPAIAN; people and Office.js see LKJ.CAPAIAN.
    const teks = (cell as { formula?: unknown }).formula;
    if (typeof teks === "string" && teks !== "")
      formula = lkjFormulaFromFile("=" + teks.replace(/^=/, ""));
  }
  return {
    value,
    formula,
    numberFormat: typeof cell.numFmt === "string" ? cell.numFmt : "General",
  };
}

/** A cell value as Excel stores it: number, string, boolean, or "" for blank. */
function nilaiSel(v: unknown, date1904: boolean): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialDari(v, date1904);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return typeof o.error === "string" ? o.error : "#VALUE!";
    if ("formula" in o || "sharedFormula" in o) return nilaiSel(o.result, date1904);
    if (Array.isArray(o.richText)) return teksKaya(o.richText);
    if ("hyperlink" in o || "text" in o) return teksSel(o.text, date1904);
  }
  return "";
}

function teksKaya(parts: unknown[]): string {
  return parts
    .map((p) => (p && typeof p === "object" ? String((p as { text?: unknown }).text ?? "") : ""))
    .join("");
}

function teksSel(v: unknown, date1904: boolean): string {
  const n = nilaiSel(v, date1904);
  return typeof n === "string" ? n : String(n);
}

/** Date → Excel serial, the inverse of exceljs' own conversion (1900 or 1904 system). */
function serialDari(d: Date, date1904: boolean): number | string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return "";
  const serial = t / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  // Drop float noise of the millisecond round trip (a date is a whole number).
  return Math.round(serial * 1e8) / 1e8;
}
