// Synthetic report models for the narrative tests: an ExampleReport built in
// code, laid out as raw tables by exampleToRawWorkbook and mapped by the one
// mapping, so the narrative meets the model exactly as the add-in builds it.
import { exampleToRawWorkbook } from "../../../src/core/examples/raw";
import type { ExampleReport, NilaiContoh } from "../../../src/core/examples/types";
import { mapWorkbook } from "../../../src/core/model/map";
import type { ReportModel } from "../../../src/core/model/types";

type Baris = Record<string, NilaiContoh>;

export interface IndikatorSintetis {
  target: NilaiContoh;
  realisasi: NilaiContoh;
  satuan?: string;
  arah?: "Naik" | "Turun";
  tingkat?: string;
  targetAwal?: NilaiContoh;
  formulasi?: string;
  pembilang?: NilaiContoh;
  penyebut?: NilaiContoh;
}

export interface OpsiSintetis {
  jenis?: "Triwulan" | "Tahunan";
  periode?: string | null;
  tahun?: number | null;
  indikator?: IndikatorSintetis[];
  anggaran?: {
    uraian: string;
    pagu: NilaiContoh;
    realisasi: NilaiContoh;
    noKinerja?: string;
    tingkat?: string;
  }[];
  profil?: Record<string, NilaiContoh>;
  tanpaProfil?: string[];
  strategi?: Baris[];
  tindakLanjut?: Baris[];
  tahunan?: Record<string, Baris[]>;
}

export const PROFIL_DASAR: Record<string, NilaiContoh> = {
  "Jenis Laporan": "Triwulan",
  Periode: "III",
  Tahun: 2023,
  "Pemerintah Daerah": "Kabupaten Lumajang",
  "Unit Kerja": "Kecamatan Tempeh",
  Jabatan: "Camat Tempeh",
  Eselon: "III",
  Nama: "ABDILAH IRSYAD, S.STP",
  NIP: "198707022006021002",
  "Jabatan Atasan": "Bupati Lumajang",
  "Nama Atasan": "H. THORIQUL HAQ, M.ML",
  "NIP Atasan": "197305142000031003",
  "Pihak Kedua Perjanjian Kinerja": "Bupati Lumajang",
  Tempat: "Lumajang",
  "Tanggal Laporan": 45199, // 30 September 2023
  "Dasar Hukum Pelaporan": "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018",
  "Dasar Hukum Tugas dan Fungsi":
    "Peraturan Bupati Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan",
  "Pasal Tugas dan Fungsi": "7",
  "Skala Predikat": "PERMENDAGRI86",
};

const INDIKATOR_DASAR: IndikatorSintetis[] = [
  { target: "97%", realisasi: "70%", satuan: "%" },
  { target: "94,87%", realisasi: "67%", satuan: "%" },
  { target: 12, realisasi: 12, satuan: "laporan", tingkat: "Program" },
];

export function contohSintetis(o: OpsiSintetis = {}): ExampleReport {
  const jenis = o.jenis ?? "Triwulan";
  const profil: Record<string, NilaiContoh> = {
    ...PROFIL_DASAR,
    "Jenis Laporan": jenis,
    Periode: o.periode === undefined ? (jenis === "Tahunan" ? null : "III") : o.periode,
    Tahun: o.tahun === undefined ? 2023 : o.tahun,
    ...(o.profil ?? {}),
  };
  for (const k of o.tanpaProfil ?? []) profil[k] = null;
  const indikator = o.indikator ?? INDIKATOR_DASAR;
  const kinerja: Baris[] = indikator.map((k, idx) => ({
    No: String(idx + 1),
    Tingkat: k.tingkat ?? "Sasaran",
    Sasaran: `Meningkatnya layanan nomor ${terbilangKecil(idx + 1)}`,
    "Indikator Kinerja": `Persentase capaian indikator ${terbilangKecil(idx + 1)}`,
    Satuan: k.satuan ?? "%",
    Arah: k.arah ?? "Naik",
    "Target Awal": k.targetAwal ?? null,
    Target: k.target,
    Realisasi: k.realisasi,
    Formulasi: k.formulasi ?? null,
    Pembilang: k.pembilang ?? null,
    Penyebut: k.penyebut ?? null,
  }));
  const anggaran: Baris[] = (
    o.anggaran ?? [
      {
        uraian: "Program Penunjang Urusan Pemerintahan",
        pagu: 1726863171,
        realisasi: 1284053723,
        noKinerja: "1",
      },
      {
        uraian: "Program Pemberdayaan Masyarakat",
        pagu: 125390000,
        realisasi: 25239000,
        noKinerja: "2",
      },
    ]
  ).map((a, idx) => ({
    No: String(idx + 1),
    Tingkat: a.tingkat ?? "Program",
    Uraian: a.uraian,
    "No Kinerja": a.noKinerja ?? null,
    Pagu: a.pagu,
    Realisasi: a.realisasi,
  }));
  const tables: Record<string, Baris[]> = {
    Profil: Object.entries(profil).map(([Isian, Nilai]) => ({ Isian, Nilai })),
    TugasFungsi: [
      { No: "1", Uraian: "menyelenggarakan urusan pemerintahan umum;" },
      { No: "2", Uraian: "mengoordinasikan kegiatan pemberdayaan masyarakat;" },
    ],
    Kinerja: kinerja,
    Anggaran: anggaran,
    Strategi: o.strategi ?? [
      {
        "No Kinerja": "1",
        Strategi: "Merekap kegiatan fasilitasi dari masing-masing kasi",
        "Pada Bulan": "Juli s.d. September 2023",
      },
      {
        "No Kinerja": "1",
        Strategi: "Menetapkan tim fasilitasi dengan Surat Keputusan",
        "Pada Bulan": "Juli 2023",
      },
      {
        "No Kinerja": "2",
        Strategi: "Membuat daftar periksa pelaporan desa",
        "Pada Bulan": "Agustus 2023",
      },
    ],
    TindakLanjut: o.tindakLanjut ?? [],
    ...(o.tahunan ?? {}),
  };
  return {
    id: "sintetis",
    judul: "Laporan sintetis untuk uji narasi",
    sumber: "dibuat dalam kode uji",
    jenis,
    tables,
  };
}

/** Words, not digits, in generated names: the number walk must not see them as figures. */
function terbilangKecil(n: number): string {
  const kata = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
  ];
  return String(n)
    .split("")
    .map((d) => kata[Number(d)])
    .join(" ");
}

export function modelSintetis(o: OpsiSintetis = {}): ReportModel {
  return mapWorkbook(exampleToRawWorkbook(contohSintetis(o)));
}
