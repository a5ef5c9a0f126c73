// The Office.js-shaped proxies of the stand-in. Semantics kept from Office.js:
// - every read and write is queued and runs inside context.sync(), in order;
// - a property can be read only after load() and a sync (else PropertyNotLoaded);
// - *OrNullObject: isNullObject is readable after the next sync;
// - getItem of a missing object fails the sync with ItemNotFound;
// - change events fire (asynchronously, after the sync) for the add-in's own
//   writes too, unless runtime.enableEvents is false; format changes and
//   conditional formats fire no onChanged (as in Excel).
// Unknown members throw "Excel stand-in: X.y belum ada" instead of silently
// returning undefined, so a gap shows up where it is used.
import {
  type CellData,
  type ConditionalFormatData,
  type Rect,
  type SheetModel,
  TableModel,
  type WorkbookModel,
  MAX_COLS,
  MAX_ROWS,
  colLetters,
  contains,
  intersects,
  parseRect,
  quoteSheet,
  rectA1,
  rectCols,
  rectRows,
  splitSheet,
} from "./model";

export class StandinError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export type ChangeKind = "RangeEdited" | "RowInserted" | "ColumnInserted" | "RowDeleted";

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: ChangeKind;
  triggerSource: "ThisLocalAddin" | "Unknown";
  /** Handlers registered after the change (same batch) do not see it. */
  seq?: number;
}

export interface SyncLogEntry {
  /** "write" when the batch changed the workbook, "read" when it only loaded. */
  kind: "read" | "write" | "empty";
  loads: number;
  writes: number;
  calcSuspended: boolean;
  failed: boolean;
}

type Handler = (args: unknown) => unknown;
interface Registration {
  kind: "changed" | "tableChanged" | "selection" | "workbookSelection";
  /** Sheet id or table id; null = every sheet/table. */
  scope: string | null;
  handler: Handler;
  seq?: number;
}

/** Shared by every RequestContext of one stand-in: the model, counters, events. */
export class Engine {
  stats = { syncs: 0, readSyncs: 0, writeSyncs: 0, runs: 0 };
  syncLog: SyncLogEntry[] = [];
  eventsEnabled = true;
  calculationMode = "Automatic";
  registrations: Registration[] = [];
  seq = 0;
  evaluator: ((sheet: string, address: string, formula: string) => unknown) | null = null;
  pending = new Set<Promise<unknown>>();
  /** Handler errors are kept for tests (Excel swallows them). */
  handlerErrors: unknown[] = [];
  constructor(public model: WorkbookModel) {}

  resetCounters(): void {
    this.stats = { syncs: 0, readSyncs: 0, writeSyncs: 0, runs: 0 };
    this.syncLog = [];
  }

  /** Fires change events of one batch (after the sync returned), as Excel does. */
  dispatchChanges(changes: ChangeRecord[]): void {
    for (const ch of changes) {
      const sheet = this.model.sheetById(ch.sheetId);
      if (!sheet) continue;
      for (const reg of [...this.registrations]) {
        if (ch.seq !== undefined && (reg.seq ?? 0) > ch.seq) continue;
        if (reg.kind === "changed" && (reg.scope === null || reg.scope === ch.sheetId)) {
          this.call(reg.handler, changedArgs(this, "WorksheetChanged", ch, sheet, ch.rect, null));
        }
        if (reg.kind === "tableChanged") {
          for (const t of this.model.tables) {
            if (t.sheet !== sheet || !intersects(t.rect, ch.rect)) continue;
            if (reg.scope !== null && reg.scope !== t.id) continue;
            const rect = {
              r0: Math.max(t.rect.r0, ch.rect.r0),
              c0: Math.max(t.rect.c0, ch.rect.c0),
              r1: Math.min(t.rect.r1, ch.rect.r1),
              c1: Math.min(t.rect.c1, ch.rect.c1),
            };
            this.call(reg.handler, changedArgs(this, "TableChanged", ch, sheet, rect, t));
          }
        }
      }
    }
  }

  dispatchSelection(): void {
    const sel = this.model.selection;
    if (!sel) return;
    const sheet = this.model.sheet(sel.sheet);
    if (!sheet) return;
    for (const reg of [...this.registrations]) {
      if (reg.kind === "selection" && (reg.scope === null || reg.scope === sheet.id)) {
        this.call(reg.handler, {
          type: "WorksheetSelectionChanged",
          worksheetId: sheet.id,
          address: rectA1(sel.rect),
        });
      }
      if (reg.kind === "workbookSelection") {
        this.call(reg.handler, { type: "WorkbookSelectionChanged" });
      }
    }
  }

  private call(handler: Handler, args: unknown): void {
    const p = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.resolve()
          .then(() => handler(args))
          .catch((e) => this.handlerErrors.push(e))
          .finally(() => resolve());
      }, 0);
    });
    this.track(p);
  }

  track(p: Promise<unknown>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }
}

function changedArgs(
  engine: Engine,
  type: "WorksheetChanged" | "TableChanged",
  ch: ChangeRecord,
  sheet: SheetModel,
  rect: Rect,
  table: TableModel | null
): Record<string, unknown> {
  const args: Record<string, unknown> = {
    type,
    changeType: ch.changeType,
    source: "Local",
    triggerSource: ch.triggerSource,
    worksheetId: sheet.id,
    address: rectA1(rect),
    getRange: (ctx: RequestContext) =>
      ctx.workbook.worksheets.getItem(sheet.name).getRange(rectA1(rect)),
    getRangeOrNullObject: (ctx: RequestContext) =>
      ctx.workbook.worksheets.getItem(sheet.name).getRange(rectA1(rect)),
  };
  if (table) args.tableId = table.id;
  void engine;
  return args;
}

// ---------------------------------------------------------------------------
// Strict wrapper: unknown members throw.

const ALLOWED = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "constructor",
  "inspect",
  "length",
  "toString",
  "valueOf",
  "hasAttribute",
  "context",
]);

function strict<T extends object>(obj: T, className: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (
        typeof prop === "string" &&
        !(prop in target) &&
        !ALLOWED.has(prop) &&
        !prop.startsWith("_") &&
        !prop.startsWith("@@") &&
        !prop.startsWith("$$")
      ) {
        throw new Error(`Excel stand-in: ${className}.${prop} belum ada (not implemented)`);
      }
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "string" && !(prop in target) && !prop.startsWith("_")) {
        throw new Error(`Excel stand-in: ${className}.${prop} belum ada (not implemented)`);
      }
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

// ---------------------------------------------------------------------------
// Request context

interface Op {
  write: boolean;
  run: () => void;
}

export class ClientResult<T> {
  _value: T | undefined;
  _done = false;
  get value(): T {
    if (!this._done) {
      throw new StandinError(
        "PropertyNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this._value as T;
  }
}

export class RequestContext {
  _queue: Op[] = [];
  _changes: ChangeRecord[] = [];
  _calcSuspended = false;
  workbook: Workbook;
  application: Application;
  runtime: Runtime;
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  constructor(public _engine: Engine) {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
    this.runtime = new Runtime(this);
  }
  get _model(): WorkbookModel {
    return this._engine.model;
  }
  _enqueue(write: boolean, run: () => void): void {
    this._queue.push({ write, run });
  }
  /** Records a content change for the events of this batch. */
  _changed(sheet: SheetModel, rect: Rect, changeType: ChangeKind = "RangeEdited"): void {
    if (this._engine.eventsEnabled) {
      this._changes.push({
        sheetId: sheet.id,
        rect,
        changeType,
        triggerSource: "ThisLocalAddin",
        seq: ++this._engine.seq,
      });
    }
  }
  async sync(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    this._changes = [];
    const engine = this._engine;
    engine.stats.syncs++;
    const writes = ops.filter((o) => o.write).length;
    const entry: SyncLogEntry = {
      kind: ops.length === 0 ? "empty" : writes > 0 ? "write" : "read",
      loads: ops.length - writes,
      writes,
      calcSuspended: this._calcSuspended,
      failed: false,
    };
    if (writes > 0) engine.stats.writeSyncs++;
    else engine.stats.readSyncs++;
    engine.syncLog.push(entry);
    this._calcSuspended = false;
    await Promise.resolve();
    let failure: unknown = null;
    let selectionMoved = false;
    const selBefore = JSON.stringify(this._model.selection);
    for (const op of ops) {
      try {
        op.run();
      } catch (e) {
        failure = e;
        break;
      }
    }
    selectionMoved = JSON.stringify(this._model.selection) !== selBefore;
    const changes = this._changes;
    this._changes = [];
    if (changes.length > 0) engine.dispatchChanges(changes);
    if (selectionMoved && engine.eventsEnabled) engine.dispatchSelection();
    if (failure) {
      entry.failed = true;
      throw failure;
    }
  }
}

// ---------------------------------------------------------------------------
// Base proxy

abstract class ClientObject {
  _loaded = new Map<string, unknown>();
  _nullChecked = false;
  _isNull = false;
  constructor(
    public _ctx: RequestContext,
    public _className: string
  ) {}
  /** Scalar property names this object can load. */
  abstract _scalarNames(): string[];
  /** Reads a scalar from the model (at sync). */
  abstract _read(name: string): unknown;
  /** Navigation properties usable in load paths ("format/fill/color"). */
  _navs(): Record<string, () => ClientObject> {
    return {};
  }
  /** Throws ItemNotFound when the object does not exist (at sync). */
  _check(): void {}

  get context(): RequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (!this._nullChecked) {
      throw new StandinError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available. Call \"context.sync()\" first."
      );
    }
    return this._isNull;
  }

  load(arg?: string | string[] | Record<string, unknown>): this {
    const paths = parseLoadArg(arg);
    this._ctx._enqueue(false, () => this._loadNow(paths));
    return this;
  }

