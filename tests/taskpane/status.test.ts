// Beranda's read through the stand-in: the whole state in one read round trip once the
// table list is known (two on the first read of a session), nothing written.
import { exampleToRawWorkbook } from "../../src/core/examples";
import { forgetReadPlan } from "../../src/office/read";
import { bacaStatusLaporan } from "../../src/office/status";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals, type Standin } from "../support/excel-standin";

describe("bacaStatusLaporan", () => {
  let s: Standin;
  let uninstall: () => void;
  beforeEach(() => {
    forgetReadPlan();
    s = createStandin();
    uninstall = installGlobals(s);
  });
  afterEach(() => uninstall());

  test("an example report: state and findings; 2 reads first, then 1; no writes", async () => {
    const ex = contoh("senduro-kasi-pemberdayaan-2023-tw2");
    s.seed(exampleToRawWorkbook(ex));
    s.resetCounters();
    const first = await bacaStatusLaporan();
    expect(first.syncs).toBe(2);
    expect(first.status.jenis).toBe("Triwulan");
    expect(first.status.kosong).toBe(false);
    expect(first.status.belumAda).toEqual([]);
    expect(first.status.lembar.find((l) => l.tabel === "Kinerja")?.teks).toMatch(
      /^Kinerja: \d+ indikator, \d+ dengan realisasi$/
    );
    // The seed's own mistakes are found (see tests/core/validation on the seeds).
    expect(first.status.temuan.galat + first.status.temuan.peringatan).toBeGreaterThan(0);

    s.resetCounters();
    const again = await bacaStatusLaporan();
    expect(again.syncs).toBe(1);
    expect(s.stats.syncs).toBe(1);
    expect(s.syncLog.map((e) => e.kind)).toEqual(["read"]);
    expect(again.status).toEqual(first.status);
  });

  test("a user edit shows in the next read, still one round trip", async () => {
    s.seed({
      tables: [
        {
          sheet: "Profil",
          name: "Profil",
          address: "A1",
          headers: ["Isian", "Nilai"],
          values: [
            ["Jenis Laporan", "Tahunan"],
            ["Tahun", 2024],
          ],
        },
      ],
    });
    const first = await bacaStatusLaporan();
    expect(first.status.judul).toBe("Laporan Tahunan Tahun 2024");
    await s.userEdit("Profil", "B3", [[2025]]);
    s.resetCounters();
    const next = await bacaStatusLaporan();
    expect(next.status.judul).toBe("Laporan Tahunan Tahun 2025");
    expect(s.stats.syncs).toBe(1);
  });

  test("a custom validator's findings are counted", async () => {
    s.addSheet("Sheet1");
    const r = await bacaStatusLaporan(() => [
      { kode: "X", tingkat: "info", lembar: "Profil", sel: null, pesan: "p" },
    ]);
    expect(r.status.kosong).toBe(true);
    expect(r.status.temuan).toEqual({ galat: 0, peringatan: 0, info: 1 });
  });
});
