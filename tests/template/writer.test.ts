// The exceljs template writer and `lkj templat`: what the file holds when read
// back (exceljs), that LibreOffice opens it, and that the native formulas of
// `--rumus bawaan` compute in LibreOffice what the custom functions compute.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { execFileSync } from "child_process";
import { run } from "../../src/cli/main";
import { sheetsFor, definedNames } from "../../src/core/template";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { stripTableColumnChildren, xlsxForExceljs } from "../../src/adapters/file/xlsx-compat";
import { hitungCapaian } from "../../src/core/kinerja/capaian";
import { getPreset, predikat } from "../../src/core/kinerja/predikat";
import { hitungSerapan } from "../../src/core/kinerja/anggaran";
import { convert, libreOfficeSkipReason, recalcXlsx } from "../support/libreoffice";
import { tangkapIo } from "../cli/contoh";

const dir = mkdtempSync(join(tmpdir(), "lkj-templat-"));

// exceljs declares its own Buffer type; Node's Buffer is what it takes at run time.
function asExcelBuffer(buf: Buffer): ExcelJS.Buffer {
  return buf as unknown as ExcelJS.Buffer;
}

async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelBuffer(await xlsxForExceljs(readFileSync(path))));
  return wb;
}

interface TableInfo {
  name: string;
  ref: string;
  headers: string[];
}

function tablesOf(ws: ExcelJS.Worksheet): TableInfo[] {
  return ws.getTables().map((entry) => {
    const t = (entry as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } })
      .table;
    return {
      name: t.name,
      ref: t.ref ?? t.tableRef ?? "",
      headers: t.columns.map((c) => c.name),
    };
  });
}

const messages: Record<string, string> = {};

beforeAll(async () => {
  for (const jenis of ["triwulan", "tahunan"]) {
    const io = tangkapIo();
    const code = await run(
      ["templat", "--jenis", jenis, "-o", join(dir, `templat-${jenis}.xlsx`)],
      io
    );
    messages[jenis] = `${code} ${io.stdout}${io.stderr}`;
  }
});

