// Markdown rendering of a narrative document (`lkj narasi --format md`, "Salin"
// as plain text). Cell and model text is escaped so a sasaran containing "*" or
// "|" cannot change the layout; nothing is emitted as HTML.
import type {
  Block,
  ColumnAlign,
  ListBlock,
  NarrativeDocument,
  Run,
  SignatureSide,
  TableBlock,
  TableCell,
} from "./document";
import { teksPlaceholder } from "./document";

/** Escape Markdown punctuation that could start emphasis, links, code or tables. */
function escape(s: string): string {
  return s.replace(/([\\`*_[\]|<>#~])/g, "\\$1");
}

/** Escape line starts that would turn a paragraph into a list or heading ("1. ", "- "). */
function escapeAwal(s: string): string {
  return s.replace(/^(\s*)(\d+)([.)])(\s)/, "$1$2\\$3$4").replace(/^(\s*)([-+])(\s)/, "$1\\$2$3");
}

function run(r: Run): string {
  // Brackets of a placeholder stay readable: "[text]" without "(…)" or a definition is no link.
  if (r.kind === "placeholder") return `**${teksPlaceholder(escape(r.label))}**`;
  const text = escape(r.text).replace(/\r?\n/g, " ");
  if (text.trim() === "") return text;
  // Emphasis markers must hug the text: keep surrounding spaces outside them.
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text) as RegExpExecArray;
  const [, lead, core, trail] = m;
  if (r.bold && r.italic) return `${lead}***${core}***${trail}`;
  if (r.bold) return `${lead}**${core}**${trail}`;
  if (r.italic) return `${lead}*${core}*${trail}`;
  return text;
}

export function renderRunsMarkdown(runs: readonly Run[]): string {
  return runs.map(run).join("");
}

function huruf(n: number): string {
  // a..z, then aa, ab, … so long lists keep distinct markers.
  let s = "";
  let x = n;
  do {
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26) - 1;
  } while (x >= 0);
  return s;
}

function list(l: ListBlock, depth: number, out: string[]): void {
  const indent = "   ".repeat(depth);
  const start = l.start ?? 1;
  l.items.forEach((it, idx) => {
    const n = start + idx;
    // Markdown has no lettered lists: the letter is written as text after an escaped marker.
    const marker =
      l.style === "number" ? `${n}.` : l.style === "letter" ? `- ${huruf(n - 1)}.` : "-";
    out.push(`${indent}${marker} ${renderRunsMarkdown(it.runs)}`);
    if (it.children) list(it.children, depth + 1, out);
  });
}

function cell(c: TableCell): string {
  return renderRunsMarkdown(c.runs).trim() || " ";
}

function alignMarker(a: ColumnAlign): string {
  return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
}

/** A row of cells with spans expanded to the column count (spanned columns left empty). */
function expand(row: TableCell[], cols: number): string[] {
  const out: string[] = [];
  for (const c of row) {
    const isi = cell(c).trim();
    out.push(c.bold && isi !== "" ? `**${isi}**` : cell(c));
    for (let k = 1; k < (c.colSpan ?? 1); k++) out.push(" ");
  }
  while (out.length < cols) out.push(" ");
  return out.slice(0, cols);
}

function table(tb: TableBlock, out: string[]): void {
  const cols = tb.align.length;
  if (tb.caption) out.push(`**${escape(tb.caption)}**`, "");
  const headers = tb.header.length > 0 ? tb.header : [[]];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  // A pipe table has one header row: further header rows go first in the body, bold.
  out.push(line(expand(headers[headers.length - 1], cols)));
  out.push(line(tb.align.map(alignMarker)));
  for (const h of headers.slice(0, -1)) {
    out.push(
      line(
        expand(
          h.map((c) => ({ ...c, bold: true })),
          cols
        )
      )
    );
  }
  const total = new Set(tb.totalRows ?? []);
  tb.body.forEach((r, idx) => {
    out.push(line(expand(total.has(idx) ? r.map((c) => ({ ...c, bold: true })) : r, cols)));
  });
}

function sideLines(s: SignatureSide | null): string[] {
  if (!s) return [];
  return [
    ...s.above.map(renderRunsMarkdown),
    "",
    "",
    `**${renderRunsMarkdown(s.nama).replace(/\*\*/g, "")}**`,
    renderRunsMarkdown(s.nip),
  ];
}

function signature(left: SignatureSide | null, right: SignatureSide, out: string[]): void {
  // Bottoms aligned: names and NIPs on one line when one side has more lines above.
  const n = Math.max(sideLines(left).length, sideLines(right).length);
  const pad = (xs: string[]) => [...new Array<string>(n - xs.length).fill(""), ...xs];
  const l = pad(sideLines(left));
  const r = pad(sideLines(right));
  // Both sides side by side in a two-column table with an empty header row.
  out.push("|   |   |", "| --- | --- |");
  for (let k = 0; k < n; k++) {
    out.push(`| ${l[k] || " "} | ${r[k] || " "} |`);
  }
}

function block(bl: Block, out: string[]): void {
  switch (bl.type) {
    case "heading":
      out.push(`${"#".repeat(bl.level + 1)} ${renderRunsMarkdown(bl.runs)}`);
      break;
    case "paragraph": {
      const indent = "   ".repeat(bl.indent ?? 0);
      out.push(indent + escapeAwal(renderRunsMarkdown(bl.runs)));
      break;
    }
    case "list":
      list(bl, 0, out);
      break;
    case "table":
      table(bl, out);
      break;
    case "signature":
      signature(bl.left, bl.right, out);
      break;
    case "pageBreak":
      out.push("---");
      break;
  }
}

/** The whole document as Markdown: title, then one block per paragraph, blank-line separated. */
export function renderMarkdown(doc: NarrativeDocument): string {
  const parts: string[] = [];
  parts.push(`# ${escape(doc.judul)}`);
  for (const s of doc.subjudul ?? []) parts.push(`**${escape(s)}**`);
  for (const bl of doc.blocks) {
    const out: string[] = [];
    block(bl, out);
    parts.push(out.join("\n"));
  }
  return parts.join("\n\n") + "\n";
}
