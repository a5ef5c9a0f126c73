// "Siapkan Lembar" against the Excel stand-in: what an empty workbook gets
// (sheets, tables, headers, formulas, formats, dropdowns, prompts, colours,
// print setup, names) for Triwulan and Tahunan, in at most 3 round trips with
// calculation and events suspended; and that a second run on a filled
// workbook changes no user cell, adds only what is missing (sheet, column,
// formula in an empty computed cell, Profil row or value) and leaves a
// foreign sheet with a contract name alone.
import { rumusKolom } from "../../src/core/formulas";
import { tabelDalamRumus } from "../../src/core/formulas/bagikan";
import {
  FORMAT_PERSEN,
  FORMAT_RUPIAH,
  FORMAT_TANGGAL,
  columnLetter,
  findColumn,
  predikatColors,
  profilFields,
  profilRow,
  sheetsFor,
} from "../../src/core/template";
import type { JenisLaporan } from "../../src/core/types";
import { type ScaffoldOptions, scaffold } from "../../src/office/scaffold";
import { ringkasHasil } from "../../src/taskpane/siapkan-form";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const ANGGARAN_TW = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"];
const TEMPEH = contoh("tempeh-kasi-pemerintahan-2023-tw3");

let s: Standin;
let uninstall: () => void;
/** Formulas written where Excel would refuse them (a missing table, [@x] outside a table). */
let ditolak: string[];

beforeEach(() => {
  s = createStandin();
  uninstall = installGlobals(s);
  ditolak = [];
  s.setEvaluator((sheet, address, formula) => {
    const tables = s.tableNames().map((t) => t.toLowerCase());
    for (const t of tabelDalamRumus(formula)) {
      if (!tables.includes(t.toLowerCase())) ditolak.push(`${sheet}!${address}: ${t}`);
    }
    if (formula.includes("[@")) {
      const inTable = s.model.tables.some((t) => {
        if (t.sheet.name !== sheet) return false;
        const a = s.tableAddress(t.name) ?? "";
        return cellIn(address, a);
      });
      if (!inTable) ditolak.push(`${sheet}!${address}: [@] di luar tabel`);
    }
    return "";
  });
});

afterEach(() => uninstall());

function cellIn(cell: string, range: string): boolean {
  const p = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { c, r: Number(m[2]) };
  };
  const [a, b] = range.split(":");
  const x = p(cell);
  const lo = p(a);
  const hi = p(b ?? a);
  return x.c >= lo.c && x.c <= hi.c && x.r >= lo.r && x.r <= hi.r;
}

function opsi(jenis: JenisLaporan, extra: Partial<ScaffoldOptions> = {}): ScaffoldOptions {
  return {
    jenis,
    periode: jenis === "Triwulan" ? 3 : null,
    tahun: 2023,
    skala: "PERMENDAGRI86",
    ...extra,
  };
}

