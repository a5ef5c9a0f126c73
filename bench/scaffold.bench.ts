// "Siapkan Lembar" budget: round trips of the scaffold (budget 3) for Triwulan
// and Tahunan on an empty workbook and on a filled one (the second run, after
// the user typed into it; with 2.000 Kinerja rows too, so the count is seen not
// to grow with the template's size), and of "Bagikan tanpa add-in" once the
// sheets are known (1 read + 1 write). Measured through the Excel stand-in,
// which has no network latency: the time rows show the add-in's own work.
import { performance } from "perf_hooks";
import type { ExampleReport } from "../src/core/examples/types";
import { columnLetter, sheetsFor } from "../src/core/template";
import type { JenisLaporan } from "../src/core/types";
import { scaffold, type ScaffoldOptions } from "../src/office/scaffold";
import { bagikanTanpaAddin, resetRencanaBagikan } from "../src/office/share";
import { contoh } from "../tests/support/contoh";
import { createStandin, installGlobals, type Standin } from "../tests/support/excel-standin";
import type { BenchRow } from "./types";

const AREA = "Siapkan";
const CONTOH = contoh("tempeh-kasi-pemerintahan-2023-tw3");

function opsi(jenis: JenisLaporan, contoh?: ExampleReport): ScaffoldOptions {
  return {
    jenis,
    periode: jenis === "Triwulan" ? 3 : null,
    tahun: 2023,
    skala: "PERMENDAGRI86",
    contoh,
  };
}

/** The example with its Kinerja rows repeated to `n` rows (No 1..n). */
function besar(n: number): ExampleReport {
  const rows = CONTOH.tables.Kinerja ?? [];
  return {
    ...CONTOH,
    tables: {
      ...CONTOH.tables,
      Kinerja: Array.from({ length: n }, (_, i) => ({
        ...rows[i % rows.length],
        No: String(i + 1),
      })),
    },
  };
}

function kolomCapaian(jenis: JenisLaporan): string {
  const def = sheetsFor(jenis).find((d) => d.table.name === "Kinerja");
  return columnLetter(def?.table.columns.findIndex((c) => c.header === "Capaian") ?? 0);
}

async function dengan<T>(f: (s: Standin) => Promise<T>): Promise<T> {
  const s = createStandin();
  const uninstall = installGlobals(s);
  try {
    return await f(s);
  } finally {
    uninstall();
  }
}

function baris(metric: string, syncs: number, s: Standin, ms: number, budget: number): BenchRow[] {
  const reads = s.syncLog.filter((e) => e.kind === "read").length;
  const writes = s.syncLog.filter((e) => e.kind === "write").length;
  return [
    {
      area: AREA,
      metric: `${metric}: round trip`,
      value: syncs,
      unit: "sync",
      budget,
      note: `baca ${reads} + tulis ${writes} (stand-in)`,
    },
    { area: AREA, metric: `${metric}: waktu di stand-in`, value: ms, unit: "ms" },
  ];
}

async function kosong(jenis: JenisLaporan): Promise<BenchRow[]> {
  return dengan(async (s) => {
    const t0 = performance.now();
    const h = await scaffold(opsi(jenis));
    return baris(`${jenis}, buku kosong`, h.syncs, s, performance.now() - t0, 3);
  });
}

async function terisi(
  jenis: JenisLaporan,
  contoh: ExampleReport,
  label: string
): Promise<BenchRow[]> {
  return dengan(async (s) => {
    await scaffold(opsi(jenis, contoh));
    // The user types into the report and empties one computed cell: the second run adds its formula.
    await s.userEdit("Kinerja", "B2", [["Sasaran"]]);
    await s.userEdit("Profil", "B4", [[2024]]);
    await s.userEdit("Kinerja", `${kolomCapaian(jenis)}3`, [[""]]);
    s.resetCounters();
    const t0 = performance.now();
    const h = await scaffold(opsi(jenis, contoh));
    return baris(`${jenis}, ${label}, jalan kedua`, h.syncs, s, performance.now() - t0, 3);
  });
}

async function bagikan(): Promise<BenchRow[]> {
  return dengan(async (s) => {
    resetRencanaBagikan();
    await scaffold(opsi("Tahunan", besar(2000)));
    // The first share learns the sheet list; the measured one is a repeat with the list known.
    await bagikanTanpaAddin();
    await s.userEdit("Kinerja", "B3", [["=LKJ.CAPAIAN(10,8)"]]);
    s.resetCounters();
    const t0 = performance.now();
    const h = await bagikanTanpaAddin();
    return baris("Bagikan tanpa add-in, 2.000 baris", h.syncs, s, performance.now() - t0, 2);
  });
}

export async function run(): Promise<BenchRow[]> {
  return [
    ...(await kosong("Triwulan")),
    ...(await kosong("Tahunan")),
    ...(await terisi("Triwulan", CONTOH, "terisi")),
    ...(await terisi("Tahunan", CONTOH, "terisi")),
    ...(await terisi("Tahunan", besar(2000), "2.000 baris Kinerja")),
    ...(await bagikan()),
  ];
}
