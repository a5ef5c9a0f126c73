// mapWorkbook: raw tables → report model. Tables by name or sheet, headers
// folded, user columns ignored, missing parts as MappingIssues, cell refs,
// formulas, and every computed figure by the domain rules of domain.md.
import { mapWorkbook } from "../../../src/core/model";
import type { RawTable, ReportModel } from "../../../src/core/model";
import {
  ANGGARAN_HEADERS,
  KINERJA_HEADERS,
  PROFIL_TW3,
  anggaran,
  buku,
  kinerja,
  profil,
  tabel,
  tabelObjek,
} from "./bangun";

function indikator(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    No: "1",
    Tingkat: "Sasaran",
    Sasaran: "Meningkatnya pelayanan",
    "Indikator Kinerja": "Persentase layanan selesai",
    Satuan: "laporan",
    Arah: "Naik",
    Target: 12,
    Realisasi: 9,
    ...over,
  };
}

function kodeIssue(m: ReportModel): string[] {
  return m.mappingIssues.map((i) => i.code);
}

function capaian(m: ReportModel, i = 0): number {
  const c = m.kinerja[i].computed.capaian;
  if (!c.ok) throw new Error(`capaian gagal: ${c.error.message}`);
  return c.value;
}

describe("tables and headers", () => {
  test("standard tables are found by table name", () => {
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja([indikator()])]));
    expect(m.sources.Kinerja.present).toBe(true);
    expect(m.sources.Kinerja.address).toBe("A1:N2");
    expect(m.kinerja).toHaveLength(1);
    expect(m.kinerja[0].indikator.value).toBe("Persentase layanan selesai");
    expect(m.jenis).toBe("Triwulan");
    expect(m.triwulan).toBe(3);
    expect(m.tahun).toBe(2023);
  });

  test("a table with another name on the contract sheet is found by sheet, with an issue", () => {
    const t = kinerja([indikator()]);
    const lain: RawTable = { ...t, name: "Table1", sheet: "kinerja " };
    const m = mapWorkbook(buku([profil(PROFIL_TW3), lain]));
    expect(m.sources.Kinerja.present).toBe(true);
    expect(m.kinerja).toHaveLength(1);
    expect(m.mappingIssues).toContainEqual(
      expect.objectContaining({ code: "TABEL_NAMA_BERBEDA", address: "A1:N2" })
    );
  });

  test("table name match ignores case and spaces; two-word sheets resolve", () => {
    const tf = tabel("tugas fungsi", ["No", "Uraian"], [["1", "Menyusun rencana"]], {
      sheet: "Tugas Fungsi",
    });
    const m = mapWorkbook(buku([profil(PROFIL_TW3), tf]));
    expect(m.tugasFungsi.map((t) => t.uraian.value)).toEqual(["Menyusun rencana"]);
    expect(kodeIssue(m)).not.toContain("TABEL_NAMA_BERBEDA");
  });

  test("headers match case-insensitively, trimmed, repeated spaces folded, TW spelled out", () => {
    const headers = KINERJA_HEADERS.map((h) =>
      h === "Indikator Kinerja"
        ? "  INDIKATOR    kinerja "
        : h === "Realisasi TW III"
          ? "Realisasi Triwulan 3"
          : h === "Target"
            ? "\u00A0target"
            : h.toUpperCase()
    );
    const t = tabel(
      "Kinerja",
      headers,
      [["1", "Sasaran", "S", "Indikator A", "%", "Naik", 10, 2, 4, 6, "", "", "", ""]],
      {}
    );
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    expect(m.sources.Kinerja.missingColumns).toEqual([]);
    const k = m.kinerja[0];
    expect(k.indikator.value).toBe("Indikator A");
    expect(k.target.value).toBe(10);
    // Realisasi blank → the period's (III) TW column.
    expect(k.realisasi.value).toBe(6);
    expect(k.realisasiDariTw).toBe(true);
    expect(capaian(m)).toBeCloseTo(0.6, 12);
  });

  test("user columns anywhere are ignored and do not shift the mapping", () => {
    const headers = ["Catatan Saya", ...KINERJA_HEADERS.slice(0, 7), "Kolom Bantu", "Realisasi"];
    const row = ["abaikan", "1", "Sasaran", "S", "Ind", "%", "Naik", 80, 999, 60];
    const m = mapWorkbook(buku([profil(PROFIL_TW3), tabel("Kinerja", headers, [row])]));
    const k = m.kinerja[0];
    expect(k.target.value).toBe(80);
    expect(k.realisasi.value).toBe(60);
    expect(k.realisasi.ref.address).toBe("J2");
    expect(m.sources.Kinerja.columns.Target).toBe("H");
    expect(m.sources.Kinerja.columns["Catatan Saya"]).toBeUndefined();
    expect(capaian(m)).toBeCloseTo(0.75, 12);
  });

  test("fully blank body rows are skipped, index and row keep their place", () => {
    const t = kinerja([
      indikator({ No: "1" }),
      {},
      indikator({ No: "2", Target: 4, Realisasi: 4 }),
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    expect(m.kinerja.map((k) => [k.no.value, k.index, k.row])).toEqual([
      ["1", 0, 2],
      ["2", 2, 4],
    ]);
    expect(m.sources.Kinerja.rowCount).toBe(2);
  });
});

