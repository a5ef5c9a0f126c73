// The workbook template as data. Both writers (Office.js scaffold and the
// exceljs file writer) walk these definitions; nothing about sheets, tables
// or columns is decided in writer code. Names are exact per workbook.md.
import type { JenisLaporan } from "../types";

/** "semua": every report; "tahunan": only when Jenis Laporan = Tahunan. */
export type JenisTemplat = "semua" | "tahunan";

/** Closed lists offered as dropdowns (data validation). */
export type NamaDaftar =
  "JenisLaporan" | "Periode" | "Arah" | "Tingkat" | "TingkatAnggaran" | "SkalaPredikat";

export interface DaftarPilihan {
  name: NamaDaftar;
  /** Indonesian label of the list, for messages. */
  label: string;
  values: readonly string[];
}

/** Excel input message (data validation prompt): title ≤ 32, message ≤ 255 characters. */
export interface InputPrompt {
  title: string;
  message: string;
}

/**
 * One argument of a template formula: a column of the same row, a defined
 * name (a Profil setting), or a literal text.
 */
export type ArgRumus = { kolom: string } | { nama: string } | { teks: string };

/** Functions a template formula may call (see src/core/formulas). */
export type FungsiTemplat = "CAPAIAN" | "PREDIKAT" | "SERAPAN" | "EFISIENSI" | "CAPAIAN_KINERJA";

/** Formula of a computed column, as data: the writers render it through src/core/formulas. */
export interface RumusKolom {
  fungsi: FungsiTemplat;
  args: ArgRumus[];
}

/** How a column is coloured: "predikat" colours the cell by the band label it shows. */
export type PetunjukWarna = "predikat";

export interface ColumnDef {
  /** Header exactly as in workbook.md. */
  header: string;
  required: boolean;
  /** Width in Excel character units. */
  width: number;
  wrap: boolean;
  /** Excel number format ("0.00%", '"Rp"#,##0', "d mmmm yyyy", "@"); absent: General. */
  numberFormat?: string;
  kind: "input" | "computed";
  /** Dropdown list for the body cells. */
  list?: NamaDaftar;
  prompt?: InputPrompt;
  /** Formula of a computed column. */
  formula?: RumusKolom;
  conditional?: PetunjukWarna;
  /** Only in Tahunan workbooks (e.g. Target Awal). Absent: every report. */
  jenis?: JenisTemplat;
  /** Short Indonesian explanation (documentation, help texts). */
  keterangan?: string;
}

/** One field row of the Profil table (Isian text exactly as workbook.md). */
export interface ProfilField {
  isian: string;
  /** Indonesian guidance written into the Keterangan column. */
  keterangan: string;
  numberFormat?: string;
  list?: NamaDaftar;
  prompt?: InputPrompt;
  /** Defined name pointing at this field's Nilai cell (e.g. LKJ_BatasCapaian). */
  definedName?: string;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "landscape" | "portrait";
  fitToWidth: boolean;
  /** Repeat the table's header row on every printed page. */
  repeatHeaderRow: boolean;
}

export interface TableDef {
  /** Excel table (ListObject) name, exact. */
  name: string;
  columns: ColumnDef[];
  /**
   * Rows written when the table is created empty, keyed by header (Profil:
   * one row per field; Skala: the PERMENDAGRI86 bands as a starting point).
   * Absent: one blank row (Excel tables need a body row).
   */
  defaultRows?: Record<string, string | number | null>[];
}

export interface SheetDef {
  /** Worksheet name, exact. */
  name: string;
  jenis: JenisTemplat;
  table: TableDef;
  /** Rows frozen at the top (the header row). */
  freezeRows: number;
  print: PrintSetup;
  /** One Indonesian sentence on what the sheet holds. */
  keterangan: string;
}

/** A workbook-level name for a setting the formulas use. */
export interface DefinedNameDef {
  name: string;
  sheet: string;
  /** Absolute A1 address of the cell ("$B$21"). */
  address: string;
  /** Indonesian comment shown in Excel's Name Manager. */
  keterangan: string;
}

export interface TemplatOptions {
  jenis: JenisLaporan;
}
