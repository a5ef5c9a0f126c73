// Rules found missing while transcribing seed 003 (Klakah): two people with one
// NIP (NIP_GANDA), a Pembanding or Tren Kinerja realisasi written in another form
// than the figures the narrative compares it with (PERSEN_CAMPUR_BANDING), and a
// Sarana Prasarana count written "N/A" or "nihil" on purpose (JUMLAH_TIDAK_TERSEDIA).
import { buildNarasi } from "../../../src/core/narrative";
import type { Temuan } from "../../../src/core/validation/types";
import { rawTable } from "../../support/raw-workbook";
import { segmen } from "../narrative/walk";
import { di, model, periksa, type Ubah } from "./fixture";

const semua: Temuan[] = [];
function cek(u: Ubah = {}): Temuan[] {
  const t = periksa(u);
  semua.push(...t);
  return t;
}
function dengan(t: Temuan[], k: string): Temuan[] {
  return t.filter((x) => x.kode === k);
}

const SDM_HEADERS = ["Nama", "NIP", "Pangkat", "Golongan", "Jabatan", "Pendidikan"];
const sdm = (...rows: [string, string][]) =>
  rawTable(
    "SDM",
    SDM_HEADERS,
    rows.map(([nama, nip]) => [nama, nip, "Penata", "III/c", "Pelaksana", "S1"])
  );

// Profil of the fixture: HERRY SUWANDHONO 19660905 198903 1 009 (B10),
// ABDILAH IRSYAD, S.STP 198707022006021002 (B13).
const NIP_PROFIL = "19660905 198903 1 009";
const NIP_ATASAN = "19870702 200602 1 002";

describe("NIP_GANDA: two different people with one NIP", () => {
  it("points to the second and names the first, with its sheet and cell", () => {
    const t = cek({ tabel: [sdm(["SITI AMINAH", "19660905 198903 1 009"])] });
    expect(dengan(t, "NIP_GANDA")).toEqual([
      {
        kode: "NIP_GANDA",
        tingkat: "galat",
        lembar: "SDM",
        sel: "B2",
        pesan: `SITI AMINAH tertulis dengan NIP ${NIP_PROFIL}, NIP yang sama dengan HERRY SUWANDHONO di Profil!B10; satu NIP hanya milik satu orang, periksa NIP salah satunya`,
      },
    ]);
    expect(dengan(t, "NIP_BERBEDA")).toEqual([]);
  });

  it("within SDM, and between Nama and Nama Atasan in Profil, however the NIP is punctuated", () => {
    let t = cek({
      tabel: [
        sdm(
          ["BHISMARIYAH G.R.", "197209292007012010"],
          ["M. SAYYIDINA ALI", "19720929 200701 2 010"]
        ),
      ],
    });
    expect(di(t, "NIP_GANDA")).toEqual(["SDM!B3"]);
    expect(dengan(t, "NIP_GANDA")[0].pesan).toContain("BHISMARIYAH G.R. di SDM!B2");
    t = cek({ profil: (p) => (p["NIP Atasan"] = NIP_PROFIL) });
    expect(di(t, "NIP_GANDA")).toEqual(["Profil!B13"]);
    expect(dengan(t, "NIP_GANDA")[0].pesan).toContain("ABDILAH IRSYAD, S.STP tertulis");
  });

  it("not for one person written twice, with or without degrees", () => {
    const t = cek({
      tabel: [
        sdm(
          ["Herry Suwandhono, S.Sos", NIP_PROFIL],
          ["Drs. HERRY SUWANDHONO", NIP_PROFIL],
          ["HERRY SUWANDHONO SSos", NIP_PROFIL],
          ["ABDILAH IRSYAD", NIP_ATASAN]
        ),
      ],
    });
    expect(dengan(t, "NIP_GANDA")).toEqual([]);
    expect(dengan(t, "NIP_BERBEDA")).toEqual([]);
  });

  it("not for blank NIPs or a row without a name", () => {
    const t = cek({
      tabel: [sdm(["HERU FEBRIANTO", ""], ["DINI PUSPASARI", ""], ["", NIP_PROFIL])],
    });
    expect(dengan(t, "NIP_GANDA")).toEqual([]);
  });

  it("one finding per cell: a person with a second NIP that is someone else's is NIP_BERBEDA", () => {
    // ABDILAH IRSYAD is 19870702 200602 1 002 in Profil; in SDM he has the Kasi's NIP.
    const t = cek({ tabel: [sdm(["ABDILAH IRSYAD, S.STP", NIP_PROFIL])] });
    expect(di(t, "NIP_BERBEDA")).toEqual(["SDM!B2"]);
    expect(di(t, "NIP_GANDA")).toEqual([]);
    expect(dengan(t, "NIP_BERBEDA")[0].pesan).toBe(
      `ABDILAH IRSYAD, S.STP tertulis dengan NIP ${NIP_PROFIL} di sini tetapi ${NIP_ATASAN} di Profil!B13; NIP ${NIP_PROFIL} juga tertulis untuk HERRY SUWANDHONO di Profil!B10; samakan NIP-nya`
    );
  });
});

