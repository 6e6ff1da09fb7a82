// Entry point: fetch the graph (./graph.json or ?graph=…) and mount the explorer.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { fetchGraph, graphUrl } from "./load.ts";
import { exposeTestHook } from "./sigma/testHook.ts";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
const url = graphUrl(window.location);

fetchGraph(url).then(
  (graph) => {
    root.render(
      <StrictMode>
        <App graph={graph} />
      </StrictMode>,
    );
  },
  (error: Error) => {
    exposeTestHook({ error: error.message });
    root.render(
      <main className="load-error" role="alert">
        <h1>Newsgraph</h1>
        <p>{error.message}</p>
      </main>,
    );
  },
);
