// Pure accessors over the template data: the sheets of a Jenis Laporan, the
// closed lists, defined names and Profil field positions.
import type { JenisLaporan, Triwulan } from "../types";
import type {
  ColumnDef,
  DaftarPilihan,
  DefinedNameDef,
  NamaDaftar,
  ProfilField,
  SheetDef,
} from "./types";
import { DAFTAR, PROFIL_FIELDS, SHEETS } from "./data";
import { PRESET_NAMES, getPreset } from "../kinerja/predikat";

export * from "./types";
export * from "./data";
export * from "./rows";

function berlaku(jenisItem: "semua" | "tahunan" | undefined, jenis: JenisLaporan): boolean {
  return jenisItem === undefined || jenisItem === "semua" || jenis === "Tahunan";
}

/**
 * The sheets of a report of this jenis, in contract order, with columns that do
 * not apply (Target Awal in a Triwulan report) left out.
 */
export function sheetsFor(jenis: JenisLaporan): SheetDef[] {
  return SHEETS.filter((s) => berlaku(s.jenis, jenis)).map((s) => ({
    ...s,
    table: { ...s.table, columns: s.table.columns.filter((c) => berlaku(c.jenis, jenis)) },
  }));
}

/** Every sheet of the contract (Tahunan extras included), unfiltered. */
export function allSheets(): readonly SheetDef[] {
  return SHEETS;
}

/** The closed dropdown lists (Jenis Laporan, Periode, Arah, Tingkat, Skala Predikat). */
export function closedLists(): readonly DaftarPilihan[] {
  return DAFTAR;
}

export function listValues(name: NamaDaftar): readonly string[] {
  return DAFTAR.find((d) => d.name === name)?.values ?? [];
}

/** A dropdown's values and the Indonesian texts Excel shows when something else is typed. */
export function teksDaftarPilihan(
  name: NamaDaftar,
  label: string
): { values: readonly string[]; judul: string; pesan: string } {
  const values = listValues(name);
  const daftar = DAFTAR.find((d) => d.name === name);
  return {
    values,
    judul: `${daftar?.label ?? label} tidak valid`,
    pesan: `Pilih salah satu: ${values.join(", ")}.`,
  };
}

export function profilFields(): readonly ProfilField[] {
  return PROFIL_FIELDS;
}

/** Sheet row (1-based) of a Profil field when the Profil table starts at A1. */
export function profilRow(isian: string): number | null {
  const i = PROFIL_FIELDS.findIndex((f) => f.isian.toLowerCase() === isian.trim().toLowerCase());
  return i < 0 ? null : i + 2;
}

/**
 * Defined names of the settings, pointing at the Profil Nilai cells as the
 * template lays them out (table at A1, Nilai in column B). A writer that finds
 * Profil rows elsewhere points the name at the row it found.
 */
export function definedNames(): DefinedNameDef[] {
  const out: DefinedNameDef[] = [];
  PROFIL_FIELDS.forEach((f, i) => {
    if (!f.definedName) return;
    out.push({
      name: f.definedName,
      sheet: "Profil",
      address: `$B$${i + 2}`,
      keterangan: `Nilai "${f.isian}" di lembar Profil`,
    });
  });
  return out;
}

export function findSheet(name: string): SheetDef | undefined {
  return SHEETS.find((s) => s.name === name);
}

export function findColumn(table: string, header: string): ColumnDef | undefined {
  const sheet = SHEETS.find((s) => s.table.name === table);
  return sheet?.table.columns.find((c) => c.header === header);
}

/** Excel column letters for a 0-based index: 0 → A, 26 → AA (one definition, in model/a1). */
export { columnLetters as columnLetter } from "../model/a1";

const ROMAWI = ["I", "II", "III", "IV"] as const;

/**
 * Optional formula for Realisasi of the period: realisasi is cumulative, so the
 * period's figure is its quarter's TW column (Tahunan: TW IV). Offered to a
 * writer on request only; by default Realisasi is an input (see data.ts).
 */
export function realisasiDariTwColumn(jenis: JenisLaporan, periode: Triwulan | null): string {
  const tw = jenis === "Tahunan" || periode === null ? 4 : periode;
  return `Realisasi TW ${ROMAWI[tw - 1]}`;
}

export interface WarnaLabel {
  label: string;
  /** Fill colour "#RRGGBB". */
  fill: string;
  /** Text colour that stays readable on the fill ("#FFFFFF" or "#000000"). */
  font: string;
}

function terang(hex: string): boolean {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Perceived brightness (ITU-R BT.601 weights); above the middle, black text reads better.
  return 0.299 * r + 0.587 * g + 0.114 * b > 140;
}

/**
 * Colours of every predikat label of every preset, for conditional formatting
 * of the Predikat column: the cell is coloured by the label it shows, so the
 * rules hold whichever preset the Profil names. First colour wins for a label.
 */
export function predikatColors(): WarnaLabel[] {
  const out: WarnaLabel[] = [];
  const seen = new Set<string>();
  const tambah = (label: string, color: string | undefined) => {
    if (!color || seen.has(label)) return;
    seen.add(label);
    out.push({ label, fill: color, font: terang(color) ? "#000000" : "#FFFFFF" });
  };
  for (const nama of PRESET_NAMES) {
    const p = getPreset(nama);
    if (!p.ok) continue;
    for (const band of p.value.bands) tambah(band.label, band.color);
    if (p.value.below !== null) tambah(p.value.below, p.value.belowColor);
  }
  return out;
}
