// `lkj hitung`: computed figures of a workbook as Indonesian text tables and as
// stable JSON; usage errors and unreadable files exit 2 with one line.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { CONTOH_DATA, tangkapIo } from "./contoh";

const dir = mkdtempSync(join(tmpdir(), "lkj-hitung-"));
const baik = join(dir, "baik.xlsx");
const aneh = join(dir, "aneh.xlsx");

beforeAll(async () => {
  writeFileSync(
    baik,
    await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_DATA })
  );
  // Blank Realisasi (TW column used), a blank target, pagu 0 with spending, a cap of 110 %.
  const data = {
    ...CONTOH_DATA,
    Profil: [...CONTOH_DATA.Profil, { Isian: "Batas Capaian", Nilai: 1.1 }],
    Kinerja: [
      { ...CONTOH_DATA.Kinerja[0], Realisasi: null },
      { ...CONTOH_DATA.Kinerja[1] },
      { ...CONTOH_DATA.Kinerja[2], Target: null },
      {
        ...CONTOH_DATA.Kinerja[0],
        No: "4",
        Target: 1,
        "Realisasi TW III": null,
        Realisasi: 0.0264,
      },
    ],
    Anggaran: [{ ...CONTOH_DATA.Anggaran[0], Pagu: 0 }, CONTOH_DATA.Anggaran[1]],
  };
  writeFileSync(aneh, await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data }));
});

async function lkj(...args: string[]) {
  const io = tangkapIo();
  const code = await run(args, io);
  return { code, ...io };
}

