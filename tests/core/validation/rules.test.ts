// Every rule, firing and not firing, on small synthetic workbooks:
// raw tables → mapWorkbook → validateReport.
import { mapWorkbook } from "../../../src/core/model/map";
import { ringkasTemuan, validateReport } from "../../../src/core/validation";
import type { Temuan } from "../../../src/core/validation/types";
import type { RawTable } from "../../../src/core/model/types";
import { rumusTemplat } from "../../../src/core/validation/util";
import { profilTable, rawTable, rawWorkbook } from "../../support/raw-workbook";
import { KINERJA_HEADERS, bukuRaw, di, kode, periksa, type Ubah } from "./fixture";

const semua: Temuan[] = [];
function cek(u: Ubah = {}): Temuan[] {
  const t = periksa(u);
  semua.push(...t);
  return t;
}
function satu(t: Temuan[], k: string): Temuan {
  const f = t.filter((x) => x.kode === k);
  expect(f).toHaveLength(1);
  return f[0];
}

const RUMUS_CAPAIAN = rumusTemplat("Kinerja", "Capaian");

describe("the correct report", () => {
  it("has no finding at all", () => {
    expect(cek()).toEqual([]);
  });
});

describe("structure", () => {
  it("a missing sheet is an error without a cell that names the fix", () => {
    const t = satu(cek({ tanpa: ["Anggaran"] }), "LEMBAR_TIDAK_ADA");
    expect(t).toMatchObject({
      tingkat: "galat",
      lembar: "Anggaran",
      sel: null,
      pesan:
        "Lembar Anggaran (tabel Anggaran) tidak ada; jalankan Siapkan Lembar untuk menambahkannya",
    });
  });

  it("a missing required column points at the header row", () => {
    const headers = KINERJA_HEADERS.filter((h) => h !== "Satuan");
    const t = cek({
      tanpa: ["Kinerja"],
      tabel: [rawTable("Kinerja", headers, [{ No: "1", Target: 1, Realisasi: 1 }])],
    });
    const k = t.find((x) => x.kode === "KOLOM_TIDAK_ADA");
    expect(k).toMatchObject({ tingkat: "galat", lembar: "Kinerja", sel: "A1:N1" });
    expect(k?.pesan).toContain('"Satuan"');
  });

  it("a header with a note in its title ('Capaian 5=4/5') is named, at its cell, with the fix", () => {
    const ganti = (dari: Record<string, string>) => {
      const raw = bukuRaw();
      const k = raw.tables.find((t) => t.name === "Kinerja");
      if (!k) throw new Error("tabel Kinerja tidak ada di fixture");
      k.headers = k.headers.map((h) => dari[h] ?? h);
      return validateReport(mapWorkbook(raw));
    };
    // The fixture is clean: the two headers are the only findings, not one per row (a
    // Capaian or Realisasi "kosong" at each row's No cell, with a fix that would write there).
    expect(ganti({ Capaian: "Capaian 5=4/5", Realisasi: "Realisasi (%)" })).toEqual([
      expect.objectContaining({
        sel: "L1",
        pesan:
          'Kolom wajib "Realisasi" tidak ada di tabel Kinerja; judul "Realisasi (%)" tampaknya kolom itu: ganti judulnya menjadi "Realisasi" saja agar terbaca',
        perbaikan: {
          jenis: "ganti-judul",
          sel: { sheet: "Kinerja", address: "L1" },
          nilai: "Realisasi",
          label: 'Ganti judul menjadi "Realisasi"',
        },
      }),
      expect.objectContaining({
        sel: "M1",
        pesan: expect.stringContaining('judul "Capaian 5=4/5"'),
      }),
    ]);
    // Another word, or a contract column of its own (Realisasi TW III), is no lookalike.
    expect(ganti({ Capaian: "Capaianku", Realisasi: "Realisasi TW III" })).toEqual([
      // Same cell: sorted by message.
      expect.objectContaining({
        sel: "A1:O1",
        pesan: 'Kolom wajib "Capaian" tidak ada di tabel Kinerja',
      }),
      expect.objectContaining({
        sel: "A1:O1",
        pesan: 'Kolom wajib "Realisasi" tidak ada di tabel Kinerja',
      }),
    ]);
  });

  it("a blank Profil field points at its Nilai cell; a missing one at the table", () => {
    let t = cek({ profil: (p) => (p.NIP = "") });
    expect(satu(t, "PROFIL_KOSONG")).toMatchObject({
      lembar: "Profil",
      sel: "B10",
      tingkat: "galat",
    });
    t = cek({ profil: (p) => delete p.Tempat });
    const k = satu(t, "PROFIL_KOSONG");
    expect(k.sel).toBe("A1:C16");
    expect(k.pesan).toContain("Tempat");
  });

  it("an unreadable Profil value is named with what was typed", () => {
    const t = satu(cek({ profil: (p) => (p.Periode = "V") }), "PROFIL_TIDAK_VALID");
    expect(t.sel).toBe("B3");
    expect(t.pesan).toContain('"V"');
  });

  it("a Tahunan report needs no Periode", () => {
    const t = cek({
      profil: (p) => {
        p["Jenis Laporan"] = "Tahunan";
        p.Periode = "";
        p["Tanggal Laporan"] = 45291;
      },
    });
    expect(t.filter((x) => x.lembar === "Profil")).toEqual([]);
  });

  it("an Arah or Tingkat that is not in the list", () => {
    const t = cek({
      kinerja: (r) => (r[0].Arah = "Tetap"),
      anggaran: (r) => (r[1].Tingkat = "Keg."),
    });
    expect(satu(t, "ARAH_TIDAK_VALID")).toMatchObject({ tingkat: "galat", sel: "F2" });
    expect(satu(t, "ARAH_TIDAK_VALID").pesan).toContain('"Tetap"');
    expect(di(t, "TINGKAT_TIDAK_VALID")).toEqual(["Anggaran!B3"]);
    // "Turun (makin kecil makin baik)" and "subkegiatan" are understood.
    const ok = cek({
      kinerja: (r) => (r[2].Arah = "Turun (makin kecil makin baik)"),
      anggaran: (r) => (r[1].Tingkat = "kegiatan"),
    });
    expect(kode(ok)).toEqual([]);
  });

  it("a blank Target is an error, a blank Realisasi a warning", () => {
    const t = cek({
      kinerja: (r) => {
        r[0].Target = "";
        r[2].Realisasi = "";
      },
    });
    expect(di(t, "SEL_WAJIB_KOSONG")).toEqual(["Kinerja!G2", "Kinerja!L4"]);
    expect(t.find((x) => x.sel === "G2")?.tingkat).toBe("galat");
    expect(t.find((x) => x.sel === "L4")?.tingkat).toBe("peringatan");
  });
});