function lkj(table: string, header: string): string {
  const col = findColumn(table, header);
  if (!col?.formula) throw new Error(`${table}/${header}`);
  const r = rumusKolom(col.formula, table, "lkj", "ringkas");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Column letter of a contract header in a table the scaffold created (table at A1). */
function kolom(jenis: JenisLaporan, table: string, header: string): string {
  const def = sheetsFor(jenis).find((d) => d.table.name === table);
  const j = def?.table.columns.findIndex((c) => c.header === header) ?? -1;
  if (j < 0) throw new Error(`${table}/${header}`);
  return columnLetter(j);
}

/** Every sheet's cells, layout, validation and conditional formats. */
function foto(): string {
  return JSON.stringify(
    s.sheetNames().map((name) => ({
      name,
      cells: s.snapshot(name),
      info: s.sheetInfo(name),
      cf: s.conditionalFormats(name),
    }))
  );
}

async function eventsEnabled(): Promise<boolean> {
  return Excel.run(async (context) => {
    const r = context.runtime.load("enableEvents");
    await context.sync();
    return r.enableEvents;
  });
}

describe.each(["Triwulan", "Tahunan"] as const)("empty workbook, %s", (jenis) => {
  it("creates every sheet and table of the contract with its headers, in ≤ 3 round trips", async () => {
    const hasil = await scaffold(opsi(jenis));
    const defs = sheetsFor(jenis);
    expect(s.sheetNames()).toEqual(defs.map((d) => d.name));
    expect(hasil.sheetsCreated).toEqual(defs.map((d) => d.name));
    expect(s.tableNames().sort()).toEqual(defs.map((d) => d.table.name).sort());
    for (const d of defs) {
      const headers = s.snapshot(d.name, `A1:${columnLetter(d.table.columns.length - 1)}1`);
      expect(headers.values[0]).toEqual(d.table.columns.map((c) => c.header));
      expect(s.tableAddress(d.table.name)).toMatch(/^A1:/);
    }
    expect(s.sheetNames().includes("IKM")).toBe(jenis === "Tahunan");
    expect(
      sheetsFor(jenis)
        .find((d) => d.name === "Kinerja")
        ?.table.columns.some((c) => c.header === "Target Awal")
    ).toBe(jenis === "Tahunan");
    expect(hasil.syncs).toBeLessThanOrEqual(3);
    expect(s.stats.syncs).toBe(hasil.syncs);
    const write = s.syncLog.filter((e) => e.kind === "write");
    expect(write).toHaveLength(1);
    expect(write[0].calcSuspended).toBe(true);
    expect(ditolak).toEqual([]);
    expect(await eventsEnabled()).toBe(true);
  });

  it("writes LKJ formulas with structured references in the computed columns", async () => {
    const hasil = await scaffold(opsi(jenis));
    const cap = kolom(jenis, "Kinerja", "Capaian");
    const pred = kolom(jenis, "Kinerja", "Predikat");
    expect(s.cell("Kinerja", `${cap}2`).formula).toBe(lkj("Kinerja", "Capaian"));
    expect(s.cell("Kinerja", `${cap}2`).formula).toContain("LKJ.CAPAIAN([@Target]");
    expect(s.cell("Kinerja", `${pred}2`).formula).toBe(lkj("Kinerja", "Predikat"));
    for (const h of ["Serapan", "Capaian Kinerja", "Efisiensi"]) {
      expect(s.cell("Anggaran", `${kolom(jenis, "Anggaran", h)}2`).formula).toBe(
        lkj("Anggaran", h)
      );
    }
    expect(hasil.formulasFilled).toBe(5);
    expect(hasil.formulasSkipped).toEqual([]);
  });

  it("sets number formats, widths, wrapping, frozen header, print setup", async () => {
    await scaffold(opsi(jenis));
    expect(s.cell("Kinerja", `${kolom(jenis, "Kinerja", "Capaian")}2`).numberFormat).toBe(
      FORMAT_PERSEN
    );
    expect(FORMAT_PERSEN).toBe("0.00%");
    expect(s.cell("Anggaran", `${kolom(jenis, "Anggaran", "Pagu")}2`).numberFormat).toBe(
      FORMAT_RUPIAH
    );
    expect(FORMAT_RUPIAH).toBe('"Rp"#,##0');
    expect(s.cell("Kinerja", "A2").numberFormat).toBe("@");
    expect(s.cell("Profil", `B${profilRow("Tanggal Laporan")}`).numberFormat).toBe(FORMAT_TANGGAL);
    expect(s.cell("Profil", `B${profilRow("NIP")}`).numberFormat).toBe("@");
    const sasaran = kolom(jenis, "Kinerja", "Sasaran");
    expect(s.cell("Kinerja", `${sasaran}2`).format.wrapText).toBe(true);
    expect(s.cell("Kinerja", "A2").format.wrapText).toBe(false);
    expect(s.cell("Kinerja", "A1").format.fontBold).toBe(true);
    for (const d of sheetsFor(jenis)) {
      const info = s.sheetInfo(d.name);
      expect(info.freezeRows).toBe(1);
      expect(info.pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(info.printTitleRows).toBe("$1:$1");
    }
    const widths = s.sheetInfo("Kinerja").columnWidths;
    // Indikator Kinerja (42 characters) is wider than No (6).
    expect(widths[kolom(jenis, "Kinerja", "Indikator Kinerja")]).toBeGreaterThan(widths.A * 4);
  });

  it("guards closed lists with dropdowns, gives prompts and colours Predikat by band", async () => {
    await scaffold(opsi(jenis));
    const dv = (sheet: string, col: string) =>
      s.sheetInfo(sheet).dataValidations.find((d) => d.address.startsWith(`${col}2`));
    const arah = dv("Kinerja", kolom(jenis, "Kinerja", "Arah"));
    expect(arah?.rule).toEqual({ list: { inCellDropDown: true, source: "Naik,Turun" } });
    expect(arah?.prompt).toMatchObject({ showPrompt: true, title: "Arah indikator" });
    expect(dv("Kinerja", kolom(jenis, "Kinerja", "Tingkat"))?.rule).toEqual({
      list: { inCellDropDown: true, source: "Tujuan,Sasaran,Program,Kegiatan,Sub Kegiatan" },
    });
    const profil = s.sheetInfo("Profil").dataValidations;
    const at = (isian: string) => profil.find((d) => d.address === `B${profilRow(isian)}`);
    expect(at("Jenis Laporan")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Triwulan,Tahunan" },
    });
    expect(at("Periode")?.rule).toEqual({ list: { inCellDropDown: true, source: "I,II,III,IV" } });
    expect(JSON.stringify(at("Skala Predikat")?.rule)).toContain("PERMENDAGRI86");
    const pred = kolom(jenis, "Kinerja", "Predikat");
    const cf = s.conditionalFormats("Kinerja", `${pred}2`);
    expect(cf).toHaveLength(predikatColors().length);
    const warna = predikatColors()[0];
    expect(cf.map((c) => c.data)).toContainEqual({
      cellValue: {
        format: { fill: { color: warna.fill }, font: { color: warna.font } },
        rule: { formula1: `="${warna.label}"`, operator: "EqualTo" },
      },
    });
    expect(s.conditionalFormats("Kinerja", "A2")).toEqual([]);
  });

  it("fills Profil from the form and names the settings", async () => {
    s.addSheet("Catatan");
    const hasil = await scaffold(opsi(jenis, { tahun: 2024, skala: "BAIK5" }));
    const nilai = (isian: string) => s.cell("Profil", `B${profilRow(isian)}`).value;
    expect(nilai("Jenis Laporan")).toBe(jenis);
    expect(nilai("Periode")).toBe(jenis === "Triwulan" ? "III" : "");
    expect(nilai("Tahun")).toBe(2024);
    expect(nilai("Skala Predikat")).toBe("BAIK5");
    expect(s.cell("Profil", `C${profilRow("Tahun")}`).value).toMatch(/Tahun laporan/);
    expect(s.names()).toMatchObject({
      LKJ_BatasCapaian: `=Profil!$B$${profilRow("Batas Capaian")}`,
      LKJ_SkalaPredikat: `=Profil!$B$${profilRow("Skala Predikat")}`,
    });
    expect(hasil.namesAdded).toContain("LKJ_BatasCapaian");
    expect(s.model.activeSheet).toBe("Profil");
  });
});

describe("a second run", () => {
  it("on a filled workbook changes no user cell and writes nothing", async () => {
    for (const jenis of ["Triwulan", "Tahunan"] as const) {
      s = createStandin();
      uninstall();
      uninstall = installGlobals(s);
      await scaffold(opsi(jenis, { contoh: TEMPEH }));
      // The user works on the report.
      const cap = kolom(jenis, "Kinerja", "Capaian");
      await s.userEdit("Kinerja", `${kolom(jenis, "Kinerja", "Realisasi")}2`, [[3]]);
      await s.userEdit("Kinerja", `${cap}3`, [[0.5]]);
      await s.userEdit("Profil", `B${profilRow("Tahun")}`, [[2030]]);
      await s.userEdit("Anggaran", "C2", [['=UPPER("x")']]);
      const sebelum = foto();
      s.resetCounters();
      const hasil = await scaffold(opsi(jenis, { tahun: 2023, contoh: TEMPEH }));
      expect(foto()).toBe(sebelum);
      expect(hasil.sheetsCreated).toEqual([]);
      expect(hasil.columnsAdded).toEqual([]);
      expect(hasil.formulasFilled).toBe(0);
      expect(hasil.profilFilled).toEqual([]);
      expect(hasil.sheetsSkipped).toEqual(sheetsFor(jenis).map((d) => d.name));
      expect(hasil.syncs).toBe(2);
      expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "read"]);
    }
  });

  it("keeps the example's typed figures and text keys as they were typed", async () => {
    await scaffold(opsi("Triwulan", { contoh: TEMPEH }));
    const rows = TEMPEH.tables.Kinerja;
    const target = kolom("Triwulan", "Kinerja", "Target");
    expect(s.cell("Kinerja", `${target}2`).value).toBe(rows[0].Target);
    expect(s.cell("Kinerja", "A2").value).toBe(rows[0].No);
    const cap = kolom("Triwulan", "Kinerja", "Capaian");
    // A typed Capaian in the example is the reported value: no formula over it.
    expect(s.cell("Kinerja", `${cap}2`)).toMatchObject({ formula: null, value: rows[0].Capaian });
    expect(ditolak).toEqual([]);
  });

  it("gives the cells the example typed with % the percent format, and only those", async () => {
    const rule = TEMPEH.formatPersen?.find((p) => p.table === "Kinerja");
    expect(rule).toEqual({ table: "Kinerja", kolom: ["Realisasi"], baris: [2] });
    await scaffold(opsi("Triwulan", { contoh: TEMPEH }));
    const realisasi = kolom("Triwulan", "Kinerja", "Realisasi");
    const target = kolom("Triwulan", "Kinerja", "Target");
    // Body row 2 is sheet row 4.
    expect(s.cell("Kinerja", `${realisasi}4`).numberFormat).toBe(FORMAT_PERSEN);
    expect(s.cell("Kinerja", `${realisasi}3`).numberFormat).not.toBe(FORMAT_PERSEN);
    expect(s.cell("Kinerja", `${target}4`).numberFormat).not.toBe(FORMAT_PERSEN);
    expect(ditolak).toEqual([]);
  });

  it("adds a missing sheet, a missing column and the formula of an empty computed cell", async () => {
    await scaffold(opsi("Triwulan", { contoh: TEMPEH }));
    const cap = kolom("Triwulan", "Kinerja", "Capaian");
    // The user empties one Capaian cell and deletes the Strategi sheet and the Keterangan column.
    await s.userEdit("Kinerja", `${cap}3`, [[""]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Strategi").delete();
      context.workbook.tables.getItem("Kinerja").columns.getItem("Keterangan").delete();
      await context.sync();
    });
    const kinerjaSebelum = s.snapshot("Kinerja");
    s.resetCounters();
    const hasil = await scaffold(opsi("Triwulan"));
    expect(hasil.sheetsCreated).toEqual(["Strategi"]);
    expect(hasil.columnsAdded).toEqual([{ table: "Kinerja", column: "Keterangan" }]);
    expect(hasil.formulasFilled).toBe(1);
    expect(hasil.syncs).toBe(3);
    expect(s.cell("Kinerja", `${cap}3`).formula).toBe(lkj("Kinerja", "Capaian"));
    // Every other cell of Kinerja is as it was; the new column is appended at the right.
    const sesudah = s.snapshot("Kinerja");
    kinerjaSebelum.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        if (i === 2 && columnLetter(j) === cap) return;
        expect(sesudah.formulas[i][j]).toEqual(f);
      })
    );
    const last = columnLetter(kinerjaSebelum.values[0].length);
    expect(s.cell("Kinerja", `${last}1`).value).toBe("Keterangan");
    expect(s.sheetNames()).toContain("Strategi");
    expect(ditolak).toEqual([]);
  });

  it("fills a missing computed column with its formula in every row", async () => {
    s.seed({
      tables: [
        {
          sheet: "Anggaran",
          name: "Anggaran",
          address: "A1",
          headers: ["No", "Tingkat", "Uraian", "Pagu", "Realisasi"],
          values: [
            ["1", "Program", "Program A", 1000, 500],
            ["2", "Program", "Program B", 2000, 2000],
          ],
        },
      ],
    });
    const hasil = await scaffold(opsi("Triwulan"));
    const added = (hasil.columnsAdded ?? []).map((c) => c.column);
    expect(added).toEqual(
      expect.arrayContaining(["Serapan", "Capaian Kinerja", "Efisiensi", "No Kinerja"])
    );
    const snap = s.snapshot("Anggaran");
    const j = snap.values[0].indexOf("Serapan");
    expect(snap.formulas[1][j]).toBe(lkj("Anggaran", "Serapan"));
    expect(snap.formulas[2][j]).toBe(lkj("Anggaran", "Serapan"));
    expect(snap.values.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ["1", "Program", "Program A", 1000, 500],
      ["2", "Program", "Program B", 2000, 2000],
    ]);
    expect(ditolak).toEqual([]);
  });

  it("does not add columns over cells right of the table", async () => {
    s.seed({
      tables: [
        {
          sheet: "Anggaran",
          name: "Anggaran",
          address: "A1",
          headers: ["No", "Tingkat", "Uraian", "Pagu", "Realisasi"],
          values: [["1", "Program", "Program A", 1000, 500]],
        },
      ],
    });
    s.setCells("Anggaran", "G2", { values: [["catatan saya"]] });
    const sebelum = s.snapshot("Anggaran", "A1:Z5");
    const hasil = await scaffold(opsi("Triwulan"));
    // Excel inserts cells for a new table column: the note would move, so nothing is added.
    expect(hasil.columnsAdded).toEqual([]);
    expect(hasil.columnsBlocked).toEqual(
      [
        "No Kinerja",
        ...ANGGARAN_TW,
        "Serapan",
        "Capaian Kinerja",
        "Efisiensi",
        "Sumber Dana",
        "Keterangan",
      ].map((column) => ({ table: "Anggaran", column }))
    );
    expect(s.snapshot("Anggaran", "A1:Z5")).toEqual(sebelum);
    // Nothing was written to it, yet it is not complete: the summary says what is missing.
    expect(hasil.sheetsSkipped).not.toContain("Anggaran");
    const ringkasan = ringkasHasil(hasil);
    expect(ringkasan.tertahan).toBe(true);
    expect(ringkasan.baris).toContainEqual(
      expect.stringMatching(
        /^Kolom belum ditambahkan di tabel Anggaran \(10\): No Kinerja, .* dan Keterangan\. Sel di kanan tabel itu sudah berisi/
      )
    );
    expect(ringkasan.baris.join(" ")).not.toMatch(/Sudah lengkap.*Anggaran|Semua lembar/);
    expect(ditolak).toEqual([]);
  });

  it("leaves a foreign sheet with a contract name alone and reports it", async () => {
    s.addSheet("Kinerja");
    s.setCells("Kinerja", "A1:B2", {
      values: [
        ["Catatan", "Nilai"],
        ["rapat", 3],
      ],
    });
    s.addSheet("Skala");
    s.setCells("Skala", "A1", { values: [["punya saya"]] });
    const sebelum = JSON.stringify([s.snapshot("Kinerja"), s.snapshot("Skala")]);
    const hasil = await scaffold(opsi("Triwulan"));
    expect(hasil.foreignSheets).toEqual(["Kinerja", "Skala"]);
    expect(JSON.stringify([s.snapshot("Kinerja"), s.snapshot("Skala")])).toBe(sebelum);
    expect(s.tableNames()).not.toContain("Kinerja");
    // Capaian Kinerja reads the Kinerja table, which is not there: no formula Excel would refuse.
    expect(hasil.formulasSkipped).toEqual([{ table: "Anggaran", column: "Capaian Kinerja" }]);
    expect(ditolak).toEqual([]);
  });

  it("gives Predikat the plain formula when the Skala table cannot be made", async () => {
    s.addSheet("Skala");
    s.setCells("Skala", "A1", { values: [["punya saya"]] });
    await scaffold(opsi("Triwulan"));
    const pred = kolom("Triwulan", "Kinerja", "Predikat");
    expect(s.cell("Kinerja", `${pred}2`).formula).toBe(
      "=LKJ.PREDIKAT([@Capaian],LKJ_SkalaPredikat)"
    );
    expect(ditolak).toEqual([]);
  });

  it("puts the form's Profil values only into empty Nilai cells and adds missing fields", async () => {
    s.seed({
      tables: [
        {
          sheet: "Profil",
          name: "Profil",
          address: "A1",
          headers: ["Isian", "Nilai", "Keterangan"],
          values: [
            ["Jenis Laporan", "Tahunan", ""],
            ["Tahun", "", "tahun"],
            ["Skala Predikat", "BAIK5", ""],
            ["Unit Kerja", "Kecamatan Tempeh", ""],
          ],
        },
      ],
    });
    const hasil = await scaffold(opsi("Triwulan", { tahun: 2024, periode: 2 }));
    const nilai = (row: number) => s.cell("Profil", `B${row}`).value;
    expect([nilai(2), nilai(3), nilai(4), nilai(5)]).toEqual([
      "Tahunan",
      2024,
      "BAIK5",
      "Kecamatan Tempeh",
    ]);
    expect(hasil.profilFilled).toContain("Tahun");
    expect(hasil.profilFilled).toContain("Periode");
    expect(hasil.profilFilled).not.toContain("Jenis Laporan");
    expect(hasil.profilFilled).not.toContain("Skala Predikat");
    // The missing fields are appended below, Periode with the form's value.
    const snap = s.snapshot("Profil");
    const periode = snap.values.findIndex((r) => r[0] === "Periode");
    expect(periode).toBeGreaterThan(4);
    expect(snap.values[periode][1]).toBe("II");
    expect(snap.values.map((r) => r[0])).toContain("Batas Capaian");
    // The names point at the rows where the fields are.
    const batas = snap.values.findIndex((r) => r[0] === "Batas Capaian") + 1;
    expect(s.names().LKJ_BatasCapaian).toBe(`=Profil!$B$${batas}`);
    expect(s.names().LKJ_SkalaPredikat).toBe("=Profil!$B$4");
  });

  it("does not push Profil rows into the user's cells below the table", async () => {
    s.seed({
      tables: [
        {
          sheet: "Profil",
          name: "Profil",
          address: "A1",
          headers: ["Isian", "Nilai", "Keterangan"],
          values: [["Jenis Laporan", "", ""]],
        },
      ],
    });
    s.setCells("Profil", "A9", { values: [["tanda tangan"]] });
    const sebelum = s.snapshot("Profil", "A1:C30");
    const hasil = await scaffold(opsi("Triwulan"));
    // Excel inserts cells for new table rows: the signature line would move, so no row is added.
    expect(s.tableAddress("Profil")).toBe("A1:C2");
    expect(hasil.profilBlocked).toEqual(
      profilFields()
        .slice(1)
        .map((f) => f.isian)
    );
    // The one field there still gets the form's value; nothing else changes.
    expect(s.cell("Profil", "B2").value).toBe("Triwulan");
    const sesudah = s.snapshot("Profil", "A1:C30");
    sesudah.values[1][1] = sebelum.values[1][1];
    expect(sesudah.values).toEqual(sebelum.values);
    expect(s.cell("Profil", "A9").value).toBe("tanda tangan");

    // Run again: nothing more can be written, and Profil is still not reported complete.
    const lagi = await scaffold(opsi("Triwulan"));
    expect(lagi.profilBlocked).toEqual(hasil.profilBlocked);
    expect(lagi.sheetsSkipped).not.toContain("Profil");
    const ringkasan = ringkasHasil(lagi);
    expect(ringkasan.tertahan).toBe(true);
    expect(ringkasan.baris[0]).not.toBe("Semua lembar sudah lengkap; tidak ada yang diubah.");
    expect(ringkasan.baris).toContainEqual(
      expect.stringMatching(/^Isian Profil belum ditambahkan \(\d+\): Periode, Tahun, /)
    );
    expect(s.cell("Profil", "A9").value).toBe("tanda tangan");
  });

  it("turns events back on when Excel refuses the write", async () => {
    s.setEvaluator(() => {
      throw new Error("Excel menolak rumus");
    });
    await expect(scaffold(opsi("Triwulan"))).rejects.toThrow("Excel menolak rumus");
    expect(await eventsEnabled()).toBe(true);
  });

  it("fires no change events and restores them", async () => {
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(e);
      });
      await context.sync();
    });
    await scaffold(opsi("Tahunan", { contoh: TEMPEH }));
    await s.settle();
    expect(seen).toEqual([]);
    expect(await eventsEnabled()).toBe(true);
  });
});
