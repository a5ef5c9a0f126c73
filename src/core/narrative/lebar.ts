// Column widths of a rendered table (Word, the Narasi sheet): one rule for
// widening a column too narrow for its longest key or figure ("III.1",
// "131.137.800") so it does not wrap mid-word. Pure; any unit.

/**
 * `lebar` with every column at least its `perlu`, the difference taken from
 * the columns with room above their own need (and `minimum`), in proportion to
 * that room; the widened widths add up to `total` (by default the total they had).
 * Unchanged when nothing is short, or when the others have too little room
 * (text columns are not squeezed away).
 */
export function lebarkanSeperlunya(
  lebar: number[],
  perlu: number[],
  minimum = 0,
  total = lebar.reduce((a, b) => a + b, 0)
): number[] {
  const kurang = lebar.reduce((a, w, i) => a + Math.max(0, (perlu[i] ?? 0) - w), 0);
  if (kurang === 0) return lebar;
  const lega = lebar.map((w, i) => Math.max(0, w - Math.max(minimum, perlu[i] ?? 0)));
  const ruang = lega.reduce((a, b) => a + b, 0);
  if (ruang < kurang) return lebar;
  const out = lebar.map((w, i) =>
    (perlu[i] ?? 0) > w ? perlu[i] : w - Math.round((lega[i] / ruang) * kurang)
  );
  // Rounding: the widest column absorbs the difference, so the total is exact.
  const selisih = total - out.reduce((a, b) => a + b, 0);
  out[out.indexOf(Math.max(...out))] += selisih;
  return out;
}
