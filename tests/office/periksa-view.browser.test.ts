// PeriksaView live in headless Chromium with the Excel stand-in as window.Excel:
// findings appear, clicking one selects its cell, an edit in the "sheet"
// updates the list, the Periksa button works from the keyboard, and axe finds
// no accessibility violations.
import { readFileSync } from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  bundleEntry,
  describeBrowser as describeBrowserIf,
  launchChromium,
} from "../support/browser";
import { exampleToRawWorkbook } from "../../src/core/examples";
import { contoh } from "../support/contoh";
import { standinBundle } from "../support/excel-standin/bundle";

const describeBrowser = describeBrowserIf("Uji PeriksaView di peramban");

const ROOT = path.resolve(__dirname, "../..");

/** The view with test rules (capaian typed vs computed), rendered into #root. */
function viewBundle(): Promise<string> {
  return bundleEntry(
    `
        import { createRoot } from "react-dom/client";
        import { FluentProvider, webLightTheme } from "@fluentui/react-components";
        import { PeriksaView } from "../../src/taskpane/views/PeriksaView";
        import { startLiveValidation } from "../../src/office/live-validation";
        function rules(model) {
          const out = [];
          for (const k of model.kinerja) {
            const c = k.computed.capaian;
            const r = k.reported.capaian;
            if (c.ok && r.value !== null && Math.abs(c.value - r.value) > 0.00005) {
              out.push({ kode: "CAPAIAN_TIDAK_SESUAI", tingkat: "galat", lembar: r.ref.sheet,
                sel: r.ref.address, pesan: "Capaian tidak sesuai dengan realisasi / target" });
            }
            const p = k.realisasi.parsed;
            if (p.ok && p.fromText) {
              out.push({ kode: "ANGKA_SEBAGAI_TEKS", tingkat: "peringatan", lembar: "Kinerja",
                sel: k.realisasi.ref.address, pesan: "Realisasi tersimpan sebagai teks",
                perbaikan: { jenis: "angka-dari-teks", sel: k.realisasi.ref, nilai: p.value, label: "" } });
            }
          }
          return out;
        }
        startLiveValidation({ validate: rules, debounceMs: 50 }).then(() => {
          createRoot(document.getElementById("root")).render(
            <FluentProvider theme={webLightTheme}><PeriksaView /></FluentProvider>
          );
        });
      `,
    { resolveDir: __dirname, sourcefile: "periksa-entry.tsx" }
  );
}

describeBrowser("PeriksaView in Chromium with the stand-in", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setContent(
      '<!doctype html><html lang="id"><body><div id="root"></div></body></html>'
    );
    await page.addScriptTag({ content: await standinBundle() });
    const raw = exampleToRawWorkbook(contoh("senduro-kasi-pemberdayaan-2023-tw2"));
    await page.evaluate((r) => {
      (window as unknown as { __lkjStandin: { seed(x: unknown): void } }).__lkjStandin.seed(r);
    }, raw);
    await page.addScriptTag({ content: await viewBundle() });
    await page.getByText("Pemeriksaan otomatis aktif").waitFor();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const standin = <T>(fn: string): Promise<T> =>
    page.evaluate((f) => {
      const s = (window as unknown as { __lkjStandin: Record<string, unknown> }).__lkjStandin;
      return new Function("s", `return (${f})(s)`)(s);
    }, fn) as Promise<T>;

  test("findings listed by sheet with counts", async () => {
    await page.getByLabel("Ringkasan: 3 galat, 0 peringatan, 0 info").waitFor();
    await expect(page.getByRole("region", { name: "Lembar Kinerja" }).count()).resolves.toBe(1);
    const items = page.getByRole("button", { name: /^Galat M\d .*lembar Kinerja/ });
    await expect(items.count()).resolves.toBe(3);
  });

  test("clicking a finding selects its cell", async () => {
    await page.getByRole("button", { name: /^Galat M3 .*lembar Kinerja/ }).click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __lkjStandin: { selection(): string } }
        ).__lkjStandin.selection() === "Kinerja!M3"
    );
  });

  test("an edit in the sheet updates the list", async () => {
    await standin<void>('(s) => s.userEdit("Kinerja", "M2", [[0.0264]])');
    await page.getByLabel("Ringkasan: 2 galat, 0 peringatan, 0 info").waitFor();
  });

  test("Periksa from the keyboard runs a check", async () => {
    const before = await standin<number>("(s) => s.stats.syncs");
    await page.getByRole("button", { name: "Periksa seluruh laporan sekarang" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (b) =>
        (window as unknown as { __lkjStandin: { stats: { syncs: number } } }).__lkjStandin.stats
          .syncs > b,
      before
    );
  });

  test("a quick fix button writes the number and the finding goes", async () => {
    await standin<void>(`(s) => s.userEdit("Kinerja", "L3", [["'0,5"]])`);
    const fix = page.getByRole("button", { name: "Ubah menjadi angka di Kinerja!L3" });
    await fix.waitFor();
    await fix.click();
    await fix.waitFor({ state: "detached" });
    await expect(standin<unknown>('(s) => s.cell("Kinerja", "L3").value')).resolves.toBe(0.5);
  });

  test("axe: no accessibility violations", async () => {
    const axe = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: { id: string; help: string }[] }> };
      };
      const r = await w.axe.run(document.getElementById("root"));
      return r.violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
  });
});
