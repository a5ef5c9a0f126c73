// Beranda summary (src/core/model/ringkasan.ts): sheets present / missing / without table,
// how filled Kinerja and Anggaran are, Profil settings, findings counted by severity.
import { mapWorkbook } from "../../src/core/model/map";
import { jumlahTemuan, statusLaporan, teksJumlahTemuan } from "../../src/core/model/ringkasan";
import { exampleToRawWorkbook } from "../../src/core/examples";
import { validateReport } from "../../src/core/validation";
import type { Temuan } from "../../src/core/validation/types";
import { contoh } from "../support/contoh";
import { profilTable, rawTable, rawWorkbook } from "../support/raw-workbook";

const temuan = (tingkat: Temuan["tingkat"]): Temuan => ({
  kode: "X",
  tingkat,
  lembar: "Kinerja",
  sel: "A2",
  pesan: "p",
});

const KINERJA = ["No", "Tingkat", "Sasaran", "Indikator Kinerja", "Satuan", "Arah", "Target"];

describe("statusLaporan", () => {
  test("a Triwulan report: settings from Profil, indicators with and without realisasi", () => {
    const raw = rawWorkbook(
      [
        profilTable({ "Jenis Laporan": "Triwulan", Periode: "III", Tahun: 2023, Nama: "" }),
        rawTable(
          "Kinerja",
          [...KINERJA, "Realisasi TW III", "Realisasi", "Capaian"],
          [
            ["1", "Sasaran", "S", "I1", "%", "Naik", 1, "", 0.9, ""],
            ["2", "Sasaran", "S", "I2", "%", "Naik", 1, "", "", ""],
            // Realisasi blank but the quarter's TW column filled: counts as filled.
            ["3", "Sasaran", "S", "I3", "%", "Naik", 1, 0.5, "", ""],
            ["", "", "", "", "", "", "", "", "", ""],
          ]
        ),
      ],
      ["Anggaran", "Catatan saya"]
    );
    const s = statusLaporan(mapWorkbook(raw), [temuan("galat"), temuan("galat"), temuan("info")]);
    expect(s.jenis).toBe("Triwulan");
    expect(s.periode).toBe(3);
    expect(s.tahun).toBe(2023);
    expect(s.judul).toBe("Laporan Triwulan III Tahun 2023");
    expect(s.kosong).toBe(false);
    const byName = Object.fromEntries(s.lembar.map((l) => [l.lembar, l]));
    expect(byName.Kinerja.teks).toBe("Kinerja: 3 indikator, 2 dengan realisasi");
    expect(byName.Kinerja.keadaan).toBe("ada");
    expect(byName.Profil.teks).toBe("Profil: 3 dari 19 isian terisi");
    // A sheet named like a contract sheet but holding no table.
    expect(byName.Anggaran.keadaan).toBe("tanpa-tabel");
    expect(byName.Anggaran.teks).toBe("Anggaran: lembar ada, tetapi tanpa tabel Anggaran");
    expect(byName.Strategi.keadaan).toBe("tidak-ada");
    expect(s.belumAda).toEqual(["Tugas Fungsi", "Strategi", "Tindak Lanjut"]);
    // Triwulan: no annual sheets, and no custom Skala unless the Profil asks for it.
    expect(s.lembar.map((l) => l.lembar)).not.toContain("IKM");
    expect(s.lembar.map((l) => l.lembar)).not.toContain("Skala");
    expect(s.temuan).toEqual({ galat: 2, peringatan: 0, info: 1 });
  });

  test("an example report: every Triwulan sheet present, budget lines counted", () => {
    const ex = contoh("tempeh-kasi-pemerintahan-2023-tw3");
    const model = mapWorkbook(exampleToRawWorkbook(ex));
    const s = statusLaporan(model, []);
    expect(s.belumAda).toEqual([]);
    const anggaran = s.lembar.find((l) => l.tabel === "Anggaran");
    expect(anggaran?.baris).toBe(model.anggaran.length);
    expect(anggaran?.teks).toMatch(/^Anggaran: \d+ baris anggaran, \d+ dengan realisasi$/);
    const strategi = s.lembar.find((l) => l.tabel === "Strategi");
    expect(strategi?.teks).toBe(`Strategi: ${model.strategi.length} langkah strategi`);
  });

  test("Tahunan lists the annual sheets; Periode is not asked", () => {
    const raw = rawWorkbook([
      profilTable({ "Jenis Laporan": "Tahunan", Tahun: 2024, "Skala Predikat": "Skala" }),
    ]);
    const s = statusLaporan(mapWorkbook(raw), []);
    expect(s.judul).toBe("Laporan Tahunan Tahun 2024");
    expect(s.periode).toBeNull();
    expect(s.belumAda).toEqual(expect.arrayContaining(["IKM", "Tren Kinerja", "Skala"]));
    expect(s.lembar.find((l) => l.lembar === "Profil")?.teks).toBe(
      "Profil: 3 dari 18 isian terisi"
    );
  });

  test("an empty workbook: kosong, every sheet missing, a sentence instead of a title", () => {
    const s = statusLaporan(mapWorkbook({ sheetNames: ["Sheet1"], tables: [] }), []);
    expect(s.kosong).toBe(true);
    expect(s.jenis).toBeNull();
    expect(s.judul).toBe("Jenis Laporan belum diisi di lembar Profil");
    expect(s.lembar.every((l) => l.keadaan === "tidak-ada")).toBe(true);
  });

  test("Beranda and the validator agree on what is an LKj workbook", () => {
    const cek = (sheetNames: string[]) => {
      const m = mapWorkbook({ sheetNames, tables: [] });
      const kode = validateReport(m).map((t) => t.kode);
      return {
        kosong: statusLaporan(m, []).kosong,
        bukanLkj: kode.includes("BUKU_KERJA_BUKAN_LKJ"),
      };
    };
    expect(cek(["Sheet1"])).toEqual({ kosong: true, bukanLkj: true });
    // The output sheet is not input: still nothing of the report.
    expect(cek(["Sheet1", "Narasi"])).toEqual({ kosong: true, bukanLkj: true });
    // A contract sheet without its table is a report begun: its sheets are listed, not "belum memuat".
    expect(cek(["Sheet1", " kinerja "])).toEqual({ kosong: false, bukanLkj: false });
    const s = statusLaporan(mapWorkbook({ sheetNames: ["Kinerja"], tables: [] }), []);
    expect(s.lembar.find((l) => l.lembar === "Kinerja")?.keadaan).toBe("tanpa-tabel");
  });

  test("counts are printed the Indonesian way", () => {
    const many = Array.from({ length: 1500 }, () => temuan("peringatan"));
    expect(teksJumlahTemuan(jumlahTemuan(many))).toBe("0 galat, 1.500 peringatan, 0 info");
  });
});
