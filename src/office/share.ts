// "Bagikan tanpa add-in": every LKJ formula in the workbook's used ranges
// becomes its native Excel equivalent, or its current value where there is
// none (src/core/formulas/bagikan.ts decides), so the file computes for people
// without the add-in. "Kembalikan rumus LKJ" is the way back: a native formula
// in a contract computed column that is exactly the template's native form of
// that column becomes the LKJ formula again; people's own formulas stay.
//
// Round trips: one read and one write. Office.js can reach a sheet's used
// range only by the sheet's name, so the read needs the sheet list first; the
// list of the previous run (a "plan", as src/office/read.ts keeps for tables)
// is read together with the check that it is still right. The first run of a
// session, or one after sheets or tables changed, reads once more.
import { dukung, tulisSekaligus } from "./batch";
import { nativeSafeInputs } from "../core/formulas";
import { bagikanSel, kembalikanSel, masukanRumus, rumusKontrak } from "../core/formulas/bagikan";
import { allSheets, normalTeks, profilFields } from "../core/template";
import { asOwnWrite } from "./live-validation";

export interface HasilBagikan {
  /** Cells whose LKJ formula became a native formula. */
  diganti: number;
  /** Cells whose LKJ formula became its current value (no native equivalent). */
  dijadikanNilai: number;
  /** Sheets written, in workbook order. */
  lembar: string[];
  syncs: number;
}

interface Rencana {
  sheets: string[];
  /** Contract tables there: name and sheet. */
  tables: { name: string; sheet: string }[];
}

let rencana: Rencana | null = null;

/** Forgets the sheet list of the previous run (tests; a new workbook). */
export function resetRencanaBagikan(): void {
  rencana = null;
}

const KONTRAK = new Set(allSheets().map((s) => s.table.name.toLowerCase()));

