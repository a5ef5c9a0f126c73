// bulatkan / keDesimal / formatAngka take fast paths (arithmetic, plain loops);
// these tests hold them to the decimal-text rule: round the digits JavaScript
// prints, half away from zero.
import { bulatkan, keDesimal } from "../../src/core/angka/desimal";
import { formatAngka, formatPersen } from "../../src/core/format/angka";

/** Reference: round the printed digits (expanded from any exponent form) as text. */
function bulatkanTeks(n: number, tempat: number): number {
  if (!Number.isFinite(n)) return n;
  const d = keDesimal(n);
  const t = Math.max(0, Math.floor(tempat));
  if (d.pecahan.length <= t) return Number(`${d.negatif ? "-" : ""}${d.bulat}.${d.pecahan}0`) || 0;
  const digits = (d.bulat + d.pecahan.slice(0, t)).split("").map(Number);
  if (d.pecahan.charCodeAt(t) >= 53) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i]++;
  }
  const s = digits.join("");
  const r = Number(
    `${d.negatif ? "-" : ""}${s.slice(0, s.length - t) || "0"}.${s.slice(s.length - t)}0`
  );
  return r === 0 ? 0 : r;
}

describe("bulatkan", () => {
  it("rounds the printed digits half away from zero", () => {
    expect(bulatkan(1.005, 2)).toBe(1.01);
    expect(bulatkan(2.675, 2)).toBe(2.68);
    expect(bulatkan(-2.5, 0)).toBe(-3);
    expect(bulatkan(0.5, 0)).toBe(1);
    expect(bulatkan(9.995, 2)).toBe(10);
    expect(bulatkan(99.9999999999, 10)).toBe(99.9999999999);
    expect(bulatkan((0.9 - 0.6) * 100, 10)).toBe(30);
  });

  it("never gives -0, and keeps non-finite numbers", () => {
    expect(Object.is(bulatkan(-0.0001, 2), 0)).toBe(true);
    expect(Object.is(bulatkan(-0, 2), 0)).toBe(true);
    expect(bulatkan(Infinity, 2)).toBe(Infinity);
    expect(bulatkan(NaN, 2)).toBeNaN();
  });

  it("reads exponent forms as digits", () => {
    expect(bulatkan(1.23456789012e-7, 10)).toBe(1.235e-7);
    expect(bulatkan(1e-300, 10)).toBe(0);
    expect(bulatkan(1e21, 2)).toBe(1e21);
  });

  it("agrees with rounding the text on figures near one half and at random", () => {
    let seed = 12345;
    const acak = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 4000; i++) {
      const t = [0, 1, 2, 4, 10, 15][i % 6];
      const r = acak();
      const setengah = (Math.floor(r * 1e6) + 0.5) / 10 ** t;
      for (const v of [setengah, -setengah, (r - acak()) * 100, r * 1e6, r * 1e-8]) {
        expect(Object.is(bulatkan(v, t), bulatkanTeks(v, t))).toBe(true);
      }
    }
  });
});

describe("formatAngka and formatPersen", () => {
  it("group thousands and trim zeros", () => {
    expect(formatAngka(1234567.891, 2)).toBe("1.234.567,89");
    expect(formatAngka(123, 0)).toBe("123");
    expect(formatAngka(1000, 2, { trim: true })).toBe("1.000");
    expect(formatAngka(-0.001, 2)).toBe("0,00");
    expect(formatAngka(999999.995, 2)).toBe("1.000.000,00");
    expect(formatPersen(0.72155, 2)).toBe("72,16%");
    expect(formatPersen(1, 2, { trim: true })).toBe("100%");
  });
});
