// `lkj periksa`: findings of a good file, of a file with a wrong typed capaian
// (human and JSON form, exit codes) and of unreadable files (exit 2, one line,
// no stack trace), in-process and as a real process through bin/lkj.js.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { CONTOH_BERSIH, tangkapIo } from "./contoh";

const dir = mkdtempSync(join(tmpdir(), "lkj-periksa-"));
const baik = join(dir, "baik.xlsx");
const salah = join(dir, "capaian-salah.xlsx");
const kosong = join(dir, "bukan-lkj.xlsx");
const ROOT = join(__dirname, "..", "..");

beforeAll(async () => {
  writeFileSync(
    baik,
    await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data: CONTOH_BERSIH })
  );
  // Indicator 1: realisasi 9 of target 12 is 75 %, but 90 % was typed.
  const data = {
    ...CONTOH_BERSIH,
    Kinerja: [{ ...CONTOH_BERSIH.Kinerja[0], Capaian: 0.9 }, ...CONTOH_BERSIH.Kinerja.slice(1)],
  };
  writeFileSync(salah, await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj", data }));
  // A new Excel file: one sheet of its own, nothing of the LKj contract.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "catatan";
  writeFileSync(kosong, Buffer.from(await wb.xlsx.writeBuffer()));
});

async function lkj(...args: string[]) {
  const io = tangkapIo();
  const code = await run(args, io);
  return { code, ...io };
}

interface TemuanJson {
  kode: string;
  tingkat: string;
  lembar: string;
  sel: string | null;
  pesan: string;
}

test("a clean file: no galat, exit 0, summary line", async () => {
  const r = await lkj("periksa", baik);
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/^0 galat, \d+ peringatan(, \d+ info)?$/m);
  expect(r.code).toBe(0);
  const j = await lkj("periksa", baik, "--json");
  expect(j.code).toBe(0);
  const parsed = JSON.parse(j.stdout) as { temuan: TemuanJson[]; ringkasan: { galat: number } };
  expect(parsed.ringkasan.galat).toBe(0);
  expect(parsed.temuan.filter((t) => t.tingkat === "galat")).toEqual([]);
});

