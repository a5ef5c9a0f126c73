// Ribbon commands in the shared runtime: each button sets the pane's view in the
// navigation store, opens the pane and completes the event; "Bagikan tanpa
// add-in" only asks (Beranda with the confirmation), it converts nothing.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));
import { AKSI_PITA, TUJUAN_AKSI, registerCommands } from "../../src/commands/commands";
import {
  getNavigasi,
  navigasi,
  subscribeNavigasi,
  tutupKonfirmasi,
} from "../../src/taskpane/navigation";
import { createOfficeGlobal, type OfficeGlobal } from "../support/excel-standin/office-global";
import { readFileSync } from "fs";
import { join } from "path";

const scope = globalThis as { Office?: unknown };

describe("ribbon commands", () => {
  let office: OfficeGlobal;
  beforeEach(() => {
    office = createOfficeGlobal();
    scope.Office = office.Office;
    navigasi("beranda");
  });
  afterEach(() => {
    delete scope.Office;
  });

  test("every ExecuteFunction action of manifest.xml has a handler, and only those", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const ids = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect([...new Set(ids)].sort()).toEqual([...AKSI_PITA].sort());
    registerCommands();
    expect([...office.actions.keys()].sort()).toEqual([...AKSI_PITA].sort());
  });

  test.each([
    ["siapkanLembar", "siapkan", false],
    ["periksaLaporan", "periksa", false],
    ["buatNarasi", "narasi", false],
    ["bagikanTanpaAddin", "beranda", true],
  ] as const)("%s opens the pane on %s (confirmation: %s)", async (id, tampilan, konfirmasi) => {
    registerCommands();
    const seen: string[] = [];
    const off = subscribeNavigasi((n) => seen.push(n.tampilan));
    let completed = 0;
    office.actions.get(id)?.({ completed: () => completed++ });
    await new Promise((r) => setTimeout(r, 0));
    off();
    expect(getNavigasi().tampilan).toBe(tampilan);
    expect(getNavigasi().konfirmasiBagikan).toBe(konfirmasi);
    expect(TUJUAN_AKSI[id].tampilan).toBe(tampilan);
    expect(seen).toEqual([tampilan]);
    expect(office.shown.count).toBe(1);
    expect(completed).toBe(1);
  });

  test("a pane that cannot be shown still completes the event", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    (office.Office as unknown as { addin: { showAsTaskpane(): Promise<void> } }).addin = {
      showAsTaskpane: () => Promise.reject(new Error("tidak ada panel")),
    };
    registerCommands();
    let completed = 0;
    office.actions.get("buatNarasi")?.({ completed: () => completed++ });
    await new Promise((r) => setTimeout(r, 0));
    expect(completed).toBe(1);
    expect(getNavigasi().tampilan).toBe("narasi");
    errors.mockRestore();
  });

  test("without Office, or without Office.actions, nothing is registered and nothing throws", () => {
    const associate = jest.spyOn(
      office.Office.actions as unknown as { associate(id: string, f: unknown): void },
      "associate"
    );
    delete scope.Office;
    expect(() => registerCommands()).not.toThrow();
    // A host without the shared runtime has Office but no Office.actions.
    const tanpaAksi = createOfficeGlobal();
    delete (tanpaAksi.Office as Record<string, unknown>).actions;
    scope.Office = tanpaAksi.Office;
    expect(() => registerCommands()).not.toThrow();
    expect(associate).not.toHaveBeenCalled();
    expect(office.actions.size).toBe(0);
    expect(office.shown.count + tanpaAksi.shown.count).toBe(0);
    expect(getNavigasi().tampilan).toBe("beranda");
    // The same spy sees registration once Office.actions is there: the checks above can fail.
    scope.Office = office.Office;
    registerCommands();
    expect(associate.mock.calls.map((c) => c[0]).sort()).toEqual([...AKSI_PITA].sort());
  });
});

describe("navigation store", () => {
  test("asking twice for the same view is seen twice; closing the confirmation clears it", () => {
    navigasi("beranda");
    const seen: number[] = [];
    const off = subscribeNavigasi((n) => seen.push(n.urutan));
    navigasi("beranda", { konfirmasiBagikan: true });
    navigasi("beranda", { konfirmasiBagikan: true });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBeGreaterThan(seen[0]);
    tutupKonfirmasi();
    expect(getNavigasi()).toMatchObject({ tampilan: "beranda", konfirmasiBagikan: false });
    expect(seen).toHaveLength(3);
    tutupKonfirmasi(); // nothing to close: no event
    expect(seen).toHaveLength(3);
    off();
    navigasi("periksa");
    expect(seen).toHaveLength(3);
  });
});