describe("missing parts are issues, never crashes", () => {
  test("an empty workbook maps with LEMBAR_TIDAK_ADA for every sheet a Triwulan report needs", () => {
    const m = mapWorkbook({ sheetNames: [], tables: [] });
    expect(m.kinerja).toEqual([]);
    expect(m.jenis).toBe("Triwulan");
    const hilang = m.mappingIssues.filter((i) => i.code === "LEMBAR_TIDAK_ADA").map((i) => i.sheet);
    expect(hilang).toEqual(
      expect.arrayContaining(["Profil", "Kinerja", "Anggaran", "Strategi", "Tindak Lanjut"])
    );
    // Skala is needed only when chosen; annual sheets only for Tahunan.
    expect(hilang).not.toContain("Skala");
    expect(hilang).not.toContain("IKM");
    expect(m.mappingIssues.every((i) => i.address === null)).toBe(true);
  });

  test("a sheet without a table → TABEL_TIDAK_ADA at A1", () => {
    const m = mapWorkbook(buku([profil(PROFIL_TW3)], ["Kinerja"]));
    expect(m.mappingIssues).toContainEqual(
      expect.objectContaining({ code: "TABEL_TIDAK_ADA", sheet: "Kinerja", address: "A1" })
    );
  });

  test("a missing required column → KOLOM_TIDAK_ADA on the header row; rows still map", () => {
    const headers = KINERJA_HEADERS.filter((h) => h !== "Satuan" && h !== "Arah");
    const t = tabelObjek("Kinerja", headers, [indikator()], { at: "B3" });
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    const issues = m.mappingIssues.filter((i) => i.code === "KOLOM_TIDAK_ADA");
    expect(issues.map((i) => i.message).join(" | ")).toMatch(/"Satuan".*"Arah"/);
    expect(issues.every((i) => i.address === "B3:M3")).toBe(true);
    expect(m.sources.Kinerja.missingColumns).toEqual(["Satuan", "Arah"]);
    // No Arah column means Naik.
    expect(m.kinerja[0].arah.value).toBe("Naik");
    expect(capaian(m)).toBeCloseTo(0.75, 12);
    expect(m.kinerja[0].satuan.value).toBeNull();
  });

  test("annual sheets are required for Tahunan", () => {
    const m = mapWorkbook(buku([profil({ "Jenis Laporan": "Tahunan", Tahun: 2023 })]));
    expect(m.jenis).toBe("Tahunan");
    expect(m.triwulan).toBeNull();
    const hilang = m.mappingIssues.filter((i) => i.code === "LEMBAR_TIDAK_ADA").map((i) => i.sheet);
    expect(hilang).toEqual(expect.arrayContaining(["IKM", "Tren Kinerja", "Pembanding"]));
  });

  test("garbage in the raw workbook does not throw", () => {
    const rusak = {
      sheetNames: [1, null, "Kinerja"],
      tables: [
        null,
        { name: "Kinerja", sheet: "Kinerja", address: "zz", headers: null, values: "x" },
        { name: 5 },
      ],
    } as unknown as Parameters<typeof mapWorkbook>[0];
    const m = mapWorkbook(rusak);
    expect(m.sheetNames).toEqual(["Kinerja"]);
    expect(kodeIssue(m)).toContain("ALAMAT_TABEL_TIDAK_VALID");
    expect(m.kinerja).toEqual([]);
    expect(() =>
      mapWorkbook(undefined as unknown as Parameters<typeof mapWorkbook>[0])
    ).not.toThrow();
  });
});

