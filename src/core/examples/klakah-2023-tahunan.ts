// LKjIP Kecamatan Klakah, Laporan Kinerja Tahunan 2023 (seed 003).
import type { ExampleReport, NilaiContoh } from "./types";

const TUJUAN = "Meningkatnya Kepuasan Masyarakat";
const SASARAN_1 = "mengoptimalkan fasilitasi dan koordinasi Kecamatan";
const SASARAN_2 = "meningkatnya akuntabilitas pemerintahan desa";
const BINWAS_DESA = "meningkatkan kualitas pembinaan dan pengawasan desa";
const MASALAH_POKOK =
  "Belum optimalnya kualitas pelayanan, fasilitas dan koordinasi kecamatan serta akuntabilitas keuangan dan pemerintahan desa";

/** A Program indicator of Tabel 3.2: every figure typed with a percent sign. */
function program(
  no: string,
  sasaran: string,
  indikator: string,
  target: number,
  realisasi: number,
  capaian: number
): Record<string, NilaiContoh> {
  return {
    No: no,
    Tingkat: "Program",
    Sasaran: sasaran,
    "Indikator Kinerja": indikator,
    Satuan: "%",
    Arah: "Naik",
    Target: target,
    Realisasi: realisasi,
    Capaian: capaian,
  };
}

// Program rows of the budget and the Kinerja row of the program's indicator (Tabel 3.2/3.6).
const PROGRAM_KINERJA: Record<string, string> = {
  "1": "4",
  "30": "5",
  "35": "6",
  "48": "7",
  "52": "8",
  "55": "9",
};

