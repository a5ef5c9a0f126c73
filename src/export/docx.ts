// NarrativeDocument → .docx with the `docx` library: A4, official font and
// spacing, centred chapter titles, tables with a shaded header row repeated on
// every page, page numbers in the footer, and the signature block side by side.
// No Node or DOM imports: the CLI packs to a Buffer, the task pane to a Blob,
// and the pane loads this module as a lazy chunk.
//
// Speed (bench/export.bench.ts, 2.000 indicators, budget 2 s): the numerous
// elements (table cells, headings, body paragraphs, list items' runs) are
// written straight as the objects docx's Formatter turns into XML, through
// FileChild subclasses (docx-xml.ts, docx-table.ts, docx-list.ts), the same
// XML as docx's classes give (tests/export compares them). What is left is
// docx's stringifier and zip over ~10 MB of document.xml; docx offers no
// compression level to pass.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Footer,
  LevelFormat,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type ILevelsOptions,
  type IRunOptions,
} from "docx";
import {
  type Block,
  type NarrativeDocument,
  type Run,
  type SignatureSide,
  type TableBlock,
  teksPlaceholder,
} from "../core/narrative/document";
import { listParagraphs } from "./docx-list";
import { TABLE_STYLES, tableBlock } from "./docx-table";
import { PLACEHOLDER_SHADE, XmlBlock, headingXml, paragraphXml } from "./docx-xml";

const FONT = "Times New Roman";
const SIZE = 24; // half-points: 12 pt
const TWIP_PER_CM = 567;
const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = {
  top: 3 * TWIP_PER_CM,
  bottom: 2 * TWIP_PER_CM,
  left: 3 * TWIP_PER_CM,
  right: 2 * TWIP_PER_CM,
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

function levels(
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: (l: number) => string
): ILevelsOptions[] {
  return [0, 1, 2, 3].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 425 } } },
  }));
}

const NUMBERING = {
  config: [
    { reference: "lkj-number", levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
    { reference: "lkj-letter", levels: levels(LevelFormat.LOWER_LETTER, (l) => `%${l + 1}.`) },
    { reference: "lkj-bullet", levels: levels(LevelFormat.BULLET, () => "–") },
  ],
};

interface RunStyle {
  bold?: boolean;
  size?: number;
  underline?: boolean;
}

// Font and size come from the document defaults and paragraph styles, not from
// every run: a large report has tens of thousands of runs, and per-run
// properties multiply the XML the packer has to write.
function textRuns(runs: readonly Run[], style: RunStyle = {}): TextRun[] {
  return runs.map((r) => {
    const opts: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } = {};
    if (style.size) opts.size = style.size;
    if (style.underline) opts.underline = { type: UnderlineType.SINGLE };
    if (r.kind === "placeholder") {
      opts.text = teksPlaceholder(r.label);
      opts.italics = true;
      if (style.bold) opts.bold = true;
      opts.shading = { type: ShadingType.CLEAR, color: "auto", fill: PLACEHOLDER_SHADE };
      return new TextRun(opts);
    }
    opts.text = r.text;
    if (style.bold || r.bold) opts.bold = true;
    if (r.italic) opts.italics = true;
    return new TextRun(opts);
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function table(t: TableBlock): FileChild[] {
  const out: FileChild[] = [];
  if (t.caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: 120 },
        children: [new TextRun({ text: t.caption, bold: true })],
      })
    );
  }
  // Written straight as XML objects: see docx-xml.ts.
  out.push(tableBlock(t, TEXT_WIDTH));
  out.push(new Paragraph({ children: [], spacing: { after: 120 } }));
  return out;
}

function signatureSide(side: SignatureSide | null): Paragraph[] {
  if (!side) return [new Paragraph({ children: [] })];
  const center = AlignmentType.CENTER;
  return [
    ...side.above.map((line) => new Paragraph({ alignment: center, children: textRuns(line) })),
    // Space for the signature and stamp.
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: center,
      // The signer's name is printed bold and underlined, as in the seed reports.
      children: textRuns(side.nama, { bold: true, underline: true }),
    }),
    new Paragraph({ alignment: center, children: textRuns(side.nip) }),
  ];
}

function signature(left: SignatureSide | null, right: SignatureSide): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const cell = (side: SignatureSide | null) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: signatureSide(side),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [new TableRow({ cantSplit: true, children: [cell(left), cell(right)] })],
  });
}

function blockChildren(block: Block, instance: { next: number }): FileChild[] {
  switch (block.type) {
    // Headings and body paragraphs, thousands in a large report, are written
    // straight as XML objects: see docx-xml.ts.
    case "heading":
      return [new XmlBlock("w:p", headingXml(block))];
    case "paragraph":
      return [new XmlBlock("w:p", paragraphXml(block))];
    case "list":
      return listParagraphs(block, 0, instance);
    case "table":
      return table(block);
    case "signature":
      return [
        new Paragraph({ children: [], spacing: { before: 240 } }),
        signature(block.left, block.right),
      ];
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function cover(doc: NarrativeDocument): Paragraph[] {
  const lines = [doc.judul, ...(doc.subjudul ?? [])];
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: i === lines.length - 1 ? 360 : 60 },
        children: [new TextRun({ text: line, size: i === 0 ? 28 : SIZE, bold: true })],
      })
  );
}

/** The docx Document of a narrative (pack it with Packer, or use the helpers below). */
export function buildDocx(doc: NarrativeDocument): Document {
  const instance = { next: 1 };
  const children: FileChild[] = [...cover(doc)];
  for (const block of doc.blocks) children.push(...blockChildren(block, instance));
  return new Document({
    creator: "Add-in LKj",
    title: doc.judul,
    description: `Narasi ${doc.jenis} dibuat dari tabel (${doc.sumber})`,
    numbering: NUMBERING,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE } } },
      paragraphStyles: TABLE_STYLES,
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** .docx bytes (Node and browser alike). */
export async function docxBytes(doc: NarrativeDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(doc)));
}

/** .docx as a Blob for a download link in the task pane. */
export function docxBlob(doc: NarrativeDocument): Promise<Blob> {
  return Packer.toBlob(buildDocx(doc));
}

/** Names the file after the report: "LKj Triwulan I 2024.docx" style, file-system safe. */
export function docxFileName(doc: NarrativeDocument): string {
  const base = doc.judul
    .replace(/[\\/:*?"<>|\n\r]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${base || "Laporan Kinerja"}.docx`;
}
