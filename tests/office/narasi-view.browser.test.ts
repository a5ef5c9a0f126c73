// NarasiView live in headless Chromium with the Excel stand-in as window.Excel:
// Buat Narasi from the keyboard asks first when the check finds an error,
// "Tetap buat narasi" writes the sheet, an edit of the tables shows the
// out-of-date notice when the pane gets focus back, Unduh Word downloads a
// .docx named after the report, Salin answers in plain Indonesian, and axe
// finds no accessibility violations. With live validation running (as in the
// pane), an edit shows the notice with one read sync in total.
import { readFileSync } from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  bundleEntry,
  describeBrowser as describeBrowserIf,
  launchChromium,
  syncsOnPage,
} from "../support/browser";
import { exampleToRawWorkbook } from "../../src/core/examples/raw";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "../../src/core/examples/tempeh-kasi-pemerintahan-2023-tw3";
import { standinBundle } from "../support/excel-standin/bundle";

const describeBrowser = describeBrowserIf("Uji NarasiView di peramban");

const ROOT = path.resolve(__dirname, "../..");

function viewBundle(): Promise<string> {
  return bundleEntry(
    `
        import { createRoot } from "react-dom/client";
        import { FluentProvider, webLightTheme } from "@fluentui/react-components";
        import { LAYANAN_EXCEL, NarasiView, resetNarasiView } from "../../src/taskpane/views/NarasiView";
        import { buatNarasi } from "../../src/office/narasi";
        const rules = () => [{ kode: "UJI", tingkat: "galat", lembar: "Kinerja", sel: "G2",
          pesan: "Target belum diisi dengan benar" }];
        resetNarasiView({ ...LAYANAN_EXCEL, buatNarasi: (o) => buatNarasi({ ...o, validate: rules }) });
        createRoot(document.getElementById("root")).render(
          <FluentProvider theme={webLightTheme}><NarasiView /></FluentProvider>
        );
      `,
    { resolveDir: __dirname, sourcefile: "narasi-entry.tsx" }
  );
}

/** The view with live validation running, as the pane has it (no findings: no marks). */
function liveBundle(): Promise<string> {
  return bundleEntry(
    `
        import { createRoot } from "react-dom/client";
        import { FluentProvider, webLightTheme } from "@fluentui/react-components";
        import { LAYANAN_EXCEL, NarasiView, resetNarasiView } from "../../src/taskpane/views/NarasiView";
        import { buatNarasi } from "../../src/office/narasi";
        import { startLiveValidation, whenIdle } from "../../src/office/live-validation";
        window.__lkjWhenIdle = whenIdle;
        resetNarasiView({ ...LAYANAN_EXCEL, buatNarasi: (o) => buatNarasi({ ...o, validate: () => [] }) });
        startLiveValidation({ validate: () => [], debounceMs: 50 }).then(() => {
          createRoot(document.getElementById("root")).render(
            <FluentProvider theme={webLightTheme}><NarasiView /></FluentProvider>
          );
        });
      `,
    { resolveDir: __dirname, sourcefile: "narasi-live-entry.tsx" }
  );
}

/** A page with the stand-in holding the Tempeh example and the view bundle loaded (downloads on). */
async function bukaNarasi(browser: Browser, bundle: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent('<!doctype html><html lang="id"><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: await standinBundle() });
  const raw = exampleToRawWorkbook(TEMPEH_KASI_PEMERINTAHAN_2023_TW3);
  await page.evaluate((r) => {
    (window as unknown as { __lkjStandin: { seed(x: unknown): void } }).__lkjStandin.seed(r);
  }, raw);
  await page.addScriptTag({ content: bundle });
  await page.getByRole("heading", { name: "Narasi Laporan" }).waitFor();
  return page;
}

describeBrowser("NarasiView in Chromium with live validation running", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await bukaNarasi(browser, await liveBundle(), errors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const syncs = () => syncsOnPage(page);

  test("one edit of the tables: the notice appears with one read sync in total", async () => {
    await page
      .getByRole("button", { name: "Buat Narasi: periksa laporan lalu tulis lembar Narasi" })
      .click();
    await page.getByText(/^Lembar Narasi ditulis \(\d+ baris\)$/).waitFor();
    await syncs();
    await page.evaluate(() =>
      (
        window as unknown as { __lkjStandin: { resetCounters(): void } }
      ).__lkjStandin.resetCounters()
    );
    await page.evaluate(() =>
      (
        window as unknown as { __lkjStandin: { userEdit(...a: unknown[]): Promise<void> } }
      ).__lkjStandin.userEdit("Kinerja", "G2", [[91]])
    );
    // No focus event: the live check alone brings the notice.
    await page.getByText("Narasi sudah tidak mutakhir").waitFor();
    await expect(syncs()).resolves.toEqual(["read"]);
    expect(errors).toEqual([]);
  });

  test("shown again (focus and visibilitychange together): one check, one read", async () => {
    await syncs();
    await page.evaluate(() => {
      (
        window as unknown as { __lkjStandin: { resetCounters(): void } }
      ).__lkjStandin.resetCounters();
      window.dispatchEvent(new Event("focus"));
      document.dispatchEvent(new Event("visibilitychange"));
    });
    // The view gathers the two events for a moment before it asks for a check.
    await page.waitForTimeout(300);
    await expect(syncs()).resolves.toEqual(["read"]);
    expect(errors).toEqual([]);
  });
});

describeBrowser("NarasiView in Chromium with the stand-in", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await bukaNarasi(browser, await viewBundle(), errors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const standin = <T>(fn: string): Promise<T> =>
    page.evaluate((f) => {
      const s = (window as unknown as { __lkjStandin: Record<string, unknown> }).__lkjStandin;
      return new Function("s", `return (${f})(s)`)(s);
    }, fn) as Promise<T>;

  test("Buat Narasi from the keyboard: the error first, then Tetap buat narasi writes", async () => {
    await page
      .getByRole("button", { name: "Buat Narasi: periksa laporan lalu tulis lembar Narasi" })
      .focus();
    await page.keyboard.press("Enter");
    await page.getByText("Pemeriksaan menemukan 1 galat, 0 peringatan, 0 info").waitFor();
    await page.getByText("Target belum diisi dengan benar").waitFor();
    await expect(standin<string[]>("(s) => s.sheetNames()")).resolves.not.toContain("Narasi");

    await page.getByRole("button", { name: "Tetap buat narasi" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^Lembar Narasi ditulis \(\d+ baris\)$/).waitFor();
    await expect(standin<string[]>("(s) => s.sheetNames()")).resolves.toContain("Narasi");
    await expect(standin<string | null>("(s) => s.model.activeSheet")).resolves.toBe("Narasi");
  });

  test("an edit of the tables: out-of-date notice when the pane is focused again", async () => {
    await standin<void>('(s) => s.userEdit("Kinerja", "G2", [[91]])');
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.getByText("Narasi sudah tidak mutakhir").waitFor();
  });

  test("Unduh Word downloads a .docx named after the report", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh Word (.docx): narasi sebagai dokumen Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx");
    await page.getByText("Berkas LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx diunduh.").waitFor();
  });

  test("Salin answers in Indonesian (copied, or the clipboard is not allowed)", async () => {
    await page
      .getByRole("button", { name: "Salin: narasi ke papan klip untuk ditempel di Word" })
      .click();
    await page.getByText(/Narasi disalin\.|Papan klip tidak diizinkan/).waitFor();
  });

  test("axe: no accessibility violations; no page errors", async () => {
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
    expect(errors).toEqual([]);
  });
});
