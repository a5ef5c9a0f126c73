// THE template: every sheet, table and column of workbook.md in contract order,
// with the formats, lists, prompts and formulas both writers apply.
// Decisions recorded here:
//  - Key columns (No, No Kinerja) and NIPs are text ("@"): "2.1" must not become
//    the number 2,1 and an 18-digit NIP does not fit a double.
//  - Realisasi stays an input. In Excel a cell is either a formula or a typed
//    figure, and most seeds type the period's realisasi; since quarterly
//    realisasi is cumulative, the period's figure equals its quarter's TW
//    column, so `realisasiDariTwColumn` (index.ts) names that column for a
//    writer to fill when the user asks for it, never by default.
//  - Settings the formulas need live in Profil and are reached through defined
//    names (Excel names cannot hold spaces): LKJ_BatasCapaian, LKJ_SkalaPredikat,
//    plus LKJ_JenisLaporan, LKJ_Periode, LKJ_Tahun for people's own formulas.
import type {
  ColumnDef,
  DaftarPilihan,
  InputPrompt,
  ProfilField,
  SheetDef,
  TableDef,
} from "./types";
import { PRESET_NAMES, getPreset } from "../kinerja/predikat";

export const FORMAT_PERSEN = "0.00%";
export const FORMAT_RUPIAH = '"Rp"#,##0';
/** [$-421] = id-ID: month names in Indonesian ("30 September 2023"). */
export const FORMAT_TANGGAL = "[$-421]d mmmm yyyy";
export const FORMAT_TEKS = "@";
export const FORMAT_POIN = "0.00";

export const NAMA_BATAS_CAPAIAN = "LKJ_BatasCapaian";
export const NAMA_SKALA_PREDIKAT = "LKJ_SkalaPredikat";
export const NAMA_JENIS_LAPORAN = "LKJ_JenisLaporan";
export const NAMA_PERIODE = "LKJ_Periode";
export const NAMA_TAHUN = "LKJ_Tahun";

/** Value of Skala Predikat that selects the custom `Skala` table. */
export const SKALA_KUSTOM = "Skala";

export const DAFTAR: readonly DaftarPilihan[] = [
  { name: "JenisLaporan", label: "Jenis Laporan", values: ["Triwulan", "Tahunan"] },
  { name: "Periode", label: "Periode", values: ["I", "II", "III", "IV"] },
  { name: "Arah", label: "Arah", values: ["Naik", "Turun"] },
  {
    name: "Tingkat",
    label: "Tingkat",
    values: ["Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"],
  },
  { name: "TingkatAnggaran", label: "Tingkat", values: ["Program", "Kegiatan", "Sub Kegiatan"] },
  { name: "SkalaPredikat", label: "Skala Predikat", values: [...PRESET_NAMES, SKALA_KUSTOM] },
];

