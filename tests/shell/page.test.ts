// The built shared-runtime page in headless Chromium, with office.js served locally
// (OFFICE_JS=local): functions are associated with office.js's real CustomFunctions object,
// the task pane chunk is loaded lazily and mounted, and nothing is fetched from the network.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { chromium, type Browser } from "playwright-core";
import { runWebpack, type BuildResult } from "./bundle";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0]));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    })
  );
}

const skipReason = existsSync(CHROMIUM) ? "" : `Chromium tidak ada di ${CHROMIUM}`;
const describeBrowser = skipReason ? describe.skip : describe;
if (skipReason) console.log(`Uji halaman di peramban dilewati: ${skipReason}`);

describeBrowser("taskpane.html in Chromium with local office.js", () => {
  const out = mkdtempSync(join(tmpdir(), "lkj-page-"));
  let build: BuildResult;
  let server: Server | undefined;
  let base = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = runWebpack(out, "production", { OFFICE_JS: "local" });
    if (!build.ok) return;
    ({ server, base } = await serve(out));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(out, { recursive: true, force: true });
  });

  test("registers the LKJ functions, mounts the pane from its lazy chunk, stays offline", async () => {
    expect(build.ok ? "" : build.output).toBe("");
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("request", (req) => requests.push(req.url()));
    await page.goto(`${base}taskpane.html`);

    // office.js's own association table, filled by the runtime script.
    await page.waitForFunction(
      () => {
        const cf = (globalThis as { CustomFunctions?: { _association?: { mappings?: object } } })
          .CustomFunctions;
        return Object.keys(cf?._association?.mappings ?? {}).length >= 8;
      },
      undefined,
      { timeout: 30000 }
    );
    const ids = await page.evaluate(() => {
      const cf = (globalThis as { CustomFunctions?: { _association?: { mappings?: object } } })
        .CustomFunctions;
      return Object.keys(cf?._association?.mappings ?? {}).sort();
    });
    expect(ids).toEqual([
      "CAPAIAN",
      "EFISIENSI",
      "IKM",
      "PERIODE",
      "PREDIKAT",
      "RUPIAH",
      "SERAPAN",
      "TERBILANG",
    ]);

    // The pane replaced the loading text once its chunk arrived.
    await page.waitForFunction(
      () => !document.getElementById("root")?.textContent?.includes("Memuat panel LKj"),
      undefined,
      { timeout: 30000 }
    );
    const chunks = requests.filter((u) => u.endsWith(".js") && !u.includes("/office-js/"));
    expect(chunks[0]).toBe(`${base}taskpane.js`);
    expect(chunks.length).toBeGreaterThan(1); // the lazy pane chunk(s) came after

    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("without office.js (CDN unreachable) the page does not crash and the pane still shows", async () => {
    expect(build.ok).toBe(true);
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.route("**/office-js/**", (route) => route.abort());
    await page.goto(`${base}taskpane.html`);
    await page.waitForFunction(
      () => !document.getElementById("root")?.textContent?.includes("Memuat panel LKj"),
      undefined,
      { timeout: 30000 }
    );
    expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe(
      "undefined"
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