// Tabel 3.2 Realisasi Anggaran: No, Tingkat, Uraian, Indikator (as printed), Pagu, Realisasi.
const ANGGARAN: [string, string, string, string, number, number | string][] = [
  [
    "1",
    "Program",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA",
    "Persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran",
    2038004581,
    // As printed: a grouping the reader cannot take as a number (1.923.283.100 meant).
    "1923.283.100",
  ],
  [
    "2",
    "Kegiatan",
    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "Persentase Fasilitasi Dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja",
    6140000,
    6140000,
  ],
  [
    "3",
    "Sub Kegiatan",
    "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "Jumlah dokumen perencanaan perangkat daerah",
    1050000,
    1050000,
  ],
  [
    "4",
    "Sub Kegiatan",
    "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD",
    2000000,
    2000000,
  ],
  [
    "5",
    "Sub Kegiatan",
    "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    1570000,
    1570000,
  ],
  [
    "6",
    "Sub Kegiatan",
    "Evaluasi Kinerja Perangkat Daerah",
    "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
    1520000,
    1520000,
  ],
  [
    "7",
    "Kegiatan",
    "Administrasi Keuangan Perangkat Daerah",
    "Persentase fasilitasi Administrasi Keuangan Perangkat Daerah",
    1573983446,
    1466030424,
  ],
  [
    "8",
    "Sub Kegiatan",
    "Penyediaan Gaji dan Tunjangan ASN",
    "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
    1554001446,
    1446048424,
  ],
  [
    "9",
    "Sub Kegiatan",
    "Penyediaan Administrasi Pelaksanaan Tugas ASN",
    "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN",
    18525000,
    18525000,
  ],
  [
    "10",
    "Sub Kegiatan",
    "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
    "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD",
    1457000,
    1457000,
  ],
  [
    "14",
    "Kegiatan",
    "Administrasi Umum Perangkat Daerah",
    "Persentase fasilitasi Administrasi Umum PD",
    73538135,
    73530300,
  ],
  [
    "15",
    "Sub Kegiatan",
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan",
    1830000,
    1830000,
  ],
  [
    "16",
    "Sub Kegiatan",
    "Penyediaan Bahan Logistik Kantor",
    "Jumlah Paket Bahan Logistik Kantor yang",
    29382985,
    29375150,
  ],
  [
    "17",
    "Sub Kegiatan",
    "Penyediaan Barang Cetak dan Penggandaan",
    "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan",
    9905150,
    9905150,
  ],
  [
    "18",
    "Sub Kegiatan",
    "Penyediaan Bahan/Material",
    "Jumlah Paket Bahan/Material yang Disediakan",
    1530000,
    1530000,
  ],
  [
    "19",
    "Sub Kegiatan",
    "Fasilitasi Kunjungan tamu",
    "Jumlah Laporan Fasilitasi Kunjungan Tamu",
    1800000,
    1800000,
  ],
  [
    "20",
    "Sub Kegiatan",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    29090000,
    29090000,
  ],
  [
    "23",
    "Kegiatan",
    "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    "Persentase fasilitasi penyediaan jasa penunjang operasional kantor",
    231109200,
    225767976,
  ],
  [
    "24",
    "Sub Kegiatan",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan",
    33540000,
    28517976,
  ],
  [
    "25",
    "Sub Kegiatan",
    "Penyediaan Jasa Pelayanan Umum Kantor",
    "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan",
    197250000,
    197250000,
  ],
  [
    "26",
    "Kegiatan",
    "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    "Persentase fasilitasi pemeliharaan Barang Milik Daerah",
    153233800,
    151814400,
  ],
  [
    "27",
    "Sub Kegiatan",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
    "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya",
    36403800,
    35677000,
  ],
  [
    "28",
    "Sub Kegiatan",
    "Pemeliharaan Peralatan dan Mesin Lainnya",
    "Jumlah Peralatan dan Mesin Liannya yang Dipelihara",
    6000000,
    6000000,
  ],
  [
    "29",
    "Sub Kegiatan",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
    "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi",
    110830000,
    110137400,
  ],
  [
    "30",
    "Program",
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    "persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP",
    10360000,
    10360000,
  ],
  [
    "31",
    "Kegiatan",
    "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
    "Persentase Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan",
    5000000,
    5000000,
  ],
  [
    "32",
    "Sub Kegiatan",
    "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
    "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
    5000000,
    5000000,
  ],
  [
    "33",
    "Kegiatan",
    "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
    "Prosentase fasilitasi Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Cama",
    5360000,
    5360000,
  ],
  [
    "34",
    "Sub Kegiatan",
    "Pelaksanaan Urusan Pemerintahan yang Terkait Dengan Kewenangan Lain yang Dilimpahkan",
    "Jumlah Laporan Pelaksanaan Kewenangan Lain yang Dilimpahkan",
    5360000,
    5360000,
  ],
  [
    "35",
    "Program",
    "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
    "rata-rata persentase fasilitasi pemberdayaan masyarakat",
    125307900,
    125307900,
  ],
  [
    "36",
    "Kegiatan",
    "Koordinasi Kegiatan Pemberdayaan Desa",
    "persentase fasilitasi kegiatan pemberdayaan desa",
    125307900,
    125307900,
  ],
  [
    "37",
    "Sub Kegiatan",
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah",
    3600000,
    3600000,
  ],
  [
    "38",
    "Sub Kegiatan",
    "Sinkronisasi Program dan Kegiatan Pemberdayaan Masyarakat Yang Dilakukan Oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
    "Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
    8213000,
    8213000,
  ],
  [
    "39",
    "Sub Kegiatan",
    "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    "Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
    93494900,
    93494900,
  ],
  [
    "42",
    "Sub Kegiatan",
    "Peningkatan Ketahanan Pangan Keluarga",
    "Jumlah Keluarga yang Mengikuti Peningkatan Ketahanan Pangan Keluarga",
    20000000,
    20000000,
  ],
  [
    "48",
    "Program",
    "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
    "Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum",
    4850000,
    4850000,
  ],
  [
    "49",
    "Kegiatan",
    "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
    "Jumlah Fasilitasi Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
    4850000,
    4850000,
  ],
  [
    "50",
    "Sub Kegiatan",
    "Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan instansi vertikal di wilayah kecamatan",
    "Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
    4850000,
    4850000,
  ],
  [
    "52",
    "Program",
    "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM",
    "persentase pemenuhan urusan pemerintahan umum",
    2400000,
    2400000,
  ],
  [
    "53",
    "Kegiatan",
    "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepada Daerah",
    "Jumlah Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum",
    2400000,
    2400000,
  ],
  [
    "54",
    "Sub Kegiatan",
    "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan",
    "Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan",
    2400000,
    2400000,
  ],
  [
    "55",
    "Program",
    "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
    "Persentase desa yang menetapkan APBdes tepat waktu; Persentase desa yang menetapkan LPPdes tepat waktu; Persentase desa yang menetapkan RKPdes tepat waktu",
    305100000,
    305100000,
  ],
  [
    "56",
    "Kegiatan",
    "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
    "jumlah desa yang difasilitasi rekomendasi dan koordinasi pembinaan dan pengawasan pemerintahan desa",
    305100000,
    305100000,
  ],
  [
    "59",
    "Sub Kegiatan",
    "Fasilitasi Administrasi Tata Pemerintahan Desa",
    "Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa",
    305100000,
    305100000,
  ],
];

