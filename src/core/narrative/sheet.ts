// The narrative as rows of the Narasi sheet: a rectangular 2-D string array the
// Office.js writer sets in one write, plus one style per row (heading,
// paragraph, table header, …) for the formatting it applies in the same batch.
// One paragraph per row in column A (merged across the width), tables as ranges.
import type {
  Block,
  ColumnAlign,
  ListBlock,
  NarrativeDocument,
  Run,
  SignatureSide,
  TableCell,
} from "./document";
import { teksPlaceholder, teksRuns } from "./document";

export type RowKind =
  | "title"
  | "subtitle"
  | "heading1"
  | "heading2"
  | "heading3"
  | "paragraph"
  | "listItem"
  | "tableCaption"
  | "tableHeader"
  | "tableRow"
  | "tableTotal"
  | "signature"
  | "signatureName"
  | "pageBreak"
  | "blank";

export interface RowStyle {
  kind: RowKind;
  /** Centred text (titles, chapter headings). */
  centered?: boolean;
  /** Whole row bold (headings, table header, total rows, names). */
  bold?: boolean;
  /** Indentation level of a list item or paragraph (0 = none). */
  indent?: number;
  /** Horizontal merges on this row: [first column (0-based), number of columns]. */
  merges?: [number, number][];
  /** Table rows: alignment of each column (length = width). */
  align?: ColumnAlign[];
  /** Table rows: index of the table in the document (0-based), to draw borders per range. */
  table?: number;
  /** Columns (0-based) of this row that show a "[perlu dilengkapi: …]" placeholder. */
  placeholders?: number[];
}

export interface SheetRows {
  /** Every row has exactly `width` strings. */
  rows: string[][];
  /** One style per row (same length as rows). */
  styles: RowStyle[];
  width: number;
  /** Relative column widths for the writer (length = width). */
  columnWidths: number[];
}

function adaPlaceholder(runs: readonly Run[]): boolean {
  return runs.some((r) => r.kind === "placeholder");
}

function semuaTebal(runs: readonly Run[]): boolean {
  const teks = runs.filter((r) => r.kind === "placeholder" || r.text.trim() !== "");
  return teks.length > 0 && teks.every((r) => r.kind === "text" && r.bold === true);
}

function huruf(n: number): string {
  let s = "";
  let x = n;
  do {
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26) - 1;
  } while (x >= 0);
  return s;
}

class Penulis {
  readonly rows: string[][] = [];
  readonly styles: RowStyle[] = [];
  private nomorTabel = 0;

  /** A blank row to copy: slicing it is cheaper than filling a new array per row. */
  private readonly templat: string[];

  constructor(readonly width: number) {
    this.templat = new Array<string>(width).fill("");
  }

  private kosong(): string[] {
    return this.templat.slice();
  }

  /**
   * One text spanning the whole width. `style` is always a fresh literal of the
   * caller, so the two keys are added to it in place (no copy per row).
   */
  lebar(text: string, style: RowStyle, placeholder = false): void {
    const row = this.kosong();
    row[0] = text;
    this.rows.push(row);
    style.merges = this.width > 1 ? [[0, this.width]] : undefined;
    style.placeholders = placeholder ? [0] : undefined;
    this.styles.push(style);
  }

  blank(): void {
    this.rows.push(this.kosong());
    this.styles.push({ kind: "blank" });
  }

  list(l: ListBlock, depth: number): void {
    const start = l.start ?? 1;
    l.items.forEach((it, idx) => {
      const n = start + idx;
      const marker =
        l.style === "number" ? `${n}.` : l.style === "letter" ? `${huruf(n - 1)}.` : "•";
      this.lebar(
        `${marker} ${teksRuns(it.runs)}`,
        { kind: "listItem", indent: depth + 1 },
        adaPlaceholder(it.runs)
      );
      if (it.children) this.list(it.children, depth + 1);
    });
  }

  /** `align` has exactly `width` entries; rows of one table share it (styles are read-only). */
  tableRow(cells: TableCell[], kind: RowKind, align: ColumnAlign[], bold: boolean): void {
    const row = this.kosong();
    const merges: [number, number][] = [];
    const placeholders: number[] = [];
    let col = 0;
    for (const c of cells) {
      if (col >= this.width) break;
      const span = Math.max(1, Math.min(c.colSpan ?? 1, this.width - col));
      row[col] = teksRuns(c.runs);
      if (span > 1) merges.push([col, span]);
      if (adaPlaceholder(c.runs)) placeholders.push(col);
      col += span;
    }
    this.rows.push(row);
    this.styles.push({
      kind,
      bold: bold || undefined,
      align,
      merges: merges.length > 0 ? merges : undefined,
      table: this.nomorTabel,
      placeholders: placeholders.length > 0 ? placeholders : undefined,
    });
  }

