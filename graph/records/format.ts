// Article records: one article's extraction as one line of JSON, the unit the map step (`graph extract`)
// writes and the reduce step (`graph merge`) reads. A record carries everything the merge needs (the
// article as read, its extraction, a problem met while extracting it) and says who made it (the builder
// version and the lexicons in force), so records from different extractors are never mixed unnoticed.
// Pure data and checks, no I/O: the extraction cache stores the same extraction shape.
import {
  ACTIONS,
  ARTICLE_DATE_SOURCES,
  type Article,
  type ArticleDateSource,
  type ArticleExtraction,
  type Evidence,
} from "../types.ts";

export const RECORD_TAG = "newsgraph-article-record";
/** Bump when a field changes meaning or a reader would need a new one; older readers then refuse clearly. */
export const RECORD_VERSION = 1;

/** The lexicons an extraction ran with: a hash of the merged lexicon, and the `--lexicon` file names. */
export interface LexiconStamp {
  fingerprint: string;
  files: string[];
}

export interface ArticleRecord {
  newsgraph: typeof RECORD_TAG;
  version: typeof RECORD_VERSION;
  /** Hash of the extractor's source and lexicon data (see builder-version.ts). */
  builder: string;
  lexicon: LexiconStamp;
  article: Article;
  /** Null when the extraction failed; then `problem` says why. */
  extraction: ArticleExtraction | null;
  /** What went wrong extracting this article (a failure, or a time budget that ran out), else null. */
  problem: string | null;
}

export function articleRecord(
  stamp: { builder: string; lexicon: LexiconStamp },
  article: Article,
  extraction: ArticleExtraction | null,
  problem: string | null,
): ArticleRecord {
  // A fixed key order, so the same extraction is always the same line.
  const { id, title, date, url, publisher, dateSource, text } = article;
  return {
    newsgraph: RECORD_TAG,
    version: RECORD_VERSION,
    builder: stamp.builder,
    lexicon: { fingerprint: stamp.lexicon.fingerprint, files: [...stamp.lexicon.files] },
    article: { id, title, date, url, publisher, ...(dateSource ? { dateSource } : {}), text },
    extraction,
    problem,
  };
}

/** A record that fails its checks; the message names the field, the caller adds file and line. */
export class RecordError extends Error {}

