import { describe, expect, it } from "vitest";
import {
  actionLabel,
  edgeRef,
  findEdge,
  groupRelations,
  parallelEdgeCurvatures,
} from "../graph/view/index.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

describe("groupRelations", () => {
  const seed = loadFixture();

  it("groups a node's relations by action and direction, in vocabulary order", () => {
    const groups = groupRelations(seed, "russian-government");
    const blocks = groups.find((g) => g.action === "blocks" && g.direction === "out");
    expect(blocks?.relations.map((r) => r.otherLabel)).toEqual(
      expect.arrayContaining(["WhatsApp", "Signal", "YouTube"]),
    );
    expect(blocks?.relations[0]?.otherLabel).toBe("WhatsApp"); // most evidence first
    const order = groups.map((g) => `${g.action}:${g.direction}`);
    expect(order.indexOf("blocks:out")).toBeLessThan(order.indexOf("promotes:out"));
    const accusedBy = groups.find((g) => g.action === "accuses" && g.direction === "in");
    expect(accusedBy?.relations.map((r) => r.other)).toContain("whatsapp");
  });

  it("lists Roskomnadzor among Telegram's relations, with evidence", () => {
    const groups = groupRelations(seed, "telegram");
    const fromRoskomnadzor = groups.flatMap((g) => g.relations).filter((r) => r.other === "roskomnadzor");
    expect(fromRoskomnadzor.length).toBeGreaterThan(0);
    expect(fromRoskomnadzor[0]!.evidence[0]!.sentence).toMatch(/Telegram/);
  });

  it("can be limited to a set of edges and handles unknown nodes", () => {
    expect(groupRelations(seed, "telegram", new Set())).toEqual([]);
    expect(groupRelations(seed, "nope")).toEqual([]);
  });

  it("finds an edge from its reference and back", () => {
    const edge = findEdge(seed, { source: "russian-government", action: "restricts", target: "whatsapp" });
    expect(edge).not.toBeNull();
    expect(edgeRef(seed, edge!)).toEqual({
      source: "russian-government",
      action: "restricts",
      target: "whatsapp",
    });
    expect(
      findEdge(seed, { source: "russian-government", action: "founded", target: "whatsapp" }),
    ).toBeNull();
    expect(actionLabel("alternative_to")).toBe("alternative to");
  });
});

describe("parallelEdgeCurvatures", () => {
  it("curves only edges sharing their ends, symmetrically, opposite edges on their own side", () => {
    const graph = tinyGraph(
      [
        ["a", "actor", "government"],
        ["b", "platform", "messenger"],
        ["c", "platform", "messenger"],
      ],
      [
        ["a", "blocks", "b"],
        ["a", "restricts", "b"],
        ["b", "accuses", "a"],
        ["a", "promotes", "c"],
      ],
    );
    const curvatures = parallelEdgeCurvatures(graph);
    expect(curvatures.has("a->promotes->c")).toBe(false);
    const values = ["a->blocks->b", "a->restricts->b", "b->accuses->a"].map((e) => curvatures.get(e)!);
    // In the pair's frame (a → b) the three arcs are -0.5, 0, +0.5; the reversed edge flips its sign.
    expect(values[0]).toBeCloseTo(-0.5);
    expect(values[1]).toBeCloseTo(0);
    expect(values[2]).toBeCloseTo(-0.5);
  });
});
