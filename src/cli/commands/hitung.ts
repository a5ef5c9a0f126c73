// `lkj hitung FILE.xlsx [--json]`: reads a workbook, maps it to the report model
// and prints every computed figure (capaian, predikat, serapan, efisiensi,
// ringkasan) — as Indonesian text tables, or as stable JSON for scripts.
import type { Hasil, Target } from "../../core/types";
import { formatAngka, formatPersen } from "../../core/format/angka";
import { formatRupiah } from "../../core/format/rupiah";
import { romawi } from "../../core/format/tanggal";
import { anggaranLengkap, mapWorkbook } from "../../core/model/map";
import type {
  BarisAnggaran,
  IndikatorKinerja,
  MappingIssue,
  NumberCell,
  RawWorkbook,
  ReportModel,
} from "../../core/model/types";
import { BerkasTidakTerbaca, readWorkbookFile } from "../../adapters/file/read";
import { parseArgs } from "../args";
import { CliError, type Command, type Io } from "../io";

const BANTUAN = `Pemakaian: lkj hitung BERKAS.xlsx [--json]

Membaca buku kerja LKj dan menampilkan semua angka yang dihitung dari isiannya:
capaian dan predikat tiap indikator, serapan dan efisiensi tiap baris anggaran,
serta ringkasan (indikator tercapai, total pagu, realisasi, serapan, sisa).
Angka dihitung ulang dari Target, Realisasi dan Pagu, bukan disalin dari sel.

Pilihan:
  --json       keluaran JSON (pecahan sebagai angka: 0.75 = 75%; galat sebagai {"galat": "..."})
  -h, --help   bantuan ini

Kode keluar: 0 berhasil; 2 berkas tidak terbaca atau argumen salah.
`;

// ---------------------------------------------------------------------------
// Shared by hitung and periksa

/** One positional FILE, optional --json; anything else is a usage error (exit 2). */
export function argumenBerkas(
  args: string[],
  perintah: string
): { berkas: string | null; json: boolean; help: boolean } {
  const a = parseArgs(args, { flags: { "--json": "json" } });
  if (a.help) return { berkas: null, json: false, help: true };
  if (a.positionals.length === 0) {
    throw new CliError(`berkas .xlsx belum diberikan. Pemakaian: lkj ${perintah} BERKAS.xlsx`);
  }
  if (a.positionals.length > 1) {
    throw new CliError(`hanya satu berkas yang dapat dibaca; diberikan ${a.positionals.length}.`);
  }
  return { berkas: a.positionals[0], json: Boolean(a.flags.json), help: false };
}

/** The workbook's raw tables; an unreadable file becomes a one-line CliError (exit 2). */
export async function bacaBerkas(path: string): Promise<RawWorkbook> {
  try {
    return await readWorkbookFile(path);
  } catch (error) {
    if (error instanceof BerkasTidakTerbaca) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function tabelTeks(header: string[], rows: string[][], kanan: boolean[] = []): string {
  const lebar = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? "").length)));
  const baris = (cells: string[]) =>
    cells
      .map((c, j) => (kanan[j] ? c.padStart(lebar[j]) : c.padEnd(lebar[j])))
      .join("  ")
      .trimEnd();
  return [baris(header), lebar.map((w) => "-".repeat(w)).join("  "), ...rows.map(baris)].join("\n");
}

export function potongTeks(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, max - 1) + "…";
}

export function judulLaporan(m: ReportModel): string {
  const periode =
    m.jenis === "Tahunan"
      ? "Laporan Kinerja Tahunan"
      : `Laporan Kinerja Triwulan${m.triwulan ? " " + romawi(m.triwulan) : ""}`;
  const tahun = m.tahun !== null ? ` ${m.tahun}` : "";
  const unit = m.profil.unitKerja.value;
  const jabatan = m.profil.jabatan.value;
  const siapa = [unit, jabatan ? `(${jabatan})` : null].filter(Boolean).join(" ");
  return `${periode}${tahun}${siapa ? " — " + siapa : ""}`;
}