// Fixture indicators: 1 "fasilitasi" plain 12/9; 2 Satuan % 80%/90% (percent-formatted);
// 3 "kejadian" plain 4/3.
const pembanding = (...rows: [string, string, unknown][]): Ubah => ({
  tabel: [rawTable("Pembanding", ["No Kinerja", "Unit", "Realisasi"], rows)],
});
const tren = (rows: [string, number, unknown, unknown][], formats?: string[]): Ubah => ({
  tabel: [
    rawTable("TrenKinerja", ["No Kinerja", "Tahun", "Target", "Realisasi"], rows, {
      sheet: "Tren Kinerja",
      numberFormats: (i, h) => (h === "Realisasi" ? formats?.[i] : undefined),
    }),
  ],
});

describe("PERSEN_CAMPUR_BANDING: a comparison figure in another form", () => {
  it("a percent Pembanding beside a plain realisasi, with the likely value", () => {
    const t = cek(
      pembanding(["1", "Kecamatan Pasirian", "10,5 %"], ["1", "Kecamatan Candipuro", 8])
    );
    expect(dengan(t, "PERSEN_CAMPUR_BANDING")).toEqual([
      {
        kode: "PERSEN_CAMPUR_BANDING",
        tingkat: "peringatan",
        lembar: "Pembanding",
        sel: "C2",
        pesan:
          "Pembanding Kecamatan Pasirian (indikator 1): Realisasi 10,50% (persen, tersimpan 0,105) tertulis dalam bentuk lain daripada realisasi di lembar Kinerja 9 (angka biasa); narasi akan membandingkan 0,105 dengan 9. Kemungkinan maksudnya 10,5: tulis sebagai angka biasa, tanpa tanda persen",
      },
    ]);
  });

  it("the reverse: a plain Pembanding beside a percent realisasi", () => {
    const t = cek(pembanding(["2", "Kecamatan Pasirian", 84.92]));
    expect(di(t, "PERSEN_CAMPUR_BANDING")).toEqual(["Pembanding!C2"]);
    const pesan = dengan(t, "PERSEN_CAMPUR_BANDING")[0].pesan;
    expect(pesan).toContain("realisasi di lembar Kinerja 90% (persen, tersimpan 0,9)");
    expect(pesan).toContain("narasi akan membandingkan 84,92 dengan 0,9");
    expect(pesan).toContain("Kemungkinan maksudnya 84,92%: tulis sebagai persen");
  });

  it("not when both are in one form, or when the size does not tell", () => {
    const t = cek(
      pembanding(
        ["1", "A", 8],
        ["1", "B", 1],
        ["1", "C", 0],
        ["2", "D", "85%"],
        // Satuan %: a plain 0,85 is a fraction like 90%.
        ["2", "E", 0.85],
        ["3", "F", 5],
        // No such indicator (NO_KINERJA_TIDAK_ADA says so) or not a number (BUKAN_ANGKA).
        ["9", "G", "50%"],
        ["1", "H", "banyak"]
      )
    );
    expect(dengan(t, "PERSEN_CAMPUR_BANDING")).toEqual([]);
    expect(di(t, "BUKAN_ANGKA")).toEqual(["Pembanding!C9"]);
  });

  it("a Tren realisasi typed as percent for a plain indicator", () => {
    const t = cek(
      tren([
        ["1", 2021, 10, 8],
        // Target and realisasi agree with each other, not with the Kinerja sheet.
        ["1", 2022, "11 %", "8,5 %"],
        ["3", 2022, 5, 4],
      ])
    );
    expect(di(t, "PERSEN_CAMPUR_BANDING")).toEqual(["Tren Kinerja!D3"]);
    expect(dengan(t, "PERSEN_CAMPUR_BANDING")[0].pesan).toMatch(
      /^Tren indikator 1 tahun 2022: Realisasi 8,50% \(persen, tersimpan 0,085\) tertulis dalam bentuk lain daripada realisasi di lembar Kinerja 9 \(angka biasa\).*Kemungkinan maksudnya 8,5: tulis sebagai angka biasa/
    );
  });

  it("Satuan %: points and percent print alike, only a year in the other form than the rest is flagged", () => {
    // All in points beside a Kinerja in percent: printed 70%, 75% either way, compared alike.
    expect(
      di(
        cek(
          tren([
            ["2", 2021, 70, 70],
            ["2", 2022, 75, 75],
          ])
        ),
        "PERSEN_CAMPUR_BANDING"
      )
    ).toEqual([]);
    const t = cek(
      tren(
        [
          ["2", 2020, 0.7, 0.7],
          ["2", 2021, 0.75, 0.72],
          ["2", 2022, 80, 85],
        ],
        ["0%", "0%", "General"]
      )
    );
    expect(di(t, "PERSEN_CAMPUR_BANDING")).toEqual(["Tren Kinerja!D4"]);
    const pesan = dengan(t, "PERSEN_CAMPUR_BANDING")[0].pesan;
    expect(pesan).toContain("realisasi tahun lain (tahun 2020) 70% (persen, tersimpan 0,7)");
    expect(pesan).toContain("Kemungkinan maksudnya 85%: tulis sebagai persen");
  });
});

