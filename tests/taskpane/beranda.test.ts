// Where Beranda's state comes from (SumberBeranda), against the Excel stand-in:
// with live validation running, the last check's snapshot and no read of its
// own (one edit, one read sync in total, the state updated); "Muat ulang" is
// one live check; without live validation, or when it cannot start, one read
// of its own as before.
import { exampleToRawWorkbook } from "../../src/core/examples/raw";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "../../src/core/examples/tempeh-kasi-pemerintahan-2023-tw3";
import {
  periksaSekarang,
  resetLiveValidation,
  startLiveValidation,
  stopLiveValidation,
  whenIdle,
} from "../../src/office/live-validation";
import { validateReport } from "../../src/core/validation";
import { forgetReadPlan } from "../../src/office/read";
import type { HasilStatus } from "../../src/office/status";
import {
  AWAL_BERANDA,
  type KeadaanBeranda,
  SumberBeranda,
} from "../../src/taskpane/views/BerandaView";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const raw = exampleToRawWorkbook(TEMPEH_KASI_PEMERINTAHAN_2023_TW3);

let s: Standin;
let uninstall: () => void;

function beranda(baca?: () => Promise<HasilStatus>): {
  sumber: SumberBeranda;
  get: () => KeadaanBeranda;
  riwayat: KeadaanBeranda[];
} {
  let k = AWAL_BERANDA;
  const riwayat: KeadaanBeranda[] = [];
  const sumber = new SumberBeranda((ubah) => {
    k = { ...k, ...ubah };
    riwayat.push(k);
  }, baca);
  return { sumber, get: () => k, riwayat };
}

/** Until the state is loaded (the view's first decision waits a microtask). */
async function sampaiDimuat(get: () => KeadaanBeranda): Promise<void> {
  for (let i = 0; i < 200 && get().memuat; i++) await new Promise((r) => setTimeout(r, 0));
  await whenIdle();
}

beforeEach(() => {
  resetLiveValidation();
  forgetReadPlan();
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed(raw);
});
afterEach(async () => {
  await stopLiveValidation();
  resetLiveValidation();
  uninstall();
});

describe("with live validation running, as in the pane", () => {
  test("mounted with the pane: live validation's first check is the only read", async () => {
    s.resetCounters();
    const b = beranda();
    // As React runs them: Beranda's effect, then the App's, which starts live validation.
    const berhenti = b.sumber.mulai();
    const start = startLiveValidation({ debounceMs: 0 });
    await start;
    await sampaiDimuat(b.get);
    // Registering the handlers, then the first check of a session (table list,
    // then the tables); no read of Beranda's own.
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "read", "read"]);
    expect(s.syncLog[0].loads).toBeLessThan(s.syncLog[2].loads);
    expect(b.get()).toMatchObject({ memuat: false, galat: null });
    expect(b.get().status?.judul).toBe("Laporan Triwulan III Tahun 2023");
    berhenti();
  });

  test("one edit: exactly one read in total, Beranda shows the new state", async () => {
    await startLiveValidation({ debounceMs: 0 });
    s.resetCounters();
    const b = beranda();
    const berhenti = b.sumber.mulai();
    await sampaiDimuat(b.get);
    expect(s.stats.syncs).toBe(0);
    const sebelum = b.get().status!;
    expect(sebelum.judul).toBe("Laporan Triwulan III Tahun 2023");

    s.resetCounters();
    const dari = b.riwayat.length;
    await s.userEdit("Profil", "B4", [[2024]]);
    await whenIdle();
    // The live check's read, and the write of its marks when the findings moved.
    expect(s.syncLog.filter((e) => e.kind === "read")).toHaveLength(1);
    expect(s.stats.syncs).toBeLessThanOrEqual(2);
    expect(b.get().status?.judul).toBe("Laporan Triwulan III Tahun 2024");
    expect(b.get().status?.lembar).toEqual(sebelum.lembar);
    // No spinner for a check Beranda did not ask for.
    expect(b.riwayat.slice(dari).map((k) => k.memuat)).toEqual([false]);
    berhenti();
  });

  test("Muat ulang and the re-check after an own write: one live check, no read of its own", async () => {
    await startLiveValidation({ debounceMs: 0 });
    let bacaSendiri = 0;
    const b = beranda(async () => {
      bacaSendiri++;
      throw new Error("tidak dipakai");
    });
    const berhenti = b.sumber.mulai();
    await sampaiDimuat(b.get);
    // A write through the API with events off, as Bagikan does: no check by itself.
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Profil").getRange("B4").values = [[2030]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await s.settle();
    expect(b.get().status?.tahun).toBe(2023);
    s.resetCounters();
    await b.sumber.muat();
    expect(s.syncLog.filter((e) => e.kind === "read")).toHaveLength(1);
    expect(b.get()).toMatchObject({ memuat: false, galat: null });
    expect(b.get().status?.tahun).toBe(2030);
    expect(bacaSendiri).toBe(0);
    berhenti();
  });

  test("a check that fails after Muat ulang: its error in Beranda's words", async () => {
    await startLiveValidation({ debounceMs: 0 });
    const b = beranda();
    const berhenti = b.sumber.mulai();
    await sampaiDimuat(b.get);
    const g = globalThis as { Excel: unknown };
    g.Excel = {
      run: () =>
        Promise.reject(
          Object.assign(new Error("at read.ts"), { code: "InvalidOperationInCellEditMode" })
        ),
    };
    try {
      await b.sumber.muat();
    } finally {
      g.Excel = s.Excel;
    }
    expect(b.get().memuat).toBe(false);
    expect(b.get().galat).toMatch(/^Membaca laporan gagal\. Excel sedang menunggu isian sel/);
    // The last good state stays shown.
    expect(b.get().status?.judul).toBe("Laporan Triwulan III Tahun 2023");
    berhenti();
  });
});

