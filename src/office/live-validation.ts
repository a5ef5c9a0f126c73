// Live validation in Excel. One check = read every table (1 sync, see read.ts)
// → mapWorkbook → validate → update the marks on cells with errors (at most 1
// sync, none when nothing changed).
//
// Marks are conditional formats the add-in owns, one per marked cell/range,
// with an always-true rule (=ISTEXT("LKJ-PERIKSA")) and the "Bad" colours. They
// never touch the user's own fill, font or borders: deleting the conditional
// format gives the cell back exactly as it was. Nothing is stored in the
// workbook: the read sync also loads the id and rule formula of every custom
// conditional format over each table, so the add-in's marks are recognised by
// their formula — also marks of an earlier session (pane reloaded, file
// reopened) and marks that moved with inserted rows. Within a session each
// mark's id is remembered by its address; when a table's layout changed (rows
// or columns inserted/deleted) every mark is redrawn. Deletions name only ids
// seen in the same check's read, so the write cannot fail on a missing mark.
//
// Events: worksheets.onChanged and tables.onChanged re-check after a debounce
// (400 ms); worksheets.onSelectionChanged re-checks too, because Excel on the
// web misses some dropdown picks. Changes the add-in made itself are ignored:
// by triggerSource "ThisLocalAddin" where Excel gives it, else by a writing flag
// and a short quiet window after each own write.
import { mapWorkbook } from "../core/model/map";
import { parseRange } from "../core/model/a1";
import type { RawTable, ReportModel } from "../core/model/types";
import { validateReport } from "../core/validation";
import type { Temuan } from "../core/validation/types";
import { type TablePlan, readWorkbookWithPlan } from "./read";

export type Validator = (model: ReportModel) => Temuan[];

export type LiveStatus = "mati" | "aktif" | "memeriksa";

export interface LiveState {
  status: LiveStatus;
  /** Findings of the last check. */
  temuan: Temuan[];
  /** Indonesian message when the last check failed, else null. */
  galat: string | null;
  /** Round trips and compute time of the last check. */
  terakhir: CheckResult | null;
  /** True once a check has completed. */
  sudahDiperiksa: boolean;
}

export interface CheckResult {
  temuan: Temuan[];
  readSyncs: number;
  writeSyncs: number;
  /** Marks added and removed by this check. */
  ditandai: number;
  dipulihkan: number;
  /** Milliseconds spent in mapping and validation (no Excel round trips). */
  computeMs: number;
}

export interface LiveOptions {
  /** The rules (default: validateReport of the core; tests may pass their own). */
  validate?: Validator;
  /** Debounce of change events in ms (default 400). */
  debounceMs?: number;
  /** Findings to mark: default errors (galat) with a cell. */
  tandai?: (t: Temuan) => boolean;
}

/** The conditional format rule of a mark (always true; recognisable in Manage Rules). */
export const RUMUS_TANDA = '=ISTEXT("LKJ-PERIKSA")';
export const WARNA_TANDA = { fill: "#FFC7CE", font: "#9C0006" };
/** At most this many marks; beyond it the pane still lists every finding. */
export const BATAS_TANDA = 1000;
const QUIET_MS = 600;

interface Mark {
  sheet: string;
  address: string;
  id: string;
}

const now = (): number =>
  typeof performance !== "undefined" && typeof performance.now === "function"
    ? performance.now()
    : Date.now();

// ---------------------------------------------------------------------------
// Module state: one live validator per runtime (the shared runtime has one pane).

let validator: Validator = validateReport;
let plan: TablePlan[] | null = null;
let marks = new Map<string, Mark>();
/** Sheet, name and address of every table at the last check (see redraw). */
let lastLayout: string | null = null;
let state: LiveState = {
  status: "mati",
  temuan: [],
  galat: null,
  terakhir: null,
  sudahDiperiksa: false,
};
const listeners = new Set<(s: LiveState) => void>();
let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
let debounceMs = 400;
let tandaiFilter: (t: Temuan) => boolean = (t) => t.tingkat === "galat" && t.sel !== null;
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<CheckResult | null> | null = null;
let again = false;
let writing = false;
let quietUntil = 0;
let idleWaiters: (() => void)[] = [];

function setState(patch: Partial<LiveState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l(state);
}

export function getLiveState(): LiveState {
  return state;
}

