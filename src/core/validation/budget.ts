// Budget: realisasi above pagu, and totals of a program (kegiatan) that differ
// from the sum of the kegiatan (sub kegiatan) under it. A line's parent is the
// line whose No is its No without the last part ("1.2" → "1") at a higher
// Tingkat; without such a No, the nearest line above with a higher Tingkat.
import { urutanTingkat } from "../model/map";
import type { BarisAnggaran, ReportModel } from "../model/types";
import type { Temuan } from "./types";
import { label, rupiah, temuan, type Rule } from "./util";

const TOLERANSI = 0.5;

function induk(anggaran: BarisAnggaran[]): Map<BarisAnggaran, BarisAnggaran[]> {
  const perNo = new Map<string, number>();
  const tingkat = new Int8Array(anggaran.length);
  for (let i = 0; i < anggaran.length; i++) {
    const b = anggaran[i];
    tingkat[i] = urutanTingkat(b.tingkat.value);
    if (b.no.value !== null && !perNo.has(b.no.value)) perNo.set(b.no.value, i);
  }
  const anak = new Map<BarisAnggaran, BarisAnggaran[]>();
  const tumpuk: number[] = [];
  for (let i = 0; i < anggaran.length; i++) {
    const u = tingkat[i];
    if (u < 0) continue;
    while (tumpuk.length > 0 && tingkat[tumpuk[tumpuk.length - 1]] >= u) tumpuk.pop();
    let p = -1;
    const no = anggaran[i].no.value;
    const titik = no ? no.lastIndexOf(".") : -1;
    if (no && titik > 0) {
      const calon = perNo.get(no.slice(0, titik));
      if (calon !== undefined && tingkat[calon] >= 0 && tingkat[calon] < u) p = calon;
    } else if (tumpuk.length > 0) {
      p = tumpuk[tumpuk.length - 1];
    }
    if (p >= 0) {
      const list = anak.get(anggaran[p]);
      if (list) list.push(anggaran[i]);
      else anak.set(anggaran[p], [anggaran[i]]);
    }
    tumpuk.push(i);
  }
  return anak;
}

function tingkatKecil(b: BarisAnggaran): string {
  return (b.tingkat.value ?? "baris").toLowerCase();
}

function cekJumlah(
  p: BarisAnggaran,
  anak: BarisAnggaran[],
  kolom: "pagu" | "realisasi",
  out: Temuan[]
): void {
  const nilai = p[kolom].value;
  if (nilai === null) return;
  // Children of one level only: a program's kegiatan, not also their sub kegiatan.
  let level = Infinity;
  for (const a of anak) level = Math.min(level, urutanTingkat(a.tingkat.value));
  const dijumlah = anak.filter((a) => urutanTingkat(a.tingkat.value) === level);
  let jumlah = 0;
  for (const a of dijumlah) {
    const v = a[kolom].value;
    if (v === null) return;
    jumlah += v;
  }
  if (Math.abs(nilai - jumlah) <= TOLERANSI) return;
  const nama = kolom === "pagu" ? "Pagu" : "Realisasi";
  const jenisAnak = tingkatKecil(dijumlah[0]);
  out.push(
    temuan(
      "JUMLAH_TIDAK_SESUAI",
      "galat",
      p[kolom].ref,
      `${label(p.tingkat.value ?? "Anggaran", p.no)}: ${nama} ${rupiah(nilai)} tidak sama dengan jumlah ${nama.toLowerCase()} ${dijumlah.length} ${jenisAnak} di bawahnya ${rupiah(jumlah)} (selisih ${rupiah(nilai - jumlah)})`
    )
  );
}

export const anggaranRules: Rule = (m: ReportModel, out) => {
  for (const b of m.anggaran) {
    const pagu = b.pagu.value;
    const r = b.realisasi.value;
    if (pagu !== null && r !== null && pagu >= 0 && r > pagu + TOLERANSI) {
      const dijelaskan = b.keterangan !== null && b.keterangan.value !== null;
      out.push(
        temuan(
          "REALISASI_MELEBIHI_PAGU",
          dijelaskan ? "info" : "peringatan",
          b.realisasi.ref,
          `${label("Anggaran", b.no)}: Realisasi ${rupiah(r)} melebihi Pagu ${rupiah(pagu)} sebesar ${rupiah(r - pagu)}${dijelaskan ? "; pastikan Keterangan menjelaskannya" : "; jelaskan di kolom Keterangan atau periksa angkanya"}`
        )
      );
    }
  }
  for (const [p, anak] of induk(m.anggaran)) {
    cekJumlah(p, anak, "pagu", out);
    cekJumlah(p, anak, "realisasi", out);
  }
};