// ---------------------------------------------------------------------------
// Text form

/** Inputs as typed: up to 4 decimals (a fraction such as 0,0264 keeps its digits), zeros trimmed. */
function angkaInput(n: number): string {
  return formatAngka(n, 4, { trim: true });
}

function angkaTampil(c: NumberCell): string {
  if (c.value === null) return "";
  if (c.parsed.ok && c.parsed.percent) return formatPersen(c.value, 2, { trim: true });
  return angkaInput(c.value);
}

function targetTampil(k: IndikatorKinerja): string {
  const t = k.target.value;
  if (t === null) return "";
  const persen = k.target.parsed?.ok === true && k.target.parsed.percent;
  const f = (n: number) => (persen ? formatPersen(n, 2, { trim: true }) : angkaInput(n));
  return typeof t === "number" ? f(t) : `${f(t.bawah)}–${f(t.atas)}`;
}

function persenAtau(h: Hasil<number> | null): string {
  if (h === null) return "";
  return h.ok ? formatPersen(h.value) : "–";
}

function teksKinerja(m: ReportModel): string[] {
  const out = [`Kinerja (${m.kinerja.length} indikator, skala ${m.skala.name})`];
  if (m.kinerja.length === 0) return [...out, "  (tidak ada indikator)"];
  const rows = m.kinerja.map((k) => [
    k.no.value ?? "",
    potongTeks(k.indikator.value ?? "", 48),
    targetTampil(k),
    angkaTampil(k.realisasi) + (k.realisasiDariTw ? "*" : ""),
    persenAtau(k.computed.capaian),
    k.computed.predikat ?? "",
  ]);
  out.push(
    tabelTeks(["No", "Indikator", "Target", "Realisasi", "Capaian", "Predikat"], rows, [
      false,
      false,
      true,
      true,
      true,
      false,
    ])
  );
  if (m.kinerja.some((k) => k.realisasiDariTw)) {
    out.push("* Realisasi kosong; diambil dari kolom Realisasi TW periode laporan.");
  }
  for (const k of m.kinerja) {
    const c = k.computed.capaian;
    if (!c.ok) out.push(`  No ${k.no.value ?? "?"} (baris ${k.row}): ${c.error.message}`);
    else {
      const t = k.computed.capaianTanpaBatas;
      if (t.ok && t.value > c.value) {
        out.push(
          `  No ${k.no.value ?? "?"}: capaian ${formatPersen(t.value)} dibatasi menjadi ${formatPersen(c.value)} (Batas Capaian)`
        );
      }
    }
  }
  return out;
}

function rupiahAtau(n: number | null): string {
  return n === null ? "" : formatRupiah(n);
}

function teksAnggaran(m: ReportModel): string[] {
  const out = [`Anggaran (${m.anggaran.length} baris)`];
  if (m.anggaran.length === 0) return [...out, "  (tidak ada baris anggaran)"];
  const rows = m.anggaran.map((b) => [
    b.no.value ?? "",
    potongTeks(b.uraian.value ?? "", 44),
    rupiahAtau(b.pagu.value),
    rupiahAtau(b.realisasi.value) + (b.realisasiDariTw ? "*" : ""),
    persenAtau(b.computed.serapan),
    b.computed.efisiensi === null
      ? ""
      : b.computed.efisiensi.ok
        ? `${formatAngka(b.computed.efisiensi.value, 2)} poin`
        : "–",
    b.computed.efisiensiPredikat ?? "",
  ]);
  out.push(
    tabelTeks(
      ["No", "Uraian", "Pagu", "Realisasi", "Serapan", "Efisiensi", "Predikat Efisiensi"],
      rows,
      [false, false, true, true, true, true, false]
    )
  );
  if (m.anggaran.some((b) => b.realisasiDariTw)) {
    out.push("* Realisasi kosong; diambil dari kolom Realisasi TW periode laporan.");
  }
  for (const b of m.anggaran) {
    const s = b.computed.serapan;
    if (!s.ok) out.push(`  No ${b.no.value ?? "?"} (baris ${b.row}): ${s.error.message}`);
    const e = b.computed.efisiensi;
    if (e && !e.ok && s.ok) {
      out.push(`  No ${b.no.value ?? "?"} (baris ${b.row}): efisiensi — ${e.error.message}`);
    }
  }
  return out;
}

