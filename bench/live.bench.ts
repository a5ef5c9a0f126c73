// Live-validation budget (issue 4): round trips of the path from an edit to
// updated findings (budget 1 read + 1 write) at 10 and 2.000 Kinerja rows, and
// its compute time (mapping + rules), measured with the Excel stand-in. The
// stand-in has no network latency, so the time rows show the add-in's own work
// per check; in Excel each round trip adds its latency. Rules: validateReport.
import { performance } from "perf_hooks";
import { exampleToRawWorkbook } from "../src/core/examples";
import type { RawWorkbook } from "../src/core/model/types";
import {
  getLiveState,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../src/office/live-validation";
import { contoh } from "../tests/support/contoh";
import { createStandin, installGlobals } from "../tests/support/excel-standin";
import type { BenchRow } from "./types";

const AREA = "Live";
const ULANG = 5;

/** The Senduro example with its Kinerja rows repeated to `n` rows (No 1..n). */
function workbook(n: number): RawWorkbook {
  const raw = exampleToRawWorkbook(contoh("senduro-kasi-pemberdayaan-2023-tw2"));
  return {
    ...raw,
    tables: raw.tables.map((t) => {
      if (t.name !== "Kinerja") return t;
      const noCol = t.headers.indexOf("No");
      const rows = Array.from({ length: n }, (_, i) => {
        const row = [...t.values[i % t.values.length]];
        row[noCol] = String(i + 1);
        return row;
      });
      const formats = Array.from(
        { length: n },
        (_, i) => t.numberFormats?.[i % t.values.length] ?? []
      );
      return { ...t, values: rows, formulas: rows.map((r) => [...r]), numberFormats: formats };
    }),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function jalur(n: number): Promise<BenchRow[]> {
  resetLiveValidation();
  const s = createStandin();
  const uninstall = installGlobals(s);
  try {
    s.seed(workbook(n));
    await startLiveValidation({ debounceMs: 0 });
    await whenIdle();
    const reads: number[] = [];
    const writes: number[] = [];
    const compute: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < ULANG; i++) {
      // Alternate between a right and a wrong capaian in row 2, so each edit changes a mark.
      const value = i % 2 === 0 ? 0.0264 : 0.5;
      s.resetCounters();
      const t0 = performance.now();
      await s.userEdit("Kinerja", "M2", [[value]]);
      await whenIdle();
      total.push(performance.now() - t0);
      // The first round trip of the path reads; any further one writes the marks.
      reads.push(Math.min(1, s.stats.syncs));
      writes.push(Math.max(0, s.stats.syncs - 1));
      compute.push(getLiveState().terakhir?.computeMs ?? NaN);
    }
    await stopLiveValidation();
    const baris = n.toLocaleString("id-ID");
    return [
      {
        area: AREA,
        metric: `edit → temuan, ${baris} baris: round trip`,
        value: Math.max(...reads.map((r, i) => r + writes[i])),
        unit: "sync",
        budget: 2,
        note: `baca ${Math.max(...reads)} + tulis ${Math.max(...writes)} (stand-in)`,
      },
      {
        area: AREA,
        metric: `edit → temuan, ${baris} baris: hitung (map + aturan)`,
        value: median(compute),
        unit: "ms",
        note: `median ${ULANG} edit; validateReport`,
      },
      {
        area: AREA,
        metric: `edit → temuan, ${baris} baris: total di stand-in`,
        value: median(total),
        unit: "ms",
        note: "tanpa latensi Excel",
      },
    ];
  } finally {
    resetLiveValidation();
    uninstall();
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...(await jalur(10)), ...(await jalur(2000))];
}
