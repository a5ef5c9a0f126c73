// PeriksaView rendered (server-side) after a real check through the stand-in:
// grouped by sheet, counts by severity, fix buttons, messages as text (never
// HTML); and its pure helpers.
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { exampleToRawWorkbook } from "../../src/core/examples";
import type { ReportModel } from "../../src/core/model/types";
import type { Temuan } from "../../src/core/validation/types";
import {
  getLiveState,
  liveAwal,
  periksaSekarang,
  resetLiveValidation,
  setValidator,
  startLiveValidation,
  stopLiveValidation,
} from "../../src/office/live-validation";
import {
  PeriksaView,
  kelompokkan,
  labelPerbaikan,
  teksStatus,
} from "../../src/taskpane/views/PeriksaView";
import { jumlahTemuan, teksJumlahTemuan } from "../../src/core/model/ringkasan";
import { contoh } from "../support/contoh";
import { createStandin, installGlobals } from "../support/excel-standin";

const JAHAT = '<img src=x onerror="alert(1)">';

function rules(model: ReportModel): Temuan[] {
  const out: Temuan[] = [];
  for (const k of model.kinerja) {
    const c = k.computed.capaian;
    const r = k.reported.capaian;
    if (c.ok && r.value !== null && Math.abs(c.value - r.value) > 0.00005) {
      out.push({
        kode: "CAPAIAN_TIDAK_SESUAI",
        tingkat: "galat",
        lembar: r.ref.sheet,
        sel: r.ref.address,
        pesan: `Capaian tidak sesuai ${String(k.indikator.raw).slice(0, 20)} ${JAHAT}`,
      });
    }
  }
  out.push({
    kode: "NIP_SPASI",
    tingkat: "peringatan",
    lembar: "Profil",
    sel: "B10",
    pesan: "NIP berisi spasi",
    perbaikan: {
      jenis: "rapikan-nip",
      sel: { sheet: "Profil", address: "B10" },
      nilai: "196512311990031001",
      label: "",
    },
  });
  return out;
}

const t = (tingkat: Temuan["tingkat"], lembar: string, sel: string): Temuan => ({
  kode: "X",
  tingkat,
  lembar,
  sel,
  pesan: "p",
});

describe("helpers", () => {
  test("kelompokkan: by sheet in order of appearance, errors first, counts", () => {
    const g = kelompokkan([
      t("info", "Kinerja", "A2"),
      t("galat", "Anggaran", "B2"),
      t("galat", "Kinerja", "C2"),
      t("peringatan", "Kinerja", "D2"),
    ]);
    expect(g.map((k) => k.lembar)).toEqual(["Kinerja", "Anggaran"]);
    expect(g[0].temuan.map((x) => x.sel)).toEqual(["C2", "D2", "A2"]);
    expect(g[0].jumlah).toEqual({ galat: 1, peringatan: 1, info: 1 });
    expect(g[1].jumlah).toEqual({ galat: 1, peringatan: 0, info: 0 });
  });

  test("counts are printed the Indonesian way", () => {
    const many = Array.from({ length: 1234 }, () => t("galat", "Kinerja", "A1"));
    expect(teksJumlahTemuan(jumlahTemuan(many))).toBe("1.234 galat, 0 peringatan, 0 info");
  });

  test("fix labels default by kind; status texts", () => {
    const sel = { sheet: "Kinerja", address: "L2" };
    expect(labelPerbaikan({ jenis: "angka-dari-teks", sel, nilai: 1, label: "" })).toBe(
      "Ubah menjadi angka"
    );
    expect(labelPerbaikan({ jenis: "pulihkan-rumus", sel, rumus: "=1", label: " " })).toBe(
      "Pulihkan rumus"
    );
    expect(labelPerbaikan({ jenis: "ganti-judul", sel, nilai: "Capaian", label: "" })).toBe(
      "Ganti judul kolom"
    );
    expect(labelPerbaikan({ jenis: "rapikan-nip", sel, nilai: "1", label: "Rapikan" })).toBe(
      "Rapikan"
    );
    const base = liveAwal();
    expect(teksStatus({ ...base, status: "aktif" })).toBe("Pemeriksaan otomatis aktif");
    expect(teksStatus({ ...base, status: "memeriksa" })).toBe("Memeriksa…");
    expect(teksStatus({ ...base, status: "mati" })).toBe("Pemeriksaan otomatis tidak aktif");
  });
});

describe("rendered after a check", () => {
  let uninstall: () => void;
  let s: ReturnType<typeof createStandin>;
  beforeEach(() => {
    resetLiveValidation();
    s = createStandin();
    uninstall = installGlobals(s);
    s.seed(exampleToRawWorkbook(contoh("senduro-kasi-pemberdayaan-2023-tw2")));
  });
  afterEach(() => {
    resetLiveValidation();
    uninstall();
  });

  test("sheets, counts, findings, fix buttons; cell text never becomes HTML", async () => {
    setValidator(rules);
    await periksaSekarang();
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PeriksaView />
      </FluentProvider>
    );
    expect(html).toContain("Periksa Laporan");
    expect(html).toContain('aria-label="Lembar Kinerja"');
    expect(html).toContain('aria-label="Lembar Profil"');
    expect(html).toContain('aria-label="Ringkasan: 3 galat, 1 peringatan, 0 info"');
    expect(html).toContain("Galat 3");
    expect(html).toContain("Rapikan NIP");
    expect(html).toMatch(/M2<\/strong>/);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x");
  });

  test("between an edit and its check, quick fixes are held back (their addresses may be stale)", async () => {
    const render = () =>
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <PeriksaView />
        </FluentProvider>
      );
    // A fix button: enabled after a check, disabled while one is due.
    const tombol = (html: string) =>
      html.match(/<button[^>]*aria-label="Rapikan NIP di [^"]*"[^>]*>/)?.[0];
    await startLiveValidation({ validate: rules, debounceMs: 60_000 });
    try {
      expect(tombol(render())).toBeDefined();
      expect(tombol(render())).not.toMatch(/disabled/);
      await s.userEdit("Kinerja", "A2", [["1"]]);
      expect(getLiveState().status).toBe("memeriksa");
      expect(tombol(render())).toMatch(/disabled/);
      await periksaSekarang();
      expect(tombol(render())).not.toMatch(/disabled/);
    } finally {
      await stopLiveValidation();
    }
  });

  test("before any check: no counts, Periksa button present", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PeriksaView />
      </FluentProvider>
    );
    expect(html).toContain("Periksa seluruh laporan sekarang");
    expect(html).not.toContain("Ringkasan:");
    expect(html).toContain("Pemeriksaan otomatis tidak aktif");
  });
});
