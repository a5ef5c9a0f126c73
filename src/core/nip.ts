// NIP (Nomor Induk Pegawai). PNS (Perka BKN 22/2007): 18 digits = birth date
// YYYYMMDD + TMT CPNS YYYYMM + sex (1 male, 2 female) + 3-digit serial, printed
// "19870702 200602 1 002". PPPK numbers put a year and "2x" where the TMT month
// would be (YYYYMMDD + YYYY + 2x + sex + serial); they are accepted as jenis
// "PPPK" with tmt.bulan 0 (unknown), never rejected for that shape alone.
import type { Hasil } from "./types";
import { berhasil, gagal } from "./hasil";

export interface NipInfo {
  digits: string;
  lahir: Date;
  /** TMT CPNS (PNS) or appointment year (PPPK; bulan 0 = not encoded). */
  tmt: { tahun: number; bulan: number };
  jenisKelamin: "L" | "P";
  urut: string;
  jenis: "PNS" | "PPPK";
}

function tanggalValid(tahun: number, bulan: number, hari: number): Date | null {
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  if (d.getUTCFullYear() !== tahun || d.getUTCMonth() !== bulan - 1 || d.getUTCDate() !== hari) {
    return null;
  }
  return d;
}

export function parseNip(input: unknown): Hasil<NipInfo> {
  if (typeof input === "number") {
    // 18 digits exceed a double's precision: the last digits are already lost.
    return gagal(
      "NIP_ANGKA",
      "NIP tersimpan sebagai angka sehingga digit akhirnya hilang; simpan sebagai teks"
    );
  }
  if (typeof input !== "string" || input.trim() === "") return gagal("NIP_KOSONG", "NIP kosong");
  const s = input
    .trim()
    .replace(/^nip\b\.?\s*:?\s*/i, "")
    .replace(/[\s.\-\u00A0]/g, "");
  if (!/^\d+$/.test(s)) return gagal("NIP_TIDAK_VALID", "NIP hanya boleh berisi angka");
  if (s.length !== 18) {
    return gagal("NIP_PANJANG", `NIP harus 18 digit, tertulis ${s.length} digit`);
  }
  const lahirTahun = Number(s.slice(0, 4));
  const lahir = tanggalValid(lahirTahun, Number(s.slice(4, 6)), Number(s.slice(6, 8)));
  if (!lahir || lahirTahun < 1900) {
    return gagal("NIP_LAHIR", "Delapan digit pertama NIP bukan tanggal lahir yang valid");
  }
  const tmtTahun = Number(s.slice(8, 12));
  const tmtBulanTeks = s.slice(12, 14);
  const tmtBulan = Number(tmtBulanTeks);
  let jenis: NipInfo["jenis"] = "PNS";
  if (tmtBulan < 1 || tmtBulan > 12) {
    if (tmtBulanTeks[0] !== "2") return gagal("NIP_TMT", "Bulan TMT pada NIP tidak valid");
    jenis = "PPPK";
  }
  const bulanBanding = jenis === "PPPK" ? 12 : tmtBulan;
  const lahirBanding = lahirTahun * 12 + lahir.getUTCMonth() + 1;
  if (tmtTahun * 12 + bulanBanding <= lahirBanding) {
    return gagal("NIP_TMT", "TMT pada NIP tidak sesudah tanggal lahir");
  }
  const kelamin = s[14];
  if (kelamin !== "1" && kelamin !== "2") {
    return gagal("NIP_JENIS_KELAMIN", "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2");
  }
  return berhasil({
    digits: s,
    lahir,
    tmt: { tahun: tmtTahun, bulan: jenis === "PPPK" ? 0 : tmtBulan },
    jenisKelamin: kelamin === "1" ? "L" : "P",
    urut: s.slice(15),
    jenis,
  });
}

/** "198707022006021002" → "19870702 200602 1 002"; other input is returned trimmed. */
export function formatNip(digits: string): string {
  if (typeof digits !== "string") return "";
  const s = digits.replace(/\D/g, "");
  if (s.length !== 18) return digits.trim();
  return `${s.slice(0, 8)} ${s.slice(8, 14)} ${s.slice(14, 15)} ${s.slice(15)}`;
}