describe("cells remember where they are", () => {
  test("refs are sheet + A1 for a table that starts at C5", () => {
    const t = kinerja([indikator({ No: "1" }), indikator({ No: "2" })], { at: "C5" });
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    expect(m.sources.Kinerja.address).toBe("C5:P7");
    const [a, b] = m.kinerja;
    expect(a.row).toBe(6);
    expect(b.row).toBe(7);
    expect(a.no.ref).toEqual({ sheet: "Kinerja", address: "C6" });
    // Target is the 7th column: C + 6 = I.
    expect(a.target.ref).toEqual({ sheet: "Kinerja", address: "I6" });
    expect(b.realisasi.ref).toEqual({ sheet: "Kinerja", address: "N7" });
    expect(b.reported.capaian.ref.address).toBe("O7");
    expect(m.sources.Kinerja.columns.Predikat).toBe("P");
  });

  test("a cell reads its raw value, format, address and parse from the table", () => {
    const headers = ["No", "Uraian", "Pagu", "Realisasi", "Serapan"];
    const t = tabel("Anggaran", headers, [
      ["1", "Program A", 1000, "750", 0.75],
      ["1.1", "Kegiatan A", "1.234", "", 0.5],
    ]);
    t.numberFormats = [
      ["@", "General", "#,##0", "General", "0.00%"],
      ["@", "General", "#,##0", "General", "0.00%"],
    ];
    t.formulas[0][4] = "=LKJ.SERAPAN([@Pagu];[@Realisasi])";
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    const [a, b] = m.anggaran;
    // A typed number: its parse is the number itself.
    expect(a.pagu.value).toBe(1000);
    expect(a.pagu.numberFormat).toBe("#,##0");
    expect(a.pagu.parsed).toEqual({
      ok: true,
      value: 1000,
      percent: false,
      fromText: false,
      unit: null,
    });
    // Text that reads as a number, kept as text in raw.
    expect(a.realisasi.raw).toBe("750");
    expect(a.realisasi.value).toBe(750);
    expect(a.realisasi.parsed).toMatchObject({ ok: true, value: 750, fromText: true });
    expect(b.pagu.value).toBe(1234);
    // A percent format marks a typed fraction as a percent; the formula is kept.
    expect(a.reported.serapan.parsed).toMatchObject({ ok: true, value: 0.75, percent: true });
    expect(a.reported.serapan.formula).toBe("=LKJ.SERAPAN([@Pagu];[@Realisasi])");
    expect(b.reported.serapan.formula).toBeNull();
    // Blank: raw "", no value, the shared blank parse.
    expect(b.realisasi.raw).toBe("");
    expect(b.realisasi.value).toBeNull();
    expect(b.realisasi.parsed).toMatchObject({ ok: false, reason: "kosong" });
    // The same address on every read, and JSON shows the cell, not its table.
    expect(b.uraian.ref).toEqual(b.uraian.ref);
    expect(b.uraian.ref).toEqual({ sheet: "Anggaran", address: "B3" });
    expect(JSON.parse(JSON.stringify(a.pagu))).toEqual({
      value: 1000,
      raw: 1000,
      formula: null,
      ref: { sheet: "Anggaran", address: "C2" },
      numberFormat: "#,##0",
    });
  });

  test("a text cell has no number parse, even when its text reads as one", () => {
    const t = tabel("Anggaran", ["No", "Uraian", "Pagu", "Keterangan"], [["1", "A", 10, "100%"]]);
    const [a] = mapWorkbook(buku([profil(PROFIL_TW3), t])).anggaran;
    expect(a.keterangan?.value).toBe("100%");
    expect((a.keterangan as unknown as { parsed?: unknown }).parsed).toBeUndefined();
    expect(a.pagu.parsed).toMatchObject({ ok: true, value: 10 });
  });

  test("rows that are not arrays, and ragged formula or format rows, read as blank", () => {
    const headers = ["No", "Uraian", "Pagu", "Realisasi"];
    const t = tabel("Anggaran", headers, [["1", "Program A", 1000, 500], "bukan baris" as never]);
    t.formulas = [["1"]];
    t.numberFormats = [];
    const m = mapWorkbook(buku([profil(PROFIL_TW3), t]));
    expect(m.anggaran).toHaveLength(1);
    const [a] = m.anggaran;
    expect(a.pagu.value).toBe(1000);
    expect(a.pagu.formula).toBeNull();
    expect(a.pagu.numberFormat).toBeUndefined();
    expect(a.computed.serapan).toEqual({ ok: true, value: 0.5 });
  });

  test("a row makes its cells when asked: equal on every read, JSON as plain data in model order", () => {
    const m = mapWorkbook(
      buku([profil(PROFIL_TW3), kinerja([indikator({ Keterangan: "catatan" })])])
    );
    const [k] = m.kinerja;
    // A view per read, so compare cells by content or ref, never by identity.
    expect(k.target).not.toBe(k.target);
    expect(k.target).toEqual(k.target);
    expect(k.target.value).toBe(12);
    const json = JSON.parse(JSON.stringify(k)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "index",
      "row",
      "no",
      "tingkat",
      "sasaran",
      "indikator",
      "satuan",
      "arah",
      "targetAwal",
      "target",
      "realisasiTw",
      "realisasi",
      "reported",
      "computed",
      "formulasi",
      "pembilang",
      "penyebut",
      "keterangan",
    ]);
    expect(json.target).toEqual({
      value: 12,
      raw: 12,
      formula: null,
      ref: { sheet: "Kinerja", address: "G2" },
    });
    // An optional column the table lacks (Keterangan) has no cell.
    expect(json.keterangan).toBeNull();
    expect(json.computed).toMatchObject({ capaian: { ok: true, value: 0.75 } });
  });

  test("an absent column reads as blank cells with the blank's meaning", () => {
    const headers = KINERJA_HEADERS.filter((h) => h !== "Arah" && h !== "Satuan");
    const t = tabel("Kinerja", headers, [headers.map((h) => indikator()[h] ?? "")]);
    const [k] = mapWorkbook(buku([profil(PROFIL_TW3), t])).kinerja;
    // Blank Arah means Naik; a blank Satuan is no text; optional columns absent are null.
    expect(k.arah.value).toBe("Naik");
    expect(k.arah.raw).toBe("");
    expect(k.satuan.value).toBeNull();
    expect(k.arah.ref).toEqual({ sheet: "Kinerja", address: "A2" });
    expect(k.targetAwal).toBeNull();
  });

  test("Profil fields point at their Nilai cell; absent fields at the table", () => {
    const m = mapWorkbook(buku([profil({ ...PROFIL_TW3, NIP: "1966 0905" }, { at: "B2" })]));
    expect(m.profil.nip.ref).toEqual({ sheet: "Profil", address: "C6" });
    expect(m.profil.nip.value).toBe("1966 0905");
    expect(m.profil.nama.value).toBeNull();
    expect(m.profil.nama.ref).toEqual({ sheet: "Profil", address: "B2:C6" });
  });

  test("unknown Profil rows are kept in lainnya", () => {
    const m = mapWorkbook(buku([profil({ ...PROFIL_TW3, "Catatan Khusus": "abc" })]));
    expect(m.profil.lainnya).toEqual([
      expect.objectContaining({
        isian: "Catatan Khusus",
        nilai: expect.objectContaining({ value: "abc" }),
      }),
    ]);
  });

  test("formulas are kept (file form turned back into LKJ.), constants have none", () => {
    const rows = [indikator({ Capaian: 0.75, Predikat: "Tinggi" })];
    const formulas = rows.map((r) =>
      KINERJA_HEADERS.map((h) =>
        h === "Capaian"
          ? "=_xldudf_LKJ_CAPAIAN([@Target],[@Realisasi],[@Arah],LKJ_BatasCapaian)"
          : h === "Predikat"
            ? '=IF(O2>=0.91,"Sangat Tinggi","Tinggi")'
            : (r[h] ?? "")
      )
    );
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(rows, { formulas })]));
    const k = m.kinerja[0];
    expect(k.reported.capaian.formula).toBe(
      "=LKJ.CAPAIAN([@Target],[@Realisasi],[@Arah],LKJ_BatasCapaian)"
    );
    expect(k.reported.capaian.value).toBe(0.75);
    expect(k.reported.predikat.formula).toBe('=IF(O2>=0.91,"Sangat Tinggi","Tinggi")');
    expect(k.target.formula).toBeNull();
  });

  test("number formats reach the cell; a percent format marks the number as percent", () => {
    const rows = [indikator({ Target: 0.85, Realisasi: 0.8 })];
    const numberFormats = rows.map(() =>
      KINERJA_HEADERS.map((h) =>
        h === "Target" ? "0%" : h === "Realisasi" ? '0.00"%"' : "General"
      )
    );
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(rows, { numberFormats })]));
    const k = m.kinerja[0];
    expect(k.target.numberFormat).toBe("0%");
    expect(k.target.parsed?.ok && k.target.parsed.percent).toBe(true);
    // A quoted "%" is literal text, not a percent format.
    expect(k.realisasi.parsed.ok && k.realisasi.parsed.percent).toBe(false);
  });
});

