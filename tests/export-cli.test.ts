// `graph export` as a user runs it: each data format, filters reduce counts, usage and input errors.
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCli, root } from "./cli-helpers.ts";
import { standaloneAssets, standaloneCacheFile } from "../graph/cli/export-html.ts";
import { nodeXmlParsers } from "../graph/import/node-xml.ts";
import { IMPORT_LIMITS, parseGraphFile } from "../graph/import/parse.ts";

const fixture = path.join(root, "tests", "fixtures", "explorer-graph.json");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-export-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readBack = async (file: string) =>
  parseGraphFile(path.basename(file), await readFile(file, "utf8"), nodeXmlParsers).graph;

describe("graph export", () => {
  it("--help names every format and filter and says PNG drives headless Chromium", async () => {
    const { code, stdout } = await graphCli("export", "--help");
    expect(code).toBe(0);
    for (const word of [
      "png",
      "svg",
      "gexf",
      "graphml",
      "json",
      "csv",
      "html",
      "--focus",
      "--depth",
      "--actions",
      "--kinds",
      "--categories",
      "--articles",
      "--modality",
      "Chromium",
    ]) {
      expect(stdout).toContain(word);
    }
    expect((await graphCli("--help")).stdout).toContain("export");
  });

  it("writes each data format of the whole graph, and filters reduce the counts", async () => {
    const full = await readBack(fixture);
    const runs = await Promise.all(
      (["json", "gexf", "graphml"] as const).map(async (format) => {
        const all = path.join(dir, `all.${format}`);
        const view = path.join(dir, `view.${format}`);
        const [a, b] = await Promise.all([
          graphCli("export", fixture, "--format", format, "--out", all),
          graphCli(
            "export",
            fixture,
            "--format",
            format,
            "--focus",
            "telegram",
            "--actions",
            "blocks,restricts",
            "--out",
            view,
          ),
        ]);
        return { format, a, b, all: await readBack(all), view: await readBack(view) };
      }),
    );
    for (const { a, b, all, view } of runs) {
      expect(a.code).toBe(0);
      expect(b.code).toBe(0);
      expect(all.order).toBe(full.order);
      expect(all.size).toBe(full.size);
      expect(view.order).toBeLessThan(full.order);
      expect(view.size).toBeLessThan(full.size);
      expect(view.hasNode("telegram")).toBe(true);
      view.forEachEdge((_e, attrs) => expect(["blocks", "restricts"]).toContain(attrs.action));
    }
    const kinds = path.join(dir, "platforms.json");
    expect(
      (await graphCli("export", fixture, "--format", "json", "--kinds", "platform", "--out", kinds)).code,
    ).toBe(0);
    (await readBack(kinds)).forEachNode((_n, attrs) => expect(attrs.kind).toBe("platform"));
  });

  it("writes CSV as a zip and SVG with the labels, into a folder with a dated name", async () => {
    const zip = path.join(dir, "g.csv.zip");
    expect((await graphCli("export", fixture, "--format", "csv", "--out", zip)).code).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(await readFile(zip)))).sort()).toEqual([
      "articles.csv",
      "edges.csv",
      "nodes.csv",
    ]);
    const folder = path.join(dir, "out") + "/";
    const svg = await graphCli(
      "export",
      fixture,
      "--format",
      "svg",
      "--focus",
      "Telegram",
      "--legend",
      "--out",
      folder,
    );
    expect(svg.code).toBe(0);
    const name = /wrote (\S+)/.exec(svg.stderr)![1]!;
    expect(path.basename(name)).toMatch(/^newsgraph-telegram-\d{4}-\d\d-\d\dT\d{4}\.svg$/);
    expect(await readFile(name, "utf8")).toContain(">Telegram</text>");
  });

  it("writes a standalone HTML file: the graph embedded, no external scripts or styles", async () => {
    // A cache cut short (it made every later html export fail: "Unterminated string in JSON") is rebuilt.
    const cache = standaloneCacheFile();
    await mkdir(path.dirname(cache), { recursive: true });
    await writeFile(cache, '{"scripts":["const a');
    const out = path.join(dir, "snapshot.html");
    const run = await graphCli("export", fixture, "--format", "html", "--focus", "telegram", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(out, "utf8");
    expect(html).toContain('<script type="application/json" id="newsgraph-graph">');
    expect(html).toContain('<script type="module">');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const embedded = /id="newsgraph-graph">([^<]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(embedded).nodes.length).toBeLessThan(30);
    expect(JSON.parse(await readFile(cache, "utf8")).scripts.length).toBeGreaterThan(0);
  }, 240_000);

  it("rejects bad usage with exit 2 and a clear message", async () => {
    const cases: [string[], RegExp][] = [
      [["export", fixture, "--out", "x.json"], /--format is required/],
      [["export", fixture, "--format", "pdf", "--out", "x"], /unknown format "pdf"/],
      [["export", fixture, "--format", "json"], /--out <file> is required/],
      [["export", "--format", "json", "--out", "x"], /no graph file/],
      [["export", fixture, "--format", "json", "--out", "x", "--bogus"], /bogus/],
      [["export", fixture, "--format", "json", "--out", "x", "--focus", "nobody"], /no node "nobody"/],
      [
        ["export", fixture, "--format", "json", "--out", "x", "--actions", "hugs"],
        /"hugs" is not in the graph/,
      ],
      [["export", fixture, "--format", "json", "--out", "x", "--depth", "3"], /--depth is 1 or 2/],
      [["export", fixture, "--format", "json", "--out", "x", "--modality", "rumoured"], /unknown modality/],
    ];
    const results = await Promise.all(cases.map(([args]) => graphCli(...args)));
    results.forEach((result, i) => {
      expect(result.code, cases[i]![0].join(" ")).toBe(2);
      expect(result.stderr).toMatch(cases[i]![1]);
    });
    expect(existsSync(path.join(root, "x"))).toBe(false);
  });

  it("exits 1 on a missing, malformed or hostile graph file, writing nothing", async () => {
    const bad = path.join(dir, "bad.json");
    const hostile = path.join(dir, "hostile.gexf");
    await writeFile(bad, '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}');
    await writeFile(hostile, '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaa">]><gexf><graph/></gexf>');
    const out = path.join(dir, "never.json");
    const [missing, malformed, evil] = await Promise.all([
      graphCli("export", path.join(dir, "nope.json"), "--format", "json", "--out", out),
      graphCli("export", bad, "--format", "json", "--out", out),
      graphCli("export", hostile, "--format", "json", "--out", out),
    ]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read .*nope\.json/) });
    expect(malformed).toMatchObject({ code: 1, stderr: expect.stringMatching(/refers to the node "b"/) });
    expect(evil).toMatchObject({ code: 1, stderr: expect.stringMatching(/DOCTYPE/) });
    expect(existsSync(out)).toBe(false);
  });

  it("an empty view or graph writes nothing and exits 1 with a message", async () => {
    const empty = path.join(dir, "empty.json");
    await writeFile(
      empty,
      JSON.stringify({ attributes: {}, options: { type: "directed", multi: true }, nodes: [], edges: [] }),
    );
    const out = path.join(dir, "nothing.json");
    const [view, graph] = await Promise.all([
      // The fixture's platforms only, and only ownership, leaves no node with an edge.
      graphCli(
        "export",
        fixture,
        "--format",
        "json",
        "--kinds",
        "platform",
        "--actions",
        "owns",
        "--out",
        out,
      ),
      graphCli("export", empty, "--format", "gexf", "--out", out),
    ]);
    expect(view).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/nothing to export: no node .* passes these filters/),
    });
    expect(graph).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/nothing to export: .*empty\.json has no nodes/),
    });
    expect(existsSync(out)).toBe(false);
  });

  it("a graph file over the explorer's import limit is refused, naming the size and the limit", async () => {
    const huge = path.join(dir, "huge.json");
    // Sparse: the size is what counts, the bytes are never read.
    await writeFile(huge, "");
    await truncate(huge, Math.round(137.1 * 1024 * 1024));
    const run = await graphCli("export", huge, "--format", "json", "--out", path.join(dir, "huge-out.json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.json is too large \(137\.1 MB; the limit is 64 MB\)/);
    expect(IMPORT_LIMITS.maxBytes).toBe(64 * 1024 * 1024);
  });
});

