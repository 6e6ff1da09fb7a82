// Entry point: fetch the graph (./graph.json or ?graph=…) and mount the explorer.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { applyEmbeddedView, embeddedGraphData } from "./import/embedded.ts";
import { GraphRoot } from "./import/GraphRoot.tsx";
import { setGraph } from "./import/graphStore.ts";
import { fetchGraph, graphFromJson, graphUrl } from "./load.ts";
import { exposeTestHook } from "./sigma/testHook.ts";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
const url = graphUrl(window.location);

// A standalone snapshot carries its graph and view in the page (graph/export/standalone.ts).
const embedded = embeddedGraphData();
if (embedded) applyEmbeddedView();

(embedded ? Promise.resolve().then(() => graphFromJson(embedded)) : fetchGraph(url)).then(
  (graph) => {
    // The graph lives in a store, so opening a file or adding articles can replace it.
    setGraph(graph);
    root.render(
      <StrictMode>
        <GraphRoot />
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
