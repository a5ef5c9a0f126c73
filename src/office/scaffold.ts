// Office.js scaffold writer ("Siapkan Lembar"): walks the template data
// (src/core/template) and adds to the open workbook whatever of the contract is
// missing — sheets, tables, columns, formulas in EMPTY computed cells, Profil
// rows and values, defined names — never clearing, moving or overwriting a
// filled cell. Round trips: 1 read of the structure, 1 read of the contract
// tables that exist (only when there are any), 1 write with calculation
// suspended and events off: at most 3 whatever the template's size.
import { dukung, tulisSekaligus } from "./batch";
import type { JenisLaporan, Triwulan } from "../core/types";
import {
  FORMAT_PERSEN,
  type ColumnDef,
  type ProfilField,
  type SheetDef,
  barisProfil,
  cariNilai,
  columnLetter,
  kosong,
  nilaiPengaturan,
  normalTeks,
  predikatColors,
  profilFields,
  selPersenContoh,
  sheetsFor,
  teksDaftarPilihan,
} from "../core/template";
import { quoteSheet } from "../core/model/a1";
import { masukanRumus, nilaiUntukRumus, rujukanTabel } from "../core/formulas/bagikan";
import { rumusLkj } from "../core/formulas";
import type { ExampleReport, NilaiContoh } from "../core/examples/types";
import { asOwnWrite } from "./live-validation";

export interface ScaffoldOptions {
  jenis: JenisLaporan;
  /** Triwulan I–IV; ignored for Tahunan. */
  periode: Triwulan | null;
  tahun: number | null;
  /** Skala Predikat preset name (or "Skala" for the custom table). */
  skala: string;
  /** Example report whose rows fill the tables this run creates. */
  contoh?: ExampleReport;
}

export interface KolomDitambah {
  table: string;
  column: string;
}

/** What a run did. The optional lists are always filled by scaffold() (optional for older callers). */
export interface ScaffoldResult {
  sheetsCreated: string[];
  tablesCreated: string[];
  columnsAdded: KolomDitambah[];
  /**
   * Missing columns not added because the cells right of the table hold
   * something (adding them would overwrite or move those cells).
   */
  columnsBlocked?: KolomDitambah[];
  /** Contract sheets already complete: nothing added and nothing held back. */
  sheetsSkipped: string[];
  /** Sheets named like a contract sheet without the contract table: left alone. */
  foreignSheets: string[];
  /** Computed cells that were empty and got their formula. */
  formulasFilled: number;
  /** Computed columns left without formula: a column or table they read is missing. */
  formulasSkipped?: KolomDitambah[];
  /** Profil fields whose empty Nilai got the form's value, or rows added. */
  profilFilled: string[];
  /** Profil fields whose missing row was not added: the cells below the table are filled. */
  profilBlocked?: string[];
  namesAdded: string[];
  /** context.sync() calls made. */
  syncs: number;
}

const HEADER_FILL = "#1F4E79";

type Sel = string | number | boolean;
/** One queued group of writes of the write sync. */
type Langkah = () => void;