/** Listens to state changes; returns the unsubscribe function. */
export function subscribeLive(listener: (s: LiveState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets the rules used by checks (the pane wires the core validator). */
export function setValidator(fn: Validator): void {
  validator = fn;
}

/** Own writes (fixes, scaffold) call this around their sync so their events are ignored. */
export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  writing = true;
  try {
    return await write();
  } finally {
    writing = false;
    quietUntil = now() + QUIET_MS;
  }
}

function key(sheet: string, address: string): string {
  return `${sheet.toLowerCase()}!${address.toUpperCase()}`;
}

/** The marks the findings ask for, keyed by sheet!address. */
export function marksWanted(
  temuan: Temuan[],
  filter: (t: Temuan) => boolean = tandaiFilter
): Map<string, { sheet: string; address: string }> {
  const out = new Map<string, { sheet: string; address: string }>();
  for (const t of temuan) {
    if (!t.sel || !filter(t)) continue;
    const address = t.sel.replace(/\$/g, "").toUpperCase();
    out.set(key(t.lembar, address), { sheet: t.lembar, address });
    if (out.size >= BATAS_TANDA) break;
  }
  return out;
}

function errorMessage(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code === "ItemNotFound")
    return "Lembar atau tabel berubah saat diperiksa. Coba Periksa lagi.";
  if (code === "InvalidOperationInCellEditMode") {
    return "Excel sedang dalam mode edit sel. Selesaikan isian sel, lalu Periksa lagi.";
  }
  return "Pemeriksaan gagal. Coba Periksa lagi.";
}

async function runCheck(): Promise<CheckResult> {
  const validate = validator;
  return Excel.run(async (context) => {
    const read = await readWorkbookWithPlan(context, plan, { conditionalFormats: true });
    plan = read.plan;

    const t0 = now();
    const model = mapWorkbook(read.raw);
    const temuan = validate(model);
    const computeMs = now() - t0;

    // The add-in's marks present in the workbook now, by id.
    const present = new Map(
      read.customFormats.filter((cf) => cf.formula === RUMUS_TANDA).map((cf) => [cf.id, cf])
    );
    // Marks deleted by the user (rules cleared) are simply forgotten.
    for (const [k, m] of marks) if (!present.has(m.id)) marks.delete(k);

    // Only cells inside tables are marked: the read sees conditional formats there.
    const wanted = insideTables(marksWanted(temuan), read.raw.tables);
    const sheets = new Set(read.raw.sheetNames.map((s) => s.toLowerCase()));
    // Inserted or deleted rows/columns move the marks with their cells, so the
    // remembered addresses no longer hold: redraw every mark (still one write).
    const layout = JSON.stringify(read.raw.tables.map((t) => [t.sheet, t.name, t.address]));
    const redraw = layout !== lastLayout;
    lastLayout = layout;
    const known = new Set([...marks.values()].map((m) => m.id));
    const remove: { sheet: string; id: string }[] = [];
    for (const cf of present.values()) {
      // Marks of an earlier session or a moved layout are not in `marks`.
      if (redraw || !known.has(cf.id)) remove.push(cf);
    }
    for (const [k, m] of marks) {
      if (!redraw && !wanted.has(k)) remove.push(m);
    }
    if (redraw) marks.clear();
    const add = [...wanted.entries()].filter(
      ([k, w]) => !marks.has(k) && sheets.has(w.sheet.toLowerCase())
    );
    let writeSyncs = 0;
    if (remove.length > 0 || add.length > 0) {
      await asOwnWrite(() => writeMarks(context, remove, add));
      writeSyncs = 1;
    }
    return {
      temuan,
      readSyncs: read.syncs,
      writeSyncs,
      ditandai: add.length,
      dipulihkan: remove.length,
      computeMs,
    };
  });
}

function insideTables(
  wanted: Map<string, { sheet: string; address: string }>,
  tables: RawTable[]
): Map<string, { sheet: string; address: string }> {
  const rects = tables.map((t) => ({ sheet: t.sheet.toLowerCase(), r: parseRange(t.address) }));
  const out = new Map<string, { sheet: string; address: string }>();
  for (const [k, w] of wanted) {
    const r = parseRange(w.address);
    const inside = rects.some(
      (t) =>
        r &&
        t.r &&
        t.sheet === w.sheet.toLowerCase() &&
        r.startRow >= t.r.startRow &&
        r.endRow <= t.r.endRow &&
        r.startCol >= t.r.startCol &&
        r.endCol <= t.r.endCol
    );
    if (inside) out.set(k, w);
  }
  return out;
}

/** One write sync: delete marks, add new ones; their ids come back in the same sync. */
async function writeMarks(
  context: Excel.RequestContext,
  remove: { sheet: string; id: string }[],
  add: [string, { sheet: string; address: string }][]
): Promise<void> {
  for (const m of remove) {
    context.workbook.worksheets
      .getItem(m.sheet)
      .getRange()
      .conditionalFormats.getItem(m.id)
      .delete();
  }
  const removedIds = new Set(remove.map((m) => m.id));
  for (const [k, m] of marks) if (removedIds.has(m.id)) marks.delete(k);
  const added = add.map(([k, w]) => {
    const cf = context.workbook.worksheets
      .getItem(w.sheet)
      .getRange(w.address)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = RUMUS_TANDA;
    cf.custom.format.fill.color = WARNA_TANDA.fill;
    cf.custom.format.font.color = WARNA_TANDA.font;
    cf.load("id");
    return { k, w, cf };
  });
  await context.sync();
  for (const { k, w, cf } of added) marks.set(k, { sheet: w.sheet, address: w.address, id: cf.id });
}

