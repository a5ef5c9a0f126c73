// The Word export writes narrative tables straight as XML objects
// (src/export/docx-table.ts). They must be what docx's own Table, TableRow,
// TableCell, Paragraph and TextRun write for the same options, so the document
// looks as it did when built from those classes: the reference below is that
// construction, as the export used to do it.
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import JSZip from "jszip";
import type { Run, TableBlock } from "../../src/core/narrative/document";
import { teksPlaceholder } from "../../src/core/narrative/document";
import { HEADER_SHADE, cellStyle, columnWidths, tableBlock } from "../../src/export/docx-table";
import { context, referenceRuns, withoutNeedlessPreserve } from "./reference";
import { docxBytes } from "../../src/export/docx";

const WIDTH = 9071;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function referenceTable(t: TableBlock): Table {
  const widths = columnWidths(t, WIDTH);
  const wide = t.align.length >= 7;
  const rows = (block: TableBlock["header"], header: boolean) =>
    block.map((row, r) => {
      const bold = header || (t.totalRows?.includes(r) ?? false);
      let col = 0;
      const cells = row.map((cell) => {
        const span = Math.max(1, cell.colSpan ?? 1);
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        const align = header ? "center" : (t.align[col] ?? "left");
        col += span;
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: span > 1 ? { size: width, type: WidthType.DXA } : undefined,
          verticalAlign: header ? VerticalAlign.CENTER : undefined,
          shading: header
            ? { type: ShadingType.CLEAR, color: "auto", fill: HEADER_SHADE }
            : undefined,
          children: [
            // The export's paragraph styles carry the alignment (TABLE_STYLES).
            new Paragraph({
              style: cellStyle(wide, align),
              children: referenceRuns(cell.runs, bold || cell.bold === true),
            }),
          ],
        });
      });
      return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: true });
    });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    rows: [...rows(t.header, true), ...rows(t.body, false)],
  });
}

const text = (t: string, extra: { bold?: boolean; italic?: boolean } = {}): Run => ({
  kind: "text",
  text: t,
  ...extra,
});
const ph = (label: string): Run => ({ kind: "placeholder", label });
const cell = (runs: Run[], extra: { colSpan?: number; bold?: boolean } = {}) => ({
  runs,
  ...extra,
});

const TABLES: Record<string, TableBlock> = {
  "header groups, spans, placeholders, total row": {
    type: "table",
    caption: "Tabel 2.2 Capaian",
    header: [
      [cell([text("No")]), cell([text("Indikator")]), cell([text("Triwulan")], { colSpan: 2 })],
      [cell([]), cell([]), cell([text("Target")]), cell([text("Realisasi")])],
    ],
    body: [
      [cell([text("1")]), cell([text("A & B <c>")]), cell([text("90%")]), cell([ph("realisasi")])],
      [
        cell([text("2")]),
        cell([text("tebal", { bold: true }), text(" miring", { italic: true })]),
        cell([text("")]),
        cell([]),
      ],
      [cell([text("Jumlah")], { colSpan: 2 }), cell([text("1")], { bold: true }), cell([ph("x")])],
    ],
    align: ["center", "left", "right", "right"],
    widths: [1, 6, 2, 2],
    totalRows: [2],
  },
  "seven columns without widths (9 pt), a short row and a span past the grid": {
    type: "table",
    caption: null,
    header: [[1, 2, 3, 4, 5, 6, 7].map((n) => cell([text(`K${n}`)]))],
    body: [
      [cell([text("a")]), cell([text("b")])],
      [cell([text("c")], { colSpan: 6 }), cell([text("d")], { colSpan: 3 })],
    ],
    align: ["left", "left", "center", "right", "right", "right", "left"],
  },
  "columns adding up to less than the text width are scaled": {
    type: "table",
    caption: null,
    header: [[cell([text("A")]), cell([text("B")]), cell([text("C")])]],
    body: [[cell([text("1")]), cell([text("2")], { colSpan: 2 })]],
    align: ["left", "left", "left"],
    widths: [1, 3, 15], // 477 + 1.432 + 7.161 = 9.070 twips: 7.161 is written 7.162
  },
};

