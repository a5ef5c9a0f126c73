// Placeholder mount of the task pane; the React app replaces it.
import { createRoot } from "react-dom/client";

export function mount(root: HTMLElement): void {
  createRoot(root).render(<p>LKj</p>);
}
