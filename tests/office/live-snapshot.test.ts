// What live validation publishes for the views (LiveSnapshot) and the extra
// reads that ride in its read sync, against the Excel stand-in: one edit is one
// read with the extras in it, the snapshot is the model and findings of that
// read, concurrent starts share one start, and periksaLagi adds no check when
// one is already due.
import { exampleToRawWorkbook } from "../../src/core/examples/raw";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "../../src/core/examples/tempeh-kasi-pemerintahan-2023-tw3";
import type { RawWorkbook } from "../../src/core/model/types";
import type { Temuan } from "../../src/core/validation/types";
import {
  type ExtraRead,
  addExtraRead,
  getLiveState,
  isLiveRunning,
  nomorPeriksa,
  periksaLagi,
  periksaSekarang,
  resetLiveValidation,
  setValidator,
  startLiveValidation,
  stopLiveValidation,
  subscribeLive,
  whenIdle,
} from "../../src/office/live-validation";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

const raw = exampleToRawWorkbook(TEMPEH_KASI_PEMERINTAHAN_2023_TW3);

/** One finding naming the Profil's Tahun, so a changed value shows in the findings. */
function rules(m: { profil: { tahun: { value: number | null } } }): Temuan[] {
  return [
    { kode: "UJI", tingkat: "info", lembar: "Profil", sel: null, pesan: `${m.profil.tahun.value}` },
  ];
}

/** An extra read of the active sheet's name: queued before the read, read after it. */
function sheetAktif(log: string[]): ExtraRead<string> {
  return {
    key: "uji",
    queue(context, retry) {
      log.push(retry ? "antre ulang" : "antre");
      const ws = context.workbook.worksheets.getActiveWorksheet().load("name");
      return async (r: RawWorkbook) => {
        log.push(`selesai ${r.sheetNames.length}`);
        return { value: ws.name, syncs: 0 };
      };
    },
  };
}

let s: Standin;
let uninstall: () => void;
beforeEach(async () => {
  resetLiveValidation();
  s = createStandin();
  uninstall = installGlobals(s);
  s.seed(raw);
  await s.userSelect("Profil", "A1");
});
afterEach(async () => {
  await stopLiveValidation();
  resetLiveValidation();
  uninstall();
});

test("each check publishes its model and findings; the number grows", async () => {
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  const first = getLiveState().snapshot;
  expect(first).not.toBeNull();
  expect(first!.nomor).toBe(1);
  expect(nomorPeriksa()).toBe(1);
  expect(first!.raw.sheetNames).toContain("Kinerja");
  expect(first!.model.kinerja.length).toBeGreaterThan(0);
  expect(first!.temuan).toBe(getLiveState().temuan);
  expect(first!.temuan[0].pesan).toBe("2023");

  await s.userEdit("Profil", "B4", [[2024]]);
  await whenIdle();
  const next = getLiveState().snapshot!;
  expect(next.nomor).toBe(2);
  expect(next.model.profil.tahun.value).toBe(2024);
  expect(next.temuan[0].pesan).toBe("2024");
  expect(getLiveState().cause).toBeNull();
});

test("an extra read rides in the check's read: one edit, one read sync", async () => {
  const log: string[] = [];
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  const lepas = addExtraRead(sheetAktif(log));
  s.resetCounters();
  await s.userEdit("Profil", "B4", [[2025]]);
  await whenIdle();
  expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
  expect(log).toEqual(["antre", `selesai ${s.sheetNames().length}`]);
  expect(getLiveState().snapshot!.extra.get("uji")).toBe("Profil");
  expect(getLiveState().terakhir?.readSyncs).toBe(1);

  lepas();
  await periksaSekarang();
  expect(getLiveState().snapshot!.extra.has("uji")).toBe(false);
});

test("an extra's object gone on the first read (no plan yet): read again with its safe loads", async () => {
  const log: string[] = [];
  addExtraRead({
    key: "hilang",
    queue(context, retry) {
      log.push(retry ? "antre ulang" : "antre");
      const ws = retry ? null : context.workbook.worksheets.getItem("Tidak Ada").load("name");
      return async () => ({ value: ws ? ws.name : "tanpa", syncs: 0 });
    },
  });
  s.resetCounters();
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  expect(log).toEqual(["antre", "antre ulang"]);
  expect(getLiveState().cause).toBeNull();
  expect(getLiveState().snapshot!.extra.get("hilang")).toBe("tanpa");
  // The failed sync, then the table list and the tables.
  expect(getLiveState().terakhir?.readSyncs).toBe(3);
});

