// NarasiView: its actions run against the Excel stand-in (check first, "Tetap
// buat narasi", the result, the out-of-date notice, the kept sheet, Word and
// Salin with a fake download and clipboard), and the panel rendered
// (server-side) for each state, workbook text always as React text. With live
// validation running, the view's status comes from each live check: one edit,
// one read sync in total.
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { exampleToRawWorkbook } from "../../src/core/examples/raw";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "../../src/core/examples/tempeh-kasi-pemerintahan-2023-tw3";
import { mapWorkbook } from "../../src/core/model";
import type { ReportModel } from "../../src/core/model/types";
import { buildNarasi, renderMarkdown, renderSheetRows } from "../../src/core/narrative";
import type { Temuan } from "../../src/core/validation/types";
import {
  getLiveState,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../../src/office/live-validation";
import { buatNarasi, resetNarasi } from "../../src/office/narasi";
import { forgetReadPlan } from "../../src/office/read";
import {
  AWAL,
  AksiNarasi,
  type KeadaanNarasi,
  LAYANAN_EXCEL,
  type Layanan,
  NarasiPanel,
  NarasiView,
  namaBerkasWord,
  resetNarasiView,
} from "../../src/taskpane/views/NarasiView";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const JAHAT = '<img src=x onerror="alert(1)">';
const raw = exampleToRawWorkbook(TEMPEH_KASI_PEMERINTAHAN_2023_TW3);

function galat(m: ReportModel): Temuan[] {
  return [
    {
      kode: "UJI",
      tingkat: "galat",
      lembar: "Kinerja",
      sel: "G2",
      pesan: `Target ${m.kinerja.length} indikator ${JAHAT}`,
    },
    { kode: "UJI2", tingkat: "peringatan", lembar: "Profil", sel: "B3", pesan: "Periksa nama" },
  ];
}

function render(k: KeadaanNarasi): string {
  const noop = () => undefined;
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <NarasiPanel
        keadaan={k}
        onBuat={noop}
        onTetapBuat={noop}
        onBatal={noop}
        onUnduh={noop}
        onSalin={noop}
      />
    </FluentProvider>
  );
}

interface Harness {
  aksi: AksiNarasi;
  get: () => KeadaanNarasi;
  history: KeadaanNarasi[];
  unduhan: { blob: Blob; nama: string }[];
  salinan: Record<string, Blob | Promise<Blob>>[];
}

function harness(over: Partial<Layanan> = {}, validate = galat): Harness {
  let k = AWAL;
  const history: KeadaanNarasi[] = [];
  const unduhan: Harness["unduhan"] = [];
  const salinan: Harness["salinan"] = [];
  const layanan: Layanan = {
    ...LAYANAN_EXCEL,
    buatNarasi: (o) => buatNarasi({ ...o, validate }),
    unduh: (blob, nama) => unduhan.push({ blob, nama }),
    papanKlip: () => ({
      write: async (items: unknown[]) => {
        salinan.push(...(items as Record<string, Blob | Promise<Blob>>[]));
      },
    }),
    itemPapanKlip: (data) => data,
    ...over,
  };
  const aksi = new AksiNarasi((ubah) => {
    k = ubah(k);
    history.push(k);
  }, layanan);
  return { aksi, get: () => k, history, unduhan, salinan };
}

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

test("file name for Word: period and unit", () => {
  const doc = buildNarasi(mapWorkbook(raw));
  expect(namaBerkasWord(doc)).toBe("LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx");
  expect(
    namaBerkasWord({
      ...doc,
      judul: "LAPORAN KINERJA TAHUN 2024",
      subjudul: ["DINAS: Ke/Se*hatan"],
    })
  ).toBe("LKj-2024-Dinas-Ke-Se-Hatan.docx");
});

test("errors first: counts, messages as text, a choice to go on; nothing written", async () => {
  const h = harness();
  await h.aksi.buat();
  expect(h.history.map((k) => k.tahap)).toEqual(["memeriksa", "konfirmasi"]);
  expect(s.sheetNames()).not.toContain("Narasi");
  const html = render(h.get());
  expect(html).toContain("Pemeriksaan menemukan 1 galat, 1 peringatan, 0 info");
  expect(html).toContain("Kinerja!G2");
  expect(html).toContain("Tetap buat narasi");
  expect(html).not.toContain("<img");
  expect(html).toContain("&lt;img src=x");
  // Only errors are listed; the warning is counted.
  expect(html).not.toContain("Periksa nama");

  h.aksi.batal();
  expect(h.get().tahap).toBe("siap");
});

