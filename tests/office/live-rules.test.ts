// The live path with the core's own rules (validateReport, the default) on the
// Senduro example: its real mistakes are found and marked, the "pulihkan rumus"
// fix restores the formula in one write and the next check clears the finding
// and its mark, and the user's formatting of the cell is as before.
import { exampleToRawWorkbook } from "../../src/core/examples";
import { mapWorkbook } from "../../src/core/model/map";
import { validateReport } from "../../src/core/validation";
import { terapkanPerbaikan } from "../../src/office/fixes";
import {
  getLiveState,
  periksaSekarang,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../../src/office/live-validation";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const example = contoh("senduro-kasi-pemberdayaan-2023-tw2");
let s: Standin;
let uninstall: () => void;

const galat = () =>
  getLiveState()
    .temuan.filter((t) => t.tingkat === "galat")
    .map((t) => `${t.lembar}!${t.sel}`)
    .sort();
const marks = (sheet: string) =>
  s
    .conditionalFormats(sheet)
    .map((cf) => `${sheet}!${String.fromCharCode(65 + cf.rect.c0)}${cf.rect.r0 + 1}`);

beforeEach(async () => {
  resetLiveValidation();
  s = createStandin();
  uninstall = installGlobals(s);
  const raw = exampleToRawWorkbook(example);
  s.seed(raw);
  s.setCells("Kinerja", "M2", { format: { fill: "#FFF2CC", fontBold: true } });
  await startLiveValidation({ debounceMs: 0 });
  await whenIdle();
});

afterEach(async () => {
  await stopLiveValidation();
  resetLiveValidation();
  uninstall();
});

test("the default rules find what validateReport finds, and every error cell is marked", () => {
  const expected = validateReport(mapWorkbook(exampleToRawWorkbook(example)));
  expect(getLiveState().temuan).toEqual(expected);
  expect(galat()).toContain("Kinerja!M2");
  expect([...marks("Kinerja"), ...marks("Anggaran")].sort()).toEqual(galat());
});

test("pulihkan-rumus: one write, the finding and its mark go, the formatting stays", async () => {
  const finding = getLiveState().temuan.find(
    (t) => t.lembar === "Kinerja" && t.sel === "M2" && t.perbaikan?.jenis === "pulihkan-rumus"
  );
  expect(finding).toBeDefined();
  const perbaikan = finding!.perbaikan!;
  expect(perbaikan.jenis).toBe("pulihkan-rumus");
  const rumus = perbaikan.jenis === "pulihkan-rumus" ? perbaikan.rumus : "";
  const formats = s.snapshot("Kinerja", "A1:R4").formats;
  // Excel would calculate the restored formula: realisasi / target of row 2.
  s.setEvaluator((sheet, address) => (sheet === "Kinerja" && address === "M2" ? 0.0264 : ""));
  s.resetCounters();
  await terapkanPerbaikan(perbaikan);
  expect(s.syncLog.map((e) => e.kind)).toEqual(["write"]);
  expect(s.cell("Kinerja", "M2").formula).toBe(rumus.startsWith("=") ? rumus : `=${rumus}`);
  await periksaSekarang();
  expect(galat()).not.toContain("Kinerja!M2");
  expect(s.conditionalFormats("Kinerja", "M2")).toEqual([]);
  expect(s.snapshot("Kinerja", "A1:R4").formats).toEqual(formats);
});