describe("PERSEN_CAMPUR in Tren Kinerja: a year's own Target and Realisasi in different forms", () => {
  it("is a galat on the realisasi, with the capaian the narrative would print", () => {
    const t = cek(
      tren([
        ["1", 2021, 10, 8],
        ["1", 2022, "85%", 80],
      ])
    );
    expect(dengan(t, "PERSEN_CAMPUR")).toEqual([
      {
        kode: "PERSEN_CAMPUR",
        tingkat: "galat",
        lembar: "Tren Kinerja",
        sel: "D3",
        pesan:
          "Tren Kinerja indikator 1 tahun 2022: Target 85% dan Realisasi 80 tertulis dalam bentuk berbeda (persen dan angka biasa); capaian menjadi 9.411,76%. Tulis keduanya sebagai persen (misalnya 85% dan 70%) atau keduanya angka biasa",
      },
    ]);
    // One finding for the cell: the comparison with the Kinerja sheet is not repeated.
    expect(di(t, "PERSEN_CAMPUR_BANDING")).toEqual([]);
    // The narrative would indeed print that capaian: the rule speaks of what the reader sees.
    const m = model(
      tren([
        ["1", 2021, 10, 8],
        ["1", 2022, "85%", 80],
      ])
    );
    const c = m.tahunan.tren[1].computed.capaian;
    expect(c.ok && c.value).toBeCloseTo(80 / 0.85, 10);
  });

  it("Satuan %: a plain 0,8 target is a fraction, so 85 beside it is the other form", () => {
    expect(di(cek(tren([["2", 2022, 0.8, 85]])), "PERSEN_CAMPUR")).toEqual(["Tren Kinerja!D2"]);
    // Points beside points, fractions beside percents: no finding.
    expect(
      di(
        cek(
          tren([
            ["2", 2021, 80, 85],
            ["2", 2022, 0.8, "85%"],
          ])
        ),
        "PERSEN_CAMPUR"
      )
    ).toEqual([]);
  });

  it("not when the size does not tell, and for a No Kinerja that points nowhere by size alone", () => {
    const t = cek(
      tren([
        ["1", 2020, 0, "50%"],
        ["1", 2021, 1, "90%"],
        ["1", 2022, 12, ""],
        ["9", 2021, "90%", 85],
      ])
    );
    // Row 5 (No 9: no indicator, NO_KINERJA_TIDAK_ADA) is still plainly mixed.
    expect(di(t, "PERSEN_CAMPUR")).toEqual(["Tren Kinerja!D5"]);
  });
});

