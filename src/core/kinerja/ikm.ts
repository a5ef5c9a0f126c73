// Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): nine unsur scored 1–4,
// NRR per unsur = total score / respondents, IKM = mean NRR × 25. Rounding is
// left to the display ("round at the end, not per unsur").
import type { Hasil } from "../types";
import { berhasil, gagal } from "../hasil";
import { bersihkan } from "../angka/desimal";

export const JUMLAH_UNSUR_IKM = 9;

export function hitungNrr(totalSkor: number, responden: number): Hasil<number> {
  if (!Number.isFinite(totalSkor) || !Number.isFinite(responden)) {
    return gagal("BUKAN_ANGKA", "Total skor dan jumlah responden harus angka");
  }
  if (responden === 0) return gagal("RESPONDEN_NOL", "Jumlah responden 0", "#DIV/0!");
  if (responden < 0 || !Number.isInteger(responden)) {
    return gagal("RESPONDEN_TIDAK_VALID", "Jumlah responden harus bilangan bulat positif");
  }
  const nrr = totalSkor / responden;
  if (nrr < 1 || nrr > 4) {
    return gagal("NRR_DI_LUAR_RENTANG", "NRR harus antara 1 dan 4: periksa total skor", "#NUM!");
  }
  return berhasil(nrr);
}

export function hitungIkm(nrr: number[]): Hasil<number> {
  if (!Array.isArray(nrr) || nrr.length !== JUMLAH_UNSUR_IKM) {
    return gagal("IKM_BUKAN_SEMBILAN", "IKM memerlukan tepat 9 nilai NRR");
  }
  let total = 0;
  for (const v of nrr) {
    if (typeof v !== "number" || !Number.isFinite(v))
      return gagal("BUKAN_ANGKA", "NRR bukan angka");
    if (v < 1 || v > 4)
      return gagal("NRR_DI_LUAR_RENTANG", "Setiap NRR harus antara 1 dan 4", "#NUM!");
    total += v;
  }
  // bersihkan: drop binary noise only (84,18499999999999 → 84,185), not a rounding.
  return berhasil(bersihkan((total / JUMLAH_UNSUR_IKM) * 25));
}

/** Mean of period IKM values (seed 003: four quarters → the annual figure). */
export function rataRataIkm(values: number[]): Hasil<number> {
  if (!Array.isArray(values) || values.length === 0) {
    return gagal("IKM_KOSONG", "Tidak ada nilai IKM untuk dirata-rata");
  }
  let total = 0;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v))
      return gagal("BUKAN_ANGKA", "Nilai IKM bukan angka");
    if (v < 25 || v > 100) {
      return gagal("IKM_DI_LUAR_RENTANG", "Nilai IKM harus antara 25 dan 100", "#NUM!");
    }
    total += v;
  }
  return berhasil(bersihkan(total / values.length));
}
