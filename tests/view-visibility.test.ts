import { describe, expect, it } from "vitest";
import {
  computeVisibility,
  defaultViewState,
  evidenceFilter,
  graphFacets,
  neighbourhood,
  resetFilters,
  setDepth,
  setFocus,
  soloAction,
  toggleAction,
  toggleArticle,
  toggleCategory,
  toggleKind,
  toggleModality,
  viewStateFromOptions,
  visibleEvidence,
} from "../graph/view/index.ts";
import { ACTIONS } from "../graph/types.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

// gov -blocks-> wa, gov -restricts-> wa, ros -accuses-> tg, gov -promotes-> max, meta -owns-> wa, lone (no edges)
const graph = tinyGraph(
  [
    ["gov", "actor", "government"],
    ["ros", "actor", "government"],
    ["meta", "actor", "company"],
    ["wa", "platform", "messenger"],
    ["tg", "platform", "messenger"],
    ["max", "platform", "messenger"],
    ["yt", "platform", "video"],
    ["lone", "actor", "person"],
  ],
  [
    ["gov", "blocks", "wa", [{ article: "a.txt" }, { article: "b.txt", modality: "alleged" }]],
    ["gov", "restricts", "wa", [{ article: "b.txt", modality: "hypothetical" }]],
    ["ros", "accuses", "tg", [{ article: "a.txt", modality: "alleged" }]],
    ["gov", "promotes", "max", [{ article: "c.txt" }]],
    ["meta", "owns", "wa", [{ article: "c.txt" }]],
    ["gov", "blocks", "yt", [{ article: "a.txt" }]],
    ["ros", "restricts", "gov", [{ article: "a.txt" }]],
  ],
);

const sorted = (set: Set<string>) => [...set].sort();

describe("computeVisibility", () => {
  it("shows everything by default, isolated nodes included", () => {
    const v = computeVisibility(graph, defaultViewState());
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
    expect(v.edgesByAction.get("blocks")).toBe(2);
    expect(v.nodesByKind.get("platform")).toBe(4);
    expect(v.nodesByCategory.get("government")).toBe(2);
  });

  it("hides an action's edges and the nodes left without edges", () => {
    const s = toggleAction("blocks")(defaultViewState());
    const v = computeVisibility(graph, s);
    expect(v.edges.has("gov->blocks->wa")).toBe(false);
    expect(v.edges.has("gov->restricts->wa")).toBe(true);
    expect(v.nodes.has("yt")).toBe(false); // only reached by "blocks"
    expect(v.nodes.has("lone")).toBe(false); // an edge filter is on: isolated nodes go
    expect(v.edgesByAction.get("blocks")).toBeUndefined();
  });

  it("solo shows one action, and a second solo restores all", () => {
    const once = soloAction("accuses", ACTIONS)(defaultViewState());
    expect(sorted(computeVisibility(graph, once).nodes)).toEqual(["ros", "tg"]);
    expect(soloAction("accuses", ACTIONS)(once).hiddenActions).toEqual([]);
  });

  it("filters by kind and category and drops the edges touching hidden nodes", () => {
    const v = computeVisibility(graph, toggleKind("actor")(defaultViewState()));
    expect(sorted(v.nodes)).toEqual(["max", "tg", "wa", "yt"]);
    expect(v.edges.size).toBe(0);
    const c = computeVisibility(graph, toggleCategory("messenger")(defaultViewState()));
    expect(c.nodes.has("wa")).toBe(false);
    expect(c.nodes.has("lone")).toBe(true); // no edge filter: nodes that pass stay even without edges
    expect(sorted(c.edges)).toEqual(["gov->blocks->yt", "ros->restricts->gov"]);
  });

  it("filters evidence by article and modality", () => {
    const onlyB = computeVisibility(graph, toggleArticle("b.txt")(defaultViewState()));
    expect(sorted(onlyB.edges)).toEqual(["gov->blocks->wa", "gov->restricts->wa"]);
    expect(sorted(onlyB.nodes)).toEqual(["gov", "wa"]);
    const noAlleged = toggleModality("alleged")(defaultViewState());
    const v = computeVisibility(graph, noAlleged);
    expect(v.edges.has("ros->accuses->tg")).toBe(false);
    expect(v.edges.has("gov->blocks->wa")).toBe(true); // still has an asserted item
    const neither = toggleModality("hypothetical")(noAlleged);
    expect(computeVisibility(graph, neither).edges.has("gov->restricts->wa")).toBe(false);
    // Both filters combine: article b.txt AND not alleged → only the hypothetical item is left, which is hidden.
    expect(computeVisibility(graph, toggleArticle("b.txt")(neither)).edges.size).toBe(0);
  });

  it("keeps only the focus's neighbourhood, at depth 1 and 2, as an induced subgraph", () => {
    const d1 = computeVisibility(graph, setFocus(["wa"])(defaultViewState()));
    expect(sorted(d1.nodes)).toEqual(["gov", "meta", "wa"]);
    expect(sorted(d1.edges)).toEqual(["gov->blocks->wa", "gov->restricts->wa", "meta->owns->wa"]);
    const d2 = computeVisibility(graph, setDepth(2)(setFocus(["wa"])(defaultViewState())));
    expect(sorted(d2.nodes)).toEqual(["gov", "max", "meta", "ros", "wa", "yt"]);
    expect(d2.edges.has("ros->accuses->tg")).toBe(false);
    expect(d2.edges.has("ros->restricts->gov")).toBe(true);
  });

  it("combines focus with other filters: the neighbourhood follows only passing edges", () => {
    let s = setFocus(["wa"])(defaultViewState());
    s = toggleAction("owns")(s);
    const v = computeVisibility(graph, s);
    expect(sorted(v.nodes)).toEqual(["gov", "wa"]);
    // A focused node stays visible even when every edge is filtered out.
    const none = computeVisibility(graph, { ...s, hiddenActions: [...ACTIONS] });
    expect(sorted(none.nodes)).toEqual(["wa"]);
    // Several focused nodes: the union of their neighbourhoods.
    const two = computeVisibility(graph, setFocus(["tg", "max"])(defaultViewState()));
    expect(sorted(two.nodes)).toEqual(["gov", "max", "ros", "tg"]);
  });

  it("ignores unknown focus keys", () => {
    const v = computeVisibility(graph, setFocus(["nope"])(defaultViewState()));
    expect(v.nodes.size).toBe(graph.order);
  });

  it("resets filters but keeps selection, reader and camera", () => {
    const s = {
      ...toggleAction("blocks")(setFocus(["wa"])(defaultViewState())),
      selection: { type: "node" as const, node: "wa" },
      camera: { x: 0.5, y: 0.5, ratio: 1 },
    };
    const r = resetFilters(s);
    expect(r.hiddenActions).toEqual([]);
    expect(r.focus).toEqual([]);
    expect(r.selection).toEqual(s.selection);
    expect(r.camera).toEqual(s.camera);
  });
});

