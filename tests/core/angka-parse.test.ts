import { parseAngka, parseTarget, selKosong } from "../../src/core/angka/parse";
import type { ParsedNumber } from "../../src/core/types";

type Ok = Extract<ParsedNumber, { ok: true }>;

describe("parseAngka: numbers from cells", () => {
  const ok: [unknown, number, Partial<Ok>][] = [
    [1234.5, 1234.5, { fromText: false, percent: false, unit: null }],
    [0, 0, { fromText: false }],
    [-3, -3, { fromText: false }],
    ["1.234.567", 1234567, { fromText: true, percent: false, unit: null }],
    ["1.234.567,89", 1234567.89, {}],
    ["1,234,567.89", 1234567.89, {}],
    ["94,87%", 0.9487, { percent: true }],
    ["94.87%", 0.9487, { percent: true }], // seed 001 writes "94.87%"
    ["85 %", 0.85, { percent: true }],
    ["100 %", 1, { percent: true }],
    ["2,64%", 0.0264, { percent: true }],
    ["12,5 persen", 0.125, { percent: true }],
    ["12 fasilitasi", 12, { unit: "fasilitasi" }],
    ["9 fasilitasi", 9, { unit: "fasilitasi" }],
    ["3 dokumen", 3, { unit: "dokumen" }],
    ["1 Fasilitasi", 1, { unit: "Fasilitasi" }],
    ["5 orang/bulan", 5, { unit: "orang/bulan" }],
    ["20 m2", 20, { unit: "m2" }],
    ["85,00 Indeks", 85, { unit: "Indeks" }], // seed 004
    ["Rp 13.600.000", 13600000, { unit: "Rp" }],
    ["Rp. 1.234.567,00", 1234567, { unit: "Rp" }],
    ["Rp13.600.000", 13600000, { unit: "Rp" }],
    ["Rp. 636.541.800,-", 636541800, { unit: "Rp" }], // seed 004
    ["-Rp1.500", -1500, { unit: "Rp" }],
    ["0,5", 0.5, {}],
    [",5", 0.5, {}],
    ["-3", -3, {}],
    ["\u22123", -3, {}], // Unicode minus sign
    ["(1.000)", -1000, {}],
    ["  42  ", 42, {}],
  ];

  it.each(ok)("%p → %p", (input, value, extra) => {
    const p = parseAngka(input);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value).toBe(value);
    expect(p).toMatchObject(extra);
  });

  describe("the ambiguity rule (Indonesian first)", () => {
    it.each([
      ["1.234", 1234], // one dot + three digits: thousands
      ["12.345", 12345],
      ["123.456", 123456],
      ["0.500", 0.5], // "0" before the dot: decimal
      ["1234.567", 1234.567], // four digits before the dot: decimal
      ["1.5", 1.5], // not three digits after: decimal
      ["94.87", 94.87],
      ["1.2345", 1.2345],
      ["1,234", 1.234], // a single comma is always decimal
      ["1,5", 1.5],
      ["1,234,567", 1234567], // several commas: thousands
      ["1.234,5", 1234.5], // both: last is decimal
      ["1,234.5", 1234.5],
    ])("%p → %p", (input, value) => {
      const p = parseAngka(input);
      expect(p).toMatchObject({ ok: true, value });
    });
  });

  it.each([
    [null, "kosong"],
    [undefined, "kosong"],
    ["", "kosong"],
    ["   ", "kosong"],
    ["-", "kosong"], // tables write "-" for nothing (seed 003 Tabel 3.6)
    [true, "bukan-angka"],
    [false, "bukan-angka"],
    [NaN, "bukan-angka"],
    [Infinity, "bukan-angka"],
    [-Infinity, "bukan-angka"],
    ["abc", "bukan-angka"],
    ["1.2.3", "bukan-angka"],
    ["1923.283.100", "bukan-angka"], // seed 003: malformed grouping
    ["1.23,5", "bukan-angka"],
    ["1,2,3", "bukan-angka"],
    ["12.", "bukan-angka"],
    ["2023-09-30", "bukan-angka"],
    ["2/3", "bukan-angka"],
    ["1 234,5", "bukan-angka"], // a space does not group thousands here
    ["12 orang/9 bulan", "bukan-angka"], // seed 001: two numbers, not one with a unit
    ["12 m23", "bukan-angka"],
    ["Rp", "bukan-angka"],
    ["85 % orang", "bukan-angka"],
    ["Rp 1.000 dokumen", "bukan-angka"],
    [{}, "bukan-angka"],
    [[1], "bukan-angka"],
    [new Date(0), "bukan-angka"],
  ])("%p → %s", (input, reason) => {
    const p = parseAngka(input);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toBe(reason);
  });

  it("keeps the raw text of what it could not read", () => {
    expect(parseAngka("abc")).toEqual({ ok: false, reason: "bukan-angka", raw: "abc" });
  });

  it("percent values are exact decimals, not 94.87/100 float noise", () => {
    expect(parseAngka("94,87%")).toMatchObject({ value: 0.9487 });
    expect(parseAngka("7,10%")).toMatchObject({ value: 0.071 });
    expect(parseAngka("0,1%")).toMatchObject({ value: 0.001 });
  });
});

describe("parseTarget", () => {
  it.each([
    [90, 90],
    ["90", 90],
    ["97%", 0.97],
    ["12 fasilitasi", 12],
    ["-3", -3],
    ["80 s.d. 90", { bawah: 80, atas: 90 }],
    ["80 s/d 90", { bawah: 80, atas: 90 }],
    ["80 sampai dengan 90", { bawah: 80, atas: 90 }],
    ["80–90 %", { bawah: 0.8, atas: 0.9 }],
    ["80-90%", { bawah: 0.8, atas: 0.9 }],
    ["80% - 90%", { bawah: 0.8, atas: 0.9 }],
    ["1.000 \u2013 2.000", { bawah: 1000, atas: 2000 }],
    ["85–85", 85],
  ])("%p → %p", (input, value) => {
    expect(parseTarget(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "KOSONG"],
    [null, "KOSONG"],
    ["abc", "BUKAN_ANGKA"],
    [true, "BUKAN_ANGKA"],
    ["90–80", "RENTANG_TERBALIK"],
    ["2023-09-30", "BUKAN_ANGKA"],
  ])("%p → error %s", (input, code) => {
    const h = parseTarget(input);
    expect(h.ok).toBe(false);
    if (!h.ok) {
      expect(h.error.code).toBe(code);
      expect(h.error.excel).toBe("#VALUE!");
    }
  });
});

describe("selKosong", () => {
  it.each([
    [null, true],
    [undefined, true],
    ["", true],
    ["  ", true],
    ["-", true],
    [" \u2013 ", true],
    ["\u00A0", true],
    [0, false],
    ["0", false],
    [false, false],
    ["--", false],
    ["x", false],
  ])("%p → %p", (input, blank) => {
    expect(selKosong(input)).toBe(blank);
  });
});
