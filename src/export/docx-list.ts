// List items: the paragraph properties (numbering, spacing, alignment) come
// from docx's own Paragraph, formatted once per list and level while packing,
// so docx registers the list's numbering instance and writes its numId as it
// always does; the runs are written straight as XML objects (docx-xml.ts). A
// 2.000-indicator report has 2.400 list items in 1.200 lists.
import { AlignmentType, FileChild, Paragraph, type IContext, type IXmlableObject } from "docx";
import type { ListBlock } from "../core/narrative/document";
import { LINE, pushRuns } from "./docx-xml";

type ListRef = "lkj-number" | "lkj-letter" | "lkj-bullet";

export const LIST_REF: Record<ListBlock["style"], ListRef> = {
  number: "lkj-number",
  letter: "lkj-letter",
  bullet: "lkj-bullet",
};

interface Numbering {
  reference: ListRef;
  level: number;
  instance: number;
}

/** The options docx's Paragraph is given for a list item. */
export function listItemOptions(numbering: Numbering) {
  return {
    numbering,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: LINE, after: 60 },
  };
}

// Paragraph properties per document (one packing context's file) and list level.
const shared = new WeakMap<object, Map<string, IXmlableObject>>();

function paragraphProperties(numbering: Numbering, context: IContext): IXmlableObject {
  const file = (context as { file?: object }).file ?? context;
  let byList = shared.get(file);
  if (!byList) {
    byList = new Map();
    shared.set(file, byList);
  }
  const key = `${numbering.reference}/${numbering.instance}/${numbering.level}`;
  let props = byList.get(key);
  if (!props) {
    const xml = new Paragraph(listItemOptions(numbering)).prepForXml(context);
    const children = xml?.["w:p"] as IXmlableObject[] | IXmlableObject | undefined;
    props = Array.isArray(children) ? children[0] : undefined;
    if (!props || !("w:pPr" in props)) throw new Error("butir daftar ditulis docx tanpa w:pPr");
    byList.set(key, props);
  }
  return props;
}

class ListItem extends FileChild {
  private readonly numbering: Numbering;
  private readonly runs: IXmlableObject[];

  constructor(numbering: Numbering, runs: IXmlableObject[]) {
    super("w:p");
    this.numbering = numbering;
    this.runs = runs;
  }

  override prepForXml(context: IContext): IXmlableObject {
    return { "w:p": [paragraphProperties(this.numbering, context), ...this.runs] };
  }
}

/** A list and the lists nested in it as numbered paragraphs; each list its own instance. */
export function listParagraphs(
  list: ListBlock,
  level: number,
  instance: { next: number }
): FileChild[] {
  const id = instance.next++;
  const numbering: Numbering = {
    reference: LIST_REF[list.style],
    level: Math.min(level, 3),
    instance: id,
  };
  const out: FileChild[] = [];
  for (const item of list.items) {
    const runs: IXmlableObject[] = [];
    pushRuns(runs, item.runs);
    out.push(new ListItem(numbering, runs));
    if (item.children) out.push(...listParagraphs(item.children, level + 1, instance));
  }
  return out;
}
