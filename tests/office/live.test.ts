// The live path against the Excel stand-in, on the Senduro example report (its
// Capaian column holds the real mistake: 1 − realisasi instead of realisasi /
// target): an edit produces or clears a finding, cells with errors are marked
// with a conditional format and given back exactly, round trips are counted,
// the add-in's own writes do not re-trigger, fixes take one write.
import { exampleToRawWorkbook } from "../../src/core/examples";
import type { ReportModel } from "../../src/core/model/types";
import type { Temuan } from "../../src/core/validation/types";
import { terapkanPerbaikan } from "../../src/office/fixes";
import {
  RUMUS_TANDA,
  getLiveState,
  periksaSekarang,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../../src/office/live-validation";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

/** Test rules over the model: capaian as typed vs computed, numbers stored as text. */
function rules(model: ReportModel): Temuan[] {
  const out: Temuan[] = [];
  for (const k of model.kinerja) {
    const c = k.computed.capaian;
    const r = k.reported.capaian;
    if (c.ok && r.value !== null && Math.abs(c.value - r.value) > 0.00005) {
      out.push({
        kode: "CAPAIAN_TIDAK_SESUAI",
        tingkat: "galat",
        lembar: r.ref.sheet,
        sel: r.ref.address,
        pesan: "Capaian tidak sesuai",
      });
    }
    const p = k.realisasi.parsed;
    if (p.ok && p.fromText) {
      out.push({
        kode: "ANGKA_SEBAGAI_TEKS",
        tingkat: "peringatan",
        lembar: k.realisasi.ref.sheet,
        sel: k.realisasi.ref.address,
        pesan: "Angka tersimpan sebagai teks",
        perbaikan: { jenis: "angka-dari-teks", sel: k.realisasi.ref, nilai: p.value, label: "" },
      });
    }
  }
  return out;
}

const example = contoh("senduro-kasi-pemberdayaan-2023-tw2");
let s: Standin;
let uninstall: () => void;

const cells = () => getLiveState().temuan.map((t) => `${t.kode}@${t.sel}`);
const marked = () => s.conditionalFormats("Kinerja").map((cf) => `${rectOf(cf)}`);
const rectOf = (cf: { rect: { r0: number; c0: number } }) =>
  `${String.fromCharCode(65 + cf.rect.c0)}${cf.rect.r0 + 1}`;

beforeEach(async () => {
  resetLiveValidation();
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed(exampleToRawWorkbook(example));
  // The user's own formatting on a cell that will be marked.
  s.setCells("Kinerja", "M2", {
    format: {
      fill: "#FFFF00",
      fontBold: true,
      fontColor: "#1F4E79",
      borders: { EdgeBottom: { style: "Continuous", color: "#000000", weight: "Thin" } },
    },
  });
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  await whenIdle();
});

afterEach(async () => {
  await stopLiveValidation();
  resetLiveValidation();
  uninstall();
});

test("the first check finds the example's wrong capaian and marks those cells", () => {
  expect(cells()).toEqual([
    "CAPAIAN_TIDAK_SESUAI@M2",
    "CAPAIAN_TIDAK_SESUAI@M3",
    "CAPAIAN_TIDAK_SESUAI@M4",
  ]);
  expect(marked()).toEqual(expect.arrayContaining(["M2", "M3", "M4"]));
  expect(marked()).toHaveLength(3);
  const cf = s.conditionalFormats("Kinerja", "M2")[0];
  expect(cf.type).toBe("Custom");
  expect(cf.data).toMatchObject({ custom: { rule: { formula: RUMUS_TANDA } } });
  expect(getLiveState().status).toBe("aktif");
  expect(s.handlerErrors).toEqual([]);
});

test("an edit that fixes a cell: finding gone, mark gone, formatting exactly back; 1 read + 1 write", async () => {
  const before = s.snapshot("Kinerja", "A1:R4");
  s.resetCounters();
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await whenIdle();
  expect(cells()).toEqual(["CAPAIAN_TIDAK_SESUAI@M3", "CAPAIAN_TIDAK_SESUAI@M4"]);
  expect(s.conditionalFormats("Kinerja", "M2")).toEqual([]);
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
  const after = s.snapshot("Kinerja", "A1:R4");
  expect(after.formats).toEqual(before.formats);
  expect(after.numberFormats).toEqual(before.numberFormats);
  const expected = before.values.map((r) => [...r]);
  expected[1][12] = 0.0264;
  expect(after.values).toEqual(expected);
  expect(s.cell("Kinerja", "M2").format).toMatchObject({ fill: "#FFFF00", fontBold: true });
});

test("an edit that breaks a cell: finding and mark appear; 1 read + 1 write", async () => {
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await whenIdle();
  const before = s.snapshot("Kinerja", "A1:R4");
  s.resetCounters();
  await s.userEdit("Kinerja", "G2", [[2]]);
  await whenIdle();
  expect(cells()).toContain("CAPAIAN_TIDAK_SESUAI@M2");
  expect(s.conditionalFormats("Kinerja", "M2")).toHaveLength(1);
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
  // The mark is a conditional format: the cell's own formatting is untouched.
  expect(s.snapshot("Kinerja", "M2").formats).toEqual(
    before.formats.map((r) => r.slice(12, 13)).slice(1, 2)
  );
  // Back: the user's formatting is as before the mark.
  await s.userEdit("Kinerja", "G2", [[1]]);
  await whenIdle();
  expect(s.conditionalFormats("Kinerja", "M2")).toEqual([]);
  expect(s.snapshot("Kinerja", "A1:R4")).toEqual(before);
});

test("an edit that changes no mark costs one read and no write", async () => {
  s.resetCounters();
  await s.userEdit("Kinerja", "R2", [["catatan"]]);
  await whenIdle();
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
});

test("a dropdown pick without change event is caught on the next selection change", async () => {
  s.resetCounters();
  await s.userEdit("Kinerja", "M3", [[0]], { silent: true });
  await whenIdle();
  expect(s.stats.syncs).toBe(0);
  await s.userSelect("Kinerja", "A5");
  await whenIdle();
  expect(cells()).not.toContain("CAPAIAN_TIDAK_SESUAI@M3");
  expect(s.conditionalFormats("Kinerja", "M3")).toEqual([]);
});

test("a quick fix: one write, its own change events ignored, the next check clears it", async () => {
  await s.userEdit("Kinerja", "L3", [["'0,5"]]);
  await whenIdle();
  const temuan = getLiveState().temuan.find((t) => t.kode === "ANGKA_SEBAGAI_TEKS");
  expect(temuan?.sel).toBe("L3");
  expect(s.cell("Kinerja", "L3").value).toBe("0,5");
  s.resetCounters();
  await terapkanPerbaikan(temuan!.perbaikan!);
  await s.settle();
  await whenIdle();
  // One write; the change event it caused started no check.
  expect(s.syncLog.map((e) => e.kind)).toEqual(["write"]);
  expect(s.cell("Kinerja", "L3").value).toBe(0.5);
  const once = s.snapshot("Kinerja", "A1:R4");
  await terapkanPerbaikan(temuan!.perbaikan!);
  await s.settle();
  expect(s.snapshot("Kinerja", "A1:R4")).toEqual(once);
  await periksaSekarang();
  expect(cells().some((c) => c.startsWith("ANGKA_SEBAGAI_TEKS"))).toBe(false);
});

test("marks of an earlier session are recognised by their rule and removed", async () => {
  await stopLiveValidation();
  resetLiveValidation();
  // The pane reloads: nothing in memory; the user fixed M2 meanwhile.
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  await whenIdle();
  expect(s.conditionalFormats("Kinerja", "M2")).toEqual([]);
  expect(marked().sort()).toEqual(["M3", "M4"]);
  // No duplicates either: one mark per cell.
  expect(s.conditionalFormats("Kinerja", "M3")).toHaveLength(1);
});

test("the user's own conditional formats are never touched", async () => {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem("Kinerja")
      .getRange("M2:M4")
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = "=M2>1";
    cf.custom.format.font.bold = true;
    await context.sync();
  });
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await whenIdle();
  await stopLiveValidation();
  resetLiveValidation();
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  await whenIdle();
  const mine = s.conditionalFormats("Kinerja").filter((cf) => cf.rect.r1 - cf.rect.r0 === 2);
  expect(mine).toHaveLength(1);
  expect(mine[0].data).toMatchObject({ custom: { rule: { formula: "=M2>1" } } });
  expect(
    marked()
      .filter((a) => a !== "M2")
      .sort()
  ).toEqual(["M3", "M4"]);
});

