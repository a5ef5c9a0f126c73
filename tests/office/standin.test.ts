// The Excel stand-in behaves like Office.js where the add-in depends on it:
// batching, load/sync, null objects, tables, events, formats, counters.
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

// office-addin-mock needs office-addin-manifest only for its OfficeApp enum; the
// real module pulls in ESM packages that this jest setup does not transform.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word", PowerPoint: "powerpoint" },
}));

let s: Standin;

/** Reads a property by name: lets the tests read before load on purpose. */
const peek = (o: object, p: string) => () => (o as Record<string, unknown>)[p];
let uninstall: () => void;

beforeEach(() => {
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed({
    tables: [
      {
        sheet: "Kinerja",
        name: "Kinerja",
        address: "B2",
        headers: ["No", "Target", "Realisasi", "Capaian"],
        values: [
          ["1", 10, 8, 0.8],
          ["2", 4, "5", 1.25],
        ],
        formulas: [
          [null, null, null, "=[@Realisasi]/[@Target]"],
          [null, null, null, "=[@Realisasi]/[@Target]"],
        ],
        numberFormats: [
          ["@", "General", "General", "0.00%"],
          ["@", "General", "General", "0.00%"],
        ],
      },
    ],
  });
});

afterEach(() => uninstall());

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Kinerja").getRange("B3:E3");
      expect(peek(range, "values")).toThrow(/not available/);
      range.load("values");
      expect(peek(range, "values")).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["1", 10, 8, 0.8]]);
      expect(peek(range, "address")).toThrow(/not available/);
    });
  });

  test("writes are applied only at sync, in order with loads", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Kinerja").getRange("C3");
      range.values = [[99]];
      expect(s.cell("Kinerja", "C3").value).toBe(10);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[99]]);
    });
    expect(s.cell("Kinerja", "C3").value).toBe(99);
  });

  test("every sync is counted; Excel.run sends what is still queued", async () => {
    s.resetCounters();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Kinerja").getRange("B2");
      r.load("values");
      await context.sync();
      r.values = [["Nomor"]];
    });
    expect(s.stats.syncs).toBe(2);
    expect(s.stats.runs).toBe(1);
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
  });

  test("load accepts navigation paths and objects", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name, items/worksheet/name");
      const r = context.workbook.worksheets.getItem("Kinerja").getRange("B2");
      r.load({ address: true, format: { fill: { color: true } } });
      await context.sync();
      expect(ws.items.map((w) => w.name)).toEqual(["Kinerja"]);
      expect(tables.items[0].name).toBe("Kinerja");
      expect(tables.items[0].worksheet.name).toBe("Kinerja");
      expect(r.address).toBe("Kinerja!B2");
      expect(r.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("unknown members throw a clear error", async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Kinerja").getRange("B2") as unknown as Record<
        string,
        unknown
      >;
      expect(() => r.fooBar).toThrow(/Range\.fooBar belum ada/);
    });
  });
});

describe("null objects and missing items", () => {
  test("getItemOrNullObject gives isNullObject after sync", async () => {
    await Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItemOrNullObject("Kinerja");
      const b = context.workbook.worksheets.getItemOrNullObject("Anggaran");
      const t = context.workbook.tables.getItemOrNullObject("Anggaran");
      expect(peek(a, "isNullObject")).toThrow(/sync/);
      await context.sync();
      expect(a.isNullObject).toBe(false);
      expect(b.isNullObject).toBe(true);
      expect(t.isNullObject).toBe(true);
    });
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Anggaran").getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a failed sync keeps the writes queued before the failing action", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Kinerja").getRange("C3").values = [[7]];
        context.workbook.tables.getItem("Tidak").getRange().load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(s.cell("Kinerja", "C3").value).toBe(7);
  });
});

