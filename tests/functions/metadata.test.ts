// functions.json is generated from the JSDoc in src/functions/functions.ts at
// build time; this generates it the same way (programmatic API, not the CLI,
// which exits 0 even on errors) and checks what Excel will see.
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
}

const SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

// Excel name → [parameter, optional, dimensionality] in order.
const EXPECTED: Record<string, [string, boolean, "scalar" | "matrix"][]> = {
  CAPAIAN: [
    ["target", false, "scalar"],
    ["realisasi", false, "scalar"],
    ["arah", true, "scalar"],
    ["batas", true, "scalar"],
  ],
  PREDIKAT: [
    ["nilai", false, "scalar"],
    ["skala", true, "matrix"],
  ],
  SERAPAN: [
    ["pagu", false, "scalar"],
    ["realisasi", false, "scalar"],
  ],
  EFISIENSI: [
    ["capaian", false, "scalar"],
    ["serapan", false, "scalar"],
    ["metode", true, "scalar"],
  ],
  IKM: [["nrr", false, "matrix"]],
  TERBILANG: [
    ["angka", false, "scalar"],
    ["satuan", true, "scalar"],
  ],
  RUPIAH: [
    ["angka", false, "scalar"],
    ["desimal", true, "scalar"],
    ["gaya", true, "scalar"],
  ],
  PERIODE: [
    ["triwulan", false, "scalar"],
    ["tahun", false, "scalar"],
  ],
};

// Words that mark a description as Indonesian (and none is English boilerplate).
const INDONESIAN =
  /\b(dan|atau|sebagai|misalnya|dari|untuk|yang|bawaan|dalam|dibanding|angka|nilai|tahun|skala|pecahan|kata|teks)\b/i;

describe("custom functions metadata", () => {
  let functions: Fn[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE, false);
    errors = result.errors;
    functions = (JSON.parse(result.metadataJson || "{}").functions ?? []) as Fn[];
  });

  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has exactly the eight LKJ functions, ids equal to names", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))("%s has its parameters in order", (id, params) => {
    const f = functions.find((x) => x.id === id);
    expect(f).toBeDefined();
    if (!f) return;
    expect(
      f.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar"])
    ).toEqual(params);
    // Cell values arrive as numbers, text, booleans or blanks: all typed "any".
    for (const p of f.parameters) expect(p.type).toBe("any");
  });

  it.each(Object.keys(EXPECTED))("%s is described in Indonesian", (id) => {
    const f = functions.find((x) => x.id === id);
    expect(f?.description).toMatch(INDONESIAN);
    for (const p of f?.parameters ?? []) {
      expect(p.description ?? "").toMatch(/\S/);
      expect(p.description).not.toMatch(/\b(the|value|optional)\b/i);
    }
  });
});
