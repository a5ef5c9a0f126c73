// Camat Senduro, Laporan Kinerja Triwulan I 2024 (seed 002).
import type { ExampleReport } from "./types";

const SASARAN_1 = "Meningkatnya Penyelenggaraan Pelayanan Publik di Kecamatan";
const SASARAN_2 = "Meningkatnya akuntabilitas pemerintahan desa";
const BULAN = "Januari s/d Maret 2024";

const STRATEGI_1 = [
  "Merekap kegiatan fasilitasi dan koordinasi dari masing-masing kasi",
  "Menetapkan tim Fasilitasi dan Koordinasi dengan Surat Keputusan.",
  "Memantau pelaksanaan Fasilitasi dan Koordinasi dengan bukti pendukung berupa berita acara dan laporan",
];
const STRATEGI_2 = [
  "Memerintahkan kepada kasi yang membidangi untuk membuat surat terkait batas akhir pengiriman dokumen RKPDesa, APBDesa dan LPPDesa",
  "Memantau secara berkala 1 Minggu sekali agar pengirimannya dapat dilakukan tepat waktu",
  "Meminta laporan secara tertulis kepada kasi yang membidangi.",
];

export const SENDURO_CAMAT_2024_TW1: ExampleReport = {
  id: "senduro-camat-2024-tw1",
  judul: "Camat Senduro, Triwulan I 2024",
  sumber:
    "Seed 002 (../shared/seeds/002_15978b24246e608b.txt), laporan kinerja triwulan I 2024 Camat " +
    "Senduro. Ditranskripsi: tugas dan fungsi (10 butir, pasal 8 Perbup 96/2019), Tabel 2.2 (dua " +
    "indikator; target 85 % dan 100 %, realisasi 30% dan 33%, capaian 35.3% dan 33% persis " +
    "seperti tercetak), formulasi dan perhitungan (19 dari 63 fasilitasi; 12 dari 36 dokumen) " +
    "sebagai Formulasi/Pembilang/Penyebut, Tabel 2.3 dan 2.4 cost per outcome (enam program " +
    "dengan pagu, realisasi, Capaian (%) anggaran 26%, 13%, 12%, 50%, 0%, 0% dan Efisiensi 0 " +
    "seperti tercetak; Sumber Dana DAU dari tabel program Perjanjian Kinerja), strategi (Tabel " +
    "2.4, 6 langkah) dan 6 rencana tindak lanjut. Kesalahan seed yang sengaja dipertahankan: " +
    "tanggal tanda tangan 11 Maret 2024, sebelum triwulan I berakhir; Capaian (%) anggaran " +
    "program 1-4 tidak sama dengan realisasi/pagu (misalnya 460.901.183/1.834.590.815 = 25,12% " +
    "tertulis 26%); Efisiensi 0 pada semua program; perhitungan 19/63 tertulis 30,12% (seharusnya " +
    "30,16%, realisasi Tabel 2.2 dibulatkan 30%); formulasi indikator 2 menyalin kalimat " +
    "indikator 1 (disimpan apa adanya). Penyederhanaan: baris sasaran di Tabel 2.3/2.4 (T/R/% " +
    "kinerja tanpa anggaran) adalah baris Kinerja, bukan baris Anggaran; program 1-5 dikaitkan " +
    "ke indikator 1 dan program 6 ke indikator 2 karena berada di bawah sasaran itu (No " +
    "Kinerja). Indikator program (kolom Indikator Kinerja Tabel 2.3) dicatat di Keterangan; " +
    "T/R/% program 6 (100%/100%/100%) dicatat sebagai Capaian Kinerja 100% padahal indikator " +
    "sasaran 2 yang didukungnya baru 33%. Pagu Tabel 2.3 dipakai, bukan pagu Perjanjian Kinerja " +
    "(Rp. 1.860.252.824, Rp. 13.600.000, Rp. 162.355.000, Rp. 25.845.000, Rp. 7.200.000, " +
    "Rp. 11.000.000; jumlah Rp. 2.080.252.824). Teks sasaran menurut Tabel 2.2 (Tabel 2.1 " +
    "menulis 'Pemerintahan Desa'). Eselon 'II' seperti tertulis di Bab I ('pejabat eselon " +
    "II/Camat'); nama atasan dan NIP-nya tidak tercetak (PK ditandatangani dengan Pj. Bupati " +
    "Lumajang). NIP Drs. PUJIANTO 19681114 199003 1 004 sama dengan NIP camat di seed 000 " +
    "(MOCHAMMAD CHAIDIR); dicatat apa adanya. Predikat tidak tercetak di seed. Tabel rincian 19 " +
    "fasilitasi, tabel 11 desa (berjumlah 12), Tanggapan Atasan (daftar centang kosong), Bab IV " +
    "Penutup dan dokumentasi kegiatan tidak ditranskripsi.",
  jenis: "Triwulan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Triwulan" },
      { Isian: "Periode", Nilai: "I" },
      { Isian: "Tahun", Nilai: 2024 },
      { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Lumajang" },
      { Isian: "Unit Kerja", Nilai: "Kecamatan Senduro" },
      { Isian: "Jabatan", Nilai: "Camat Senduro" },
      { Isian: "Eselon", Nilai: "II" },
      { Isian: "Nama", Nilai: "Drs. PUJIANTO" },
      { Isian: "NIP", Nilai: "19681114 199003 1 004" },
      { Isian: "Jabatan Atasan", Nilai: "Bupati Lumajang" },
      { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Pj. Bupati Lumajang" },
      { Isian: "Tempat", Nilai: "Senduro" },
      // 11 Maret 2024, as signed: before the quarter ends (the seed's own date).
      { Isian: "Tanggal Laporan", Nilai: 45362 },
      { Isian: "Dasar Hukum Pelaporan", Nilai: "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018" },
      {
        Isian: "Dasar Hukum Tugas dan Fungsi",
        Nilai:
          "Peraturan Bupati Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, Uraian " +
          "Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan",
      },
      { Isian: "Pasal Tugas dan Fungsi", Nilai: "8" },
      { Isian: "Skala Predikat", Nilai: "PERMENDAGRI86" },
    ],
    TugasFungsi: [
      "Menyelenggarakan urusan pemerintahan umum;",
      "Mengkoordinasikan kegiatan pemberdayaan masyarakat;",
      "Mengkoordinasikan upaya penyelenggaraan ketentraman dan ketertiban umum;",
      "Mengkoordinasikan penerapan dan penegakan Peraturan Daerah dan Peraturan Bupati;",
      "Mengkoordinasikan pemeliharaan prasarana dan sarana pelayanan umum;",
      "Mengkoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh perangkat daerah di tingkat Kecamatan;",
      "Melaksanakan pembinaan dan pengawasan penyelenggaraan kegiatan desa atau kelurahan;",
      "Melaksanakan urusan pemerintahan yang menjadi kewenangan Kabupaten yang tidak dilaksanakan oleh unit kerja Pemerintah Daerah Kabupaten yang ada di Kecamatan;",
      "Melaksanakan sebagian kewenangan Bupati yang dilimpahkan;",
      "Melaksanakan tugas lain yang diberikan oleh Bupati terkait dengan tugas dan fungsinya.",
    ].map((Uraian, i) => ({ No: String(i + 1), Uraian })),
    Kinerja: [
      {
        No: "1",
        Tingkat: "Sasaran",
        Sasaran: SASARAN_1,
        "Indikator Kinerja": "Persentase hasil Fasilitasi dan Koordinasi yang ditindaklanjuti",
        Satuan: "%",
        Arah: "Naik",
        Target: 0.85,
        Realisasi: 0.3,
        // Printed "35.3%": 30% / 85% = 35,29%, right to one decimal.
        Capaian: 0.353,
        Formulasi:
          "Jumlah Hasil Fasilitas dan Koordinasi yang ditindaklanjuti / Jumlah Fasilitas dan Koordinasi di kali 100",
        Pembilang: 19,
        Penyebut: 63,
      },
      {
        No: "2",
        Tingkat: "Sasaran",
        Sasaran: SASARAN_2,
        "Indikator Kinerja":
          "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        Satuan: "%",
        Arah: "Naik",
        Target: 1,
        Realisasi: 0.33,
        Capaian: 0.33,
        Formulasi:
          "Jumlah Hasil Fasilitasi dan Koordinasi yang ditindaklanjuti / Jumlah Fasilitasi dan Koordinasi dikali 100",
        Pembilang: 12,
        Penyebut: 36,
      },
    ],
    Anggaran: [
      {
        No: "1",
        Tingkat: "Program",
        Uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "No Kinerja": "1",
        Pagu: 1834590815,
        Realisasi: 460901183,
        Serapan: 0.26,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan: "Indikator program: Persentase Pemenuhan fasilitasi operasional Perkantoran",
      },
      {
        No: "2",
        Tingkat: "Program",
        Uraian: "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
        "No Kinerja": "1",
        Pagu: 13464000,
        Realisasi: 6699000,
        Serapan: 0.13,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan: "Indikator program: persentase desa/kelurahan yang terfasilitasi pemberdayaan",
      },
      {
        No: "3",
        Tingkat: "Program",
        Uraian: "Program Pemberdayaan Masyarakat Desa Dan Kelurahan",
        "No Kinerja": "1",
        Pagu: 137869000,
        Realisasi: 15234000,
        Serapan: 0.12,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan: "Indikator program: persentase pemenuhan urusan pemerintahan umum",
      },
      {
        No: "4",
        Tingkat: "Program",
        Uraian: "Program Koordinasi Ketentraman Dan Ketertiban Umum",
        "No Kinerja": "1",
        Pagu: 25499000,
        Realisasi: 4755000,
        Serapan: 0.5,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan: "Indikator program: Presentase Koordinasi Ketentraman Dan Ketertiban Umum",
      },
      {
        No: "5",
        Tingkat: "Program",
        Uraian: "Program Penyelenggaraan Urusan Pemerintahan Umum",
        "No Kinerja": "1",
        Pagu: 7200000,
        Realisasi: 0,
        Serapan: 0,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan: "Indikator program: Presentase Penyelenggaraan Urusan Pemerintahan Umum",
      },
      {
        No: "6",
        Tingkat: "Program",
        Uraian: "Program Pembinaan Dan Pengawasan Pemerintahan Desa",
        "No Kinerja": "2",
        Pagu: 6600000,
        Realisasi: 0,
        Serapan: 0,
        "Capaian Kinerja": 1,
        Efisiensi: 0,
        "Sumber Dana": "DAU",
        Keterangan:
          "Indikator program: Presentase Pembinaan Dan Pengawasan Pemerintahan Desa (T 100%, R 100%)",
      },
    ],
    Strategi: [
      ...STRATEGI_1.map((s) => ({ "No Kinerja": "1", Strategi: s, "Pada Bulan": BULAN })),
      ...STRATEGI_2.map((s) => ({ "No Kinerja": "2", Strategi: s, "Pada Bulan": BULAN })),
    ],
    TindakLanjut: [...STRATEGI_1, ...STRATEGI_2].map((r, i) => ({
      No: String(i + 1),
      "Rencana Tindak Lanjut": r,
    })),
  },
  // "85 %", "30%", "33%": typed with a percent sign, stored as fractions.
  formatPersen: [{ table: "Kinerja", kolom: ["Target", "Realisasi"] }],
};
