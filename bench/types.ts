// One row of the `npm run bench` table: a measured figure, or one that could not
// be measured (no browser, no build), printed as "dilewati" and never as a value.
interface RowBase {
  /** Area, e.g. "Inti", "Templat", "Validasi". */
  area: string;
  /** What was measured, e.g. "1 juta CAPAIAN + PREDIKAT". */
  metric: string;
}

export interface MeasuredRow extends RowBase {
  value: number;
  unit: "ms" | "s" | "KB" | "sync" | "kali";
  /** Budget in the same unit, when the issue sets one. */
  budget?: number;
  /** Free note printed beside the row. */
  note?: string;
}

export interface SkippedRow extends RowBase {
  /** Why nothing was measured, printed as the row's note, e.g. "Chromium tidak ada di …". */
  skipped: string;
}

export type BenchRow = MeasuredRow | SkippedRow;

export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
