// The `Office` namespace for jest tests (Node only), built with office-addin-mock's
// OfficeMockObject: onReady, requirement sets, ribbon actions and the shared
// runtime's addin object. Kept out of index.ts because office-addin-mock needs
// Node (office-addin-manifest); the browser bundle has no `Office`.
//
//   const office = createOfficeGlobal({ excelApi: "1.12" });
//   (globalThis as any).Office = office.Office;
//   ... office.actions.get("bukaPanel")?.(event) ...
//
// Under jest, mock office-addin-manifest in the test file (its ESM dependencies
// are not transformed here); office-addin-mock uses only its OfficeApp enum:
//   jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));
import { OfficeMockObject } from "office-addin-mock";

export interface OfficeGlobal {
  Office: OfficeMockObject & Record<string, unknown>;
  /** Handlers registered with Office.actions.associate, by id. */
  actions: Map<string, (...args: unknown[]) => unknown>;
  /** How many times the pane was shown / hidden through Office.addin. */
  shown: { count: number; hidden: number };
}

/** "1.12" > "1.9": compares requirement-set versions part by part. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function createOfficeGlobal(opts: { excelApi?: string } = {}): OfficeGlobal {
  const excelApi = opts.excelApi ?? "1.12";
  const actions = new Map<string, (...args: unknown[]) => unknown>();
  const shown = { count: 0, hidden: 0 };
  const mock = new OfficeMockObject({
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          (name === "ExcelApi" && versionAtMost(version ?? "1.1", excelApi)) ||
          (name === "SharedRuntime" && versionAtMost(version ?? "1.1", "1.1")) ||
          (name === "CustomFunctionsRuntime" && versionAtMost(version ?? "1.1", "1.3")),
      },
    },
    actions: {
      associate: (id: string, handler: (...args: unknown[]) => unknown) => {
        actions.set(id, handler);
      },
    },
    addin: {
      showAsTaskpane: async () => {
        shown.count++;
      },
      hide: async () => {
        shown.hidden++;
      },
    },
  }) as OfficeMockObject & Record<string, unknown>;
  // Plain enums: OfficeMockObject would demand load() before reading scalars.
  mock.HostType = { Excel: "Excel", Word: "Word" };
  mock.PlatformType = { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" };
  return { Office: mock, actions, shown };
}
