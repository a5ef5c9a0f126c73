// Ribbon command handlers of the shared runtime. Minimal version written with the page entry:
// every ExecuteFunction button of the LKj tab opens the task pane, where the action lives.
// The task pane's owner extends these handlers to start the action directly.

/** Action ids of the ExecuteFunction buttons in manifest.xml. */
export const AKSI_PITA = [
  "siapkanLembar",
  "periksaLaporan",
  "buatNarasi",
  "bagikanTanpaAddin",
] as const;

interface CommandEvent {
  completed(): void;
}

async function bukaPanel(event?: CommandEvent): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.error("Panel LKj tidak dapat dibuka", error);
  } finally {
    // Office waits for completed() before it accepts the next command.
    event?.completed();
  }
}

export function registerCommands(): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  for (const id of AKSI_PITA) {
    Office.actions.associate(id, (event?: CommandEvent) => void bukaPanel(event));
  }
}