describe("the standalone snapshot's asset cache", () => {
  const built = { scripts: ["console.log('explorer')"], styles: ["body{}"] };

  it("rebuilds a truncated cache file (which made every later html export fail) and rewrites it whole", async () => {
    const cacheDir = await mkdtemp(path.join(dir, "cache-"));
    let builds = 0;
    const build = async () => {
      builds++;
      return built;
    };
    expect(await standaloneAssets({ cacheDir, build })).toEqual(built);
    const [file] = await readdir(cacheDir);
    const whole = await readFile(path.join(cacheDir, file!), "utf8");
    expect(JSON.parse(whole)).toEqual(built);

    await writeFile(path.join(cacheDir, file!), whole.slice(0, 20)); // `{"scripts":["console`
    expect(await standaloneAssets({ cacheDir, build })).toEqual(built);
    expect(builds).toBe(2);
    expect(await readdir(cacheDir)).toEqual([file]); // atomic: no temporary file left
    expect(await readFile(path.join(cacheDir, file!), "utf8")).toBe(whole);

    expect(await standaloneAssets({ cacheDir, build })).toEqual(built);
    expect(builds).toBe(2); // a good copy is used as it is
  });

  it("does not trust a cache file that parses but holds no script", async () => {
    const cacheDir = await mkdtemp(path.join(dir, "cache-"));
    await standaloneAssets({ cacheDir, build: async () => built });
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file!), JSON.stringify({ scripts: [], styles: [] }));
    const rebuilt = { scripts: ["again"], styles: [] };
    expect(await standaloneAssets({ cacheDir, build: async () => rebuilt })).toEqual(rebuilt);
  });
});