// Prompts for the columns people get wrong (Excel: title ≤ 32, message ≤ 255 characters).
const P = {
  target: {
    title: "Target",
    message:
      "Angka target dari Perjanjian Kinerja, tanpa satuan (satuan di kolom Satuan). Persen ditulis 85%. Target rentang ditulis 80%-90%.",
  },
  targetAwal: {
    title: "Target Awal",
    message: "Target sebelum perubahan Perjanjian Kinerja. Kosongkan bila PK tidak diubah.",
  },
  realisasi: {
    title: "Realisasi periode laporan",
    message:
      "Realisasi kumulatif sampai akhir periode laporan (Triwulan III: 1 Januari s.d. 30 September), dengan satuan yang sama dengan Target.",
  },
  realisasiTw: {
    title: "Realisasi kumulatif",
    message: "Realisasi kumulatif sampai akhir triwulan ini (bukan hanya triwulan ini saja).",
  },
  arah: {
    title: "Arah indikator",
    message:
      "Naik: makin besar makin baik (bawaan bila kosong). Turun: makin kecil makin baik, misalnya angka kemiskinan atau lama waktu layanan.",
  },
  satuan: {
    title: "Satuan",
    message: "Satuan target dan realisasi, misalnya %, dokumen, laporan, kegiatan, indeks.",
  },
  tingkat: {
    title: "Tingkat",
    message: "Pilih dari daftar: Tujuan, Sasaran, Program, Kegiatan atau Sub Kegiatan.",
  },
  no: {
    title: "No",
    message:
      "Nomor baris sebagai teks, misalnya 1, 2.1 atau S1. Dipakai sebagai kunci oleh lembar lain.",
  },
  noKinerja: {
    title: "No Kinerja",
    message:
      "No baris di lembar Kinerja yang didukung oleh baris ini. Kosongkan bila tidak terkait.",
  },
  pagu: {
    title: "Pagu (Rupiah)",
    message: "Pagu anggaran dalam Rupiah, angka saja tanpa Rp dan titik, misalnya 13600000.",
  },
  realisasiAnggaran: {
    title: "Realisasi anggaran (Rupiah)",
    message: "Belanja kumulatif sampai akhir periode laporan, dalam Rupiah, angka saja.",
  },
  nip: {
    title: "NIP",
    message: "18 digit, boleh dengan spasi, misalnya 19870702 200602 1 002.",
  },
  dihitung: {
    title: "Dihitung otomatis",
    message:
      "Kolom ini berisi rumus. Angka yang diketik di sini dianggap angka yang dilaporkan dan akan dibandingkan dengan hasil hitungan.",
  },
} satisfies Record<string, InputPrompt>;

function kolom(
  header: string,
  width: number,
  extra: Partial<ColumnDef> & { required?: boolean } = {}
): ColumnDef {
  return { header, required: false, width, wrap: false, kind: "input", ...extra };
}

const wajib = { required: true } as const;
const panjang = { wrap: true } as const;

function realisasiTw(format?: string, prompt: InputPrompt = P.realisasiTw): ColumnDef[] {
  return ["I", "II", "III", "IV"].map((tw) =>
    kolom(`Realisasi TW ${tw}`, 12, format ? { numberFormat: format, prompt } : { prompt })
  );
}

export const PROFIL_FIELDS: readonly ProfilField[] = [
  {
    isian: "Jenis Laporan",
    keterangan: "Triwulan atau Tahunan.",
    list: "JenisLaporan",
    definedName: NAMA_JENIS_LAPORAN,
  },
  {
    isian: "Periode",
    keterangan: "Triwulan I, II, III atau IV. Kosongkan untuk laporan Tahunan.",
    list: "Periode",
    definedName: NAMA_PERIODE,
  },
  {
    isian: "Tahun",
    keterangan: "Tahun laporan, misalnya 2023.",
    numberFormat: "0",
    definedName: NAMA_TAHUN,
  },
  { isian: "Pemerintah Daerah", keterangan: "Misalnya Kabupaten Lumajang." },
  { isian: "Unit Kerja", keterangan: "Misalnya Kecamatan Tempeh." },
  { isian: "Jabatan", keterangan: "Jabatan pejabat yang melapor, misalnya Kasi Pemerintahan." },
  { isian: "Eselon", keterangan: "II, III atau IV." },
  { isian: "Nama", keterangan: "Nama pejabat yang melapor, dengan gelar." },
  {
    isian: "NIP",
    keterangan: "18 digit NIP pejabat yang melapor.",
    numberFormat: FORMAT_TEKS,
    prompt: P.nip,
  },
  { isian: "Jabatan Atasan", keterangan: "Jabatan atasan langsung, misalnya Camat Tempeh." },
  { isian: "Nama Atasan", keterangan: "Nama atasan langsung, dengan gelar." },
  {
    isian: "NIP Atasan",
    keterangan: "18 digit NIP atasan langsung.",
    numberFormat: FORMAT_TEKS,
    prompt: P.nip,
  },
  {
    isian: "Pihak Kedua Perjanjian Kinerja",
    keterangan: "Pejabat yang menandatangani Perjanjian Kinerja bersama pelapor.",
  },
  { isian: "Tempat", keterangan: "Tempat pada baris tanda tangan, misalnya Lumajang." },
  {
    isian: "Tanggal Laporan",
    keterangan: "Tanggal laporan sebagai tanggal Excel, tidak sebelum akhir periode.",
    numberFormat: FORMAT_TANGGAL,
  },
  {
    isian: "Dasar Hukum Pelaporan",
    keterangan: "Misalnya Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018.",
  },
  {
    isian: "Dasar Hukum Tugas dan Fungsi",
    keterangan: "Peraturan yang menetapkan tugas dan fungsi unit kerja.",
  },
  { isian: "Pasal Tugas dan Fungsi", keterangan: "Nomor pasal tugas dan fungsi, misalnya 9." },
  {
    isian: "Skala Predikat",
    keterangan: `Nama skala (${PRESET_NAMES.join(", ")}) atau ${SKALA_KUSTOM} untuk memakai lembar Skala.`,
    list: "SkalaPredikat",
    definedName: NAMA_SKALA_PREDIKAT,
  },
  {
    isian: "Batas Capaian",
    keterangan: "Opsional: batas atas capaian, misalnya 120%. Kosong berarti tanpa batas.",
    numberFormat: "0%",
    definedName: NAMA_BATAS_CAPAIAN,
  },
];