/** Excel column width in points for a width in characters (7 px per character plus padding). */
function lebarPoin(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A constant for Range.formulas: key columns ("@") keep numbers as text. */
function nilaiSel(v: unknown, numberFormat: string | undefined): Sel {
  if (kosong(v)) return "";
  if (typeof v === "number" && numberFormat === "@") return nilaiUntukRumus(String(v));
  return nilaiUntukRumus(v);
}

function profilValues(opts: ScaffoldOptions): Record<string, string | number | null> {
  return nilaiPengaturan(opts);
}

/** Columns per table (lower-cased) that exist or are written in this run: what formulas may name. */
type Tersedia = Map<string, Set<string>>;

/**
 * The LKJ formula of a computed column when everything it reads is there, in
 * its own table (`kolomSendiri`) and in the other tables; PREDIKAT falls back
 * to the call without the Skala table when that table is missing; null when
 * the formula cannot be written (Excel refuses a reference to a missing table).
 */
function rumusTersedia(
  col: ColumnDef,
  table: string,
  kolomSendiri: Set<string>,
  tersedia: Tersedia
): string | null {
  if (!col.formula) return null;
  if (masukanRumus(col.formula).kolom.some((k) => !kolomSendiri.has(normalTeks(k)))) return null;
  const lengkap = (f: string) =>
    rujukanTabel(f).every((r) => {
      const cols = tersedia.get(r.table.toLowerCase());
      return cols !== undefined && r.kolom.every((k) => cols.has(normalTeks(k)));
    });
  for (const kustom of [true, false]) {
    const f = rumusLkj(col.formula, table, "ringkas", kustom);
    if (lengkap(f)) return f;
  }
  return null;
}

/** Body rows of a table created now: Profil fields, example rows, default rows or one blank row. */
function barisBaru(
  sheet: SheetDef,
  opts: ScaffoldOptions
): { rows: Record<string, NilaiContoh>[]; fields: (ProfilField | null)[] } {
  const table = sheet.table;
  const contoh = opts.contoh?.tables[table.name] ?? [];
  if (table.name === "Profil") {
    const form = profilValues(opts);
    // The form's four settings win: the pane fills the form from the chosen example.
    return barisProfil(contoh, (f, dariContoh) => {
      const dariForm = form[f.isian];
      return dariForm !== undefined && !kosong(dariForm) ? dariForm : (dariContoh ?? null);
    });
  }
  const rows =
    contoh.length > 0
      ? contoh.map((r) => ({ ...r }))
      : table.defaultRows
        ? table.defaultRows.map((r) => ({ ...r }))
        : [{}];
  return { rows, fields: rows.map(() => null) };
}

/** Dropdown and input prompt of a column or a Profil field. */
function validasi(range: Excel.Range, def: Pick<ColumnDef, "list" | "prompt">, label: string) {
  if (!dukung("1.8")) return;
  if (def.list) {
    const d = teksDaftarPilihan(def.list, label);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: d.values.join(",") } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: d.judul,
      message: d.pesan,
    };
  }
  if (def.prompt) {
    range.dataValidation.prompt = {
      showPrompt: true,
      title: def.prompt.title,
      message: def.prompt.message,
    };
  }
}

