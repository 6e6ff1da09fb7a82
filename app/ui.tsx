// The explorer's interface (React, panels, controllers), loaded while the first paint happens.
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { GraphRoot } from "./import/GraphRoot.tsx";

let root: Root | null = null;

function reactRoot(): Root {
  root ??= createRoot(document.getElementById("root")!);
  return root;
}

export function mountExplorer(): void {
  reactRoot().render(
    <StrictMode>
      <GraphRoot />
    </StrictMode>,
  );
}

export function showLoadError(message: string): void {
  reactRoot().render(
    <main className="load-error" role="alert">
      <h1>Newsgraph</h1>
      <p>{message}</p>
    </main>,
  );
}