  _loadNow(paths: string[]): void {
    this._check();
    if (this._isNull) return;
    const all = paths.length === 0 || paths.includes("*");
    const names = all ? this._scalarNames() : [];
    for (const n of names) this._loaded.set(n, this._read(n));
    if (all) return;
    const byNav = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      const navs = this._navs();
      if (head in navs) {
        const list = byNav.get(head) ?? [];
        if (rest.length) list.push(rest.join("/"));
        byNav.set(head, list);
      } else if (this._scalarNames().includes(head)) {
        this._loaded.set(head, this._read(head));
      } else {
        throw new StandinError(
          "PropertyNotFound",
          `Excel stand-in: ${this._className}.${head} cannot be loaded`
        );
      }
    }
    for (const [head, rest] of byNav) this._navs()[head]()._loadNow(rest);
  }

  _get(name: string): unknown {
    if (!this._loaded.has(name)) {
      throw new StandinError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this._loaded.get(name);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

function parseLoadArg(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string") {
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArg(a));
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o) return parseLoadArg(o.select);
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(k);
      else if (v && typeof v === "object") {
        for (const sub of parseLoadArg(v)) out.push(`${k}/${sub}`);
      }
    }
    return out;
  }
  return [];
}

/** Defines Office-style accessors: get = loaded value, set = queued write. */
function accessors(
  cls: { prototype: object },
  names: string[],
  write?: (self: never, name: string, value: unknown) => void
): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._get(name);
      },
      set(this: ClientObject, value: unknown) {
        if (!write) {
          throw new StandinError("InvalidArgument", `${this._className}.${name} is read-only`);
        }
        this._ctx._enqueue(true, () => {
          this._check();
          write(this as never, name, value);
        });
      },
    });
  }
}

