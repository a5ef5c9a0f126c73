// tulisSekaligus: one write batch with events off; events are back on even
// when the batch fails part-way (Office.js batches are not transactional).
import { tulisSekaligus } from "../../src/office/batch";

function konteks(gagalPertama: boolean) {
  const riwayat: boolean[] = [];
  let sekali = gagalPertama;
  const context = {
    runtime: { enableEvents: true },
    workbook: { application: { suspendApiCalculationUntilNextSync: () => undefined } },
    sync: async () => {
      riwayat.push(context.runtime.enableEvents);
      if (sekali) {
        sekali = false;
        throw new Error("Excel menolak tulisan");
      }
    },
  };
  return { context: context as unknown as Excel.RequestContext, riwayat, raw: context };
}

describe("tulisSekaligus", () => {
  test("events are off while the batch is queued and back on in the same sync", async () => {
    const { context, riwayat, raw } = konteks(false);
    let selamaAntre: boolean | null = null;
    await tulisSekaligus(context, true, () => {
      selamaAntre = raw.runtime.enableEvents;
    });
    expect(selamaAntre).toBe(false);
    expect(riwayat).toEqual([true]);
  });

  test("a failed batch still turns events back on, and the error reaches the caller", async () => {
    const { context, riwayat, raw } = konteks(true);
    await expect(tulisSekaligus(context, true, () => undefined)).rejects.toThrow(
      "Excel menolak tulisan"
    );
    expect(raw.runtime.enableEvents).toBe(true);
    expect(riwayat).toHaveLength(2);
  });

  test("without event control (null) events are left alone", async () => {
    const { context, raw } = konteks(false);
    await tulisSekaligus(context, null, () => {
      expect(raw.runtime.enableEvents).toBe(true);
    });
  });
});
