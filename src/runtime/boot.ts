// Start-up order of the shared runtime: register the custom functions and the ribbon
// commands first (Excel may call them before the pane is ever shown), then, when Office is
// ready, load the task pane's chunk and mount it. Dependencies are passed in so the order
// and the failure handling can be tested without a browser.

export interface PaneModule {
  mount(root: HTMLElement): void;
}

export interface RuntimeDeps {
  registerFunctions(): unknown;
  registerCommands(): unknown;
  /** Resolves when Office.js is initialised (or at once where Office.js is absent). */
  whenReady(): Promise<unknown>;
  /** The dynamic import of the task pane chunk. */
  loadPane(): Promise<PaneModule>;
  findRoot(): HTMLElement | null;
  logError(message: string, error: unknown): void;
}

export interface RuntimeStatus {
  fungsi: boolean;
  perintah: boolean;
  panel: boolean;
}

export const PESAN_PANEL_GAGAL =
  "Panel LKj gagal dimuat. Tutup lalu buka lagi panel ini; bila masih gagal, muat ulang add-in.";

function attempt(step: () => unknown, what: string, deps: RuntimeDeps): boolean {
  try {
    step();
    return true;
  } catch (error) {
    deps.logError(what, error);
    return false;
  }
}

/** Runs the start-up; never rejects: a failed step is logged and reported in the status. */
export async function startRuntime(deps: RuntimeDeps): Promise<RuntimeStatus> {
  // Synchronous and before any await: Excel resolves function and command ids right after
  // the page's script has run.
  const fungsi = attempt(deps.registerFunctions, "Fungsi LKJ gagal didaftarkan", deps);
  const perintah = attempt(deps.registerCommands, "Perintah pita gagal didaftarkan", deps);

  let panel = false;
  try {
    await deps.whenReady();
    const root = deps.findRoot();
    if (root) {
      const pane = await deps.loadPane();
      pane.mount(root);
      panel = true;
    }
  } catch (error) {
    deps.logError("Panel LKj gagal dimuat", error);
    const root = deps.findRoot();
    // Plain text only: never markup built from an error message.
    if (root) root.textContent = PESAN_PANEL_GAGAL;
  }
  return { fungsi, perintah, panel };
}
