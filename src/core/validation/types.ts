// Findings (temuan) of the validator: what is wrong, where, and the fix when it is certain.
import type { CellRef } from "../model/types";

export type Tingkat = "galat" | "peringatan" | "info";

/** A fix the add-in can apply with one click, in one write. */
export type Perbaikan =
  | { jenis: "angka-dari-teks"; sel: CellRef; nilai: number; label: string }
  | { jenis: "pulihkan-rumus"; sel: CellRef; rumus: string; label: string }
  | { jenis: "rapikan-nip"; sel: CellRef; nilai: string; label: string }
  /** A table header renamed to the contract's name ("Capaian 5=4/5" → "Capaian"). */
  | { jenis: "ganti-judul"; sel: CellRef; nilai: string; label: string };

export interface Temuan {
  /** Stable code, e.g. "CAPAIAN_TIDAK_SESUAI". */
  kode: string;
  tingkat: Tingkat;
  /** Sheet name. */
  lembar: string;
  /** A1 address of the cell (or range) the finding points to; null when the sheet is missing. */
  sel: string | null;
  /** Indonesian: what is wrong and what the right value would be. */
  pesan: string;
  perbaikan?: Perbaikan;
}

export interface RingkasanTemuan {
  galat: number;
  peringatan: number;
  info: number;
  /** Counts per sheet name. */
  perLembar: Record<string, { galat: number; peringatan: number; info: number }>;
}
