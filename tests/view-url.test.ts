import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeEdgeRef,
  decodeViewState,
  defaultViewState,
  encodeEdgeRef,
  encodeViewState,
  malformedViewParams,
  sameView,
  sameViewIgnoringCamera,
  type ViewState,
  SIZE_BY,
  COLOR_BY,
} from "../graph/view/index.ts";
import type { Modality } from "../graph/types.ts";

const word = fc.stringMatching(/^[a-z0-9][a-z0-9 ._,&%+#=/-]{0,20}$/);
const list = fc.uniqueArray(word, { maxLength: 4 }).map((a) => [...a].sort());
const modality = fc.constantFrom<Modality>("asserted", "alleged", "hypothetical");

const viewState: fc.Arbitrary<ViewState> = fc.record({
  hiddenActions: list,
  hiddenKinds: list,
  hiddenCategories: list,
  hiddenModalities: fc.uniqueArray(modality, { maxLength: 3 }).map((a) => [...a].sort()),
  articles: list,
  focus: list,
  depth: fc.constantFrom<1 | 2>(1, 2),
  selection: fc.oneof(
    fc.constant(null),
    word.map((node) => ({ type: "node" as const, node })),
    fc
      .record({ source: word, action: fc.stringMatching(/^[a-z_]{1,12}$/), target: word })
      .filter((e) => !e.source.includes("~") && !e.target.includes("~"))
      .map((e) => ({ type: "edge" as const, ...e })),
  ),
  reader: fc.oneof(
    fc.constant(null),
    fc.record({ article: word, start: fc.constant(null), end: fc.constant(null) }),
    fc
      .tuple(word, fc.nat(100000), fc.nat(1000))
      .map(([article, start, length]) => ({ article, start, end: start + length })),
  ),
  camera: fc.oneof(
    fc.constant(null),
    fc.record({
      x: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1e4),
      y: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1e4),
      ratio: fc.integer({ min: 1, max: 9999 }).map((n) => n / 1000),
    }),
  ),
  path: fc.oneof(
    fc.constant(null),
    fc.record({ from: word, to: word, directed: fc.boolean() }).filter((p) => p.from !== p.to),
  ),
  sizeBy: fc.constantFrom(...SIZE_BY),
  colorBy: fc.constantFrom(...COLOR_BY),
});

describe("URL state", () => {
  it("round-trips any view state", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const query = encodeViewState(state).toString();
        expect(decodeViewState(query)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("encodes the default view as nothing and keeps unrelated parameters", () => {
    expect(encodeViewState(defaultViewState()).toString()).toBe("");
    const params = encodeViewState({ ...defaultViewState(), focus: ["telegram"] }, "?graph=g.json&focus=old");
    expect(params.toString()).toBe("graph=g.json&focus=telegram");
  });

  it("reads a readable link", () => {
    const s = decodeViewState(
      "?focus=telegram&focus=max&depth=2&hideAction=owns&hideModality=alleged&node=telegram&cam=0.5,0.25,0.8&read=a.txt&span=10-42",
    );
    expect(s.focus).toEqual(["max", "telegram"]);
    expect(s.depth).toBe(2);
    expect(s.hiddenActions).toEqual(["owns"]);
    expect(s.hiddenModalities).toEqual(["alleged"]);
    expect(s.selection).toEqual({ type: "node", node: "telegram" });
    expect(s.camera).toEqual({ x: 0.5, y: 0.25, ratio: 0.8 });
    expect(s.reader).toEqual({ article: "a.txt", start: 10, end: 42 });
  });

  it("falls back to defaults on malformed values", () => {
    const s = decodeViewState("depth=7&cam=1,2&hideModality=bogus&edge=nope&span=9-3&read=x.txt");
    expect(s.depth).toBe(1);
    expect(s.camera).toBeNull();
    expect(s.hiddenModalities).toEqual([]);
    expect(s.selection).toBeNull();
    expect(s.reader).toEqual({ article: "x.txt", start: null, end: null });
    expect(decodeViewState("cam=0,0,-1").camera).toBeNull();
  });

  it("reads a connection and the appearance, and drops half a connection", () => {
    const s = decodeViewState("from=roskomnadzor&to=pavel-durov&directed=1&size=pagerank&color=community");
    expect(s.path).toEqual({ from: "roskomnadzor", to: "pavel-durov", directed: true });
    expect([s.sizeBy, s.colorBy]).toEqual(["pagerank", "community"]);
    expect(decodeViewState("from=a").path).toBeNull();
    expect(decodeViewState("from=a&to=a").path).toBeNull();
    expect(decodeViewState("size=huge&color=rainbow")).toMatchObject({
      sizeBy: "degree",
      colorBy: "category",
    });
    expect(malformedViewParams("from=a&size=huge")).toEqual(["from=a", "size=huge"]);
  });

  it("names edges by source~action~target", () => {
    const ref = { source: "russian-government", action: "blocks", target: "whatsapp" };
    expect(encodeEdgeRef(ref)).toBe("russian-government~blocks~whatsapp");
    expect(decodeEdgeRef(encodeEdgeRef(ref))).toEqual(ref);
    expect(decodeEdgeRef("a~b")).toBeNull();
    expect(decodeEdgeRef("~b~c")).toBeNull();
  });

  it("compares views with and without the camera", () => {
    const a = { ...defaultViewState(), focus: ["x"], camera: { x: 0, y: 0, ratio: 1 } };
    const b = { ...a, camera: { x: 1, y: 0, ratio: 1 } };
    expect(sameView(a, b)).toBe(false);
    expect(sameViewIgnoringCamera(a, b)).toBe(true);
  });
});
