// Quarterly series: Realisasi that differs from the period's Realisasi TW
// column, and cumulative series that go down (TW III below TW II).
import type { Cell, NumberCell, ReportModel } from "../model/types";
import { satuanBukanJumlah } from "../kinerja/satuan";
import { romawi } from "../format/tanggal";
import type { Temuan } from "./types";
import { angkaSel, cocokCepat, desimalDitampilkan, label, temuan, type Rule } from "./util";

type Seri = [NumberCell | null, NumberCell | null, NumberCell | null, NumberCell | null];

function cekPeriode(
  jenis: string,
  no: Cell<string>,
  realisasi: NumberCell,
  dariTw: boolean | undefined,
  tw: Seri,
  periode: number,
  out: Temuan[]
): void {
  if (dariTw) return;
  const c = tw[periode - 1];
  if (!c || c.value === null || realisasi.value === null) return;
  const d = Math.max(desimalDitampilkan(realisasi), desimalDitampilkan(c));
  if (cocokCepat(realisasi.value, c.value, d, false)) return;
  out.push(
    temuan(
      "REALISASI_TW_BEDA",
      "peringatan",
      realisasi.ref,
      `${label(jenis, no)}: Realisasi ${angkaSel(realisasi)} tidak sama dengan Realisasi TW ${romawi(periode)} ${angkaSel(c)}; realisasi periode ini adalah angka kumulatif triwulan ${romawi(periode)}`
    )
  );
}

function cekMenurun(jenis: string, no: Cell<string>, tw: Seri, out: Temuan[]): void {
  let sebelum: { c: NumberCell; tw: number } | null = null;
  for (let i = 0; i < 4; i++) {
    const c = tw[i];
    if (!c || c.value === null) continue;
    if (sebelum && c.value < sebelum.c.value! - 1e-9) {
      out.push(
        temuan(
          "TW_MENURUN",
          "peringatan",
          c.ref,
          `${label(jenis, no)}: Realisasi TW ${romawi(i + 1)} ${angkaSel(c)} lebih kecil dari TW ${romawi(sebelum.tw)} ${angkaSel(sebelum.c)}; realisasi triwulan dicatat kumulatif sehingga tidak turun`
        )
      );
    }
    sebelum = { c, tw: i + 1 };
  }
}

/** Rates and indexes (%, indeks, Turun) are not cumulative: their quarters may go down. */
function kumulatif(satuan: string | null, arah: string | null): boolean {
  return arah !== "Turun" && !satuanBukanJumlah(satuan);
}

export const twRules: Rule = (m: ReportModel, out) => {
  const periode = m.jenis === "Tahunan" ? 4 : m.triwulan;
  // A row's cells are views made on each read (model/map.ts): the series is read once.
  for (const k of m.kinerja) {
    const tw = k.realisasiTw;
    if (periode !== null)
      cekPeriode("Indikator", k.no, k.realisasi, k.realisasiDariTw, tw, periode, out);
    if (kumulatif(k.satuan.value, k.arah.value)) cekMenurun("Indikator", k.no, tw, out);
  }
  for (const b of m.anggaran) {
    const tw = b.realisasiTw;
    if (periode !== null)
      cekPeriode("Anggaran", b.no, b.realisasi, b.realisasiDariTw, tw, periode, out);
    cekMenurun("Anggaran", b.no, tw, out);
  }
};
