// The template's names are the public contract: compared with a hard-coded list
// (always) and with the list parsed from ../shared/spec/workbook.md (when present).
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import {
  allSheets,
  closedLists,
  definedNames,
  findColumn,
  profilFields,
  profilRow,
  realisasiDariTwColumn,
  sheetsFor,
  predikatColors,
  NAMA_BATAS_CAPAIAN,
  NAMA_SKALA_PREDIKAT,
} from "../../src/core/template";
import { PRESET_NAMES, getPreset } from "../../src/core/kinerja/predikat";

const TW = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"];

/** Hard-coded copy of workbook.md: sheet, table, columns in contract order. */
const KONTRAK: [string, string, string[], boolean][] = [
  ["Profil", "Profil", ["Isian", "Nilai", "Keterangan"], false],
  ["Tugas Fungsi", "TugasFungsi", ["No", "Uraian"], false],
  [
    "Kinerja",
    "Kinerja",
    [
      "No",
      "Tingkat",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Arah",
      "Target Awal",
      "Target",
      ...TW,
      "Realisasi",
      "Capaian",
      "Predikat",
      "Formulasi",
      "Pembilang",
      "Penyebut",
      "Keterangan",
    ],
    false,
  ],
  [
    "Anggaran",
    "Anggaran",
    [
      "No",
      "Tingkat",
      "Uraian",
      "No Kinerja",
      "Pagu",
      ...TW,
      "Realisasi",
      "Serapan",
      "Capaian Kinerja",
      "Efisiensi",
      "Sumber Dana",
      "Keterangan",
    ],
    false,
  ],
  ["Strategi", "Strategi", ["No Kinerja", "Strategi", "Pada Bulan"], false],
  ["Tindak Lanjut", "TindakLanjut", ["No", "Rencana Tindak Lanjut"], false],
  ["Skala", "Skala", ["Batas Bawah", "Predikat", "Warna"], false],
  ["IKM", "IKM", ["Periode", "Nilai IKM"], true],
  ["Tren Kinerja", "TrenKinerja", ["No Kinerja", "Tahun", "Target", "Realisasi"], true],
  ["Isu Strategis", "IsuStrategis", ["Masalah Pokok", "Masalah", "Akar Masalah"], true],
  ["SDM", "SDM", ["Nama", "NIP", "Pangkat", "Golongan", "Jabatan", "Pendidikan"], true],
  ["Sarana Prasarana", "SaranaPrasarana", ["Jenis", "Jumlah", "Keterangan"], true],
  ["Kendala", "Kendala", ["No Kinerja", "Kendala", "Upaya", "Faktor Keberhasilan"], true],
  ["Pembanding", "Pembanding", ["No Kinerja", "Unit", "Realisasi"], true],
];

const PROFIL_ISIAN = [
  "Jenis Laporan",
  "Periode",
  "Tahun",
  "Pemerintah Daerah",
  "Unit Kerja",
  "Jabatan",
  "Eselon",
  "Nama",
  "NIP",
  "Jabatan Atasan",
  "Nama Atasan",
  "NIP Atasan",
  "Pihak Kedua Perjanjian Kinerja",
  "Tempat",
  "Tanggal Laporan",
  "Dasar Hukum Pelaporan",
  "Dasar Hukum Tugas dan Fungsi",
  "Pasal Tugas dan Fungsi",
  "Skala Predikat",
  "Batas Capaian",
];

function templatSebagaiDaftar(): [string, string, string[], boolean][] {
  return allSheets().map((s) => [
    s.name,
    s.table.name,
    s.table.columns.map((c) => c.header),
    s.jenis === "tahunan",
  ]);
}

