import { mapWorkbook } from "../../../src/core/model/map";
import { profilTable, rawTable, rawWorkbook } from "../../support/raw-workbook";

describe("raw-workbook builder", () => {
  it("gives a table the address of its header and body from `at`", () => {
    const t = rawTable("Strategi", ["No Kinerja", "Strategi", "Pada Bulan"], [["1", "a", "Juli"]], {
      at: "B3",
    });
    expect(t.address).toBe("B3:D4");
    expect(t.sheet).toBe("Strategi");
    expect(t.formulas).toEqual([["1", "a", "Juli"]]);
  });

  it("takes object rows, sparse formulas and per-column number formats", () => {
    const t = rawTable(
      "Kinerja",
      ["No", "Target", "Capaian"],
      [{ No: "1", Target: 10, Capaian: 0.5 }, { No: "2" }],
      { formulas: { "0,Capaian": "=LKJ.CAPAIAN(1;2)" }, numberFormats: { Capaian: "0.00%" } }
    );
    expect(t.values).toEqual([
      ["1", 10, 0.5],
      ["2", "", ""],
    ]);
    expect(t.formulas[0][2]).toBe("=LKJ.CAPAIAN(1;2)");
    expect(t.formulas[1][2]).toBe("");
    expect(t.numberFormats?.[1]).toEqual(["General", "General", "0.00%"]);
  });

  it("maps: Profil fields land in the model with their Nilai cell", () => {
    const wb = rawWorkbook(
      [profilTable({ "Jenis Laporan": "Triwulan", Periode: "III", Tahun: 2023 })],
      ["Catatan"]
    );
    expect(wb.sheetNames).toEqual(["Profil", "Catatan"]);
    const m = mapWorkbook(wb);
    expect(m.profil.tahun.value).toBe(2023);
    expect(m.profil.tahun.ref).toEqual({ sheet: "Profil", address: "B4" });
    expect(m.triwulan).toBe(3);
  });
});