test("Tetap buat narasi: written, placeholders listed, status current", async () => {
  // Without the Profil values the narrative asks for them.
  s.setCells("Profil", "B2:B21", { values: Array.from({ length: 20 }, () => [""]) });
  const h = harness();
  await h.aksi.buat();
  await h.aksi.buat(true);
  const k = h.get();
  expect(k.tahap).toBe("selesai");
  expect(h.history.some((x) => x.tahap === "menulis")).toBe(true);
  expect(s.sheetNames()).toContain("Narasi");
  expect(k.hasil?.placeholders.length).toBeGreaterThan(0);
  expect(k.hasil?.jumlahTemuan.galat).toBe(1);
  expect(k.status).toMatchObject({ ada: true, mutakhir: true, diubah: false });
  // The status after writing is known without another read; a read agrees.
  const writes = s.stats.syncs;
  await h.aksi.perbaruiStatus();
  expect(s.stats.syncs).toBe(writes + 1);
  expect(h.get().status).toMatchObject({ ...k.status, syncs: 1 });

  const html = render(k);
  const baris = s.snapshot("Narasi").values.length;
  expect(html).toContain(`Lembar Narasi ditulis (${baris.toLocaleString("id-ID")} baris)`);
  expect(html).toContain("Dibuat walau ada 1 galat.");
  expect(html).toContain('aria-label="Isian yang perlu dilengkapi"');
  expect(html).toContain(`[perlu dilengkapi: ${k.hasil!.placeholders[0]}]`);
  expect(html).not.toContain("tidak mutakhir");
});

test("the out-of-date notice after an edit of the tables; the kept sheet named", async () => {
  const h = harness({}, () => []);
  await h.aksi.buat();
  expect(h.get().hasil?.lembarLama).toBeNull();
  await s.userEdit("Kinerja", "G2", [[77]]);
  await h.aksi.perbaruiStatus();
  expect(h.get().status?.mutakhir).toBe(false);
  expect(render(h.get())).toContain("Narasi sudah tidak mutakhir");

  await s.userEdit("Narasi", "A1", [["Judul yang saya ubah"]]);
  await h.aksi.perbaruiStatus();
  expect(render({ ...h.get(), tahap: "siap" })).toContain("versi Anda disimpan");
  await h.aksi.buat();
  expect(h.get().hasil?.lembarLama).toBe("Narasi (lama)");
  const html = render(h.get());
  expect(html).toContain("disimpan di lembar &quot;Narasi (lama)&quot;");
  expect(html).not.toContain("tidak mutakhir");
  expect(s.cell("Narasi (lama)", "A1").value).toBe("Judul yang saya ubah");
});

