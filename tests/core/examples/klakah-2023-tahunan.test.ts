// Seed 003 (LKjIP Kecamatan Klakah 2023) as an example report: the mistakes
// the seed really makes are found, its right figures are not, and the annual
// narrative has the seed's outline with the model's counts and totals.
import { formatAngka, formatPersen } from "../../../src/core/format/angka";
import { formatRupiah } from "../../../src/core/format/rupiah";
import { jumlahDenganKata } from "../../../src/core/format/terbilang";
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

const ID = "klakah-2023-tahunan";

// Tabel 3.1 (tujuan, sasaran) and Tabel 3.2 (program indicators) as printed, in percent points.
const CAPAIAN_TERCETAK = [
  { no: "1", target: 90, realisasi: 84.19, capaian: 93.54, desimal: 2 },
  { no: "2", target: 95.23, realisasi: 93.65, capaian: 97, desimal: 0 },
  { no: "3", target: 95.23, realisasi: 100, capaian: 105, desimal: 0 },
  ...["4", "5", "6", "7", "8", "9", "11"].map((no) => ({
    no,
    target: 100,
    realisasi: 100,
    capaian: 100,
    desimal: 0,
  })),
  { no: "10", target: 85.23, realisasi: 100, capaian: 110, desimal: 0 },
];

// The four quarterly IKM values (SKM letters and the evaluation annex).
const IKM = [81.25, 89.51, 83.84, 82.14];

// Bab 3.2: the six programs (pagu, realisasi as printed) and the text's totals.
const PROGRAM = [
  { no: "1", pagu: 2038004581, realisasi: "1923.283.100" as number | string },
  { no: "30", pagu: 10360000, realisasi: 10360000 },
  { no: "35", pagu: 125307900, realisasi: 125307900 },
  { no: "48", pagu: 4850000, realisasi: 4850000 },
  { no: "52", pagu: 2400000, realisasi: 2400000 },
  { no: "55", pagu: 305100000, realisasi: 305100000 },
];
const TEKS_TOTAL_PAGU = 2486022481;
const TEKS_TOTAL_REALISASI = 2371301000;
// Program 1's five kegiatan (realisasi) and kegiatan 23's two sub kegiatan (pagu).
const KEGIATAN_PROGRAM_1 = [6140000, 1466030424, 73530300, 225767976, 151814400];
const KEGIATAN_23 = { pagu: 231109200, sub: [33540000, 197250000] };

const digit = (s: unknown) => String(s ?? "").replace(/\D/g, "");

