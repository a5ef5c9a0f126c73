// Dates and report periods in Indonesian ("30 September 2023",
// "1 Juli s.d. 30 September 2023"). All dates are UTC midnights so a date
// never shifts with the machine's time zone. Excel serials use the 1900 system.
import type { Hasil, Triwulan } from "../types";
import { berhasil, gagal } from "../hasil";

export const NAMA_BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

const HARI_MS = 86_400_000;
/** Serial 0 = 31 December 1899 ("0 January 1900" in Excel). */
const EPOCH = Date.UTC(1899, 11, 31);

/**
 * Excel serial → Date (UTC). Excel counts a 29 February 1900 that never existed
 * (serial 60); serials from 61 on are shifted back one day, and 60 itself is
 * read as 28 February 1900 so the mapping never goes backwards.
 */
export function excelSerialToDate(serial: number): Date {
  if (!Number.isFinite(serial)) return new Date(NaN);
  const hari = Math.floor(serial);
  const sisa = serial - hari;
  const koreksi = hari >= 61 ? hari - 1 : hari === 60 ? 59 : hari;
  return new Date(EPOCH + koreksi * HARI_MS + Math.round(sisa * HARI_MS));
}

/** Date → Excel serial (1900 system, time of day as the fraction). */
export function dateToExcelSerial(d: Date): number {
  const hari = (d.getTime() - EPOCH) / HARI_MS;
  return hari >= 60 ? hari + 1 : hari;
}

function tanggalDari(d: Date | number): Date {
  return typeof d === "number" ? excelSerialToDate(d) : d;
}

/** "30 September 2023"; a number is an Excel serial. An invalid date gives "". */
export function formatTanggal(d: Date | number): string {
  const t = tanggalDari(d);
  if (!(t instanceof Date) || Number.isNaN(t.getTime())) return "";
  return `${t.getUTCDate()} ${NAMA_BULAN[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
}

const ROMAWI: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Roman numerals for 1..3999 (3 → "III"); other values as plain digits. */
export function romawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let sisa = n;
  let hasil = "";
  for (const [nilai, huruf] of ROMAWI) {
    while (sisa >= nilai) {
      hasil += huruf;
      sisa -= nilai;
    }
  }
  return hasil;
}

const TW_ROMAWI: Record<string, Triwulan> = { I: 1, II: 2, III: 3, IV: 4 };

/** "III", "3", 3, "TW III", "Triwulan III", "Triwulan ke-3", "Q3" → 3. */
export function parseTriwulan(input: unknown): Hasil<Triwulan> {
  const salah = gagal<Triwulan>("TRIWULAN_TIDAK_VALID", "Triwulan harus I, II, III atau IV");
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1 && input <= 4
      ? berhasil(input as Triwulan)
      : salah;
  }
  if (typeof input !== "string") return salah;
  const s = input
    .trim()
    .toUpperCase()
    .replace(/^(TRIWULAN|TRI WULAN|TRW|TW|KUARTAL|Q)\.?\s*(KE)?[-\s]*/, "")
    .trim();
  if (/^[1-4]$/.test(s)) return berhasil(Number(s) as Triwulan);
  const tw = TW_ROMAWI[s];
  return tw ? berhasil(tw) : salah;
}

export interface Periode {
  mulai: Date;
  akhir: Date;
  teks: string;
}

function periode(mulai: Date, akhir: Date): Periode {
  const awal = `${mulai.getUTCDate()} ${NAMA_BULAN[mulai.getUTCMonth()]}`;
  return { mulai, akhir, teks: `${awal} s.d. ${formatTanggal(akhir)}` };
}

/** Quarter 3 of 2023 → 1 Juli … 30 September 2023, "1 Juli s.d. 30 September 2023". */
export function periodeTriwulan(tw: Triwulan, tahun: number): Periode {
  const mulai = new Date(Date.UTC(tahun, (tw - 1) * 3, 1));
  const akhir = new Date(Date.UTC(tahun, tw * 3, 0));
  return periode(mulai, akhir);
}

/** "1 Januari s.d. 31 Desember 2023". */
export function periodeTahunan(tahun: number): Periode {
  return periode(new Date(Date.UTC(tahun, 0, 1)), new Date(Date.UTC(tahun, 11, 31)));
}

/** A year from a cell: an integer 1900..9999, as a number or text. */
export function parseTahun(input: unknown): Hasil<number> {
  const n = typeof input === "string" && /^\s*\d{4}\s*$/.test(input) ? Number(input) : input;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1900 && n <= 9999) return berhasil(n);
  return gagal("TAHUN_TIDAK_VALID", "Tahun harus empat angka, misalnya 2023");
}

/**
 * The period of a report: a quarter (see parseTriwulan) or "Tahunan" for the
 * whole year, with the year as a number or text.
 */
export function periodeLaporan(periodeInput: unknown, tahunInput: unknown): Hasil<Periode> {
  const tahun = parseTahun(tahunInput);
  if (!tahun.ok) return tahun;
  if (typeof periodeInput === "string" && /^\s*tahunan\s*$/i.test(periodeInput)) {
    return berhasil(periodeTahunan(tahun.value));
  }
  const tw = parseTriwulan(periodeInput);
  if (!tw.ok) return tw;
  return berhasil(periodeTriwulan(tw.value, tahun.value));
}

/**
 * Add n working days (Monday–Friday) to a date; negative n goes back. National
 * holidays and cuti bersama are not known to the add-in, so a deadline computed
 * here can be a day or two early around holidays; the user checks the calendar.
 */
export function tambahHariKerja(d: Date, n: number): Date {
  if (Number.isNaN(d.getTime()) || !Number.isFinite(n)) return new Date(NaN);
  const langkah = n < 0 ? -1 : 1;
  let sisa = Math.abs(Math.trunc(n));
  let t = d.getTime();
  while (sisa > 0) {
    t += langkah * HARI_MS;
    const hari = new Date(t).getUTCDay();
    if (hari !== 0 && hari !== 6) sisa--;
  }
  return new Date(t);
}
