// A small, correct Triwulan III 2023 report as raw tables (no finding at all),
// and a way to change one thing in it per test.
import { mapWorkbook } from "../../../src/core/model/map";
import type { RawTable, RawWorkbook, ReportModel } from "../../../src/core/model/types";
import { rumusTemplat } from "../../../src/core/validation/util";
import { validateReport } from "../../../src/core/validation";
import type { Temuan } from "../../../src/core/validation/types";
import { profilTable, rawTable, rawWorkbook } from "../../support/raw-workbook";

export type Baris = Record<string, unknown>;

export const KINERJA_HEADERS = [
  "No",
  "Tingkat",
  "Sasaran",
  "Indikator Kinerja",
  "Satuan",
  "Arah",
  "Target",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi",
  "Capaian",
  "Predikat",
  "Keterangan",
];

export const ANGGARAN_HEADERS = [
  "No",
  "Tingkat",
  "Uraian",
  "No Kinerja",
  "Pagu",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi",
  "Serapan",
  "Capaian Kinerja",
  "Efisiensi",
  "Keterangan",
];

export function profilDasar(): Baris {
  return {
    "Jenis Laporan": "Triwulan",
    Periode: "III",
    Tahun: 2023,
    "Pemerintah Daerah": "Kabupaten Lumajang",
    "Unit Kerja": "Kecamatan Tempeh",
    Jabatan: "Kasi Pemerintahan",
    Eselon: "IV",
    Nama: "HERRY SUWANDHONO",
    NIP: "19660905 198903 1 009",
    "Jabatan Atasan": "Camat Tempeh",
    "Nama Atasan": "ABDILAH IRSYAD, S.STP",
    "NIP Atasan": "198707022006021002",
    "Pihak Kedua Perjanjian Kinerja": "Camat Tempeh",
    Tempat: "Lumajang",
    // 30 September 2023
    "Tanggal Laporan": 45199,
    "Skala Predikat": "PERMENDAGRI86",
  };
}

export function kinerjaDasar(): Baris[] {
  return [
    {
      No: "1",
      Tingkat: "Sasaran",
      Sasaran: "Terfasilitasinya urusan pemerintahan umum",
      "Indikator Kinerja": "Jumlah fasilitasi urusan pemerintahan umum",
      Satuan: "fasilitasi",
      Arah: "Naik",
      Target: 12,
      "Realisasi TW I": 3,
      "Realisasi TW II": 6,
      "Realisasi TW III": 9,
      Realisasi: 9,
      Capaian: 0.75,
      Predikat: "Sedang",
    },
    {
      No: "2",
      Tingkat: "Sasaran",
      Sasaran: "Terpenuhinya pembinaan pemerintahan desa",
      "Indikator Kinerja": "Persentase desa yang dibina",
      Satuan: "%",
      Arah: "Naik",
      Target: 0.8,
      Realisasi: 0.9,
      Capaian: 1.125,
      Predikat: "Sangat Tinggi",
    },
    {
      No: "3",
      Tingkat: "Sasaran",
      Sasaran: "Menurunnya konflik sosial",
      "Indikator Kinerja": "Jumlah konflik sosial",
      Satuan: "kejadian",
      Arah: "Turun",
      Target: 4,
      Realisasi: 3,
      Capaian: 1.25,
      Predikat: "Sangat Tinggi",
    },
  ];
}

export function anggaranDasar(): Baris[] {
  return [
    {
      No: "1",
      Tingkat: "Program",
      Uraian: "Program penyelenggaraan pemerintahan",
      Pagu: 1000000,
      Realisasi: 600000,
      Serapan: 0.6,
    },
    {
      No: "1.1",
      Tingkat: "Kegiatan",
      Uraian: "Koordinasi urusan umum",
      "No Kinerja": "1",
      Pagu: 400000,
      Realisasi: 200000,
      Serapan: 0.5,
      "Capaian Kinerja": 0.75,
      Efisiensi: 25,
    },
    {
      No: "1.2",
      Tingkat: "Kegiatan",
      Uraian: "Pembinaan desa",
      "No Kinerja": "2",
      Pagu: 600000,
      Realisasi: 400000,
      Serapan: 0.6666666666666666,
      "Capaian Kinerja": 1.125,
      Efisiensi: 45.83,
    },
  ];
}

