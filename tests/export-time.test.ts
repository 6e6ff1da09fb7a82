// Time in exports: `graph export --from/--to/--undated` keeps the evidence the page lists for that range,
// GEXF carries start/end that NetworkX reads back (a dynamic graph, as Gephi's timeline plays it), GraphML
// and CSV carry the date columns.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../graph/merge/index.ts";
import { toCsvZip } from "../graph/export/csv.ts";
import { toGexf } from "../graph/export/gexf.ts";
import { toGraphml } from "../graph/export/graphml.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { parseGraphFile } from "../graph/import/parse.ts";
import { seenAttributes } from "../graph/time/span.ts";
import {
  computeVisibility,
  defaultViewState,
  setHideUndated,
  setTimeRange,
  visibleEvidence,
} from "../graph/view/index.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { graphCli } from "./cli-helpers.ts";
import { tinyGraph } from "./view-helpers.ts";

function datedGraph(): NewsGraph {
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
          { sentence: "Russia blocked Telegram in April 2018.", date: "2018-04", dateSource: "text" },
          {
            sentence: "Russia unblocked Telegram in June 2020.",
            start: 50,
            date: "2020-06-18",
            dateSource: "text",
          },
        ],
      ],
      [
        "russia",
        "restricts",
        "whatsapp",
        [{ sentence: "Calls were restricted.", date: "2024-08-09", dateSource: "article" }],
      ],
      ["meta", "owns", "whatsapp", [{ sentence: "Meta owns WhatsApp." }]],
    ],
  );
  graph.forEachEdge((edge, a) =>
    graph.mergeEdgeAttributes(edge, { weight: a.evidence.length, ...seenAttributes(a.evidence) }),
  );
  return graph;
}

let dir: string;
const graph = datedGraph();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-time-"));
  writeFileSync(join(dir, "g.json"), serializeGraph(graph as never));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("graph export --from --to", () => {
  it("selects the edges and the evidence the page shows for the range", async () => {
    const out = join(dir, "range.json");
    const run = await graphCli(
      "export",
      join(dir, "g.json"),
      "--format",
      "json",
      "--from",
      "2019",
      "--to",
      "2024-12",
      "--undated",
      "exclude",
      "--out",
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    const data = JSON.parse(readFileSync(out, "utf8"));
    const state = setHideUndated(true)(setTimeRange("2019", "2024-12")(defaultViewState()));
    const visible = computeVisibility(graph, state);
    expect(data.edges.map((e: { key: string }) => e.key).sort()).toEqual([...visible.edges].sort());
    for (const edge of data.edges) {
      const page = visibleEvidence(graph.getEdgeAttribute(edge.key, "evidence"), state);
      expect(edge.attributes.evidence).toEqual(page);
      expect(edge.attributes.weight).toBe(page.length);
    }
    const telegram = data.edges.find((e: { key: string }) => e.key === "russia->blocks->telegram");
    expect([telegram.attributes.firstSeen, telegram.attributes.lastSeen]).toEqual([
      "2020-06-18",
      "2020-06-18",
    ]);
  });
  it("keeps undated evidence by default, and refuses a date it cannot read", async () => {
    const out = join(dir, "undated.json");
    const run = await graphCli(
      "export",
      join(dir, "g.json"),
      "--format",
      "json",
      "--from",
      "2024",
      "--out",
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    const keys = JSON.parse(readFileSync(out, "utf8"))
      .edges.map((e: { key: string }) => e.key)
      .sort();
    expect(keys).toEqual(["meta->owns->whatsapp", "russia->restricts->whatsapp"]);
    const bad = await graphCli(
      "export",
      join(dir, "g.json"),
      "--format",
      "json",
      "--from",
      "August",
      "--out",
      out,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--from expects a year, month or day (2024, 2024-01, 2024-01-31), not "August"',
    );
  });
});

describe("round trips keep the dates", () => {
  it.each(["json", "gexf", "graphml"] as const)("graph → %s → graph", (format) => {
    const text =
      format === "json"
        ? serializeGraph(graph as never)
        : format === "gexf"
          ? toGexf(graph)
          : toGraphml(graph);
    const back = parseGraphFile(`g.${format}`, text, nodeXmlParsers).graph;
    graph.forEachEdge((edge, a) => {
      const b = back.getEdgeAttributes(edge);
      expect([b.firstSeen, b.lastSeen]).toEqual([a.firstSeen, a.lastSeen]);
      expect(b.evidence.map((e) => [e.date, e.dateSource])).toEqual(
        a.evidence.map((e) => [e.date, e.dateSource]),
      );
    });
  });
});

describe("date columns", () => {
  it("GraphML has firstSeen and lastSeen keys; CSV has date, date_source, first_seen, last_seen", () => {
    const graphml = toGraphml(graph);
    expect(graphml).toContain('attr.name="firstSeen" attr.type="string"');
    expect(graphml).toContain(
      '<data key="e_firstSeen">2018-04</data><data key="e_lastSeen">2020-06-18</data>',
    );
    const edges = strFromU8(unzipSync(toCsvZip(graph))["edges.csv"]!).split("\r\n");
    // (then the curation's columns, confirmed and edge_notes, empty here)
    expect(edges[0]).toMatch(/,date,date_source,first_seen,last_seen,confirmed,edge_notes$/);
    expect(edges.find((row) => row.includes("June 2020"))).toMatch(/,2020-06-18,text,2018-04,2020-06-18,,$/);
    expect(edges.find((row) => row.includes("Meta owns"))).toMatch(/,,,,,,$/);
  });
});

// NetworkX, as in tests/interop-networkx.test.ts: skipped with a note unless E2E=required.
const python = (() => {
  try {
    execFileSync("python3", ["-c", "import networkx"], { stdio: "ignore" });
    return "python3";
  } catch {
    return null;
  }
})();
const required = process.env.E2E === "required";

describe.runIf(python !== null || required)("GEXF with time, read by NetworkX", () => {
  it("is a dynamic graph: edges from first to last evidence date, nodes over their edges, undated ones open", () => {
    if (!python) throw new Error("python3 with networkx is required (apt-get install -y python3-networkx)");
    const file = join(dir, "g.gexf");
    writeFileSync(file, toGexf(graph));
    const reader = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "mode": g.graph.get("mode"),
  "nodes": {n: [d.get("start"), d.get("end")] for n, d in g.nodes(data=True)},
  "edges": sorted([s, t, d.get("action"), d.get("start"), d.get("end"), d.get("firstSeen")] for s, t, d in g.edges(data=True)),
}))`;
    const seen = JSON.parse(execFileSync(python, ["-c", reader, file], { encoding: "utf8" }));
    expect(seen.mode).toBe("dynamic");
    expect(seen.nodes).toEqual({
      russia: ["2018-04-01", "2024-08-09"],
      telegram: ["2018-04-01", "2020-06-18"],
      whatsapp: ["2024-08-09", "2024-08-09"],
      meta: [null, null],
    });
    expect(seen.edges).toEqual([
      ["meta", "whatsapp", "owns", null, null, null],
      ["russia", "telegram", "blocks", "2018-04-01", "2020-06-18", "2018-04"],
      ["russia", "whatsapp", "restricts", "2024-08-09", "2024-08-09", "2024-08-09"],
    ]);
  });
});
