// `graph build --curation`, `graph curation apply` and `graph curation to-lexicon`, run as a user runs
// them, on a small corpus whose extraction the test names (tests/curation-helpers.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.ts";
import { graphCli } from "./cli-helpers.ts";
import { ADDED, curationFile, OPERATIONS, SOURCES } from "./curation-helpers.ts";

type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

let work: string;
let plain: string;
let curated: string;
let curationPath: string;
let buildOutput: string;

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as GraphJson;
const node = (g: GraphJson, key: string) => g.nodes.find((n) => n.key === key)?.attributes;
const edge = (g: GraphJson, key: string) => g.edges.find((e) => e.key === key)?.attributes;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "newsgraph-curation-"));
  plain = path.join(work, "plain.json");
  curated = path.join(work, "curated.json");
  curationPath = path.join(work, "curation.json");
  writeFileSync(curationPath, JSON.stringify(curationFile()));
  const cache = ["--cache", path.join(work, "cache")];
  const first = await graphCli("build", SOURCES, "--out", plain, ...cache, "--quiet");
  expect(first.code, first.stderr).toBe(0);
  const built = await graphCli("build", SOURCES, "--out", curated, "--curation", curationPath, ...cache);
  expect(built.code, built.stderr).toBe(0);
  buildOutput = built.stderr;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("graph build --curation", () => {
  it("merges: one node keyed by the node that stays, with every alias and all the evidence", () => {
    const before = read(plain);
    const after = read(curated);
    expect(node(after, "chirpr")).toBeUndefined();
    const chirper = node(after, "chirper")!;
    expect(chirper.aliases).toEqual(["Chirper", "Chirper app", "Chirpr", "Chirpr messenger"]);
    expect(chirper.mentions).toBe(node(before, "chirper")!.mentions + node(before, "chirpr")!.mentions);
    expect(edge(after, "chirper|accuses|roskomnadzor")!.evidence).toEqual(
      edge(before, "chirpr|accuses|roskomnadzor")!.evidence,
    );
    expect(edge(after, "roskomnadzor|blocks|chirper")).toBeDefined();
  });

  it("splits an alias out with the evidence that names it", () => {
    const after = read(curated);
    expect(node(after, "vkontakte")!.aliases).toEqual(["VKontakte"]);
    const split = node(after, "vk-social-network")!;
    expect(split).toMatchObject({
      label: "VK social network",
      kind: "platform",
      aliases: ["VK social network"],
    });
    expect(edge(after, "vkontakte|alternative_to|telegram")).toBeUndefined();
    expect(edge(after, "vk-social-network|alternative_to|telegram")!.evidence[0]!.sentence).toMatch(
      /VK social network would replace Telegram/,
    );
  });

  it("renames (the key follows the name, the old name stays an alias) and classifies", () => {
    const after = read(curated);
    expect(node(after, "pavel-durov")).toBeUndefined();
    const durov = node(after, "pavel-v-durov")!;
    expect(durov.label).toBe("Pavel V. Durov");
    expect(durov.aliases).toContain("Pavel Durov");
    expect(edge(after, "pavel-v-durov|criticizes|roskomnadzor")).toBeDefined();
    expect(node(after, "telegram")).toMatchObject({ kind: "platform", category: "social network" });
    expect(node(after, "telegram")!.color).not.toBe(node(read(plain), "telegram")!.color);
  });

  it("rejects a relation and one sentence; a node left with no relation goes", () => {
    const after = read(curated);
    expect(edge(after, "vk|owns|vkontakte")).toBeUndefined();
    expect(node(after, "vk")).toBeUndefined();
    expect(edge(after, "roskomnadzor|blocks|signal")).toBeUndefined();
    expect(node(after, "signal")).toBeUndefined();
    // the same sentence stays evidence of what it does say
    expect(edge(after, "roskomnadzor|blocks|telegram")!.evidence).toHaveLength(1);
  });

  it("marks confirmed evidence, adds a relation by hand with the passage as its evidence, keeps notes", () => {
    const after = read(curated);
    expect(edge(after, "roskomnadzor|fines|telegram")!.evidence[0]!.confirmed).toBe(true);
    const manual = edge(after, "roskomnadzor|restricts|telegram")!;
    expect(manual).toMatchObject({ action: "restricts", weight: 1 });
    expect(manual.evidence).toEqual([
      {
        article: "a.txt",
        sentence: "Roskomnadzor blocked Telegram and Signal on Monday, the agency said.",
        start: OPERATIONS[7]!.op === "add-edge" ? OPERATIONS[7]!.evidence.start : -1,
        end: OPERATIONS[7]!.op === "add-edge" ? OPERATIONS[7]!.evidence.end : -1,
        modality: "asserted",
        rule: "manual",
      },
    ]);
    expect(node(after, "roskomnadzor")!.notes).toEqual([
      { text: "Russia's communications regulator.", at: "2026-12-02T10:09:00Z", author: "Ana" },
    ]);
    expect(edge(after, "roskomnadzor|fines|telegram")!.notes).toEqual([
      { text: "Checked against the court record.", at: "2026-12-02T10:10:00Z" },
    ]);
    expect(read(curated).attributes.curation).toEqual(curationFile());
    expect(buildOutput).toContain("10 operations: 10 applied");
  });

  it("reports operations that no longer apply, and builds the rest", async () => {
    const stale = path.join(work, "stale.json");
    const out = path.join(work, "stale-graph.json");
    writeFileSync(
      stale,
      JSON.stringify(
        curationFile([
          { op: "reject-edge", edge: "roskomnadzor|bans|telegram", at: "2026-12-01T09:00:00Z" },
          { op: "merge", into: "odnoklassniki", nodes: ["ok-ru"], at: "2026-12-01T09:01:00Z" },
          {
            op: "confirm-evidence",
            edge: "roskomnadzor|fines|telegram",
            evidence: { article: "b.txt", start: 1, end: 5 },
            at: "2026-12-01T09:02:00Z",
          },
          {
            op: "add-edge",
            source: "vk",
            action: "bans",
            target: "telegram",
            evidence: { article: "gone.txt", start: 0, end: 4, sentence: "Gone" },
            at: "2026-12-01T09:03:00Z",
          },
          { op: "rename", node: "maxim", label: "Max", at: "2026-12-01T09:04:00Z" },
          { op: "note", edge: "vk|owns|telegram", text: "?", at: "2026-12-01T09:05:00Z" },
          { op: "reject-edge", edge: "vk|owns|vkontakte", at: "2026-12-01T09:06:00Z" },
        ]),
      ),
    );
    const run = await graphCli("curation", "apply", plain, "--curation", stale, "--out", out);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split("\n").filter((l) => l.includes("no longer applies:"));
    expect(lines).toEqual([
      `graph curation: ${stale}: operation 1 (reject-edge, 2026-12-01T09:00:00Z) no longer applies: the relation roskomnadzor bans telegram is not in the graph`,
      `graph curation: ${stale}: operation 2 (merge, 2026-12-01T09:01:00Z) no longer applies: none of odnoklassniki, ok-ru is in the graph`,
      `graph curation: ${stale}: operation 3 (confirm-evidence, 2026-12-01T09:02:00Z) no longer applies: the sentence at 1–5 of b.txt is not among its evidence`,
      `graph curation: ${stale}: operation 4 (add-edge, 2026-12-01T09:03:00Z) no longer applies: the article gone.txt is not in the graph`,
      `graph curation: ${stale}: operation 5 (rename, 2026-12-01T09:04:00Z) no longer applies: maxim is not in the graph`,
      `graph curation: ${stale}: operation 6 (note, 2026-12-01T09:05:00Z) no longer applies: the relation vk owns telegram is not in the graph`,
    ]);
    expect(run.stderr).toContain("7 operations: 1 applied, 6 no longer apply");
    expect(edge(read(out), "vk|owns|vkontakte")).toBeUndefined();
  });

  it("is idempotent: applying the curation to its own result changes nothing", async () => {
    const again = path.join(work, "again.json");
    const run = await graphCli("curation", "apply", curated, "--curation", curationPath, "--out", again);
    expect(run.code, run.stderr).toBe(0);
    // what was rejected is not there to reject again; everything else is found already so
    const stale = run.stderr.split("\n").filter((l) => l.includes("no longer applies"));
    expect(stale.map((l) => /\((reject-edge|reject-evidence),/.exec(l)?.[1])).toEqual([
      "reject-edge",
      "reject-evidence",
    ]);
    expect(run.stderr).toContain("10 operations: 0 applied, 8 already so, 2 no longer apply");
    expect(readFileSync(again, "utf8")).toBe(readFileSync(curated, "utf8"));
  });

  it("gives the same bytes as curation apply on the plain build, and on every run", async () => {
    const applied = path.join(work, "applied.json");
    const run = await graphCli(
      "curation",
      "apply",
      plain,
      "--curation",
      curationPath,
      "--out",
      applied,
      "--quiet",
    );
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(applied, "utf8")).toBe(readFileSync(curated, "utf8"));
  });

  it("keeps every correction when a rebuild adds an article", async () => {
    const corpus = path.join(work, "corpus");
    cpSync(SOURCES, corpus, { recursive: true });
    cpSync(path.join(ADDED, "c.txt"), path.join(corpus, "c.txt"));
    const out = path.join(work, "rebuilt.json");
    const run = await graphCli("build", corpus, "--out", out, "--curation", curationPath, "--no-cache");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("10 operations: 10 applied");
    const before = read(curated);
    const after = read(out);
    expect(after.attributes.articles.map((a) => a.id)).toEqual(["a.txt", "b.txt", "c.txt"]);
    // the new article brings new relations (Roskomnadzor fines Signal, VK criticizes it) …
    expect(edge(after, "roskomnadzor|fines|signal")).toBeDefined();
    // … and every correction still holds
    for (const key of ["chirpr", "pavel-durov"]) expect(node(after, key)).toBeUndefined();
    expect(node(after, "chirper")!.aliases).toEqual(node(before, "chirper")!.aliases);
    expect(node(after, "vk-social-network")).toBeDefined();
    expect(node(after, "telegram")!.category).toBe("social network");
    for (const key of ["vk|owns|vkontakte", "roskomnadzor|blocks|signal"])
      expect(edge(after, key)).toBeUndefined();
    expect(edge(after, "roskomnadzor|fines|telegram")).toEqual(edge(before, "roskomnadzor|fines|telegram"));
    expect(edge(after, "roskomnadzor|restricts|telegram")!.evidence.map((e) => e.rule)).toEqual(["manual"]);
    expect(node(after, "roskomnadzor")!.notes).toEqual(node(before, "roskomnadzor")!.notes);
  }, 60_000);

  it("refuses a curation file it cannot read, before building, with the field at fault", async () => {
    const bad = path.join(work, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify(curationFile([{ op: "merge", into: "x", nodes: [], at: "2026-12-01T09:00:00Z" }])),
    );
    const run = await graphCli("build", SOURCES, "--out", path.join(work, "never.json"), "--curation", bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--curation ${bad}: operations[0] (merge): "nodes" must name at least one node to merge`,
    );
    const newer = path.join(work, "newer.json");
    writeFileSync(newer, JSON.stringify({ newsgraph: "newsgraph-curation", version: 9, operations: [] }));
    const later = await graphCli(
      "build",
      SOURCES,
      "--out",
      path.join(work, "never.json"),
      "--curation",
      newer,
    );
    expect(later.code).toBe(2);
    expect(later.stderr).toContain("version 9 is newer than this Newsgraph reads (1)");
    const missing = await graphCli(
      "build",
      SOURCES,
      "--out",
      path.join(work, "never.json"),
      "--curation",
      path.join(work, "nope.json"),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
  });
});

describe("graph curation to-lexicon", () => {
  it("turns merges and renames into a lexicon with which a build needs no merge", async () => {
    const lexicon = path.join(work, "lexicon.json");
    const run = await graphCli("curation", "to-lexicon", curationPath, "--out", lexicon);
    expect(run.code, run.stderr).toBe(0);
    const entities = (JSON.parse(readFileSync(lexicon, "utf8")) as { entities: { name: string }[] }).entities;
    expect(entities).toEqual([
      { name: "Chirper", kind: "platform", category: "service", aliases: ["Chirpr", "Chirpr messenger"] },
      { name: "Telegram", kind: "platform", category: "social network", aliases: [] },
    ]);
    expect(run.stderr).toContain("operation 5 (reject-edge): stays in the curation file");
    expect(run.stderr).toContain('operation 3 (rename): "Pavel Durov" is an entity of the lexicon');

    const out = path.join(work, "learnt.json");
    const built = await graphCli(
      "build",
      SOURCES,
      "--out",
      out,
      "--lexicon",
      lexicon,
      "--no-cache",
      "--quiet",
    );
    expect(built.code, built.stderr).toBe(0);
    const learnt = read(out);
    // the builder itself now finds one Chirper
    expect(node(learnt, "chirpr")).toBeUndefined();
    expect(node(learnt, "chirper")!.aliases).toEqual(
      expect.arrayContaining(["Chirper app", "Chirpr messenger"]),
    );
    expect(edge(learnt, "chirper|accuses|roskomnadzor")).toBeDefined();
    expect(node(learnt, "telegram")!.category).toBe("social network");

    // and the curation still applies on top, finding its merge done
    const both = path.join(work, "both.json");
    const again = await graphCli("curation", "apply", out, "--curation", curationPath, "--out", both);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain("no longer applies");
    expect(again.stderr).toContain("10 operations: 8 applied, 2 already so");
    const curatedNodes = read(curated)
      .nodes.map((n) => n.key)
      .sort();
    expect(
      read(both)
        .nodes.map((n) => n.key)
        .sort(),
    ).toEqual(curatedNodes);
    expect(
      read(both)
        .edges.map((e) => e.key)
        .sort(),
    ).toEqual(
      read(curated)
        .edges.map((e) => e.key)
        .sort(),
    );
  }, 60_000);
});