describe("seed 003: Kecamatan Klakah, Tahunan 2023 — validation", () => {
  const j = jalankan(contoh(ID));
  const { raw, temuan: t, example } = j;
  const kode = (k: string) => kunci(t.filter((x) => x.kode === k));

  it("flags the capaian Tabel 3.1/3.2 print wrong: 97 for 93,65/95,23 and 110% for 100%/85,23%", () => {
    const salah = CAPAIAN_TERCETAK.filter(
      (r) => !cocokDiketik((r.realisasi / r.target) * 100, r.capaian, r.desimal)
    ).map((r) => r.no);
    expect(salah.sort()).toEqual(["10", "2"]);
    expect(kode("CAPAIAN_TIDAK_SESUAI")).toEqual(
      ["2", "10"].map(
        (no) =>
          `CAPAIAN_TIDAK_SESUAI@${alamat(raw, "Kinerja", "Capaian", barisNo(example, "Kinerja", no))}`
      )
    );
    const lpp = t.find(
      (x) => x.kode === "CAPAIAN_TIDAK_SESUAI" && x.pesan.startsWith("Indikator 10")
    );
    expect(lpp?.pesan).toBe(
      `Indikator 10: Capaian tertulis 110,00% tetapi realisasi/target = ${formatPersen(1 / 0.8523)}`
    );
  });

  it("reads program 1's realisasi '1923.283.100' as no number, and says so", () => {
    expect(kode("BUKAN_ANGKA").filter((k) => k.includes("Anggaran"))).toEqual([
      `BUKAN_ANGKA@${alamat(raw, "Anggaran", "Realisasi", barisNo(example, "Anggaran", "1"))}`,
    ]);
  });

  it("flags kegiatan 23: pagu Rp231.109.200 is Rp319.200 more than its two sub kegiatan", () => {
    const selisih = KEGIATAN_23.pagu - KEGIATAN_23.sub.reduce((a, v) => a + v, 0);
    expect(selisih).toBe(319200);
    expect(kode("JUMLAH_TIDAK_SESUAI")).toEqual([
      `JUMLAH_TIDAK_SESUAI@${alamat(raw, "Anggaran", "Pagu", barisNo(example, "Anggaran", "23"))}`,
    ]);
    expect(t.find((x) => x.kode === "JUMLAH_TIDAK_SESUAI")?.pesan).toContain(
      `(selisih ${formatRupiah(selisih)})`
    );
  });

  it("flags the Camat's NIP differing between Profil and Tabel 1.1, and a 17-digit NIP", () => {
    const sdm = example.tables.SDM ?? [];
    const pendek = sdm.flatMap((r, i) => (r.NIP && digit(r.NIP).length !== 18 ? [i] : []));
    expect(pendek).toHaveLength(1);
    expect(kode("NIP_TIDAK_VALID")).toEqual(
      pendek.map((i) => `NIP_TIDAK_VALID@${alamat(raw, "SDM", "NIP", i)}`)
    );
    const profilNip = digit(j.model.profil.nip.value);
    const camat = sdm.findIndex((r) => String(r.Nama).startsWith("ARIEF MASHUDI"));
    expect(digit(sdm[camat].NIP)).not.toBe(profilNip);
    expect(kode("NIP_BERBEDA")).toEqual([`NIP_BERBEDA@${alamat(raw, "SDM", "NIP", camat)}`]);
  });

  it("flags BHISMARIYAH G.R. and M. SAYYIDINA ALI sharing one NIP, at the second of the two", () => {
    const sdm = example.tables.SDM ?? [];
    const baris = (nama: string) => sdm.findIndex((r) => r.Nama === nama);
    const bhisma = baris("BHISMARIYAH G.R.");
    const ali = baris("M. SAYYIDINA ALI");
    expect(bhisma).toBeLessThan(ali);
    expect(digit(sdm[ali].NIP)).toBe(digit(sdm[bhisma].NIP));
    expect(kode("NIP_GANDA")).toEqual([`NIP_GANDA@${alamat(raw, "SDM", "NIP", ali)}`]);
    expect(t.find((x) => x.kode === "NIP_GANDA")?.pesan).toBe(
      `M. SAYYIDINA ALI tertulis dengan NIP 19720929 200701 2 010, NIP yang sama dengan BHISMARIYAH G.R. di ${alamat(raw, "SDM", "NIP", bhisma)}; satu NIP hanya milik satu orang, periksa NIP salah satunya`
    );
  });

  it("notes every 'N/A' Jumlah of Tabel 1.2 as not available (printed as typed), and '44 Buah' as text", () => {
    const sarana = example.tables.SaranaPrasarana ?? [];
    const na = sarana.flatMap((r, i) => (/\d/.test(String(r.Jumlah)) ? [] : [i]));
    expect(na).toHaveLength(4);
    expect(t.filter((x) => x.lembar === "Sarana Prasarana" && x.kode === "BUKAN_ANGKA")).toEqual(
      []
    );
    const tersedia = t.filter((x) => x.kode === "JUMLAH_TIDAK_TERSEDIA");
    expect(kunci(tersedia)).toEqual(
      na.map((i) => `JUMLAH_TIDAK_TERSEDIA@${alamat(raw, "SaranaPrasarana", "Jumlah", i)}`)
    );
    expect(tersedia.map((x) => x.tingkat)).toEqual(na.map(() => "info"));
    expect(tersedia[0].pesan).toBe(
      'Sarana ASET TANAH: Jumlah "N/A" dicatat sebagai tidak tersedia, bukan angka; narasi mencetaknya apa adanya ("N/A"). Isi angkanya bila jumlahnya diketahui'
    );
    expect(
      t
        .filter((x) => x.kode === "ANGKA_SEBAGAI_TEKS")
        .map((x) => `${x.lembar}!${x.sel} ${x.tingkat}`)
    ).toEqual(
      sarana.flatMap((r, i) =>
        /\d/.test(String(r.Jumlah)) ? [`${alamat(raw, "SaranaPrasarana", "Jumlah", i)} info`] : []
      )
    );
  });

  it("with Ranuyoso's IKM typed '84,92 %' as printed, warns that 0,8492 is compared with 84,19", () => {
    const lain = ubah(example, "Pembanding", (rows) =>
      rows.map((r) =>
        r["No Kinerja"] === "1" && r.Unit === "Kecamatan Ranuyoso"
          ? { ...r, Realisasi: "84,92 %" }
          : r
      )
    );
    const i = (example.tables.Pembanding ?? []).findIndex(
      (r) => r["No Kinerja"] === "1" && r.Unit === "Kecamatan Ranuyoso"
    );
    const k = jalankan(lain).temuan.filter((x) => x.kode === "PERSEN_CAMPUR_BANDING");
    expect(kunci(k)).toEqual([
      `PERSEN_CAMPUR_BANDING@${alamat(raw, "Pembanding", "Realisasi", i)}`,
    ]);
    expect(k[0].tingkat).toBe("peringatan");
    expect(k[0].pesan).toContain("narasi akan membandingkan 0,8492 dengan 84,19");
    expect(k[0].pesan).toContain("Kemungkinan maksudnya 84,92: tulis sebagai angka biasa");
  });

  it("finds no other error", () => {
    const diharapkan = [
      ...kode("CAPAIAN_TIDAK_SESUAI"),
      ...kode("BUKAN_ANGKA"),
      ...kode("JUMLAH_TIDAK_SESUAI"),
      ...kode("NIP_BERBEDA"),
      ...kode("NIP_GANDA"),
      ...kode("NIP_TIDAK_VALID"),
    ];
    expect(diharapkan).toHaveLength(2 + 1 + 1 + 1 + 1 + 1);
    expect([...galat(t)].sort()).toEqual(diharapkan.sort());
  });

  it("accepts the IKM realisasi 84,19: the mean of the four quarters, 84,185, rounded", () => {
    const rata = IKM.reduce((a, v) => a + v, 0) / IKM.length;
    expect(cocokDiketik(rata, 84.19, 2)).toBe(true);
    expect(kode("IKM_TIDAK_SESUAI")).toEqual([]);
    // The 84,25 the seed prints everywhere else (336,6/4 in the annex) is caught.
    const lain = ubah(example, "Kinerja", (rows) =>
      rows.map((r) => (r.No === "1" ? { ...r, Realisasi: 84.25, Capaian: 84.25 / 90 } : r))
    );
    expect(cocokDiketik(rata, 84.25, 2)).toBe(false);
    expect(kunci(jalankan(lain).temuan.filter((x) => x.kode === "IKM_TIDAK_SESUAI"))).toEqual([
      `IKM_TIDAK_SESUAI@${alamat(raw, "Kinerja", "Realisasi", 0)}`,
    ]);
  });

  it("with program 1's realisasi as a number, the kegiatan add up and Tabel 3.6's 100% serapan is wrong", () => {
    const benar = KEGIATAN_PROGRAM_1.reduce((a, v) => a + v, 0);
    expect(formatAngka(benar)).toBe("1.923.283.100");
    const lain = ubah(example, "Anggaran", (rows) =>
      rows.map((r) => (r.No === "1" ? { ...r, Realisasi: benar } : r))
    );
    const k = jalankan(lain);
    const p1 = barisNo(example, "Anggaran", "1");
    const sel = (h: string) => alamat(raw, "Anggaran", h, p1);
    const diP1 = kunci(k.temuan).filter((x) =>
      ["Pagu", "Realisasi", "Serapan"].some((h) => x.endsWith(`@${sel(h)}`))
    );
    expect(cocokDiketik((benar / PROGRAM[0].pagu) * 100, 100, 0)).toBe(false);
    expect(diP1).toEqual([`SERAPAN_TIDAK_SESUAI@${sel("Serapan")}`]);
    // The text's totals, Rp2.486.022.481 and Rp2.371.301.000 (95 %), are then the table's.
    const realisasi = PROGRAM.reduce(
      (a, p) => a + (typeof p.realisasi === "number" ? p.realisasi : benar),
      0
    );
    expect(k.model.ringkasan.totalPagu).toBe(TEKS_TOTAL_PAGU);
    expect(k.model.ringkasan.totalRealisasi).toBe(TEKS_TOTAL_REALISASI);
    expect(realisasi).toBe(TEKS_TOTAL_REALISASI);
    expect(cocokDiketik((TEKS_TOTAL_REALISASI / TEKS_TOTAL_PAGU) * 100, 95, 0)).toBe(true);
  });

  it("accepts the right figures: other capaian, programs 2-6 serapan and capaian kinerja, tren, IKM, pembanding, Profil", () => {
    for (const r of CAPAIAN_TERCETAK.filter((x) => x.no !== "2" && x.no !== "10")) {
      const sel = alamat(raw, "Kinerja", "Capaian", barisNo(example, "Kinerja", r.no));
      expect(kunci(t).filter((x) => x.endsWith(sel))).toEqual([]);
    }
    for (const p of PROGRAM.slice(1)) {
      const i = barisNo(example, "Anggaran", p.no);
      for (const h of ["Serapan", "Capaian Kinerja", "Realisasi", "Pagu"]) {
        expect(kunci(t).filter((x) => x.endsWith(alamat(raw, "Anggaran", h, i)))).toEqual([]);
      }
    }
    for (const lembar of ["Profil", "Skala", "IKM", "Pembanding", "Kendala"]) {
      expect(t.filter((x) => x.lembar === lembar)).toEqual([]);
    }
    // Tren Kinerja: only its 2023 rows, which contradict Tabel 3.1 (next test).
    expect(t.filter((x) => x.lembar === "Tren Kinerja").map((x) => x.kode)).toEqual([
      "TREN_TAHUN_INI_BEDA",
      "TREN_TAHUN_INI_BEDA",
    ]);
    expect(t.filter((x) => x.kode.startsWith("SKALA"))).toEqual([]);
  });

  it("warns that the trend's 2023 figures contradict Tabel 3.1 (84,25 vs 84,19; 95,23% vs 93,65)", () => {
    // The seed prints two realisasi for 2023: Tabel 3.1 has 84,19 and 93,65; the trend
    // table, the text and the annex have 84,25 and 95,23 (40/42). One of each pair is wrong.
    const tren = example.tables.TrenKinerja ?? [];
    const baris = (no: string) => tren.findIndex((r) => r["No Kinerja"] === no && r.Tahun === 2023);
    const k = t.filter((x) => x.kode === "TREN_TAHUN_INI_BEDA");
    expect(kunci(k)).toEqual([
      `TREN_TAHUN_INI_BEDA@${alamat(raw, "TrenKinerja", "Realisasi", baris("1"))}`,
      `TREN_TAHUN_INI_BEDA@${alamat(raw, "TrenKinerja", "Realisasi", baris("2"))}`,
    ]);
    expect(k.map((x) => x.tingkat)).toEqual(["peringatan", "peringatan"]);
    expect(k[0].pesan).toBe(
      `Tren Kinerja indikator 1 tahun 2023: Realisasi 84,25 tidak sama dengan Realisasi di lembar Kinerja 84,19 (${alamat(raw, "Kinerja", "Realisasi", 0)}); tahun laporan ini harus sama di kedua tabel`
    );
    expect(k[1].pesan).toContain(
      "Realisasi 95,23% tidak sama dengan Realisasi di lembar Kinerja 93,65"
    );
    // Their targets (90 and 95,23) agree with Tabel 3.1.
    expect(k.some((x) => x.pesan.includes("Target"))).toBe(false);
  });

  it("gives predikat by the seed's own scale (95% Sangat berhasil, 80% Berhasil, 50% Cukup berhasil)", () => {
    const pk = (no: string) => j.model.kinerja[barisNo(example, "Kinerja", no)].computed.predikat;
    expect(pk("1")).toBe("Berhasil"); // 93,54%
    expect(pk("2")).toBe("Sangat berhasil"); // 98,34%
    expect(pk("10")).toBe("Sangat berhasil"); // 117,33%
  });

  it("keeps the Profil's Tanggal Laporan 31 Januari 2024 (after the year ends)", () => {
    expect(
      raw.tables.find((x) => x.name === "Profil")?.values[barisProfil(raw, "Tanggal Laporan")][1]
    ).toBe(45322);
    expect(t.map((x) => x.kode)).not.toContain("TANGGAL_SEBELUM_PERIODE");
  });
});