function teksRingkasan(m: ReportModel): string[] {
  const r = m.ringkasan;
  return [
    "Ringkasan",
    `  Indikator: ${r.jumlahIndikator} (tercapai ${r.tercapai}, belum tercapai ${r.belumTercapai}, tanpa capaian ${r.tanpaCapaian})`,
    `  Rata-rata capaian: ${r.rataRataCapaian === null ? "–" : formatPersen(r.rataRataCapaian)}`,
    `  Total pagu: ${formatRupiah(r.totalPagu)}${tanpa(r.paguTidakTerbaca)}`,
    `  Total realisasi: ${formatRupiah(r.totalRealisasi)}${tanpa(r.realisasiTidakTerbaca)}`,
    `  Serapan total: ${r.serapanTotal.ok ? formatPersen(r.serapanTotal.value) : `– (${r.serapanTotal.error.message})`}`,
    `  Sisa anggaran: ${
      anggaranLengkap(r) ? formatRupiah(r.sisaAnggaran) : "– (total belum lengkap)"
    }`,
  ];
}

/** " (tanpa No 1: belum berupa angka)" when a top-level line is left out of a total. */
function tanpa(tidakTerbaca: string[]): string {
  return tidakTerbaca.length === 0 ? "" : ` (tanpa ${tidakTerbaca.join(", ")}: belum berupa angka)`;
}

function teksTahunan(m: ReportModel): string[] {
  const { tren, ikm } = m.tahunan;
  if (m.jenis !== "Tahunan" || (tren.length === 0 && ikm.length === 0)) return [];
  const out: string[] = [];
  if (tren.length > 0) {
    out.push(`Tren Kinerja (${tren.length} baris)`);
    out.push(
      tabelTeks(
        ["No Kinerja", "Tahun", "Target", "Realisasi", "Capaian"],
        tren.map((t) => [
          t.noKinerja.value ?? "",
          t.tahun.value === null ? "" : String(t.tahun.value),
          t.target.value === null
            ? ""
            : typeof t.target.value === "number"
              ? angkaInput(t.target.value)
              : `${angkaInput(t.target.value.bawah)}–${angkaInput(t.target.value.atas)}`,
          angkaTampil(t.realisasi),
          persenAtau(t.computed.capaian),
        ]),
        [false, false, true, true, true]
      )
    );
  }
  if (ikm.length > 0) {
    if (out.length > 0) out.push("");
    out.push(`IKM (${ikm.length} periode)`);
    for (const p of ikm) {
      out.push(
        `  ${p.periode.value ?? "?"}: ${p.nilai.value === null ? "–" : formatAngka(p.nilai.value, 2)}`
      );
    }
  }
  return out;
}

function teksMasalah(issues: MappingIssue[]): string[] {
  if (issues.length === 0) return [];
  return [
    `Catatan pembacaan (${issues.length}; periksa dengan "lkj periksa")`,
    ...issues.map((i) => `  ${i.sheet}${i.address ? "!" + i.address : ""}: ${i.message}`),
  ];
}

export function hitungTeks(m: ReportModel): string {
  const bagian = [
    [judulLaporan(m)],
    teksKinerja(m),
    teksAnggaran(m),
    teksTahunan(m),
    teksRingkasan(m),
    teksMasalah(m.mappingIssues),
  ].filter((b) => b.length > 0);
  return bagian.map((b) => b.join("\n")).join("\n\n") + "\n";
}

// ---------------------------------------------------------------------------
// JSON form: fractions as numbers, a failed figure as {"galat": message}.

type AngkaJson = number | { galat: string } | null;

function hasilJson(h: Hasil<number> | null): AngkaJson {
  if (h === null) return null;
  return h.ok ? h.value : { galat: h.error.message };
}