// Tabel 3.2 (Capaian Kinerja 2019-2023): No Kinerja → [tahun, target, realisasi].
const TREN: [string, number, number, number][] = [
  ["1", 2019, 85.25, 78.6],
  ["1", 2020, 85.5, 82.34],
  ["1", 2021, 85.5, 82.34],
  ["1", 2022, 86.75, 87.03],
  ["1", 2023, 90, 84.25],
  ["2", 2019, 0.9, 1],
  ["2", 2020, 0.95, 0.9333],
  ["2", 2021, 0.95, 0.9333],
  ["2", 2022, 0.9453, 0.9545],
  ["2", 2023, 0.9523, 0.9523],
  ["3", 2019, 0.91, 0.978],
  ["3", 2020, 1, 0.8333],
  ["3", 2021, 1, 0.8333],
  ["3", 2022, 0.8453, 0.972],
  ["3", 2023, 0.9523, 1],
];

// Tabel 1.1: Nama, NIP, Pangkat, Golongan, Jabatan, Pendidikan.
const SDM: [string, string | null, string, string, string, string][] = [
  [
    "ARIEF MASHUDI, S.Pi,MP",
    "19791016 199810 1 002",
    "Pembina Tingkat I",
    "IV/b",
    "Camat Klakah",
    "S1 Teknik Perikanan, S2 Msanagement",
  ],
  [
    "DIDIK BUDI . SANTOSO , SH MM",
    "19650814 198803 1 011",
    "Pembina",
    "IV/a",
    "Sekretaris Camat",
    "S1Hukum , s2 Management",
  ],
  [
    "SUHARTO",
    "19670403 199403 1 013",
    "Penata Tk. I",
    "III/d",
    "Kasi Pemerintahan",
    "SMA/ Sederajat",
  ],
  [
    "YUNUS ARIFianto,",
    "19650518 198703 1 011",
    "Penata Tk. I",
    "III/d",
    "Kasi Pemberdayaan Masyarakat",
    "S1 Hukum",
  ],
  [
    "ROMY BEGIANDI S.PdSD",
    "19640316 198503 2 010",
    "Penata",
    "III/C",
    "Kasi Pelayanan Umum",
    "S1 Pendidikan Sekolah Dasar",
  ],
  [
    "RIOVANI ANGGARA H, A.Md",
    "19851127 201001 1 017",
    "Penata Muda Tingkat I",
    "III/b",
    "Kasubag Keuangan",
    "Diploma Manajemen Informatika",
  ],
  [
    "NENY TRIANA, S.P",
    "19810804 200901 2 00",
    "Penata Muda",
    "III/a",
    "Kasubag Umum",
    "S1 Pertanian",
  ],
  [
    "ISHAFI",
    "19660509 200701 1 021",
    "Penata Muda",
    "III/a",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  [
    "ANIK SUBIANIK",
    "19650602 200701 1 028",
    "Penata Muda Tingkat I",
    "III/b",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  [
    "SYAMSUL ARIFIN",
    "19700110 200701 1 030",
    "Pengatur Tk. I",
    "II/d",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  [
    "NOVIE LISTIANDARI",
    "19791120 201406 2 002",
    "Pengatur",
    "II/C",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  [
    "BHISMARIYAH G.R.",
    "19720929 200701 2 010",
    "Pengatur",
    "II/C",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  [
    "M. SAYYIDINA ALI",
    "19720929 200701 2 010",
    "Pengatur Muda",
    "II/b",
    "Jabatan Pelaksana",
    "SMA/ Sederajat",
  ],
  ["HERU FEBRIANTO", null, "N/A", "N/A", "Non ASN", "S1 Manajemen"],
  ["DINI PUSPASARI", null, "N/A", "N/A", "Non ASN", "S1 AKuntansi"],
  ["ISTIKA YUDITA ANGRAINI", null, "N/A", "N/A", "Non ASN", "S1 Akuntansi"],
  ["NUR IKHWATUL BADRIYAH", null, "N/A", "N/A", "Non ASN", "S1 Teknik Sipil"],
  ["ABDUL HALIM", null, "N/A", "N/A", "Sopir", "SMA/ Sederajat"],
  ["RETNO NOVIANI", null, "N/A", "N/A", "Non ASN", "S1 Pendidikan Ekonomi"],
  ["TIFANI DWI RAHMAWATI", null, "N/A", "N/A", "Non ASN", "S1 Manjemen"],
  ["DAVID KURNIAWAN", null, "N/A", "N/A", "Non ASN", "S1 Pendidikan Sejarah"],
];

// Tabel 1.3: Masalah → Akar Masalah (one Masalah Pokok for all, a merged cell in the seed).
const ISU: [string, string][] = [
  [
    "Sarana dan prasarana pendukung administrasi belum memadai",
    "1. Penyediaan fasilitas IT Kecamatan Klakah masih terbatas 2. Sarana gedung yang ada masih belum memadai",
  ],
  [
    "Keterbatasan aparatur/staf yang menangani tugas-tugas sehingga menyebabkan penyelesaian tugas kurang maksimal",
    "1. Masih kurangnya Jumlah personil pada setiap seksi dan bagian 2. masih terbatasnya Jumlah personil yang menguasai pengoperasian IT pada setiap seksi dan bagian",
  ],
  [
    "Belum optimalnya Pelaksanaan tugas dan fungsi aparatur kecamatan",
    "1. kurangnya pemahaman ASN terhadap tugas dan fungsi masing-masing 2. Adanya Keterbatasan prasarana fasilitas IT dalam penyelesaian tugas dan fungsi aparatur",
  ],
  [
    "Masih rendahnya tingkat kepedulian masyarakat terhadap pentingnya pengurusan administrasi kependudukan",
    "1. Lamanya waktu pengurusan Administrasi kependudukan 2. Belum optimalnya sosialisasi tentang pentingnya administrasi kependudukan",
  ],
  [
    "Belum optimalnya peran anggota Linmas dalam menjaga ketentraman dan ketertiban di wilayah desa",
    "1. Masih kurangnya pembinaan dan pelatihan Linmas yang berkelanjutan 2. Belum efektifnya pelaksanaan pembinaan yang telah dilakukan",
  ],
  [
    "Belum optimalnya kegiatan fasilitasi pemberdayaan masyarakat",
    "1. Pelaksanaan pembinaan kepada masyarakat dan kelompok masyarakat masih belum efektif 2. Masih rendahnya kesadaran masyarakat terhadap pentingnya kegiatan pemberdayaan",
  ],
  [
    "Belum optimalnya peran aktif masyarakat dalam kegiatan perencanaan/ Musrenbang",
    "1. Masih kurangnya pemahaman masyarakat tentang arti penting dari proses perencanaan pembangunan partisipatif 2. Kurangnya sosialisasi kepada masyarakat tentang pentingnya peran aktif masyarakat dalam pembangunan",
  ],
  [
    "Belum optimalnya pelaksanaan pelaporan dan akuntabilitas keuangan desa",
    "1. Kemampuan aparatur pemerintahan dalam hal pelaporan dan akuntabilitas keuangan masih belum memadai 2. Masih rendahnya tingkat koordinasi aparatur pemerintahan desa dengan ASN Kecamatan dalam hal pelaporan dan akuntabilitas keuangan 3. Pelaksanaan pengawasan dan pembinaan kepada aparatur pemerintahan desa terkait akuntabilitas keuangan dan pelaporan masih belum efektif",
  ],
];

export const KLAKAH_2023_TAHUNAN: ExampleReport = {
  id: "klakah-2023-tahunan",
  judul: "LKjIP Kecamatan Klakah, Tahunan 2023",
  sumber:
    "Seed 003 (../shared/seeds/003_d4f8997013efd221.txt), Laporan Kinerja Kecamatan Klakah " +
    "Tahun 2023 (LKjIP tahunan). Ditranskripsi: fungsi Camat (13 butir; daftar a-j yang kedua " +
    "tidak diulang), Tabel 1.1 SDM (seluruh 21 orang, 13 ASN dan 8 Non ASN, dengan NIP seperti " +
    "tercetak), Tabel 1.2 sarana prasarana (Jumlah 'N/A', '44 Buah', '2 Buah' apa adanya), " +
    "Tabel 1.3 isu strategis (satu masalah pokok, 8 masalah dengan akar masalahnya dalam satu " +
    "sel), Tabel 3.1 (tujuan dan dua sasaran) dan Tabel 3.2 indikator program (8 indikator " +
    "dari 6 program) dengan target, realisasi dan capaian persis seperti tercetak, Target Awal " +
    "dari Tabel 2.2 (sebelum perubahan PK: 95,23 dan 85,23), Tabel 3.2 tren 2019-2023 (judulnya " +
    "'2018-2023'), Tabel 3.4 pembanding (Kedungjajang, Ranuyoso), Tabel 3.5 kendala/upaya/" +
    "faktor keberhasilan, skala predikat Bab III (95% Sangat berhasil, 80% Berhasil, 50% Cukup " +
    "berhasil, di bawahnya 'Tidakberhasil', ditulis Tidak berhasil) sebagai lembar Skala, " +
    "realisasi anggaran Bab 3.2 (44 baris program/kegiatan/sub kegiatan dengan nomor seed yang " +
    "melompat; Tingkat ditentukan dari nomenklatur; indikator tiap baris di Keterangan), Tabel " +
    "3.6 sebagai Serapan dan Capaian Kinerja program (semua 100%; Efisiensi '-' dibiarkan " +
    "kosong; baris LPPdes 85,23% tidak terwakili karena satu program hanya dikaitkan ke satu " +
    "indikator, yaitu APBdes), empat nilai IKM triwulanan dari surat hasil SKM dan lampiran " +
    "evaluasi (81,25; 89,51; 83,84; 82,14), strategi dan kebijakan Bab IV sebagai Tindak " +
    "Lanjut. Kesalahan seed yang sengaja dipertahankan: Tabel 3.1 realisasi sasaran 1 93,65 " +
    "dengan capaian 97 (93,65/95,23 = 98,34%; teks dan tabel lain menulis realisasi 40/42 = " +
    "95,23); capaian LPPdes 110% padahal 100%/85,23% = 117,33%; realisasi program 1 ditulis " +
    "'1923.283.100' (jumlah kegiatannya 1.923.283.100) sehingga tidak terbaca sebagai angka; " +
    "serapan program 1 tertulis 100% di Tabel 3.6 padahal 1.923.283.100/2.038.004.581 = " +
    "94,37%; pagu kegiatan 23 Rp231.109.200 lebih besar Rp319.200 dari jumlah dua sub " +
    "kegiatannya (nomor 21-22 dan 11-13 tidak tercetak); NIP Camat berbeda-beda (Kata " +
    "Pengantar 197804151998031011, Tabel 1.1 19791016 199810 1 002, Penutup " +
    "517003231998031011, PK 19730415 199803 1 011; Profil memakai 19780415 199803 1 011 dari " +
    "lampiran evaluasi); NIP NENY TRIANA 17 digit; BHISMARIYAH G.R. dan M. SAYYIDINA ALI ber-NIP " +
    "sama. Satuan Tabel 3.1 tertukar ('Persentase' untuk nilai IKM, 'Angka' untuk persentase " +
    "fasilitasi) dan dicatat ditukar kembali, agar narasi tidak menulis IKM sebagai persen. " +
    "Angka yang ambigu: realisasi IKM Tabel 3.1 84,19 (rata-rata " +
    "empat nilai = 84,185) dipakai di lembar Kinerja, sedangkan tren 2023 memakai 84,25 seperti " +
    "Tabel 3.2 (lampiran menulis 336,6/4 = 84,25, padahal jumlahnya 336,74 dan 336,6/4 = " +
    "84,15); tren 2020 dan 2021 bernilai sama. Penyederhanaan: pembanding tanpa kolom Klakah " +
    "sendiri (narasi memakai realisasi lembar Kinerja; Tabel 3.4 menulis Klakah 84,25; 95,23; " +
    "100); IKM Ranuyoso '84,92 %' dicatat 84,92 poin karena IKM bukan persen; Jumlah SDM di " +
    "teks (22 orang) tidak sama dengan tabel (21); pemisah baris PDF pada jabatan ('Kasi " +
    "Pemerintah an') dirapikan dan 'ata-rata' ditulis 'Rata-rata'. Anggaran Perjanjian " +
    "Kinerja (Rp2.614.880.463, sebelum perubahan) tidak dipakai; anggaran setelah perubahan " +
    "Rp2.486.022.481. Eselon dan pasal tugas dan fungsi tidak tercetak. Struktur organisasi, " +
    "crosscutting, SOP dan isi surat SKM selain nilai IKM tidak ditranskripsi.",
  jenis: "Tahunan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Tahunan" },
      { Isian: "Tahun", Nilai: 2023 },
      { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Lumajang" },
      { Isian: "Unit Kerja", Nilai: "Kecamatan Klakah" },
      { Isian: "Jabatan", Nilai: "Camat Klakah" },
      { Isian: "Nama", Nilai: "ARIEF MASHUDI, S.Pi, MP" },
      { Isian: "NIP", Nilai: "19780415 199803 1 011" },
      { Isian: "Jabatan Atasan", Nilai: "Bupati Lumajang" },
      { Isian: "Nama Atasan", Nilai: "H. THORIQUL HAQ, M. ML" },
      { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Bupati Lumajang" },
      { Isian: "Tempat", Nilai: "Klakah" },
      // 31 Januari 2024
      { Isian: "Tanggal Laporan", Nilai: 45322 },
      {
        Isian: "Dasar Hukum Pelaporan",
        Nilai:
          "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun " +
          "2014 dan Peraturan Bupati Lumajang Nomor 6 Tahun 2018 tentang Pedoman Penyusunan " +
          "Pelaporan Kinerja",
      },
      {
        Isian: "Dasar Hukum Tugas dan Fungsi",
        Nilai:
          "Peraturan Bupati Lumajang Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, " +
          "Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan",
      },
      { Isian: "Skala Predikat", Nilai: "Skala" },
    ],
    Skala: [
      { "Batas Bawah": 0.95, Predikat: "Sangat berhasil" },
      { "Batas Bawah": 0.8, Predikat: "Berhasil" },
      { "Batas Bawah": 0.5, Predikat: "Cukup berhasil" },
      { "Batas Bawah": 0, Predikat: "Tidak berhasil" },
    ],
    TugasFungsi: [
      "penyusunan rencana kerja Kecamatan;",
      "perumusan kebijakan teknis pelaksanaan urusan pemerintahan umum, pelayanan publik, pemberdayaan masyarakat, dan pelaksanaan sebagian urusan pemerintahan yang dilimpahkan oleh Bupati;",
      "pelaksanaan urusan pemerintahan umum;",
      "pembinaan dan pengawasan pelaksanaan kegiatan;",
      "pengoordinasian pelaksanaan kegiatan pemerintahan yang dilakukan oleh perangkat daerah di tingkat kecamatan;",
      "pengoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum;",
      "pengoordinasian penerapan dan penegakan peraturan daerah dan peraturan bupati;",
      "pengoordinasian kegiatan pemberdayaan masyarakat lingkup perekonomian dan pembangunan;",
      "pengoordinasian pemeliharaan prasarana dan sarana pelayanan umum;",
      "pengoordinasian kegiatan pemberdayaan masyarakat;",
      "pelaksanaan dan pembinaan pelayanan umum;",
      "pelaksanaan sebagian urusan pemerintahan lingkup pelayanan umum yang dilimpahkan Bupati, dan",
      "pelaksanaan tugas lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya.",
    ].map((Uraian, i) => ({ No: String(i + 1), Uraian })),
    Kinerja: [
      {
        No: "1",
        Tingkat: "Tujuan",
        Sasaran: TUJUAN,
        "Indikator Kinerja": "Nilai IKM Pelayanan Kecamatan Klakah",
        // Tabel 3.1 prints the Satuan of rows 1 and 2 swapped (see sumber).
        Satuan: "Angka",
        Arah: "Naik",
        Target: 90,
        Realisasi: 84.19,
        Capaian: 0.9354,
        Formulasi: "Nilai IKM (Indeks Kepuasan Masyarakat)",
      },
      {
        No: "2",
        Tingkat: "Sasaran",
        Sasaran: SASARAN_1,
        "Indikator Kinerja": "Presentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        Satuan: "Persentase",
        Arah: "Naik",
        "Target Awal": 95.23,
        Target: 95.23,
        Realisasi: 93.65,
        // Printed "97" in the capaian column: typed into the percent-formatted cell, 97 %.
        Capaian: 0.97,
        Formulasi:
          "Jumlah fasilitasi dan koordinasi yang ditindaklanjuti dibagi Jumlah fasilitasi dan koordinasi dikali (X) 100 %",
        Pembilang: 40,
        Penyebut: 42,
      },
      {
        No: "3",
        Tingkat: "Sasaran",
        Sasaran: SASARAN_2,
        "Indikator Kinerja":
          "Rata-rata Persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
        Satuan: "%",
        Arah: "Naik",
        "Target Awal": 85.23,
        Target: 95.23,
        Realisasi: 100,
        Capaian: 1.05,
        Formulasi:
          "Desa RKP+APBDes+LPPdes tepat waktu dibagi Jumlah desa x 3 Dokumen dikali (X) 100 %",
        Pembilang: 36,
        Penyebut: 36,
      },
      program(
        "4",
        "Meningkatnya persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran",
        "Persentase Pemenuhan Fasilitasi Kebutuhan Operasional Perkantoran",
        1,
        1,
        1
      ),
      program(
        "5",
        "Meningkatnya Pelayanan Administrasi Kecamatan sesuai SP dan SOP",
        "persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP",
        1,
        1,
        1
      ),
      program(
        "6",
        "Meningkatnya rata-rata persentase fasiliasi pemebrdayaan masyarakat",
        "Rata-rata persentase fasilitasi pemberdayaan masyarakat",
        1,
        1,
        1
      ),
      program(
        "7",
        "Meningkatnya Fasilitas Koordinasi Ketenteraman dan Ketertiban Umum",
        "persentase pemenuhan upaya trantibum Persentase Fasilitas Koordinasi Ketenteraman dan Ketertiban Umum",
        1,
        1,
        1
      ),
      program(
        "8",
        "Meningkatnya Penyelenggaraan Urusan Pemerintahan Umum",
        "persentase pemenuhan urusan pemerintahan umum",
        1,
        1,
        1
      ),
      program("9", BINWAS_DESA, "Persentase desa yang menetapkan APBdes tepat waktu", 1, 1, 1),
      program(
        "10",
        BINWAS_DESA,
        "Persentase desa yang menetapkan LPPdes tepat waktu",
        0.8523,
        1,
        1.1
      ),
      program("11", BINWAS_DESA, "Persentase desa yang menetapkan RKPdes tepat waktu", 1, 1, 1),
    ],
    Anggaran: ANGGARAN.map(([no, tingkat, uraian, indikator, pagu, realisasi]) => {
      const noKinerja = PROGRAM_KINERJA[no];
      const row: Record<string, NilaiContoh> = {
        No: no,
        Tingkat: tingkat,
        Uraian: uraian,
        Pagu: pagu,
        Realisasi: realisasi,
        Keterangan: `Indikator: ${indikator}`,
      };
      if (noKinerja !== undefined) {
        // Tabel 3.6: Capaian Pagu Anggaran and Capaian Realisasi Kinerja, 100% for every program.
        row["No Kinerja"] = noKinerja;
        row.Serapan = 1;
        row["Capaian Kinerja"] = 1;
        row["Sumber Dana"] = "DAU";
      }
      return row;
    }),
    TindakLanjut: [
      [
        "1",
        "Meningkatkan kualitas pelayanan melalui penerbitan regulasi tingkat OPD, Penyediaan sarana dan prasarana penunjang pelayanan serta kegiatan sosialisasi dan bimbingan teknis kepada Aparatur Pemerintahan Desa tentang pelayanan.",
      ],
      [
        "2.a",
        "Mendorong mewujudkan pembangunan Kecamatan Klakah yang terintegrasi dan mengakomodir aspirasi masyarakat melalui pengembangan perencanaan pembangunan yang bersifat partisipatif;",
      ],
      [
        "2.b",
        "Meningkatkan ketaatan masyarakat dalam administrasi kependudukan melalui peningkatan pelayanan yang mudah, cepat dan berkualitas;",
      ],
      ["2.c", "Meningkatkan budaya tertib dan patuh terhadap peraturan;"],
      [
        "2.d",
        "Meningkatkan pelayanan perjanjian melalui pembentukan unit pelayanan terpadu dan penetapan standart pelayanan publik yang transparan dan akuntansi;",
      ],
      ["2.e", "Meningkatkan kualitas pemberdayaan masyarakat yang aktif dan partisipatif."],
      [
        "3.a",
        "Meningkatkan peran serta Aparatur Kecamatan dalam proses akuntabilitas keuangan desa.",
      ],
      [
        "3.b",
        "Meningkatnya kesadaran Aparatur Pemerintahan Desa dalam menyajikan laporan keuangan yang dapat dipertanggungjawabkan.",
      ],
      [
        "3.c",
        "Meningkatkan kualitas koordinasi dan fasilitasi antara Aparatur Pemerintah Kecamatan dengan Aparatur Pemerintahan Desa tentang akuntabilitas keuangan dan pemerintahan desa",
      ],
    ].map(([No, r]) => ({ No, "Rencana Tindak Lanjut": r })),
    IKM: [
      { Periode: "Tribulan I", "Nilai IKM": 81.25 },
      { Periode: "Tribulan II", "Nilai IKM": 89.51 },
      { Periode: "Tribulan III", "Nilai IKM": 83.84 },
      { Periode: "Tribulan IV", "Nilai IKM": 82.14 },
    ],
    TrenKinerja: TREN.map(([no, tahun, target, realisasi]) => ({
      "No Kinerja": no,
      Tahun: tahun,
      Target: target,
      Realisasi: realisasi,
    })),
    IsuStrategis: ISU.map(([masalah, akar], i) => ({
      "Masalah Pokok": i === 0 ? MASALAH_POKOK : null,
      Masalah: masalah,
      "Akar Masalah": akar,
    })),
    SDM: SDM.map(([Nama, NIP, Pangkat, Golongan, Jabatan, Pendidikan]) => ({
      Nama,
      NIP,
      Pangkat,
      Golongan,
      Jabatan,
      Pendidikan,
    })),
    SaranaPrasarana: [
      ["ASET TANAH", "N/A", "Aset Tanah lainnya"],
      ["PERALATAN DAN MESIN", "44 Buah", "Komputer, Alat Rumah tangga, alat Komunikasi"],
      ["ASET GEDUNG DAN BANGUNAN", "2 Buah", "Tugu batas"],
      ["ASET JALAN ,IRIGASI DAN JARINGAN", "N/A", "Jalan"],
      ["ASET TETAP LAINNYA", "N/A", "Barang kebudayaan"],
      ["KONSTRUKSI DALAM Pengerjaan", "N/A", null],
    ].map(([Jenis, Jumlah, Keterangan]) => ({ Jenis, Jumlah, Keterangan })),
    Kendala: [
      [
        "1",
        "Masih kurangnya keselarasan pemahaman SDM di kantor Kecamatan Klakah dalam penyiapan data Evaluasi kinerja",
        "Pembinaan dan evaluasi oleh Pimpinan bersama staf dalam menjalankan tupoksi masing-masing",
        "Cepat tanggap terhadap keluhan masyarakat terkait informasi kependudukan.",
      ],
      [
        "1",
        "Sarana dan prasarana kurang memadai untuk pelaksanaan tugas secara optimal",
        "Perencanaan sarana prasarana sesuai kebutuhan prioritas, mengoptimalkan sarpras yang ada",
        null,
      ],
      [
        "1",
        "Publikasi Persyaratan pelayanan kurang maksimal",
        "Dilakukan peningkatan Publikasi melalui media elektronik maupun non elektronik",
        null,
      ],
      [
        "2",
        "1. Kompetensi Aparatur kecamatan banyak yang kurang memahami tupoksi masing-masing 2. Kompetensi aparatur Perangkat desa kurang maksimal",
        "1. Peningkatan Komitmen Aparatur kecamatan dan Pembinaan oleh Pimpinan bersama staf terkait faskor yang harus dilaksanakan 2. Peningkatan Kompetensi aparatur desa melalui pembinaan desa",
        "Komunikasi dan koordinasi yang baik antara kecamatan dengan pemerintah desa dan Forkompimcam",
      ],
      [
        "3",
        "1. Koordinasi terkait penyusunan 3 dokumen kurang maksimal secara substansi dan sesuai ketentuan yang berlaku, 2. Tim Binwas belum optimal",
        "1. Pembinaan terkait penyusunan 3 dokumen (APBDES, RKPDES, LPPDES) perlu ditingkatkan, 2. Peningkatan Kompetensi Tim binwas kecamatan",
        "- Tingkat pemahaman aparatur desa terhadap regulasi sudah cukup baik - komitmen pemerintah desa dalam upaya pemenuhan 3 dokumen ((APBDES, RKPDES, LPPDES) tepat waktu",
      ],
    ].map(([no, kendala, upaya, faktor]) => ({
      "No Kinerja": no,
      Kendala: kendala,
      Upaya: upaya,
      "Faktor Keberhasilan": faktor,
    })),
    Pembanding: [
      ["1", "Kecamatan Kedungjajang", 82.86],
      ["1", "Kecamatan Ranuyoso", 84.92],
      ["2", "Kecamatan Kedungjajang", 85.48],
      ["2", "Kecamatan Ranuyoso", 86],
      ["3", "Kecamatan Kedungjajang", 97.22],
      ["3", "Kecamatan Ranuyoso", 84.85],
    ].map(([no, unit, realisasi]) => ({ "No Kinerja": no, Unit: unit, Realisasi: realisasi })),
  },
  formatPersen: [
    // Tabel 3.2 program indicators: "100 %", "85,23 %" typed with a percent sign.
    { table: "Kinerja", kolom: ["Target", "Realisasi"], baris: [3, 4, 5, 6, 7, 8, 9, 10] },
    // Trend of the two sasaran: "90 %", "93,33%" … (the IKM rows are plain points).
    {
      table: "TrenKinerja",
      kolom: ["Target", "Realisasi"],
      baris: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    },
  ],
};