test("a failed check keeps the last snapshot and gives its error as `cause`", async () => {
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  const before = getLiveState().snapshot;
  const gagal = Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
  // The check itself fails (an extra read that fails does not fail it: see below).
  setValidator(() => {
    throw gagal;
  });
  await periksaSekarang();
  expect(getLiveState().cause).toBe(gagal);
  expect(getLiveState().galat).toContain("mode edit sel");
  expect(getLiveState().snapshot).toBe(before);
});

test("starting twice at once: one registration, one first check; running at once", async () => {
  const a = startLiveValidation({ validate: rules, debounceMs: 0 });
  // Views mounted in the same render see the start at once.
  expect(isLiveRunning()).toBe(true);
  expect(getLiveState().status).toBe("memeriksa");
  const b = startLiveValidation();
  await Promise.all([a, b]);
  expect(s.handlerCount()).toBe(3);
  expect(nomorPeriksa()).toBe(1);
  expect(getLiveState().status).toBe("aktif");
});

test("a failed start: not running, and whenIdle resolves", async () => {
  const g = globalThis as { Excel: unknown };
  g.Excel = {
    run: () => Promise.reject(Object.assign(new Error("x"), { code: "AccessDenied" })),
  };
  try {
    const start = startLiveValidation({ validate: rules });
    const idle = whenIdle();
    await expect(start).rejects.toMatchObject({ code: "AccessDenied" });
    await idle;
    expect(isLiveRunning()).toBe(false);
    expect(getLiveState().status).toBe("mati");
  } finally {
    g.Excel = s.Excel;
  }
});

test("periksaLagi: a check after the call, none added when one is due", async () => {
  // Due: the first check of a start, still to begin.
  const start = startLiveValidation({ validate: rules, debounceMs: 20 });
  periksaLagi();
  await start;
  await whenIdle();
  expect(nomorPeriksa()).toBe(1);

  // Idle: one check now.
  periksaLagi();
  await whenIdle();
  expect(nomorPeriksa()).toBe(2);

  // Scheduled by an edit: that check is the one.
  await s.userEdit("Profil", "B4", [[2026]]);
  periksaLagi();
  await whenIdle();
  expect(nomorPeriksa()).toBe(3);

  // Not running: nothing.
  await stopLiveValidation();
  periksaLagi();
  await whenIdle();
  expect(nomorPeriksa()).toBe(3);
});

test("a change while a check runs: that check ends as 'memeriksa', not 'aktif' (its fixes are stale)", async () => {
  await startLiveValidation({ validate: rules, debounceMs: 60_000 });
  // A user edit arrives after the check's read (as during the marks write in real Excel).
  let edit: Promise<void> | null = null;
  addExtraRead({
    key: "edit-di-tengah",
    queue: () => async () => {
      edit ??= s.userEdit("Profil", "B4", [[2030]]);
      await edit;
      return { value: null, syncs: 0 };
    },
  });
  await periksaSekarang();
  const st = getLiveState();
  // What was read is from before the edit, and a check for the edit is due.
  expect(st.snapshot?.temuan[0]?.pesan).toBe("2023");
  expect(s.cell("Profil", "B4").value).toBe(2030);
  expect(st.status).toBe("memeriksa");
});

test("an extra read that fails does not stop the check: findings published, its key missing", async () => {
  await startLiveValidation({ validate: rules, debounceMs: 0 });
  addExtraRead({
    key: "rusak",
    queue: () => async () => {
      throw Object.assign(new Error("hilang"), { code: "ItemNotFound" });
    },
  });
  const log: string[] = [];
  addExtraRead(sheetAktif(log));
  await s.userEdit("Profil", "B4", [[2031]]);
  await whenIdle();
  const st = getLiveState();
  expect(st.cause).toBeNull();
  expect(st.snapshot?.temuan[0]?.pesan).toBe("2031");
  expect(st.snapshot?.extra.has("rusak")).toBe(false);
  // The other extras of the same check are kept.
  expect(st.snapshot?.extra.get("uji")).toBe("Profil");
});

test("a view whose listener throws does not stop the checks or the other views", async () => {
  const rusak = subscribeLive(() => {
    throw new Error("view rusak");
  });
  const dilihat: string[] = [];
  const baik = subscribeLive((st) => dilihat.push(st.status));
  try {
    await startLiveValidation({ validate: rules, debounceMs: 0 });
    await s.userEdit("Profil", "B4", [[2032]]);
    await whenIdle();
    expect(getLiveState().snapshot?.temuan[0]?.pesan).toBe("2032");
    expect(getLiveState().status).toBe("aktif");
    expect(dilihat).toContain("aktif");
  } finally {
    rusak();
    baik();
  }
});
