// Snapshot data formats in Node: graph → GEXF / GraphML / JSON → graph keeps what each format can hold;
// CSV quoting (RFC 4180); SVG is XML with the labels of what it shows; file names.
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { contractCopy } from "../graph/export/contract.ts";
import { csvField, csvTable, toCsvFiles, toCsvZip } from "../graph/export/csv.ts";
import { snapshotFileName } from "../graph/export/filename.ts";
import { hexToRgba, toGexf } from "../graph/export/gexf.ts";
import { toGraphml } from "../graph/export/graphml.ts";
import { toGraphJson } from "../graph/export/json.ts";
import { toSvg } from "../graph/export/svg.ts";
import { exportedGraph } from "../graph/export/view.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { parseGraphFile } from "../graph/import/parse.ts";
import { defaultViewState, viewStateFromOptions } from "../graph/view/state.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

/** A small graph with every awkward character an attribute can hold. */
function awkwardGraph(): NewsGraph {
  const graph = tinyGraph(
    [
      ["a", "actor", "government", ['The "Kremlin"', "Moscow, Russia", "<b>bold</b> & co"]],
      ["b", "platform", "messenger", []],
      ["c", "platform", "video", ["Ютуб"]],
    ],
    [
      [
        "a",
        "blocks",
        "b",
        [{ sentence: 'He said, "block it"\nnow.', start: 3, end: 28, modality: "alleged" }],
      ],
      ["a", "restricts", "b", [{ sentence: "Tabs\tand ]]> & <script>x</script>", start: 40, end: 70 }]],
      ["c", "alternative_to", "b", []],
    ],
  );
  graph.setNodeAttribute("a", "label", "Russian <government> & 'friends'");
  graph.updateEachNodeAttributes((node, a) => ({
    ...a,
    x: node.charCodeAt(0) * 1.5,
    y: -2.25,
    size: 7.5,
    color: "#D55E00",
  }));
  graph.setEdgeAttribute("a->blocks->b", "cameo", "171");
  // A capped edge: one evidence item kept of the five found.
  graph.mergeEdgeAttributes("a->blocks->b", { weight: 5, evidenceTotal: 5 });
  graph.replaceAttributes({
    articles: [
      { id: "a.txt", title: "T", date: "2025-08-01", url: null, publisher: "P", words: 3, text: "x y z" },
    ],
    builtWith: { version: "0.1.0", options: { keepIsolated: false } },
  });
  return graph;
}

function elements(graph: NewsGraph) {
  return {
    nodes: graph.mapNodes((key, a) => ({ key, ...a })),
    edges: graph.mapEdges((key, a, source, target) => ({ key, source, target, ...a })),
  };
}

