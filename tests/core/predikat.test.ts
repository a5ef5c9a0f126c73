import {
  PRESET_NAMES,
  bandFor,
  getPreset,
  predikat,
  scaleFromBands,
  scaleFromRows,
} from "../../src/core/kinerja/predikat";
import type { PredikatScale } from "../../src/core/types";

function preset(name: string): PredikatScale {
  const h = getPreset(name);
  if (!h.ok) throw new Error(h.error.message);
  return h.value;
}

function label(value: number, scale: PredikatScale): string | null {
  const h = predikat(value, scale);
  return h.ok ? h.value : null;
}

describe("presets", () => {
  it("lists the six presets", () => {
    expect([...PRESET_NAMES]).toEqual([
      "PERMENDAGRI86",
      "BAIK5",
      "BERHASIL4",
      "IKM",
      "SAKIP",
      "EFISIENSI",
    ]);
    for (const name of PRESET_NAMES) expect(getPreset(name)).toMatchObject({ ok: true });
  });

  it("finds presets case-insensitively and forgivingly", () => {
    expect(preset("permendagri86").name).toBe("PERMENDAGRI86");
    expect(preset(" Permendagri 86 ").name).toBe("PERMENDAGRI86");
    expect(preset("berhasil_4").name).toBe("BERHASIL4");
  });

  it.each([["PERMENDAGRI"], [""], ["toString"], ["__proto__"]])("rejects %p", (name) => {
    expect(getPreset(name)).toMatchObject({
      ok: false,
      error: { code: "SKALA_TIDAK_DIKENAL", excel: "#VALUE!" },
    });
  });

  it("presets cannot be changed by a caller", () => {
    const s = preset("BAIK5");
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.bands)).toBe(true);
  });

  it("every band has a colour, green first and red last", () => {
    for (const name of PRESET_NAMES) {
      const s = preset(name);
      for (const b of s.bands) expect(b.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(s.bands[0].color).toBe("#1E7B34");
      const last = s.below === null ? s.bands[s.bands.length - 1].color : s.belowColor;
      expect(last).toBe("#C0392B");
    }
  });
});

describe("percent scales take the capaian fraction", () => {
  it.each([
    [1.5, "Sangat Tinggi"], // above 100 % is the top band
    [1, "Sangat Tinggi"],
    [0.91, "Sangat Tinggi"],
    [9.1 / 10, "Sangat Tinggi"], // 0.9099999999999999 in floating point
    [0.9099, "Tinggi"],
    [0.76, "Tinggi"],
    [0.7599, "Sedang"],
    [0.66, "Sedang"],
    [0.51, "Rendah"],
    [0.5099, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-0.2, "Sangat Rendah"],
  ])("PERMENDAGRI86(%p) = %s", (v, l) => {
    expect(label(v, preset("PERMENDAGRI86"))).toBe(l);
  });

  it.each([
    [0.95, "Sangat Baik"],
    [0.8, "Baik"],
    [0.7, "Cukup"],
    [0.6, "Kurang"],
    [0.3, "Sangat Kurang"],
  ])("BAIK5(%p) = %s", (v, l) => {
    expect(label(v, preset("BAIK5"))).toBe(l);
  });

  // Seed 004 (Bantur): 85 keatas Sangat berhasil; 70 ≤ x < 85 Berhasil;
  // 55 ≤ x < 70 Cukup berhasil; x < 55 Kurang berhasil. Its capaian: 100 %, 60 %.
  it.each([
    [1, "Sangat Berhasil"],
    [0.85, "Sangat Berhasil"],
    [142 / 167, "Sangat Berhasil"],
    [0.8499, "Berhasil"],
    [0.7, "Berhasil"],
    [0.6, "Cukup Berhasil"],
    [0.55, "Cukup Berhasil"],
    [0.5499, "Kurang Berhasil"],
  ])("BERHASIL4(%p) = %s", (v, l) => {
    expect(label(v, preset("BERHASIL4"))).toBe(l);
  });
});

