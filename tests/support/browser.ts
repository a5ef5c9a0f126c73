// Headless Chromium for the browser tests and the pane bench: Debian's chromium
// driven by playwright-core (Playwright's own browser download fails here), and
// esbuild bundling a test entry (a view, the pane) into one IIFE for the page.
import { existsSync } from "fs";
import * as path from "path";
import { build } from "esbuild";
import { type Browser, type Page, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Why browser tests are skipped on this machine ("" when Chromium is there). */
export const browserSkipReason = existsSync(CHROMIUM) ? "" : `Chromium tidak ada di ${CHROMIUM}`;

/** `describe`, or `describe.skip` with the reason printed, when Chromium is absent. */
export function describeBrowser(what: string): jest.Describe {
  if (!browserSkipReason) return describe;
  console.log(`${what} dilewati: ${browserSkipReason}`);
  return describe.skip;
}

/** Chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

const ROOT = path.resolve(__dirname, "../..");

/**
 * A TSX entry bundled for the browser as one IIFE (lazy imports inlined),
 * production React. `resolveDir` is where the entry's relative imports start.
 */
export async function bundleEntry(
  contents: string,
  opts: { resolveDir: string; sourcefile: string }
): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: opts.resolveDir, sourcefile: opts.sourcefile, loader: "tsx" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  return result.outputFiles[0].text;
}

/**
 * Round trips the page's Excel stand-in logged since its counters were reset,
 * once nothing is settling and no live check is due (the page exposes
 * `__lkjWhenIdle`, live validation's whenIdle).
 */
export function syncsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __lkjWhenIdle(): Promise<void>;
      __lkjStandin: { syncLog: { kind: string }[]; settle(): Promise<void> };
    };
    await w.__lkjStandin.settle();
    await w.__lkjWhenIdle();
    return w.__lkjStandin.syncLog.map((e) => e.kind);
  });
}
