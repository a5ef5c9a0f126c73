// The slice of the Office custom-functions runtime this add-in uses. The package
// @types/custom-functions-runtime is not a dependency; these declarations match
// the runtime's global `CustomFunctions` (and the Node test stub). Import with `import type {} from`.
declare global {
  namespace CustomFunctions {
    enum ErrorCode {
      invalidValue = "#VALUE!",
      notAvailable = "#N/A",
      divisionByZero = "#DIV/0!",
      invalidNumber = "#NUM!",
      nullReference = "#NULL!",
      invalidName = "#NAME?",
      invalidReference = "#REF!",
    }
    class Error {
      constructor(errorCode: ErrorCode, errorMessage?: string);
      code: ErrorCode;
      message?: string;
    }
    function associate(id: string, functionObject: (...args: never[]) => unknown): void;
  }
}

export {};
