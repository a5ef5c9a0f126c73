import {
  hitungEfisiensi,
  hitungSerapan,
  parseMetodeEfisiensi,
} from "../../src/core/kinerja/anggaran";
import { hitungIkm, hitungNrr, rataRataIkm } from "../../src/core/kinerja/ikm";

describe("hitungSerapan", () => {
  it.each([
    [266020000, 66420000, 66420000 / 266020000], // seed 000: 24,97 %
    [1000, 500, 0.5],
    [1000, 1200, 1.2], // above pagu is possible (and must be explained)
    [1000, 0, 0],
  ])("pagu %p, realisasi %p → %p", (p, r, s) => {
    expect(hitungSerapan(p, r)).toEqual({ ok: true, value: s });
  });

  it("pagu 0 with nothing spent is 0, with spending is #DIV/0!", () => {
    expect(hitungSerapan(0, 0)).toEqual({ ok: true, value: 0 });
    expect(hitungSerapan(0, 5)).toMatchObject({
      ok: false,
      error: { code: "PAGU_NOL", excel: "#DIV/0!" },
    });
  });

  it.each([
    [-1, 0, "PAGU_NEGATIF"],
    [NaN, 0, "BUKAN_ANGKA"],
    [10, Infinity, "BUKAN_ANGKA"],
  ])("pagu %p, realisasi %p → %s", (p, r, code) => {
    expect(hitungSerapan(p, r)).toMatchObject({ ok: false, error: { code } });
  });
});

describe("hitungEfisiensi", () => {
  it.each([
    [0.9, 0.6, 30], // percentage points, without float noise
    [1, 1, 0], // seed 003 Tabel 3.6 "7 = 5 − 6": 100 % − 100 %
    [0.8523, 1, -14.77], // seed 003: 85,23 % − 100 %
    [0.5, 0.75, -25],
    [0.2497, 0.2497, 0],
  ])("SELISIH(%p, %p) = %p points", (c, s, e) => {
    expect(hitungEfisiensi(c, s)).toEqual({ ok: true, value: e });
    expect(hitungEfisiensi(c, s, "SELISIH")).toEqual({ ok: true, value: e });
  });

  it("SELISIH is rounded to 10 decimals, like the native ROUND(…, 10)", () => {
    expect(hitungEfisiensi(0.123456789012345, 0)).toEqual({ ok: true, value: 12.3456789012 });
    expect(hitungEfisiensi(1e308, -1e308)).toMatchObject({ ok: false, error: { excel: "#NUM!" } });
  });

  it("RASIO is capaian / serapan", () => {
    expect(hitungEfisiensi(0.9, 0.6, "RASIO")).toEqual({ ok: true, value: 0.9 / 0.6 });
    expect(hitungEfisiensi(0.9, 0, "RASIO")).toMatchObject({
      ok: false,
      error: { code: "SERAPAN_NOL", excel: "#DIV/0!" },
    });
    // SELISIH has no division: serapan 0 is fine.
    expect(hitungEfisiensi(0.9, 0)).toEqual({ ok: true, value: 90 });
  });

  it("rejects non-numbers", () => {
    expect(hitungEfisiensi(NaN, 0.5)).toMatchObject({ ok: false, error: { excel: "#VALUE!" } });
    expect(hitungEfisiensi(0.5, -Infinity)).toMatchObject({ ok: false });
  });

  it.each([
    [undefined, "SELISIH"],
    [null, "SELISIH"],
    ["", "SELISIH"],
    ["selisih", "SELISIH"],
    [" SELISIH ", "SELISIH"],
    ["Rasio", "RASIO"],
    ["ratio", "RASIO"],
  ])("parseMetodeEfisiensi(%p) = %s", (input, m) => {
    expect(parseMetodeEfisiensi(input)).toEqual({ ok: true, value: m });
  });

  it.each([["bagi dua"], [1], [true]])("parseMetodeEfisiensi(%p) fails", (input) => {
    expect(parseMetodeEfisiensi(input)).toMatchObject({
      ok: false,
      error: { code: "METODE_TIDAK_DIKENAL" },
    });
  });
});

describe("IKM", () => {
  it("NRR = total score / respondents", () => {
    expect(hitungNrr(340, 100)).toEqual({ ok: true, value: 3.4 });
    expect(hitungNrr(100, 0)).toMatchObject({ ok: false, error: { excel: "#DIV/0!" } });
    expect(hitungNrr(100, -5)).toMatchObject({ ok: false, error: { excel: "#VALUE!" } });
    expect(hitungNrr(100, 2.5)).toMatchObject({ ok: false });
    expect(hitungNrr(500, 100)).toMatchObject({
      ok: false,
      error: { code: "NRR_DI_LUAR_RENTANG" },
    });
    expect(hitungNrr(NaN, 100)).toMatchObject({ ok: false });
  });

  it("IKM = mean of nine NRR × 25 (seed 004: 3,400 × 25 = 85,00)", () => {
    expect(hitungIkm(Array(9).fill(3.4))).toEqual({ ok: true, value: 85 });
    expect(hitungIkm(Array(9).fill(4))).toEqual({ ok: true, value: 100 });
    expect(hitungIkm(Array(9).fill(1))).toEqual({ ok: true, value: 25 });
  });

  it("does not round per unsur", () => {
    const nrr = [3.21, 3.05, 2.98, 3.5, 3.12, 3.33, 3.41, 2.87, 3.09];
    const expected = (nrr.reduce((a, b) => a + b, 0) / 9) * 25;
    const h = hitungIkm(nrr);
    expect(h.ok && h.value).toBeCloseTo(expected, 12);
    expect(h.ok && h.value).not.toBe(Math.round(expected * 100) / 100);
  });

  it.each([
    [Array(8).fill(3), "IKM_BUKAN_SEMBILAN"],
    [Array(10).fill(3), "IKM_BUKAN_SEMBILAN"],
    [[...Array(8).fill(3), 4.5], "NRR_DI_LUAR_RENTANG"],
    [[...Array(8).fill(3), 0.5], "NRR_DI_LUAR_RENTANG"],
    [[...Array(8).fill(3), NaN], "BUKAN_ANGKA"],
  ])("rejects %p (%s)", (nrr, code) => {
    expect(hitungIkm(nrr)).toMatchObject({ ok: false, error: { code } });
  });

  it("averages quarterly IKM (seed 003: 81,25; 89,51; 83,84; 82,14 → 84,185)", () => {
    // The seed prints the sum as 336,6 and the mean as 84,25; the right figures are
    // 336,74 and 84,185 (its Tabel 3.1 shows 84,19).
    expect(rataRataIkm([81.25, 89.51, 83.84, 82.14])).toEqual({ ok: true, value: 84.185 });
    expect(rataRataIkm([])).toMatchObject({ ok: false, error: { code: "IKM_KOSONG" } });
    expect(rataRataIkm([120])).toMatchObject({ ok: false });
    expect(rataRataIkm([NaN])).toMatchObject({ ok: false });
  });
});
