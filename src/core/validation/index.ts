// The validator: every rule group over the report model, findings sorted by
// sheet (contract order), row, column and code. Pure; never throws.
import { SHEETS } from "../template/data";
import { colOf, rowOf } from "../model/a1";
import type { ReportModel } from "../model/types";
import type { RingkasanTemuan, Temuan } from "./types";
import type { Rule } from "./util";
import { strukturRules } from "./structure";
import { angkaRules } from "./numbers";
import { hitunganRules } from "./computed";
import { anggaranRules } from "./budget";
import { twRules } from "./tw";
import { tautanRules } from "./links";
import { orangRules } from "./people";
import { tanggalRules } from "./dates";
import { tahunanRules } from "./tahunan";

export type { Perbaikan, RingkasanTemuan, Temuan, Tingkat } from "./types";

const RULES: [string, Rule][] = [
  ["struktur", strukturRules],
  ["angka", angkaRules],
  ["hitungan", hitunganRules],
  ["anggaran", anggaranRules],
  ["triwulan", twRules],
  ["tautan", tautanRules],
  ["pegawai", orangRules],
  ["tanggal", tanggalRules],
  ["tahunan", tahunanRules],
];

const URUTAN_LEMBAR = new Map(SHEETS.map((s, i) => [s.name.toLowerCase(), i]));

/** Sort key of a sheet: contract order first, then the workbook's order, then by name. */
function urutanLembar(m: ReportModel): (sheet: string) => number {
  const buku = new Map<string, number>();
  (m.sheetNames ?? []).forEach((s, i) => {
    if (!buku.has(s.toLowerCase())) buku.set(s.toLowerCase(), i);
  });
  return (sheet) => {
    const s = String(sheet).toLowerCase();
    const kontrak = URUTAN_LEMBAR.get(s);
    if (kontrak !== undefined) return kontrak;
    const b = buku.get(s);
    return b !== undefined ? SHEETS.length + b : Number.MAX_SAFE_INTEGER;
  };
}

function banding(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function urutkanTemuan(temuan: Temuan[], m: ReportModel): Temuan[] {
  const urutan = urutanLembar(m);
  const kunci = temuan.map((t) => ({
    t,
    lembar: urutan(t.lembar),
    baris: rowOf(t.sel),
    kolom: colOf(t.sel),
  }));
  kunci.sort(
    (a, b) =>
      a.lembar - b.lembar ||
      banding(a.t.lembar, b.t.lembar) ||
      a.baris - b.baris ||
      a.kolom - b.kolom ||
      banding(a.t.kode, b.t.kode) ||
      banding(a.t.pesan, b.t.pesan)
  );
  return kunci.map((k) => k.t);
}

/** Every finding of the report, sorted deterministically. */
export function validateReport(model: ReportModel): Temuan[] {
  const out: Temuan[] = [];
  for (const [nama, rule] of RULES) {
    const awal = out.length;
    try {
      rule(model, out);
    } catch {
      // A rule must not take the others down; the user sees that a check could not run.
      out.length = awal;
      out.push({
        kode: "PEMERIKSAAN_GAGAL",
        tingkat: "info",
        lembar: "Profil",
        sel: null,
        pesan: `Pemeriksaan ${nama} tidak dapat dijalankan pada isi buku kerja ini`,
      });
    }
  }
  return urutkanTemuan(out, model);
}

/** Counts by severity, overall and per sheet. */
export function ringkasTemuan(temuan: Temuan[]): RingkasanTemuan {
  const r: RingkasanTemuan = { galat: 0, peringatan: 0, info: 0, perLembar: {} };
  for (const t of temuan) {
    r[t.tingkat]++;
    const l = (r.perLembar[t.lembar] ??= { galat: 0, peringatan: 0, info: 0 });
    l[t.tingkat]++;
  }
  return r;
}
