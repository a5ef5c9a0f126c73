// `lkj contoh`: writes the example reports (transcribed from the seed reports)
// as filled LKj workbooks, one <id>.xlsx per example, with the template writer.
import { mkdir } from "fs/promises";
import { join, resolve } from "path";
import type { Triwulan } from "../../core/types";
import type { ModeRumus } from "../../core/formulas";
import { EXAMPLES, type ExampleReport, exampleById } from "../../core/examples";
import { writeTemplateBuffer } from "../../adapters/file/write";
import { parseArgs } from "../args";
import { CliError, type Command, type Io } from "../io";
import { tulisBerkas } from "./templat";

const BANTUAN = `Pemakaian: lkj contoh [-o FOLDER] [--id ID] [--rumus lkj|bawaan]

Menulis contoh laporan kinerja yang disalin dari laporan nyata, satu buku kerja
per contoh (berkas <id>.xlsx), terisi sesuai kontrak lembar. Angka yang
dilaporkan (capaian, serapan, ...) disalin apa adanya, termasuk kesalahannya,
sehingga pemeriksaan punya bahan nyata.

Pilihan:
  -o, --output FOLDER    folder tujuan (bawaan: folder saat ini); dibuat bila belum ada
  --id ID                hanya contoh ini (lihat daftar di bawah)
  --rumus RUMUS          lkj (bawaan): fungsi LKJ add-in; bawaan: rumus Excel biasa
  -h, --help             bantuan ini

Contoh yang tersedia:
${EXAMPLES.map((e) => `  ${e.id}\n      ${e.judul}`).join("\n")}
`;

const ROMAWI = ["I", "II", "III", "IV"];

function pilihRumus(v: string | undefined): ModeRumus {
  if (v === undefined) return "lkj";
  const s = v.trim().toLowerCase();
  if (s === "lkj" || s === "bawaan") return s;
  throw new CliError(`--rumus "${v}" tidak dikenal: pakai lkj atau bawaan.`);
}

function nilaiProfil(e: ExampleReport, isian: string): unknown {
  return e.tables.Profil?.find((r) => String(r.Isian ?? "").trim() === isian)?.Nilai;
}

/** The example as a filled workbook (.xlsx bytes). */
export function tulisContoh(e: ExampleReport, rumus: ModeRumus): Promise<Buffer> {
  const periode = ROMAWI.indexOf(String(nilaiProfil(e, "Periode") ?? ""));
  const tahun = nilaiProfil(e, "Tahun");
  return writeTemplateBuffer({
    jenis: e.jenis,
    rumus,
    periode: periode >= 0 ? ((periode + 1) as Triwulan) : null,
    tahun: typeof tahun === "number" ? tahun : null,
    data: e.tables,
    persen: e.formatPersen,
  });
}

export const contoh: Command = {
  name: "contoh",
  summary: "tulis contoh laporan dari laporan nyata (.xlsx, satu per contoh)",
  async run(args: string[], io: Io): Promise<number> {
    const a = parseArgs(args, {
      values: { "-o": "output", "--output": "output", "--id": "id", "--rumus": "rumus" },
    });
    if (a.help) {
      io.out(BANTUAN);
      return 0;
    }
    if (a.positionals.length > 0) {
      throw new CliError(
        `argumen "${a.positionals[0]}" tidak dikenal. Tulis folder tujuan dengan -o.`
      );
    }
    const rumus = pilihRumus(a.options.rumus);
    let daftar: ExampleReport[] = EXAMPLES;
    if (a.options.id !== undefined) {
      const e = exampleById(a.options.id);
      if (!e) {
        throw new CliError(
          `contoh "${a.options.id}" tidak ada. Pilihan: ${EXAMPLES.map((x) => x.id).join(", ")}.`
        );
      }
      daftar = [e];
    }
    const folder = resolve(a.options.output ?? ".");
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      const kode = (error as NodeJS.ErrnoException).code ?? "";
      throw new CliError(`tidak dapat membuat folder ${folder}${kode ? ` (${kode})` : ""}.`);
    }
    const ditulis: string[] = [];
    for (const e of daftar) {
      const path = join(folder, `${e.id}.xlsx`);
      try {
        await tulisBerkas(path, await tulisContoh(e, rumus));
      } catch (error) {
        // An unwritable folder is a usage problem of this command: one line, exit 2.
        if (error instanceof CliError) throw new CliError(error.message);
        throw error;
      }
      ditulis.push(`  ${path}\n      ${e.judul}`);
    }
    io.out(`${ditulis.length} contoh ditulis ke ${folder}:\n${ditulis.join("\n")}\n`);
    return 0;
  },
};
