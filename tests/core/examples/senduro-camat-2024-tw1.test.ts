// Seed 002 (Camat Senduro, Triwulan I 2024) as an example report: the mistakes
// the seed really makes are found, its right figures are not, and the
// narrative has the seed's outline with the model's counts and totals.
import { formatAngka, formatPersen } from "../../../src/core/format/angka";
import { formatRupiah } from "../../../src/core/format/rupiah";
import { jumlahDenganKata } from "../../../src/core/format/terbilang";
import { judulJudul, segmen, semuaTeks } from "../narrative/walk";
import { alamat, barisProfil, cocokDiketik, contoh, galat, jalankan, kunci } from "./bantu";

const ID = "senduro-camat-2024-tw1";

// Tabel 2.2 as the seed prints it: target %, realisasi %, capaian % (one decimal for row 1).
const TABEL_2_2 = [
  { target: 85, realisasi: 30, capaian: 35.3, desimal: 1 },
  { target: 100, realisasi: 33, capaian: 33, desimal: 0 },
];

// Tabel 2.3/2.4: pagu, realisasi, "Capaian (%)" of the budget (whole percents), and the
// indicator row each program sits under (programs 1-5 under sasaran 1, 6 under sasaran 2).
const COST_PER_OUTCOME = [
  { pagu: 1834590815, realisasi: 460901183, serapan: 26, indikator: 0 },
  { pagu: 13464000, realisasi: 6699000, serapan: 13, indikator: 0 },
  { pagu: 137869000, realisasi: 15234000, serapan: 12, indikator: 0 },
  { pagu: 25499000, realisasi: 4755000, serapan: 50, indikator: 0 },
  { pagu: 7200000, realisasi: 0, serapan: 0, indikator: 0 },
  { pagu: 6600000, realisasi: 0, serapan: 0, indikator: 1 },
];

describe("seed 002: Camat Senduro, Triwulan I 2024 — validation", () => {
  const j = jalankan(contoh(ID));
  const { raw, temuan: t } = j;
  const kode = (k: string) => kunci(t.filter((x) => x.kode === k));

  it("holds the seed's figures: 2 indicators, 6 programs, 6 strategies and follow-ups", () => {
    expect(j.model.kinerja).toHaveLength(TABEL_2_2.length);
    expect(j.model.anggaran).toHaveLength(COST_PER_OUTCOME.length);
    expect(j.model.anggaran.map((b) => [b.pagu.value, b.realisasi.value])).toEqual(
      COST_PER_OUTCOME.map((r) => [r.pagu, r.realisasi])
    );
    expect(j.model.strategi).toHaveLength(6);
    expect(j.model.tindakLanjut).toHaveLength(6);
    expect(j.model.tugasFungsi).toHaveLength(10);
  });

  it("flags a report signed on 11 Maret 2024, before Triwulan I ends on 31 Maret", () => {
    expect(kode("TANGGAL_SEBELUM_PERIODE")).toEqual([
      `TANGGAL_SEBELUM_PERIODE@${alamat(
        raw,
        "Profil",
        "Nilai",
        barisProfil(raw, "Tanggal Laporan")
      )}`,
    ]);
    expect(t.find((x) => x.kode === "TANGGAL_SEBELUM_PERIODE")?.pesan).toContain("11 Maret 2024");
  });

  it("flags exactly the budget percentages that are neither realisasi/pagu rounded nor truncated", () => {
    const salah = COST_PER_OUTCOME.flatMap((r, i) =>
      cocokDiketik((r.realisasi / r.pagu) * 100, r.serapan, 0)
        ? []
        : [`SERAPAN_TIDAK_SESUAI@${alamat(raw, "Anggaran", "Serapan", i)}`]
    );
    // 460.901.183 / 1.834.590.815 = 25,12% typed 26%; 49,75% typed 13%; 11,05% typed 12%;
    // 18,65% typed 50%. Programs 5 and 6 spent nothing: 0% is right.
    expect(salah).toHaveLength(4);
    expect(kode("SERAPAN_TIDAK_SESUAI")).toEqual(salah);
    const p1 = t.find((x) => x.kode === "SERAPAN_TIDAK_SESUAI");
    expect(p1?.pesan).toBe(
      `Anggaran 1: Serapan tertulis 26,00% tetapi realisasi/pagu = ${formatPersen(460901183 / 1834590815)}`
    );
  });

  it("flags Efisiensi 0 on every program: capaian kinerja − serapan is never 0 there", () => {
    const capaian = TABEL_2_2.map((r) => r.realisasi / r.target);
    const poin = COST_PER_OUTCOME.map((r) => (capaian[r.indikator] - r.realisasi / r.pagu) * 100);
    expect(poin.every((p) => Math.abs(p) >= 0.005)).toBe(true);
    expect(kode("EFISIENSI_TIDAK_SESUAI")).toEqual(
      COST_PER_OUTCOME.map(
        (_r, i) => `EFISIENSI_TIDAK_SESUAI@${alamat(raw, "Anggaran", "Efisiensi", i)}`
      )
    );
    expect(t.find((x) => x.kode === "EFISIENSI_TIDAK_SESUAI")?.pesan).toContain(
      `= ${formatAngka(poin[0], 2)} poin`
    );
  });

  it("flags program 6's kinerja 100% beside sasaran 2 at 33%", () => {
    expect(kode("CAPAIAN_KINERJA_TIDAK_SESUAI")).toEqual([
      `CAPAIAN_KINERJA_TIDAK_SESUAI@${alamat(raw, "Anggaran", "Capaian Kinerja", 5)}`,
    ]);
  });

  it("finds no other error", () => {
    const diharapkan = [
      ...kode("TANGGAL_SEBELUM_PERIODE"),
      ...kode("SERAPAN_TIDAK_SESUAI"),
      ...kode("EFISIENSI_TIDAK_SESUAI"),
      ...kode("CAPAIAN_KINERJA_TIDAK_SESUAI"),
    ];
    expect(diharapkan).toHaveLength(1 + 4 + 6 + 1);
    expect([...galat(t)].sort()).toEqual(diharapkan.sort());
  });

  it("accepts Tabel 2.2's capaian 35.3% (30/85 = 35,29%) and 33% (33/100)", () => {
    for (const r of TABEL_2_2) {
      expect(cocokDiketik((r.realisasi / r.target) * 100, r.capaian, r.desimal)).toBe(true);
    }
    expect(t.filter((x) => x.lembar === "Kinerja" && x.tingkat !== "info")).toEqual([]);
    expect(j.model.kinerja.map((k) => k.computed.tercapai)).toEqual([false, false]);
  });

  it("has no finding on the NIP, the serapan of programs 5 and 6, or the totals", () => {
    expect(t.filter((x) => /^NIP_/.test(x.kode))).toEqual([]);
    for (const i of [4, 5]) {
      const sel = alamat(raw, "Anggaran", "Serapan", i).split("!")[1];
      expect(t.filter((x) => x.lembar === "Anggaran" && x.sel === sel)).toEqual([]);
    }
    expect(t.map((x) => x.kode)).not.toContain("JUMLAH_TIDAK_SESUAI");
    expect(t.map((x) => x.kode)).not.toContain("REALISASI_MELEBIHI_PAGU");
    expect(t.map((x) => x.kode)).not.toContain("TANGGAL_TERLAMBAT");
  });
});

