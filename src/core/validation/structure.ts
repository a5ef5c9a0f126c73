// Structure: sheets, tables and columns the mapping could not find, Profil
// fields missing or empty, and required cells left blank in the main tables.
import type { Cell, MappingIssue, ReportModel } from "../model/types";
import { isianProfil } from "../model/map";
import { adaIsiLkj } from "../model/ringkasan";
import type { Temuan, Tingkat } from "./types";
import { kosong, kosongDiKolom, kutip, label, temuan, type Rule } from "./util";

const TINGKAT_ISSUE: Record<string, Tingkat> = {
  LEMBAR_TIDAK_ADA: "galat",
  TABEL_TIDAK_ADA: "galat",
  KOLOM_TIDAK_ADA: "galat",
  TABEL_NAMA_BERBEDA: "peringatan",
  SKALA_TIDAK_DIKENAL: "peringatan",
  SKALA_TIDAK_VALID: "peringatan",
  SKALA_BUKAN_PERSEN: "galat",
  ALAMAT_TABEL_TIDAK_VALID: "peringatan",
};

function dariIssue(i: MappingIssue): Temuan {
  const t: Temuan = {
    kode: i.code,
    tingkat: TINGKAT_ISSUE[i.code] ?? "peringatan",
    lembar: i.sheet,
    sel: i.address,
    // The mapping says what is missing; the finding adds what the user can do about it.
    pesan:
      i.code === "LEMBAR_TIDAK_ADA"
        ? `${i.message}; jalankan Siapkan Lembar untuk menambahkannya`
        : i.message,
  };
  // A lookalike header ("Capaian 5=4/5"): renaming it is certain, one cell, one write.
  if (i.judulKontrak && i.address) {
    t.perbaikan = {
      jenis: "ganti-judul",
      sel: { sheet: i.sheet, address: i.address },
      nilai: i.judulKontrak,
      label: `Ganti judul menjadi "${i.judulKontrak}"`,
    };
  }
  return t;
}

/**
 * A workbook with nothing of the contract (a new, blank one) gets one finding
 * that says how to start, instead of one LEMBAR_TIDAK_ADA per required sheet.
 */
function bukanLkj(issues: readonly MappingIssue[]): Temuan[] {
  const hilang = issues.filter((i) => i.code === "LEMBAR_TIDAK_ADA").map((i) => i.sheet);
  if (hilang.length === 0) return [];
  return [
    {
      kode: "BUKU_KERJA_BUKAN_LKJ",
      tingkat: "galat",
      lembar: "Profil",
      sel: null,
      pesan: `Buku kerja ini belum memuat lembar LKj (${hilang.join(", ")}); jalankan Siapkan Lembar di panel LKj untuk membuatnya, atau buat buku kerja baru dengan lkj templat`,
    },
  ];
}

type FieldProfil = keyof Omit<ReportModel["profil"], "lainnya">;

/** Profil fields a report cannot do without (the cover, signature and period). */
const WAJIB: FieldProfil[] = [
  "jenisLaporan",
  "periode",
  "tahun",
  "pemerintahDaerah",
  "unitKerja",
  "jabatan",
  "nama",
  "nip",
  "tempat",
  "tanggalLaporan",
];

const CONTOH: Partial<Record<FieldProfil, string>> = {
  jenisLaporan: "Triwulan atau Tahunan",
  periode: "I, II, III atau IV",
  tahun: "empat angka, misalnya 2023",
  tanggalLaporan: "tanggal Excel, misalnya 30/09/2023",
};

