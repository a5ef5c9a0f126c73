// People: NIPs that are not valid (length, birth date, TMT, sex digit), NIPs
// that only need tidying, one person written with two different NIPs, and two
// different people written with one NIP.
import { formatNip, parseNip } from "../nip";
import type { Cell, ReportModel } from "../model/types";
import type { Perbaikan, Temuan } from "./types";
import { kosong, kutip, temuan, type Rule } from "./util";

function rapikan(c: Cell<string>, digits: string): Extract<Perbaikan, { jenis: "rapikan-nip" }> {
  const nilai = formatNip(digits);
  return { jenis: "rapikan-nip", sel: c.ref, nilai, label: `Rapikan NIP menjadi ${nilai}` };
}

/** A NIP as typed; one stored as a number is shown as its digits, not grouped by thousands. */
function kutipNip(raw: unknown): string {
  if (typeof raw === "number" && Number.isFinite(raw) && Math.abs(raw) < 1e21) {
    // Excel keeps 15 significant digits: the rest are zeros, as the sheet shows them.
    const [mantisa, pangkat] = Math.abs(raw).toExponential(14).split("e");
    const e = Number(pangkat);
    const digits =
      e >= 14 ? mantisa.replace(".", "") + "0".repeat(e - 14) : Math.abs(raw).toFixed(0);
    return `"${raw < 0 ? "-" : ""}${digits}"`;
  }
  return kutip(raw);
}

function cekNip(c: Cell<string>, siapa: string, out: Temuan[]): void {
  if (kosong(c) || c.formula !== null) return;
  const h = parseNip(c.raw);
  if (h.ok) {
    const teks = typeof c.raw === "string" ? c.raw.trim() : "";
    // Plain 18 digits or the official grouping are both fine; anything else is tidied.
    if (teks !== h.value.digits && teks !== formatNip(h.value.digits)) {
      out.push(
        temuan(
          "NIP_PERLU_DIRAPIKAN",
          "info",
          c.ref,
          `${siapa}: NIP ${kutip(c.raw)} sah tetapi penulisannya tidak baku; tulis ${formatNip(h.value.digits)}`,
          rapikan(c, h.value.digits)
        )
      );
    }
    return;
  }
  // Only punctuation in the way: the digits alone make a valid NIP.
  const digits =
    typeof c.raw === "string" ? c.raw.replace(/^\s*nip\b\.?\s*:?/i, "").replace(/\D/g, "") : "";
  const bersih = digits !== "" ? parseNip(digits) : null;
  const fix = bersih && bersih.ok ? rapikan(c, bersih.value.digits) : undefined;
  out.push(
    temuan(
      "NIP_TIDAK_VALID",
      "galat",
      c.ref,
      fix
        ? `${siapa}: NIP ${kutip(c.raw)} memuat tanda baca yang tidak dikenali; tulis ${fix.nilai}`
        : `${siapa}: NIP ${kutipNip(c.raw)} tidak valid: ${h.error.message}`,
      fix
    )
  );
}

const GELAR_DEPAN = /^(prof|dr|drs|dra|ir|h|hj|kh|st)\.?\s+/i;

/** A name without degrees and punctuation, for matching one person across sheets. */
function kunciNama(nama: string): string {
  let s = nama.split(",")[0].trim();
  let sebelum = "";
  while (s !== sebelum) {
    sebelum = s;
    s = s.replace(GELAR_DEPAN, "");
  }
  return s
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function digitNip(c: Cell<string>): string | null {
  if (kosong(c) || typeof c.raw !== "string") return null;
  const d = c.raw.replace(/\D/g, "");
  return d.length >= 10 ? d : null;
}

/** Two name keys are one person when equal, or one is the other with words added (a degree typed without a comma). */
function samaOrang(a: string, b: string): boolean {
  if (a === b) return true;
  const [pendek, panjang] = a.length <= b.length ? [a, b] : [b, a];
  return panjang.startsWith(pendek + " ");
}

interface Orang {
  nama: Cell<string>;
  nip: Cell<string>;
}

function di(c: Cell<unknown>): string {
  return `${c.ref.sheet}!${c.ref.address}`;
}

export const orangRules: Rule = (m: ReportModel, out) => {
  const p = m.profil;
  cekNip(p.nip, "Profil NIP", out);
  cekNip(p.nipAtasan, "Profil NIP Atasan", out);
  for (const s of m.tahunan.sdm) cekNip(s.nip, `SDM ${s.nama.value ?? ""}`.trim(), out);

  const orang: Orang[] = [
    { nama: p.nama, nip: p.nip },
    { nama: p.namaAtasan, nip: p.nipAtasan },
    ...m.tahunan.sdm.map((s) => ({ nama: s.nama, nip: s.nip })),
  ];
  // First NIP written for each name, and first person written with each NIP.
  const perNama = new Map<string, { digits: string; nip: Cell<string> }>();
  const perNip = new Map<string, { key: string; orang: Orang }>();
  for (const o of orang) {
    if (o.nama.value === null) continue;
    const key = kunciNama(o.nama.value);
    const digits = digitNip(o.nip);
    if (key === "" || digits === null) continue;
    const awal = perNama.get(key);
    const pemilik = perNip.get(digits);
    const milikLain = pemilik && !samaOrang(pemilik.key, key) ? pemilik.orang : undefined;
    if (!awal) perNama.set(key, { digits, nip: o.nip });
    if (!pemilik) perNip.set(digits, { key, orang: o });

    if (awal && awal.digits !== digits) {
      // One finding per cell: when this NIP is also someone else's, NIP_BERBEDA says so.
      const juga = milikLain
        ? `; NIP ${formatNip(digits)} juga tertulis untuk ${milikLain.nama.value} di ${di(milikLain.nip)}`
        : "";
      out.push(
        temuan(
          "NIP_BERBEDA",
          "galat",
          o.nip.ref,
          `${o.nama.value} tertulis dengan NIP ${formatNip(digits)} di sini tetapi ${formatNip(awal.digits)} di ${di(awal.nip)}${juga}; samakan NIP-nya`
        )
      );
    } else if (milikLain) {
      out.push(
        temuan(
          "NIP_GANDA",
          "galat",
          o.nip.ref,
          `${o.nama.value} tertulis dengan NIP ${formatNip(digits)}, NIP yang sama dengan ${milikLain.nama.value} di ${di(milikLain.nip)}; satu NIP hanya milik satu orang, periksa NIP salah satunya`
        )
      );
    }
  }
};
