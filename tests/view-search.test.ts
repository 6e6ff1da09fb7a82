import { describe, expect, it } from "vitest";
import { buildSearchIndex, lazySearchIndex, normalizeName, search } from "../graph/view/index.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

describe("search", () => {
  const seed = loadFixture();
  const index = buildSearchIndex(seed);

  it("finds a node by an alias and says which alias matched", () => {
    const [first] = search(index, "Kremlin");
    expect(first?.node).toBe("russian-government");
    expect(first?.alias).toBe("Kremlin");
  });

  it("ranks an exact label first, then prefixes, then word prefixes, then substrings", () => {
    const graph = tinyGraph(
      [
        ["tele", "platform", "messenger", ["Tele"]],
        ["telegram", "platform", "messenger", ["Telegram"]],
        ["hotel", "actor", "company", ["Hotel Tele"]],
        ["motel", "actor", "company", ["Motelex"]],
      ],
      [],
    );
    graph.setNodeAttribute("tele", "label", "Tele");
    graph.setNodeAttribute("telegram", "label", "Telegram");
    graph.setNodeAttribute("hotel", "label", "Hotel Tele");
    graph.setNodeAttribute("motel", "label", "Motelex");
    expect(search(buildSearchIndex(graph), "tele").map((r) => r.node)).toEqual([
      "tele",
      "telegram",
      "hotel",
      "motel",
    ]);
  });

  it("prefers the label over an alias of equal quality and the more connected node on ties", () => {
    const results = search(index, "Telegram");
    expect(results[0]?.node).toBe("telegram");
    expect(results[0]?.alias).toBeNull();
    const peskov = search(index, "pesk");
    expect(peskov[0]?.node).toBe("dmitry-peskov");
  });

  it("ignores case, accents and curly quotes; empty queries find nothing", () => {
    expect(normalizeName("  Café  Déjà’s ")).toBe("cafe deja's");
    expect(search(index, "whatsapp")[0]?.node).toBe("whatsapp");
    expect(search(index, "WHATSAPP")[0]?.node).toBe("whatsapp");
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "zzzz-no-such-thing")).toEqual([]);
  });

  it("builds a lazy index on first use with the same results", () => {
    const lazy = lazySearchIndex(seed);
    expect(search(lazy, "Kremlin")).toEqual(search(index, "Kremlin"));
  });

  it("respects the limit", () => {
    expect(search(index, "a", 3)).toHaveLength(3);
  });
});
