// A workbook saved by LibreOffice: the template with native formulas is
// recalculated and saved as .xlsx by soffice, then read back. Whatever
// LibreOffice does with the table parts, the model must come out whole, and
// the formula results it cached must equal what the core computes.
import { readWorkbookFile } from "../../src/adapters/file/read";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { mapWorkbook } from "../../src/core/model";
import { libreOfficeSkipReason, recalcXlsx } from "../support/libreoffice";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CONTOH_DATA } from "./contoh";

const alasan = libreOfficeSkipReason();
if (alasan) console.log(alasan);
const uji = alasan ? test.skip : test;

uji("template recalculated and saved by LibreOffice reads back with the same model", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lkj-read-lo-"));
  const asal = join(dir, "laporan.xlsx");
  writeFileSync(
    asal,
    await writeTemplateBuffer({ jenis: "Triwulan", rumus: "bawaan", data: CONTOH_DATA })
  );
  const lo = await recalcXlsx(asal);
  const raw = await readWorkbookFile(lo);
  const m = mapWorkbook(raw);
  const structural = m.mappingIssues.filter((i) => i.code !== "TABEL_NAMA_BERBEDA");
  expect(structural).toEqual([]);
  expect(m.kinerja.map((k) => k.no.value)).toEqual(["1", "2", "3"]);
  for (const k of m.kinerja) {
    const c = k.computed.capaian;
    if (!c.ok) throw new Error(c.error.message);
    // LibreOffice's cached result of the native formula = the core's figure.
    expect(k.reported.capaian.value).toBeCloseTo(c.value, 9);
    expect(k.reported.capaian.formula).toMatch(/^=/);
    expect(k.reported.predikat.value).toBe(k.computed.predikat);
  }
  for (const b of m.anggaran) {
    const s = b.computed.serapan;
    if (!s.ok) throw new Error(s.error.message);
    expect(b.reported.serapan.value).toBeCloseTo(s.value, 9);
  }
  expect(m.ringkasan.totalPagu).toBe(1_500_000);
});
