// A small scanner for Excel formula text (en-US syntax): finds LKJ function
// calls and splits their arguments at top-level commas, skipping strings,
// quoted sheet names, structured references ("Kinerja[[#This Row],[Target]]"
// holds a comma) and array constants.

export interface PanggilanLkj {
  /** Function name without namespace, upper case ("CAPAIAN"). */
  fungsi: string;
  /** Index of the first character of the call (the namespace). */
  start: number;
  /** Index just past the closing parenthesis. */
  end: number;
  /** Argument texts, trimmed; "" for an omitted argument. */
  args: string[];
}

// LKJ.CAPAIAN( as typed; _xldudf_LKJ_CAPAIAN( as some files store add-in functions.
const AWAL = /(?:_xldudf_)?LKJ[._]([A-Z][A-Z0-9]*)\s*\(/iy;

function identChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_.\\]/.test(c);
}

/** Index past the closing character matching the opener at `i`, or -1. */
export function lewatiKutip(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return -1;
}

/**
 * Split `text` from `open` (index of "(") to its closing ")" into top-level
 * arguments. Returns null when unbalanced.
 */
function bagiArgumen(text: string, open: number): { args: string[]; end: number } | null {
  const args: string[] = [];
  let depthParen = 0;
  let depthBracket = 0;
  let depthBrace = 0;
  let start = open + 1;
  let i = open;
  while (i < text.length) {
    const c = text[i];
    if (depthBracket === 0 && (c === '"' || c === "'")) {
      const j = lewatiKutip(text, i, c);
      if (j < 0) return null;
      i = j;
      continue;
    }
    if (c === "[") depthBracket++;
    else if (c === "]") depthBracket = Math.max(0, depthBracket - 1);
    else if (depthBracket === 0) {
      if (c === "{") depthBrace++;
      else if (c === "}") depthBrace = Math.max(0, depthBrace - 1);
      else if (c === "(") depthParen++;
      else if (c === ")") {
        depthParen--;
        if (depthParen === 0) {
          args.push(text.slice(start, i).trim());
          return { args: args.length === 1 && args[0] === "" ? [] : args, end: i + 1 };
        }
      } else if (c === "," && depthParen === 1 && depthBrace === 0) {
        args.push(text.slice(start, i).trim());
        start = i + 1;
      }
    }
    i++;
  }
  return null;
}

/** Every top-level LKJ call in a formula, left to right (nested calls stay inside args). */
export function cariPanggilanLkj(formula: string): PanggilanLkj[] | null {
  const out: PanggilanLkj[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const j = lewatiKutip(formula, i, c);
      if (j < 0) return null;
      i = j;
      continue;
    }
    if (c === "[") {
      // Structured reference: a column could be named like a function.
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      i = j + 1;
      continue;
    }
    AWAL.lastIndex = i;
    const m = identChar(formula[i - 1]) ? null : AWAL.exec(formula);
    if (m) {
      const open = i + m[0].length - 1;
      const split = bagiArgumen(formula, open);
      if (!split) return null;
      out.push({ fungsi: m[1].toUpperCase(), start: i, end: split.end, args: split.args });
      i = split.end;
      continue;
    }
    i++;
  }
  return out;
}

/** True when the text is one operand that needs no parentheses when substituted. */
export function operandTunggal(arg: string): boolean {
  const a = arg.trim();
  if (/^"(?:[^"]|"")*"$/.test(a)) return true;
  if (/^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?%?$/.test(a)) return true;
  // Names, cell references, sheet-qualified references, structured references.
  if (
    /^(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Za-z_\\][\w.$]*(?::\$?[A-Za-z]*\$?\d*)?$/.test(a)
  ) {
    return true;
  }
  return /^[A-Za-z_\\][\w.]*\[.*\]$/.test(a) || /^\[.*\]$/.test(a);
}
