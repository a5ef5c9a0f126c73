// The "Siapkan Lembar" form as data: defaults, validation, filling from an
// example's Profil, turning it into scaffold() options, and the result in
// Indonesian. Pure (no React, no Office), so the form logic is tested in Node.
import type { ExampleReport, NilaiContoh } from "../core/examples/types";
import { formatAngka } from "../core/format/angka";
import { parseTriwulan } from "../core/format/tanggal";
import { SKALA_KUSTOM, listValues } from "../core/template";
import type { JenisLaporan, Triwulan } from "../core/types";
import type { KolomDitambah, ScaffoldOptions, ScaffoldResult } from "../office/scaffold";

export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

export interface FormSiapkan {
  jenis: JenisLaporan;
  periode: Triwulan;
  /** As typed: validated on submit and while typing. */
  tahun: string;
  skala: string;
  /** Example id, "" for none. */
  contoh: string;
}

/**
 * Skala Predikat choices for capaian: the three capaian presets and "Skala" (the custom
 * table). The IKM, SAKIP and EFISIENSI presets grade other figures, not an indicator's capaian.
 */
const SKALA_CAPAIAN = ["PERMENDAGRI86", "BAIK5", "BERHASIL4", SKALA_KUSTOM];

export function pilihanSkala(): readonly string[] {
  const ada = listValues("SkalaPredikat");
  return SKALA_CAPAIAN.filter((s) => ada.includes(s));
}

/** What each choice means, for the option text. */
export const KETERANGAN_SKALA: Record<string, string> = {
  PERMENDAGRI86: "Permendagri 86/2017: Sangat Tinggi s.d. Sangat Rendah",
  BAIK5: "Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang",
  BERHASIL4: "Sangat Berhasil, Berhasil, Cukup Berhasil, Kurang Berhasil",
  [SKALA_KUSTOM]: "Skala sendiri di lembar Skala",
};

/** Today's year and quarter; Triwulan by default. */
export function formAwal(hariIni: Date): FormSiapkan {
  return {
    jenis: "Triwulan",
    periode: (Math.floor(hariIni.getMonth() / 3) + 1) as Triwulan,
    tahun: String(hariIni.getFullYear()),
    skala: pilihanSkala()[0] ?? "PERMENDAGRI86",
    contoh: "",
  };
}

export type CekTahun = { ok: true; value: number } | { ok: false; pesan: string };

export function cekTahun(teks: string): CekTahun {
  const t = teks.trim();
  if (t === "") return { ok: false, pesan: "Tahun wajib diisi." };
  if (!/^\d+$/.test(t))
    return { ok: false, pesan: "Tahun ditulis dengan angka saja, misalnya 2024." };
  const n = Number(t);
  if (n < TAHUN_MIN || n > TAHUN_MAX) {
    return { ok: false, pesan: `Tahun harus antara ${TAHUN_MIN} dan ${TAHUN_MAX}.` };
  }
  return { ok: true, value: n };
}

export function contohUntuk(
  examples: readonly ExampleReport[],
  jenis: JenisLaporan
): ExampleReport[] {
  return examples.filter((e) => e.jenis === jenis);
}

function nilaiProfil(ex: ExampleReport, isian: string): NilaiContoh | undefined {
  const row = (ex.tables.Profil ?? []).find(
    (r) =>
      String(r.Isian ?? "")
        .trim()
        .toLowerCase() === isian.toLowerCase()
  );
  return row?.Nilai;
}

/** Choosing an example fills Jenis, Periode, Tahun and Skala from its Profil. */
export function isiDariContoh(form: FormSiapkan, ex: ExampleReport | undefined): FormSiapkan {
  if (!ex) return { ...form, contoh: "" };
  const next: FormSiapkan = { ...form, contoh: ex.id, jenis: ex.jenis };
  const tw = parseTriwulan(nilaiProfil(ex, "Periode"));
  if (tw.ok) next.periode = tw.value;
  const tahun = nilaiProfil(ex, "Tahun");
  if (tahun !== undefined && tahun !== null && cekTahun(String(tahun)).ok) {
    next.tahun = String(tahun).trim();
  }
  const skala = String(nilaiProfil(ex, "Skala Predikat") ?? "").trim();
  const cocok = pilihanSkala().find((s) => s.toLowerCase() === skala.toLowerCase());
  if (cocok) next.skala = cocok;
  return next;
}

/** Changing Jenis Laporan drops an example of the other jenis. */
export function gantiJenis(
  form: FormSiapkan,
  jenis: JenisLaporan,
  examples: readonly ExampleReport[]
): FormSiapkan {
  const ex = examples.find((e) => e.id === form.contoh);
  return { ...form, jenis, contoh: ex && ex.jenis === jenis ? ex.id : "" };
}

export type CekForm = { ok: true; value: ScaffoldOptions } | { ok: false; pesan: string };

