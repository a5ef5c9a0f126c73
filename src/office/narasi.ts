// "Buat Narasi" in Excel: reads the report tables and the Narasi sheet in ONE
// round trip, validates, then writes the Narasi sheet in ONE round trip.
//
// What the sheet was generated from is kept in the workbook settings
// (Excel.SettingCollection, saved inside the file, invisible to the user) under
// KUNCI_META: the model fingerprint `doc.sumber` and a hash of the text
// written. From these, statusNarasi() tells whether the tables changed since
// (stale) and whether the user edited the sheet's text. A regeneration never
// destroys edited text: the edited sheet is renamed "Narasi (lama)", "Narasi
// (lama 2)", … and a fresh Narasi sheet takes its place, in the same write.
//
// While the Narasi view is shown, live validation reads the sheet and its
// metadata in its own read sync (BACAAN_LIVE), so the stale/edit notice follows
// every edit without a read of its own (statusNarasiDari).
import { dukung, tulisSekaligus } from "./batch";
import { mapWorkbook } from "../core/model";
import { columnLetters } from "../core/model/a1";
import type { RawWorkbook, ReportModel } from "../core/model/types";
import {
  type NarrativeDocument,
  type OpsiNarasi,
  type RowStyle,
  type SheetRows,
  buildNarasi,
  lebarkanSeperlunya,
  renderSheetRows,
  sidikJari,
} from "../core/narrative";
import { validateReport } from "../core/validation";
import type { Temuan } from "../core/validation/types";
import type { ExtraRead } from "./live-validation";
import { readWorkbookRemembered } from "./read";

export const LEMBAR_NARASI = "Narasi";
/** Workbook setting holding MetaNarasi as JSON. */
export const KUNCI_META = "LKJ.Narasi";

/** What the add-in wrote to the Narasi sheet (stored with the workbook). */
export interface MetaNarasi {
  versi: 1;
  /** doc.sumber: sidikJari of the model the text was built from. */
  sumber: string;
  /** hashTeks of the rows written. */
  teks: string;
  baris: number;
  lebar: number;
}

/** The Narasi sheet as it is now. */
export interface KeadaanLembar {
  ada: boolean;
  /** 0-based sheet position (-1 when absent). */
  posisi: number;
  /** Its text from A1, trailing blanks dropped (see teksGrid). */
  teks: string[][];
  /** hashTeks(teks). */
  hash: string;
}

export interface BacaanNarasi {
  raw: RawWorkbook;
  model: ReportModel;
  temuan: Temuan[];
  lembar: KeadaanLembar;
  meta: MetaNarasi | null;
  /** Round trips of the read (1 once the table list is known). */
  syncs: number;
}

export interface StatusNarasi {
  /** A sheet named Narasi exists. */
  ada: boolean;
  /** The add-in's metadata for it is there. */
  dariAddin: boolean;
  /** Fingerprint still equals the tables' one; null when unknown (no sheet or no metadata). */
  mutakhir: boolean | null;
  /** Its text differs from what the add-in wrote (or no metadata and not empty). */
  diubah: boolean;
  sumber: string | null;
  sidikSekarang: string;
  syncs: number;
}

export interface OpsiBuat extends OpsiNarasi {
  /** Write even when validation found errors (the user chose "Tetap buat narasi"). */
  tetapBuat?: boolean;
  /** Validator (tests); default validateReport. */
  validate?: (model: ReportModel) => Temuan[];
}

export type HasilBuat =
  | {
      status: "perlu-konfirmasi";
      /** Every finding; at least one galat. */
      temuan: Temuan[];
      syncs: { baca: number; tulis: number };
    }
  | {
      status: "selesai";
      temuan: Temuan[];
      doc: NarrativeDocument;
      /** Name of the sheet keeping the user's edited text, null when none was needed. */
      lembarLama: string | null;
      baris: number;
      placeholders: string[];
      syncs: { baca: number; tulis: number };
    };