describe("round trips", () => {
  for (const [name, make] of [
    ["fixture", () => loadFixture()],
    ["awkward", awkwardGraph],
  ] as const) {
    it(`graph → JSON → graph keeps everything (${name})`, () => {
      const graph = make();
      const back = parseGraphFile("g.json", toGraphJson(graph), nodeXmlParsers);
      expect(back.format).toBe("json");
      expect(back.graph.export()).toEqual(contractCopy(graph).export());
    });

    it(`graph → GraphML → graph keeps everything (${name})`, () => {
      const graph = make();
      const back = parseGraphFile("g.graphml", toGraphml(graph), nodeXmlParsers);
      expect(back.format).toBe("graphml");
      expect(elements(back.graph)).toEqual(elements(contractCopy(graph)));
      expect(back.graph.getAttributes()).toEqual(contractCopy(graph).getAttributes());
    });

    it(`graph → GEXF → graph keeps nodes, edges and their attributes (${name})`, () => {
      const graph = make();
      const back = parseGraphFile("g.gexf", toGexf(graph), nodeXmlParsers);
      expect(back.format).toBe("gexf");
      expect(elements(back.graph)).toEqual(elements(contractCopy(graph)));
    });
  }

  it("GEXF is 1.2draft (what NetworkX 2.8 and 3.x read) with viz colour as r/g/b, size, position and typed columns", () => {
    const gexf = toGexf(awkwardGraph());
    const doc = new DOMParser().parseFromString(gexf, "application/xml");
    expect(doc.documentElement!.getAttribute("version")).toBe("1.2");
    expect(doc.documentElement!.namespaceURI).toBe("http://www.gexf.net/1.2draft");
    expect(gexf).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(gexf).not.toContain("hex=");
    // #D55E00
    expect(gexf).toMatch(/<viz:color r="213" g="94" b="0"\/>/);
    expect(gexf).toMatch(/<viz:position x="145.5" y="-2.25" z="0"/);
    expect(gexf).toMatch(/<viz:size value="7.5"/);
    for (const column of [
      'id="kind"',
      'id="category"',
      'id="action"',
      'id="evidence"',
      'id="mentions" title="mentions" type="integer"',
    ]) {
      expect(gexf).toContain(column);
    }
  });

  it("GEXF colours keep their alpha and short hex forms", () => {
    expect(hexToRgba("#0a141e")).toEqual({ r: 10, g: 20, b: 30, a: 1 });
    expect(hexToRgba("#fa0")).toEqual({ r: 255, g: 170, b: 0, a: 1 });
    expect(hexToRgba("#FFFFFF80")).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(hexToRgba("red")).toBeNull();
  });

  it("GEXF re-imports with graphology-gexf itself", () => {
    const graph = awkwardGraph();
    const back = parseGexf(MultiGraph, new DOMParser().parseFromString(toGexf(graph), "application/xml"));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute("a", "label")).toBe("Russian <government> & 'friends'");
    expect(back.getNodeAttribute("a", "color")).toBe("rgb(213,94,0)");
    expect(back.getEdgeAttribute("a->blocks->b", "action")).toBe("blocks");
  });

  it("GraphML declares typed keys", () => {
    const graphml = toGraphml(awkwardGraph());
    expect(graphml).toContain('attr.name="mentions" attr.type="int"');
    expect(graphml).toContain('attr.name="x" attr.type="double"');
    expect(graphml).toContain('attr.name="evidence" attr.type="string"');
  });

  it("exports of the view hold only what the filters show", () => {
    const graph = loadFixture();
    const state = viewStateFromOptions({ focus: ["telegram"], depth: 1, actions: ["blocks", "restricts"] });
    const view = exportedGraph(graph, state, "view");
    expect(view.order).toBeGreaterThan(1);
    expect(view.order).toBeLessThan(graph.order);
    view.forEachEdge((_e, a) => expect(["blocks", "restricts"]).toContain(a.action));
    expect(exportedGraph(graph, defaultViewState(), "graph").order).toBe(graph.order);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks (RFC 4180) and ends rows with CRLF", () => {
    expect(csvField("plain")).toBe("plain");
    // untrusted text never becomes a spreadsheet formula; numbers stay numbers
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvTable(["x", "y"], [[1, "a,b"]])).toBe('x,y\r\n1,"a,b"\r\n');
  });

  it("quotes ; and tabs, and neutralises formula starts after any delimiter a spreadsheet may split on", () => {
    expect(csvField("Semi;=cmd|' /C calc'!A0")).toBe(`"Semi;'=cmd|' /C calc'!A0"`);
    expect(csvField("tab\there")).toBe('"tab\there"');
    expect(csvField("a\t@SUM(A1)")).toBe(`"a\t'@SUM(A1)"`);
    expect(csvField("a,+1;-2")).toBe(`"a,'+1;'-2"`);
    expect(csvField("\t=1")).toBe(`"'\t=1"`);
    expect(csvField("x;\r=1")).toBe(`"x;'\r=1"`);
    // an ordinary sentence keeps its text; only a delimiter directly before a formula start counts
    expect(csvField("Fines rose 5-10%; officials said -")).toBe('"Fines rose 5-10%; officials said -"');
    const rows = parseCsv(csvTable(["a", "b"], [["Semi;=x", "t\tu"]]));
    expect(rows).toEqual([
      ["a", "b"],
      ["Semi;'=x", "t\tu"],
    ]);
  });

  it("has one edges row per evidence item, and a zip of the three tables", () => {
    const graph = awkwardGraph();
    const files = toCsvFiles(graph);
    expect(files["edges.csv"]).toContain('"He said, ""block it""\nnow."');
    const rows = parseCsv(files["edges.csv"]);
    expect(rows[0]).toEqual(
      expect.arrayContaining(["edge", "source", "action", "target", "sentence", "modality"]),
    );
    // 2 edges with one evidence item each, 1 edge without evidence: 3 rows after the header.
    expect(rows.length).toBe(4);
    expect(rows[1]![rows[0]!.indexOf("sentence")]).toBe('He said, "block it"\nnow.');
    const nodes = parseCsv(files["nodes.csv"]);
    expect(nodes[1]![nodes[0]!.indexOf("aliases")]).toBe('The "Kremlin" | Moscow, Russia | <b>bold</b> & co');
    const zip = unzipSync(toCsvZip(graph));
    expect(Object.keys(zip).sort()).toEqual(["articles.csv", "edges.csv", "nodes.csv"]);
    expect(strFromU8(zip["edges.csv"]!)).toBe(files["edges.csv"]);
    expect(toCsvZip(graph)).toEqual(toCsvZip(graph));
  });
});

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("SVG", () => {
  it("parses as XML and holds every shown node's label, arrows, curved parallel edges and the legend", () => {
    const graph = awkwardGraph();
    const svg = toSvg(graph, { legend: true, caption: "Newsgraph · <test> & more" });
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    }).parseFromString(svg, "image/svg+xml");
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    for (const label of graph.mapNodes((_n, a) => a.label)) expect(texts).toContain(label);
    expect(texts).toContain("Newsgraph · <test> & more");
    expect(texts.some((t) => t?.startsWith("messenger"))).toBe(true);
    const paths = Array.from(doc.getElementsByTagName("path")).map((p) => p.getAttribute("d") ?? "");
    expect(paths.filter((d) => d.includes("Q")).length).toBe(2); // blocks and restricts a → b fan out
    expect(svg).toContain('marker-end="url(#arrow-');
  });

  it("of the fixture view shows only the view's labels", () => {
    const graph = loadFixture();
    const view = exportedGraph(graph, viewStateFromOptions({ focus: ["telegram"] }), "view");
    const svg = toSvg(view);
    expect(svg).toContain(">Telegram</text>");
    const hidden = graph.filterNodes((n) => !view.hasNode(n)).map((n) => graph.getNodeAttribute(n, "label"));
    for (const label of hidden) expect(svg).not.toContain(`>${label}</text>`);
  });
});

