// The example reports by id, for tests and benches. A missing id (renamed or
// removed example) throws: a silent fallback would test another example.
import { EXAMPLES, exampleById, type ExampleReport } from "../../src/core/examples";

/** The example with this id; throws, naming the ids there are, when there is none. */
export function contoh(id: string): ExampleReport {
  const e = exampleById(id);
  if (!e) throw new Error(`contoh ${id} tidak ada (ada: ${EXAMPLES.map((x) => x.id).join(", ")})`);
  return e;
}
