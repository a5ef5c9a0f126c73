// Headings and body paragraphs are written straight as XML objects
// (src/export/docx-xml.ts). They must be what docx's Paragraph and TextRun
// write for the options the export used to give them, so the document looks as
// it did: the reference below is that construction.
import { AlignmentType, Paragraph, TextRun } from "docx";
import type { HeadingBlock, ParagraphBlock, Run } from "../../src/core/narrative/document";
import { LINE, headingXml, keepsSpaces, paragraphXml } from "../../src/export/docx-xml";
import { context, referenceRuns, withoutNeedlessPreserve } from "./reference";

function referenceHeading(block: HeadingBlock): Paragraph {
  const runs: TextRun[] = [];
  for (const r of block.runs) {
    if (r.kind === "placeholder") runs.push(...referenceRuns([r], true));
    else
      r.text
        .split("\n")
        .forEach((line, i) =>
          runs.push(
            new TextRun({ text: line, bold: true, italics: r.italic, break: i > 0 ? 1 : 0 })
          )
        );
  }
  return new Paragraph({
    alignment: block.centered ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: block.level === 1 ? 240 : 200, after: 120, line: LINE },
    children: runs,
  });
}

function referenceParagraph(block: ParagraphBlock): Paragraph {
  const alignment =
    block.align === "center"
      ? AlignmentType.CENTER
      : block.align === "right"
        ? AlignmentType.RIGHT
        : block.align === "left"
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    indent: block.indent ? { left: 567 * block.indent } : { firstLine: 567 },
    spacing: { line: LINE, after: 120 },
    children: referenceRuns(block.runs),
  });
}

const text = (t: string, extra: { bold?: boolean; italic?: boolean } = {}): Run => ({
  kind: "text",
  text: t,
  ...extra,
});
const ph = (label: string): Run => ({ kind: "placeholder", label });

const HEADINGS: HeadingBlock[] = [
  { type: "heading", level: 1, centered: true, runs: [text("BAB I\nPENDAHULUAN")] },
  { type: "heading", level: 2, runs: [text("2.1 Perjanjian Kinerja")] },
  {
    type: "heading",
    level: 3,
    runs: [text("2.2.1 "), text("miring", { italic: true }), ph("nama")],
  },
  { type: "heading", level: 3, runs: [text("tidak miring", { italic: false }), text("a\n\nb")] },
  { type: "heading", level: 1, centered: false, runs: [] },
];

const PARAGRAPHS: ParagraphBlock[] = [
  { type: "paragraph", runs: [text("Dalam kurun waktu "), text("Triwulan III", { bold: true })] },
  { type: "paragraph", align: "center", runs: [text("x", { italic: true, bold: true })] },
  { type: "paragraph", align: "left", indent: 2, runs: [ph("alasan"), text(" & <lainnya>")] },
  { type: "paragraph", align: "right", indent: 0, runs: [text("", { italic: false })] },
  { type: "paragraph", align: "justify", indent: 1, runs: [] },
];

describe("headingXml and paragraphXml", () => {
  it.each(HEADINGS.map((h, i) => [i, h] as const))(
    "heading %i as docx's Paragraph writes it",
    (_i, h) => {
      expect(headingXml(h)).toEqual(
        withoutNeedlessPreserve(referenceHeading(h).prepForXml(context))
      );
    }
  );

  it.each(PARAGRAPHS.map((p, i) => [i, p] as const))(
    "paragraph %i as docx's Paragraph writes it",
    (_i, p) => {
      expect(paragraphXml(p)).toEqual(
        withoutNeedlessPreserve(referenceParagraph(p).prepForXml(context))
      );
    }
  );

  it.each([
    ["Indikator kinerja nomor 499", false],
    ["", false],
    ["Rp1.234.567", false],
    [" miring", true],
    ["2.2.1 ", true],
    ["dua  spasi", true],
    ["tab\tdi tengah", true],
    ["baris\nbaru", true],
  ])("keepsSpaces(%j) is %s", (text, keeps) => {
    expect(keepsSpaces(text)).toBe(keeps);
  });

  it('writes xml:space="preserve" only on texts whose spaces need it', () => {
    const xml = JSON.stringify(paragraphXml(PARAGRAPHS[0]));
    expect(xml).toContain(`{"w:t":[{"_attr":{"xml:space":"preserve"}},"Dalam kurun waktu "]}`);
    expect(xml).toContain(`{"w:t":"Triwulan III"}`);
  });
});
