// Pure pane logic: the Siapkan Lembar form (defaults, Tahun, examples, options, result
// lines), the theme from Office's body colour, and Excel errors as Indonesian sentences.
import { EXAMPLES } from "../../src/core/examples";
import type { ExampleReport } from "../../src/core/examples/types";
import type { ScaffoldResult } from "../../src/office/scaffold";
import { pesanGalat } from "../../src/taskpane/pesan";
import {
  cekTahun,
  contohUntuk,
  formAwal,
  gantiJenis,
  isiDariContoh,
  keOpsi,
  pilihanSkala,
  ringkasHasil,
} from "../../src/taskpane/siapkan-form";
import { luminans, pantauTema, temaDariLatar, temaOffice } from "../../src/taskpane/theme";
import { contoh } from "../support/contoh";

const TAHUNAN: ExampleReport = {
  id: "uji-tahunan",
  judul: "Uji Tahunan",
  sumber: "uji",
  jenis: "Tahunan",
  tables: {
    Profil: [
      { Isian: "Jenis Laporan", Nilai: "Tahunan" },
      { Isian: "Tahun", Nilai: 2022 },
      { Isian: "Skala Predikat", Nilai: "baik5" },
    ],
  },
};
const SEMUA = [...EXAMPLES, TAHUNAN];

const hasil = (patch: Partial<ScaffoldResult> = {}): ScaffoldResult => ({
  sheetsCreated: [],
  tablesCreated: [],
  columnsAdded: [],
  sheetsSkipped: [],
  foreignSheets: [],
  formulasFilled: 0,
  profilFilled: [],
  namesAdded: [],
  syncs: 1,
  ...patch,
});