/** Width, wrapping, dropdown, prompt and colouring of one column's body range (new columns only). */
function formatKolom(range: Excel.Range, col: ColumnDef): void {
  range.format.columnWidth = lebarPoin(col.width);
  range.format.wrapText = col.wrap;
  range.format.verticalAlignment = "Top";
  validasi(range, col, col.header);
  if (col.conditional === "predikat" && dukung("1.6")) {
    for (const w of predikatColors()) {
      const cf = range.conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = w.fill;
      cf.cellValue.format.font.color = w.font;
      cf.cellValue.rule = { formula1: `="${w.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
}

function formatLembar(ws: Excel.Worksheet, def: SheetDef): void {
  ws.freezePanes.freezeRows(def.freezeRows);
  if (!dukung("1.9")) return;
  ws.pageLayout.orientation = def.print.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  if (def.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (def.print.repeatHeaderRow) ws.pageLayout.setPrintTitleRows("$1:$1");
}

/** What the read syncs found of one contract table that exists. */
interface TabelAda {
  def: SheetDef;
  sheet: string;
  headers: string[];
  formulas: unknown[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  /**
   * Nothing is right of / below the table anywhere on its sheet: a column or
   * row added to the table (Excel inserts cells) moves or overwrites nothing.
   */
  bebasKanan: boolean;
  bebasBawah: boolean;
}

interface Rencana {
  /** Columns to add per existing table (not blocked), in contract order. */
  tambahKolom: Map<string, ColumnDef[]>;
  tersedia: Tersedia;
}

/**
 * Adds the contract for `opts.jenis` to the open workbook. Throws only when
 * Excel itself fails (the pane turns that into an Indonesian message).
 */
export async function scaffold(opts: ScaffoldOptions): Promise<ScaffoldResult> {
  const defs = sheetsFor(opts.jenis);
  const result: ScaffoldResult = {
    sheetsCreated: [],
    tablesCreated: [],
    columnsAdded: [],
    columnsBlocked: [],
    sheetsSkipped: [],
    foreignSheets: [],
    formulasFilled: 0,
    formulasSkipped: [],
    profilFilled: [],
    profilBlocked: [],
    namesAdded: [],
    syncs: 0,
  };
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const sync = async () => {
        result.syncs++;
        await context.sync();
      };
      const wb = context.workbook;

      // Sync 1: which sheets, tables and names exist.
      const sheets = wb.worksheets.load("items/name");
      const tables = wb.tables.load("items/name,items/worksheet/name");
      const names = wb.names.load("items/name");
      const events = dukung("1.8") ? context.runtime.load("enableEvents") : null;
      await sync();

      const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const tableSheet = new Map<string, { table: Excel.Table; sheet: string }>();
      for (const t of tables.items) {
        tableSheet.set(t.name.toLowerCase(), { table: t, sheet: t.worksheet.name });
      }
      const nameSet = new Set(names.items.map((n) => n.name.toLowerCase()));

      // Sync 2: headers and body formulas of the contract tables that exist, and how far
      // their sheets are used (whether a column or row can be added without moving cells).
      const dibaca: {
        def: SheetDef;
        sheet: string;
        header: Excel.Range;
        body: Excel.Range;
        used: Excel.Range;
      }[] = [];
      for (const def of defs) {
        const ada = tableSheet.get(def.table.name.toLowerCase());
        if (!ada) continue;
        dibaca.push({
          def,
          sheet: ada.sheet,
          header: ada.table.getHeaderRowRange().load("values"),
          body: ada.table.getDataBodyRange().load("formulas,rowIndex,columnIndex,rowCount"),
          used: ada.table.worksheet
            .getUsedRange(true)
            .load("rowIndex,columnIndex,rowCount,columnCount"),
        });
      }
      if (dibaca.length > 0) await sync();
      const ada = new Map<string, TabelAda>();
      for (const d of dibaca) {
        const headers = (d.header.values[0] ?? []).map((h) => String(h));
        const { body, used } = d;
        ada.set(d.def.table.name, {
          def: d.def,
          sheet: d.sheet,
          headers,
          formulas: body.formulas,
          rowIndex: body.rowIndex,
          columnIndex: body.columnIndex,
          rowCount: body.rowCount,
          bebasKanan: used.columnIndex + used.columnCount <= body.columnIndex + headers.length,
          bebasBawah: used.rowIndex + used.rowCount <= body.rowIndex + body.rowCount,
        });
      }

      // Plan (no Office calls): what is created, what is added, what formulas may name.
      const baru: SheetDef[] = [];
      const rencana: Rencana = { tambahKolom: new Map(), tersedia: new Map() };
      for (const def of defs) {
        const t = ada.get(def.table.name);
        if (t) {
          const hadir = new Set(t.headers.map(normalTeks));
          const hilang = def.table.columns.filter((c) => !hadir.has(normalTeks(c.header)));
          const boleh = t.bebasKanan ? hilang : [];
          for (const c of t.bebasKanan ? [] : hilang) {
            (result.columnsBlocked ??= []).push({ table: def.table.name, column: c.header });
          }
          rencana.tambahKolom.set(def.table.name, boleh);
          for (const c of boleh) hadir.add(normalTeks(c.header));
          rencana.tersedia.set(def.table.name.toLowerCase(), hadir);
        } else if (sheetNames.has(def.name.toLowerCase())) {
          result.foreignSheets.push(def.name);
        } else {
          baru.push(def);
          rencana.tersedia.set(
            def.table.name.toLowerCase(),
            new Set(def.table.columns.map((c) => normalTeks(c.header)))
          );
        }
      }

      // Every write is planned as a queued step first: when there is nothing to
      // add, no write is sent at all (not even the events switch).
      const ops: Langkah[] = [];
      const lembarBaru = new Map<string, Excel.Worksheet>();
      if (baru.length > 0) {
        // Sheets in contract order (tab order); filled below in dependency order.
        ops.push(() => {
          for (const def of baru) lembarBaru.set(def.name, wb.worksheets.add(def.name));
        });
      }
      // Profil first (its names), Skala before Kinerja (Predikat reads it),
      // Kinerja before Anggaran (Capaian Kinerja reads it): contract order does the rest.
      const urutan = [
        ...defs.filter((d) => d.table.name === "Profil"),
        ...defs.filter((d) => d.table.name === "Skala"),
        ...defs.filter((d) => d.table.name !== "Profil" && d.table.name !== "Skala"),
      ];
      const namaProfil = new Map<string, string>();
      for (const def of urutan) {
        const t = ada.get(def.table.name);
        if (t) tambahKeTabel(context, t, opts, rencana, result, namaProfil, ops);
        else if (baru.includes(def)) {
          ops.push(
            buatLembar(() => lembarBaru.get(def.name), def, opts, rencana, result, namaProfil)
          );
        }
        if (def.table.name !== "Profil") continue;
        for (const [name, address] of namaProfil) {
          if (nameSet.has(name.toLowerCase())) continue;
          const f = profilFields().find((x) => x.definedName === name);
          const comment = f ? `Nilai "${f.isian}" di lembar Profil` : undefined;
          ops.push(() => wb.names.add(name, `=${address}`, comment));
          result.namesAdded.push(name);
        }
      }
      if (ops.length === 0) return;

      // Sync 3: every write, with calculation suspended and events off.
      await tulisSekaligus(
        context,
        events ? events.enableEvents : null,
        () => {
          for (const op of ops) op();
        },
        sync
      );
    })
  );
  // Reported in contract order (the tables were written in dependency order).
  const urut = (xs: string[], key: (d: SheetDef) => string) => {
    const pos = (x: string) => defs.findIndex((d) => key(d) === x);
    xs.sort((a, b) => pos(a) - pos(b));
  };
  urut(result.sheetsCreated, (d) => d.name);
  urut(result.sheetsSkipped, (d) => d.name);
  urut(result.tablesCreated, (d) => d.table.name);
  return result;
}

/** Plans a new sheet with its table; returns the step that writes it. */
function buatLembar(
  lembar: () => Excel.Worksheet | undefined,
  def: SheetDef,
  opts: ScaffoldOptions,
  rencana: Rencana,
  result: ScaffoldResult,
  namaProfil: Map<string, string>
): Langkah {
  const tableName = def.table.name;
  const cols = def.table.columns;
  const { rows, fields } = barisBaru(def, opts);
  const sendiri = new Set(cols.map((c) => normalTeks(c.header)));
  const rumus = cols.map((c) => rumusTersedia(c, tableName, sendiri, rencana.tersedia));
  cols.forEach((c, j) => {
    if (c.formula && rumus[j] === null)
      (result.formulasSkipped ??= []).push({ table: tableName, column: c.header });
  });
  const iNilai = cols.findIndex((c) => c.header === "Nilai");

  // Cells typed as percentages in the example keep their percent format.
  const persen = selPersenContoh(opts.contoh?.formatPersen, tableName);
  const formats = rows.map((_r, i) =>
    cols.map((c, j) => {
      const f = fields[i];
      if (j === iNilai && f?.numberFormat) return f.numberFormat;
      if (persen(i, c.header)) return FORMAT_PERSEN;
      return c.numberFormat ?? "General";
    })
  );
  let diisi = 0;
  const body: Sel[][] = rows.map((r, i) =>
    cols.map((c, j) => {
      const v = cariNilai(r, c.header);
      const f = rumus[j];
      // A typed figure in a computed column is the reported value: it wins over the formula.
      if (f && kosong(v)) {
        diisi++;
        return f;
      }
      const nf = j === iNilai ? fields[i]?.numberFormat : c.numberFormat;
      return nilaiSel(v, nf);
    })
  );

  const last = columnLetter(cols.length - 1);
  const lastRow = rows.length + 1;
  const nilaiCol = iNilai >= 0 ? columnLetter(iNilai) : "";
  if (tableName === "Profil" && iNilai >= 0) {
    fields.forEach((f, i) => {
      if (!f) return;
      if (f.definedName)
        namaProfil.set(f.definedName, `${quoteSheet(def.name)}!$${nilaiCol}$${i + 2}`);
      if (!kosong(rows[i].Nilai)) result.profilFilled.push(f.isian);
    });
  }
  result.sheetsCreated.push(def.name);
  result.tablesCreated.push(tableName);
  result.formulasFilled += diisi;

  return () => {
    const ws = lembar();
    if (!ws) return;
    const header = ws.getRange(`A1:${last}1`);
    header.values = [cols.map((c) => c.header)];
    const bodyRange = ws.getRange(`A2:${last}${lastRow}`);
    // Formats before values, so "2.1" in a text column and a NIP stay text.
    bodyRange.numberFormat = formats;
    const table = ws.tables.add(`A1:${last}${lastRow}`, true);
    table.name = tableName;
    table.style = "TableStyleMedium2";
    // Body after the table exists: [@Target] means something only inside a table.
    bodyRange.formulas = body;

    header.format.font.bold = true;
    header.format.font.color = "#FFFFFF";
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center";
    cols.forEach((c, j) => {
      const letter = columnLetter(j);
      formatKolom(ws.getRange(`${letter}2:${letter}${lastRow}`), c);
    });
    formatLembar(ws, def);
    // A new Profil is where people start filling in.
    if (tableName === "Profil") ws.activate();
    if (tableName === "Profil" && iNilai >= 0) {
      fields.forEach((f, i) => {
        if (f && (f.list || f.prompt)) validasi(ws.getRange(`${nilaiCol}${i + 2}`), f, f.isian);
      });
    }
  };
}

/** Plans the missing columns, empty computed cells and Profil fields of a table that exists. */
function tambahKeTabel(
  context: Excel.RequestContext,
  t: TabelAda,
  opts: ScaffoldOptions,
  rencana: Rencana,
  result: ScaffoldResult,
  namaProfil: Map<string, string>,
  ops: Langkah[]
): void {
  const def = t.def;
  const tableName = def.table.name;
  const table = () => context.workbook.tables.getItem(tableName);
  const ws = () => context.workbook.worksheets.getItem(t.sheet);
  const sendiri = rencana.tersedia.get(tableName.toLowerCase()) ?? new Set<string>();
  const sebelum = ops.length;
  const idx = (h: string) => t.headers.findIndex((x) => normalTeks(x) === normalTeks(h));
  const sheetRow = (i: number) => t.rowIndex + i + 1;

  for (const col of rencana.tambahKolom.get(tableName) ?? []) {
    const f = rumusTersedia(col, tableName, sendiri, rencana.tersedia);
    if (col.formula && !f)
      (result.formulasSkipped ??= []).push({ table: tableName, column: col.header });
    const values: Sel[][] = [[col.header]];
    for (let i = 0; i < t.rowCount; i++) values.push([f ?? ""]);
    ops.push(() => {
      const range = table().columns.add(undefined, values).getDataBodyRange();
      if (col.numberFormat)
        range.numberFormat = values.slice(1).map(() => [col.numberFormat as string]);
      formatKolom(range, col);
    });
    result.columnsAdded.push({ table: tableName, column: col.header });
    if (f) result.formulasFilled += t.rowCount;
  }

  for (const col of def.table.columns) {
    const j = idx(col.header);
    if (j < 0 || !col.formula) continue;
    const f = rumusTersedia(col, tableName, sendiri, rencana.tersedia);
    if (!f) {
      (result.formulasSkipped ??= []).push({ table: tableName, column: col.header });
      continue;
    }
    let n = 0;
    // null leaves a cell as it is: only the empty ones get the formula.
    const isi = t.formulas.map((row) => {
      if (!kosong(row[j])) return [null];
      n++;
      return [f];
    });
    if (n === 0) continue;
    const letter = columnLetter(t.columnIndex + j);
    const address = `${letter}${sheetRow(0)}:${letter}${sheetRow(t.rowCount - 1)}`;
    ops.push(() => {
      ws().getRange(address).formulas = isi as unknown as Sel[][];
    });
    result.formulasFilled += n;
  }

  if (tableName === "Profil") tambahProfil(ws, table, t, opts, result, namaProfil, ops);
  // Complete only when nothing was added and nothing had to be held back: a table
  // whose missing columns were all blocked is not "sudah lengkap".
  if (ops.length === sebelum && !adaTertahan(result, tableName)) {
    result.sheetsSkipped.push(def.name);
  }
}

/** True when this run left something of the table out (blocked column, formula or Profil row). */
function adaTertahan(result: ScaffoldResult, tableName: string): boolean {
  const diTabel = (k: KolomDitambah) => k.table === tableName;
  return (
    (result.columnsBlocked ?? []).some(diTabel) ||
    (result.formulasSkipped ?? []).some(diTabel) ||
    (tableName === "Profil" && (result.profilBlocked ?? []).length > 0)
  );
}

/** Missing Profil rows (when nothing is below the table) and the form's values in empty Nilai cells. */
function tambahProfil(
  ws: () => Excel.Worksheet,
  table: () => Excel.Table,
  t: TabelAda,
  opts: ScaffoldOptions,
  result: ScaffoldResult,
  namaProfil: Map<string, string>,
  ops: Langkah[]
): void {
  const idx = (h: string) => t.headers.findIndex((x) => normalTeks(x) === normalTeks(h));
  const iIsian = idx("Isian");
  const iNilai = idx("Nilai");
  const iKet = idx("Keterangan");
  if (iIsian < 0 || iNilai < 0) return;
  const form = profilValues(opts);
  const nilaiCol = columnLetter(t.columnIndex + iNilai);
  const baris: Sel[][] = [];
  const fieldBaru: ProfilField[] = [];
  for (const f of profilFields()) {
    const i = t.formulas.findIndex(
      (r) => normalTeks(String(r[iIsian] ?? "")) === normalTeks(f.isian)
    );
    const dariForm = form[f.isian];
    const adaForm = dariForm !== undefined && dariForm !== null && !kosong(dariForm);
    if (i < 0) {
      if (!t.bebasBawah) {
        (result.profilBlocked ??= []).push(f.isian);
        continue;
      }
      const r: Sel[] = t.headers.map(() => "");
      r[iIsian] = f.isian;
      if (adaForm) r[iNilai] = nilaiUntukRumus(dariForm);
      if (iKet >= 0) r[iKet] = f.keterangan;
      baris.push(r);
      fieldBaru.push(f);
      result.profilFilled.push(f.isian);
      continue;
    }
    const row = t.rowIndex + i + 1;
    if (adaForm && kosong(t.formulas[i][iNilai])) {
      ops.push(() => {
        ws().getRange(`${nilaiCol}${row}`).formulas = [[nilaiUntukRumus(dariForm)]];
      });
      result.profilFilled.push(f.isian);
    }
    if (f.definedName) namaProfil.set(f.definedName, `${quoteSheet(t.sheet)}!$${nilaiCol}$${row}`);
  }
  if (baris.length === 0) return;
  const rowOf = (k: number) => t.rowIndex + t.rowCount + k + 1;
  fieldBaru.forEach((f, k) => {
    if (f.definedName) {
      namaProfil.set(f.definedName, `${quoteSheet(t.sheet)}!$${nilaiCol}$${rowOf(k)}`);
    }
  });
  ops.push(() => {
    table().rows.add(undefined, baris);
    const sheet = ws();
    fieldBaru.forEach((f, k) => {
      const cell = sheet.getRange(`${nilaiCol}${rowOf(k)}`);
      if (f.numberFormat) cell.numberFormat = [[f.numberFormat]];
      if (f.list || f.prompt) validasi(cell, f, f.isian);
    });
  });
}
