// What the exceljs reader makes of formula cells as Excel saves them: cached
// results that are 0 or FALSE (exceljs' cell.value drops them) and add-in
// functions in their saved form (_xldudf_LKJ_CAPAIAN).
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/adapters/file/read";

async function workbookWithFormulas(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kinerja");
  ws.addTable({
    name: "Kinerja",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Target" }, { name: "Realisasi" }, { name: "Capaian" }, { name: "Cek" }],
    rows: [
      [
        10,
        25,
        { formula: '_xldudf_LKJ_CAPAIAN(A2,B2,"Turun")', result: 0 },
        { formula: "A2>B2", result: false },
      ],
      [
        4,
        3,
        { formula: "_xldudf_LKJ_CAPAIAN(A3,B3)", result: 0.75 },
        { formula: "A3>B3", result: true },
      ],
    ],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbookBuffer: formula cells", () => {
  it("keeps cached results of 0 and FALSE instead of reading them as blank", async () => {
    const raw = await readWorkbookBuffer(await workbookWithFormulas());
    const t = raw.tables.find((x) => x.name === "Kinerja");
    expect(t?.values).toEqual([
      [10, 25, 0, false],
      [4, 3, 0.75, true],
    ]);
  });

  it("shows add-in functions as people type them (LKJ.CAPAIAN), not in the saved form", async () => {
    const raw = await readWorkbookBuffer(await workbookWithFormulas());
    const t = raw.tables.find((x) => x.name === "Kinerja");
    expect(t?.formulas.map((r) => r[2])).toEqual([
      '=LKJ.CAPAIAN(A2,B2,"Turun")',
      "=LKJ.CAPAIAN(A3,B3)",
    ]);
    expect(t?.formulas[0][3]).toBe("=A2>B2");
  });
});