describe("point scales", () => {
  it.each([
    [100, "A (Sangat Baik)"],
    [89.51, "A (Sangat Baik)"], // seed 003, a quarter's IKM
    [88.31, "A (Sangat Baik)"],
    [88.3, "B (Baik)"],
    [84.185, "B (Baik)"], // seed 003 annual IKM
    [76.61, "B (Baik)"],
    [76.6, "C (Kurang Baik)"],
    [65, "C (Kurang Baik)"],
    [64.99, "D (Tidak Baik)"],
    [25, "D (Tidak Baik)"],
  ])("IKM(%p) = %s", (v, l) => {
    expect(label(v, preset("IKM"))).toBe(l);
  });

  it("IKM below 25 is not an IKM: #N/A", () => {
    expect(predikat(24.9, preset("IKM"))).toMatchObject({
      ok: false,
      error: { code: "DI_BAWAH_SKALA", excel: "#N/A" },
    });
  });

  it.each([
    [95, "AA"],
    [90.01, "AA"],
    [90, "A"], // exclusive bounds: exactly 90 is not > 90
    [80.5, "A"],
    [80, "BB"],
    [70, "B"],
    [60, "CC"],
    [50, "C"],
    [30, "D"],
    [0, "D"],
  ])("SAKIP(%p) = %s", (v, l) => {
    expect(label(v, preset("SAKIP"))).toBe(l);
  });

  it.each([
    [30, "Efisien"],
    [5.01, "Efisien"],
    [5, "Cukup Efisien"], // "> +5"
    [0, "Cukup Efisien"], // seed 003 Tabel 3.6: 100 % − 100 %
    [-5, "Cukup Efisien"], // "≥ −5"
    [-5.01, "Tidak Efisien"],
    [-14.77, "Tidak Efisien"], // seed 003: 85,23 % − 100 %
  ])("EFISIENSI(%p) = %s", (v, l) => {
    expect(label(v, preset("EFISIENSI"))).toBe(l);
  });

  it("rejects non-finite values", () => {
    expect(predikat(NaN, preset("SAKIP"))).toMatchObject({
      ok: false,
      error: { excel: "#VALUE!" },
    });
    expect(predikat(Infinity, preset("SAKIP"))).toMatchObject({ ok: false });
  });
});

describe("custom scales", () => {
  it("sorts pairs and finds the highest bound reached", () => {
    const h = scaleFromBands([
      [50, "Cukup"],
      [90, "Istimewa"],
      [75, "Baik"],
    ]);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.value.bands.map((b) => b.lower)).toEqual([90, 75, 50]);
    expect(h.value.name).toBe("Skala");
    expect(h.value.input).toBe("poin");
    expect(label(95, h.value)).toBe("Istimewa");
    expect(label(75, h.value)).toBe("Baik");
    expect(label(50, h.value)).toBe("Cukup");
    expect(predikat(49, h.value)).toMatchObject({ ok: false, error: { excel: "#N/A" } });
  });

  it.each([
    [[], "SKALA_KOSONG"],
    [
      [
        [50, "A"],
        [50, "B"],
      ],
      "SKALA_GANDA",
    ],
    [[[NaN, "A"]], "SKALA_TIDAK_VALID"],
    [[[50, " "]], "SKALA_TIDAK_VALID"],
  ] as [[number, string][], string][])("rejects %p with %s", (pairs, code) => {
    expect(scaleFromBands(pairs)).toMatchObject({ ok: false, error: { code } });
  });

  it("keeps given colours and fills the rest", () => {
    const h = scaleFromBands(
      [
        [0.9, "Hijau"],
        [0.5, "Kuning"],
      ],
      ["#00FF00", "bukan warna"]
    );
    expect(h.ok && h.value.bands.map((b) => b.color)).toEqual(["#00FF00", "#C0392B"]);
  });

  it("reads cell rows: header, blanks, percent text, colours", () => {
    const h = scaleFromRows([
      ["Batas Bawah", "Predikat", "Warna"],
      ["91%", "Sangat Tinggi", "#112233"],
      ["", "", ""],
      [0.76, "Tinggi", ""],
      ["0", "Rendah", null],
    ]);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.value.bands.map((b) => [b.lower, b.label])).toEqual([
      [0.91, "Sangat Tinggi"],
      [0.76, "Tinggi"],
      [0, "Rendah"],
    ]);
    expect(h.value.bands[0].color).toBe("#112233");
    expect(label(0.8, h.value)).toBe("Tinggi");
  });

  it("rejects rows that are not (bound, label)", () => {
    expect(scaleFromRows([[1]])).toMatchObject({ ok: false });
    expect(
      scaleFromRows([
        [0.9, "A"],
        ["x", "B"],
      ])
    ).toMatchObject({ ok: false, error: { code: "SKALA_TIDAK_VALID" } });
    expect(scaleFromRows("x" as unknown as unknown[][])).toMatchObject({ ok: false });
  });

  it("bandFor returns the band with its colour", () => {
    expect(bandFor(0.95, preset("PERMENDAGRI86"))).toMatchObject({ label: "Sangat Tinggi" });
    expect(bandFor(0.1, preset("PERMENDAGRI86"))).toBeNull();
  });
});
