// What every bulk write of the add-in shares: requirement-set checks, and one
// write batch with calculation suspended and events off, whose events are back
// on even when the batch fails part-way (Office.js batches are not
// transactional: a failed sync leaves the switch-off applied).

/** Whether an Excel API requirement set is there; outside Office (tests) the stand-in has all. */
export function dukung(versi: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", versi);
}

/**
 * Queues `antre` between events off and events back to `semula` (null: the
 * host cannot switch events), suspends calculation, and syncs once.
 */
export async function tulisSekaligus(
  context: Excel.RequestContext,
  semula: boolean | null,
  antre: () => void,
  sync: () => Promise<unknown> = () => context.sync()
): Promise<void> {
  if (semula !== null) context.runtime.enableEvents = false;
  if (dukung("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
  try {
    antre();
    if (semula !== null) context.runtime.enableEvents = semula;
    await sync();
  } catch (error) {
    if (semula !== null) {
      context.runtime.enableEvents = semula;
      await sync().catch(() => undefined);
    }
    throw error;
  }
}
