// Indonesian number words ("terbilang"), as written in documents and receipts:
// "dua belas", "seratus", "seribu", "satu juta"; decimals read digit by digit
// after "koma"; negatives "minus". Up to 999.999.999.999.999 (below 1.000 triliun).
import type { Hasil } from "../types";
import { berhasil, gagal } from "../hasil";
import { bersihkan, keDesimal } from "../angka/desimal";
import { formatAngka } from "./angka";

const SATUAN = [
  "nol",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
];
const SKALA = ["", "ribu", "juta", "miliar", "triliun"];

/** 1..999 in words. */
function ratusan(n: number): string {
  const kata: string[] = [];
  const r = Math.floor(n / 100);
  const sisa = n % 100;
  if (r === 1) kata.push("seratus");
  else if (r > 1) kata.push(`${SATUAN[r]} ratus`);
  if (sisa === 10) kata.push("sepuluh");
  else if (sisa === 11) kata.push("sebelas");
  else if (sisa > 11 && sisa < 20) kata.push(`${SATUAN[sisa - 10]} belas`);
  else if (sisa >= 20) {
    const p = Math.floor(sisa / 10);
    kata.push(`${SATUAN[p]} puluh`);
    if (sisa % 10) kata.push(SATUAN[sisa % 10]);
  } else if (sisa > 0) kata.push(SATUAN[sisa]);
  return kata.join(" ");
}

/** Integer digits (no sign, < 10^15) in words. */
function bulatKeKata(digits: string): string {
  const d = digits.replace(/^0+/, "");
  if (d === "") return "nol";
  const groups: number[] = [];
  for (let end = d.length; end > 0; end -= 3) {
    groups.unshift(Number(d.slice(Math.max(0, end - 3), end)));
  }
  const kata: string[] = [];
  groups.forEach((g, i) => {
    const level = groups.length - 1 - i;
    if (g === 0) return;
    if (level === 1 && g === 1) kata.push("seribu");
    else kata.push(level === 0 ? ratusan(g) : `${ratusan(g)} ${SKALA[level]}`);
  });
  return kata.join(" ");
}

/** Number in Indonesian words: 1512 → "seribu lima ratus dua belas"; 1.5 → "satu koma lima". */
export function terbilang(n: number): Hasil<string> {
  if (typeof n !== "number" || !Number.isFinite(n)) {
    return gagal("BUKAN_ANGKA", "Terbilang: masukan bukan angka");
  }
  // Spell what a person means: 0,1 + 0,2 is "nol koma tiga", not seventeen digits of noise.
  const bersih = bersihkan(n);
  if (Math.abs(bersih) >= 1e15) {
    return gagal("TERLALU_BESAR", "Terbilang: angka harus di bawah 1.000 triliun", "#NUM!");
  }
  const d = keDesimal(bersih);
  let kata = bulatKeKata(d.bulat);
  if (d.pecahan)
    kata +=
      " koma " +
      d.pecahan
        .split("")
        .map((c) => SATUAN[Number(c)])
        .join(" ");
  return berhasil(d.negatif ? `minus ${kata}` : kata);
}

/** "3 (tiga) sasaran": a count as digits and words, as Indonesian documents write it. */
export function jumlahDenganKata(n: number, benda?: string): string {
  const kata = terbilang(n);
  const bersih = Number.isFinite(n) ? bersihkan(n) : 0;
  const angka = formatAngka(n, keDesimal(bersih).pecahan.length);
  const dasar = kata.ok ? `${angka} (${kata.value})` : angka;
  const b = benda?.trim();
  return b ? `${dasar} ${b}` : dasar;
}