describe("capaian", () => {
  function satu(over: Record<string, unknown>, prof: Record<string, unknown> = PROFIL_TW3) {
    return mapWorkbook(buku([profil(prof), kinerja([indikator(over)])]));
  }

  test("Naik: realisasi / target, text numbers in Indonesian notation included", () => {
    expect(capaian(satu({ Target: 12, Realisasi: 9 }))).toBeCloseTo(0.75, 12);
    expect(capaian(satu({ Target: "1.000", Realisasi: "946,5" }))).toBeCloseTo(0.9465, 12);
    expect(capaian(satu({ Target: "100%", Realisasi: "94,87%" }))).toBeCloseTo(0.9487, 12);
  });

  test("Turun: (2T − R) / T, floored at 0 (domain.md examples)", () => {
    expect(capaian(satu({ Arah: "Turun", Target: 7, Realisasi: 6.5 }))).toBeCloseTo(15 / 14, 12);
    expect(capaian(satu({ Arah: "turun", Target: 8, Realisasi: 9 }))).toBeCloseTo(0.875, 12);
    expect(capaian(satu({ Arah: "Turun", Target: 8, Realisasi: 30 }))).toBe(0);
  });

  test("blank Arah is Naik; an unknown Arah fails", () => {
    expect(capaian(satu({ Arah: "" }))).toBeCloseTo(0.75, 12);
    const m = satu({ Arah: "kadang" });
    expect(m.kinerja[0].computed.capaian.ok).toBe(false);
    expect(m.kinerja[0].computed.tercapai).toBeNull();
  });

  test("range target: inside 100 %, above R / upper, below R / lower", () => {
    expect(capaian(satu({ Target: "80–90 %", Realisasi: "85%" }))).toBeCloseTo(1, 12);
    expect(capaian(satu({ Target: "80-90%", Realisasi: "95%" }))).toBeCloseTo(0.95 / 0.9, 12);
    expect(capaian(satu({ Target: "80 - 90 %", Realisasi: "60%" }))).toBeCloseTo(0.75, 12);
  });

  test("target 0: met with realisasi 0, no ratio otherwise", () => {
    expect(capaian(satu({ Target: 0, Realisasi: 0 }))).toBe(1);
    const m = satu({ Target: 0, Realisasi: 3 });
    const c = m.kinerja[0].computed.capaian;
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error.message).not.toMatch(/Infinity|NaN/);
  });

  test("blank and non-numeric inputs give Indonesian errors, not numbers", () => {
    const kosong = satu({ Realisasi: "" }).kinerja[0].computed.capaian;
    expect(kosong.ok === false && kosong.error.code).toBe("KOSONG");
    const teks = satu({ Target: "dua belas" }).kinerja[0].computed.capaian;
    expect(teks.ok === false && teks.error.message).toMatch(/bukan angka/);
  });

  test("Batas Capaian from Profil caps capaian; capaianTanpaBatas keeps the raw figure", () => {
    const m = satu({ Target: 10, Realisasi: 15 }, { ...PROFIL_TW3, "Batas Capaian": "120%" });
    expect(m.profil.batasCapaian.value).toBeCloseTo(1.2, 12);
    expect(capaian(m)).toBeCloseTo(1.2, 12);
    const t = m.kinerja[0].computed.capaianTanpaBatas;
    expect(t.ok && t.value).toBeCloseTo(1.5, 12);
    // "120" without a sign is 120 %; a number with a percent format too.
    expect(satu({}, { ...PROFIL_TW3, "Batas Capaian": 120 }).profil.batasCapaian.value).toBeCloseTo(
      1.2,
      12
    );
    const tanpa = satu({ Target: 10, Realisasi: 15 });
    expect(tanpa.profil.batasCapaian.value).toBeNull();
    expect(capaian(tanpa)).toBeCloseTo(1.5, 12);
  });
});

