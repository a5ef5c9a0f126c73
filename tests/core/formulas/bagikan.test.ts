// The pure rules behind "Bagikan tanpa add-in" and the way back, and the
// formula facts the scaffold relies on (tables and columns a formula names).
import {
  bagikanSel,
  kembalikanSel,
  nilaiUntukRumus,
  normalRumus,
  rujukanTabel,
  tabelDalamRumus,
} from "../../../src/core/formulas/bagikan";
import { rumusKolom, rumusLkj, toNativeFormula } from "../../../src/core/formulas";
import { allSheets, findColumn } from "../../../src/core/template";

function lkj(table: string, header: string, gaya: "ringkas" | "lengkap" = "ringkas"): string {
  const col = findColumn(table, header);
  if (!col?.formula) throw new Error(`${table}/${header} tanpa rumus`);
  const r = rumusKolom(col.formula, table, "lkj", gaya);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("rujukanTabel", () => {
  it("names the tables and columns of structured references, not the own row's", () => {
    const f =
      '=IF(LKJ_SkalaPredikat="Skala",LKJ.PREDIKAT([@Capaian],Skala[[Batas Bawah]:[Predikat]]),' +
      "INDEX(Kinerja[Capaian],MATCH([@[No Kinerja]],Kinerja[No],0)))";
    expect(rujukanTabel(f)).toEqual([
      { table: "Skala", kolom: ["Batas Bawah", "Predikat"] },
      { table: "Kinerja", kolom: ["Capaian"] },
      { table: "Kinerja", kolom: ["No"] },
    ]);
    expect(tabelDalamRumus(f)).toEqual(["Skala", "Kinerja"]);
    expect(tabelDalamRumus("=Kinerja[[#This Row],[Target]]*2")).toEqual(["Kinerja"]);
    expect(rujukanTabel('=LEN("Skala[x]")+[@Target]')).toEqual([]);
  });
});

describe("rumusLkj", () => {
  it("drops the Skala branch of PREDIKAT only when asked", () => {
    const col = findColumn("Kinerja", "Predikat");
    const f = col?.formula;
    if (!f) throw new Error("Predikat tanpa rumus");
    expect(rumusLkj(f, "Kinerja", "ringkas")).toBe(lkj("Kinerja", "Predikat"));
    expect(rumusLkj(f, "Kinerja", "ringkas", false)).toBe(
      "=LKJ.PREDIKAT([@Capaian],LKJ_SkalaPredikat)"
    );
    expect(tabelDalamRumus(rumusLkj(f, "Kinerja", "ringkas", false))).toEqual([]);
  });
});

describe("normalRumus", () => {
  it("ignores spacing, case and number spelling outside strings", () => {
    expect(normalRumus('=if(A1 >= 1E-9, "a  b", 0.50)')).toBe(
      normalRumus('=IF(A1>=0.000000001,"a  b",0.5)')
    );
    expect(normalRumus('=IF(A1,"a b")')).not.toBe(normalRumus('=IF(A1,"ab")'));
    // Digits inside names and cell references stay as they are.
    expect(normalRumus("=LKJ_X1+B10")).toBe("=LKJ_X1+B10");
  });
});

describe("nilaiUntukRumus", () => {
  it("keeps text that Excel would read as something else as text", () => {
    expect(nilaiUntukRumus("2.1")).toBe("'2.1");
    expect(nilaiUntukRumus("85%")).toBe("'85%");
    expect(nilaiUntukRumus("=A1")).toBe("'=A1");
    expect(nilaiUntukRumus("TRUE")).toBe("'TRUE");
    expect(nilaiUntukRumus("12 dokumen")).toBe("12 dokumen");
    expect(nilaiUntukRumus(0.75)).toBe(0.75);
    expect(nilaiUntukRumus(null)).toBe("");
  });
});

describe("bagikanSel", () => {
  it("gives the native formula of an LKJ formula", () => {
    const f = lkj("Kinerja", "Capaian");
    expect(bagikanSel(f, 0.9)).toEqual({ jenis: "rumus", rumus: toNativeFormula(f) });
  });
  it("gives the value when the inputs are not native-safe or there is no native form", () => {
    expect(bagikanSel(lkj("Kinerja", "Capaian"), 0.9, false)).toEqual({
      jenis: "nilai",
      nilai: 0.9,
    });
    expect(bagikanSel("=LKJ.TERBILANG(A1)", "seratus")).toEqual({
      jenis: "nilai",
      nilai: "seratus",
    });
    expect(bagikanSel("=LKJ.RUPIAH(A1)", "Rp1.000")).toEqual({ jenis: "nilai", nilai: "Rp1.000" });
  });
  it("leaves formulas without LKJ calls and failed cells without native form alone", () => {
    expect(bagikanSel("=SUM(A1:A3)", 6)).toBeNull();
    expect(bagikanSel(12, 12)).toBeNull();
    expect(bagikanSel("=LKJ.TERBILANG(A1)", "#NAME?")).toBeNull();
    // An error with a native form: the native formula is as good as any value.
    expect(bagikanSel(lkj("Anggaran", "Serapan"), "#NAME?", false)?.jenis).toBe("rumus");
  });
});

describe("kembalikanSel", () => {
  it("turns the template's native form of every computed column back into its LKJ formula", () => {
    let n = 0;
    for (const sheet of allSheets()) {
      for (const col of sheet.table.columns) {
        if (!col.formula) continue;
        for (const gaya of ["ringkas", "lengkap"] as const) {
          const l = lkj(sheet.table.name, col.header, gaya);
          const native = toNativeFormula(l);
          if (native === null || native === l) continue;
          expect(kembalikanSel(sheet.table.name, col.header, native)).toBe(l);
          // As Excel may hand it back: other case and spacing.
          expect(kembalikanSel(sheet.table.name, col.header, native.replace(/,/g, ", "))).toBe(l);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(6);
  });
  it("keeps a user's own formula, an edited native form and another column's form", () => {
    const native = toNativeFormula(lkj("Kinerja", "Capaian")) as string;
    expect(kembalikanSel("Kinerja", "Capaian", "=SUM(A1:A3)")).toBeNull();
    expect(kembalikanSel("Kinerja", "Capaian", native.replace("MAX(0,", "MAX(1,"))).toBeNull();
    expect(kembalikanSel("Kinerja", "Predikat", native)).toBeNull();
    expect(kembalikanSel("Kinerja", "Target", native)).toBeNull();
    expect(kembalikanSel("Kinerja", "Capaian", lkj("Kinerja", "Capaian"))).toBeNull();
  });
  it("also recognises PREDIKAT without the Skala branch", () => {
    const plain = "=LKJ.PREDIKAT([@Capaian],LKJ_SkalaPredikat)";
    expect(kembalikanSel("Kinerja", "Predikat", toNativeFormula(plain))).toBe(plain);
  });
});
