// Expanding a focused view one hop at a time, per action: which nodes each step adds, what the Expand menu
// offers, and the steps in the URL (in order, only with a focus).
import { describe, expect, it } from "vitest";
import {
  EXPAND_ANY,
  applicableView,
  computeVisibility,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  expandOneHop,
  expandOptions,
  malformedViewParams,
  setFocus,
  toggleAction,
  toggleFocus,
  undoExpand,
  type ViewState,
} from "../graph/view/index.ts";
import { tinyGraph } from "./view-helpers.ts";

// A chain from the focus: ros -blocks-> tg <-owns- durov -founded-> vk <-blocks- gov; tg -promotes-> max.
const graph = tinyGraph(
  [
    ["ros", "actor", "regulator"],
    ["tg", "platform", "messenger"],
    ["durov", "actor", "person"],
    ["vk", "platform", "social"],
    ["gov", "actor", "government"],
    ["max", "platform", "messenger"],
  ],
  [
    ["ros", "blocks", "tg"],
    ["durov", "owns", "tg"],
    ["durov", "founded", "vk"],
    ["gov", "blocks", "vk"],
    ["tg", "promotes", "max"],
  ],
);

const focused = (...steps: string[]): ViewState => {
  let s = setFocus(["ros"])(defaultViewState());
  for (const step of steps) s = expandOneHop(step)(s);
  return s;
};
const shown = (s: ViewState) => [...computeVisibility(graph, s).nodes].sort();

describe("expanding one hop at a time", () => {
  it("grows the focus's neighbourhood by one hop per step, along the step's action only", () => {
    expect(shown(focused())).toEqual(["ros", "tg"]);
    expect(shown(focused("owns"))).toEqual(["durov", "ros", "tg"]);
    expect(shown(focused("owns", "founded"))).toEqual(["durov", "ros", "tg", "vk"]);
    expect(shown(focused("owns", "founded", "blocks"))).toEqual(["durov", "gov", "ros", "tg", "vk"]);
    // "blocks" from {ros, tg} reaches nothing new; "founded" has no edge from {ros, tg}.
    expect(shown(focused("blocks"))).toEqual(["ros", "tg"]);
    expect(shown(focused("founded"))).toEqual(["ros", "tg"]);
  });

  it("along any action adds every neighbour of what is shown, with the relations among them", () => {
    const s = focused(EXPAND_ANY);
    expect(shown(s)).toEqual(["durov", "max", "ros", "tg"]);
    expect([...computeVisibility(graph, s).edges].sort()).toEqual([
      "durov->owns->tg",
      "ros->blocks->tg",
      "tg->promotes->max",
    ]);
    expect(shown(focused(EXPAND_ANY, EXPAND_ANY))).toEqual(["durov", "max", "ros", "tg", "vk"]);
  });

  it("follows only relations the filters let through", () => {
    expect(shown(toggleAction("owns")(focused(EXPAND_ANY)))).toEqual(["max", "ros", "tg"]);
  });

  it("does nothing without a focus; a new focus or undo drops steps", () => {
    expect(expandOneHop("owns")(defaultViewState()).expand ?? []).toEqual([]);
    expect(toggleFocus("gov")(focused("owns")).expand).toEqual([]);
    expect(undoExpand(focused("owns", "founded")).expand).toEqual(["owns"]);
  });

  it("offers each action with the number of nodes one more hop adds, any action first", () => {
    const s = focused();
    expect(expandOptions(graph, s, computeVisibility(graph, s))).toEqual([
      { step: EXPAND_ANY, added: 2 },
      { step: "owns", added: 1 },
      { step: "promotes", added: 1 },
    ]);
    const all = focused(EXPAND_ANY, EXPAND_ANY, EXPAND_ANY);
    expect(expandOptions(graph, all, computeVisibility(graph, all))).toEqual([]);
    expect(expandOptions(graph, defaultViewState(), computeVisibility(graph, defaultViewState()))).toEqual(
      [],
    );
  });

  it("keeps the steps in the URL in order, repeats included, and only with a focus", () => {
    const s = focused("owns", EXPAND_ANY, "owns");
    const query = encodeViewState(s).toString();
    expect(query).toBe("focus=ros&expand=owns&expand=*&expand=owns");
    expect(decodeViewState(query).expand).toEqual(["owns", EXPAND_ANY, "owns"]);
    expect(decodeViewState("expand=owns").expand ?? []).toEqual([]);
    expect(malformedViewParams("expand=owns")).toEqual(["expand=owns"]);
    expect(malformedViewParams("focus=ros&expand=owns")).toEqual([]);
  });

  it("drops steps along actions the graph lacks, and says so", () => {
    const { view, dropped } = applicableView(decodeViewState("focus=ros&expand=owns&expand=bans"), graph);
    expect(view.expand).toEqual(["owns"]);
    expect(dropped).toEqual(["expand=bans"]);
  });
});