describe("predikat", () => {
  test("PERMENDAGRI86 by default, bounds inclusive", () => {
    const rows = [
      indikator({ No: "1", Target: 100, Realisasi: 91 }),
      indikator({ No: "2", Target: 100, Realisasi: 90.9 }),
      indikator({ No: "3", Target: 100, Realisasi: 50 }),
      indikator({ No: "4", Target: 100, Realisasi: 130 }),
    ];
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(rows)]));
    expect(m.skala.name).toBe("PERMENDAGRI86");
    expect(m.kinerja.map((k) => k.computed.predikat)).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sangat Rendah",
      "Sangat Tinggi",
    ]);
  });

  test("the Profil Skala Predikat preset is used", () => {
    const rows = [indikator({ Target: 100, Realisasi: 86 })];
    const m = mapWorkbook(
      buku([profil({ ...PROFIL_TW3, "Skala Predikat": "berhasil4" }), kinerja(rows)])
    );
    expect(m.skala.name).toBe("BERHASIL4");
    expect(m.kinerja[0].computed.predikat).toBe("Sangat Berhasil");
  });

  test("an unknown preset falls back to PERMENDAGRI86 with an issue at the Profil cell", () => {
    const m = mapWorkbook(
      buku([profil({ ...PROFIL_TW3, "Skala Predikat": "BINTANG" }), kinerja([indikator()])])
    );
    expect(m.skala.name).toBe("PERMENDAGRI86");
    expect(m.mappingIssues).toContainEqual(
      expect.objectContaining({ code: "SKALA_TIDAK_DIKENAL", sheet: "Profil", address: "B5" })
    );
  });

  test("Skala = the custom table", () => {
    const skala = tabel(
      "Skala",
      ["Batas Bawah", "Predikat", "Warna"],
      [
        ["90%", "Istimewa", "#00FF00"],
        [0.6, "Cukup", ""],
        [0, "Kurang", ""],
      ]
    );
    const rows = [
      indikator({ No: "1", Target: 10, Realisasi: 9.5 }),
      indikator({ No: "2", Target: 10, Realisasi: 6 }),
      indikator({ No: "3", Target: 10, Realisasi: 1 }),
    ];
    const m = mapWorkbook(
      buku([profil({ ...PROFIL_TW3, "Skala Predikat": "Skala" }), kinerja(rows), skala])
    );
    expect(m.skala.name).toBe("Skala");
    expect(m.kinerja.map((k) => k.computed.predikat)).toEqual(["Istimewa", "Cukup", "Kurang"]);
  });

  test("Skala chosen but the table is missing → issue and fallback", () => {
    const m = mapWorkbook(
      buku([profil({ ...PROFIL_TW3, "Skala Predikat": "Skala" }), kinerja([indikator()])])
    );
    expect(m.skala.name).toBe("PERMENDAGRI86");
    expect(kodeIssue(m)).toEqual(expect.arrayContaining(["LEMBAR_TIDAK_ADA", "SKALA_TIDAK_VALID"]));
  });
});