describe("with live validation running, as in the pane", () => {
  const bacaan = () => s.syncLog.filter((e) => e.kind === "read").length;

  beforeEach(async () => {
    resetLiveValidation();
    // No findings: no marks to write, so every round trip below is a read.
    await startLiveValidation({ validate: () => [], debounceMs: 0 });
  });
  afterEach(async () => {
    await stopLiveValidation();
    resetLiveValidation();
  });

  test("one edit of the tables: exactly one read in total, the notice from the live check", async () => {
    const h = harness({}, () => []);
    await h.aksi.buat();
    // Shown: the live check's read now includes the Narasi sheet (one check, no read of its own).
    s.resetCounters();
    const berhenti = h.aksi.pantau();
    await whenIdle();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
    expect(h.get().status).toMatchObject({ ada: true, mutakhir: true, diubah: false, syncs: 0 });

    s.resetCounters();
    await s.userEdit("Kinerja", "G2", [[77]]);
    await whenIdle();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
    expect(h.get().status?.mutakhir).toBe(false);
    expect(render(h.get())).toContain("Narasi sudah tidak mutakhir");

    // An edit of the Narasi text: the same one read tells it.
    s.resetCounters();
    await s.userEdit("Narasi", "A1", [["Judul yang saya ubah"]]);
    await whenIdle();
    expect(bacaan()).toBe(1);
    expect(s.stats.syncs).toBe(1);
    expect(h.get().status?.diubah).toBe(true);
    expect(render({ ...h.get(), tahap: "siap" })).toContain("versi Anda disimpan");
    berhenti();

    // Not shown: checks no longer read the Narasi sheet, the status stays as it was.
    await s.userEdit("Kinerja", "G2", [[78]]);
    await whenIdle();
    expect(getLiveState().snapshot?.extra.has("Narasi")).toBe(false);
  });

  test("after Buat Narasi, checks started before its write are passed over", async () => {
    const h = harness({}, () => []);
    const berhenti = h.aksi.pantau();
    await whenIdle();
    expect(h.get().status).toMatchObject({ ada: false, mutakhir: null });
    const sebelum = getLiveState();
    await h.aksi.buat();
    // The last snapshot read the workbook without the sheet just written.
    expect(sebelum.snapshot?.extra.has("Narasi")).toBe(true);
    expect(h.aksi.dariLive(sebelum)).toBe(false);
    expect(h.get().status).toMatchObject({ ada: true, mutakhir: true, diubah: false });

    // The next check read after the write.
    s.resetCounters();
    await s.userEdit("Kinerja", "G2", [[77]]);
    await whenIdle();
    expect(bacaan()).toBe(1);
    expect(h.get().status).toMatchObject({ ada: true, mutakhir: false, diubah: false });
    berhenti();
  });

  test("an edit whose check runs during Buat Narasi's write is not lost: one more check tells it", async () => {
    // The user edits a table while the write's round trip is coming back; that edit's
    // check is passed over (it may have read before the write), so the view checks again.
    const h = harness({
      buatNarasi: async (o) => {
        const r = await buatNarasi({ ...o, validate: () => [] });
        await s.userEdit("Kinerja", "G2", [[77]]);
        await whenIdle();
        return r;
      },
    });
    const berhenti = h.aksi.pantau();
    await whenIdle();
    await h.aksi.buat();
    await whenIdle();
    expect(h.get().status).toMatchObject({ ada: true, mutakhir: false });
    expect(render(h.get())).toContain("Narasi sudah tidak mutakhir");
    berhenti();
  });

  test("shown again: the last check's status when it read the sheet, else one check", async () => {
    const h = harness({}, () => []);
    let berhenti = h.aksi.pantau();
    await whenIdle();
    berhenti();
    s.resetCounters();
    berhenti = h.aksi.pantau();
    await whenIdle();
    expect(s.stats.syncs).toBe(0);
    berhenti();

    await s.userEdit("Kinerja", "G2", [[77]]);
    await whenIdle();
    s.resetCounters();
    berhenti = h.aksi.pantau();
    await whenIdle();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
    expect(getLiveState().snapshot?.extra.has("Narasi")).toBe(true);
    berhenti();
  });

  test("focus back from the grid: a check (no read of its own); a deleted sheet is seen", async () => {
    const h = harness({}, () => []);
    await h.aksi.buat();
    const berhenti = h.aksi.pantau();
    await whenIdle();
    s.resetCounters();
    h.aksi.segarkan();
    await whenIdle();
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);

    // Deleting a sheet raises no change event; the pane getting focus re-checks.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Narasi").delete();
      await context.sync();
    });
    await s.settle();
    h.aksi.segarkan();
    await whenIdle();
    expect(getLiveState().cause).toBeNull();
    expect(h.get().status).toMatchObject({ ada: false, mutakhir: null });
    berhenti();
  });
});

