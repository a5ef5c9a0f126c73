// `lkj narasi BERKAS.xlsx -o LAPORAN.docx | --format md [-o BERKAS.md]`: the
// BAB chapters written from the filled tables, as a Word document or Markdown.
// Same reading and mapping as `hitung` and `periksa`; the narrative comes from
// src/core/narrative and the .docx from src/export/docx.
import { resolve } from "path";
import { mapWorkbook } from "../../core/model/map";
import { buildNarasi, renderMarkdown } from "../../core/narrative";
import { ringkasTemuan, validateReport } from "../../core/validation";
import { docxBytes } from "../../export/docx";
import { parseArgs } from "../args";
import { CliError, type Command, type Io } from "../io";
import { bacaBerkas } from "./hitung";
import { barisRingkasan } from "./periksa";
import { tulisBerkas } from "./templat";

const BANTUAN = `Pemakaian: lkj narasi BERKAS.xlsx -o LAPORAN.docx
          lkj narasi BERKAS.xlsx --format md [-o LAPORAN.md]

Menyusun narasi laporan (BAB I–III untuk triwulan; Kata Pengantar, BAB I–IV dan
Lampiran untuk tahunan) dari tabel yang sudah diisi. Setiap angka diambil dari
tabel dan dihitung ulang; bagian yang datanya belum ada ditandai
"[perlu dilengkapi: ...]".

Pilihan:
  -o, --output BERKAS   berkas tujuan (.docx, atau .md dengan --format md)
  --format docx|md      bentuk keluaran (bawaan: docx; md tanpa -o ditulis ke layar)
  -h, --help            bantuan ini

Kode keluar: 0 berhasil; 2 berkas tidak terbaca atau argumen salah.
Temuan pemeriksaan (lkj periksa) tidak menghentikan narasi, tetapi jumlahnya dicetak.
`;

type Format = "docx" | "md";

function pilihFormat(v: string | undefined, output: string | undefined): Format {
  if (v === undefined) return output && /\.md$/i.test(output) ? "md" : "docx";
  const f = v.trim().toLowerCase();
  if (f === "docx" || f === "word") return "docx";
  if (f === "md" || f === "markdown") return "md";
  throw new CliError(`--format "${v}" tidak dikenal; pilih docx atau md.`);
}

export const narasi: Command = {
  name: "narasi",
  summary: "susun narasi BAB dari tabel ke dokumen Word (.docx) atau Markdown",
  async run(args: string[], io: Io): Promise<number> {
    const a = parseArgs(args, {
      values: { "-o": "output", "--output": "output", "--format": "format" },
    });
    if (a.help) {
      io.out(BANTUAN);
      return 0;
    }
    if (a.positionals.length === 0) {
      throw new CliError(
        "berkas .xlsx belum diberikan. Pemakaian: lkj narasi BERKAS.xlsx -o LAPORAN.docx"
      );
    }
    if (a.positionals.length > 1) {
      throw new CliError(`hanya satu berkas yang dapat dibaca; diberikan ${a.positionals.length}.`);
    }
    const output = a.options.output;
    const format = pilihFormat(a.options.format, output);
    if (format === "docx") {
      if (!output) throw new CliError("berkas tujuan belum diberikan: tambahkan -o LAPORAN.docx.");
      if (!/\.docx$/i.test(output)) {
        throw new CliError(`berkas tujuan Word harus berakhiran .docx: ${output}.`);
      }
    } else if (output && !/\.(md|markdown|txt)$/i.test(output)) {
      throw new CliError(`berkas tujuan Markdown harus berakhiran .md: ${output}.`);
    }

    const model = mapWorkbook(await bacaBerkas(a.positionals[0]));
    const doc = buildNarasi(model);
    const temuan = ringkasTemuan(validateReport(model));

    // Markdown to the screen: nothing but the document on stdout, notes on stderr.
    const keLayar = format === "md" && !output;
    const catat = (teks: string) => (keLayar ? io.err(teks) : io.out(teks));
    if (format === "md") {
      const md = renderMarkdown(doc);
      if (output) await tulisBerkas(resolve(output), Buffer.from(md, "utf8"));
      else io.out(md.endsWith("\n") ? md : md + "\n");
    } else {
      await tulisBerkas(resolve(output as string), Buffer.from(await docxBytes(doc)));
    }
    if (output) catat(`Narasi ${doc.jenis.toLowerCase()} ditulis ke ${resolve(output)}\n`);
    if (temuan.galat + temuan.peringatan > 0) {
      catat(
        `Pemeriksaan: ${barisRingkasan(temuan)}. Periksa dulu dengan: lkj periksa ${a.positionals[0]}\n`
      );
    }
    if (doc.placeholders.length > 0) {
      catat(`Perlu dilengkapi (${doc.placeholders.length}): ${doc.placeholders.join("; ")}\n`);
    }
    return 0;
  },
};
