// Runs before the custom functions module. custom-functions-metadata-plugin appends
// `CustomFunctions.associate(...)` calls to src/functions/functions.ts, which run when the
// module is evaluated. office.js defines that global; where office.js did not load (opened
// outside Office with the CDN unreachable, or a test page) a no-op stand-in keeps the page,
// and with it the task pane, alive instead of dying on a ReferenceError.
const scope = globalThis as { CustomFunctions?: unknown };

if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
