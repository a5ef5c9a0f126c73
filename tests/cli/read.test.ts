// exceljs reader: tables with headers, values, formulas and formats; cell
// kinds (formula results, rich text, dates, hyperlinks, errors); the no-table
// fallback; unreadable files as BerkasTidakTerbaca; and the template round trip
// write → read → mapWorkbook.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  BerkasTidakTerbaca,
  readWorkbookBuffer,
  readWorkbookFile,
} from "../../src/adapters/file/read";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { mapWorkbook } from "../../src/core/model";
import { CONTOH_DATA } from "./contoh";

const dir = mkdtempSync(join(tmpdir(), "lkj-read-"));

async function simpan(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function alasan(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof BerkasTidakTerbaca) {
      expect(error.message).not.toMatch(/\n|\bat /);
      return error.alasan;
    }
    throw error;
  }
  return "terbaca";
}

describe("tables", () => {
  test("a table not at A1: address, headers, cell kinds, formulas, formats, totals row dropped", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kinerja");
    ws.getCell("A1").value = "judul di luar tabel";
    ws.addTable({
      name: "Kinerja",
      ref: "C3",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "No", totalsRowLabel: "Jumlah" },
        { name: "Teks" },
        { name: "Angka", totalsRowFunction: "sum" },
        { name: "Rumus" },
        { name: "Tanggal" },
      ],
      rows: [
        [
          "1",
          { richText: [{ text: "Persen" }, { text: "tase", font: { bold: true } }] },
          0.85,
          { formula: "E4*2", result: 1.7 },
          new Date(Date.UTC(2023, 8, 30)),
        ],
        [
          "2",
          { text: "tautan", hyperlink: "https://contoh.go.id" },
          null,
          { formula: "1/0", result: { error: "#DIV/0!" } },
          "",
        ],
      ],
    });
    ws.getCell("E4").numFmt = "0.00%";
    const raw = await readWorkbookBuffer(await simpan(wb));
    expect(raw.sheetNames).toEqual(["Kinerja"]);
    expect(raw.tables).toHaveLength(1);
    const t = raw.tables[0];
    expect(t.name).toBe("Kinerja");
    expect(t.sheet).toBe("Kinerja");
    expect(t.address).toBe("C3:G6");
    expect(t.headers).toEqual(["No", "Teks", "Angka", "Rumus", "Tanggal"]);
    expect(t.values).toEqual([
      ["1", "Persentase", 0.85, 1.7, 45199],
      ["2", "tautan", "", "#DIV/0!", ""],
    ]);
    expect(t.formulas).toEqual([
      ["1", "Persentase", 0.85, "=E4*2", 45199],
      ["2", "tautan", "", "=1/0", ""],
    ]);
    expect(t.numberFormats?.[0][2]).toBe("0.00%");
  });

  test("shared formulas are translated to each cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Anggaran");
    ws.addTable({
      name: "Anggaran",
      ref: "A1",
      columns: [{ name: "Pagu" }, { name: "Realisasi" }, { name: "Serapan" }],
      rows: [
        [100, 50, null],
        [200, 150, null],
      ],
    });
    ws.getCell("C2").value = { formula: "B2/A2", result: 0.5 };
    ws.getCell("C3").value = { sharedFormula: "C2", result: 0.75 };
    const raw = await readWorkbookBuffer(await simpan(wb));
    expect(raw.tables[0].formulas.map((r) => r[2])).toEqual(["=B2/A2", "=B3/A3"]);
    expect(raw.tables[0].values.map((r) => r[2])).toEqual([0.5, 0.75]);
  });

  test("no tables at all: contract sheets are read from their used range", async () => {
    const wb = new ExcelJS.Workbook();
    const k = wb.addWorksheet("Kinerja");
    k.addRow(["No", "Indikator Kinerja", "Target", "Realisasi"]);
    k.addRow(["1", "Laporan", 12, 9]);
    k.addRow([]);
    k.addRow(["2", "Dokumen", 4, { formula: "2+2", result: 4 }]);
    const lain = wb.addWorksheet("Catatan");
    lain.addRow(["bukan", "kontrak"]);
    const raw = await readWorkbookBuffer(await simpan(wb));
    expect(raw.sheetNames).toEqual(["Kinerja", "Catatan"]);
    expect(raw.tables.map((t) => t.name)).toEqual(["Kinerja"]);
    const t = raw.tables[0];
    expect(t.address).toBe("A1:D4");
    expect(t.values).toEqual([
      ["1", "Laporan", 12, 9],
      ["", "", "", ""],
      ["2", "Dokumen", 4, 4],
    ]);
    expect(t.formulas[2][3]).toBe("=2+2");
    const m = mapWorkbook(raw);
    expect(m.kinerja.map((x) => x.no.value)).toEqual(["1", "2"]);
    expect(m.kinerja[1].realisasi.ref).toEqual({ sheet: "Kinerja", address: "D4" });
  });
});

