// Indonesian number formatting: "." groups thousands, "," marks decimals
// (1.234.567,89; 72,16%). Rounding is half away from zero on the decimal digits
// (see ../angka/desimal.ts), so 1,005 shown with two decimals is "1,01".
import {
  bulatSkala,
  bulatkanDesimal,
  desimalSkala,
  geser,
  keDesimal,
  semuaNol,
  tanpaNolAkhir,
  type Desimal,
} from "../angka/desimal";

export interface OpsiFormat {
  /** Drop trailing zeros of the fraction, and the comma when nothing is left ("72,50" → "72,5"). */
  trim?: boolean;
}

function kelompokRibuan(bulat: string): string {
  // Most figures: up to three digits, nothing to group; digits only: a plain
  // loop (the regex stays for anything else, which Desimal never holds).
  if (bulat.length <= 3) return bulat;
  if (!/^\d+$/.test(bulat)) return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let i = bulat.length % 3 || 3;
  let out = bulat.slice(0, i);
  for (; i < bulat.length; i += 3) out += "." + bulat.slice(i, i + 3);
  return out;
}

function tempatDesimal(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(20, Math.max(0, Math.floor(decimals)));
}

/** Print already-rounded digits the Indonesian way. */
export function cetakDesimal(d: Desimal, opts: OpsiFormat = {}): string {
  let pecahan = d.pecahan;
  if (opts.trim) pecahan = tanpaNolAkhir(pecahan);
  const nol = semuaNol(d.bulat) && semuaNol(pecahan);
  const tanda = d.negatif && !nol ? "-" : "";
  return `${tanda}${kelompokRibuan(d.bulat)}${pecahan ? "," + pecahan : ""}`;
}

/** 1234567.891 → "1.234.567,89" (decimals 2). Non-finite numbers give "". */
export function formatAngka(n: number, decimals = 0, opts: OpsiFormat = {}): string {
  if (typeof n !== "number" || !Number.isFinite(n)) return "";
  const t = tempatDesimal(decimals);
  // Integer arithmetic gives the same rounded digits when it is sure to (bulatSkala).
  const cepat = bulatSkala(n, t);
  if (cepat >= 0) return cetakDesimal(desimalSkala(n < 0, cepat, t), opts);
  return cetakDesimal(bulatkanDesimal(keDesimal(n), t), opts);
}

/** A fraction as a percent: 0.7216 → "72,16%". Non-finite numbers give "". */
export function formatPersen(fraction: number, decimals = 2, opts: OpsiFormat = {}): string {
  if (typeof fraction !== "number" || !Number.isFinite(fraction)) return "";
  const t = tempatDesimal(decimals);
  // The percent's digits are the fraction's shifted two places: round at t + 2.
  const cepat = bulatSkala(fraction, t + 2);
  const d =
    cepat >= 0
      ? desimalSkala(fraction < 0, cepat, t)
      : bulatkanDesimal(geser(keDesimal(fraction), 2), t);
  return `${cetakDesimal(d, opts)}%`;
}
