// One row of the `npm run bench` table.
export interface BenchRow {
  /** Area, e.g. "Inti", "Templat", "Validasi". */
  area: string;
  /** What was measured, e.g. "1 juta CAPAIAN + PREDIKAT". */
  metric: string;
  value: number;
  unit: "ms" | "s" | "KB" | "sync" | "kali";
  /** Budget in the same unit, when the issue sets one. */
  budget?: number;
  /** Free note printed beside the row. */
  note?: string;
}

export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
