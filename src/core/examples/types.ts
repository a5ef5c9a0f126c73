// Example reports transcribed from the seed reports (../shared/seeds). They are
// data: the figures are the seeds' own, including the seeds' mistakes in the
// reported values, so the validator and the narrative meet real material.
import type { JenisLaporan } from "../types";

/** One cell value as a user would leave it in the sheet (Excel's stored value). */
export type NilaiContoh = string | number | null;

/**
 * Cells a user typed with a percent sign ("100%"): Excel stores the fraction (1)
 * and gives the cell a percent format. Columns whose template format is already
 * a percent (Capaian, Serapan, ...) need no entry.
 */
export interface FormatPersen {
  /** Contract table name ("Kinerja"). */
  table: string;
  /** Contract column headers ("Target", "Realisasi"). */
  kolom: readonly string[];
  /** Body row indices (0-based) the rule covers; absent: every row. */
  baris?: readonly number[];
}

export interface ExampleReport {
  /** File-name safe id, e.g. "tempeh-kasi-pemerintahan-2023-tw3". */
  id: string;
  /** Indonesian title for people. */
  judul: string;
  /** Which seed, what was transcribed, what was left out or simplified and why. */
  sumber: string;
  jenis: JenisLaporan;
  /**
   * Contract table name (workbook.md: Profil, TugasFungsi, Kinerja, Anggaran,
   * Strategi, TindakLanjut, Skala, IKM, TrenKinerja, IsuStrategis, SDM,
   * SaranaPrasarana, Kendala, Pembanding) → rows keyed by contract column
   * header exactly as in workbook.md.
   */
  tables: Record<string, Record<string, NilaiContoh>[]>;
  /** Cells typed as percentages in columns without a percent format of their own. */
  formatPersen?: readonly FormatPersen[];
}
