// The state of a report as the task pane's home view (Beranda) shows it: which
// contract sheets exist and how filled they are, the Profil's Jenis Laporan,
// Periode and Tahun, and the findings counted by severity. Pure: built from the
// report model and the findings, so it is tested without Excel.
import { formatAngka } from "../format/angka";
import { romawi } from "../format/tanggal";
import { SKALA_KUSTOM, SHEETS, sheetsFor } from "../template";
import type { JenisLaporan, Triwulan } from "../types";
import type { Temuan } from "../validation/types";
import { normalHeader } from "./map";
import type { Cell, Profil, ReportModel } from "./types";

export type KeadaanLembar = "ada" | "tanpa-tabel" | "tidak-ada";

/**
 * Some part of the contract is in the workbook: a table found (by its name or on
 * its sheet), or a sheet named like a contract sheet, even without its table.
 * The output sheet Narasi is not input, so it does not count. Beranda's "no LKj
 * sheets yet" and the validator's BUKU_KERJA_BUKAN_LKJ both ask this.
 */
export function adaIsiLkj(m: ReportModel): boolean {
  if (Object.values(m.sources).some((s) => s.present)) return true;
  const lembar = new Set((m.sheetNames ?? []).map(normalHeader));
  return SHEETS.some((s) => lembar.has(normalHeader(s.name)));
}

export interface StatusLembar {
  /** Contract sheet name ("Kinerja"). */
  lembar: string;
  /** Contract table name ("Kinerja"). */
  tabel: string;
  keadaan: KeadaanLembar;
  /** Body rows holding anything (0 when absent). */
  baris: number;
  /** Rows counted as filled (indicators or budget lines with a realisasi; Profil fields with a value). */
  terisi: number | null;
  /** One Indonesian line: "Kinerja: 5 indikator, 4 dengan realisasi". */
  teks: string;
}

export interface JumlahTemuan {
  galat: number;
  peringatan: number;
  info: number;
}

export interface StatusLaporan {
  /** Jenis Laporan as the Profil states it; null when not stated. */
  jenis: JenisLaporan | null;
  /** The jenis whose sheets are listed (Profil's, else the mapping's guess). */
  jenisDipakai: JenisLaporan;
  periode: Triwulan | null;
  tahun: number | null;
  /** "Triwulan III Tahun 2023", "Tahunan 2023" or a sentence when the Profil says nothing. */
  judul: string;
  lembar: StatusLembar[];
  /** No contract table in the workbook at all: the user should run Siapkan Lembar first. */
  kosong: boolean;
  /** Contract sheets of this jenis that are missing (not created yet). */
  belumAda: string[];
  temuan: JumlahTemuan;
}

const n = (x: number) => formatAngka(x);

function terisiSel(c: Cell<unknown>): boolean {
  const r = c.raw;
  return !(r === null || r === undefined || (typeof r === "string" && r.trim() === ""));
}

/** Profil fields with a value, out of the fields this jenis needs (Batas Capaian is optional). */
function isianProfil(p: Profil, jenis: JenisLaporan): { terisi: number; dari: number } {
  let terisi = 0;
  let dari = 0;
  for (const [key, cell] of Object.entries(p)) {
    if (key === "lainnya" || key === "batasCapaian") continue;
    if (key === "periode" && jenis === "Tahunan") continue;
    dari++;
    if (terisiSel(cell as Cell<unknown>)) terisi++;
  }
  return { terisi, dari };
}

/** Noun for the rows of each table: "5 indikator", "3 langkah". */
const SATUAN_BARIS: Record<string, string> = {
  TugasFungsi: "uraian",
  Strategi: "langkah strategi",
  TindakLanjut: "rencana",
  Skala: "batas predikat",
  IKM: "periode",
  TrenKinerja: "baris tren",
  IsuStrategis: "isu",
  SDM: "pegawai",
  SaranaPrasarana: "jenis sarana",
  Kendala: "kendala",
  Pembanding: "pembanding",
};

function adaRealisasi(c: { raw: unknown }): boolean {
  return terisiSel(c as Cell<unknown>);
}