function skalaAwal(): Record<string, string | number | null>[] {
  // The custom table starts as a copy of PERMENDAGRI86, so choosing "Skala" changes nothing until edited.
  const preset = getPreset("PERMENDAGRI86");
  if (!preset.ok) return [{ "Batas Bawah": null, Predikat: null, Warna: null }];
  const rows = preset.value.bands.map((b) => ({
    "Batas Bawah": b.lower,
    Predikat: b.label,
    Warna: b.color ?? null,
  }));
  if (preset.value.below !== null) {
    rows.push({
      "Batas Bawah": 0,
      Predikat: preset.value.below,
      Warna: preset.value.belowColor ?? null,
    });
  }
  return rows;
}

const PROFIL: TableDef = {
  name: "Profil",
  columns: [
    kolom("Isian", 32, wajib),
    kolom("Nilai", 45, { ...wajib, ...panjang }),
    kolom("Keterangan", 60, panjang),
  ],
  defaultRows: PROFIL_FIELDS.map((f) => ({
    Isian: f.isian,
    Nilai: null,
    Keterangan: f.keterangan,
  })),
};

const KINERJA: TableDef = {
  name: "Kinerja",
  columns: [
    kolom("No", 6, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.no }),
    kolom("Tingkat", 14, { ...wajib, list: "Tingkat", prompt: P.tingkat }),
    kolom("Sasaran", 36, { ...wajib, ...panjang }),
    kolom("Indikator Kinerja", 42, { ...wajib, ...panjang }),
    kolom("Satuan", 12, { ...wajib, prompt: P.satuan }),
    kolom("Arah", 9, { ...wajib, list: "Arah", prompt: P.arah }),
    kolom("Target Awal", 12, { jenis: "tahunan", prompt: P.targetAwal }),
    kolom("Target", 12, { ...wajib, prompt: P.target }),
    ...realisasiTw(),
    kolom("Realisasi", 12, { ...wajib, prompt: P.realisasi }),
    kolom("Capaian", 11, {
      ...wajib,
      kind: "computed",
      numberFormat: FORMAT_PERSEN,
      prompt: P.dihitung,
      formula: {
        fungsi: "CAPAIAN",
        args: [
          { kolom: "Target" },
          { kolom: "Realisasi" },
          { kolom: "Arah" },
          { nama: NAMA_BATAS_CAPAIAN },
        ],
      },
    }),
    kolom("Predikat", 15, {
      ...wajib,
      kind: "computed",
      prompt: P.dihitung,
      conditional: "predikat",
      formula: { fungsi: "PREDIKAT", args: [{ kolom: "Capaian" }, { nama: NAMA_SKALA_PREDIKAT }] },
    }),
    kolom("Formulasi", 30, panjang),
    kolom("Pembilang", 11),
    kolom("Penyebut", 11),
    kolom("Keterangan", 30, panjang),
  ],
};

