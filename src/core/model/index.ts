// The report model: types, the one mapping and its A1 helpers.
export * from "./types";
export { mapWorkbook, normalHeader, kunci, parseTanggal, isianProfil, urutanTingkat } from "./map";
export { anggaranLengkap, barisPuncak, ringkas, formatBerpersen } from "./map";
export * from "./a1";
