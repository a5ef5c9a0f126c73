// LKjIP Kecamatan Bantur, Kabupaten Malang, Laporan Kinerja Tahunan 2020 (seed 004).
import type { ExampleReport, NilaiContoh } from "./types";

const SASARAN =
  "Meningkatkan Kualitas pelayanan penyelenggaraan Tugas umum Pemerintahan melalui pendekatan Partisipatif di Kecamatan Bantur";
const SKM = "Survey Kepuasan Masyarakat (SKM)";
const MUSRENBANG =
  "Persentase Tingkat Partisipasi Masyarakat/Perwakilan Masyarakat dalam pelaksanaan Musrenbangcam";

// Programs of the Realisasi Anggaran table (I-VI); the seed prints no program totals.
const PROGRAM: Record<string, string> = {
  I: "Program Pelayanan Administrasi Perkantoran",
  II: "Program Peningkatan Sarana dan Prasarana Aparatur",
  III: "Program Peningkatan Disiplin Aparatur",
  IV: "Program Peningkatan Kapasitas Sumber Daya Aparatur",
  V: "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
  VI: "Program Peningkatan Pelayanan Kecamatan",
};

// Kegiatan that serve an indicator (Tabel 3.1-3.3) → No Kinerja.
const KEGIATAN_KINERJA: Record<string, string> = { "VI.4": "2", "VI.5": "1" };

// Realisasi Anggaran (Bab III D): No, kegiatan, anggaran, realisasi, "%" as printed
// (null: not printed, see sumber).
const ANGGARAN: [string, string, number, number, number | null][] = [
  ["I.1", "Penyediaan Jasa Surat Menyurat", 12000000, 12000000, 100],
  ["I.2", "Penyediaan Jasa Komunikasi, Sumberdaya Air dan Listrik", 7800000, 7800000, 100],
  [
    "I.3",
    "Penyediaan Jasa Pemeliharaan dan Perizinan Kendaraan Dinas/Operasional",
    2288000,
    2288000,
    100,
  ],
  // Printed 98 beside a realisasi equal to its anggaran.
  ["I.4", "Penyediaan Jasa Administrasi Keuangan", 131137800, 131137800, 98],
  ["I.5", "Penyediaan Jasa Kebersihan Kantor", 4800000, 4800000, 100],
  ["I.6", "Penyediaan Alat Tulis Kantor", 38526150, 38526150, 100],
  ["I.7", "Penyediaan Barang Cetak dan Penggandaan", 12966500, 12966500, 100],
  [
    "I.8",
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    6295000,
    6295000,
    100,
  ],
  ["I.9", "Penyediaan Makanan dan Minuman", 67156000, 67156000, 100],
  // One amount printed on a shifted row; realisasi from the Jumlah (see sumber), no "%".
  ["I.10", "Rapat-rapat Koordinasi dan Konsultasi Ke Dalam Daerah", 112950000, 112950000, null],
  ["II.1", "Pengadaan Peralatan Gedung Kantor", 35216000, 35216000, 100],
  ["II.2", "Pemeliharaan Rutin/Berkala Gedung Kantor", 34523000, 34523000, 100],
  ["II.3", "Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional", 15000000, 15000000, 100],
  ["III.1", "Pengadaan Pakaian Dinas beserta perlengkapannya", 7650000, 7650000, 100],
  ["III.2", "Pengadaan Pakaian Khusus hari-hari tertentu", 10800000, 10800000, 100],
  ["IV.1", "Pendidikan dan Pelatihan Formal", 5050000, 5050000, 100],
  [
    "V.1",
    "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    19440600,
    19440600,
    100,
  ],
  ["VI.1", "Pengendalian Keamanan dan Ketertiban Lingkungan", 38308000, 38308000, 100],
  ["VI.2", "Pembinaan Penyelenggaraan Pemerintah Desa/Kelurahan", 38856000, 38856000, 100],
  ["VI.3", "Pembinaan Kesejahteraan Sosial dan Kepemudaan", 38346000, 38346000, 100],
  ["VI.4", "Pengendalian Pembangunan dan Pemberdayaan Masyarakat", 41289750, 41289750, 100],
  ["VI.5", "Pelayanan Administrasi Umum dan Kependudukan", 12143000, 12143000, 100],
];

