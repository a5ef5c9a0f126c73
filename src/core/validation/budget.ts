// Budget: realisasi above pagu, and totals of a program (kegiatan) that differ
// from the sum of the kegiatan (sub kegiatan) under it. A line's parent is the
// line whose No is its No without the last part ("1.2" → "1") at a higher
// Tingkat; without such a No, the nearest line above with a higher Tingkat.
import { urutanTingkat } from "../model/map";
import type { BarisAnggaran, ReportModel } from "../model/types";
import type { Temuan } from "./types";
import { label, rupiah, temuan, type Rule } from "./util";

const TOLERANSI = 0.5;

/**
 * Children of each budget line, by index: `anak[p]` lists the lines under line
 * p; `urutan` the parents in the order their first child appears. Indexes and
 * plain arrays rather than a Map keyed by rows: this runs on every budget line.
 */
function induk(
  anggaran: BarisAnggaran[],
  tingkat: Int8Array
): { urutan: number[]; anak: number[][] } {
  // Each No read once (a row's cells are views made on each read).
  const nos = anggaran.map((b) => b.no.value);
  const perNo = new Map<string, number>();
  for (let i = 0; i < nos.length; i++) {
    const no = nos[i];
    if (no !== null && !perNo.has(no)) perNo.set(no, i);
  }
  const anak: number[][] = new Array<number[]>(anggaran.length);
  const urutan: number[] = [];
  const tumpuk: number[] = [];
  for (let i = 0; i < anggaran.length; i++) {
    const u = tingkat[i];
    if (u < 0) continue;
    while (tumpuk.length > 0 && tingkat[tumpuk[tumpuk.length - 1]] >= u) tumpuk.pop();
    let p = -1;
    const no = nos[i];
    const titik = no ? no.lastIndexOf(".") : -1;
    if (no && titik > 0) {
      const calon = perNo.get(no.slice(0, titik));
      if (calon !== undefined && tingkat[calon] >= 0 && tingkat[calon] < u) p = calon;
    } else if (tumpuk.length > 0) {
      p = tumpuk[tumpuk.length - 1];
    }
    if (p >= 0) {
      const list = anak[p];
      if (list) list.push(i);
      else {
        anak[p] = [i];
        urutan.push(p);
      }
    }
    tumpuk.push(i);
  }
  return { urutan, anak };
}

function tingkatKecil(b: BarisAnggaran): string {
  return (b.tingkat.value ?? "baris").toLowerCase();
}

function cekJumlah(
  anggaran: BarisAnggaran[],
  tingkat: Int8Array,
  ip: number,
  anak: number[],
  kolom: "pagu" | "realisasi",
  out: Temuan[]
): void {
  const p = anggaran[ip];
  const nilai = p[kolom].value;
  if (nilai === null) return;
  // Children of one level only: a program's kegiatan, not also their sub kegiatan.
  let level = Infinity;
  for (const a of anak) level = Math.min(level, tingkat[a]);
  let jumlah = 0;
  let banyak = 0;
  let pertama = -1;
  for (const a of anak) {
    if (tingkat[a] !== level) continue;
    const v = anggaran[a][kolom].value;
    if (v === null) return;
    jumlah += v;
    banyak++;
    if (pertama < 0) pertama = a;
  }
  if (Math.abs(nilai - jumlah) <= TOLERANSI) return;
  const nama = kolom === "pagu" ? "Pagu" : "Realisasi";
  const jenisAnak = tingkatKecil(anggaran[pertama]);
  out.push(
    temuan(
      "JUMLAH_TIDAK_SESUAI",
      "galat",
      p[kolom].ref,
      `${label(p.tingkat.value ?? "Anggaran", p.no)}: ${nama} ${rupiah(nilai)} tidak sama dengan jumlah ${nama.toLowerCase()} ${banyak} ${jenisAnak} di bawahnya ${rupiah(jumlah)} (selisih ${rupiah(nilai - jumlah)})`
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
  const tingkat = new Int8Array(m.anggaran.length);
  for (let i = 0; i < m.anggaran.length; i++) {
    tingkat[i] = urutanTingkat(m.anggaran[i].tingkat.value);
  }
  const { urutan, anak } = induk(m.anggaran, tingkat);
  for (const p of urutan) {
    cekJumlah(m.anggaran, tingkat, p, anak[p], "pagu", out);
    cekJumlah(m.anggaran, tingkat, p, anak[p], "realisasi", out);
  }
};
