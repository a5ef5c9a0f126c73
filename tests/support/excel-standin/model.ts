// The stand-in's workbook state: plain data, no Office semantics. The proxies in
// api.ts read and write it only inside context.sync(), so batching behaves like
// Office.js. Tests read it directly through the controller (snapshots).
//
// Rows and columns are 0-based here; addresses are A1 as Excel prints them.

/** Inclusive 0-based rectangle on one sheet. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Borders {
  [edge: string]: { style: string; color: string; weight: string };
}

/** The per-cell formatting the add-in may touch; compared exactly in tests. */
export interface CellFormat {
  /** null = no fill (Office.js reports "#FFFFFF"). */
  fill: string | null;
  fontBold: boolean;
  fontItalic: boolean;
  fontColor: string;
  fontName: string;
  fontSize: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  locked: boolean;
  borders: Borders;
}

export interface CellData {
  /** Number, string, boolean; "" for blank. */
  value: unknown;
  /** "=..." or null for a constant. */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
}

export function defaultFormat(): CellFormat {
  return {
    fill: null,
    fontBold: false,
    fontItalic: false,
    fontColor: "#000000",
    fontName: "Calibri",
    fontSize: 11,
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    locked: true,
    borders: {},
  };
}

export function blankCell(): CellData {
  return { value: "", formula: null, numberFormat: "General", format: defaultFormat() };
}

export function cloneCell(c: CellData): CellData {
  return {
    value: c.value,
    formula: c.formula,
    numberFormat: c.numberFormat,
    format: { ...c.format, borders: JSON.parse(JSON.stringify(c.format.borders)) },
  };
}

export interface DataValidationData {
  rect: Rect;
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatData {
  id: string;
  type: string;
  rect: Rect;
  /** Everything set on the format object (custom.rule.formula, custom.format.fill.color, ...). */
  data: Record<string, unknown>;
  priority: number;
  stopIfTrue: boolean;
}

export class SheetModel {
  cells = new Map<string, CellData>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freezeRows = 0;
  freezeColumns = 0;
  pageLayout: Record<string, unknown> = { orientation: "Portrait", paperSize: "Letter" };
  printTitleRows: string | null = null;
  dataValidations: DataValidationData[] = [];
  conditionalFormats: ConditionalFormatData[] = [];
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  extra: Record<string, unknown> = {};
  constructor(
    public id: string,
    public name: string
  ) {}

  key(r: number, c: number): string {
    return `${r},${c}`;
  }
  get(r: number, c: number): CellData {
    return this.cells.get(this.key(r, c)) ?? blankCell();
  }
  /** The stored cell, created on first write. */
  mut(r: number, c: number): CellData {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = blankCell();
      this.cells.set(k, cell);
    }
    return cell;
  }
  /** Smallest rectangle from A1 holding every non-blank cell, null when empty. */
  usedRect(valuesOnly = false): Rect | null {
    let r1 = -1;
    let c1 = -1;
    let r0 = Infinity;
    let c0 = Infinity;
    for (const [k, cell] of this.cells) {
      const blank = cell.value === "" && cell.formula === null;
      const unformatted =
        cell.numberFormat === "General" &&
        JSON.stringify(cell.format) === JSON.stringify(defaultFormat());
      if (blank && (valuesOnly || unformatted)) continue;
      const [r, c] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

export class TableModel {
  style = "TableStyleMedium2";
  showTotals = false;
  showBandedRows = true;
  showFilterButton = true;
  constructor(
    public id: string,
    public name: string,
    public sheet: SheetModel,
    public rect: Rect
  ) {}
  headerRect(): Rect {
    return { ...this.rect, r1: this.rect.r0 };
  }
  bodyRect(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1 };
  }
}

export interface NameData {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names = new Map<string, NameData>();
  settings = new Map<string, unknown>();
  selection: { sheet: string; rect: Rect } | null = null;
  activeSheet: string | null = null;
  private nextId = 1;
  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }
  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }
  table(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }
  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const s = new SheetModel(this.newId("ws"), name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }
}

// ---------------------------------------------------------------------------
// A1 helpers (0-based)

export function colLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectA1(rect: Rect): string {
  const fullCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const fullRows = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
  if (fullCols && !fullRows) return `${colLetters(rect.c0)}:${colLetters(rect.c1)}`;
  if (fullRows && !fullCols) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${colLetters(rect.c0)}${rect.r0 + 1}`;
  const b = `${colLetters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Splits "'Sheet 1'!A1:B2" into sheet (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1) };
}

/** "A1", "$A$1:B2", "A:C", "3:5" → rectangle; null when unreadable. */
export function parseRect(local: string): Rect | null {
  const parts = local.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return null;
  const one = (p: string): { r: number | null; c: number | null } | null => {
    let m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(p);
    if (m) return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { c: colIndex(m[1]), r: null };
    m = /^(\d{1,7})$/.exec(p);
    if (m) return { c: null, r: Number(m[1]) - 1 };
    return null;
  };
  const a = one(parts[0]);
  const b = parts.length === 2 ? one(parts[1]) : a;
  if (!a || !b) return null;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return null;
  const r0 = a.r === null ? 0 : Math.min(a.r, b.r as number);
  const r1 = a.r === null ? MAX_ROWS - 1 : Math.max(a.r, b.r as number);
  const c0 = a.c === null ? 0 : Math.min(a.c, b.c as number);
  const c1 = a.c === null ? MAX_COLS - 1 : Math.max(a.c, b.c as number);
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) return null;
  return { r0, c0, r1, c1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
export function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}
