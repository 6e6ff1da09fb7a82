// Hostile graph files (tests/fixtures/hostile/graphs/): keys that every JavaScript object already has
// ("__proto__", "constructor", "toString", …) are refused by every importer before a graph is built from them,
// so Object.prototype stays untouched; categories and actions of those names load and export like any other.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { slugify } from "../graph/merge/slug.ts";
import { toGexf } from "../graph/export/gexf.ts";
import { toGraphml } from "../graph/export/graphml.ts";
import { toGraphJson } from "../graph/export/json.ts";
import { legendFor } from "../graph/export/legend.ts";
import { toSvg } from "../graph/export/svg.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { parseGraphData, parseGraphFile } from "../graph/import/parse.ts";
import { RESERVED_KEYS } from "../graph/import/safeKeys.ts";
import { categoryColor, KIND_COLORS } from "../graph/palette.ts";
import { passiveActionLabel } from "../graph/view/relations.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { actionColor, categoryColor as appCategoryColor } from "../app/appearance/colors.ts";
import { linkedGraph } from "../app/import/linked.ts";
import { FIXTURES } from "./e2e/harness.ts";

const HOSTILE = join(FIXTURES, "hostile", "graphs");
const open = (name: string) =>
  parseGraphFile(name, readFileSync(join(HOSTILE, name), "utf8"), nodeXmlParsers);

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_NAMES = prototypeNames();

/** Object.prototype as it was: no new names, and nothing an object would inherit by surprise. */
function expectPrototypeUntouched(): void {
  expect(prototypeNames()).toEqual(PROTOTYPE_NAMES);
  const probe: Record<string, unknown> = {};
  expect(probe.previous).toBeUndefined();
  expect(probe.next).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect((Object as unknown as Record<string, unknown>).previous).toBeUndefined();
}

// A failing case must not leave its pollution to the next one (and hide whether that one pollutes).
afterEach(() => {
  for (const name of Object.getOwnPropertyNames(Object.prototype))
    if (!PROTOTYPE_NAMES.includes(name)) delete (Object.prototype as Record<string, unknown>)[name];
  delete (Object as unknown as Record<string, unknown>).previous;
});

