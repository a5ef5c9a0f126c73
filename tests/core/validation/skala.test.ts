// A custom Skala as the report's Skala Predikat grades capaian, a fraction:
// bounds typed as percent points (91, 76, ...) are a galat that says how to
// write them; fraction or percent bounds are fine and print as percents.
import { rawTable } from "../../support/raw-workbook";
import { buildNarasi } from "../../../src/core/narrative";
import { renderMarkdown } from "../../../src/core/narrative";
import { di, model, periksa } from "./fixture";

function skala(bounds: unknown[]) {
  return rawTable(
    "Skala",
    ["Batas Bawah", "Predikat"],
    bounds.map((b, i) => [b, ["Sangat Baik", "Baik", "Cukup", "Kurang"][i]])
  );
}

const pakaiSkala = (p: Record<string, unknown>) => {
  p["Skala Predikat"] = "Skala";
};

describe("SKALA_BUKAN_PERSEN", () => {
  it("fires on bounds typed as percent points, at the first bound, naming the fix", () => {
    const t = periksa({ profil: pakaiSkala, tabel: [skala([91, 76, 51, 0])] });
    expect(di(t, "SKALA_BUKAN_PERSEN")).toEqual(["Skala!A2"]);
    const f = t.find((x) => x.kode === "SKALA_BUKAN_PERSEN");
    expect(f?.tingkat).toBe("galat");
    expect(f?.pesan).toContain("91 berarti 9.100%");
    expect(f?.pesan).toContain("Tulis 91% (atau 0,91)");
  });

  it("does not fire on fractions (91% typed) or on a preset", () => {
    expect(
      di(
        periksa({ profil: pakaiSkala, tabel: [skala([0.91, 0.76, 0.51, 0])] }),
        "SKALA_BUKAN_PERSEN"
      )
    ).toEqual([]);
    // A bound of 120 % (1,2) is a capaian bound too.
    expect(
      di(periksa({ profil: pakaiSkala, tabel: [skala([1.2, 1, 0.8, 0])] }), "SKALA_BUKAN_PERSEN")
    ).toEqual([]);
    expect(di(periksa({ tabel: [skala([91, 76, 51, 0])] }), "SKALA_BUKAN_PERSEN")).toEqual([]);
  });

  it("prints a custom capaian scale's bounds as percents", () => {
    const m = model({ profil: pakaiSkala, tabel: [skala([0.95, 0.8, 0.5, 0])] });
    expect(m.skala.name).toBe("Skala");
    expect(m.skala.input).toBe("persen");
    expect(m.skala.bands.map((b) => b.lower)).toEqual([0.95, 0.8, 0.5, 0]);
    const tahunan = model({
      profil: (p) => {
        pakaiSkala(p);
        p["Jenis Laporan"] = "Tahunan";
        p.Periode = "";
      },
      tabel: [skala([0.95, 0.8, 0.5, 0])],
    });
    const md = renderMarkdown(buildNarasi(tahunan));
    expect(md).toContain("Capaian sekurang-kurangnya 95%: **Sangat Baik**");
    expect(md).not.toContain("0,95");
  });
});
