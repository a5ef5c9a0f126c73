// Property: whatever the user types (numbers, numeric text, words, blanks) into
// the Kinerja and Anggaran tables, and whatever rows are inserted, after each
// check the marked cells are exactly the error cells inside tables, each marked
// once; every edit path costs one read and at most one write; and once every
// cell is typed back, the sheets are exactly as before (values, formulas,
// number formats and every cell's formatting) with no mark left over.
import fc from "fast-check";
import { exampleToRawWorkbook } from "../../src/core/examples";
import {
  getLiveState,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../../src/office/live-validation";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const example = contoh("senduro-kasi-pemberdayaan-2023-tw2");

const KINERJA_COLS = ["G", "L", "M"]; // Target, Realisasi, Capaian
const ANGGARAN_COLS = ["D", "I", "J"];

const value = fc.oneof(
  fc.double({ min: -2, max: 200, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  fc.constantFrom("'12", "0,5", "abc", "", "100 %", "'1.234,5")
);

const edit = fc.record({
  sheet: fc.constantFrom("Kinerja", "Anggaran"),
  col: fc.integer({ min: 0, max: 2 }),
  row: fc.integer({ min: 2, max: 4 }),
  value,
});

function colIndex(col: string): number {
  return col.charCodeAt(0) - 65;
}

function markedCells(s: Standin, sheet: string): string[] {
  return s
    .conditionalFormats(sheet)
    .filter((cf) => (cf.data as { custom?: { rule?: { formula?: string } } }).custom?.rule?.formula)
    .map((cf) => `${sheet}!${String.fromCharCode(65 + cf.rect.c0)}${cf.rect.r0 + 1}`);
}

function errorCells(s: Standin): string[] {
  const tables = ["Kinerja", "Anggaran", "Profil", "TugasFungsi", "Strategi", "TindakLanjut"];
  const inside = (sheet: string, address: string) =>
    tables.some((t) => {
      const a = s.tableAddress(t);
      if (!a || !s.sheetNames().includes(sheet)) return false;
      const sheetOfTable = s.model.table(t)?.sheet.name;
      if (sheetOfTable !== sheet) return false;
      const [from, to] = a.split(":");
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      const f = /^([A-Z]+)(\d+)$/.exec(from);
      const e = /^([A-Z]+)(\d+)$/.exec(to);
      if (!m || !f || !e) return false;
      return (
        m[1] >= f[1] && m[1] <= e[1] && Number(m[2]) >= Number(f[2]) && Number(m[2]) <= Number(e[2])
      );
    });
  return [
    ...new Set(
      getLiveState()
        .temuan.filter((t) => t.tingkat === "galat" && t.sel && inside(t.lembar, t.sel))
        .map((t) => `${t.lembar}!${t.sel}`)
    ),
  ].sort();
}

test("marks follow the errors; every path 1 read + ≤1 write; typing back restores everything", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
      resetLiveValidation();
      const s = createStandin();
      const uninstall = installGlobals(s);
      try {
        s.seed(exampleToRawWorkbook(example));
        s.setCells("Kinerja", "G2:M4", { format: { fill: "#DDEBF7", fontItalic: true } });
        s.setCells("Anggaran", "D2:D3", { format: { fontBold: true, fontColor: "#375623" } });
        const before = {
          Kinerja: s.snapshot("Kinerja", "A1:R4"),
          Anggaran: s.snapshot("Anggaran", "A1:O6"),
        };
        await startLiveValidation({ debounceMs: 0 });
        await whenIdle();
        const check = () => {
          const marked = [...markedCells(s, "Kinerja"), ...markedCells(s, "Anggaran")].sort();
          expect(marked).toEqual(errorCells(s).filter((c) => /^(Kinerja|Anggaran)!/.test(c)));
          expect(new Set(marked).size).toBe(marked.length);
        };
        check();
        // The example starts with errors, so the invariant is not about empty sets.
        expect(errorCells(s).length).toBeGreaterThan(0);
        for (const e of edits) {
          const col = (e.sheet === "Kinerja" ? KINERJA_COLS : ANGGARAN_COLS)[e.col];
          s.resetCounters();
          await s.userEdit(e.sheet, `${col}${e.row}`, [[e.value]]);
          await whenIdle();
          expect(s.stats.syncs).toBeGreaterThanOrEqual(1);
          expect(s.stats.syncs).toBeLessThanOrEqual(2);
          expect(s.syncLog[0].kind).toBe("read");
          check();
        }
        // Type every edited cell back as it was (in reverse order).
        for (const e of [...edits].reverse()) {
          const col = (e.sheet === "Kinerja" ? KINERJA_COLS : ANGGARAN_COLS)[e.col];
          const snap = before[e.sheet as "Kinerja" | "Anggaran"];
          const original = snap.values[e.row - 1][colIndex(col)];
          s.setCells(e.sheet, `${col}${e.row}`, { values: [[original]] });
        }
        await s.userSelect("Kinerja", "A1");
        await whenIdle();
        check();
        expect(s.snapshot("Kinerja", "A1:R4")).toEqual(before.Kinerja);
        expect(s.snapshot("Anggaran", "A1:O6")).toEqual(before.Anggaran);
        expect(s.handlerErrors).toEqual([]);
      } finally {
        await stopLiveValidation();
        resetLiveValidation();
        uninstall();
      }
    }),
    { numRuns: 25 }
  );
});
