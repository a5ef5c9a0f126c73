// What docx's own classes write, to compare the export's direct XML objects with.
import { ShadingType, TextRun, type IContext } from "docx";
import type { Run } from "../../src/core/narrative/document";
import { teksPlaceholder } from "../../src/core/narrative/document";
import { PLACEHOLDER_SHADE, keepsSpaces } from "../../src/export/docx-xml";

export const context = { stack: [] } as unknown as IContext;

/** The runs as the export built them with TextRun. */
export function referenceRuns(runs: readonly Run[], bold = false): TextRun[] {
  return runs.map((r) =>
    r.kind === "placeholder"
      ? new TextRun({
          text: teksPlaceholder(r.label),
          italics: true,
          bold: bold || undefined,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: PLACEHOLDER_SHADE },
        })
      : new TextRun({
          text: r.text,
          bold: bold || r.bold || undefined,
          italics: r.italic || undefined,
        })
  );
}

/**
 * docx writes xml:space="preserve" on every text; the export only where the
 * text's spaces need it (the one difference it makes on purpose).
 */
export function withoutNeedlessPreserve(xml: unknown): unknown {
  if (Array.isArray(xml)) return xml.map(withoutNeedlessPreserve);
  if (xml === null || typeof xml !== "object") return xml;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(xml as Record<string, unknown>)) {
    const text = key === "w:t" && Array.isArray(value) && value.length === 2 ? value[1] : undefined;
    out[key] =
      typeof text === "string" && !keepsSpaces(text) ? text : withoutNeedlessPreserve(value);
  }
  return out;
}
