// Task pane budget: the JavaScript the pane needs before its first view shows
// (taskpane.js + the pane's first chunk, React and Fluent UI included;
// min+gzip, budget 250 KB), and the time from navigation to a usable pane in
// headless Chromium: Beranda has read the workbook, and the Siapkan Lembar form
// accepts input after its tab is clicked. A production build served locally,
// with the Excel stand-in in place of office.js (the CDN request is refused).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { gzipBytes, initialScripts, runWebpack } from "../tests/shell/bundle";
import { standinBundle } from "../tests/support/excel-standin/bundle";
import { browserSkipReason, launchChromium } from "../tests/support/browser";
import type { BenchRow } from "./types";

const AREA = "Panel";
const BUDGET_KB = 250;
const RUNS = 5;
const BERANDA = "Navigasi → Beranda siap (membaca buku kerja)";
const FORMULIR = "Navigasi → formulir Siapkan Lembar dapat diisi";

interface Stats {
  namedChunkGroups: Record<string, { assets: { name: string }[] }>;
}

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
  };
  const server = createServer((req, res) => {
    const file = join(dir, normalize(decodeURIComponent((req.url ?? "/").split("?")[0])));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}/` });
    })
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), "lkj-bench-pane-"));
  const statsFile = `${out}-stats.json`;
  let server: Server | undefined;
  let base = "";
  const browser = browserSkipReason ? null : await launchChromium();
  try {
    const build = runWebpack(out, "production", {}, ["--json", statsFile]);
    if (!build.ok) throw new Error(`build gagal:\n${build.output.slice(-2000)}`);
    const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
    const initial = initialScripts(out);
    const pane = (stats.namedChunkGroups.panel?.assets ?? [])
      .map((a) => a.name)
      .filter((f) => f.endsWith(".js") && !initial.includes(f));
    const first = [...initial, ...pane];
    const kb = first.reduce((sum, f) => sum + gzipBytes(join(out, f)), 0) / 1024;
    const rows: BenchRow[] = [
      {
        area: AREA,
        metric: "JS awal panel (min+gzip)",
        value: kb,
        unit: "KB",
        budget: BUDGET_KB,
        note: `${first.join(", ")}; React + Fluent UI termasuk, tampilan lain dimuat malas`,
      },
      {
        area: AREA,
        metric: "Pustaka Word (docx) di JS awal",
        // The docx library writes WordprocessingML: its element names survive minification.
        value: first.filter((f) => readFileSync(join(out, f), "utf8").includes("w:document"))
          .length,
        unit: "kali",
        budget: 0,
        note: "ekspor Word harus tetap di chunk malas Narasi",
      },
    ];
    if (!browser) {
      // The same rows as when measured, so a run without Chromium still lists them.
      for (const metric of [BERANDA, FORMULIR]) {
        rows.push({ area: AREA, metric, skipped: browserSkipReason });
      }
      return rows;
    }

    ({ server, base } = await serve(out));
    const standin = await standinBundle({ lock: true });
    const beranda: number[] = [];
    const form: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: nothing cached from the previous one.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/^https:\/\//, (route) => route.abort());
      await page.addInitScript({ content: standin });
      const started = Date.now();
      await page.goto(`${base}taskpane.html`);
      await page.getByText("Buku kerja ini belum memuat lembar LKj").waitFor({ timeout: 60000 });
      beranda.push(Date.now() - started);
      await page.getByRole("tab", { name: "Siapkan Lembar" }).click();
      const tahun = page.getByRole("spinbutton", { name: "Tahun" });
      await tahun.fill("2024");
      form.push(Date.now() - started);
      await context.close();
    }
    rows.push(
      {
        area: AREA,
        metric: BERANDA,
        value: median(beranda),
        unit: "ms",
        note: `median ${RUNS} kali; build produksi, stand-in Excel`,
      },
      {
        area: AREA,
        metric: FORMULIR,
        value: median(form),
        unit: "ms",
        note: `median ${RUNS} kali; termasuk memuat chunk tampilan`,
      }
    );
    return rows;
  } finally {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    rmSync(out, { recursive: true, force: true });
    rmSync(statsFile, { force: true });
  }
}
