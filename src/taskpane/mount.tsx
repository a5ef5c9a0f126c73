// Mounts the task pane into #root (called by the shared runtime once Office is ready).
import { createRoot } from "react-dom/client";
import { App } from "./App";

export function mount(root: HTMLElement): void {
  createRoot(root).render(<App />);
}
