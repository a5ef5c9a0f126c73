// Native Excel equivalents of the LKJ functions agree with the custom
// functions on a table of cases: every case is written into an .xlsx (exceljs)
// as input cells plus the native formula built by src/core/formulas over cell
// references, LibreOffice computes it, and the result is compared with the
// custom function of src/functions/functions.ts called on the same inputs
// (blank cells as null, as Excel passes them). Cases the native forms cannot
// compute alike (text and range targets, words) are checked to be refused by
// nativeSafeInputs, so "Bagikan tanpa add-in" writes their value instead.
import "../../support/custom-functions-stub";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEFINISI, nativeSafeInputs } from "../../../src/core/formulas";
import { PRESET_NAMES, getPreset } from "../../../src/core/kinerja/predikat";
import { CAPAIAN, EFISIENSI, PREDIKAT, SERAPAN } from "../../../src/functions/functions";
import { xlsxForExceljs } from "../../../src/adapters/file/xlsx-compat";
import { libreOfficeSkipReason, recalcXlsx } from "../../support/libreoffice";

type Masukan = string | number | null;
type Fungsi = "CAPAIAN" | "PREDIKAT" | "SERAPAN" | "EFISIENSI";

interface Kasus {
  fungsi: Fungsi;
  /** Cell inputs, left to right; null = blank cell. */
  masukan: Masukan[];
  /** Pass the last argument as a text literal in the formula (PREDIKAT "BAIK5", EFISIENSI "RASIO"). */
  literal?: boolean;
  /** PREDIKAT over the custom scale range instead of a scale name. */
  rentang?: boolean;
  catatan: string;
}

// A custom scale (bound, label), deliberately not in order.
const SKALA_SENDIRI: [number, string][] = [
  [0.75, "Cukup"],
  [0, "Kurang"],
  [0.9, "Baik"],
];

