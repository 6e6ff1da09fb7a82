// Hostile and broken input through the real CLI: each case is what a user ran into, and the line the
// tool now prints. Files that cannot live in git (FIFOs, loops, deep trees) are made here, in a temp dir.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCli, root } from "./cli-helpers.ts";

const fixtures = path.join(root, "tests", "fixtures", "hostile", "cli");
const article = path.join(root, "sources", "000_5d416f94a00b42f5.txt");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-hostile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--workers", () => {
  it("is capped at the CPU count, and the build says so on one line", async () => {
    const cpus = os.availableParallelism();
    const out = path.join(dir, "workers.json");
    const run = await graphCli("build", article, "--out", out, "--workers", String(cpus + 46), "--quiet");
    expect(run.code).toBe(0);
    const unit = cpus === 1 ? "CPU" : "CPUs";
    expect(run.stderr).toBe(
      `graph build: --workers ${cpus + 46} is more than the ${cpus} ${unit}; using ${cpus}\n`,
    );
    expect(JSON.parse(await readFile(out, "utf8")).attributes.articles).toHaveLength(1);
  });

  it("--help says where the cap is", async () => {
    const { stdout } = await graphCli("build", "--help");
    expect(stdout).toMatch(/more than the CPU count \(\d+\) is capped to it/);
  });
});

describe("CSV export", () => {
  it("quotes a title with ; and neutralises the formula after it", async () => {
    const graph = path.join(dir, "formula.json");
    expect((await graphCli("build", path.join(fixtures, "formula-title.txt"), "--out", graph)).code).toBe(0);
    const zip = path.join(dir, "formula.csv.zip");
    expect((await graphCli("export", graph, "--format", "csv", "--out", zip)).code).toBe(0);
    const articles = strFromU8(unzipSync(new Uint8Array(await readFile(zip)))["articles.csv"]!);
    expect(articles.split("\r\n")[1]).toMatch(/^formula-title\.txt,"Semi;'=cmd\|' \/C calc'!A0",/);
  });
});