const ANGGARAN: TableDef = {
  name: "Anggaran",
  columns: [
    kolom("No", 6, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.no }),
    kolom("Tingkat", 14, { ...wajib, list: "TingkatAnggaran", prompt: P.tingkat }),
    kolom("Uraian", 42, { ...wajib, ...panjang }),
    kolom("No Kinerja", 10, { numberFormat: FORMAT_TEKS, prompt: P.noKinerja }),
    kolom("Pagu", 16, { ...wajib, numberFormat: FORMAT_RUPIAH, prompt: P.pagu }),
    ...realisasiTw(FORMAT_RUPIAH),
    kolom("Realisasi", 16, { ...wajib, numberFormat: FORMAT_RUPIAH, prompt: P.realisasiAnggaran }),
    kolom("Serapan", 10, {
      ...wajib,
      kind: "computed",
      numberFormat: FORMAT_PERSEN,
      prompt: P.dihitung,
      formula: { fungsi: "SERAPAN", args: [{ kolom: "Pagu" }, { kolom: "Realisasi" }] },
    }),
    kolom("Capaian Kinerja", 11, {
      kind: "computed",
      numberFormat: FORMAT_PERSEN,
      prompt: P.dihitung,
      formula: { fungsi: "CAPAIAN_KINERJA", args: [{ kolom: "No Kinerja" }] },
    }),
    kolom("Efisiensi", 10, {
      kind: "computed",
      numberFormat: FORMAT_POIN,
      prompt: P.dihitung,
      formula: { fungsi: "EFISIENSI", args: [{ kolom: "Capaian Kinerja" }, { kolom: "Serapan" }] },
      keterangan: "Capaian kinerja dikurangi serapan, dalam poin persen.",
    }),
    kolom("Sumber Dana", 12),
    kolom("Keterangan", 30, panjang),
  ],
};

const LANDSCAPE = {
  paperSize: "A4",
  orientation: "landscape",
  fitToWidth: true,
  repeatHeaderRow: true,
} as const;

function lembar(
  name: string,
  jenis: SheetDef["jenis"],
  table: TableDef,
  keterangan: string
): SheetDef {
  return { name, jenis, table, freezeRows: 1, print: { ...LANDSCAPE }, keterangan };
}

