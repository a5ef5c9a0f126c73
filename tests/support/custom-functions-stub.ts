// A stand-in for the Office custom-functions runtime in Node tests: the global
// CustomFunctions with its Error class, ErrorCode values and associate().
// Import this module before calling anything from src/functions.

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
    this.code = code;
    // message stays as given (the runtime leaves it undefined when omitted)
    if (message === undefined) this.message = "";
  }
}

/** id → function, as associate() received them. */
export const associated = new Map<string, unknown>();

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id: string, fn: unknown) {
      associated.set(id, fn);
    },
  };
}

export function uninstallCustomFunctionsStub(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  associated.clear();
}

installCustomFunctionsStub();
