// Pure rules of "Bagikan tanpa add-in" and its way back, and the formula facts
// the Office.js scaffold needs: which cell gets which native formula or value,
// which native formula in a contract column is the template's own (so it can be
// turned back into the LKJ formula), which tables and columns a template
// formula refers to. The Office.js shells (src/office/share.ts, scaffold.ts)
// only read cells, ask these functions and write.
import { allSheets } from "../template";
import type { ColumnDef, RumusKolom } from "../template/types";
import {
  hasLkjFunction,
  nativeSafeInputs,
  pakaiSkalaKustom,
  rumusLkj,
  toNativeFormula,
} from "./index";
import { lewatiKutip } from "./parse";

/** The row's columns and the workbook names a template formula reads. */
export function masukanRumus(rumus: RumusKolom): { kolom: string[]; nama: string[] } {
  const kolom: string[] = [];
  const nama: string[] = [];
  for (const a of rumus.args) {
    if ("kolom" in a) kolom.push(a.kolom);
    else if ("nama" in a) nama.push(a.nama);
  }
  return { kolom, nama };
}

/** Splits a formula into pieces outside and inside string literals / quoted sheet names. */
function bagian(formula: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  let start = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      if (i > start) out.push({ text: formula.slice(start, i), quoted: false });
      // An unclosed quote runs to the end of the formula.
      const end = lewatiKutip(formula, i, c);
      const stop = end < 0 ? formula.length : end;
      out.push({ text: formula.slice(i, stop), quoted: true });
      i = stop;
      start = i;
      continue;
    }
    i++;
  }
  if (start < formula.length) out.push({ text: formula.slice(start), quoted: false });
  return out;
}

/** A table and the columns a structured reference names ("Skala[[Batas Bawah]:[Predikat]]"). */
export interface RujukanTabel {
  table: string;
  /** Column headers named (unescaped); empty for the whole table. */
  kolom: string[];
}

function unescapeKolom(s: string): string {
  return s.replace(/'(.)/g, "$1");
}

/** Structured references to named tables in a formula ("Kinerja[Capaian]"); [@Kolom] of the own row is not one. */
export function rujukanTabel(formula: string): RujukanTabel[] {
  const out: RujukanTabel[] = [];
  for (const p of bagian(formula)) {
    if (p.quoted) continue;
    const re = /(^|[^A-Za-z0-9_.\\\]])([A-Za-z_\\][A-Za-z0-9_.\\]*)\[/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text)) !== null) {
      const open = m.index + m[0].length - 1;
      let depth = 0;
      let end = open;
      for (; end < p.text.length; end++) {
        const c = p.text[end];
        if (c === "'") end++;
        else if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      const inner = p.text.slice(open + 1, end);
      const kolom: string[] = [];
      if (inner.startsWith("[")) {
        for (const k of inner.matchAll(/\[((?:'.|[^\]'])*)\]/g)) {
          if (!k[1].startsWith("#")) kolom.push(unescapeKolom(k[1]));
        }
      } else if (inner !== "" && !inner.startsWith("#")) {
        kolom.push(unescapeKolom(inner));
      }
      out.push({ table: m[2], kolom });
      re.lastIndex = end + 1;
    }
  }
  return out;
}

/** Table names a formula refers to through structured references. */
export function tabelDalamRumus(formula: string): string[] {
  return [...new Set(rujukanTabel(formula).map((r) => r.table))];
}

/**
 * A formula text in a canonical form for comparison: outside string literals
 * no spaces, upper case, and every number literal as JavaScript prints it
 * (Excel hands back 1E-9 as 0.000000001 and may change case and spacing).
 */