describe("graph files keyed by names every object has", () => {
  it.each([
    ["proto-node.json", /the node key "__proto__" is not allowed \(names such as __proto__, constructor/],
    ["constructor-node.json", /the node key "constructor" is not allowed/],
    ["tostring-node.json", /the node key "toString" is not allowed/],
    ["proto-edge-key.json", /the edge key "__proto__" is not allowed/],
    ["proto-node.gexf", /the node key "__proto__" is not allowed/],
    ["proto-attribute.gexf", /the attribute name "__proto__" is not allowed/],
    ["proto-node.graphml", /the node key "__proto__" is not allowed/],
    ["prototype-node.graphml", /the node key "prototype" is not allowed/],
  ])("%s is refused with one message and Object.prototype is untouched", (name, why) => {
    let message = "";
    try {
      open(name);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^${name.replace(".", "\\.")} could not be opened: `));
    expect(message).toMatch(why);
    expect(message).toMatch(/The current graph is unchanged\.$/);
    expect(message.split("\n")).toHaveLength(1);
    expectPrototypeUntouched();
  });

  it("the reserved names are Object.prototype's and prototype", () => {
    expect([...RESERVED_KEYS]).toEqual(expect.arrayContaining(["__proto__", "constructor", "prototype"]));
    expect([...RESERVED_KEYS]).toEqual(expect.arrayContaining(["toString", "hasOwnProperty", "valueOf"]));
  });
});

describe("categories and actions named like object members", () => {
  const files = ["constructor-category.json", "constructor-category.graphml"];

  it.each(files)("%s opens, every colour a palette colour string", (name) => {
    const { graph } = open(name);
    expectPrototypeUntouched();
    graph.forEachNode((_n, a) => {
      expect(typeof a.color).toBe("string");
      expect(a.color).toMatch(/^#[0-9A-F]{6}$/i);
    });
    const categories = graph.mapNodes((_n, a) => a.category);
    expect(categories).toEqual(expect.arrayContaining(["constructor", "__proto__"]));
    expect(graph.getNodeAttribute("a", "color")).toBe(KIND_COLORS.actor);
  });

  it("the JSON file's kinds, categories and inherited-looking attributes are plain data", () => {
    const { graph } = open("constructor-category.json");
    // "kind": "constructor" is no kind; b's own "__proto__" attribute is not its category.
    expect(graph.getNodeAttribute("c", "kind")).toBe("actor");
    expect(graph.getNodeAttribute("b", "category")).toBe("__proto__");
    expect(graph.getNodeAttribute("b", "color")).toBe(KIND_COLORS.platform);
    const options = graph.getAttribute("builtWith").options;
    expect(Object.getPrototypeOf(options)).toBe(Object.prototype);
    expect(Object.keys(options)).toEqual(["maxEvidence"]);
  });

  it.each(files)("%s exports to JSON, GEXF, GraphML and SVG with string colours", (name) => {
    const graph = open(name).graph as unknown as NewsGraph;
    const json = JSON.parse(toGraphJson(graph)) as { nodes: { attributes: { color: unknown } }[] };
    for (const node of json.nodes) expect(typeof node.attributes.color).toBe("string");
    expect(toGexf(graph)).toContain("<viz:color");
    expect(toGraphml(graph)).toContain("constructor");
    const svg = toSvg(graph, { legend: true, caption: "hostile" });
    expect(svg).toContain("constructor");
    expect(svg).not.toMatch(/function|\[object/);
    for (const entry of [...legendFor(graph).categories, ...legendFor(graph).actions])
      expect(entry.color).toMatch(/^#[0-9A-F]{6}$/i);
    expectPrototypeUntouched();
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "prototype"])(
    "palette and wording lookups of %s answer with a fallback, not an inherited member",
    (name) => {
      expect(categoryColor("actor", name)).toBe(KIND_COLORS.actor);
      expect(categoryColor(name, name)).toBe(KIND_COLORS.actor);
      expect(appCategoryColor(name, name)).toBe("#888888");
      expect(actionColor(name)).toBe("#888888");
      expect(passiveActionLabel(name)).toBe(`${name.replace(/_/g, " ")} (by)`);
    },
  );
});

describe("the builder's node keys", () => {
  it.each([
    ["Constructor", "constructor_"],
    ["Prototype", "prototype_"],
    ["__proto__", "proto"],
    ["Constructor Group", "constructor-group"],
  ])("%s becomes the key %s", (label, key) => {
    expect(slugify(label)).toBe(key);
    expect(RESERVED_KEYS.has(slugify(label))).toBe(false);
  });
});

describe("a graph named by the link (?graph=)", () => {
  const page = (search: string) => ({
    href: `https://news.example/explorer/${search}`,
    origin: "https://news.example",
    search,
  });

  it.each(["?graph=other.json", "?graph=/data/g%C3%A9.gexf", "?graph=https://news.example/x.graphml"])(
    "%s, a file of this site, is opened",
    (search) => {
      const linked = linkedGraph(page(search));
      expect(linked).toMatchObject({ url: expect.stringMatching(/^https:\/\/news\.example\//) });
    },
  );

  it.each([
    "?graph=https://evil.example/graph.json",
    "?graph=//evil.example/graph.json",
    "?graph=http://news.example/graph.json",
    "?graph=data:application/json,{}",
    "?graph=file:///etc/passwd",
  ])("%s, anywhere else, is refused with a reason", (search) => {
    const linked = linkedGraph(page(search));
    expect(linked).toEqual({
      refused: expect.stringMatching(
        /^The link's graph .* was not opened: links open graph files of this site only\./,
      ),
    });
  });

  it("no graph in the link is the page's own", () => {
    expect(linkedGraph(page("?node=telegram"))).toBeNull();
  });

  it("a linked graph's parsed JSON goes through the import's checks", () => {
    const data: unknown = JSON.parse(readFileSync(join(HOSTILE, "proto-node.json"), "utf8"));
    expect(() => parseGraphData("proto-node.json", data)).toThrow(
      /^proto-node\.json could not be opened: the node key "__proto__" is not allowed/,
    );
    expectPrototypeUntouched();
    expect(parseGraphData("ok.json", { nodes: [{ key: "a" }] }).graph.order).toBe(1);
  });
});