// ---------------------------------------------------------------------------
// Pure helpers (exported for tests)

function teksSel(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}

/**
 * Cell values placed from A1 (the used range starts at row r0, column c0) as
 * strings, trailing empty cells and rows dropped: the same text compares
 * equal however wide the used range is.
 */
export function teksGrid(values: readonly (readonly unknown[])[], r0 = 0, c0 = 0): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < r0; i++) out.push([]);
  for (const row of values) {
    const r: string[] = new Array<string>(c0).fill("");
    for (const v of row) r.push(teksSel(v));
    while (r.length > 0 && r[r.length - 1] === "") r.pop();
    out.push(r);
  }
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** 64-bit FNV-1a (two 32-bit lanes) of the normalised text, as 16 hex digits. */
export function hashTeks(rows: readonly (readonly unknown[])[]): string {
  const teks = teksGrid(rows);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  const tambah = (code: number) => {
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x01000193 ^ 0x5bd1e995) >>> 0;
  };
  for (const row of teks) {
    for (const cell of row) {
      for (let i = 0; i < cell.length; i++) tambah(cell.charCodeAt(i));
      tambah(0x1f);
    }
    tambah(0x1e);
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** "Narasi (lama)", then "Narasi (lama 2)", … : the first name not taken. */
export function namaLembarLama(sheetNames: readonly string[]): string {
  const ada = new Set(sheetNames.map((s) => s.toLowerCase()));
  const dasar = `${LEMBAR_NARASI} (lama`;
  if (!ada.has(`${dasar})`.toLowerCase())) return `${dasar})`;
  for (let i = 2; ; i++) {
    const n = `${dasar} ${i})`;
    if (!ada.has(n.toLowerCase())) return n;
  }
}

function bacaMeta(v: unknown): MetaNarasi | null {
  let o: unknown = v;
  if (typeof v === "string") {
    try {
      o = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!o || typeof o !== "object") return null;
  const m = o as Record<string, unknown>;
  if (typeof m.sumber !== "string" || typeof m.teks !== "string") return null;
  return {
    versi: 1,
    sumber: m.sumber,
    teks: m.teks,
    baris: Number(m.baris) || 0,
    lebar: Number(m.lebar) || 0,
  };
}

/** The sheet's text is not what the add-in wrote: keep it before writing. */
export function perluDisimpan(lembar: KeadaanLembar, meta: MetaNarasi | null): boolean {
  if (!lembar.ada) return false;
  if (meta) return lembar.hash !== meta.teks;
  // A Narasi sheet the add-in has no record of: only an empty one may be reused.
  return lembar.teks.length > 0;
}

// ---------------------------------------------------------------------------
// Layout: formats grouped into as few range operations as possible.

/** Text width of the sheet in points (about an A4 page between margins). */
const LEBAR_TOTAL = 480;
/** Average width of one character of 11 pt Calibri, in points (for row heights). */
const LEBAR_HURUF = 5.6;
const TINGGI_BARIS = 15;
/** Excel's largest row height. */
const TINGGI_MAKS = 409;

const ISIAN = "#FFF2CC";
const KEPALA_TABEL = "#D9E1F2";
const TOTAL_TABEL = "#F2F2F2";

/** A key or figure Excel must not wrap mid-word: "1.1.1", "III.1", "131.137.800", "S1". */
const KUNCI = /^(?=[^ ]*[0-9.])[0-9A-Za-z]{1,4}(?:\.[0-9A-Za-z]{1,4})*$/;

/** Points each column needs for the longest key or figure in its table cells (0: none). */
function perluPt(sr: SheetRows): number[] {
  const perlu = new Array<number>(sr.width).fill(0);
  sr.rows.forEach((row, i) => {
    const st = sr.styles[i];
    if (st.kind !== "tableHeader" && st.kind !== "tableRow" && st.kind !== "tableTotal") return;
    const gabung = new Set<number>();
    for (const [c, n] of st.merges ?? []) for (let k = c; k < c + n && n > 1; k++) gabung.add(k);
    row.forEach((teks, c) => {
      if (gabung.has(c)) return;
      for (const kata of teks.split(/\s+/)) {
        // Digits are about LEBAR_HURUF wide at the sheet's size; 6 pt for the cell's padding.
        if (KUNCI.test(kata)) perlu[c] = Math.max(perlu[c], kata.length * LEBAR_HURUF + 6);
      }
    });
  });
  return perlu;
}

/**
 * Column widths in points from the relative widths. A column too narrow for
 * its longest key ("1.1.1" wrapped as "1.1." and "1") is widened from the
 * columns with room to spare.
 */
export function lebarKolomPt(sr: SheetRows): number[] {
  const sum = sr.columnWidths.reduce((a, b) => a + (b > 0 ? b : 0), 0) || sr.width;
  const pt = sr.columnWidths.map((w) =>
    Math.max(24, Math.round((LEBAR_TOTAL * (w > 0 ? w : 1)) / sum))
  );
  return lebarkanSeperlunya(pt, perluPt(sr).map(Math.ceil), 24);
}

/**
 * Row heights for wrapped text: Excel does not autofit rows of merged cells,
 * so the height is estimated from the text length and the merged width.
 */
export function tinggiBaris(sr: SheetRows, kolom: number[]): number[] {
  return sr.rows.map((row, i) => {
    const st = sr.styles[i];
    const span = new Map<number, number>();
    for (const [c, n] of st.merges ?? []) span.set(c, n);
    let baris = 1;
    row.forEach((teks, c) => {
      if (teks === "") return;
      const n = span.get(c) ?? 1;
      let lebar = 0;
      for (let k = c; k < Math.min(kolom.length, c + n); k++) lebar += kolom[k];
      const perBaris = Math.max(1, Math.floor((lebar - 6) / LEBAR_HURUF));
      const b = teks
        .split("\n")
        .reduce((a, bagian) => a + Math.max(1, Math.ceil(bagian.length / perBaris)), 0);
      baris = Math.max(baris, b);
    });
    const besar = st.kind === "title" ? 1.3 : 1;
    return Math.min(TINGGI_MAKS, Math.ceil(baris * TINGGI_BARIS * besar));
  });
}

/** Half-open runs [a, b) of consecutive rows with the same key (null keys skipped). */
export function kelompokBaris<K>(n: number, key: (i: number) => K | null): [number, number, K][] {
  const out: [number, number, K][] = [];
  let a = 0;
  while (a < n) {
    const k = key(a);
    let b = a + 1;
    while (b < n && key(b) === k) b++;
    if (k !== null) out.push([a, b, k]);
    a = b;
  }
  return out;
}

function kunciGaya(st: RowStyle): string {
  return [st.kind, st.bold ? "b" : "", st.centered ? "c" : "", st.indent ?? 0].join("|");
}

const RATA = { left: "Left", right: "Right", center: "Center" } as const;

/** Strings Excel would not keep as typed get a leading apostrophe (shown and read back without it). */
function teksAman(row: string[]): string[] {
  return row.map((s) => (/^['=]/.test(s) ? `'${s}` : s));
}

/** A block of cells, 0-based; rows = 0 columns means whole rows. */
interface Blok {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

function alamat(b: Blok): string {
  if (b.cols === 0) return `${b.r + 1}:${b.r + b.rows}`;
  const a = `${columnLetters(b.c)}${b.r + 1}`;
  const z = `${columnLetters(b.c + b.cols - 1)}${b.r + b.rows}`;
  return a === z ? a : `${a}:${z}`;
}

/**
 * Longest multi-area address per getRanges call: 255 characters, the
 * reference length Excel accepts everywhere.
 */
const MAKS_ALAMAT = 255;

type Format = (f: Excel.RangeFormat) => void;

/**
 * Formats collected by kind and applied once per kind over all its blocks:
 * through RangeAreas (worksheet.getRanges, ExcelApi 1.9) in addresses of at
 * most MAKS_ALAMAT characters, else block by block.
 */
class Gugus {
  private readonly kelompok = new Map<string, { format: Format; blok: Blok[] }>();
  tambah(kunci: string, blok: Blok, format: Format): void {
    let k = this.kelompok.get(kunci);
    if (!k) {
      k = { format, blok: [] };
      this.kelompok.set(kunci, k);
    }
    k.blok.push(blok);
  }
  terapkan(ws: Excel.Worksheet, areas: boolean): void {
    for (const { format, blok } of this.kelompok.values()) {
      if (!areas) {
        for (const b of blok) {
          const r =
            b.cols === 0
              ? ws.getRangeByIndexes(b.r, 0, b.rows, 1).getEntireRow()
              : ws.getRangeByIndexes(b.r, b.c, b.rows, b.cols);
          format(r.format);
        }
        continue;
      }
      let bagian: string[] = [];
      let panjang = 0;
      const kirim = () => {
        if (bagian.length > 0) format(ws.getRanges(bagian.join(",")).format);
        bagian = [];
        panjang = 0;
      };
      for (const b of blok) {
        const a = alamat(b);
        if (panjang + a.length + 1 > MAKS_ALAMAT) kirim();
        bagian.push(a);
        panjang += a.length + 1;
      }
      kirim();
    }
  }
}

/** Queues every write of the Narasi sheet's content and formats on `ws` (no sync). */
function antreIsi(ws: Excel.Worksheet, sr: SheetRows, areas: boolean): void {
  const n = sr.rows.length;
  const w = sr.width;
  if (n === 0) return;
  const semua = ws.getRangeByIndexes(0, 0, n, w);
  // Text format first, so "2023" or "1.234" stay the text the narrative wrote.
  semua.numberFormat = sr.rows.map((r) => r.map(() => "@"));
  semua.values = sr.rows.map(teksAman);
  semua.format.wrapText = true;
  semua.format.verticalAlignment = "Top";

  const kolom = lebarKolomPt(sr);
  kolom.forEach((pt, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = pt;
  });

  const g = new Gugus();
  const tinggi = tinggiBaris(sr, kolom);
  for (const [a, b, h] of kelompokBaris(n, (i) =>
    tinggi[i] === TINGGI_BARIS ? null : tinggi[i]
  )) {
    g.tambah(`tinggi ${h}`, { r: a, c: 0, rows: b - a, cols: 0 }, (f) => {
      f.rowHeight = h;
    });
  }

  // Row styles: one block per run of equal styles, one operation per style.
  for (const [a, b] of kelompokBaris(n, (i) => kunciGaya(sr.styles[i]))) {
    const st = sr.styles[a];
    const blok = { r: a, c: 0, rows: b - a, cols: w };
    if (st.bold) g.tambah("tebal", blok, (f) => (f.font.bold = true));
    if (st.kind === "title") g.tambah("judul", blok, (f) => (f.font.size = 14));
    if (st.kind === "heading1") g.tambah("bab", blok, (f) => (f.font.size = 12));
    if (st.centered) g.tambah("tengah", blok, (f) => (f.horizontalAlignment = "Center"));
    else if (st.kind === "paragraph") {
      g.tambah("rata", blok, (f) => (f.horizontalAlignment = "Justify"));
    }
    const indent = Math.min(15, st.indent ?? 0);
    // indentLevel is ExcelApi 1.9, as RangeAreas: older Excel shows the list markers only.
    if (areas && indent > 0 && (st.kind === "listItem" || st.kind === "paragraph")) {
      g.tambah(`indent ${indent}`, blok, (f) => (f.indentLevel = indent));
    }
  }

  // Merges: consecutive rows with the same merges are merged across in one call.
  const kunciMerge = (i: number) => {
    const m = sr.styles[i].merges;
    return m && m.some(([, s]) => s > 1) ? JSON.stringify(m) : null;
  };
  for (const [a, b, k] of kelompokBaris(n, kunciMerge)) {
    for (const [c, s] of JSON.parse(k) as [number, number][]) {
      if (s > 1) ws.getRangeByIndexes(a, c, b - a, s).merge(true);
    }
  }

  // Tables: borders around and inside, shaded header, aligned columns.
  for (const [a, b] of kelompokBaris(n, (i) =>
    sr.styles[i].table === undefined ? null : sr.styles[i].table
  )) {
    const t = ws.getRangeByIndexes(a, 0, b - a, w);
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const border = t.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#000000";
    }
    for (const [x, y, kind] of kelompokBaris(b - a, (i) => sr.styles[a + i].kind)) {
      const blok = { r: a + x, c: 0, rows: y - x, cols: w };
      if (kind === "tableHeader") {
        g.tambah("kepala", blok, (f) => {
          f.fill.color = KEPALA_TABEL;
          f.horizontalAlignment = "Center";
          f.verticalAlignment = "Center";
        });
        continue;
      }
      if (kind === "tableTotal") g.tambah("total", blok, (f) => (f.fill.color = TOTAL_TABEL));
      (sr.styles[a + x].align ?? []).forEach((al, c) => {
        if (al === "left") return;
        g.tambah(`rata ${al}`, { ...blok, c, cols: 1 }, (f) => (f.horizontalAlignment = RATA[al]));
      });
    }
  }

  // Placeholders to fill in: highlighted.
  sr.styles.forEach((st, i) => {
    for (const c of st.placeholders ?? []) {
      g.tambah("isian", { r: i, c, rows: 1, cols: 1 }, (f) => (f.fill.color = ISIAN));
    }
  });
  g.terapkan(ws, areas);

  // Printing (ExcelApi 1.9): A4 portrait, one page wide, a page from each chapter break.
  if (areas) {
    ws.pageLayout.orientation = "Portrait";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sr.styles.forEach((st, i) => {
      if (st.kind === "pageBreak" && i + 1 < n) {
        ws.horizontalPageBreaks.add(ws.getRangeByIndexes(i + 1, 0, 1, 1));
      }
    });
  }
}

// ---------------------------------------------------------------------------
// Office.js

/** Whether the Narasi sheet existed at the last read or write (so its cells can go in the first sync). */
let narasiDiduga = false;

interface Antrean {
  ws: Excel.Worksheet;
  setting: Excel.Setting;
  used: Excel.Range | null;
  events: Excel.Runtime | null;
}

function antreBaca(context: Excel.RequestContext, adaLembar: boolean): Antrean {
  const wb = context.workbook;
  const ws = wb.worksheets.getItemOrNullObject(LEMBAR_NARASI).load("name, position");
  const setting = wb.settings.getItemOrNullObject(KUNCI_META).load("value");
  // getItem (not the null object) so a sheet that is gone fails the sync plainly.
  const used = adaLembar
    ? wb.worksheets
        .getItem(LEMBAR_NARASI)
        .getUsedRangeOrNullObject(true)
        .load("values, rowIndex, columnIndex")
    : null;
  const events = dukung("1.8") ? context.runtime.load("enableEvents") : null;
  return { ws, setting, used, events };
}

function dimuat(q: Antrean): boolean {
  try {
    void q.ws.isNullObject;
    void q.setting.isNullObject;
    return true;
  } catch {
    return false;
  }
}

function kodeGalat(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

/** The Narasi sheet and the add-in's metadata for it, as read. */
export interface LembarNarasiDibaca {
  lembar: KeadaanLembar;
  meta: MetaNarasi | null;
}

interface LembarDalam extends LembarNarasiDibaca {
  events: Excel.Runtime | null;
  /** Round trips beyond the read of the tables (0 unless a guess was wrong). */
  syncs: number;
}

/**
 * Queues the Narasi sheet's loads, to go with the tables' read sync; after that
 * read, the returned function gives the sheet's state (one more sync only when
 * the sheet appeared or went, or the read retried and dropped these loads).
 */
function antreLembar(
  context: Excel.RequestContext,
  adaLembar: boolean
): (sheetNames: readonly string[]) => Promise<LembarDalam> {
  let q = antreBaca(context, adaLembar);
  return async (sheetNames) => {
    let syncs = 0;
    const ada = sheetNames.some((s) => s.toLowerCase() === LEMBAR_NARASI.toLowerCase());
    if (!dimuat(q) || (ada && !q.used) || (!ada && q.used)) {
      q = antreBaca(context, ada);
      syncs++;
      await context.sync();
    }
    narasiDiduga = ada;
    let teks: string[][] = [];
    if (q.used && !q.used.isNullObject) {
      teks = teksGrid(q.used.values, q.used.rowIndex, q.used.columnIndex);
    }
    const lembar: KeadaanLembar = {
      ada: !q.ws.isNullObject,
      posisi: q.ws.isNullObject ? -1 : q.ws.position,
      teks,
      hash: hashTeks(teks),
    };
    const meta = q.setting.isNullObject ? null : bacaMeta(q.setting.value);
    return { lembar, meta, events: q.events, syncs };
  };
}

/**
 * Live validation's extra read while the Narasi view is shown: the sheet's
 * state in the check's own read sync (its value: LembarNarasiDibaca).
 */
export const BACAAN_LIVE: ExtraRead<LembarNarasiDibaca> = {
  key: LEMBAR_NARASI,
  queue(context, retry) {
    const selesai = antreLembar(context, !retry && narasiDiduga);
    return async (raw) => {
      const l = await selesai(raw.sheetNames);
      return { value: { lembar: l.lembar, meta: l.meta }, syncs: l.syncs };
    };
  },
};

interface BacaanDalam extends BacaanNarasi {
  events: Excel.Runtime | null;
  sheetNames: string[];
}

async function baca(
  context: Excel.RequestContext,
  validate: (m: ReportModel) => Temuan[]
): Promise<BacaanDalam> {
  const duga = narasiDiduga;
  let selesai = antreLembar(context, duga);
  let extra = 0;
  let outcome;
  try {
    outcome = await readWorkbookRemembered(context);
  } catch (e) {
    // The Narasi sheet expected was deleted: read again without its cells.
    if (kodeGalat(e) !== "ItemNotFound" || !duga) throw e;
    extra++;
    selesai = antreLembar(context, false);
    outcome = await readWorkbookRemembered(context);
  }
  const sheetNames = outcome.raw.sheetNames;
  const l = await selesai(sheetNames);
  const model = mapWorkbook(outcome.raw);
  return {
    raw: outcome.raw,
    model,
    temuan: validate(model),
    lembar: l.lembar,
    meta: l.meta,
    syncs: outcome.syncs + extra + l.syncs,
    events: l.events,
    sheetNames,
  };
}

/** Reads the tables and the Narasi sheet's state (one round trip once the table list is known). */
export async function bacaNarasi(
  validate: (m: ReportModel) => Temuan[] = validateReport
): Promise<BacaanNarasi> {
  return Excel.run(async (context) => {
    const b = await baca(context, validate);
    return {
      raw: b.raw,
      model: b.model,
      temuan: b.temuan,
      lembar: b.lembar,
      meta: b.meta,
      syncs: b.syncs,
    };
  });
}

/** The status from a model and the sheet as read with it (no read: `syncs` is the read's). */
export function statusNarasiDari(
  model: ReportModel,
  l: LembarNarasiDibaca,
  syncs = 0
): StatusNarasi {
  const sidikSekarang = sidikJari(model);
  const ada = l.lembar.ada;
  return {
    ada,
    dariAddin: l.meta !== null,
    mutakhir: ada && l.meta ? l.meta.sumber === sidikSekarang : null,
    diubah: perluDisimpan(l.lembar, l.meta),
    sumber: l.meta?.sumber ?? null,
    sidikSekarang,
    syncs,
  };
}

/** Whether the Narasi sheet exists, is out of date, or was edited by the user (one read). */
export async function statusNarasi(): Promise<StatusNarasi> {
  // Findings are not needed here: skip the validator.
  const b = await bacaNarasi(() => []);
  return statusNarasiDari(b.model, b, b.syncs);
}

/** The narrative of the workbook as it is now (for Word and "Salin"); one read, no write. */
export async function dokumenNarasi(opsi: OpsiNarasi = {}): Promise<NarrativeDocument> {
  const b = await bacaNarasi(() => []);
  return buildNarasi(b.model, opsi);
}

function jumlahGalat(temuan: Temuan[]): number {
  return temuan.filter((t) => t.tingkat === "galat").length;
}

/**
 * "Buat Narasi": one read; with errors and without `tetapBuat` it stops and
 * returns the findings; otherwise one write: the Narasi sheet (the edited one
 * kept under another name first), its metadata, the sheet activated.
 */
export async function buatNarasi(opsi: OpsiBuat = {}): Promise<HasilBuat> {
  const { tetapBuat, validate = validateReport, ...opsiNarasi } = opsi;
  return Excel.run(async (context): Promise<HasilBuat> => {
    const b = await baca(context, validate);
    if (!tetapBuat && jumlahGalat(b.temuan) > 0) {
      return { status: "perlu-konfirmasi", temuan: b.temuan, syncs: { baca: b.syncs, tulis: 0 } };
    }
    const doc = buildNarasi(b.model, opsiNarasi);
    const sr = renderSheetRows(doc);
    const meta: MetaNarasi = {
      versi: 1,
      sumber: doc.sumber,
      teks: hashTeks(sr.rows),
      baris: sr.rows.length,
      lebar: sr.width,
    };

    const wb = context.workbook;
    let lembarLama: string | null = null;
    await tulisSekaligus(context, b.events ? b.events.enableEvents : null, () => {
      let ws: Excel.Worksheet;
      if (perluDisimpan(b.lembar, b.meta)) {
        // The user's text stays, under another name; a fresh sheet takes its place.
        lembarLama = namaLembarLama(b.sheetNames);
        wb.worksheets.getItem(LEMBAR_NARASI).name = lembarLama;
        ws = wb.worksheets.add(LEMBAR_NARASI);
        ws.position = b.lembar.posisi;
      } else if (b.lembar.ada) {
        ws = wb.worksheets.getItem(LEMBAR_NARASI);
        // Only what the add-in wrote is here (text unchanged): start from a clean sheet.
        const lama = ws.getUsedRange();
        lama.unmerge();
        lama.clear("All");
        lama.getEntireRow().format.rowHeight = TINGGI_BARIS;
        if (dukung("1.9")) ws.horizontalPageBreaks.removePageBreaks();
      } else {
        ws = wb.worksheets.add(LEMBAR_NARASI);
      }
      antreIsi(ws, sr, dukung("1.9"));
      wb.settings.add(KUNCI_META, JSON.stringify(meta));
      ws.activate();
      ws.getRange("A1").select();
    });
    narasiDiduga = true;
    return {
      status: "selesai",
      temuan: b.temuan,
      doc,
      lembarLama,
      baris: sr.rows.length,
      placeholders: doc.placeholders,
      syncs: { baca: b.syncs, tulis: 1 },
    };
  });
}

/** Forgets what the module assumed about the Narasi sheet (tests). */
export function resetNarasi(): void {
  narasiDiduga = false;
}
