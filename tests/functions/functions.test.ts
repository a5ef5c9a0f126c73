import { associated, CustomFunctionsError } from "../support/custom-functions-stub";
import {
  CAPAIAN,
  EFISIENSI,
  IKM,
  PERIODE,
  PREDIKAT,
  RUPIAH,
  SERAPAN,
  TERBILANG,
} from "../../src/functions/functions";
import { FUNGSI_LKJ, registerFunctions } from "../../src/functions/register";

/** The error a call throws, or fails the test when it returns. */
function errorOf(call: () => unknown): CustomFunctionsError {
  try {
    const value = call();
    throw new Error(`expected an error, got ${JSON.stringify(value)}`);
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctionsError);
    return e as CustomFunctionsError;
  }
}

describe("CAPAIAN(target; realisasi; [arah]; [batas])", () => {
  it.each([
    [7, 6.5, "Turun", undefined, 1.0714285714285714], // domain.md
    [8, 9, "Turun", undefined, 0.875],
    [12, "9 fasilitasi", undefined, undefined, 0.75], // seed 001
    ["12 fasilitasi", "9 fasilitasi", "", undefined, 0.75],
    [0.97, 0.7, undefined, undefined, 0.7 / 0.97],
    ["97%", "70%", "Naik", undefined, 0.7 / 0.97],
    ["94.87%", "67%", undefined, undefined, 0.67 / 0.9487],
    [90, "84,19", undefined, undefined, 84.19 / 90], // seed 003
    ["80–90 %", 0.95, undefined, undefined, 0.95 / 0.9],
    ["80 s.d. 90", 85, undefined, undefined, 1],
    [100, 150, undefined, 1.2, 1.2],
    [100, 150, undefined, "120%", 1.2],
    [100, 150, null, "", 1.5],
    [0, 0, undefined, undefined, 1],
    [[[7]], [[6.5]], [["Turun"]], undefined, 1.0714285714285714], // 1×1 ranges
  ])("CAPAIAN(%p; %p; %p; %p) = %p", (t, r, arah, batas, expected) => {
    const v = CAPAIAN(t, r, arah, batas);
    expect(typeof v).toBe("number");
    expect(v as number).toBeCloseTo(expected, 12);
  });

  it.each([
    ["", 5],
    [null, 5],
    [5, ""],
    [5, undefined],
    ["  ", "  "],
    ["-", 5], // tables write "-" for nothing
  ])("blank input CAPAIAN(%p; %p) gives a blank cell", (t, r) => {
    expect(CAPAIAN(t, r)).toBe("");
  });

  it.each([
    [0, 1, undefined, undefined, "#DIV/0!", /Target 0/],
    ["abc", 1, undefined, undefined, "#VALUE!", /Target/],
    [10, "banyak", undefined, undefined, "#VALUE!", /Realisasi bukan angka/],
    [10, 5, "tetap", undefined, "#VALUE!", /Arah/],
    [10, 5, undefined, 0, "#VALUE!", /Batas/],
    [10, 5, undefined, "x", "#VALUE!", /Batas capaian bukan angka/],
    [-10, 5, undefined, undefined, "#VALUE!", /negatif/],
    [true, 5, undefined, undefined, "#VALUE!", /Target/],
    [[[1, 2]], 5, undefined, undefined, "#VALUE!", /satu sel/],
  ])("CAPAIAN(%p; %p; %p; %p) → %s", (t, r, arah, batas, code, message) => {
    const e = errorOf(() => CAPAIAN(t, r, arah, batas));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe("PREDIKAT(nilai; [skala])", () => {
  it.each([
    [0.91, undefined, "Sangat Tinggi"],
    [0.72, undefined, "Sedang"],
    [0.72, null, "Sedang"],
    [0.72, [[""]], "Sedang"], // blank skala cell: default PERMENDAGRI86
    ["72%", [["PERMENDAGRI86"]], "Sedang"],
    [0.95, [["baik5"]], "Sangat Baik"],
    [0.6, [["BERHASIL4"]], "Cukup Berhasil"], // seed 004
    [1, "BERHASIL4", "Sangat Berhasil"],
    [84.185, [["IKM"]], "B (Baik)"],
    [95, [["SAKIP"]], "AA"],
    [-14.77, [["EFISIENSI"]], "Tidak Efisien"],
    [
      0.8,
      [
        ["Batas Bawah", "Predikat"],
        [0.9, "Istimewa"],
        [0.75, "Baik"],
        [0, "Perlu Perbaikan"],
      ],
      "Baik",
    ],
    [
      0.1,
      [
        [0.9, "Istimewa"],
        ["0%", "Perlu Perbaikan"],
      ],
      "Perlu Perbaikan",
    ],
  ])("PREDIKAT(%p; %p) = %p", (n, skala, expected) => {
    expect(PREDIKAT(n, skala as unknown[][])).toBe(expected);
  });

  it("blank nilai gives a blank cell", () => {
    expect(PREDIKAT("")).toBe("");
    expect(PREDIKAT(null, [["SAKIP"]])).toBe("");
  });

  it.each([
    ["x", undefined, "#VALUE!"],
    [0.9, [["PERMENDAGRI"]], "#VALUE!"],
    [0.9, [[5]], "#VALUE!"],
    [20, [["IKM"]], "#N/A"],
    [
      0.1,
      [
        [0.9, "A"],
        [0.5, "B"],
      ],
      "#N/A",
    ],
    [
      0.1,
      [
        [0.9, "A"],
        [0.9, "B"],
      ],
      "#VALUE!",
    ],
  ])("PREDIKAT(%p; %p) → %s", (n, skala, code) => {
    expect(errorOf(() => PREDIKAT(n, skala as unknown[][])).code).toBe(code);
  });
});

describe("SERAPAN(pagu; realisasi) and EFISIENSI(capaian; serapan; [metode])", () => {
  it.each([
    [266020000, 66420000, 66420000 / 266020000], // seed 000
    ["Rp 1.726.863.171", "1.284.053.723", 1284053723 / 1726863171], // seed 001
    ["2.486.022.481", "Rp. 2.371.301.000", 2371301000 / 2486022481], // seed 003
    [0, 0, 0],
  ])("SERAPAN(%p; %p) = %p", (p, r, s) => {
    expect(SERAPAN(p, r)).toBeCloseTo(s, 12);
  });

  it("SERAPAN errors and blanks", () => {
    expect(SERAPAN("", 5)).toBe("");
    expect(errorOf(() => SERAPAN(0, 5)).code).toBe("#DIV/0!");
    expect(errorOf(() => SERAPAN("1923.283.100", 5)).code).toBe("#VALUE!"); // seed 003 typo
  });

  it.each([
    [1, 1, undefined, 0],
    ["85,23%", "100%", undefined, -14.77], // seed 003 Tabel 3.6, "7 = 5 − 6"
    [0.9, 0.6, "SELISIH", 30],
    [0.9, 0.6, "rasio", 1.5],
  ])("EFISIENSI(%p; %p; %p) = %p", (c, s, m, e) => {
    expect(EFISIENSI(c, s, m)).toBeCloseTo(e, 12);
  });

  it("EFISIENSI errors and blanks", () => {
    expect(EFISIENSI("", 0.5)).toBe("");
    expect(errorOf(() => EFISIENSI(0.9, 0, "RASIO")).code).toBe("#DIV/0!");
    expect(errorOf(() => EFISIENSI(0.9, 0.5, "bagi dua")).code).toBe("#VALUE!");
  });
});

describe("IKM(nrr)", () => {
  it("mean of nine NRR × 25 over a range of any shape", () => {
    expect(IKM([[3.4, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4]])).toBe(85); // seed 004
    expect(IKM([[3], [3], [3], [3], [3], [3], [3], [3], [4]])).toBeCloseTo((28 / 9) * 25, 12);
    expect(
      IKM([
        [3, 3, 3],
        [3, "3,5", 3],
        [3, 3, 3],
      ])
    ).toBeCloseTo((27.5 / 9) * 25, 12);
  });

  it("skips blank cells but needs nine values", () => {
    expect(IKM([[3, 3, 3, 3, "", 3, 3, 3, 3, 3]])).toBe(75);
    expect(IKM([["", ""]])).toBe("");
    expect(errorOf(() => IKM([[3, 3, 3]])).code).toBe("#VALUE!");
    expect(errorOf(() => IKM([[3, 3, 3, 3, 3, 3, 3, 3, 5]])).code).toBe("#NUM!");
    expect(errorOf(() => IKM([[3, 3, 3, 3, 3, 3, 3, 3, "x"]])).code).toBe("#VALUE!");
  });
});

describe("TERBILANG(angka; [satuan]) and RUPIAH(angka; [desimal]; [gaya])", () => {
  it.each([
    [1500, undefined, "seribu lima ratus"],
    [1500, "rupiah", "seribu lima ratus rupiah"],
    ["13.600.000", " rupiah ", "tiga belas juta enam ratus ribu rupiah"],
    [2.5, "", "dua koma lima"],
    [-7, undefined, "minus tujuh"],
  ])("TERBILANG(%p; %p) = %p", (n, s, expected) => {
    expect(TERBILANG(n, s)).toBe(expected);
  });

  it("TERBILANG errors and blanks", () => {
    expect(TERBILANG("")).toBe("");
    expect(errorOf(() => TERBILANG(1e15)).code).toBe("#NUM!");
    expect(errorOf(() => TERBILANG("seribu")).code).toBe("#VALUE!");
  });

  it.each([
    [1234567, undefined, undefined, "Rp1.234.567"],
    [1234567, 2, undefined, "Rp1.234.567,00"],
    [1234567, "", "SPASI", "Rp 1.234.567"],
    [1234567, 0, "titik", "Rp. 1.234.567"],
    ["Rp. 12.143.000,00", 2, "TITIK", "Rp. 12.143.000,00"], // seed 004
    [-5000, undefined, undefined, "-Rp5.000"],
  ])("RUPIAH(%p; %p; %p) = %p", (n, d, g, expected) => {
    expect(RUPIAH(n, d, g)).toBe(expected);
  });

  it("RUPIAH errors and blanks", () => {
    expect(RUPIAH(null)).toBe("");
    expect(errorOf(() => RUPIAH(5, 1.5)).code).toBe("#VALUE!");
    expect(errorOf(() => RUPIAH(5, 11)).code).toBe("#VALUE!");
    expect(errorOf(() => RUPIAH(5, 0, "dolar")).code).toBe("#VALUE!");
  });
});

describe("PERIODE(triwulan; tahun)", () => {
  it.each([
    ["III", 2023, "1 Juli s.d. 30 September 2023"],
    [3, "2023", "1 Juli s.d. 30 September 2023"],
    ["TW II", 2023, "1 April s.d. 30 Juni 2023"],
    ["Tahunan", 2020, "1 Januari s.d. 31 Desember 2020"],
  ])("PERIODE(%p; %p) = %p", (tw, th, expected) => {
    expect(PERIODE(tw, th)).toBe(expected);
  });

  it("errors and blanks", () => {
    expect(PERIODE("", 2023)).toBe("");
    expect(PERIODE("III", "")).toBe("");
    expect(errorOf(() => PERIODE("V", 2023)).code).toBe("#VALUE!");
    expect(errorOf(() => PERIODE("I", 23)).code).toBe("#VALUE!");
  });
});

describe("registration", () => {
  it("associates the eight functions under their Excel names", () => {
    associated.clear();
    expect(registerFunctions()).toBe(true);
    expect([...associated.keys()].sort()).toEqual(
      [
        "CAPAIAN",
        "EFISIENSI",
        "IKM",
        "PERIODE",
        "PREDIKAT",
        "RUPIAH",
        "SERAPAN",
        "TERBILANG",
      ].sort()
    );
    expect(associated.get("CAPAIAN")).toBe(CAPAIAN);
    expect(Object.keys(FUNGSI_LKJ)).toHaveLength(8);
  });

  it("is a no-op without the runtime", () => {
    const saved = (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    try {
      expect(registerFunctions()).toBe(false);
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = saved;
    }
  });
});
