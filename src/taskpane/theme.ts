// Light or dark pane, following Office's theme: dark when the body background
// Office reports is dark. Outside Office (no officeTheme) the pane is light.

export type Tema = "terang" | "gelap";

/** "#1F1F1F" / "1f1f1f" / "#fff" → relative luminance 0..1; null when not a colour. */
export function luminans(warna: string | null | undefined): number | null {
  if (typeof warna !== "string") return null;
  let hex = warna.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const n = parseInt(hex, 16);
  const kanal = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * kanal[0] + 0.7152 * kanal[1] + 0.0722 * kanal[2];
}

export function temaDariLatar(warna: string | null | undefined): Tema {
  const l = luminans(warna);
  // Below mid-grey: the Office theme is Dark Grey or Black.
  return l !== null && l < 0.2 ? "gelap" : "terang";
}

interface OfficeTheme {
  bodyBackgroundColor?: string;
}

function officeTheme(): OfficeTheme | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return (Office.context as { officeTheme?: OfficeTheme } | undefined)?.officeTheme;
  } catch {
    return undefined;
  }
}

/** The pane's theme now. */
export function temaOffice(): Tema {
  return temaDariLatar(officeTheme()?.bodyBackgroundColor);
}

/**
 * Calls `ubah` when Office's theme changes, where the host raises OfficeThemeChanged
 * (not every Excel does; then the theme is read at start only). Returns the unsubscribe.
 */
export function pantauTema(ubah: (t: Tema) => void): () => void {
  if (typeof Office === "undefined") return () => undefined;
  const doc = Office.context?.document as
    | {
        addHandlerAsync?: (type: unknown, handler: (e: unknown) => void, cb?: () => void) => void;
        removeHandlerAsync?: (type: unknown, opts: unknown, cb?: () => void) => void;
      }
    | undefined;
  const jenis = (Office.EventType as Record<string, unknown> | undefined)?.OfficeThemeChanged;
  if (!doc?.addHandlerAsync || jenis === undefined) return () => undefined;
  const handler = (e: unknown) => {
    const warna = (e as { officeTheme?: OfficeTheme } | null)?.officeTheme?.bodyBackgroundColor;
    ubah(warna ? temaDariLatar(warna) : temaOffice());
  };
  try {
    doc.addHandlerAsync(jenis, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      doc.removeHandlerAsync?.(jenis, { handler });
    } catch {
      // The document may already be gone when the pane closes.
    }
  };
}