interface LembarDibaca {
  name: string;
  formulas: unknown[][];
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

interface TabelDibaca {
  name: string;
  sheet: string;
  headers: string[];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
}

interface Bacaan {
  sheets: LembarDibaca[];
  tables: TabelDibaca[];
  /** runtime.enableEvents before the write (null: the API set lacks it). */
  events: boolean | null;
}

function sama(a: Rencana, b: Rencana): boolean {
  const key = (r: Rencana) =>
    JSON.stringify([r.sheets, r.tables.map((t) => `${t.name.toLowerCase()}!${t.sheet}`).sort()]);
  return key(a) === key(b);
}

type Sync = () => Promise<void>;

/** Used ranges of every sheet and the place of every contract table, in one sync when the plan holds. */
async function baca(context: Excel.RequestContext, sync: Sync): Promise<Bacaan> {
  const wb = context.workbook;
  const coba = async (plan: Rencana | null) => {
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name,items/worksheet/name");
    const runtime = dukung("1.8") ? context.runtime.load("enableEvents") : null;
    // Values only: formatting down whole columns would otherwise make the range huge.
    const used = (plan?.sheets ?? []).map((name) => ({
      name,
      range: wb.worksheets
        .getItem(name)
        .getUsedRangeOrNullObject(true)
        .load("formulas,values,rowIndex,columnIndex"),
    }));
    const kontrak = (plan?.tables ?? []).map((t) => {
      const table = wb.tables.getItem(t.name);
      return {
        ...t,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("rowIndex,columnIndex,rowCount"),
      };
    });
    await sync();
    const nyata: Rencana = {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items
        .filter((t) => KONTRAK.has(t.name.toLowerCase()))
        .map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    };
    const bacaan: Bacaan = {
      sheets: used
        .filter((u) => !u.range.isNullObject)
        .map((u) => ({
          name: u.name,
          formulas: u.range.formulas,
          values: u.range.values,
          rowIndex: u.range.rowIndex,
          columnIndex: u.range.columnIndex,
        })),
      tables: kontrak.map((k) => ({
        name: k.name,
        sheet: k.sheet,
        headers: (k.header.values[0] ?? []).map((h) => String(h)),
        rowIndex: k.body.rowIndex,
        columnIndex: k.body.columnIndex,
        rowCount: k.body.rowCount,
      })),
      events: runtime ? runtime.enableEvents : null,
    };
    return { nyata, bacaan };
  };
  let hasil: Awaited<ReturnType<typeof coba>> | null = null;
  if (rencana) {
    try {
      hasil = await coba(rencana);
    } catch (error) {
      // A planned sheet or table was deleted or renamed: read again without the plan.
      if ((error as { code?: string })?.code !== "ItemNotFound") throw error;
      hasil = null;
    }
  }
  if (!hasil || !rencana || !sama(hasil.nyata, rencana)) {
    const daftar = hasil?.nyata ?? (await coba(null)).nyata;
    rencana = daftar;
    hasil = await coba(daftar);
  }
  rencana = hasil.nyata;
  return hasil.bacaan;
}

/** Cells to write on one sheet: 0-based sheet row/column → formula or constant. */
type Tulisan = Map<string, Map<string, { r: number; c: number; isi: string | number | boolean }>>;

function catat(
  tulisan: Tulisan,
  sheet: string,
  r: number,
  c: number,
  isi: string | number | boolean
): void {
  let m = tulisan.get(sheet);
  if (!m) {
    m = new Map();
    tulisan.set(sheet, m);
  }
  m.set(`${r},${c}`, { r, c, isi });
}

/** One 2-D write per sheet over the cells that change (null: the cell stays). */
async function tulis(
  context: Excel.RequestContext,
  tulisan: Tulisan,
  events: boolean | null,
  sync: Sync
): Promise<void> {
  if (tulisan.size === 0) return;
  await tulisSekaligus(
    context,
    events,
    () => {
      for (const [sheet, cells] of tulisan) {
        const list = [...cells.values()];
        const r0 = Math.min(...list.map((x) => x.r));
        const r1 = Math.max(...list.map((x) => x.r));
        const c0 = Math.min(...list.map((x) => x.c));
        const c1 = Math.max(...list.map((x) => x.c));
        const grid: (string | number | boolean | null)[][] = Array.from(
          { length: r1 - r0 + 1 },
          () => Array.from({ length: c1 - c0 + 1 }, () => null)
        );
        for (const x of list) grid[x.r - r0][x.c - c0] = x.isi;
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRangeByIndexes(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
        range.formulas = grid as (string | number | boolean)[][];
      }
    },
    sync
  );
}

/** The contract table a sheet cell is in, with its header, or null. */
function kolomDi(
  tables: TabelDibaca[],
  sheet: string,
  r: number,
  c: number
): { table: TabelDibaca; header: string } | null {
  for (const t of tables) {
    if (t.sheet !== sheet) continue;
    if (r < t.rowIndex || r >= t.rowIndex + t.rowCount) continue;
    const j = c - t.columnIndex;
    if (j < 0 || j >= t.headers.length) continue;
    return { table: t, header: t.headers[j] };
  }
  return null;
}

/** Values of the Profil settings the formulas name (LKJ_BatasCapaian → its Nilai). */
function nilaiNama(b: Bacaan): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const t = b.tables.find((x) => x.name.toLowerCase() === "profil");
  const s = t && b.sheets.find((x) => x.name === t.sheet);
  if (!t || !s) return out;
  const iIsian = t.headers.findIndex((h) => normalTeks(h) === "isian");
  const iNilai = t.headers.findIndex((h) => normalTeks(h) === "nilai");
  if (iIsian < 0 || iNilai < 0) return out;
  for (let i = 0; i < t.rowCount; i++) {
    const row = s.values[t.rowIndex + i - s.rowIndex];
    if (!row) continue;
    const isian = String(row[t.columnIndex + iIsian - s.columnIndex] ?? "");
    const f = profilFields().find((x) => normalTeks(x.isian) === normalTeks(isian));
    if (f?.definedName)
      out.set(f.definedName.toLowerCase(), row[t.columnIndex + iNilai - s.columnIndex]);
  }
  return out;
}

/** Whether the inputs of a contract formula in this row are ones its native form computes alike. */
function masukanAmanBaris(
  sheet: LembarDibaca,
  t: TabelDibaca,
  header: string,
  r: number,
  nama: Map<string, unknown>
): boolean {
  const rumus = rumusKontrak(t.name, header);
  if (!rumus) return true;
  const { kolom, nama: names } = masukanRumus(rumus);
  const row = sheet.values[r - sheet.rowIndex] ?? [];
  const values: unknown[] = [];
  for (const k of kolom) {
    const j = t.headers.findIndex((h) => normalTeks(h) === normalTeks(k));
    if (j >= 0) values.push(row[t.columnIndex + j - sheet.columnIndex]);
  }
  for (const n of names) values.push(nama.get(n.toLowerCase()));
  return nativeSafeInputs(values);
}

/**
 * Turns every LKJ formula in every sheet's used range into the native Excel
 * formula, or into its value where none exists or where the row's inputs
 * (text targets, ranges) make the native form compute otherwise.
 */
export async function bagikanTanpaAddin(): Promise<HasilBagikan> {
  const hasil: HasilBagikan = { diganti: 0, dijadikanNilai: 0, lembar: [], syncs: 0 };
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const sync = async () => {
        hasil.syncs++;
        await context.sync();
      };
      const b = await baca(context, sync);
      const nama = nilaiNama(b);
      const tulisan: Tulisan = new Map();
      for (const s of b.sheets) {
        s.formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            if (typeof f !== "string" || !f.startsWith("=")) return;
            const r = s.rowIndex + i;
            const c = s.columnIndex + j;
            const di = kolomDi(b.tables, s.name, r, c);
            const aman = di ? masukanAmanBaris(s, di.table, di.header, r, nama) : true;
            const x = bagikanSel(f, s.values[i]?.[j], aman);
            if (!x) return;
            if (x.jenis === "rumus") {
              hasil.diganti++;
              catat(tulisan, s.name, r, c, x.rumus);
            } else {
              hasil.dijadikanNilai++;
              catat(tulisan, s.name, r, c, x.nilai);
            }
          })
        );
      }
      hasil.lembar = b.sheets.map((s) => s.name).filter((n) => tulisan.has(n));
      await tulis(context, tulisan, b.events, sync);
    })
  );
  return hasil;
}

/**
 * The way back: native formulas in contract computed columns that are exactly
 * the template's native form of their column become the LKJ formula again.
 */
export async function kembalikanRumusLkj(): Promise<{ dikembalikan: number; syncs: number }> {
  const hasil = { dikembalikan: 0, syncs: 0 };
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const sync = async () => {
        hasil.syncs++;
        await context.sync();
      };
      const b = await baca(context, sync);
      const tulisan: Tulisan = new Map();
      for (const t of b.tables) {
        const s = b.sheets.find((x) => x.name === t.sheet);
        if (!s) continue;
        t.headers.forEach((header, j) => {
          if (!rumusKontrak(t.name, header)) return;
          const c = t.columnIndex + j;
          for (let i = 0; i < t.rowCount; i++) {
            const r = t.rowIndex + i;
            const f = s.formulas[r - s.rowIndex]?.[c - s.columnIndex];
            const lkj = kembalikanSel(t.name, header, f);
            if (lkj === null) continue;
            hasil.dikembalikan++;
            catat(tulisan, s.name, r, c, lkj);
          }
        });
      }
      await tulis(context, tulisan, b.events, sync);
    })
  );
  return hasil;
}