function notFound(what: string): StandinError {
  return new StandinError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

// ---------------------------------------------------------------------------
// Event sources

class EventSource {
  constructor(
    private ctx: RequestContext,
    private kind: Registration["kind"],
    private scope: () => string | null
  ) {}
  add(handler: Handler): { remove: () => void; context: RequestContext } {
    const reg: Registration = { kind: this.kind, scope: null, handler };
    this.ctx._enqueue(false, () => {
      reg.scope = this.scope();
      reg.seq = ++this.ctx._engine.seq;
      this.ctx._engine.registrations.push(reg);
    });
    return {
      context: this.ctx,
      remove: () => {
        this.ctx._enqueue(false, () => {
          const list = this.ctx._engine.registrations;
          const i = list.indexOf(reg);
          if (i >= 0) list.splice(i, 1);
        });
      },
    };
  }
}

// ---------------------------------------------------------------------------
// Workbook, application, runtime

export class Application extends ClientObject {
  constructor(ctx: RequestContext) {
    super(ctx, "Application");
    return strict(this, "Application");
  }
  _scalarNames(): string[] {
    return ["calculationMode"];
  }
  _read(): unknown {
    return this._ctx._engine.calculationMode;
  }
  suspendApiCalculationUntilNextSync(): void {
    this._ctx._calcSuspended = true;
  }
  suspendScreenUpdatingUntilNextSync(): void {}
  calculate(): void {
    this._ctx._enqueue(true, () => undefined);
  }
}
accessors(Application, ["calculationMode"], (self: Application, _n, v) => {
  self._ctx._engine.calculationMode = String(v);
});

export class Runtime extends ClientObject {
  constructor(ctx: RequestContext) {
    super(ctx, "Runtime");
    return strict(this, "Runtime");
  }
  _scalarNames(): string[] {
    return ["enableEvents"];
  }
  _read(): unknown {
    return this._ctx._engine.eventsEnabled;
  }
}
accessors(Runtime, ["enableEvents"], (self: Runtime, _n, v) => {
  self._ctx._engine.eventsEnabled = Boolean(v);
});

export class Workbook extends ClientObject {
  worksheets: WorksheetCollection;
  tables: TableCollection;
  names: NamedItemCollection;
  settings: SettingCollection;
  application: Application;
  onSelectionChanged: EventSource;
  constructor(ctx: RequestContext) {
    super(ctx, "Workbook");
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollection(ctx, null);
    this.names = new NamedItemCollection(ctx);
    this.settings = new SettingCollection(ctx);
    this.application = new Application(ctx);
    this.onSelectionChanged = new EventSource(ctx, "workbookSelection", () => null);
    return strict(this, "Workbook");
  }
  _scalarNames(): string[] {
    return ["name"];
  }
  _read(): unknown {
    return "Buku1.xlsx";
  }
  override _navs(): Record<string, () => ClientObject> {
    return {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      names: () => this.names,
      settings: () => this.settings,
    };
  }
  getSelectedRange(): Range {
    return new Range(this._ctx, () => {
      const sel = this._ctx._model.selection;
      const sheet = sel ? this._ctx._model.sheet(sel.sheet) : this._ctx._model.sheets[0];
      if (!sheet) throw notFound("selection");
      return { sheet, rect: sel ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  getActiveCell(): Range {
    return new Range(this._ctx, () => {
      const sel = this._ctx._model.selection;
      const sheet = sel ? this._ctx._model.sheet(sel.sheet) : this._ctx._model.sheets[0];
      if (!sheet) throw notFound("active cell");
      const r = sel ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    });
  }
}

// ---------------------------------------------------------------------------
// Worksheets

export class WorksheetCollection extends ClientObject {
  onChanged: EventSource;
  onSelectionChanged: EventSource;
  constructor(ctx: RequestContext) {
    super(ctx, "WorksheetCollection");
    this.onChanged = new EventSource(ctx, "changed", () => null);
    this.onSelectionChanged = new EventSource(ctx, "selection", () => null);
    return strict(this, "WorksheetCollection");
  }
  _scalarNames(): string[] {
    return ["items"];
  }
  _read(): unknown {
    return [];
  }
  get items(): Worksheet[] {
    return this._get("items") as Worksheet[];
  }
  override _loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const items = this._ctx._model.sheets.map((s) => Worksheet.byId(this._ctx, s.id, s.name));
    for (const it of items) it._loadNow(sub.length ? sub : []);
    this._loaded.set("items", items);
  }
  getItem(name: string): Worksheet {
    return Worksheet.byName(this._ctx, name, false);
  }
  getItemOrNullObject(name: string): Worksheet {
    const ws = Worksheet.byName(this._ctx, name, true);
    this._ctx._enqueue(false, () => {
      ws._nullChecked = true;
      ws._isNull = !this._ctx._model.sheet(name);
    });
    return ws;
  }
  getActiveWorksheet(): Worksheet {
    const ws = new Worksheet(this._ctx, () => {
      const m = this._ctx._model;
      const s = (m.activeSheet && m.sheet(m.activeSheet)) || m.sheets[0];
      if (!s) throw notFound("active worksheet");
      return s;
    });
    return ws;
  }
  getFirst(): Worksheet {
    return new Worksheet(this._ctx, () => {
      const s = this._ctx._model.sheets[0];
      if (!s) throw notFound("first worksheet");
      return s;
    });
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._ctx._enqueue(false, () => {
      r._value = this._ctx._model.sheets.length;
      r._done = true;
    });
    return r;
  }
  add(name?: string): Worksheet {
    let id: string | null = null;
    const ws = new Worksheet(this._ctx, () => {
      const s = id ? this._ctx._model.sheetById(id) : undefined;
      if (!s) throw notFound("added worksheet");
      return s;
    });
    this._ctx._enqueue(true, () => {
      const m = this._ctx._model;
      let n = name;
      if (!n) {
        let i = m.sheets.length + 1;
        while (m.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (m.sheet(n)) {
        throw new StandinError("ItemAlreadyExists", `A worksheet named ${n} already exists.`);
      }
      if (n.length > 31 || /[\\/?*[\]:]/.test(n)) {
        throw new StandinError("InvalidArgument", `Invalid worksheet name: ${n}`);
      }
      id = m.addSheet(n).id;
    });
    return ws;
  }
}

export class Worksheet extends ClientObject {
  tables: TableCollection;
  freezePanes: FreezePanes;
  pageLayout: PageLayout;
  protection: WorksheetProtection;
  onChanged: EventSource;
  onSelectionChanged: EventSource;
  constructor(
    ctx: RequestContext,
    public _resolveSheet: () => SheetModel
  ) {
    super(ctx, "Worksheet");
    this.tables = new TableCollection(ctx, this);
    this.freezePanes = new FreezePanes(ctx, this);
    this.pageLayout = new PageLayout(ctx, this);
    this.protection = new WorksheetProtection(ctx, this);
    this.onChanged = new EventSource(ctx, "changed", () => this._sheet().id);
    this.onSelectionChanged = new EventSource(ctx, "selection", () => this._sheet().id);
    return strict(this, "Worksheet");
  }
  static byName(ctx: RequestContext, name: string, nullable: boolean): Worksheet {
    let id: string | null = null;
    return new Worksheet(ctx, () => {
      const s = id ? ctx._model.sheetById(id) : ctx._model.sheet(name);
      if (!s) {
        if (nullable) throw notFound(`worksheet ${name} (null object used)`);
        throw notFound(`worksheet ${name}`);
      }
      id = s.id;
      return s;
    });
  }
  static byId(ctx: RequestContext, id: string, name: string): Worksheet {
    return new Worksheet(ctx, () => {
      const s = ctx._model.sheetById(id);
      if (!s) throw notFound(`worksheet ${name}`);
      return s;
    });
  }
  _sheet(): SheetModel {
    return this._resolveSheet();
  }
  override _check(): void {
    if (!this._isNull) this._sheet();
  }
  _scalarNames(): string[] {
    return ["name", "id", "position", "visibility", "tabColor", "showGridlines"];
  }
  _read(name: string): unknown {
    const s = this._sheet();
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this._ctx._model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        return s.showGridlines;
    }
  }
  override _navs(): Record<string, () => ClientObject> {
    return { tables: () => this.tables, pageLayout: () => this.pageLayout };
  }
  getRange(address?: string): Range {
    return new Range(this._ctx, () => {
      const sheet = this._sheet();
      if (address === undefined || address === "") {
        return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      }
      const { sheet: other, local } = splitSheet(address);
      const target = other ? this._ctx._model.sheet(other) : sheet;
      if (!target) throw notFound(`sheet ${other}`);
      const rect = parseRect(local) ?? namedRect(this._ctx._model, local);
      if (!rect) throw new StandinError("InvalidArgument", `Invalid address: ${address}`);
      return { sheet: target, rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this._ctx, () => ({
      sheet: this._sheet(),
      rect: { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 },
    }));
  }
  getCell(row: number, col: number): Range {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this._ctx, () => {
      const sheet = this._sheet();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const r = new Range(this._ctx, () => {
      const sheet = this._sheet();
      const rect = sheet.usedRect(valuesOnly);
      if (!rect) throw notFound("used range (null object used)");
      return { sheet, rect };
    });
    this._ctx._enqueue(false, () => {
      r._nullChecked = true;
      r._isNull = this._sheet().usedRect(valuesOnly) === null;
    });
    return r;
  }
  /** Manual page breaks: the 0-based rows a printed page starts at (SheetModel.extra.pageBreaks). */
  get horizontalPageBreaks(): {
    add(range: Range | string): void;
    removePageBreaks(): void;
  } {
    const ctx = this._ctx;
    return {
      add: (range) =>
        ctx._enqueue(true, () => {
          const r = typeof range === "string" ? this.getRange(range) : range;
          const rows = pageBreakRows(this._sheet());
          const row = r._res().rect.r0;
          if (!rows.includes(row)) rows.push(row);
        }),
      removePageBreaks: () =>
        ctx._enqueue(true, () => {
          pageBreakRows(this._sheet()).length = 0;
        }),
    };
  }
  /** RangeAreas ("A1:B2,5:7"): writes through it apply to every area, as ONE queued operation. */
  getRanges(address: string): Range {
    const parts = address.split(",").map((p) => p.trim());
    if (parts.some((p) => p === "")) {
      throw new StandinError("InvalidArgument", `Invalid address: ${address}`);
    }
    return fanOut(
      this._ctx,
      parts.map((p) => this.getRange(p))
    ) as Range;
  }
  activate(): void {
    this._ctx._enqueue(true, () => {
      this._ctx._model.activeSheet = this._sheet().name;
    });
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      const m = this._ctx._model;
      const s = this._sheet();
      m.sheets = m.sheets.filter((x) => x !== s);
      m.tables = m.tables.filter((t) => t.sheet !== s);
      if (m.activeSheet === s.name) m.activeSheet = m.sheets[0]?.name ?? null;
    });
  }
}
accessors(
  Worksheet,
  ["name", "position", "visibility", "tabColor", "showGridlines"],
  (self: Worksheet, name, v) => {
    const s = self._sheet();
    const m = self._ctx._model;
    if (name === "name") {
      const n = String(v);
      if (m.sheet(n) && m.sheet(n) !== s) {
        throw new StandinError("ItemAlreadyExists", `A worksheet named ${n} already exists.`);
      }
      if (m.activeSheet === s.name) m.activeSheet = n;
      s.name = n;
    } else if (name === "position") {
      m.sheets = m.sheets.filter((x) => x !== s);
      m.sheets.splice(Number(v), 0, s);
    } else if (name === "visibility") s.visibility = String(v);
    else if (name === "tabColor") s.tabColor = String(v);
    else s.showGridlines = Boolean(v);
  }
);
accessors(Worksheet, ["id"]);

/**
 * A proxy over several objects of one kind (the areas of a RangeAreas): reads
 * navigate all of them, sets and calls apply to each, queued as one operation.
 */
function fanOut(ctx: RequestContext, targets: object[]): unknown {
  const once = (f: () => void) => {
    const saved = ctx._queue;
    ctx._queue = [];
    try {
      f();
    } finally {
      const ops = ctx._queue;
      ctx._queue = saved;
      if (ops.length > 0) {
        ctx._enqueue(
          ops.some((o) => o.write),
          () => {
            for (const o of ops) o.run();
          }
        );
      }
    }
  };
  return new Proxy(
    {},
    {
      get(_t, prop) {
        const values = targets.map((t) => Reflect.get(t, prop) as unknown);
        if (typeof values[0] === "function") {
          return (...args: unknown[]) => {
            let out: unknown[] = [];
            once(() => {
              out = values.map((f, i) =>
                (f as (...a: unknown[]) => unknown).apply(targets[i], args)
              );
            });
            return out[0] && typeof out[0] === "object" ? fanOut(ctx, out as object[]) : out[0];
          };
        }
        if (values[0] && typeof values[0] === "object") return fanOut(ctx, values as object[]);
        return values[0];
      },
      set(_t, prop, value) {
        once(() => {
          for (const t of targets) Reflect.set(t, prop, value);
        });
        return true;
      },
    }
  );
}

function namedRect(model: WorkbookModel, name: string): Rect | null {
  const n = model.names.get(name.toLowerCase());
  if (!n) return null;
  const { local } = splitSheet(n.formula.replace(/^=/, ""));
  return parseRect(local);
}

export class FreezePanes extends ClientObject {
  constructor(
    ctx: RequestContext,
    private ws: Worksheet
  ) {
    super(ctx, "FreezePanes");
    return strict(this, "FreezePanes");
  }
  _scalarNames(): string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._ctx._enqueue(true, () => {
      const s = this.ws._sheet();
      s.freezeRows = count;
      s.freezeColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this._ctx._enqueue(true, () => {
      const s = this.ws._sheet();
      s.freezeColumns = count;
      s.freezeRows = 0;
    });
  }
  unfreeze(): void {
    this._ctx._enqueue(true, () => {
      const s = this.ws._sheet();
      s.freezeRows = 0;
      s.freezeColumns = 0;
    });
  }
  getLocationOrNullObject(): Range {
    const r = new Range(this._ctx, () => {
      const s = this.ws._sheet();
      if (!s.freezeRows && !s.freezeColumns) throw notFound("freeze location (null object)");
      return {
        sheet: s,
        rect: {
          r0: 0,
          c0: 0,
          r1: s.freezeRows ? s.freezeRows - 1 : MAX_ROWS - 1,
          c1: s.freezeColumns ? s.freezeColumns - 1 : MAX_COLS - 1,
        },
      };
    });
    this._ctx._enqueue(false, () => {
      const s = this.ws._sheet();
      r._nullChecked = true;
      r._isNull = !s.freezeRows && !s.freezeColumns;
    });
    return r;
  }
}

export class WorksheetProtection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private ws: Worksheet
  ) {
    super(ctx, "WorksheetProtection");
    return strict(this, "WorksheetProtection");
  }
  _scalarNames(): string[] {
    return ["protected", "options"];
  }
  _read(name: string): unknown {
    const s = this.ws._sheet();
    return name === "protected" ? Boolean(s.extra.protected) : (s.extra.protectionOptions ?? {});
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._ctx._enqueue(true, () => {
      const s = this.ws._sheet();
      if (s.extra.protected) {
        throw new StandinError("InvalidOperation", "The worksheet is already protected.");
      }
      s.extra.protected = true;
      s.extra.protectionOptions = options ?? {};
      s.extra.protectionPassword = password ?? null;
    });
  }
  unprotect(password?: string): void {
    this._ctx._enqueue(true, () => {
      const s = this.ws._sheet();
      if (s.extra.protectionPassword && s.extra.protectionPassword !== password) {
        throw new StandinError("InvalidArgument", "The password is wrong.");
      }
      s.extra.protected = false;
    });
  }
}
accessors(WorksheetProtection, ["protected", "options"]);

const PAGE_PROPS = [
  "orientation",
  "paperSize",
  "zoom",
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "printOrder",
  "blackAndWhite",
  "draftMode",
  "firstPageNumber",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "printComments",
  "printErrors",
];

export class PageLayout extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _ws: Worksheet
  ) {
    super(ctx, "PageLayout");
    return strict(this, "PageLayout");
  }
  _scalarNames(): string[] {
    return PAGE_PROPS;
  }
  _read(name: string): unknown {
    return this._ws._sheet().pageLayout[name] ?? null;
  }
  setPrintTitleRows(rows: string | Range): void {
    this._ctx._enqueue(true, () => {
      const s = this._ws._sheet();
      s.printTitleRows = typeof rows === "string" ? rows : rectA1(rows._res().rect);
    });
  }
  setPrintArea(area: string | Range): void {
    this._ctx._enqueue(true, () => {
      const s = this._ws._sheet();
      s.pageLayout.printArea = typeof area === "string" ? area : rectA1(area._res().rect);
    });
  }
  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this._ctx._enqueue(true, () => {
      const s = this._ws._sheet();
      s.pageLayout.margins = { unit, ...margins };
    });
  }
  get headersFooters(): Record<string, unknown> {
    return bag((path, v) =>
      this._ctx._enqueue(true, () => {
        setPath(this._ws._sheet().pageLayout, ["headersFooters", ...path], v);
      })
    );
  }
}
accessors(PageLayout, PAGE_PROPS, (self: PageLayout, name, v) => {
  self._ws._sheet().pageLayout[name] = v;
});

// ---------------------------------------------------------------------------
// Bags: nested option objects (conditional format rules, headers/footers).

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let o = target;
  for (const p of path.slice(0, -1)) {
    if (!o[p] || typeof o[p] !== "object") o[p] = {};
    o = o[p] as Record<string, unknown>;
  }
  o[path[path.length - 1]] = value;
}

function getPath(target: Record<string, unknown> | undefined, path: string[]): unknown {
  let o: unknown = target;
  for (const p of path) {
    if (!o || typeof o !== "object") return undefined;
    o = (o as Record<string, unknown>)[p];
  }
  return o;
}

/** An object whose nested property sets are recorded with their path. */
function bag(
  onSet: (path: string[], value: unknown) => void,
  read?: (path: string[]) => unknown,
  path: string[] = []
): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== "string" || prop === "then" || prop === "toJSON") return undefined;
        const next = [...path, prop];
        const v = read?.(next);
        if (v !== undefined && (v === null || typeof v !== "object")) return v;
        return bag(onSet, read, next);
      },
      set(_t, prop, value) {
        onSet([...path, String(prop)], value);
        return true;
      },
    }
  );
}

