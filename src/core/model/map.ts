// THE mapping: raw table contents (as an adapter fetched them) → the report
// model. Standard tables are found by table name, or by sheet name when the
// table is named differently; headers match case-insensitively with spaces
// folded; user columns are kept in the sheet and ignored here. Anything
// missing becomes a MappingIssue, never an exception. Every computed figure is
// computed here by the core, never read from a cell.
//
// Realisasi of the period: when the Realisasi cell is blank and the Realisasi
// TW column of the report's quarter (TW IV for Tahunan) holds a number, that
// figure is used (realisasi is cumulative, so the quarter's column IS the
// period's figure); the model marks the row with realisasiDariTw.
import type { Arah, Hasil, JenisLaporan, ParsedNumber, PredikatScale, Triwulan } from "../types";
import { berhasil, gagal } from "../hasil";
import { parseAngka, parseTarget, selKosong } from "../angka/parse";
import { hitungCapaian, parseArah } from "../kinerja/capaian";
import { getPreset, predikat, scaleFromRows } from "../kinerja/predikat";
import { hitungEfisiensi, hitungSerapan } from "../kinerja/anggaran";
import { NAMA_BULAN, dateToExcelSerial, parseTahun, parseTriwulan } from "../format/tanggal";
import { PROFIL_FIELDS, SHEETS, SKALA_KUSTOM } from "../template/data";
import type { SheetDef } from "../template/types";
import { lkjFormulaFromFile } from "../formulas";
import { formatAngka, formatPersen } from "../format/angka";
import { cellAddress, columnLetters, parseRange, rangeAddress, type RangeA1 } from "./a1";
import type { Target } from "../types";
import type {
  BarisAnggaran,
  Cell,
  CellRef,
  IkmPeriode,
  IndikatorKinerja,
  IsuStrategis,
  Kendala,
  MappingIssue,
  NumberCell,
  Pegawai,
  Pembanding,
  Profil,
  RawTable,
  RawWorkbook,
  ReportModel,
  Ringkasan,
  SaranaPrasarana,
  Strategi,
  TableSource,
  TargetCell,
  TindakLanjut,
  Tingkat,
  TrenKinerja,
  TugasFungsi,
} from "./types";

// ---------------------------------------------------------------------------
// Small helpers

