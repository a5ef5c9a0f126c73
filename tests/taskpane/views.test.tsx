// The pane's views rendered on the server (no DOM here): labels on every control,
// Periode only for Triwulan, examples offered by jenis, Beranda's actions and the
// share texts; cell text never becomes HTML. Interaction is in pane.browser.test.ts.
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ExampleReport } from "../../src/core/examples/types";
import { App } from "../../src/taskpane/App";
import { navigasi } from "../../src/taskpane/navigation";
import { formAwal } from "../../src/taskpane/siapkan-form";
import { BerandaView, teksBagikan, teksKembalikan } from "../../src/taskpane/views/BerandaView";
import { SiapkanView } from "../../src/taskpane/views/SiapkanView";

const JAHAT = '<img src=x onerror="alert(1)">';
const contoh = (id: string, jenis: ExampleReport["jenis"], judul: string): ExampleReport => ({
  id,
  judul,
  sumber: "uji",
  jenis,
  tables: {},
});
const EX = [contoh("a", "Triwulan", `Contoh A ${JAHAT}`), contoh("b", "Tahunan", "Contoh B")];

const render = (node: JSX.Element) =>
  renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** Every <input>/<select> has a <label for> naming it. */
function unlabelled(html: string): string[] {
  const ids = new Set([...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<(input|select)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      return !(id && ids.has(id)) && !/aria-label(ledby)?=/.test(tag);
    });
}

describe("SiapkanView", () => {
  const never = () => new Promise<never>(() => undefined);

  test("Triwulan: every control labelled, Periode offered, Triwulan examples only", () => {
    const html = render(
      <SiapkanView awal={formAwal(new Date(2025, 7, 1))} contoh={EX} jalankan={never} />
    );
    for (const label of [
      "Jenis Laporan",
      "Periode",
      "Tahun",
      "Skala Predikat",
      "Isi dengan contoh",
    ]) {
      expect(html).toContain(label);
    }
    expect(unlabelled(html)).toEqual([]);
    expect(html).toMatch(/<option value="3" selected="">Triwulan III<\/option>/);
    expect(html).toContain('value="2025"');
    expect(html).toContain("Contoh A &lt;img");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("Contoh B");
    expect(html).toContain("Permendagri 86/2017");
  });

  test("Tahunan: no Periode, the Tahunan examples", () => {
    const html = render(
      <SiapkanView
        awal={{ ...formAwal(new Date(2025, 0, 1)), jenis: "Tahunan", skala: "Skala" }}
        contoh={EX}
        jalankan={never}
      />
    );
    expect(html).not.toContain(">Periode<");
    expect(html).toContain("Contoh B");
    expect(html).not.toContain("Contoh A");
    expect(html).toContain("Skala sendiri di lembar Skala");
    expect(unlabelled(html)).toEqual([]);
  });

  test("no example of this jenis: the choice is disabled and says so", () => {
    const html = render(
      <SiapkanView
        awal={{ ...formAwal(new Date()), jenis: "Tahunan" }}
        contoh={[]}
        jalankan={never}
      />
    );
    expect(html).toContain("Belum ada contoh laporan Tahunan.");
    expect(html).toMatch(/<select[^>]*disabled=""[^>]*>[^]*Tanpa contoh/);
  });
});

describe("BerandaView and App", () => {
  const never = () => new Promise<never>(() => undefined);

  test("Beranda before its read: a status spinner and every action", () => {
    const html = render(<BerandaView baca={never} bagikan={never} kembalikan={never} />);
    expect(html).toContain("Membaca laporan…");
    expect(html).toContain('role="status"');
    for (const a of [
      "Siapkan Lembar",
      "Periksa",
      "Buat Narasi",
      "Bagikan tanpa add-in",
      "Kembalikan rumus LKJ",
      "Muat ulang",
    ]) {
      expect(html).toContain(`>${a}</button>`);
    }
  });

  test("share and restore results in Indonesian", () => {
    expect(
      teksBagikan({ diganti: 1234, dijadikanNilai: 2, lembar: ["Kinerja", "Anggaran"], syncs: 2 })
    ).toBe(
      "1.234 rumus LKJ diganti dengan rumus Excel biasa, 2 sel dijadikan nilai di lembar Kinerja, Anggaran. Buku kerja kini dapat dibuka tanpa add-in LKj."
    );
    expect(teksBagikan({ diganti: 0, dijadikanNilai: 0, lembar: [], syncs: 1 })).toBe(
      "Tidak ada rumus LKJ di buku kerja ini; tidak ada yang diubah."
    );
    expect(teksKembalikan({ dikembalikan: 3, syncs: 2 })).toBe(
      "3 rumus dikembalikan menjadi rumus LKJ."
    );
    expect(teksKembalikan({ dikembalikan: 0, syncs: 1 })).toBe(
      "Tidak ada rumus yang perlu dikembalikan."
    );
  });

  test("App: the four tabs in Indonesian, the navigation store's view selected, light outside Office", () => {
    const selected = (html: string) =>
      [...html.matchAll(/role="tab"[^>]*aria-selected="true"[^>]*value="([a-z]+)"/g)].map(
        (m) => m[1]
      );
    navigasi("beranda");
    const html = renderToString(<App />);
    const tabs = [...html.matchAll(/role="tab"[^>]*>(?:<[^>]+>)*([^<]+)/g)].map((m) => m[1]);
    expect(tabs).toEqual(["Beranda", "Siapkan Lembar", "Periksa", "Narasi"]);
    expect(selected(html)).toEqual(["beranda"]);
    expect(html).toContain('data-tema="terang"');
    expect(html).toContain("Beranda</h2>");
    // A ribbon button sets the store: the pane opens on that view.
    navigasi("periksa");
    expect(selected(renderToString(<App />))).toEqual(["periksa"]);
    navigasi("beranda");
    expect(renderToString(<App tema="gelap" />)).toContain('data-tema="gelap"');
  });
});