test("a mark the user deleted does not block the next marks", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Kinerja").getRange("M2").conditionalFormats.clearAll();
    await context.sync();
  });
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await whenIdle();
  await s.userEdit("Kinerja", "G4", [[3]]);
  await whenIdle();
  expect(getLiveState().galat).toBeNull();
  expect(marked().sort()).toEqual(["M3", "M4"]);
});

test("stop removes the handlers; edits no longer check", async () => {
  expect(s.handlerCount()).toBe(3);
  await stopLiveValidation();
  expect(s.handlerCount()).toBe(0);
  expect(getLiveState().status).toBe("mati");
  s.resetCounters();
  await s.userEdit("Kinerja", "M2", [[0.0264]]);
  await whenIdle();
  expect(s.stats.syncs).toBe(0);
});

describe("at 2.000 rows", () => {
  test("an edit still costs one read and at most one write", async () => {
    await stopLiveValidation();
    resetLiveValidation();
    uninstall();
    s = createStandin();
    uninstall = installGlobals(s);
    const raw = exampleToRawWorkbook(example);
    s.seed({
      ...raw,
      tables: raw.tables.map((t) => {
        if (t.name !== "Kinerja") return t;
        const rows = Array.from({ length: 2000 }, (_, i) => {
          const row = [...t.values[i % t.values.length]];
          row[0] = String(i + 1);
          return row;
        });
        return { ...t, values: rows, formulas: rows, numberFormats: undefined };
      }),
    });
    await startLiveValidation({ validate: rules, debounceMs: 0 });
    await whenIdle();
    expect(getLiveState().temuan).toHaveLength(2000);
    s.resetCounters();
    await s.userEdit("Kinerja", "M2", [[0.0264]]);
    await whenIdle();
    expect(getLiveState().temuan).toHaveLength(1999);
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
    s.resetCounters();
    await s.userEdit("Kinerja", "R1500", [["catatan"]]);
    await whenIdle();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
  });
});

