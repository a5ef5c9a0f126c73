// The example reports (transcribed from the seeds) written to .xlsx by the
// template writer and read back by the exceljs reader map to the same figures
// as the same example handed to the mapping directly (exampleToRawWorkbook).
import { readWorkbookBuffer } from "../../src/adapters/file/read";
import { writeTemplateBuffer } from "../../src/adapters/file/write";
import { EXAMPLES, exampleToRawWorkbook } from "../../src/core/examples";
import { mapWorkbook } from "../../src/core/model";
import type { ReportModel } from "../../src/core/model";

function angka(m: ReportModel) {
  return {
    jenis: m.jenis,
    triwulan: m.triwulan,
    tahun: m.tahun,
    issues: m.mappingIssues.map((i) => [i.code, i.sheet, i.address]),
    kinerja: m.kinerja.map((k) => ({
      no: k.no.value,
      ref: k.reported.capaian.ref,
      target: k.target.value,
      realisasi: k.realisasi.value,
      computed: k.computed,
    })),
    anggaran: m.anggaran.map((b) => ({
      no: b.no.value,
      ref: b.reported.serapan.ref,
      pagu: b.pagu.value,
      realisasi: b.realisasi.value,
      computed: b.computed,
    })),
    ringkasan: m.ringkasan,
    strategi: m.strategi.map((s) => [s.noKinerja.value, s.strategi.value]),
  };
}

test("there is at least one example to check", () => {
  expect(EXAMPLES.length).toBeGreaterThan(0);
});

test.each(EXAMPLES.map((e) => [e.id, e] as const))(
  "%s: file round trip = direct mapping",
  async (_id, example) => {
    const langsung = mapWorkbook(exampleToRawWorkbook(example));
    const buf = await writeTemplateBuffer({
      jenis: example.jenis,
      rumus: "lkj",
      data: example.tables,
    });
    const dariBerkas = mapWorkbook(await readWorkbookBuffer(buf));
    expect(dariBerkas.kinerja.length).toBe(example.tables.Kinerja?.length ?? 0);
    expect(angka(dariBerkas)).toEqual(angka(langsung));
  }
);