describe("seed 002: Camat Senduro, Triwulan I 2024 — narrative", () => {
  const j = jalankan(contoh(ID));
  const { doc, model } = j;
  const teks = semuaTeks(doc);
  const judul = judulJudul(doc);
  const caption = segmen(doc)
    .filter((s) => s.where === "caption")
    .map((s) => s.text);

  it("has the seed's chapters: BAB I-III with PK, capaian, cost per outcome, strategi, RTL, tanggapan", () => {
    for (const h of [
      /^BAB I PENDAHULUAN$/,
      /Tugas Pokok dan Fungsi$/,
      /^BAB II AKUNTABILITAS KINERJA$/,
      /Perjanjian Kinerja$/,
      /Capaian Kinerja$/,
      /Realisasi Anggaran/,
      /Evaluasi dan Analisis Kinerja$/,
      /Rencana Tindak Lanjut$/,
      /Tanggapan Atasan Langsung$/,
      /^BAB III PENUTUP$/,
    ]) {
      expect(judul.filter((x) => h.test(x))).not.toHaveLength(0);
    }
    expect(caption.some((c) => /Cost per Outcome/i.test(c))).toBe(true);
    expect(doc.blocks.some((b) => b.type === "signature")).toBe(true);
  });

  it("says, as the seed does, that none of the 2 indicators has reached 100%", () => {
    const tercapai = TABEL_2_2.filter((r) => r.realisasi >= r.target).length;
    expect(tercapai).toBe(0);
    expect(model.ringkasan.tercapai).toBe(tercapai);
    const dua = jumlahDenganKata(TABEL_2_2.length, "indikator kinerja");
    expect(teks.split(dua).length - 1).toBeGreaterThanOrEqual(2);
    expect(teks.split("belum ada indikator yang mencapai 100%").length - 1).toBeGreaterThanOrEqual(
      2
    );
  });

  it("prints each capaian, the budget totals and the overall serapan computed from the seed", () => {
    for (const r of TABEL_2_2) {
      expect(teks).toContain(formatPersen(r.realisasi / r.target, 2, { trim: true }));
    }
    const pagu = COST_PER_OUTCOME.reduce((a, r) => a + r.pagu, 0);
    const realisasi = COST_PER_OUTCOME.reduce((a, r) => a + r.realisasi, 0);
    expect(model.ringkasan.totalPagu).toBe(pagu);
    expect(model.ringkasan.totalRealisasi).toBe(realisasi);
    expect(teks).toContain(formatRupiah(pagu));
    expect(teks).toContain(formatRupiah(realisasi));
    expect(teks).toContain(formatRupiah(pagu - realisasi));
    expect(teks).toContain(formatPersen(realisasi / pagu, 2, { trim: true }));
    expect(teks).toContain(jumlahDenganKata(COST_PER_OUTCOME.length, "program"));
  });

  it("signs as the seed: Senduro, 11 Maret 2024, Drs. PUJIANTO, NIP. 19681114 199003 1 004", () => {
    expect(teks).toContain("Senduro, 11 Maret 2024");
    expect(teks).toContain("Drs. PUJIANTO");
    expect(teks).toContain("NIP. 19681114 199003 1 004");
  });

  it("has no undefined, NaN or [object", () => {
    expect(teks).not.toMatch(/undefined|NaN|\[object|Infinity/);
  });
});