function targetJson(t: Target | null): number | { bawah: number; atas: number } | null {
  if (t === null) return null;
  return typeof t === "number" ? t : { bawah: t.bawah, atas: t.atas };
}

function sel(c: { ref: { sheet: string; address: string } }): string {
  return `${c.ref.sheet}!${c.ref.address}`;
}

function kinerjaJson(k: IndikatorKinerja) {
  return {
    no: k.no.value,
    baris: k.row,
    tingkat: k.tingkat.value,
    indikator: k.indikator.value,
    satuan: k.satuan.value,
    arah: k.arah.value,
    target: targetJson(k.target.value),
    realisasi: k.realisasi.value,
    realisasiDariTw: k.realisasiDariTw === true,
    capaian: hasilJson(k.computed.capaian),
    capaianTanpaBatas: hasilJson(k.computed.capaianTanpaBatas),
    predikat: k.computed.predikat,
    tercapai: k.computed.tercapai,
    sel: { capaian: sel(k.reported.capaian), predikat: sel(k.reported.predikat) },
  };
}

function anggaranJson(b: BarisAnggaran) {
  return {
    no: b.no.value,
    baris: b.row,
    tingkat: b.tingkat.value,
    uraian: b.uraian.value,
    noKinerja: b.noKinerja?.value ?? null,
    pagu: b.pagu.value,
    realisasi: b.realisasi.value,
    realisasiDariTw: b.realisasiDariTw === true,
    serapan: hasilJson(b.computed.serapan),
    capaianKinerja: hasilJson(b.computed.capaianKinerja),
    efisiensi: hasilJson(b.computed.efisiensi),
    predikatEfisiensi: b.computed.efisiensiPredikat,
    sisa: b.computed.sisa,
  };
}

export function hitungJson(m: ReportModel) {
  const r = m.ringkasan;
  return {
    jenis: m.jenis,
    triwulan: m.triwulan,
    tahun: m.tahun,
    unitKerja: m.profil.unitKerja.value,
    skala: m.skala.name,
    batasCapaian: m.profil.batasCapaian.value,
    kinerja: m.kinerja.map(kinerjaJson),
    anggaran: m.anggaran.map(anggaranJson),
    ringkasan: {
      jumlahIndikator: r.jumlahIndikator,
      tercapai: r.tercapai,
      belumTercapai: r.belumTercapai,
      tanpaCapaian: r.tanpaCapaian,
      rataRataCapaian: r.rataRataCapaian,
      totalPagu: r.totalPagu,
      totalRealisasi: r.totalRealisasi,
      paguTidakTerbaca: r.paguTidakTerbaca,
      realisasiTidakTerbaca: r.realisasiTidakTerbaca,
      serapanTotal: hasilJson(r.serapanTotal),
      sisaAnggaran: r.sisaAnggaran,
    },
    tren: m.tahunan.tren.map((t) => ({
      noKinerja: t.noKinerja.value,
      tahun: t.tahun.value,
      target: targetJson(t.target.value),
      realisasi: t.realisasi.value,
      capaian: hasilJson(t.computed.capaian),
    })),
    ikm: m.tahunan.ikm.map((p) => ({ periode: p.periode.value, nilai: p.nilai.value })),
    catatan: m.mappingIssues.map((i) => ({
      kode: i.code,
      lembar: i.sheet,
      sel: i.address,
      pesan: i.message,
    })),
  };
}

export const hitung: Command = {
  name: "hitung",
  summary: "hitung capaian, predikat, serapan dan ringkasan dari buku kerja LKj",
  async run(args: string[], io: Io): Promise<number> {
    const a = argumenBerkas(args, "hitung");
    if (a.help || a.berkas === null) {
      io.out(BANTUAN);
      return 0;
    }
    const model = mapWorkbook(await bacaBerkas(a.berkas));
    io.out(a.json ? JSON.stringify(hitungJson(model), null, 2) + "\n" : hitungTeks(model));
    return 0;
  },
};
