// Fuzz: random 2-D arrays, headers (contract headers in random case and
// spacing among random ones) and value types through mapWorkbook and
// validateReport never throw, and no message the mapping or the rules write
// says "NaN", "undefined", "Infinity" or "[object".
import fc from "fast-check";
import { mapWorkbook } from "../../../src/core/model";
import type { RawTable, RawWorkbook, ReportModel } from "../../../src/core/model";
import type { Hasil } from "../../../src/core/types";
import { allSheets, profilFields } from "../../../src/core/template";
import { ringkasTemuan, validateReport } from "../../../src/core/validation";

const SHEETS = allSheets();
const HEADERS = [...new Set(SHEETS.flatMap((s) => s.table.columns.map((c) => c.header)))];
const ISIAN = profilFields().map((f) => f.isian);
const BURUK = /NaN|undefined|\[object|Infinity/;

/** Random text that does not itself spell the words the check looks for. */
const teks = fc.string({ maxLength: 12 }).filter((s) => !/nan|undefined|object|infinity/i.test(s));

const acakHuruf = (s: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }),
      fc.constantFrom("", " ", "  ", "\u00A0"),
      fc.constantFrom("", " ", "\t")
    )
    .map(([besar, kiri, kanan]) => {
      const huruf = [...s].map((ch, i) => (besar[i] ? ch.toUpperCase() : ch.toLowerCase()));
      return kiri + huruf.join("").replace(/ /g, () => " ".repeat(1 + (besar[0] ? 1 : 0))) + kanan;
    });

const header = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADERS).chain(acakHuruf) },
  { weight: 1, arbitrary: teks },
  {
    weight: 1,
    arbitrary: fc.constantFrom("Realisasi Triwulan 3", "realisasi tw 4", "Isian", "Nilai"),
  }
);

const nilai: fc.Arbitrary<unknown> = fc.oneof(
  teks,
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    5e-324,
    0,
    "",
    "-",
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "94,87%",
    "1.234.567",
    "Rp 13.600.000",
    "80–90 %",
    "90-80",
    "12 fasilitasi",
    "Naik",
    "Turun",
    "Program",
    "Kegiatan",
    "Sub Kegiatan",
    "Triwulan",
    "Tahunan",
    "III",
    "Skala",
    "BERHASIL4",
    "1",
    "2.1",
    "2023-09-30",
    "=1/0"
  ),
  fc.constantFrom({}, [], { a: 1 }, [1, 2])
);

const alamat = fc.oneof(
  fc
    .tuple(fc.constantFrom("A", "B", "C", "AA", "XFD"), fc.integer({ min: 1, max: 1_048_576 }))
    .map(([c, r]) => `${c}${r}:${c}${r + 3}`),
  fc.constantFrom("A1", "zz", "", "Kinerja!$C$5:$P$9", "A0:B2")
);

const namaTabel = fc.oneof(
  fc.constantFrom(...SHEETS.map((s) => s.table.name)).chain(acakHuruf),
  teks
);
const namaLembar = fc.oneof(fc.constantFrom(...SHEETS.map((s) => s.name)), teks);

const tabel: fc.Arbitrary<RawTable> = fc
  .record({
    sheet: namaLembar,
    name: namaTabel,
    address: alamat,
    headers: fc.array(header, { maxLength: 22 }),
    values: fc.array(fc.array(nilai, { maxLength: 22 }), { maxLength: 8 }),
    formulas: fc.option(
      fc.array(
        fc.array(
          fc.oneof(
            nilai,
            teks.map((s) => "=" + s)
          )
        )
      ),
      {
        nil: undefined,
      }
    ),
    numberFormats: fc.option(fc.array(fc.array(fc.constantFrom("0%", "General", '"%"0', "@"))), {
      nil: undefined,
    }),
  })
  .map((t) => ({ ...t, formulas: t.formulas ?? t.values }) as RawTable);

const profil: fc.Arbitrary<RawTable> = fc
  .array(fc.tuple(fc.constantFrom(...ISIAN).chain(acakHuruf), nilai), { maxLength: 24 })
  .map((rows) => ({
    sheet: "Profil",
    name: "Profil",
    address: `A1:B${rows.length + 1}`,
    headers: ["Isian", "Nilai"],
    values: rows,
    formulas: rows,
  }));