describe("template against the hard-coded contract", () => {
  test("every sheet, table and column, exact and in contract order", () => {
    expect(templatSebagaiDaftar()).toEqual(KONTRAK);
  });

  test("Profil Isian rows exactly as workbook.md, each with Indonesian guidance", () => {
    expect(profilFields().map((f) => f.isian)).toEqual(PROFIL_ISIAN);
    for (const f of profilFields()) expect(f.keterangan.length).toBeGreaterThan(5);
  });

  test("Triwulan leaves out the Tahunan sheets and Target Awal; Tahunan has everything", () => {
    const tw = sheetsFor("Triwulan");
    expect(tw.map((s) => s.name)).toEqual(KONTRAK.filter((k) => !k[3]).map((k) => k[0]));
    const kinerja = tw.find((s) => s.name === "Kinerja");
    expect(kinerja?.table.columns.map((c) => c.header)).not.toContain("Target Awal");
    const th = sheetsFor("Tahunan");
    expect(th.map((s) => s.table.name)).toEqual(KONTRAK.map((k) => k[1]));
    expect(th.find((s) => s.name === "Kinerja")?.table.columns.map((c) => c.header)).toContain(
      "Target Awal"
    );
  });

  test("required flags of Kinerja and Anggaran follow workbook.md", () => {
    const wajib = (t: string) =>
      allSheets()
        .find((s) => s.table.name === t)
        ?.table.columns.filter((c) => c.required)
        .map((c) => c.header);
    expect(wajib("Kinerja")).toEqual([
      "No",
      "Tingkat",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Arah",
      "Target",
      "Realisasi",
      "Capaian",
      "Predikat",
    ]);
    expect(wajib("Anggaran")).toEqual(["No", "Tingkat", "Uraian", "Pagu", "Realisasi", "Serapan"]);
  });
});

