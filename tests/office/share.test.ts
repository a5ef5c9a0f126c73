// "Bagikan tanpa add-in" and "Kembalikan rumus LKJ" against the Excel
// stand-in: every LKJ formula becomes its native form or its value, people's
// own formulas stay, one read and one write (two reads the first time, when
// the sheet list is not known yet), events and calculation suspended, and the
// way back restores exactly the template's LKJ formulas.
import { hasLkjFunction, rumusKolom, toNativeFormula } from "../../src/core/formulas";
import { columnLetter, findColumn, sheetsFor } from "../../src/core/template";
import type { JenisLaporan } from "../../src/core/types";
import { scaffold } from "../../src/office/scaffold";
import { bagikanTanpaAddin, kembalikanRumusLkj, resetRencanaBagikan } from "../../src/office/share";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const TEMPEH = contoh("tempeh-kasi-pemerintahan-2023-tw3");

let s: Standin;
let uninstall: () => void;

beforeEach(() => {
  resetRencanaBagikan();
  s = createStandin();
  uninstall = installGlobals(s);
  // What the custom functions would show: a number for CAPAIAN, a word for TERBILANG.
  s.setEvaluator((_sheet, _address, formula) => {
    if (/LKJ\.TERBILANG/i.test(formula)) return "seribu lima ratus";
    if (/LKJ\.CAPAIAN/i.test(formula)) return 0.8;
    return "";
  });
});

afterEach(() => uninstall());

function lkj(table: string, header: string): string {
  const col = findColumn(table, header);
  const r = col?.formula && rumusKolom(col.formula, table, "lkj", "ringkas");
  if (!r || !r.ok) throw new Error(`${table}/${header}`);
  return r.value;
}

function kolom(jenis: JenisLaporan, table: string, header: string): string {
  const def = sheetsFor(jenis).find((d) => d.table.name === table);
  return columnLetter(def?.table.columns.findIndex((c) => c.header === header) ?? -1);
}

/** Every cell with an LKJ call, as sheet!address. */
function selLkj(): string[] {
  const out: string[] = [];
  for (const name of s.sheetNames()) {
    const snap = s.snapshot(name);
    snap.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        if (typeof f === "string" && hasLkjFunction(f))
          out.push(`${name}!${columnLetter(j)}${i + 1}`);
      })
    );
  }
  return out;
}

function foto(): string {
  return JSON.stringify(s.sheetNames().map((n) => s.snapshot(n)));
}

async function siapkan(jenis: JenisLaporan, contoh = true): Promise<void> {
  await scaffold({
    jenis,
    periode: jenis === "Triwulan" ? 3 : null,
    tahun: 2023,
    skala: "PERMENDAGRI86",
    contoh: contoh ? TEMPEH : undefined,
  });
  s.addSheet("Catatan");
  await s.userEdit("Catatan", "A1:A3", [
    ["=SUM(1,2)"],
    ["=LKJ.TERBILANG(1500)"],
    ["=LKJ.CAPAIAN(10,8)"],
  ]);
  s.resetCounters();
}

