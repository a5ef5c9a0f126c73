// LKJ custom functions: thin wrappers over src/core. Each one turns cell inputs
// into core arguments, calls the core, and turns a failed Hasil into
// CustomFunctions.Error with the core's Indonesian message. Blank required
// inputs give "" (a blank cell), never an error. Every body runs inside
// `jalankan`, so nothing but a CustomFunctions.Error ever leaves a function.
import type {} from "./custom-functions-runtime";
import {
  formatRupiah,
  getPreset,
  hitungCapaian,
  hitungEfisiensi,
  hitungIkm,
  hitungSerapan,
  parseAngka,
  parseArah,
  parseGayaRupiah,
  parseMetodeEfisiensi,
  parseTarget,
  periodeLaporan,
  predikat,
  scaleFromRows,
  selKosong,
  terbilang,
  type DomainError,
  type ExcelErrorKind,
  type Hasil,
  type PredikatScale,
} from "../core";

// Looked up at call time, not import time: the module must load even before the
// runtime (or the Node test stub) has defined the CustomFunctions global.
function galat(excel: ExcelErrorKind, pesan: string): CustomFunctions.Error {
  const kode = CustomFunctions.ErrorCode;
  const peta: Record<ExcelErrorKind, CustomFunctions.ErrorCode> = {
    "#VALUE!": kode.invalidValue,
    "#DIV/0!": kode.divisionByZero,
    "#N/A": kode.notAvailable,
    "#NUM!": kode.invalidNumber,
  };
  return new CustomFunctions.Error(peta[excel] ?? kode.invalidValue, pesan);
}

function dariDomain(error: DomainError): CustomFunctions.Error {
  return galat(error.excel, error.message);
}

function buka<T>(hasil: Hasil<T>): T {
  if (!hasil.ok) throw dariDomain(hasil.error);
  return hasil.value;
}

function jalankan<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    throw galat("#VALUE!", "Masukan tidak dapat diproses");
  }
}

/** A single value from a cell argument (a 1×1 array is unwrapped). */
function skalar(v: unknown): unknown {
  let x = v;
  while (Array.isArray(x)) {
    if (x.length !== 1) throw galat("#VALUE!", "Masukan harus satu sel, bukan rentang");
    x = x[0];
  }
  return x;
}

function kosong(v: unknown): boolean {
  return selKosong(v);
}

/** Optional text/number argument: blank → undefined. */
function opsional(v: unknown): unknown {
  const x = skalar(v);
  return kosong(x) ? undefined : x;
}

function angka(v: unknown, nama: string): number {
  const p = parseAngka(v);
  if (!p.ok) throw galat("#VALUE!", `${nama} bukan angka`);
  return p.value;
}

/**
 * Capaian kinerja sebagai pecahan (1 = 100%): realisasi dibanding target.
 * @customfunction
 * @param target Target indikator: angka, persen, atau rentang seperti "80–90%".
 * @param realisasi Realisasi indikator pada periode laporan.
 * @param [arah] Arah indikator: "Naik" (makin besar makin baik, bawaan) atau "Turun".
 * @param [batas] Batas atas capaian, misalnya 120%. Kosong: tanpa batas.
 * @returns Capaian sebagai pecahan; format sel sebagai persen.
 */
export function CAPAIAN(
  target: unknown,
  realisasi: unknown,
  arah?: unknown,
  batas?: unknown
): number | string {
  return jalankan(() => {
    const t = skalar(target);
    const r = skalar(realisasi);
    if (kosong(t) || kosong(r)) return "";
    const b = opsional(batas);
    return buka(
      hitungCapaian(buka(parseTarget(t)), angka(r, "Realisasi"), {
        arah: buka(parseArah(opsional(arah))),
        batas: b === undefined ? null : angka(b, "Batas capaian"),
      })
    );
  });
}

/**
 * Predikat (kategori) sebuah nilai menurut skala.
 * @customfunction
 * @param nilai Nilai yang dinilai: capaian (pecahan) untuk skala persen, atau poin.
 * @param [skala] Nama skala (PERMENDAGRI86, BAIK5, BERHASIL4, IKM, SAKIP, EFISIENSI) atau rentang dua kolom (batas bawah, predikat). Bawaan: PERMENDAGRI86.
 * @returns Predikat nilai tersebut.
 */
export function PREDIKAT(nilai: unknown, skala?: unknown[][]): string {
  return jalankan(() => {
    const n = skalar(nilai);
    if (kosong(n)) return "";
    return buka(predikat(angka(n, "Nilai"), pilihSkala(skala)));
  });
}

function pilihSkala(skala: unknown): PredikatScale {
  if (skala === null || skala === undefined) return buka(getPreset("PERMENDAGRI86"));
  const rows = Array.isArray(skala) ? skala : [[skala]];
  const satuSel = rows.length === 1 && (!Array.isArray(rows[0]) || rows[0].length === 1);
  if (satuSel) {
    const nama = skalar(rows);
    if (kosong(nama)) return buka(getPreset("PERMENDAGRI86"));
    if (typeof nama !== "string") throw galat("#VALUE!", "Skala harus nama skala atau rentang");
    return buka(getPreset(nama));
  }
  return buka(scaleFromRows(rows.map((row) => (Array.isArray(row) ? row : [row]))));
}

