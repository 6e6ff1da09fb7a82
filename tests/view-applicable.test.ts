import { describe, expect, it } from "vitest";
import {
  applicableView,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  malformedViewParams,
  viewForOpenedGraph,
} from "../graph/view/index.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

const fixture = loadFixture();
const article = fixture.getAttribute("articles")[0]!.id;

describe("what of a link applies to a graph", () => {
  it("keeps what the graph has", () => {
    const view = decodeViewState(
      `focus=telegram&hideAction=owns&hideCategory=company&node=whatsapp&read=${encodeURIComponent(article)}&span=0-10&cam=0.2,0.3,0.5`,
    );
    expect(applicableView(view, fixture)).toEqual({ view, dropped: [] });
  });

  it("drops nodes, edges, articles, actions and categories the graph lacks, and says which", () => {
    const view = decodeViewState(
      "focus=telegram&focus=atlantis&hideAction=zaps&hideCategory=wizard&article=nowhere.txt&node=ghost&read=gone.txt&span=1-2",
    );
    const { view: kept, dropped } = applicableView(view, fixture);
    expect(kept.focus).toEqual(["telegram"]);
    expect(kept.hiddenActions).toEqual([]);
    expect(kept.hiddenCategories).toEqual([]);
    expect(kept.articles).toEqual([]);
    expect(kept.selection).toBeNull();
    expect(kept.reader).toBeNull();
    expect(dropped.sort()).toEqual(
      [
        "focus=atlantis",
        "hideAction=zaps",
        "hideCategory=wizard",
        "article=nowhere.txt",
        "node=ghost",
        "read=gone.txt",
      ].sort(),
    );
    const edge = applicableView(decodeViewState("edge=telegram~owns~nobody"), fixture);
    expect(edge.view.selection).toBeNull();
    expect(edge.dropped).toEqual(["edge=telegram~owns~nobody"]);
  });

  it("opening another graph keeps only what applies to it and resets the camera", () => {
    const brazil = tinyGraph(
      [
        ["brazil", "actor", "government"],
        ["x", "platform", "social network"],
      ],
      [["brazil", "blocks", "x"]],
    );
    const old = decodeViewState(
      `node=whatsapp&read=${encodeURIComponent(article)}&span=3-9&cam=0.2,0.3,0.5&hideAction=blocks&focus=telegram`,
    );
    const next = viewForOpenedGraph(old, brazil);
    expect(next).toEqual({ ...defaultViewState(), hiddenActions: ["blocks"] });
    expect(encodeViewState(next).toString()).toBe("hideAction=blocks");
    // The same graph again: the selection and the reader still apply, the camera never does.
    const same = viewForOpenedGraph(old, fixture);
    expect(same.selection).toEqual(old.selection);
    expect(same.reader).toEqual(old.reader);
    expect(same.camera).toBeNull();
  });
});

describe("malformed view parameters", () => {
  it("lists the ones the decoder ignores", () => {
    expect(
      malformedViewParams(
        "cam=a,b,c&depth=7&hideModality=maybe&edge=nonsense&span=9-1&node=&focus=telegram&graph=other.json",
      ),
    ).toEqual(["cam=a,b,c", "depth=7", "hideModality=maybe", "edge=nonsense", "span=9-1", "node="]);
  });

  it("accepts every well-formed view, whatever it names", () => {
    expect(
      malformedViewParams(
        "focus=a&depth=2&hideModality=alleged&edge=a~blocks~b&read=x.txt&span=1-5&cam=0.5,0.5,1&graph=g.json",
      ),
    ).toEqual([]);
    expect(malformedViewParams("span=1-5")).toEqual(["span=1-5"]); // a span without an article
  });
});
