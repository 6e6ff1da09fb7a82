// What the page says about a file it cannot use is what the CLI says about the same file: the page's checks
// (app/import/actions.ts) are graph/read's and graph/import's, with the limits named. Node's File stands in
// for a dropped file; nothing here touches the DOM or sigma.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleInputsOfFiles, MAX_GRAPH_FILE_BYTES, openGraphFile } from "../app/import/actions.ts";
import { IMPORT_LIMITS } from "../graph/import/parse.ts";
import { readInputs } from "../graph/read/files.ts";

// The browser's XML parsers need a DOM; Node's (xmldom) do the same job here.
vi.mock("../app/import/browserXml.ts", async () => ({
  browserXmlParsers: (await import("../graph/import/node-xml.ts")).nodeXmlParsers,
}));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-page-messages-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The CLI's problem for these bytes as a file on disk ("<file>: <problem>"). */
async function cliProblem(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const { problems } = await readInputs([file]);
  return `${name}: ${problems[0]!.problem}`;
}

describe("the page and the CLI word file problems alike", () => {
  it.each([
    ["scan.txt", Uint8Array.from([72, 105, 0, 1, 2, 3, 10]), /binary file \(NUL byte at offset 2\)/],
    [
      "old.txt",
      Uint8Array.from([...new TextEncoder().encode("Caf"), 0xe9, 10]),
      /not valid UTF-8 \(byte 0xe9 at offset 3\)/,
    ],
    ["blank.md", new TextEncoder().encode("  \n\n"), /empty file/],
  ])("%s", async (name, bytes, expected) => {
    const { inputs, problems } = await articleInputsOfFiles([new File([bytes], name)]);
    expect(inputs).toEqual([]);
    expect(problems).toEqual([await cliProblem(name, bytes)]);
    expect(problems[0]).toMatch(expected);
  });

  it("an article over the size limit names the limit, as the CLI does", async () => {
    const bytes = new Uint8Array(21 * 1024 * 1024).fill(65);
    const { problems } = await articleInputsOfFiles([new File([bytes], "dump.txt")]);
    expect(problems).toEqual([await cliProblem("dump.txt", bytes)]);
    expect(problems[0]).toBe("dump.txt: too large (21 MB; the limit is 20 MB)");
  });

  it("a graph file over the limit is refused with the CLI's limit and words", async () => {
    expect(MAX_GRAPH_FILE_BYTES).toBe(IMPORT_LIMITS.maxBytes);
    const outcome = await openGraphFile(new File([new Uint8Array(65 * 1024 * 1024)], "big.json"));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      "big.json could not be opened: it is too large (65 MB; the limit is 64 MB). The current graph is unchanged.",
    );
  });
});
