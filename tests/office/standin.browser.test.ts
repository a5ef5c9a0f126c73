// The stand-in's IIFE bundle works in headless Chromium: window.Excel runs a
// batch (load/sync, table rows, events) and window.__lkjStandin counts syncs.
import type { Browser } from "playwright-core";
import { describeBrowser as describeBrowserIf, launchChromium } from "../support/browser";
import { standinBundle } from "../support/excel-standin/bundle";

const describeBrowser = describeBrowserIf("Uji stand-in di peramban");

describeBrowser("Excel stand-in bundle in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("window.Excel and window.__lkjStandin work in the page", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ content: await standinBundle() });
    const result = await page.evaluate(async () => {
      const w = window as unknown as {
        Excel: typeof Excel;
        __lkjStandin: {
          seed(x: unknown): void;
          resetCounters(): void;
          stats: { syncs: number };
          userEdit(s: string, a: string, v: unknown[][]): Promise<void>;
          cell(s: string, a: string): { value: unknown };
        };
      };
      const s = w.__lkjStandin;
      s.seed({
        tables: [{ sheet: "Kinerja", name: "Kinerja", address: "A1", headers: ["No", "Target"] }],
      });
      s.resetCounters();
      const events: string[] = [];
      const values = await w.Excel.run(async (context) => {
        const t = context.workbook.tables.getItem("Kinerja");
        t.rows.add(undefined, [["1", 12]]);
        t.onChanged.add(async (e) => {
          events.push(e.address);
        });
        const body = t.getDataBodyRange().load("values");
        await context.sync();
        return body.values;
      });
      await s.userEdit("Kinerja", "B3", [[15]]);
      return { values, syncs: s.stats.syncs, events, b3: s.cell("Kinerja", "B3").value };
    });
    expect(errors).toEqual([]);
    // The seeded table's blank body row stays; "1" written to a General cell is a number.
    expect(result.values).toEqual([
      ["", ""],
      [1, 12],
    ]);
    expect(result.syncs).toBe(1);
    expect(result.events).toEqual(["B3"]);
    expect(result.b3).toBe(15);
    await page.close();
  });

  test("locked: a later office.js-like assignment does not replace window.Excel", async () => {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ content: await standinBundle({ lock: true }) });
    const same = await page.evaluate(() => {
      const w = window as unknown as Record<string, { run?: unknown }>;
      const before = w.Excel.run;
      w.Excel = { run: "office.js" };
      (w.Excel as Record<string, unknown>).run = "office.js";
      return w.Excel.run === before && typeof before === "function";
    });
    expect(same).toBe(true);
    await page.close();
  });
});
