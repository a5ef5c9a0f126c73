// manifest.xml: offline schema validation plus the structure the shared runtime needs.
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { child, descendants, localName, parseXml, type XmlElement } from "./xml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const SCHEMA = join(ROOT, "..", "shared", "manifest-schema", "OfficeAppManifestV1_1.xsd");
const DEV_BASE = "https://localhost:3000/";

const source = readFileSync(MANIFEST, "utf8");
const doc = parseXml(source);
const app = doc.children.find((c) => c.name === "OfficeApp") as XmlElement;

function xmllintAvailable(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${file} bukan PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

function resources(kind: string): Map<string, XmlElement> {
  const list = descendants(app, kind)[0];
  const map = new Map<string, XmlElement>();
  for (const item of list?.children ?? []) map.set(item.attributes.id, item);
  return map;
}

const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

describe("manifest.xml against the offline schema", () => {
  const reason = !existsSync(SCHEMA)
    ? `skema tidak ada di ${SCHEMA}`
    : !xmllintAvailable()
      ? "xmllint tidak terpasang (paket libxml2-utils)"
      : "";
  if (reason) {
    test.skip(`xmllint --schema (dilewati: ${reason})`, () => undefined);
    console.log(`Uji skema manifest dilewati: ${reason}`);
    return;
  }
  test("xmllint --schema OfficeAppManifestV1_1.xsd passes", () => {
    // execFileSync throws (and fails the test) on a non-zero exit.
    const output = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, MANIFEST], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output).toBe("");
  });
});

