// A minimal XML reader for the tests: enough for manifest.xml (elements, attributes, text),
// so the structural checks need no dependency beyond the project's own.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*"([^"]*)"/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  for (const match of source.matchAll(TOKEN)) {
    const [, closing, opening, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (closing !== undefined) {
      if (top.name !== closing) throw new Error(`</${closing}> menutup <${top.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? "").matchAll(ATTRIBUTE)) {
        attributes[key] = decode(value);
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      top.text += decode(text);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> tidak ditutup`);
  return root;
}

/** Local name without a namespace prefix ("bt:Image" → "Image"). */
export function localName(element: XmlElement): string {
  return element.name.includes(":") ? element.name.split(":")[1] : element.name;
}

/** Every element below `element` (depth first), optionally only those with a local name. */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (name === undefined || localName(child) === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => localName(c) === name);
}