// ---------------------------------------------------------------------------
// Ranges

interface Resolved {
  sheet: SheetModel;
  rect: Rect;
}

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Stores a constant as Excel would when written through values/formulas. */
function putConstant(cell: CellData, v: unknown): void {
  cell.formula = null;
  if (typeof v === "string" && v.startsWith("'")) {
    // A leading apostrophe stores the rest as text, as when typed.
    cell.value = v.slice(1);
  } else if (typeof v === "string" && cell.numberFormat !== "@" && NUMERIC.test(v.trim())) {
    cell.value = Number(v.trim());
  } else if (typeof v === "string" && /^(true|false)$/i.test(v) && cell.numberFormat !== "@") {
    cell.value = v.toLowerCase() === "true";
  } else {
    cell.value = v ?? "";
  }
}

function grid(v: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  if (!Array.isArray(v)) return () => v;
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new StandinError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what}: range ${rows}×${cols})`
    );
  }
  return (r, c) => (v as unknown[][])[r][c];
}

function readGrid<T>(res: Resolved, f: (cell: CellData) => T): T[][] {
  const { sheet, rect } = res;
  if (rectRows(res.rect) * rectCols(res.rect) > 5_000_000) {
    throw new StandinError("ResponsePayloadSizeLimitExceeded", "Range too large to load");
  }
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

/** Value when every cell agrees, null when they differ (as Office.js reports). */
function uniform<T>(res: Resolved, f: (cell: CellData) => T): T | null {
  const { sheet, rect } = res;
  const r1 = Math.min(rect.r1, rect.r0 + 2000);
  const c1 = Math.min(rect.c1, rect.c0 + 200);
  let first: T | undefined;
  for (let r = rect.r0; r <= r1; r++) {
    for (let c = rect.c0; c <= c1; c++) {
      const v = f(sheet.get(r, c));
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

function eachCell(res: Resolved, f: (cell: CellData, r: number, c: number) => void): void {
  const { sheet, rect } = res;
  if (rectRows(rect) * rectCols(rect) > 5_000_000) {
    throw new StandinError("InvalidArgument", "Stand-in: range too large to write cell by cell");
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) f(sheet.mut(r, c), r - rect.r0, c - rect.c0);
  }
}

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowIndex",
  "columnIndex",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
];

export class Range extends ClientObject {
  format: RangeFormat;
  dataValidation: DataValidation;
  conditionalFormats: ConditionalFormatCollection;
  constructor(
    ctx: RequestContext,
    public _res: () => Resolved
  ) {
    super(ctx, "Range");
    this.format = new RangeFormat(ctx, this);
    this.dataValidation = new DataValidation(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollection(ctx, this);
    return strict(this, "Range");
  }
  override _check(): void {
    if (!this._isNull) this._res();
  }
  _scalarNames(): string[] {
    return RANGE_SCALARS;
  }
  override _navs(): Record<string, () => ClientObject> {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
    };
  }
  _read(name: string): unknown {
    const res = this._res();
    const { sheet, rect } = res;
    switch (name) {
      case "address":
      case "addressLocal":
        return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      case "values":
        return readGrid(res, (c) => c.value);
      case "formulas":
      case "formulasLocal":
        return readGrid(res, (c) => c.formula ?? c.value);
      case "numberFormat":
      case "numberFormatLocal":
        return readGrid(res, (c) => c.numberFormat);
      case "text":
        return readGrid(res, (c) => (c.value === "" ? "" : String(c.value)));
      case "valueTypes":
        return readGrid(res, (c) =>
          c.value === ""
            ? "Empty"
            : typeof c.value === "number"
              ? "Double"
              : typeof c.value === "boolean"
                ? "Boolean"
                : typeof c.value === "string" && /^#/.test(c.value)
                  ? "Error"
                  : "String"
        );
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "cellCount":
        return rectRows(rect) * rectCols(rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "isEntireColumn":
        return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      default:
        return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
    }
  }
  _ws: Worksheet | null = null;
  get worksheet(): Worksheet {
    this._ws ??= new Worksheet(this._ctx, () => this._res().sheet);
    return this._ws;
  }
  private derived(f: (res: Resolved) => Rect): Range {
    return new Range(this._ctx, () => {
      const res = this._res();
      const rect = f(res);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw new StandinError("InvalidArgument", "The range is outside the worksheet.");
      }
      return { sheet: res.sheet, rect };
    });
  }
  getCell(row: number, col: number): Range {
    return this.derived(({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + col,
      r1: rect.r0 + row,
      c1: rect.c0 + col,
    }));
  }
  getResizedRange(dRows: number, dCols: number): Range {
    return this.derived(({ rect }) => ({ ...rect, r1: rect.r1 + dRows, c1: rect.c1 + dCols }));
  }
  getAbsoluteResizedRange(rows: number, cols: number): Range {
    return this.derived(({ rect }) => ({
      ...rect,
      r1: rect.r0 + rows - 1,
      c1: rect.c0 + cols - 1,
    }));
  }
  getOffsetRange(dRows: number, dCols: number): Range {
    return this.derived(({ rect }) => ({
      r0: rect.r0 + dRows,
      c0: rect.c0 + dCols,
      r1: rect.r1 + dRows,
      c1: rect.c1 + dCols,
    }));
  }
  getRow(i: number): Range {
    return this.derived(({ rect }) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i }));
  }
  getColumn(i: number): Range {
    return this.derived(({ rect }) => ({ ...rect, c0: rect.c0 + i, c1: rect.c0 + i }));
  }
  getLastRow(): Range {
    return this.derived(({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getLastColumn(): Range {
    return this.derived(({ rect }) => ({ ...rect, c0: rect.c1 }));
  }
  getEntireColumn(): Range {
    return this.derived(({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derived(({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLS - 1 }));
  }
  select(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._res();
      this._ctx._model.selection = { sheet: sheet.name, rect };
      this._ctx._model.activeSheet = sheet.name;
    });
  }
  clear(applyTo = "All"): void {
    this._ctx._enqueue(true, () => {
      const res = this._res();
      eachCell(res, (cell) => {
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = "";
          cell.formula = null;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          const fresh = { value: cell.value, formula: cell.formula };
          Object.assign(cell, {
            ...fresh,
            numberFormat: "General",
            format: { ...cell.format, ...defaultFormatLocal() },
          });
        }
      });
      if (applyTo === "All" || applyTo === "Contents") this._ctx._changed(res.sheet, res.rect);
    });
  }
  merge(across = false): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._res();
      const list = mergedAreas(sheet);
      const rows = across ? rectRows(rect) : 1;
      for (let i = 0; i < rows; i++) {
        const r = across ? { ...rect, r0: rect.r0 + i, r1: rect.r0 + i } : rect;
        if (rectRows(r) * rectCols(r) > 1) list.push(r);
      }
    });
  }
  unmerge(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._res();
      const list = mergedAreas(sheet);
      const keep = list.filter((m) => !intersectsRect(m, rect));
      list.splice(0, list.length, ...keep);
    });
  }
}

/** Rows with a manual page break before them (Worksheet.horizontalPageBreaks). */
export function pageBreakRows(sheet: SheetModel): number[] {
  return (sheet.extra.pageBreaks ??= []) as number[];
}

/** Merged areas of a sheet (kept in SheetModel.extra.merges; Range.merge/unmerge). */
export function mergedAreas(sheet: SheetModel): Rect[] {
  const list = (sheet.extra.merges ??= []) as Rect[];
  return list;
}

function intersectsRect(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Indent levels set through RangeFormat.indentLevel, by "row,col" (SheetModel.extra.indentLevel). */
export function indentLevels(sheet: SheetModel): Record<string, number> {
  return (sheet.extra.indentLevel ??= {}) as Record<string, number>;
}

function defaultFormatLocal(): Partial<CellData["format"]> {
  return {
    fill: null,
    fontBold: false,
    fontItalic: false,
    fontColor: "#000000",
    wrapText: false,
    borders: {},
  };
}

accessors(
  Range,
  ["values", "formulas", "formulasLocal", "numberFormat", "numberFormatLocal"],
  (self: Range, name, v) => {
    const res = self._res();
    const at = grid(v, res.rect, name);
    const engine = self._ctx._engine;
    if (name === "numberFormat" || name === "numberFormatLocal") {
      eachCell(res, (cell, r, c) => {
        const f = at(r, c);
        if (f !== null && f !== undefined) cell.numberFormat = String(f);
      });
      return;
    }
    eachCell(res, (cell, r, c) => {
      const x = at(r, c);
      if (x === null || x === undefined) return;
      if (typeof x === "string" && x.length > 1 && x.startsWith("=")) {
        cell.formula = x;
        const address = `${colLetters(res.rect.c0 + c)}${res.rect.r0 + r + 1}`;
        const computed = engine.evaluator?.(res.sheet.name, address, x);
        cell.value = computed === undefined ? "" : computed;
      } else {
        putConstant(cell, x);
      }
    });
    self._ctx._changed(res.sheet, res.rect);
  }
);
accessors(Range, [
  "address",
  "addressLocal",
  "text",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowIndex",
  "columnIndex",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
]);

export class RangeFormat extends ClientObject {
  fill: RangeFill;
  font: RangeFont;
  borders: RangeBorderCollection;
  protection: FormatProtection;
  constructor(
    ctx: RequestContext,
    public _range: Range
  ) {
    super(ctx, "RangeFormat");
    this.fill = new RangeFill(ctx, _range);
    this.font = new RangeFont(ctx, _range);
    this.borders = new RangeBorderCollection(ctx, _range);
    this.protection = new FormatProtection(ctx, _range);
    return strict(this, "RangeFormat");
  }
  override _check(): void {
    this._range._check();
  }
  _scalarNames(): string[] {
    return [
      "columnWidth",
      "rowHeight",
      "wrapText",
      "horizontalAlignment",
      "verticalAlignment",
      "indentLevel",
    ];
  }
  override _navs(): Record<string, () => ClientObject> {
    return {
      fill: () => this.fill,
      font: () => this.font,
      protection: () => this.protection,
    };
  }
  _read(name: string): unknown {
    const res = this._range._res();
    if (name === "columnWidth") return res.sheet.columnWidths.get(res.rect.c0) ?? 48;
    if (name === "rowHeight") return res.sheet.rowHeights.get(res.rect.r0) ?? 15;
    if (name === "indentLevel") {
      return indentLevels(res.sheet)[`${res.rect.r0},${res.rect.c0}`] ?? 0;
    }
    return uniform(res, (c) => c.format[name as "wrapText"]);
  }
  autofitColumns(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._range._res();
      const r1 = Math.min(rect.r1, Math.max(rect.r0, sheet.usedRect()?.r1 ?? rect.r0));
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 500); c++) {
        let longest = 0;
        for (let r = rect.r0; r <= r1; r++) {
          const v = sheet.get(r, c).value;
          longest = Math.max(longest, v === "" ? 0 : String(v).length);
        }
        sheet.columnWidths.set(c, Math.max(12, Math.min(409, longest * 6 + 6)));
      }
    });
  }
  autofitRows(): void {
    this._ctx._enqueue(true, () => undefined);
  }
}
accessors(
  RangeFormat,
  ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
  (self: RangeFormat, name, v) => {
    const res = self._range._res();
    const { sheet, rect } = res;
    if (name === "columnWidth") {
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + MAX_COLS); c++) {
        sheet.columnWidths.set(c, Number(v));
      }
    } else if (name === "rowHeight") {
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100000); r++) {
        sheet.rowHeights.set(r, Number(v));
      }
    } else {
      eachCell(res, (cell) => {
        (cell.format as unknown as Record<string, unknown>)[name] = v;
      });
    }
  }
);

accessors(RangeFormat, ["indentLevel"], (self: RangeFormat, _n, v) => {
  const res = self._range._res();
  const levels = indentLevels(res.sheet);
  eachCell(res, (_cell, r, c) => {
    levels[`${res.rect.r0 + r},${res.rect.c0 + c}`] = Number(v);
  });
});

export class RangeFill extends ClientObject {
  constructor(
    ctx: RequestContext,
    private range: Range
  ) {
    super(ctx, "RangeFill");
    return strict(this, "RangeFill");
  }
  override _check(): void {
    this.range._check();
  }
  _scalarNames(): string[] {
    return ["color"];
  }
  _read(): unknown {
    const u = uniform(this.range._res(), (c) => c.format.fill ?? "#FFFFFF");
    return u;
  }
  _range(): Range {
    return this.range;
  }
  clear(): void {
    this._ctx._enqueue(true, () =>
      eachCell(this.range._res(), (cell) => {
        cell.format.fill = null;
      })
    );
  }
}
accessors(RangeFill, ["color"], (self: RangeFill, _n, v) => {
  eachCell(self._range()._res(), (cell) => {
    cell.format.fill = normColor(v);
  });
});

function normColor(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v);
  return /^#[0-9a-f]{6}$/i.test(s) ? s.toUpperCase() : s;
}

const FONT_MAP: Record<string, keyof CellData["format"]> = {
  bold: "fontBold",
  italic: "fontItalic",
  color: "fontColor",
  name: "fontName",
  size: "fontSize",
};

export class RangeFont extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _range: Range
  ) {
    super(ctx, "RangeFont");
    return strict(this, "RangeFont");
  }
  override _check(): void {
    this._range._check();
  }
  _scalarNames(): string[] {
    return Object.keys(FONT_MAP);
  }
  _read(name: string): unknown {
    return uniform(this._range._res(), (c) => c.format[FONT_MAP[name]]);
  }
}
accessors(RangeFont, Object.keys(FONT_MAP), (self: RangeFont, name, v) => {
  eachCell(self._range._res(), (cell) => {
    const key = FONT_MAP[name];
    (cell.format as unknown as Record<string, unknown>)[key] =
      key === "fontColor" ? normColor(v) : v;
  });
});

export class FormatProtection extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _range: Range
  ) {
    super(ctx, "FormatProtection");
    return strict(this, "FormatProtection");
  }
  _scalarNames(): string[] {
    return ["locked"];
  }
  _read(): unknown {
    return uniform(this._range._res(), (c) => c.format.locked);
  }
}
accessors(FormatProtection, ["locked"], (self: FormatProtection, _n, v) => {
  eachCell(self._range._res(), (cell) => {
    cell.format.locked = Boolean(v);
  });
});

export class RangeBorderCollection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private range: Range
  ) {
    super(ctx, "RangeBorderCollection");
    return strict(this, "RangeBorderCollection");
  }
  _scalarNames(): string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  getItem(edge: string): RangeBorder {
    return new RangeBorder(this._ctx, this.range, edge);
  }
}

export class RangeBorder extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _range: Range,
    public _edge: string
  ) {
    super(ctx, "RangeBorder");
    return strict(this, "RangeBorder");
  }
  _scalarNames(): string[] {
    return ["style", "color", "weight"];
  }
  _read(name: string): unknown {
    const def = { style: "None", color: "#000000", weight: "Thin" };
    return uniform(
      this._range._res(),
      (c) => (c.format.borders[this._edge] ?? def)[name as "style"]
    );
  }
}
accessors(RangeBorder, ["style", "color", "weight"], (self: RangeBorder, name, v) => {
  eachCell(self._range._res(), (cell) => {
    const b = cell.format.borders[self._edge] ?? {
      style: "None",
      color: "#000000",
      weight: "Thin",
    };
    cell.format.borders[self._edge] = { ...b, [name]: v };
  });
});

// ---------------------------------------------------------------------------
// Data validation and conditional formats

export class DataValidation extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _range: Range
  ) {
    super(ctx, "DataValidation");
    return strict(this, "DataValidation");
  }
  override _check(): void {
    this._range._check();
  }
  _scalarNames(): string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  }
  _entry(): SheetModel["dataValidations"][number] | undefined {
    const { sheet, rect } = this._range._res();
    return sheet.dataValidations.find((d) => contains(d.rect, rect));
  }
  _read(name: string): unknown {
    const e = this._entry();
    if (name === "type") {
      const rule = e?.rule as Record<string, unknown> | undefined;
      if (!rule) return "None";
      const k = Object.keys(rule)[0] ?? "none";
      return k.charAt(0).toUpperCase() + k.slice(1);
    }
    if (!e) return name === "ignoreBlanks" ? true : {};
    return e[name as "rule"];
  }
  _ensure(): SheetModel["dataValidations"][number] {
    const { sheet, rect } = this._range._res();
    let e = sheet.dataValidations.find((d) => JSON.stringify(d.rect) === JSON.stringify(rect));
    if (!e) {
      sheet.dataValidations = sheet.dataValidations.filter((d) => !contains(rect, d.rect));
      e = { rect, rule: {}, prompt: {}, errorAlert: {}, ignoreBlanks: true };
      sheet.dataValidations.push(e);
    }
    return e;
  }
  clear(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._range._res();
      sheet.dataValidations = sheet.dataValidations.filter((d) => !intersects(d.rect, rect));
    });
  }
}
accessors(
  DataValidation,
  ["rule", "prompt", "errorAlert", "ignoreBlanks"],
  (self: DataValidation, name, v) => {
    const e = self._ensure();
    (e as unknown as Record<string, unknown>)[name] = JSON.parse(JSON.stringify(v));
  }
);

export class ConditionalFormatCollection extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _range: Range
  ) {
    super(ctx, "ConditionalFormatCollection");
    return strict(this, "ConditionalFormatCollection");
  }
  _scalarNames(): string[] {
    return ["items"];
  }
  _read(): unknown {
    return [];
  }
  _list(): ConditionalFormatData[] {
    const { sheet, rect } = this._range._res();
    return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect));
  }
  get items(): ConditionalFormat[] {
    return this._get("items") as ConditionalFormat[];
  }
  override _loadNow(paths: string[]): void {
    this._check();
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const sheet = this._range._res().sheet;
    const items = this._list().map(
      (cf) => new ConditionalFormat(this._ctx, () => find(sheet, cf.id))
    );
    for (const it of items) it._loadNow(sub);
    this._loaded.set("items", items);
  }
  add(type: string): ConditionalFormat {
    let made: { sheet: SheetModel; id: string } | null = null;
    const cf = new ConditionalFormat(this._ctx, () => {
      if (!made) throw notFound("conditional format");
      return find(made.sheet, made.id);
    });
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._range._res();
      const id = this._ctx._model.newId("cf");
      for (const other of sheet.conditionalFormats) other.priority++;
      sheet.conditionalFormats.unshift({
        id,
        type,
        rect,
        data: {},
        priority: 0,
        stopIfTrue: false,
      });
      made = { sheet, id };
    });
    return cf;
  }
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this._ctx, () => {
      const { sheet } = this._range._res();
      return find(sheet, id);
    });
  }
  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this._ctx, () => {
      const { sheet } = this._range._res();
      const cf = this._list()[index];
      if (!cf) throw notFound(`conditional format #${index}`);
      return { sheet, cf };
    });
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._ctx._enqueue(false, () => {
      r._value = this._list().length;
      r._done = true;
    });
    return r;
  }
  clearAll(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, rect } = this._range._res();
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.rect, rect)
      );
    });
  }
}

