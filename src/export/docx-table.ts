// A narrative table written straight as the object docx's Formatter turns into
// XML (see docx-xml.ts). docx's Table, TableRow, TableCell, Paragraph and
// TextRun write the same XML for the same options (tests/export/docx-table.test.ts
// compares them), but build about ten library objects per cell and walk them all
// again when packing; the tables of a 2.000-indicator report have 46.000 cells,
// most of the export's time. Shared pieces (borders, cell properties of a width,
// paragraph properties) are one object each. A centred or right-aligned cell
// takes its alignment from a paragraph style (TABLE_STYLES) rather than a
// <w:jc> of its own: the same page, 37.000 elements fewer to write.
import { AlignmentType, type IParagraphStyleOptions, type IXmlableObject } from "docx";
import type { ColumnAlign, TableBlock } from "../core/narrative/document";
import { lebarkanSeperlunya } from "../core/narrative/lebar";
import { EMPTY, XmlBlock, pushRuns } from "./docx-xml";

/** Table text: 10 pt keeps tables on an A4 page, 9 pt for seven or more columns. */
export const STYLE_TABLE = "LkjTabel";
export const STYLE_TABLE_WIDE = "LkjTabelLebar";
export const HEADER_SHADE = "D9E2F3";
/** Half-points of table text: 10 pt, and 9 pt in a wide table. */
const UKURAN = 20;
const UKURAN_LEBAR = 18;

/** Seven or more columns: the smaller text. */
function tabelLebar(kolom: number): boolean {
  return kolom >= 7;
}

const ALIGNED: Record<Exclude<ColumnAlign, "left">, { suffix: string; name: string }> = {
  center: { suffix: "Tengah", name: "Tengah" },
  right: { suffix: "Kanan", name: "Kanan" },
};

/** The paragraph style of a table cell: the table's text size, aligned as its column. */
export function cellStyle(wide: boolean, align: ColumnAlign): string {
  const base = wide ? STYLE_TABLE_WIDE : STYLE_TABLE;
  return align === "left" ? base : base + ALIGNED[align].suffix;
}

/** The paragraph styles table cells use (for the Document's styles). */
export const TABLE_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE_TABLE, name: "LKj Tabel", basedOn: "Normal", run: { size: UKURAN } },
  { id: STYLE_TABLE_WIDE, name: "LKj Tabel Lebar", basedOn: "Normal", run: { size: UKURAN_LEBAR } },
  ...[false, true].flatMap((wide) =>
    (["center", "right"] as const).map((align) => ({
      id: cellStyle(wide, align),
      name: `LKj Tabel${wide ? " Lebar" : ""} ${ALIGNED[align].name}`,
      basedOn: wide ? STYLE_TABLE_WIDE : STYLE_TABLE,
      paragraph: { alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.RIGHT },
    }))
  ),
];

const border = { _attr: { "w:val": "single", "w:color": "000000", "w:sz": 4 } };
const cellMargin = (w: number) => ({ _attr: { "w:type": "dxa", "w:w": w } });

// The table properties docx writes for the width, borders and cell margins the
// export gives every table.
function tableProperties(width: number): IXmlableObject {
  return {
    "w:tblPr": [
      { "w:tblW": { _attr: { "w:type": "dxa", "w:w": width } } },
      {
        "w:tblBorders": [
          { "w:top": border },
          { "w:left": border },
          { "w:bottom": border },
          { "w:right": border },
          { "w:insideH": border },
          { "w:insideV": border },
        ],
      },
      {
        "w:tblCellMar": [
          { "w:top": cellMargin(40) },
          { "w:left": cellMargin(80) },
          { "w:bottom": cellMargin(40) },
          { "w:right": cellMargin(80) },
        ],
      },
    ],
  };
}

const HEADER_ROW_PROPERTIES = { "w:trPr": [{ "w:cantSplit": EMPTY }, { "w:tblHeader": EMPTY }] };
const BODY_ROW_PROPERTIES = { "w:trPr": [{ "w:cantSplit": EMPTY }] };
const HEADER_CELL_EXTRA = [
  { "w:shd": { _attr: { "w:fill": HEADER_SHADE, "w:color": "auto", "w:val": "clear" } } },
  { "w:vAlign": { _attr: { "w:val": "center" } } },
];

/**
 * Advance widths of Times New Roman Bold (and the metric-compatible Liberation
 * Serif Bold) in 1/1000 em, the widest of the table's faces: enough to tell
 * whether a key such as "III.1" fits a column. Other characters count as 556.
 */
const LEBAR_HURUF: Record<string, number> = {
  ...Object.fromEntries([..."0123456789"].map((c) => [c, 500])),
  ".": 250,
  ",": 250,
  ":": 333,
  "/": 278,
  "-": 333,
  "\u2013": 500,
  "(": 333,
  ")": 333,
  "%": 1000,
  " ": 250,
  ...Object.fromEntries(
    [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
      c,
      [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722,
        556, 667, 722, 722, 1000, 722, 722, 667,
      ][i],
    ])
  ),
  ...Object.fromEntries(
    [..."abcdefghijklmnopqrstuvwxyz"].map((c, i) => [
      c,
      [
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444,
        389, 333, 556, 500, 722, 500, 500, 444,
      ][i],
    ])
  ),
};
/** Cell margins left and right (see w:tblCellMar) and a little slack for rounding. */
const CELL_PADDING = 2 * 80 + 20;
/** Longer unbroken words are text that may wrap; shorter ones are keys, amounts, percents. */
const MAX_TOKEN = 12;

