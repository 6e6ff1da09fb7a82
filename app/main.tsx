// Entry point: fetch the graph (./graph.json or ?graph=…), draw it at once with sigma into the page's
// skeleton (index.html), and meanwhile load the rest of the explorer (React, panels), which takes over.
import { applyEmbeddedView, embeddedGraphData } from "./import/embedded.ts";
import { setGraph } from "./import/graphStore.ts";
import { fetchGraph, graphFromJson, graphUrl } from "./load.ts";
import { startSigma } from "./sigma/preload.ts";
import { exposeTestHook, mark } from "./sigma/testHook.ts";
import { mountExplorer, showLoadError } from "./ui.tsx";
import "./styles.css";

mark("script");
const url = graphUrl(window.location);

// A standalone snapshot carries its graph and view in the page (graph/export/standalone.ts).
const embedded = embeddedGraphData();
if (embedded) applyEmbeddedView();

(embedded ? Promise.resolve().then(() => graphFromJson(embedded)) : fetchGraph(url)).then(
  (graph) => {
    // The graph lives in a store, so opening a file or adding articles can replace it.
    setGraph(graph);
    const stage = document.getElementById("boot-graph");
    if (stage) startSigma(graph, stage);
    mountExplorer();
  },
  (error: Error) => {
    exposeTestHook({ error: error.message });
    showLoadError(error.message);
  },
);