describe("Siapkan Lembar form", () => {
  test("defaults: Triwulan, this quarter and year, first preset, no example", () => {
    expect(formAwal(new Date(2025, 7, 15))).toEqual({
      jenis: "Triwulan",
      periode: 3,
      tahun: "2025",
      skala: "PERMENDAGRI86",
      contoh: "",
    });
    expect(formAwal(new Date(2026, 0, 1)).periode).toBe(1);
    expect(pilihanSkala()).toEqual(["PERMENDAGRI86", "BAIK5", "BERHASIL4", "Skala"]);
  });

  test.each([
    ["2024", true],
    [" 2030 ", true],
    ["", false],
    ["20x4", false],
    ["24", false],
    ["1999", false],
    ["2101", false],
    ["2024.5", false],
  ])("Tahun %p valid: %p", (teks, ok) => {
    const r = cekTahun(teks);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.pesan).toMatch(/Tahun/);
  });

  test("examples are offered by jenis; choosing one fills the form from its Profil", () => {
    expect(contohUntuk(SEMUA, "Tahunan").map((e) => e.id)).toEqual([
      ...EXAMPLES.filter((e) => e.jenis === "Tahunan").map((e) => e.id),
      "uji-tahunan",
    ]);
    const triwulan = contohUntuk(SEMUA, "Triwulan");
    expect(triwulan.length).toBe(EXAMPLES.filter((e) => e.jenis === "Triwulan").length);
    const tempeh = contoh("tempeh-kasi-pemerintahan-2023-tw3");
    const form = isiDariContoh(formAwal(new Date(2025, 0, 1)), tempeh);
    expect(form).toMatchObject({ contoh: tempeh.id, jenis: "Triwulan", periode: 3, tahun: "2023" });

    const tahunan = isiDariContoh(form, TAHUNAN);
    // The preset's case is the list's; Periode is kept (ignored for Tahunan).
    expect(tahunan).toMatchObject({ jenis: "Tahunan", tahun: "2022", skala: "BAIK5" });
    expect(isiDariContoh(tahunan, undefined).contoh).toBe("");
  });

  test("changing Jenis Laporan drops an example of the other jenis only", () => {
    const tempeh = contoh("tempeh-kasi-pemerintahan-2023-tw3");
    const form = isiDariContoh(formAwal(new Date(2025, 0, 1)), tempeh);
    expect(gantiJenis(form, "Triwulan", SEMUA).contoh).toBe(tempeh.id);
    expect(gantiJenis(form, "Tahunan", SEMUA)).toMatchObject({ jenis: "Tahunan", contoh: "" });
  });

  test("options for scaffold(): Periode only for Triwulan, the example passed along", () => {
    const tempeh = contoh("tempeh-kasi-pemerintahan-2023-tw3");
    const base = formAwal(new Date(2025, 4, 1));
    expect(keOpsi(base, SEMUA)).toEqual({
      ok: true,
      value: { jenis: "Triwulan", periode: 2, tahun: 2025, skala: "PERMENDAGRI86" },
    });
    expect(keOpsi({ ...base, jenis: "Tahunan" }, SEMUA)).toEqual({
      ok: true,
      value: { jenis: "Tahunan", periode: null, tahun: 2025, skala: "PERMENDAGRI86" },
    });
    const withEx = keOpsi(isiDariContoh(base, tempeh), SEMUA);
    expect(withEx.ok && withEx.value.contoh).toBe(tempeh);
    expect(keOpsi({ ...base, tahun: "abc" }, SEMUA)).toEqual({
      ok: false,
      pesan: "Tahun ditulis dengan angka saja, misalnya 2024.",
    });
    expect(keOpsi({ ...base, skala: "LAIN" }, SEMUA).ok).toBe(false);
    expect(keOpsi({ ...base, jenis: "Tahunan", contoh: tempeh.id }, SEMUA).ok).toBe(false);
  });

  test("a long Profil list is counted, not listed", () => {
    const isian = ["Jenis Laporan", "Periode", "Tahun", "Skala Predikat", "Nama"];
    expect(ringkasHasil(hasil({ profilFilled: isian }))).toEqual({
      tertahan: false,
      baris: ["Profil diisi: 5 isian."],
    });
  });

  test("result lines: created, columns, formulas, Profil, skipped, foreign sheets", () => {
    const { tertahan, baris: lines } = ringkasHasil(
      hasil({
        sheetsCreated: ["Profil", "Kinerja", "Anggaran"],
        columnsAdded: [{ table: "Kinerja", column: "Predikat" }],
        formulasFilled: 1234,
        profilFilled: ["Jenis Laporan", "Tahun"],
        sheetsSkipped: ["Strategi"],
        foreignSheets: ["Tindak Lanjut"],
      })
    );
    expect(lines).toEqual([
      "Lembar dibuat (3): Profil, Kinerja dan Anggaran.",
      "Kolom ditambahkan (1): Predikat (Kinerja).",
      "Rumus diisi di 1.234 sel yang kosong.",
      "Profil diisi: Jenis Laporan dan Tahun.",
      "Sudah lengkap, tidak diubah: Strategi.",
      expect.stringMatching(/^Lembar Tindak Lanjut dibiarkan: .*tidak memuat tabel LKj/),
    ]);
    // A sheet left alone is something the user must act on.
    expect(tertahan).toBe(true);
    expect(ringkasHasil(hasil({ sheetsSkipped: ["Profil"] }))).toEqual({
      tertahan: false,
      baris: [
        "Semua lembar sudah lengkap; tidak ada yang diubah.",
        "Sudah lengkap, tidak diubah: Profil.",
      ],
    });
  });

  test("held back: blocked columns, formulas without their inputs, blocked Profil rows", () => {
    const r = ringkasHasil(
      hasil({
        columnsBlocked: [
          { table: "Kinerja", column: "Target Awal" },
          { table: "Anggaran", column: "Serapan" },
          { table: "Kinerja", column: "Keterangan" },
        ],
        formulasSkipped: [
          { table: "Anggaran", column: "Capaian Kinerja" },
          { table: "Anggaran", column: "Capaian Kinerja" },
        ],
        profilBlocked: ["Batas Capaian"],
        sheetsSkipped: ["Strategi"],
      })
    );
    expect(r.tertahan).toBe(true);
    expect(r.baris).toEqual([
      "Kolom belum ditambahkan di tabel Kinerja (2): Target Awal dan Keterangan. Sel di kanan tabel itu sudah berisi dan tidak akan ditimpa; pindahkan isi sel itu, lalu jalankan Siapkan Lembar lagi.",
      "Kolom belum ditambahkan di tabel Anggaran (1): Serapan. Sel di kanan tabel itu sudah berisi dan tidak akan ditimpa; pindahkan isi sel itu, lalu jalankan Siapkan Lembar lagi.",
      "Rumus belum diisi di kolom Capaian Kinerja (Anggaran): kolom atau tabel yang dibacanya belum ada. Lengkapi dulu, lalu jalankan Siapkan Lembar lagi.",
      "Isian Profil belum ditambahkan (1): Batas Capaian. Sel di bawah tabel Profil sudah berisi dan tidak akan ditimpa; tambahkan baris itu sendiri di tabel Profil, atau kosongkan sel di bawahnya lalu jalankan Siapkan Lembar lagi.",
      "Sudah lengkap, tidak diubah: Strategi.",
    ]);
    // Nothing changed, but it is not "all complete" either.
    expect(
      ringkasHasil(hasil({ columnsBlocked: [{ table: "Anggaran", column: "Serapan" }] }))
    ).toEqual({
      tertahan: true,
      baris: [expect.stringMatching(/^Kolom belum ditambahkan di tabel Anggaran \(1\): Serapan\./)],
    });
  });
});

