// Build helpers shared by the shell tests and bench/bundle.bench.ts: run webpack as
// `npm run build` does, and sort the page's JavaScript into what loads before the custom
// functions are registered (the scripts taskpane.html references) and the lazy chunks.
import { spawnSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export const ROOT = join(__dirname, "..", "..");
const WEBPACK_CLI = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs webpack (the CLI, like `npm run build`) into `outDir` with extra environment. */
export function runWebpack(
  outDir: string,
  mode: "production" | "development",
  env: Record<string, string> = {},
  extraArgs: string[] = []
): BuildResult {
  const result = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", mode, ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, ...env, LKJ_DIST_DIR: outDir },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/** The src of every <script> in the built taskpane.html, in document order. */
export function pageScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}

/** Local scripts of the page (office.js excluded): the JS run before functions are registered. */
export function initialScripts(distDir: string): string[] {
  return pageScripts(distDir).filter((src) => !/^https?:/.test(src) && !src.includes("office-js/"));
}

/** Every emitted .js file at the top of dist/ (the page's chunks). */
export function jsFiles(distDir: string): string[] {
  return readdirSync(distDir).filter((f) => f.endsWith(".js"));
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// Strings that survive minification: React's element symbol and react-dom's internals key,
// and the class-name prefix of Fluent UI v9 components.
const REACT = /Symbol\.for\("react\.(?:transitional\.)?element"\)|__SECRET_INTERNALS_DO_NOT_USE/;
const FLUENT = /fui-FluentProvider/;

export function containsReact(code: string): boolean {
  return REACT.test(code);
}

export function containsFluent(code: string): boolean {
  return FLUENT.test(code);
}