export function strategiDasar(): Baris[] {
  return [
    { "No Kinerja": "1", Strategi: "Menjadwalkan rapat koordinasi", "Pada Bulan": "Oktober" },
  ];
}

/** Cells that hold the template formulas (their values are the formulas' results). */
const DIHITUNG: Record<string, string[]> = {
  Kinerja: ["Capaian", "Predikat"],
  Anggaran: ["Serapan", "Capaian Kinerja", "Efisiensi"],
};

const PERSEN = new Set(["Capaian", "Serapan", "Capaian Kinerja"]);

export interface Ubah {
  profil?: (p: Baris) => void;
  kinerja?: (rows: Baris[]) => void;
  anggaran?: (rows: Baris[]) => void;
  strategi?: (rows: Baris[]) => void;
  /** "Tabel:i,Header" cells that hold a typed value instead of the formula. */
  diketik?: string[];
  /** "Tabel:i,Header" → number format of that cell. */
  format?: Record<string, string>;
  /** Extra tables (Tahunan sheets). */
  tabel?: RawTable[];
  /** Tables to leave out. */
  tanpa?: string[];
}

function formulas(
  table: string,
  rows: Baris[],
  headers: string[],
  diketik: string[]
): Record<string, string> {
  const f: Record<string, string> = {};
  rows.forEach((r, i) => {
    for (const h of DIHITUNG[table] ?? []) {
      if (!headers.includes(h) || diketik.includes(`${table}:${i},${h}`)) continue;
      if (r[h] === undefined || r[h] === "") continue;
      const rumus = rumusTemplat(table, h);
      if (rumus) f[`${i},${h}`] = rumus;
    }
  });
  return f;
}

export function bukuRaw(u: Ubah = {}): RawWorkbook {
  const profil = profilDasar();
  u.profil?.(profil);
  const kinerja = kinerjaDasar();
  u.kinerja?.(kinerja);
  const anggaran = anggaranDasar();
  u.anggaran?.(anggaran);
  const strategi = strategiDasar();
  u.strategi?.(strategi);
  const diketik = u.diketik ?? [];
  const format = u.format ?? {};
  const fmt = (table: string) => (i: number, h: string) =>
    format[`${table}:${i},${h}`] ??
    (PERSEN.has(h)
      ? "0.00%"
      : table === "Kinerja" && i === 1 && (h === "Target" || h === "Realisasi")
        ? "0%"
        : undefined);
  const tables = [
    profilTable(profil),
    rawTable("TugasFungsi", ["No", "Uraian"], [["a", "menyusun rencana kegiatan"]], {
      sheet: "Tugas Fungsi",
    }),
    rawTable("Kinerja", KINERJA_HEADERS, kinerja, {
      formulas: formulas("Kinerja", kinerja, KINERJA_HEADERS, diketik),
      numberFormats: fmt("Kinerja"),
    }),
    rawTable("Anggaran", ANGGARAN_HEADERS, anggaran, {
      formulas: formulas("Anggaran", anggaran, ANGGARAN_HEADERS, diketik),
      numberFormats: fmt("Anggaran"),
    }),
    rawTable("Strategi", ["No Kinerja", "Strategi", "Pada Bulan"], strategi),
    rawTable("TindakLanjut", ["No", "Rencana Tindak Lanjut"], [["1", "Melanjutkan koordinasi"]], {
      sheet: "Tindak Lanjut",
    }),
  ].filter((t) => !(u.tanpa ?? []).includes(t.name));
  return rawWorkbook([...tables, ...(u.tabel ?? [])]);
}

export function model(u: Ubah = {}): ReportModel {
  return mapWorkbook(bukuRaw(u));
}

export function periksa(u: Ubah = {}): Temuan[] {
  return validateReport(model(u));
}

export function kode(t: Temuan[]): string[] {
  return t.map((x) => x.kode);
}

/** The findings with a code, as "kode@Lembar!sel". */
export function di(t: Temuan[], k: string): string[] {
  return t.filter((x) => x.kode === k).map((x) => `${x.lembar}!${x.sel}`);
}
