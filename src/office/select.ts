// Selecting the cell of a finding: activate its sheet and select the range in
// one sync. Marked as the add-in's own action so the selection event it causes
// does not start a check.
import { asOwnWrite, noteOwnSelection } from "./live-validation";

export async function pilihSel(lembar: string, sel: string | null): Promise<void> {
  noteOwnSelection(sel);
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(lembar);
      sheet.activate();
      if (sel) sheet.getRange(sel).select();
      await context.sync();
    })
  );
}
