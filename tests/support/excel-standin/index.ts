/**
 * Excel stand-in: an in-memory fake of the part of the Office.js Excel API the
 * add-in uses, for jest (Node) and for the task pane in headless Chromium.
 *
 * Semantics kept from Office.js (see api.ts): reads and writes are queued and
 * applied in order at context.sync(); a property read before load()+sync()
 * throws PropertyNotLoaded; getItem of a missing object fails the sync with
 * ItemNotFound; *OrNullObject gives isNullObject after the next sync; change
 * events fire after the sync, also for the add-in's own writes, unless
 * context.runtime.enableEvents = false. Unknown members throw
 * "Excel stand-in: X.y belum ada (not implemented)" — add them in api.ts.
 * Formulas are not calculated: a formula written through the API gets the
 * value returned by setEvaluator's function (default ""); seeded cells keep the
 * value you give.
 *
 * Usage (jest):
 *
 *   import { createStandin, installGlobals } from "../support/excel-standin";
 *   const s = createStandin();
 *   const uninstall = installGlobals(s);          // globalThis.Excel, OfficeExtension
 *   s.seed({ tables: [{ sheet: "Kinerja", name: "Kinerja", address: "A1",
 *                       headers: ["No", "Target"], values: [["1", 12]] }] });
 *   s.resetCounters();
 *   await codeUnderTest();                        // uses Excel.run(...)
 *   expect(s.stats.syncs).toBe(1);                // every context.sync() counted
 *   expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);   // "read" | "write"
 *   await s.userEdit("Kinerja", "B2", [[15]]);    // fires onChanged like a user edit, waits
 *   await s.userSelect("Kinerja", "B2");          // fires onSelectionChanged
 *   await s.settle();                             // waits for pending event handlers
 *   const snap = s.snapshot("Kinerja", "A1:B2");  // values, formulas, numberFormats, formats
 *   s.conditionalFormats("Kinerja", "B2");        // conditional formats on a cell
 *   uninstall();
 *
 * Browser: bundle.ts builds an IIFE that sets window.Excel, window.OfficeExtension
 * and window.__lkjStandin (this controller); seed it from the page with
 * window.__lkjStandin.seed({...}).
 *
 * This module imports nothing from Node, so it bundles for the browser.
 * office-addin-mock is not used here: it requires office-addin-manifest (Node
 * fs); its load/sync contract (reading before load+sync is an error) is
 * reproduced instead, and office-global.ts uses it for the `Office` object.
 */
import {
  ClientResult,
  Engine,
  RequestContext,
  StandinError,
  type ChangeRecord,
  type SyncLogEntry,
} from "./api";
import {
  type CellData,
  type CellFormat,
  type ConditionalFormatData,
  type Rect,
  TableModel,
  WorkbookModel,
  cloneCell,
  parseRect,
  rectA1,
  splitSheet,
} from "./model";

export { StandinError, ClientResult, RequestContext };
export type { CellData, CellFormat, ConditionalFormatData, SyncLogEntry, Rect };

/** A table to seed; the shape of RawTable (src/core/model/types.ts), values optional. */
export interface SeedTable {
  sheet: string;
  name: string;
  /** Top-left cell or full address ("A1" or "A1:T12"); the size comes from headers and rows. */
  address: string;
  headers: string[];
  /** Body rows; none = one blank body row (as Excel). */
  values?: unknown[][];
  /** Same shape; a string starting with "=" becomes the cell's formula (value from values). */
  formulas?: unknown[][];
  numberFormats?: string[][];
}

export interface SeedWorkbook {
  sheetNames?: string[];
  tables?: SeedTable[];
}

export interface Snapshot {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: string[][];
  formats: CellFormat[][];
}

export interface CellPatch {
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormats?: string[][];
  /** Formatting applied to every cell of the range. */
  format?: Partial<CellFormat>;
}