describe("theme", () => {
  test("luminance of Office's colours; dark below mid-grey", () => {
    expect(luminans("#FFFFFF")).toBeCloseTo(1);
    expect(luminans("000")).toBe(0);
    expect(luminans("merah")).toBeNull();
    expect(temaDariLatar("#1f1f1f")).toBe("gelap");
    expect(temaDariLatar("#262626")).toBe("gelap");
    expect(temaDariLatar("#E6E6E6")).toBe("terang");
    expect(temaDariLatar("#ffffff")).toBe("terang");
    expect(temaDariLatar(undefined)).toBe("terang");
  });

  test("from Office.context.officeTheme; light outside Office; theme changes followed", () => {
    const scope = globalThis as { Office?: unknown };
    expect(temaOffice()).toBe("terang");
    expect(pantauTema(() => undefined)).toEqual(expect.any(Function));
    let handler: ((e: unknown) => void) | null = null;
    let removed = 0;
    scope.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        officeTheme: { bodyBackgroundColor: "#1F1F1F" },
        document: {
          addHandlerAsync: (_t: unknown, h: (e: unknown) => void) => (handler = h),
          removeHandlerAsync: () => removed++,
        },
      },
    };
    try {
      expect(temaOffice()).toBe("gelap");
      const seen: string[] = [];
      const off = pantauTema((t) => seen.push(t));
      (handler as unknown as (e: unknown) => void)({
        officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      });
      expect(seen).toEqual(["terang"]);
      off();
      expect(removed).toBe(1);
    } finally {
      delete scope.Office;
    }
  });
});

describe("error messages", () => {
  const scope = globalThis as { Excel?: unknown };
  afterEach(() => delete scope.Excel);

  test("outside Excel: where to open the pane", () => {
    expect(pesanGalat(new Error("Excel is not defined"), "Siapkan Lembar")).toBe(
      "Siapkan Lembar hanya dapat dijalankan di Excel. Buka panel ini dari tab LKj di Excel."
    );
  });

  test("Excel error codes become a sentence; unknown errors a general one; never the raw text", () => {
    scope.Excel = {};
    const edit = pesanGalat({ code: "InvalidOperationInCellEditMode", message: "x" }, "Periksa");
    expect(edit).toMatch(/^Periksa gagal\. Excel sedang menunggu isian sel/);
    expect(pesanGalat({ code: "AccessDenied" }, "Siapkan Lembar")).toMatch(/diproteksi/);
    const raw = new Error("at Object.<anonymous> (/src/office/scaffold.ts:12:3)");
    const general = pesanGalat(raw, "Siapkan Lembar");
    expect(general).toMatch(/^Siapkan Lembar gagal karena Excel/);
    expect(general).not.toContain("scaffold.ts");
  });
});
