// A1 helpers: column letters both ways, cells and ranges with sheets and $.
import fc from "fast-check";
import {
  cellAddress,
  colOf,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
  rowOf,
} from "../../../src/core/model/a1";

test("column letters at the 1-, 2- and 3-letter boundaries", () => {
  expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
    "XFD",
  ]);
  expect(columnLetters(-1)).toBe("");
  expect(columnLetters(1.5)).toBe("");
  expect(columnIndex("xfd")).toBe(16383);
  expect(columnIndex("A1")).toBe(-1);
  expect(columnIndex("")).toBe(-1);
});

test("letters ↔ index round trip", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 18277 }), (i) => columnIndex(columnLetters(i)) === i)
  );
});

test("cells: absolute marks, lower case, bad input", () => {
  expect(parseCell("$B$3")).toEqual({ col: 1, row: 3 });
  expect(parseCell(" t40 ")).toEqual({ col: 19, row: 40 });
  expect(parseCell("A0")).toBeNull();
  expect(parseCell("3B")).toBeNull();
  expect(parseCell(null as unknown as string)).toBeNull();
  expect(cellAddress(2, 5)).toBe("C5");
});

test("ranges with sheet prefixes, reversed corners and single cells", () => {
  expect(parseRange("Kinerja!B3:T40")).toEqual({
    startCol: 1,
    startRow: 3,
    endCol: 19,
    endRow: 40,
  });
  expect(parseRange("'Tren Kinerja'!$A$1:$D$9")).toEqual({
    startCol: 0,
    startRow: 1,
    endCol: 3,
    endRow: 9,
  });
  expect(parseRange("D9:A1")).toEqual({ startCol: 0, startRow: 1, endCol: 3, endRow: 9 });
  expect(parseRange("C7")).toEqual({ startCol: 2, startRow: 7, endCol: 2, endRow: 7 });
  expect(parseRange("A1:")).toBeNull();
  expect(parseRange("tabel")).toBeNull();
  expect(rangeAddress({ startCol: 1, startRow: 3, endCol: 19, endRow: 40 })).toBe("B3:T40");
  expect(rangeAddress({ startCol: 2, startRow: 7, endCol: 2, endRow: 7 })).toBe("C7");
});

test("range address round trip", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 16383 }),
      fc.integer({ min: 1, max: 1048576 }),
      fc.integer({ min: 0, max: 16383 }),
      fc.integer({ min: 1, max: 1048576 }),
      (c1, r1, c2, r2) => {
        const r = {
          startCol: Math.min(c1, c2),
          startRow: Math.min(r1, r2),
          endCol: Math.max(c1, c2),
          endRow: Math.max(r1, r2),
        };
        expect(parseRange(rangeAddress(r))).toEqual(r);
      }
    )
  );
});

test("rowOf / colOf for sorting findings", () => {
  expect(rowOf("E12")).toBe(12);
  expect(rowOf(null)).toBe(0);
  expect(colOf("E12:F20")).toBe(4);
  expect(colOf(null)).toBe(-1);
});
