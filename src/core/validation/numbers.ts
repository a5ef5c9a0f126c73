// Numbers: figures stored as text, text where a number is needed, percent and
// plain numbers mixed in one row, impossible percentages, target 0, negatives,
// and a Sarana Prasarana count written as "N/A" or "nihil" on purpose.
import { satuanPersen as satuanPersenTeks } from "../kinerja/satuan";
import type { Cell, IndikatorKinerja, NumberCell, ReportModel, TargetCell } from "../model/types";
import type { Perbaikan, Temuan } from "./types";
import { angka, angkaSel, kutip, label, persen, sebut, teksNo, temuan, type Rule } from "./util";

const CURRENCY = /^(rp\.?|rupiah)$/i;

/** The angka-dari-teks fix when the text is only a number (with at most "Rp"). */
function fixTeks(c: NumberCell, kolom: string): Perbaikan | undefined {
  if (!c.parsed.ok || !c.parsed.fromText || c.formula !== null) return undefined;
  if (c.parsed.unit !== null && !CURRENCY.test(c.parsed.unit)) return undefined;
  // Writing 0,85 for "85%" would lose the percent look unless the cell is formatted so.
  if (c.parsed.percent) return undefined;
  const tampil = angka(c.parsed.value, 6);
  return {
    jenis: "angka-dari-teks",
    sel: c.ref,
    nilai: c.parsed.value,
    label: `Ubah ${kolom} menjadi angka ${tampil}`,
  };
}

/** Where a unit typed beside a figure belongs; null: the table has no place for it. */
type TempatSatuan = "kolom Satuan" | "kolom Satuan di lembar Kinerja" | "kolom Keterangan" | null;

function cekAngka(
  c: NumberCell | TargetCell | null,
  kolom: string,
  jenis: string,
  no: Cell<string> | null,
  out: Temuan[],
  tempatSatuan: TempatSatuan = null
): void {
  if (!c || c.formula !== null) return;
  const p = c.parsed;
  if (!p) return;
  if (!p.ok) {
    if (p.reason === "bukan-angka" && c.value === null) {
      out.push(
        temuan(
          "BUKAN_ANGKA",
          "galat",
          c.ref,
          `${sebut(jenis, no)}: ${kolom} ${kutip(c.raw)} bukan angka`
        )
      );
    }
    return;
  }
  if (!p.fromText) return;
  if ("parsed" in c && c.value !== null && typeof c.value === "object") return;
  const fix = fixTeks(c as NumberCell, kolom);
  const satuan =
    !p.unit || CURRENCY.test(p.unit)
      ? ""
      : tempatSatuan
        ? ` (satuan "${p.unit}" sebaiknya di ${tempatSatuan})`
        : ` (tulis angkanya saja, tanpa "${p.unit}")`;
  out.push(
    temuan(
      "ANGKA_SEBAGAI_TEKS",
      // A unit in the text is how reports are written; the figure is still read.
      satuan ? "info" : "peringatan",
      c.ref,
      `${sebut(jenis, no)}: ${kolom} ${kutip(c.raw)} tersimpan sebagai teks, bukan angka${satuan}; Excel tidak dapat menjumlahkannya`,
      fix
    )
  );
}

function cekNegatif(
  c: NumberCell | null,
  kolom: string,
  jenis: string,
  no: Cell<string> | null,
  out: Temuan[]
): void {
  if (!c || c.value === null || c.value >= 0) return;
  out.push(
    temuan(
      "NILAI_NEGATIF",
      "galat",
      c.ref,
      `${sebut(jenis, no)}: ${kolom} ${angkaSel(c)} negatif; nilai ini tidak boleh kurang dari 0`
    )
  );
}

const TW = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"];

/** The indicator's Satuan says percent (one definition, shared with the narrative). */
export function satuanPersen(k: IndikatorKinerja): boolean {
  return satuanPersenTeks(k.satuan.value);
}

/** Target as one number for scale comparisons (a range by its lower bound). */
function targetAngka(t: TargetCell): number | null {
  if (t.value === null) return null;
  return typeof t.value === "number" ? t.value : t.value.bawah;
}

function kecil(v: number): boolean {
  return Math.abs(v) <= 1.5;
}

function besar(v: number): boolean {
  return Math.abs(v) > 2;
}

/** How a figure is written: a percent kept as a fraction (85% = 0,85) or plain points (85). */
export type Bentuk = "pecahan" | "poin";

/**
 * The form of a figure, or null when its size does not tell (0, 1,5-2, a plain 0,9 outside
 * Satuan %). A percent up to 150% is a fraction; a plain number above 2 is points; a plain
 * number below 1 with Satuan % is a fraction typed without the percent sign.
 */