describe("text output", () => {
  test("per indicator, per budget line and ringkasan, the Indonesian way", async () => {
    const r = await lkj("hitung", baik);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout;
    expect(out).toContain("Laporan Kinerja Triwulan III 2023 — Kecamatan Tempeh");
    expect(out).toMatch(/No\s+Indikator\s+Target\s+Realisasi\s+Capaian\s+Predikat/);
    expect(out).toMatch(
      /^1\s+Jumlah laporan penyelenggaraan pemerintahan\s+12\s+9\s+75,00%\s+Sedang$/m
    );
    expect(out).toMatch(
      /^3\s+Rata-rata waktu penyelesaian \(hari\)\s+7\s+6,5\s+107,14%\s+Sangat Tinggi$/m
    );
    expect(out).toMatch(/No\s+Uraian\s+Pagu\s+Realisasi\s+Serapan\s+Efisiensi/);
    // Capaian 75 % − serapan 80 % = −5 points: Cukup Efisien.
    expect(out).toMatch(
      /^1\s+Program Penyelenggaraan Pemerintahan\s+Rp1\.000\.000\s+Rp800\.000\s+80,00%\s+-5,00 poin\s+Cukup Efisien$/m
    );
    expect(out).toContain("Indikator: 3 (tercapai 2, belum tercapai 1, tanpa capaian 0)");
    expect(out).toContain("Total pagu: Rp1.500.000");
    expect(out).toContain("Serapan total: 83,33%");
    expect(out).toContain("Sisa anggaran: Rp250.000");
    expect(out).not.toMatch(/NaN|undefined|Infinity|\[object/);
  });

  test("fallbacks, caps and errors are said in words", async () => {
    const r = await lkj("hitung", aneh);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\s.*\s9\*\s+75,00%/m);
    expect(r.stdout).toContain("diambil dari kolom Realisasi TW");
    expect(r.stdout).toContain("capaian 120,00% dibatasi menjadi 110,00% (Batas Capaian)");
    expect(r.stdout).toMatch(/No 3 \(baris 4\): Target kosong/);
    expect(r.stdout).toMatch(/No 1 \(baris 2\): Pagu 0 tetapi ada realisasi/);
    expect(r.stdout).toContain("tanpa capaian 1");
    // A small fraction keeps its digits (not rounded to 0,03).
    expect(r.stdout).toMatch(/^4\s.*\s1\s+0,0264\s+2,64%\s+Sangat Rendah$/m);
    expect(r.stdout).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe("--json", () => {
  test("stable keys, fractions as numbers, errors as {galat}", async () => {
    const r = await lkj("hitung", aneh, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "jenis",
      "triwulan",
      "tahun",
      "unitKerja",
      "skala",
      "batasCapaian",
      "kinerja",
      "anggaran",
      "ringkasan",
      "tren",
      "ikm",
      "catatan",
    ]);
    expect(j.jenis).toBe("Triwulan");
    expect(j.triwulan).toBe(3);
    expect(j.batasCapaian).toBeCloseTo(1.1, 12);
    const [k1, k2, k3, k4] = j.kinerja;
    expect(k4.capaian).toBeCloseTo(0.0264, 12);
    expect(k1).toMatchObject({ no: "1", realisasi: 9, realisasiDariTw: true, capaian: 0.75 });
    expect(k1.sel.capaian).toMatch(/^Kinerja![A-Z]+2$/);
    expect(k2.capaian).toBeCloseTo(1.1, 12);
    expect(k2.capaianTanpaBatas).toBeCloseTo(1.2, 12);
    expect(k3.capaian).toEqual({ galat: "Target kosong" });
    expect(k3.predikat).toBeNull();
    expect(k3.tercapai).toBeNull();
    const [a1, a2] = j.anggaran;
    expect(a1.serapan).toEqual({ galat: expect.stringMatching(/Pagu 0/) });
    expect(a1.efisiensi).toEqual(a1.serapan);
    expect(a2).toMatchObject({ pagu: 500000, realisasi: 450000, serapan: 0.9, sisa: 50000 });
    expect(a2.capaianKinerja).toBeCloseTo(1.1, 12);
    expect(j.ringkasan).toMatchObject({ jumlahIndikator: 4, tanpaCapaian: 1, totalPagu: 500000 });
    expect(j.catatan).toEqual([]);
  });

  test("the same file gives byte-identical JSON", async () => {
    const a = await lkj("hitung", baik, "--json");
    const b = await lkj("hitung", "--json", baik);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("usage and unreadable files", () => {
  test("--help in Indonesian, exit 0", async () => {
    const r = await lkj("hitung", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Pemakaian: lkj hitung BERKAS.xlsx [--json]");
  });

  test.each([
    [[], /berkas \.xlsx belum diberikan/],
    [["a.xlsx", "b.xlsx"], /hanya satu berkas/],
    [["--csv", "a.xlsx"], /pilihan --csv tidak dikenal/],
  ])("bad usage %j → exit 2, one line", async (args, pesan) => {
    const r = await lkj("hitung", ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(pesan);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a text file renamed .xlsx and a missing file → exit 2, one line, no stack", async () => {
    const teks = join(dir, "teks.xlsx");
    writeFileSync(teks, "No;Target\n1;12\n");
    for (const [f, pesan] of [
      [teks, /bukan buku kerja Excel/],
      [join(dir, "hilang.xlsx"), /tidak ditemukan/],
    ] as const) {
      const r = await lkj("hitung", f);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pesan);
      expect(r.stderr).toMatch(/^lkj hitung: /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat /);
    }
  });
});

describe("Tahunan", () => {
  test("trend capaian per year and IKM values are printed too", async () => {
    const tahunan = join(dir, "tahunan.xlsx");
    const data = {
      ...CONTOH_DATA,
      Profil: [
        { Isian: "Jenis Laporan", Nilai: "Tahunan" },
        { Isian: "Tahun", Nilai: 2023 },
        { Isian: "Unit Kerja", Nilai: "Kecamatan Klakah" },
      ],
      TrenKinerja: [
        { "No Kinerja": "1", Tahun: 2022, Target: 12, Realisasi: 12 },
        { "No Kinerja": "3", Tahun: 2022, Target: 8, Realisasi: 9 },
      ],
      IKM: [
        { Periode: "TW I", "Nilai IKM": 88.5 },
        { Periode: "TW II", "Nilai IKM": "90,25" },
      ],
    };
    writeFileSync(tahunan, await writeTemplateBuffer({ jenis: "Tahunan", rumus: "lkj", data }));
    const r = await lkj("hitung", tahunan);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Laporan Kinerja Tahunan 2023 — Kecamatan Klakah");
    expect(r.stdout).toMatch(/^1\s+2022\s+12\s+12\s+100,00%$/m);
    // Indicator 3 is Turun: (2 × 8 − 9) / 8 = 87,5 %.
    expect(r.stdout).toMatch(/^3\s+2022\s+8\s+9\s+87,50%$/m);
    expect(r.stdout).toContain("TW II: 90,25");
    const j = JSON.parse((await lkj("hitung", tahunan, "--json")).stdout);
    expect(j.tren[1]).toEqual({
      noKinerja: "3",
      tahun: 2022,
      target: 8,
      realisasi: 9,
      capaian: 0.875,
    });
    expect(j.ikm).toEqual([
      { periode: "TW I", nilai: 88.5 },
      { periode: "TW II", nilai: 90.25 },
    ]);
  });
});