export const strukturRules: Rule = (m, out) => {
  const adaLkj = adaIsiLkj(m);
  if (!adaLkj) out.push(...bukanLkj(m.mappingIssues));
  for (const i of m.mappingIssues) {
    // Without any contract part, the one BUKU_KERJA_BUKAN_LKJ stands for the missing sheets.
    if (adaLkj || i.code !== "LEMBAR_TIDAK_ADA") out.push(dariIssue(i));
  }

  const profilAda = m.sources.Profil?.present === true;
  if (profilAda) {
    for (const f of WAJIB) {
      if (f === "periode" && m.jenis === "Tahunan") continue;
      const c: Cell<unknown> = m.profil[f];
      const isian = isianProfil(f);
      if (kosong(c)) {
        // A missing row points at the whole table; a blank one at its Nilai cell.
        const adaBaris = /^[A-Z]+\d+$/.test(c.ref.address);
        out.push(
          temuan(
            "PROFIL_KOSONG",
            "galat",
            c.ref,
            adaBaris
              ? `Isian Profil "${isian}" kosong`
              : `Isian Profil "${isian}" tidak ada; tambahkan baris ${isian} di tabel Profil`
          )
        );
      } else if (c.value === null) {
        const contoh = CONTOH[f];
        out.push(
          temuan(
            "PROFIL_TIDAK_VALID",
            "galat",
            c.ref,
            `Isian Profil "${isian}" berisi ${kutip(c.raw)} yang tidak dikenali${contoh ? `; isi ${contoh}` : ""}`
          )
        );
      }
    }
    const batas = m.profil.batasCapaian;
    if (!kosong(batas) && batas.value === null) {
      out.push(
        temuan(
          "PROFIL_TIDAK_VALID",
          "galat",
          batas.ref,
          `Batas Capaian ${kutip(batas.raw)} bukan persentase positif; isi misalnya 120% atau kosongkan`
        )
      );
    }
  }

  // Labels are printed only for a row with a finding: most rows have none.
  for (const k of m.kinerja) {
    if (kosongDiKolom(k.indikator)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "galat",
          k.indikator.ref,
          `${label("Indikator", k.no)}: Indikator Kinerja kosong`
        )
      );
    }
    if (kosongDiKolom(k.no)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "peringatan",
          k.no.ref,
          `Indikator di baris ${k.row}: No kosong, sehingga anggaran dan strategi tidak dapat merujuknya`
        )
      );
    }
    if (kosongDiKolom(k.target)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "galat",
          k.target.ref,
          `${label("Indikator", k.no)}: Target kosong; capaian tidak dapat dihitung`
        )
      );
    }
    if (kosongDiKolom(k.realisasi) && !k.realisasiDariTw) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "peringatan",
          k.realisasi.ref,
          `${label("Indikator", k.no)}: Realisasi kosong; capaian tidak dapat dihitung`
        )
      );
    }
    if (!kosong(k.arah) && k.arah.value === null) {
      out.push(
        temuan(
          "ARAH_TIDAK_VALID",
          "galat",
          k.arah.ref,
          `${label("Indikator", k.no)}: Arah ${kutip(k.arah.raw)} tidak dikenali; isi Naik (makin besar makin baik) atau Turun (makin kecil makin baik)`
        )
      );
    }
    if (!kosong(k.tingkat) && k.tingkat.value === null) {
      out.push(
        temuan(
          "TINGKAT_TIDAK_VALID",
          "peringatan",
          k.tingkat.ref,
          `${label("Indikator", k.no)}: Tingkat ${kutip(k.tingkat.raw)} tidak dikenali; isi Tujuan, Sasaran, Program, Kegiatan atau Sub Kegiatan`
        )
      );
    }
    if (kosongDiKolom(k.satuan)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "peringatan",
          k.satuan.ref,
          `${label("Indikator", k.no)}: Satuan kosong`
        )
      );
    }
  }
  for (const b of m.anggaran) {
    if (kosongDiKolom(b.uraian)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "galat",
          b.uraian.ref,
          `${label("Anggaran", b.no)}: Uraian kosong`
        )
      );
    }
    if (!kosong(b.tingkat) && b.tingkat.value === null) {
      out.push(
        temuan(
          "TINGKAT_TIDAK_VALID",
          "peringatan",
          b.tingkat.ref,
          `${label("Anggaran", b.no)}: Tingkat ${kutip(b.tingkat.raw)} tidak dikenali; isi Program, Kegiatan atau Sub Kegiatan agar jumlahnya dapat diperiksa`
        )
      );
    }
    if (kosongDiKolom(b.pagu)) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "galat",
          b.pagu.ref,
          `${label("Anggaran", b.no)}: Pagu kosong; serapan tidak dapat dihitung`
        )
      );
    }
    if (kosongDiKolom(b.realisasi) && !b.realisasiDariTw) {
      out.push(
        temuan(
          "SEL_WAJIB_KOSONG",
          "peringatan",
          b.realisasi.ref,
          `${label("Anggaran", b.no)}: Realisasi kosong; serapan tidak dapat dihitung`
        )
      );
    }
  }
};