const buku: fc.Arbitrary<RawWorkbook> = fc
  .tuple(fc.array(tabel, { maxLength: 8 }), fc.option(profil), fc.array(namaLembar))
  .map(([tables, p, lain]) => ({
    sheetNames: [...new Set([...tables.map((t) => t.sheet), ...lain])],
    tables: p ? [p, ...tables] : tables,
  }));

function pesanHasil(h: Hasil<unknown> | null): string[] {
  return h && !h.ok ? [h.error.message] : [];
}

function semuaPesan(m: ReportModel): string[] {
  return [
    ...m.mappingIssues.map((i) => i.message),
    ...m.kinerja.flatMap((k) => [
      ...pesanHasil(k.computed.capaian),
      ...pesanHasil(k.computed.capaianTanpaBatas),
    ]),
    ...m.anggaran.flatMap((b) => [
      ...pesanHasil(b.computed.serapan),
      ...pesanHasil(b.computed.capaianKinerja),
      ...pesanHasil(b.computed.efisiensi),
    ]),
    ...m.tahunan.tren.flatMap((t) => pesanHasil(t.computed.capaian)),
    ...pesanHasil(m.ringkasan.serapanTotal),
  ];
}

function periksaModel(m: ReportModel): void {
  for (const p of semuaPesan(m)) expect(p).not.toMatch(BURUK);
  const temuan = validateReport(m);
  for (const t of temuan) {
    expect(t.pesan).not.toMatch(BURUK);
    expect(["galat", "peringatan", "info"]).toContain(t.tingkat);
    expect(typeof t.lembar).toBe("string");
    if (t.sel !== null) expect(t.sel).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
  }
  // A rule that threw is reported as PEMERIKSAAN_GAGAL: the fuzz wants none.
  expect(temuan.filter((t) => t.kode === "PEMERIKSAAN_GAGAL")).toEqual([]);
  const jumlah = ringkasTemuan(temuan);
  expect(jumlah.galat + jumlah.peringatan + jumlah.info).toBe(temuan.length);
  const r = m.ringkasan;
  for (const n of [r.totalPagu, r.totalRealisasi, r.sisaAnggaran, r.rataRataCapaian ?? 0]) {
    expect(Number.isNaN(n)).toBe(false);
  }
  expect(r.tercapai + r.belumTercapai + r.tanpaCapaian).toBe(r.jumlahIndikator);
  for (const k of m.kinerja) {
    expect(k.target.ref.address).toMatch(/^[A-Z]{1,3}\d+$/);
    if (k.computed.capaian.ok) expect(Number.isFinite(k.computed.capaian.value)).toBe(true);
  }
}

test("random workbooks map and validate without throwing, no NaN/undefined in messages", () => {
  fc.assert(
    fc.property(buku, (raw) => {
      periksaModel(mapWorkbook(raw));
    }),
    { numRuns: 300 }
  );
});

test("contract-shaped tables with random cells (every header present, shuffled case)", () => {
  const kinerjaDef = SHEETS.find((s) => s.table.name === "Kinerja");
  const anggaranDef = SHEETS.find((s) => s.table.name === "Anggaran");
  if (!kinerjaDef || !anggaranDef) throw new Error("kontrak tidak lengkap");
  const kontrak = (nama: string, headers: string[]) =>
    fc
      .tuple(
        fc.tuple(...headers.map(acakHuruf)),
        fc.array(fc.array(nilai, { minLength: headers.length, maxLength: headers.length }), {
          minLength: 1,
          maxLength: 12,
        })
      )
      .map(([hs, values]) => ({
        sheet: nama,
        name: nama,
        address: `B2:${String.fromCharCode(65 + headers.length)}${values.length + 2}`,
        headers: hs,
        values,
        formulas: values,
      }));
  fc.assert(
    fc.property(
      profil,
      kontrak(
        "Kinerja",
        kinerjaDef.table.columns.map((c) => c.header)
      ),
      kontrak(
        "Anggaran",
        anggaranDef.table.columns.map((c) => c.header)
      ),
      (p, k, a) => {
        const m = mapWorkbook({ sheetNames: ["Profil", "Kinerja", "Anggaran"], tables: [p, k, a] });
        expect(m.kinerja).toHaveLength(
          k.values.filter(
            (r) =>
              !r.every(
                (v) =>
                  v === "" ||
                  v === null ||
                  v === undefined ||
                  (typeof v === "string" && /^\s*-?\s*$/.test(v))
              )
          ).length
        );
        periksaModel(m);
      }
    ),
    { numRuns: 300 }
  );
});
