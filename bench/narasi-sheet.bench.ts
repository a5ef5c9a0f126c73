// The Narasi sheet writer ("Buat Narasi") for a 2.000-indicator report through
// the Excel stand-in: round trips (budget 1 read + 1 write, the table list
// already known as it is once the pane has read the workbook), operations in
// the write batch (formats are grouped by runs of rows, so they grow with the
// document's structure, not cell by cell), the add-in's compute time (map,
// validate, build, rows) and the whole command in the stand-in (no Excel
// latency; each round trip adds it in Excel).
import { performance } from "perf_hooks";
import { mapWorkbook } from "../src/core/model";
import { buildNarasi, renderSheetRows } from "../src/core/narrative";
import { validateReport } from "../src/core/validation";
import { buatNarasi, resetNarasi, statusNarasi } from "../src/office/narasi";
import { forgetReadPlan } from "../src/office/read";
import { createStandin, installGlobals } from "../tests/support/excel-standin";
import { bukuSintetis } from "./validation.bench";
import type { BenchRow } from "./types";

const AREA = "Narasi (Excel)";
const INDIKATOR = 2_000;
const BARIS_ANGGARAN = 2_000;
const ULANG = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function run(): Promise<BenchRow[]> {
  const raw = bukuSintetis(INDIKATOR, BARIS_ANGGARAN);
  const label = `${INDIKATOR.toLocaleString("id-ID")} indikator`;

  // Compute alone: what the command does besides Excel.
  const hitung: number[] = [];
  let barisSheet = 0;
  for (let i = 0; i <= ULANG; i++) {
    const t0 = performance.now();
    const model = mapWorkbook(raw);
    validateReport(model);
    barisSheet = renderSheetRows(buildNarasi(model)).rows.length;
    if (i > 0) hitung.push(performance.now() - t0); // the first run warms up
  }

  forgetReadPlan();
  resetNarasi();
  const s = createStandin();
  const uninstall = installGlobals(s);
  try {
    s.seed(raw);
    await statusNarasi(); // the pane has read the workbook once: the table list is known
    const syncs: number[] = [];
    const baca: number[] = [];
    const tulis: number[] = [];
    const ops: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < ULANG; i++) {
      s.resetCounters();
      const t0 = performance.now();
      const r = await buatNarasi({ tetapBuat: true });
      total.push(performance.now() - t0);
      if (r.status !== "selesai") throw new Error("narasi tidak ditulis");
      syncs.push(s.stats.syncs);
      baca.push(s.stats.readSyncs);
      tulis.push(s.stats.writeSyncs);
      ops.push(s.syncLog.filter((e) => e.kind === "write").reduce((a, e) => a + e.writes, 0));
    }
    return [
      {
        area: AREA,
        metric: `Buat Narasi, ${label}: round trip`,
        value: Math.max(...syncs),
        unit: "sync",
        budget: 2,
        note: `baca ${Math.max(...baca)} + tulis ${Math.max(...tulis)} (stand-in; pertama kali dan menulis ulang)`,
      },
      {
        area: AREA,
        metric: `Buat Narasi, ${label}: operasi dalam satu tulis`,
        value: Math.max(...ops),
        unit: "kali",
        note: `${barisSheet.toLocaleString("id-ID")} baris sheet; format per jenis lewat RangeAreas (≤ 255 karakter alamat)`,
      },
      {
        area: AREA,
        metric: `Buat Narasi, ${label}: hitung (map + validasi + narasi + baris)`,
        value: median(hitung),
        unit: "ms",
        note: `median ${ULANG} kali`,
      },
      {
        area: AREA,
        metric: `Buat Narasi, ${label}: total di stand-in`,
        value: median(total),
        unit: "ms",
        note: `median ${ULANG} kali; tanpa latensi Excel`,
      },
    ];
  } finally {
    uninstall();
    forgetReadPlan();
    resetNarasi();
  }
}