describe("budget", () => {
  const indikatorAnggaran = [
    indikator({ No: "1", Target: 10, Realisasi: 9 }), // 90 %
    indikator({ No: "2", Target: 10, Realisasi: 12 }), // 120 %
  ];

  test("serapan, linked capaian kinerja, efisiensi (points) and its predikat, sisa", () => {
    const a = anggaran([
      { No: "1", Tingkat: "Program", Uraian: "P", "No Kinerja": "1", Pagu: 1000, Realisasi: 800 },
      {
        No: "2",
        Tingkat: "Program",
        Uraian: "Q",
        "No Kinerja": 2,
        Pagu: "Rp 2.000",
        Realisasi: "1.980",
      },
      { No: "3", Tingkat: "Program", Uraian: "R", "No Kinerja": "1", Pagu: 100, Realisasi: 95 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(indikatorAnggaran), a]));
    const [p, q, r] = m.anggaran;
    expect(p.computed.serapan).toEqual({ ok: true, value: 0.8 });
    expect(p.computed.capaianKinerja).toEqual({ ok: true, value: 0.9 });
    // (0,9 − 0,8) × 100 = 10 points > 5 → Efisien.
    expect(p.computed.efisiensi?.ok && p.computed.efisiensi.value).toBeCloseTo(10, 9);
    expect(p.computed.efisiensiPredikat).toBe("Efisien");
    expect(p.computed.sisa).toBe(200);
    // Numeric No Kinerja 2 links to "2".
    expect(q.computed.capaianKinerja).toEqual({ ok: true, value: 1.2 });
    expect(q.computed.serapan.ok && q.computed.serapan.value).toBeCloseTo(0.99, 12);
    expect(q.computed.efisiensi?.ok && q.computed.efisiensi.value).toBeCloseTo(21, 9);
    // 90 − 95 = −5 points: within ±5 → Cukup Efisien.
    expect(r.computed.efisiensi?.ok && r.computed.efisiensi.value).toBeCloseTo(-5, 9);
    expect(r.computed.efisiensiPredikat).toBe("Cukup Efisien");
  });

  test("No Kinerja that points to no indicator; no link at all", () => {
    const a = anggaran([
      { No: "1", Tingkat: "Program", Uraian: "P", "No Kinerja": "9", Pagu: 1000, Realisasi: 800 },
      { No: "2", Tingkat: "Program", Uraian: "Q", Pagu: 1000, Realisasi: 800 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(indikatorAnggaran), a]));
    const [p, q] = m.anggaran;
    expect(p.computed.capaianKinerja?.ok === false && p.computed.capaianKinerja.error.code).toBe(
      "NO_KINERJA_TIDAK_ADA"
    );
    expect(p.computed.efisiensi?.ok).toBe(false);
    expect(p.computed.efisiensiPredikat).toBeNull();
    expect(q.computed.capaianKinerja).toBeNull();
    expect(q.computed.efisiensi).toBeNull();
  });

  test("pagu 0: no spending → 0, spending → error; blank pagu → KOSONG", () => {
    const a = anggaran([
      { No: "1", Tingkat: "Program", Uraian: "P", Pagu: 0, Realisasi: 0 },
      { No: "2", Tingkat: "Program", Uraian: "Q", Pagu: 0, Realisasi: 5 },
      { No: "3", Tingkat: "Program", Uraian: "R", Pagu: "", Realisasi: 5 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), a]));
    expect(m.anggaran[0].computed.serapan).toEqual({ ok: true, value: 0 });
    expect(m.anggaran[1].computed.serapan.ok).toBe(false);
    const s = m.anggaran[2].computed.serapan;
    expect(s.ok === false && s.error.code).toBe("KOSONG");
    expect(m.anggaran[2].computed.sisa).toBeNull();
  });

  test("without a No Kinerja column, capaian kinerja and efisiensi are null", () => {
    const headers = ANGGARAN_HEADERS.filter((h) => h !== "No Kinerja");
    const a = tabelObjek("Anggaran", headers, [
      { No: "1", Tingkat: "Program", Uraian: "P", Pagu: 10, Realisasi: 5 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), a]));
    expect(m.anggaran[0].noKinerja).toBeNull();
    expect(m.anggaran[0].computed.efisiensi).toBeNull();
    expect(m.sources.Anggaran.missingColumns).toEqual([]);
  });
});

