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
//
// Each completed check publishes what it read (LiveSnapshot: raw workbook,
// model, findings) in the state, so Beranda and Narasi show the workbook
// without reading it again: one edit, one read, whichever view is shown. A
// view that needs more from the same sync (Narasi: its sheet and metadata)
// adds an ExtraRead while it is shown.
import { mapWorkbook } from "../core/model/map";
import { parseRange } from "../core/model/a1";
import type { RawTable, RawWorkbook, ReportModel } from "../core/model/types";
import { validateReport } from "../core/validation";
import type { Temuan } from "../core/validation/types";
import { dukung } from "./batch";
import { type ReadOutcome, forgetReadPlan, readWorkbookRemembered } from "./read";

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
  /** What the last completed check read; null before the first. */
  snapshot: LiveSnapshot | null;
  /** The error of the last check when it failed, else null (views word it their own way). */
  cause: unknown;
}

/**
 * The workbook as the last completed check read it, for views to derive from.
 * Valid for the workbook state of that read: user edits start a new check, and
 * the add-in's own writes with events off are followed by periksaBilaAktif.
 */
export interface LiveSnapshot {
  /** The check's number (see nomorPeriksa): a check started later has a larger one. */
  nomor: number;
  raw: RawWorkbook;
  model: ReportModel;
  temuan: Temuan[];
  /** The values of the extra reads that rode in this check's read, by key. */
  extra: ReadonlyMap<string, unknown>;
}

/**
 * Loads a view adds to every check's read sync, so it needs no read of its
 * own. `queue` runs before the read; what it returns runs after it (with the
 * tables read) and may sync once more in rare cases, counted in `syncs`.
 * `retry` is true when the read failed with ItemNotFound: queue nothing that
 * can fail then.
 */
export interface ExtraRead<T = unknown> {
  key: string;
  queue(
    context: Excel.RequestContext,
    retry: boolean
  ): (raw: RawWorkbook) => Promise<{ value: T; syncs: number }>;
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
let checks = 0;
const extraReads = new Map<string, ExtraRead>();
let marks = new Map<string, Mark>();
/** Sheet, name and address of every table at the last check (see redraw). */
let lastLayout: string | null = null;
/** The state before the first check (and after resetLiveValidation); a fresh object each call. */
export function liveAwal(): LiveState {
  return {
    status: "mati",
    temuan: [],
    galat: null,
    terakhir: null,
    sudahDiperiksa: false,
    snapshot: null,
    cause: null,
  };
}
let state: LiveState = liveAwal();
const listeners = new Set<(s: LiveState) => void>();
let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
let debounceMs = 400;
let tandaiFilter: (t: Temuan) => boolean = (t) => t.tingkat === "galat" && t.sel !== null;
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<CheckResult | null> | null = null;
/** startLiveValidation under way: handlers being registered, then the first check. */
let starting: Promise<void> | null = null;
/** The first check of a start is still to begin. */
let firstDue = false;
let again = false;
let writing = false;
let quietUntil = 0;
let idleWaiters: (() => void)[] = [];

function setState(patch: Partial<LiveState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) {
    try {
      l(state);
    } catch {
      // One view's failure must not stop the checks, nor the other views' updates.
    }
  }
}

export function getLiveState(): LiveState {
  return state;
}

