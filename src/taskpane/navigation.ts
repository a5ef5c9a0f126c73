// Which view the task pane shows. A tiny store without React, shared by the
// ribbon commands (src/commands) and the App: a ribbon button sets the view
// before it opens the pane, whether or not the pane's chunk is loaded yet.

export type Tampilan = "beranda" | "siapkan" | "periksa" | "narasi";

export const TAMPILAN: readonly Tampilan[] = ["beranda", "siapkan", "periksa", "narasi"];

export const JUDUL_TAMPILAN: Record<Tampilan, string> = {
  beranda: "Beranda",
  siapkan: "Siapkan Lembar",
  periksa: "Periksa",
  narasi: "Narasi",
};

export interface Navigasi {
  tampilan: Tampilan;
  /** The "Bagikan tanpa add-in" confirmation is to be shown (on Beranda). */
  konfirmasiBagikan: boolean;
  /** Grows with every request, so asking for the same view twice is still seen. */
  urutan: number;
}

let state: Navigasi = { tampilan: "beranda", konfirmasiBagikan: false, urutan: 0 };
const listeners = new Set<(n: Navigasi) => void>();

export function getNavigasi(): Navigasi {
  return state;
}

/** Shows a view; `konfirmasiBagikan` opens Beranda's share confirmation (never converts by itself). */
export function navigasi(tampilan: Tampilan, opts: { konfirmasiBagikan?: boolean } = {}): void {
  state = {
    tampilan,
    konfirmasiBagikan: opts.konfirmasiBagikan === true,
    urutan: state.urutan + 1,
  };
  for (const l of listeners) l(state);
}

/** The confirmation was answered or closed. */
export function tutupKonfirmasi(): void {
  if (!state.konfirmasiBagikan) return;
  state = { ...state, konfirmasiBagikan: false };
  for (const l of listeners) l(state);
}

export function subscribeNavigasi(listener: (n: Navigasi) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
