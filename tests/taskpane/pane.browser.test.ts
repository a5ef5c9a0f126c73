// The whole task pane (src/taskpane/mount.tsx) in headless Chromium with the Excel
// stand-in as window.Excel: Beranda reads an empty workbook, the tabs work from the
// keyboard, the Siapkan Lembar form validates and fills from an example, submitting
// it creates the sheets and tables in the stand-in (and a second run changes nothing),
// Beranda then shows the report's state, "Bagikan tanpa add-in" asks before anything
// happens, the dark theme renders, and axe finds no serious or critical violations.
// Screenshots go to artifacts/ (gitignored).
import { mkdirSync, readFileSync } from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  bundleEntry,
  describeBrowser as describeBrowserIf,
  launchChromium,
  syncsOnPage,
} from "../support/browser";
import { standinBundle } from "../support/excel-standin/bundle";

const describeBrowser = describeBrowserIf("Uji panel di peramban");

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "artifacts");

let paneCode: Promise<string> | null = null;

/** The pane as one IIFE (esbuild inlines the lazy views), mounted into #root. */
function paneBundle(): Promise<string> {
  paneCode ??= bundleEntry(
    `
        import { mount } from "./src/taskpane/mount";
        import { navigasi } from "./src/taskpane/navigation";
        import { whenIdle } from "./src/office/live-validation";
        // What a ribbon button does in the shared runtime (commands.ts), for the test.
        window.__lkjNavigasi = navigasi;
        window.__lkjWhenIdle = whenIdle;
        mount(document.getElementById("root"));
      `,
    { resolveDir: ROOT, sourcefile: "pane-entry.tsx" }
  );
  return paneCode;
}

interface StandinWindow {
  __lkjStandin: {
    addSheet(name: string): void;
    sheetNames(): string[];
    tableNames(): string[];
    snapshot(sheet: string, address?: string): { formulas: unknown[][] };
  };
}

async function openPane(
  browser: Browser,
  opts: { officeBackground?: string; excelError?: string } = {}
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent(
    '<!doctype html><html lang="id"><head><title>LKj - Laporan Kinerja</title>' +
      "<style>html, body { margin: 0; }</style></head>" +
      '<body><div id="root"></div></body></html>'
  );
  await page.addScriptTag({ content: await standinBundle() });
  await page.evaluate((bg) => {
    (window as unknown as StandinWindow).__lkjStandin.addSheet("Sheet1");
    if (bg) {
      (window as unknown as { Office: unknown }).Office = {
        context: { officeTheme: { bodyBackgroundColor: bg } },
      };
    }
  }, opts.officeBackground ?? null);
  if (opts.excelError) {
    // Every Excel.run fails the way Excel fails it, with an error code.
    await page.evaluate((code) => {
      (window as unknown as { Excel: unknown }).Excel = {
        run: () => Promise.reject(Object.assign(new Error(`${code} at scaffold.ts:1`), { code })),
      };
    }, opts.excelError);
  }
  await page.addScriptTag({ content: await paneBundle() });
  return { page, errors };
}

/**
 * Serious and critical axe violations of the page. Tabster's focus sentinels
 * (<i data-tabster-dummy tabindex=0 aria-hidden>, which Fluent UI's tab list and
 * dialog insert to redirect focus) are left out: a documented false positive of
 * aria-hidden-focus (microsoft/tabster#288). Waits for running animations (a dialog
 * fading in) so contrast is measured on the final colours.
 */