const KASUS: Kasus[] = [
  // CAPAIAN(target, realisasi, arah, batas)
  { fungsi: "CAPAIAN", masukan: [100, 97.36, "Naik", null], catatan: "naik" },
  { fungsi: "CAPAIAN", masukan: [12, 15, null, null], catatan: "arah kosong = naik" },
  { fungsi: "CAPAIAN", masukan: [0.85, 0.7604, "Naik", null], catatan: "persen" },
  { fungsi: "CAPAIAN", masukan: [40, 36.39, "Naik", null], catatan: "pecahan" },
  { fungsi: "CAPAIAN", masukan: [0, 0, "Naik", null], catatan: "target 0, realisasi 0" },
  { fungsi: "CAPAIAN", masukan: [0, 5, "Naik", null], catatan: "target 0, realisasi 5" },
  { fungsi: "CAPAIAN", masukan: [0, 0, "Turun", null], catatan: "turun, target 0" },
  { fungsi: "CAPAIAN", masukan: [10, 8, "Turun", null], catatan: "turun, lebih baik" },
  { fungsi: "CAPAIAN", masukan: [10, 12, "Turun", null], catatan: "turun, lebih buruk" },
  { fungsi: "CAPAIAN", masukan: [10, 25, "Turun", null], catatan: "turun, dibatasi 0" },
  { fungsi: "CAPAIAN", masukan: [0.05, 0.0462, "turun", null], catatan: "turun huruf kecil" },
  { fungsi: "CAPAIAN", masukan: [null, 5, "Naik", null], catatan: "target kosong" },
  { fungsi: "CAPAIAN", masukan: [10, null, "Naik", null], catatan: "realisasi kosong" },
  { fungsi: "CAPAIAN", masukan: [100, 130, "Naik", 1.2], catatan: "batas 120%" },
  { fungsi: "CAPAIAN", masukan: [100, 110, "Naik", 1.2], catatan: "di bawah batas" },
  { fungsi: "CAPAIAN", masukan: [100, 130, "Naik", null], catatan: "batas kosong" },
  { fungsi: "CAPAIAN", masukan: [10, 2, "Turun", 1.5], catatan: "turun dengan batas" },
  { fungsi: "CAPAIAN", masukan: [-10, 5, "Naik", null], catatan: "target negatif" },
  { fungsi: "CAPAIAN", masukan: [-10, 5, "Turun", null], catatan: "target negatif, turun" },
  { fungsi: "CAPAIAN", masukan: [10, -5, "Naik", null], catatan: "realisasi negatif" },
  { fungsi: "CAPAIAN", masukan: [100, 130, "Naik", 0], catatan: "batas 0 = tanpa batas" },
  // PREDIKAT(nilai, skala): the bands of every preset are added below.
  { fungsi: "PREDIKAT", masukan: [null, "PERMENDAGRI86"], catatan: "nilai kosong" },
  { fungsi: "PREDIKAT", masukan: [0.95, null], catatan: "skala kosong = PERMENDAGRI86" },
  { fungsi: "PREDIKAT", masukan: [0.9099999999999999, "PERMENDAGRI86"], catatan: "derau biner" },
  { fungsi: "PREDIKAT", masukan: [0.93, "Skala"], rentang: true, catatan: "skala sendiri" },
  { fungsi: "PREDIKAT", masukan: [0.8, "Skala"], rentang: true, catatan: "skala sendiri" },
  { fungsi: "PREDIKAT", masukan: [0.75, "Skala"], rentang: true, catatan: "tepat batas" },
  { fungsi: "PREDIKAT", masukan: [0.1, "Skala"], rentang: true, catatan: "skala sendiri" },
  { fungsi: "PREDIKAT", masukan: [null, "Skala"], rentang: true, catatan: "kosong" },
  // SERAPAN(pagu, realisasi)
  { fungsi: "SERAPAN", masukan: [13_600_000, 9_813_500], catatan: "serapan" },
  { fungsi: "SERAPAN", masukan: [250_000, 250_000], catatan: "penuh" },
  { fungsi: "SERAPAN", masukan: [0, 0], catatan: "pagu 0 tanpa belanja" },
  { fungsi: "SERAPAN", masukan: [0, 5000], catatan: "pagu 0 dengan belanja" },
  { fungsi: "SERAPAN", masukan: [null, 5000], catatan: "pagu kosong" },
  { fungsi: "SERAPAN", masukan: [1000, null], catatan: "realisasi kosong" },
  { fungsi: "SERAPAN", masukan: [-1000, 500], catatan: "pagu negatif" },
  // EFISIENSI(capaian, serapan, metode)
  { fungsi: "EFISIENSI", masukan: [0.9, 0.75, null], catatan: "selisih bawaan" },
  { fungsi: "EFISIENSI", masukan: [0.7, 0.55, null], catatan: "selisih tanpa derau" },
  { fungsi: "EFISIENSI", masukan: [0.9, 0.75, "SELISIH"], catatan: "selisih dari sel" },
  { fungsi: "EFISIENSI", masukan: [0.9, 0.75, "RASIO"], catatan: "rasio dari sel" },
  { fungsi: "EFISIENSI", masukan: [0.9, 0.75, "RASIO"], literal: true, catatan: "rasio literal" },
  { fungsi: "EFISIENSI", masukan: [0.9, 0, "RASIO"], catatan: "rasio, serapan 0" },
  { fungsi: "EFISIENSI", masukan: [null, 0.75, null], catatan: "capaian kosong" },
  { fungsi: "EFISIENSI", masukan: [0.5, 0.8, null], catatan: "selisih negatif" },
];

// Every band bound of every preset, just reached and just missed, by name from a cell and as a literal.
for (const nama of PRESET_NAMES) {
  const p = getPreset(nama);
  if (!p.ok) continue;
  const skala = p.value;
  const langkah = skala.input === "persen" ? 0.0001 : 0.01;
  for (const band of skala.bands) {
    for (const v of [band.lower, band.lower - langkah, band.lower + langkah]) {
      const nilai = Number(v.toPrecision(12));
      KASUS.push({ fungsi: "PREDIKAT", masukan: [nilai, nama], catatan: `${nama} ${nilai}` });
      KASUS.push({
        fungsi: "PREDIKAT",
        masukan: [nilai, nama],
        literal: true,
        catatan: `${nama} ${nilai} literal`,
      });
    }
  }
}

/** Inputs the native forms do not compute as the custom functions do. */
const TIDAK_AMAN: Masukan[][] = [
  ["12 dokumen", 10, "Naik", null],
  ["80%-90%", 0.85, "Naik", null],
  ["80–90%", 0.85, "Naik", null],
  [100, "97,36", "Naik", null],
  [100, 90, "Menurun", null],
  [100, 130, "Naik", "120%"],
  [0.9, "Predikat lain"],
];

