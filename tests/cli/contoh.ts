// Clean synthetic report data (TableRows for the template writer) shared by the
// reader and CLI tests: every reported figure, where typed, is right.
import type { TableRows } from "../../src/adapters/file/write";

export const CONTOH_DATA = {
  Profil: [
    { Isian: "Jenis Laporan", Nilai: "Triwulan" },
    { Isian: "Periode", Nilai: "III" },
    { Isian: "Tahun", Nilai: 2023 },
    { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Lumajang" },
    { Isian: "Unit Kerja", Nilai: "Kecamatan Tempeh" },
    { Isian: "Jabatan", Nilai: "Kasi Pemerintahan" },
    { Isian: "Eselon", Nilai: "IV" },
    { Isian: "Nama", Nilai: "HERRY SUWANDHONO" },
    { Isian: "NIP", Nilai: "196609051989031009" },
    { Isian: "Jabatan Atasan", Nilai: "Camat Tempeh" },
    { Isian: "Nama Atasan", Nilai: "ABDILAH IRSYAD, S.STP" },
    { Isian: "NIP Atasan", Nilai: "198707022006021002" },
    { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Camat Tempeh" },
    { Isian: "Tempat", Nilai: "Lumajang" },
    { Isian: "Tanggal Laporan", Nilai: 45202 },
    { Isian: "Dasar Hukum Pelaporan", Nilai: "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018" },
    { Isian: "Dasar Hukum Tugas dan Fungsi", Nilai: "Peraturan Bupati Nomor 96 Tahun 2019" },
    { Isian: "Pasal Tugas dan Fungsi", Nilai: "9" },
    { Isian: "Skala Predikat", Nilai: "PERMENDAGRI86" },
  ],
  TugasFungsi: [{ No: "1", Uraian: "Menyiapkan bahan perumusan kebijakan pemerintahan" }],
  Kinerja: [
    {
      No: "1",
      Tingkat: "Sasaran",
      Sasaran: "Meningkatnya tertib administrasi pemerintahan",
      "Indikator Kinerja": "Jumlah laporan penyelenggaraan pemerintahan",
      Satuan: "laporan",
      Arah: "Naik",
      Target: 12,
      "Realisasi TW I": 3,
      "Realisasi TW II": 6,
      "Realisasi TW III": 9,
      Realisasi: 9,
    },
    {
      No: "2",
      Tingkat: "Sasaran",
      Sasaran: "Meningkatnya tertib administrasi pemerintahan",
      "Indikator Kinerja": "Jumlah desa yang difasilitasi",
      Satuan: "desa",
      Arah: "Naik",
      Target: 10,
      "Realisasi TW III": 12,
      Realisasi: 12,
    },
    {
      No: "3",
      Tingkat: "Sasaran",
      Sasaran: "Menurunnya waktu layanan",
      "Indikator Kinerja": "Rata-rata waktu penyelesaian (hari)",
      Satuan: "hari",
      Arah: "Turun",
      Target: 7,
      "Realisasi TW III": 6.5,
      Realisasi: 6.5,
    },
  ],
  Anggaran: [
    {
      No: "1",
      Tingkat: "Program",
      Uraian: "Program Penyelenggaraan Pemerintahan",
      "No Kinerja": "1",
      Pagu: 1_000_000,
      "Realisasi TW III": 800_000,
      Realisasi: 800_000,
      "Sumber Dana": "DAU",
    },
    {
      No: "2",
      Tingkat: "Program",
      Uraian: "Program Fasilitasi Desa",
      "No Kinerja": "2",
      Pagu: 500_000,
      "Realisasi TW III": 450_000,
      Realisasi: 450_000,
      "Sumber Dana": "DAU",
    },
  ],
  Strategi: [
    { "No Kinerja": "1", Strategi: "Menyusun jadwal pelaporan bulanan", "Pada Bulan": "Oktober" },
  ],
  TindakLanjut: [{ No: "1", "Rencana Tindak Lanjut": "Melengkapi laporan triwulan IV" }],
} satisfies TableRows;

/** CONTOH_DATA with every computed figure typed right, as Excel would have cached them. */
export const CONTOH_BERSIH = {
  ...CONTOH_DATA,
  Kinerja: [
    { ...CONTOH_DATA.Kinerja[0], Capaian: 0.75, Predikat: "Sedang" },
    { ...CONTOH_DATA.Kinerja[1], Capaian: 1.2, Predikat: "Sangat Tinggi" },
    { ...CONTOH_DATA.Kinerja[2], Capaian: 15 / 14, Predikat: "Sangat Tinggi" },
  ],
} satisfies TableRows;

/** An Io that keeps what a command prints, for in-process CLI runs. */
export function tangkapIo(): {
  out(t: string): void;
  err(t: string): void;
  stdout: string;
  stderr: string;
} {
  const io = {
    stdout: "",
    stderr: "",
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}
