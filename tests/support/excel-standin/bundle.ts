// Builds the stand-in as one IIFE script for a browser page (Node only: uses
// esbuild, which tsx brings). The script sets window.Excel,
// window.OfficeExtension and window.__lkjStandin (the controller of index.ts).
// Inject it before the add-in's scripts, e.g. with playwright's
// page.addInitScript({ content: await standinBundle() }).
import * as path from "path";
import { build } from "esbuild";

const cached = new Map<string, string>();

/**
 * The IIFE text. `lock: true` makes window.Excel / OfficeExtension ignore later
 * assignments, for pages that also load office.js after the stand-in.
 */
export async function standinBundle(opts: { lock?: boolean } = {}): Promise<string> {
  const key = opts.lock ? "lock" : "plain";
  const hit = cached.get(key);
  if (hit) return hit;
  const result = await build({
    stdin: {
      contents: [
        'import { createStandin, installGlobals } from "./index";',
        "const standin = createStandin();",
        `installGlobals(standin, window as never, { lock: ${opts.lock ? "true" : "false"} });`,
        "(window as unknown as Record<string, unknown>).__lkjStandin = standin;",
      ].join("\n"),
      resolveDir: __dirname,
      sourcefile: "standin-entry.ts",
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    absWorkingDir: path.resolve(__dirname, "../../.."),
  });
  const text = result.outputFiles[0].text;
  cached.set(key, text);
  return text;
}
