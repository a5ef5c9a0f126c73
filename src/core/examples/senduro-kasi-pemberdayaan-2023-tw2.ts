// Kasi Pemberdayaan Masyarakat, Kecamatan Senduro, Laporan Kinerja Triwulan II 2023 (seed 000).
import type { ExampleReport } from "./types";

const MUSRENBANGCAM = "Prosentase Fasilitasi Kegiatan Musrenbangcam yang dilaksanakan tepat waktu";
const MUSDES = "Prosentase Pelaksanaan Musdes RKPdes yang difasilitasi tepat waktu";
const PEMBERDAYAAN = "persentase fasilitasi kegiatan pemberdayaan desa";
const BULAN = "1 Jan s/d Juni 2023";

export const SENDURO_KASI_PEMBERDAYAAN_2023_TW2: ExampleReport = {
  id: "senduro-kasi-pemberdayaan-2023-tw2",
  judul: "Kasi Pemberdayaan Masyarakat Kecamatan Senduro, Triwulan II 2023",
  sumber:
    "Seed 000 (../shared/seeds/000_49f6cd8bcf569b12.txt), laporan kinerja triwulan II 2023 Kasi " +
    "Pemberdayaan Masyarakat Kecamatan Senduro. Ditranskripsi: tugas dan fungsi (16 butir, pasal 8 " +
    "Perbup 96/2019), Tabel 2.2 (tiga indikator: target, realisasi dan capaian persis seperti " +
    "tercetak, termasuk realisasi 2,64% dengan capaian 97,36% dan realisasi 0% dengan capaian " +
    "100%), Tabel 2.3 cost per outcome, Tabel 2.4 strategi (13 langkah) dan 13 rencana tindak " +
    "lanjut. Penyederhanaan: Tabel 2.3 memuat tiga baris per sasaran lalu empat kegiatan; baris " +
    "sasaran 1 (Rp266.020.000 / Rp66.420.000) adalah jumlah keempat kegiatan dan dicatat sebagai " +
    "baris Program 1 (seed tidak menyebut nama program, maka Uraian memakai teks sasaran yang " +
    "tercetak), sedangkan baris sasaran 2 dan 3 sama persis dengan kegiatan 1 dan 2 sehingga " +
    "hanya dipakai untuk mengaitkan kegiatan itu ke indikator 2 dan 3 (No Kinerja). Kegiatan 3 " +
    "dan 4 tidak dikaitkan ke indikator karena seed tidak mengaitkannya. Kolom Kinerja T/R/% " +
    "Tabel 2.3 dicatat sebagai Capaian Kinerja (kolom %, misalnya 50% padahal R 24,97% dari T " +
    "100%); kolom Efisiensi seed berisi teks periode 'Jan s/d Juni 2023', disimpan apa adanya. " +
    "Pejabat pelapor dari blok tanda tangan (SHOLEH, S.STP, NIP 19920608 201507 1 001); blok " +
    "tanda tangan seed juga mencetak nama camat dua kali. Predikat tidak tercetak di seed. " +
    "Tanggapan atasan (daftar centang kosong) dan Bab III tidak ditranskripsi.",
  jenis: "Triwulan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Triwulan" },
      { Isian: "Periode", Nilai: "II" },
      { Isian: "Tahun", Nilai: 2023 },
      { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Lumajang" },
      { Isian: "Unit Kerja", Nilai: "Kecamatan Senduro" },
      { Isian: "Jabatan", Nilai: "Kasi Pemberdayaan Masyarakat" },
      { Isian: "Eselon", Nilai: "IV" },
      { Isian: "Nama", Nilai: "SHOLEH, S.STP" },
      { Isian: "NIP", Nilai: "19920608 201507 1 001" },
      { Isian: "Jabatan Atasan", Nilai: "Camat Senduro" },
      { Isian: "Nama Atasan", Nilai: "MOCHAMMAD CHAIDIR" },
      { Isian: "NIP Atasan", Nilai: "19681114 199003 1 004" },
      { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Kepala Kecamatan Senduro" },
      { Isian: "Tempat", Nilai: "Senduro" },
      // 30 Juni 2023
      { Isian: "Tanggal Laporan", Nilai: 45107 },
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
      "Menyusun rencana kegiatan Seksi Pemberdayaan Masyarakat yang selaras dengan Rencana Strategis dan Rencana Kerja Kecamatan;",
      "Melaksanakan penyiapan bahan perumusan kebijakan di Seksi Pemberdayaan Masyarakat;",
      "Mengoordinasikan partisipasi masyarakat dalam forum musyawarah perencanaan pembangunan di desa/kelurahan dan kecamatan;",
      "Mengoordinasikan penyiapan bahan dan penyelenggaraan musyawarah rencana pembangunan tingkat kecamatan;",
      "Melakukan sinkronisasi program kerja dan kegiatan pemberdayaan masyarakat yang dilakukan oleh pemerintah, swasta dan desa/kelurahan di wilayah kecamatan;",
      "Meningkatkan efektifitas pelaksanaan kegiatan pemberdayaan dan pembangunan di wilayah kecamatan;",
      "Melaksanakan fasilitasi sinkronisasi perencanaan pembangunan daerah dengan pembangunan desa;",
      "Melaksanakan fasilitasi penetapan lokasi pembangunan kawasan pedesaan;",
      "Melaksanakan fasilitasi pelaksanaan tugas, fungsi dan kewajiban dan pembinaan lembaga kemasyarakatan desa/kelurahan;",
      "Melaksanakan fasilitasi penyusunan perencanaan pembangunan partisipatif;",
      "Melaksanakan fasilitasi penyusunan program dan pelaksanaan pemberdayaan masyarakat desa;",
      "Melaksanakan koordinasi pelaksanaan pembangunan kawasan perdesaan di wilayahnya;",
      "Menghimpun dan Pengolahan data perekonomian dan pembangunan;",
      "Melaksanakan evaluasi dan pelaporan pelaksanaan tugas dan program kerja Seksi Pemberdayaan Masyarakat;",
      "Memberikan saran dan pertimbangan kepada Camat;",
      "Melaksanakan tugas-tugas lain yang diberikan oleh Camat.",
    ].map((Uraian, i) => ({ No: String(i + 1), Uraian })),
    Kinerja: [
      {
        No: "1",
        Tingkat: "Sasaran",
        Sasaran: "Meningkatnya Fasilitasi dan koordinasi pemberdayaan masyarakat yang tepat waktu",
        "Indikator Kinerja": MUSRENBANGCAM,
        Satuan: "%",
        Arah: "Naik",
        Target: 1,
        Realisasi: 0.0264,
        Capaian: 0.9736,
      },
      {
        No: "2",
        Tingkat: "Sasaran",
        Sasaran: "Meningkatnya Fasilitasi Pelaksanaan Musdes RKP Des yang dilaksanakan tepat waktu",
        "Indikator Kinerja": MUSDES,
        Satuan: "%",
        Arah: "Naik",
        Target: 1,
        Realisasi: 0,
        Capaian: 1,
      },
      {
        No: "3",
        Tingkat: "Sasaran",
        Sasaran: "Meningkatnya Fasilitasi kegiatan pemberdayaan desa yang tepat waktu",
        "Indikator Kinerja": PEMBERDAYAAN,
        Satuan: "%",
        Arah: "Naik",
        Target: 1,
        Realisasi: 0.0717,
        Capaian: 0.9283,
      },
    ],
    Anggaran: [
      {
        No: "1",
        Tingkat: "Program",
        Uraian: "Meningkatnya Fasilitasi dan koordinasi pemberdayaan masyarakat yang tepat waktu",
        "No Kinerja": "1",
        Pagu: 266020000,
        Realisasi: 66420000,
        Serapan: 0.2497,
        "Capaian Kinerja": 0.5,
        Efisiensi: "Jan s/d Juni 2023",
      },
      {
        No: "1.1",
        Tingkat: "Kegiatan",
        Uraian:
          "Penyelenggaraan partisipasi masyarakat dalam forum musyawarah perencanaan pembangunan",
        "No Kinerja": "2",
        Pagu: 6000000,
        Realisasi: 0,
        Serapan: 0,
        "Capaian Kinerja": 0,
        Efisiensi: "Jan s/d Juni 2023",
      },
      {
        No: "1.2",
        Tingkat: "Kegiatan",
        Uraian: "Penyelenggaraan Peningkatan fektifitas kegiatan Pemberdayaan masyarakat",
        "No Kinerja": "3",
        Pagu: 170570000,
        Realisasi: 59130000,
        Serapan: 0.3467,
        "Capaian Kinerja": 0.5,
      },
      {
        No: "1.3",
        Tingkat: "Kegiatan",
        Uraian: "Penyelenggaraan peningkatan ketahanan pangan keluarga",
        Pagu: 31700000,
        Realisasi: 2250000,
        Serapan: 0.071,
        "Capaian Kinerja": 0.5,
      },
      {
        No: "1.4",
        Tingkat: "Kegiatan",
        Uraian: "Penyelenggaraan pelatihan keluarga tanggap bencana rumah tangga",
        Pagu: 57750000,
        Realisasi: 5040000,
        Serapan: 0.0873,
        "Capaian Kinerja": 0.1,
      },
    ],
    Strategi: [
      ["1", "Membuat surat kepada kepala desa terkait Pelasanaan Musrenbangcam"],
      ["1", "Menyiapkan Bahan Pelaksanaan Musrenbangcam"],
      ["1", "Melakukan koordinasi dengan pihak terkait"],
      ["1", "Menyiapkan tempat pelaksanaan musrenbangcam"],
      ["1", "Melaporkan hasil pelaksanaan Musrenbangcam"],
      [
        "2",
        "Membuat surat kepada kepala desa terkait Fasilitasi RKPDes serta batas waktu pelaksanaannya",
      ],
      ["2", "Menyusun tim pelaksanaan Musdes yang akan memfasilitasi di Desa"],
      ["2", "Mendampingi pelaksanaan RKPDes di Desa"],
      [
        "2",
        "Mengontrol melaksanakan musdes yang membuat surat ke desa agar melaporkan pelaksanaan musdes",
      ],
      ["2", "Melaporkan kepada atasan pelaksanaan musdes RKPdes"],
      ["3", "Melakukan perencanaan fasilitasi kegiatan pemberdayaan desa"],
      ["3", "Melaksanakan fasilitasi kegiatan pemberdayaan desa"],
      ["3", "Melaporkan setiap bulan hasil fasilitasi kegiatan pemberdayaan desa"],
    ].map(([no, strategi]) => ({ "No Kinerja": no, Strategi: strategi, "Pada Bulan": BULAN })),
    TindakLanjut: [
      "Membuat surat kepada kepala desa terkait Pelaksanaan Musrenbangcam",
      "Menyiapkan Bahan Pelaksanaan Musrenbangcam",
      "Melakukan koordinasi dengan pihak terkait",
      "Menyiapkan tempat pelaksanaan musrenbangcam",
      "Melaporkan hasil pelaksanaan Musrenbangcam",
      "Membuat surat kepada kepala desa terkait Fasilitasi RKPDes serta batas waktu pelaksanaannya",
      "Menyusun tim pelaksanaan Musdes yang akan memfasilitasi di Desa",
      "Mendampingi pelaksanaan RKPDes di Desa",
      "Mengontrol pelaksanaan musdes yang membuat surat ke desa agar melaporkan pelaksanaan musdes",
      "Melaporkan kepada atasan pelaksanaan musdes RKPdes",
      "Melakukan perencanaan fasilitasi kegiatan pemberdayaan desa",
      "Melaksanakan fasilitasi kegiatan pemberdayaan desa",
      "Melaporkan setiap bulan hasil fasilitasi kegiatan pemberdayaan desa.",
    ].map((r, i) => ({ No: String(i + 1), "Rencana Tindak Lanjut": r })),
  },
  // The seed prints "100%", "2,64%": typed with a percent sign, stored as fractions.
  formatPersen: [{ table: "Kinerja", kolom: ["Target", "Realisasi"] }],
};
