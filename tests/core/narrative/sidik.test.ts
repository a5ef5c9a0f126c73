import { exampleToRawWorkbook } from "../../../src/core/examples/raw";
import { mapWorkbook } from "../../../src/core/model/map";
import type { RawTable, RawWorkbook } from "../../../src/core/model/types";
import { NARASI_FORMAT_VERSION, buildTriwulan, sidikJari } from "../../../src/core/narrative";
import { contohSintetis } from "./fixtures";

function raw(): RawWorkbook {
  return exampleToRawWorkbook(contohSintetis());
}

function tabel(w: RawWorkbook, name: string): RawTable {
  const t = w.tables.find((x) => x.name === name);
  if (!t) throw new Error(`tabel ${name} tidak ada`);
  return t;
}

function kolom(t: RawTable, header: string): number {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`kolom ${header} tidak ada`);
  return i;
}

describe("sidikJari", () => {
  it("bentuk: versi format + 16 digit heksadesimal, sama dengan sumber dokumen", () => {
    const m = mapWorkbook(raw());
    const s = sidikJari(m);
    expect(s).toMatch(new RegExp(`^v${NARASI_FORMAT_VERSION}-[0-9a-f]{16}$`));
    expect(buildTriwulan(m).sumber).toBe(s);
  });

  it("masukan sama → sidik jari sama", () => {
    expect(sidikJari(mapWorkbook(raw()))).toBe(sidikJari(mapWorkbook(raw())));
  });

  it("realisasi berubah → sidik jari berubah", () => {
    const a = raw();
    const b = raw();
    const t = tabel(b, "Kinerja");
    const c = kolom(t, "Realisasi");
    t.values[0][c] = "71%";
    t.formulas[0][c] = "71%";
    expect(sidikJari(mapWorkbook(b))).not.toBe(sidikJari(mapWorkbook(a)));
  });

  it("nama di Profil, pagu dan strategi berubah → sidik jari berubah", () => {
    const dasar = sidikJari(mapWorkbook(raw()));
    const ubah = (name: string, header: string, row: number, v: string | number) => {
      const w = raw();
      const t = tabel(w, name);
      const c = kolom(t, header);
      t.values[row][c] = v;
      t.formulas[row][c] = v;
      return sidikJari(mapWorkbook(w));
    };
    const profil = tabel(raw(), "Profil");
    const barisNama = profil.values.findIndex((r) => r[0] === "Nama");
    const hasil = [
      ubah("Profil", "Nilai", barisNama, "NAMA LAIN"),
      ubah("Anggaran", "Pagu", 0, 1726863172),
      ubah("Strategi", "Strategi", 0, "Strategi lain"),
    ];
    for (const h of hasil) expect(h).not.toBe(dasar);
    expect(new Set(hasil).size).toBe(hasil.length);
  });

  it("tanda persen mengubah teks, maka mengubah sidik jari (0,97 vs 97%)", () => {
    const a = raw();
    const b = raw();
    const t = tabel(b, "Kinerja");
    const c = kolom(t, "Target");
    t.values[0][c] = 0.97;
    t.formulas[0][c] = 0.97;
    expect(sidikJari(mapWorkbook(b))).not.toBe(sidikJari(mapWorkbook(a)));
  });

  it("posisi tabel (ref sel) berubah → sidik jari tetap", () => {
    const a = raw();
    const b = raw();
    const t = tabel(b, "Kinerja");
    const baris = t.values.length + 4;
    // The same table moved from A1 to C5: every cell ref differs.
    t.address = `C5:${String.fromCharCode(67 + t.headers.length - 1)}${baris}`;
    const ma = mapWorkbook(a);
    const mb = mapWorkbook(b);
    expect(mb.kinerja[0].realisasi.ref.address).not.toBe(ma.kinerja[0].realisasi.ref.address);
    expect(sidikJari(mb)).toBe(sidikJari(ma));
  });

  it("rumus dan isi kolom terhitung (Capaian, Predikat) tidak ikut → sidik jari tetap", () => {
    const a = raw();
    const b = raw();
    const t = tabel(b, "Kinerja");
    const cap = kolom(t, "Capaian");
    const pred = kolom(t, "Predikat");
    t.values[0][cap] = 0.5;
    t.formulas[0][cap] = "=LKJ.CAPAIAN(H2,J2,F2)";
    t.values[0][pred] = "Rendah";
    expect(sidikJari(mapWorkbook(b))).toBe(sidikJari(mapWorkbook(a)));
  });
});