describe("tables", () => {
  test("header, body, address, formulas and number formats", async () => {
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Kinerja");
      const h = t.getHeaderRowRange().load("values");
      const b = t.getDataBodyRange().load("values, formulas, numberFormat, address, rowCount");
      const all = t.getRange().load("address");
      await context.sync();
      expect(h.values).toEqual([["No", "Target", "Realisasi", "Capaian"]]);
      expect(b.values[1]).toEqual(["2", 4, "5", 1.25]);
      expect(b.formulas[1][3]).toBe("=[@Realisasi]/[@Target]");
      expect(b.formulas[1][2]).toBe("5");
      expect(b.numberFormat[0]).toEqual(["@", "General", "General", "0.00%"]);
      expect(b.address).toBe("Kinerja!B3:E4");
      expect(b.rowCount).toBe(2);
      expect(all.address).toBe("Kinerja!B2:E4");
    });
  });

  test("rows.add grows the table and fills calculated columns", async () => {
    s.setEvaluator((_sheet, _addr, formula) => (formula.includes("/") ? 0.5 : ""));
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Kinerja");
      // null leaves the calculated column to Excel.
      const rows = [
        ["3", 2, 1, null],
        ["4", 6, 3, null],
      ] as unknown as (string | number)[][];
      t.rows.add(undefined, rows);
      await context.sync();
    });
    expect(s.tableAddress("Kinerja")).toBe("B2:E6");
    expect(s.cell("Kinerja", "E6").formula).toBe("=[@Realisasi]/[@Target]");
    expect(s.cell("Kinerja", "E6").value).toBe(0.5);
    // New rows take the column's number format: "@" keeps "4" as text.
    expect(s.cell("Kinerja", "B6").value).toBe("4");
    expect(s.cell("Kinerja", "C6").value).toBe(6);
  });

  test("tables.add with headers, columns.add and names", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Anggaran");
      const t = ws.tables.add("A1:C1", true);
      t.name = "Anggaran";
      t.getHeaderRowRange().values = [["Uraian", "Pagu", "Realisasi"]];
      t.columns.add(undefined, [["Serapan"], ["=[@Realisasi]/[@Pagu]"]]);
      context.workbook.names.add("TahunLaporan", "=Profil!$B$3");
      const cols = t.columns.load("items/name");
      await context.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["Uraian", "Pagu", "Realisasi", "Serapan"]);
      const n = context.workbook.names.getItemOrNullObject("TahunLaporan").load("formula");
      await context.sync();
      expect(n.formula).toBe("=Profil!$B$3");
    });
    expect(s.tableAddress("Anggaran")).toBe("A1:D2");
    expect(s.tableNames()).toEqual(["Kinerja", "Anggaran"]);
    expect(s.names()).toEqual({ TahunLaporan: "=Profil!$B$3" });
  });

  test("invalid table names are refused like Excel", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Kinerja").name = "Tugas Fungsi";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("formats", () => {
  test("fill colour is uniform or null; snapshots hold formats", async () => {
    s.setCells("Kinerja", "C3", { format: { fill: "#FFFF00" } });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Kinerja");
      const one = ws.getRange("C3").format.fill.load("color");
      const two = ws.getRange("C3:D3").format.fill.load("color");
      ws.getRange("D3").format.font.bold = true;
      await context.sync();
      expect(one.color).toBe("#FFFF00");
      expect(two.color).toBeNull();
    });
    const snap = s.snapshot("Kinerja", "C3:D3");
    expect(snap.formats[0][0].fill).toBe("#FFFF00");
    expect(snap.formats[0][1].fontBold).toBe(true);
  });

  test("conditional formats: add, read id, delete by id", async () => {
    let id = "";
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Kinerja")
        .getRange("E3")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=ISTEXT("LKJ")';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.load("id");
      await context.sync();
      id = cf.id;
    });
    const list = s.conditionalFormats("Kinerja", "E3");
    expect(list).toHaveLength(1);
    expect(list[0].type).toBe("Custom");
    expect(list[0].data).toEqual({
      custom: { rule: { formula: '=ISTEXT("LKJ")' }, format: { fill: { color: "#FFC7CE" } } },
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Kinerja")
        .getRange()
        .conditionalFormats.getItem(id)
        .delete();
      await context.sync();
    });
    expect(s.conditionalFormats("Kinerja")).toHaveLength(0);
  });

  test("data validation, freeze panes, page layout", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Kinerja");
      ws.getRange("C3:C4").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Naik,Turun" },
      };
      ws.freezePanes.freezeRows(2);
      ws.pageLayout.orientation = Excel.PageOrientation.landscape;
      ws.pageLayout.setPrintTitleRows("$2:$2");
      ws.getRange("B:B").format.columnWidth = 30;
      await context.sync();
    });
    const info = s.sheetInfo("Kinerja");
    expect(info.freezeRows).toBe(2);
    expect(info.pageLayout.orientation).toBe("Landscape");
    expect(info.printTitleRows).toBe("$2:$2");
    expect(info.columnWidths.B).toBe(30);
    expect(info.dataValidations).toEqual([
      {
        address: "C3:C4",
        rule: { list: { inCellDropDown: true, source: "Naik,Turun" } },
        prompt: {},
      },
    ]);
  });
});

