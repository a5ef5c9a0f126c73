// The report's state for the pane's Beranda when live validation does not run
// (Beranda otherwise shows the live check's snapshot): every table read in one
// round trip (read.ts; a second one only when the table list changed since the
// last read), mapped and validated by the core, summarised by core/model/ringkasan.
import { mapWorkbook } from "../core/model/map";
import { type StatusLaporan, statusLaporan } from "../core/model/ringkasan";
import { validateReport } from "../core/validation";
import type { Temuan } from "../core/validation/types";
import type { ReportModel } from "../core/model/types";
import { readWorkbookRemembered } from "./read";

export interface HasilStatus {
  status: StatusLaporan;
  /** context.sync() calls of this read. */
  syncs: number;
}

export async function bacaStatusLaporan(
  validate: (m: ReportModel) => Temuan[] = validateReport
): Promise<HasilStatus> {
  return Excel.run(async (context) => {
    const outcome = await readWorkbookRemembered(context);
    const model = mapWorkbook(outcome.raw);
    return { status: statusLaporan(model, validate(model)), syncs: outcome.syncs };
  });
}
