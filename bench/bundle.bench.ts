// Bundle budget: the JavaScript taskpane.html runs before the custom functions are registered
// (minified + gzipped; budget 250 KB), the task pane's lazy chunks, and the total. A fresh
// production build into a temporary folder, with webpack's stats for the chunk graph.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipBytes, initialScripts, jsFiles, runWebpack } from "../tests/shell/bundle";
import type { BenchRow } from "./types";

const AREA = "Bundel";
const BUDGET_KB = 250;

interface Stats {
  namedChunkGroups: Record<string, { assets: { name: string }[] }>;
}

const kb = (bytes: number) => bytes / 1024;

export async function run(): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), "lkj-bench-"));
  const statsFile = `${out}-stats.json`;
  try {
    const started = Date.now();
    const build = runWebpack(out, "production", {}, ["--json", statsFile]);
    const seconds = (Date.now() - started) / 1000;
    if (!build.ok) throw new Error(`build gagal:\n${build.output.slice(-2000)}`);
    const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;

    const size = (files: string[]) => files.reduce((sum, f) => sum + gzipBytes(join(out, f)), 0);
    const raw = (files: string[]) =>
      files.reduce((sum, f) => sum + readFileSync(join(out, f)).length, 0);
    const initial = initialScripts(out);
    const pane = (stats.namedChunkGroups.panel?.assets ?? [])
      .map((a) => a.name)
      .filter((f) => f.endsWith(".js") && !initial.includes(f));
    const all = jsFiles(out);
    const other = all.filter((f) => !initial.includes(f) && !pane.includes(f));

    const rows: BenchRow[] = [
      {
        area: AREA,
        metric: "JS sebelum fungsi terdaftar (min+gzip)",
        value: kb(size(initial)),
        unit: "KB",
        budget: BUDGET_KB,
        note: `${initial.join(", ")}; ${kb(raw(initial)).toFixed(1)} KB min.; office.js (CDN) tidak dihitung`,
      },
      {
        area: AREA,
        metric: "Panel tugas, chunk malas (min+gzip)",
        value: kb(size(pane)),
        unit: "KB",
        note: `${pane.length} berkas; React + Fluent UI dimuat setelah pendaftaran`,
      },
    ];
    if (other.length > 0) {
      rows.push({
        area: AREA,
        metric: "Chunk malas lain (min+gzip)",
        value: kb(size(other)),
        unit: "KB",
        note: other.join(", "),
      });
    }
    rows.push(
      {
        area: AREA,
        metric: "Total JS halaman (min+gzip)",
        value: kb(size(all)),
        unit: "KB",
        note: `${all.length} berkas`,
      },
      { area: AREA, metric: "Waktu build produksi", value: seconds, unit: "s" }
    );
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(statsFile, { force: true });
  }
}
