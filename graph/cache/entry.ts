// One cache entry on disk: a header line (what it is, for which key, how long and what checksum its
// payload has) and the payload, one article's extraction as JSON. Whatever a crash, a full disk, a
// hand edit or another program leaves in the file is caught here and named, never handed to the merge.
import { createHash } from "node:crypto";
import { checkExtraction, RecordError } from "../records/format.ts";
import type { ArticleExtraction } from "../types.ts";

const ENTRY_TAG = "newsgraph-cache-entry";
const ENTRY_VERSION = 1;

export interface CacheStamp {
  /** builderVersion(): the extractor's source and data. */
  builder: string;
  /** Hash of the merged lexicon in force (built-in plus --lexicon files). */
  lexicon: string;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * The key of an article's extraction: its text, the lexicons and the builder, nothing else. The article's
 * id is left out on purpose, so a renamed or duplicated file reuses the entry (see rebind).
 */
export function cacheKey(text: string, stamp: CacheStamp): string {
  return sha256(`${ENTRY_TAG} ${ENTRY_VERSION}\n${stamp.builder}\n${stamp.lexicon}\n${text}`);
}

export function encodeEntry(key: string, extraction: ArticleExtraction): string {
  const payload = JSON.stringify(extraction);
  const bytes = Buffer.byteLength(payload);
  const header = { newsgraph: ENTRY_TAG, version: ENTRY_VERSION, key, bytes, sha256: sha256(payload) };
  return `${JSON.stringify(header)}\n${payload}\n`;
}

export type DecodedEntry = { ok: true; extraction: ArticleExtraction } | { ok: false; damage: string };

/** Reads back what encodeEntry wrote for `key`, or says what is wrong with it. */
export function decodeEntry(content: Buffer, key: string): DecodedEntry {
  const damaged = (damage: string): DecodedEntry => ({ ok: false, damage });
  const newline = content.indexOf(0x0a);
  if (newline < 0)
    return damaged(content.length === 0 ? "truncated (empty)" : "truncated or foreign (no header line)");
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(content.subarray(0, newline).toString("utf8")) as Record<string, unknown>;
  } catch {
    return damaged("foreign (its first line is not a cache entry header)");
  }
  if (header === null || typeof header !== "object" || header.newsgraph !== ENTRY_TAG)
    return damaged("foreign (not a Newsgraph cache entry)");
  if (header.version !== ENTRY_VERSION) return damaged(`foreign (entry version ${String(header.version)})`);
  if (header.key !== key) return damaged("foreign (written for another key)");
  const payload = content.subarray(newline + 1);
  const expected = typeof header.bytes === "number" ? header.bytes : -1;
  if (payload.length !== expected + 1 || payload[payload.length - 1] !== 0x0a)
    return damaged(
      payload.length < expected + 1
        ? `truncated (${Math.max(0, payload.length - 1)} of ${expected} bytes)`
        : "corrupted (wrong length)",
    );
  const body = payload.subarray(0, expected);
  if (sha256(body) !== header.sha256) return damaged("corrupted (checksum mismatch)");
  try {
    const value = JSON.parse(body.toString("utf8")) as { article?: unknown };
    return { ok: true, extraction: checkExtraction(value, String(value.article), "extraction") };
  } catch (error) {
    if (error instanceof RecordError || error instanceof SyntaxError)
      return damaged(`foreign (${error.message})`);
    throw error;
  }
}

/**
 * The extraction as if made for article `id`: the extractor writes the id in two places only (the
 * extraction and each evidence item); the rest depends on the text alone. Tests build renamed articles with
 * and without the cache to hold it to that.
 */
export function rebind(extraction: ArticleExtraction, id: string): ArticleExtraction {
  if (extraction.article === id) return extraction;
  return {
    ...extraction,
    article: id,
    relations: extraction.relations.map((r) => ({ ...r, evidence: { ...r.evidence, article: id } })),
  };
}
