// Budget figures. Serapan = realisasi / pagu (fraction). Efisiensi compares
// capaian kinerja with serapan: SELISIH (Klakah Tabel 3.6, "7 = 5 − 6") in
// percentage points, or RASIO capaian / serapan as a fraction.
//
// Pagu 0 with realisasi 0 gives serapan 0: nothing was budgeted and nothing
// spent, and a blank budget line should not fill the sheet with #DIV/0!.
// Pagu 0 with spending is an error (#DIV/0!): money spent without a budget.
import type { Hasil } from "../types";
import { berhasil, gagal } from "../hasil";
import { bulatkan } from "../angka/desimal";

export type MetodeEfisiensi = "SELISIH" | "RASIO";

function angka(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

export function hitungSerapan(pagu: number, realisasi: number): Hasil<number> {
  if (!angka(pagu)) return gagal("BUKAN_ANGKA", "Pagu bukan angka");
  if (!angka(realisasi)) return gagal("BUKAN_ANGKA", "Realisasi anggaran bukan angka");
  if (pagu < 0) return gagal("PAGU_NEGATIF", "Pagu tidak boleh negatif");
  if (pagu === 0) {
    return realisasi === 0
      ? berhasil(0)
      : gagal("PAGU_NOL", "Pagu 0 tetapi ada realisasi: serapan tidak dapat dihitung", "#DIV/0!");
  }
  return hingga(realisasi / pagu);
}

/** Overflow (a tiny divisor) is an error, never Infinity. */
function hingga(n: number): Hasil<number> {
  return Number.isFinite(n)
    ? berhasil(n)
    : gagal("DI_LUAR_JANGKAUAN", "Hasil terlalu besar untuk dihitung", "#NUM!");
}

/**
 * SELISIH: (capaian − serapan) × 100 in percentage points, rounded to 10
 * decimals to drop binary noise ((0,9 − 0,6) × 100 = 30, not
 * 30,000000000000004), the same as the native formula's ROUND(…, 10).
 * RASIO: capaian / serapan.
 */
export function hitungEfisiensi(
  capaian: number,
  serapan: number,
  metode: MetodeEfisiensi = "SELISIH"
): Hasil<number> {
  if (!angka(capaian)) return gagal("BUKAN_ANGKA", "Capaian bukan angka");
  if (!angka(serapan)) return gagal("BUKAN_ANGKA", "Serapan bukan angka");
  if (metode === "RASIO") {
    if (serapan === 0) {
      return gagal("SERAPAN_NOL", "Serapan 0: rasio efisiensi tidak dapat dihitung", "#DIV/0!");
    }
    return hingga(capaian / serapan);
  }
  return hingga(bulatkan((capaian - serapan) * 100, 10));
}

/** Blank → SELISIH; "selisih"/"beda"/"difference", "rasio"/"ratio"/"bagi". */
export function parseMetodeEfisiensi(input: unknown): Hasil<MetodeEfisiensi> {
  if (input === null || input === undefined) return berhasil("SELISIH");
  if (typeof input !== "string") {
    return gagal("METODE_TIDAK_DIKENAL", "Metode efisiensi: SELISIH atau RASIO");
  }
  const s = input.trim().toLowerCase();
  if (s === "" || /^(selisih|beda|difference|diff)$/.test(s)) return berhasil("SELISIH");
  if (/^(rasio|ratio|bagi)$/.test(s)) return berhasil("RASIO");
  return gagal("METODE_TIDAK_DIKENAL", "Metode efisiensi: SELISIH atau RASIO");
}
