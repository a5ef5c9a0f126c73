// Validation budget (issue 4): map a workbook of 2.000 indicators and 10.000
// budget lines to the report model (budget 100 ms of compute, median of
// several runs), and the `lkj` command line as a whole process on a
// template-sized file (no budget; start-up, reading and printing included).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { columnLetters, mapWorkbook } from "../src/core/model";
import type { RawTable, RawWorkbook } from "../src/core/model";
import { allSheets } from "../src/core/template";
import { writeTemplateBuffer } from "../src/adapters/file/write";
import { CONTOH_DATA } from "../tests/cli/contoh";
import type { BenchRow } from "./types";

const AREA = "Validasi";
const INDIKATOR = 2_000;
const BARIS_ANGGARAN = 10_000;
const ULANG = 7;
const ROOT = join(__dirname, "..");

function kolom(nama: string): string[] {
  const def = allSheets().find((s) => s.table.name === nama);
  if (!def) throw new Error(`tabel ${nama} tidak ada di templat`);
  return def.table.columns.map((c) => c.header);
}

function tabel(nama: string, rows: Record<string, unknown>[], sheet = nama): RawTable {
  const headers = kolom(nama);
  const values = rows.map((r) => headers.map((h) => r[h] ?? ""));
  const last = columnLetters(headers.length - 1);
  return {
    sheet,
    name: nama,
    address: `A1:${last}${rows.length + 1}`,
    headers,
    values,
    // Computed columns hold formulas, as the add-in writes them.
    formulas: values.map((row) =>
      row.map((v, j) =>
        ["Capaian", "Predikat", "Serapan", "Capaian Kinerja", "Efisiensi"].includes(headers[j])
          ? `=LKJ.${headers[j].toUpperCase().replace(" ", "_")}([@Target])`
          : v
      )
    ),
    numberFormats: values.map((row) =>
      row.map((_v, j) => (headers[j] === "Capaian" ? "0.00%" : "General"))
    ),
  };
}

/** A varied synthetic report: numbers and text numbers, percent, ranges, Turun, a budget tree. */
export function bukuSintetis(indikator = INDIKATOR, barisAnggaran = BARIS_ANGGARAN): RawWorkbook {
  const kinerja = Array.from({ length: indikator }, (_, i) => {
    const target = 50 + (i % 97);
    const realisasi = (i * 37) % 160;
    const jenis = i % 10;
    return {
      No: String(i + 1),
      Tingkat: i % 20 === 0 ? "Sasaran" : "Kegiatan",
      Sasaran: `Sasaran ${Math.floor(i / 20) + 1}`,
      "Indikator Kinerja": `Indikator kinerja nomor ${i + 1}`,
      Satuan: jenis === 3 ? "%" : "dokumen",
      Arah: jenis === 5 ? "Turun" : "Naik",
      Target: jenis === 3 ? `${target}%` : jenis === 7 ? `${target}–${target + 10} %` : target,
      "Realisasi TW III": realisasi,
      Realisasi: jenis === 3 ? `${realisasi},5%` : jenis === 8 ? "" : String(realisasi),
      Capaian: target ? realisasi / target : 0,
      Predikat: "Tinggi",
    };
  });
  const anggaran = Array.from({ length: barisAnggaran }, (_, i) => {
    const program = Math.floor(i / 100) + 1;
    const dalam = i % 100;
    const tingkat = dalam === 0 ? "Program" : dalam % 10 === 1 ? "Kegiatan" : "Sub Kegiatan";
    const pagu = 1_000_000 + ((i * 7919) % 50_000_000);
    return {
      No: dalam === 0 ? String(program) : `${program}.${Math.floor(dalam / 10) + 1}.${dalam % 10}`,
      Tingkat: tingkat,
      Uraian: `${tingkat} ${i + 1}`,
      "No Kinerja": String((i % indikator) + 1),
      Pagu: i % 13 === 0 ? `Rp ${pagu.toLocaleString("id-ID")}` : pagu,
      Realisasi: Math.round(pagu * ((i % 11) / 10)),
      Serapan: (i % 11) / 10,
      "Sumber Dana": "DAU",
    };
  });
  const profil = tabel(
    "Profil",
    Object.entries({
      "Jenis Laporan": "Triwulan",
      Periode: "III",
      Tahun: 2023,
      "Unit Kerja": "Kecamatan Sintetis",
      NIP: "196609051989031009",
      "Tanggal Laporan": 45202,
      "Skala Predikat": "PERMENDAGRI86",
    }).map(([Isian, Nilai]) => ({ Isian, Nilai }))
  );
  const strategi = kinerja
    .filter((_k, i) => i % 3 === 0)
    .map((k) => ({ "No Kinerja": k.No, Strategi: "Koordinasi", "Pada Bulan": "Oktober" }));
  const tables = [
    profil,
    tabel("TugasFungsi", [{ No: "1", Uraian: "Tugas" }], "Tugas Fungsi"),
    tabel("Kinerja", kinerja),
    tabel("Anggaran", anggaran),
    tabel("Strategi", strategi),
    tabel("TindakLanjut", [{ No: "1", "Rencana Tindak Lanjut": "Lanjut" }], "Tindak Lanjut"),
  ];
  return { sheetNames: tables.map((t) => t.sheet), tables };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ukur<T>(f: () => T): { ms: number[]; hasil: T } {
  let hasil = f(); // warm-up: JIT and first-use allocations are not the steady state
  const ms: number[] = [];
  for (let i = 0; i < ULANG; i++) {
    const t0 = performance.now();
    hasil = f();
    ms.push(performance.now() - t0);
  }
  return { ms, hasil };
}

function prosesCli(args: string[]): { ms: number; code: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "lkj.js"), ...args], {
    encoding: "utf8",
  });
  return { ms: performance.now() - t0, code: r.status };
}

export async function run(): Promise<BenchRow[]> {
  const raw = bukuSintetis();
  const map = ukur(() => mapWorkbook(raw));
  const m = map.hasil;
  if (m.kinerja.length !== INDIKATOR || m.anggaran.length !== BARIS_ANGGARAN) {
    throw new Error("model sintetis tidak lengkap");
  }
  const rows: BenchRow[] = [
    {
      area: AREA,
      metric: `mapWorkbook ${INDIKATOR.toLocaleString("id-ID")} indikator + ${BARIS_ANGGARAN.toLocaleString("id-ID")} baris anggaran`,
      value: median(map.ms),
      unit: "ms",
      budget: 100,
      note: `median ${ULANG} kali; min ${Math.min(...map.ms).toFixed(1)} ms, maks ${Math.max(...map.ms).toFixed(1)} ms`,
    },
  ];

  // Whole process: node start-up, reading the .xlsx with exceljs, mapping, printing.
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
    {
      encoding: "utf8",
    }
  );
  if (build.status !== 0) {
    rows.push({
      area: AREA,
      metric: "lkj (proses utuh)",
      value: 0,
      unit: "ms",
      note: "build:cli gagal",
    });
    return rows;
  }
  const dir = mkdtempSync(join(tmpdir(), "lkj-bench-validasi-"));
  try {
    const file = join(dir, "laporan.xlsx");
    writeFileSync(
      file,
      await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_DATA })
    );
    prosesCli(["hitung", file]); // warm the file cache
    const runs = Array.from({ length: 5 }, () => prosesCli(["hitung", "--json", file]));
    rows.push({
      area: AREA,
      metric: "lkj hitung, proses utuh (berkas templat + 3 indikator)",
      value: median(runs.map((r) => r.ms)),
      unit: "ms",
      note: `median 5 kali; kode keluar ${runs[0].code}`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
