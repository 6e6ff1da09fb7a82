// Hiding single nodes and picking several: what stays visible, the producers, and both in the URL; the
// picked nodes focused or viewed alone (what "Export selection" saves).
import { describe, expect, it } from "vitest";
import {
  applicableView,
  clearPicked,
  clearSelection,
  computeVisibility,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  focusPicked,
  hasNoFilters,
  hideNode,
  malformedViewParams,
  pickedView,
  resetFilters,
  selectNode,
  setFocus,
  showAllNodes,
  togglePicked,
  unhideNode,
} from "../graph/view/index.ts";
import { tinyGraph } from "./view-helpers.ts";

// gov -blocks-> wa, gov -blocks-> tg, meta -owns-> wa, ros -accuses-> tg
const graph = tinyGraph(
  [
    ["gov", "actor", "government"],
    ["meta", "actor", "company"],
    ["ros", "actor", "regulator"],
    ["wa", "platform", "messenger"],
    ["tg", "platform", "messenger"],
  ],
  [
    ["gov", "blocks", "wa"],
    ["gov", "blocks", "tg"],
    ["meta", "owns", "wa"],
    ["ros", "accuses", "tg"],
  ],
);

describe("hiding a node", () => {
  it("hides it with its relations, and nothing else", () => {
    const visibility = computeVisibility(graph, hideNode("gov")(defaultViewState()));
    expect([...visibility.nodes].sort()).toEqual(["meta", "ros", "tg", "wa"]);
    expect([...visibility.edges].sort()).toEqual(["meta->owns->wa", "ros->accuses->tg"]);
  });

  it("cuts a focus's neighbourhood at the hidden node", () => {
    const s = hideNode("wa")({ ...setFocus(["meta"])(defaultViewState()), depth: 2 });
    expect([...computeVisibility(graph, s).nodes]).toEqual(["meta"]);
  });

  it("takes the node out of the focus, the picked nodes and the selection", () => {
    const s = hideNode("gov")({
      ...selectNode("gov")(setFocus(["gov", "ros"])(defaultViewState())),
      picked: ["gov", "meta"],
    });
    expect(s.focus).toEqual(["ros"]);
    expect(s.picked).toEqual(["meta"]);
    expect(s.selection).toBeNull();
  });

  it("unhides one, or all; reset shows all too; a hidden node is a filter", () => {
    const s = hideNode("wa")(hideNode("gov")(defaultViewState()));
    expect(s.hiddenNodes).toEqual(["gov", "wa"]);
    expect(hasNoFilters(s)).toBe(false);
    expect(unhideNode("gov")(s).hiddenNodes).toEqual(["wa"]);
    expect(showAllNodes(s).hiddenNodes).toEqual([]);
    expect(resetFilters(s).hiddenNodes ?? []).toEqual([]);
    expect(computeVisibility(graph, showAllNodes(s)).nodes.size).toBe(5);
  });

  it("lives in the URL, sorted; names the graph lacks are dropped and said", () => {
    const query = encodeViewState(hideNode("wa")(hideNode("gov")(defaultViewState()))).toString();
    expect(query).toBe("hideNode=gov&hideNode=wa");
    expect(decodeViewState(query).hiddenNodes).toEqual(["gov", "wa"]);
    expect(malformedViewParams("hideNode=")).toEqual(["hideNode="]);
    const { view, dropped } = applicableView(decodeViewState("hideNode=gov&hideNode=nobody"), graph);
    expect(view.hiddenNodes).toEqual(["gov"]);
    expect(dropped).toEqual(["hideNode=nobody"]);
  });
});

describe("picking several nodes", () => {
  const picked = togglePicked("wa")(togglePicked("meta")(togglePicked("gov")(defaultViewState())));

  it("shift-click adds a node, or takes it out again", () => {
    expect(picked.picked).toEqual(["gov", "meta", "wa"]);
    expect(togglePicked("meta")(picked).picked).toEqual(["gov", "wa"]);
    expect(clearPicked(picked).picked).toEqual([]);
  });

  it("focusing them shows their neighbourhood and clears the pick", () => {
    const s = focusPicked(togglePicked("ros")(defaultViewState()));
    expect(s.focus).toEqual(["ros"]);
    expect(s.picked).toEqual([]);
    expect([...computeVisibility(graph, s).nodes].sort()).toEqual(["ros", "tg"]);
    expect(focusPicked(defaultViewState())).toEqual(defaultViewState());
  });

  it("their own view holds them and the relations among them only", () => {
    const visibility = computeVisibility(graph, pickedView(picked));
    expect([...visibility.nodes].sort()).toEqual(["gov", "meta", "wa"]);
    expect([...visibility.edges].sort()).toEqual(["gov->blocks->wa", "meta->owns->wa"]);
  });

  it("the pick and a focus alone (depth 0) survive the URL", () => {
    expect(encodeViewState(picked).toString()).toBe("pick=gov&pick=meta&pick=wa");
    const alone = encodeViewState(pickedView(picked)).toString();
    expect(alone).toBe("focus=gov&focus=meta&focus=wa&depth=0");
    expect(decodeViewState(alone).depth).toBe(0);
    expect(decodeViewState("").depth).toBe(1);
    expect(malformedViewParams("depth=0")).toEqual([]);
  });
});

describe("Esc", () => {
  it("clears the selection first, then the picked nodes", () => {
    const s = selectNode("gov")(togglePicked("wa")(defaultViewState()));
    const once = clearSelection(s);
    expect(once.selection).toBeNull();
    expect(once.picked).toEqual(["wa"]);
    expect(clearSelection(once).picked).toEqual([]);
  });
});