describe("TREN_TAHUN_INI_BEDA: the trend row of the report's year against the Kinerja sheet", () => {
  // The fixture's indicator 1: Target 12, Realisasi 9 (Kinerja!G2, L2); indicator 2: Satuan %,
  // Target 0,8, Realisasi 0,9.
  const tahunan = (rows: [string, number, unknown, unknown][]): Ubah => ({
    ...tren(rows),
    profil: (p) => {
      p["Jenis Laporan"] = "Tahunan";
      p.Periode = "";
      p["Tanggal Laporan"] = 45291;
    },
  });

  it("a different Realisasi or Target in the report's year, named with both cells", () => {
    const t = cek(
      tahunan([
        ["1", 2022, 11, 7],
        ["1", 2023, 13, 10],
      ])
    );
    expect(dengan(t, "TREN_TAHUN_INI_BEDA")).toEqual([
      {
        kode: "TREN_TAHUN_INI_BEDA",
        tingkat: "peringatan",
        lembar: "Tren Kinerja",
        sel: "C3",
        pesan:
          "Tren Kinerja indikator 1 tahun 2023: Target 13 tidak sama dengan Target di lembar Kinerja 12 (Kinerja!G2); tahun laporan ini harus sama di kedua tabel",
      },
      {
        kode: "TREN_TAHUN_INI_BEDA",
        tingkat: "peringatan",
        lembar: "Tren Kinerja",
        sel: "D3",
        pesan:
          "Tren Kinerja indikator 1 tahun 2023: Realisasi 10 tidak sama dengan Realisasi di lembar Kinerja 9 (Kinerja!L2); tahun laporan ini harus sama di kedua tabel",
      },
    ]);
  });

  it("not for the same figures (within the shown decimals), other years, or a quarterly report", () => {
    expect(di(cek(tahunan([["1", 2023, 12, 9.001]])), "TREN_TAHUN_INI_BEDA")).toEqual([]);
    expect(di(cek(tahunan([["1", 2022, 13, 10]])), "TREN_TAHUN_INI_BEDA")).toEqual([]);
    // The fixture's own profile is Triwulan III 2023: a trend there compares nothing.
    expect(di(cek(tren([["1", 2023, 13, 10]])), "TREN_TAHUN_INI_BEDA")).toEqual([]);
  });

  it("Satuan %: 80 and 90 are the Kinerja sheet's 80% and 90%; 85 is not", () => {
    expect(di(cek(tahunan([["2", 2023, 80, 90]])), "TREN_TAHUN_INI_BEDA")).toEqual([]);
    expect(di(cek(tahunan([["2", 2023, "80%", "90%"]])), "TREN_TAHUN_INI_BEDA")).toEqual([]);
    expect(di(cek(tahunan([["2", 2023, 80, 85]])), "TREN_TAHUN_INI_BEDA")).toEqual([
      "Tren Kinerja!D2",
    ]);
  });
});

const SARANA = [
  ["ASET TANAH", "N/A"],
  ["ASET JALAN", " n/a "],
  ["KENDARAAN", "tidak ada"],
  ["GEDUNG", "Nihil"],
  ["KOMPUTER", "rusak semua"],
  ["MEJA", "-"],
  ["KURSI", 12],
];
const sarana = (): Ubah => ({
  profil: (p) => {
    p["Jenis Laporan"] = "Tahunan";
    p.Periode = "";
    p["Tanggal Laporan"] = 45291;
  },
  tabel: [
    rawTable(
      "SaranaPrasarana",
      ["Jenis", "Jumlah", "Keterangan"],
      SARANA.map(([j, n]) => [j, n, ""]),
      { sheet: "Sarana Prasarana" }
    ),
  ],
});

