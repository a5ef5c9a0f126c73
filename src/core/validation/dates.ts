// Dates: the report dated before its period ends (error), or more than five
// working days after the end of a quarter (warning; holidays are not known).
import {
  excelSerialToDate,
  formatTanggal,
  periodeTahunan,
  periodeTriwulan,
  romawi,
  tambahHariKerja,
} from "../format/tanggal";
import type { ReportModel } from "../model/types";
import { temuan, type Rule } from "./util";

const BATAS_HARI_KERJA = 5;

export const tanggalRules: Rule = (m: ReportModel, out) => {
  const c = m.profil.tanggalLaporan;
  const tahun = m.tahun;
  if (c.value === null || tahun === null) return;
  const tanggal = excelSerialToDate(Math.floor(c.value));
  if (Number.isNaN(tanggal.getTime())) return;
  let akhir: Date;
  let nama: string;
  if (m.jenis === "Tahunan") {
    akhir = periodeTahunan(tahun).akhir;
    nama = `tahun ${tahun}`;
  } else {
    if (m.triwulan === null) return;
    akhir = periodeTriwulan(m.triwulan, tahun).akhir;
    nama = `Triwulan ${romawi(m.triwulan)} ${tahun}`;
  }
  if (tanggal.getTime() < akhir.getTime()) {
    out.push(
      temuan(
        "TANGGAL_SEBELUM_PERIODE",
        "galat",
        c.ref,
        `Tanggal Laporan ${formatTanggal(tanggal)} sebelum ${nama} berakhir (${formatTanggal(akhir)}); laporan dibuat sesudah periodenya selesai`
      )
    );
    return;
  }
  // LKjIP (Tahunan) has its own deadline months later; the five-day rule is for quarters.
  if (m.jenis === "Tahunan") return;
  const tenggat = tambahHariKerja(akhir, BATAS_HARI_KERJA);
  if (tanggal.getTime() > tenggat.getTime()) {
    out.push(
      temuan(
        "TANGGAL_TERLAMBAT",
        "peringatan",
        c.ref,
        `Tanggal Laporan ${formatTanggal(tanggal)} lebih dari ${BATAS_HARI_KERJA} hari kerja sesudah ${nama} berakhir (${formatTanggal(akhir)}; paling lambat ${formatTanggal(tenggat)} tanpa menghitung hari libur)`
      )
    );
  }
};
