// Reading numbers out of cells. Reports are typed by hand in Indonesian notation
// ("1.234.567,89", "94,87%"), but copies from other tools bring English notation
// ("1,234,567.89"), units ("12 fasilitasi") and currency ("Rp 13.600.000").
//
// THE RULE for separators (Indonesian first):
//  - both "." and "," present: the LAST one is the decimal mark, the other groups
//    thousands ("1.234.567,89" and "1,234,567.89" are both 1234567.89);
//  - only ".": several dots group thousands ("1.234.567"); a single dot followed
//    by exactly three digits groups thousands ("1.234" = 1234) unless the part
//    before it is "0" ("0.500" = 0,5) or longer than three digits ("1234.567");
//    any other single dot is a decimal mark ("0.5", "94.87");
//  - only ",": a single comma is a decimal mark ("1,234" = 1,234; "0,5" = 0,5);
//    several commas group thousands ("1,234,567");
//  - thousands groups must have three digits, otherwise the text is not a number.
// Accounting negatives "(1.000)" are read as -1000. A lone "-" (a common way to
// write "nothing" in report tables) counts as blank. Booleans are not numbers.
// Trailing unit words are kept ("12 fasilitasi" → unit "fasilitasi").
import type { Hasil, ParsedNumber, Target } from "../types";
import { berhasil, gagal } from "../hasil";
import { desimalKeAngka, geser, teksKeDesimal } from "./desimal";

const KOSONG_RE = /^[-\u2013\u2014]?$/;
const RP_RE = /^rp\.?\s*/i;
// Unit words after a number: letters, spaces, "/", "." and "-"; a digit only as a
// power right after a letter ("m2"). "12 orang/9 bulan" holds a second number, so
// it is not one number with a unit.
const UNIT_RE =
  /^[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F\s./²³()-]|(?<=[A-Za-z])[23](?![\d]))*$/;

/** A blank cell: null, undefined, only spaces, or a lone dash ("-" means nothing in tables). */
export function selKosong(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input !== "string") return false;
  // Most cells hold text that is plainly not blank: two or more characters with
  // printable ASCII at both ends cannot trim down to nothing or a lone dash.
  const awal = input.charCodeAt(0);
  const akhir = input.charCodeAt(input.length - 1);
  if (input.length >= 2 && awal > 32 && awal < 127 && akhir > 32 && akhir < 127) return false;
  return KOSONG_RE.test(input.replace(/[\u00A0\u2007\u202F]/g, " ").trim());
}

function bukanAngka(raw: string): ParsedNumber {
  return { ok: false, reason: "bukan-angka", raw };
}

function teksMentah(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "string") return input;
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  try {
    return JSON.stringify(input) ?? String(input);
  } catch {
    return "[objek]";
  }
}