export function bentukAngka(v: number, percent: boolean, satuanPersen: boolean): Bentuk | null {
  if (v === 0) return null;
  if (percent) return kecil(v) ? "pecahan" : null;
  if (besar(v)) return "poin";
  return satuanPersen && v < 1 ? "pecahan" : null;
}

/**
 * What is wrong when a row's Target and Realisasi are written in different forms (one a
 * percent, one plain), or null when they agree or their size does not tell. The same check
 * serves a Kinerja row and a Tren Kinerja row, whose capaian the narrative prints too.
 */
export function campurTargetRealisasi(
  t: TargetCell,
  r: NumberCell,
  satuanPersen: boolean
): string | null {
  const tv = targetAngka(t);
  if (tv === null || r.value === null || tv === 0 || r.value === 0) return null;
  const tp = t.parsed;
  const rp = r.parsed;
  const tPersen = tp !== null && tp.ok && tp.percent;
  const rPersen = rp.ok && rp.percent;
  // Percent values are stored as fractions (85% = 0,85): beside a plain 70 the ratio is off by 100.
  // With Satuan % and both plain, 0,85 beside 70 is one fraction and one percent figure.
  const bt = bentukAngka(tv, tPersen, satuanPersen);
  const br = bentukAngka(r.value, rPersen, satuanPersen);
  if (bt === null || br === null || bt === br) return null;
  const ts = tPersen ? persen(tv).replace(/,00%$/, "%") : angka(tv, 4);
  const rs = rPersen ? persen(r.value).replace(/,00%$/, "%") : angka(r.value, 4);
  return `Target ${ts} dan Realisasi ${rs} tertulis dalam bentuk berbeda (persen dan angka biasa); capaian menjadi ${persen(r.value / tv)}. Tulis keduanya sebagai persen (misalnya 85% dan 70%) atau keduanya angka biasa`;
}

function cekCampur(
  k: IndikatorKinerja,
  jenis: string,
  no: Cell<string> | null,
  out: Temuan[]
): void {
  const salah = campurTargetRealisasi(k.target, k.realisasi, satuanPersen(k));
  if (salah !== null) {
    out.push(temuan("PERSEN_CAMPUR", "galat", k.realisasi.ref, `${sebut(jenis, no)}: ${salah}`));
  }
}

function cekPersenMustahil(
  c: NumberCell | TargetCell | null,
  kolom: string,
  jenis: string,
  no: Cell<string> | null,
  out: Temuan[]
): void {
  if (!c || c.value === null) return;
  const p = c.parsed;
  if (!p || !p.ok) return;
  const v = typeof c.value === "number" ? c.value : c.value.atas;
  const poin = p.percent ? v * 100 : v;
  if (poin <= 100) return;
  out.push(
    temuan(
      "PERSEN_TIDAK_MUNGKIN",
      "peringatan",
      c.ref,
      `${sebut(jenis, no)}: Satuan % tetapi ${kolom} ${p.percent ? persen(v).replace(/,00%$/, "%") : angka(v)} di atas 100%; periksa satuan atau angkanya`
    )
  );
}

// A count declared not available, or none, in words: a conscious entry, not a typing mistake.
const TIDAK_TERSEDIA =
  /^(n\s*\/\s*a|n\.?\s*a\.?|tidak\s+tersedia|belum\s+tersedia|(tidak|belum)\s+ada\s+data)$/i;
const NIHIL = /^(tidak\s+ada|belum\s+ada|nihil)$/i;

/** A Sarana Prasarana Jumlah written "N/A" or "nihil": info instead of BUKAN_ANGKA. */
function cekTidakTersedia(
  c: NumberCell,
  jenis: string,
  no: Cell<string> | null,
  out: Temuan[]
): boolean {
  if (c.formula !== null || c.value !== null || typeof c.raw !== "string") return false;
  const teks = c.raw.replace(/\s+/g, " ").trim();
  const nihil = NIHIL.test(teks);
  if (!nihil && !TIDAK_TERSEDIA.test(teks)) return false;
  // The narrative prints a Jumlah that is not a number as typed (narrative/tahunan.ts).
  out.push(
    temuan(
      "JUMLAH_TIDAK_TERSEDIA",
      "info",
      c.ref,
      nihil
        ? `${sebut(jenis, no)}: Jumlah ${kutip(c.raw)} dicatat sebagai tidak ada, bukan angka; narasi mencetaknya apa adanya (${kutip(c.raw)}). Tulis 0 bila jumlahnya memang nol`
        : `${sebut(jenis, no)}: Jumlah ${kutip(c.raw)} dicatat sebagai tidak tersedia, bukan angka; narasi mencetaknya apa adanya (${kutip(c.raw)}). Isi angkanya bila jumlahnya diketahui`
    )
  );
  return true;
}

