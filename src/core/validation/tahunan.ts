// Tahunan: the IKM indicator's realisasi against the mean of the IKM sheet,
// trend years given twice for one indicator, and a Pembanding or Tren Kinerja
// realisasi written in another form (percent or plain) than the figures the
// narrative compares it with.
import { cocokTampilan } from "../kinerja/tampilan";
import type { Cell, IndikatorKinerja, NumberCell, ReportModel, TargetCell } from "../model/types";
import { bentukAngka, campurTargetRealisasi, satuanPersen, type Bentuk } from "./numbers";
import type { Temuan } from "./types";
import {
  angka,
  cocokCepat,
  desimalDitampilkan,
  label,
  persen,
  teksNo,
  temuan,
  type Rule,
} from "./util";

const IKM = /\bikm\b|kepuasan\s+masyarakat/i;

/** Indicators by No (the first of a duplicated No, which NO_GANDA reports). */
function indikatorPerNo(m: ReportModel): Map<string, IndikatorKinerja> {
  const perNo = new Map<string, IndikatorKinerja>();
  for (const k of m.kinerja)
    if (k.no.value !== null && !perNo.has(k.no.value)) perNo.set(k.no.value, k);
  return perNo;
}

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

/** Checks the trend rows; returns the realisasi cells already flagged as PERSEN_CAMPUR. */
function cekTren(m: ReportModel, perNo: Map<string, IndikatorKinerja>, out: Temuan[]): Set<string> {
  const campur = new Set<string>();
  const pertama = new Map<string, Cell<number>>();
  for (const t of m.tahunan.tren) {
    // A trend row's own capaian (printed in the narrative's trend table) is realisasi/target too.
    const k = t.noKinerja.value === null ? undefined : perNo.get(t.noKinerja.value);
    const salah = campurTargetRealisasi(t.target, t.realisasi, k ? satuanPersen(k) : false);
    if (salah !== null) {
      campur.add(t.realisasi.ref.address);
      const tahun = t.tahun.value !== null ? ` tahun ${t.tahun.value}` : "";
      out.push(
        temuan(
          "PERSEN_CAMPUR",
          "galat",
          t.realisasi.ref,
          `Tren Kinerja indikator ${teksNo(t.noKinerja)}${tahun}: ${salah}`
        )
      );
    }
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
  return campur;
}

interface Figur {
  nilai: number;
  persen: boolean;
  bentuk: Bentuk;
}

function figur(c: NumberCell, k: IndikatorKinerja): Figur | null {
  if (c.value === null || !c.parsed.ok) return null;
  const b = bentukAngka(c.value, c.parsed.percent, satuanPersen(k));
  return b === null ? null : { nilai: c.value, persen: c.parsed.percent, bentuk: b };
}

/** The indicator's own figure in the Kinerja sheet: its realisasi, else its target. */
function figurKinerja(k: IndikatorKinerja): Figur | null {
  const r = figur(k.realisasi, k);
  if (r || k.realisasi.value !== null) return r;
  const t = k.target;
  if (typeof t.value !== "number" || t.parsed === null || !t.parsed.ok) return null;
  const b = bentukAngka(t.value, t.parsed.percent, satuanPersen(k));
  return b === null ? null : { nilai: t.value, persen: t.parsed.percent, bentuk: b };
}

/** "84,92% (tersimpan 0,8492) tertulis sebagai persen", "84,19 angka biasa". */
function bentukTeks(f: Figur): string {
  if (f.bentuk === "poin") return `${angka(f.nilai, 4)} (angka biasa)`;
  return f.persen
    ? `${persen(f.nilai).replace(/,00%$/, "%")} (persen, tersimpan ${angka(f.nilai, 4)})`
    : `${angka(f.nilai, 4)} (pecahan)`;
}

/** What the figure most likely meant in the form of the figures beside it. */
function maksud(f: Figur, acuan: Figur): string {
  return acuan.bentuk === "poin"
    ? `${angka(f.nilai * 100, 4)}: tulis sebagai angka biasa, tanpa tanda persen`
    : `${persen(f.nilai / 100).replace(/,00%$/, "%")}: tulis sebagai persen`;
}

function campur(
  c: NumberCell,
  f: Figur,
  acuan: Figur,
  siapa: string,
  pembanding: string,
  out: Temuan[]
): void {
  out.push(
    temuan(
      "PERSEN_CAMPUR_BANDING",
      "peringatan",
      c.ref,
      `${siapa}: Realisasi ${bentukTeks(f)} tertulis dalam bentuk lain daripada ${pembanding} ${bentukTeks(acuan)}; narasi akan membandingkan ${angka(f.nilai, 4)} dengan ${angka(acuan.nilai, 4)}. Kemungkinan maksudnya ${maksud(f, acuan)}`
    )
  );
}

/**
 * The narrative compares a Pembanding realisasi with the indicator's own realisasi, and
 * the Tren Kinerja realisasi of one indicator year by year, as stored: 0,8492 ("84,92 %")
 * beside 84,19 reads as far worse. Flag a figure written in the other form.
 */
function cekBentukBanding(
  m: ReportModel,
  perNo: Map<string, IndikatorKinerja>,
  trenCampur: Set<string>,
  out: Temuan[]
): void {
  for (const p of m.tahunan.pembanding) {
    const k = p.noKinerja.value === null ? undefined : perNo.get(p.noKinerja.value);
    if (!k) continue;
    const f = figur(p.realisasi, k);
    const acuan = figurKinerja(k);
    if (!f || !acuan || f.bentuk === acuan.bentuk) continue;
    const siapa = `Pembanding ${p.unit.value ?? ""} (${label("indikator", k.no)})`.replace(
      /\s+/g,
      " "
    );
    campur(p.realisasi, f, acuan, siapa, `realisasi di lembar Kinerja`, out);
  }

  const tren = new Map<IndikatorKinerja, { c: NumberCell; tahun: Cell<number>; f: Figur }[]>();
  for (const t of m.tahunan.tren) {
    const k = t.noKinerja.value === null ? undefined : perNo.get(t.noKinerja.value);
    // A row whose own target and realisasi disagree has its PERSEN_CAMPUR galat already.
    const f = k && !trenCampur.has(t.realisasi.ref.address) ? figur(t.realisasi, k) : null;
    if (!k || !f) continue;
    const g = tren.get(k);
    const baris = { c: t.realisasi, tahun: t.tahun, f };
    if (g) g.push(baris);
    else tren.set(k, [baris]);
  }
  for (const [k, rows] of tren) {
    const sendiri = figurKinerja(k);
    const siapa = (tahun: Cell<number>) =>
      `Tren ${label("indikator", k.no)}${tahun.value !== null ? ` tahun ${tahun.value}` : ""}`;
    // Outside Satuan % the Kinerja figure sets the form ("84,25 %" for an IKM of 84,19 is wrong);
    // with Satuan % both forms print alike, so the trend's own majority does.
    if (sendiri && !satuanPersen(k)) {
      for (const r of rows) {
        if (r.f.bentuk !== sendiri.bentuk) {
          campur(r.c, r.f, sendiri, siapa(r.tahun), "realisasi di lembar Kinerja", out);
        }
      }
      continue;
    }
    const poin = rows.filter((r) => r.f.bentuk === "poin").length;
    const pecahan = rows.length - poin;
    if (poin === 0 || pecahan === 0) continue;
    const utama: Bentuk =
      poin !== pecahan
        ? poin > pecahan
          ? "poin"
          : "pecahan"
        : (sendiri?.bentuk ?? rows[rows.length - 1].f.bentuk);
    const contoh = rows.find((r) => r.f.bentuk === utama);
    if (!contoh) continue;
    const tahunContoh = contoh.tahun.value !== null ? ` (tahun ${contoh.tahun.value})` : "";
    for (const r of rows) {
      if (r.f.bentuk === utama) continue;
      campur(r.c, r.f, contoh.f, siapa(r.tahun), `realisasi tahun lain${tahunContoh}`, out);
    }
  }
}

/**
 * One figure of a year, comparable across tables: with Satuan % a plain 85 and a
 * typed 85% mean the same, so both become the fraction 0,85. Null for blanks,
 * ranges, unparsed text, and plain figures whose form does not tell.
 */
function nilaiTahun(
  c: NumberCell | TargetCell,
  k: IndikatorKinerja
): { nilai: number; bentuk: Bentuk } | null {
  const v = c.value;
  const p = c.parsed;
  if (typeof v !== "number" || p === null || !p.ok) return null;
  const persen = satuanPersen(k);
  const bentuk = bentukAngka(v, p.percent, persen);
  if (bentuk === null) return null;
  return persen && bentuk === "poin" ? { nilai: v / 100, bentuk: "pecahan" } : { nilai: v, bentuk };
}

/** A numeric cell as typed: "85%" for a percent, "85" otherwise (only called on numbers). */
function teksAngka(c: NumberCell | TargetCell): string {
  const v = c.value;
  if (typeof v !== "number") return String(c.raw);
  return c.parsed?.ok && c.parsed.percent ? persen(v).replace(/,00%$/, "%") : angka(v);
}

/**
 * The trend row of the report's own year repeats the Kinerja sheet: the narrative
 * prints both, so a different Target or Realisasi there shows the reader two
 * figures for one year. Figures in different forms are PERSEN_CAMPUR_BANDING's.
 */
function cekTrenTahunIni(
  m: ReportModel,
  perNo: Map<string, IndikatorKinerja>,
  trenCampur: Set<string>,
  out: Temuan[]
): void {
  if (m.jenis !== "Tahunan" || m.tahun === null) return;
  for (const t of m.tahunan.tren) {
    if (t.tahun.value !== m.tahun || t.noKinerja.value === null) continue;
    const k = perNo.get(t.noKinerja.value);
    if (!k) continue;
    const pasangan: [string, NumberCell | TargetCell, NumberCell | TargetCell][] = [
      ["Target", t.target, k.target],
      ["Realisasi", t.realisasi, k.realisasi],
    ];
    for (const [kolom, di, acuan] of pasangan) {
      if (trenCampur.has(di.ref.address)) continue;
      const a = nilaiTahun(di, k);
      const b = nilaiTahun(acuan, k);
      if (a === null || b === null || a.bentuk !== b.bentuk) continue;
      const d = Math.max(desimalDitampilkan(di), desimalDitampilkan(acuan));
      // A fraction is shown as a percent: compare at the percent's shown decimals.
      if (cocokCepat(a.nilai, b.nilai, d, a.bentuk === "pecahan")) continue;
      out.push(
        temuan(
          "TREN_TAHUN_INI_BEDA",
          "peringatan",
          di.ref,
          `Tren Kinerja indikator ${teksNo(t.noKinerja)} tahun ${m.tahun}: ${kolom} ${teksAngka(di)} tidak sama dengan ${kolom} di lembar Kinerja ${teksAngka(acuan)} (${acuan.ref.sheet}!${acuan.ref.address}); tahun laporan ini harus sama di kedua tabel`
        )
      );
    }
  }
}

export const tahunanRules: Rule = (m: ReportModel, out) => {
  cekIkm(m, out);
  // Only the annual sheets look indicators up by No: a quarterly report builds no map.
  const t = m.tahunan;
  const perNo = t.tren.length + t.pembanding.length > 0 ? indikatorPerNo(m) : new Map();
  const trenCampur = cekTren(m, perNo, out);
  cekBentukBanding(m, perNo, trenCampur, out);
  cekTrenTahunIni(m, perNo, trenCampur, out);
};
