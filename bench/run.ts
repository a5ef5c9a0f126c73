// `npm run bench`: runs every bench/*.bench.ts and prints one table.
// Benchmarks measure; tests assert behaviour. A row over budget is flagged, not failed.
import { readdirSync } from "fs";
import { join } from "path";
import type { BenchModule, BenchRow, MeasuredRow } from "./types";

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function formatValue(row: MeasuredRow): string {
  const digits =
    row.unit === "ms" || row.unit === "s" ? (row.value < 10 ? 2 : 1) : row.unit === "KB" ? 1 : 0;
  return `${row.value.toFixed(digits)} ${row.unit}`;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.includes(only))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as BenchModule;
    try {
      rows.push(...(await mod.run()));
    } catch (error) {
      rows.push({ area: file, metric: "gagal dijalankan", skipped: String(error) });
    }
  }
  const header = ["Bidang", "Ukuran", "Hasil", "Anggaran", "Status", "Catatan"];
  const table = rows.map((r) =>
    "skipped" in r
      ? [r.area, r.metric, "dilewati", "-", "", r.skipped]
      : [
          r.area,
          r.metric,
          formatValue(r),
          r.budget === undefined ? "-" : `${r.budget} ${r.unit}`,
          r.budget === undefined ? "" : r.value <= r.budget ? "OK" : "LEWAT",
          r.note ?? "",
        ]
  );
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    "| " + cells.map((c, i) => pad(c, widths[i])).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of table) console.log(line(row));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
