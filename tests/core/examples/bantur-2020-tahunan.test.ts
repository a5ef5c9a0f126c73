// Seed 004 (LKjIP Kecamatan Bantur 2020) as an example report: the mistakes
// the seed really makes are found, its right figures are not, the BERHASIL4
// scale gives the seed's predikat, and the annual narrative is built from it.
import { formatPersen } from "../../../src/core/format/angka";
import { formatRupiah } from "../../../src/core/format/rupiah";
import { jumlahDenganKata } from "../../../src/core/format/terbilang";
import { hitungCapaian } from "../../../src/core/kinerja/capaian";
import { getPreset, predikat } from "../../../src/core/kinerja/predikat";
import { judulJudul, semuaTeks } from "../narrative/walk";
import {
  alamat,
  barisNo,
  barisProfil,
  cocokDiketik,
  contoh,
  galat,
  jalankan,
  kunci,
  ubah,
} from "./bantu";

const ID = "bantur-2020-tahunan";

// Tabel 1.1 Bab III as printed: target, realisasi, capaian in points (SKM) or percent.
const TABEL_1_1 = [
  { no: "1", target: 85, realisasi: 85, capaian: 100 },
  { no: "2", target: 85, realisasi: 85, capaian: 100 },
];
// Musrenbangcam: 142 stakeholder non PNS of 167 present (Bab III, 2.2).
const HADIR = { pembilang: 142, penyebut: 167 };
// SKM: weighted mean 3,400 times 25.
const NRR = 3.4;
// Tabel 1.3: Renstra final target 100, realisasi 2020 85, "Tingkat Kemajuan" printed 60%.
const RENSTRA = { akhir: 100, realisasi: 85, kemajuanTercetak: 60 };

// Realisasi Anggaran (Bab III D): anggaran and the printed "%" of each kegiatan, by No.
const PERSEN_TERCETAK: Record<string, number> = {
  "I.1": 100,
  "I.2": 100,
  "I.3": 100,
  "I.4": 98,
  "I.5": 100,
  "I.6": 100,
  "I.7": 100,
  "I.8": 100,
  "I.9": 100,
  "II.1": 100,
  "II.2": 100,
  "II.3": 100,
  "III.1": 100,
  "III.2": 100,
  "IV.1": 100,
  "V.1": 100,
  "VI.1": 100,
  "VI.2": 100,
  "VI.3": 100,
  "VI.4": 100,
  "VI.5": 100,
};
const JUMLAH_TABEL = 692541800;
const JUMLAH_TEKS = 636541800;
// Tabel 3.1 "% Anggaran" of the two indicators' budgets, printed 1,907% and 2,642%.
const ALOKASI = [
  { anggaran: 12143000, tercetak: 1.907 },
  { anggaran: 16820500, tercetak: 2.642 },
];

