// readWorkbook against the Excel stand-in: what it returns is what was seeded
// (every table of the example reports), in one round trip once the table list
// is known; table additions and deletions are picked up.
import { EXAMPLES, exampleToRawWorkbook } from "../../src/core/examples";
import { mapWorkbook } from "../../src/core/model/map";
import type { RawTable, RawWorkbook } from "../../src/core/model/types";
import {
  forgetReadPlan,
  localAddress,
  readWorkbook,
  readWorkbookWithPlan,
} from "../../src/office/read";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

let s: Standin;
let uninstall: () => void;

beforeEach(() => {
  s = createStandin();
  uninstall = installGlobals(s);
  forgetReadPlan();
});
afterEach(() => uninstall());

/** Excel keeps one (blank) body row in an empty table. */
function asExcelHasIt(t: RawTable): RawTable {
  if (t.values.length > 0) return t;
  const blank = () => t.headers.map(() => "");
  return {
    ...t,
    address: t.address.replace(/(\d+)$/, (m) => String(Number(m) + 1)),
    values: [blank()],
    formulas: [blank()],
    numberFormats: [t.headers.map(() => "General")],
  };
}

const read = () => Excel.run((context) => readWorkbook(context));

describe.each(EXAMPLES.map((e) => [e.id, e] as const))("example %s", (_id, example) => {
  test("read back as seeded, in one sync once the table list is known", async () => {
    const raw = exampleToRawWorkbook(example);
    s.seed(raw);
    s.resetCounters();
    const first = await read();
    expect(s.stats.syncs).toBe(2);
    s.resetCounters();
    const second = await read();
    expect(s.stats.syncs).toBe(1);
    expect(s.syncLog[0].kind).toBe("read");
    expect(second).toEqual(first);
    expect(second.sheetNames).toEqual(raw.sheetNames);
    expect(second.tables).toEqual(raw.tables.map(asExcelHasIt));
    // The model of what Excel holds is the model of the example.
    const fromExcel = mapWorkbook(second);
    const fromExample = mapWorkbook({ ...raw, tables: raw.tables.map(asExcelHasIt) });
    expect(fromExcel.kinerja.map((k) => k.computed.capaian)).toEqual(
      fromExample.kinerja.map((k) => k.computed.capaian)
    );
    expect(fromExcel.ringkasan).toEqual(fromExample.ringkasan);
  });
});

describe("table list changes", () => {
  const small: RawWorkbook = {
    sheetNames: ["Kinerja", "Anggaran"],
    tables: [
      {
        sheet: "Kinerja",
        name: "Kinerja",
        address: "B3:C4",
        headers: ["No", "Target"],
        values: [["1", 10]],
        formulas: [["1", 10]],
      },
    ],
  };

  test("a new table costs one more sync, then one again", async () => {
    s.seed(small);
    await read();
    await Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Anggaran").tables.add("A1:B1", true);
      t.name = "Anggaran";
      await context.sync();
    });
    s.resetCounters();
    const after = await read();
    expect(s.stats.syncs).toBe(2);
    expect(after.tables.map((t) => t.name)).toEqual(["Kinerja", "Anggaran"]);
    expect(after.tables[1]).toMatchObject({
      sheet: "Anggaran",
      address: "A1:B2",
      headers: ["Column1", "Column2"],
    });
    s.resetCounters();
    await read();
    expect(s.stats.syncs).toBe(1);
  });

  test("a deleted planned table: the failed sync is retried without the plan", async () => {
    s.seed(small);
    const first = await Excel.run((context) => readWorkbookWithPlan(context, null));
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Kinerja").delete();
      await context.sync();
    });
    const again = await Excel.run((context) => readWorkbookWithPlan(context, first.plan));
    expect(again.raw.tables).toEqual([]);
    expect(again.plan).toEqual([]);
    // The failed sync, then the table list (no table left to read).
    expect(again.syncs).toBe(2);
  });

  test("a renamed sheet is reported under its new name", async () => {
    s.seed(small);
    const first = await Excel.run((context) => readWorkbookWithPlan(context, null));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").name = "Kinerja TW";
      await context.sync();
    });
    const again = await Excel.run((context) => readWorkbookWithPlan(context, first.plan));
    expect(again.raw.tables[0].sheet).toBe("Kinerja TW");
    expect(again.raw.sheetNames).toEqual(["Kinerja TW", "Anggaran"]);
    expect(again.syncs).toBe(2);
  });
});

test("localAddress drops the sheet and $ signs", () => {
  expect(localAddress("'Tren Kinerja'!$A$1:$D$9")).toBe("A1:D9");
  expect(localAddress("Kinerja!B3")).toBe("B3");
  expect(localAddress("C4")).toBe("C4");
});