/** Rows with a realisasi (typed, or taken from the period's TW column) among all rows. */
function denganRealisasi(
  rows: readonly { realisasi: { raw: unknown }; realisasiDariTw?: boolean }[],
  nama: string
): Omit<StatusLembar, "lembar" | "tabel" | "keadaan"> {
  const m = rows.filter((r) => r.realisasiDariTw || adaRealisasi(r.realisasi)).length;
  return {
    baris: rows.length,
    terisi: m,
    teks:
      rows.length === 0
        ? `belum ada ${nama}`
        : `${n(rows.length)} ${nama}, ${n(m)} dengan realisasi`,
  };
}

function isi(
  model: ReportModel,
  tabel: string,
  jenis: JenisLaporan
): Omit<StatusLembar, "lembar" | "tabel" | "keadaan"> {
  const baris = model.sources[tabel]?.rowCount ?? 0;
  if (tabel === "Profil") {
    const p = isianProfil(model.profil, jenis);
    return { baris, terisi: p.terisi, teks: `${n(p.terisi)} dari ${n(p.dari)} isian terisi` };
  }
  if (tabel === "Kinerja") return denganRealisasi(model.kinerja, "indikator");
  if (tabel === "Anggaran") return denganRealisasi(model.anggaran, "baris anggaran");
  return {
    baris,
    terisi: null,
    teks: baris === 0 ? "belum diisi" : `${n(baris)} ${SATUAN_BARIS[tabel] ?? "baris"}`,
  };
}

function judulLaporan(
  jenis: JenisLaporan | null,
  periode: Triwulan | null,
  tahun: number | null
): string {
  if (!jenis) return "Jenis Laporan belum diisi di lembar Profil";
  const th = tahun === null ? "" : ` Tahun ${tahun}`;
  if (jenis === "Tahunan") return `Laporan Tahunan${th}`;
  const tw = periode === null ? " (Periode belum diisi)" : ` ${romawi(periode)}`;
  return `Laporan Triwulan${tw}${th}`;
}

export function jumlahTemuan(temuan: readonly Temuan[]): JumlahTemuan {
  const j: JumlahTemuan = { galat: 0, peringatan: 0, info: 0 };
  for (const t of temuan) j[t.tingkat]++;
  return j;
}

/** The Beranda summary of a mapped report and its findings. */
export function statusLaporan(model: ReportModel, temuan: readonly Temuan[]): StatusLaporan {
  const jenis = model.profil.jenisLaporan.value;
  const jenisDipakai = jenis ?? model.jenis;
  const periode = jenisDipakai === "Tahunan" ? null : model.profil.periode.value;
  const tahun = model.profil.tahun.value;
  const sheetAda = new Set(model.sheetNames.map((s) => s.trim().toLowerCase()));
  const kustom =
    String(model.profil.skalaPredikat.value ?? "")
      .trim()
      .toLowerCase() === SKALA_KUSTOM.toLowerCase();

  const lembar: StatusLembar[] = [];
  const belumAda: string[] = [];
  for (const def of sheetsFor(jenisDipakai)) {
    const src = model.sources[def.table.name];
    const present = src?.present ?? false;
    // The custom scale sheet is only part of the report when the Profil asks for it.
    if (def.table.name === "Skala" && !kustom && !present) continue;
    if (present) {
      const x = isi(model, def.table.name, jenisDipakai);
      lembar.push({
        lembar: def.name,
        tabel: def.table.name,
        keadaan: "ada",
        ...x,
        teks: `${def.name}: ${x.teks}`,
      });
    } else if (sheetAda.has(def.name.toLowerCase())) {
      lembar.push({
        lembar: def.name,
        tabel: def.table.name,
        keadaan: "tanpa-tabel",
        baris: 0,
        terisi: null,
        teks: `${def.name}: lembar ada, tetapi tanpa tabel ${def.table.name}`,
      });
    } else {
      belumAda.push(def.name);
      lembar.push({
        lembar: def.name,
        tabel: def.table.name,
        keadaan: "tidak-ada",
        baris: 0,
        terisi: null,
        teks: `${def.name}: belum ada`,
      });
    }
  }
  const kosong = !adaIsiLkj(model);
  return {
    jenis,
    jenisDipakai,
    periode,
    tahun,
    judul: judulLaporan(jenis, periode, tahun),
    lembar,
    kosong,
    belumAda,
    temuan: jumlahTemuan(temuan),
  };
}

/** "2 galat, 1 peringatan, 0 info". */
export function teksJumlahTemuan(j: JumlahTemuan): string {
  return `${n(j.galat)} galat, ${n(j.peringatan)} peringatan, ${n(j.info)} info`;
}
