// Quick fixes through the stand-in: each is one write sync, writes exactly the
// certain value, keeps the cell's formatting, and running it again changes nothing.
import { mapWorkbook } from "../../src/core/model/map";
import { validateReport } from "../../src/core/validation";
import type { Perbaikan } from "../../src/core/validation/types";
import { readWorkbook } from "../../src/office/read";
import { nilaiTulis, terapkanPerbaikan } from "../../src/office/fixes";
import { resetLiveValidation } from "../../src/office/live-validation";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

let s: Standin;
let uninstall: () => void;

beforeEach(() => {
  resetLiveValidation();
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed({
    tables: [
      {
        sheet: "Kinerja",
        name: "Kinerja",
        address: "A1",
        headers: ["No", "Target", "Realisasi", "Capaian"],
        values: [["1", 10, "8", 0.9]],
        formulas: [[null, null, null, null]],
        numberFormats: [["@", "General", "@", "0.00%"]],
      },
      {
        sheet: "Profil",
        name: "Profil",
        address: "A1",
        headers: ["Isian", "Nilai"],
        values: [["NIP", "19651231 199003 1 001"]],
      },
    ],
  });
  s.setCells("Kinerja", "C2:D2", { format: { fill: "#E2EFDA", fontItalic: true } });
});
afterEach(() => uninstall());

async function twice(p: Perbaikan): Promise<void> {
  const formats = s.snapshot(p.sel.sheet, p.sel.address).formats;
  s.resetCounters();
  await terapkanPerbaikan(p);
  expect(s.syncLog.map((e) => e.kind)).toEqual(["write"]);
  const once = s.snapshot(p.sel.sheet, "A1:D2");
  await terapkanPerbaikan(p);
  expect(s.snapshot(p.sel.sheet, "A1:D2")).toEqual(once);
  expect(s.snapshot(p.sel.sheet, p.sel.address).formats).toEqual(formats);
  await s.settle();
  expect(s.handlerErrors).toEqual([]);
}

test("angka-dari-teks writes the number", async () => {
  await twice({
    jenis: "angka-dari-teks",
    sel: { sheet: "Kinerja", address: "C2" },
    nilai: 8,
    label: "",
  });
  expect(s.cell("Kinerja", "C2").value).toBe(8);
});

test("pulihkan-rumus writes the formula back", async () => {
  s.setEvaluator((_sheet, _a, f) => (f === "=[@Realisasi]/[@Target]" ? 0.8 : undefined));
  await twice({
    jenis: "pulihkan-rumus",
    sel: { sheet: "Kinerja", address: "D2" },
    rumus: "=[@Realisasi]/[@Target]",
    label: "",
  });
  expect(s.cell("Kinerja", "D2")).toMatchObject({ formula: "=[@Realisasi]/[@Target]", value: 0.8 });
});

test("rapikan-nip keeps 18 digits as text", async () => {
  await twice({
    jenis: "rapikan-nip",
    sel: { sheet: "Profil", address: "B2" },
    nilai: "196512311990031001",
    label: "",
  });
  expect(s.cell("Profil", "B2").value).toBe("196512311990031001");
});

test("nilaiTulis: formulas get their '=', digit NIPs an apostrophe, spaced NIPs stay", () => {
  const sel = { sheet: "X", address: "A1" };
  expect(nilaiTulis({ jenis: "pulihkan-rumus", sel, rumus: "B2/C2", label: "" })).toEqual({
    formulas: [["=B2/C2"]],
  });
  expect(nilaiTulis({ jenis: "rapikan-nip", sel, nilai: "1965", label: "" })).toEqual({
    values: [["'1965"]],
  });
  expect(nilaiTulis({ jenis: "rapikan-nip", sel, nilai: "1965 12", label: "" })).toEqual({
    values: [["1965 12"]],
  });
});

test("a fix on a missing sheet fails with ItemNotFound, nothing written", async () => {
  const before = s.snapshot("Kinerja", "A1:D2");
  await expect(
    terapkanPerbaikan({
      jenis: "angka-dari-teks",
      sel: { sheet: "Anggaran", address: "C2" },
      nilai: 1,
      label: "",
    })
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(s.snapshot("Kinerja", "A1:D2")).toEqual(before);
});

test("ganti-judul renames a lookalike header to the contract's, and the finding is gone", async () => {
  // "Capaian 5=4/5" as the seeds label it: the mapping names it and offers the rename.
  await s.setCells("Kinerja", "D1", { values: [["Capaian 5=4/5"]] });
  const temuan = async () => {
    const raw = await Excel.run((context) => readWorkbook(context));
    return validateReport(mapWorkbook(raw)).filter((t) => t.kode === "KOLOM_TIDAK_ADA");
  };
  const sebelum = (await temuan()).find((t) => t.pesan.includes('"Capaian"'));
  expect(sebelum?.sel).toBe("D1");
  const p = sebelum?.perbaikan;
  expect(p).toEqual({
    jenis: "ganti-judul",
    sel: { sheet: "Kinerja", address: "D1" },
    nilai: "Capaian",
    label: 'Ganti judul menjadi "Capaian"',
  });
  if (!p) return;
  await twice(p);
  expect(s.snapshot("Kinerja", "A1:D1").values).toEqual([["No", "Target", "Realisasi", "Capaian"]]);
  // The column's cells are untouched and the table reads it again.
  expect(s.cell("Kinerja", "D2").value).toBe(0.9);
  expect((await temuan()).some((t) => t.pesan.includes('"Capaian"'))).toBe(false);
});
