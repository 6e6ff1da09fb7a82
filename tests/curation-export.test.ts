// Exports carry a curation: confirmed evidence and evidence added by hand are marked, what was rejected is
// left out, notes are kept wherever the format holds them, and opening an export again keeps all of it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCuration } from "../graph/curation/index.ts";
import { toCsvFiles } from "../graph/export/csv.ts";
import { toGexf } from "../graph/export/gexf.ts";
import { toGraphml } from "../graph/export/graphml.ts";
import { toGraphJson } from "../graph/export/json.ts";
import { exportedGraph } from "../graph/export/view.ts";
import { defaultViewState } from "../graph/view/state.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { parseGraphFile } from "../graph/import/parse.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { root } from "./cli-helpers.ts";
import { curationFile, SOURCES } from "./curation-helpers.ts";

let work: string;
let curated: NewsGraph;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "newsgraph-curation-export-"));
  const out = path.join(work, "plain.json");
  execFileSync(
    process.execPath,
    ["--import", "tsx", "graph/cli.ts", "build", SOURCES, "--out", out, "--no-cache", "--quiet"],
    {
      cwd: root,
    },
  );
  curated = new MultiDirectedGraph({ allowSelfLoops: true });
  curated.import(JSON.parse(readFileSync(out, "utf8")));
  applyCuration(curated, curationFile());
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const REJECTED_EDGES = ["vk|owns|vkontakte", "roskomnadzor|blocks|signal"];

function checkCurated(graph: NewsGraph, format: string): void {
  for (const edge of REJECTED_EDGES) expect(graph.hasEdge(edge), `${format}: ${edge}`).toBe(false);
  expect(graph.hasNode("chirpr"), format).toBe(false);
  const fined = graph.getEdgeAttributes("roskomnadzor|fines|telegram");
  expect(fined.evidence[0]!.confirmed, format).toBe(true);
  expect(fined.notes, format).toEqual([
    { text: "Checked against the court record.", at: "2026-12-02T10:10:00Z" },
  ]);
  expect(graph.getEdgeAttribute("roskomnadzor|restricts|telegram", "evidence")[0]!.rule, format).toBe(
    "manual",
  );
  expect(graph.getNodeAttribute("roskomnadzor", "notes"), format).toEqual([
    { text: "Russia's communications regulator.", at: "2026-12-02T10:09:00Z", author: "Ana" },
  ]);
}

describe("exports of a curated graph", () => {
  it("graph JSON and GraphML keep the marks, the notes and the curation file", () => {
    for (const [name, text] of [
      ["g.json", toGraphJson(curated)],
      ["g.graphml", toGraphml(curated)],
    ] as const) {
      const { graph } = parseGraphFile(name, text, nodeXmlParsers);
      checkCurated(graph, name);
      expect(graph.getAttribute("curation"), name).toEqual(curationFile());
    }
  });

  it("a standalone snapshot's graph carries the curation file", () => {
    const view = exportedGraph(curated, defaultViewState(), "graph");
    expect(view.getAttribute("curation")).toEqual(curationFile());
    checkCurated(view, "standalone");
  });

  it("GEXF keeps the marks and the notes (its metadata holds no curation file)", () => {
    const gexf = toGexf(curated);
    expect(gexf).toContain('<attribute id="notes" title="notes" type="string"/>');
    checkCurated(parseGraphFile("g.gexf", gexf, nodeXmlParsers).graph, "gexf");
  });

  it("CSV says which sentences a person confirmed or added, and the notes", () => {
    const files = toCsvFiles(curated);
    const edges = files["edges.csv"].split("\r\n");
    expect(edges[0]).toMatch(/,rule,date,date_source,first_seen,last_seen,confirmed,edge_notes$/);
    const fined = edges.find((row) => row.startsWith("roskomnadzor|fines|telegram,"))!;
    expect(fined).toMatch(
      /,verbal\.subject(,[^,]*){4},yes,Checked against the court record\. \(2026-12-02T10:10:00Z\)$/,
    );
    expect(edges.find((row) => row.startsWith("roskomnadzor|restricts|telegram,"))).toMatch(
      /,manual(,[^,]*){4},,$/,
    );
    for (const edge of REJECTED_EDGES) expect(edges.some((row) => row.startsWith(`${edge},`))).toBe(false);
    const nodes = files["nodes.csv"].split("\r\n");
    expect(nodes[0]).toMatch(/,color,notes$/);
    expect(nodes.find((row) => row.startsWith("roskomnadzor,"))).toMatch(
      /,"Russia's communications regulator\. \(Ana, 2026-12-02T10:09:00Z\)"$/,
    );
  });
});
