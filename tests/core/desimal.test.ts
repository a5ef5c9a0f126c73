// bulatkan / keDesimal / formatAngka take fast paths (arithmetic, plain loops);
// these tests hold them to the decimal-text rule (round the digits JavaScript
// prints, half away from zero) against hand-checked cases and a reference that
// shares no code with them.
import fc from "fast-check";
import { bulatkan, keDesimal } from "../../src/core/angka/desimal";
import { formatAngka, formatPersen } from "../../src/core/format/angka";

// Reference, independent of desimal.ts: the printed text read as an exact
// decimal (BigInt digits × 10^exp) and rounded with integer division.

/** |n| as printed by String(n) (exponent form too): digits × 10^exp exactly. */
function cetakan(n: number): { negatif: boolean; digits: bigint; exp: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new Error(`bukan angka terhingga: ${n}`);
  const pecahan = m[3] ?? "";
  return {
    negatif: m[1] === "-",
    digits: BigInt(m[2] + pecahan),
    exp: Number(m[4] ?? 0) - pecahan.length,
  };
}

/** The printed digits of n × 10^geser rounded half away from zero at t places: ±N / 10^t. */
function bulatRef(n: number, t: number, geser = 0): { negatif: boolean; N: bigint } {
  const { negatif, digits, exp } = cetakan(n);
  const e = exp + geser + t;
  let N = digits;
  if (e >= 0) N = digits * 10n ** BigInt(e);
  else {
    const d = 10n ** BigInt(-e);
    N = digits / d;
    if (2n * (digits % d) >= d) N += 1n;
  }
  return { negatif: negatif && N !== 0n, N };
}

function bulatkanRef(n: number, t: number): number {
  if (!Number.isFinite(n)) return n;
  const { negatif, N } = bulatRef(n, t);
  return Number(`${negatif ? "-" : ""}${N}e-${t}`);
}

/** Indonesian text of ±N / 10^t: "." groups thousands, "," before the t decimals. */
function teksRef(r: { negatif: boolean; N: bigint }, t: number): string {
  const s = String(r.N).padStart(t + 1, "0");
  const bulat = s.slice(0, s.length - t).replace(/\B(?=(\d{3})+$)/g, ".");
  return `${r.negatif ? "-" : ""}${bulat}${t > 0 ? "," + s.slice(s.length - t) : ""}`;
}

/** Plain digits of the printed text: integer part, fraction without trailing zeros. */
function desimalRef(n: number): { negatif: boolean; bulat: string; pecahan: string } {
  const { negatif, digits, exp } = cetakan(n);
  if (exp >= 0) return { negatif, bulat: String(digits * 10n ** BigInt(exp)), pecahan: "" };
  const d = 10n ** BigInt(-exp);
  const pecahan = String(digits % d)
    .padStart(-exp, "0")
    .replace(/0+$/, "");
  return { negatif: negatif && digits !== 0n, bulat: String(digits / d), pecahan };
}

/** Seeded figures: halves at t places, both signs, small and large, exponent forms. */
function* figures(): Generator<[number, number]> {
  let seed = 12345;
  const acak = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 4000; i++) {
    const t = [0, 1, 2, 4, 10, 15, 20][i % 7];
    const r = acak();
    const setengah = (Math.floor(r * 1e6) + 0.5) / 10 ** t;
    for (const v of [setengah, -setengah, (r - acak()) * 100, r * 1e6, r * 1e-8, r * 1e22]) {
      yield [v, t];
    }
  }
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

  it("agrees with exact decimal rounding of the printed text, near one half and at random", () => {
    const salah: string[] = [];
    for (const [v, t] of figures()) {
      const r = bulatkan(v, t);
      const ref = bulatkanRef(v, t);
      if (!Object.is(r, ref)) salah.push(`bulatkan(${v}, ${t}) = ${r}, not ${ref}`);
    }
    expect(salah.slice(0, 5)).toEqual([]);
  });

  it("agrees with exact decimal rounding on any double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(20), (v, t) => {
        expect(bulatkan(v, t)).toBe(bulatkanRef(v, t));
      })
    );
  });
});

describe("keDesimal", () => {
  it("expands the printed text, exponent forms included", () => {
    expect(keDesimal(1.5e-7)).toEqual({ negatif: false, bulat: "0", pecahan: "00000015" });
    expect(keDesimal(-1.25e21)).toEqual({
      negatif: true,
      bulat: "1250000000000000000000",
      pecahan: "",
    });
    expect(keDesimal(-0)).toEqual({ negatif: false, bulat: "0", pecahan: "" });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(keDesimal(v)).toEqual(desimalRef(v));
      })
    );
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

  it("print the exactly rounded digits of the printed text", () => {
    const salah: string[] = [];
    for (const [v, t] of figures()) {
      const angka = formatAngka(v, t);
      const ref = teksRef(bulatRef(v, t), t);
      if (angka !== ref) salah.push(`formatAngka(${v}, ${t}) = ${angka}, not ${ref}`);
      const persen = formatPersen(v, t);
      const refPersen = `${teksRef(bulatRef(v, t, 2), t)}%`;
      if (persen !== refPersen)
        salah.push(`formatPersen(${v}, ${t}) = ${persen}, not ${refPersen}`);
    }
    expect(salah.slice(0, 5)).toEqual([]);
  });
});
