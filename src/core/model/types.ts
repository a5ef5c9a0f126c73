// The report model: one typed view of a whole LKj workbook. It is built by one
// mapping (src/core/model/map.ts) from raw table contents that the Office.js and
// exceljs adapters fetch. Validation, narrative and export take only this model.
// Every computed figure here is computed by the core from the inputs, never
// trusted from a cell; what a user typed in a computed column is kept as
// `reported` so the validator can compare.

import type {
  Arah,
  Hasil,
  JenisLaporan,
  ParsedNumber,
  PredikatScale,
  Target,
  Triwulan,
} from "../types";

// ---------------------------------------------------------------------------
// Raw input: what an adapter fetches. Nothing else crosses the adapter boundary.

/** Contents of one Excel table (ListObject), as fetched by an adapter. */
export interface RawTable {
  /** Worksheet name, e.g. "Kinerja". */
  sheet: string;
  /** Table name, e.g. "Kinerja". */
  name: string;
  /** A1 address of the whole table including the header row, without sheet: "A1:T12". */
  address: string;
  /** Header row texts as they stand in the sheet. */
  headers: string[];
  /**
   * Body values, row-major (no header row). Numbers, strings, booleans, "" for
   * blank. The model reads cells from these arrays when asked, so they are not
   * changed once mapped (adapters hand over fresh arrays on every read).
   */
  values: unknown[][];
  /** Body formulas, same shape as values; a cell without formula holds its value. */
  formulas: unknown[][];
  /** Body number formats, same shape, where the adapter could fetch them (optional). */
  numberFormats?: string[][];
}

export interface RawWorkbook {
  /** Every worksheet name in workbook order. */
  sheetNames: string[];
  /** Every table found, whatever its name (the mapping picks the standard ones). */
  tables: RawTable[];
}

// ---------------------------------------------------------------------------
// Cells

/** Where a value lives: sheet name and A1 address of the cell ("E5"). */
export interface CellRef {
  sheet: string;
  address: string;
}

/**
 * A cell of the model: its raw content, formula (if any) and position. Read-only:
 * the mapping's cells are views over the table's column arrays
 * (src/core/model/map.ts, SelBaca), and the Kinerja and Anggaran rows make one on
 * each read, so two reads of a row's cell are equal but not the same object.
 */
export interface Cell<T> {
  /** Parsed value; null when blank or not parseable as T. */
  readonly value: T | null;
  /** What the cell held ("" for blank). */
  readonly raw: unknown;
  /** The cell's formula ("=LKJ.CAPAIAN(...)") or null when it holds a constant. */
  readonly formula: string | null;
  readonly ref: CellRef;
  /** Excel number format of the cell, when the adapter fetched it ("0.00%"). */
  readonly numberFormat?: string;
  /**
   * True when the table has no such column: the cell reads as blank and its ref
   * is the row's first cell, so nothing may be written there in its name.
   */
  readonly absent?: boolean;
}

/** A numeric cell keeps the parse details for the validator. */
export interface NumberCell extends Cell<number> {
  readonly parsed: ParsedNumber;
}

export interface TargetCell extends Cell<Target> {
  readonly parsed: ParsedNumber | null;
}

// ---------------------------------------------------------------------------
// Sheets

export type Tingkat = "Tujuan" | "Sasaran" | "Program" | "Kegiatan" | "Sub Kegiatan";

export interface Profil {
  jenisLaporan: Cell<JenisLaporan>;
  periode: Cell<Triwulan>;
  tahun: Cell<number>;
  pemerintahDaerah: Cell<string>;
  unitKerja: Cell<string>;
  jabatan: Cell<string>;
  eselon: Cell<string>;
  nama: Cell<string>;
  nip: Cell<string>;
  jabatanAtasan: Cell<string>;
  namaAtasan: Cell<string>;
  nipAtasan: Cell<string>;
  pihakKedua: Cell<string>;
  tempat: Cell<string>;
  /** Excel date serial of the report date. */
  tanggalLaporan: Cell<number>;
  dasarHukumPelaporan: Cell<string>;
  dasarHukumTugasFungsi: Cell<string>;
  pasalTugasFungsi: Cell<string>;
  skalaPredikat: Cell<string>;
  /** Optional cap as a fraction (1.2 = 120 %); value null when not declared. */
  batasCapaian: Cell<number>;
  /** Rows of the Profil table whose Isian is not a known field (kept, ignored). */
  lainnya: { isian: string; nilai: Cell<string> }[];
}

export interface TugasFungsi {
  no: Cell<string>;
  uraian: Cell<string>;
}

export interface IndikatorKinerja {
  /** Body row index in the table (0-based) and the sheet row number (1-based). */
  index: number;
  row: number;
  no: Cell<string>;
  tingkat: Cell<Tingkat>;
  sasaran: Cell<string>;
  indikator: Cell<string>;
  satuan: Cell<string>;
  /** Blank Arah means Naik. */
  arah: Cell<Arah>;
  targetAwal: TargetCell | null;
  target: TargetCell;
  /** Realisasi TW I..IV (cumulative), null where the column is absent. */
  realisasiTw: [NumberCell | null, NumberCell | null, NumberCell | null, NumberCell | null];
  realisasi: NumberCell;
  /**
   * True when Realisasi was blank and the period's Realisasi TW column was used
   * instead (realisasi is cumulative, so the quarter's figure is the period's).
   */
  realisasiDariTw?: boolean;
  /** What stands in the computed columns (formula result or typed figure). */
  reported: { capaian: NumberCell; predikat: Cell<string> };
  computed: {
    /** Capaian as a fraction (1 = 100 %), after the optional cap. */
    capaian: Hasil<number>;
    /** Capaian before the cap, for "silently capped" checks. */
    capaianTanpaBatas: Hasil<number>;
    predikat: string | null;
    /** Capaian ≥ 100 %; null when capaian cannot be computed (blank input). */
    tercapai: boolean | null;
  };
  formulasi: Cell<string> | null;
  pembilang: NumberCell | null;
  penyebut: NumberCell | null;
  keterangan: Cell<string> | null;
}

