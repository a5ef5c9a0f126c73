// Keys and links: duplicated No, No Kinerja that points to no indicator, and
// indicators not achieved without any strategy.
import type { Cell, ReportModel } from "../model/types";
import type { Temuan } from "./types";
import { label, persen, sebut, teksNo, temuan, type Rule } from "./util";

function cekGanda(
  baris: { no: Cell<string> }[],
  jenis: string,
  lembar: string,
  out: Temuan[]
): void {
  const pertama = new Map<string, Cell<string>>();
  for (const b of baris) {
    const sel = b.no;
    const no = sel.value;
    if (no === null) continue;
    const awal = pertama.get(no);
    if (!awal) {
      pertama.set(no, sel);
      continue;
    }
    out.push(
      temuan(
        "NO_GANDA",
        "galat",
        sel.ref,
        `No ${teksNo(sel)} di lembar ${lembar} sudah dipakai ${jenis} di ${awal.ref.address}; No harus unik karena dirujuk tabel lain`
      )
    );
  }
}

export const tautanRules: Rule = (m: ReportModel, out) => {
  cekGanda(m.kinerja, "indikator", "Kinerja", out);
  cekGanda(m.anggaran, "baris anggaran", "Anggaran", out);

  const nos = new Set<string>();
  for (const k of m.kinerja) {
    const no = k.no.value;
    if (no !== null) nos.add(no);
  }
  const kinerjaAda = m.sources.Kinerja?.present === true;
  const cekRujukan = (c: Cell<string> | null, asal: string, no: Cell<string> | null): void => {
    if (!kinerjaAda || !c || c.value === null || nos.has(c.value)) return;
    out.push(
      temuan(
        "NO_KINERJA_TIDAK_ADA",
        "galat",
        c.ref,
        `${sebut(asal, no)}: No Kinerja ${teksNo(c)} tidak ada di lembar Kinerja; isi No indikator yang benar`
      )
    );
  };
  for (const b of m.anggaran) cekRujukan(b.noKinerja, "Anggaran", b.no);
  for (const s of m.strategi) cekRujukan(s.noKinerja, "Strategi", null);
  for (const k of m.tahunan.kendala) cekRujukan(k.noKinerja, "Kendala", null);
  for (const t of m.tahunan.tren) cekRujukan(t.noKinerja, "Tren Kinerja", null);
  for (const p of m.tahunan.pembanding) cekRujukan(p.noKinerja, "Pembanding", null);

  if (m.sources.Strategi?.present !== true) return;
  const berstrategi = new Set<string>();
  for (const s of m.strategi) {
    if (s.noKinerja.value !== null && s.strategi.value !== null) berstrategi.add(s.noKinerja.value);
  }
  for (const k of m.kinerja) {
    const c = k.computed.capaian;
    if (k.computed.tercapai !== false || !c.ok) continue;
    const no = k.no.value;
    if (no === null || berstrategi.has(no)) continue;
    out.push(
      temuan(
        "TANPA_STRATEGI",
        "peringatan",
        k.no.ref,
        `${label("Indikator", k.no)} belum tercapai (capaian ${persen(c.value)}) tetapi tidak punya strategi; tambahkan baris di lembar Strategi dengan No Kinerja ${teksNo(k.no)}`
      )
    );
  }
};
