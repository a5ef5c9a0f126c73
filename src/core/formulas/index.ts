// One definition per LKJ function the template uses: how to write it as an LKJ
// custom-function call and as the equivalent native Excel formula (en-US
// syntax, comma separators, as Office.js range.formulas and exceljs expect).
// The native forms follow src/core/kinerja exactly where Excel can:
//  CAPAIAN   blank target/realisasi → ""; Turun (2T−R)/T floored at 0; target 0
//            with realisasi 0 → 1, otherwise R/0 = #DIV/0! (as the core); a
//            negative target #VALUE!; the cap (Batas Capaian) applies when it
//            is a positive number, a blank is no cap, anything else #VALUE!.
//            Not native: text targets ("12 dokumen", ranges "80–90%") and Arah
//            synonyms other than Naik/Turun; see nativeSafeInputs.
//  PREDIKAT  nested IFs built from the preset's bands (bounds carry the core's
//            1e-9 tolerance); a reference to the Skala Predikat setting becomes
//            a switch over every preset; a two-column range (the Skala table)
//            becomes an INDEX/MATCH over its highest reached bound.
//  SERAPAN   R/P; pagu 0 with realisasi 0 → 0; pagu 0 with spending → #DIV/0!;
//            a negative pagu #VALUE! (as the core).
//  EFISIENSI SELISIH (C−S)×100 rounded to 10 places (the core removes binary
//            noise the same way); RASIO C/S.
// IKM, TERBILANG, RUPIAH and PERIODE have no native equivalent here: a
// converter writes their current value instead (toNativeFormula → null).
import type { Hasil, PredikatScale } from "../types";
import { berhasil, gagal } from "../hasil";
import { PRESET_NAMES, getPreset } from "../kinerja/predikat";
import type { ArgRumus, RumusKolom } from "../template/types";
import { NAMA_SKALA_PREDIKAT, SKALA_KUSTOM } from "../template/data";
import { cariPanggilanLkj, operandTunggal } from "./parse";

export { cariPanggilanLkj, operandTunggal } from "./parse";

export const NAMESPACE = "LKJ";

/**
 * "ringkas": [@Target] (what people type, accepted by Office.js range.formulas);
 * "lengkap": Kinerja[[#This Row],[Target]] (what xlsx files store; exceljs writes it verbatim).
 */
export type GayaRef = "ringkas" | "lengkap";

export type ModeRumus = "lkj" | "bawaan";