export function normalRumus(formula: string): string {
  return bagian(formula.trim())
    .map((p) => {
      if (p.quoted) return p.text;
      return p.text
        .replace(/\s+/g, "")
        .toUpperCase()
        .replace(
          /(^|[^A-Z0-9_.$\\])((?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?)(?![A-Z0-9_(])/g,
          (_w, pre: string, num: string) => pre + String(Number(num))
        );
    })
    .join("");
}

const GALAT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|BUSY!|CALC!|SPILL!|GETTING_DATA|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|PYTHON!)/;

/** Whether a cell value is an Excel error as Office.js reports it ("#DIV/0!", "#NAME?"). */
export function nilaiGalat(v: unknown): boolean {
  return typeof v === "string" && GALAT.test(v);
}

const NUMERIC = /^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*%?\s*$/;
const MIRIP_TANGGAL = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/;

/**
 * A constant as written through Range.formulas so that it stays what it is:
 * text that Excel would read as a formula, a number, a date or a truth value
 * ("=x", "2.1", "85%", "TRUE") gets a leading apostrophe, which Excel stores
 * as "this is text" and does not show.
 */
export function nilaiUntukRumus(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  if (s === "") return "";
  if (
    /^[='+\-@]/.test(s) ||
    NUMERIC.test(s) ||
    MIRIP_TANGGAL.test(s) ||
    /^(true|false)$/i.test(s)
  ) {
    return `'${s}`;
  }
  return s;
}

export type HasilSel =
  { jenis: "rumus"; rumus: string } | { jenis: "nilai"; nilai: string | number | boolean };

/**
 * What "Bagikan tanpa add-in" writes into a cell: the native formula of its
 * LKJ formula, or its current value when there is none or when the inputs are
 * ones the native formula computes differently (`masukanAman` false, see
 * nativeSafeInputs). A cell with no LKJ call gives null (left alone), and so
 * does one whose value is an error with no native formula (writing "#NAME?"
 * would keep a failure, not a result).
 */
export function bagikanSel(formula: unknown, value: unknown, masukanAman = true): HasilSel | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || !hasLkjFunction(formula)) {
    return null;
  }
  const native = toNativeFormula(formula);
  if (native !== null && masukanAman) return { jenis: "rumus", rumus: native };
  if (!nilaiGalat(value) && value !== undefined && value !== null) {
    return { jenis: "nilai", nilai: nilaiUntukRumus(value) };
  }
  return native !== null ? { jenis: "rumus", rumus: native } : null;
}

/** Whether the input values of a contract formula are ones its native form computes alike. */
export function masukanAman(values: readonly unknown[]): boolean {
  return nativeSafeInputs(values);
}

interface Bentuk {
  lkj: string;
  normalBawaan: string;
}

let petaBentuk: Map<string, Bentuk[]> | null = null;

function kunci(table: string, header: string): string {
  return `${table.toLowerCase()}\u0000${header.trim().replace(/\s+/g, " ").toLowerCase()}`;
}

function bentukSemua(): Map<string, Bentuk[]> {
  if (petaBentuk) return petaBentuk;
  const peta = new Map<string, Bentuk[]>();
  for (const sheet of allSheets()) {
    for (const col of sheet.table.columns as ColumnDef[]) {
      if (!col.formula) continue;
      const list: Bentuk[] = [];
      for (const gaya of ["ringkas", "lengkap"] as const) {
        for (const kustom of pakaiSkalaKustom(col.formula) ? [true, false] : [true]) {
          const lkj = rumusLkj(col.formula, sheet.table.name, gaya, kustom);
          if (!hasLkjFunction(lkj)) continue;
          const native = toNativeFormula(lkj);
          if (native === null) continue;
          list.push({ lkj, normalBawaan: normalRumus(native) });
        }
      }
      if (list.length > 0) peta.set(kunci(sheet.table.name, col.header), list);
    }
  }
  petaBentuk = peta;
  return peta;
}

/**
 * The way back: when `formula` in the contract column `table`/`header` is
 * exactly the template's native form of that column (in either reference
 * style, spacing, case and number spelling aside), the LKJ formula it came
 * from; otherwise null (a user's own formula stays).
 */
export function kembalikanSel(table: string, header: string, formula: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || hasLkjFunction(formula)) {
    return null;
  }
  const list = bentukSemua().get(kunci(table, header));
  if (!list) return null;
  const n = normalRumus(formula);
  return list.find((b) => b.normalBawaan === n)?.lkj ?? null;
}

/** The contract's formula definition of a column (any jenis), or undefined. */
export function rumusKontrak(table: string, header: string): RumusKolom | undefined {
  const t = allSheets().find((s) => s.table.name.toLowerCase() === table.toLowerCase());
  const k = kunci(table, header);
  return t?.table.columns.find((c) => kunci(t.table.name, c.header) === k)?.formula;
}