/** Parses and checks one line of a records file. Throws RecordError. */
export function parseRecordLine(line: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new RecordError(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return checkRecord(value);
}

export function checkRecord(value: unknown): ArticleRecord {
  const record = object(value, "the record");
  if (record.newsgraph !== RECORD_TAG)
    throw new RecordError(`not a Newsgraph article record (no "newsgraph": "${RECORD_TAG}")`);
  if (typeof record.version !== "number" || !Number.isInteger(record.version) || record.version < 1)
    throw new RecordError(`version: expected a whole number, got ${show(record.version)}`);
  if (record.version > RECORD_VERSION)
    throw new RecordError(
      `record version ${record.version} is newer than this Newsgraph reads (${RECORD_VERSION}); update Newsgraph or re-extract`,
    );
  const builder = string(record.builder, "builder");
  const lexicon = object(record.lexicon, "lexicon");
  const files = array(lexicon.files, "lexicon.files");
  const article = checkArticle(record.article);
  const extraction =
    record.extraction === null ? null : checkExtraction(record.extraction, article.id, "extraction");
  const problem = record.problem === null ? null : string(record.problem, "problem");
  if (extraction === null && problem === null)
    throw new RecordError("extraction is null but no problem says why");
  return articleRecord(
    {
      builder,
      lexicon: {
        fingerprint: string(lexicon.fingerprint, "lexicon.fingerprint"),
        files: files.map((f, i) => string(f, `lexicon.files[${i}]`)),
      },
    },
    article,
    extraction,
    problem,
  );
}

function checkArticle(value: unknown): Article {
  const a = object(value, "article");
  const id = string(a.id, "article.id");
  if (id === "") throw new RecordError("article.id: empty");
  return {
    id,
    title: string(a.title, "article.title"),
    date: nullableString(a.date, "article.date"),
    url: nullableString(a.url, "article.url"),
    publisher: nullableString(a.publisher, "article.publisher"),
    ...articleDateSource(a.dateSource),
    text: string(a.text, "article.text"),
  };
}

const DATE_SOURCES = new Set<string>(ARTICLE_DATE_SOURCES);

function articleDateSource(value: unknown): Pick<Article, "dateSource"> {
  if (value === undefined) return {};
  if (typeof value !== "string" || !DATE_SOURCES.has(value))
    throw new RecordError(
      `article.dateSource: expected one of ${ARTICLE_DATE_SOURCES.join(", ")}, got ${show(value)}`,
    );
  return { dateSource: value as ArticleDateSource };
}

const KINDS = new Set(["actor", "platform"]);
const KNOWN_ACTIONS = new Set<string>(ACTIONS);
const MODALITIES = new Set(["asserted", "alleged", "hypothetical"]);

/**
 * Checks an extraction of article `id` field by field and returns it (the same object): whatever passes
 * cannot make the merge throw. Evidence must point into this article.
 */
export function checkExtraction(value: unknown, id: string, at: string): ArticleExtraction {
  const x = object(value, at);
  if (x.article !== id) throw new RecordError(`${at}.article: expected ${show(id)}, got ${show(x.article)}`);
  count(x.sentences, `${at}.sentences`);
  array(x.mentions, `${at}.mentions`).forEach((m, i) => {
    const where = `${at}.mentions[${i}]`;
    const mention = object(m, where);
    entityRef(mention.entity, `${where}.entity`);
    string(mention.surface, `${where}.surface`);
    if (mention.description !== undefined && typeof mention.description !== "boolean")
      throw new RecordError(`${where}.description: expected true or false, got ${show(mention.description)}`);
  });
  array(x.relations, `${at}.relations`).forEach((r, i) => {
    const where = `${at}.relations[${i}]`;
    const relation = object(r, where);
    entityRef(relation.subject, `${where}.subject`);
    entityRef(relation.object, `${where}.object`);
    oneOf(relation.action, KNOWN_ACTIONS, `${where}.action`);
    evidence(relation.evidence, id, `${where}.evidence`);
  });
  return value as ArticleExtraction;
}

function evidence(value: unknown, id: string, at: string): Evidence {
  const e = object(value, at);
  if (e.article !== id) throw new RecordError(`${at}.article: expected ${show(id)}, got ${show(e.article)}`);
  string(e.sentence, `${at}.sentence`);
  const start = count(e.start, `${at}.start`);
  const end = count(e.end, `${at}.end`);
  if (end < start) throw new RecordError(`${at}: end ${end} is before start ${start}`);
  oneOf(e.modality, MODALITIES, `${at}.modality`);
  if (e.rule !== undefined) string(e.rule, `${at}.rule`);
  return value as Evidence;
}

function entityRef(value: unknown, at: string): void {
  const e = object(value, at);
  string(e.key, `${at}.key`);
  string(e.label, `${at}.label`);
  oneOf(e.kind, KINDS, `${at}.kind`);
  string(e.category, `${at}.category`);
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new RecordError(`${at}: expected an object, got ${show(value)}`);
  return value as Record<string, unknown>;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new RecordError(`${at}: expected an array, got ${show(value)}`);
  return value;
}

function string(value: unknown, at: string): string {
  if (typeof value !== "string") throw new RecordError(`${at}: expected a string, got ${show(value)}`);
  return value;
}

function nullableString(value: unknown, at: string): string | null {
  return value === null ? null : string(value, at);
}

function count(value: unknown, at: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new RecordError(`${at}: expected a whole number ≥ 0, got ${show(value)}`);
  return value;
}

function oneOf(value: unknown, allowed: ReadonlySet<string>, at: string): void {
  if (typeof value !== "string" || !allowed.has(value))
    throw new RecordError(`${at}: expected one of ${[...allowed].join(", ")}, got ${show(value)}`);
}

/** A value as a message shows it: short, and never a whole article. */
function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
