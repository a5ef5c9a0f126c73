// `lkj templat`: writes the empty LKj workbook (the same template the add-in
// scaffolds) as an .xlsx file, with LKJ formulas or native Excel formulas.
import { mkdir, writeFile } from "fs/promises";
import { dirname, resolve } from "path";
import type { JenisLaporan, Triwulan } from "../../core/types";
import { getPreset } from "../../core/kinerja/predikat";
import { SKALA_KUSTOM } from "../../core/template";
import type { ModeRumus } from "../../core/formulas";
import { writeTemplateBuffer } from "../../adapters/file/write";
import { parseArgs } from "../args";
import { CliError, type Command, type Io } from "../io";

const BANTUAN = `Pemakaian: lkj templat [pilihan] -o BERKAS.xlsx

Menulis buku kerja LKj kosong sesuai kontrak lembar (Profil, Kinerja, Anggaran, ...),
siap diisi, dengan rumus di kolom hitungan (Capaian, Predikat, Serapan, Efisiensi).

Pilihan:
  -o, --output BERKAS    berkas .xlsx yang ditulis (wajib)
  --jenis JENIS          triwulan (bawaan) atau tahunan (menambah lembar IKM, Tren Kinerja, ...)
  --rumus RUMUS          lkj (bawaan): fungsi LKJ add-in; bawaan: rumus Excel biasa,
                         untuk dibuka tanpa add-in (juga di LibreOffice)
  --periode TW           triwulan laporan: I, II, III atau IV (1-4) untuk Profil
  --tahun TAHUN          tahun laporan untuk Profil, misalnya 2024
  --skala SKALA          skala predikat di Profil (bawaan PERMENDAGRI86; atau Skala)
  -h, --help             bantuan ini

Contoh:
  lkj templat --jenis tahunan --rumus bawaan -o LKj-2024.xlsx
`;

function pilihJenis(v: string | undefined): JenisLaporan {
  if (v === undefined) return "Triwulan";
  const s = v.trim().toLowerCase();
  if (s === "triwulan" || s === "triwulanan") return "Triwulan";
  if (s === "tahunan") return "Tahunan";
  throw new CliError(`--jenis "${v}" tidak dikenal: pakai triwulan atau tahunan.`);
}

function pilihRumus(v: string | undefined): ModeRumus {
  if (v === undefined) return "lkj";
  const s = v.trim().toLowerCase();
  if (s === "lkj" || s === "bawaan") return s;
  throw new CliError(`--rumus "${v}" tidak dikenal: pakai lkj atau bawaan.`);
}

function pilihPeriode(v: string | undefined): Triwulan | null {
  if (v === undefined) return null;
  const s = v
    .trim()
    .toUpperCase()
    .replace(/^(TW|TRIWULAN)\s*/, "");
  const i = ["I", "II", "III", "IV"].indexOf(s);
  if (i >= 0) return (i + 1) as Triwulan;
  if (/^[1-4]$/.test(s)) return Number(s) as Triwulan;
  throw new CliError(`--periode "${v}" tidak dikenal: pakai I, II, III atau IV.`);
}

function pilihTahun(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d{4}$/.test(v.trim()))
    throw new CliError(`--tahun "${v}" harus empat angka, misalnya 2024.`);
  return Number(v.trim());
}

function pilihSkala(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v.trim().toLowerCase() === SKALA_KUSTOM.toLowerCase()) return SKALA_KUSTOM;
  const p = getPreset(v);
  if (!p.ok) throw new CliError(`--skala: ${p.error.message}.`);
  return p.value.name;
}

export async function tulisBerkas(path: string, isi: Buffer): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, isi);
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code ?? "";
    throw new CliError(`tidak dapat menulis ${path}${kode ? ` (${kode})` : ""}.`, 1);
  }
}

export const templat: Command = {
  name: "templat",
  summary: "tulis buku kerja LKj kosong (.xlsx) sesuai kontrak lembar",
  async run(args: string[], io: Io): Promise<number> {
    const a = parseArgs(args, {
      values: {
        "-o": "output",
        "--output": "output",
        "--jenis": "jenis",
        "--rumus": "rumus",
        "--periode": "periode",
        "--tahun": "tahun",
        "--skala": "skala",
      },
    });
    if (a.help) {
      io.out(BANTUAN);
      return 0;
    }
    if (a.positionals.length > 0) {
      throw new CliError(
        `argumen "${a.positionals[0]}" tidak dikenal. Tulis berkas tujuan dengan -o.`
      );
    }
    const output = a.options.output;
    if (!output) throw new CliError("berkas tujuan belum diberikan: tambahkan -o BERKAS.xlsx.");
    if (!/\.xlsx$/i.test(output))
      throw new CliError(`berkas tujuan harus berakhiran .xlsx: ${output}.`);
    const jenis = pilihJenis(a.options.jenis);
    const rumus = pilihRumus(a.options.rumus);
    const periode = pilihPeriode(a.options.periode);
    if (periode !== null && jenis === "Tahunan") {
      throw new CliError("--periode hanya untuk laporan triwulan, bukan tahunan.");
    }
    const isi = await writeTemplateBuffer({
      jenis,
      rumus,
      periode,
      tahun: pilihTahun(a.options.tahun),
      skala: pilihSkala(a.options.skala),
    });
    const path = resolve(output);
    await tulisBerkas(path, isi);
    io.out(
      `Templat ${jenis} (${rumus === "lkj" ? "rumus LKJ" : "rumus Excel bawaan"}) ditulis ke ${path}\n`
    );
    return 0;
  },
};
