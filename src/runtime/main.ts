// Entry of taskpane.html, the one page of the shared runtime. Kept small: everything the page
// needs before the custom functions are registered is in this chunk; React and Fluent UI come
// with the task pane's lazy chunk.
import "./guard"; // must stay first: see guard.ts
import { registerFunctions } from "../functions/register";
import { registerCommands } from "../commands/commands";
import { startRuntime } from "./boot";

function whenReady(): Promise<unknown> {
  // Without office.js (opened in a plain browser with no network) the pane still shows.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve();
  }
  return Office.onReady();
}

void startRuntime({
  registerFunctions,
  registerCommands,
  whenReady,
  loadPane: () => import(/* webpackChunkName: "panel" */ "../taskpane/mount"),
  findRoot: () => document.getElementById("root"),
  logError: (message, error) => console.error(message, error),
});