export interface Standin {
  /** The namespace to install as global `Excel`. */
  Excel: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
  model: WorkbookModel;
  readonly stats: Engine["stats"];
  readonly syncLog: SyncLogEntry[];
  /** Errors thrown by event handlers (Excel swallows them; tests may assert none). */
  readonly handlerErrors: unknown[];
  resetCounters(): void;
  addSheet(name: string): void;
  seed(wb: SeedWorkbook): void;
  /** Writes cells directly (no events, no counters): for test setup. */
  setCells(sheet: string, address: string, patch: CellPatch): void;
  setEvaluator(fn: ((sheet: string, address: string, formula: string) => unknown) | null): void;
  /** A user types into cells: values (or "=formulas") applied, change events fired, handlers awaited. */
  userEdit(
    sheet: string,
    address: string,
    values: unknown[][],
    opts?: { silent?: boolean }
  ): Promise<void>;
  /** A user selects a range: onSelectionChanged fired, handlers awaited. */
  userSelect(sheet: string, address: string): Promise<void>;
  /** Waits until no event handler is running. */
  settle(): Promise<void>;
  snapshot(sheet: string, address?: string): Snapshot;
  cell(sheet: string, address: string): CellData;
  conditionalFormats(sheet: string, address?: string): ConditionalFormatData[];
  /** Current selection ("Kinerja!E5"), null when none. */
  selection(): string | null;
  tableAddress(name: string): string | null;
  sheetNames(): string[];
  tableNames(): string[];
  /** Names (workbook.names) → formula. */
  names(): Record<string, string>;
  sheetInfo(sheet: string): {
    freezeRows: number;
    pageLayout: Record<string, unknown>;
    printTitleRows: string | null;
    columnWidths: Record<string, number>;
    dataValidations: { address: string; rule: unknown; prompt: unknown }[];
    visibility: string;
  };
  /** Number of registered event handlers (to check start/stop). */
  handlerCount(): number;
}

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function lowerFirstToEnum(): Record<string, string> {
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key !== "string") return undefined;
        return key.charAt(0).toUpperCase() + key.slice(1);
      },
    }
  );
}

const ERROR_CODES: Record<string, string> = {
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  invalidArgument: "InvalidArgument",
  itemAlreadyExists: "ItemAlreadyExists",
  generalException: "GeneralException",
  invalidOperation: "InvalidOperation",
};

