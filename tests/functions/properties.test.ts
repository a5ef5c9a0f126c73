// Whatever Excel hands a custom function, it returns a value or throws a
// CustomFunctions.Error, never anything else.
import fc from "fast-check";
import { CustomFunctionsError } from "../support/custom-functions-stub";
import * as fungsi from "../../src/functions/functions";

const EXCEL_ERRORS = ["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"];

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    5e-324,
    1e308,
    "",
    "-",
    "Rp",
    "%",
    "94,87%",
    "80–90 %",
    "III",
    "Turun",
    "RASIO",
    "SPASI",
    "IKM",
    "__proto__",
    "constructor"
  )
);
const cell = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 10 }) },
  { weight: 1, arbitrary: fc.anything() }
);

const calls: [string, (args: unknown[]) => unknown][] = [
  ["CAPAIAN", (a) => fungsi.CAPAIAN(a[0], a[1], a[2], a[3])],
  ["PREDIKAT", (a) => fungsi.PREDIKAT(a[0], a[1] as unknown[][])],
  ["SERAPAN", (a) => fungsi.SERAPAN(a[0], a[1])],
  ["EFISIENSI", (a) => fungsi.EFISIENSI(a[0], a[1], a[2])],
  ["IKM", (a) => fungsi.IKM(a[0] as unknown[][])],
  ["TERBILANG", (a) => fungsi.TERBILANG(a[0], a[1])],
  ["RUPIAH", (a) => fungsi.RUPIAH(a[0], a[1], a[2])],
  ["PERIODE", (a) => fungsi.PERIODE(a[0], a[1])],
];

describe.each(calls)("%s never throws anything but CustomFunctions.Error", (_name, call) => {
  it("for arbitrary inputs", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 4 }), (args) => {
        let result: unknown;
        try {
          result = call(args);
        } catch (e) {
          expect(e).toBeInstanceOf(CustomFunctionsError);
          const err = e as CustomFunctionsError;
          expect(EXCEL_ERRORS).toContain(err.code);
          expect(err.message.length).toBeGreaterThan(0);
          return;
        }
        // A value Excel can show: a finite number or a string.
        if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        else expect(typeof result).toBe("string");
      }),
      { numRuns: 400 }
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.array(scalar, { maxLength: 4 }), (args) => {
        const run = () => {
          try {
            return { v: call(args) };
          } catch (e) {
            return { e: (e as CustomFunctionsError).code };
          }
        };
        expect(run()).toEqual(run());
      })
    );
  });
});

it("every numeric function gives a blank cell for blank required inputs", () => {
  for (const blank of ["", null, undefined, "  "]) {
    expect(fungsi.CAPAIAN(blank, blank)).toBe("");
    expect(fungsi.PREDIKAT(blank)).toBe("");
    expect(fungsi.SERAPAN(blank, 1)).toBe("");
    expect(fungsi.EFISIENSI(1, blank)).toBe("");
    expect(fungsi.IKM([[blank]])).toBe("");
    expect(fungsi.TERBILANG(blank)).toBe("");
    expect(fungsi.RUPIAH(blank)).toBe("");
    expect(fungsi.PERIODE(blank, 2023)).toBe("");
  }
});
