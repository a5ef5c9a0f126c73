// The Profil rows both template writers build: template order, the example's
// values and guidance, the chooser deciding Nilai, unknown example rows kept.
import {
  barisProfil,
  cariNilai,
  kosong,
  nilaiPengaturan,
  profilFields,
  samaTeks,
} from "../../../src/core/template";

describe("template rows", () => {
  it("matches headers as the contract does: case and spaces ignored", () => {
    expect(samaTeks("  Jenis   laporan ", "Jenis Laporan")).toBe(true);
    expect(samaTeks("Jenis Laporan", "Jenis")).toBe(false);
    const row = { " nilai ": 5, Isian: "Tahun" };
    expect(cariNilai(row, "Nilai")).toBe(5);
    expect(cariNilai(row, "Isian")).toBe("Tahun");
    expect(cariNilai(row, "Keterangan")).toBeUndefined();
  });

  it("treats only null, undefined and spaces as blank", () => {
    expect([null, undefined, "", "   "].every(kosong)).toBe(true);
    expect([0, "0", false, "x"].some(kosong)).toBe(false);
  });

  it("gives the run's settings: Periode only for Triwulan, PERMENDAGRI86 by default", () => {
    expect(nilaiPengaturan({ jenis: "Triwulan", periode: 3, tahun: 2023 })).toEqual({
      "Jenis Laporan": "Triwulan",
      Periode: "III",
      Tahun: 2023,
      "Skala Predikat": "PERMENDAGRI86",
    });
    expect(nilaiPengaturan({ jenis: "Tahunan", periode: 2, tahun: null, skala: "BAIK5" })).toEqual({
      "Jenis Laporan": "Tahunan",
      Periode: null,
      Tahun: null,
      "Skala Predikat": "BAIK5",
    });
  });

  it("builds one row per field in template order, the chooser deciding Nilai", () => {
    const contoh: Record<string, string | number>[] = [
      { Isian: "Catatan sendiri", Nilai: "tetap ada" },
      { Isian: " nama ", Nilai: "HERRY SUWANDHONO", Keterangan: "Kasi" },
      { Isian: "Tahun", Nilai: 2023, Keterangan: "  " },
    ];
    const seen: [string, unknown][] = [];
    const { rows, fields } = barisProfil<string | number>(contoh, (f, dariContoh) => {
      seen.push([f.isian, dariContoh]);
      return f.isian === "Tahun" ? 2024 : (dariContoh ?? null);
    });
    const isian = profilFields().map((f) => f.isian);
    expect(rows.slice(0, isian.length).map((r) => r.Isian)).toEqual(isian);
    expect(fields.slice(0, isian.length)).toEqual([...profilFields()]);

    const nama = rows.find((r) => r.Isian === "Nama");
    expect(nama).toEqual({ Isian: "Nama", Nilai: "HERRY SUWANDHONO", Keterangan: "Kasi" });
    const tahun = rows.find((r) => r.Isian === "Tahun");
    const panduan = profilFields().find((f) => f.isian === "Tahun")?.keterangan;
    // A blank Keterangan in the example gets the template's guidance.
    expect(tahun).toEqual({ Isian: "Tahun", Nilai: 2024, Keterangan: panduan });
    expect(seen).toContainEqual(["Tahun", 2023]);
    expect(seen).toContainEqual(["Unit Kerja", undefined]);

    // The example's own row the template does not know comes last, unchanged.
    expect(rows[rows.length - 1]).toEqual({ Isian: "Catatan sendiri", Nilai: "tetap ada" });
    expect(fields[fields.length - 1]).toBeNull();
    expect(rows).toHaveLength(isian.length + 1);
  });
});
