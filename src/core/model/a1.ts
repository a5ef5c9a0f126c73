// A1 address arithmetic, so every model cell can name its own address from the
// table's address alone (adapters send only "B3:T40" and the body arrays).

export interface RangeA1 {
  /** 0-based column index of the left column. */
  startCol: number;
  /** 1-based sheet row of the top row. */
  startRow: number;
  endCol: number;
  endRow: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". Negative or non-integer input → "". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) return "";
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26 (case-insensitive); -1 when not column letters. */
export function columnIndex(letters: string): number {
  if (typeof letters !== "string" || !/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "E5" of a 0-based column index and a 1-based row. */
export function cellAddress(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "$B$3" or "B3" → { col: 1, row: 3 }; null when not a cell address. */
export function parseCell(address: string): { col: number; row: number } | null {
  if (typeof address !== "string") return null;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]);
  if (row < 1) return null;
  return { col: columnIndex(m[1]), row };
}

/**
 * "B3:T40", "Kinerja!B3:T40", "'Tren Kinerja'!$A$1:$D$9" or a single cell →
 * the range; null when unreadable. The sheet part is dropped.
 */
export function parseRange(address: string): RangeA1 | null {
  if (typeof address !== "string") return null;
  const tanpaLembar = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = tanpaLembar.split(":");
  const awal = parseCell(a ?? "");
  const akhir = b === undefined ? awal : parseCell(b);
  if (!awal || !akhir) return null;
  return {
    startCol: Math.min(awal.col, akhir.col),
    startRow: Math.min(awal.row, akhir.row),
    endCol: Math.max(awal.col, akhir.col),
    endRow: Math.max(awal.row, akhir.row),
  };
}

/** "B3:T40" (or a single cell when both corners are equal). */
export function rangeAddress(range: RangeA1): string {
  const a = cellAddress(range.startCol, range.startRow);
  const b = cellAddress(range.endCol, range.endRow);
  return a === b ? a : `${a}:${b}`;
}

/** Sheet row of an address's first cell, for sorting; 0 when none. */
export function rowOf(address: string | null): number {
  if (!address) return 0;
  return parseRange(address)?.startRow ?? 0;
}

/** Column index of an address's first cell, for sorting; -1 when none. */
export function colOf(address: string | null): number {
  if (!address) return -1;
  return parseRange(address)?.startCol ?? -1;
}

/** A sheet name as a formula or defined name refers to it: quoted unless it is a plain name. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
