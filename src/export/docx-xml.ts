// The narrative's most numerous elements (table cells, headings, body
// paragraphs) written straight as the objects docx's Formatter turns into XML,
// through docx's documented way for a component of one's own: a FileChild
// whose prepForXml gives the element. docx's Paragraph and TextRun write the
// same XML for the same options, but for xml:space="preserve" only where it
// matters (tests/export/docx-xml.test.ts compares them),
// but build several library objects per paragraph and run and walk them all
// again when packing; a 2.000-indicator report has 53.000 paragraphs. Shared
// pieces (properties of a kind of paragraph or run) are one object each: the
// Formatter and the stringifier only read them.
import { FileChild, type IXmlableObject } from "docx";
import {
  type HeadingBlock,
  type ParagraphBlock,
  type Run,
  teksPlaceholder,
} from "../core/narrative/document";

export const PLACEHOLDER_SHADE = "FFF2CC";
/** 240ths of a line: 1,5 spacing. */
export const LINE = 360;

export const EMPTY = {};

/** A block-level element given as the object docx's Formatter would make of it. */
export class XmlBlock extends FileChild {
  private readonly xml: IXmlableObject;

  constructor(rootKey: "w:p" | "w:tbl", xml: IXmlableObject) {
    super(rootKey);
    this.xml = xml;
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

const BOLD = [{ "w:b": EMPTY }, { "w:bCs": EMPTY }];
const ITALIC = [{ "w:i": EMPTY }, { "w:iCs": EMPTY }];
const NOT_ITALIC = [
  { "w:i": { _attr: { "w:val": false } } },
  { "w:iCs": { _attr: { "w:val": false } } },
];
const PLACEHOLDER_SHADING = {
  "w:shd": { _attr: { "w:fill": PLACEHOLDER_SHADE, "w:color": "auto", "w:val": "clear" } },
};
const PRESERVE = { _attr: { "xml:space": "preserve" } };
const BREAK = { "w:br": EMPTY };

function runPropertiesOf(key: number): IXmlableObject | undefined {
  const children: IXmlableObject[] = [
    ...(key & 1 ? BOLD : []),
    ...(key & 2 ? ITALIC : key & 4 ? NOT_ITALIC : []),
    ...(key & 8 ? [PLACEHOLDER_SHADING] : []),
  ];
  return children.length ? { "w:rPr": children } : undefined;
}
/** Run properties in docx's order (bold, italics, shading), one object per combination. */
const RUN_PROPERTIES = Array.from({ length: 16 }, (_, key) => runPropertiesOf(key));
function runProperties(
  bold: boolean,
  italic: boolean | undefined,
  shaded: boolean
): IXmlableObject | undefined {
  return RUN_PROPERTIES[
    (bold ? 1 : 0) | (italic === true ? 2 : italic === false ? 4 : 0) | (shaded ? 8 : 0)
  ];
}

/**
 * Whether text needs xml:space="preserve" to keep its spaces: leading or
 * trailing white space, two in a row, tabs or line ends. docx writes it on every
 * text; Word writes it only where it matters, as here: a report has 50.000
 * texts, and the attribute is a tenth of the XML to write and compress.
 */
export function keepsSpaces(text: string): boolean {
  return /^[ \t\r\n]|[ \t\r\n]$|[ \t\r\n]{2}|[\t\r\n]/.test(text);
}

function run(text: string, props: IXmlableObject | undefined, lineBreak = false): IXmlableObject {
  const t = { "w:t": keepsSpaces(text) ? [PRESERVE, text] : text };
  if (!props) return { "w:r": lineBreak ? [BREAK, t] : [t] };
  return { "w:r": lineBreak ? [props, BREAK, t] : [props, t] };
}

/**
 * Adds the runs as docx's TextRun writes them with the export's options to
 * `out`: bold and italic as the run says (all bold with `bold`), placeholders
 * italic and shaded.
 */
export function pushRuns(out: IXmlableObject[], runs: readonly Run[], bold = false): void {
  for (const r of runs) {
    out.push(
      r.kind === "placeholder"
        ? run(teksPlaceholder(r.label), runProperties(bold, true, true))
        : run(r.text, runProperties(bold || r.bold === true, r.italic ? true : undefined, false))
    );
  }
}

/** Heading runs: bold; "BAB I\nPENDAHULUAN" becomes runs separated by line breaks. */
function headingRunsXml(runs: readonly Run[]): IXmlableObject[] {
  const out: IXmlableObject[] = [];
  for (const r of runs) {
    if (r.kind === "placeholder") {
      pushRuns(out, [r], true);
      continue;
    }
    // docx writes `italics: false` as <w:i w:val="false"/>, as the export always passed it on.
    const props = runProperties(true, r.italic, false);
    r.text.split("\n").forEach((line, i) => out.push(run(line, props, i > 0)));
  }
  return out;
}

const jc = (val: string) => ({ "w:jc": { _attr: { "w:val": val } } });
const JUSTIFY: Record<NonNullable<ParagraphBlock["align"]> | "default", IXmlableObject> = {
  left: jc("left"),
  center: jc("center"),
  right: jc("right"),
  justify: jc("both"),
  default: jc("both"),
};

const headingProperties = new Map<string, IXmlableObject>();
/** A heading: keep with next, 12/10 pt before, 6 pt after, 1,5 lines, centred or left. */
export function headingXml(block: HeadingBlock): IXmlableObject {
  const before = block.level === 1 ? 240 : 200;
  const key = `${before}/${block.centered === true}`;
  let props = headingProperties.get(key);
  if (!props) {
    props = {
      "w:pPr": [
        { "w:keepNext": EMPTY },
        { "w:spacing": { _attr: { "w:after": 120, "w:before": before, "w:line": LINE } } },
        block.centered ? JUSTIFY.center : JUSTIFY.left,
      ],
    };
    headingProperties.set(key, props);
  }
  return { "w:p": [props, ...headingRunsXml(block.runs)] };
}

const BODY_SPACING = { "w:spacing": { _attr: { "w:after": 120, "w:line": LINE } } };
const FIRST_LINE = { "w:ind": { _attr: { "w:firstLine": 567 } } };
const paragraphProperties = new Map<string, IXmlableObject>();
/** A body paragraph: 1,5 lines, 6 pt after, first line indented 1 cm (or the whole paragraph by level), justified by default. */
export function paragraphXml(block: ParagraphBlock): IXmlableObject {
  const indent = block.indent ?? 0;
  const align = block.align ?? "default";
  const key = `${indent}/${align}`;
  let props = paragraphProperties.get(key);
  if (!props) {
    props = {
      "w:pPr": [
        BODY_SPACING,
        indent ? { "w:ind": { _attr: { "w:left": 567 * indent } } } : FIRST_LINE,
        JUSTIFY[align],
      ],
    };
    paragraphProperties.set(key, props);
  }
  const children = [props];
  pushRuns(children, block.runs);
  return { "w:p": children };
}