describe("UTF-16 with a BOM", () => {
  it("is read as text, little- and big-endian", async () => {
    const out = path.join(dir, "utf16.json");
    const run = await graphCli(
      "build",
      path.join(fixtures, "windows-utf16le.txt"),
      path.join(fixtures, "mac-utf16be.txt"),
      "--out",
      out,
      "--quiet",
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const articles = JSON.parse(await readFile(out, "utf8")).attributes.articles as { title: string }[];
    expect(articles.map((a) => a.title)).toEqual(["Russia blocks WhatsApp", "Russia blocks WhatsApp"]);
  });
});

describe("YAML front matter", () => {
  it("a warning is one line that names the file, and the article is still built", async () => {
    const file = path.join(fixtures, "yaml-warning.md");
    const out = path.join(dir, "yaml.json");
    const run = await graphCli("build", file, "--out", out, "--quiet");
    expect(run).toMatchObject({
      code: 0,
      stderr: `${file}: front matter: Unresolved tag: !foo at line 2, column 8 (ignored)\n`,
    });
    const [only] = JSON.parse(await readFile(out, "utf8")).attributes.articles as { title: string }[];
    expect(only!.title).toBe("Russia blocks WhatsApp");
  });

  it("an error is one line too, with the line in the file", async () => {
    const out = path.join(dir, "yaml-error.json");
    const file = path.join(dir, "unclosed.md");
    await writeFile(file, "---\ntitle: [unclosed\n---\nRussia blocked WhatsApp.\n");
    const run = await graphCli("build", file, "--out", out, "--quiet");
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toMatch(
      new RegExp(
        `^${file.replace(/[.]/g, "\\.")}: front matter is not valid YAML: .+ at line \\d+, column \\d+$`,
      ),
    );
  });
});

describe("files that are not regular files", () => {
  it("a FIFO or /dev/zero named on the command line is reported, not read (which never ended)", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const out = path.join(dir, "fifo.json");
    const run = await graphCli("build", fifo, "/dev/zero", article, "--out", out, "--quiet");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${fifo}: not a regular file (FIFO)\n/dev/zero: not a regular file (character device)\n`,
    );
    expect(JSON.parse(await readFile(out, "utf8")).attributes.articles).toHaveLength(1);
  }, 60_000);

  it("inside a folder, a FIFO with an article's name is skipped with a message", async () => {
    const folder = path.join(dir, "with-fifo");
    await mkdir(folder);
    await copyFile(article, path.join(folder, "good.txt"));
    execFileSync("mkfifo", [path.join(folder, "pipe.md")]);
    execFileSync("mkfifo", [path.join(folder, "other-type.log")]);
    const run = await graphCli("build", folder, "--out", path.join(dir, "fifo-folder.json"), "--quiet");
    expect(run).toMatchObject({
      code: 0,
      stderr: `${path.join(folder, "pipe.md")}: not a regular file (FIFO)\n`,
    });
  }, 60_000);
});

describe("folders the walk cannot finish", () => {
  it("a subfolder past the path-length limit is reported, named as far as it can be", async () => {
    const folder = path.join(dir, "deep");
    await mkdir(folder);
    await copyFile(article, path.join(folder, "good.txt"));
    // 24 levels of 200-character names: past Linux's 4096-byte PATH_MAX. Only relative steps (cd) get there.
    const name = "d".repeat(200);
    try {
      execFileSync("sh", [
        "-c",
        `cd "$1" && for i in $(seq 24); do mkdir ${name} && cd -P ${name} || exit 1; done && echo "Russia blocked X." > lost.txt`,
        "sh",
        folder,
      ]);
      const run = await graphCli("build", folder, "--out", path.join(dir, "deep.json"), "--quiet");
      expect(run.code).toBe(0);
      const [line, ...rest] = run.stderr.split("\n");
      expect(rest).toEqual([""]);
      expect(line).toMatch(
        new RegExp(
          `^${folder}(/d{200})+: unreadable \\(path too long: \\d+ bytes, past the system's limit\\)$`,
        ),
      );
    } finally {
      execFileSync("rm", ["-rf", folder]);
    }
  }, 60_000);

  it("a symbolic link loop is reported once, and the rest is built", async () => {
    const folder = path.join(dir, "loop");
    await mkdir(path.join(folder, "inner"), { recursive: true });
    await copyFile(article, path.join(folder, "inner", "good.txt"));
    await symlink("..", path.join(folder, "inner", "up"));
    await symlink("self", path.join(folder, "self"));
    const run = await graphCli("build", folder, "--out", path.join(dir, "loop.json"), "--quiet");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${path.join(folder, "inner", "up")}: skipped: symbolic link loop (back to ${folder})\n` +
        `${path.join(folder, "self")}: unreadable (too many symbolic links)\n`,
    );
  }, 60_000);
});

describe("--out checked before any work starts", () => {
  // empty.txt would be reported if the build read its inputs: its absence shows nothing was read.
  let empty: string;
  let fifo: string;
  beforeAll(async () => {
    empty = path.join(dir, "empty.txt");
    await writeFile(empty, "");
    fifo = path.join(dir, "out-fifo.json");
    execFileSync("mkfifo", [fifo]);
  });

  it.each([
    ["a directory", () => dir, "is a directory; give a file name, such as graph.json, inside it"],
    ["a path under a file", () => path.join(article, "graph.json"), `${article} is not a folder`],
    [
      "under /proc",
      () => "/proc/newsgraph/graph.json",
      "/proc is on the proc kernel file system, where no file can be written",
    ],
    ["a FIFO", () => fifo, "not a regular file (FIFO)"],
  ])(
    "build --out %s: one line, exit 2",
    async (_what, out, problem) => {
      const run = await graphCli("build", empty, article, "--out", out());
      expect(run).toMatchObject({ code: 2, stderr: `graph build: --out ${out()}: ${problem}\n` });
    },
    60_000,
  );

  it.skipIf(process.getuid?.() === 0)("build --out in a folder without write permission", async () => {
    const locked = path.join(dir, "locked");
    await mkdir(locked, { mode: 0o555 });
    const out = path.join(locked, "graph.json");
    const run = await graphCli("build", empty, article, "--out", out);
    expect(run).toMatchObject({
      code: 2,
      stderr: `graph build: --out ${out}: cannot write in ${locked} (permission denied)\n`,
    });
  });

  it("export: a folder is fine, /proc and a path under a file are not", async () => {
    const graph = path.join(root, "tests", "fixtures", "explorer-graph.json");
    const proc = await graphCli("export", graph, "--format", "gexf", "--out", "/proc/graph.gexf");
    expect(proc).toMatchObject({
      code: 2,
      stderr:
        "graph export: --out /proc/graph.gexf: /proc is on the proc kernel file system, where no file can be written\n",
    });
    const underFile = path.join(article, "x.gexf");
    expect(await graphCli("export", graph, "--format", "gexf", "--out", underFile)).toMatchObject({
      code: 2,
      stderr: `graph export: --out ${underFile}: ${article} is not a folder\n`,
    });
    const folder = path.join(dir, "exports") + "/";
    expect((await graphCli("export", graph, "--format", "gexf", "--out", folder)).code).toBe(0);
  }, 60_000);
});

describe("temporary files an interrupted build left", () => {
  it("are removed by the next build beside the same output, when their process is gone", async () => {
    const folder = path.join(dir, "stale");
    await mkdir(folder);
    const stale = ".graph.json.4194305.0badc0de.tmp"; // above Linux's highest pid: certainly gone
    const live = `.graph.json.${process.pid}.0badc0de.tmp`;
    await writeFile(path.join(folder, stale), "x".repeat(1024));
    await writeFile(path.join(folder, live), "x");
    const out = path.join(folder, "graph.json");
    const run = await graphCli("build", article, "--out", out, "--quiet", "--no-cache");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect((await readdir(folder)).sort()).toEqual([live, "graph.json"].sort());
  }, 60_000);
});