describe("numbers", () => {
  it("a number stored as text gets the angka-dari-teks fix", () => {
    const t = satu(cek({ kinerja: (r) => (r[0].Realisasi = " 9 ") }), "ANGKA_SEBAGAI_TEKS");
    expect(t).toMatchObject({ tingkat: "peringatan", lembar: "Kinerja", sel: "L2" });
    expect(t.perbaikan).toEqual({
      jenis: "angka-dari-teks",
      sel: { sheet: "Kinerja", address: "L2" },
      nilai: 9,
      label: "Ubah Realisasi menjadi angka 9",
    });
  });

  it("Rupiah text becomes its amount; a unit word or a percent sign gets no fix", () => {
    let t = satu(cek({ anggaran: (r) => (r[1].Pagu = "Rp 400.000") }), "ANGKA_SEBAGAI_TEKS");
    expect(t.perbaikan).toMatchObject({ jenis: "angka-dari-teks", nilai: 400000 });
    t = satu(cek({ kinerja: (r) => (r[0].Realisasi = "9 fasilitasi") }), "ANGKA_SEBAGAI_TEKS");
    expect(t.tingkat).toBe("info");
    expect(t.perbaikan).toBeUndefined();
    expect(t.pesan).toContain('"fasilitasi"');
    t = satu(cek({ kinerja: (r) => (r[1].Target = "80%") }), "ANGKA_SEBAGAI_TEKS");
    expect(t.perbaikan).toBeUndefined();
  });

  it("a unit typed beside a figure: the message names where the unit goes in that table", () => {
    const pesan = (u: Ubah, k = "ANGKA_SEBAGAI_TEKS") => satu(cek(u), k).pesan;
    expect(pesan({ kinerja: (r) => (r[0].Realisasi = "9 fasilitasi") })).toBe(
      'Indikator 1: Realisasi "9 fasilitasi" tersimpan sebagai teks, bukan angka (satuan "fasilitasi" sebaiknya di kolom Satuan); Excel tidak dapat menjumlahkannya'
    );
    // Sarana Prasarana has Keterangan, not Satuan; Tren and Pembanding take the indicator's Satuan.
    expect(
      pesan({
        tabel: [
          rawTable(
            "SaranaPrasarana",
            ["Jenis", "Jumlah", "Keterangan"],
            [["Meja", "37 buah", ""]],
            {
              sheet: "Sarana Prasarana",
            }
          ),
        ],
      })
    ).toContain('(satuan "buah" sebaiknya di kolom Keterangan)');
    expect(
      pesan({
        tabel: [
          rawTable(
            "TrenKinerja",
            ["No Kinerja", "Tahun", "Target", "Realisasi"],
            [["1", 2022, 12, "8 fasilitasi"]],
            {
              sheet: "Tren Kinerja",
            }
          ),
        ],
      })
    ).toContain('(satuan "fasilitasi" sebaiknya di kolom Satuan di lembar Kinerja)');
    // Anggaran has no place for a unit other than Rupiah.
    expect(pesan({ anggaran: (r) => (r[1].Pagu = "400000 paket") })).toContain(
      '(tulis angkanya saja, tanpa "paket")'
    );
  });

  it("text that is not a number is an error quoting it", () => {
    const t = cek({ kinerja: (r) => (r[0].Realisasi = "sembilan") });
    const b = satu(t, "BUKAN_ANGKA");
    expect(b).toMatchObject({ tingkat: "galat", sel: "L2" });
    expect(b.pesan).toContain('"sembilan"');
  });

  it("percent beside a plain number in one row", () => {
    // Target 85% (formatted) beside realisasi 70 typed without a percent.
    let t = cek({
      kinerja: (r) => {
        r[1].Target = 0.85;
        r[1].Realisasi = 70;
      },
      format: { "Kinerja:1,Realisasi": "General" },
    });
    expect(di(t, "PERSEN_CAMPUR")).toEqual(["Kinerja!L3"]);
    expect(satu(t, "PERSEN_CAMPUR").pesan).toContain("Target 85% dan Realisasi 70");
    // Satuan % with both plain: 0,85 beside 70.
    t = cek({
      kinerja: (r) => {
        r[1].Target = 0.85;
        r[1].Realisasi = 70;
      },
      format: { "Kinerja:1,Realisasi": "General", "Kinerja:1,Target": "General" },
    });
    expect(di(t, "PERSEN_CAMPUR")).toEqual(["Kinerja!L3"]);
    // Both percent (the base row) and both plain counts (row 0) are fine.
    expect(di(cek({ kinerja: (r) => (r[0].Target = 0.5) }), "PERSEN_CAMPUR")).toEqual([]);
  });

  it("Satuan % with a figure above 100 %", () => {
    const t = cek({
      kinerja: (r) => {
        r[1].Target = 100;
        r[1].Realisasi = 250;
      },
      format: { "Kinerja:1,Realisasi": "General", "Kinerja:1,Target": "General" },
    });
    expect(di(t, "PERSEN_TIDAK_MUNGKIN")).toEqual(["Kinerja!L3"]);
    expect(di(cek(), "PERSEN_TIDAK_MUNGKIN")).toEqual([]);
  });

  it("target 0: a warning when realisasi is 0 too, an error otherwise", () => {
    let t = satu(
      cek({
        kinerja: (r) =>
          Object.assign(r[0], {
            Target: 0,
            Realisasi: 0,
            "Realisasi TW III": 0,
            "Realisasi TW I": 0,
            "Realisasi TW II": 0,
          }),
      }),
      "TARGET_NOL"
    );
    expect(t).toMatchObject({ tingkat: "peringatan", sel: "G2" });
    t = satu(cek({ kinerja: (r) => (r[0].Target = 0) }), "TARGET_NOL");
    expect(t.tingkat).toBe("galat");
  });

  it("negative values", () => {
    const t = cek({
      kinerja: (r) => (r[2].Realisasi = -1),
      anggaran: (r) => (r[1].Pagu = -5),
    });
    expect(di(t, "NILAI_NEGATIF")).toEqual(["Kinerja!L4", "Anggaran!E3"]);
  });
});

