// The example reports transcribed from the seeds: the findings their real
// mistakes must produce, and none on their correct rows.
import { EXAMPLES, exampleToRawWorkbook } from "../../../src/core/examples";
import { mapWorkbook } from "../../../src/core/model/map";
import { ringkasTemuan, validateReport } from "../../../src/core/validation";
import type { Temuan } from "../../../src/core/validation/types";
import { rumusTemplat } from "../../../src/core/validation/util";
import { contoh } from "../../support/contoh";

function temuanContoh(id: string): Temuan[] {
  return validateReport(mapWorkbook(exampleToRawWorkbook(contoh(id))));
}

const galat = (t: Temuan[]) =>
  t.filter((x) => x.tingkat === "galat").map((x) => `${x.kode}@${x.lembar}!${x.sel}`);

describe("seed 000: Senduro, Kasi Pemberdayaan Masyarakat, Triwulan II 2023", () => {
  const t = temuanContoh("senduro-kasi-pemberdayaan-2023-tw2");

  it("finds exactly the seed's wrong figures as errors", () => {
    expect(galat(t)).toEqual([
      // Tabel 2.2: every capaian typed as 100 % minus realisasi (2,64 % → 97,36 %; 0 % → 100 %).
      "CAPAIAN_TIDAK_SESUAI@Kinerja!M2",
      "CAPAIAN_TIDAK_SESUAI@Kinerja!M3",
      "CAPAIAN_TIDAK_SESUAI@Kinerja!M4",
      // Tabel 2.3: kinerja "%" of 50 % beside R 24,97 % / 34,67 % of T 100 %.
      "CAPAIAN_KINERJA_TIDAK_SESUAI@Anggaran!L2",
      // The Efisiensi column holds the period text "Jan s/d Juni 2023".
      "BUKAN_ANGKA@Anggaran!M2",
      "BUKAN_ANGKA@Anggaran!M3",
      "CAPAIAN_KINERJA_TIDAK_SESUAI@Anggaran!L4",
    ]);
  });

  it("says what was typed and what realisasi/target gives, with the formula to restore", () => {
    const m2 = t.find((x) => x.sel === "M2" && x.lembar === "Kinerja");
    expect(m2?.pesan).toBe(
      "Indikator 1: Capaian tertulis 97,36% tetapi realisasi/target = 2,64%; yang tertulis sama dengan 100% dikurangi capaian (sisa menuju target)"
    );
    expect(m2?.perbaikan).toEqual({
      jenis: "pulihkan-rumus",
      sel: { sheet: "Kinerja", address: "M2" },
      rumus: rumusTemplat("Kinerja", "Capaian"),
      label: "Pulihkan rumus Capaian",
    });
    expect(t.find((x) => x.sel === "M3")?.pesan).toBe(
      "Indikator 2: Capaian tertulis 100,00% tetapi realisasi/target = 0,00%"
    );
  });

  it("accepts its correct serapan (24,97 %, 34,67 %, 7,10 %, 8,73 %) and totals", () => {
    const kode = t.map((x) => x.kode);
    expect(kode).not.toContain("SERAPAN_TIDAK_SESUAI");
    expect(kode).not.toContain("JUMLAH_TIDAK_SESUAI");
    expect(kode).not.toContain("REALISASI_MELEBIHI_PAGU");
    // Kegiatan 1.1 serves indicator 2: 0 % beside 0 % is right.
    expect(t.filter((x) => x.sel === "L3")).toEqual([]);
  });

  it("has no finding on its Profil (NIP 19920608 201507 1 001, dates)", () => {
    expect(t.filter((x) => x.lembar === "Profil")).toEqual([]);
  });
});

describe("seed 001: Tempeh, Kasi Pemerintahan, Triwulan III 2023", () => {
  const t = temuanContoh("tempeh-kasi-pemerintahan-2023-tw3");

  it("has no error: capaian 0 %, 75 %, 75 % are right", () => {
    expect(galat(t)).toEqual([]);
    expect(t.map((x) => x.kode)).not.toContain("CAPAIAN_TIDAK_SESUAI");
  });

  it("accepts serapan truncated to whole percents (1.600.000/2.400.000 → 66 %)", () => {
    expect(t.filter((x) => x.lembar === "Anggaran")).toEqual([]);
  });

  it("notes figures typed as text with their unit, as the seed prints them", () => {
    const teks = t
      .filter((x) => x.kode === "ANGKA_SEBAGAI_TEKS")
      .map((x) => `${x.sel} ${x.tingkat}`);
    expect(teks).toEqual(["G2 info", "G3 info", "L3 info", "G4 peringatan"]);
    // No quick fix: the unit or the percent sign would be lost.
    expect(t.filter((x) => x.kode === "ANGKA_SEBAGAI_TEKS" && x.perbaikan)).toEqual([]);
  });
});

describe("every example", () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    "%s: findings are countable and clean",
    (_id, e) => {
      const t = validateReport(mapWorkbook(exampleToRawWorkbook(e)));
      const r = ringkasTemuan(t);
      expect(r.galat + r.peringatan + r.info).toBe(t.length);
      for (const x of t) {
        expect(x.sel).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(x.pesan).not.toMatch(/NaN|undefined|null|\d\.\d{5,}|\de-\d/);
      }
    }
  );
});