describe("on a host without ExcelApi 1.9", () => {
  test("only table events are used; table edits still re-check", async () => {
    await stopLiveValidation();
    resetLiveValidation();
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) < 1.9,
        },
      },
    };
    try {
      await startLiveValidation({ validate: rules, debounceMs: 0 });
      await whenIdle();
      expect(s.handlerCount()).toBe(1);
      await s.userEdit("Kinerja", "M2", [[0.0264]]);
      await whenIdle();
      expect(cells()).not.toContain("CAPAIAN_TIDAK_SESUAI@M2");
    } finally {
      g.Office = before;
    }
  });
});

test("formatting the user changes on a marked cell is kept when the mark goes", async () => {
  s.setCells("Kinerja", "M3", { format: { fill: "#00B0F0", fontItalic: true } });
  const mine = s.cell("Kinerja", "M3").format;
  await s.userEdit("Kinerja", "M3", [[0]]);
  await whenIdle();
  expect(s.conditionalFormats("Kinerja", "M3")).toEqual([]);
  expect(s.cell("Kinerja", "M3").format).toEqual(mine);
});

test("a row inserted above a mark: the mark moves with its cell and is still removed", async () => {
  await Excel.run(async (context) => {
    context.workbook.tables
      .getItem("Kinerja")
      .rows.add(0, [
        ["0", "Sasaran", "S", "I", "%", "Naik", 1, "", "", "", "", 0.5, 0.5, "", "", "", "", ""],
      ]);
    await context.sync();
  });
  // That write came through the API (as the add-in's own): no automatic check.
  await s.settle();
  await whenIdle();
  await periksaSekarang();
  // M2 (wrong) moved to M3; the new row 2 is right.
  expect(cells()).toEqual([
    "CAPAIAN_TIDAK_SESUAI@M3",
    "CAPAIAN_TIDAK_SESUAI@M4",
    "CAPAIAN_TIDAK_SESUAI@M5",
  ]);
  // Exactly one mark on each wrong cell, none on the new row.
  expect(marked().sort()).toEqual(["M3", "M4", "M5"]);
  await s.userEdit("Kinerja", "M3", [[0.0264]]);
  await whenIdle();
  expect(marked().sort()).toEqual(["M4", "M5"]);
  expect(s.handlerErrors).toEqual([]);
});
