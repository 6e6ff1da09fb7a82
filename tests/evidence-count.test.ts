// An edge whose evidence the builder capped (`evidenceTotal`, `--max-evidence`) says in its details how many
// sentences were kept of how many, so nobody takes the list for all there is. Rendered to markup in Node.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EdgeDetails } from "../app/panels/EdgeDetails.tsx";
import type { Evidence } from "../graph/types.ts";
import { defaultViewState, toggleModality } from "../graph/view/state.ts";
import type { NewsGraph, ViewState } from "../graph/view/types.ts";
import { computeVisibility } from "../graph/view/visibility.ts";
import { tinyGraph } from "./view-helpers.ts";

const EDGE = "russia->blocks->telegram";

function graphWith(kept: number, total: number | undefined, modality?: Partial<Evidence>): NewsGraph {
  const evidence = Array.from({ length: kept }, (_, i) => ({
    sentence: `Russia blocked Telegram (${i}).`,
    start: i * 40,
    end: i * 40 + 30,
    ...(i === 0 ? modality : {}),
  }));
  const graph = tinyGraph(
    [
      ["russia", "actor", "government"],
      ["telegram", "platform", "messenger"],
    ],
    [["russia", "blocks", "telegram", evidence]],
  );
  if (total !== undefined) {
    graph.setEdgeAttribute(EDGE, "evidenceTotal", total);
    graph.setEdgeAttribute(EDGE, "weight", total);
  }
  return graph;
}

function details(graph: NewsGraph, view: ViewState = defaultViewState()): string {
  return renderToStaticMarkup(
    createElement(EdgeDetails, {
      graph,
      edge: EDGE,
      view,
      visibility: computeVisibility(graph, view),
      articles: new Map(),
      onSelectNode: () => {},
      onOpenEvidence: () => {},
    }),
  );
}

describe("evidence count of a capped edge", () => {
  it("says how many sentences were kept of how many the builder found", () => {
    expect(details(graphWith(50, 120))).toContain("50 of 120 sentences kept");
    expect(details(graphWith(50, 278_431))).toContain("50 of 278,431 sentences kept");
  });

  it("counts the kept sentences, those hidden by the filters included", () => {
    const graph = graphWith(50, 120, { modality: "alleged" });
    const html = details(graph, toggleModality("alleged")(defaultViewState()));
    expect(html).toContain("1 more sentence is hidden by the filters");
    expect(html).toContain("50 of 120 sentences kept");
  });

  it("says nothing when every sentence was kept, or the graph predates evidenceTotal", () => {
    expect(details(graphWith(3, 3))).not.toContain("sentences kept");
    expect(details(graphWith(3, undefined))).not.toContain("sentences kept");
  });
});