  signature(left: SignatureSide | null, right: SignatureSide): void {
    // Left side in the first half, right side in the second half of the width.
    const kanan = this.width > 1 ? Math.ceil(this.width / 2) : 0;
    const sisi = (s: SignatureSide | null): { text: string; kind: RowKind; ph: boolean }[] =>
      s === null
        ? []
        : [
            ...s.above.map((l) => ({
              text: teksRuns(l),
              kind: "signature" as const,
              ph: adaPlaceholder(l),
            })),
            { text: "", kind: "signature" as const, ph: false },
            { text: "", kind: "signature" as const, ph: false },
            { text: teksRuns(s.nama), kind: "signatureName" as const, ph: adaPlaceholder(s.nama) },
            { text: teksRuns(s.nip), kind: "signature" as const, ph: adaPlaceholder(s.nip) },
          ];
    const l = sisi(left);
    const r = sisi(right);
    // Align the bottoms (names and NIPs on one line) when one side has more lines above.
    const n = Math.max(l.length, r.length);
    const pad = <T>(xs: T[], isi: T): T[] => [...new Array<T>(n - xs.length).fill(isi), ...xs];
    const kosong = { text: "", kind: "signature" as RowKind, ph: false };
    const L = pad(l, kosong);
    const R = pad(r, kosong);
    for (let k = 0; k < n; k++) {
      const row = this.kosong();
      const placeholders: number[] = [];
      if (kanan === 0) {
        row[0] = [L[k].text, R[k].text].filter((s) => s !== "").join(" / ");
      } else {
        row[0] = L[k].text;
        row[kanan] = R[k].text;
      }
      if (L[k].ph) placeholders.push(0);
      if (R[k].ph) placeholders.push(kanan);
      const merges: [number, number][] = [];
      if (kanan > 1) merges.push([0, kanan]);
      if (this.width - kanan > 1) merges.push([kanan, this.width - kanan]);
      const nama = L[k].kind === "signatureName" || R[k].kind === "signatureName";
      this.rows.push(row);
      this.styles.push({
        kind: nama ? "signatureName" : "signature",
        bold: nama || undefined,
        centered: true,
        merges: merges.length > 0 ? merges : undefined,
        placeholders: placeholders.length > 0 ? placeholders : undefined,
      });
    }
  }

  block(bl: Block): void {
    switch (bl.type) {
      case "heading": {
        const kind = bl.level === 1 ? "heading1" : bl.level === 2 ? "heading2" : "heading3";
        if (bl.level === 1) this.blank();
        this.lebar(
          teksRuns(bl.runs),
          { kind, bold: true, centered: bl.centered || undefined },
          adaPlaceholder(bl.runs)
        );
        break;
      }
      case "paragraph":
        this.lebar(
          teksRuns(bl.runs),
          {
            kind: "paragraph",
            indent: bl.indent || undefined,
            bold: semuaTebal(bl.runs) || undefined,
            centered: bl.align === "center" || undefined,
          },
          adaPlaceholder(bl.runs)
        );
        break;
      case "list":
        this.list(bl, 0);
        break;
      case "table": {
        if (bl.caption)
          this.lebar(bl.caption, { kind: "tableCaption", bold: true, centered: true });
        const tengah = this.kosong().map((): ColumnAlign => "center");
        const align = this.kosong().map((_, k): ColumnAlign => bl.align[k] ?? "left");
        for (const h of bl.header) this.tableRow(h, "tableHeader", tengah, true);

        const total = new Set(bl.totalRows ?? []);
        bl.body.forEach((r, idx) => {
          const tot = total.has(idx);
          const bold = tot || (r.length > 0 && r.every((c) => c.bold === true));
          this.tableRow(r, tot ? "tableTotal" : "tableRow", align, bold);
        });
        this.nomorTabel++;
        this.blank();
        break;
      }
      case "signature":
        this.blank();
        this.signature(bl.left, bl.right);
        break;
      case "pageBreak":
        this.rows.push(this.kosong());
        this.styles.push({ kind: "pageBreak" });
        break;
    }
  }
}

const PENANDA = teksPlaceholder("").replace(/\]$/, "").trim();

/** Relative widths: the widest table's widths where it gives them, else equal. */
function lebarKolom(doc: NarrativeDocument, width: number): number[] {
  let terbaik: number[] | null = null;
  for (const bl of doc.blocks) {
    if (bl.type === "table" && bl.align.length === width && bl.widths?.length === width) {
      terbaik = bl.widths;
      break;
    }
  }
  return terbaik ? [...terbaik] : new Array<number>(width).fill(1);
}

/**
 * The document as Narasi sheet rows: title rows, then each block. The width is
 * the widest table's column count (at least 2, so the signature block has two
 * sides); every row has exactly that many cells.
 */
export function renderSheetRows(doc: NarrativeDocument): SheetRows {
  let width = 2;
  for (const bl of doc.blocks) if (bl.type === "table") width = Math.max(width, bl.align.length);
  const w = new Penulis(width);
  w.lebar(doc.judul, { kind: "title", bold: true, centered: true }, doc.judul.includes(PENANDA));
  for (const s of doc.subjudul ?? []) w.lebar(s, { kind: "subtitle", bold: true, centered: true });
  for (const bl of doc.blocks) w.block(bl);
  return { rows: w.rows, styles: w.styles, width, columnWidths: lebarKolom(doc, width) };
}
