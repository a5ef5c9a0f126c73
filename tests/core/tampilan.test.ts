import { cocokTampilan, desimalTampilan } from "../../src/core/kinerja/tampilan";

describe("cocokTampilan: reported vs computed as displayed", () => {
  // Figures from the seeds: [reported fraction, computed fraction, decimals shown].
  it.each([
    [0.72, 0.7 / 0.97, 0], // seed 001: 97 %, 70 % → "72%"
    [0.7, 0.67 / 0.9487, 0],
    [0.62, 0.55 / 0.88, 0], // 62,5 % written as 62 %: truncated
    [0.63, 0.55 / 0.88, 0], // ...or rounded
    [0.66, 2 / 3, 0], // seed 001: 2 of 3 dokumen → "66%"
    [0.67, 2 / 3, 0],
    [0.74, 1284053723 / 1726863171, 0], // seed 001 serapan
    [0.4, 6225000 / 15300000, 0],
    [0.12, 97200 / 750000, 0],
    [0.2497, 66420000 / 266020000, 2], // seed 000: "24,97%"
    [0.071, 2250000 / 31700000, 2], // "7,10%"
    [0.01907, 12143000 / 636541800, 3], // seed 004: "1,907%" (truncated from 1,9076)
    [0.9354, 84.19 / 90, 2], // seed 003: "93,54 %"
    [0.29, 0.29, 0],
  ])("reported %p matches computed %p at %p decimals", (r, c, d) => {
    expect(cocokTampilan(r, c, d, { persen: true })).toBe(true);
  });

  it.each([
    [0.9736, 0.0264, 2], // seed 000: the gap to 100 % typed instead of capaian
    [1, 0, 0], // seed 000: realisasi 0 % reported as capaian 100 %
    [0.61, 0.55 / 0.88, 0],
    [0.65, 2 / 3, 0],
    [0.5, 0.6, 0], // seed 004: 100 % target, 85 realisasi, "60%"
  ])("reported %p does not match computed %p at %p decimals", (r, c, d) => {
    expect(cocokTampilan(r, c, d, { persen: true })).toBe(false);
  });

  it("plain numbers compare in their own unit", () => {
    expect(cocokTampilan(84.19, 84.185, 2)).toBe(true);
    expect(cocokTampilan(84.18, 84.185, 2)).toBe(true); // truncated
    expect(cocokTampilan(84.25, 84.185, 2)).toBe(false); // seed 003's printed mean
    expect(cocokTampilan(94, (84.25 / 90) * 100, 0)).toBe(true);
  });

  it("without persen, decimals count digits of the fraction itself", () => {
    expect(cocokTampilan(0.72, 0.7 / 0.97, 2)).toBe(true);
    expect(cocokTampilan(0.73, 0.7 / 0.97, 2)).toBe(false);
    expect(cocokTampilan(72, 0.7 / 0.97, 0)).toBe(false);
  });

  it("an unrounded reported value equal to the computed one always matches", () => {
    expect(cocokTampilan(2 / 3, 2 / 3, 0, { persen: true })).toBe(true);
    expect(cocokTampilan(0.1 + 0.2, 0.3, -1)).toBe(true);
  });

  it("unknown display (negative decimals) needs equality", () => {
    expect(cocokTampilan(0.72, 0.7 / 0.97, -1, { persen: true })).toBe(false);
  });

  it("non-finite input never matches", () => {
    expect(cocokTampilan(NaN, NaN, 0)).toBe(false);
    expect(cocokTampilan(Infinity, Infinity, 0)).toBe(false);
  });
});

describe("desimalTampilan", () => {
  it.each([
    ["0%", 0],
    ["0.00%", 2],
    ["0.0%", 1],
    ["#,##0", 0],
    ["#,##0.00", 2],
    ["#,##0.00_);[Red](#,##0.00)", 2],
    ['"Rp"#,##0', 0],
    ["General", -1],
    ["94,87%", 2],
    ["72%", 0],
    ["93,54 %", 2],
    ["1,907%", 3],
    ["1.234.567", 0],
    ["1.234.567,89", 2],
    ["0,5", 1],
    ["Rp. 12.143.000,00", 2],
    ["teks", 0],
    ["", 0],
    [0.25, 2],
    [3, 0],
    [NaN, 0],
    [null, 0],
  ])("%p → %p", (input, d) => {
    expect(desimalTampilan(input)).toBe(d);
  });
});
