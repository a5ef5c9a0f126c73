// List items take their paragraph properties (numbering, spacing, alignment)
// from docx's Paragraph and write their runs straight as XML objects
// (src/export/docx-list.ts). Packed, they must give the document.xml and
// numbering.xml of the export's former construction, one docx Paragraph per
// item (but for xml:space="preserve" only where it matters).
import { Document, LevelFormat, Packer, Paragraph, type FileChild } from "docx";
import JSZip from "jszip";
import type { ListBlock } from "../../src/core/narrative/document";
import { LIST_REF, listItemOptions, listParagraphs } from "../../src/export/docx-list";
import { keepsSpaces } from "../../src/export/docx-xml";
import { referenceRuns } from "./reference";

function referenceList(list: ListBlock, level: number, instance: { next: number }): Paragraph[] {
  const id = instance.next++;
  return list.items.flatMap((item) => [
    new Paragraph({
      ...listItemOptions({
        reference: LIST_REF[list.style],
        level: Math.min(level, 3),
        instance: id,
      }),
      children: referenceRuns(item.runs),
    }),
    ...(item.children ? referenceList(item.children, level + 1, instance) : []),
  ]);
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat]) =>
  [0, 1, 2, 3].map((level) => ({ level, format, text: `%${level + 1}.` }));

async function packed(children: FileChild[]): Promise<{ document: string; numbering: string }> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: "lkj-number", levels: levels(LevelFormat.DECIMAL) },
        { reference: "lkj-letter", levels: levels(LevelFormat.LOWER_LETTER) },
        { reference: "lkj-bullet", levels: levels(LevelFormat.BULLET) },
      ],
    },
    sections: [{ children }],
  });
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
  const read = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  return { document: await read("word/document.xml"), numbering: await read("word/numbering.xml") };
}

const withoutNeedlessPreserve = (xml: string) =>
  xml.replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g, (whole, text: string) =>
    keepsSpaces(text) ? whole : `<w:t>${text}</w:t>`
  );

const item = (text: string, children?: ListBlock) => ({
  runs: [{ kind: "text" as const, text }],
  children,
});

const LISTS: ListBlock[] = [
  {
    type: "list",
    style: "number",
    items: [
      item("Satu", {
        type: "list",
        style: "letter",
        items: [
          item("a & b"),
          item(" spasi di depan", { type: "list", style: "bullet", items: [item("x")] }),
        ],
      }),
      item("Dua", { type: "list", style: "letter", items: [item("c")] }),
      {
        runs: [
          { kind: "placeholder", label: "upaya" },
          { kind: "text", text: " tebal", bold: true },
        ],
      },
    ],
  },
  { type: "list", style: "bullet", items: [item("lain"), { runs: [] }] },
];

describe("listParagraphs", () => {
  it("packs into the document.xml and numbering.xml of one docx Paragraph per item", async () => {
    const instance = { next: 1 };
    const ours = await packed(LISTS.flatMap((l) => listParagraphs(l, 0, instance)));
    const reference = { next: 1 };
    const theirs = await packed(LISTS.flatMap((l) => referenceList(l, 0, reference)));
    expect(ours.document).toBe(withoutNeedlessPreserve(theirs.document));
    expect(ours.numbering).toBe(theirs.numbering);
    // Each list its own instance, so nested lists start again at "a.".
    expect(ours.document.match(/<w:numPr>/g)).toHaveLength(9);
    expect(new Set(ours.document.match(/<w:numId w:val="\d+"\/>/g)).size).toBe(5);
  });

  it("packs the same document twice alike", async () => {
    const children = listParagraphs(LISTS[0], 0, { next: 1 });
    expect((await packed(children)).document).toBe((await packed(children)).document);
  });
});