describe("ringkasan", () => {
  test("counts, rata-rata and totals over the top-level budget rows only", () => {
    const rows = [
      indikator({ No: "1", Target: 10, Realisasi: 10 }), // 100 % tercapai
      indikator({ No: "2", Target: 10, Realisasi: 12 }), // 120 % tercapai
      indikator({ No: "3", Target: 10, Realisasi: 5 }), // 50 % belum
      indikator({ No: "4", Target: 10, Realisasi: "" }), // tanpa capaian
    ];
    const a = anggaran([
      { No: "1", Tingkat: "Program", Uraian: "P1", Pagu: 1000, Realisasi: 900 },
      { No: "1.1", Tingkat: "Kegiatan", Uraian: "K1", Pagu: 600, Realisasi: 500 },
      { No: "1.2", Tingkat: "Kegiatan", Uraian: "K2", Pagu: 400, Realisasi: 400 },
      { No: "2", Tingkat: "Program", Uraian: "P2", Pagu: 3000, Realisasi: 2100 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), kinerja(rows), a]));
    const r = m.ringkasan;
    expect(r.jumlahIndikator).toBe(4);
    expect(r.tercapai).toBe(2);
    expect(r.belumTercapai).toBe(1);
    expect(r.tanpaCapaian).toBe(1);
    expect(r.rataRataCapaian).toBeCloseTo((1 + 1.2 + 0.5) / 3, 12);
    expect(r.totalPagu).toBe(4000);
    expect(r.totalRealisasi).toBe(3000);
    expect(r.sisaAnggaran).toBe(1000);
    expect(r.serapanTotal).toEqual({ ok: true, value: 0.75 });
  });

  test("without Program rows the highest Tingkat present is the top", () => {
    const a = anggaran([
      { No: "1", Tingkat: "Kegiatan", Uraian: "K", Pagu: 500, Realisasi: 100 },
      { No: "1.1", Tingkat: "Sub Kegiatan", Uraian: "S", Pagu: 500, Realisasi: 100 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), a]));
    expect(m.ringkasan.totalPagu).toBe(500);
  });

  test("no Tingkat anywhere: every row counts", () => {
    const a = anggaran([
      { No: "1", Uraian: "A", Pagu: 500, Realisasi: 100 },
      { No: "2", Uraian: "B", Pagu: 500, Realisasi: 300 },
    ]);
    const m = mapWorkbook(buku([profil(PROFIL_TW3), a]));
    expect(m.ringkasan.totalPagu).toBe(1000);
    expect(m.ringkasan.serapanTotal).toEqual({ ok: true, value: 0.4 });
  });

  test("total pagu 0 has no serapan (not 0 %); no indicators has no rata-rata", () => {
    const m = mapWorkbook(buku([profil(PROFIL_TW3)]));
    expect(m.ringkasan.totalPagu).toBe(0);
    expect(m.ringkasan.serapanTotal.ok).toBe(false);
    expect(m.ringkasan.rataRataCapaian).toBeNull();
    const nol = anggaran([{ No: "1", Tingkat: "Program", Uraian: "P", Pagu: 0, Realisasi: 0 }]);
    expect(mapWorkbook(buku([profil(PROFIL_TW3), nol])).ringkasan.serapanTotal.ok).toBe(false);
  });
});