export const angkaRules: Rule = (m: ReportModel, out) => {
  for (const k of m.kinerja) {
    // A row's cells are views made on each read (model/map.ts): read each once.
    const tw = k.realisasiTw;
    const no = k.no;
    const sat = "kolom Satuan";
    cekAngka(k.targetAwal, "Target Awal", "Indikator", no, out, sat);
    cekAngka(k.target, "Target", "Indikator", no, out, sat);
    for (let i = 0; i < 4; i++) cekAngka(tw[i], TW[i], "Indikator", no, out, sat);
    if (!k.realisasiDariTw) cekAngka(k.realisasi, "Realisasi", "Indikator", no, out, sat);
    cekAngka(k.pembilang, "Pembilang", "Indikator", no, out, sat);
    cekAngka(k.penyebut, "Penyebut", "Indikator", no, out, sat);

    const tv = targetAngka(k.target);
    if (tv !== null && tv < 0) {
      out.push(
        temuan(
          "NILAI_NEGATIF",
          "galat",
          k.target.ref,
          `${label("Indikator", no)}: Target ${angka(tv)} negatif; target tidak boleh kurang dari 0`
        )
      );
    }
    if (!k.realisasiDariTw) cekNegatif(k.realisasi, "Realisasi", "Indikator", no, out);
    for (let i = 0; i < 4; i++) cekNegatif(tw[i], TW[i], "Indikator", no, out);

    if (k.target.value === 0) {
      const r = k.realisasi.value;
      out.push(
        temuan(
          "TARGET_NOL",
          r !== null && r !== 0 ? "galat" : "peringatan",
          k.target.ref,
          r !== null && r !== 0
            ? `${label("Indikator", no)}: Target 0 dengan Realisasi ${angkaSel(k.realisasi)}; capaian tidak dapat dihitung sebagai realisasi/target. Isi target yang sebenarnya`
            : `${label("Indikator", no)}: Target 0; capaian dianggap 100% hanya karena realisasi juga 0. Periksa apakah target memang 0`
        )
      );
    }

    cekCampur(k, "Indikator", no, out);
    if (satuanPersen(k)) {
      cekPersenMustahil(k.target, "Target", "Indikator", no, out);
      if (!k.realisasiDariTw) cekPersenMustahil(k.realisasi, "Realisasi", "Indikator", no, out);
      for (let i = 0; i < 4; i++) cekPersenMustahil(tw[i], TW[i], "Indikator", no, out);
    }
  }

  for (const b of m.anggaran) {
    const tw = b.realisasiTw;
    const no = b.no;
    cekAngka(b.pagu, "Pagu", "Anggaran", no, out);
    for (let i = 0; i < 4; i++) cekAngka(tw[i], TW[i], "Anggaran", no, out);
    if (!b.realisasiDariTw) cekAngka(b.realisasi, "Realisasi", "Anggaran", no, out);
    cekNegatif(b.pagu, "Pagu", "Anggaran", no, out);
    if (!b.realisasiDariTw) cekNegatif(b.realisasi, "Realisasi", "Anggaran", no, out);
    for (let i = 0; i < 4; i++) cekNegatif(tw[i], TW[i], "Anggaran", no, out);
  }

  for (const i of m.tahunan.ikm) {
    cekAngka(i.nilai, "Nilai IKM", `IKM ${i.periode.value ?? ""}`.trim(), null, out);
  }
  for (const t of m.tahunan.tren) {
    const siapa = `Tren ${teksNo(t.noKinerja)} ${t.tahun.value ?? ""}`.replace(/\s+/g, " ").trim();
    // A trend or comparison figure takes its unit from the indicator's Satuan.
    const sat = "kolom Satuan di lembar Kinerja";
    cekAngka(t.target, "Target", siapa, null, out, sat);
    cekAngka(t.realisasi, "Realisasi", siapa, null, out, sat);
  }
  for (const p of m.tahunan.pembanding) {
    const siapa = `Pembanding ${p.unit.value ?? ""}`.trim();
    cekAngka(p.realisasi, "Realisasi", siapa, null, out, "kolom Satuan di lembar Kinerja");
  }
  for (const s of m.tahunan.saranaPrasarana) {
    const siapa = `Sarana ${s.jenis.value ?? ""}`.trim();
    if (!cekTidakTersedia(s.jumlah, siapa, null, out))
      cekAngka(s.jumlah, "Jumlah", siapa, null, out, "kolom Keterangan");
  }
};
