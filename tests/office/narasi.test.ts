// The Narasi sheet writer against the Excel stand-in, on the Tempeh example
// report: one read and one write round trip, the rows written are those of
// renderSheetRows, formats (merges, table borders, shaded headers,
// placeholders), the metadata kept in the workbook settings, stale detection
// after an edit of a Kinerja input, the user's edited text kept as "Narasi
// (lama)", an unedited sheet regenerated in place, and re-running is safe.
import { exampleToRawWorkbook } from "../../src/core/examples/raw";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "../../src/core/examples/tempeh-kasi-pemerintahan-2023-tw3";
import { mapWorkbook } from "../../src/core/model";
import type { ReportModel } from "../../src/core/model/types";
import { buildNarasi, renderSheetRows, sidikJari } from "../../src/core/narrative";
import type { Temuan } from "../../src/core/validation/types";
import {
  KUNCI_META,
  LEMBAR_NARASI,
  buatNarasi,
  dokumenNarasi,
  hashTeks,
  kelompokBaris,
  lebarKolomPt,
  namaLembarLama,
  teksGrid,
  resetNarasi,
  statusNarasi,
} from "../../src/office/narasi";
import { forgetReadPlan } from "../../src/office/read";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";
import { indentLevels, mergedAreas, pageBreakRows } from "../support/excel-standin/api";
import { rectA1 } from "../support/excel-standin/model";

const raw = exampleToRawWorkbook(TEMPEH_KASI_PEMERINTAHAN_2023_TW3);
const tanpaTemuan = (): Temuan[] => [];
const satuGalat = (m: ReportModel): Temuan[] => [
  {
    kode: "UJI",
    tingkat: "galat",
    lembar: "Kinerja",
    sel: "G2",
    pesan: `Target ${m.kinerja.length} indikator diuji`,
  },
];

let s: Standin;
let uninstall: () => void;

beforeEach(() => {
  forgetReadPlan();
  resetNarasi();
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed(raw);
});
afterEach(() => uninstall());

/** What renderSheetRows gives for the workbook as it is in the stand-in now. */
function expectedRows() {
  const now = { sheetNames: s.sheetNames(), tables: raw.tables };
  return renderSheetRows(buildNarasi(mapWorkbook(now)));
}

function narasiText(sheet = LEMBAR_NARASI): string[][] {
  return teksGrid(s.snapshot(sheet).values);
}

async function eventsEnabled(): Promise<boolean> {
  return Excel.run(async (ctx) => {
    const r = ctx.runtime.load("enableEvents");
    await ctx.sync();
    return r.enableEvents;
  });
}

describe("helpers", () => {
  test("teksGrid places the used range from A1 and drops trailing blanks", () => {
    expect(
      teksGrid(
        [
          ["a", "", ""],
          ["", "", ""],
        ],
        1,
        2
      )
    ).toEqual([[], ["", "", "a"]]);
    expect(teksGrid([[12, true, null]])).toEqual([["12", "true"]]);
    expect(
      hashTeks([
        ["a", ""],
        ["", ""],
      ])
    ).toBe(hashTeks([["a"]]));
    expect(hashTeks([["a", "b"]])).not.toBe(hashTeks([["ab"]]));
    expect(hashTeks([["a"], ["b"]])).not.toBe(hashTeks([["a", "b"]]));
  });

  test("names of the kept sheets", () => {
    expect(namaLembarLama(["Narasi"])).toBe("Narasi (lama)");
    expect(namaLembarLama(["Narasi", "narasi (LAMA)"])).toBe("Narasi (lama 2)");
    expect(namaLembarLama(["Narasi (lama)", "Narasi (lama 2)"])).toBe("Narasi (lama 3)");
  });

  test("kelompokBaris: runs of equal keys, null skipped", () => {
    const keys = ["a", "a", null, "b", "b", "a"];
    expect(kelompokBaris(keys.length, (i) => keys[i])).toEqual([
      [0, 2, "a"],
      [3, 5, "b"],
      [5, 6, "a"],
    ]);
  });
});

