// What an indicator's Satuan says about its figures: one definition for the
// validator and the narrative, so a row checked as percent is also printed as one.

const PERSEN = /^(%|persen(tase)?|prosen(tase)?)$/i;
/** Levels rather than counts: a rate, an index, a score or a ratio. */
const BUKAN_JUMLAH = /^(%|persen(tase)?|prosen(tase)?|indeks|nilai|skor|poin|rasio)$/i;

/** Satuan says percent: "%", "persen", "persentase", "prosen", "prosentase" (any case, trimmed). */
export function satuanPersen(satuan: unknown): boolean {
  return typeof satuan === "string" && PERSEN.test(satuan.trim());
}

/**
 * Satuan of a level, not a count (percent, indeks, nilai, skor, poin, rasio):
 * its quarterly realisasi is not cumulative and may go down.
 */
export function satuanBukanJumlah(satuan: unknown): boolean {
  return typeof satuan === "string" && BUKAN_JUMLAH.test(satuan.trim());
}