test("without live validation: one read of its own, as before; Muat ulang reads again", async () => {
  s.resetCounters();
  const b = beranda();
  const berhenti = b.sumber.mulai();
  await sampaiDimuat(b.get);
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read", "read"]);
  expect(b.get().status?.judul).toBe("Laporan Triwulan III Tahun 2023");
  s.resetCounters();
  await b.sumber.muat();
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
  // A check asked for by hand (Periksa) shows too.
  await s.userEdit("Profil", "B4", [[2025]]);
  await periksaSekarang();
  expect(b.get().status?.tahun).toBe(2025);
  berhenti();
});

test("live validation cannot start: one read of its own, its error in Beranda's words", async () => {
  const g = globalThis as { Excel: unknown };
  g.Excel = {
    run: () =>
      Promise.reject(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" })),
  };
  let dibaca = 0;
  const b = beranda(async () => {
    dibaca++;
    throw Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" });
  });
  try {
    const berhenti = b.sumber.mulai();
    const start = startLiveValidation().catch(() => "gagal");
    await expect(start).resolves.toBe("gagal");
    await sampaiDimuat(b.get);
    berhenti();
  } finally {
    g.Excel = s.Excel;
  }
  expect(dibaca).toBe(1);
  expect(b.get().galat).toMatch(/^Membaca laporan gagal\. Excel sedang menunggu isian sel/);
});

/**
 * Beranda mounted with live validation whose checks fail while `gagal()` says so,
 * as Excel refuses a read while a cell is being edited.
 */
async function berandaDenganCekGagal(gagal: () => boolean): Promise<{
  get: () => KeadaanBeranda;
  sumber: SumberBeranda;
  stop: () => void;
}> {
  const validate = (m: Parameters<typeof validateReport>[0]) => {
    if (gagal()) throw Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" });
    return validateReport(m);
  };
  const b = beranda();
  const stop = b.sumber.mulai();
  await startLiveValidation({ validate, debounceMs: 0 });
  await sampaiDimuat(b.get);
  return { get: b.get, sumber: b.sumber, stop };
}

test("a failed Muat ulang's error goes once a later live check succeeds", async () => {
  let gagal = false;
  const b = await berandaDenganCekGagal(() => gagal);
  try {
    gagal = true;
    await b.sumber.muat();
    expect(b.get().galat).toMatch(/^Membaca laporan gagal\. Excel sedang menunggu isian sel/);
    // The user presses Enter: the edit's check succeeds and Beranda shows it, without the old error.
    gagal = false;
    await s.userEdit("Profil", "B4", [[2024]]);
    await whenIdle();
    expect(b.get().status?.tahun).toBe(2024);
    expect(b.get().galat).toBeNull();
  } finally {
    b.stop();
  }
});

test("a failed live check shows on Beranda too, and goes with the next good one", async () => {
  let gagal = false;
  const b = await berandaDenganCekGagal(() => gagal);
  try {
    expect(b.get().galat).toBeNull();
    gagal = true;
    await s.userEdit("Profil", "B4", [[2024]]);
    await whenIdle();
    // The state shown is from before the edit: the user is told the read failed.
    expect(b.get().galat).toMatch(/^Membaca laporan gagal\. Excel sedang menunggu isian sel/);
    gagal = false;
    await s.userEdit("Profil", "B4", [[2025]]);
    await whenIdle();
    expect(b.get().galat).toBeNull();
    expect(b.get().status?.tahun).toBe(2025);
  } finally {
    b.stop();
  }
});