/**
 * Serapan anggaran sebagai pecahan: realisasi dibagi pagu.
 * @customfunction
 * @param pagu Pagu anggaran (Rupiah).
 * @param realisasi Realisasi anggaran (Rupiah).
 * @returns Serapan sebagai pecahan; format sel sebagai persen.
 */
export function SERAPAN(pagu: unknown, realisasi: unknown): number | string {
  return jalankan(() => {
    const p = skalar(pagu);
    const r = skalar(realisasi);
    if (kosong(p) || kosong(r)) return "";
    return buka(hitungSerapan(angka(p, "Pagu"), angka(r, "Realisasi anggaran")));
  });
}

/**
 * Efisiensi: capaian kinerja dibanding serapan anggaran.
 * @customfunction
 * @param capaian Capaian kinerja (pecahan, 1 = 100%).
 * @param serapan Serapan anggaran (pecahan, 1 = 100%).
 * @param [metode] "SELISIH" (bawaan: capaian − serapan dalam poin persen) atau "RASIO" (capaian / serapan).
 * @returns Efisiensi dalam poin persen (SELISIH) atau pecahan (RASIO).
 */
export function EFISIENSI(capaian: unknown, serapan: unknown, metode?: unknown): number | string {
  return jalankan(() => {
    const c = skalar(capaian);
    const s = skalar(serapan);
    if (kosong(c) || kosong(s)) return "";
    return buka(
      hitungEfisiensi(
        angka(c, "Capaian"),
        angka(s, "Serapan"),
        buka(parseMetodeEfisiensi(opsional(metode)))
      )
    );
  });
}

/**
 * Indeks Kepuasan Masyarakat dari sembilan NRR unsur pelayanan (rata-rata × 25).
 * @customfunction
 * @param nrr Rentang berisi sembilan nilai rata-rata (NRR) unsur, masing-masing 1 sampai 4.
 * @returns Nilai IKM (25 sampai 100), tanpa pembulatan.
 */
export function IKM(nrr: unknown[][]): number | string {
  return jalankan(() => {
    const sel = (Array.isArray(nrr) ? nrr : [nrr]).flat(Infinity as 1) as unknown[];
    const isi = sel.filter((v) => !kosong(v));
    if (isi.length === 0) return "";
    return buka(hitungIkm(isi.map((v) => angka(v, "NRR"))));
  });
}

/**
 * Angka dalam kata-kata bahasa Indonesia.
 * @customfunction
 * @param angka Angka yang dieja, di bawah 1.000 triliun.
 * @param [satuan] Kata yang ditambahkan di belakang, misalnya "rupiah".
 * @returns Angka terbilang, misalnya "seribu lima ratus rupiah".
 */
export function TERBILANG(angka: unknown, satuan?: unknown): string {
  return jalankan(() => {
    const a = skalar(angka);
    if (kosong(a)) return "";
    const kata = buka(terbilang(nilaiAngka(a)));
    const s = opsional(satuan);
    return s === undefined ? kata : `${kata} ${String(s).trim()}`;
  });
}

function nilaiAngka(v: unknown): number {
  return angka(v, "Angka");
}

/**
 * Angka sebagai Rupiah, misalnya Rp1.234.567.
 * @customfunction
 * @param angka Jumlah uang.
 * @param [desimal] Banyak angka desimal (bawaan 0).
 * @param [gaya] "PUEBI" (Rp1.234.567, bawaan), "SPASI" (Rp 1.234.567) atau "TITIK" (Rp. 1.234.567).
 * @returns Teks Rupiah.
 */
export function RUPIAH(angka: unknown, desimal?: unknown, gaya?: unknown): string {
  return jalankan(() => {
    const a = skalar(angka);
    if (kosong(a)) return "";
    const d = opsional(desimal);
    const desimalAngka = d === undefined ? 0 : nilaiDesimal(d);
    return formatRupiah(nilaiAngka(a), {
      desimal: desimalAngka,
      gaya: buka(parseGayaRupiah(opsional(gaya))),
    });
  });
}

function nilaiDesimal(v: unknown): number {
  const n = angka(v, "Desimal");
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw galat("#VALUE!", "Desimal harus bilangan bulat 0 sampai 10");
  }
  return n;
}

/**
 * Teks periode laporan, misalnya "1 Juli s.d. 30 September 2023".
 * @customfunction
 * @param triwulan Triwulan: I, II, III, IV (atau 1–4, "TW III"); "Tahunan" untuk setahun penuh.
 * @param tahun Tahun laporan, misalnya 2023.
 * @returns Teks periode.
 */
export function PERIODE(triwulan: unknown, tahun: unknown): string {
  return jalankan(() => {
    const tw = skalar(triwulan);
    const th = skalar(tahun);
    if (kosong(tw) || kosong(th)) return "";
    return buka(periodeLaporan(tw, th)).teks;
  });
}