function find(sheet: SheetModel, id: string): { sheet: SheetModel; cf: ConditionalFormatData } {
  const cf = sheet.conditionalFormats.find((x) => x.id === id);
  if (!cf) throw notFound(`conditional format ${id}`);
  return { sheet, cf };
}

const CF_KINDS = [
  "custom",
  "cellValue",
  "textComparison",
  "containsText",
  "colorScale",
  "dataBar",
  "iconSet",
  "preset",
  "topBottom",
];

export class ConditionalFormat extends ClientObject {
  constructor(
    ctx: RequestContext,
    public _resCf: () => { sheet: SheetModel; cf: ConditionalFormatData }
  ) {
    super(ctx, "ConditionalFormat");
    for (const kind of CF_KINDS) {
      Object.defineProperty(this, kind, {
        enumerable: false,
        get: () =>
          bag(
            (path, v) =>
              this._ctx._enqueue(true, () => setPath(this._resCf().cf.data, [kind, ...path], v)),
            (path) => {
              try {
                return getPath(this._resCf().cf.data, [kind, ...path]);
              } catch {
                return undefined;
              }
            }
          ),
      });
    }
    this.customOrNullObject = new CustomConditionalFormat(ctx, this);
    return strict(this, "ConditionalFormat");
  }
  customOrNullObject: CustomConditionalFormat;
  override _check(): void {
    this._resCf();
  }
  override _navs(): Record<string, () => ClientObject> {
    return { customOrNullObject: () => this.customOrNullObject };
  }
  _scalarNames(): string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  _read(name: string): unknown {
    const { cf } = this._resCf();
    return cf[name as "id"];
  }
  getRange(): Range {
    return new Range(this._ctx, () => {
      const { sheet, cf } = this._resCf();
      return { sheet, rect: cf.rect };
    });
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      const { sheet, cf } = this._resCf();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}
accessors(ConditionalFormat, ["id", "type"]);

/** customOrNullObject: a null object unless the conditional format is Custom. */
export class CustomConditionalFormat extends ClientObject {
  rule: CustomRule;
  constructor(
    ctx: RequestContext,
    public _cf: ConditionalFormat
  ) {
    super(ctx, "CustomConditionalFormat");
    this.rule = new CustomRule(ctx, this);
    return strict(this, "CustomConditionalFormat");
  }
  override _check(): void {
    this._nullChecked = true;
    this._isNull = this._cf._resCf().cf.type !== "Custom";
  }
  override _navs(): Record<string, () => ClientObject> {
    return { rule: () => this.rule };
  }
  _scalarNames(): string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
}

export class CustomRule extends ClientObject {
  constructor(
    ctx: RequestContext,
    private owner: CustomConditionalFormat
  ) {
    super(ctx, "ConditionalFormatRule");
    return strict(this, "ConditionalFormatRule");
  }
  override _check(): void {
    this.owner._check();
    this._nullChecked = true;
    this._isNull = this.owner._isNull;
  }
  _scalarNames(): string[] {
    return ["formula", "formulaLocal"];
  }
  _read(): unknown {
    const v = getPath(this.owner._cf._resCf().cf.data, ["custom", "rule", "formula"]);
    return v === undefined ? null : v;
  }
}
accessors(CustomRule, ["formula", "formulaLocal"]);
accessors(ConditionalFormat, ["priority", "stopIfTrue"], (self: ConditionalFormat, name, v) => {
  const { cf } = self._resCf();
  if (name === "priority") cf.priority = Number(v);
  else cf.stopIfTrue = Boolean(v);
});

// ---------------------------------------------------------------------------
// Tables

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

function shiftDown(sheet: SheetModel, fromRow: number, c0: number, c1: number, n: number): void {
  const moved: [number, number, CellData][] = [];
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(",").map(Number);
    if (r >= fromRow && c >= c0 && c <= c1) moved.push([r, c, cell]);
  }
  for (const [r, c] of moved) sheet.cells.delete(sheet.key(r, c));
  for (const [r, c, cell] of moved) sheet.cells.set(sheet.key(r + n, c), cell);
  // Conditional formats and validation rules below move with their cells.
  for (const item of [...sheet.conditionalFormats, ...sheet.dataValidations]) {
    const r = item.rect;
    if (r.r0 >= fromRow && r.c0 >= c0 && r.c1 <= c1) {
      item.rect = { ...r, r0: r.r0 + n, r1: r.r1 + n };
    }
  }
}