/** Twips a word takes at `halfPoints` (10 pt = 20). */
function lebarKata(word: string, halfPoints: number): number {
  let em = 0;
  for (const c of word) em += LEBAR_HURUF[c] ?? 556;
  // 1/1000 em at halfPoints/2 pt, 20 twips a point.
  return (em / 1000) * halfPoints * 10;
}

/** Twips each column needs for its widest word of up to MAX_TOKEN characters (0: none). */
function lebarPerlu(t: TableBlock, n: number, halfPoints: number): number[] {
  const need = new Array<number>(n).fill(0);
  for (const row of [...t.header, ...t.body]) {
    let col = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      if (span === 1 && col < n) {
        for (const run of cell.runs) {
          if (run.kind !== "text") continue;
          for (const word of run.text.split(/\s+/)) {
            if (word.length === 0 || word.length > MAX_TOKEN) continue;
            const w = lebarKata(word, halfPoints) + CELL_PADDING;
            if (w > need[col]) need[col] = w;
          }
        }
      }
      col += span;
    }
  }
  return need.map(Math.ceil);
}

/**
 * Column widths in twips from the relative widths (equal without them), over the
 * text width. A column too narrow for its longest key or figure ("III.1", "I.10",
 * "131.137.800") is widened so it does not break mid-word, taking the width from
 * the columns with room to spare.
 */
export function columnWidths(t: TableBlock, textWidth: number): number[] {
  const n = t.align.length;
  const rel = t.widths && t.widths.length === n ? t.widths : new Array<number>(n).fill(1);
  const total = rel.reduce((a, b) => a + b, 0) || n;
  const widths = rel.map((w) => Math.round((w / total) * textWidth));
  const perlu = lebarPerlu(t, n, tabelLebar(n) ? UKURAN_LEBAR : UKURAN);
  return lebarkanSeperlunya(widths, perlu, 0, textWidth);
}

/** A table of the narrative, as docx's Table with the export's options writes it. */
export function tableBlock(t: TableBlock, textWidth: number): XmlBlock {
  return new XmlBlock("w:tbl", tableXml(t, textWidth));
}

function tableXml(t: TableBlock, textWidth: number): IXmlableObject {
  const widths = columnWidths(t, textWidth);
  const wide = tabelLebar(t.align.length);
  // docx gives a cell without a width of its own the width of the column it
  // spans, scaled up when the columns add up to less than the table; cells
  // spanning several columns are given the sum of their columns by the export.
  const total = widths.reduce((a, b) => a + b, 0);
  const scale = total > 0 && textWidth > total ? textWidth / total : 1;

  const cellProps = new Map<string, IXmlableObject | undefined>();
  const cellProperties = (width: number | undefined, span: number, header: boolean) => {
    const key = `${width ?? ""}/${span}/${header ? 1 : 0}`;
    if (cellProps.has(key)) return cellProps.get(key);
    const children: IXmlableObject[] = [];
    if (width !== undefined)
      children.push({ "w:tcW": { _attr: { "w:type": "dxa", "w:w": width } } });
    if (span > 1) children.push({ "w:gridSpan": { _attr: { "w:val": span } } });
    if (header) children.push(...HEADER_CELL_EXTRA);
    const props = children.length ? { "w:tcPr": children } : undefined;
    cellProps.set(key, props);
    return props;
  };
  const cellWidth = (col: number, span: number): number | undefined => {
    const spanned = widths.slice(col, col + span);
    const sum = spanned.reduce((a, b) => a + b, 0);
    const fitted = Math.round(sum * scale);
    return span > 1 ? sum : spanned.length === 1 && fitted > 0 ? fitted : undefined;
  };
  // Most cells span one column: their properties looked up by column.
  const single = (header: boolean) =>
    widths.map((_, col) => cellProperties(cellWidth(col, 1), 1, header));
  const singleCell = { header: single(true), body: single(false) };
  const paragraphProperties = (["left", "center", "right"] as const).reduce(
    (acc, align) => {
      acc[align] = { "w:pPr": [{ "w:pStyle": { _attr: { "w:val": cellStyle(wide, align) } } }] };
      return acc;
    },
    {} as Record<ColumnAlign, IXmlableObject>
  );
  const totalRows = new Set(t.totalRows ?? []);

  const rows = (block: TableBlock["header"], header: boolean): IXmlableObject[] =>
    block.map((row, r) => {
      const bold = header || totalRows.has(r);
      const cells: IXmlableObject[] = [header ? HEADER_ROW_PROPERTIES : BODY_ROW_PROPERTIES];
      let col = 0;
      for (const cell of row) {
        const span = Math.max(1, cell.colSpan ?? 1);
        const props =
          span === 1 && col < widths.length
            ? (header ? singleCell.header : singleCell.body)[col]
            : cellProperties(cellWidth(col, span), span, header);
        const align: ColumnAlign = header ? "center" : (t.align[col] ?? "left");
        col += span;
        const children = [paragraphProperties[align]];
        pushRuns(children, cell.runs, bold || cell.bold === true);
        const paragraph = { "w:p": children };
        cells.push({ "w:tc": props ? [props, paragraph] : [paragraph] });
      }
      return { "w:tr": cells };
    });

  return {
    "w:tbl": [
      tableProperties(textWidth),
      { "w:tblGrid": widths.map((w) => ({ "w:gridCol": { _attr: { "w:w": w } } })) },
      ...rows(t.header, true),
      ...rows(t.body, false),
    ],
  };
}