test("shown without live validation: one read of its own", async () => {
  const h = harness({}, () => []);
  await h.aksi.buat();
  s.resetCounters();
  const statusSebelum = h.get().status;
  const berhenti = h.aksi.pantau();
  for (let i = 0; i < 100 && h.get().status === statusSebelum; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
  berhenti();
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
  expect(h.get().status).toMatchObject({ ada: true, mutakhir: true, syncs: 1 });
});

test("status reads are coalesced", async () => {
  let n = 0;
  const h = harness({
    statusNarasi: async () => {
      n++;
      await new Promise((r) => setTimeout(r, 5));
      return {
        ada: false,
        dariAddin: false,
        mutakhir: null,
        diubah: false,
        sumber: null,
        sidikSekarang: "v1-0",
        syncs: 1,
      };
    },
  });
  await Promise.all([h.aksi.perbaruiStatus(), h.aksi.perbaruiStatus(), h.aksi.perbaruiStatus()]);
  // One read running, one more after it for the calls made meanwhile.
  expect(n).toBe(2);
});

test("Unduh Word: the lazily loaded export gives a .docx named after the report", async () => {
  let dimuat = 0;
  const h = harness({
    muatWord: () => {
      dimuat++;
      return LAYANAN_EXCEL.muatWord();
    },
  });
  await h.aksi.unduhWord();
  expect(dimuat).toBe(1);
  expect(h.unduhan).toHaveLength(1);
  expect(h.unduhan[0].nama).toBe("LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx");
  const bytes = new Uint8Array(await h.unduhan[0].blob.arrayBuffer());
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip package
  expect(h.get().info).toBe("Berkas LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx diunduh.");
  expect(s.stats.writeSyncs).toBe(0);
});

test("Salin: HTML and plain text on the clipboard", async () => {
  const h = harness();
  await h.aksi.salin();
  expect(h.salinan).toHaveLength(1);
  const item = h.salinan[0];
  expect(Object.keys(item).sort()).toEqual(["text/html", "text/plain"]);
  const htmlBlob = await item["text/html"];
  const textBlob = await item["text/plain"];
  expect(htmlBlob.type).toBe("text/html");
  const doc = buildNarasi(mapWorkbook(raw));
  expect(await textBlob.text()).toBe(renderMarkdown(doc));
  const html = await htmlBlob.text();
  expect(html).toContain(doc.judul);
  expect(h.get()).toMatchObject({ sibuk: null, galat: null });
  expect(h.get().info).toContain("Narasi disalin");
});

test("Salin where ClipboardItem takes no promises: written again with blobs", async () => {
  const tertulis: unknown[] = [];
  const h = harness({
    itemPapanKlip: (data) => {
      if (Object.values(data).some((v) => v instanceof Promise)) throw new TypeError("no promise");
      return data;
    },
    papanKlip: () => ({
      write: async (items) => {
        tertulis.push(...items);
      },
    }),
  });
  await h.aksi.salin();
  expect(tertulis).toHaveLength(1);
  expect((tertulis[0] as Record<string, Blob>)["text/plain"]).toBeInstanceOf(Blob);
  expect(h.get().info).toContain("Narasi disalin");
});

test("Salin without a clipboard, or refused: a plain fallback message", async () => {
  const tanpa = harness({ papanKlip: () => null });
  await tanpa.aksi.salin();
  expect(tanpa.get().galat).toContain("Papan klip tidak diizinkan");
  expect(tanpa.get().galat).toContain("Unduh Word");

  const ditolak = harness({
    papanKlip: () => ({
      write: () => Promise.reject(Object.assign(new Error("Denied"), { name: "NotAllowedError" })),
    }),
  });
  await ditolak.aksi.salin();
  expect(ditolak.get().galat).toContain("Papan klip tidak diizinkan");
  expect(ditolak.get().sibuk).toBeNull();
  expect(render(ditolak.get())).toContain("Papan klip tidak diizinkan");
});

test("an Excel failure is one Indonesian sentence, never the raw error", async () => {
  const h = harness({
    buatNarasi: () =>
      Promise.reject(
        Object.assign(new Error("AccessDenied at Range.values stack…"), { code: "AccessDenied" })
      ),
  });
  await h.aksi.buat();
  const k = h.get();
  expect(k.tahap).toBe("siap");
  expect(k.galat).toMatch(/^Buat Narasi gagal\. /);
  expect(k.galat).toContain("terkunci");
  expect(k.galat).not.toContain("stack");
  expect(render(k)).not.toContain("Range.values");
});

test("progress: a status line and controls disabled while working", () => {
  const html = render({ ...AWAL, tahap: "memeriksa" });
  expect(html).toMatch(/role="status"[^>]*>Memeriksa laporan…/);
  expect(html).toMatch(/<button[^>]*disabled[^>]*>Buat Narasi/);
  const word = render({ ...AWAL, sibuk: "word" });
  expect(word).toContain("Menyiapkan berkas Word…");
  const idle = render(AWAL);
  expect(idle).not.toMatch(/<button[^>]*disabled/);
  for (const label of [
    "Buat Narasi: periksa laporan lalu tulis lembar Narasi",
    "Unduh Word (.docx): narasi sebagai dokumen Word",
    "Salin: narasi ke papan klip untuk ditempel di Word",
  ]) {
    expect(idle).toContain(`aria-label="${label}"`);
  }
});

test("placeholder labels and kept sheet names are text, never HTML", () => {
  const html = render({
    ...AWAL,
    tahap: "selesai",
    hasil: {
      lembarLama: `Narasi ${JAHAT}`,
      baris: 1234,
      placeholders: [`alamat ${JAHAT}`],
      jumlahTemuan: { galat: 0, peringatan: 0, info: 0 },
    },
  });
  expect(html).toContain("Lembar Narasi ditulis (1.234 baris)");
  expect(html).not.toContain("<img");
  expect(html).toContain("[perlu dilengkapi: alamat &lt;img");
});

test("NarasiView renders its first state", () => {
  resetNarasiView();
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <NarasiView />
    </FluentProvider>
  );
  expect(html).toContain("Narasi Laporan");
  expect(html).toContain("Buat Narasi");
  expect(html).not.toContain("Lembar Narasi ditulis");
  // The rows the sheet would get exist for this workbook (sanity of the fixture).
  expect(renderSheetRows(buildNarasi(mapWorkbook(raw))).rows.length).toBeGreaterThan(10);
});