describe("file names", () => {
  it("say what the snapshot holds and when", () => {
    const graph = loadFixture();
    const when = new Date(2026, 10, 23, 10, 30);
    const focus = viewStateFromOptions({ focus: ["telegram"] });
    expect(snapshotFileName(graph, focus, "view", "png", when)).toBe(
      "newsgraph-telegram-2026-11-23T1030.png",
    );
    expect(snapshotFileName(graph, focus, "graph", "csv", when)).toBe(
      "newsgraph-graph-2026-11-23T1030.csv.zip",
    );
    const filtered = viewStateFromOptions({ actions: ["blocks"] });
    expect(snapshotFileName(graph, filtered, "view", "gexf", when)).toBe(
      "newsgraph-view-2026-11-23T1030.gexf",
    );
  });

  it("PNG 1× and 2× of the same view get different names", () => {
    const graph = loadFixture();
    const when = new Date(2026, 10, 23, 10, 30);
    const focus = viewStateFromOptions({ focus: ["telegram"] });
    const one = snapshotFileName(graph, focus, "view", "png", when, 1);
    const two = snapshotFileName(graph, focus, "view", "png", when, 2);
    expect(two).toBe("newsgraph-telegram-2026-11-23T1030@2x.png");
    expect(one).not.toBe(two);
    // Only images have a pixel density.
    expect(snapshotFileName(graph, focus, "view", "svg", when, 2)).toBe(
      "newsgraph-telegram-2026-11-23T1030.svg",
    );
  });
});
