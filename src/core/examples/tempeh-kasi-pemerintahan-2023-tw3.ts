// Kasi Pemerintahan, Kecamatan Tempeh, Laporan Kinerja Triwulan III 2023 (seed 001, third report).
import type { ExampleReport } from "./types";

const SEPANJANG_TAHUN = "Bulan Januari s/d Desember 2023";

export const TEMPEH_KASI_PEMERINTAHAN_2023_TW3: ExampleReport = {
  id: "tempeh-kasi-pemerintahan-2023-tw3",
  judul: "Kasi Pemerintahan Kecamatan Tempeh, Triwulan III 2023",
  sumber:
    "Seed 001 (../shared/seeds/001_7a713a6eb8e68e69.txt), laporan ketiga dari tujuh di berkas itu: " +
    "Kasi Pemerintahan Kecamatan Tempeh, Triwulan III 2023. Ditranskripsi: tugas dan fungsi " +
    "(butir a-x, pasal 9 Perbup 96/2019), Tabel 2.2 (tiga indikator; teks sasaran dan indikator " +
    "menurut Tabel 2.2, termasuk salah ketik 'Faslitasi'; target dan realisasi dalam bentuk " +
    "tercetak: '1 Fasilitasi', '12 fasilitasi', '9 fasilitasi' sebagai teks berunit dan '100 %' " +
    "sebagai teks berspasi; capaian 0%, 75%, 75% seperti tercetak), Tabel 2.3 (tiga kegiatan " +
    "dengan pagu, realisasi dan serapan tercetak 0%, 66%, 68% yang dibulatkan ke bawah), Tabel " +
    "2.4 strategi (7 langkah) dan 7 rencana tindak lanjut (a-g). Penyederhanaan: Tabel 2.3 " +
    "memuat baris sasaran (T/R/% kinerja tanpa anggaran) lalu baris kegiatan (anggaran tanpa " +
    "kinerja) yang berpasangan satu-satu; keduanya digabung menjadi satu baris Kegiatan per " +
    "indikator (No Kinerja 1-3) dengan kolom % sasaran sebagai Capaian Kinerja. Nomor '1.' dicatat " +
    "'1'. Tabel 2.4 menamai indikator 3 'Jumlah Desa yang menetapkan RKPDes Tepat Waktu', beda " +
    "dari PK; strategi dikaitkan lewat nomornya (3). Sasaran indikator 2 di Tabel 2.1 tanpa kata " +
    "'Umum' (dipakai teks Tabel 2.2). Predikat dan efisiensi tidak tercetak. Tanggapan atasan " +
    "(daftar centang kosong) dan Bab III tidak ditranskripsi.",
  jenis: "Triwulan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Triwulan" },
      { Isian: "Periode", Nilai: "III" },
      { Isian: "Tahun", Nilai: 2023 },
      { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Lumajang" },
      { Isian: "Unit Kerja", Nilai: "Kecamatan Tempeh" },
      { Isian: "Jabatan", Nilai: "Kasi Pemerintahan" },
      { Isian: "Eselon", Nilai: "IV" },
      { Isian: "Nama", Nilai: "HERRY SUWANDHONO" },
      { Isian: "NIP", Nilai: "19660905 198903 1 009" },
      { Isian: "Jabatan Atasan", Nilai: "Camat Tempeh" },
      { Isian: "Nama Atasan", Nilai: "ABDILAH IRSYAD, S.STP" },
      { Isian: "NIP Atasan", Nilai: "19870702 200602 1 002" },
      { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Kepala Kecamatan Tempeh" },
      { Isian: "Tempat", Nilai: "Lumajang" },
      // 30 September 2023
      { Isian: "Tanggal Laporan", Nilai: 45199 },
      { Isian: "Dasar Hukum Pelaporan", Nilai: "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018" },
      {
        Isian: "Dasar Hukum Tugas dan Fungsi",
        Nilai:
          "Peraturan Bupati Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, Uraian " +
          "Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan",
      },
      { Isian: "Pasal Tugas dan Fungsi", Nilai: "9" },
      { Isian: "Skala Predikat", Nilai: "PERMENDAGRI86" },
    ],
    TugasFungsi: [
      [
        "a",
        "menyusun rencana kegiatan kerja Seksi Pemerintahan yang selaras dengan Rencana Strategis dan Rencana Kerja Kecamatan;",
      ],
      ["b", "melaksanakan penyiapan bahan perumusan kebijakan di bidang pemerintahan;"],
      ["c", "melaksanakan pembinaan wawasan kebangsaan, ideology negara dan kesatuan bangsa;"],
      [
        "d",
        "melaksanakan pembinaan kerukunan hidup bermasyarakat dengan melakukan harmonisasi hubungan dengan tokoh agama dan tokoh masyarakat;",
      ],
      ["e", "melaksanakan pembinaan ketentraman dan ketertiban;"],
      [
        "f",
        "melaksanakan fasilitasi penanganan konflik sosial sesuai ketentuan peraturan perundang-undangan;",
      ],
      [
        "g",
        "pengoordinasian pelaksanaan tugas antar instansi pemerintahan yang ada di wilayah kecamatan sesuai dengan ketentuan peraturan perundang-undangan;",
      ],
      ["h", "melaksanakan pengembangan kehidupan demokrasi berdasarkan Pancasila;"],
      ["i", "pengoordinasian dan fasilitasi pembentukan forum komunikasi impinan di kecamatan;"],
      [
        "j",
        "melakukan penegakan dan pelaksanaan Peraturan Daerah dan peraturan Kepala Daerah serta Peraturan Perundang-undangan lainnya di wilayah kerjanya;",
      ],
      ["k", "melaksanakan penyelenggaraan kegiatan pemerintahan di tingkat kecamatan;"],
      ["l", "melaksanakan evaluasi penyusunan peraturan desa dan peraturan kepala desa;"],
      ["m", "melaksanakan fasilitasi administrasi tata pemerintahan desa;"],
      ["n", "melaksanakan pembinaan dan pengawasan pengelolaan keuangan desa dan aset desa"],
      ["o", "pembinaan dan pengawasan pelaksanaan tugas kepala desa dan perangkat desa;"],
      ["p", "melaksanakan fasilitasi pelaksanaan pemilihan kepala desa;"],
      ["q", "pembinaan dan pengawasan pelaksanaan tugas dan fungsi Badan Permusyawaratan Desa;"],
      ["r", "pemberian rekomendasi pengangkatan dan pemberhentian perangkat desa;"],
      [
        "s",
        "melaksanakan fasilitasi kerja sama antar desa dan kerja sama desa dengan pihak ketiga;",
      ],
      [
        "t",
        "melaksanakan fasilitasi penataan, pemanfaatan, dan pendayagunaan ruang desa serta penetapan dan penegasan batas desa;",
      ],
      ["u", "pengoordinasian pendampingan desa di Kecamatan;"],
      [
        "v",
        "melaksanakan evaluasi dan pelaporan pelaksanaan tugas dan program kerja Seksi Pemerintahan;",
      ],
      ["w", "memberikan saran dan pertimbangan kepada Camat; dan"],
      ["x", "melaksanakan tugas-tugas lain yang diberikan oleh Camat."],
    ].map(([No, Uraian]) => ({ No, Uraian })),
    Kinerja: [
      {
        No: "1",
        Tingkat: "Sasaran",
        Sasaran:
          "Terlaksananya fasilitasi Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        "Indikator Kinerja":
          "Jumlah Faslitasi Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum",
        Satuan: "fasilitasi",
        Arah: "Naik",
        Target: "1 Fasilitasi",
        Realisasi: 0,
        Capaian: 0,
      },
      {
        No: "2",
        Tingkat: "Sasaran",
        Sasaran:
          "Terfasilitasinya Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah",
        "Indikator Kinerja": "Jumlah Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum",
        Satuan: "fasilitasi",
        Arah: "Naik",
        Target: "12 fasilitasi",
        Realisasi: "9 fasilitasi",
        Capaian: 0.75,
      },
      {
        No: "3",
        Tingkat: "Sasaran",
        Sasaran:
          "Terpenuhinya Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
        "Indikator Kinerja":
          "Persentase Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
        Satuan: "%",
        Arah: "Naik",
        Target: "100 %",
        Realisasi: 0.75,
        Capaian: 0.75,
      },
    ],
    Anggaran: [
      {
        No: "1",
        Tingkat: "Kegiatan",
        Uraian: "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
        "No Kinerja": "1",
        Pagu: 8320000,
        Realisasi: 0,
        Serapan: 0,
        "Capaian Kinerja": 0,
      },
      {
        No: "2",
        Tingkat: "Kegiatan",
        Uraian: "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah",
        "No Kinerja": "2",
        Pagu: 2400000,
        Realisasi: 1600000,
        Serapan: 0.66,
        "Capaian Kinerja": 0.75,
      },
      {
        No: "3",
        Tingkat: "Kegiatan",
        Uraian: "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
        "No Kinerja": "3",
        Pagu: 326830000,
        Realisasi: 223570000,
        Serapan: 0.68,
        "Capaian Kinerja": 0.75,
      },
    ],
    Strategi: [
      ["1", "Melakukan kegiatan pembinaan kepada LINMAS", SEPANJANG_TAHUN],
      ["2", "Melakukan kegiatan koordinasi dengan FORKOPIMCA Tempeh", SEPANJANG_TAHUN],
      [
        "3",
        "Membuat undangan terkait pengumpulan dokumen administrasi desa",
        "Bulan Juni s/d Desember 2023",
      ],
      ["3", "Membuat laporan pengiriman dokumen", "Bulan Juni s/d Desember 2023"],
      ["3", "Menjadwal pengumpulan dokumen administrasi desa", "Bulan Juni s/d Desember 2023"],
      ["3", "Melakukan pembayaran honorarium Korcam dan TPD", "Bulan Juni s/d Desember 2023"],
      ["3", "Melakukan pelaporan dokumen Pilkades", "Bulan Juni s/d Desember 2023"],
    ].map(([no, strategi, bulan]) => ({
      "No Kinerja": no,
      Strategi: strategi,
      "Pada Bulan": bulan,
    })),
    TindakLanjut: [
      ["a", "Melakukan kegiatan pembinaan kepada LINMAS"],
      ["b", "Melakukan kegiatan koordinasi dengan FORKOPIMCA Tempeh"],
      ["c", "Membuat undangan terkait pengumpulan dokumen administrasi desa"],
      ["d", "Membuat laporan pengiriman dokumen"],
      ["e", "Menjadwal pengumpulan dokumen administrasi desa"],
      ["f", "Melakukan pembayaran honorarium Korcam dan TPD"],
      ["g", "Melakukan pelaporan dokumen Pilkades"],
    ].map(([No, r]) => ({ No, "Rencana Tindak Lanjut": r })),
  },
  // Indicator 3's realisasi "75%" was typed with a percent sign ("100 %" stays text).
  formatPersen: [{ table: "Kinerja", kolom: ["Realisasi"], baris: [2] }],
};