function shiftRight(sheet: SheetModel, fromCol: number, r0: number, r1: number, n: number): void {
  const moved: [number, number, CellData][] = [];
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(",").map(Number);
    if (c >= fromCol && r >= r0 && r <= r1) moved.push([r, c, cell]);
  }
  for (const [r, c] of moved) sheet.cells.delete(sheet.key(r, c));
  for (const [r, c, cell] of moved) sheet.cells.set(sheet.key(r, c + n), cell);
}

export class TableCollection extends ClientObject {
  onChanged: EventSource;
  constructor(
    ctx: RequestContext,
    private ws: Worksheet | null
  ) {
    super(ctx, "TableCollection");
    this.onChanged = new EventSource(ctx, "tableChanged", () => null);
    return strict(this, "TableCollection");
  }
  _scalarNames(): string[] {
    return ["items", "count"];
  }
  _read(): unknown {
    return this._list().length;
  }
  _list(): TableModel[] {
    const m = this._ctx._model;
    if (!this.ws) return m.tables;
    const s = this.ws._sheet();
    return m.tables.filter((t) => t.sheet === s);
  }
  get items(): Table[] {
    return this._get("items") as Table[];
  }
  get count(): number {
    return this._get("count") as number;
  }
  override _loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (paths.length === 0 || paths.includes("count"))
      this._loaded.set("count", this._list().length);
    if (paths.length === 0 || paths.some((p) => p === "items" || p.startsWith("items/"))) {
      const items = this._list().map((t) => Table.byId(this._ctx, t.id, t.name));
      for (const it of items) it._loadNow(sub);
      this._loaded.set("items", items);
    }
  }
  getItem(name: string): Table {
    return Table.byName(this._ctx, name, () => this._list());
  }
  getItemOrNullObject(name: string): Table {
    const t = Table.byName(this._ctx, name, () => this._list());
    this._ctx._enqueue(false, () => {
      const lower = name.toLowerCase();
      t._nullChecked = true;
      t._isNull = !this._list().some((x) => x.name.toLowerCase() === lower);
    });
    return t;
  }
  getItemAt(index: number): Table {
    return new Table(this._ctx, () => {
      const t = this._list()[index];
      if (!t) throw notFound(`table #${index}`);
      return t;
    });
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._ctx._enqueue(false, () => {
      r._value = this._list().length;
      r._done = true;
    });
    return r;
  }
  add(address: string | Range, hasHeaders: boolean): Table {
    let id: string | null = null;
    const table = new Table(this._ctx, () => {
      const t = id ? this._ctx._model.tables.find((x) => x.id === id) : undefined;
      if (!t) throw notFound("added table");
      return t;
    });
    this._ctx._enqueue(true, () => {
      const m = this._ctx._model;
      let sheet: SheetModel | undefined;
      let rect: Rect | null;
      if (typeof address === "string") {
        const parts = splitSheet(address);
        sheet = parts.sheet
          ? m.sheet(parts.sheet)
          : this.ws
            ? this.ws._sheet()
            : m.sheet(m.activeSheet ?? "");
        rect = parseRect(parts.local);
      } else {
        const res = address._res();
        sheet = res.sheet;
        rect = res.rect;
      }
      if (!sheet || !rect)
        throw new StandinError("InvalidArgument", `Invalid table address ${address}`);
      if (m.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect as Rect))) {
        throw new StandinError("InvalidArgument", "A table can't overlap another table.");
      }
      const r: Rect = { ...rect };
      if (!hasHeaders) {
        shiftDown(sheet, r.r0, r.c0, r.c1, 1);
        for (let c = r.c0; c <= r.c1; c++) {
          const cell = sheet.mut(r.r0, c);
          cell.value = `Column${c - r.c0 + 1}`;
          cell.formula = null;
        }
        r.r1 += 1;
      } else {
        const seen = new Set<string>();
        for (let c = r.c0; c <= r.c1; c++) {
          const cell = sheet.mut(r.r0, c);
          let h = cell.value === "" ? `Column${c - r.c0 + 1}` : String(cell.value);
          let k = 2;
          const base = h;
          while (seen.has(h.toLowerCase())) h = `${base}${k++}`;
          seen.add(h.toLowerCase());
          cell.value = h;
          cell.formula = null;
        }
      }
      if (r.r1 === r.r0) r.r1 += 1;
      let i = m.tables.length + 1;
      while (m.table(`Table${i}`)) i++;
      const t = new TableModel(m.newId("tbl"), `Table${i}`, sheet, r);
      m.tables.push(t);
      id = t.id;
      this._ctx._changed(sheet, r);
    });
    return table;
  }
}

