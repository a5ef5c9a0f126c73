// Ribbon command handlers of the shared runtime. Every ExecuteFunction button of
// the LKj tab opens the task pane on its view (through the navigation store the
// pane subscribes to); the action itself runs from the pane, where the user sees
// its progress and result. "Bagikan tanpa add-in" only opens the confirmation:
// it never converts formulas without the user's yes.
import { type Tampilan, navigasi } from "../taskpane/navigation";

/** Action ids of the ExecuteFunction buttons in manifest.xml. */
export const AKSI_PITA = [
  "siapkanLembar",
  "periksaLaporan",
  "buatNarasi",
  "bagikanTanpaAddin",
] as const;

export type AksiPita = (typeof AKSI_PITA)[number];

/** The view each ribbon button opens. */
export const TUJUAN_AKSI: Record<AksiPita, { tampilan: Tampilan; konfirmasiBagikan?: boolean }> = {
  siapkanLembar: { tampilan: "siapkan" },
  periksaLaporan: { tampilan: "periksa" },
  buatNarasi: { tampilan: "narasi" },
  bagikanTanpaAddin: { tampilan: "beranda", konfirmasiBagikan: true },
};

interface CommandEvent {
  completed(): void;
}

export async function jalankanAksi(id: AksiPita, event?: CommandEvent): Promise<void> {
  try {
    const tujuan = TUJUAN_AKSI[id];
    // Set first: a pane not yet loaded mounts straight on this view.
    navigasi(tujuan.tampilan, { konfirmasiBagikan: tujuan.konfirmasiBagikan });
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
    Office.actions.associate(id, (event?: CommandEvent) => void jalankanAksi(id, event));
  }
}
