// The time range as a view filter: evidence, edges and nodes, the undated toggle, the URL, the timeline bins.
import { describe, expect, it } from "vitest";
import {
  computeTimeline,
  computeVisibility,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  hasNoFilters,
  malformedViewParams,
  resetFilters,
  setHideUndated,
  setTimeRange,
  visibleEvidence,
  type ViewState,
} from "../graph/view/index.ts";
import { tinyGraph } from "./view-helpers.ts";

const graph = tinyGraph(
  [
    ["russia", "actor", "government"],
    ["telegram", "platform", "messenger"],
    ["whatsapp", "platform", "messenger"],
    ["meta", "actor", "company"],
  ],
  [
    [
      "russia",
      "blocks",
      "telegram",
      [
        { date: "2018-04-16", dateSource: "text" },
        { date: "2020-06", dateSource: "text" },
      ],
    ],
    ["russia", "restricts", "whatsapp", [{ date: "2024-08", dateSource: "article" }]],
    ["russia", "accuses", "meta", [{ date: "2024", dateSource: "text" }]],
    ["meta", "owns", "whatsapp", [{}]],
  ],
);
const view = (producer: (s: ViewState) => ViewState) => producer(defaultViewState());
const visibleEdges = (state: ViewState) => [...computeVisibility(graph, state).edges].sort();

describe("the time range filters evidence, edges and nodes", () => {
  it("keeps edges with evidence overlapping the range, and undated ones unless they are hidden", () => {
    expect(visibleEdges(view(setTimeRange("2024-01", "2024-12")))).toEqual([
      "meta->owns->whatsapp",
      "russia->accuses->meta",
      "russia->restricts->whatsapp",
    ]);
    const dated = setHideUndated(true)(view(setTimeRange("2024-01", "2024-12")));
    expect(visibleEdges(dated)).toEqual(["russia->accuses->meta", "russia->restricts->whatsapp"]);
    expect(visibleEdges(setHideUndated(true)(view(setTimeRange("2018", "2018"))))).toEqual([
      "russia->blocks->telegram",
    ]);
    expect(
      [...computeVisibility(graph, setHideUndated(true)(view(setTimeRange("2018", "2018")))).nodes].sort(),
    ).toEqual(["russia", "telegram"]);
  });
  it("a year-only date overlaps every month of its year; a day outside the range does not", () => {
    const march = setHideUndated(true)(view(setTimeRange("2024-03", "2024-03")));
    expect(visibleEdges(march)).toEqual(["russia->accuses->meta"]);
    const evidence = graph.getEdgeAttribute("russia->blocks->telegram", "evidence");
    expect(visibleEvidence(evidence, view(setTimeRange("2019", null))).map((e) => e.date)).toEqual([
      "2020-06",
    ]);
  });
  it("open ends, reversed bounds, reset", () => {
    expect(view(setTimeRange("2024-12", "2024-01"))).toMatchObject({ from: "2024-01", to: "2024-12" });
    expect(visibleEdges(setHideUndated(true)(view(setTimeRange(null, "2019"))))).toEqual([
      "russia->blocks->telegram",
    ]);
    const on = setHideUndated(true)(view(setTimeRange("2024-01", null)));
    expect(hasNoFilters(on)).toBe(false);
    expect(hasNoFilters(resetFilters(on))).toBe(true);
  });
});

describe("the time range in the URL", () => {
  it("is from=…&to=… and undated=hide, and reads back the same", () => {
    const state = setHideUndated(true)(view(setTimeRange("2024-01", "2024-12")));
    const query = encodeViewState(state).toString();
    expect(query).toContain("from=2024-01&to=2024-12&undated=hide");
    expect(decodeViewState(query)).toMatchObject({ from: "2024-01", to: "2024-12", hideUndated: true });
    expect(visibleEdges(decodeViewState(query))).toEqual(visibleEdges(state));
  });
  it("a connection lives in pathFrom/pathTo; an older link's from/to naming nodes still opens it", () => {
    expect(decodeViewState("from=roskomnadzor&to=pavel-durov").path).toEqual({
      from: "roskomnadzor",
      to: "pavel-durov",
      directed: false,
    });
    expect(decodeViewState("from=roskomnadzor&to=pavel-durov").from).toBeUndefined();
    const state = { ...defaultViewState(), path: { from: "a", to: "b", directed: false } };
    expect(encodeViewState(state).toString()).toBe("pathFrom=a&pathTo=b");
  });
  it("says which time parameters it cannot read", () => {
    expect(malformedViewParams("from=2024-13&undated=maybe")).toEqual(["from=2024-13", "undated=maybe"]);
    expect(decodeViewState("from=2024-13").from).toBeUndefined();
  });
});

describe("the timeline bins", () => {
  it("counts per month and action, year-only and undated items apart, whatever the range", () => {
    const timeline = computeTimeline(graph, view(setTimeRange("2024-08", "2024-08")));
    expect(timeline.unit).toBe("year"); // 2018-04 … 2024-08 is longer than six years
    expect(timeline.bins.map((b) => [b.period, b.total])).toEqual([
      ["2018", 1],
      ["2019", 0],
      ["2020", 1],
      ["2021", 0],
      ["2022", 0],
      ["2023", 0],
      ["2024", 2],
    ]);
    expect(timeline.undated).toBe(1);
    const recent = computeTimeline(graph, { ...defaultViewState(), hiddenActions: ["blocks"] });
    expect(recent.unit).toBe("month");
    expect(recent.bins.map((b) => b.period)).toEqual(["2024-08"]);
    expect(recent.bins[0]!.byAction.get("restricts")).toBe(1);
    expect(recent.yearOnly).toBe(1);
  });
});

describe("periods as the page shows them", () => {
  it("month names, day numbers, ranges", async () => {
    const { formatPeriod, formatRange } = await import("../app/time/format.ts");
    expect(formatPeriod("2024")).toBe("2024");
    expect(formatPeriod("2024-08")).toBe("Aug 2024");
    expect(formatPeriod("2024-08-09")).toBe("9 Aug 2024");
    expect(formatRange("2024-01", "2024-12")).toBe("Jan 2024 – Dec 2024");
    expect(formatRange("2024-01", "2024-01")).toBe("Jan 2024");
    expect(formatRange(null, "2019")).toBe("until 2019");
    expect(formatRange(undefined, undefined)).toBe("All time");
  });
});