// Tabel 1.2 Data Sarana Prasarana, as printed (its numbering repeats 8 and 11).
const SARANA: [string, string, string][] = [
  ["Kantor Kecamatan", "1 buah", "Baik"],
  ["Rumah Dinas Camat", "1 buah", "Baik"],
  ["Panti PKK", "1 buah", "Baik"],
  ["Rumah Sekcam", "-", "-"],
  ["Meja Kerja", "37 buah", "Baik"],
  ["Kursi Kerja", "36 buah", "Sedang"],
  ["Radio Komunikasi", "1 unit", "Baik"],
  ["Handy Talky (HT)", "4 Buah", "Baik"],
  ["Kamar mandi", "1 buah", "Baik"],
  ["Fasilitas ibadah (Mushola)", "1 buah", "Baik"],
  ["Komputer", "10 buah", "Sedang"],
  ["Laptop", "1 buah", "Baik"],
  ["Printer", "4 buah", "Sedang"],
  ["Lemari arsip", "4 buah", "Sedang"],
  ["Mesin ketik", "2 buah", "Rusak"],
  ["Pendopo Kecamatan", "1 buah", "Baik"],
  ["Ruang Bebas rokok", "1 buah", "Baik"],
  ["Kendaraan dinas roda 2", "8 buah", "Baik"],
  ["Kendaraan dinas roda 4", "2 buah", "Baik"],
];