describe("template details", () => {
  test("computed columns have formulas whose column arguments exist in the same table", () => {
    let n = 0;
    for (const s of allSheets()) {
      for (const c of s.table.columns) {
        expect(c.kind === "computed").toBe(c.formula !== undefined);
        for (const a of c.formula?.args ?? []) {
          if ("kolom" in a) expect(findColumn(s.table.name, a.kolom)).toBeDefined();
          if ("nama" in a) expect(definedNames().map((d) => d.name)).toContain(a.nama);
        }
        if (c.formula) n++;
      }
    }
    expect(n).toBe(5);
  });

  test("closed lists: Jenis Laporan, Periode, Arah, Tingkat, Skala Predikat", () => {
    const l = Object.fromEntries(closedLists().map((d) => [d.name, d.values]));
    expect(l.JenisLaporan).toEqual(["Triwulan", "Tahunan"]);
    expect(l.Periode).toEqual(["I", "II", "III", "IV"]);
    expect(l.Arah).toEqual(["Naik", "Turun"]);
    expect(l.Tingkat).toEqual(["Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"]);
    expect(l.SkalaPredikat).toEqual([...PRESET_NAMES, "Skala"]);
    // Excel's inline list (comma-joined, quoted) is limited to 255 characters.
    for (const d of closedLists()) expect(d.values.join(",").length).toBeLessThanOrEqual(255);
  });

  test("input prompts fit Excel's limits (title 32, message 255) and cover the error-prone columns", () => {
    const prompts: { title: string; message: string }[] = [];
    for (const s of allSheets())
      for (const c of s.table.columns) if (c.prompt) prompts.push(c.prompt);
    for (const f of profilFields()) if (f.prompt) prompts.push(f.prompt);
    for (const p of prompts) {
      expect(p.title.length).toBeLessThanOrEqual(32);
      expect(p.message.length).toBeLessThanOrEqual(255);
    }
    for (const h of ["Target", "Realisasi", "Arah", "Satuan"]) {
      expect(findColumn("Kinerja", h)?.prompt).toBeDefined();
    }
    expect(findColumn("SDM", "NIP")?.prompt).toBeDefined();
    expect(profilFields().find((f) => f.isian === "NIP")?.prompt).toBeDefined();
  });

  test("number formats: percent 0.00%, Rupiah without decimals, text keys and NIPs, dates", () => {
    expect(findColumn("Kinerja", "Capaian")?.numberFormat).toBe("0.00%");
    expect(findColumn("Anggaran", "Serapan")?.numberFormat).toBe("0.00%");
    expect(findColumn("Anggaran", "Pagu")?.numberFormat).toBe('"Rp"#,##0');
    expect(findColumn("Anggaran", "Realisasi TW II")?.numberFormat).toBe('"Rp"#,##0');
    expect(findColumn("Kinerja", "No")?.numberFormat).toBe("@");
    expect(findColumn("SDM", "NIP")?.numberFormat).toBe("@");
    expect(profilFields().find((f) => f.isian === "Tanggal Laporan")?.numberFormat).toMatch(
      /d mmmm yyyy/
    );
  });

  test("defined names point at the Nilai cells of their Profil rows", () => {
    const names = Object.fromEntries(definedNames().map((d) => [d.name, d]));
    expect(names[NAMA_BATAS_CAPAIAN].address).toBe(`$B$${profilRow("Batas Capaian")}`);
    expect(names[NAMA_SKALA_PREDIKAT].address).toBe(`$B$${profilRow("Skala Predikat")}`);
    for (const d of definedNames()) expect(d.name).toMatch(/^LKJ_[A-Za-z]+$/);
  });

  test("every sheet: frozen header, A4 landscape fit to width, repeated header row", () => {
    for (const s of allSheets()) {
      expect(s.freezeRows).toBe(1);
      expect(s.print).toEqual({
        paperSize: "A4",
        orientation: "landscape",
        fitToWidth: true,
        repeatHeaderRow: true,
      });
    }
  });

  test("Skala starts as PERMENDAGRI86 and Predikat colours come from the presets", () => {
    const skala = allSheets().find((s) => s.name === "Skala")?.table.defaultRows ?? [];
    const p = getPreset("PERMENDAGRI86");
    if (!p.ok) throw new Error("preset");
    expect(skala.map((r) => r["Predikat"])).toEqual([
      ...p.value.bands.map((b) => b.label),
      p.value.below,
    ]);
    const warna = Object.fromEntries(predikatColors().map((w) => [w.label, w]));
    expect(warna["Sangat Tinggi"].fill).toBe(p.value.bands[0].color);
    expect(warna["Tidak Efisien"]).toBeDefined();
    for (const w of predikatColors()) expect(w.font).toMatch(/^#(000000|FFFFFF)$/);
  });

  test("period realisasi derives from the quarter's cumulative TW column", () => {
    expect(realisasiDariTwColumn("Triwulan", 3)).toBe("Realisasi TW III");
    expect(realisasiDariTwColumn("Tahunan", null)).toBe("Realisasi TW IV");
  });
});

// ---------------------------------------------------------------------------
// Against the spec file itself.

const SPEC = resolve(__dirname, "../../../shared/spec/workbook.md");
const adaSpec = existsSync(SPEC);
if (!adaSpec) console.log(`Lewati uji workbook.md: ${SPEC} tidak ada`);

function kolomDariBaris(cell: string): string[] {
  const c = cell.replace(/`/g, "").trim();
  const m = /^(.*) (I) \.\. \1 (IV)$/.exec(c);
  if (m) return ["I", "II", "III", "IV"].map((r) => `${m[1]} ${r}`);
  return c.split(/,\s*/).map((s) => s.trim());
}

/** [sheet, table, columns, tahunan] and Profil Isian rows, parsed from workbook.md. */
function parseSpec(md: string): { sheets: [string, string, string[], boolean][]; isian: string[] } {
  const sheets: [string, string, string[], boolean][] = [];
  const isian: string[] = [];
  const bagian = md.split(/^### /m).slice(1);
  for (const b of bagian) {
    const head = /^`([^`]+)` — table `([^`]+)`/.exec(b);
    if (!head) continue;
    const baris = b.split("\n");
    const tabel = baris.filter((l) => /^\| /.test(l) && !/^\|\s*-/.test(l));
    let cols: string[];
    if (tabel.length > 0 && /^\|\s*column\s*\|/.test(tabel[0])) {
      cols = tabel.slice(1).flatMap((l) => kolomDariBaris(l.split("|")[1]));
    } else {
      const pertama = baris.slice(1).find((l) => l.includes("`")) ?? "";
      cols = [...pertama.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    }
    if (head[1] === "Profil" && tabel.length > 0) {
      isian.push(...tabel.slice(1).map((l) => l.split("|")[1].trim()));
    }
    sheets.push([head[1], head[2], cols, false]);
  }
  for (const l of md.split("\n")) {
    const m = /^\| `([^`]+)` \| `([^`]+)` \| (.*) \|$/.exec(l);
    if (m) sheets.push([m[1], m[2], [...m[3].matchAll(/`([^`]+)`/g)].map((x) => x[1]), true]);
  }
  return { sheets, isian };
}

(adaSpec ? describe : describe.skip)("template against ../shared/spec/workbook.md", () => {
  const spec = adaSpec ? parseSpec(readFileSync(SPEC, "utf8")) : { sheets: [], isian: [] };

  test("the parse found the spec's sheets (guards the parser itself)", () => {
    expect(spec.sheets.length).toBeGreaterThanOrEqual(14);
  });

  test("sheets, tables and columns equal the spec, in order", () => {
    expect(templatSebagaiDaftar()).toEqual(spec.sheets);
  });

  test("Profil Isian texts equal the spec", () => {
    expect(profilFields().map((f) => f.isian)).toEqual(spec.isian);
  });
});
