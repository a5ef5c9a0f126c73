// Binds the LKJ functions to the ids in the generated functions.json. Called by
// the shared-runtime page entry; a no-op where the runtime is absent (Node, a
// plain browser tab).
import type {} from "./custom-functions-runtime";
import {
  CAPAIAN,
  EFISIENSI,
  IKM,
  PERIODE,
  PREDIKAT,
  RUPIAH,
  SERAPAN,
  TERBILANG,
} from "./functions";

/** Excel id → implementation; ids equal the Excel names (namespace LKJ is in the manifest). */
export const FUNGSI_LKJ = {
  CAPAIAN,
  PREDIKAT,
  SERAPAN,
  EFISIENSI,
  IKM,
  TERBILANG,
  RUPIAH,
  PERIODE,
} as const;

/** Returns true when the functions were associated with the runtime. */
export function registerFunctions(): boolean {
  if (typeof CustomFunctions === "undefined") return false;
  for (const [id, fn] of Object.entries(FUNGSI_LKJ)) {
    CustomFunctions.associate(id, fn as (...args: never[]) => unknown);
  }
  return true;
}