describe("unreadable files", () => {
  test("missing file, folder", async () => {
    expect(await alasan(readWorkbookFile(join(dir, "tidak-ada.xlsx")))).toBe("TIDAK_ADA");
    expect(await alasan(readWorkbookFile(dir))).toBe("BUKAN_BERKAS");
  });

  test("empty, text renamed .xlsx, zip without a workbook", async () => {
    expect(await alasan(readWorkbookBuffer(Buffer.alloc(0)))).toBe("KOSONG");
    expect(await alasan(readWorkbookBuffer(Buffer.from("No;Target\n1;12\n")))).toBe("BUKAN_XLSX");
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const docx = await zip.generateAsync({ type: "nodebuffer" });
    expect(await alasan(readWorkbookBuffer(docx))).toBe("BUKAN_XLSX");
  });

  test("truncated zip is RUSAK", async () => {
    const good = await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj" });
    const path = join(dir, "terpotong.xlsx");
    writeFileSync(path, good.subarray(0, Math.floor(good.length / 2)));
    expect(await alasan(readWorkbookFile(path))).toBe("RUSAK");
  });

  test("CFB files: encrypted OOXML is BERSANDI, other OLE files are old .xls", async () => {
    const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([
      magic,
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    expect(await alasan(readWorkbookBuffer(encrypted))).toBe("BERSANDI");
    const xls = Buffer.concat([magic, Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]);
    expect(await alasan(readWorkbookBuffer(xls))).toBe("XLS_LAMA");
  });
});

describe("template round trip: write → read → mapWorkbook", () => {
  test("every contract table comes back with the data written", async () => {
    const buf = await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_DATA });
    const raw = await readWorkbookBuffer(buf);
    expect(raw.sheetNames).toEqual(
      expect.arrayContaining(["Profil", "Tugas Fungsi", "Kinerja", "Anggaran", "Strategi"])
    );
    const m = mapWorkbook(raw);
    expect(m.mappingIssues).toEqual([]);
    expect(m.jenis).toBe("Triwulan");
    expect(m.triwulan).toBe(3);
    expect(m.tahun).toBe(2023);
    expect(m.profil.nip.value).toBe("196609051989031009");
    expect(m.profil.tanggalLaporan.value).toBe(45202);
    expect(m.kinerja).toHaveLength(CONTOH_DATA.Kinerja.length);
    expect(m.kinerja.map((k) => k.no.value)).toEqual(CONTOH_DATA.Kinerja.map((r) => r.No));
    // Figures computed from what came back equal those the data implies.
    const [a, b, c] = m.kinerja;
    expect(a.computed.capaian).toEqual({ ok: true, value: 0.75 });
    expect(b.computed.capaian.ok && b.computed.capaian.value).toBeCloseTo(1.2, 12);
    expect(c.computed.capaian.ok && c.computed.capaian.value).toBeCloseTo(15 / 14, 12);
    // 75 % lies in PERMENDAGRI86's Sedang band (66 ≤ x < 76).
    expect(m.kinerja.map((k) => k.computed.predikat)).toEqual([
      "Sedang",
      "Sangat Tinggi",
      "Sangat Tinggi",
    ]);
    // Computed columns hold the template's formulas, turned back to LKJ.
    expect(a.reported.capaian.formula).toMatch(/^=LKJ\.CAPAIAN\(/);
    expect(a.reported.predikat.formula).toMatch(/LKJ\.PREDIKAT\(/);
    expect(a.reported.predikat.formula).not.toMatch(/_xldudf_/);
    expect(a.target.numberFormat).toBeDefined();
    expect(a.target.ref).toEqual({
      sheet: "Kinerja",
      address: m.sources.Kinerja.columns.Target + "2",
    });
    const [p] = m.anggaran;
    expect(p.pagu.value).toBe(1_000_000);
    expect(p.computed.serapan).toEqual({ ok: true, value: 0.8 });
    expect(p.reported.serapan.formula).toMatch(/^=LKJ\.SERAPAN\(/);
    expect(m.ringkasan.totalPagu).toBe(1_500_000);
    expect(m.ringkasan.tercapai).toBe(2);
    expect(m.strategi.map((s) => s.noKinerja.value)).toEqual(["1"]);
  });

  test("native-formula template reads back the same model figures", async () => {
    const lkj = mapWorkbook(
      await readWorkbookBuffer(
        await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_DATA })
      )
    );
    const bawaan = mapWorkbook(
      await readWorkbookBuffer(
        await writeTemplateBuffer({ jenis: "Triwulan", rumus: "bawaan", data: CONTOH_DATA })
      )
    );
    const angka = (m: typeof lkj) =>
      JSON.stringify([
        m.kinerja.map((k) => k.computed),
        m.anggaran.map((b) => b.computed),
        m.ringkasan,
      ]);
    expect(angka(bawaan)).toBe(angka(lkj));
    expect(bawaan.kinerja[0].reported.capaian.formula).not.toMatch(/LKJ\./);
  });

  test("the empty Tahunan template maps without structural issues", async () => {
    const m = mapWorkbook(
      await readWorkbookBuffer(await writeTemplateBuffer({ jenis: "Tahunan", rumus: "lkj" }))
    );
    expect(m.jenis).toBe("Tahunan");
    expect(m.mappingIssues).toEqual([]);
    expect(m.sources.IKM.present).toBe(true);
    expect(m.kinerja).toEqual([]);
  });
});
