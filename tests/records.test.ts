// Article records, line by line and file by file: what passes the checks, and the message for what does not.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleRecord,
  parseRecordLine,
  RECORD_VERSION,
  type ArticleRecord,
} from "../graph/records/format.ts";
import { readRecords, RecordsConflict } from "../graph/records/read.ts";
import { article, entity, extraction } from "./builder-helpers.ts";

const stamp = { builder: "0123456789abcdef", lexicon: { fingerprint: "fedcba9876543210", files: [] } };
const russia = entity("Russia");
const telegram = entity("Telegram", "platform");

function record(id: string, text = `${id} text`): ArticleRecord {
  return articleRecord(
    stamp,
    article(id, text),
    extraction(id, [[russia, "Russia"]], [[russia, "blocks", telegram, 0]]),
    null,
  );
}
const line = (r: unknown) => JSON.stringify(r);
/** The record as JSON with one field replaced, for the checks' messages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, of any type, is what is tried
type Loose = any;
function edited(edit: (r: Loose) => void): string {
  const r: Loose = JSON.parse(line(record("a.txt")));
  edit(r);
  return line(r);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-records-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a record line", () => {
  it("reads back as written", () => {
    const r = record("a.txt");
    expect(parseRecordLine(line(r))).toEqual(r);
    const failed = articleRecord(stamp, article("b.txt"), null, "extraction failed: boom");
    expect(parseRecordLine(line(failed))).toEqual(failed);
  });

  it("keeps where the article's date came from, and refuses a source it does not know", () => {
    const dated = { ...article("c.html"), date: "2024-08-09", dateSource: "json-ld" as const };
    const r = articleRecord(stamp, dated, null, "extraction failed: boom");
    expect(Object.keys(r.article)).toEqual(["id", "title", "date", "url", "publisher", "dateSource", "text"]);
    expect(parseRecordLine(line(r)).article.dateSource).toBe("json-ld");
    const bad = line({ ...r, article: { ...r.article, dateSource: "guess" } });
    expect(() => parseRecordLine(bad)).toThrow(
      /article.dateSource: expected one of front matter, meta, json-ld/,
    );
  });

  it.each([
    ["{", /^not JSON/],
    ['{"nodes":[],"edges":[]}', /^not a Newsgraph article record/],
    [
      edited((r) => (r.version = RECORD_VERSION + 1)),
      /record version 2 is newer than this Newsgraph reads \(1\)/,
    ],
    [edited((r) => (r.version = "1")), /^version: expected a whole number, got "1"/],
    [edited((r) => delete r.builder), /^builder: expected a string, got nothing/],
    [edited((r) => (r.article.id = "")), /^article\.id: empty/],
    [edited((r) => (r.article.date = 2024)), /^article\.date: expected a string, got 2024/],
    [
      edited((r) => (r.extraction.article = "b.txt")),
      /^extraction\.article: expected "a\.txt", got "b\.txt"/,
    ],
    [
      edited((r) => (r.extraction.sentences = -1)),
      /^extraction\.sentences: expected a whole number ≥ 0, got -1/,
    ],
    [
      edited((r) => (r.extraction.mentions[0].entity.kind = "robot")),
      /mentions\[0\]\.entity\.kind: expected one of actor, platform, got "robot"/,
    ],
    [
      edited((r) => (r.extraction.relations[0].action = "hugs")),
      /relations\[0\]\.action: expected one of blocks, .*, got "hugs"/,
    ],
    [
      edited((r) => (r.extraction.relations[0].evidence.article = "c.txt")),
      /relations\[0\]\.evidence\.article: expected "a\.txt"/,
    ],
    [
      edited((r) => (r.extraction.relations[0].evidence.end = -5)),
      /evidence\.end: expected a whole number ≥ 0/,
    ],
    [edited((r) => (r.extraction.relations[0].evidence.start = 99)), /evidence: end 10 is before start 99/],
    [
      edited((r) => (r.extraction.relations[0].evidence.modality = "sure")),
      /evidence\.modality: expected one of asserted/,
    ],
    [edited((r) => (r.extraction = null)), /extraction is null but no problem says why/],
    [edited((r) => (r.article.text = { html: "<b>" })), /^article\.text: expected a string, got an object/],
  ])("%s is refused: %s", (text, message) => {
    expect(() => parseRecordLine(text)).toThrow(message);
  });
});

describe("records files", () => {
  const write = async (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, lines.map((l) => `${l}\n`).join(""));
    return file;
  };

  it("name the file and line of every bad line, and keep the rest", async () => {
    const file = await write("mixed.jsonl", [
      line(record("a.txt")),
      "",
      "{oops",
      line(record("b.txt")),
      '"text"',
    ]);
    const read = await readRecords([file]);
    expect(read.records.map((r) => r.article.id)).toEqual(["a.txt", "b.txt"]);
    expect(read.problems).toEqual([
      { file: `${file}:3`, problem: expect.stringMatching(/^not JSON .*; skipped$/) },
      { file: `${file}:5`, problem: 'the record: expected an object, got "text"; skipped' },
    ]);
  });

  it("count the bad lines past the first five instead of listing them", async () => {
    const file = await write(
      "binary.jsonl",
      Array.from({ length: 12 }, () => "\u0000\u0001garbage"),
    );
    const read = await readRecords([file]);
    expect(read.problems).toHaveLength(6);
    expect(read.problems[5]).toEqual({ file, problem: "7 more lines that are not valid records; skipped" });
  });

  it("read folders of part files, skipping markers, and a record given twice once", async () => {
    const parts = path.join(dir, "parts");
    await write("parts/part-00000", [line(record("a.txt"))]);
    await write("parts/part-00001", [line(record("b.txt")), line(record("a.txt"))]);
    await write("parts/_SUCCESS", []);
    await write("parts/.part-00000.crc", ["binary"]);
    const read = await readRecords([parts, path.join(dir, "missing.jsonl")]);
    expect(read.records.map((r) => r.article.id)).toEqual(["a.txt", "b.txt"]);
    expect(read.files).toBe(2);
    expect(read.problems).toEqual([
      { file: path.join(dir, "missing.jsonl"), problem: "unreadable (no such file or directory)" },
    ]);
  });

  it("refuse two different records of one article, naming both lines", async () => {
    const one = await write("one.jsonl", [line(record("a.txt", "first text"))]);
    const two = await write("two.jsonl", [line(record("b.txt")), line(record("a.txt", "second text"))]);
    await expect(readRecords([one, two])).rejects.toThrow(
      new RecordsConflict(
        `${two}:2: article "a.txt" has another record in ${one}:1; extract each article once (the shards of one --shard i/n run never overlap)`,
      ),
    );
  });

  it("refuse records of different builders or lexicons", async () => {
    const one = await write("builder-1.jsonl", [line(record("a.txt"))]);
    const other = { ...record("b.txt"), builder: "ffffffffffffffff" };
    const two = await write("builder-2.jsonl", [line(other)]);
    await expect(readRecords([one, two])).rejects.toThrow(
      `${two}:1: extracted with builder ffffffffffffffff, lexicon fedcba9876543210, but ${one}:1 with builder 0123456789abcdef`,
    );
    const lexicon = {
      ...record("b.txt"),
      lexicon: { fingerprint: "1111111111111111", files: ["extra.json"] },
    };
    const three = await write("lexicon.jsonl", [line(lexicon)]);
    await expect(readRecords([one, three])).rejects.toThrow(
      /lexicon 1111111111111111 \(--lexicon extra\.json\)/,
    );
  });
});
