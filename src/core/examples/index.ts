// The example reports, transcribed from the seed reports. Each lives in its own
// file; this list is the one place that names them all.
import type { ExampleReport } from "./types";
import { BANTUR_2020_TAHUNAN } from "./bantur-2020-tahunan";
import { KLAKAH_2023_TAHUNAN } from "./klakah-2023-tahunan";
import { SENDURO_CAMAT_2024_TW1 } from "./senduro-camat-2024-tw1";
import { SENDURO_KASI_PEMBERDAYAAN_2023_TW2 } from "./senduro-kasi-pemberdayaan-2023-tw2";
import { TEMPEH_KASI_PEMERINTAHAN_2023_TW3 } from "./tempeh-kasi-pemerintahan-2023-tw3";

export type { ExampleReport, FormatPersen, NilaiContoh } from "./types";
export { exampleToRawWorkbook } from "./raw";

export const EXAMPLES: ExampleReport[] = [
  SENDURO_KASI_PEMBERDAYAAN_2023_TW2,
  TEMPEH_KASI_PEMERINTAHAN_2023_TW3,
  SENDURO_CAMAT_2024_TW1,
  KLAKAH_2023_TAHUNAN,
  BANTUR_2020_TAHUNAN,
];

/** The example with this id (case-insensitive), or undefined. */
export function exampleById(id: string): ExampleReport | undefined {
  const kunci = id.trim().toLowerCase();
  return EXAMPLES.find((e) => e.id.toLowerCase() === kunci);
}
