// Is a reported figure consistent with the computed one as displayed? Seeds
// show capaian with 0 or 2 decimals and often truncate instead of rounding
// (2/3 written as 66 %), so a figure equal to the computed value rounded OR
// truncated to the shown decimals is consistent.
import { bersihkan, bulatkan, desimalKeAngka, geser, keDesimal, potong } from "../angka/desimal";
import { normalisasiPemisah, parseAngka } from "../angka/parse";

export interface OpsiTampilan {
  /** Both values are fractions shown as percent: decimals count percent digits (0,9487 → 94,87). */
  persen?: boolean;
}

function keSatuanTampil(n: number, persen: boolean): number {
  const bersih = bersihkan(n);
  return persen ? desimalKeAngka(geser(keDesimal(bersih), 2)) : bersih;
}

/**
 * True when `reported`, as displayed with `decimals` decimals, equals `computed`
 * rounded (half away from zero) or truncated to the same decimals. Negative
 * decimals mean "unknown display" (General): equal up to floating-point noise.
 */
export function cocokTampilan(
  reported: number,
  computed: number,
  decimals: number,
  opts: OpsiTampilan = {}
): boolean {
  if (!Number.isFinite(reported) || !Number.isFinite(computed)) return false;
  const persen = opts.persen === true;
  const r = keSatuanTampil(reported, persen);
  const c = keSatuanTampil(computed, persen);
  if (Math.abs(r - c) <= 1e-9 * Math.max(1, Math.abs(c))) return true;
  if (!Number.isFinite(decimals) || decimals < 0) return false;
  const d = Math.min(15, Math.floor(decimals));
  const shown = bulatkan(r, d);
  return shown === bulatkan(c, d) || shown === potong(c, d);
}

function desimalFormat(format: string): number | null {
  const bersih = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  const bagian = bersih.split(";")[0];
  if (/^\s*(general|standard|umum)\s*$/i.test(bagian)) return -1;
  if (/[1-9]/.test(bagian) || !/[0#?]/.test(bagian)) return null;
  const m = /\.([0#?]*)/.exec(bagian);
  return m ? m[1].length : 0;
}

/**
 * Decimals a value is displayed with. A string that is an Excel number format
 * ("0.00%", "#,##0", "General") is read as a format (General → -1, unknown);
 * other text is read as typed ("94,87%" → 2, "1.234.567" → 0, "0,5" → 1);
 * a number gives the decimals of its shortest decimal form.
 */
export function desimalTampilan(input: unknown): number {
  if (typeof input === "number") {
    return Number.isFinite(input) ? keDesimal(input).pecahan.length : 0;
  }
  if (typeof input !== "string") return 0;
  const s = input.trim();
  if (s === "") return 0;
  // Formats made of zeros ("0.00%") read the same either way; "#" or "?" mark a format.
  const angka = parseAngka(s).ok && !/[#?]/.test(s);
  if (!angka) return desimalFormat(s) ?? 0;
  const body = /\d[\d.,]*/.exec(s)?.[0] ?? "";
  const plain = normalisasiPemisah(body.replace(/,-?$/, "")) ?? "";
  const titik = plain.indexOf(".");
  return titik < 0 ? 0 : plain.length - titik - 1;
}
