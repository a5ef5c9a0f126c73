// Properties of the rules: on randomly damaged versions of a correct report no
// rule fails and every finding is well formed; a capaian rounded or truncated to
// the decimals its format shows is never reported; one off by more is.
import fc from "fast-check";
import { mapWorkbook } from "../../../src/core/model/map";
import { validateReport } from "../../../src/core/validation";
import { bukuRaw, di, periksa } from "./fixture";

const nilaiAcak = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(
    "",
    " ",
    "abc",
    "12 fasilitasi",
    "85%",
    "1.234.567",
    "Rp 5.000",
    "80–90 %",
    "-3",
    "0"
  ),
  fc.constantFrom("Naik", "Turun", "Program", "Kegiatan", "Sub Kegiatan", "III", "Tahunan"),
  fc.constantFrom("19660905 198903 1 009", "1966090519890310", "2023-10-09", "=LKJ.CAPAIAN(1,2)"),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 })
);

const perubahan = fc.array(
  fc.record({ tabel: fc.nat(20), baris: fc.nat(20), kolom: fc.nat(20), nilai: nilaiAcak }),
  { minLength: 1, maxLength: 25 }
);

describe("rules on damaged reports", () => {
  it("never fail, and every finding is well formed and sorted the same twice", () => {
    fc.assert(
      fc.property(perubahan, fc.boolean(), (ubah, potongBaris) => {
        const raw = bukuRaw();
        for (const u of ubah) {
          const t = raw.tables[u.tabel % raw.tables.length];
          if (t.values.length === 0) continue;
          const i = u.baris % t.values.length;
          const j = u.kolom % t.headers.length;
          t.values[i][j] = u.nilai;
          t.formulas[i][j] = u.nilai;
        }
        if (potongBaris) raw.tables[2].values.pop();
        const m = mapWorkbook(raw);
        const a = validateReport(m);
        const dariPemetaan = new Set(m.mappingIssues.map((i) => i.code));
        expect(validateReport(m)).toEqual(a);
        for (const t of a) {
          expect(t.kode).not.toBe("PEMERIKSAAN_GAGAL");
          expect(["galat", "peringatan", "info"]).toContain(t.tingkat);
          expect(t.lembar).not.toBe("");
          if (t.sel !== null) expect(t.sel).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
          // Mapping issues carry the mapping's own text (tested with the mapping).
          if (!dariPemetaan.has(t.kode)) {
            expect(t.pesan).not.toMatch(
              /NaN|undefined|null|Infinity|\[object|\d\.\d{5,}|\d,\d{7,}|\de-\d/
            );
          }
          if (t.perbaikan) expect(t.perbaikan.sel).toEqual({ sheet: t.lembar, address: t.sel });
          if (t.perbaikan?.jenis === "angka-dari-teks") {
            expect(Number.isFinite(t.perbaikan.nilai)).toBe(true);
          }
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe("capaian shown with d decimals", () => {
  const kasus = fc.record({
    target: fc.integer({ min: 1, max: 500 }),
    realisasi: fc.integer({ min: 0, max: 700 }),
    d: fc.integer({ min: 0, max: 3 }),
    potong: fc.boolean(),
  });

  function laporan(target: number, realisasi: number, capaian: number, d: number) {
    return periksa({
      kinerja: (r) =>
        Object.assign(r[0], {
          Target: target,
          Realisasi: realisasi,
          "Realisasi TW I": "",
          "Realisasi TW II": "",
          "Realisasi TW III": realisasi,
          Capaian: capaian,
        }),
      diketik: ["Kinerja:0,Capaian"],
      format: { "Kinerja:0,Capaian": d === 0 ? "0%" : `0.${"0".repeat(d)}%` },
    });
  }

  it("rounded or truncated: never CAPAIAN_TIDAK_SESUAI", () => {
    fc.assert(
      fc.property(kasus, ({ target, realisasi, d, potong }) => {
        const skala = Math.pow(10, d + 2);
        const persis = (realisasi * skala) / target;
        const tampil = (potong ? Math.floor(persis + 1e-9) : Math.round(persis)) / skala;
        const t = laporan(target, realisasi, tampil, d);
        expect(di(t, "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  it("off by two shown units: CAPAIAN_TIDAK_SESUAI (or a more specific capaian finding)", () => {
    fc.assert(
      fc.property(kasus, ({ target, realisasi, d }) => {
        const skala = Math.pow(10, d + 2);
        // Two shown units off, with a last digit that is not 0 (a typed 44,0% would be read as 44%).
        let n = Math.round((realisasi * skala) / target) + 2;
        if (d > 0 && n % 10 === 0) n += 1;
        const salah = n / skala;
        const t = laporan(target, realisasi, salah, d);
        const k = t.map((x) => `${x.kode}@${x.sel}`);
        expect(k.some((x) => /^(CAPAIAN_TIDAK_SESUAI|CAPAIAN_DIBATASI)@M2$/.test(x))).toBe(true);
      }),
      { numRuns: 200 }
    );
  });
});

describe("quick fixes on tables with renamed or missing columns", () => {
  const judulAcak = fc.array(
    fc.record({
      tabel: fc.nat(20),
      kolom: fc.nat(20),
      judul: fc.constantFrom("", "Catatan", "Capaian (%)", "Capaian 5=4/5", "Predikat?", "X"),
    }),
    { minLength: 1, maxLength: 8 }
  );

  it("a 'Pulihkan rumus X' fix writes only into a cell under the header X", () => {
    fc.assert(
      fc.property(judulAcak, (ganti) => {
        const raw = bukuRaw();
        for (const g of ganti) {
          const t = raw.tables[g.tabel % raw.tables.length];
          t.headers[g.kolom % t.headers.length] = g.judul;
        }
        // Blank computed cells, so every row asks for its formula where the column exists.
        for (const t of raw.tables) {
          for (let j = 0; j < t.headers.length; j++) {
            if (!["Capaian", "Predikat", "Serapan"].includes(t.headers[j])) continue;
            for (let i = 0; i < t.values.length; i++) t.values[i][j] = t.formulas[i][j] = "";
          }
        }
        const ditulis = validateReport(mapWorkbook(raw)).filter(
          (x) => x.perbaikan?.jenis === "pulihkan-rumus"
        );
        for (const x of ditulis) {
          const p = x.perbaikan as { sel: { sheet: string; address: string }; label: string };
          const t = raw.tables.find((r) => r.sheet === p.sel.sheet);
          // Every fixture table starts at A1: column letter → header index.
          const j = (p.sel.address.match(/^[A-Z]+/)?.[0].charCodeAt(0) ?? 0) - 65;
          expect(`Pulihkan rumus ${t?.headers[j]}`).toBe(p.label);
        }
      }),
      { numRuns: 200 }
    );
  });
});
