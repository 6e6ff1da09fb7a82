// Our GEXF and GraphML exports read by the real NetworkX (the Python client analysts use): every Python 3 on
// this machine that has networkx (Debian's python3-networkx 2.8 in /usr/bin, a pip 3.x first on PATH) reads
// both files, and finds the same nodes, labels, edges and actions. Skipped with a message when no Python has
// networkx, unless E2E=required (as in .ci/run, which installs python3-networkx), where that is a failure.
import { execFileSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGexf } from "../graph/export/gexf.ts";
import { toGraphml } from "../graph/export/graphml.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { graphCli } from "./cli-helpers.ts";
import { loadFixture, tinyGraph } from "./view-helpers.ts";

interface Python {
  executable: string;
  networkx: string;
}

/** Each distinct Python 3 with networkx importable, with its networkx version. */
function pythonsWithNetworkx(): Python[] {
  const found = new Map<string, Python>();
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    try {
      const out = execFileSync(
        candidate,
        ["-c", "import sys, networkx; print(sys.executable); print(networkx.__version__)"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
      ).trim();
      const [executable, networkx] = out.split("\n") as [string, string];
      const real = realpathSync(executable);
      if (!found.has(`${real} ${networkx}`)) found.set(`${real} ${networkx}`, { executable, networkx });
    } catch {
      // no such interpreter, or no networkx in it
    }
  }
  return [...found.values()];
}

const pythons = pythonsWithNetworkx();
const required = process.env.E2E === "required";
const missing =
  "NetworkX interoperability tests skipped: no python3 with networkx (apt-get install -y python3-networkx)." +
  (required ? " E2E=required, so this fails." : " Set E2E=required to make this a failure.");
if (pythons.length === 0) console.warn(missing);

// Reads a GEXF or GraphML file with networkx and prints what a user would look at.
const READER = `
import json, sys, networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
edges = g.edges(data=True)
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": sorted([n, d.get("label")] for n, d in g.nodes(data=True)),
  "edges": sorted([s, t, d.get("action")] for s, t, d in edges),
  "viz": {n: d.get("viz", {}).get("color") for n, d in g.nodes(data=True)} if fmt == "gexf" else {},
}))
`;

interface Seen {
  directed: boolean;
  nodes: [string, string][];
  edges: [string, string, string][];
  viz: Record<string, { r: number; g: number; b: number } | null>;
}

function readWith(python: Python, file: string, format: "gexf" | "graphml"): Seen {
  return JSON.parse(
    execFileSync(python.executable, ["-c", READER, file, format], { encoding: "utf8" }),
  ) as Seen;
}

const expected = (graph: NewsGraph) => ({
  nodes: graph.mapNodes((n, a) => [n, a.label]).sort(),
  edges: graph.mapEdges((_e, a, s, t) => [s, t, a.action]).sort(),
});

/** Labels with markup, quotes, commas, a line break and non-Latin script; parallel edges and a self-loop. */
function awkwardGraph(): NewsGraph {
  const graph = tinyGraph(
    [
      ["kremlin", "actor", "government", ['The "Kremlin"', "Moscow, Russia"]],
      ["max", "platform", "messenger"],
      ["youtube", "platform", "video", ["Ютуб"]],
    ],
    [
      ["kremlin", "promotes", "max"],
      ["kremlin", "restricts", "youtube", [{ sentence: 'He said, "slow it"\nnow & <then>.' }]],
      ["kremlin", "blocks", "youtube"],
      ["max", "alternative_to", "max"],
    ],
  );
  graph.setNodeAttribute("kremlin", "label", "Russian <government> & 'friends'");
  graph.setNodeAttribute("youtube", "label", "Ютуб, YouTube");
  graph.setNodeAttribute("max", "color", "#0077BB");
  return graph;
}

describe.runIf(pythons.length === 0 && required)("NetworkX reads our exports (required)", () => {
  it("needs python3 with networkx", () => {
    throw new Error(missing);
  });
});

describe.runIf(pythons.length > 0)("NetworkX reads our exports", () => {
  let dir: string;
  const fixture = loadFixture();
  const awkward = awkwardGraph();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "newsgraph-networkx-"));
    // The fixture as a user exports it, through the CLI; the awkward graph straight from the writers.
    for (const format of ["gexf", "graphml"] as const) {
      const run = await graphCli(
        "export",
        "tests/fixtures/explorer-graph.json",
        "--format",
        format,
        "--out",
        join(dir, `fixture.${format}`),
      );
      expect(run.code, run.stderr).toBe(0);
    }
    writeFileSync(join(dir, "awkward.gexf"), toGexf(awkward));
    writeFileSync(join(dir, "awkward.graphml"), toGraphml(awkward));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const python of pythons) {
    for (const format of ["gexf", "graphml"] as const) {
      it(`networkx ${python.networkx} (${python.executable}) reads the ${format.toUpperCase()} exports: same nodes, labels, edges and actions`, () => {
        for (const [name, graph] of [
          ["fixture", fixture],
          ["awkward", awkward],
        ] as const) {
          const seen = readWith(python, join(dir, `${name}.${format}`), format);
          expect(seen.directed).toBe(true);
          expect(seen.nodes.sort()).toEqual(expected(graph).nodes);
          expect(seen.edges.sort()).toEqual(expected(graph).edges);
          if (format === "gexf" && name === "awkward")
            expect(seen.viz.max).toEqual({ r: 0, g: 119, b: 187, a: 1 });
        }
      });
    }
  }
});
