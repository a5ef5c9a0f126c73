// The narrative engine: ReportModel → NarrativeDocument → Markdown / Narasi sheet rows.
import type { ReportModel } from "../model/types";
import type { NarrativeDocument } from "./document";
import type { OpsiNarasi } from "./bagian";
import { buildTahunan } from "./tahunan";
import { buildTriwulan } from "./triwulan";

export * from "./document";
export { sidikJari } from "./sidik";
export { buildTriwulan } from "./triwulan";
export { buildTahunan } from "./tahunan";
export { renderMarkdown, renderRunsMarkdown } from "./markdown";
export { renderHtml, escapeHtml } from "./html";
export { renderSheetRows } from "./sheet";
export { lebarkanSeperlunya } from "./lebar";
export type { RowKind, RowStyle, SheetRows } from "./sheet";
export type { OpsiNarasi } from "./bagian";

/** The narrative for the model's jenis: Tahunan, else Triwulan. */
export function buildNarasi(model: ReportModel, opsi: OpsiNarasi = {}): NarrativeDocument {
  return model.jenis === "Tahunan" ? buildTahunan(model, opsi) : buildTriwulan(model, opsi);
}