describe("manifest.xml structure", () => {
  test("is a task pane add-in for Excel with id-ID as default locale", () => {
    expect(app.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(app, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(child(app, "DefaultLocale")?.text).toBe("id-ID");
    expect(child(app, "Permissions")?.text).toBe("ReadWriteDocument");
    const hosts = child(app, "Hosts")?.children.map((h) => h.attributes.Name);
    expect(hosts).toEqual(["Workbook"]);
    const display = child(app, "DisplayName") as XmlElement;
    expect(display.children.map((o) => o.attributes.Locale)).toContain("en-US");
  });

  test("requires ExcelApi 1.9 and SharedRuntime 1.1", () => {
    const sets = descendants(child(app, "Requirements") as XmlElement, "Set");
    const versions = Object.fromEntries(
      sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])
    );
    expect(versions).toEqual({ ExcelApi: "1.9", SharedRuntime: "1.1" });
  });

  test("uses one long-lived shared runtime on taskpane.html for pane, functions and commands", () => {
    const host = descendants(app, "Host").find((h) => h.attributes["xsi:type"] === "Workbook");
    expect(host).toBeDefined();
    const first = host?.children[0] as XmlElement;
    expect(localName(first)).toBe("Runtimes");
    expect(first.children).toHaveLength(1);
    expect(first.children[0].attributes).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(urls.get("Taskpane.Url")?.attributes.DefaultValue).toBe(`${DEV_BASE}taskpane.html`);

    const functions = descendants(host as XmlElement, "ExtensionPoint").find(
      (e) => e.attributes["xsi:type"] === "CustomFunctions"
    ) as XmlElement;
    expect(child(child(functions, "Page") as XmlElement, "SourceLocation")?.attributes.resid).toBe(
      "Taskpane.Url"
    );
    expect(descendants(host as XmlElement, "FunctionFile")[0].attributes.resid).toBe(
      "Taskpane.Url"
    );
    const showTaskpane = descendants(host as XmlElement, "Action").filter(
      (a) => a.attributes["xsi:type"] === "ShowTaskpane"
    );
    expect(showTaskpane).toHaveLength(1);
    expect(child(showTaskpane[0], "SourceLocation")?.attributes.resid).toBe("Taskpane.Url");
  });

  test("declares the LKJ namespace and the generated metadata", () => {
    const namespace = descendants(app, "Namespace")[0];
    const value = shortStrings.get(namespace.attributes.resid)?.attributes.DefaultValue;
    expect(value).toBe("LKJ");
    const metadata = descendants(app, "Metadata")[0];
    const resid = child(metadata, "SourceLocation")?.attributes.resid as string;
    expect(urls.get(resid)?.attributes.DefaultValue).toBe(`${DEV_BASE}functions.json`);
  });

  test("has the LKj tab with the five buttons and their actions", () => {
    const tab = descendants(app, "CustomTab")[0];
    const tabLabel = child(tab, "Label")?.attributes.resid as string;
    expect(shortStrings.get(tabLabel)?.attributes.DefaultValue).toBe("LKj");
    const buttons = descendants(tab, "Control").map((control) => {
      const label = child(control, "Label")?.attributes.resid as string;
      const action = child(control, "Action") as XmlElement;
      return [
        shortStrings.get(label)?.attributes.DefaultValue,
        action.attributes["xsi:type"] === "ExecuteFunction"
          ? child(action, "FunctionName")?.text
          : action.attributes["xsi:type"],
      ];
    });
    expect(buttons).toEqual([
      ["Buka Panel", "ShowTaskpane"],
      ["Siapkan Lembar", "siapkanLembar"],
      ["Periksa", "periksaLaporan"],
      ["Buat Narasi", "buatNarasi"],
      ["Bagikan tanpa add-in", "bagikanTanpaAddin"],
    ]);
    for (const control of descendants(tab, "Control")) {
      const tip = child(child(control, "Supertip") as XmlElement, "Description");
      const text = longStrings.get(tip?.attributes.resid as string)?.attributes.DefaultValue;
      expect(text && text.length).toBeGreaterThan(20);
    }
  });

  test("every resid refers to a defined resource of the right kind", () => {
    const defined = new Map<string, string>();
    for (const [kind, map] of [
      ["Images", images],
      ["Urls", urls],
      ["ShortStrings", shortStrings],
      ["LongStrings", longStrings],
    ] as const) {
      for (const id of map.keys()) {
        expect(defined.has(id)).toBe(false); // ids are unique across kinds
        defined.set(id, kind);
      }
    }
    const referencing = descendants(app).filter((e) => e.attributes.resid !== undefined);
    expect(referencing.length).toBeGreaterThan(30);
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Runtime: "Urls",
      Description: "LongStrings",
    };
    for (const element of referencing) {
      const id = element.attributes.resid;
      const kind = expectedKind[localName(element)] ?? "ShortStrings";
      expect(`${localName(element)} → ${id}: ${defined.get(id)}`).toBe(
        `${localName(element)} → ${id}: ${kind}`
      );
    }
  });

  test("every URL is on the development base, so a production build can replace them all", () => {
    const values = descendants(app)
      .map((e) => e.attributes.DefaultValue ?? "")
      .filter((v) => v.startsWith("http"));
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) expect(value.startsWith(DEV_BASE)).toBe(true);
  });

  test("every icon exists in assets/ with the pixel size the manifest declares", () => {
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(file);
    };
    check(child(app, "IconUrl")?.attributes.DefaultValue as string, 32);
    check(child(app, "HighResolutionIconUrl")?.attributes.DefaultValue as string, 64);
    const iconRefs = descendants(app, "Icon").flatMap((icon) => icon.children);
    expect(iconRefs.length).toBe(18);
    for (const ref of iconRefs) {
      const image = images.get(ref.attributes.resid) as XmlElement;
      check(image.attributes.DefaultValue, Number(ref.attributes.size));
    }
    // Every declared image is used by some control.
    const used = new Set(iconRefs.map((r) => r.attributes.resid));
    expect([...images.keys()].filter((id) => !used.has(id))).toEqual([]);
    expect(checked.length).toBe(20);
  });

  test("every label and tip has an en-US override (except the brand names)", () => {
    const brand = new Set(["Functions.Namespace", "Tab.Label"]);
    for (const [id, string] of [...shortStrings, ...longStrings]) {
      if (brand.has(id)) continue;
      const locales = string.children.map((o) => o.attributes.Locale);
      expect(`${id}: ${locales.join(",")}`).toBe(`${id}: en-US`);
    }
  });
});