describe("neighbourhood", () => {
  it("walks both directions and respects the predicates", () => {
    expect(sorted(neighbourhood(graph, ["gov"], 1))).toEqual(["gov", "max", "ros", "wa", "yt"]);
    expect(sorted(neighbourhood(graph, ["gov"], 1, (e) => !e.includes("blocks")))).toEqual([
      "gov",
      "max",
      "ros",
      "wa",
    ]);
    expect(sorted(neighbourhood(graph, ["gov"], 1, undefined, (n) => n !== "ros"))).toEqual([
      "gov",
      "max",
      "wa",
      "yt",
    ]);
    expect(sorted(neighbourhood(graph, ["lone"], 2))).toEqual(["lone"]);
  });
});

describe("evidence helpers", () => {
  it("lists the evidence that passes", () => {
    const s = toggleModality("alleged")(defaultViewState());
    const evidence = graph.getEdgeAttribute("gov->blocks->wa", "evidence");
    expect(visibleEvidence(evidence, s).map((e) => e.article)).toEqual(["a.txt"]);
    expect(evidenceFilter(defaultViewState())(undefined)).toBe(true);
    expect(evidenceFilter(s)([])).toBe(false);
  });
});

describe("viewStateFromOptions (the CLI's --focus/--depth/--actions)", () => {
  it("builds the same state the explorer would", () => {
    const s = viewStateFromOptions({ focus: ["telegram"], depth: 1, actions: ["blocks", "restricts"] });
    expect(s.focus).toEqual(["telegram"]);
    expect(s.hiddenActions).not.toContain("blocks");
    expect(s.hiddenActions).toContain("accuses");
    expect(s.hiddenActions.length).toBe(ACTIONS.length - 2);
  });
});

describe("on the seed fixture", () => {
  const seed = loadFixture();

  it("focusing Telegram at depth 1 shows its neighbourhood only", () => {
    const v = computeVisibility(seed, setFocus(["telegram"])(defaultViewState()));
    const expected = new Set(["telegram", ...seed.neighbors("telegram")]);
    expect(sorted(v.nodes)).toEqual([...expected].sort());
    expect(v.nodes.has("roskomnadzor")).toBe(true);
    expect(v.nodes.has("wechat")).toBe(false);
    for (const edge of v.edges) {
      expect(expected.has(seed.source(edge)) && expected.has(seed.target(edge))).toBe(true);
    }
  });

  it("has parallel blocks and restricts edges from the Russian government to WhatsApp", () => {
    const actions = seed
      .outEdges("russian-government", "whatsapp")
      .map((e) => seed.getEdgeAttribute(e, "action"));
    expect(actions).toEqual(expect.arrayContaining(["blocks", "restricts"]));
  });

  it("counts facets over the whole graph", () => {
    const facets = graphFacets(seed);
    expect(facets.kinds.get("platform")).toBeGreaterThan(5);
    expect(facets.categoryKind.get("messenger")).toBe("platform");
    expect([...facets.actions.values()].reduce((a, b) => a + b, 0)).toBe(seed.size);
  });
});