describe("seed 004: Kecamatan Bantur, Tahunan 2020 — validation", () => {
  const j = jalankan(contoh(ID));
  const { raw, temuan: t, example, model } = j;
  const kode = (k: string) => kunci(t.filter((x) => x.kode === k));
  const anggaran = example.tables.Anggaran ?? [];

  it("holds the seed's figures: 2 indicators, 22 kegiatan adding up to the table's Jumlah", () => {
    expect(model.kinerja).toHaveLength(TABEL_1_1.length);
    expect(model.anggaran).toHaveLength(22);
    expect(model.tugasFungsi).toHaveLength(13);
    expect(model.tahunan.saranaPrasarana).toHaveLength(19);
    const pagu = anggaran.reduce((a, r) => a + Number(r.Pagu), 0);
    const realisasi = anggaran.reduce((a, r) => a + Number(r.Realisasi), 0);
    expect([pagu, realisasi]).toEqual([JUMLAH_TABEL, JUMLAH_TABEL]);
    expect(model.ringkasan.totalPagu).toBe(JUMLAH_TABEL);
    expect(model.ringkasan.totalRealisasi).toBe(JUMLAH_TABEL);
    // The text's "Rp. 636.541.800" is Rp56.000.000 short of the table: it cannot be typed
    // anywhere in the contract, so only the narrative (which prints the table's total) shows it.
    expect(JUMLAH_TABEL - JUMLAH_TEKS).toBe(56000000);
  });

  it("flags the '%' 98 of Penyediaan Jasa Administrasi Keuangan, whose realisasi equals its anggaran", () => {
    const salah = anggaran.flatMap((r) => {
      const no = String(r.No);
      const tercetak = PERSEN_TERCETAK[no];
      if (tercetak === undefined) return [];
      const dihitung = (Number(r.Realisasi) / Number(r.Pagu)) * 100;
      return cocokDiketik(dihitung, tercetak, 0) ? [] : [no];
    });
    expect(salah).toEqual(["I.4"]);
    const i = barisNo(example, "Anggaran", "I.4");
    expect(kode("SERAPAN_TIDAK_SESUAI")).toEqual([
      `SERAPAN_TIDAK_SESUAI@${alamat(raw, "Anggaran", "Serapan", i)}`,
    ]);
    expect(t.find((x) => x.kode === "SERAPAN_TIDAK_SESUAI")?.pesan).toBe(
      `Anggaran I.4: Serapan tertulis 98,00% tetapi realisasi/pagu = ${formatPersen(131137800 / 131137800)}`
    );
  });

  it("flags the signature without place and date: Profil Tempat and Tanggal Laporan are empty", () => {
    expect(kode("PROFIL_KOSONG")).toEqual(
      ["Tempat", "Tanggal Laporan"].map(
        (isian) => `PROFIL_KOSONG@${alamat(raw, "Profil", "Nilai", barisProfil(raw, isian))}`
      )
    );
  });

  it("finds no other error", () => {
    const diharapkan = [...kode("SERAPAN_TIDAK_SESUAI"), ...kode("PROFIL_KOSONG")];
    expect(diharapkan).toHaveLength(1 + 2);
    expect([...galat(t)].sort()).toEqual(diharapkan.sort());
  });

  it("accepts Tabel 1.1's capaian 100% (85/85 and 85%/85%) and the 85% of 142/167", () => {
    for (const r of TABEL_1_1) {
      expect(cocokDiketik((r.realisasi / r.target) * 100, r.capaian, 0)).toBe(true);
    }
    expect(cocokDiketik((HADIR.pembilang / HADIR.penyebut) * 100, 85, 0)).toBe(true);
    // Only the predikat, which the seed does not print, is noted as empty.
    expect(t.filter((x) => x.lembar === "Kinerja").map((x) => `${x.kode} ${x.tingkat}`)).toEqual([
      "PREDIKAT_KOSONG info",
      "PREDIKAT_KOSONG info",
    ]);
    expect(model.kinerja.map((k) => k.computed.tercapai)).toEqual([true, true]);
  });

  it("accepts the SKM realisasi 85: the one IKM value, 3,400 × 25", () => {
    expect(NRR * 25).toBeCloseTo(85, 10);
    expect(kode("IKM_TIDAK_SESUAI")).toEqual([]);
  });

  it("accepts the other budget lines, the Capaian Kinerja 100% of Tabel 3.2 and the sums", () => {
    for (const r of anggaran) {
      const no = String(r.No);
      if (no === "I.4") continue;
      const i = barisNo(example, "Anggaran", no);
      const diBaris = t.filter((x) =>
        ["Pagu", "Realisasi", "Serapan", "Capaian Kinerja", "Efisiensi"].some(
          (h) => `${x.lembar}!${x.sel}` === alamat(raw, "Anggaran", h, i)
        )
      );
      // Line 10 prints no "%": its empty Serapan is only noted.
      expect(diBaris.map((x) => `${x.kode} ${x.tingkat}`)).toEqual(
        no === "I.10" ? ["SERAPAN_KOSONG info"] : []
      );
    }
    for (const k of [
      "JUMLAH_TIDAK_SESUAI",
      "REALISASI_MELEBIHI_PAGU",
      "CAPAIAN_KINERJA_TIDAK_SESUAI",
      "EFISIENSI_TIDAK_SESUAI",
    ]) {
      expect(kode(k)).toEqual([]);
    }
  });

  it("has no finding on the NIP, tren, IKM, kendala, tindak lanjut or tugas fungsi", () => {
    expect(t.filter((x) => /^NIP_/.test(x.kode))).toEqual([]);
    for (const lembar of [
      "Tugas Fungsi",
      "Skala",
      "Tindak Lanjut",
      "IKM",
      "Tren Kinerja",
      "Kendala",
    ]) {
      expect(t.filter((x) => x.lembar === lembar)).toEqual([]);
    }
    expect(t.filter((x) => x.kode.startsWith("SKALA"))).toEqual([]);
  });

  it("notes the Jumlah of Tabel 1.2 typed with its unit ('1 buah') and leaves '-' alone", () => {
    const sarana = example.tables.SaranaPrasarana ?? [];
    const denganSatuan = sarana.flatMap((r, i) => (/\d/.test(String(r.Jumlah)) ? [i] : []));
    expect(denganSatuan).toHaveLength(18);
    expect(
      t.filter((x) => x.lembar === "Sarana Prasarana").map((x) => `${x.kode}@${x.sel} ${x.tingkat}`)
    ).toEqual(
      denganSatuan.map(
        (i) =>
          `ANGKA_SEBAGAI_TEKS@${alamat(raw, "SaranaPrasarana", "Jumlah", i).split("!")[1]} info`
      )
    );
  });

  it("gives predikat by the seed's ordinal scale (BERHASIL4: 85 Sangat berhasil, 70, 55)", () => {
    expect(model.profil.skalaPredikat.value).toBe("BERHASIL4");
    const pk = (no: string) => model.kinerja[barisNo(example, "Kinerja", no)].computed;
    for (const r of TABEL_1_1) {
      const c = pk(r.no).capaian;
      expect(c.ok && c.value).toBe(r.realisasi / r.target);
      expect(pk(r.no).predikat).toBe("Sangat Berhasil");
    }
    // By hand: 142/167 = 85,03% of a target of 85% is 100,04%, still Sangat Berhasil.
    const skala = getPreset("BERHASIL4");
    if (!skala.ok) throw new Error(skala.error.message);
    const hadir = hitungCapaian(0.85, HADIR.pembilang / HADIR.penyebut);
    expect(hadir.ok && formatPersen(hadir.value)).toBe("100,04%");
    expect(hadir.ok && predikat(hadir.value, skala.value)).toEqual({
      ok: true,
      value: "Sangat Berhasil",
    });
    // Tabel 1.3: 85 of the Renstra's 100 is 85% (Sangat Berhasil), not the printed 60%
    // (which would read Cukup Berhasil).
    const kemajuan = hitungCapaian(RENSTRA.akhir, RENSTRA.realisasi);
    expect(kemajuan.ok && kemajuan.value).toBe(0.85);
    expect(cocokDiketik(85, RENSTRA.kemajuanTercetak, 0)).toBe(false);
    expect(kemajuan.ok && predikat(kemajuan.value, skala.value)).toEqual({
      ok: true,
      value: "Sangat Berhasil",
    });
    expect(predikat(RENSTRA.kemajuanTercetak / 100, skala.value)).toEqual({
      ok: true,
      value: "Cukup Berhasil",
    });
  });

  it("would flag Tabel 1.3's 60% as capaian if the Renstra target were typed as the Target", () => {
    const lain = ubah(example, "Kinerja", (rows) =>
      rows.map((r) => (r.No === "2" ? { ...r, Target: 1, Capaian: 0.6 } : r))
    );
    const k = jalankan(lain).temuan.filter((x) => x.kode === "CAPAIAN_TIDAK_SESUAI");
    expect(kunci(k)).toEqual([
      `CAPAIAN_TIDAK_SESUAI@${alamat(raw, "Kinerja", "Capaian", barisNo(example, "Kinerja", "2"))}`,
    ]);
    expect(k[0].pesan).toBe(
      "Indikator 2: Capaian tertulis 60,00% tetapi realisasi/target = 85,00%"
    );
  });

  it("Tabel 3.1's '% Anggaran' was taken of the text's Rp636.541.800, not the table's Jumlah", () => {
    for (const a of ALOKASI) {
      expect(cocokDiketik((a.anggaran / JUMLAH_TEKS) * 100, a.tercetak, 3)).toBe(true);
      expect(cocokDiketik((a.anggaran / JUMLAH_TABEL) * 100, a.tercetak, 3)).toBe(false);
    }
  });
});