describe("seed 003: Kecamatan Klakah, Tahunan 2023 — narrative", () => {
  const j = jalankan(contoh(ID));
  const { doc, model, example } = j;
  const teks = semuaTeks(doc);
  const judul = judulJudul(doc);

  it("has the seed's outline: Kata Pengantar, BAB I-IV and Lampiran with their sub-chapters", () => {
    for (const h of [
      /^KATA PENGANTAR$/,
      /^BAB I PENDAHULUAN$/,
      /Tugas, Fungsi dan Struktur Organisasi/,
      /Sumber Daya Manusia/,
      /Sarana dan Prasarana/,
      /Isu Strategis/,
      /^BAB II PERENCANAAN KINERJA$/,
      /^2\.1 Tujuan$/,
      /^2\.2 Sasaran$/,
      /Perjanjian Kinerja$/,
      /^BAB III AKUNTABILITAS KINERJA$/,
      /Capaian Kinerja Organisasi/,
      /Tahun Sebelumnya/,
      /Perangkat Daerah Lain/,
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

  it("counts 11 indicators, 9 of them at 100% or more, in BAB III and the Penutup", () => {
    const tercapai = CAPAIAN_TERCETAK.filter((r) => r.realisasi >= r.target).length;
    expect(model.ringkasan.jumlahIndikator).toBe(CAPAIAN_TERCETAK.length);
    expect(model.ringkasan.tercapai).toBe(tercapai);
    for (const s of [
      `dari ${jumlahDenganKata(CAPAIAN_TERCETAK.length, "indikator kinerja")}`,
      `${jumlahDenganKata(tercapai, "indikator")} telah tercapai 100%`,
      `${jumlahDenganKata(CAPAIAN_TERCETAK.length - tercapai, "indikator")} belum tercapai 100%`,
    ]) {
      expect(teks.split(s).length - 1).toBeGreaterThanOrEqual(2);
    }
  });

  it("states the PK change of sasaran 2 (85,23 → 95,23) and only that one", () => {
    expect(teks).toContain(`target ${jumlahDenganKata(1, "indikator")} diubah`);
    expect(teks).toContain("dari 85,23% menjadi 95,23%");
  });

  it("prints the IKM mean of the four quarters with its IKM mutu", () => {
    const rata = IKM.reduce((a, v) => a + v, 0) / IKM.length;
    expect(teks).toContain(
      `Rata-rata nilai IKM dari ${jumlahDenganKata(IKM.length, "periode")} pengukuran adalah ${formatAngka(rata, 2, { trim: true })} dengan mutu pelayanan B (Baik)`
    );
  });

  it("compares the IKM with Kedungjajang (82,86) and Ranuyoso (84,92): better than one of two", () => {
    const lain = (example.tables.Pembanding ?? [])
      .filter((r) => r["No Kinerja"] === "1")
      .map((r) => Number(r.Realisasi));
    const lebih = lain.filter((v) => 84.19 > v).length;
    expect(teks).toContain(
      `lebih baik daripada ${jumlahDenganKata(lebih, "unit")} dari ${jumlahDenganKata(lain.length, "unit pembanding")}`
    );
  });

  it("counts all 21 people of Tabel 1.1", () => {
    expect(teks).toContain(jumlahDenganKata((example.tables.SDM ?? []).length, "orang pegawai"));
  });

  it("prints the full pagu, but no realisasi total or serapan while program 1's realisasi is no number", () => {
    const pagu = PROGRAM.reduce((a, p) => a + p.pagu, 0);
    expect(pagu).toBe(TEKS_TOTAL_PAGU);
    const terbaca = PROGRAM.reduce(
      (a, p) => a + (typeof p.realisasi === "number" ? p.realisasi : 0),
      0
    );
    // The model still sums what it can read, and says which line it leaves out.
    expect(model.ringkasan.totalRealisasi).toBe(terbaca);
    expect(model.ringkasan.paguTidakTerbaca).toEqual([]);
    expect(model.ringkasan.realisasiTidakTerbaca).toEqual(["No 1"]);
    expect(model.ringkasan.serapanTotal).toMatchObject({
      ok: false,
      error: { code: "ANGGARAN_TIDAK_LENGKAP" },
    });
    // The narrative names the gap instead of stating Rp448.017.900 and 18,02% as the year's.
    expect(teks).toContain(
      `sebesar ${formatRupiah(pagu)} dengan realisasi sebesar [perlu dilengkapi: realisasi anggaran No 1 (sheet Anggaran) belum berupa angka].`
    );
    expect(teks).not.toContain(formatRupiah(terbaca));
    expect(teks).not.toContain(formatPersen(terbaca / pagu, 2, { trim: true }));
  });

  it("has no undefined, NaN or [object", () => {
    expect(teks).not.toMatch(/undefined|NaN|\[object|Infinity/);
  });
});