const KOLOM = ["A", "B", "C", "D"];
const RENTANG = "Skala!$A$1:$B$3";

function rumusNative(k: Kasus, baris: number): string {
  const args = k.masukan.map((_v, j) => `${KOLOM[j]}${baris}`);
  if (k.rentang) args[1] = RENTANG;
  const last = k.masukan.length - 1;
  const v = k.masukan[last];
  if (k.literal && typeof v === "string") args[last] = `"${v}"`;
  const r = DEFINISI[k.fungsi].bawaan(args);
  if (!r.ok) throw new Error(`${k.catatan}: ${r.error.message}`);
  return r.value;
}

type Hasil = { nilai: number | string } | { galat: string };

function custom(k: Kasus): Hasil {
  const m = k.masukan;
  try {
    let v: number | string;
    if (k.fungsi === "CAPAIAN") v = CAPAIAN(m[0], m[1], m[2], m[3]);
    else if (k.fungsi === "SERAPAN") v = SERAPAN(m[0], m[1]);
    else if (k.fungsi === "EFISIENSI") v = EFISIENSI(m[0], m[1], m[2]);
    else v = PREDIKAT(m[0], k.rentang ? SKALA_SENDIRI : [[m[1]]]);
    return { nilai: v };
  } catch (e) {
    return { galat: String((e as { code?: string }).code) };
  }
}

function dariLibreOffice(result: unknown): Hasil {
  if (result && typeof result === "object" && "error" in result) {
    return { galat: String((result as { error: unknown }).error) };
  }
  if (result === undefined || result === null) return { nilai: "" };
  return { nilai: result as number | string };
}

const skip = libreOfficeSkipReason();
const describeLo = skip ? describe.skip : describe;
if (skip) console.log(skip);

describe("nativeSafeInputs", () => {
  it("accepts the inputs of every compared case", () => {
    for (const k of KASUS) {
      const masukan = k.rentang ? [k.masukan[0]] : k.masukan;
      expect([k.catatan, nativeSafeInputs(masukan)]).toEqual([k.catatan, true]);
    }
  });
  it("refuses text targets, ranges, numbers typed as text and other words", () => {
    for (const m of TIDAK_AMAN) expect([m, nativeSafeInputs(m)]).toEqual([m, false]);
  });
});

describeLo("native formulas computed by LibreOffice", () => {
  it("agree with the custom functions on every case", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Uji");
    const skala = wb.addWorksheet("Skala");
    SKALA_SENDIRI.forEach(([b, l], i) => {
      skala.getCell(i + 1, 1).value = b;
      skala.getCell(i + 1, 2).value = l;
    });
    KASUS.forEach((k, i) => {
      const row = i + 1;
      k.masukan.forEach((v, j) => {
        if (v !== null) ws.getCell(row, j + 1).value = v;
      });
      ws.getCell(row, 6).value = { formula: rumusNative(k, row).replace(/^=/, "") };
    });
    const dir = mkdtempSync(join(tmpdir(), "lkj-native-"));
    const file = join(dir, "kasus.xlsx");
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = new ExcelJS.Workbook();
    const buf = await xlsxForExceljs(readFileSync(await recalcXlsx(file)));
    await back.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const hasil = back.getWorksheet("Uji") as ExcelJS.Worksheet;

    const beda: string[] = [];
    KASUS.forEach((k, i) => {
      const lo = dariLibreOffice(hasil.getRow(i + 1).getCell(6).result);
      const cf = custom(k);
      const label = `${k.fungsi} ${k.catatan} ${JSON.stringify(k.masukan)}`;
      if ("galat" in cf || "galat" in lo) {
        if (JSON.stringify(cf) !== JSON.stringify(lo)) {
          beda.push(`${label}: LKJ ${JSON.stringify(cf)}, bawaan ${JSON.stringify(lo)}`);
        }
        return;
      }
      const a = cf.nilai;
      const b = lo.nilai;
      const ok =
        typeof a === "number" && typeof b === "number"
          ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a))
          : a === b;
      if (!ok) beda.push(`${label}: LKJ ${JSON.stringify(a)}, bawaan ${JSON.stringify(b)}`);
    });
    expect(beda).toEqual([]);
    expect(KASUS.length).toBeGreaterThan(60);
  });
});