export const BANTUR_2020_TAHUNAN: ExampleReport = {
  id: "bantur-2020-tahunan",
  judul: "LKjIP Kecamatan Bantur, Tahunan 2020",
  sumber:
    "Seed 004 (../shared/seeds/004_1f4903de6a21ee12.txt), Laporan Kinerja Instansi Pemerintah " +
    "Kecamatan Bantur Kabupaten Malang Tahun 2020 (LKjIP tahunan). Dasar Hukum Pelaporan dari " +
    "Sistematika (PermenPAN-RB 53/2014). Ditranskripsi: fungsi Camat " +
    "(13 butir a-m menurut Perbup Malang 64/2016; dua butir tugas Camat, daftar a-j Perda 9/2016 " +
    "dan tugas sekretariat/seksi tidak diulang), Tabel 1.2 sarana prasarana (19 baris; Jumlah " +
    "'1 buah', '-' apa adanya; nomor 8 dan 11 tercetak dua kali), Tabel 1.1 Bab III (satu " +
    "sasaran, dua indikator: SKM 85/85/100% dan partisipasi Musrenbangcam 85%/85%/100%) " +
    "dengan perhitungan 142/167 sebagai " +
    "Pembilang/Penyebut dan rata-rata tertimbang 3,400 × 25 = 85,00 sebagai Formulasi, skala " +
    "ordinal Bab III (85 ke atas Sangat berhasil, 70 Berhasil, 55 Cukup berhasil, di bawahnya " +
    "Kurang berhasil) sebagai preset BERHASIL4, tren 2019-2020 (target dan realisasi 2019 dari " +
    "tabel Capaian Kinerja 2019 Bab I, 2020 dari Tabel 1.1 Bab III), nilai SKM 2020 (85,00) " +
    "sebagai satu baris IKM, analisis keberhasilan Musrenbangcam (langkah yang dilakukan sebagai " +
    "Faktor Keberhasilan, langkah ke depan sebagai Tindak Lanjut), realisasi anggaran Bab III D " +
    "(22 kegiatan di bawah 6 program; nomor I.1-VI.5 menurut program dan urutan seed, nama " +
    "program di Keterangan) dengan '%' sebagai Serapan; Tabel 3.2/3.3 sebagai Capaian Kinerja " +
    "100% (Efisiensi '-' dibiarkan kosong) pada kegiatan Pelayanan Administrasi Umum dan " +
    "Kependudukan (indikator SKM) dan Pengendalian Pembangunan dan Pemberdayaan Masyarakat " +
    "(indikator Musrenbangcam). Kesalahan seed yang sengaja dipertahankan: '%' Penyediaan Jasa " +
    "Administrasi Keuangan tertulis 98 padahal realisasi = anggaran 131.137.800 (100%); " +
    "tanda tangan Camat tanpa tempat dan tanggal (Tempat dan Tanggal Laporan di Profil " +
    "kosong). " +
    "Kesalahan seed yang tidak dapat ditampung kontrak lembar (dicatat di sini saja): teks " +
    "Realisasi Anggaran menulis anggaran Rp. 636.541.800 padahal Jumlah tabel dan jumlah 22 " +
    "barisnya Rp692.541.800 (selisih Rp56.000.000), dan '% Anggaran' Tabel 3.1 (1,907% dan " +
    "2,642%) dihitung dari Rp636.541.800 (dari Rp692.541.800: 1,753% dan 2,429%); Tabel 1.3 " +
    "menulis tingkat kemajuan terhadap target akhir Renstra 60% padahal 85/100 = 85% (target " +
    "akhir SKM tertulis '100 %', persen untuk indeks); Tabel 3.2 menulis target dan realisasi " +
    "Musrenbangcam 80% (di tempat lain 85%) dan SKM '85%'; judul Tabel 1.2 menyebut realisasi " +
    "padahal isinya capaian (100%); teks Capaian 2019 menulis 'terealisasi 100%' dengan 142/167 " +
    "lalu menghitung 133/157 = 85%; Tabel 1.1 SDM berjumlah 13 orang (pendidikan 2+4+7, " +
    "pangkat 3+1+4+1+3+1) padahal teks menyebut 14 orang; teks Bab III menyebut penetapan " +
    "kinerja 'tahun 2018'. Pilihan pada bagian yang ambigu: baris 10 (Rapat-rapat Koordinasi) " +
    "tercetak bergeser dengan satu angka 112.950.000 tanpa '%'; dicatat sebagai anggaran dan " +
    "realisasi karena Jumlah realisasi 692.541.800 sama dengan jumlah anggaran dan 21 baris " +
    "lain terserap penuh, Serapannya dibiarkan kosong. Perjanjian Kinerja dan Tabel 3.1/3.2 " +
    "menyebut Rp16.820.500 (Penyelenggaraan Musrenbang Kecamatan) untuk indikator " +
    "Musrenbangcam, bagian dari kegiatan Rp41.289.750 yang rinciannya tidak tercetak; angka itu " +
    "dicatat di Keterangan, bukan sebagai sub kegiatan, agar jumlah kegiatan tidak dianggap " +
    "salah. Teks sasaran dan indikator menurut Tabel 1.1 Bab III. Tidak ditranskripsi karena " +
    "tidak ada di seed atau tidak berbentuk kontrak: tujuan ('Meningkatkan Kepuasan Masyarakat " +
    "terhadap layanan Kecamatan') tanpa indikator dan target; daftar pegawai per orang (Tabel " +
    "1.1 hanya rekap jumlah; 4 tenaga kontrak); isu strategis; pembanding unit lain; jumlah " +
    "anggaran per program; predikat per indikator; eselon, pasal tugas dan fungsi, nama dan " +
    "NIP Bupati; capaian dan anggaran 2019 (Rp7.131.500); struktur " +
    "organisasi dan lampiran.",
  jenis: "Tahunan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Tahunan" },
      { Isian: "Tahun", Nilai: 2020 },
      { Isian: "Pemerintah Daerah", Nilai: "Kabupaten Malang" },
      { Isian: "Unit Kerja", Nilai: "Kecamatan Bantur" },
      { Isian: "Jabatan", Nilai: "Camat Bantur" },
      { Isian: "Nama", Nilai: "SUNARDI, S.Sos" },
      { Isian: "NIP", Nilai: "19710110 199101 1 001" },
      { Isian: "Jabatan Atasan", Nilai: "Bupati Malang" },
      { Isian: "Pihak Kedua Perjanjian Kinerja", Nilai: "Bupati Malang" },
      {
        Isian: "Dasar Hukum Pelaporan",
        Nilai:
          "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014",
      },
      {
        Isian: "Dasar Hukum Tugas dan Fungsi",
        Nilai:
          "Peraturan Bupati Malang Nomor 64 Tahun 2016 tentang Kedudukan, Struktur Koordinasi, " +
          "Tugas dan Fungsi serta Tata Kerja Kecamatan",
      },
      { Isian: "Skala Predikat", Nilai: "BERHASIL4" },
    ],
    TugasFungsi: [
      "pelaksanaan pengelolaan dan pengumpulan data berbentuk database serta analisa data untuk menyusun program kegiatan;",
      "perencanaan strategis di bidang perencanaan kegiatan Kecamatan;",
      "pelaksanaan pelimpahan sebagian kewenangan Bupati;",
      "pengkoordinasian kegiatan pemberdayaan masyarakat;",
      "pengkoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum;",
      "pengkoordinasian penerapan dan penegakan peraturan perundang-undangan;",
      "pengkoordinasian pemeliharaan prasarana dan fasilitas pelayanan umum;",
      "pengkoordinasian penyelenggaraan kegiatan Pemerintahan Desa dan Kelurahan;",
      "pelaksanaan kerjasama dan koordinasi dengan masyarakat, lembaga pemerintah dan lembaga-lembaga lainnya;",
      "penyelenggaraan kesekretariatan Kecamatan;",
      "pengkoordinasian, integrasi dan sinkronisasi kegiatan-kegiatan lain di lingkungan Kecamatan;",
      "pelaksanaan pelayanan masyarakat yang belum dapat dilaksanakan Pemerintah Desa dan Kelurahan; dan",
      "pelaksanaan fungsi lain dan sesuai dengan bidang tugasnya yang diberikan oleh Bupati.",
    ].map((Uraian, i) => ({ No: String(i + 1), Uraian })),
    Kinerja: [
      {
        No: "1",
        Tingkat: "Sasaran",
        Sasaran: SASARAN,
        "Indikator Kinerja": SKM,
        Satuan: "Indeks",
        Arah: "Naik",
        Target: 85,
        Realisasi: 85,
        Capaian: 1,
        Formulasi: "Nilai rata-rata tertimbang dikali 25",
        Keterangan: "Nilai rata-rata tertimbang 3,400 dikali 25 = 85,00",
      },
      {
        No: "2",
        Tingkat: "Sasaran",
        Sasaran: SASARAN,
        "Indikator Kinerja": MUSRENBANG,
        Satuan: "%",
        Arah: "Naik",
        Target: 0.85,
        Realisasi: 0.85,
        Capaian: 1,
        Formulasi:
          "Jumlah Kehadiran Stakeholder Non PNS dibagi Jumlah Keseluruhan Undangan yang hadir dikali 100%",
        Pembilang: 142,
        Penyebut: 167,
      },
    ],
    Anggaran: ANGGARAN.map(([no, uraian, pagu, realisasi, persen]) => {
      const program = PROGRAM[no.split(".")[0]];
      const noKinerja = KEGIATAN_KINERJA[no];
      const row: Record<string, NilaiContoh> = {
        No: no,
        Tingkat: "Kegiatan",
        Uraian: uraian,
        Pagu: pagu,
        Realisasi: realisasi,
        // "%" typed as a whole number into the percent-formatted Serapan cell.
        Serapan: persen === null ? null : persen / 100,
        Keterangan: program,
      };
      if (noKinerja !== undefined) {
        // Tabel 3.2/3.3: % capaian kinerja 100% beside the budget of the indicator.
        row["No Kinerja"] = noKinerja;
        row["Capaian Kinerja"] = 1;
      }
      if (no === "VI.4") {
        row.Keterangan =
          `${program}; Perjanjian Kinerja dan Tabel 3.1/3.2: Penyelenggaraan Musrenbang ` +
          "Kecamatan Rp. 16.820.500 untuk indikator Musrenbangcam";
      }
      return row;
    }),
    TindakLanjut: [
      "Sosialisasi Kepada Masyarakat guna peningkatan partisipasi dalam Perencanaan Pembangunan pada setiap tingkatan Musyawarah perencanaan (Dusun, Desa dan Kecamatan), penglibatan pemangku kepentingan, gender, kelompok Masyarakat, Komponen Kepemudaan dalam pelaksanaan Pembangunan;",
      "Menyeleksi usulan dengan berdasarkan prioritas, Visi Misi dan Strategi Pembangunan Kabupaten Malang (Pengentasan Kemiskinan, Optimalisasi Potensi Wisata dan Optimalisasi Lingkungan Hidup).",
    ].map((r, i) => ({ No: String(i + 1), "Rencana Tindak Lanjut": r })),
    IKM: [{ Periode: "Tahun 2020", "Nilai IKM": 85 }],
    TrenKinerja: [
      ["1", 2019, 85, 85],
      ["1", 2020, 85, 85],
      ["2", 2019, 0.85, 0.85],
      ["2", 2020, 0.85, 0.85],
    ].map(([no, tahun, target, realisasi]) => ({
      "No Kinerja": no,
      Tahun: tahun,
      Target: target,
      Realisasi: realisasi,
    })),
    SaranaPrasarana: SARANA.map(([Jenis, Jumlah, Keterangan]) => ({ Jenis, Jumlah, Keterangan })),
    Kendala: [
      {
        "No Kinerja": "2",
        Kendala: null,
        Upaya: null,
        "Faktor Keberhasilan":
          "Musyawarah perencanaan Pembangunan yang Optimal dengan melibatkan seluruh peserta untuk " +
          "mendiskusikan usulan-usulan kegiatan, dengan mempertimbangkan: Skala Prioritas dari " +
          "masing-masing Desa; Kesesuaian dengan Visi Misi dan Strategi Pembangunan Kabupaten " +
          "Malang; Kecermatan dalam pengelompokan usulan kegiatan berdasar sumber pendanaan, mana " +
          "yang dapat dibiayai melalui APBDes dan yang memungkinkan dibiayai APBD Kabupaten Malang.",
      },
    ],
  },
  formatPersen: [
    // Musrenbangcam: "85%" typed with a percent sign (the SKM row is plain index points).
    { table: "Kinerja", kolom: ["Target", "Realisasi"], baris: [1] },
    { table: "TrenKinerja", kolom: ["Target", "Realisasi"], baris: [2, 3] },
  ],
};