describe("bagikanTanpaAddin", () => {
  it("turns every LKJ formula into its native form or its value and leaves other formulas", async () => {
    await siapkan("Triwulan");
    const cap = kolom("Triwulan", "Kinerja", "Capaian");
    // Row 2 of Tempeh has the text target "1 Fasilitasi": its native form would compute otherwise.
    await s.userEdit("Kinerja", `${cap}2`, [[lkj("Kinerja", "Capaian")]]);
    s.resetCounters();
    const sebelum = selLkj();
    expect(sebelum.length).toBeGreaterThan(3);

    const hasil = await bagikanTanpaAddin();
    expect(hasil.diganti + hasil.dijadikanNilai).toBe(sebelum.length);
    expect(selLkj()).toEqual([]);
    expect(hasil.dijadikanNilai).toBe(2);
    expect(s.cell("Catatan", "A1").formula).toBe("=SUM(1,2)");
    expect(s.cell("Catatan", "A2")).toMatchObject({ formula: null, value: "seribu lima ratus" });
    expect(s.cell("Catatan", "A3").formula).toBe(toNativeFormula("=LKJ.CAPAIAN(10,8)"));
    expect(s.cell("Kinerja", `${cap}2`)).toMatchObject({ formula: null, value: 0.8 });
    const pred = kolom("Triwulan", "Kinerja", "Predikat");
    expect(s.cell("Kinerja", `${pred}2`).formula).toBe(toNativeFormula(lkj("Kinerja", "Predikat")));
    expect(hasil.lembar).toEqual(expect.arrayContaining(["Kinerja", "Anggaran", "Catatan"]));
    expect(hasil.lembar).not.toContain("Profil");

    // First run of the session: the sheet list, then the cells; then one write.
    expect(hasil.syncs).toBe(3);
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "read", "write"]);
    expect(s.syncLog[2].calcSuspended).toBe(true);
  });

  it("reads once and writes once when the sheets are known, and is safe to run again", async () => {
    await siapkan("Tahunan", false);
    await bagikanTanpaAddin();
    await s.userEdit("Catatan", "B1", [["=LKJ.CAPAIAN(4,2)"]]);
    s.resetCounters();
    const hasil = await bagikanTanpaAddin();
    expect(hasil).toMatchObject({ diganti: 1, dijadikanNilai: 0, lembar: ["Catatan"], syncs: 2 });
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
    s.resetCounters();
    const lagi = await bagikanTanpaAddin();
    expect(lagi).toEqual({ diganti: 0, dijadikanNilai: 0, lembar: [], syncs: 1 });
  });

  it("reads the sheet list again when a planned sheet is gone", async () => {
    await siapkan("Triwulan", false);
    await bagikanTanpaAddin();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Catatan").delete();
      await context.sync();
    });
    s.addSheet("Baru");
    await s.userEdit("Baru", "A1", [["=LKJ.CAPAIAN(4,2)"]]);
    const hasil = await bagikanTanpaAddin();
    expect(hasil.diganti).toBe(1);
    expect(s.cell("Baru", "A1").formula).toBe(toNativeFormula("=LKJ.CAPAIAN(4,2)"));
  });

  it("fires no change events and leaves events on", async () => {
    await siapkan("Triwulan");
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(e);
      });
      await context.sync();
    });
    await bagikanTanpaAddin();
    await s.settle();
    expect(seen).toEqual([]);
    const on = await Excel.run(async (context) => {
      const r = context.runtime.load("enableEvents");
      await context.sync();
      return r.enableEvents;
    });
    expect(on).toBe(true);
  });

  it("turns events back on when Excel refuses the write", async () => {
    await siapkan("Triwulan", false);
    s.setEvaluator(() => {
      throw new Error("Excel menolak rumus");
    });
    await expect(bagikanTanpaAddin()).rejects.toThrow("Excel menolak rumus");
    const on = await Excel.run(async (context) => {
      const r = context.runtime.load("enableEvents");
      await context.sync();
      return r.enableEvents;
    });
    expect(on).toBe(true);
  });
});

describe("kembalikanRumusLkj", () => {
  it.each(["Triwulan", "Tahunan"] as const)(
    "%s: bagikan then kembalikan gives back the workbook as it was",
    async (jenis) => {
      await siapkan(jenis, false);
      // A user's own formulas in contract columns stay what they are.
      const ket = kolom(jenis, "Kinerja", "Keterangan");
      await s.userEdit("Kinerja", `${ket}2`, [["=SUM(1,1)"]]);
      const sebelum = foto();
      const template = selLkj().filter((a) => !a.startsWith("Catatan!"));

      const bagikan = await bagikanTanpaAddin();
      expect(bagikan.dijadikanNilai).toBe(1); // TERBILANG in Catatan
      s.resetCounters();
      const hasil = await kembalikanRumusLkj();
      expect(hasil.dikembalikan).toBe(template.length);
      expect(hasil.syncs).toBe(2);
      expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
      // Catatan's cells are not in a contract column: they stay native / values.
      const sesudah = JSON.parse(foto()) as unknown[];
      const asal = JSON.parse(sebelum) as unknown[];
      const iCatatan = s.sheetNames().indexOf("Catatan");
      sesudah.splice(iCatatan, 1);
      asal.splice(iCatatan, 1);
      expect(sesudah).toEqual(asal);
      expect(s.cell("Kinerja", `${ket}2`).formula).toBe("=SUM(1,1)");
    }
  );

  it("keeps a native formula the user changed", async () => {
    await siapkan("Triwulan", false);
    await bagikanTanpaAddin();
    const cap = kolom("Triwulan", "Kinerja", "Capaian");
    await s.userEdit("Kinerja", `${cap}2`, [["=[@Realisasi]/[@Target]"]]);
    const hasil = await kembalikanRumusLkj();
    expect(s.cell("Kinerja", `${cap}2`).formula).toBe("=[@Realisasi]/[@Target]");
    // Predikat, Serapan and Efisiensi of the one blank row come back.
    expect(hasil.dikembalikan).toBe(3);
    const pred = kolom("Triwulan", "Kinerja", "Predikat");
    expect(s.cell("Kinerja", `${pred}2`).formula).toBe(lkj("Kinerja", "Predikat"));
  });

  it("finds nothing to do in a workbook that still has its LKJ formulas", async () => {
    await siapkan("Triwulan");
    const sebelum = foto();
    const hasil = await kembalikanRumusLkj();
    expect(hasil.dikembalikan).toBe(0);
    expect(foto()).toBe(sebelum);
    expect(s.syncLog.every((e) => e.kind === "read")).toBe(true);
  });
});
