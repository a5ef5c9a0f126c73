// The narrative document model: what the builders produce from a ReportModel and
// what every renderer (Markdown, Narasi sheet rows, .docx) consumes. It is plain
// data, so a renderer never needs the report model and the same document gives
// the same output everywhere.

/**
 * Bumped when the builders' output changes shape or wording in a way that makes
 * an older generated Narasi sheet worth regenerating.
 */
export const NARASI_FORMAT_VERSION = 1;

/** A piece of text with its emphasis. */
export interface TextRun {
  kind: "text";
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A visible gap for input that is missing from the workbook. Renderers print
 * `[perlu dilengkapi: <label>]`; the label is also listed in
 * NarrativeDocument.placeholders so the task pane can show what to fill.
 */
export interface PlaceholderRun {
  kind: "placeholder";
  /** What is missing, in Indonesian ("nama atasan langsung"). */
  label: string;
}

export type Run = TextRun | PlaceholderRun;

export interface HeadingBlock {
  type: "heading";
  /** 1 = chapter ("BAB I" + title), 2 = section ("A."), 3 = sub-section ("1."). */
  level: 1 | 2 | 3;
  runs: Run[];
  /** Centred (chapter titles such as "BAB I\nPENDAHULUAN", "KATA PENGANTAR"). */
  centered?: boolean;
}

export interface ParagraphBlock {
  type: "paragraph";
  runs: Run[];
  /** Text alignment; justified is the default of an official report body. */
  align?: "left" | "center" | "right" | "justify";
  /** Indentation level (0 = none), for paragraphs under a list item. */
  indent?: number;
}

/** Marker style of a list: "1.", "a.", or "-". */
export type ListStyle = "number" | "letter" | "bullet";

export interface ListItem {
  runs: Run[];
  /** A nested list under this item (e.g. lettered points under a number). */
  children?: ListBlock;
}

export interface ListBlock {
  type: "list";
  style: ListStyle;
  items: ListItem[];
  /** First marker number (1 = "1." / "a."); for a list continued after a break. */
  start?: number;
}

export type ColumnAlign = "left" | "right" | "center";

/** A table cell: runs, optionally spanning columns (header groups, total rows). */
export interface TableCell {
  runs: Run[];
  /** Columns this cell spans (default 1); spanned cells are omitted from the row. */
  colSpan?: number;
  bold?: boolean;
}

export interface TableBlock {
  type: "table";
  /** "Tabel 2.1 Capaian Kinerja Triwulan I Tahun 2024"; null without caption. */
  caption: string | null;
  /** Header rows (usually one; two for grouped headers). */
  header: TableCell[][];
  body: TableCell[][];
  /** Alignment per column (length = column count). */
  align: ColumnAlign[];
  /** Relative column widths (any unit; the renderer scales them), same length as align. */
  widths?: number[];
  /** Body rows shown bold, e.g. a "Jumlah" row (indexes into body). */
  totalRows?: number[];
}

/** One side of the signature block. */
export interface SignatureSide {
  /** Lines above the signature space: "Mengetahui," / "Tempat, tanggal", then the jabatan. */
  above: Run[][];
  /** The name (printed bold, underlined by convention in the .docx). */
  nama: Run[];
  /** "NIP. 19870702 200602 1 002", or a placeholder. */
  nip: Run[];
}

export interface SignatureBlock {
  type: "signature";
  /** The superior ("Mengetahui,"); null when the report has no countersignature. */
  left: SignatureSide | null;
  /** The reporter: place and date, jabatan, name, NIP. */
  right: SignatureSide;
}

export interface PageBreakBlock {
  type: "pageBreak";
}

export type Block =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | SignatureBlock | PageBreakBlock;

export interface NarrativeDocument {
  /** Document title, e.g. "LAPORAN KINERJA TRIWULAN I TAHUN 2024". */
  judul: string;
  /** Cover lines under the title (jabatan, unit, pemda), already in display form. */
  subjudul?: string[];
  blocks: Block[];
  /** Labels of every placeholder in the document, in order of first appearance, unique. */
  placeholders: string[];
  /**
   * sidikJari(model): "v<NARASI_FORMAT_VERSION>-" + a hash of the model's input
   * values. Stored with a generated narrative; when sidikJari of the current
   * model differs, the tables (or the builder) changed since.
   */
  sumber: string;
  /** "Triwulan" or "Tahunan": which builder made it. */
  jenis: "Triwulan" | "Tahunan";
}

/** Text printed for a placeholder run, everywhere. */
export function teksPlaceholder(label: string): string {
  return `[perlu dilengkapi: ${label}]`;
}

/** Plain text of runs (placeholders rendered as their visible text). */
export function teksRuns(runs: readonly Run[]): string {
  // Most runs lists are one text run (runs() merges adjacent text): no array, no join.
  if (runs.length === 1 && runs[0].kind === "text") return runs[0].text;
  return runs.map((r) => (r.kind === "text" ? r.text : teksPlaceholder(r.label))).join("");
}
