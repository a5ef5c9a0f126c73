// The narrative engine: ReportModel → NarrativeDocument → Markdown / Narasi sheet rows.
export * from "./document";
