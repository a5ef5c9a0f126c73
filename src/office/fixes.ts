// Quick fixes (Perbaikan) applied in one write sync. Each writes the certain
// value, so running it again writes the same content: a no-op for the cell.
import type { Perbaikan } from "../core/validation/types";
import { asOwnWrite } from "./live-validation";

/**
 * What the cell gets: a number, a formula, or a NIP kept as text (a leading
 * apostrophe, so Excel does not turn 18 digits into a rounded number).
 */
export function nilaiTulis(p: Perbaikan): { values?: unknown[][]; formulas?: string[][] } {
  switch (p.jenis) {
    case "angka-dari-teks":
      return { values: [[p.nilai]] };
    case "pulihkan-rumus":
      return { formulas: [[p.rumus.startsWith("=") ? p.rumus : `=${p.rumus}`]] };
    case "rapikan-nip":
      return { values: [[/^\d+$/.test(p.nilai) ? `'${p.nilai}` : p.nilai]] };
    case "ganti-judul":
      return { values: [[p.nilai]] };
  }
}

/** Applies one fix in one write sync; the add-in's own change events are ignored. */
export async function terapkanPerbaikan(p: Perbaikan): Promise<void> {
  const tulis = nilaiTulis(p);
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(p.sel.sheet).getRange(p.sel.address);
      if (tulis.formulas) range.formulas = tulis.formulas;
      else if (tulis.values) range.values = tulis.values as (string | number | boolean)[][];
      await context.sync();
    })
  );
}