async function axe(page: Page): Promise<string[]> {
  // A cancelled animation rejects `finished` with AbortError: that one is done too.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
  );
  const has = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== "undefined");
  if (!has) {
    const code = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: code });
  }
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(ctx: unknown): Promise<{
          violations: {
            id: string;
            impact: string;
            help: string;
            nodes: { target: string[]; failureSummary?: string }[];
          }[];
        }>;
      };
    };
    const r = await w.axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`
      );
  });
}

describeBrowser("task pane in Chromium with the stand-in", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const standin = <T>(fn: string): Promise<T> =>
    page.evaluate((f) => {
      const s = (window as unknown as { __lkjStandin: unknown }).__lkjStandin;
      return new Function("s", `return (${f})(s)`)(s);
    }, fn) as Promise<T>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    ({ page, errors } = await openPane(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("Beranda on an empty workbook: no LKj sheets yet, the actions offered", async () => {
    await page.getByText("Buku kerja ini belum memuat lembar LKj").waitFor();
    await expect(page.getByText("Kinerja: belum ada").count()).resolves.toBe(1);
    await expect(
      page.getByRole("tab", { name: "Beranda" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    for (const name of [
      "Siapkan Lembar",
      "Periksa",
      "Buat Narasi",
      "Bagikan tanpa add-in",
      "Kembalikan rumus LKJ",
    ]) {
      await expect(
        page
          .getByRole("region", { name: "Tindakan" })
          .getByRole("button", { name, exact: true })
          .count()
      ).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
  });

  test("the tabs work from the keyboard", async () => {
    await page.getByRole("tab", { name: "Beranda" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Siapkan Lembar" }).waitFor();
    await expect(
      page.getByRole("tab", { name: "Siapkan Lembar" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
  });

  test("the form: Periode only for Triwulan, Tahun validated, an example fills the form", async () => {
    const periode = page.getByLabel("Periode");
    const tahun = page.getByRole("spinbutton", { name: "Tahun" });
    await expect(tahun.inputValue()).resolves.toBe(String(new Date().getFullYear()));
    await page.getByRole("radio", { name: "Tahunan" }).check();
    await periode.waitFor({ state: "detached" });
    await page.getByRole("radio", { name: "Triwulan" }).check();
    await periode.waitFor();

    await tahun.fill("1999");
    await page.getByText("Tahun harus antara 2000 dan 2100.").waitFor();
    await expect(tahun.getAttribute("aria-invalid")).resolves.toBe("true");
    await tahun.fill("2024");
    await page.getByText("Tahun harus antara 2000 dan 2100.").waitFor({ state: "detached" });

    const contoh = page.getByLabel("Isi dengan contoh");
    const pilihan = await contoh.locator("option").allTextContents();
    expect(pilihan[0]).toBe("Tanpa contoh (lembar kosong)");
    const tempeh = pilihan.find((p) => p.includes("Tempeh"));
    expect(tempeh).toBeDefined();
    await contoh.selectOption({ label: tempeh as string });
    await expect(tahun.inputValue()).resolves.toBe("2023");
    await expect(periode.inputValue()).resolves.toBe("3");
  });

  test("Siapkan Lembar creates the sheets and tables in the workbook; a second run adds nothing", async () => {
    await page.getByRole("button", { name: "Siapkan Lembar", exact: true }).click();
    await page.getByText("Lembar siap.").waitFor();
    const sheets = await standin<string[]>("(s) => s.sheetNames()");
    expect(sheets).toEqual(
      expect.arrayContaining([
        "Sheet1",
        "Profil",
        "Tugas Fungsi",
        "Kinerja",
        "Anggaran",
        "Strategi",
        "Tindak Lanjut",
      ])
    );
    const tables = await standin<string[]>("(s) => s.tableNames()");
    expect(tables).toEqual(
      expect.arrayContaining(["Profil", "Kinerja", "Anggaran", "TindakLanjut"])
    );
    const hasil = page.getByRole("list", { name: "Hasil Siapkan Lembar" });
    await expect(hasil.getByText(/^Lembar dibuat \(\d+\): Profil, /).count()).resolves.toBe(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-siapkan.png"), fullPage: true });

    await page.getByRole("button", { name: "Siapkan Lembar", exact: true }).click();
    await hasil.getByText(/^Lembar dibuat/).waitFor({ state: "detached" });
    await expect(standin<string[]>("(s) => s.sheetNames()")).resolves.toEqual(sheets);
    expect(errors).toEqual([]);
  });

  test("axe: the form has no serious or critical violations", async () => {
    await expect(axe(page)).resolves.toEqual([]);
  });

  test("Beranda shows the report's state after Siapkan Lembar", async () => {
    await page.getByRole("button", { name: "Lihat Beranda" }).click();
    await page.getByText("Laporan Triwulan III Tahun 2023").waitFor();
    await expect(
      page.getByText(/^Kinerja: \d+ indikator, \d+ dengan realisasi$/).count()
    ).resolves.toBe(1);
    await expect(
      page.getByText(/^Temuan pemeriksaan: \d+ galat, \d+ peringatan, \d+ info$/).count()
    ).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-beranda.png"), fullPage: true });
  });

  test("live validation runs from the start: a wrong capaian typed shows on the Periksa tab and in the sheet", async () => {
    const tabPeriksa = page.getByRole("tab", { name: /^Periksa/ });
    // Siapkan Lembar wrote with events off; the check that followed it counted no galat.
    await expect(tabPeriksa.textContent()).resolves.toMatch(/^Periksa(Periksa)?$/);
    // The Capaian of the second indicator (Tempeh: 9 of 12 fasilitasi, 75 % typed, right).
    const sel = await standin<{ address: string; formula: unknown }>(`(s) => {
      const snap = s.snapshot("Kinerja");
      const j = snap.formulas[0].indexOf("Capaian");
      const letter = String.fromCharCode(65 + j);
      return { address: letter + "3", formula: snap.formulas[2][j] };
    }`);
    expect(sel.formula).toBe(0.75);

    await standin(`(s) => s.userEdit("Kinerja", "${sel.address}", [[0.123]])`);
    await page.getByRole("tab", { name: "Periksa (1)" }).waitFor();
    await expect(
      page.getByRole("tab", { name: "Beranda" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    const tanda = await standin<number>(
      `(s) => s.conditionalFormats("Kinerja", "${sel.address}").length`
    );
    expect(tanda).toBeGreaterThan(0);

    // Typing the right figure back clears the count and the mark.
    await standin(
      `(s) => s.userEdit("Kinerja", "${sel.address}", [[${JSON.stringify(sel.formula)}]])`
    );
    await page.getByRole("tab", { name: "Periksa (1)" }).waitFor({ state: "detached" });
    await expect(
      standin<number>(`(s) => s.conditionalFormats("Kinerja", "${sel.address}").length`)
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test("an edit with Beranda shown: Beranda follows it, one read sync in total", async () => {
    const syncs = () => syncsOnPage(page);
    await page.getByText("Laporan Triwulan III Tahun 2023").waitFor();
    const tahun = await standin<string>(`(s) => {
      const v = s.snapshot("Profil").values;
      return "B" + (v.findIndex((r) => r[0] === "Tahun") + 1);
    }`);
    await syncs();
    await standin<void>("(s) => s.resetCounters()");
    await standin(`(s) => s.userEdit("Profil", "${tahun}", [[2024]])`);
    await page.getByText("Laporan Triwulan III Tahun 2024").waitFor();
    const kinds = await syncs();
    expect(kinds.filter((k) => k === "read")).toEqual(["read"]);
    expect(kinds.length).toBeLessThanOrEqual(2);
    // "Muat ulang" is one live check too.
    await standin<void>("(s) => s.resetCounters()");
    await page.getByRole("button", { name: "Muat ulang" }).click();
    await expect(syncs().then((k) => k.filter((x) => x === "read"))).resolves.toEqual(["read"]);
    await standin(`(s) => s.userEdit("Profil", "${tahun}", [[2023]])`);
    await page.getByText("Laporan Triwulan III Tahun 2023").waitFor();
    expect(errors).toEqual([]);
  });

  test("Bagikan tanpa add-in asks first; Batal changes nothing", async () => {
    const before = await standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas');
    await page.getByRole("button", { name: "Bagikan tanpa add-in" }).click();
    const dialog = page.getByRole("dialog", { name: "Bagikan tanpa add-in?" });
    await dialog.waitFor();
    await expect(dialog.getByText(/rumus Excel biasa/).count()).resolves.toBe(1);
    await expect(axe(page)).resolves.toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-bagikan.png") });
    await dialog.getByRole("button", { name: "Batal" }).click();
    await dialog.waitFor({ state: "detached" });
    // The modal hides the pane from screen readers while open; once closed it is readable again.
    await page.waitForFunction(() => !document.getElementById("root")?.hasAttribute("aria-hidden"));
    await expect(standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas')).resolves.toEqual(
      before
    );
    expect(JSON.stringify(before)).toContain("LKJ.");
  });

  test("confirmed, the LKJ formulas become Excel formulas; Kembalikan brings them back", async () => {
    const lkj = (f: unknown[][]) => f.flat().filter((x) => String(x).includes("LKJ.")).length;
    const before = await standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas');
    expect(lkj(before)).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Bagikan tanpa add-in" }).click();
    const dialog = page.getByRole("dialog", { name: "Bagikan tanpa add-in?" });
    await dialog.getByRole("button", { name: "Ya, ganti rumus" }).click();
    await page.getByText(/rumus LKJ diganti dengan rumus Excel biasa/).waitFor();
    const shared = await standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas');
    expect(lkj(shared)).toBe(0);
    await page.getByRole("button", { name: "Kembalikan rumus LKJ" }).click();
    await page.getByText(/rumus dikembalikan menjadi rumus LKJ/).waitFor();
    await expect(standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas')).resolves.toEqual(
      before
    );
    await page.waitForFunction(() => !document.getElementById("root")?.hasAttribute("aria-hidden"));
  });

  test("a failed Bagikan says so and how to go on; the check that follows keeps the message; re-running mends it", async () => {
    const lkj = (f: unknown[][]) => f.flat().filter((x) => String(x).includes("LKJ.")).length;
    const before = await standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas');
    // Excel refuses the write the way it refuses a formula it cannot take.
    await standin(`(s) => s.setEvaluator(() => { throw new Error("Excel menolak rumus"); })`);
    try {
      await page.getByRole("button", { name: "Bagikan tanpa add-in" }).click();
      const dialog = page.getByRole("dialog", { name: "Bagikan tanpa add-in?" });
      await dialog.getByRole("button", { name: "Ya, ganti rumus" }).click();
      const pesan = page.getByRole("alert").getByText(/^Bagikan tanpa add-in gagal/);
      await pesan.waitFor();
      // The follow-up check has run (Beranda shows its state again): the message stays.
      await page.evaluate(() =>
        (window as unknown as { __lkjWhenIdle(): Promise<void> }).__lkjWhenIdle()
      );
      await page.getByText("Laporan Triwulan III Tahun 2023").waitFor();
      await expect(pesan.count()).resolves.toBe(1);
      await expect(pesan.textContent()).resolves.toContain(
        "Sebagian rumus mungkin sudah diganti: jalankan Bagikan lagi untuk menyelesaikannya, atau Kembalikan rumus LKJ untuk membatalkannya."
      );
    } finally {
      await standin("(s) => s.setEvaluator(null)");
    }
    // As the message says: Bagikan again finishes the job, and the old message goes.
    await page.getByRole("button", { name: "Bagikan tanpa add-in" }).click();
    await page
      .getByRole("dialog", { name: "Bagikan tanpa add-in?" })
      .getByRole("button", { name: "Ya, ganti rumus" })
      .click();
    await page.getByText(/rumus LKJ diganti dengan rumus Excel biasa/).waitFor();
    await expect(page.getByText(/^Bagikan tanpa add-in gagal/).count()).resolves.toBe(0);
    expect(lkj(await standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas'))).toBe(0);
    // And Kembalikan gives back every formula as it was before the failed run.
    await page.getByRole("button", { name: "Kembalikan rumus LKJ" }).click();
    await page.getByText(/rumus dikembalikan menjadi rumus LKJ/).waitFor();
    await expect(standin<unknown[][]>('(s) => s.snapshot("Kinerja").formulas')).resolves.toEqual(
      before
    );
    await page.waitForFunction(() => !document.getElementById("root")?.hasAttribute("aria-hidden"));
    expect(errors).toEqual([]);
  });

  test("the ribbon's Bagikan opens Beranda with the confirmation, from another view", async () => {
    await page.getByRole("tab", { name: "Narasi" }).click();
    await page.evaluate(() =>
      (
        window as unknown as {
          __lkjNavigasi(t: string, o: { konfirmasiBagikan: boolean }): void;
        }
      ).__lkjNavigasi("beranda", { konfirmasiBagikan: true })
    );
    const dialog = page.getByRole("dialog", { name: "Bagikan tanpa add-in?" });
    await dialog.waitFor();
    // While the modal is open the pane behind it is hidden from the accessibility tree.
    await expect(page.locator("#tab-beranda").getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => !document.getElementById("root")?.hasAttribute("aria-hidden"));
    await expect(
      page.getByRole("tab", { name: "Beranda" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
  });

  test("axe: Beranda has no serious or critical violations", async () => {
    await expect(axe(page)).resolves.toEqual([]);
  });

  test("Excel errors are one Indonesian sentence, never the raw error", async () => {
    const failing = await openPane(browser, { excelError: "InvalidOperationInCellEditMode" });
    try {
      const p = failing.page;
      await p.getByText("Membaca laporan gagal. Excel sedang menunggu isian sel").waitFor();
      await p.getByRole("button", { name: "Siapkan Lembar", exact: true }).first().click();
      await p.getByRole("heading", { name: "Siapkan Lembar" }).waitFor();
      await p.getByRole("button", { name: "Siapkan Lembar", exact: true }).click();
      const alert = p.getByRole("alert");
      await alert.getByText(/^Siapkan Lembar gagal\. Excel sedang menunggu isian sel/).waitFor();
      await expect(alert.textContent()).resolves.not.toMatch(/scaffold\.ts|InvalidOperation/);
      // The form is usable again for another try.
      await expect(
        p.getByRole("button", { name: "Siapkan Lembar", exact: true }).isEnabled()
      ).resolves.toBe(true);
      expect(failing.errors).toEqual([]);
    } finally {
      await failing.page.close();
    }
  });

  test("Siapkan Lembar says what it held back: a warning, the blocked columns, the note kept", async () => {
    const pane = await openPane(browser);
    try {
      const p = pane.page;
      // An Anggaran table without its computed columns, and the user's note right of it.
      await p.evaluate(() => {
        const s = (
          window as unknown as {
            __lkjStandin: {
              seed(wb: unknown): void;
              setCells(sheet: string, address: string, patch: unknown): void;
            };
          }
        ).__lkjStandin;
        s.seed({
          tables: [
            {
              sheet: "Anggaran",
              name: "Anggaran",
              address: "A1",
              headers: ["No", "Tingkat", "Uraian", "Pagu", "Realisasi"],
              values: [["1", "Program", "Program A", 1000, 500]],
            },
          ],
        });
        s.setCells("Anggaran", "G2", { values: [["catatan saya"]] });
      });
      await p.getByRole("tab", { name: "Siapkan Lembar" }).click();
      await p.getByRole("button", { name: "Siapkan Lembar", exact: true }).click();
      await p.getByText("Lembar disiapkan, tetapi ada yang belum dapat ditambahkan.").waitFor();
      const hasil = p.getByRole("list", { name: "Hasil Siapkan Lembar" });
      await expect(
        hasil.getByText(/^Kolom belum ditambahkan di tabel Anggaran \(\d+\): No Kinerja, /).count()
      ).resolves.toBe(1);
      await expect(hasil.getByText(/Sudah lengkap.*Anggaran/).count()).resolves.toBe(0);
      await expect(
        p.evaluate(
          () =>
            (
              window as unknown as {
                __lkjStandin: { snapshot(sheet: string, a: string): { formulas: unknown[][] } };
              }
            ).__lkjStandin.snapshot("Anggaran", "G2").formulas[0][0]
        )
      ).resolves.toBe("catatan saya");
      await p.screenshot({
        path: path.join(ARTIFACTS, "pane-siapkan-tertahan.png"),
        fullPage: true,
      });
      await expect(axe(p)).resolves.toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.page.close();
    }
  });

  test("dark theme from Office's body colour renders, and passes axe", async () => {
    const dark = await openPane(browser, { officeBackground: "#1F1F1F" });
    try {
      await dark.page.getByText("Buku kerja ini belum memuat lembar LKj").waitFor();
      const bg = await dark.page.evaluate(
        () => getComputedStyle(document.querySelector("[data-tema]") as Element).backgroundColor
      );
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(150);
      await expect(dark.page.locator("[data-tema]").getAttribute("data-tema")).resolves.toBe(
        "gelap"
      );
      await dark.page.screenshot({ path: path.join(ARTIFACTS, "pane-gelap.png"), fullPage: true });
      await expect(axe(dark.page)).resolves.toEqual([]);
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.page.close();
    }
  });
});
