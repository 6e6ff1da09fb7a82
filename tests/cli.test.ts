// The `graph` command end to end, as a user runs it: a child process, exit codes, stderr, the file.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Graph from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCli, root } from "./cli-helpers.ts";

const sources = path.join(root, "sources");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("graph CLI: usage", () => {
  it("--help documents every option and the input formats", async () => {
    const { code, stdout } = await graphCli("build", "--help");
    expect(code).toBe(0);
    for (const option of [
      "--out",
      "--lexicon",
      "--strict",
      "--keep-isolated",
      "--workers",
      "--max-file-mb",
      "--quiet",
    ]) {
      expect(stdout).toContain(option);
    }
    for (const format of [".txt", ".md", ".html", ".json", "front matter"]) expect(stdout).toContain(format);
  });

  it("lists the commands with --help and exits 2 without a command", async () => {
    expect(await graphCli("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("build") });
    expect(await graphCli()).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage") });
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["build", "sources", "--out", "x.json", "--bogus"], /Unknown option '--bogus'/],
    [["build", "sources"], /--out <file.json> is required/],
    [["build", "--out", "x.json"], /no input files or folders/],
    [
      ["build", "sources", "--out", "x.json", "--workers", "two"],
      /--workers expects a positive whole number/,
    ],
    [
      ["build", "sources", "--out", "x.json", "--max-file-mb", "0"],
      /--max-file-mb expects a positive number/,
    ],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const { code, stderr } = await graphCli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("rejects a lexicon that is not JSON or not a lexicon (exit 2)", async () => {
    const notJson = path.join(dir, "not-json.json");
    const notLexicon = path.join(dir, "not-lexicon.json");
    await writeFile(notJson, "{ entities: ");
    await writeFile(notLexicon, JSON.stringify({ entities: "WhatsApp" }));
    const out = path.join(dir, "lexicon-out.json");
    for (const [file, message] of [
      [notJson, /not valid JSON/],
      [notLexicon, /lexicon .*not-lexicon\.json: /],
      [path.join(dir, "absent.json"), /unreadable \(no such file or directory\)/],
    ] as const) {
      const { code, stderr } = await graphCli("build", "sources", "--out", out, "--lexicon", file);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe("graph CLI: bad input", () => {
  let inputs: string;
  beforeAll(async () => {
    inputs = path.join(dir, "mixed");
    await mkdir(inputs);
    await copyFile(path.join(sources, (await readdir(sources))[0]!), path.join(inputs, "good.txt"));
    await writeFile(path.join(inputs, "empty.txt"), "");
    await writeFile(path.join(inputs, "binary.txt"), new Uint8Array([1, 2, 0, 3]));
    await writeFile(path.join(inputs, "latin1.md"), new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    await writeFile(path.join(inputs, "broken.json"), "[{");
  });

  it("reports each bad file on one line, builds the rest and exits 0", async () => {
    const out = path.join(dir, "mixed.json");
    const { code, stderr } = await graphCli("build", inputs, "--out", out);
    expect(code).toBe(0);
    const lines = stderr.split("\n");
    expect(lines).toContain(`${path.join(inputs, "empty.txt")}: empty file`);
    expect(lines).toContain(`${path.join(inputs, "binary.txt")}: binary file (NUL byte at offset 2)`);
    expect(lines).toContain(`${path.join(inputs, "latin1.md")}: not valid UTF-8 (byte 0xe9 at offset 3)`);
    expect(lines.some((l) => l.startsWith(`${path.join(inputs, "broken.json")}: not valid JSON`))).toBe(true);
    const graph = JSON.parse(await readFile(out, "utf8"));
    expect(graph.attributes.articles.map((a: { id: string }) => a.id)).toEqual(["good.txt"]);
  });

  it("with --strict exits 1 and writes nothing, leaving an earlier output intact", async () => {
    const out = path.join(dir, "strict.json");
    await writeFile(out, "earlier graph");
    const { code, stderr } = await graphCli("build", inputs, "--out", out, "--strict");
    expect(code).toBe(1);
    expect(stderr).toMatch(/--strict and 4 input problems; nothing written/);
    expect(await readFile(out, "utf8")).toBe("earlier graph");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("exits 1 when no article can be read", async () => {
    const out = path.join(dir, "none.json");
    const { code, stderr } = await graphCli("build", path.join(inputs, "empty.txt"), "--out", out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no articles to build/);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe("graph CLI: output", () => {
  it("writes a graphology export with the contract's attributes and a summary", async () => {
    const out = path.join(dir, "nested", "seeds.json");
    const { code, stderr } = await graphCli("build", "sources", "--out", out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Built .*seeds\.json in [\d.]+ s: 5 articles, \d+ sentences, \d+ entities/m);

    const data = JSON.parse(await readFile(out, "utf8"));
    const graph = new Graph({ multi: true, type: "directed" });
    graph.import(data);
    expect(data.options).toEqual({ type: "directed", multi: true, allowSelfLoops: true });
    expect(Object.keys(data.attributes)).toEqual(["articles", "builtWith"]);
    expect(data.attributes.builtWith).toEqual({
      version: expect.any(String),
      options: { keepIsolated: false, lexicons: [], maxEvidence: 50 },
    });
    expect(data.attributes.articles.map((a: { id: string }) => a.id)).toEqual(
      (await readdir(sources)).sort(),
    );
    for (const a of data.attributes.articles) {
      expect(Object.keys(a)).toEqual(["id", "title", "date", "url", "publisher", "words", "text"]);
    }
    graph.forEachNode((key, attrs) => {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(attrs)).toEqual([
        "label",
        "kind",
        "category",
        "aliases",
        "mentions",
        "x",
        "y",
        "size",
        "color",
      ]);
      expect(["actor", "platform"]).toContain(attrs.kind);
    });
    graph.forEachEdge((key, attrs, source, target) => {
      expect(key).toBe(`${source}|${attrs.action}|${target}`);
      // firstSeen/lastSeen only on edges with dated evidence, date/dateSource only on dated items.
      const dated = attrs.evidence.some((e: { date?: string }) => e.date !== undefined);
      expect(Object.keys(attrs)).toEqual(
        dated
          ? ["action", "cameo", "weight", "evidence", "firstSeen", "lastSeen"]
          : ["action", "cameo", "weight", "evidence"],
      );
      expect(attrs.weight).toBe(attrs.evidence.length);
      for (const e of attrs.evidence) {
        const base = ["article", "sentence", "start", "end", "modality", "rule"];
        expect(Object.keys(e)).toEqual(e.date === undefined ? base : [...base, "date", "dateSource"]);
        expect(e.rule).toMatch(/^[a-z]+\.[a-z_-]+$/);
      }
    });
  });

  it("--quiet prints no summary", async () => {
    const { code, stderr } = await graphCli(
      "build",
      "sources",
      "--out",
      path.join(dir, "quiet.json"),
      "--quiet",
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});

describe("graph CLI: determinism", () => {
  it("gives byte-identical output across runs and across worker counts", async () => {
    // 55 articles: above the in-process limit, so --workers 2 really uses worker threads.
    const corpus = path.join(dir, "corpus");
    for (let copy = 0; copy < 11; copy++) {
      await mkdir(path.join(corpus, `copy-${copy}`), { recursive: true });
      for (const file of await readdir(sources)) {
        await copyFile(path.join(sources, file), path.join(corpus, `copy-${copy}`, file));
      }
    }
    const outputs = [];
    for (const [name, workers] of [
      ["w2a", "2"],
      ["w2b", "2"],
      ["w1", "1"],
    ]) {
      const out = path.join(dir, `${name}.json`);
      const { code, stderr } = await graphCli(
        "build",
        corpus,
        "--out",
        out,
        "--workers",
        workers!,
        "--quiet",
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      outputs.push(await readFile(out));
    }
    expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
    expect(outputs[2]!.equals(outputs[0]!)).toBe(true);
    expect(JSON.parse(outputs[0]!.toString()).attributes.articles).toHaveLength(55);
  }, 300_000);
});
