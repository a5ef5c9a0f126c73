// Validation budget (issue 4): map and validate a workbook of 2.000 indicators
// and 10.000 budget lines (budget 100 ms of compute, median of several runs;
// map and validate also apart), and `lkj periksa` / `lkj hitung` as whole
// processes on a template-sized file (no budget; start-up, reading and
// printing included).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { columnLetters, mapWorkbook } from "../src/core/model";
import { validateReport } from "../src/core/validation";
import type { RawTable, RawWorkbook } from "../src/core/model";
import { allSheets } from "../src/core/template";
import { writeTemplateBuffer } from "../src/adapters/file/write";
import { CONTOH_BERSIH, CONTOH_DATA } from "../tests/cli/contoh";
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
      row.map((_v, j) =>
        ["Capaian", "Serapan", "Capaian Kinerja"].includes(headers[j]) ? "0.00%" : "General"
      )
    ),
  };
}

/**
 * A varied synthetic report, clean by construction (computed columns hold the
 * figures the core computes, as Excel would have cached them; budget totals add
 * up; TW series rise; every indicator not achieved has a strategy), with one
 * deliberate mistake in every 50 indicators and 100 budget lines so the rules
 * have something to say: numbers, text numbers, percent, ranges, Turun, a budget
 * tree of Program → Kegiatan → Sub Kegiatan.
 */