describe("values written as Excel stores them", () => {
  test("numeric text becomes a number unless the cell is Text; '=' makes a formula", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Kinerja");
      ws.getRange("C3:D3").values = [["12", "=1+1"]];
      ws.getRange("B3").values = [["7"]];
      await context.sync();
    });
    expect(s.cell("Kinerja", "C3").value).toBe(12);
    expect(s.cell("Kinerja", "D3").formula).toBe("=1+1");
    expect(s.cell("Kinerja", "B3").value).toBe("7");
  });

  test("a wrongly shaped array fails the sync", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Kinerja").getRange("C3:D3").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("events", () => {
  test("onChanged fires for the add-in's own writes unless events are off", async () => {
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").onChanged.add(async (e) => {
        seen.push(`${e.address}:${e.triggerSource}`);
      });
      context.workbook.tables.onChanged.add(async (e) => {
        seen.push(`tabel ${e.address}`);
      });
      await context.sync();
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").getRange("C3").values = [[1]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Kinerja").getRange("C4").values = [[2]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await s.settle();
    expect(seen).toEqual(["C3:ThisLocalAddin", "tabel C3"]);
    await s.userEdit("Kinerja", "D3", [[9]]);
    expect(seen.slice(2)).toEqual(["D3:Unknown", "tabel D3"]);
    await s.userEdit("Kinerja", "D4", [[9]], { silent: true });
    expect(seen).toHaveLength(4);
  });

  test("selection: user selection fires, range.select() moves it", async () => {
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").onSelectionChanged.add(async (e) => {
        seen.push(e.address);
      });
      await context.sync();
    });
    await s.userSelect("Kinerja", "C4");
    expect(seen).toEqual(["C4"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").getRange("E3").select();
      const sel = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(sel.address).toBe("Kinerja!E3");
    });
    await s.settle();
    expect(s.selection()).toBe("Kinerja!E3");
    expect(seen).toEqual(["C4", "E3"]);
  });

  test("handlers can be removed", async () => {
    let count = 0;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    await Excel.run(async (context) => {
      handler = context.workbook.worksheets.onChanged.add(async () => {
        count++;
      });
      await context.sync();
    });
    expect(s.handlerCount()).toBe(1);
    await s.userEdit("Kinerja", "C3", [[3]]);
    const h =
      handler as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    await Excel.run(h.context, async (context) => {
      h.remove();
      await context.sync();
    });
    expect(s.handlerCount()).toBe(0);
    await s.userEdit("Kinerja", "C3", [[4]]);
    expect(count).toBe(1);
  });
});

describe("Office global (office-addin-mock)", () => {
  test("onReady, requirement sets by version, actions, addin", async () => {
    const { createOfficeGlobal, versionAtMost } =
      await import("../support/excel-standin/office-global");
    expect(versionAtMost("1.9", "1.12")).toBe(true);
    expect(versionAtMost("1.13", "1.12")).toBe(false);
    const o = createOfficeGlobal({ excelApi: "1.12" });
    const Office = o.Office as unknown as {
      onReady(): Promise<{ host: string }>;
      context: { requirements: { isSetSupported(n: string, v?: string): boolean } };
      actions: { associate(id: string, f: () => void): void };
      addin: { showAsTaskpane(): Promise<void> };
      HostType: { Excel: string };
    };
    await expect(Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    let ran = 0;
    Office.actions.associate("bukaPanel", () => ran++);
    o.actions.get("bukaPanel")?.();
    expect(ran).toBe(1);
    await Office.addin.showAsTaskpane();
    expect(o.shown.count).toBe(1);
    expect(Office.HostType.Excel).toBe("Excel");
  });
});

test("worksheet protection: protect, read, unprotect with the password", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Kinerja");
    ws.protection.protect({ allowFormatCells: true }, "rahasia");
    const p = ws.protection.load("protected");
    await context.sync();
    expect(p.protected).toBe(true);
    ws.protection.unprotect("salah");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.protection.unprotect("rahasia");
    p.load("protected");
    await context.sync();
    expect(p.protected).toBe(false);
  });
});

test("suspendApiCalculationUntilNextSync is recorded for that sync only", async () => {
  s.resetCounters();
  await Excel.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    context.workbook.worksheets.getItem("Kinerja").getRange("C3").values = [[1]];
    await context.sync();
    context.workbook.worksheets.getItem("Kinerja").getRange("C4").values = [[2]];
    await context.sync();
  });
  expect(s.syncLog.map((e) => e.calcSuspended)).toEqual([true, false]);
});
