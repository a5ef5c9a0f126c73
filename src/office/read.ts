// Office.js reader: every table's header row, body values, formulas, number
// formats and address, fetched in ONE context.sync().
//
// Office.js cannot reach a table's ranges before it knows the table exists
// (Table has no range properties to load through items/..., and calling
// getRange() on a *OrNullObject table that turns out null is not safe), so
// one sync needs to know which tables to read. The reader keeps the table list
// of its previous read (a "plan") and, in the same sync, loads the current
// sheet and table lists to check it: when the list is unchanged, which is every
// edit of table contents, the read is one round trip. The first read of a
// session, or one after a table was added, renamed or deleted, needs a second
// round trip (the plan is refreshed). A deleted planned table fails the first
// sync with ItemNotFound, and the reader retries without the plan.
import type { RawTable, RawWorkbook } from "../core/model/types";

/** A table to read: its name and its worksheet's name. */
export interface TablePlan {
  name: string;
  sheet: string;
}

/** A custom conditional format overlapping a table (for the live marks). */
export interface CustomFormatSeen {
  sheet: string;
  id: string;
  /** The rule's formula. */
  formula: string;
}

export interface ReadOptions {
  /** Also load the id and rule formula of every custom conditional format over each table. */
  conditionalFormats?: boolean;
}

export interface ReadOutcome {
  raw: RawWorkbook;
  /** With ReadOptions.conditionalFormats: the custom ones seen (deduplicated by id). */
  customFormats: CustomFormatSeen[];
  /** The table list of this read: pass it to the next read. */
  plan: TablePlan[];
  /** Round trips this read used (1 when the plan was current). */
  syncs: number;
}

interface Queued {
  plan: TablePlan;
  all: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  formats: Excel.ConditionalFormatCollection | null;
}

function queueTable(context: Excel.RequestContext, plan: TablePlan, options: ReadOptions): Queued {
  const table = context.workbook.tables.getItem(plan.name);
  const all = table.getRange().load("address");
  return {
    plan,
    all,
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("values, formulas, numberFormat"),
    formats: options.conditionalFormats
      ? all.conditionalFormats.load("items/id, items/customOrNullObject/rule/formula")
      : null,
  };
}

function customFormats(queued: Queued[]): CustomFormatSeen[] {
  const seen = new Map<string, CustomFormatSeen>();
  for (const q of queued) {
    for (const cf of q.formats?.items ?? []) {
      const custom = cf.customOrNullObject;
      if (custom.isNullObject || seen.has(cf.id)) continue;
      seen.set(cf.id, { sheet: q.plan.sheet, id: cf.id, formula: String(custom.rule.formula) });
    }
  }
  return [...seen.values()];
}

/** "Kinerja!A1:T12" or "'Tren Kinerja'!A1:D9" → "A1:T12". */
export function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return (i < 0 ? address : address.slice(i + 1)).replace(/\$/g, "");
}

function toRaw(q: Queued): RawTable {
  const headers = (q.header.values[0] ?? []).map((h) =>
    h === null || h === undefined ? "" : String(h)
  );
  return {
    sheet: q.plan.sheet,
    name: q.plan.name,
    address: localAddress(q.all.address),
    headers,
    values: q.body.values,
    formulas: q.body.formulas,
    numberFormats: q.body.numberFormat as string[][],
  };
}

function samePlan(a: TablePlan[], b: TablePlan[]): boolean {
  if (a.length !== b.length) return false;
  const key = (p: TablePlan) => `${p.sheet}\u0000${p.name}`.toLowerCase();
  const set = new Set(a.map(key));
  return b.every((p) => set.has(key(p)));
}

/**
 * Reads the workbook. With a current `plan` this is one context.sync();
 * otherwise two (table list, then their contents).
 */
export async function readWorkbookWithPlan(
  context: Excel.RequestContext,
  plan: TablePlan[] | null,
  options: ReadOptions = {}
): Promise<ReadOutcome> {
  let syncs = 0;
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  let queued: Queued[] = (plan ?? []).map((p) => queueTable(context, p, options));
  try {
    syncs++;
    await context.sync();
  } catch (e) {
    // A planned table is gone: read the lists again without the plan.
    if (!plan || (e as { code?: string }).code !== "ItemNotFound") throw e;
    return readWorkbookWithPlan(context, null, options).then((r) => ({
      ...r,
      syncs: r.syncs + syncs,
    }));
  }
  const current: TablePlan[] = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
  }));
  if ((!plan || !samePlan(plan, current)) && current.length > 0) {
    queued = current.map((p) => queueTable(context, p, options));
    syncs++;
    await context.sync();
  }
  const byName = new Map(queued.map((q) => [q.plan.name.toLowerCase(), q]));
  const raw: RawWorkbook = {
    sheetNames: sheets.items.map((s) => s.name),
    // Workbook order of tables, with the sheet names as they are now.
    tables: current.flatMap((p) => {
      const q = byName.get(p.name.toLowerCase());
      return q ? [toRaw({ ...q, plan: p })] : [];
    }),
  };
  const live = new Set(current.map((p) => p.name.toLowerCase()));
  const customs = customFormats(queued.filter((q) => live.has(q.plan.name.toLowerCase())));
  return { raw, plan: current, syncs, customFormats: customs };
}

let lastPlan: TablePlan[] | null = null;

/**
 * Sheet names and every table's header, body values, formulas, number formats
 * and address: one context.sync() once the table list is known (see above).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<RawWorkbook> {
  const outcome = await readWorkbookWithPlan(context, lastPlan);
  lastPlan = outcome.plan;
  return outcome.raw;
}

/**
 * As readWorkbook, with the whole outcome (round trips, plan). Loads queued on
 * `context` before the call go into its first sync (the Narasi writer reads
 * its sheet that way, in the same round trip).
 */
export async function readWorkbookRemembered(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<ReadOutcome> {
  const outcome = await readWorkbookWithPlan(context, lastPlan, options);
  lastPlan = outcome.plan;
  return outcome;
}

/** Forgets the remembered table list (tests, or after the pane reloads a workbook). */
export function forgetReadPlan(): void {
  lastPlan = null;
}