function escapeKolom(header: string): string {
  // Structured-reference escapes: ' [ ] # need a leading apostrophe.
  return header.replace(/(['[\]#])/g, "'$1");
}

/** Reference to a column of the current row. */
export function refKolom(table: string, header: string, gaya: GayaRef): string {
  const h = escapeKolom(header);
  if (gaya === "lengkap") return `${table}[[#This Row],[${h}]]`;
  return /^[A-Za-z0-9_]+$/.test(header) ? `[@${h}]` : `[@[${h}]]`;
}

/** Reference to a whole column of a table (body only). */
export function refTabelKolom(table: string, header: string): string {
  return `${table}[${escapeKolom(header)}]`;
}

/** The Skala table's bound and label columns, as LKJ.PREDIKAT takes a custom scale. */
export const REF_SKALA_KUSTOM = `Skala[[Batas Bawah]:[Predikat]]`;

function teks(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Shortest plain decimal text Excel parses (no exponent). */
export function angkaRumus(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

function bungkus(arg: string): string {
  return operandTunggal(arg) ? arg : `(${arg})`;
}

function kosong(arg: string | undefined): boolean {
  return arg === undefined || arg.trim() === "";
}

function literalTeks(arg: string): string | null {
  const m = /^"((?:[^"]|"")*)"$/.exec(arg.trim());
  return m ? m[1].replace(/""/g, '"') : null;
}

// ---------------------------------------------------------------------------
// Native builders (arguments are formula texts; "" or undefined = omitted)

export function capaianBawaan(
  target: string,
  realisasi: string,
  arah?: string,
  batas?: string
): string {
  const t = bungkus(target);
  const r = bungkus(realisasi);
  const naik = `${r}/${t}`;
  const turun = `MAX(0,(2*${t}-${r})/${t})`;
  let inti: string;
  if (kosong(arah)) inti = naik;
  else {
    const lit = literalTeks(arah as string);
    if (lit !== null) inti = /^\s*turun/i.test(lit) ? turun : naik;
    else inti = `IF(LEFT(TRIM(${bungkus(arah as string)}),5)="Turun",${turun},${naik})`;
  }
  // A negative target is refused (#VALUE!), as the core does.
  let nilai = `IF(${t}<0,#VALUE!,IF(AND(${t}=0,${r}=0),1,${inti}))`;
  if (!kosong(batas)) {
    const b = bungkus(batas as string);
    // A blank cap means "no cap"; a cap that is no positive number is refused, as the core does.
    nilai = `IF(ISNUMBER(${b}),IF(${b}>0,MIN(${nilai},${b}),#VALUE!),IF(${b}="",${nilai},#VALUE!))`;
  }
  return `IF(OR(${t}="",${r}=""),"",${nilai})`;
}

function batasRumus(lower: number, exclusive: boolean): string {
  const tol = 1e-9 * Math.max(1, Math.abs(lower));
  const bound = Number((exclusive ? lower + tol : lower - tol).toPrecision(15));
  return `${exclusive ? ">" : ">="}${angkaRumus(bound)}`;
}

/** Nested IFs over a scale's bands for a numeric value `v` (no blank handling). */
export function predikatBands(v: string, scale: PredikatScale): string {
  const akhir = scale.below === null ? "NA()" : teks(scale.below);
  let out = akhir;
  for (let i = scale.bands.length - 1; i >= 0; i--) {
    const band = scale.bands[i];
    out = `IF(${v}${batasRumus(band.lower, band.exclusive ?? scale.exclusive)},${teks(band.label)},${out})`;
  }
  return out;
}

function denganCekNilai(v: string, inti: string): string {
  return `IF(${v}="","",IF(ISNUMBER(${v}),${inti},NA()))`;
}

/** PREDIKAT for one known scale. */
export function predikatBawaanSkala(nilai: string, scale: PredikatScale): string {
  const v = bungkus(nilai);
  return denganCekNilai(v, predikatBands(v, scale));
}

/** PREDIKAT whose scale name is read from a cell or name at calculation time. */
function predikatSwitch(v: string, s: string): string {
  let out = "NA()";
  for (let i = PRESET_NAMES.length - 1; i >= 0; i--) {
    const nama = PRESET_NAMES[i];
    const preset = getPreset(nama);
    if (!preset.ok) continue;
    // A blank scale is PERMENDAGRI86, as in the custom function.
    const cond = i === 0 ? `OR(${s}="",${s}=${teks(nama)})` : `${s}=${teks(nama)}`;
    out = `IF(${cond},${predikatBands(v, preset.value)},${out})`;
  }
  return out;
}

/** PREDIKAT over a two-column range (bound, label), in any row order. */
function predikatRentang(v: string, range: string): string {
  const b = `INDEX(${range},0,1)`;
  const l = `INDEX(${range},0,2)`;
  const reach = `(${b}<=${v}+1E-9*MAX(1,ABS(${v})))`;
  // SUMPRODUCT evaluates the arrays without Ctrl+Shift+Enter; unreached bounds become −9E+307.
  const tertinggi = `SUMPRODUCT(MAX(${reach}*${b}+(1-${reach})*-9E+307))`;
  return `INDEX(${l},MATCH(${tertinggi},${b},0))`;
}

export function predikatBawaan(nilai: string, skala?: string): Hasil<string> {
  const v = bungkus(nilai);
  if (kosong(skala)) return berhasil(predikatBawaanSkala(nilai, presetPasti("PERMENDAGRI86")));
  const s = (skala as string).trim();
  const lit = literalTeks(s);
  if (lit !== null) {
    const preset = getPreset(lit === "" ? "PERMENDAGRI86" : lit);
    if (!preset.ok) return gagal("TANPA_PADANAN", `Skala "${lit}" tidak punya rumus bawaan`);
    return berhasil(predikatBawaanSkala(nilai, preset.value));
  }
  if (s.includes(":")) return berhasil(denganCekNilai(v, predikatRentang(v, bungkus(s))));
  return berhasil(denganCekNilai(v, predikatSwitch(v, bungkus(s))));
}

function presetPasti(nama: string): PredikatScale {
  const p = getPreset(nama);
  // PERMENDAGRI86 always exists; the fallback keeps the type total without throwing.
  return p.ok ? p.value : { name: nama, input: "persen", exclusive: false, bands: [], below: null };
}

export function serapanBawaan(pagu: string, realisasi: string): string {
  const p = bungkus(pagu);
  const r = bungkus(realisasi);
  return `IF(OR(${p}="",${r}=""),"",IF(${p}<0,#VALUE!,IF(AND(${p}=0,${r}=0),0,${r}/${p})))`;
}

export function efisiensiBawaan(capaian: string, serapan: string, metode?: string): Hasil<string> {
  const c = bungkus(capaian);
  const s = bungkus(serapan);
  const selisih = `ROUND((${c}-${s})*100,10)`;
  const rasio = `${c}/${s}`;
  let inti: string;
  if (kosong(metode)) inti = selisih;
  else {
    const lit = literalTeks(metode as string);
    if (lit !== null) {
      const m = lit.trim().toLowerCase();
      if (m === "" || /^(selisih|beda|difference|diff)$/.test(m)) inti = selisih;
      else if (/^(rasio|ratio|bagi)$/.test(m)) inti = rasio;
      else return gagal("TANPA_PADANAN", `Metode "${lit}" tidak dikenal`);
    } else {
      const x = bungkus(metode as string);
      inti = `IF(OR(TRIM(${x})="RASIO",TRIM(${x})="RATIO",TRIM(${x})="BAGI"),${rasio},${selisih})`;
    }
  }
  return berhasil(`IF(OR(${c}="",${s}=""),"",${inti})`);
}

/** Capaian of the linked Kinerja row (native in both modes: a lookup, no LKJ function). */
export function capaianKinerjaRumus(noKinerja: string): string {
  const n = bungkus(noKinerja);
  return `IF(${n}="","",INDEX(${refTabelKolom("Kinerja", "Capaian")},MATCH(${n},${refTabelKolom("Kinerja", "No")},0)))`;
}

// ---------------------------------------------------------------------------
// The definitions

export interface DefinisiFungsi {
  /** Name without namespace ("CAPAIAN"). */
  fungsi: string;
  minArgs: number;
  maxArgs: number;
  /** Native formula text (no "="), or an error when this call has no native equivalent. */
  bawaan(args: string[]): Hasil<string>;
}

function tanpaPadanan(fungsi: string): DefinisiFungsi {
  return {
    fungsi,
    minArgs: 0,
    maxArgs: 255,
    bawaan: () =>
      gagal("TANPA_PADANAN", `LKJ.${fungsi} tidak punya rumus bawaan Excel: nilainya yang ditulis`),
  };
}

export const DEFINISI: Readonly<Record<string, DefinisiFungsi>> = {
  CAPAIAN: {
    fungsi: "CAPAIAN",
    minArgs: 2,
    maxArgs: 4,
    bawaan: ([t, r, a, b]) => berhasil(capaianBawaan(t, r, a, b)),
  },
  PREDIKAT: {
    fungsi: "PREDIKAT",
    minArgs: 1,
    maxArgs: 2,
    bawaan: ([v, s]) => predikatBawaan(v, s),
  },
  SERAPAN: {
    fungsi: "SERAPAN",
    minArgs: 2,
    maxArgs: 2,
    bawaan: ([p, r]) => berhasil(serapanBawaan(p, r)),
  },
  EFISIENSI: {
    fungsi: "EFISIENSI",
    minArgs: 2,
    maxArgs: 3,
    bawaan: ([c, s, m]) => efisiensiBawaan(c, s, m),
  },
  IKM: tanpaPadanan("IKM"),
  TERBILANG: tanpaPadanan("TERBILANG"),
  RUPIAH: tanpaPadanan("RUPIAH"),
  PERIODE: tanpaPadanan("PERIODE"),
};

// ---------------------------------------------------------------------------
// Template formulas

function renderArg(arg: ArgRumus, table: string, gaya: GayaRef): string {
  if ("kolom" in arg) return refKolom(table, arg.kolom, gaya);
  if ("nama" in arg) return arg.nama;
  return teks(arg.teks);
}

function panggilLkj(fungsi: string, args: string[]): string {
  return `${NAMESPACE}.${fungsi}(${args.join(",")})`;
}

/** Whether a template formula is PREDIKAT on the Skala Predikat setting (it may read the Skala table). */
export function pakaiSkalaKustom(rumus: RumusKolom): boolean {
  const s = rumus.args[1];
  return (
    rumus.fungsi === "PREDIKAT" && s !== undefined && "nama" in s && s.nama === NAMA_SKALA_PREDIKAT
  );
}

/**
 * LKJ formula text of a template column, with "=". PREDIKAT on the Skala
 * Predikat setting reads the custom Skala table when the setting says "Skala",
 * because the custom function takes a custom scale as a range, not a name.
 * With `skalaKustom` false that branch is left out: for a workbook without the
 * Skala table, where a reference to it would not be accepted.
 */
export function rumusLkj(
  rumus: RumusKolom,
  table: string,
  gaya: GayaRef,
  skalaKustom = true
): string {
  const args = rumus.args.map((a) => renderArg(a, table, gaya));
  if (rumus.fungsi === "CAPAIAN_KINERJA") return "=" + capaianKinerjaRumus(args[0]);
  if (skalaKustom && pakaiSkalaKustom(rumus)) {
    const s = args[1];
    return `=IF(${s}=${teks(SKALA_KUSTOM)},${panggilLkj("PREDIKAT", [args[0], REF_SKALA_KUSTOM])},${panggilLkj("PREDIKAT", args)})`;
  }
  return "=" + panggilLkj(rumus.fungsi, args);
}

/** Native formula text of a template column, with "=" (every template formula has one). */
export function rumusBawaan(rumus: RumusKolom, table: string, gaya: GayaRef): Hasil<string> {
  const lkj = rumusLkj(rumus, table, gaya);
  const native = toNativeFormula(lkj);
  return native === null
    ? gagal("TANPA_PADANAN", `Rumus ${rumus.fungsi} tidak punya padanan bawaan`)
    : berhasil(native);
}

export function rumusKolom(
  rumus: RumusKolom,
  table: string,
  mode: ModeRumus,
  gaya: GayaRef
): Hasil<string> {
  return mode === "lkj" ? berhasil(rumusLkj(rumus, table, gaya)) : rumusBawaan(rumus, table, gaya);
}

// ---------------------------------------------------------------------------
// Conversion of whatever stands in a cell

/** True when a formula calls an LKJ function. */
export function hasLkjFunction(formula: string): boolean {
  const calls = typeof formula === "string" ? cariPanggilanLkj(formula) : null;
  return calls !== null && calls.length > 0;
}

function konversi(formula: string): string | null {
  const calls = cariPanggilanLkj(formula);
  if (calls === null) return null;
  let out = "";
  let pos = 0;
  for (const call of calls) {
    const def = Object.prototype.hasOwnProperty.call(DEFINISI, call.fungsi)
      ? DEFINISI[call.fungsi]
      : undefined;
    if (!def || call.args.length < def.minArgs || call.args.length > def.maxArgs) return null;
    const args: string[] = [];
    for (const a of call.args) {
      const c = konversi(a);
      if (c === null) return null;
      args.push(c);
    }
    const native = def.bawaan(args);
    if (!native.ok) return null;
    out += formula.slice(pos, call.start) + native.value;
    pos = call.end;
  }
  return out + formula.slice(pos);
}

/**
 * Rewrites every LKJ.* call in a formula (as the template wrote it, or with the
 * user's own references and nesting) into native Excel. Returns the formula
 * unchanged when it calls no LKJ function, and null when some call has no
 * native equivalent (the caller then writes the cell's value instead).
 */
export function toNativeFormula(lkjFormula: string): string | null {
  if (typeof lkjFormula !== "string") return null;
  return konversi(lkjFormula);
}

/**
 * Whether native formulas give the same result as the custom functions for
 * these input values: numbers, blanks and the dropdown words (Naik/Turun,
 * preset names, SELISIH/RASIO) do; numbers typed as text ("12 dokumen"),
 * range targets ("80–90%") and other words do not, so a converter that sees
 * such an input writes the value instead of the native formula.
 */
export function nativeSafeInputs(values: readonly unknown[]): boolean {
  const kata = new Set([
    "naik",
    "turun",
    "selisih",
    "rasio",
    SKALA_KUSTOM.toLowerCase(),
    ...PRESET_NAMES.map((p) => p.toLowerCase()),
  ]);
  return values.every((v) => {
    if (v === null || v === undefined || v === "") return true;
    if (typeof v === "number") return Number.isFinite(v);
    if (typeof v === "string") return v.trim() === "" || kata.has(v.trim().toLowerCase());
    return false;
  });
}

// Excel saves JavaScript custom functions in files with the prefix _xldudf_ and
// the namespace dot as "_" (LKJ.CAPAIAN → _xldudf_LKJ_CAPAIAN); a file holding
// the typed form does not recalculate when opened, so the file writer stores
// the saved form and readers turn it back.
function diLuarTeks(formula: string, f: (bagian: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((bagian, i) => (i % 2 === 1 ? bagian : f(bagian)))
    .join("");
}

/** LKJ.CAPAIAN( → _xldudf_LKJ_CAPAIAN( (as Excel stores add-in functions in a file). */
export function lkjFormulaForFile(formula: string): string {
  return diLuarTeks(formula, (s) =>
    s.replace(/(^|[^A-Za-z0-9_.\\])LKJ\.([A-Za-z][A-Za-z0-9]*)\s*\(/g, "$1_xldudf_LKJ_$2(")
  );
}

/** _xldudf_LKJ_CAPAIAN( → LKJ.CAPAIAN( (what people and Office.js see). */
export function lkjFormulaFromFile(formula: string): string {
  return diLuarTeks(formula, (s) =>
    s.replace(/(^|[^A-Za-z0-9_.\\])_xldudf_LKJ_([A-Za-z][A-Za-z0-9]*)\s*\(/gi, "$1LKJ.$2(")
  );
}