export class Table extends ClientObject {
  columns: TableColumnCollection;
  rows: TableRowCollection;
  onChanged: EventSource;
  constructor(
    ctx: RequestContext,
    public _resTable: () => TableModel
  ) {
    super(ctx, "Table");
    this.columns = new TableColumnCollection(ctx, this);
    this.rows = new TableRowCollection(ctx, this);
    this.onChanged = new EventSource(ctx, "tableChanged", () => this._resTable().id);
    return strict(this, "Table");
  }
  static byName(ctx: RequestContext, name: string, list: () => TableModel[]): Table {
    let id: string | null = null;
    return new Table(ctx, () => {
      const lower = name.toLowerCase();
      const t = id
        ? ctx._model.tables.find((x) => x.id === id)
        : list().find((x) => x.name.toLowerCase() === lower);
      if (!t) throw notFound(`table ${name}`);
      id = t.id;
      return t;
    });
  }
  static byId(ctx: RequestContext, id: string, name: string): Table {
    return new Table(ctx, () => {
      const t = ctx._model.tables.find((x) => x.id === id);
      if (!t) throw notFound(`table ${name}`);
      return t;
    });
  }
  override _check(): void {
    if (!this._isNull) this._resTable();
  }
  _scalarNames(): string[] {
    return [
      "name",
      "id",
      "style",
      "showTotals",
      "showBandedRows",
      "showFilterButton",
      "showHeaders",
    ];
  }
  _read(name: string): unknown {
    const t = this._resTable();
    if (name === "showHeaders") return true;
    return t[name as "name"];
  }
  override _navs(): Record<string, () => ClientObject> {
    return {
      worksheet: () => this.worksheet,
      columns: () => this.columns,
      rows: () => this.rows,
    };
  }
  _ws: Worksheet | null = null;
  get worksheet(): Worksheet {
    this._ws ??= new Worksheet(this._ctx, () => this._resTable().sheet);
    return this._ws;
  }
  private range(f: (t: TableModel) => Rect): Range {
    return new Range(this._ctx, () => {
      const t = this._resTable();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): Range {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): Range {
    return this.range((t) => t.headerRect());
  }
  getDataBodyRange(): Range {
    return this.range((t) => t.bodyRect());
  }
  getTotalRowRange(): Range {
    return this.range(() => {
      throw notFound("total row");
    });
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      const t = this._resTable();
      const m = this._ctx._model;
      m.tables = m.tables.filter((x) => x !== t);
      for (const [k, cell] of t.sheet.cells) {
        const [r, c] = k.split(",").map(Number);
        if (contains(t.rect, { r0: r, c0: c, r1: r, c1: c })) {
          t.sheet.cells.delete(k);
          void cell;
        }
      }
    });
  }
  convertToRange(): Range {
    const r = this.getRange();
    this._ctx._enqueue(true, () => {
      const t = this._resTable();
      const m = this._ctx._model;
      m.tables = m.tables.filter((x) => x !== t);
    });
    return r;
  }
  resize(address: string | Range): void {
    this._ctx._enqueue(true, () => {
      const t = this._resTable();
      const rect =
        typeof address === "string" ? parseRect(splitSheet(address).local) : address._res().rect;
      if (!rect || rect.r0 !== t.rect.r0 || rect.c0 !== t.rect.c0) {
        throw new StandinError("InvalidArgument", "The table must keep its top-left corner.");
      }
      t.rect = rect;
    });
  }
  clearFilters(): void {}
}
accessors(
  Table,
  ["name", "style", "showTotals", "showBandedRows", "showFilterButton"],
  (self: Table, name, v) => {
    const t = self._resTable();
    if (name === "name") {
      const n = String(v);
      if (!TABLE_NAME.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n) || /^[rc]$/i.test(n)) {
        throw new StandinError("InvalidArgument", `Invalid table name: ${n}`);
      }
      const clash = self._ctx._model.table(n);
      if (clash && clash !== t) {
        throw new StandinError("InvalidArgument", `A table named ${n} already exists.`);
      }
      if (self._ctx._model.sheet(n)) {
        // Excel allows a table named like a sheet; nothing to check.
      }
      t.name = n;
    } else {
      (t as unknown as Record<string, unknown>)[name] = v;
    }
  }
);
accessors(Table, ["id", "showHeaders"]);

/** A body column holds one formula everywhere (a calculated column). */
function calculatedFormula(t: TableModel, c: number): string | null {
  const body = t.bodyRect();
  let f: string | null = null;
  for (let r = body.r0; r <= body.r1; r++) {
    const cell = t.sheet.get(r, c);
    if (!cell.formula) return null;
    if (f === null) f = cell.formula;
    else if (f !== cell.formula) return null;
  }
  return f;
}

export class TableRowCollection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private table: Table
  ) {
    super(ctx, "TableRowCollection");
    return strict(this, "TableRowCollection");
  }
  _scalarNames(): string[] {
    return ["count", "items"];
  }
  _read(): unknown {
    return rectRows(this.table._resTable().bodyRect());
  }
  get count(): number {
    return this._get("count") as number;
  }
  get items(): TableRow[] {
    return this._get("items") as TableRow[];
  }
  override _loadNow(paths: string[]): void {
    const t = this.table._resTable();
    const n = rectRows(t.bodyRect());
    this._loaded.set("count", n);
    if (paths.length === 0 || paths.some((p) => p === "items" || p.startsWith("items/"))) {
      const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      const items = Array.from({ length: n }, (_, i) => new TableRow(this._ctx, this.table, i));
      for (const it of items) it._loadNow(sub);
      this._loaded.set("items", items);
    }
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._ctx._enqueue(false, () => {
      r._value = rectRows(this.table._resTable().bodyRect());
      r._done = true;
    });
    return r;
  }
  getItemAt(index: number): TableRow {
    return new TableRow(this._ctx, this.table, index);
  }
  add(index?: number | null, values?: unknown[][] | null): TableRow {
    let at = -1;
    const row = new TableRow(this._ctx, this.table, () => at);
    this._ctx._enqueue(true, () => {
      const t = this.table._resTable();
      const body = t.bodyRect();
      const n = values ? values.length : 1;
      const cols = rectCols(t.rect);
      if (values && values.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new StandinError(
          "InvalidArgument",
          `Row values must have ${cols} columns (table ${t.name}).`
        );
      }
      const pos = index === undefined || index === null ? rectRows(body) : index;
      const insertRow = body.r0 + pos;
      const formulas: (string | null)[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) formulas.push(calculatedFormula(t, c));
      shiftDown(t.sheet, insertRow, t.rect.c0, t.rect.c1, n);
      for (const other of this._ctx._model.tables) {
        if (other !== t && other.sheet === t.sheet && other.rect.r0 > t.rect.r1) {
          if (other.rect.c0 >= t.rect.c0 && other.rect.c1 <= t.rect.c1) {
            other.rect = { ...other.rect, r0: other.rect.r0 + n, r1: other.rect.r1 + n };
          }
        }
      }
      t.rect = { ...t.rect, r1: t.rect.r1 + n };
      const engine = this._ctx._engine;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < cols; j++) {
          const cell = t.sheet.mut(insertRow + i, t.rect.c0 + j);
          const proto = t.sheet.get(
            insertRow - 1 >= body.r0 ? insertRow - 1 : insertRow + n,
            t.rect.c0 + j
          );
          cell.numberFormat = proto.numberFormat;
          const v = values ? values[i][j] : null;
          const f = formulas[j];
          if ((v === null || v === undefined) && f) {
            cell.formula = f;
            const address = `${colLetters(t.rect.c0 + j)}${insertRow + i + 1}`;
            const computed = engine.evaluator?.(t.sheet.name, address, f);
            cell.value = computed === undefined ? "" : computed;
          } else if (typeof v === "string" && v.length > 1 && v.startsWith("=")) {
            cell.formula = v;
            const address = `${colLetters(t.rect.c0 + j)}${insertRow + i + 1}`;
            const computed = engine.evaluator?.(t.sheet.name, address, v);
            cell.value = computed === undefined ? "" : computed;
          } else if (v !== null && v !== undefined) {
            putConstant(cell, v);
          }
        }
      }
      at = pos;
      this._ctx._changed(
        t.sheet,
        { r0: insertRow, c0: t.rect.c0, r1: insertRow + n - 1, c1: t.rect.c1 },
        "RowInserted"
      );
    });
    return row;
  }
}

export class TableRow extends ClientObject {
  constructor(
    ctx: RequestContext,
    private table: Table,
    private idx: number | (() => number)
  ) {
    super(ctx, "TableRow");
    return strict(this, "TableRow");
  }
  _index(): number {
    return typeof this.idx === "number" ? this.idx : this.idx();
  }
  _scalarNames(): string[] {
    return ["index", "values"];
  }
  _read(name: string): unknown {
    if (name === "index") return this._index();
    const t = this.table._resTable();
    const r = t.bodyRect().r0 + this._index();
    return readGrid({ sheet: t.sheet, rect: { ...t.rect, r0: r, r1: r } }, (c) => c.value);
  }
  getRange(): Range {
    return new Range(this._ctx, () => {
      const t = this.table._resTable();
      const r = t.bodyRect().r0 + this._index();
      return { sheet: t.sheet, rect: { ...t.rect, r0: r, r1: r } };
    });
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      const t = this.table._resTable();
      const r = t.bodyRect().r0 + this._index();
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.cells.delete(t.sheet.key(r, c));
      shiftDown(t.sheet, r + 1, t.rect.c0, t.rect.c1, -1);
      if (rectRows(t.bodyRect()) > 1) t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
      this._ctx._changed(t.sheet, { ...t.rect, r0: r, r1: r }, "RowDeleted");
    });
  }
}
accessors(TableRow, ["index"]);
accessors(TableRow, ["values"], (self: TableRow, _n, v) => {
  const range = self.getRange();
  const res = range._res();
  const at = grid(v, res.rect, "values");
  eachCell(res, (cell, r, c) => {
    const x = at(r, c);
    if (x !== null && x !== undefined) putConstant(cell, x);
  });
  self._ctx._changed(res.sheet, res.rect);
});

