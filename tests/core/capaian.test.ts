import { hitungCapaian, parseArah } from "../../src/core/kinerja/capaian";
import type { Arah, Target } from "../../src/core/types";

const close = (h: ReturnType<typeof hitungCapaian>, v: number) => {
  expect(h.ok).toBe(true);
  if (h.ok) expect(h.value).toBeCloseTo(v, 12);
};

describe("hitungCapaian", () => {
  describe("Naik (higher is better): R / T", () => {
    it.each([
      [12, 9, 0.75], // seed 001: 12 fasilitasi, 9 → 75 %
      [0.97, 0.7, 0.7 / 0.97], // seed 001: 97 %, 70 % → 72 %
      [0.9487, 0.67, 0.67 / 0.9487],
      [0.88, 0.55, 0.625],
      [3, 2, 2 / 3], // seed 001: 3 dokumen, 2 dokumen → 66 %
      [90, 84.19, 84.19 / 90], // seed 003 IKM: 93,54 %
      [95.23, 100, 100 / 95.23], // seed 003: 105 %
      [1, 0, 0],
      [100, 150, 1.5],
    ])("target %p, realisasi %p → %p", (t, r, c) => {
      close(hitungCapaian(t, r), c);
      close(hitungCapaian(t, r, { arah: "Naik" }), c);
    });
  });

  describe("Turun (lower is better): (2T − R) / T, floored at 0", () => {
    it.each([
      [7, 6.5, 1.0714285714285714], // domain.md: 107,14 %
      [8, 9, 0.875], // domain.md: 87,5 %
      [10, 10, 1],
      [10, 0, 2],
      [10, 20, 0],
      [10, 35, 0], // floored
    ])("target %p, realisasi %p → %p", (t, r, c) => {
      close(hitungCapaian(t, r, { arah: "Turun" }), c);
    });
  });

  describe("range targets", () => {
    const rentang: Target = { bawah: 0.8, atas: 0.9 };
    it.each([
      ["Naik", 0.85, 1],
      ["Naik", 0.8, 1],
      ["Naik", 0.9, 1],
      ["Naik", 0.95, 0.95 / 0.9],
      ["Naik", 0.6, 0.6 / 0.8],
      // Turun mirrors: below the range is better, above is worse.
      ["Turun", 0.85, 1],
      ["Turun", 0.6, (1.6 - 0.6) / 0.8],
      ["Turun", 0.99, (1.8 - 0.99) / 0.9],
      ["Turun", 2, 0],
    ] as [Arah, number, number][])("%s, realisasi %p → %p", (arah, r, c) => {
      close(hitungCapaian(rentang, r, { arah }), c);
    });

    it("rejects a reversed or negative range", () => {
      expect(hitungCapaian({ bawah: 9, atas: 8 }, 5)).toMatchObject({
        ok: false,
        error: { code: "RENTANG_TERBALIK" },
      });
      expect(hitungCapaian({ bawah: -1, atas: 8 }, 5)).toMatchObject({
        ok: false,
        error: { code: "TARGET_NEGATIF" },
      });
      expect(hitungCapaian({ bawah: NaN, atas: 8 }, 5)).toMatchObject({ ok: false });
    });

    it("a range starting at 0 with realisasi below it has no ratio", () => {
      expect(hitungCapaian({ bawah: 0, atas: 5 }, -1)).toMatchObject({
        ok: false,
        error: { code: "TARGET_NOL", excel: "#DIV/0!" },
      });
    });
  });

  describe("target 0", () => {
    it("realisasi 0 meets the target", () => {
      expect(hitungCapaian(0, 0)).toEqual({ ok: true, value: 1 });
      expect(hitungCapaian(0, 0, { arah: "Turun" })).toEqual({ ok: true, value: 1 });
    });

    it.each([[1], [-1], [0.5]])("realisasi %p has no ratio: #DIV/0!, never Infinity", (r) => {
      expect(hitungCapaian(0, r)).toEqual({
        ok: false,
        error: {
          code: "TARGET_NOL",
          excel: "#DIV/0!",
          message: "Target 0: capaian tidak dapat dihitung sebagai rasio",
        },
      });
      expect(hitungCapaian(0, r, { arah: "Turun" })).toMatchObject({ ok: false });
    });
  });

  describe("batas (optional cap)", () => {
    it("caps at the given fraction", () => {
      expect(hitungCapaian(100, 150, { batas: 1.2 })).toEqual({ ok: true, value: 1.2 });
      expect(hitungCapaian(100, 110, { batas: 1.2 })).toEqual({ ok: true, value: 1.1 });
      expect(hitungCapaian(100, 150, { batas: 1 })).toEqual({ ok: true, value: 1 });
      expect(hitungCapaian(7, 6.5, { arah: "Turun", batas: 1 })).toEqual({ ok: true, value: 1 });
    });

    it("is off when null or absent", () => {
      expect(hitungCapaian(100, 150, { batas: null })).toEqual({ ok: true, value: 1.5 });
      expect(hitungCapaian(100, 150)).toEqual({ ok: true, value: 1.5 });
    });

    it.each([[0], [-1], [NaN], [Infinity]])("rejects batas %p", (batas) => {
      expect(hitungCapaian(100, 150, { batas })).toMatchObject({
        ok: false,
        error: { code: "BATAS_TIDAK_VALID", excel: "#VALUE!" },
      });
    });
  });

  it.each([
    [-5, 1, "TARGET_NEGATIF"],
    [NaN, 1, "BUKAN_ANGKA"],
    [Infinity, 1, "BUKAN_ANGKA"],
    [5, NaN, "BUKAN_ANGKA"],
    [5, -Infinity, "BUKAN_ANGKA"],
  ])("target %p, realisasi %p → %s", (t, r, code) => {
    const h = hitungCapaian(t, r);
    expect(h.ok).toBe(false);
    if (!h.ok) {
      expect(h.error.code).toBe(code);
      expect(h.error.message).toMatch(/\S/);
    }
  });

  it("does not throw on a malformed target object", () => {
    expect(hitungCapaian(null as unknown as Target, 1)).toMatchObject({ ok: false });
    expect(hitungCapaian("5" as unknown as Target, 1)).toMatchObject({ ok: false });
  });
});

describe("parseArah", () => {
  it.each([
    [undefined, "Naik"],
    [null, "Naik"],
    ["", "Naik"],
    ["  ", "Naik"],
    ["Naik", "Naik"],
    ["naik", "Naik"],
    ["NAIK", "Naik"],
    ["Turun", "Turun"],
    ["turun", "Turun"],
    ["Turun (makin kecil makin baik)", "Turun"],
    ["Naik (semakin tinggi semakin baik)", "Naik"],
    ["semakin kecil semakin baik", "Turun"],
    ["makin besar makin baik", "Naik"],
    ["positif", "Naik"],
    ["negatif", "Turun"],
    ["Maksimal", "Naik"],
    ["Minimal", "Turun"],
    ["higher is better", "Naik"],
    ["lower is better", "Turun"],
    ["up", "Naik"],
    ["down", "Turun"],
    ["↑", "Naik"],
    ["↓", "Turun"],
  ])("%p → %s", (input, arah) => {
    expect(parseArah(input)).toEqual({ ok: true, value: arah });
  });

  it.each([["tetap"], ["x"], [1], [true], [{}]])("%p is an error, not a guess", (input) => {
    expect(parseArah(input)).toMatchObject({
      ok: false,
      error: { code: "ARAH_TIDAK_VALID", excel: "#VALUE!" },
    });
  });
});
