// Start-up order and failure handling of the shared-runtime page (src/runtime/boot.ts).
import { PESAN_PANEL_GAGAL, startRuntime, type RuntimeDeps } from "../../src/runtime/boot";

interface FakeRoot {
  textContent: string;
  mountedBy?: string;
}

function setup(overrides: Partial<RuntimeDeps> = {}) {
  const calls: string[] = [];
  const root: FakeRoot = { textContent: "Memuat panel LKj…" };
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const errors: string[] = [];
  const deps: RuntimeDeps = {
    registerFunctions: () => calls.push("fungsi"),
    registerCommands: () => calls.push("perintah"),
    whenReady: () => {
      calls.push("menunggu Office");
      return readyPromise;
    },
    loadPane: async () => {
      calls.push("memuat panel");
      return {
        mount: (el: HTMLElement) => {
          calls.push("memasang panel");
          (el as unknown as FakeRoot).mountedBy = "panel";
        },
      };
    },
    findRoot: () => root as unknown as HTMLElement,
    logError: (message) => errors.push(message),
    ...overrides,
  };
  return { calls, root, ready, deps, errors };
}

describe("startRuntime", () => {
  test("registers functions and commands synchronously, before Office is ready", async () => {
    const { calls, ready, deps, root } = setup();
    const started = startRuntime(deps);
    // Nothing awaited yet: registration already happened, the pane is not loaded.
    expect(calls).toEqual(["fungsi", "perintah", "menunggu Office"]);
    ready();
    await expect(started).resolves.toEqual({ fungsi: true, perintah: true, panel: true });
    expect(calls).toEqual([
      "fungsi",
      "perintah",
      "menunggu Office",
      "memuat panel",
      "memasang panel",
    ]);
    expect(root.mountedBy).toBe("panel");
  });

  test("a failing registration is logged and does not stop the other steps", async () => {
    const { deps, ready, errors } = setup({
      registerFunctions: () => {
        throw new Error("runtime hilang");
      },
    });
    const started = startRuntime(deps);
    ready();
    await expect(started).resolves.toEqual({ fungsi: false, perintah: true, panel: true });
    expect(errors).toEqual(["Fungsi LKJ gagal didaftarkan"]);
  });

  test("a pane chunk that fails to load shows a plain-text Indonesian message", async () => {
    const { deps, ready, root, errors } = setup({
      loadPane: () => Promise.reject(new Error("<img src=x onerror=alert(1)>")),
    });
    const started = startRuntime(deps);
    ready();
    await expect(started).resolves.toEqual({ fungsi: true, perintah: true, panel: false });
    expect(root.textContent).toBe(PESAN_PANEL_GAGAL);
    expect(root.textContent).not.toContain("<img");
    expect(errors).toEqual(["Panel LKj gagal dimuat"]);
  });

  test("without a #root element nothing is mounted and nothing throws", async () => {
    const { deps, ready, calls } = setup({ findRoot: () => null });
    const started = startRuntime(deps);
    ready();
    await expect(started).resolves.toEqual({ fungsi: true, perintah: true, panel: false });
    expect(calls).not.toContain("memuat panel");
  });
});
