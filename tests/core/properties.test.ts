// Property-based checks (fast-check) of the core: round trips and totality.
import fc from "fast-check";
import { parseAngka, parseTarget } from "../../src/core/angka/parse";
import { bulatkan } from "../../src/core/angka/desimal";
import { formatAngka, formatPersen } from "../../src/core/format/angka";
import { formatRupiah } from "../../src/core/format/rupiah";
import { terbilang } from "../../src/core/format/terbilang";
import { hitungCapaian, parseArah } from "../../src/core/kinerja/capaian";
import { getPreset, predikat, PRESET_NAMES } from "../../src/core/kinerja/predikat";
import { cocokTampilan } from "../../src/core/kinerja/tampilan";
import { parseNip } from "../../src/core/nip";

// Amounts with at most 15 significant digits, as in any real report.
const amount = fc.integer({ min: -999_999_999_999, max: 999_999_999_999 });
const decimals = fc.integer({ min: 0, max: 3 });
const anything = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(NaN, Infinity, -Infinity, "", "-", "Rp", "%", "1.2.3", "80–90 %"),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object()
);

describe("format → parse round trips", () => {
  it("formatAngka then parseAngka gives the number at the shown precision", () => {
    fc.assert(
      fc.property(amount, decimals, fc.integer({ min: 0, max: 999 }), (whole, d, frac) => {
        const n = whole + frac / 1000;
        const text = formatAngka(n, d);
        const p = parseAngka(text);
        expect(p.ok).toBe(true);
        if (p.ok) expect(p.value).toBe(bulatkan(n, d));
      })
    );
  });

  it("formatPersen then parseAngka gives the fraction at the shown precision", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500000, max: 500000 }), decimals, (basisPoints, d) => {
        const fraction = basisPoints / 100000;
        const text = formatPersen(fraction, d);
        const p = parseAngka(text);
        expect(p).toMatchObject({ ok: true, percent: true });
        if (!p.ok) return;
        // Same text again, and within half a unit of the last shown digit.
        expect(formatPersen(p.value, d)).toBe(text);
        expect(Math.abs(p.value - fraction)).toBeLessThanOrEqual(0.5 * 10 ** (-d - 2) + 1e-12);
      })
    );
  });

  it("formatRupiah (every style) then parseAngka gives the amount", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("PUEBI", "SPASI", "TITIK" as const),
        fc.constantFrom(0, 2),
        (n, gaya, desimal) => {
          const text = formatRupiah(n, { gaya: gaya as "PUEBI", desimal });
          const p = parseAngka(text);
          expect(p).toMatchObject({ ok: true, value: n === 0 ? 0 : n, unit: "Rp" });
        }
      )
    );
  });

  it("English notation of the same number parses to the same value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.integer({ min: 1, max: 99 }),
        (w, c) => {
          const en = `${w.toLocaleString("en-US")}.${String(c).padStart(2, "0")}`;
          const id = formatAngka(w + c / 100, 2);
          const a = parseAngka(en);
          const b = parseAngka(id);
          expect(a.ok && b.ok && a.value === b.value).toBe(true);
        }
      )
    );
  });
});

// Cell texts as people type them: Indonesian or English grouping, optional
// decimals, sign, percent, Rupiah or a unit word.
const typedNumber = fc
  .record({
    whole: fc.integer({ min: 0, max: 999_999_999 }),
    frac: fc.option(fc.integer({ min: 0, max: 99 }), { nil: null }),
    english: fc.boolean(),
    negative: fc.boolean(),
    suffix: fc.constantFrom("", "%", " %", " dokumen", " laporan"),
    rp: fc.boolean(),
  })
  .map(({ whole, frac, english, negative, suffix, rp }) => {
    const [group, dec] = english ? [",", "."] : [".", ","];
    const body = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
    // A single 3-digit group with no decimals is the ambiguous case: keep it unambiguous
    // by always writing decimals when English grouping is used.
    const fraction = frac === null && !english ? "" : dec + String(frac ?? 0).padStart(2, "0");
    const useRp = rp && suffix === "";
    return `${negative ? "-" : ""}${useRp ? "Rp " : ""}${body}${fraction}${suffix}`;
  });

describe("parse → format → parse", () => {
  it("a typed number survives formatting the Indonesian way", () => {
    fc.assert(
      fc.property(typedNumber, (text) => {
        const first = parseAngka(text);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const shown = first.percent ? formatPersen(first.value, 4) : formatAngka(first.value, 2);
        const again = parseAngka(shown);
        expect(again).toMatchObject({ ok: true, value: first.value, percent: first.percent });
      })
    );
  });
});

describe("totality: the core never throws", () => {
  it("parsers return a result for anything", () => {
    fc.assert(
      fc.property(anything, (x) => {
        expect(() => parseAngka(x)).not.toThrow();
        expect(() => parseTarget(x)).not.toThrow();
        expect(() => parseArah(x)).not.toThrow();
        expect(() => parseNip(x)).not.toThrow();
      })
    );
  });

  it("terbilang never throws and is deterministic", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, -0, 1e15)), (n) => {
        const a = terbilang(n);
        const b = terbilang(n);
        expect(a).toEqual(b);
        if (a.ok) expect(a.value).toMatch(/^(minus )?[a-z ]+$/);
      })
    );
  });

  it("terbilang of an integer below 1.000 triliun has no doubled or stray spaces", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const h = terbilang(n);
        expect(h.ok).toBe(true);
        if (h.ok) {
          expect(h.value).not.toMatch(/ {2}|^ | $/);
          expect(h.value).not.toMatch(/\bsatu (ratus|puluh|belas)\b/);
          expect(h.value).not.toMatch(/(^|juta |miliar |triliun )satu ribu/);
        }
      })
    );
  });

  it("capaian is a finite result or a DomainError, and predikat always answers", () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -100, max: 1000 }));
    fc.assert(
      fc.property(num, num, fc.boolean(), fc.constantFrom(...PRESET_NAMES), (t, r, turun, name) => {
        const h = hitungCapaian(t, r, { arah: turun ? "Turun" : "Naik" });
        if (h.ok) expect(Number.isFinite(h.value)).toBe(true);
        else expect(h.error.message.length).toBeGreaterThan(0);
        const scale = getPreset(name);
        if (h.ok && scale.ok) expect(() => predikat(h.value, scale.value)).not.toThrow();
      })
    );
  });

  it("Turun capaian is never negative; Naik is monotone in realisasi", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        (t, r1, r2) => {
          const turun = hitungCapaian(t, r1, { arah: "Turun" });
          expect(turun.ok && turun.value >= 0).toBe(true);
          const a = hitungCapaian(t, Math.min(r1, r2));
          const b = hitungCapaian(t, Math.max(r1, r2));
          expect(a.ok && b.ok && a.value <= b.value).toBe(true);
        }
      )
    );
  });

  it("a value always matches its own display, rounded or truncated", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (r, t) => {
        const c = r / t;
        for (const d of [0, 1, 2]) {
          const rounded = bulatkan(c * 100, d) / 100;
          expect(cocokTampilan(rounded, c, d, { persen: true })).toBe(true);
        }
      })
    );
  });
});