describe("lkj templat", () => {
  it.each(["triwulan", "tahunan"] as const)(
    "writes the %s template: every contract sheet, table and header, exactly",
    async (jenis) => {
      const out = join(dir, `templat-${jenis}.xlsx`);
      expect(messages[jenis]).toMatch(/^0 Templat .* ditulis ke /);
      const wb = await openXlsx(out);
      const expected = sheetsFor(jenis === "triwulan" ? "Triwulan" : "Tahunan");
      expect(wb.worksheets.map((w) => w.name)).toEqual(expected.map((s) => s.name));
      for (const sheet of expected) {
        const ws = wb.getWorksheet(sheet.name);
        expect(ws).toBeDefined();
        const tables = tablesOf(ws as ExcelJS.Worksheet);
        expect(tables.map((t) => t.name)).toEqual([sheet.table.name]);
        expect(tables[0].headers).toEqual(sheet.table.columns.map((c) => c.header));
      }
    }
  );

  it("Tahunan extras appear only in the Tahunan template", async () => {
    const tw = await openXlsx(join(dir, "templat-triwulan.xlsx"));
    const th = await openXlsx(join(dir, "templat-tahunan.xlsx"));
    for (const extra of ["IKM", "Tren Kinerja", "SDM", "Pembanding"]) {
      expect(tw.getWorksheet(extra)).toBeUndefined();
      expect(th.getWorksheet(extra)).toBeDefined();
    }
  });

  it("computed columns hold LKJ formulas in the saved form, or native formulas with --rumus bawaan", async () => {
    const native = join(dir, "templat-bawaan.xlsx");
    expect(await run(["templat", "--rumus", "bawaan", "-o", native], tangkapIo())).toBe(0);
    const lkj = await openXlsx(join(dir, "templat-triwulan.xlsx"));
    const bawaan = await openXlsx(native);
    const formulaIn = (wb: ExcelJS.Workbook, sheet: string, header: string): string => {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      const col = tablesOf(ws)[0].headers.indexOf(header) + 1;
      const cell = ws.getRow(2).getCell(col);
      return (cell.value as ExcelJS.CellFormulaValue).formula;
    };
    expect(formulaIn(lkj, "Kinerja", "Capaian")).toMatch(/_xldudf_LKJ_CAPAIAN\(/);
    expect(formulaIn(lkj, "Anggaran", "Serapan")).toMatch(/_xldudf_LKJ_SERAPAN\(/);
    for (const [sheet, header] of [
      ["Kinerja", "Capaian"],
      ["Kinerja", "Predikat"],
      ["Anggaran", "Serapan"],
      ["Anggaran", "Efisiensi"],
    ]) {
      const f = formulaIn(bawaan, sheet, header);
      expect(f.length).toBeGreaterThan(0);
      expect(f).not.toMatch(/LKJ\.|_xldudf_/);
    }
  });

  it("defined names point at the Profil values", async () => {
    const wb = await openXlsx(join(dir, "templat-triwulan.xlsx"));
    for (const n of definedNames()) {
      const ranges = wb.definedNames.getRanges(n.name).ranges;
      expect(ranges.map((r) => r.replace(/\$/g, ""))).toContain(
        `${n.sheet}!${n.address.replace(/\$/g, "")}`
      );
    }
  });

  it("dropdowns guard closed lists (Arah, Tingkat)", async () => {
    const wb = await openXlsx(join(dir, "templat-triwulan.xlsx"));
    const ws = wb.getWorksheet("Kinerja") as ExcelJS.Worksheet;
    const headers = tablesOf(ws)[0].headers;
    const arah = ws.getRow(2).getCell(headers.indexOf("Arah") + 1).dataValidation;
    expect(arah?.type).toBe("list");
    expect(String(arah?.formulae?.[0])).toMatch(/Naik/);
    expect(String(arah?.formulae?.[0])).toMatch(/Turun/);
  });

  it.each([
    [["templat"], /-o/],
    [["templat", "-o", join(dir, "x.txt")], /\.xlsx/],
    [["templat", "--jenis", "bulanan", "-o", join(dir, "x.xlsx")], /jenis/i],
    [["templat", "--rumus", "makro", "-o", join(dir, "x.xlsx")], /rumus/i],
    [["templat", "--jenis", "tahunan", "--periode", "II", "-o", join(dir, "x.xlsx")], /periode/i],
  ])("refuses bad arguments %j with one Indonesian line and exit 2", async (argv, pesan) => {
    const io = tangkapIo();
    const code = await run(argv, io);
    expect(code).toBe(2);
    expect(io.stderr).toMatch(pesan);
    expect(io.stderr).not.toMatch(/\n\s+at /);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--help is Indonesian and exits 0", async () => {
    const io = tangkapIo();
    expect(await run(["templat", "--help"], io)).toBe(0);
    expect(io.stdout).toMatch(/--jenis/);
    expect(io.stdout).toMatch(/triwulan/i);
  });
});

const skip = libreOfficeSkipReason();
const describeLo = skip ? describe.skip : describe;
if (skip) console.log(skip);

// Synthetic cases: every branch of the native CAPAIAN and PREDIKAT formulas.
interface Kasus {
  arah: "Naik" | "Turun";
  target: number;
  realisasi: number;
}
const KASUS: Kasus[] = [
  { arah: "Naik", target: 100, realisasi: 97.36 },
  { arah: "Naik", target: 12, realisasi: 12 },
  { arah: "Naik", target: 12, realisasi: 15 },
  { arah: "Naik", target: 0.85, realisasi: 0.7604 },
  { arah: "Naik", target: 0, realisasi: 0 },
  { arah: "Naik", target: 40, realisasi: 20.4 },
  { arah: "Naik", target: 40, realisasi: 26.4 },
  { arah: "Naik", target: 40, realisasi: 30.4 },
  { arah: "Naik", target: 40, realisasi: 36.4 },
  { arah: "Naik", target: 40, realisasi: 36.39 },
  { arah: "Turun", target: 10, realisasi: 8 },
  { arah: "Turun", target: 10, realisasi: 12 },
  { arah: "Turun", target: 10, realisasi: 25 },
  { arah: "Turun", target: 0.05, realisasi: 0.0462 },
];

describeLo("LibreOffice", () => {
  it("converts the Tahunan template to PDF", async () => {
    const res = await convert(join(dir, "templat-tahunan.xlsx"), "pdf");
    const pdf = res.files.find((f) => f.endsWith(".pdf")) as string;
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    try {
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      expect(text).toMatch(/Indikator Kinerja/);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      console.log("pdftotext tidak ada: isi PDF tidak diperiksa");
    }
  });

  it("native formulas give the custom functions' capaian, predikat and serapan", async () => {
    const kinerja = KASUS.map((k, i) => ({
      No: String(i + 1),
      Tingkat: "Sasaran",
      "Indikator Kinerja": `Indikator uji ${i + 1}`,
      Satuan: "angka",
      Arah: k.arah,
      Target: k.target,
      Realisasi: k.realisasi,
    }));
    const anggaran = [
      {
        No: "1",
        Tingkat: "Program",
        Uraian: "Program uji",
        Pagu: 13_600_000,
        Realisasi: 9_813_500,
      },
      { No: "2", Tingkat: "Program", Uraian: "Program dua", Pagu: 250_000, Realisasi: 250_000 },
    ];
    const buf = await writeTemplateBuffer({
      jenis: "Triwulan",
      rumus: "bawaan",
      periode: 3,
      tahun: 2023,
      skala: "PERMENDAGRI86",
      data: { Kinerja: kinerja, Anggaran: anggaran },
    });
    const file = join(dir, "bawaan-kasus.xlsx");
    writeFileSync(file, buf);
    const recalculated = await openXlsx(await recalcXlsx(file));
    const ws = recalculated.getWorksheet("Kinerja") as ExcelJS.Worksheet;
    const headers = tablesOf(ws)[0].headers;
    // cell.result, not cell.value.result: exceljs drops a cached 0 from the value object.
    const nilai = (row: number, header: string): unknown =>
      ws.getRow(row).getCell(headers.indexOf(header) + 1).result;
    const skala = getPreset("PERMENDAGRI86");
    if (!skala.ok) throw new Error(skala.error.message);
    KASUS.forEach((k, i) => {
      const core = hitungCapaian(k.target, k.realisasi, { arah: k.arah, batas: null });
      if (!core.ok) throw new Error(core.error.message);
      const capaian = nilai(i + 2, "Capaian");
      expect(typeof capaian).toBe("number");
      expect(capaian as number).toBeCloseTo(core.value, 12);
      const p = predikat(core.value, skala.value);
      expect(p.ok && nilai(i + 2, "Predikat")).toBe(p.ok && p.value);
    });
    const wa = recalculated.getWorksheet("Anggaran") as ExcelJS.Worksheet;
    const ha = tablesOf(wa)[0].headers;
    anggaran.forEach((a, i) => {
      const v = wa.getRow(i + 2).getCell(ha.indexOf("Serapan") + 1).result;
      const core = hitungSerapan(a.Pagu, a.Realisasi);
      expect(core.ok && (v as number)).toBeCloseTo(core.ok ? core.value : NaN, 12);
    });
  });
});

describe("xlsxForExceljs", () => {
  it("drops only the children exceljs cannot parse, keeping every table column", () => {
    const xml =
      '<table><tableColumns count="3"><tableColumn id="1" name="Target"/>' +
      '<tableColumn id="2" name="Capaian"><calculatedColumnFormula>LKJ.CAPAIAN([@Target],[@Realisasi])</calculatedColumnFormula></tableColumn>' +
      '<tableColumn id="3" name="Jumlah"><totalsRowFormula>SUBTOTAL(109,[Jumlah])</totalsRowFormula></tableColumn>' +
      "</tableColumns></table>";
    const out = stripTableColumnChildren(xml);
    expect(out).toBe(
      '<table><tableColumns count="3"><tableColumn id="1" name="Target"/>' +
        '<tableColumn id="2" name="Capaian"/><tableColumn id="3" name="Jumlah"/>' +
        "</tableColumns></table>"
    );
  });

  it("makes the written template loadable by exceljs, which fails on it as written", async () => {
    const buf = await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj" });
    await expect(new ExcelJS.Workbook().xlsx.load(asExcelBuffer(buf))).rejects.toThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(asExcelBuffer(await xlsxForExceljs(buf)));
    expect(tablesOf(wb.getWorksheet("Kinerja") as ExcelJS.Worksheet)[0].headers).toContain(
      "Capaian"
    );
  });
});
