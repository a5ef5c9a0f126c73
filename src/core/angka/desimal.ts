// Decimal arithmetic on the shortest decimal text of a double. Binary floats
// cannot hold 1,005 exactly, so rounding "1,005" to two places with Math.round
// gives 1,00; working on the digits JavaScript prints ("1.005") gives 1,01 as a
// person expects. Used by formatting, percent parsing and display checks.

export interface Desimal {
  negatif: boolean;
  /** Integer digits without leading zeros ("0" for zero). */
  bulat: string;
  /** Fraction digits without trailing zeros. */
  pecahan: string;
}

// Digit-string helpers as plain loops: formatting runs them on every figure of a
// report, where the equivalent regexes dominated.

/** True when the text is only "0" digits (or empty). */
export function semuaNol(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 48) return false;
  return true;
}

/** Without trailing "0"s ("2500" → "25"). */
export function tanpaNolAkhir(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 48) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Digits without leading zeros, "0" when nothing is left. */
function tanpaNolAwal(s: string): string {
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  return i === 0 ? s || "0" : s.slice(i);
}

function rapikan(negatif: boolean, bulat: string, pecahan: string): Desimal {
  const b = tanpaNolAwal(bulat);
  const p = tanpaNolAkhir(pecahan);
  // "-0" is not a number people write.
  const nol = semuaNol(b) && p === "";
  return { negatif: negatif && !nol, bulat: b, pecahan: p };
}

/** Plain decimal digits of a finite number (no exponent). */
export function keDesimal(n: number): Desimal {
  const s = String(Math.abs(n));
  // Fast path (nearly every figure): no exponent, so the printed text already is
  // "digits[.digits]" with no leading zero except "0.xxx" and no trailing zero.
  if (Number.isFinite(n) && s.indexOf("e") < 0) {
    const titik = s.indexOf(".");
    const bulat = titik < 0 ? s : s.slice(0, titik);
    const pecahan = titik < 0 ? "" : s.slice(titik + 1);
    return { negatif: n < 0 && s !== "0", bulat, pecahan };
  }
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return { negatif: false, bulat: "0", pecahan: "" };
  let digits = m[1] + (m[2] ?? "");
  let point = m[1].length + (m[3] ? Number(m[3]) : 0);
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  return rapikan(n < 0, digits.slice(0, point), digits.slice(point));
}

/** Parse plain decimal text "123.45" / "-0.5" (no grouping) into digits. */
export function teksKeDesimal(teks: string): Desimal | null {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(teks);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  return rapikan(m[1] === "-", m[2] || "0", m[3] ?? "");
}

export function desimalKeAngka(d: Desimal): number {
  return Number(`${d.negatif ? "-" : ""}${d.bulat}${d.pecahan ? "." + d.pecahan : ""}`);
}

/** Multiply by 10^k by moving the decimal point (k may be negative). */
export function geser(d: Desimal, k: number): Desimal {
  let digits = d.bulat + d.pecahan;
  let point = d.bulat.length + k;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  return rapikan(d.negatif, digits.slice(0, point), digits.slice(point));
}

/** Digits plus one at the last place ("199" → "200", "99" → "100"). */
function tambahSatu(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--; // "9"
  const nol = "0".repeat(digits.length - 1 - i);
  if (i < 0) return "1" + nol;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + nol;
}

/**
 * Round to `tempat` fraction digits, half away from zero. The result keeps
 * exactly `tempat` fraction digits (padded with zeros) for printing.
 */
export function bulatkanDesimal(d: Desimal, tempat: number): Desimal {
  const t = Math.max(0, Math.floor(tempat));
  if (d.pecahan.length <= t) {
    return { negatif: d.negatif, bulat: d.bulat, pecahan: d.pecahan.padEnd(t, "0") };
  }
  const keep = d.bulat + d.pecahan.slice(0, t);
  const naik = d.pecahan.charCodeAt(t) >= 53; // "5"
  const digits = naik ? tambahSatu(keep) : keep;
  const bulat = digits.slice(0, digits.length - t) || "0";
  const pecahan = digits.slice(digits.length - t);
  const nol = semuaNol(bulat) && semuaNol(pecahan);
  return { negatif: d.negatif && !nol, bulat, pecahan };
}