test("a wrong typed capaian: exit 1, the finding at the cell in text and JSON", async () => {
  const r = await lkj("periksa", salah);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("");
  const teks = r.stdout;
  expect(teks).toMatch(/^Lembar Kinerja \(\d+ galat/m);
  // Capaian is column M of the template's Kinerja table; indicator 1 is row 2.
  const baris = teks.split("\n").find((l) => /^\s+galat\s+M2\s/.test(l));
  expect(baris).toBeDefined();
  expect(baris).toMatch(/75/);
  expect(teks).toMatch(/^[1-9]\d* galat, \d+ peringatan/m);
  expect(teks).not.toMatch(/NaN|undefined|\[object/);

  const j = await lkj("periksa", salah, "--json");
  expect(j.code).toBe(1);
  const parsed = JSON.parse(j.stdout) as {
    temuan: TemuanJson[];
    ringkasan: { galat: number; peringatan: number; info: number; perLembar: object };
  };
  const t = parsed.temuan.find((x) => x.lembar === "Kinerja" && x.sel === "M2");
  expect(t).toBeDefined();
  expect(Object.keys(t as object)).toEqual(["kode", "tingkat", "lembar", "sel", "pesan"]);
  expect(t?.tingkat).toBe("galat");
  expect(t?.kode).toMatch(/CAPAIAN/);
  expect(t?.pesan).toMatch(/75/);
  expect(parsed.ringkasan.galat).toBe(parsed.temuan.filter((x) => x.tingkat === "galat").length);
  expect(parsed.ringkasan.perLembar).toHaveProperty("Kinerja");
});

test("a workbook without LKj sheets: one galat that says how to start, exit 1", async () => {
  const r = await lkj("periksa", kosong);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("");
  const baris = r.stdout.split("\n").filter((l) => /^\s+(galat|peringatan|info)\s/.test(l));
  expect(baris).toHaveLength(1);
  expect(baris[0]).toMatch(/^\s+galat\s+—\s+Buku kerja ini belum memuat lembar LKj \(Profil, /);
  expect(baris[0]).toMatch(/Siapkan Lembar.*lkj templat \[BUKU_KERJA_BUKAN_LKJ\]$/);
  expect(r.stdout).toMatch(/^1 galat, 0 peringatan$/m);

  const j = await lkj("periksa", kosong, "--json");
  expect(j.code).toBe(1);
  const parsed = JSON.parse(j.stdout) as { temuan: TemuanJson[]; ringkasan: { galat: number } };
  expect(parsed.temuan.map((t) => [t.kode, t.tingkat, t.lembar, t.sel])).toEqual([
    ["BUKU_KERJA_BUKAN_LKJ", "galat", "Profil", null],
  ]);
  expect(parsed.ringkasan.galat).toBe(1);
});

test("--help in Indonesian, bad usage exit 2", async () => {
  const h = await lkj("periksa", "-h");
  expect(h.code).toBe(0);
  expect(h.stdout).toContain("Pemakaian: lkj periksa BERKAS.xlsx [--json]");
  const r = await lkj("periksa");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^lkj periksa: berkas \.xlsx belum diberikan/);
});

describe("unreadable files exit 2 with one Indonesian line and no stack trace", () => {
  const kasus: [string, () => Promise<string>, RegExp][] = [
    [
      "text renamed .xlsx",
      async () => {
        const p = join(dir, "teks.xlsx");
        writeFileSync(p, "Ini bukan buku kerja\n");
        return p;
      },
      /bukan buku kerja Excel/,
    ],
    [
      "truncated zip",
      async () => {
        const p = join(dir, "terpotong.xlsx");
        const buf = await writeTemplateBuffer({ jenis: "Triwulan", rumus: "lkj" });
        writeFileSync(p, buf.subarray(0, 3000));
        return p;
      },
      /rusak atau terpotong/,
    ],
    [
      "password-protected (CFB)",
      async () => {
        const p = join(dir, "bersandi.xlsx");
        const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        writeFileSync(
          p,
          Buffer.concat([magic, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")])
        );
        return p;
      },
      /kata sandi/,
    ],
    ["missing file", async () => join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
  ];
  test.each(kasus)("%s", async (_nama, buat, pesan) => {
    const path = await buat();
    for (const extra of [[], ["--json"]]) {
      const r = await lkj("periksa", path, ...extra);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(pesan);
      expect(r.stderr.endsWith("\n")).toBe(true);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat |Error:/);
    }
  });
});

describe("as a process: node bin/lkj.js periksa", () => {
  const main = join(ROOT, "build", "cli", "cli", "main.js");
  const ada = existsSync(main);
  if (!ada) {
    console.log(`Lewati uji proses: ${main} belum ada (jalankan npm run build:cli).`);
  }
  (ada ? test : test.skip)("exit codes and streams of the built command line", () => {
    const jalankan = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, "bin", "lkj.js"), ...args], { encoding: "utf8" });
    const bersih = jalankan("periksa", baik);
    expect(bersih.status).toBe(0);
    expect(bersih.stdout).toMatch(/^0 galat/m);
    const galat = jalankan("periksa", salah, "--json");
    expect(galat.status).toBe(1);
    expect(JSON.parse(galat.stdout).ringkasan.galat).toBeGreaterThan(0);
    const rusak = jalankan("periksa", join(dir, "tidak-ada.xlsx"));
    expect(rusak.status).toBe(2);
    expect(rusak.stdout).toBe("");
    expect(rusak.stderr.trim().split("\n")).toHaveLength(1);
    expect(rusak.stderr).not.toMatch(/\bat /);
  });
});