describe("seed 004: Kecamatan Bantur, Tahunan 2020 — narrative", () => {
  const j = jalankan(contoh(ID));
  const { doc, model } = j;
  const teks = semuaTeks(doc);
  const judul = judulJudul(doc);

  it("has the seed's outline: BAB I-IV with the PK, capaian, tren, analisis, efisiensi, anggaran", () => {
    for (const h of [
      /^KATA PENGANTAR$/,
      /^BAB I PENDAHULUAN$/,
      /Latar Belakang/,
      /Maksud dan Tujuan/,
      /Sarana dan Prasarana/,
      /^BAB II PERENCANAAN KINERJA$/,
      /Perjanjian Kinerja$/,
      /^BAB III AKUNTABILITAS KINERJA$/,
      /Capaian Kinerja Organisasi/,
      /Tahun Sebelumnya/,
      /Indeks Kepuasan Masyarakat/,
      /Keberhasilan dan Kegagalan/,
      /Efisiensi Penggunaan Sumber Daya/,
      /Realisasi Anggaran/,
      /^BAB IV PENUTUP$/,
      /^LAMPIRAN$/,
    ]) {
      expect(judul.filter((x) => h.test(x))).not.toHaveLength(0);
    }
  });

  it("asks only for what the seed does not hold", () => {
    expect([...doc.placeholders].sort()).toEqual(
      [
        "tempat (Profil: Tempat)",
        "tanggal laporan (Profil: Tanggal Laporan)",
        "pasal tugas dan fungsi (Profil: Pasal Tugas dan Fungsi)",
        // Tabel 1.1 counts staff; it names no one.
        "data pegawai (sheet SDM)",
        "isu strategis (sheet Isu Strategis)",
        // The tujuan is printed without an indicator or target.
        "tujuan dan indikator tujuan (sheet Kinerja, Tingkat Tujuan)",
        "realisasi perangkat daerah lain sebagai pembanding (sheet Pembanding)",
        "nama atasan (Profil: Nama Atasan)",
        "NIP atasan (Profil: NIP Atasan)",
      ].sort()
    );
  });

  it("states the ordinal scale and both indicators at 100%, Sangat Berhasil", () => {
    for (const s of [
      "Capaian sekurang-kurangnya 85%: Sangat Berhasil",
      "Capaian sekurang-kurangnya 70%: Berhasil",
      "Capaian sekurang-kurangnya 55%: Cukup Berhasil",
      "Capaian di bawah 55%: Kurang Berhasil",
    ]) {
      expect(teks).toContain(s);
    }
    expect(model.ringkasan.tercapai).toBe(TABEL_1_1.length);
    const dari = `dari ${jumlahDenganKata(TABEL_1_1.length, "indikator kinerja")}`;
    expect(teks.split(dari).length - 1).toBeGreaterThanOrEqual(2);
    expect(teks.split("seluruh indikator telah tercapai 100%").length - 1).toBeGreaterThanOrEqual(
      2
    );
    expect(teks).toContain(
      "realisasi sampai dengan 31 Desember 2020 sebesar 85 Indeks, sehingga capaian kinerjanya sebesar 100% dengan predikat Sangat Berhasil"
    );
    expect(teks).toContain(`yaitu ${HADIR.pembilang} dibanding ${HADIR.penyebut}`);
  });

  it("compares 2020 with 2019 (85 and 85%) and prints the SKM with its IKM mutu", () => {
    expect(teks).toContain(
      "Realisasi indikator Survey Kepuasan Masyarakat (SKM) tetap sebesar 85 Indeks pada Tahun 2020 dibanding Tahun 2019."
    );
    expect(teks).toContain("tetap sebesar 85% pada Tahun 2020 dibanding Tahun 2019.");
    expect(teks).toContain("Nilai IKM hasil pengukuran adalah 85 dengan mutu pelayanan B (Baik).");
  });

  it("totals the budget of the table, Rp692.541.800 fully spent, not the text's Rp636.541.800", () => {
    expect(teks).toContain(
      `sebesar ${formatRupiah(JUMLAH_TABEL)} dengan realisasi sebesar ${formatRupiah(JUMLAH_TABEL)}, sehingga capaian penyerapan anggaran sebesar 100%`
    );
    expect(teks).not.toContain(formatRupiah(JUMLAH_TEKS).replace(/^Rp/, ""));
  });

  it("closes with the seed's two steps for the coming year and signs as SUNARDI, S.Sos", () => {
    for (const r of j.example.tables.TindakLanjut ?? []) {
      expect(teks).toContain(String(r["Rencana Tindak Lanjut"]));
    }
    expect(teks).toContain("SUNARDI, S.Sos");
    expect(teks).toContain("NIP. 19710110 199101 1 001");
  });

  it("has no undefined, NaN or [object", () => {
    expect(teks).not.toMatch(/undefined|NaN|\[object|Infinity/);
  });
});
