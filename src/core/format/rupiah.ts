// Rupiah amounts. PUEBI writes "Rp1.234.567,00" (no space, no period); many
// offices write "Rp 1.234.567" or "Rp. 1.234.567", offered as styles.
import type { Hasil } from "../types";
import { berhasil, gagal } from "../hasil";
import { formatAngka } from "./angka";

export type GayaRupiah = "PUEBI" | "SPASI" | "TITIK";

export const GAYA_RUPIAH: readonly GayaRupiah[] = ["PUEBI", "SPASI", "TITIK"];

const AWALAN: Record<GayaRupiah, string> = { PUEBI: "Rp", SPASI: "Rp ", TITIK: "Rp. " };

export interface OpsiRupiah {
  /** Decimals shown (default 0). */
  desimal?: number;
  gaya?: GayaRupiah;
}

/** 1234567 → "Rp1.234.567"; negative "-Rp1.234.567". Non-finite numbers give "". */
export function formatRupiah(n: number, opts: OpsiRupiah = {}): string {
  const angka = formatAngka(Math.abs(n), opts.desimal ?? 0);
  if (angka === "") return "";
  const awalan = AWALAN[opts.gaya ?? "PUEBI"] ?? AWALAN.PUEBI;
  const nol = /^[0.,]*$/.test(angka);
  return `${n < 0 && !nol ? "-" : ""}${awalan}${angka}`;
}

/** Blank → PUEBI; "puebi", "spasi", "titik" in any case. */
export function parseGayaRupiah(input: unknown): Hasil<GayaRupiah> {
  if (input === null || input === undefined) return berhasil("PUEBI");
  if (typeof input !== "string")
    return gagal("GAYA_TIDAK_DIKENAL", "Gaya Rupiah: PUEBI, SPASI atau TITIK");
  const s = input.trim().toUpperCase();
  if (s === "") return berhasil("PUEBI");
  const gaya = GAYA_RUPIAH.find((g) => g === s);
  return gaya
    ? berhasil(gaya)
    : gagal("GAYA_TIDAK_DIKENAL", "Gaya Rupiah: PUEBI, SPASI atau TITIK");
}
