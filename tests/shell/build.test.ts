// `npm run build` for real (webpack CLI, production) into a temporary folder.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import {
  containsReact,
  initialScripts,
  jsFiles,
  pageScripts,
  ROOT,
  runWebpack,
  type BuildResult,
} from "./bundle";

const BASE = "https://lkj.example.go.id/addin/";
const DEV_BASE = "https://localhost:3000/";
const SCHEMA = join(ROOT, "..", "shared", "manifest-schema", "OfficeAppManifestV1_1.xsd");
const LKJ_FUNCTIONS = [
  "CAPAIAN",
  "EFISIENSI",
  "IKM",
  "PERIODE",
  "PREDIKAT",
  "RUPIAH",
  "SERAPAN",
  "TERBILANG",
];

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe("production build with ADDIN_BASE_URL", () => {
  const out = mkdtempSync(join(tmpdir(), "lkj-build-"));
  let build: BuildResult;

  beforeAll(() => {
    // Without the trailing slash on purpose: the build adds it.
    build = runWebpack(out, "production", { ADDIN_BASE_URL: BASE.slice(0, -1) });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("webpack succeeds", () => {
    expect(build.output.includes("compiled successfully") ? "" : build.output).toBe("");
    expect(build.ok).toBe(true);
  });

  test("dist/manifest.xml has every development URL replaced, not just the first", () => {
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const built = readFileSync(join(out, "manifest.xml"), "utf8");
    const urls = occurrences(source, DEV_BASE);
    expect(urls).toBeGreaterThan(20);
    expect(occurrences(built, "localhost")).toBe(0);
    expect(occurrences(built, BASE)).toBe(urls);
    // Nothing else changed.
    expect(built.split(BASE).join(DEV_BASE)).toBe(source);
  });

  test("the replaced manifest still validates against the schema", () => {
    const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
    if (!existsSync(SCHEMA) || !xmllint) {
      console.log("Validasi manifest hasil build dilewati: skema atau xmllint tidak ada.");
      return;
    }
    const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, join(out, "manifest.xml")], {
      encoding: "utf8",
    });
    expect(run.stderr).toContain("validates");
    expect(run.status).toBe(0);
  });

  test("functions.json lists the eight LKJ functions with Indonesian help", () => {
    const metadata = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: { id: string; name: string; description?: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual(LKJ_FUNCTIONS);
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description ?? "").not.toBe("");
    }
  });

  test("functions.json in dist is exactly what custom-functions-metadata generates", async () => {
    const built = readFileSync(join(out, "functions.json"), "utf8");
    const generated = await generateCustomFunctionsMetadata(
      join(ROOT, "src", "functions", "functions.ts"),
      false
    );
    expect(generated.errors).toEqual([]);
    expect(JSON.parse(built)).toEqual(JSON.parse(generated.metadataJson));
    const byId = Object.fromEntries(
      (
        JSON.parse(built) as {
          functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
        }
      ).functions.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))])
    );
    expect(byId.CAPAIAN).toEqual(["target", "realisasi", "[arah]", "[batas]"]);
    expect(byId.PERIODE).toEqual(["triwulan", "tahun"]);
  });

  test("taskpane.html loads office.js from the CDN, then the runtime script", () => {
    const scripts = pageScripts(out);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
    ]);
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<div id="?root"?/);
    expect(html).toMatch(/<html lang="?id"?/);
  });

  test("the JS loaded before the functions are registered has no React; the lazy chunks do", () => {
    const initial = initialScripts(out);
    expect(initial).toEqual(["taskpane.js"]);
    const code = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(containsReact(code)).toBe(false);
    expect(code).toContain("CustomFunctions.associate");
    const lazy = jsFiles(out).filter((f) => !initial.includes(f));
    expect(lazy.length).toBeGreaterThan(0);
    const lazyCode = lazy.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(containsReact(lazyCode)).toBe(true);
  });

  test("icons and the help page are copied", () => {
    const icons = readdirSync(join(out, "assets"));
    for (const size of [16, 32, 64, 80, 128]) expect(icons).toContain(`icon-${size}.png`);
    expect(existsSync(join(out, "bantuan.html"))).toBe(true);
    expect(existsSync(join(out, "office-js"))).toBe(false);
  });
});

describe("build with OFFICE_JS=local", () => {
  const out = mkdtempSync(join(tmpdir(), "lkj-build-local-"));
  let build: BuildResult;

  beforeAll(() => {
    build = runWebpack(out, "development", { OFFICE_JS: "local" });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("serves office.js from dist/office-js with Excel's host scripts and locales", () => {
    expect(build.ok ? "" : build.output).toBe("");
    expect(pageScripts(out)).toEqual(["office-js/office.js", "taskpane.js"]);
    const files = readdirSync(join(out, "office-js"));
    expect(files).toEqual(
      expect.arrayContaining(["office.js", "excel-web-16.00.js", "en-us", "id-id"])
    );
    expect(files.filter((f) => /^word-|\.debug\.js$/.test(f))).toEqual([]);
    expect(existsSync(join(out, "office-js", "id-id", "office_strings.js"))).toBe(true);
    // Without ADDIN_BASE_URL the manifest keeps the development URLs.
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
  });
});
