// `lkj contoh`: every example report written as a workbook that reads back to
// the example's own figures, cells typed with "%" kept as percentages, and bad
// usage answered with one Indonesian line and exit 2.
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/adapters/file/read";
import { EXAMPLES, exampleToRawWorkbook } from "../../src/core/examples";
import { mapWorkbook } from "../../src/core/model/map";
import { tangkapIo } from "./contoh";

async function lkj(...args: string[]) {
  const io = tangkapIo();
  const code = await run(args, io);
  return { code, ...io };
}

describe("lkj contoh", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkj-contoh-"));

  beforeAll(async () => {
    const r = await lkj("contoh", "-o", dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("writes one <id>.xlsx per example", () => {
    expect(readdirSync(dir).sort()).toEqual(EXAMPLES.map((e) => `${e.id}.xlsx`).sort());
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    "%s reads back to the same model as the example data",
    async (id, e) => {
      const dariBerkas = mapWorkbook(await readWorkbookFile(join(dir, `${id}.xlsx`)));
      const dariData = mapWorkbook(exampleToRawWorkbook(e));
      expect(dariBerkas.jenis).toBe(e.jenis);
      const ringkas = (m: typeof dariData) =>
        m.kinerja.map((k) => ({
          no: k.no.value,
          target: k.target.value,
          realisasi: k.realisasi.value,
          capaian: k.computed.capaian,
          predikat: k.computed.predikat,
        }));
      expect(ringkas(dariBerkas)).toEqual(ringkas(dariData));
      const anggaran = (m: typeof dariData) =>
        m.anggaran.map((a) => [a.no.value, a.pagu.value, a.realisasi.value]);
      expect(anggaran(dariBerkas)).toEqual(anggaran(dariData));
    }
  );

  it("gives cells the example typed with % a percent format", async () => {
    const e = EXAMPLES.find((x) => x.formatPersen?.some((p) => p.table === "Kinerja"));
    expect(e).toBeDefined();
    if (!e) return;
    const rule = e.formatPersen?.find((p) => p.table === "Kinerja");
    const m = mapWorkbook(await readWorkbookFile(join(dir, `${e.id}.xlsx`)));
    const i = rule?.baris?.[0] ?? 0;
    expect(rule?.kolom).toContain("Target");
    expect(m.kinerja[i].target.numberFormat).toMatch(/%/);
    const parsed = m.kinerja[i].target.parsed;
    expect(parsed?.ok && parsed.percent).toBe(true);
  });

  it("--id writes one example; an unknown id names the choices", async () => {
    const satu = mkdtempSync(join(tmpdir(), "lkj-contoh-id-"));
    const id = EXAMPLES[0].id;
    const r = await lkj("contoh", "--id", id.toUpperCase(), "-o", satu);
    expect(r.code).toBe(0);
    expect(readdirSync(satu)).toEqual([`${id}.xlsx`]);

    const salah = await lkj("contoh", "--id", "tidak-ada", "-o", satu);
    expect(salah.code).toBe(2);
    expect(salah.stdout).toBe("");
    expect(salah.stderr.trim().split("\n")).toHaveLength(1);
    expect(salah.stderr).toContain(id);
  });

  it("bad usage: one Indonesian line, exit 2", async () => {
    const rumus = await lkj("contoh", "--rumus", "aneh", "-o", dir);
    expect(rumus.code).toBe(2);
    expect(rumus.stderr).toMatch(/--rumus "aneh" tidak dikenal/);
    expect(rumus.stderr.trim().split("\n")).toHaveLength(1);

    const posisi = await lkj("contoh", "folder");
    expect(posisi.code).toBe(2);
    expect(posisi.stderr).toMatch(/-o/);

    // A file where the folder should be: mkdir fails, the message says where.
    const berkas = join(dir, "bukan-folder");
    writeFileSync(berkas, "x");
    const r = await lkj("contoh", "-o", join(berkas, "sub"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak dapat membuat folder");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help is Indonesian, lists the examples, exits 0", async () => {
    const r = await lkj("contoh", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pemakaian: lkj contoh/);
    for (const e of EXAMPLES) expect(r.stdout).toContain(e.id);
  });
});