/** Listens to state changes; returns the unsubscribe function. */
export function subscribeLive(listener: (s: LiveState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Handlers are registered (or being registered): user edits start checks. */
export function isLiveRunning(): boolean {
  return handlers.length > 0 || starting !== null;
}

/** The number of the last check started (0 before any). */
export function nomorPeriksa(): number {
  return checks;
}

/** Adds loads to every check's read from the next check on; returns the remover. */
export function addExtraRead(extra: ExtraRead): () => void {
  extraReads.set(extra.key, extra);
  return () => {
    if (extraReads.get(extra.key) === extra) extraReads.delete(extra.key);
  };
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

async function runCheck(): Promise<[CheckResult, LiveSnapshot]> {
  const validate = validator;
  const nomor = ++checks;
  const extras = [...extraReads.values()];
  return Excel.run(async (context) => {
    let finish = extras.map((x) => [x.key, x.queue(context, false)] as const);
    let read: ReadOutcome;
    let failed = 0;
    // The table list is shared with the other readers (read.ts): whoever reads
    // first after it changed pays the second round trip, once.
    try {
      read = await readWorkbookRemembered(context, { conditionalFormats: true });
    } catch (e) {
      // Without a plan the read does not retry itself: an extra's object is gone
      // (a sheet deleted), so once more with only the extras' safe loads.
      if (extras.length === 0 || (e as { code?: string })?.code !== "ItemNotFound") throw e;
      failed = 1;
      finish = extras.map((x) => [x.key, x.queue(context, true)] as const);
      forgetReadPlan();
      read = await readWorkbookRemembered(context, { conditionalFormats: true });
    }
    const extra = new Map<string, unknown>();
    let extraSyncs = 0;
    for (const [k, done] of finish) {
      try {
        const r = await done(read.raw);
        extra.set(k, r.value);
        extraSyncs += r.syncs;
      } catch {
        // A view's extra must not stop the findings and marks: that view keeps
        // what it showed (its key is missing from this snapshot) until one succeeds.
      }
    }

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
    const result: CheckResult = {
      temuan,
      readSyncs: read.syncs + failed + extraSyncs,
      writeSyncs,
      ditandai: add.length,
      dipulihkan: remove.length,
      computeMs,
    };
    return [result, { nomor, raw: read.raw, model, temuan, extra }];
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
  firstDue = false;
  running = (async () => {
    let result: CheckResult | null = null;
    do {
      again = false;
      // This check reads every change made so far: a debounced one pending for them is redundant.
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      setState({ status: "memeriksa" });
      try {
        const [r, snapshot] = await runCheck();
        result = r;
        setState({
          status: statusSesudah(),
          temuan: r.temuan,
          galat: null,
          terakhir: r,
          sudahDiperiksa: true,
          snapshot,
          cause: null,
        });
      } catch (e) {
        setState({
          status: statusSesudah(),
          galat: errorMessage(e),
          cause: e,
        });
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

/**
 * The status once a check is done: a change that arrived while it ran has its
 * own check due, and until then the findings (and their fixes' addresses) are stale.
 */
function statusSesudah(): LiveState["status"] {
  if (timer) return "memeriksa";
  return handlers.length > 0 ? "aktif" : "mati";
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  // The findings (and their fixes' addresses) may be stale from now until the
  // check: say so at once, so the pane holds back quick fixes meanwhile.
  if (state.status !== "memeriksa") setState({ status: "memeriksa" });
  timer = setTimeout(() => {
    timer = null;
    void periksaSekarang();
  }, debounceMs);
}

function notifyIdle(): void {
  if (timer || running || starting) return;
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const w of waiters) w();
}

/** Resolves when no check is scheduled, running or about to start (views, tests, bench). */
export function whenIdle(): Promise<void> {
  if (!timer && !running && !starting) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
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
 * a first check. Calling it again only updates the options (and checks);
 * calls while it starts share that start.
 */
export async function startLiveValidation(options: LiveOptions = {}): Promise<void> {
  if (options.validate) validator = options.validate;
  if (options.debounceMs !== undefined) debounceMs = options.debounceMs;
  if (options.tandai) tandaiFilter = options.tandai;
  if (starting) return starting;
  if (handlers.length > 0) {
    await periksaSekarang();
    return;
  }
  firstDue = true;
  starting = (async () => {
    try {
      await register();
      await periksaSekarang();
    } finally {
      starting = null;
      firstDue = false;
      notifyIdle();
    }
  })();
  return starting;
}

async function register(): Promise<void> {
  // Views see at once that a check is coming (and wait for it rather than read).
  setState({ status: "memeriksa" });
  try {
    // Collection-wide worksheet events need ExcelApi 1.9; older hosts get the
    // table events (1.7) and the Periksa button.
    const sheetEvents = dukung("1.9");
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
  } catch (e) {
    setState({ status: "mati" });
    throw e;
  }
  setState({ status: "aktif" });
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

/**
 * While live validation runs: makes sure a check starts after this call, and
 * adds none when one is already due (scheduled, or the first of a start); a
 * running one is followed by one more. For a view that just added an extra
 * read, or the pane getting the focus back (a sheet deleted or renamed raises
 * no change event).
 */
export function periksaLagi(): void {
  if (!isLiveRunning() || timer || firstDue) return;
  void periksaSekarang();
}

/** Forgets everything in memory (tests: a fresh pane). */
export function resetLiveValidation(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  handlers = [];
  forgetReadPlan();
  checks = 0;
  extraReads.clear();
  starting = null;
  firstDue = false;
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
  state = liveAwal();
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const w of waiters) w();
}
