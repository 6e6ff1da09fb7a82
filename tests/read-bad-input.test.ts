// Every class of bad input gives exactly one problem naming the file, and the good files are still read.
import { chmod, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeArticleBytes, firstInvalidUtf8Offset } from "../graph/read/decode.ts";
import { readInputs } from "../graph/read/files.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-bad-"));
  await writeFile(path.join(dir, "good.txt"), "Good headline\nRussia blocked WhatsApp.");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes one bad file beside good.txt, reads the folder, and returns the problem reported for it. */
async function problemFor(name: string, content: string | Uint8Array, options = {}): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const { articles, problems } = await readInputs([dir], options);
  expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.file).toBe(file);
  return problems[0]!.problem;
}

describe("bad input", () => {
  it("empty file", async () => {
    expect(await problemFor("empty.txt", "")).toBe("empty file");
    await rm(path.join(dir, "empty.txt"));
    expect(await problemFor("blank.md", " \n\t\n")).toBe("empty file (only whitespace)");
  });

  it("binary file with NUL bytes", async () => {
    expect(
      await problemFor("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toBe("binary file (NUL byte at offset 8)");
  });

  it("binary file made of control characters", async () => {
    const noise = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41));
    expect(await problemFor("noise.txt", noise)).toMatch(/^binary file \(\d+% control characters\)$/);
  });

  it("invalid UTF-8, with the offending byte and its offset", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("Caf"),
      0xe9,
      ...new TextEncoder().encode(" au lait"),
    ]);
    expect(await problemFor("latin1.txt", latin1)).toBe("not valid UTF-8 (byte 0xe9 at offset 3)");
  });

  it("unreadable: a dangling symbolic link", async () => {
    await symlink(path.join(dir, "gone.txt"), path.join(dir, "link.txt"));
    const { articles, problems } = await readInputs([dir]);
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    expect(problems).toEqual([
      { file: path.join(dir, "link.txt"), problem: "unreadable (no such file or directory)" },
    ]);
  });

  it("unreadable: an input path that does not exist", async () => {
    const missing = path.join(dir, "missing");
    const { articles, problems } = await readInputs([dir, missing]);
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ file: missing, problem: "unreadable (no such file or directory)" }]);
  });

  it.skipIf(process.getuid?.() === 0)("unreadable: no read permission", async () => {
    const file = path.join(dir, "secret.txt");
    await writeFile(file, "Secret\ntext");
    await chmod(file, 0o000);
    const { problems } = await readInputs([dir]);
    expect(problems).toEqual([{ file, problem: "unreadable (permission denied)" }]);
  });

  it("too large: a 50 MB file against the default 20 MB limit", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, "word ");
    expect(await problemFor("huge.txt", big)).toBe("too large (50 MB; the limit is 20 MB)");
  });

  it("too large: the limit is configurable", async () => {
    expect(await problemFor("medium.txt", "x".repeat(2048), { maxFileBytes: 1024 })).toBe(
      "too large (2 KB; the limit is 1 KB)",
    );
  });

  it("malformed JSON", async () => {
    expect(await problemFor("broken.json", '[{"text": "unterminated]')).toMatch(/^not valid JSON \(.+\)$/);
  });

  it("JSON items without text: one problem for the file, the good items kept", async () => {
    await writeFile(path.join(dir, "items.json"), JSON.stringify([{ text: "kept" }, { title: "no text" }]));
    const { articles, problems } = await readInputs([dir]);
    expect(articles.map((a) => a.id)).toEqual(["good.txt", "items.json#0"]);
    expect(problems).toEqual([
      { file: path.join(dir, "items.json"), problem: 'item #1 lacks a non-empty "text" string (of 2 items)' },
    ]);
  });

  it("all classes at once: one problem each, the good file still read", async () => {
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "nul.txt"), new Uint8Array([65, 0, 66]));
    await writeFile(path.join(dir, "bad.md"), new Uint8Array([0xff, 0xfe, 0x41]));
    await writeFile(path.join(dir, "bad.json"), "{");
    await symlink("nowhere.html", path.join(dir, "dangling.html"));
    const { articles, problems } = await readInputs([dir]);
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual([
      "bad.json",
      "bad.md",
      "dangling.html",
      "empty.txt",
      "nul.txt",
    ]);
  });
});

describe("UTF-8 validation", () => {
  const offset = (...b: number[]) => firstInvalidUtf8Offset(new Uint8Array(b));
  it("accepts well-formed text, including 4-byte sequences", () => {
    expect(offset(...new TextEncoder().encode("naïve 😀 текст"))).toBe(-1);
    expect(decodeArticleBytes(new TextEncoder().encode("naïve 😀"))).toEqual({ ok: true, text: "naïve 😀" });
  });
  it("finds overlong forms, surrogates, truncation and stray continuation bytes", () => {
    expect(offset(0x41, 0xc0, 0x80)).toBe(1); // overlong
    expect(offset(0x41, 0x42, 0xed, 0xa0, 0x80)).toBe(2); // surrogate
    expect(offset(0x41, 0xe2, 0x82)).toBe(1); // truncated at the end
    expect(offset(0x80)).toBe(0); // continuation without lead
    expect(offset(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
  });
});

describe("UTF-16 with a byte order mark", () => {
  const withBom = (bom: number[], text: string, littleEndian: boolean) => {
    const bytes = [...bom];
    for (const c of text) {
      const code = c.charCodeAt(0);
      bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
    }
    return new Uint8Array(bytes);
  };

  it("decodes little- and big-endian, as Windows tools write them", () => {
    expect(decodeArticleBytes(withBom([0xff, 0xfe], "Café\r\nтекст", true))).toEqual({
      ok: true,
      text: "Café\r\nтекст",
    });
    expect(decodeArticleBytes(withBom([0xfe, 0xff], "Café", false))).toEqual({ ok: true, text: "Café" });
  });

  it("keeps reading UTF-8 with a BOM, and still reports what is broken", () => {
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: "A" });
    expect(decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({
      ok: false,
      problem: "not valid UTF-16LE (odd number of bytes: 3)",
    });
    expect(decodeArticleBytes(withBom([0xff, 0xfe], "A\0B", true))).toEqual({
      ok: false,
      problem: "binary file (NUL character at offset 4)",
    });
    expect(decodeArticleBytes(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]))).toEqual({
      ok: false,
      problem: "not valid UTF-16BE (unpaired surrogate)",
    });
  });
});