export interface BarisAnggaran {
  index: number;
  row: number;
  no: Cell<string>;
  tingkat: Cell<Tingkat>;
  uraian: Cell<string>;
  noKinerja: Cell<string> | null;
  pagu: NumberCell;
  realisasiTw: [NumberCell | null, NumberCell | null, NumberCell | null, NumberCell | null];
  realisasi: NumberCell;
  /** As IndikatorKinerja.realisasiDariTw. */
  realisasiDariTw?: boolean;
  reported: {
    serapan: NumberCell;
    capaianKinerja: NumberCell | null;
    efisiensi: NumberCell | null;
  };
  computed: {
    /** Realisasi / Pagu as a fraction. */
    serapan: Hasil<number>;
    /** Capaian of the linked Kinerja row, when linked. */
    capaianKinerja: Hasil<number> | null;
    /** Capaian − serapan in percentage points (or the ratio, per setting). */
    efisiensi: Hasil<number> | null;
    efisiensiPredikat: string | null;
    /** Pagu − realisasi. */
    sisa: number | null;
  };
  sumberDana: Cell<string> | null;
  keterangan: Cell<string> | null;
}

export interface Strategi {
  noKinerja: Cell<string>;
  strategi: Cell<string>;
  padaBulan: Cell<string>;
}

export interface TindakLanjut {
  no: Cell<string>;
  rencana: Cell<string>;
}

export interface IkmPeriode {
  periode: Cell<string>;
  nilai: NumberCell;
}

export interface TrenKinerja {
  noKinerja: Cell<string>;
  tahun: Cell<number>;
  target: TargetCell;
  realisasi: NumberCell;
  computed: { capaian: Hasil<number> };
}

export interface IsuStrategis {
  masalahPokok: Cell<string>;
  masalah: Cell<string>;
  akarMasalah: Cell<string>;
}

export interface Pegawai {
  nama: Cell<string>;
  nip: Cell<string>;
  pangkat: Cell<string>;
  golongan: Cell<string>;
  jabatan: Cell<string>;
  pendidikan: Cell<string>;
}

export interface SaranaPrasarana {
  jenis: Cell<string>;
  jumlah: NumberCell;
  keterangan: Cell<string>;
}

export interface Kendala {
  noKinerja: Cell<string>;
  kendala: Cell<string>;
  upaya: Cell<string>;
  faktorKeberhasilan: Cell<string>;
}

export interface Pembanding {
  noKinerja: Cell<string>;
  unit: Cell<string>;
  realisasi: NumberCell;
}

// ---------------------------------------------------------------------------
// Where each standard table was found, and what the mapping noticed.

export interface TableSource {
  /** Contract table name, e.g. "Kinerja". */
  table: string;
  /** Contract sheet name, e.g. "Kinerja". */
  sheet: string;
  present: boolean;
  /** Full table address with header, e.g. "A1:T12"; null when absent. */
  address: string | null;
  /** Contract column header → sheet column letter ("Target" → "H"). */
  columns: Record<string, string>;
  /** Required columns that are absent. */
  missingColumns: string[];
  rowCount: number;
}

/** Problems seen while mapping (missing sheets, tables, columns): input to validation. */
export interface MappingIssue {
  code: string;
  sheet: string;
  /** Cell or range the issue is about; null for a missing sheet. */
  address: string | null;
  message: string;
  /** KOLOM_TIDAK_ADA with a lookalike header at `address`: the contract header to put there. */
  judulKontrak?: string;
}

export interface Ringkasan {
  jumlahIndikator: number;
  /** Indicators with capaian ≥ 100 %. */
  tercapai: number;
  /** Indicators with a computable capaian below 100 %. */
  belumTercapai: number;
  /** Indicators whose capaian cannot be computed (blank or invalid input). */
  tanpaCapaian: number;
  /** Sum over the top level of the budget (Program rows; all rows when no Program rows). */
  totalPagu: number;
  totalRealisasi: number;
  /**
   * Top-level lines whose Pagu (Realisasi) is blank or not a number, as "No 1"
   * (or "baris 7"): the totals leave them out, so they are no complete totals
   * and serapanTotal is an error.
   */
  paguTidakTerbaca: string[];
  realisasiTidakTerbaca: string[];
  serapanTotal: Hasil<number>;
  sisaAnggaran: number;
  /** Mean capaian of the computable indicators (fraction). */
  rataRataCapaian: number | null;
}

export interface ReportModel {
  jenis: JenisLaporan;
  /** Quarter of a Triwulan report; null for Tahunan. */
  triwulan: Triwulan | null;
  tahun: number | null;
  profil: Profil;
  skala: PredikatScale;
  tugasFungsi: TugasFungsi[];
  kinerja: IndikatorKinerja[];
  anggaran: BarisAnggaran[];
  strategi: Strategi[];
  tindakLanjut: TindakLanjut[];
  tahunan: {
    ikm: IkmPeriode[];
    tren: TrenKinerja[];
    isuStrategis: IsuStrategis[];
    sdm: Pegawai[];
    saranaPrasarana: SaranaPrasarana[];
    kendala: Kendala[];
    pembanding: Pembanding[];
  };
  ringkasan: Ringkasan;
  sources: Record<string, TableSource>;
  mappingIssues: MappingIssue[];
  sheetNames: string[];
}
