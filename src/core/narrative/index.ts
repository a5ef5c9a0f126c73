// The narrative engine: ReportModel → NarrativeDocument → Markdown / Narasi sheet rows.
export * from "./document";
export { sidikJari } from "./sidik";
export { buildTriwulan } from "./triwulan";
export { renderMarkdown, renderRunsMarkdown } from "./markdown";
export { renderSheetRows } from "./sheet";
export type { RowKind, RowStyle, SheetRows } from "./sheet";