describe("JUMLAH_TIDAK_TERSEDIA: a count written as not available or none", () => {
  const t = cek(sarana());

  it("is info, not BUKAN_ANGKA, and says how the narrative prints it", () => {
    const f = dengan(t, "JUMLAH_TIDAK_TERSEDIA");
    expect(f.map((x) => `${x.lembar}!${x.sel} ${x.tingkat}`)).toEqual([
      "Sarana Prasarana!B2 info",
      "Sarana Prasarana!B3 info",
      "Sarana Prasarana!B4 info",
      "Sarana Prasarana!B5 info",
    ]);
    expect(f[0].pesan).toBe(
      'Sarana ASET TANAH: Jumlah "N/A" dicatat sebagai tidak tersedia, bukan angka; narasi mencetaknya apa adanya ("N/A"). Isi angkanya bila jumlahnya diketahui'
    );
    expect(f[2].pesan).toBe(
      'Sarana KENDARAAN: Jumlah "tidak ada" dicatat sebagai tidak ada, bukan angka; narasi mencetaknya apa adanya ("tidak ada"). Tulis 0 bila jumlahnya memang nol'
    );
  });

  it("keeps BUKAN_ANGKA galat for other text; a dash is blank", () => {
    expect(dengan(t, "BUKAN_ANGKA").map((x) => `${x.lembar}!${x.sel} ${x.tingkat}`)).toEqual([
      "Sarana Prasarana!B6 galat",
    ]);
    expect(t.filter((x) => x.sel === "B7" || x.sel === "B8")).toEqual([]);
  });

  it("accepts exactly the words docs/validasi.md lists, in any case and spacing", () => {
    const tersedia = ["N/A", "n / a", "NA", "N.A.", "N.A", "na.", "N A", "Tidak Tersedia"];
    const lain = ["belum tersedia", "tidak ada data", "BELUM  ADA DATA"];
    const nihil = ["tidak ada", "Belum Ada", "NIHIL"];
    const bukan = ["N/A/B", "nil", "tidak", "tidak tersedia lagi"];
    const kata = [...tersedia, ...lain, ...nihil, ...bukan];
    const t = cek({
      ...sarana(),
      tabel: [
        rawTable(
          "SaranaPrasarana",
          ["Jenis", "Jumlah", "Keterangan"],
          kata.map((k, i) => [`J${i + 1}`, k, ""]),
          { sheet: "Sarana Prasarana" }
        ),
      ],
    });
    const arti = (_k: string, i: number) => {
      const f = dengan(t, "JUMLAH_TIDAK_TERSEDIA").find((x) =>
        x.pesan.startsWith(`Sarana J${i + 1}:`)
      );
      return f ? /dicatat sebagai (tidak tersedia|tidak ada),/.exec(f.pesan)?.[1] : "bukan";
    };
    expect(kata.map(arti)).toEqual([
      ...[...tersedia, ...lain].map(() => "tidak tersedia"),
      ...nihil.map(() => "tidak ada"),
      ...bukan.map(() => "bukan"),
    ]);
    expect(dengan(t, "BUKAN_ANGKA")).toHaveLength(bukan.length);
  });

  it("agrees with the narrative: the words are printed as typed in the sarana table", () => {
    const sel = segmen(buildNarasi(model(sarana())))
      .filter((x) => x.where === "cell")
      .map((x) => x.text);
    const jumlahDi = (jenis: string) => sel[sel.indexOf(jenis) + 1];
    expect(SARANA.slice(0, 4).map(([j]) => jumlahDi(String(j)))).toEqual([
      "N/A",
      "n/a",
      "tidak ada",
      "Nihil",
    ]);
    expect(jumlahDi("KURSI")).toBe("12");
  });
});

afterAll(() => {
  for (const t of semua) {
    expect(t.pesan).not.toMatch(/NaN|undefined|null|Infinity|\[object|\d\.\d{5,}|\d,\d{7,}|\de-\d/);
  }
});
