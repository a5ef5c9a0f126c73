// `lkj narasi`: Word and Markdown from a filled workbook, exit codes, and the
// .docx read back by a real office suite (LibreOffice → PDF → pdftotext, PNGs
// of the first pages in artifacts/ to look at).
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { readWorkbookFile } from "../../src/adapters/file/read";
import { EXAMPLES } from "../../src/core/examples";
import type { ExampleReport } from "../../src/core/examples/types";
import { mapWorkbook } from "../../src/core/model/map";
import type { ReportModel } from "../../src/core/model/types";
import { persen } from "../../src/core/narrative/bahasa";
import { formatNip } from "../../src/core/nip";
import { convert, libreOfficeSkipReason } from "../support/libreoffice";
import { tangkapIo } from "./contoh";

const dir = mkdtempSync(join(tmpdir(), "lkj-narasi-"));
const triwulan = EXAMPLES.filter((e) => e.jenis === "Triwulan");

async function workbookOf(e: ExampleReport): Promise<string> {
  const path = join(dir, `${e.id}.xlsx`);
  if (!existsSync(path)) {
    const buf = await writeTemplateBuffer({
      jenis: e.jenis,
      rumus: "lkj",
      data: e.tables,
      persen: e.formatPersen,
    });
    writeFileSync(path, buf);
  }
  return path;
}

async function modelOf(path: string): Promise<ReportModel> {
  return mapWorkbook(await readWorkbookFile(path));
}

describe("lkj narasi", () => {
  it("has examples to work on", () => {
    expect(triwulan.length).toBeGreaterThan(0);
  });

  it.each(triwulan.map((e) => [e.id, e] as const))(
    "%s: writes a .docx whose body has the chapters, repeated table headers and page numbers",
    async (_id, e) => {
      const xlsx = await workbookOf(e);
      const out = join(dir, `${e.id}.docx`);
      const io = tangkapIo();
      expect(await run(["narasi", xlsx, "-o", out], io)).toBe(0);
      expect(io.stdout).toContain(`ditulis ke ${out}`);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
      for (const bab of ["BAB I", "BAB II", "BAB III"]) expect(xml).toContain(bab);
      expect(xml).toMatch(/<w:tblHeader\/>/);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
      const footerXml = await Promise.all(
        footers.map((f) => zip.file(f)?.async("string") ?? Promise.resolve(""))
      );
      expect(footerXml.join("")).toMatch(/PAGE/);
      expect(xml).not.toMatch(/undefined|NaN|\bnull\b/);
    }
  );

  it("--format md writes Markdown to stdout and notes to stderr", async () => {
    const e = triwulan[0];
    const io = tangkapIo();
    expect(await run(["narasi", await workbookOf(e), "--format", "md"], io)).toBe(0);
    expect(io.stdout).toMatch(/^#/m);
    expect(io.stdout).toMatch(/BAB II/);
    expect(io.stdout).not.toMatch(/Pemeriksaan:|ditulis ke/);
  });

  it("--format md -o writes the Markdown file", async () => {
    const e = triwulan[0];
    const out = join(dir, `${e.id}.md`);
    const io = tangkapIo();
    expect(await run(["narasi", await workbookOf(e), "--format", "md", "-o", out], io)).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/BAB III/);
    expect(io.stdout).toContain(`ditulis ke ${out}`);
  });

  it.each([
    [["narasi"], /belum diberikan/],
    [["narasi", "a.xlsx", "b.xlsx", "-o", "x.docx"], /hanya satu berkas/],
    [["narasi", "a.xlsx"], /-o LAPORAN\.docx/],
    [["narasi", "a.xlsx", "-o", "x.pdf"], /\.docx/],
    [["narasi", "a.xlsx", "--format", "html"], /--format/],
    [
      ["narasi", join(dir, "tidak-ada.xlsx"), "-o", join(dir, "x.docx")],
      /tidak ditemukan|tidak ada/i,
    ],
  ])("refuses %j with one Indonesian line and exit 2", async (argv, pesan) => {
    const io = tangkapIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr).toMatch(pesan);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
    expect(io.stderr).not.toMatch(/\n\s+at /);
  });

  it("a text file named .xlsx is unreadable: exit 2, no document written", async () => {
    const fake = join(dir, "palsu.xlsx");
    writeFileSync(fake, "ini bukan buku kerja");
    const out = join(dir, "palsu.docx");
    const io = tangkapIo();
    expect(await run(["narasi", fake, "-o", out], io)).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

const skip = libreOfficeSkipReason();
if (skip) console.log(skip);
const pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p));
if (!pdftotext) console.log("pdftotext tidak ada: isi PDF narasi tidak diperiksa");
const describeLo = skip || !pdftotext ? describe.skip : describe;

describeLo("the .docx in LibreOffice", () => {
  it.each(triwulan.map((e) => [e.id, e] as const))(
    "%s: converts to PDF with the chapters, figures and signatures in the text",
    async (id, e) => {
      const xlsx = await workbookOf(e);
      const out = join(dir, `${id}-lo.docx`);
      expect(await run(["narasi", xlsx, "-o", out], tangkapIo())).toBe(0);
      const res = await convert(out, "pdf");
      const pdf = res.files.find((f) => f.endsWith(".pdf")) as string;
      const text = execFileSync(pdftotext as string, ["-layout", pdf, "-"], { encoding: "utf8" });
      const flat = text.replace(/\s+/g, " ");
      for (const bab of ["BAB I", "BAB II", "BAB III", "PENUTUP"]) expect(flat).toContain(bab);

      const model = await modelOf(xlsx);
      const nama = model.profil.nama.value;
      if (nama) expect(flat).toContain(nama);
      const nip = model.profil.nip.value;
      if (nip && /^\d{18}$/.test(nip.replace(/\s/g, ""))) expect(flat).toContain(formatNip(nip));
      // Every computed capaian appears as the text prints it (Indonesian percent).
      for (const k of model.kinerja) {
        const c = k.computed.capaian;
        if (c.ok) expect(flat).toContain(persen(c.value));
      }

      const artifacts = join(process.cwd(), "artifacts");
      mkdirSync(artifacts, { recursive: true });
      try {
        execFileSync("pdftoppm", [
          "-r",
          "60",
          "-png",
          "-f",
          "1",
          "-l",
          "3",
          pdf,
          join(artifacts, `narasi-${id}`),
        ]);
      } catch (error) {
        console.log(`pdftoppm gagal, gambar halaman tidak dibuat: ${(error as Error).message}`);
      }
    }
  );
});