/**
 * Checks now ("Periksa" button, or after a fix). Concurrent calls share one
 * running check and queue at most one more.
 */
export async function periksaSekarang(): Promise<CheckResult | null> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let result: CheckResult | null = null;
    do {
      again = false;
      setState({ status: "memeriksa" });
      try {
        result = await runCheck();
        setState({
          status: handlers.length > 0 ? "aktif" : "mati",
          temuan: result.temuan,
          galat: null,
          terakhir: result,
          sudahDiperiksa: true,
        });
      } catch (e) {
        setState({ status: handlers.length > 0 ? "aktif" : "mati", galat: errorMessage(e) });
      }
    } while (again);
    return result;
  })();
  try {
    return await running;
  } finally {
    running = null;
    notifyIdle();
  }
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void periksaSekarang();
  }, debounceMs);
}

function notifyIdle(): void {
  if (timer || running) return;
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const w of waiters) w();
}

/** Resolves when no check is scheduled or running (tests, bench). */
export function whenIdle(): Promise<void> {
  if (!timer && !running) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/** True when the host supports ExcelApi `version` (or no Office global: tests, stand-in). */
function apiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return typeof req?.isSetSupported !== "function" || req.isSetSupported("ExcelApi", version);
}

function ownEvent(args: { triggerSource?: string }): boolean {
  if (args?.triggerSource === "ThisLocalAddin") return true;
  if (args?.triggerSource) return false;
  return writing || now() < quietUntil;
}

function onChange(args: { triggerSource?: string }): void {
  if (ownEvent(args)) return;
  schedule();
}

let ownSelection: { address: string; until: number } | null = null;

/** pilihSel tells which cell it is about to select, so that event is not a reason to check. */
export function noteOwnSelection(address: string | null): void {
  ownSelection = address
    ? { address: address.replace(/\$/g, "").toUpperCase(), until: now() + QUIET_MS }
    : null;
}

function onSelection(args: { address?: string }): void {
  const own = ownSelection;
  if (own && now() < own.until && (args?.address ?? "").toUpperCase() === own.address) {
    ownSelection = null;
    return;
  }
  if (writing) return;
  schedule();
}

/**
 * Starts live validation: registers the change and selection handlers and runs
 * a first check. Calling it again only updates the options.
 */
export async function startLiveValidation(options: LiveOptions = {}): Promise<void> {
  if (options.validate) validator = options.validate;
  if (options.debounceMs !== undefined) debounceMs = options.debounceMs;
  if (options.tandai) tandaiFilter = options.tandai;
  if (handlers.length === 0) {
    // Collection-wide worksheet events need ExcelApi 1.9; older hosts get the
    // table events (1.7) and the Periksa button.
    const sheetEvents = apiSupported("1.9");
    handlers = await Excel.run(async (context) => {
      const list: OfficeExtension.EventHandlerResult<unknown>[] = [
        context.workbook.tables.onChanged.add(async (e) =>
          onChange(e as { triggerSource?: string })
        ) as OfficeExtension.EventHandlerResult<unknown>,
      ];
      if (sheetEvents) {
        list.push(
          context.workbook.worksheets.onChanged.add(async (e) =>
            onChange(e)
          ) as OfficeExtension.EventHandlerResult<unknown>,
          context.workbook.worksheets.onSelectionChanged.add(async (e) =>
            onSelection(e)
          ) as OfficeExtension.EventHandlerResult<unknown>
        );
      }
      await context.sync();
      return list;
    });
    setState({ status: "aktif" });
  }
  await periksaSekarang();
}

/** Stops live validation (handlers removed); the marks stay until the next check. */
export async function stopLiveValidation(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const list = handlers;
  handlers = [];
  if (running) await running;
  if (list.length > 0) {
    await Excel.run(list[0].context, async (context) => {
      for (const h of list) h.remove();
      await context.sync();
    });
  }
  setState({ status: "mati" });
  notifyIdle();
}

/**
 * After one of the add-in's own commands wrote with events off (Siapkan Lembar,
 * Bagikan, ...): re-check so findings and marks follow, when live validation runs.
 */
export function periksaBilaAktif(): void {
  if (handlers.length > 0) void periksaSekarang();
}

/** Forgets everything in memory (tests: a fresh pane). */
export function resetLiveValidation(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  handlers = [];
  plan = null;
  marks = new Map();
  lastLayout = null;
  running = null;
  again = false;
  writing = false;
  quietUntil = 0;
  ownSelection = null;
  validator = validateReport;
  debounceMs = 400;
  tandaiFilter = (t) => t.tingkat === "galat" && t.sel !== null;
  state = { status: "mati", temuan: [], galat: null, terakhir: null, sudahDiperiksa: false };
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const w of waiters) w();
}
