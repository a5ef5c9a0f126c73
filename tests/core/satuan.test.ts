// One meaning of Satuan for the validator, the quarterly rule and the narrative.
import { satuanBukanJumlah, satuanPersen } from "../../src/core/kinerja/satuan";
import { figurSel, figurTarget } from "../../src/core/narrative/bahasa";
import { di, model, periksa } from "./validation/fixture";

const PERSEN = ["%", "persen", "Persen", "PERSENTASE", " Prosentase ", "prosen"];

describe("Satuan", () => {
  test("percent words, any case and surrounding spaces", () => {
    for (const s of PERSEN) expect([s, satuanPersen(s)]).toEqual([s, true]);
    for (const s of ["dokumen", "persentil", "% desa", "indeks", "", null, undefined, 100]) {
      expect([s, satuanPersen(s)]).toEqual([s, false]);
    }
  });

  test("levels, not counts: percent, indeks, nilai, skor, poin, rasio", () => {
    for (const s of [...PERSEN, "Indeks", "nilai", "skor", "poin", "Rasio"]) {
      expect([s, satuanBukanJumlah(s)]).toEqual([s, true]);
    }
    for (const s of ["dokumen", "laporan", "kejadian", "", null, 3]) {
      expect([s, satuanBukanJumlah(s)]).toEqual([s, false]);
    }
  });

  test.each(["Persentase", "Prosentase", "persen"])(
    "a %s indicator whose quarters go down is no TW_MENURUN finding; a count is",
    (satuan) => {
      const turun = (s: string) =>
        periksa({
          kinerja: (r) => {
            r[1].Satuan = s;
            r[1]["Realisasi TW I"] = 0.9;
            r[1]["Realisasi TW II"] = 0.5;
          },
        });
      expect(di(turun(satuan), "TW_MENURUN")).toEqual([]);
      expect(di(turun("desa"), "TW_MENURUN")).toEqual(["Kinerja!I3"]);
    }
  );

  test("the narrative prints a Prosentase row as it prints a % row", () => {
    // Row 1 holds plain numbers (Target 12, Realisasi 9) in General-formatted cells.
    const baris = (satuan: string) => {
      const k = model({ kinerja: (r) => (r[0].Satuan = satuan) }).kinerja[0];
      return [figurTarget(k.target, k), figurSel(k.realisasi, k)];
    };
    expect(baris("%")).toEqual(["12%", "9%"]);
    expect(baris("Prosentase")).toEqual(["12%", "9%"]);
    expect(baris("persentase")).toEqual(["12%", "9%"]);
    expect(baris("fasilitasi")).toEqual(["12 fasilitasi", "9 fasilitasi"]);
  });
});