describe("Buat Narasi", () => {
  test("one read and one write; the sheet holds renderSheetRows, formatted", async () => {
    // The first read of a session learns the table list (2 round trips).
    const cold = await statusNarasi();
    expect(cold.syncs).toBe(2);
    expect(cold).toMatchObject({ ada: false, dariAddin: false, mutakhir: null, diubah: false });

    s.resetCounters();
    const before = s.snapshot("Kinerja");
    const r = await buatNarasi({ validate: tanpaTemuan });
    expect(r.status).toBe("selesai");
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
    expect(s.syncLog[1].calcSuspended).toBe(true);
    expect(r.syncs).toEqual({ baca: 1, tulis: 1 });
    expect(await eventsEnabled()).toBe(true);

    const sr = expectedRows();
    const snap = s.snapshot(LEMBAR_NARASI);
    expect(snap.address).toBe(rectA1({ r0: 0, c0: 0, r1: sr.rows.length - 1, c1: sr.width - 1 }));
    expect(snap.values).toEqual(sr.rows);
    expect(snap.numberFormats.flat().every((f) => f === "@")).toBe(true);
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.baris).toBe(sr.rows.length);
    expect(r.doc.sumber).toBe(sidikJari(mapWorkbook(raw)));

    // Paragraph rows merged across the width; table header shaded and bordered.
    const merges = mergedAreas(s.model.sheet(LEMBAR_NARASI)!).map(rectA1);
    const para = sr.styles.findIndex((st) => st.kind === "paragraph");
    expect(merges).toContain(rectA1({ r0: para, c0: 0, r1: para, c1: sr.width - 1 }));
    expect(snap.formats[para][0].wrapText).toBe(true);
    expect(snap.formats[para][0].horizontalAlignment).toBe("Justify");
    const head = sr.styles.findIndex((st) => st.kind === "tableHeader");
    expect(snap.formats[head][0].fill).toBe("#D9E1F2");
    expect(snap.formats[head][0].borders.EdgeTop?.style).toBe("Continuous");
    expect(snap.formats[head][sr.width - 1].borders.EdgeRight?.style).toBe("Continuous");
    const body = sr.styles.findIndex((st) => st.kind === "tableRow");
    const kanan = sr.styles[body].align!.indexOf("right");
    if (kanan >= 0) expect(snap.formats[body][kanan].horizontalAlignment).toBe("Right");
    const title = sr.styles.findIndex((st) => st.kind === "title");
    expect(snap.formats[title][0]).toMatchObject({ fontBold: true, horizontalAlignment: "Center" });
    const nama = sr.styles.findIndex((st) => st.kind === "signatureName");
    expect(snap.formats[nama][0].fontBold).toBe(true);
    const item = sr.styles.findIndex((st) => st.kind === "listItem" && (st.indent ?? 0) > 0);
    expect(indentLevels(s.model.sheet(LEMBAR_NARASI)!)[`${item},0`]).toBe(sr.styles[item].indent);
    // A printed page starts after each page break row; A4, one page wide.
    const breaks = sr.styles.flatMap((st, i) => (st.kind === "pageBreak" ? [i + 1] : []));
    expect(breaks.length).toBeGreaterThan(0);
    expect(pageBreakRows(s.model.sheet(LEMBAR_NARASI)!)).toEqual(breaks);
    expect(s.sheetInfo(LEMBAR_NARASI).pageLayout).toMatchObject({ paperSize: "A4" });
    // Cells outside any table have no borders.
    expect(snap.formats[para][0].borders.EdgeTop).toBeUndefined();

    // Metadata in the workbook settings; the sheet is active; other sheets untouched.
    const meta = JSON.parse(String(s.model.settings.get(KUNCI_META)));
    expect(meta).toMatchObject({ sumber: r.doc.sumber, teks: hashTeks(sr.rows) });
    expect(s.model.activeSheet).toBe(LEMBAR_NARASI);
    expect(s.snapshot("Kinerja")).toEqual(before);
    expect(s.sheetNames()).toEqual([...raw.sheetNames, LEMBAR_NARASI]);
  });

  test("formats grouped through RangeAreas; the same sheet without ExcelApi 1.9", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    const withAreas = s.snapshot(LEMBAR_NARASI);
    const opsAreas = s.syncLog[s.syncLog.length - 1].writes;
    const heights = new Map(s.model.sheet(LEMBAR_NARASI)!.rowHeights);
    // A long paragraph gets a taller row (Excel does not autofit merged cells).
    const sr = expectedRows();
    const long = sr.rows.findIndex(
      (r, i) => sr.styles[i].kind === "paragraph" && r[0].length > 300
    );
    expect(long).toBeGreaterThanOrEqual(0);
    expect(heights.get(long)).toBeGreaterThan(30);

    uninstall();
    forgetReadPlan();
    resetNarasi();
    s = createStandin();
    uninstall = installGlobals(s);
    s.seed(raw);
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) =>
            name === "ExcelApi" && Number(v.split(".")[1]) <= 8,
        },
      },
    };
    try {
      await buatNarasi({ validate: tanpaTemuan });
    } finally {
      g.Office = before;
    }
    expect(s.snapshot(LEMBAR_NARASI)).toEqual(withAreas);
    expect(new Map(s.model.sheet(LEMBAR_NARASI)!.rowHeights)).toEqual(heights);
    expect(opsAreas).toBeLessThan(s.syncLog[s.syncLog.length - 1].writes);
  });

  test("placeholders are highlighted and listed", async () => {
    // Without a Tugas Fungsi list the narrative asks for it.
    s.setCells("Profil", "B2:B21", { values: Array.from({ length: 20 }, () => [""]) });
    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.placeholders.length).toBeGreaterThan(0);
    const sr = renderSheetRows(r.doc);
    const i = sr.styles.findIndex((st) => (st.placeholders ?? []).length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const c = sr.styles[i].placeholders![0];
    expect(s.snapshot(LEMBAR_NARASI).formats[i][c].fill).toBe("#FFF2CC");
    expect(sr.rows[i][c]).toContain("[perlu dilengkapi: ");
  });

  test("errors stop before any write; Tetap buat narasi writes", async () => {
    s.resetCounters();
    const r = await buatNarasi({ validate: satuGalat });
    expect(r.status).toBe("perlu-konfirmasi");
    expect(r.temuan.map((t) => t.kode)).toEqual(["UJI"]);
    expect(s.stats.writeSyncs).toBe(0);
    expect(s.sheetNames()).not.toContain(LEMBAR_NARASI);

    const lagi = await buatNarasi({ validate: satuGalat, tetapBuat: true });
    expect(lagi.status).toBe("selesai");
    expect(lagi.temuan).toHaveLength(1);
    expect(narasiText()).toEqual(teksGrid(expectedRows().rows));
  });

  test("stale after a user edit of a Kinerja input, current again after regenerating", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    expect(await statusNarasi()).toMatchObject({ ada: true, dariAddin: true, mutakhir: true });

    s.resetCounters();
    await s.userEdit("Kinerja", "G2", [[55]]);
    const st = await statusNarasi();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
    expect(st).toMatchObject({ ada: true, mutakhir: false, diubah: false });
    expect(st.sidikSekarang).not.toBe(st.sumber);

    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.lembarLama).toBeNull();
    expect(await statusNarasi()).toMatchObject({ mutakhir: true, diubah: false });
  });

  test("a formatting-only or computed-column change is not stale", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    s.setCells("Kinerja", "G2", { format: { fill: "#FF0000" } });
    expect((await statusNarasi()).mutakhir).toBe(true);
  });

  test("edited Narasi text is kept as Narasi (lama), then (lama 2)", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    const sr = expectedRows();
    const para = sr.styles.findIndex((st) => st.kind === "paragraph");
    const addr = `A${para + 1}`;
    await s.userEdit(LEMBAR_NARASI, addr, [["Paragraf yang saya tulis sendiri."]]);
    expect(await statusNarasi()).toMatchObject({ diubah: true, mutakhir: true });

    s.resetCounters();
    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "write"]);
    expect(r.lembarLama).toBe("Narasi (lama)");
    expect(s.cell("Narasi (lama)", addr).value).toBe("Paragraf yang saya tulis sendiri.");
    // The kept sheet keeps its layout (merges) and every other text.
    const kept = narasiText("Narasi (lama)");
    expect(kept[para][0]).toBe("Paragraf yang saya tulis sendiri.");
    expect(kept.filter((_, i) => i !== para)).toEqual(
      teksGrid(sr.rows).filter((_, i) => i !== para)
    );
    expect(mergedAreas(s.model.sheet("Narasi (lama)")!).length).toBeGreaterThan(0);
    // The fresh Narasi sits where the old one was, before the kept copy.
    expect(narasiText()).toEqual(teksGrid(sr.rows));
    const names = s.sheetNames();
    expect(names.indexOf(LEMBAR_NARASI)).toBe(names.indexOf("Narasi (lama)") - 1);
    expect(await statusNarasi()).toMatchObject({ diubah: false, mutakhir: true });

    await s.userEdit(LEMBAR_NARASI, "A1", [["Judul saya"]]);
    const r2 = await buatNarasi({ validate: tanpaTemuan });
    if (r2.status !== "selesai") throw new Error("not written");
    expect(r2.lembarLama).toBe("Narasi (lama 2)");
    expect(s.cell("Narasi (lama 2)", "A1").value).toBe("Judul saya");
    expect(s.cell("Narasi (lama)", addr).value).toBe("Paragraf yang saya tulis sendiri.");
  });

  test("a Narasi sheet the add-in did not write is kept; an empty one is reused", async () => {
    s.addSheet(LEMBAR_NARASI);
    s.setCells(LEMBAR_NARASI, "B3", { values: [["catatan pengguna"]] });
    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.lembarLama).toBe("Narasi (lama)");
    expect(s.cell("Narasi (lama)", "B3").value).toBe("catatan pengguna");

    uninstall();
    forgetReadPlan();
    resetNarasi();
    s = createStandin();
    uninstall = installGlobals(s);
    s.seed(raw);
    s.addSheet(LEMBAR_NARASI);
    const r2 = await buatNarasi({ validate: tanpaTemuan });
    if (r2.status !== "selesai") throw new Error("not written");
    expect(r2.lembarLama).toBeNull();
    expect(s.sheetNames().filter((n) => n.startsWith(LEMBAR_NARASI))).toEqual([LEMBAR_NARASI]);
  });

  test("re-running with nothing changed rewrites in place, the same cells and merges", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    const first = s.snapshot(LEMBAR_NARASI);
    const merges = mergedAreas(s.model.sheet(LEMBAR_NARASI)!).map(rectA1);
    const settings = [...s.model.settings.entries()];
    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.lembarLama).toBeNull();
    expect(s.snapshot(LEMBAR_NARASI)).toEqual(first);
    expect(mergedAreas(s.model.sheet(LEMBAR_NARASI)!).map(rectA1)).toEqual(merges);
    expect(pageBreakRows(s.model.sheet(LEMBAR_NARASI)!)).toHaveLength(
      r.doc.blocks.filter((b) => b.type === "pageBreak").length
    );
    expect([...s.model.settings.entries()]).toEqual(settings);
    expect(s.sheetNames()).toEqual([...raw.sheetNames, LEMBAR_NARASI]);
  });

  test("a shorter narrative leaves no old rows behind", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    const long = s.snapshot(LEMBAR_NARASI).values.length;
    // Fewer Tugas Fungsi rows: fewer list items.
    const tf = raw.tables.find((t) => t.name === "TugasFungsi")!;
    await s.userEdit(
      "Tugas Fungsi",
      `B3:B${tf.values.length + 1}`,
      tf.values.slice(1).map(() => [" "])
    );
    const r = await buatNarasi({ validate: tanpaTemuan });
    if (r.status !== "selesai") throw new Error("not written");
    expect(r.baris).toBeLessThan(long);
    expect(narasiText()).toEqual(teksGrid(renderSheetRows(r.doc).rows));
  });

  test("survives a reload: metadata from the file, and a deleted Narasi sheet", async () => {
    await buatNarasi({ validate: tanpaTemuan });
    // A new session: nothing remembered in memory.
    forgetReadPlan();
    resetNarasi();
    expect(await statusNarasi()).toMatchObject({ ada: true, dariAddin: true, mutakhir: true });

    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(LEMBAR_NARASI).delete();
      await ctx.sync();
    });
    expect(await statusNarasi()).toMatchObject({ ada: false, mutakhir: null });
    const r = await buatNarasi({ validate: tanpaTemuan });
    expect(r.status).toBe("selesai");
    expect(narasiText()).toEqual(teksGrid(expectedRows().rows));
  });

  test("dokumenNarasi reads the current tables without writing", async () => {
    s.resetCounters();
    const doc = await dokumenNarasi();
    expect(s.stats.writeSyncs).toBe(0);
    expect(doc.sumber).toBe(sidikJari(mapWorkbook(raw)));
  });
});

