// HTML of a narrative document, for the clipboard ("Salin": rich text pasted
// into Word keeps headings, lists, tables and bold). Every text is escaped; the
// only markup is what this file writes. It is a string for a ClipboardItem,
// never for innerHTML.
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

const ENTITAS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITAS[c]);
}

function run(r: Run): string {
  if (r.kind === "placeholder") {
    // Highlighted so the gap is seen in Word too.
    return `<mark><b>${escapeHtml(teksPlaceholder(r.label))}</b></mark>`;
  }
  let s = escapeHtml(r.text);
  if (r.italic) s = `<i>${s}</i>`;
  if (r.bold) s = `<b>${s}</b>`;
  return s;
}

function runsHtml(runs: readonly Run[]): string {
  return runs.map(run).join("");
}

function list(l: ListBlock): string {
  const tag = l.style === "bullet" ? "ul" : "ol";
  const type = l.style === "letter" ? ' type="a"' : "";
  const start = l.start && l.start !== 1 ? ` start="${l.start}"` : "";
  const items = l.items
    .map((it) => `<li>${runsHtml(it.runs)}${it.children ? list(it.children) : ""}</li>`)
    .join("");
  return `<${tag}${type}${start}>${items}</${tag}>`;
}

const TD = "border:1px solid #000;padding:2pt 4pt;vertical-align:top";

function cell(tag: "th" | "td", c: TableCell, align: ColumnAlign, bold: boolean): string {
  const span = c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "";
  const isi = runsHtml(c.runs);
  const tebal = (bold || c.bold) && tag === "td" ? `<b>${isi}</b>` : isi;
  const bg = tag === "th" ? ";background:#D9D9D9" : "";
  return `<${tag}${span} style="${TD};text-align:${align}${bg}">${tebal}</${tag}>`;
}

function table(tb: TableBlock): string {
  const total = new Set(tb.totalRows ?? []);
  const colAlign = (row: TableCell[], i: number): ColumnAlign => {
    let col = 0;
    for (let k = 0; k < i; k++) col += row[k].colSpan ?? 1;
    return tb.align[col] ?? "left";
  };
  const head = tb.header
    .map((r) => `<tr>${r.map((c) => cell("th", c, "center", true)).join("")}</tr>`)
    .join("");
  const body = tb.body
    .map(
      (r, idx) =>
        `<tr>${r.map((c, i) => cell("td", c, colAlign(r, i), total.has(idx))).join("")}</tr>`
    )
    .join("");
  const caption = tb.caption
    ? `<p style="text-align:center"><b>${escapeHtml(tb.caption)}</b></p>`
    : "";
  return `${caption}<table style="border-collapse:collapse;width:100%"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function side(s: SignatureSide | null): string {
  if (!s) return "";
  const above = s.above.map((l) => `${runsHtml(l)}<br>`).join("");
  return `${above}<br><br><br><b><u>${runsHtml(s.nama)}</u></b><br>${runsHtml(s.nip)}`;
}

function block(b: Block): string {
  switch (b.type) {
    case "heading": {
      const tag = `h${b.level + 1}`;
      const style = b.centered ? ' style="text-align:center"' : "";
      return `<${tag}${style}>${runsHtml(b.runs)}</${tag}>`;
    }
    case "paragraph": {
      const align = b.align ?? "justify";
      const indent = b.indent ? `;margin-left:${b.indent * 18}pt` : "";
      return `<p style="text-align:${align}${indent}">${runsHtml(b.runs)}</p>`;
    }
    case "list":
      return list(b);
    case "table":
      return table(b);
    case "signature":
      return `<table style="width:100%"><tr><td style="width:50%;text-align:center;vertical-align:bottom">${side(b.left)}</td><td style="width:50%;text-align:center;vertical-align:bottom">${side(b.right)}</td></tr></table>`;
    case "pageBreak":
      return '<br style="page-break-before:always">';
  }
}

/** The document as one HTML fragment (title, then blocks), all text escaped. */
export function renderHtml(doc: NarrativeDocument): string {
  const parts = [`<h1 style="text-align:center">${escapeHtml(doc.judul)}</h1>`];
  for (const s of doc.subjudul ?? []) {
    parts.push(`<p style="text-align:center"><b>${escapeHtml(s)}</b></p>`);
  }
  for (const b of doc.blocks) parts.push(block(b));
  return parts.join("\n");
}