/** Header / key comparison: trimmed, repeated spaces folded, case-insensitive. */
export function normalHeader(input: unknown): string {
  // Objects and non-finite numbers are no header text ("[object Object]", "NaN").
  const s =
    typeof input === "string"
      ? input
      : (typeof input === "number" && Number.isFinite(input)) || typeof input === "boolean"
        ? String(input)
        : "";
  return s
    .replace(/[\s\u00A0]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Canonical forms of header texts seen so far: the mapping asks for the same
 * few contract headers on every cell, so each is folded once. Bounded, as
 * headers come from files.
 */
const KANON = new Map<string, string>();

/** "Realisasi TW 3" and "Realisasi Triwulan III" read as "realisasi tw iii". */
function kanonHeader(input: unknown): string {
  if (typeof input !== "string") return kanonHitung(input);
  let k = KANON.get(input);
  if (k === undefined) {
    if (KANON.size > 4096) KANON.clear();
    k = kanonHitung(input);
    KANON.set(input, k);
  }
  return k;
}

function kanonHitung(input: unknown): string {
  const h = normalHeader(input);
  const romawi = ["i", "ii", "iii", "iv"];
  return h.replace(/^realisasi (?:tw|triwulan) ?([1-4]|iv|i{1,3})$/, (_m, x: string) => {
    const i = /^[1-4]$/.test(x) ? Number(x) - 1 : romawi.indexOf(x);
    return `realisasi tw ${romawi[i]}`;
  });
}

/** A key such as No / No Kinerja as text: numbers print plainly, text trimmed. */
export function kunci(input: unknown): string | null {
  if (typeof input === "number") return Number.isFinite(input) ? String(input) : null;
  if (typeof input !== "string") return null;
  // Most keys are already clean ("1", "2.1", "S1"): no need to fold spaces.
  if (/^[0-9A-Za-z][0-9A-Za-z.]*$/.test(input)) return input;
  const s = input.replace(/[\s\u00A0]+/g, " ").trim();
  return selKosong(s) ? null : s;
}

function teks(input: unknown): string | null {
  if (typeof input === "number") return Number.isFinite(input) ? String(input) : null;
  if (typeof input === "boolean") return String(input);
  if (typeof input !== "string") return null;
  const s = input.trim();
  return s === "" ? null : s;
}

const PERSEN_PER_FORMAT = new Map<string, boolean>();

/** True when a number format shows percent (outside quoted text and [..] parts). */
export function formatBerpersen(format: string | undefined): boolean {
  if (typeof format !== "string" || !format.includes("%")) return false;
  // A workbook uses a handful of formats on thousands of cells: decide each once.
  let ya = PERSEN_PER_FORMAT.get(format);
  if (ya === undefined) {
    if (PERSEN_PER_FORMAT.size > 1024) PERSEN_PER_FORMAT.clear();
    ya = /%/.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
    PERSEN_PER_FORMAT.set(format, ya);
  }
  return ya;
}

function baris(rows: unknown, i: number): unknown[] {
  if (!Array.isArray(rows)) return [];
  const r: unknown = rows[i];
  return Array.isArray(r) ? r : [];
}

function selKosongApapun(v: unknown): boolean {
  return v === "" || selKosong(v);
}

const TINGKAT: Tingkat[] = ["Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"];

const TINGKAT_KECIL = new Map<string, Tingkat>([
  ...TINGKAT.map((t): [string, Tingkat] => [t.toLowerCase(), t]),
  ["subkegiatan", "Sub Kegiatan"],
]);

/** Tingkat of texts seen so far: a column holds the same few texts on thousands of rows. */
const TINGKAT_TEKS = new Map<string, Tingkat | null>();

function parseTingkat(input: unknown): Tingkat | null {
  if (typeof input !== "string") return null;
  let t = TINGKAT_TEKS.get(input);
  if (t === undefined) {
    if (TINGKAT_TEKS.size > 4096) TINGKAT_TEKS.clear();
    t = TINGKAT_KECIL.get(normalHeader(input.replace(/[-_]/g, " "))) ?? null;
    TINGKAT_TEKS.set(input, t);
  }
  return t;
}

/** Order of a Tingkat (Tujuan 0 … Sub Kegiatan 4). */
export function urutanTingkat(t: Tingkat | null): number {
  return t === null ? -1 : TINGKAT.indexOf(t);
}

function parseJenis(input: unknown): JenisLaporan | null {
  const s = normalHeader(input);
  if (/^(laporan )?(kinerja )?triwulan/.test(s)) return "Triwulan";
  if (/^(laporan )?(kinerja )?tahunan/.test(s) || s === "lkjip") return "Tahunan";
  return null;
}

/** Excel serial of a date cell: a serial number, "2023-09-30", "30/09/2023" or "30 September 2023". */
export function parseTanggal(input: unknown): number | null {
  if (typeof input === "number") return Number.isFinite(input) && input > 0 ? input : null;
  if (typeof input !== "string") return null;
  const s = input.trim();
  const buat = (y: number, m: number, d: number): number | null => {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
    return dateToExcelSerial(t);
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return buat(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return buat(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(s);
  if (m) {
    const nama = m[2].toLowerCase();
    const bulan = NAMA_BULAN.findIndex(
      (b) => b.toLowerCase() === nama || (nama.length >= 3 && b.toLowerCase().startsWith(nama))
    );
    if (bulan >= 0) return buat(Number(m[3]), bulan + 1, Number(m[1]));
  }
  return null;
}

// ---------------------------------------------------------------------------
// Tables

interface Tabel {
  def: SheetDef;
  raw: RawTable | null;
  /** Sheet the cells live in (the table's own sheet, or the contract sheet). */
  sheet: string;
  range: RangeA1;
  /** Canonical header → 0-based column index within the table. */
  kolom: Map<string, number>;
  /** Body row indexes that hold anything (fully blank rows are skipped). */
  rows: number[];
  /** Sheet column letters of the table's columns (computed once, used by every cell ref). */
  huruf: string[];
  /** Contract header → column index (−1: absent), resolved once per table. */
  cache: Map<string, number>;
  /**
   * Body values, formulas and formats, one array per row however ragged the
   * adapter's arrays were (a missing row reads as blank): cells read them on
   * demand, so each read is two index steps.
   */
  nilai: (readonly unknown[])[];
  rumus: (readonly unknown[])[];
  format: (readonly unknown[])[];
  /** Columns read so far, per reading (see KolomData). */
  data: Map<Bacaan, KolomData[]>;
}

const BARIS_KOSONG: readonly unknown[] = Object.freeze([]);

/** One array per body row (length `n`): rows that are not arrays read as blank. */
function barisBarisan(rows: unknown, n: number): (readonly unknown[])[] {
  const out = new Array<readonly unknown[]>(n);
  const ada = Array.isArray(rows);
  for (let i = 0; i < n; i++) {
    const r: unknown = ada ? (rows as unknown[])[i] : undefined;
    out[i] = Array.isArray(r) ? r : BARIS_KOSONG;
  }
  return out;
}

/**
 * A header of the table that is the missing contract column with more in its
 * title ("Capaian 5=4/5", "Realisasi (%)"): it starts with the column's name
 * and then no letter or digit, and is no contract column itself ("Realisasi TW I").
 */
function kolomMirip(t: Tabel, col: string): { j: number; judul: string } | null {
  const headers = t.raw && Array.isArray(t.raw.headers) ? t.raw.headers : [];
  const nama = normalHeader(col);
  const kontrak = new Set(t.def.table.columns.map((c) => kanonHeader(c.header)));
  for (let j = 0; j < headers.length && j < t.huruf.length; j++) {
    const h = normalHeader(headers[j]);
    if (h.length <= nama.length || !h.startsWith(nama) || /[a-z0-9]/.test(h[nama.length])) continue;
    if (kontrak.has(kanonHeader(headers[j]))) continue;
    return { j, judul: String(headers[j]).trim() };
  }
  return null;
}

function cariTabel(def: SheetDef, tables: RawTable[]): RawTable | null {
  const nama = def.table.name.toLowerCase();
  const byName = tables.find((t) => normalHeader(t.name).replace(/ /g, "") === nama);
  if (byName) return byName;
  const sheet = normalHeader(def.name);
  return tables.find((t) => normalHeader(t.sheet) === sheet) ?? null;
}

function bacaTabel(
  def: SheetDef,
  raw: RawTable | null,
  issues: MappingIssue[]
): { tabel: Tabel; source: TableSource } {
  const kolom = new Map<string, number>();
  const headers = raw && Array.isArray(raw.headers) ? raw.headers : [];
  headers.forEach((h, j) => {
    const k = kanonHeader(h);
    if (k !== "" && !kolom.has(k)) kolom.set(k, j);
  });
  let range = raw ? parseRange(raw.address) : null;
  if (raw && !range) {
    issues.push({
      code: "ALAMAT_TABEL_TIDAK_VALID",
      sheet: raw.sheet,
      address: null,
      message: `Alamat tabel ${def.table.name} tidak terbaca; alamat sel dihitung dari A1`,
    });
  }
  const values = raw && Array.isArray(raw.values) ? raw.values : [];
  range ??= { startCol: 0, startRow: 1, endCol: Math.max(0, headers.length - 1), endRow: 1 };
  const sheet = raw ? String(raw.sheet ?? def.name) : def.name;
  const rows: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!baris(values, i).every(selKosongApapun)) rows.push(i);
  }
  const columns: Record<string, string> = {};
  const missingColumns: string[] = [];
  for (const c of def.table.columns) {
    const j = kolom.get(kanonHeader(c.header));
    if (j !== undefined) columns[c.header] = cellAddress(range.startCol + j, 1).replace(/\d+$/, "");
    else if (c.required && raw) missingColumns.push(c.header);
  }
  const source: TableSource = {
    table: def.table.name,
    sheet: def.name,
    present: raw !== null,
    address: raw ? rangeAddress(range) : null,
    columns,
    missingColumns,
    rowCount: rows.length,
  };
  const huruf = Array.from({ length: Math.max(1, headers.length) }, (_h, j) =>
    columnLetters(range.startCol + j)
  );
  return {
    tabel: {
      def,
      raw,
      sheet,
      range,
      kolom,
      rows,
      huruf,
      cache: new Map(),
      nilai: barisBarisan(values, values.length),
      rumus: barisBarisan(raw?.formulas, values.length),
      format: barisBarisan(raw?.numberFormats, values.length),
      data: new Map(),
    },
    source,
  };
}

function kolomDari(t: Tabel, header: string): number | undefined {
  let j = t.cache.get(header);
  if (j === undefined) {
    j = t.kolom.get(kanonHeader(header)) ?? -1;
    t.cache.set(header, j);
  }
  return j < 0 ? undefined : j;
}

function refSel(t: Tabel, i: number, j: number | undefined): { sheet: string; address: string } {
  // An absent column points at the row's first cell, so a finding still lands on the row.
  return {
    sheet: t.sheet,
    address:
      (t.huruf[j ?? 0] ?? columnLetters(t.range.startCol + (j ?? 0))) +
      String(t.range.startRow + 1 + i),
  };
}

function mentah(t: Tabel, i: number, j: number | undefined): unknown {
  if (j === undefined) return "";
  const v = (t.nilai[i] ?? BARIS_KOSONG)[j];
  return v === undefined || v === null ? "" : v;
}

function rumus(t: Tabel, i: number, j: number | undefined): string | null {
  if (j === undefined) return null;
  const f = (t.rumus[i] ?? BARIS_KOSONG)[j];
  if (typeof f !== "string" || !f.startsWith("=")) return null;
  // Only a file's saved form of an add-in function needs turning back (LKJ.);
  // most formulas have no "_x" at all, so the regex runs on few of them.
  const mungkin = f.includes("_x") || f.includes("_X");
  return mungkin && /_xldudf_/i.test(f) ? lkjFormulaFromFile(f) : f;
}

function formatSel(t: Tabel, i: number, j: number | undefined): string | undefined {
  if (j === undefined) return undefined;
  const f = (t.format[i] ?? BARIS_KOSONG)[j];
  return typeof f === "string" ? f : undefined;
}

type Kol = number | undefined;

/**
 * How a column's cells are read: as a number, a target, or with a parse
 * function (text, key, Tingkat, Arah…). Functions must be module-level: a
 * column's parsed contents are kept per reading.
 */
type Bacaan = "angka" | "target" | ((raw: unknown) => unknown);

/**
 * A column of a table, read once: the parsed value, the formula and (number
 * columns) the parse of every body row, by body row index. A workbook of
 * 10.000 budget lines has 150.000 cells; an object per cell that outlived the
 * mapping made mapping and validation bound by garbage collection, so cells
 * are light views over these arrays instead.
 */
interface KolomData {
  readonly v: unknown[];
  /**
   * Number and target columns: the parse where rebuilding it costs (text,
   * odd values); PERSEN_DIKETIK for a typed number with a percent format, a
   * hole for a plain typed number (both rebuilt when asked). Null for a column
   * of another kind: its cells have no parse.
   */
  readonly p: ParseKolom | null;
  /** Formulas; null when the column holds none. */
  readonly f: (string | null)[] | null;
  /** The value of a blank cell (a blank Arah reads as Naik): absent columns read as blank. */
  readonly kosong: unknown;
}

type ParseKolom = (ParsedNumber | undefined)[];

/** Marks a typed number shown with a percent format (85% is stored 0.85). */
const PERSEN_DIKETIK: ParsedNumber = Object.freeze({
  ok: true,
  value: NaN,
  percent: true,
  fromText: false,
  unit: null,
});

/** Absent columns, per reading: every cell blank. */
const ABSEN = new Map<Bacaan, KolomData>();

function kolomAbsen(bacaan: Bacaan): KolomData {
  let d = ABSEN.get(bacaan);
  if (d === undefined) {
    const angka = bacaan === "angka" || bacaan === "target";
    d = Object.freeze({
      v: [],
      p: angka ? [] : null,
      f: null,
      kosong: typeof bacaan === "function" ? bacaan("") : null,
    });
    ABSEN.set(bacaan, d);
  }
  return d;
}

function dataKolom(t: Tabel, j: Kol, bacaan: Bacaan): KolomData {
  if (j === undefined) return kolomAbsen(bacaan);
  let per = t.data.get(bacaan);
  if (per === undefined) {
    per = [];
    t.data.set(bacaan, per);
  }
  let d = per[j];
  if (d === undefined) {
    d = bacaKolom(t, j, bacaan);
    per[j] = d;
  }
  return d;
}

function bacaKolom(t: Tabel, j: number, bacaan: Bacaan): KolomData {
  const n = t.nilai.length;
  const v = new Array<unknown>(n);
  let f: (string | null)[] | null = null;
  const angka = bacaan === "angka";
  const p: ParseKolom | null = angka || bacaan === "target" ? new Array(n) : null;
  const parse = typeof bacaan === "function" ? bacaan : null;
  for (const i of t.rows) {
    const raw = mentah(t, i, j);
    const formula = rumus(t, i, j);
    if (formula !== null) {
      f ??= new Array<string | null>(n).fill(null);
      f[i] = formula;
    }
    if (parse !== null) {
      v[i] = parse(raw);
      continue;
    }
    let parsed: ParsedNumber | undefined;
    if (typeof raw === "number" && Number.isFinite(raw)) {
      // A finite typed number: its parse is the number itself, shown as a percent
      // or not (rebuilt when asked, so Capaian and Serapan columns keep no objects).
      if (formatBerpersen(formatSel(t, i, j))) (p as ParseKolom)[i] = PERSEN_DIKETIK;
    } else {
      parsed = parseAngkaSel(raw, formatSel(t, i, j));
      (p as ParseKolom)[i] = parsed;
    }
    if (angka) v[i] = parsed === undefined ? raw : parsed.ok ? parsed.value : null;
    else if (raw === "") v[i] = null;
    else {
      const h = parseTarget(raw);
      v[i] = h.ok ? h.value : null;
    }
  }
  return { v, p, f, kosong: parse !== null ? parse("") : null };
}

/**
 * A body cell of a table: a view over its column's parsed contents and the
 * adapter's arrays (raw value, number format, address), made when a row's cell
 * is asked for. One class for every kind of cell keeps the rules' property
 * reads monomorphic.
 */
class SelBaca<T> implements Cell<T> {
  constructor(
    private readonly t: Tabel,
    private readonly d: KolomData,
    private readonly i: number,
    private readonly j: Kol
  ) {}

  get value(): T | null {
    const v = this.d.v[this.i];
    return (v === undefined ? this.d.kosong : v) as T | null;
  }
  get formula(): string | null {
    const f = this.d.f;
    return f === null ? null : (f[this.i] ?? null);
  }
  get raw(): unknown {
    return mentah(this.t, this.i, this.j);
  }
  get numberFormat(): string | undefined {
    return formatSel(this.t, this.i, this.j);
  }
  get ref(): CellRef {
    return refSel(this.t, this.i, this.j);
  }
  get absent(): boolean {
    return this.j === undefined;
  }
  /** Number and Target cells only. */
  get parsed(): ParsedNumber {
    const p = this.d.p;
    if (p === null) return undefined as unknown as ParsedNumber;
    const kept = p[this.i];
    if (kept !== undefined && kept !== PERSEN_DIKETIK) return kept;
    const raw = this.raw;
    if (kept === PERSEN_DIKETIK) {
      return { ok: true, value: raw as number, percent: true, fromText: false, unit: null };
    }
    return raw === "" ? KOSONG : parseAngka(raw);
  }
  /** The cell as data (JSON, test output), not its table. */
  toJSON(): Cell<T> {
    const { value, raw, formula, ref, numberFormat } = this;
    return numberFormat === undefined
      ? { value, raw, formula, ref }
      : { value, raw, formula, ref, numberFormat };
  }
}

/** One shared, frozen "blank" parse: most optional cells are blank, and allocations add up. */
const KOSONG: ParsedNumber = Object.freeze({ ok: false, reason: "kosong", raw: "" });

function parseAngkaSel(raw: unknown, nf: string | undefined): ParsedNumber {
  if (raw === "") return KOSONG;
  const p = parseAngka(raw);
  // A number shown with a percent format was typed as a percent (85% is stored 0.85).
  if (p.ok && !p.percent && typeof raw === "number" && formatBerpersen(nf)) {
    // Built in one literal (no spread): every Capaian and Serapan cell takes this path.
    return { ok: true, value: p.value, percent: true, fromText: p.fromText, unit: p.unit };
  }
  return p;
}

/** A column of a hot table, resolved once: its index and parsed contents. */
interface KolomBaca {
  readonly j: Kol;
  readonly d: KolomData;
}

function kolomBaca(t: Tabel, header: string, bacaan: Bacaan): KolomBaca {
  const j = kolomDari(t, header);
  return { j, d: dataKolom(t, j, bacaan) };
}

function selDari<T>(t: Tabel, k: KolomBaca, i: number): SelBaca<T> {
  return new SelBaca<T>(t, k.d, i, k.j);
}

/** An optional column's cell: null where the table has no such column. */
function opsionalDari<T>(t: Tabel, k: KolomBaca, i: number): SelBaca<T> | null {
  return k.j === undefined ? null : new SelBaca<T>(t, k.d, i, k.j);
}

function sel<T>(t: Tabel, i: number, header: string, parse: (raw: unknown) => T | null): Cell<T> {
  const j = kolomDari(t, header);
  return new SelBaca<T>(t, dataKolom(t, j, parse), i, j);
}

function angkaSel(t: Tabel, i: number, header: string): NumberCell {
  const j = kolomDari(t, header);
  return new SelBaca<number>(t, dataKolom(t, j, "angka"), i, j) as NumberCell;
}

function teksSel(t: Tabel, i: number, header: string): Cell<string> {
  return sel(t, i, header, teks);
}

function targetSel(t: Tabel, i: number, header: string): TargetCell {
  const j = kolomDari(t, header);
  return new SelBaca<Target>(t, dataKolom(t, j, "target"), i, j) as TargetCell;
}
const TW_HEADERS = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"];

type KolomTw = readonly [KolomBaca, KolomBaca, KolomBaca, KolomBaca];

function twKolom(t: Tabel): KolomTw {
  return [
    kolomBaca(t, TW_HEADERS[0], "angka"),
    kolomBaca(t, TW_HEADERS[1], "angka"),
    kolomBaca(t, TW_HEADERS[2], "angka"),
    kolomBaca(t, TW_HEADERS[3], "angka"),
  ];
}

function twDari(t: Tabel, tw: KolomTw, i: number): IndikatorKinerja["realisasiTw"] {
  return [
    opsionalDari<number>(t, tw[0], i) as NumberCell | null,
    opsionalDari<number>(t, tw[1], i) as NumberCell | null,
    opsionalDari<number>(t, tw[2], i) as NumberCell | null,
    opsionalDari<number>(t, tw[3], i) as NumberCell | null,
  ];
}

function parseArahSel(r: unknown): Arah | null {
  const a = parseArah(r === "" ? null : r);
  return a.ok ? a.value : null;
}

function parseTahunSel(r: unknown): number | null {
  const y = parseTahun(typeof r === "string" ? r.trim() : r);
  return y.ok ? y.value : null;
}

/**
 * The column of row i's period realisasi: Realisasi, or the quarter's TW column
 * when the Realisasi cell is blank and that one holds a number.
 */
function kolomRealisasi(
  t: Tabel,
  realisasi: KolomBaca,
  tw: KolomTw,
  twPeriode: number,
  i: number
): KolomBaca {
  const parsed = (selDari<number>(t, realisasi, i) as NumberCell).parsed;
  const kosong = !parsed.ok && parsed.reason === "kosong";
  const cadangan = tw[twPeriode - 1];
  if (kosong && cadangan.j !== undefined && selDari(t, cadangan, i).value !== null) return cadangan;
  return realisasi;
}

function masalahAngka(c: NumberCell | TargetCell, nama: string): Hasil<number> {
  if (c.parsed && !c.parsed.ok && c.parsed.reason === "kosong") {
    return gagal("KOSONG", `${nama} kosong`);
  }
  // Quote what the user typed; a non-text value (NaN, an object) has nothing worth quoting.
  if (typeof c.raw !== "string") return gagal("BUKAN_ANGKA", `${nama} bukan angka`);
  const t = c.raw.replace(/\s+/g, " ").trim();
  return gagal("BUKAN_ANGKA", `${nama} "${t.length > 40 ? t.slice(0, 39) + "…" : t}" bukan angka`);
}

// ---------------------------------------------------------------------------
// Profil

const FIELD: Record<string, keyof Omit<Profil, "lainnya">> = {
  "jenis laporan": "jenisLaporan",
  periode: "periode",
  tahun: "tahun",
  "pemerintah daerah": "pemerintahDaerah",
  "unit kerja": "unitKerja",
  jabatan: "jabatan",
  eselon: "eselon",
  nama: "nama",
  nip: "nip",
  "jabatan atasan": "jabatanAtasan",
  "nama atasan": "namaAtasan",
  "nip atasan": "nipAtasan",
  "pihak kedua perjanjian kinerja": "pihakKedua",
  tempat: "tempat",
  "tanggal laporan": "tanggalLaporan",
  "dasar hukum pelaporan": "dasarHukumPelaporan",
  "dasar hukum tugas dan fungsi": "dasarHukumTugasFungsi",
  "pasal tugas dan fungsi": "pasalTugasFungsi",
  "skala predikat": "skalaPredikat",
  "batas capaian": "batasCapaian",
};

/** Profil Isian text of a model field ("nipAtasan" → "NIP Atasan"). */
export function isianProfil(field: keyof Omit<Profil, "lainnya">): string {
  const key = Object.keys(FIELD).find((k) => FIELD[k] === field) ?? "";
  return PROFIL_FIELDS.find((f) => f.isian.toLowerCase() === key)?.isian ?? field;
}

function parseBatas(raw: unknown, nf: string | undefined): number | null {
  const p = parseAngkaSel(raw, nf);
  if (!p.ok || p.value <= 0) return null;
  // "120" without a percent sign means 120 %: a cap of 120 (12.000 %) is never meant.
  return !p.percent && p.value > 5 ? p.value / 100 : p.value;
}

function bacaProfil(t: Tabel): Profil {
  const baris = new Map<string, number>();
  for (const i of t.rows) {
    const key = normalHeader(mentah(t, i, kolomDari(t, "Isian")));
    if (key !== "" && !baris.has(key)) baris.set(key, i);
  }
  const alamatTabel = t.raw ? rangeAddress(t.range) : "A1";
  const field = <T>(key: string, parse: (raw: unknown, nf?: string) => T | null): Cell<T> => {
    const i = baris.get(key);
    if (i === undefined) {
      return { value: null, raw: "", formula: null, ref: { sheet: t.sheet, address: alamatTabel } };
    }
    const j = kolomDari(t, "Nilai");
    const raw = mentah(t, i, j);
    const nf = formatSel(t, i, j);
    const value = parse(raw, nf);
    const formula = rumus(t, i, j);
    const ref = refSel(t, i, j);
    return nf === undefined
      ? { value, raw, formula, ref }
      : { value, raw, formula, ref, numberFormat: nf };
  };
  const hasil = (h: Hasil<number>) => (h.ok ? h.value : null);
  const lainnya: Profil["lainnya"] = [];
  for (const [key, i] of baris) {
    if (FIELD[key]) continue;
    lainnya.push({
      isian: String(mentah(t, i, kolomDari(t, "Isian"))).trim(),
      nilai: teksSel(t, i, "Nilai"),
    });
  }
  return {
    jenisLaporan: field("jenis laporan", parseJenis),
    periode: field("periode", (r) => {
      const tw = parseTriwulan(typeof r === "string" ? r.trim() : r);
      return tw.ok ? tw.value : null;
    }),
    tahun: field("tahun", (r) => hasil(parseTahun(r))),
    pemerintahDaerah: field("pemerintah daerah", teks),
    unitKerja: field("unit kerja", teks),
    jabatan: field("jabatan", teks),
    eselon: field("eselon", teks),
    nama: field("nama", teks),
    nip: field("nip", teks),
    jabatanAtasan: field("jabatan atasan", teks),
    namaAtasan: field("nama atasan", teks),
    nipAtasan: field("nip atasan", teks),
    pihakKedua: field("pihak kedua perjanjian kinerja", teks),
    tempat: field("tempat", teks),
    tanggalLaporan: field("tanggal laporan", parseTanggal),
    dasarHukumPelaporan: field("dasar hukum pelaporan", teks),
    dasarHukumTugasFungsi: field("dasar hukum tugas dan fungsi", teks),
    pasalTugasFungsi: field("pasal tugas dan fungsi", teks),
    skalaPredikat: field("skala predikat", teks),
    batasCapaian: field("batas capaian", parseBatas),
    lainnya,
  };
}

// ---------------------------------------------------------------------------
// The mapping

function rawWorkbookAman(raw: RawWorkbook): RawWorkbook {
  const r = (raw ?? {}) as Partial<RawWorkbook>;
  const sheetNames = Array.isArray(r.sheetNames)
    ? r.sheetNames.filter((s): s is string => typeof s === "string")
    : [];
  const tables = Array.isArray(r.tables)
    ? r.tables.filter(
        (t): t is RawTable =>
          t !== null && typeof t === "object" && typeof (t as RawTable).name === "string"
      )
    : [];
  return { sheetNames, tables };
}

/** A capaian scale's bound above this (500 %) was typed as percent points, not a fraction. */
const BATAS_SKALA_PECAHAN = 5;

function skalaDari(profil: Profil, skalaTabel: Tabel, issues: MappingIssue[]): PredikatScale {
  const bawaan = getPreset("PERMENDAGRI86");
  const fallback: PredikatScale = bawaan.ok
    ? bawaan.value
    : { name: "PERMENDAGRI86", input: "persen", exclusive: false, bands: [], below: null };
  const nama = profil.skalaPredikat.value;
  if (nama === null) return fallback;
  const ref = profil.skalaPredikat.ref;
  if (normalHeader(nama) === SKALA_KUSTOM.toLowerCase()) {
    const rows = skalaTabel.rows.map((i) => [
      mentah(skalaTabel, i, kolomDari(skalaTabel, "Batas Bawah")),
      mentah(skalaTabel, i, kolomDari(skalaTabel, "Predikat")),
      mentah(skalaTabel, i, kolomDari(skalaTabel, "Warna")),
    ]);
    const s = scaleFromRows(rows);
    if (s.ok) {
      // The Profil's scale grades capaian, a fraction (1 = 100 %): a bound of 91
      // would mean 9.100 %, so every indicator would fall to the lowest band.
      const atas = s.value.bands[0];
      if (atas && atas.lower > BATAS_SKALA_PECAHAN) {
        const i = skalaTabel.rows.find(
          (r) => parseAngka(mentah(skalaTabel, r, kolomDari(skalaTabel, "Batas Bawah"))).ok
        );
        const sel =
          i === undefined ? null : refSel(skalaTabel, i, kolomDari(skalaTabel, "Batas Bawah"));
        const n = formatAngka(atas.lower, 2, { trim: true });
        issues.push({
          code: "SKALA_BUKAN_PERSEN",
          sheet: sel?.sheet ?? skalaTabel.sheet,
          address: sel?.address ?? null,
          message:
            `Batas Bawah skala ditulis sebagai angka biasa (${n}), padahal capaian dibandingkan ` +
            `sebagai persen: ${n} berarti ${formatPersen(atas.lower, 2, { trim: true })}, sehingga semua indikator ` +
            `jatuh ke predikat terendah. Tulis ${n}% (atau ${formatAngka(atas.lower / 100, 4, { trim: true })}).`,
        });
      }
      // Shown as percents in the narrative's scale list ("sekurang-kurangnya 95%").
      return { ...s.value, input: "persen" };
    }
    issues.push({
      code: "SKALA_TIDAK_VALID",
      sheet: skalaTabel.raw ? skalaTabel.sheet : ref.sheet,
      address: skalaTabel.raw ? rangeAddress(skalaTabel.range) : ref.address,
      message: `${s.error.message}; predikat dihitung dengan PERMENDAGRI86`,
    });
    return fallback;
  }
  const preset = getPreset(nama);
  if (preset.ok) return preset.value;
  issues.push({
    code: "SKALA_TIDAK_DIKENAL",
    sheet: ref.sheet,
    address: ref.address,
    message: `${preset.error.message}; predikat dihitung dengan PERMENDAGRI86`,
  });
  return fallback;
}

// ---------------------------------------------------------------------------
// The hot tables' rows: Kinerja (thousands of indicators) and Anggaran (tens of
// thousands of budget lines). A row keeps its computed figures; its cells are
// views made when asked, over columns read once (KolomData).

interface KolomKinerja {
  readonly no: KolomBaca;
  readonly tingkat: KolomBaca;
  readonly sasaran: KolomBaca;
  readonly indikator: KolomBaca;
  readonly satuan: KolomBaca;
  readonly arah: KolomBaca;
  readonly targetAwal: KolomBaca;
  readonly target: KolomBaca;
  readonly realisasi: KolomBaca;
  readonly capaian: KolomBaca;
  readonly predikat: KolomBaca;
  readonly formulasi: KolomBaca;
  readonly pembilang: KolomBaca;
  readonly penyebut: KolomBaca;
  readonly keterangan: KolomBaca;
  readonly tw: KolomTw;
}

function kolomKinerja(t: Tabel): KolomKinerja {
  return {
    no: kolomBaca(t, "No", kunci),
    tingkat: kolomBaca(t, "Tingkat", parseTingkat),
    sasaran: kolomBaca(t, "Sasaran", teks),
    indikator: kolomBaca(t, "Indikator Kinerja", teks),
    satuan: kolomBaca(t, "Satuan", teks),
    arah: kolomBaca(t, "Arah", parseArahSel),
    targetAwal: kolomBaca(t, "Target Awal", "target"),
    target: kolomBaca(t, "Target", "target"),
    realisasi: kolomBaca(t, "Realisasi", "angka"),
    capaian: kolomBaca(t, "Capaian", "angka"),
    predikat: kolomBaca(t, "Predikat", teks),
    formulasi: kolomBaca(t, "Formulasi", teks),
    pembilang: kolomBaca(t, "Pembilang", "angka"),
    penyebut: kolomBaca(t, "Penyebut", "angka"),
    keterangan: kolomBaca(t, "Keterangan", teks),
    tw: twKolom(t),
  };
}

class IndikatorBaca implements IndikatorKinerja {
  declare realisasiDariTw?: boolean;
  constructor(
    private readonly t: Tabel,
    private readonly k: KolomKinerja,
    /** The column the period's realisasi comes from (Realisasi or the quarter's TW). */
    private readonly kr: KolomBaca,
    readonly index: number,
    readonly row: number,
    readonly computed: IndikatorKinerja["computed"]
  ) {}

  get no(): Cell<string> {
    return selDari(this.t, this.k.no, this.index);
  }
  get tingkat(): Cell<Tingkat> {
    return selDari(this.t, this.k.tingkat, this.index);
  }
  get sasaran(): Cell<string> {
    return selDari(this.t, this.k.sasaran, this.index);
  }
  get indikator(): Cell<string> {
    return selDari(this.t, this.k.indikator, this.index);
  }
  get satuan(): Cell<string> {
    return selDari(this.t, this.k.satuan, this.index);
  }
  get arah(): Cell<Arah> {
    return selDari(this.t, this.k.arah, this.index);
  }
  get targetAwal(): TargetCell | null {
    return opsionalDari<Target>(this.t, this.k.targetAwal, this.index);
  }
  get target(): TargetCell {
    return selDari<Target>(this.t, this.k.target, this.index);
  }
  get realisasiTw(): IndikatorKinerja["realisasiTw"] {
    return twDari(this.t, this.k.tw, this.index);
  }
  get realisasi(): NumberCell {
    return selDari<number>(this.t, this.kr, this.index);
  }
  get reported(): IndikatorKinerja["reported"] {
    return {
      capaian: selDari<number>(this.t, this.k.capaian, this.index),
      predikat: selDari<string>(this.t, this.k.predikat, this.index),
    };
  }
  get formulasi(): Cell<string> | null {
    return opsionalDari(this.t, this.k.formulasi, this.index);
  }
  get pembilang(): NumberCell | null {
    return opsionalDari<number>(this.t, this.k.pembilang, this.index);
  }
  get penyebut(): NumberCell | null {
    return opsionalDari<number>(this.t, this.k.penyebut, this.index);
  }
  get keterangan(): Cell<string> | null {
    return opsionalDari(this.t, this.k.keterangan, this.index);
  }
  /** The row as data (JSON, `lkj hitung --json`), in the model's field order. */
  toJSON(): IndikatorKinerja {
    const row: IndikatorKinerja = {
      index: this.index,
      row: this.row,
      no: this.no,
      tingkat: this.tingkat,
      sasaran: this.sasaran,
      indikator: this.indikator,
      satuan: this.satuan,
      arah: this.arah,
      targetAwal: this.targetAwal,
      target: this.target,
      realisasiTw: this.realisasiTw,
      realisasi: this.realisasi,
      reported: this.reported,
      computed: this.computed,
      formulasi: this.formulasi,
      pembilang: this.pembilang,
      penyebut: this.penyebut,
      keterangan: this.keterangan,
    };
    if (this.realisasiDariTw) row.realisasiDariTw = true;
    return row;
  }
}

interface KolomAnggaran {
  readonly no: KolomBaca;
  readonly tingkat: KolomBaca;
  readonly uraian: KolomBaca;
  readonly noKinerja: KolomBaca;
  readonly pagu: KolomBaca;
  readonly realisasi: KolomBaca;
  readonly serapan: KolomBaca;
  readonly capaianKinerja: KolomBaca;
  readonly efisiensi: KolomBaca;
  readonly sumberDana: KolomBaca;
  readonly keterangan: KolomBaca;
  readonly tw: KolomTw;
}

function kolomAnggaran(t: Tabel): KolomAnggaran {
  return {
    no: kolomBaca(t, "No", kunci),
    tingkat: kolomBaca(t, "Tingkat", parseTingkat),
    uraian: kolomBaca(t, "Uraian", teks),
    noKinerja: kolomBaca(t, "No Kinerja", kunci),
    pagu: kolomBaca(t, "Pagu", "angka"),
    realisasi: kolomBaca(t, "Realisasi", "angka"),
    serapan: kolomBaca(t, "Serapan", "angka"),
    capaianKinerja: kolomBaca(t, "Capaian Kinerja", "angka"),
    efisiensi: kolomBaca(t, "Efisiensi", "angka"),
    sumberDana: kolomBaca(t, "Sumber Dana", teks),
    keterangan: kolomBaca(t, "Keterangan", teks),
    tw: twKolom(t),
  };
}

class BarisAnggaranBaca implements BarisAnggaran {
  declare realisasiDariTw?: boolean;
  constructor(
    private readonly t: Tabel,
    private readonly k: KolomAnggaran,
    /** As IndikatorBaca.kr. */
    private readonly kr: KolomBaca,
    readonly index: number,
    readonly row: number,
    readonly computed: BarisAnggaran["computed"]
  ) {}

  get no(): Cell<string> {
    return selDari(this.t, this.k.no, this.index);
  }
  get tingkat(): Cell<Tingkat> {
    return selDari(this.t, this.k.tingkat, this.index);
  }
  get uraian(): Cell<string> {
    return selDari(this.t, this.k.uraian, this.index);
  }
  get noKinerja(): Cell<string> | null {
    return opsionalDari(this.t, this.k.noKinerja, this.index);
  }
  get pagu(): NumberCell {
    return selDari<number>(this.t, this.k.pagu, this.index);
  }
  get realisasiTw(): BarisAnggaran["realisasiTw"] {
    return twDari(this.t, this.k.tw, this.index);
  }
  get realisasi(): NumberCell {
    return selDari<number>(this.t, this.kr, this.index);
  }
  get reported(): BarisAnggaran["reported"] {
    return {
      serapan: selDari<number>(this.t, this.k.serapan, this.index),
      capaianKinerja: opsionalDari<number>(this.t, this.k.capaianKinerja, this.index),
      efisiensi: opsionalDari<number>(this.t, this.k.efisiensi, this.index),
    };
  }
  get sumberDana(): Cell<string> | null {
    return opsionalDari(this.t, this.k.sumberDana, this.index);
  }
  get keterangan(): Cell<string> | null {
    return opsionalDari(this.t, this.k.keterangan, this.index);
  }
  /** As IndikatorBaca.toJSON. */
  toJSON(): BarisAnggaran {
    const row: BarisAnggaran = {
      index: this.index,
      row: this.row,
      no: this.no,
      tingkat: this.tingkat,
      uraian: this.uraian,
      noKinerja: this.noKinerja,
      pagu: this.pagu,
      realisasiTw: this.realisasiTw,
      realisasi: this.realisasi,
      reported: this.reported,
      computed: this.computed,
      sumberDana: this.sumberDana,
      keterangan: this.keterangan,
    };
    if (this.realisasiDariTw) row.realisasiDariTw = true;
    return row;
  }
}

function kosongHasil<T>(pesan: string): Hasil<T> {
  return gagal("KOSONG", pesan);
}

function hitungKinerja(
  target: TargetCell,
  realisasi: NumberCell,
  arah: Cell<Arah>,
  batas: number | null,
  skala: PredikatScale
): IndikatorKinerja["computed"] {
  let capaianTanpaBatas: Hasil<number>;
  if (target.value === null) capaianTanpaBatas = masalahTarget(target);
  else if (realisasi.value === null) capaianTanpaBatas = masalahAngka(realisasi, "Realisasi");
  else if (arah.value === null) {
    capaianTanpaBatas = gagal("ARAH_TIDAK_VALID", "Arah harus Naik atau Turun");
  } else capaianTanpaBatas = hitungCapaian(target.value, realisasi.value, { arah: arah.value });
  let capaian = capaianTanpaBatas;
  if (capaianTanpaBatas.ok && batas !== null) {
    capaian = berhasil(Math.min(capaianTanpaBatas.value, batas));
  }
  let label: string | null = null;
  if (capaian.ok) {
    const p = predikat(capaian.value, skala);
    label = p.ok ? p.value : null;
  }
  return {
    capaian,
    capaianTanpaBatas,
    predikat: label,
    tercapai: capaian.ok ? capaian.value >= 1 - 1e-9 : null,
  };
}

function masalahTarget(target: TargetCell): Hasil<number> {
  if (target.raw === "" || selKosong(target.raw)) return kosongHasil("Target kosong");
  const h = parseTarget(target.raw);
  return h.ok ? gagal("BUKAN_ANGKA", "Target bukan angka") : gagal(h.error.code, h.error.message);
}

function efisiensiPreset(): PredikatScale | null {
  const p = getPreset("EFISIENSI");
  return p.ok ? p.value : null;
}

export function mapWorkbook(input: RawWorkbook): ReportModel {
  const raw = rawWorkbookAman(input);
  const issues: MappingIssue[] = [];
  const tabel: Record<string, Tabel> = {};
  const sources: Record<string, TableSource> = {};
  const sheetAda = new Set(raw.sheetNames.map(normalHeader));
  const terpakai = new Set<RawTable>();
  for (const def of SHEETS) {
    const found = cariTabel(
      def,
      raw.tables.filter((t) => !terpakai.has(t))
    );
    if (found) terpakai.add(found);
    const { tabel: t, source } = bacaTabel(def, found, issues);
    tabel[def.table.name] = t;
    sources[def.table.name] = source;
  }

  const profil = bacaProfil(tabel.Profil);
  const jenisProfil = profil.jenisLaporan.value;
  const adaTahunan = SHEETS.some(
    (s) =>
      s.jenis === "tahunan" && (sources[s.table.name].present || sheetAda.has(normalHeader(s.name)))
  );
  const jenis: JenisLaporan = jenisProfil ?? (adaTahunan ? "Tahunan" : "Triwulan");
  const triwulan: Triwulan | null = jenis === "Tahunan" ? null : profil.periode.value;
  const tahun = profil.tahun.value;
  const batas = profil.batasCapaian.value;
  const kustom = normalHeader(profil.skalaPredikat.value) === SKALA_KUSTOM.toLowerCase();

  // Structure issues: sheets and tables the report's jenis needs, and their columns.
  for (const def of SHEETS) {
    const t = tabel[def.table.name];
    const src = sources[def.table.name];
    const perlu =
      (def.jenis === "semua" || jenis === "Tahunan") && (def.name !== "Skala" || kustom);
    if (t.raw) {
      if (normalHeader(t.raw.name).replace(/ /g, "") !== def.table.name.toLowerCase()) {
        issues.push({
          code: "TABEL_NAMA_BERBEDA",
          sheet: t.sheet,
          address: src.address,
          message: `Tabel di lembar ${def.name} bernama "${t.raw.name}", seharusnya "${def.table.name}" (rumus merujuk nama tabel)`,
        });
      }
      for (const col of src.missingColumns) {
        if (col === "Target Awal") continue;
        // A header such as "Capaian 5=4/5" is the column with a note in its title: say so.
        const mirip = kolomMirip(t, col);
        issues.push({
          code: "KOLOM_TIDAK_ADA",
          sheet: t.sheet,
          address: mirip
            ? `${t.huruf[mirip.j]}${t.range.startRow}`
            : rangeAddress({ ...t.range, endRow: t.range.startRow }),
          message: mirip
            ? `Kolom wajib "${col}" tidak ada di tabel ${def.table.name}; judul "${mirip.judul}" tampaknya kolom itu: ganti judulnya menjadi "${col}" saja agar terbaca`
            : `Kolom wajib "${col}" tidak ada di tabel ${def.table.name}`,
          ...(mirip ? { judulKontrak: col } : {}),
        });
      }
    } else if (perlu) {
      const adaLembar = sheetAda.has(normalHeader(def.name));
      issues.push(
        adaLembar
          ? {
              code: "TABEL_TIDAK_ADA",
              sheet: def.name,
              address: "A1",
              message: `Lembar ${def.name} tidak memuat tabel Excel bernama ${def.table.name}`,
            }
          : {
              code: "LEMBAR_TIDAK_ADA",
              sheet: def.name,
              address: null,
              message: `Lembar ${def.name} (tabel ${def.table.name}) tidak ada`,
            }
      );
    }
  }

  const skala = skalaDari(profil, tabel.Skala, issues);
  const twPeriode = jenis === "Tahunan" ? 4 : (triwulan ?? 4);

  // Kinerja
  const tk = tabel.Kinerja;
  const ck = kolomKinerja(tk);
  const kinerja: IndikatorKinerja[] = tk.rows.map((i) => {
    const kr = kolomRealisasi(tk, ck.realisasi, ck.tw, twPeriode, i);
    const computed = hitungKinerja(
      selDari(tk, ck.target, i),
      selDari(tk, kr, i),
      selDari(tk, ck.arah, i),
      batas,
      skala
    );
    const row = new IndikatorBaca(tk, ck, kr, i, tk.range.startRow + 1 + i, computed);
    if (kr !== ck.realisasi) row.realisasiDariTw = true;
    return row;
  });
  const indikatorPerNo = new Map<string, IndikatorKinerja>();
  for (const k of kinerja) {
    const no = k.no.value;
    if (no !== null && !indikatorPerNo.has(no)) indikatorPerNo.set(no, k);
  }

  // Anggaran
  const ta = tabel.Anggaran;
  const ca = kolomAnggaran(ta);
  const presetEfisiensi = efisiensiPreset();
  const anggaran: BarisAnggaran[] = ta.rows.map((i) => {
    const kr = kolomRealisasi(ta, ca.realisasi, ca.tw, twPeriode, i);
    const realisasi = selDari<number>(ta, kr, i);
    const pagu = selDari<number>(ta, ca.pagu, i);
    const noKinerja =
      ca.noKinerja.j === undefined ? null : selDari<string>(ta, ca.noKinerja, i).value;
    let serapan: Hasil<number>;
    if (pagu.value === null) serapan = masalahAngka(pagu, "Pagu");
    else if (realisasi.value === null) serapan = masalahAngka(realisasi, "Realisasi anggaran");
    else serapan = hitungSerapan(pagu.value, realisasi.value);
    let capaianKinerja: Hasil<number> | null = null;
    let efisiensi: Hasil<number> | null = null;
    let efisiensiPredikat: string | null = null;
    if (typeof noKinerja === "string") {
      const k = indikatorPerNo.get(noKinerja);
      capaianKinerja = k
        ? k.computed.capaian
        : gagal(
            "NO_KINERJA_TIDAK_ADA",
            `No Kinerja "${noKinerja}" tidak ada di lembar Kinerja`,
            "#N/A"
          );
      if (!capaianKinerja.ok) efisiensi = capaianKinerja;
      else if (!serapan.ok) efisiensi = serapan;
      else efisiensi = hitungEfisiensi(capaianKinerja.value, serapan.value, "SELISIH");
      if (efisiensi.ok && presetEfisiensi) {
        const p = predikat(efisiensi.value, presetEfisiensi);
        efisiensiPredikat = p.ok ? p.value : null;
      }
    }
    const pv = pagu.value;
    const rv = realisasi.value;
    const b = new BarisAnggaranBaca(ta, ca, kr, i, ta.range.startRow + 1 + i, {
      serapan,
      capaianKinerja,
      efisiensi,
      efisiensiPredikat,
      sisa: pv !== null && rv !== null ? pv - rv : null,
    });
    if (kr !== ca.realisasi) b.realisasiDariTw = true;
    return b;
  });

  const map = <T>(nama: string, f: (t: Tabel, i: number) => T): T[] =>
    tabel[nama].rows.map((i) => f(tabel[nama], i));

  const tugasFungsi = map<TugasFungsi>("TugasFungsi", (t, i) => ({
    no: sel(t, i, "No", kunci),
    uraian: teksSel(t, i, "Uraian"),
  }));
  const strategi = map<Strategi>("Strategi", (t, i) => ({
    noKinerja: sel(t, i, "No Kinerja", kunci),
    strategi: teksSel(t, i, "Strategi"),
    padaBulan: teksSel(t, i, "Pada Bulan"),
  }));
  const tindakLanjut = map<TindakLanjut>("TindakLanjut", (t, i) => ({
    no: sel(t, i, "No", kunci),
    rencana: teksSel(t, i, "Rencana Tindak Lanjut"),
  }));
  const ikm = map<IkmPeriode>("IKM", (t, i) => ({
    periode: teksSel(t, i, "Periode"),
    nilai: angkaSel(t, i, "Nilai IKM"),
  }));
  const tren = map<TrenKinerja>("TrenKinerja", (t, i) => {
    const noKinerja = sel(t, i, "No Kinerja", kunci);
    const target = targetSel(t, i, "Target");
    const realisasi = angkaSel(t, i, "Realisasi");
    const arah = noKinerja.value ? indikatorPerNo.get(noKinerja.value)?.arah.value : undefined;
    let capaian: Hasil<number>;
    if (target.value === null) capaian = masalahTarget(target);
    else if (realisasi.value === null) capaian = masalahAngka(realisasi, "Realisasi");
    else capaian = hitungCapaian(target.value, realisasi.value, { arah: arah ?? "Naik" });
    return {
      noKinerja,
      tahun: sel(t, i, "Tahun", parseTahunSel),
      target,
      realisasi,
      computed: { capaian },
    };
  });
  const isuStrategis = map<IsuStrategis>("IsuStrategis", (t, i) => ({
    masalahPokok: teksSel(t, i, "Masalah Pokok"),
    masalah: teksSel(t, i, "Masalah"),
    akarMasalah: teksSel(t, i, "Akar Masalah"),
  }));
  const sdm = map<Pegawai>("SDM", (t, i) => ({
    nama: teksSel(t, i, "Nama"),
    nip: teksSel(t, i, "NIP"),
    pangkat: teksSel(t, i, "Pangkat"),
    golongan: teksSel(t, i, "Golongan"),
    jabatan: teksSel(t, i, "Jabatan"),
    pendidikan: teksSel(t, i, "Pendidikan"),
  }));
  const saranaPrasarana = map<SaranaPrasarana>("SaranaPrasarana", (t, i) => ({
    jenis: teksSel(t, i, "Jenis"),
    jumlah: angkaSel(t, i, "Jumlah"),
    keterangan: teksSel(t, i, "Keterangan"),
  }));
  const kendala = map<Kendala>("Kendala", (t, i) => ({
    noKinerja: sel(t, i, "No Kinerja", kunci),
    kendala: teksSel(t, i, "Kendala"),
    upaya: teksSel(t, i, "Upaya"),
    faktorKeberhasilan: teksSel(t, i, "Faktor Keberhasilan"),
  }));
  const pembanding = map<Pembanding>("Pembanding", (t, i) => ({
    noKinerja: sel(t, i, "No Kinerja", kunci),
    unit: teksSel(t, i, "Unit"),
    realisasi: angkaSel(t, i, "Realisasi"),
  }));

  return {
    jenis,
    triwulan,
    tahun,
    profil,
    skala,
    tugasFungsi,
    kinerja,
    anggaran,
    strategi,
    tindakLanjut,
    tahunan: { ikm, tren, isuStrategis, sdm, saranaPrasarana, kendala, pembanding },
    ringkasan: ringkas(kinerja, anggaran),
    sources,
    mappingIssues: issues,
    sheetNames: raw.sheetNames,
  };
}

/**
 * Budget lines at the top level: the highest Tingkat present (Program, else
 * Kegiatan, else Sub Kegiatan); every line when none has a known Tingkat.
 * Summing only the top level keeps a program and its kegiatan from being counted twice.
 */
export function barisPuncak(anggaran: BarisAnggaran[]): BarisAnggaran[] {
  let puncak = Infinity;
  for (const b of anggaran) {
    const u = urutanTingkat(b.tingkat.value);
    if (u >= 0 && u < puncak) puncak = u;
  }
  if (puncak === Infinity) return anggaran;
  return anggaran.filter((b) => urutanTingkat(b.tingkat.value) === puncak);
}

/** Every top-level budget line has a numeric pagu and realisasi: the totals are the report's. */
export function anggaranLengkap(r: Ringkasan): boolean {
  return r.paguTidakTerbaca.length === 0 && r.realisasiTidakTerbaca.length === 0;
}

export function ringkas(kinerja: IndikatorKinerja[], anggaran: BarisAnggaran[]): Ringkasan {
  let tercapai = 0;
  let belumTercapai = 0;
  let jumlahCapaian = 0;
  for (const k of kinerja) {
    const c = k.computed.capaian;
    if (!c.ok) continue;
    jumlahCapaian += c.value;
    if (k.computed.tercapai) tercapai++;
    else belumTercapai++;
  }
  let totalPagu = 0;
  let totalRealisasi = 0;
  const paguTidakTerbaca: string[] = [];
  const realisasiTidakTerbaca: string[] = [];
  for (const b of barisPuncak(anggaran)) {
    const pagu = b.pagu.value;
    const realisasi = b.realisasi.value;
    if (pagu === null || realisasi === null) {
      const nama = b.no.value !== null ? `No ${b.no.value}` : `baris ${b.row}`;
      if (pagu === null) paguTidakTerbaca.push(nama);
      if (realisasi === null) realisasiTidakTerbaca.push(nama);
    }
    totalPagu += pagu ?? 0;
    totalRealisasi += realisasi ?? 0;
  }
  const tidakTerbaca = [...new Set([...paguTidakTerbaca, ...realisasiTidakTerbaca])];
  const dihitung = tercapai + belumTercapai;
  return {
    jumlahIndikator: kinerja.length,
    tercapai,
    belumTercapai,
    tanpaCapaian: kinerja.length - dihitung,
    totalPagu,
    totalRealisasi,
    paguTidakTerbaca,
    realisasiTidakTerbaca,
    serapanTotal:
      tidakTerbaca.length > 0
        ? // A total without some lines would state a wrong absorption (18 % for 95 %).
          gagal(
            "ANGGARAN_TIDAK_LENGKAP",
            `Pagu atau realisasi anggaran ${tidakTerbaca.join(", ")} belum berupa angka: serapan total tidak dapat dihitung`,
            "#VALUE!"
          )
        : totalPagu === 0
          ? // A report without any budget has no absorption: 0 % would read as "nothing spent".
            gagal("PAGU_NOL", "Total pagu 0: serapan anggaran tidak dapat dihitung", "#DIV/0!")
          : hitungSerapan(totalPagu, totalRealisasi),
    sisaAnggaran: totalPagu - totalRealisasi,
    rataRataCapaian: dihitung > 0 ? jumlahCapaian / dihitung : null,
  };
}