describe("computed columns", () => {
  it("a typed capaian that is not realisasi/target, with the formula to restore", () => {
    const t = satu(
      cek({ kinerja: (r) => (r[0].Capaian = 0.3), diketik: ["Kinerja:0,Capaian"] }),
      "CAPAIAN_TIDAK_SESUAI"
    );
    expect(t).toMatchObject({ tingkat: "galat", lembar: "Kinerja", sel: "M2" });
    expect(t.pesan).toBe("Indikator 1: Capaian tertulis 30,00% tetapi realisasi/target = 75,00%");
    expect(t.perbaikan).toEqual({
      jenis: "pulihkan-rumus",
      sel: { sheet: "Kinerja", address: "M2" },
      rumus: RUMUS_CAPAIAN,
      label: "Pulihkan rumus Capaian",
    });
    expect(RUMUS_CAPAIAN).toMatch(/^=LKJ\.CAPAIAN\(/);
  });

  it("a wrong figure under a formula is reported without a fix", () => {
    const t = satu(cek({ kinerja: (r) => (r[0].Capaian = 0.25) }), "CAPAIAN_TIDAK_SESUAI");
    expect(t.perbaikan).toBeUndefined();
  });

  it("rounding or truncation to the shown decimals is consistent", () => {
    const dua3 = (cap: unknown, nf?: string) =>
      di(
        cek({
          kinerja: (r) =>
            Object.assign(r[0], {
              Target: 3,
              Realisasi: 2,
              "Realisasi TW III": 2,
              Capaian: cap,
              Predikat: "Sedang",
            }),
          diketik: ["Kinerja:0,Capaian"],
          format: nf ? { "Kinerja:0,Capaian": nf } : {},
        }),
        "CAPAIAN_TIDAK_SESUAI"
      );
    expect(dua3(0.66, "0%")).toEqual([]);
    expect(dua3(0.67, "0%")).toEqual([]);
    expect(dua3(0.6666)).toEqual([]);
    expect(dua3(0.6667)).toEqual([]);
    expect(dua3("66,67%")).toEqual([]);
    expect(dua3(66.67, "General")).toEqual([]);
    expect(dua3(0.65, "0%")).toEqual(["Kinerja!M2"]);
    expect(dua3(0.6665)).toEqual(["Kinerja!M2"]);
    expect(dua3("66,6%")).toEqual([]);
    expect(dua3("66,5%")).toEqual(["Kinerja!M2"]);
  });

  it("100 % reported for more than 100 % without a cap is a silent cap", () => {
    const t = satu(
      cek({ kinerja: (r) => (r[1].Capaian = 1), diketik: ["Kinerja:1,Capaian"] }),
      "CAPAIAN_DIBATASI"
    );
    expect(t).toMatchObject({ tingkat: "peringatan", sel: "M3" });
    expect(t.pesan).toContain("112,50%");
    expect(
      kode(cek({ kinerja: (r) => (r[1].Capaian = 1), diketik: ["Kinerja:1,Capaian"] }))
    ).not.toContain("CAPAIAN_TIDAK_SESUAI");
  });

  it("with Batas Capaian 100 % a capped 100 % is right and 112,5 % is above the cap", () => {
    const batas = (p: Record<string, unknown>) => (p["Batas Capaian"] = "100%");
    const ok = cek({
      profil: batas,
      kinerja: (r) => {
        r[1].Capaian = 1;
        r[2].Capaian = 1;
      },
      diketik: ["Kinerja:1,Capaian"],
    });
    expect(ok.filter((x) => x.lembar === "Kinerja")).toEqual([]);
    const t = satu(
      cek({
        profil: batas,
        diketik: ["Kinerja:1,Capaian", "Kinerja:2,Capaian"],
        kinerja: (r) => (r[2].Capaian = 1),
      }),
      "CAPAIAN_MELEBIHI_BATAS"
    );
    expect(t).toMatchObject({ tingkat: "galat", sel: "M3" });
    expect(t.pesan).toContain("melebihi Batas Capaian 100,00%");
  });

  it("Arah Turun computed as realisasi/target", () => {
    const t = satu(
      cek({ kinerja: (r) => (r[2].Capaian = 0.75), diketik: ["Kinerja:2,Capaian"] }),
      "ARAH_TURUN_DIHITUNG_NAIK"
    );
    expect(t).toMatchObject({ tingkat: "peringatan", sel: "M4" });
    expect(t.pesan).toContain("125,00%");
    expect(di(cek({ diketik: ["Kinerja:2,Capaian"] }), "ARAH_TURUN_DIHITUNG_NAIK")).toEqual([]);
  });

  it("a predikat that does not belong to the capaian; case does not matter", () => {
    const t = satu(
      cek({ kinerja: (r) => (r[0].Predikat = "Tinggi"), diketik: ["Kinerja:0,Predikat"] }),
      "PREDIKAT_TIDAK_SESUAI"
    );
    expect(t.pesan).toBe(
      'Indikator 1: Predikat tertulis "Tinggi" tetapi capaian 75,00% berpredikat Sedang'
    );
    expect(t.perbaikan?.jenis).toBe("pulihkan-rumus");
    expect(
      kode(cek({ kinerja: (r) => (r[0].Predikat = " sedang "), diketik: ["Kinerja:0,Predikat"] }))
    ).toEqual([]);
  });

  it("formulas without a calculated result, or showing an Excel error, are no finding", () => {
    const t = cek({
      kinerja: (r) => {
        for (const row of r) Object.assign(row, { Capaian: "#NAME?", Predikat: "#NAME?" });
        r[0].Predikat = " ";
      },
      anggaran: (r) => {
        for (const row of r) row.Serapan = "#NAME?";
      },
    });
    // The fixture writes formulas only where a value stands; these cells all hold one.
    expect(t).toEqual([]);
  });

  it("a blank computed cell is info with its formula to restore", () => {
    const t = satu(cek({ kinerja: (r) => (r[0].Predikat = "") }), "PREDIKAT_KOSONG");
    expect(t).toMatchObject({ tingkat: "info", sel: "N2" });
    expect(t.perbaikan).toMatchObject({
      jenis: "pulihkan-rumus",
      rumus: rumusTemplat("Kinerja", "Predikat"),
    });
  });

  it("serapan beyond rounding/truncation; a truncated typed 66 % is fine", () => {
    const t = satu(
      cek({ anggaran: (r) => (r[2].Serapan = 0.6), diketik: ["Anggaran:2,Serapan"] }),
      "SERAPAN_TIDAK_SESUAI"
    );
    expect(t).toMatchObject({ tingkat: "galat", lembar: "Anggaran", sel: "K4" });
    expect(t.pesan).toBe("Anggaran 1.2: Serapan tertulis 60,00% tetapi realisasi/pagu = 66,67%");
    expect(t.perbaikan).toMatchObject({
      jenis: "pulihkan-rumus",
      rumus: "=LKJ.SERAPAN([@Pagu],[@Realisasi])",
    });
    expect(
      kode(cek({ anggaran: (r) => (r[2].Serapan = 0.66), diketik: ["Anggaran:2,Serapan"] }))
    ).toEqual([]);
    expect(
      kode(cek({ anggaran: (r) => (r[2].Serapan = 0.67), diketik: ["Anggaran:2,Serapan"] }))
    ).toEqual([]);
    expect(
      kode(cek({ anggaran: (r) => (r[2].Serapan = 0.65), diketik: ["Anggaran:2,Serapan"] }))
    ).toEqual(["SERAPAN_TIDAK_SESUAI"]);
  });

  it("capaian kinerja and efisiensi of a budget line", () => {
    let t = cek({
      anggaran: (r) => (r[1]["Capaian Kinerja"] = 0.5),
      diketik: ["Anggaran:1,Capaian Kinerja"],
    });
    expect(di(t, "CAPAIAN_KINERJA_TIDAK_SESUAI")).toEqual(["Anggaran!L3"]);
    t = cek({ anggaran: (r) => (r[1].Efisiensi = 30), diketik: ["Anggaran:1,Efisiensi"] });
    const e = satu(t, "EFISIENSI_TIDAK_SESUAI");
    expect(e.pesan).toBe(
      "Anggaran 1.1: Efisiensi tertulis 30 poin tetapi capaian kinerja − serapan = 25 poin"
    );
    t = cek({
      anggaran: (r) => (r[1].Efisiensi = "Jan s/d Juni 2023"),
      diketik: ["Anggaran:1,Efisiensi"],
    });
    expect(satu(t, "BUKAN_ANGKA")).toMatchObject({
      sel: "M3",
      perbaikan: { jenis: "pulihkan-rumus" },
    });
  });
});

describe("budget", () => {
  it("realisasi above pagu: a warning, info once explained", () => {
    let t = cek({
      anggaran: (r) => {
        r[1].Realisasi = 500000;
        r[0].Realisasi = 900000;
        r[1].Serapan = 1.25;
        r[1].Efisiensi = -50;
        r[0].Serapan = 0.9;
      },
    });
    expect(t).toEqual([
      expect.objectContaining({
        kode: "REALISASI_MELEBIHI_PAGU",
        tingkat: "peringatan",
        sel: "J3",
        pesan: expect.stringContaining("Rp500.000 melebihi Pagu Rp400.000 sebesar Rp100.000"),
      }),
    ]);
    t = cek({
      anggaran: (r) => {
        Object.assign(r[1], {
          Realisasi: 500000,
          Serapan: 1.25,
          Efisiensi: -50,
          Keterangan: "tambahan",
        });
        Object.assign(r[0], { Realisasi: 900000, Serapan: 0.9 });
      },
    });
    expect(satu(t, "REALISASI_MELEBIHI_PAGU").tingkat).toBe("info");
  });

  it("a program total that is not the sum of its kegiatan", () => {
    const t = satu(
      cek({ anggaran: (r) => Object.assign(r[0], { Pagu: 1100000, Serapan: 600000 / 1100000 }) }),
      "JUMLAH_TIDAK_SESUAI"
    );
    expect(t).toMatchObject({ tingkat: "galat", sel: "E2" });
    expect(t.pesan).toBe(
      "Program 1: Pagu Rp1.100.000 tidak sama dengan jumlah pagu 2 kegiatan di bawahnya Rp1.000.000 (selisih Rp100.000)"
    );
  });

  it("a kegiatan total against its sub kegiatan, by No prefix", () => {
    const sub = (no: string, pagu: number) => ({
      No: no,
      Tingkat: "Sub Kegiatan",
      Uraian: `Sub ${no}`,
      Pagu: pagu,
      Realisasi: 0,
      Serapan: 0,
    });
    // Pagu adds up (300.000 + 100.000); realisasi does not (0 + 0 against 200.000).
    const paguCocok = cek({ anggaran: (r) => r.push(sub("1.1.1", 300000), sub("1.1.2", 100000)) });
    expect(di(paguCocok, "JUMLAH_TIDAK_SESUAI")).toEqual(["Anggaran!J3"]);
    const t = cek({ anggaran: (r) => r.push(sub("1.1.1", 300000), sub("1.1.2", 50000)) });
    expect(di(t, "JUMLAH_TIDAK_SESUAI")).toEqual(["Anggaran!E3", "Anggaran!J3"]);
  });

  it("without dotted No the parent is the nearest line above with a higher Tingkat", () => {
    const rows = (paguB: number) => (r: Record<string, unknown>[]) => {
      r.splice(
        0,
        r.length,
        { No: "A", Tingkat: "Program", Uraian: "P", Pagu: 300, Realisasi: 0, Serapan: 0 },
        { No: "B", Tingkat: "Kegiatan", Uraian: "K1", Pagu: 100, Realisasi: 0, Serapan: 0 },
        { No: "C", Tingkat: "Kegiatan", Uraian: "K2", Pagu: paguB, Realisasi: 0, Serapan: 0 },
        { No: "D", Tingkat: "Program", Uraian: "P2", Pagu: 50, Realisasi: 0, Serapan: 0 },
        { No: "E", Tingkat: "Kegiatan", Uraian: "K3", Pagu: 50, Realisasi: 0, Serapan: 0 }
      );
    };
    expect(di(cek({ anggaran: rows(200) }), "JUMLAH_TIDAK_SESUAI")).toEqual([]);
    expect(di(cek({ anggaran: rows(150) }), "JUMLAH_TIDAK_SESUAI")).toEqual(["Anggaran!E2"]);
  });
});

describe("quarterly series", () => {
  it("Realisasi differing from the period's TW column", () => {
    const t = satu(cek({ kinerja: (r) => (r[0]["Realisasi TW III"] = 8) }), "REALISASI_TW_BEDA");
    expect(t).toMatchObject({ tingkat: "peringatan", sel: "L2" });
    expect(t.pesan).toContain("Realisasi 9 tidak sama dengan Realisasi TW III 8");
  });

  it("a blank Realisasi takes the TW column and is no finding", () => {
    expect(cek({ kinerja: (r) => (r[0].Realisasi = "") })).toEqual([]);
  });

  it("a cumulative series that goes down; rates may", () => {
    const t = cek({
      kinerja: (r) => {
        r[0]["Realisasi TW II"] = 10;
        r[1]["Realisasi TW I"] = 0.9;
        r[1]["Realisasi TW II"] = 0.5;
      },
      anggaran: (r) => {
        r[1]["Realisasi TW I"] = 300000;
        r[1]["Realisasi TW II"] = 100000;
      },
    });
    expect(di(t, "TW_MENURUN")).toEqual(["Kinerja!J2", "Anggaran!G3"]);
    expect(
      satu(
        t.filter((x) => x.lembar === "Kinerja"),
        "TW_MENURUN"
      ).pesan
    ).toContain("Realisasi TW III 9 lebih kecil dari TW II 10");
  });
});

describe("keys and links", () => {
  it("a duplicated No", () => {
    const t = satu(cek({ kinerja: (r) => (r[2].No = "2") }), "NO_GANDA");
    expect(t).toMatchObject({ tingkat: "galat", sel: "A4" });
    expect(t.pesan).toContain("A3");
  });

  it("No Kinerja that points to no indicator", () => {
    const t = cek({
      anggaran: (r) => (r[1]["No Kinerja"] = "9"),
      strategi: (r) => (r[0]["No Kinerja"] = "7"),
    });
    expect(di(t, "NO_KINERJA_TIDAK_ADA")).toEqual(["Anggaran!D3", "Strategi!A2"]);
  });

  it("No Kinerja in the Tahunan sheets (Kendala, Tren Kinerja, Pembanding)", () => {
    const t = cek({
      tabel: [
        rawTable(
          "Kendala",
          ["No Kinerja", "Kendala", "Upaya", "Faktor Keberhasilan"],
          [
            ["1", "hujan", "jadwal ulang", "kerja sama"],
            ["5", "x", "y", "z"],
          ]
        ),
        rawTable(
          "TrenKinerja",
          ["No Kinerja", "Tahun", "Target", "Realisasi"],
          [["6", 2022, 10, 9]],
          {
            sheet: "Tren Kinerja",
          }
        ),
        rawTable(
          "Pembanding",
          ["No Kinerja", "Unit", "Realisasi"],
          [["2", "Kecamatan Yosowilangun", 0.8]]
        ),
      ],
    });
    expect(di(t, "NO_KINERJA_TIDAK_ADA")).toEqual(["Tren Kinerja!A2", "Kendala!A3"]);
    expect(t.find((x) => x.sel === "A3")?.pesan).toBe(
      "Kendala: No Kinerja 5 tidak ada di lembar Kinerja; isi No indikator yang benar"
    );
  });

  it("an indicator not achieved without any strategy", () => {
    const t = cek({ strategi: (r) => (r[0]["No Kinerja"] = "2") });
    expect(di(t, "TANPA_STRATEGI")).toEqual(["Kinerja!A2"]);
    expect(satu(t, "TANPA_STRATEGI").pesan).toContain("75,00%");
    expect(di(cek({ tanpa: ["Strategi"] }), "TANPA_STRATEGI")).toEqual([]);
  });
});

describe("people", () => {
  it("a NIP with a digit missing or a wrong sex digit", () => {
    let t = satu(cek({ profil: (p) => (p.NIP = "19660905198903100") }), "NIP_TIDAK_VALID");
    expect(t).toMatchObject({ tingkat: "galat", sel: "B10" });
    expect(t.pesan).toContain("18 digit");
    expect(t.perbaikan).toBeUndefined();
    t = satu(cek({ profil: (p) => (p["NIP Atasan"] = "198707022006023002") }), "NIP_TIDAK_VALID");
    expect(t.sel).toBe("B13");
    expect(t.pesan).toContain("jenis kelamin");
    t = satu(cek({ profil: (p) => (p.NIP = "19661305 198903 1 009") }), "NIP_TIDAK_VALID");
    expect(t.pesan).toContain("tanggal lahir");
  });

  it("a NIP stored as a number has lost its last digits", () => {
    const t = satu(cek({ profil: (p) => (p.NIP = 196609051989031000) }), "NIP_TIDAK_VALID");
    expect(t.pesan).toContain('NIP "196609051989031000" tidak valid');
    expect(t.pesan).toContain("tersimpan sebagai angka");
    expect(t.pesan).not.toMatch(/e\+/);
    expect(t.perbaikan).toBeUndefined();
  });

  it("a NIP whose only fault is punctuation or spacing gets rapikan-nip", () => {
    let t = satu(cek({ profil: (p) => (p.NIP = "19660905/198903/1/009") }), "NIP_TIDAK_VALID");
    expect(t.perbaikan).toEqual({
      jenis: "rapikan-nip",
      sel: { sheet: "Profil", address: "B10" },
      nilai: "19660905 198903 1 009",
      label: "Rapikan NIP menjadi 19660905 198903 1 009",
    });
    t = satu(cek({ profil: (p) => (p.NIP = "1966 0905 1989 0310 09") }), "NIP_PERLU_DIRAPIKAN");
    expect(t.tingkat).toBe("info");
    expect(t.perbaikan).toMatchObject({ jenis: "rapikan-nip", nilai: "19660905 198903 1 009" });
  });

  it("the same person with two NIPs across Profil and SDM", () => {
    const sdm = (nip: string) =>
      rawTable(
        "SDM",
        ["Nama", "NIP", "Pangkat", "Golongan", "Jabatan", "Pendidikan"],
        [["Herry Suwandhono, S.Sos", nip, "Penata", "III/c", "Kasi", "S1"]]
      );
    const t = satu(cek({ tabel: [sdm("196609051989031010")] }), "NIP_BERBEDA");
    expect(t).toMatchObject({ tingkat: "galat", lembar: "SDM", sel: "B2" });
    expect(t.pesan).toContain("Profil!B10");
    expect(di(cek({ tabel: [sdm("196609051989031009")] }), "NIP_BERBEDA")).toEqual([]);
  });
});

describe("dates", () => {
  it("a report dated before its quarter ends", () => {
    const t = satu(
      cek({ profil: (p) => (p["Tanggal Laporan"] = "2023-09-21") }),
      "TANGGAL_SEBELUM_PERIODE"
    );
    expect(t).toMatchObject({ tingkat: "galat", sel: "B16" });
    expect(t.pesan).toBe(
      "Tanggal Laporan 21 September 2023 sebelum Triwulan III 2023 berakhir (30 September 2023); laporan dibuat sesudah periodenya selesai"
    );
  });

  it("more than five working days after the quarter is a warning", () => {
    // 30 September 2023 is a Saturday: the fifth working day after is Friday 6 October.
    expect(kode(cek({ profil: (p) => (p["Tanggal Laporan"] = "2023-10-06") }))).toEqual([]);
    const t = satu(
      cek({ profil: (p) => (p["Tanggal Laporan"] = "2023-10-09") }),
      "TANGGAL_TERLAMBAT"
    );
    expect(t.tingkat).toBe("peringatan");
    expect(t.pesan).toContain("6 Oktober 2023");
  });
});

describe("Tahunan", () => {
  const tahunan = (realisasiIkm: unknown, tren: unknown[][] = []): Ubah => ({
    profil: (p) => {
      p["Jenis Laporan"] = "Tahunan";
      p.Periode = "";
      p["Tanggal Laporan"] = 45291;
    },
    kinerja: (r) =>
      r.push({
        No: "4",
        Tingkat: "Sasaran",
        Sasaran: "Meningkatnya kepuasan masyarakat",
        "Indikator Kinerja": "Nilai IKM kecamatan",
        Satuan: "indeks",
        Arah: "Naik",
        Target: 80,
        Realisasi: realisasiIkm,
        Capaian: Number(realisasiIkm) / 80,
        Predikat: "Sangat Tinggi",
      }),
    tabel: [
      rawTable(
        "IKM",
        ["Periode", "Nilai IKM"],
        [
          ["TW I", 80],
          ["TW II", 82],
          ["TW III", 84],
          ["TW IV", 86],
        ]
      ),
      rawTable("TrenKinerja", ["No Kinerja", "Tahun", "Target", "Realisasi"], tren, {
        sheet: "Tren Kinerja",
      }),
    ],
  });

  it("the IKM indicator's realisasi against the mean of the IKM sheet", () => {
    expect(di(cek(tahunan(83)), "IKM_TIDAK_SESUAI")).toEqual([]);
    const t = satu(cek(tahunan(85)), "IKM_TIDAK_SESUAI");
    expect(t.sel).toBe("L5");
    expect(t.pesan).toContain("rata-rata 4 nilai di lembar IKM = 83");
  });

  it("a trend year given twice for one indicator", () => {
    const t = cek(
      tahunan(83, [
        ["1", 2021, 10, 8],
        ["1", 2022, 11, 9],
        ["1", 2022, 11, 10],
        ["2", 2022, 0.8, 0.7],
      ])
    );
    expect(di(t, "TREN_TAHUN_GANDA")).toEqual(["Tren Kinerja!B4"]);
  });
});

describe("order and summary", () => {
  it("findings are sorted by contract sheet order, row, column and code", () => {
    const t = cek({
      profil: (p) => (p.NIP = "123"),
      kinerja: (r) => {
        r[2].No = "2";
        r[0].Capaian = 0.1;
        r[0].Realisasi = "9";
      },
      anggaran: (r) => (r[0].Pagu = 5),
      strategi: (r) => (r[0]["No Kinerja"] = "8"),
      diketik: ["Kinerja:0,Capaian"],
    });
    const urut = t.map((x) => `${x.lembar}!${x.sel} ${x.kode}`);
    expect(urut).toEqual([
      "Profil!B10 NIP_TIDAK_VALID",
      "Kinerja!A2 TANPA_STRATEGI",
      "Kinerja!L2 ANGKA_SEBAGAI_TEKS",
      "Kinerja!M2 CAPAIAN_TIDAK_SESUAI",
      "Kinerja!A4 NO_GANDA",
      "Anggaran!E2 JUMLAH_TIDAK_SESUAI",
      "Anggaran!J2 REALISASI_MELEBIHI_PAGU",
      "Anggaran!K2 SERAPAN_TIDAK_SESUAI",
      "Strategi!A2 NO_KINERJA_TIDAK_ADA",
    ]);
    // The same input in another table order gives the same list.
    const raw = bukuRaw({ profil: (p) => (p.NIP = "123"), kinerja: (r) => (r[2].No = "2") });
    const a = validateReport(mapWorkbook(raw));
    const b = validateReport(mapWorkbook({ ...raw, tables: [...raw.tables].reverse() }));
    expect(b).toEqual(a);
  });

  it("ringkasTemuan counts by severity and sheet", () => {
    const t = cek({
      profil: (p) => (p.NIP = "123"),
      kinerja: (r) => {
        r[0].Realisasi = "9";
        r[0].Predikat = "";
      },
    });
    expect(ringkasTemuan(t)).toEqual({
      galat: 1,
      peringatan: 1,
      info: 1,
      perLembar: {
        Profil: { galat: 1, peringatan: 0, info: 0 },
        Kinerja: { galat: 0, peringatan: 1, info: 1 },
      },
    });
    expect(ringkasTemuan([])).toEqual({ galat: 0, peringatan: 0, info: 0, perLembar: {} });
  });

  it("a workbook of only a Profil gives one LEMBAR_TIDAK_ADA per missing sheet, no crash", () => {
    const t = validateReport(mapWorkbook(rawWorkbook([profilTable({ Tahun: 2023 })])));
    expect(kode(t)).toEqual(expect.arrayContaining(["LEMBAR_TIDAK_ADA", "PROFIL_KOSONG"]));
    expect(kode(t)).not.toContain("BUKU_KERJA_BUKAN_LKJ");
    expect(di(t, "LEMBAR_TIDAK_ADA")).toEqual([
      "Tugas Fungsi!null",
      "Kinerja!null",
      "Anggaran!null",
      "Strategi!null",
      "Tindak Lanjut!null",
    ]);
    expect(t.every((x) => x.lembar !== "")).toBe(true);
  });
});

describe("a workbook without any LKj sheet", () => {
  const PESAN =
    "Buku kerja ini belum memuat lembar LKj (Profil, Tugas Fungsi, Kinerja, Anggaran, Strategi, Tindak Lanjut); " +
    "jalankan Siapkan Lembar di panel LKj untuk membuatnya, atau buat buku kerja baru dengan lkj templat";
  const periksaBuku = (sheetNames: string[], tables: RawTable[] = []) => {
    const t = validateReport(mapWorkbook({ sheetNames, tables }));
    semua.push(...t);
    return t;
  };

  it("a new workbook gets one galat that says how to start, not one per sheet", () => {
    const t = periksaBuku(["Sheet1"]);
    expect(t).toEqual([
      { kode: "BUKU_KERJA_BUKAN_LKJ", tingkat: "galat", lembar: "Profil", sel: null, pesan: PESAN },
    ]);
    expect(ringkasTemuan(t).galat).toBe(1);
    expect(periksaBuku([])).toEqual(t);
  });

  it("unrelated tables and the output sheet Narasi are not LKj content", () => {
    const lain = rawTable("Tabel1", ["Nama", "Jumlah"], [["a", 1]], { sheet: "Sheet1" });
    expect(kode(periksaBuku(["Sheet1", "Narasi"], [lain]))).toEqual(["BUKU_KERJA_BUKAN_LKJ"]);
  });

  it("a contract sheet without its table counts: the per-sheet findings stay", () => {
    for (const lembar of ["Kinerja", " kinerja ", "Skala", "Sarana Prasarana"]) {
      const t = periksaBuku(["Sheet1", lembar]);
      expect(kode(t)).not.toContain("BUKU_KERJA_BUKAN_LKJ");
      expect(kode(t)).toContain("LEMBAR_TIDAK_ADA");
    }
    expect(di(periksaBuku(["Kinerja"]), "TABEL_TIDAK_ADA")).toEqual(["Kinerja!A1"]);
  });

  it("a contract table on another sheet counts", () => {
    const k = rawTable("Kinerja", KINERJA_HEADERS, [], { sheet: "Sheet1" });
    const t = periksaBuku(["Sheet1"], [k]);
    expect(kode(t)).not.toContain("BUKU_KERJA_BUKAN_LKJ");
    expect(di(t, "LEMBAR_TIDAK_ADA")).toEqual([
      "Profil!null",
      "Tugas Fungsi!null",
      "Anggaran!null",
      "Strategi!null",
      "Tindak Lanjut!null",
    ]);
  });
});

afterAll(() => {
  // Messages never leak JS values or raw floating-point noise.
  for (const t of semua) {
    expect(t.pesan).not.toMatch(/NaN|undefined|null|Infinity|\[object|\d\.\d{5,}|\d,\d{7,}|\de-\d/);
  }
});
