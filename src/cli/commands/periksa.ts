// `lkj periksa FILE.xlsx [--json]`: reads a workbook, maps it to the report
// model and runs the validation rules (src/core/validation). Findings are
// grouped by sheet, in the validator's order; exit 0
// when there is no galat, 1 when there is one, 2 when the file is unreadable.
import { mapWorkbook } from "../../core/model/map";
import { ringkasTemuan, validateReport } from "../../core/validation";
import type { RingkasanTemuan, Temuan } from "../../core/validation/types";
import type { ReportModel } from "../../core/model/types";
import { type Command, type Io } from "../io";
import { argumenBerkas, bacaBerkas, judulLaporan } from "./hitung";

const BANTUAN = `Pemakaian: lkj periksa BERKAS.xlsx [--json]

Memeriksa buku kerja LKj: lembar, tabel dan kolom wajib, angka yang tersimpan
sebagai teks, capaian/serapan/efisiensi/predikat yang diketik dan tidak sesuai
hitungan, total program dan kegiatan, No Kinerja, NIP, tanggal laporan, dan lain-lain.
Temuan dikelompokkan per lembar, dengan sel dan penjelasannya.

Pilihan:
  --json       keluaran JSON: {"temuan": [{"kode", "tingkat", "lembar", "sel", "pesan"}],
               "ringkasan": {...}}; tingkat: galat, peringatan atau info
  -h, --help   bantuan ini

Kode keluar: 0 tanpa galat; 1 ada galat; 2 berkas tidak terbaca atau argumen salah.
`;

export function barisRingkasan(r: { galat: number; peringatan: number; info: number }): string {
  const bagian = [`${r.galat} galat`, `${r.peringatan} peringatan`];
  if (r.info > 0) bagian.push(`${r.info} info`);
  return bagian.join(", ");
}

export function periksaTeks(model: ReportModel, temuan: Temuan[], r: RingkasanTemuan): string {
  const out: string[] = [judulLaporan(model), ""];
  if (temuan.length === 0) {
    out.push("Tidak ada temuan: semua pemeriksaan lolos.");
  } else {
    let lembar: string | null = null;
    for (const t of temuan) {
      if (t.lembar !== lembar) {
        if (lembar !== null) out.push("");
        lembar = t.lembar;
        const n = r.perLembar[lembar];
        const jumlah = n ? ` (${barisRingkasan(n)})` : "";
        out.push(`Lembar ${lembar}${jumlah}`);
      }
      const sel = t.sel ?? "—";
      out.push(`  ${t.tingkat.padEnd(10)} ${sel.padEnd(7)} ${t.pesan} [${t.kode}]`);
    }
  }
  out.push("", barisRingkasan(r));
  return out.join("\n") + "\n";
}

export function periksaJson(temuan: Temuan[], r: RingkasanTemuan) {
  return {
    temuan: temuan.map((t) => ({
      kode: t.kode,
      tingkat: t.tingkat,
      lembar: t.lembar,
      sel: t.sel,
      pesan: t.pesan,
    })),
    ringkasan: r,
  };
}

export const periksa: Command = {
  name: "periksa",
  summary: "periksa buku kerja LKj dan tampilkan temuan per lembar (kode keluar 1 bila ada galat)",
  async run(args: string[], io: Io): Promise<number> {
    const a = argumenBerkas(args, "periksa");
    if (a.help || a.berkas === null) {
      io.out(BANTUAN);
      return 0;
    }
    const model = mapWorkbook(await bacaBerkas(a.berkas));
    // validateReport returns findings sorted by sheet, row and column.
    const temuan = validateReport(model);
    const r = ringkasTemuan(temuan);
    io.out(
      a.json
        ? JSON.stringify(periksaJson(temuan, r), null, 2) + "\n"
        : periksaTeks(model, temuan, r)
    );
    return r.galat > 0 ? 1 : 0;
  },
};
