// Capaian (achievement) of an indicator as a fraction, 1 = 100 %.
//  - Naik (higher is better): R / T.
//  - Turun (lower is better): (2T − R) / T, floored at 0.
//  - Range target {bawah, atas}: inside → 1. Naik: above → R / atas, below →
//    R / bawah. Turun mirrors this against the nearer bound with the Turun
//    formula: below the range (better) → (2·bawah − R) / bawah, above the range
//    (worse) → (2·atas − R) / atas, floored at 0.
//  - Target 0: realisasi 0 means the target is met (1); any other realisasi has
//    no ratio and gives TARGET_NOL (#DIV/0!), never Infinity.
//  - batas: optional cap (1.2 = 120 %), min(capaian, batas). Off by default.
import type { Arah, Hasil, Target } from "../types";
import { berhasil, gagal } from "../hasil";

export interface OpsiCapaian {
  arah?: Arah;
  /** Cap as a fraction (1.2 = 120 %); null or absent: no cap. */
  batas?: number | null;
}

const TARGET_NOL = "Target 0: capaian tidak dapat dihitung sebagai rasio";

function rasio(realisasi: number, target: number, arah: Arah): Hasil<number> {
  if (target === 0) {
    return realisasi === 0 ? berhasil(1) : gagal("TARGET_NOL", TARGET_NOL, "#DIV/0!");
  }
  const nilai =
    arah === "Turun" ? Math.max(0, (2 * target - realisasi) / target) : realisasi / target;
  // A tiny target can overflow the ratio; say so rather than return Infinity.
  if (!Number.isFinite(nilai)) {
    return gagal("DI_LUAR_JANGKAUAN", "Capaian terlalu besar untuk dihitung", "#NUM!");
  }
  return berhasil(nilai);
}

export function hitungCapaian(
  target: Target,
  realisasi: number,
  opts: OpsiCapaian = {}
): Hasil<number> {
  const arah: Arah = opts.arah === "Turun" ? "Turun" : "Naik";
  if (typeof realisasi !== "number" || !Number.isFinite(realisasi)) {
    return gagal("BUKAN_ANGKA", "Realisasi bukan angka");
  }
  let hasil: Hasil<number>;
  if (typeof target === "number") {
    if (!Number.isFinite(target)) return gagal("BUKAN_ANGKA", "Target bukan angka");
    if (target < 0) return gagal("TARGET_NEGATIF", "Target tidak boleh negatif");
    hasil = rasio(realisasi, target, arah);
  } else if (target && typeof target === "object") {
    const { bawah, atas } = target;
    if (!Number.isFinite(bawah) || !Number.isFinite(atas)) {
      return gagal("BUKAN_ANGKA", "Rentang target bukan angka");
    }
    if (bawah < 0) return gagal("TARGET_NEGATIF", "Target tidak boleh negatif");
    if (bawah > atas) {
      return gagal("RENTANG_TERBALIK", "Batas bawah rentang target melebihi batas atas");
    }
    if (realisasi >= bawah && realisasi <= atas) hasil = berhasil(1);
    else if (realisasi > atas) hasil = rasio(realisasi, atas, arah);
    else hasil = rasio(realisasi, bawah, arah);
  } else {
    return gagal("BUKAN_ANGKA", "Target bukan angka");
  }
  if (!hasil.ok) return hasil;
  const batas = opts.batas;
  if (batas === null || batas === undefined) return hasil;
  if (typeof batas !== "number" || !Number.isFinite(batas) || batas <= 0) {
    return gagal("BATAS_TIDAK_VALID", "Batas capaian harus angka positif, misalnya 120%");
  }
  return berhasil(Math.min(hasil.value, batas));
}

/**
 * Direction of an indicator from a cell. Blank → Naik. Accepted: "Naik",
 * "Turun", anything starting with them ("Turun (makin kecil makin baik)"),
 * "positif"/"negatif", "makin/semakin besar|tinggi" / "makin/semakin
 * kecil|rendah", "maks"/"min", English "higher"/"up"/"increase" and
 * "lower"/"down"/"decrease", arrows ↑/↓. Anything else is an error, not a guess.
 */
export function parseArah(input: unknown): Hasil<Arah> {
  if (input === null || input === undefined) return berhasil("Naik");
  if (typeof input !== "string") return gagal("ARAH_TIDAK_VALID", "Arah harus Naik atau Turun");
  const s = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (s === "") return berhasil("Naik");
  if (/^(naik|positif|maks|higher|up\b|increas|↑)/.test(s)) return berhasil("Naik");
  if (/^(turun|negatif|min|lower|down\b|decreas|↓)/.test(s)) return berhasil("Turun");
  if (/(semakin|makin) (kecil|rendah|sedikit)/.test(s)) return berhasil("Turun");
  if (/(semakin|makin) (besar|tinggi|banyak)/.test(s)) return berhasil("Naik");
  return gagal("ARAH_TIDAK_VALID", `Arah "${input.trim()}" tidak dikenal: isi Naik atau Turun`);
}
