// Narrative budgets (issue 5): the narrative for 2.000 indicators (budget 200 ms:
// building the document and its Narasi sheet rows from the report model; the
// mapping is measured by the validation bench), plus Markdown and Tahunan rows
// without a budget. Rows for the .docx and `lkj narasi` belong in this file too.
import { performance } from "perf_hooks";
import { mapWorkbook } from "../src/core/model";
import {
  buildTahunan,
  buildTriwulan,
  renderMarkdown,
  renderSheetRows,
} from "../src/core/narrative";
import { bukuSintetis } from "./validation.bench";
import type { BenchRow } from "./types";

const AREA = "Narasi";
const INDIKATOR = 2_000;
const BARIS_ANGGARAN = 2_000;
const ULANG = 7;

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

function catatan(ms: number[], extra: string): string {
  return `median ${ULANG} kali; min ${Math.min(...ms).toFixed(1)} ms, maks ${Math.max(...ms).toFixed(1)} ms; ${extra}`;
}

export async function run(): Promise<BenchRow[]> {
  const model = mapWorkbook(bukuSintetis(INDIKATOR, BARIS_ANGGARAN));
  if (model.kinerja.length !== INDIKATOR) throw new Error("model sintetis tidak lengkap");
  const label = `${INDIKATOR.toLocaleString("id-ID")} indikator + ${BARIS_ANGGARAN.toLocaleString("id-ID")} baris anggaran`;

  const tw = ukur(() => {
    const doc = buildTriwulan(model);
    return { doc, rows: renderSheetRows(doc) };
  });
  const md = ukur(() => renderMarkdown(tw.hasil.doc));
  const th = ukur(() => buildTahunan({ ...model, jenis: "Tahunan", triwulan: null }));

  return [
    {
      area: AREA,
      metric: `buildTriwulan + renderSheetRows, ${label}`,
      value: median(tw.ms),
      unit: "ms",
      budget: 200,
      note: catatan(
        tw.ms,
        `${tw.hasil.doc.blocks.length} blok, ${tw.hasil.rows.rows.length} baris sheet`
      ),
    },
    {
      area: AREA,
      metric: `renderMarkdown, ${label}`,
      value: median(md.ms),
      unit: "ms",
      note: catatan(md.ms, `${Math.round(md.hasil.length / 1024)} KB teks`),
    },
    {
      area: AREA,
      metric: `buildTahunan, ${label}`,
      value: median(th.ms),
      unit: "ms",
      note: catatan(th.ms, `${th.hasil.blocks.length} blok`),
    },
  ];
}
