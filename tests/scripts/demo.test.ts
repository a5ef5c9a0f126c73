// `npm run demo` end to end (in-process): every example workbook is written,
// computed, checked and narrated, and the outputs say what they should.
import { existsSync, mkdtempSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { runDemo } from "../../scripts/demo";
import { EXAMPLES } from "../../src/core/examples";

describe("npm run demo", () => {
  it("computes, checks and narrates every example report into the output folder", async () => {
    const out = mkdtempSync(join(tmpdir(), "lkj-demo-"));
    const lines: string[] = [];
    const rows = await runDemo(out, (l) => lines.push(l));

    expect(rows.map((r) => basename(r.workbook, ".xlsx")).sort()).toEqual(
      EXAMPLES.map((e) => e.id).sort()
    );
    for (const row of rows) {
      const names = row.files.map((f) => basename(f)).sort();
      expect(names).toEqual(
        [
          "hitung.json",
          "hitung.txt",
          "narasi.docx",
          "narasi.md",
          "periksa.json",
          "periksa.txt",
        ].sort()
      );
      for (const f of row.files) expect(statSync(f).size).toBeGreaterThan(0);
      // The JSON outputs parse and agree with the exit code of periksa.
      const periksa = JSON.parse(
        readFileSync(row.files.find((f) => f.endsWith("periksa.json")) as string, "utf8")
      );
      const galat = periksa.temuan.filter((t: { tingkat: string }) => t.tingkat === "galat").length;
      expect(row.periksaExit).toBe(galat > 0 ? 1 : 0);
      JSON.parse(readFileSync(row.files.find((f) => f.endsWith("hitung.json")) as string, "utf8"));
      const md = readFileSync(row.files.find((f) => f.endsWith("narasi.md")) as string, "utf8");
      expect(md).toMatch(/BAB I/);
      expect(md).not.toMatch(/undefined|NaN/);
    }
    // The seeds' real mistakes are there to find: at least one example has findings.
    expect(rows.some((r) => r.periksaExit === 1)).toBe(true);
    expect(lines.join("\n")).toContain(out);
    expect(existsSync(join(out, "contoh"))).toBe(true);
  });
});