export const SHEETS: readonly SheetDef[] = [
  lembar("Profil", "semua", PROFIL, "Identitas laporan dan pejabat, serta pengaturan rumus."),
  lembar(
    "Tugas Fungsi",
    "semua",
    {
      name: "TugasFungsi",
      columns: [
        kolom("No", 6, { ...wajib, numberFormat: FORMAT_TEKS }),
        kolom("Uraian", 90, { ...wajib, ...panjang }),
      ],
    },
    "Tugas dan fungsi unit kerja, satu baris per butir."
  ),
  lembar(
    "Kinerja",
    "semua",
    KINERJA,
    "Perjanjian Kinerja dan capaiannya, satu baris per indikator."
  ),
  lembar("Anggaran", "semua", ANGGARAN, "Pagu dan realisasi anggaran per program/kegiatan."),
  lembar(
    "Strategi",
    "semua",
    {
      name: "Strategi",
      columns: [
        kolom("No Kinerja", 10, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.noKinerja }),
        kolom("Strategi", 70, { ...wajib, ...panjang }),
        kolom("Pada Bulan", 16, wajib),
      ],
    },
    "Strategi per indikator dan bulan pelaksanaannya."
  ),
  lembar(
    "Tindak Lanjut",
    "semua",
    {
      name: "TindakLanjut",
      columns: [
        kolom("No", 6, { ...wajib, numberFormat: FORMAT_TEKS }),
        kolom("Rencana Tindak Lanjut", 90, { ...wajib, ...panjang }),
      ],
    },
    "Rencana tindak lanjut periode berikutnya."
  ),
  lembar(
    "Skala",
    "semua",
    {
      name: "Skala",
      columns: [
        kolom("Batas Bawah", 14, { ...wajib, numberFormat: FORMAT_PERSEN }),
        kolom("Predikat", 22, wajib),
        kolom("Warna", 12),
      ],
      defaultRows: skalaAwal(),
    },
    `Skala predikat sendiri, dipakai bila Skala Predikat di Profil berisi ${SKALA_KUSTOM}.`
  ),
  lembar(
    "IKM",
    "tahunan",
    {
      name: "IKM",
      columns: [
        kolom("Periode", 20, wajib),
        kolom("Nilai IKM", 12, { ...wajib, numberFormat: FORMAT_POIN }),
      ],
    },
    "Indeks Kepuasan Masyarakat per periode."
  ),
  lembar(
    "Tren Kinerja",
    "tahunan",
    {
      name: "TrenKinerja",
      columns: [
        kolom("No Kinerja", 10, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.noKinerja }),
        kolom("Tahun", 8, { ...wajib, numberFormat: "0" }),
        kolom("Target", 12, { ...wajib, prompt: P.target }),
        kolom("Realisasi", 12, wajib),
      ],
    },
    "Target dan realisasi indikator pada tahun-tahun sebelumnya."
  ),
  lembar(
    "Isu Strategis",
    "tahunan",
    {
      name: "IsuStrategis",
      columns: [
        kolom("Masalah Pokok", 40, { ...wajib, ...panjang }),
        kolom("Masalah", 40, { ...wajib, ...panjang }),
        kolom("Akar Masalah", 40, { ...wajib, ...panjang }),
      ],
    },
    "Isu strategis: masalah pokok, masalah dan akar masalah."
  ),
  lembar(
    "SDM",
    "tahunan",
    {
      name: "SDM",
      columns: [
        kolom("Nama", 32, wajib),
        kolom("NIP", 22, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.nip }),
        kolom("Pangkat", 18, wajib),
        kolom("Golongan", 10, wajib),
        kolom("Jabatan", 32, { ...wajib, ...panjang }),
        kolom("Pendidikan", 14, wajib),
      ],
    },
    "Sumber daya manusia unit kerja."
  ),
  lembar(
    "Sarana Prasarana",
    "tahunan",
    {
      name: "SaranaPrasarana",
      columns: [
        kolom("Jenis", 36, { ...wajib, ...panjang }),
        kolom("Jumlah", 10, { ...wajib, numberFormat: "0" }),
        kolom("Keterangan", 36, panjang),
      ],
    },
    "Sarana dan prasarana unit kerja."
  ),
  lembar(
    "Kendala",
    "tahunan",
    {
      name: "Kendala",
      columns: [
        kolom("No Kinerja", 10, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.noKinerja }),
        kolom("Kendala", 40, { ...wajib, ...panjang }),
        kolom("Upaya", 40, { ...wajib, ...panjang }),
        kolom("Faktor Keberhasilan", 40, { ...wajib, ...panjang }),
      ],
    },
    "Penyebab keberhasilan/kegagalan dan upaya per indikator."
  ),
  lembar(
    "Pembanding",
    "tahunan",
    {
      name: "Pembanding",
      columns: [
        kolom("No Kinerja", 10, { ...wajib, numberFormat: FORMAT_TEKS, prompt: P.noKinerja }),
        kolom("Unit", 32, { ...wajib, ...panjang }),
        kolom("Realisasi", 12, wajib),
      ],
    },
    "Realisasi indikator di unit lain atau standar nasional sebagai pembanding."
  ),
];
