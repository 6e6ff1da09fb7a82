// SVG snapshots keep the legend and the caption clear of the graph: nodes and their labels stay inside the
// graph's frame (labels run right of their node, so the rightmost node's long label must not reach the
// legend's column), the legend stays in its column above the caption, and what does not fit is counted.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { textWidth } from "../graph/export/fit.ts";
import { CAPTION_HEIGHT, LEGEND_WIDTH } from "../graph/export/legend.ts";
import { toSvg } from "../graph/export/svg.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

const attr = (e: Element, name: string) => Number(e.getAttribute(name));

function parts(svg: string) {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const group = (id: string) =>
    Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === id);
  const texts = (g: Element | undefined) => (g ? Array.from(g.getElementsByTagName("text")) : []);
  return {
    circles: Array.from(group("nodes")!.getElementsByTagName("circle")),
    labels: texts(group("labels")),
    legend: texts(group("legend")),
    caption: Array.from(doc.getElementsByTagName("text")).find((t) => t.getAttribute("id") === "caption"),
  };
}

/** Nothing of the graph reaches the legend's column or the caption's strip. */
function expectClear(svg: string, width: number, height: number) {
  const { circles, labels, legend, caption } = parts(svg);
  const legendLeft = width - LEGEND_WIDTH - 12;
  const captionTop = height - CAPTION_HEIGHT;
  expect(legend.length).toBeGreaterThan(0);
  for (const t of legend) {
    expect(attr(t, "x")).toBeGreaterThanOrEqual(legendLeft);
    expect(attr(t, "y")).toBeLessThanOrEqual(captionTop);
  }
  for (const c of circles) {
    expect(attr(c, "cx") + attr(c, "r")).toBeLessThanOrEqual(legendLeft);
    expect(attr(c, "cy") + attr(c, "r")).toBeLessThanOrEqual(captionTop);
    expect(attr(c, "cx") - attr(c, "r")).toBeGreaterThanOrEqual(0);
    expect(attr(c, "cy") - attr(c, "r")).toBeGreaterThanOrEqual(0);
  }
  for (const t of labels) {
    const right = attr(t, "x") + textWidth(t.textContent ?? "", 12);
    expect(right, t.textContent ?? "").toBeLessThanOrEqual(legendLeft);
    expect(attr(t, "y") + 4).toBeLessThanOrEqual(captionTop);
  }
  expect(caption).toBeDefined();
  expect(attr(caption!, "x") + textWidth(caption!.textContent ?? "", 13)).toBeLessThanOrEqual(width);
  expect(attr(caption!, "y")).toBeGreaterThan(captionTop);
}

/** The rightmost node has the longest label. */
function wideLabelGraph(): NewsGraph {
  const graph = tinyGraph(
    [
      ["a", "actor", "government"],
      ["b", "platform", "messenger"],
      ["c", "actor", "company"],
    ],
    [
      ["a", "blocks", "b"],
      ["c", "owns", "b"],
    ],
  );
  const at = { a: [0, 0], b: [50, 30], c: [100, 10] } as const;
  graph.forEachNode((n) =>
    graph.mergeNodeAttributes(n, { x: at[n as "a"][0], y: at[n as "a"][1], size: 12 }),
  );
  graph.setNodeAttribute(
    "c",
    "label",
    "Federal Service for Supervision of Communications, Information Technology",
  );
  return graph;
}

describe("SVG snapshot layout", () => {
  it("the rightmost node's long label stays left of the legend; caption under everything", () => {
    const svg = toSvg(wideLabelGraph(), {
      width: 1000,
      height: 600,
      legend: true,
      caption: "Newsgraph · view",
    });
    expectClear(svg, 1000, 600);
  });

  it("holds for the fixture graph at the explorer's sizes, with a caption longer than the image", () => {
    const long = `Newsgraph · ${"Telegram, WhatsApp, Max (depth 2) · blocks, restricts · ".repeat(4)}12 nodes`;
    for (const [width, height] of [
      [1200, 800],
      [800, 500],
      [1280, 720],
    ] as const) {
      expectClear(toSvg(loadFixture(), { width, height, legend: true, caption: long }), width, height);
    }
  });

  it("a legend taller than its column says how many entries it leaves out", () => {
    const { legend } = parts(toSvg(loadFixture(), { width: 900, height: 220, legend: true, caption: "c" }));
    expect(legend.at(-1)!.textContent).toMatch(/^\+ \d+ more$/);
  });
});