describe("lebarKolomPt: Narasi sheet column widths", () => {
  const lembar = (id: string) =>
    renderSheetRows(buildNarasi(mapWorkbook(exampleToRawWorkbook(contoh(id)))));
  const proporsional = (sr: ReturnType<typeof lembar>) => {
    const sum = sr.columnWidths.reduce((a, b) => a + b, 0);
    return sr.columnWidths.map((w) => Math.max(24, Math.round((480 * w) / sum)));
  };

  it("widens the No column for the budget keys 'III.1' and 'I.10', keeping the sheet's width", () => {
    const sr = lembar("bantur-2020-tahunan");
    const sebelum = proporsional(sr);
    const pt = lebarKolomPt(sr);
    // Five characters of 5,6 pt and the cell padding: "III.1" on one line.
    expect(sebelum[0]).toBeLessThan(5 * 5.6 + 6);
    expect(pt[0]).toBeGreaterThanOrEqual(5 * 5.6 + 6);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(Math.abs(total(pt) - total(sebelum))).toBeLessThanOrEqual(sr.width);
    // The amounts keep room for "131.137.800".
    const pagu = sr.rows.find((r) => r.includes("Pagu (Rp)"))?.indexOf("Pagu (Rp)") ?? -1;
    expect(pagu).toBeGreaterThan(0);
    expect(pt[pagu]).toBeGreaterThanOrEqual(11 * 5.6 + 6);
  });

  it("keeps the proportions when every key fits (a quarterly report numbered 1, 2, 3)", () => {
    const sr = lembar("tempeh-kasi-pemerintahan-2023-tw3");
    expect(lebarKolomPt(sr)).toEqual(proporsional(sr));
  });
});