export function createStandin(): Standin {
  const model = new WorkbookModel();
  const engine = new Engine(model);

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1] as (ctx: RequestContext) => Promise<unknown>;
    if (typeof batch !== "function")
      throw new StandinError("InvalidArgument", "Excel.run needs a function");
    engine.stats.runs++;
    // Excel.run(existingContextOrObject, batch) reuses that object's context.
    const first = args.length > 1 ? (args[0] as { _engine?: unknown; context?: unknown }) : null;
    const ctx =
      first instanceof RequestContext
        ? first
        : first && first.context instanceof RequestContext
          ? first.context
          : new RequestContext(engine);
    const result = await batch(ctx);
    // Office.js sends what is still queued when the batch returns.
    if (ctx._queue.length > 0) await ctx.sync();
    return result;
  }

  const known: Record<string, unknown> = {
    run,
    RequestContext: function RequestContextCtor() {
      return new RequestContext(engine);
    },
    ErrorCodes: ERROR_CODES,
  };
  const Excel = new Proxy(known, {
    get(target, key) {
      if (typeof key !== "string") return undefined;
      if (key in target) return target[key];
      if (/^[A-Z]/.test(key)) return lowerFirstToEnum();
      return undefined;
    },
    // office.js, when also loaded in a page, fills its own namespace object:
    // ignore that, so Excel.run stays the stand-in's.
    set: () => true,
    defineProperty: () => true,
  });
  const OfficeExtension = { Error: StandinError, ErrorCodes: ERROR_CODES, ClientResult };

  function sheetOf(name: string) {
    const s = model.sheet(name);
    if (!s) throw new Error(`stand-in: no sheet ${name}`);
    return s;
  }
  function rectOf(address: string): Rect {
    const r = parseRect(splitSheet(address).local);
    if (!r) throw new Error(`stand-in: bad address ${address}`);
    return r;
  }
  function ensureSheet(name: string) {
    return model.sheet(name) ?? model.addSheet(name);
  }

  const api: Standin = {
    Excel,
    OfficeExtension,
    model,
    get stats() {
      return engine.stats;
    },
    get syncLog() {
      return engine.syncLog;
    },
    get handlerErrors() {
      return engine.handlerErrors;
    },
    resetCounters: () => engine.resetCounters(),
    addSheet(name) {
      ensureSheet(name);
    },
    seed(wb) {
      for (const n of wb.sheetNames ?? []) ensureSheet(n);
      for (const t of wb.tables ?? []) {
        const sheet = ensureSheet(t.sheet);
        const start = rectOf(t.address);
        const rows = Math.max(1, t.values?.length ?? 0, t.formulas?.length ?? 0);
        const rect = {
          r0: start.r0,
          c0: start.c0,
          r1: start.r0 + rows,
          c1: start.c0 + Math.max(1, t.headers.length) - 1,
        };
        if (model.table(t.name)) throw new Error(`stand-in: table ${t.name} exists`);
        t.headers.forEach((h, j) => {
          const cell = sheet.mut(rect.r0, rect.c0 + j);
          cell.value = h;
          cell.formula = null;
        });
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < t.headers.length; j++) {
            const cell = sheet.mut(rect.r0 + 1 + i, rect.c0 + j);
            const v = t.values?.[i]?.[j];
            const f = t.formulas?.[i]?.[j];
            cell.value = v === undefined || v === null ? "" : v;
            cell.formula = typeof f === "string" && f.startsWith("=") && f.length > 1 ? f : null;
            const nf = t.numberFormats?.[i]?.[j];
            if (nf) cell.numberFormat = nf;
          }
        }
        model.tables.push(new TableModel(model.newId("tbl"), t.name, sheet, rect));
      }
    },
    setCells(sheetName, address, patch) {
      const sheet = sheetOf(sheetName);
      const rect = rectOf(address);
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = sheet.mut(r, c);
          const i = r - rect.r0;
          const j = c - rect.c0;
          if (patch.values) {
            cell.value = patch.values[i]?.[j] ?? "";
            cell.formula = null;
          }
          const f = patch.formulas?.[i]?.[j];
          if (typeof f === "string" && f.startsWith("=")) cell.formula = f;
          const nf = patch.numberFormats?.[i]?.[j];
          if (nf !== undefined) cell.numberFormat = nf;
          if (patch.format) {
            cell.format = { ...cell.format, ...JSON.parse(JSON.stringify(patch.format)) };
          }
        }
      }
    },
    setEvaluator(fn) {
      engine.evaluator = fn;
    },
    async userEdit(sheetName, address, values, opts) {
      const sheet = sheetOf(sheetName);
      const rect = rectOf(address);
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const v = values[r - rect.r0]?.[c - rect.c0];
          if (v === undefined || v === null) continue;
          const cell = sheet.mut(r, c);
          if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
            cell.formula = v;
            const a = rectA1({ r0: r, c0: c, r1: r, c1: c });
            const computed = engine.evaluator?.(sheet.name, a, v);
            cell.value = computed === undefined ? "" : computed;
          } else if (typeof v === "string" && v.startsWith("'")) {
            cell.formula = null;
            cell.value = v.slice(1);
          } else if (typeof v === "string" && cell.numberFormat !== "@" && NUMERIC.test(v.trim())) {
            cell.formula = null;
            cell.value = Number(v.trim());
          } else {
            cell.formula = null;
            cell.value = v;
          }
        }
      }
      if (!opts?.silent) {
        const change: ChangeRecord = {
          sheetId: sheet.id,
          rect,
          changeType: "RangeEdited",
          triggerSource: "Unknown",
        };
        engine.dispatchChanges([change]);
      }
      await api.settle();
    },
    async userSelect(sheetName, address) {
      sheetOf(sheetName);
      model.selection = { sheet: sheetName, rect: rectOf(address) };
      model.activeSheet = sheetName;
      engine.dispatchSelection();
      await api.settle();
    },
    async settle() {
      // Handlers start on a timer and may queue further events; loop until quiet.
      for (let i = 0; i < 1000; i++) {
        await new Promise((r) => setTimeout(r, 0));
        if (engine.pending.size === 0) return;
        await Promise.all([...engine.pending]);
      }
    },
    snapshot(sheetName, address) {
      const sheet = sheetOf(sheetName);
      const rect = address ? rectOf(address) : (sheet.usedRect() ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      const numberFormats: string[][] = [];
      const formats: CellFormat[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const v: unknown[] = [];
        const f: unknown[] = [];
        const n: string[] = [];
        const fm: CellFormat[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = cloneCell(sheet.get(r, c));
          v.push(cell.value);
          f.push(cell.formula ?? cell.value);
          n.push(cell.numberFormat);
          fm.push(cell.format);
        }
        values.push(v);
        formulas.push(f);
        numberFormats.push(n);
        formats.push(fm);
      }
      return { address: rectA1(rect), values, formulas, numberFormats, formats };
    },
    cell(sheetName, address) {
      const r = rectOf(address);
      return cloneCell(sheetOf(sheetName).get(r.r0, r.c0));
    },
    conditionalFormats(sheetName, address) {
      const sheet = sheetOf(sheetName);
      if (!address) return sheet.conditionalFormats.map((x) => ({ ...x }));
      const r = rectOf(address);
      return sheet.conditionalFormats
        .filter(
          (x) => x.rect.r0 <= r.r1 && r.r0 <= x.rect.r1 && x.rect.c0 <= r.c1 && r.c0 <= x.rect.c1
        )
        .map((x) => ({ ...x }));
    },
    selection() {
      const s = model.selection;
      return s ? `${s.sheet}!${rectA1(s.rect)}` : null;
    },
    tableAddress(name) {
      const t = model.table(name);
      return t ? rectA1(t.rect) : null;
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    tableNames: () => model.tables.map((t) => t.name),
    names() {
      const out: Record<string, string> = {};
      for (const n of model.names.values()) out[n.name] = n.formula;
      return out;
    },
    sheetInfo(sheetName) {
      const s = sheetOf(sheetName);
      const columnWidths: Record<string, number> = {};
      for (const [c, w] of s.columnWidths)
        columnWidths[rectA1({ r0: 0, c0: c, r1: 0, c1: c }).replace(/\d+/, "")] = w;
      return {
        freezeRows: s.freezeRows,
        pageLayout: { ...s.pageLayout },
        printTitleRows: s.printTitleRows,
        columnWidths,
        dataValidations: s.dataValidations.map((d) => ({
          address: rectA1(d.rect),
          rule: d.rule,
          prompt: d.prompt,
        })),
        visibility: s.visibility,
      };
    },
    handlerCount: () => engine.registrations.length,
  };
  return api;
}

/**
 * Sets globalThis.Excel and OfficeExtension to the stand-in; returns a function
 * that restores them. With `lock`, later assignments to those globals (office.js
 * loading after the stand-in in a page) are ignored.
 */
export function installGlobals(
  standin: Standin,
  target: Record<string, unknown> = globalThis as never,
  opts: { lock?: boolean } = {}
): () => void {
  const before = { Excel: target.Excel, OfficeExtension: target.OfficeExtension };
  if (opts.lock) {
    for (const [name, value] of [
      ["Excel", standin.Excel],
      ["OfficeExtension", standin.OfficeExtension],
    ] as const) {
      Object.defineProperty(target, name, {
        configurable: true,
        get: () => value,
        set: () => undefined,
      });
    }
  } else {
    target.Excel = standin.Excel;
    target.OfficeExtension = standin.OfficeExtension;
  }
  return () => {
    for (const name of ["Excel", "OfficeExtension"] as const) {
      Object.defineProperty(target, name, {
        configurable: true,
        writable: true,
        value: before[name],
      });
    }
  };
}