export function bukuSintetis(indikator = INDIKATOR, barisAnggaran = BARIS_ANGGARAN): RawWorkbook {
  const kinerja: Record<string, unknown>[] = Array.from({ length: indikator }, (_, i) => {
    const target = 50 + (i % 97);
    const realisasi = (i * 37) % 160;
    const jenis = i % 10;
    const persen = jenis === 3;
    return {
      No: String(i + 1),
      Tingkat: i % 20 === 0 ? "Sasaran" : "Kegiatan",
      Sasaran: `Sasaran ${Math.floor(i / 20) + 1}`,
      "Indikator Kinerja": `Indikator kinerja nomor ${i + 1}`,
      Satuan: persen ? "%" : "dokumen",
      Arah: jenis === 5 ? "Turun" : "Naik",
      Target: persen ? `${target}%` : jenis === 7 ? `${target}–${target + 10}` : target,
      "Realisasi TW I": persen ? "" : Math.floor(realisasi / 3),
      "Realisasi TW II": persen ? "" : Math.floor((2 * realisasi) / 3),
      "Realisasi TW III": persen ? "" : realisasi,
      Realisasi: persen ? `${realisasi},5%` : i % 50 === 8 ? String(realisasi) : realisasi,
    };
  });
  // Program p: 9 kegiatan of 10 sub kegiatan each (100 lines); totals are the sums.
  const anggaran: Record<string, unknown>[] = [];
  for (let p = 1; anggaran.length < barisAnggaran; p++) {
    const program = {
      No: String(p),
      Tingkat: "Program",
      Uraian: `Program ${p}`,
      Pagu: 0,
      Realisasi: 0,
    };
    anggaran.push(program);
    for (let k = 1; k <= 9 && anggaran.length < barisAnggaran; k++) {
      const kegiatan = {
        No: `${p}.${k}`,
        Tingkat: "Kegiatan",
        Uraian: `Kegiatan ${p}.${k}`,
        Pagu: 0,
        Realisasi: 0,
      };
      anggaran.push(kegiatan);
      for (let s = 1; s <= 10 && anggaran.length < barisAnggaran; s++) {
        const n = anggaran.length;
        const pagu = 1_000_000 + ((n * 7919) % 50_000_000);
        const realisasi = Math.round(pagu * ((n % 10) / 10));
        anggaran.push({
          No: `${p}.${k}.${s}`,
          Tingkat: "Sub Kegiatan",
          Uraian: `Sub kegiatan ${p}.${k}.${s}`,
          "No Kinerja": String((n % indikator) + 1),
          Pagu: pagu,
          "Realisasi TW III": realisasi,
          Realisasi: realisasi,
          "Sumber Dana": "DAU",
        });
        kegiatan.Pagu += pagu;
        kegiatan.Realisasi += realisasi;
        program.Pagu += pagu;
        program.Realisasi += realisasi;
      }
    }
  }
  const strategi = kinerja.map((k) => ({
    "No Kinerja": k.No,
    Strategi: "Koordinasi dan pendampingan",
    "Pada Bulan": "Oktober",
  }));
  const tables = [
    tabel("Profil", CONTOH_DATA.Profil),
    tabel("TugasFungsi", [{ No: "1", Uraian: "Tugas" }], "Tugas Fungsi"),
    tabel("Kinerja", kinerja),
    tabel("Anggaran", anggaran),
    tabel("Strategi", strategi),
    tabel("TindakLanjut", [{ No: "1", "Rencana Tindak Lanjut": "Lanjut" }], "Tindak Lanjut"),
  ];
  const raw: RawWorkbook = { sheetNames: tables.map((t) => t.sheet), tables };

  // Cache the computed figures in the computed columns, as Excel would, then break a few.
  const m = mapWorkbook(raw);
  const isi = (t: RawTable, i: number, header: string, v: unknown) => {
    const j = t.headers.indexOf(header);
    t.values[i][j] = v ?? "";
  };
  const nilai = (h: { ok: true; value: number } | { ok: false } | null) =>
    h && h.ok ? h.value : "";
  const [, , tk, ta] = tables;
  m.kinerja.forEach((k, n) => {
    const salah = n % 50 === 21 ? 0.1 : 0;
    isi(tk, k.index, "Capaian", k.computed.capaian.ok ? k.computed.capaian.value + salah : "");
    isi(tk, k.index, "Predikat", k.computed.predikat);
  });
  m.anggaran.forEach((b, n) => {
    const s = b.computed.serapan;
    isi(ta, b.index, "Serapan", s.ok ? s.value + (n % 100 === 57 ? 0.05 : 0) : "");
    isi(ta, b.index, "Capaian Kinerja", nilai(b.computed.capaianKinerja));
    isi(ta, b.index, "Efisiensi", nilai(b.computed.efisiensi));
  });
  return raw;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ukur<T>(f: () => T): { ms: number[]; hasil: T } {
  // Warm-up: JIT and first-use allocations are not the steady state.
  let hasil = f();
  for (let i = 0; i < 2; i++) hasil = f();
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

type Inti = { mapWorkbook: typeof mapWorkbook; validateReport: typeof validateReport };

/** The compiled core as `lkj` runs it (build/cli, by tsc); null when the build failed. */
async function intiTerbangun(): Promise<Inti | null> {
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
    { encoding: "utf8" }
  );
  if (build.status !== 0) return null;
  const model = (await import(join(ROOT, "build/cli/core/model/index.js"))) as Pick<
    Inti,
    "mapWorkbook"
  >;
  const validasi = (await import(join(ROOT, "build/cli/core/validation/index.js"))) as Pick<
    Inti,
    "validateReport"
  >;
  return { mapWorkbook: model.mapWorkbook, validateReport: validasi.validateReport };
}

export async function run(): Promise<BenchRow[]> {
  const raw = bukuSintetis();
  const ukuran = `${INDIKATOR.toLocaleString("id-ID")} indikator + ${BARIS_ANGGARAN.toLocaleString("id-ID")} baris anggaran`;
  const catatan = (ms: number[]) =>
    `median ${ULANG} kali; min ${Math.min(...ms).toFixed(1)} ms, maks ${Math.max(...ms).toFixed(1)} ms`;
  const rows: BenchRow[] = [];
  const ukurInti = (inti: Inti, asal: string, budget?: number) => {
    const map = ukur(() => inti.mapWorkbook(raw));
    const m = map.hasil;
    if (m.kinerja.length !== INDIKATOR || m.anggaran.length !== BARIS_ANGGARAN) {
      throw new Error("model sintetis tidak lengkap");
    }
    const validasi = ukur(() => inti.validateReport(m));
    const semua = ukur(() => inti.validateReport(inti.mapWorkbook(raw)));
    rows.push(
      {
        area: AREA,
        metric: `mapWorkbook + validateReport, ${ukuran} (${asal})`,
        value: median(semua.ms),
        unit: "ms",
        budget,
        note: `${catatan(semua.ms)}; ${semua.hasil.length} temuan`,
      },
      {
        area: AREA,
        metric: `  mapWorkbook saja`,
        value: median(map.ms),
        unit: "ms",
        note: catatan(map.ms),
      },
      {
        area: AREA,
        metric: `  validateReport saja`,
        value: median(validasi.ms),
        unit: "ms",
        note: catatan(validasi.ms),
      }
    );
  };

  // The budget is on the code that runs: the compiled core (build/cli, as `lkj`
  // runs it; the pane runs the same core bundled by webpack). The same figure
  // through tsx, which compiles each TypeScript file on load and reaches every
  // import through an accessor, is shown for comparison.
  const inti = await intiTerbangun();
  if (inti) ukurInti(inti, "kode terbangun build/cli", 100);
  else {
    rows.push({
      area: AREA,
      metric: `mapWorkbook + validateReport, ${ukuran} (kode terbangun build/cli)`,
      skipped: "build:cli gagal (tsc -p tsconfig.cli.json)",
    });
    return rows;
  }
  ukurInti({ mapWorkbook, validateReport }, "sumber TS lewat tsx");

  // Whole process: node start-up, reading the .xlsx with exceljs, mapping, printing
  // (build/cli was built above).
  const dir = mkdtempSync(join(tmpdir(), "lkj-bench-validasi-"));
  try {
    const file = join(dir, "laporan.xlsx");
    writeFileSync(
      file,
      await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_BERSIH })
    );
    prosesCli(["periksa", file]); // warm the file cache
    for (const perintah of ["periksa", "hitung"]) {
      const runs = Array.from({ length: 5 }, () => prosesCli([perintah, "--json", file]));
      rows.push({
        area: AREA,
        metric: `lkj ${perintah}, proses utuh (berkas templat + 3 indikator)`,
        value: median(runs.map((r) => r.ms)),
        unit: "ms",
        note: `median 5 kali; kode keluar ${runs[0].code}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