/** Digits and separators only → plain decimal text ("1234567.89"), or null (the rule above). */
export function normalisasiPemisah(body: string): string | null {
  if (!/^\d*[\d.,]*\d*$/.test(body) || !/\d/.test(body)) return null;
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  let ribuan: string | null = null;
  let desimal: string | null = null;
  if (dots > 0 && commas > 0) {
    const lastDot = body.lastIndexOf(".");
    const lastComma = body.lastIndexOf(",");
    desimal = lastDot > lastComma ? "." : ",";
    ribuan = desimal === "." ? "," : ".";
    if ((body.match(desimal === "." ? /\./g : /,/g) ?? []).length > 1) return null;
  } else if (dots > 1) {
    ribuan = ".";
  } else if (commas > 1) {
    ribuan = ",";
  } else if (dots === 1) {
    const [before, after] = body.split(".");
    const thousands = after.length === 3 && before.length >= 1 && before.length <= 3;
    if (thousands && before !== "0") ribuan = ".";
    else desimal = ".";
  } else if (commas === 1) {
    desimal = ",";
  }
  let intPart = body;
  let fracPart = "";
  if (desimal) {
    const at = body.lastIndexOf(desimal);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
    if (fracPart === "" || !/^\d+$/.test(fracPart)) return null;
  }
  if (ribuan) {
    const groups = intPart.split(ribuan);
    if (groups[0].length < 1 || groups[0].length > 3) return null;
    if (groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join("");
  }
  if (!/^\d*$/.test(intPart)) return null;
  return `${intPart || "0"}${fracPart ? "." + fracPart : ""}`;
}

/** Parse one cell value as a number; see the rule at the top of this file. */
export function parseAngka(input: unknown): ParsedNumber {
  if (input === null || input === undefined) return { ok: false, reason: "kosong", raw: "" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return bukanAngka(String(input));
    return { ok: true, value: input, percent: false, fromText: false, unit: null };
  }
  if (typeof input !== "string") return bukanAngka(teksMentah(input));
  const raw = input;
  let s = input
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/\u2212/g, "-")
    .trim();
  if (KOSONG_RE.test(s)) return { ok: false, reason: "kosong", raw };

  let negatif = false;
  let unit: string | null = null;
  let percent = false;

  // Accounting negative "(1.000)".
  const kurung = /^\((.*)\)$/.exec(s);
  if (kurung) {
    negatif = true;
    s = kurung[1].trim();
  }
  if (/^[-+]/.test(s)) {
    negatif = negatif !== (s[0] === "-");
    s = s.slice(1).trim();
  }
  if (RP_RE.test(s)) {
    unit = "Rp";
    s = s.replace(RP_RE, "");
    if (/^[-+]/.test(s)) {
      negatif = negatif !== (s[0] === "-");
      s = s.slice(1).trim();
    }
  }
  if (s.startsWith("(") && s.endsWith(")") && !kurung) {
    negatif = !negatif;
    s = s.slice(1, -1).trim();
  }
  // "1.000,-" is the Rupiah way of saying "no cents".
  s = s.replace(/,-$/, "");
  // Remaining: number body, then optional "%" or unit words.
  const m = /^([\d.,]+)\s*(.*)$/.exec(s);
  if (!m) return bukanAngka(raw);
  const body = m[1];
  let rest = m[2].trim();
  if (rest.startsWith("%")) {
    percent = true;
    rest = rest.slice(1).trim();
  } else if (/^persen\b/i.test(rest)) {
    percent = true;
    rest = rest.replace(/^persen\b/i, "").trim();
  }
  if (rest !== "") {
    if (unit !== null || percent || !UNIT_RE.test(rest)) return bukanAngka(raw);
    unit = rest.replace(/\s+/g, " ");
  }
  const plain = normalisasiPemisah(body);
  if (plain === null) return bukanAngka(raw);
  const d = teksKeDesimal((negatif ? "-" : "") + plain);
  if (!d) return bukanAngka(raw);
  const value = desimalKeAngka(percent ? geser(d, -2) : d);
  if (!Number.isFinite(value)) return bukanAngka(raw);
  return { ok: true, value, percent, fromText: true, unit };
}

const RENTANG_RE =
  /^(.*?\d.*?)\s*(?:\u2013|\u2014|-|s\.\s?d\.?|s\/d|sd|sampai(?:\s+dengan)?|hingga)\s*(.*\d.*)$/i;

/**
 * Parse a target: a number, or a range "80–90 %", "80-90%", "80 s.d. 90". A
 * percent sign on either side makes both sides percent (fractions). A range
 * with equal ends is the plain number.
 */
export function parseTarget(input: unknown): Hasil<Target> {
  const rentang = typeof input === "string" ? parseRentang(input) : null;
  if (rentang) return rentang;
  const p = parseAngka(input);
  if (p.ok) return berhasil(p.value);
  if (p.reason === "kosong") return gagal("KOSONG", "Target kosong");
  const teks = typeof input === "string" ? input.trim() : "";
  return gagal("BUKAN_ANGKA", teks ? `Target "${teks}" bukan angka` : "Target bukan angka");
}

/** A range target, or null when the text is not shaped like "A – B". */
function parseRentang(input: string): Hasil<Target> | null {
  const s = input
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/\u2212/g, "-")
    .trim();
  const m = RENTANG_RE.exec(s);
  if (!m) return null;
  let kiri = parseAngka(m[1]);
  let kanan = parseAngka(m[2]);
  if (!kiri.ok || !kanan.ok || kiri.unit !== null) return null;
  if (kiri.percent !== kanan.percent) {
    // "80–90 %": the sign written once applies to both ends.
    if (!kiri.percent) kiri = parseAngka(`${m[1].trim()}%`);
    if (!kanan.percent) kanan = parseAngka(`${m[2].trim()}%`);
    if (!kiri.ok || !kanan.ok) return null;
  }
  const bawah = kiri.value;
  const atas = kanan.value;
  if (bawah > atas) {
    return gagal("RENTANG_TERBALIK", "Batas bawah rentang target melebihi batas atas");
  }
  if (bawah === atas) return berhasil(bawah);
  return berhasil({ bawah, atas });
}
