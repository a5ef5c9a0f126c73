// Tahunan: the IKM indicator's realisasi against the mean of the IKM sheet,
// and trend years given twice for one indicator.
import { cocokTampilan } from "../kinerja/tampilan";
import type { Cell, ReportModel } from "../model/types";
import type { Temuan } from "./types";
import { angka, desimalDitampilkan, label, teksNo, temuan, type Rule } from "./util";

const IKM = /\bikm\b|kepuasan\s+masyarakat/i;

function cekIkm(m: ReportModel, out: Temuan[]): void {
  const nilai: number[] = [];
  for (const i of m.tahunan.ikm) if (i.nilai.value !== null) nilai.push(i.nilai.value);
  if (nilai.length === 0) return;
  const rata = nilai.reduce((a, b) => a + b, 0) / nilai.length;
  for (const k of m.kinerja) {
    if (k.indikator.value === null || !IKM.test(k.indikator.value)) continue;
    const r = k.realisasi;
    if (r.value === null || !r.parsed.ok) continue;
    // An IKM realisasi typed as "85%" means 85 points.
    const v = r.parsed.percent ? r.value * 100 : r.value;
    const d = Math.max(0, desimalDitampilkan(r));
    if (cocokTampilan(v, rata, d)) continue;
    out.push(
      temuan(
        "IKM_TIDAK_SESUAI",
        "galat",
        r.ref,
        `${label("Indikator", k.no)}: Realisasi IKM ${angka(v, Math.max(2, d))} tidak sama dengan rata-rata ${nilai.length} nilai di lembar IKM = ${angka(rata, 2)}`
      )
    );
  }
}

function cekTren(m: ReportModel, out: Temuan[]): void {
  const pertama = new Map<string, Cell<number>>();
  for (const t of m.tahunan.tren) {
    if (t.noKinerja.value === null || t.tahun.value === null) continue;
    const key = `${t.noKinerja.value}\u0000${t.tahun.value}`;
    const awal = pertama.get(key);
    if (!awal) {
      pertama.set(key, t.tahun);
      continue;
    }
    out.push(
      temuan(
        "TREN_TAHUN_GANDA",
        "galat",
        t.tahun.ref,
        `Tren Kinerja indikator ${teksNo(t.noKinerja)}: tahun ${t.tahun.value} sudah ada di ${awal.ref.address}; satu baris per tahun`
      )
    );
  }
}

export const tahunanRules: Rule = (m: ReportModel, out) => {
  cekIkm(m, out);
  cekTren(m, out);
};
