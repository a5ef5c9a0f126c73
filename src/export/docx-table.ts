// A narrative table written straight as the object docx's Formatter turns into
// XML (docx's documented way for a component of one's own: a FileChild whose
// prepForXml gives the element). docx's Table, TableRow, TableCell, Paragraph
// and TextRun write the same XML (tests/export/docx-table.test.ts compares
// them), but build about ten library objects per cell and walk them all again
// when packing; the tables of a 2.000-indicator report have 46.000 cells, most
// of the export's time. Shared pieces (borders, cell properties of a width,
// paragraph properties of a style and alignment, run properties) are one object
// each: the Formatter only reads them.
import { FileChild, type IXmlableObject } from "docx";
import {
  type ColumnAlign,
  type Run,
  type TableBlock,
  teksPlaceholder,
} from "../core/narrative/document";

/** Table text: 10 pt keeps tables on an A4 page, 9 pt for seven or more columns. */
export const STYLE_TABLE = "LkjTabel";
export const STYLE_TABLE_WIDE = "LkjTabelLebar";
export const HEADER_SHADE = "D9E2F3";
export const PLACEHOLDER_SHADE = "FFF2CC";

const EMPTY = {};
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

const BOLD = [{ "w:b": EMPTY }, { "w:bCs": EMPTY }];
const ITALIC = [{ "w:i": EMPTY }, { "w:iCs": EMPTY }];
const PLACEHOLDER_SHADING = {
  "w:shd": { _attr: { "w:fill": PLACEHOLDER_SHADE, "w:color": "auto", "w:val": "clear" } },
};
const PRESERVE = { _attr: { "xml:space": "preserve" } };

/** Run properties in docx's order (bold, italics, shading), one object per combination. */
const runPropertiesCache = new Map<number, IXmlableObject | undefined>();
function runProperties(
  bold: boolean,
  italic: boolean,
  shaded: boolean
): IXmlableObject | undefined {
  const key = (bold ? 1 : 0) | (italic ? 2 : 0) | (shaded ? 4 : 0);
  if (runPropertiesCache.has(key)) return runPropertiesCache.get(key);
  const children: IXmlableObject[] = [
    ...(bold ? BOLD : []),
    ...(italic ? ITALIC : []),
    ...(shaded ? [PLACEHOLDER_SHADING] : []),
  ];
  const props = children.length ? { "w:rPr": children } : undefined;
  runPropertiesCache.set(key, props);
  return props;
}

function run(text: string, props: IXmlableObject | undefined): IXmlableObject {
  const t = { "w:t": [PRESERVE, text] };
  return { "w:r": props ? [props, t] : [t] };
}

/** The runs of a cell as docx's TextRun writes them (placeholders italic and shaded). */
function cellRuns(runs: readonly Run[], bold: boolean): IXmlableObject[] {
  return runs.map((r) =>
    r.kind === "placeholder"
      ? run(teksPlaceholder(r.label), runProperties(bold, true, true))
      : run(r.text, runProperties(bold || r.bold === true, r.italic === true, false))
  );
}

const JC: Record<ColumnAlign, string | undefined> = {
  left: undefined,
  center: "center",
  right: "right",
};

/** Column widths in twips from the relative widths (equal without them), over the text width. */
export function columnWidths(t: TableBlock, textWidth: number): number[] {
  const n = t.align.length;
  const rel = t.widths && t.widths.length === n ? t.widths : new Array<number>(n).fill(1);
  const total = rel.reduce((a, b) => a + b, 0) || n;
  return rel.map((w) => Math.round((w / total) * textWidth));
}

/** A table of the narrative, as docx's Table with the export's options writes it. */
export class NarrativeTable extends FileChild {
  private readonly xml: IXmlableObject;

  constructor(t: TableBlock, textWidth: number) {
    super("w:tbl");
    this.xml = tableXml(t, textWidth);
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

function tableXml(t: TableBlock, textWidth: number): IXmlableObject {
  const widths = columnWidths(t, textWidth);
  const style = t.align.length >= 7 ? STYLE_TABLE_WIDE : STYLE_TABLE;
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
  const paraProps = new Map<string | undefined, IXmlableObject>();
  const paragraphProperties = (jc: string | undefined) => {
    let props = paraProps.get(jc);
    if (!props) {
      const children: IXmlableObject[] = [{ "w:pStyle": { _attr: { "w:val": style } } }];
      if (jc) children.push({ "w:jc": { _attr: { "w:val": jc } } });
      props = { "w:pPr": children };
      paraProps.set(jc, props);
    }
    return props;
  };

  const rows = (block: TableBlock["header"], header: boolean): IXmlableObject[] =>
    block.map((row, r) => {
      const bold = header || (t.totalRows?.includes(r) ?? false);
      const cells: IXmlableObject[] = [header ? HEADER_ROW_PROPERTIES : BODY_ROW_PROPERTIES];
      let col = 0;
      for (const cell of row) {
        const span = Math.max(1, cell.colSpan ?? 1);
        const spanned = widths.slice(col, col + span);
        const sum = spanned.reduce((a, b) => a + b, 0);
        const fitted = Math.round(sum * scale);
        const width = span > 1 ? sum : spanned.length === 1 && fitted > 0 ? fitted : undefined;
        const align: ColumnAlign = header ? "center" : (t.align[col] ?? "left");
        col += span;
        const paragraph = {
          "w:p": [
            paragraphProperties(JC[align]),
            ...cellRuns(cell.runs, bold || cell.bold === true),
          ],
        };
        const props = cellProperties(width, span, header);
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