export class TableColumnCollection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private table: Table
  ) {
    super(ctx, "TableColumnCollection");
    return strict(this, "TableColumnCollection");
  }
  _scalarNames(): string[] {
    return ["count", "items"];
  }
  _read(): unknown {
    return rectCols(this.table._resTable().rect);
  }
  get count(): number {
    return this._get("count") as number;
  }
  get items(): TableColumn[] {
    return this._get("items") as TableColumn[];
  }
  override _loadNow(paths: string[]): void {
    const t = this.table._resTable();
    const n = rectCols(t.rect);
    this._loaded.set("count", n);
    if (paths.length === 0 || paths.some((p) => p === "items" || p.startsWith("items/"))) {
      const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      const items = Array.from(
        { length: n },
        (_, i) => new TableColumn(this._ctx, this.table, () => i)
      );
      for (const it of items) it._loadNow(sub);
      this._loaded.set("items", items);
    }
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._ctx._enqueue(false, () => {
      r._value = rectCols(this.table._resTable().rect);
      r._done = true;
    });
    return r;
  }
  private byName(name: string, nullable: boolean): TableColumn {
    const col = new TableColumn(this._ctx, this.table, () => {
      const t = this.table._resTable();
      const lower = name.toLowerCase();
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (String(t.sheet.get(t.rect.r0, c).value).toLowerCase() === lower) return c - t.rect.c0;
      }
      throw notFound(`column ${name}${nullable ? " (null object used)" : ""}`);
    });
    return col;
  }
  getItem(key: string | number): TableColumn {
    if (typeof key === "number") return this.getItemAt(key);
    return this.byName(key, false);
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(this._ctx, this.table, () => {
      if (index < 0 || index >= rectCols(this.table._resTable().rect)) {
        throw notFound(`column #${index}`);
      }
      return index;
    });
  }
  getItemOrNullObject(key: string | number): TableColumn {
    const col = typeof key === "number" ? this.getItemAt(key) : this.byName(key, true);
    this._ctx._enqueue(false, () => {
      col._nullChecked = true;
      try {
        col._index();
        col._isNull = false;
      } catch {
        col._isNull = true;
      }
    });
    return col;
  }
  add(index?: number | null, values?: unknown[][] | null, name?: string): TableColumn {
    let at = -1;
    const col = new TableColumn(this._ctx, this.table, () => at);
    this._ctx._enqueue(true, () => {
      const t = this.table._resTable();
      const cols = rectCols(t.rect);
      const pos = index === undefined || index === null ? cols : index;
      const c = t.rect.c0 + pos;
      const rows = rectRows(t.rect);
      if (values && values.length !== rows) {
        throw new StandinError(
          "InvalidArgument",
          `Column values must have ${rows} rows including the header (table ${t.name}).`
        );
      }
      if (pos < cols) shiftRight(t.sheet, c, t.rect.r0, t.rect.r1, 1);
      t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
      const headerVal = name ?? (values ? values[0][0] : null) ?? `Column${pos + 1}`;
      const header = t.sheet.mut(t.rect.r0, c);
      header.value = String(headerVal);
      header.formula = null;
      for (let i = 1; i < rows; i++) {
        const cell = t.sheet.mut(t.rect.r0 + i, c);
        const v = values ? values[i][0] : null;
        if (typeof v === "string" && v.length > 1 && v.startsWith("=")) {
          cell.formula = v;
          const address = `${colLetters(c)}${t.rect.r0 + i + 1}`;
          const computed = this._ctx._engine.evaluator?.(t.sheet.name, address, v);
          cell.value = computed === undefined ? "" : computed;
        } else if (v !== null && v !== undefined) putConstant(cell, v);
        else {
          cell.value = "";
          cell.formula = null;
        }
      }
      at = pos;
      this._ctx._changed(t.sheet, { r0: t.rect.r0, c0: c, r1: t.rect.r1, c1: c }, "ColumnInserted");
    });
    return col;
  }
}

export class TableColumn extends ClientObject {
  constructor(
    ctx: RequestContext,
    private table: Table,
    public _index: () => number
  ) {
    super(ctx, "TableColumn");
    return strict(this, "TableColumn");
  }
  override _check(): void {
    if (!this._isNull) this._index();
  }
  _scalarNames(): string[] {
    return ["name", "index", "id", "values"];
  }
  _read(name: string): unknown {
    const t = this.table._resTable();
    const i = this._index();
    if (name === "index") return i;
    if (name === "id") return i + 1;
    if (name === "name") return String(t.sheet.get(t.rect.r0, t.rect.c0 + i).value);
    return readGrid(
      { sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c0 + i, c1: t.rect.c0 + i } },
      (c) => c.value
    );
  }
  private part(header: boolean, body: boolean): Range {
    return new Range(this._ctx, () => {
      const t = this.table._resTable();
      const c = t.rect.c0 + this._index();
      const r0 = header ? t.rect.r0 : t.rect.r0 + 1;
      const r1 = body ? t.rect.r1 : t.rect.r0;
      return { sheet: t.sheet, rect: { r0, c0: c, r1, c1: c } };
    });
  }
  getRange(): Range {
    return this.part(true, true);
  }
  getDataBodyRange(): Range {
    return this.part(false, true);
  }
  getHeaderRowRange(): Range {
    return this.part(true, false);
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      const t = this.table._resTable();
      const c = t.rect.c0 + this._index();
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.cells.delete(t.sheet.key(r, c));
      shiftRight(t.sheet, c + 1, t.rect.r0, t.rect.r1, -1);
      t.rect = { ...t.rect, c1: t.rect.c1 - 1 };
    });
  }
}
accessors(TableColumn, ["index", "id", "values"]);
accessors(TableColumn, ["name"], (self: TableColumn, _n, v) => {
  const r = self.getHeaderRowRange()._res();
  const cell = r.sheet.mut(r.rect.r0, r.rect.c0);
  cell.value = String(v);
  cell.formula = null;
  self._ctx._changed(r.sheet, r.rect);
});

// ---------------------------------------------------------------------------
// Names and settings

export class NamedItemCollection extends ClientObject {
  constructor(ctx: RequestContext) {
    super(ctx, "NamedItemCollection");
    return strict(this, "NamedItemCollection");
  }
  _scalarNames(): string[] {
    return ["items"];
  }
  _read(): unknown {
    return [];
  }
  get items(): NamedItem[] {
    return this._get("items") as NamedItem[];
  }
  override _loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const items = [...this._ctx._model.names.values()].map((n) => new NamedItem(this._ctx, n.name));
    for (const it of items) it._loadNow(sub);
    this._loaded.set("items", items);
  }
  add(name: string, reference: string | Range, comment?: string): NamedItem {
    this._ctx._enqueue(true, () => {
      const m = this._ctx._model;
      if (m.names.has(name.toLowerCase())) {
        throw new StandinError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        const { sheet, rect } = reference._res();
        const abs = rectA1(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        formula = `=${quoteSheet(sheet.name)}!${abs}`;
      }
      m.names.set(name.toLowerCase(), { name, formula, comment: comment ?? "", visible: true });
    });
    return new NamedItem(this._ctx, name);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this._ctx, name);
  }
  getItemOrNullObject(name: string): NamedItem {
    const n = new NamedItem(this._ctx, name);
    this._ctx._enqueue(false, () => {
      n._nullChecked = true;
      n._isNull = !this._ctx._model.names.has(name.toLowerCase());
    });
    return n;
  }
}

export class NamedItem extends ClientObject {
  constructor(
    ctx: RequestContext,
    private nm: string
  ) {
    super(ctx, "NamedItem");
    return strict(this, "NamedItem");
  }
  _data(): ReturnType<WorkbookModel["names"]["get"]> & object {
    const d = this._ctx._model.names.get(this.nm.toLowerCase());
    if (!d) throw notFound(`name ${this.nm}`);
    return d;
  }
  override _check(): void {
    if (!this._isNull) this._data();
  }
  _scalarNames(): string[] {
    return ["name", "formula", "comment", "visible", "type", "value"];
  }
  _read(name: string): unknown {
    const d = this._data();
    if (name === "type") return /![$A-Z0-9:]+$/i.test(d.formula) ? "Range" : "String";
    if (name === "value") return d.formula.replace(/^=/, "");
    return d[name as "name"];
  }
  getRange(): Range {
    return new Range(this._ctx, () => {
      const d = this._data();
      const { sheet, local } = splitSheet(d.formula.replace(/^=/, ""));
      const s = sheet ? this._ctx._model.sheet(sheet) : undefined;
      const rect = parseRect(local);
      if (!s || !rect) throw new StandinError("InvalidArgument", `Name ${d.name} is no range`);
      return { sheet: s, rect };
    });
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      this._data();
      this._ctx._model.names.delete(this.nm.toLowerCase());
    });
  }
}
accessors(NamedItem, ["name", "type", "value"]);
accessors(NamedItem, ["formula", "comment", "visible"], (self: NamedItem, name, v) => {
  const d = self._data();
  (d as unknown as Record<string, unknown>)[name] = v;
});

export class SettingCollection extends ClientObject {
  constructor(ctx: RequestContext) {
    super(ctx, "SettingCollection");
    return strict(this, "SettingCollection");
  }
  _scalarNames(): string[] {
    return ["items"];
  }
  _read(): unknown {
    return [];
  }
  get items(): Setting[] {
    return this._get("items") as Setting[];
  }
  override _loadNow(paths: string[]): void {
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    const items = [...this._ctx._model.settings.keys()].map((k) => new Setting(this._ctx, k));
    for (const it of items) it._loadNow(sub);
    this._loaded.set("items", items);
  }
  add(key: string, value: unknown): Setting {
    this._ctx._enqueue(true, () => {
      this._ctx._model.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return new Setting(this._ctx, key);
  }
  getItem(key: string): Setting {
    return new Setting(this._ctx, key);
  }
  getItemOrNullObject(key: string): Setting {
    const s = new Setting(this._ctx, key);
    this._ctx._enqueue(false, () => {
      s._nullChecked = true;
      s._isNull = !this._ctx._model.settings.has(key);
    });
    return s;
  }
}

export class Setting extends ClientObject {
  constructor(
    ctx: RequestContext,
    private k: string
  ) {
    super(ctx, "Setting");
    return strict(this, "Setting");
  }
  override _check(): void {
    if (!this._isNull && !this._ctx._model.settings.has(this.k))
      throw notFound(`setting ${this.k}`);
  }
  _scalarNames(): string[] {
    return ["key", "value"];
  }
  _read(name: string): unknown {
    return name === "key" ? this.k : this._ctx._model.settings.get(this.k);
  }
  delete(): void {
    this._ctx._enqueue(true, () => {
      this._ctx._model.settings.delete(this.k);
    });
  }
}
accessors(Setting, ["key"]);
accessors(Setting, ["value"], (self: Setting, _n, v) => {
  self._ctx._model.settings.set(self._read("key") as string, v);
});