/** Truncate (toward zero) to `tempat` fraction digits. */
export function potongDesimal(d: Desimal, tempat: number): Desimal {
  const t = Math.max(0, Math.floor(tempat));
  const pecahan = d.pecahan.slice(0, t).padEnd(t, "0");
  const nol = semuaNol(d.bulat) && semuaNol(pecahan);
  return { negatif: d.negatif && !nol, bulat: d.bulat, pecahan };
}

const POW10 = Array.from({ length: 16 }, (_x, i) => Number(`1e${i}`));

/**
 * round(|n|·10^t) when arithmetic is sure to pick the same digits as rounding
 * the printed text at t places, else -1. |n|·10^t is off from the printed
 * digits shifted by t places by at most 1,5 ulp (< 0,001 below 2^40), so unless
 * its fraction is within 0,001 of one half both round the same way; and that
 * integer over 10^t (one correctly rounded division) is the same double as
 * reading the rounded digits back. Formatting and rounding use it on nearly
 * every figure, skipping the shortest-digits conversion of a double.
 */
export function bulatSkala(n: number, t: number): number {
  if (!(t >= 0 && t <= 15 && Number.isInteger(t))) return -1;
  const y = Math.abs(n) * POW10[t];
  if (!(y < 2 ** 40)) return -1;
  const bawah = Math.floor(y);
  const sisa = y - bawah;
  if (Math.abs(sisa - 0.5) <= 1e-3) return -1;
  return sisa > 0.5 ? bawah + 1 : bawah;
}

/** The Desimal of N / 10^t (N ≥ 0 an integer, as bulatSkala gives), with exactly t fraction digits. */
export function desimalSkala(negatif: boolean, N: number, t: number): Desimal {
  let s = String(N);
  if (s.length <= t) s = "0".repeat(t + 1 - s.length) + s;
  return {
    negatif: negatif && N !== 0,
    bulat: s.slice(0, s.length - t),
    pecahan: s.slice(s.length - t),
  };
}

/** Round a number half away from zero at `tempat` decimals, decimal-safe. */
export function bulatkan(n: number, tempat: number): number {
  if (!Number.isFinite(n)) return n;
  const t = Math.max(0, Math.floor(tempat));
  const cepat = bulatSkala(n, t);
  if (cepat >= 0) {
    const q = cepat / POW10[t];
    return q === 0 ? 0 : n < 0 ? -q : q;
  }
  const s = String(Math.abs(n));
  // Fast path on the printed text, without building a Desimal (budget lines call
  // this on every row): the same digits, the same half-away-from-zero rule.
  if (t < 100 && s.indexOf("e") < 0) {
    const titik = s.indexOf(".");
    // At most t decimals already: the number is its own rounding ("-0" aside).
    if (titik < 0 || s.length - titik - 1 <= t) return n === 0 ? 0 : n;
    const potongan = s.slice(0, titik + 1 + t);
    const naik = s.charCodeAt(titik + 1 + t) >= 53; // "5"
    const teks = naik ? tambahSatuTitik(potongan) : potongan;
    const r = Number(n < 0 ? "-" + teks : teks);
    return r === 0 ? 0 : r;
  }
  return desimalKeAngka(bulatkanDesimal(keDesimal(n), tempat));
}

/** "0.99" → "1.00", "1.2" → "1.3": add one at the last digit of a decimal text (a "." kept in place). */
function tambahSatuTitik(teks: string): string {
  let i = teks.length - 1;
  while (i >= 0 && (teks.charCodeAt(i) === 57 || teks.charCodeAt(i) === 46)) i--; // "9", "."
  const nol = teks.slice(i + 1).replace(/9/g, "0");
  if (i < 0) return "1" + nol;
  return teks.slice(0, i) + String.fromCharCode(teks.charCodeAt(i) + 1) + nol;
}

/** Truncate a number toward zero at `tempat` decimals, decimal-safe. */
export function potong(n: number, tempat: number): number {
  if (!Number.isFinite(n)) return n;
  return desimalKeAngka(potongDesimal(keDesimal(n), tempat));
}

/** Remove binary noise (0,30000000000000004 → 0,3) keeping 15 significant digits. */
export function bersihkan(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  return Number(n.toPrecision(15));
}
