// The lasso's geometry with known answers: a square, a concave (L-shaped) outline, too few corners; and the
// nodes it encloses added to the picked ones.
import { describe, expect, it } from "vitest";
import {
  defaultViewState,
  insidePolygon,
  nodesInLasso,
  pickNodes,
  togglePicked,
} from "../graph/view/index.ts";

const square = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];
// An L: the square without its top-right quarter (5..10 × 0..5).
const ell = [
  { x: 0, y: 0 },
  { x: 5, y: 0 },
  { x: 5, y: 5 },
  { x: 10, y: 5 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];

describe("the lasso", () => {
  it("encloses points inside a square and not outside it", () => {
    expect(insidePolygon({ x: 5, y: 5 }, square)).toBe(true);
    expect(insidePolygon({ x: 0.1, y: 9.9 }, square)).toBe(true);
    expect(insidePolygon({ x: 11, y: 5 }, square)).toBe(false);
    expect(insidePolygon({ x: -1, y: -1 }, square)).toBe(false);
  });

  it("follows a concave outline: the L's missing corner is outside", () => {
    expect(insidePolygon({ x: 7, y: 2 }, ell)).toBe(false);
    expect(insidePolygon({ x: 2, y: 2 }, ell)).toBe(true);
    expect(insidePolygon({ x: 7, y: 7 }, ell)).toBe(true);
  });

  it("lists the enclosed nodes in order; fewer than three corners enclose nothing", () => {
    const positions: [string, { x: number; y: number }][] = [
      ["a", { x: 2, y: 2 }],
      ["b", { x: 7, y: 2 }],
      ["c", { x: 7, y: 7 }],
      ["d", { x: 20, y: 20 }],
    ];
    expect(nodesInLasso(positions, ell)).toEqual(["a", "c"]);
    expect(nodesInLasso(positions, square.slice(0, 2))).toEqual([]);
  });

  it("adds what it encloses to the picked nodes", () => {
    const s = pickNodes(["c", "a"])(togglePicked("b")(defaultViewState()));
    expect(s.picked).toEqual(["a", "b", "c"]);
    expect(pickNodes([])(defaultViewState())).toEqual(defaultViewState());
  });
});