describe("tableBlock", () => {
  it.each(Object.entries(TABLES))("writes what docx's Table writes: %s", (_name, t) => {
    expect(tableBlock(t, WIDTH).prepForXml()).toEqual(
      withoutNeedlessPreserve(referenceTable(t).prepForXml(context))
    );
  });

  it("packs into document.xml with the header repeated, shading, escaped text and aligned cell styles", async () => {
    const t = TABLES["header groups, spans, placeholders, total row"];
    const bytes = await docxBytes({
      judul: "Uji",
      blocks: [t],
      placeholders: ["realisasi", "x"],
      sumber: "v1-0000000000000000",
      jenis: "Triwulan",
    } as unknown as Parameters<typeof docxBytes>[0]);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    const table = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    expect(xml).toContain(`<w:tblHeader/>`);
    expect(xml).not.toContain(`w:tblHeader w:val="off"`);
    expect(xml).toContain(`<w:shd w:fill="${HEADER_SHADE}" w:color="auto" w:val="clear"/>`);
    expect(xml).toContain(`<w:t>A &amp; B &lt;c&gt;</w:t>`);
    expect(xml).toContain(`<w:t>${teksPlaceholder("realisasi")}</w:t>`);
    expect(xml).toContain(`<w:t xml:space="preserve"> miring</w:t>`);
    expect(xml).toContain(`<w:pStyle w:val="LkjTabelTengah"/>`);
    expect(xml).toContain(`<w:pStyle w:val="LkjTabelKanan"/>`);
    expect(table).not.toContain(`<w:jc `);
    // The aligned cell styles: based on the table's text style, with the alignment.
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="LkjTabelTengah">.*?<w:basedOn w:val="LkjTabel"\/>.*?<w:jc w:val="center"\/>.*?<\/w:style>/
    );
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="LkjTabelLebarKanan">.*?<w:basedOn w:val="LkjTabelLebar"\/>.*?<w:jc w:val="right"\/>.*?<\/w:style>/
    );
    expect(xml).toContain(`<w:gridSpan w:val="2"/>`);
  });
});

describe("columnWidths", () => {
  // Tabel 3.7 as the annual narrative builds it: eight columns, 9 pt text.
  const WIDTHS = [1, 6, 3, 3, 2, 2, 2, 2];
  const HEADERS = ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"];
  const anggaran = (nos: string[]): TableBlock => ({
    type: "table",
    caption: "Tabel 3.7 Realisasi Anggaran",
    header: [
      [...HEADERS, "Capaian Kinerja", "Efisiensi (poin)", "Predikat Efisiensi"].map((h) =>
        cell([text(h)])
      ),
    ],
    body: nos.map((no) =>
      [no, "Penyediaan Jasa Administrasi Keuangan", "131.137.800", "131.137.800", "98%"]
        .concat(["100%", "2", "Cukup Efisien"])
        .map((v) => cell([text(v)]))
    ),
    align: ["center", "left", "right", "right", "right", "right", "right", "left"],
    widths: WIDTHS,
  });
  const proportional = (width: number) => WIDTHS.map((w) => Math.round((w / 21) * width));

  it("keeps the proportions when every key and figure fits", () => {
    expect(columnWidths(anggaran(["1", "2", "10"]), WIDTH)).toEqual(proportional(WIDTH));
  });

  it("widens a No column too narrow for 'III.1' or 'I.10' from the columns with room, same total", () => {
    const w = columnWidths(anggaran(["I.1", "I.10", "III.1"]), WIDTH);
    const before = proportional(WIDTH);
    // "III.1" in Times New Roman Bold 9 pt: (3 × 389 + 250 + 500) / 1000 em × 180 twips, + margins.
    const perlu = ((3 * 389 + 250 + 500) / 1000) * 180 + 180;
    expect(before[0]).toBeLessThan(perlu);
    expect(w[0]).toBeGreaterThanOrEqual(perlu);
    expect(w.reduce((a, b) => a + b, 0)).toBe(WIDTH);
    // Taken mostly from the wide text column; the amounts still fit "131.137.800".
    expect(before[1] - w[1]).toBeGreaterThan(w[0] - before[0] - 30);
    const rupiah = ((9 * 500 + 2 * 250) / 1000) * 180 + 180;
    expect(Math.min(w[2], w[3])).toBeGreaterThanOrEqual(rupiah);
  });

  it("leaves long words to wrap, and keeps proportions when nothing has room", () => {
    const t = anggaran(["1"]);
    t.body[0][1] = cell([text("Masyarakat/Perwakilan/Masyarakat")]);
    expect(columnWidths(t, WIDTH)).toEqual(proportional(WIDTH));
    expect(columnWidths(anggaran(["III.1"]), 1500)).toEqual(proportional(1500));
  });
});
