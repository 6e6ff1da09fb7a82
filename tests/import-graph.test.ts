// Opening graph files (Node side of what the explorer does): malformed, oversized and hostile files get a
// clear message; GEXF/GraphML from other tools get sane defaults; merging new articles' resolution.
import { describe, expect, it } from "vitest";
import { resolve } from "../graph/merge/resolve.ts";
import { compileLexicon, defaultLexicon, extractArticle } from "../graph/extract/index.ts";
import { mergeArticles, uniqueArticleId } from "../graph/import/merge.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { GraphImportError, IMPORT_LIMITS, parseGraphFile } from "../graph/import/parse.ts";
import type { Article } from "../graph/types.ts";
import { loadFixture } from "./view-helpers.ts";

const open = (name: string, text: string) => parseGraphFile(name, text, nodeXmlParsers);

describe("opening graph files", () => {
  it.each([
    ["empty.json", "   ", /empty/],
    ["bad.json", "{ nodes: [", /not valid JSON/],
    ["list.json", "[1, 2]", /not a graph/],
    ["other.json", '{"hello": 1}', /not a graph/],
    [
      "dangling.json",
      '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"zz"}]}',
      /refers to the node "zz"/,
    ],
    ["twice.json", '{"nodes":[{"key":"a"},{"key":"a"}]}', /"a" appears twice/],
    [
      "broken.gexf",
      "<gexf><graph><nodes><node id='a' id='b'/></nodes></graph></gexf>",
      /not well-formed XML/,
    ],
    ["cut.gexf", "<gexf><graph><nodes><node id='a", /not well-formed XML/],
    ["laughs.gexf", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaa">]><gexf><graph/></gexf>', /DOCTYPE/],
    ["nograph.graphml", "<graphml></graphml>", /no <graph>/],
    ["binary.gexf", "<gexf>\u0000\u0001</gexf>", /binary/],
    ["notes.txt", "hello", /not a graph file/],
    [
      "dangling.gexf",
      '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="zz"/></edges></graph></gexf>',
      /edge #1 \(a → zz\) refers to the node "zz", which is not in the file/,
    ],
    [
      "dangling.graphml",
      '<graphml><graph edgedefault="directed"><node id="a"/><edge source="q" target="a"/></graph></graphml>',
      /refers to the node "q", which is not in the file/,
    ],
  ])("%s is refused with a clear message", (name, text, message) => {
    expect(() => open(name, text)).toThrow(GraphImportError);
    // Messages speak of the file, never of parser options or library names.
    expect(() => open(name, text)).not.toThrow(/addMissingNodes|parser|option/);
    expect(() => open(name, text)).toThrow(message);
    expect(() => open(name, text)).toThrow(/current graph is unchanged/);
  });

  it("refuses oversized files before parsing them", () => {
    const big = "{" + " ".repeat(IMPORT_LIMITS.maxChars) + "}";
    expect(() => open("big.json", big)).toThrow(/too large/);
  });

  it("fills defaults for a GEXF from another tool and keeps markup as plain text", () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="1" label="&lt;img src=x onerror=alert(1)&gt;"><viz:color r="10" g="20" b="30"/></node>
      <node id="2"/>
    </nodes>
    <edges><edge id="e" source="1" target="2" label="Funds"/><edge source="2" target="1"/></edges>
  </graph>
</gexf>`;
    const { graph, format } = open("gephi.gexf", gexf);
    expect(format).toBe("gexf");
    expect(graph.getNodeAttributes("1")).toMatchObject({
      label: "<img src=x onerror=alert(1)>",
      kind: "actor",
      category: "group",
      aliases: [],
      color: "#0A141E",
      mentions: 0,
    });
    expect(graph.getNodeAttribute("2", "label")).toBe("2");
    for (const node of ["1", "2"]) {
      expect(Number.isFinite(graph.getNodeAttribute(node, "x"))).toBe(true);
      expect(graph.getNodeAttribute(node, "size")).toBeGreaterThan(0);
    }
    expect(graph.getEdgeAttributes("e")).toEqual({ action: "funds", cameo: null, weight: 1, evidence: [] });
    expect(graph.size).toBe(2);
  });

  it("drops unknown attributes and malformed evidence from graph JSON", () => {
    const json = JSON.stringify({
      attributes: { articles: [{ id: "a", title: "T", text: "x" }, { nope: 1 }], __proto__x: 1 },
      nodes: [
        { key: "a", attributes: { label: "A", kind: "platform", category: "Messenger", evil: "<script>" } },
        { key: 2, attributes: { x: "12", y: 3 } },
      ],
      edges: [
        {
          source: "a",
          target: "2",
          attributes: {
            action: "blocks",
            evidence: [{ article: "a", sentence: "s", start: 1, end: 2, modality: "odd" }, 7],
          },
        },
      ],
    });
    const { graph } = open("g.json", json);
    expect(graph.getNodeAttributes("a")).not.toHaveProperty("evil");
    expect(graph.getNodeAttribute("a", "category")).toBe("messenger");
    expect(graph.getNodeAttribute("2", "x")).toBe(12);
    expect(graph.getAttribute("articles").map((a) => a.id)).toEqual(["a"]);
    const [edge] = graph.edges();
    expect(graph.getEdgeAttribute(edge!, "evidence")).toEqual([
      { article: "a", sentence: "s", start: 1, end: 2, modality: "asserted" },
    ]);
  });
});

describe("adding articles", () => {
  it("merges new nodes and edges into a copy, with evidence pointing to the new article", () => {
    const graph = loadFixture();
    const article: Article = {
      id: uniqueArticleId("pasted-article-1.txt", new Set(["pasted-article-1.txt"])),
      title: "India bans TikTok",
      date: null,
      url: null,
      publisher: null,
      text: "India bans TikTok\n\nThe Indian government banned TikTok and WeChat on Monday.\n",
    };
    expect(article.id).toBe("pasted-article-1 (2).txt");
    const lexicon = compileLexicon(defaultLexicon());
    const merged = mergeArticles(graph, [article], resolve([extractArticle(article, lexicon)]));
    expect(merged.addedNodes).toContain("tiktok");
    expect(merged.graph.order).toBe(graph.order + merged.addedNodes.length);
    expect(graph.hasNode("tiktok")).toBe(false); // the original is untouched
    for (const edge of [...merged.addedEdges, ...merged.updatedEdges]) {
      expect(merged.graph.getEdgeAttribute(edge, "evidence").some((e) => e.article === article.id)).toBe(
        true,
      );
    }
    expect(merged.graph.getAttribute("articles").some((a) => a.id === article.id)).toBe(true);
    const tiktok = merged.graph.getNodeAttributes("tiktok");
    expect(Number.isFinite(tiktok.x) && Number.isFinite(tiktok.y) && tiktok.size > 0).toBe(true);
  });
});
