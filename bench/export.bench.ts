// Word export budgets (issue 5): the .docx of the narrative for 2.000
// indicators (budget 2 s), and `lkj narasi` on an example workbook as a whole
// process (node bin/lkj.js, as a user runs it; no budget, reported).
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { mapWorkbook } from "../src/core/model";
import { buildTriwulan } from "../src/core/narrative";
import { docxBytes } from "../src/export/docx";
import { writeTemplateBuffer } from "../src/adapters/file/write";
import { EXAMPLES } from "../src/core/examples";
import { bukuSintetis } from "./validation.bench";
import type { BenchRow } from "./types";

const AREA = "Word";
const ULANG = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const doc = buildTriwulan(mapWorkbook(bukuSintetis(2_000, 2_000)));
  await docxBytes(doc); // warm-up
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < ULANG; i++) {
    const t0 = performance.now();
    size = (await docxBytes(doc)).length;
    ms.push(performance.now() - t0);
  }
  rows.push({
    area: AREA,
    metric: ".docx narasi 2.000 indikator + 2.000 baris anggaran",
    value: median(ms) / 1000,
    unit: "s",
    budget: 2,
    note: `median ${ULANG} kali; ${Math.round(size / 1024)} KB`,
  });

  const cli = join(process.cwd(), "build", "cli", "cli", "main.js");
  const example = EXAMPLES[0];
  if (!existsSync(cli)) {
    rows.push({
      area: AREA,
      metric: `lkj narasi ${example.id}.xlsx → .docx (proses utuh)`,
      skipped: "build/cli belum ada: jalankan npm run build:cli dulu",
    });
    return rows;
  }
  const dir = mkdtempSync(join(tmpdir(), "lkj-bench-narasi-"));
  const xlsx = join(dir, `${example.id}.xlsx`);
  writeFileSync(
    xlsx,
    await writeTemplateBuffer({ jenis: example.jenis, rumus: "lkj", data: example.tables })
  );
  const times: number[] = [];
  for (let i = 0; i < ULANG; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ["bin/lkj.js", "narasi", xlsx, "-o", join(dir, "n.docx")]);
    times.push(performance.now() - t0);
  }
  rows.push({
    area: AREA,
    metric: `lkj narasi ${example.id}.xlsx → .docx (proses utuh)`,
    value: median(times),
    unit: "ms",
    note: `median ${ULANG} kali, termasuk start Node`,
  });
  return rows;
}