describe("Realisasi from the period's TW column", () => {
  test("Triwulan II uses TW II when Realisasi is blank; a typed Realisasi wins", () => {
    const rows = [
      indikator({ No: "1", "Realisasi TW I": 2, "Realisasi TW II": 5, "Realisasi TW III": 8 }),
      indikator({ No: "2", "Realisasi TW II": 5, Realisasi: 7 }),
    ];
    for (const r of rows) if (r.No === "1") r.Realisasi = "";
    const m = mapWorkbook(buku([profil({ ...PROFIL_TW3, Periode: "II" }), kinerja(rows)]));
    const [a, b] = m.kinerja;
    expect(a.realisasi.value).toBe(5);
    expect(a.realisasiDariTw).toBe(true);
    expect(a.realisasi.ref.address).toBe("I2");
    expect(b.realisasi.value).toBe(7);
    expect(b.realisasiDariTw).toBeUndefined();
    expect(a.realisasiTw.map((c) => c?.value ?? null)).toEqual([2, 5, 8, null]);
  });

  test("Tahunan uses TW IV, for budget lines too", () => {
    const k = kinerja([indikator({ Realisasi: "", "Realisasi TW IV": 11 })]);
    const headers = [...ANGGARAN_HEADERS, "Realisasi TW IV"];
    const a = tabelObjek("Anggaran", headers, [
      { No: "1", Tingkat: "Program", Uraian: "P", Pagu: 100, "Realisasi TW IV": 90 },
    ]);
    const m = mapWorkbook(buku([profil({ "Jenis Laporan": "Tahunan", Tahun: 2023 }), k, a]));
    expect(m.kinerja[0].realisasi.value).toBe(11);
    expect(m.anggaran[0].realisasi.value).toBe(90);
    expect(m.anggaran[0].realisasiDariTw).toBe(true);
    expect(m.anggaran[0].computed.serapan).toEqual({ ok: true, value: 0.9 });
  });
});

describe("annual extras", () => {
  test("Tren capaian uses the linked indicator's Arah; tables by sheet name", () => {
    const k = kinerja([indikator({ No: "1", Arah: "Turun", Target: 8, Realisasi: 9 })]);
    const tren = tabel(
      "TrenKinerja",
      ["No Kinerja", "Tahun", "Target", "Realisasi"],
      [
        ["1", 2022, 8, 9],
        ["1", "2021", 8, 7],
      ],
      { sheet: "Tren Kinerja" }
    );
    const ikm = tabel("IKM", ["Periode", "Nilai IKM"], [["TW I", "88,5"]]);
    const m = mapWorkbook(
      buku([profil({ "Jenis Laporan": "Tahunan", Tahun: 2023 }), k, tren, ikm])
    );
    const [a, b] = m.tahunan.tren;
    expect(a.computed.capaian.ok && a.computed.capaian.value).toBeCloseTo(0.875, 12);
    expect(b.tahun.value).toBe(2021);
    expect(b.computed.capaian.ok && b.computed.capaian.value).toBeCloseTo(9 / 8, 12);
    expect(m.tahunan.ikm[0].nilai.value).toBeCloseTo(88.5, 12);
    expect(a.realisasi.ref).toEqual({ sheet: "Tren Kinerja", address: "D2" });
  });

  test("jenis without Profil: annual sheets imply Tahunan", () => {
    const m = mapWorkbook(buku([tabel("IKM", ["Periode", "Nilai IKM"], [["TW I", 80]])]));
    expect(m.jenis).toBe("Tahunan");
  });

  test("Profil Tanggal Laporan accepts serials and date texts", () => {
    for (const v of [45199, "2023-09-30", "30/09/2023", "30 September 2023"]) {
      const m = mapWorkbook(buku([profil({ ...PROFIL_TW3, "Tanggal Laporan": v })]));
      expect(m.profil.tanggalLaporan.value).toBe(45199);
    }
    const salah = mapWorkbook(buku([profil({ ...PROFIL_TW3, "Tanggal Laporan": "31/02/2023" })]));
    expect(salah.profil.tanggalLaporan.value).toBeNull();
  });
});
