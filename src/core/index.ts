// The domain core's public surface. Shells import from here.
export * from "./types";
export * from "./hasil";
export * from "./angka/parse";
export { bulatkan, potong, bersihkan } from "./angka/desimal";
export * from "./format/angka";
export * from "./format/rupiah";
export * from "./format/terbilang";
export * from "./format/tanggal";
export * from "./kinerja/capaian";
export * from "./kinerja/predikat";
export * from "./kinerja/anggaran";
export * from "./kinerja/ikm";
export * from "./kinerja/tampilan";
export * from "./nip";