export function keOpsi(form: FormSiapkan, examples: readonly ExampleReport[]): CekForm {
  const tahun = cekTahun(form.tahun);
  if (!tahun.ok) return { ok: false, pesan: tahun.pesan };
  if (!pilihanSkala().includes(form.skala)) {
    return { ok: false, pesan: "Pilih Skala Predikat dari daftar." };
  }
  const opsi: ScaffoldOptions = {
    jenis: form.jenis,
    periode: form.jenis === "Triwulan" ? form.periode : null,
    tahun: tahun.value,
    skala: form.skala,
  };
  if (form.contoh) {
    const ex = examples.find((e) => e.id === form.contoh && e.jenis === form.jenis);
    if (!ex) return { ok: false, pesan: "Contoh yang dipilih tidak cocok dengan Jenis Laporan." };
    opsi.contoh = ex;
  }
  return { ok: true, value: opsi };
}

function daftarNama(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} dan ${items[items.length - 1]}`;
}

/** What Siapkan Lembar tells the user: lines, and whether anything was held back. */
export interface RingkasanSiapkan {
  /** Something could not be added without touching the user's cells: shown as a warning. */
  tertahan: boolean;
  baris: string[];
}

/** "Target Awal (Kinerja)" for each column, once each, in the run's order. */
function namaKolom(kolom: readonly KolomDitambah[]): string[] {
  return [...new Set(kolom.map((k) => `${k.column} (${k.table})`))];
}

/** Column names by table, once each, in the run's order. */
function perTabel(kolom: readonly KolomDitambah[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of kolom) {
    const daftar = out.get(k.table) ?? [];
    if (!daftar.includes(k.column)) daftar.push(k.column);
    out.set(k.table, daftar);
  }
  return out;
}

/** The scaffold result as short Indonesian lines: what was done, what was held back and why. */
export function ringkasHasil(r: ScaffoldResult): RingkasanSiapkan {
  const out: string[] = [];
  if (r.sheetsCreated.length > 0) {
    out.push(
      `Lembar dibuat (${formatAngka(r.sheetsCreated.length)}): ${daftarNama(r.sheetsCreated)}.`
    );
  }
  if (r.columnsAdded.length > 0) {
    const kolom = namaKolom(r.columnsAdded);
    out.push(`Kolom ditambahkan (${formatAngka(kolom.length)}): ${daftarNama(kolom)}.`);
  }
  if (r.formulasFilled > 0) {
    out.push(`Rumus diisi di ${formatAngka(r.formulasFilled)} sel yang kosong.`);
  }
  if (r.profilFilled.length > 4) {
    // From an example nearly every field is filled: the count says enough.
    out.push(`Profil diisi: ${formatAngka(r.profilFilled.length)} isian.`);
  } else if (r.profilFilled.length > 0) {
    out.push(`Profil diisi: ${daftarNama(r.profilFilled)}.`);
  }

  // Held back so that no cell of the user's is overwritten or moved: say what and how to go on.
  const diblokir = perTabel(r.columnsBlocked ?? []);
  for (const [tabel, kolom] of diblokir) {
    out.push(
      `Kolom belum ditambahkan di tabel ${tabel} (${formatAngka(kolom.length)}): ${daftarNama(kolom)}. Sel di kanan tabel itu sudah berisi dan tidak akan ditimpa; pindahkan isi sel itu, lalu jalankan Siapkan Lembar lagi.`
    );
  }
  const tanpaRumus = namaKolom(r.formulasSkipped ?? []);
  if (tanpaRumus.length > 0) {
    out.push(
      `Rumus belum diisi di kolom ${daftarNama(tanpaRumus)}: kolom atau tabel yang dibacanya belum ada. Lengkapi dulu, lalu jalankan Siapkan Lembar lagi.`
    );
  }
  const profilTertahan = [...new Set(r.profilBlocked ?? [])];
  if (profilTertahan.length > 0) {
    out.push(
      `Isian Profil belum ditambahkan (${formatAngka(profilTertahan.length)}): ${daftarNama(profilTertahan)}. Sel di bawah tabel Profil sudah berisi dan tidak akan ditimpa; tambahkan baris itu sendiri di tabel Profil, atau kosongkan sel di bawahnya lalu jalankan Siapkan Lembar lagi.`
    );
  }

  if (r.sheetsSkipped.length > 0) {
    out.push(`Sudah lengkap, tidak diubah: ${daftarNama(r.sheetsSkipped)}.`);
  }
  for (const nama of r.foreignSheets) {
    out.push(
      `Lembar ${nama} dibiarkan: lembar itu sudah ada tetapi tidak memuat tabel LKj, jadi isinya tidak disentuh. Ganti nama lembar itu lalu jalankan Siapkan Lembar lagi bila ingin lembar standar.`
    );
  }
  const tertahan = diblokir.size + tanpaRumus.length + profilTertahan.length > 0;
  const berubah =
    r.sheetsCreated.length +
    r.columnsAdded.length +
    r.formulasFilled +
    r.profilFilled.length +
    r.namesAdded.length;
  if (berubah === 0 && r.foreignSheets.length === 0 && !tertahan) {
    out.unshift("Semua lembar sudah lengkap; tidak ada yang diubah.");
  }
  return { tertahan: tertahan || r.foreignSheets.length > 0, baris: out };
}

export const LABEL_PERIODE: Record<Triwulan, string> = {
  1: "Triwulan I",
  2: "Triwulan II",
  3: "Triwulan III",
  4: "Triwulan IV",
};
