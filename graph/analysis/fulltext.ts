// Full-text search over the evidence sentences and the articles (MiniSearch), with prefix and typo
// tolerance: "block" finds blocking sentences, "telgram" finds Telegram. Hits are sentences, so a click can
// open the reader at the sentence; an article that matches outside its evidence gives the sentence around
// the first matching word.
import MiniSearch from "minisearch";
import type { ArticleMeta, NewsGraph } from "../types.ts";
import { normalizeName } from "../view/search.ts";

export interface TextHit {
  /** "evidence": a sentence behind relations; "article": a sentence of an article that matched elsewhere. */
  kind: "evidence" | "article";
  article: string;
  start: number;
  end: number;
  sentence: string;
  /** The edges this sentence is evidence for (empty for article hits). */
  edges: string[];
  /** The words of the sentence that matched (index form: lower case, no accents). */
  terms: string[];
  score: number;
}

interface Doc {
  id: number;
  kind: "evidence" | "article";
  article: string;
  text: string;
  title: string;
  start: number;
  end: number;
  edges: string[];
}

export interface TextIndex {
  search(query: string, limit?: number): TextHit[];
  readonly size: number;
}

/** Index terms: lower case without accents (normalizeName), so "Roskomnadzór" and "roskomnadzor" meet. */
const processTerm = (term: string) => normalizeName(term) || null;

/** Fuzzy: an edit per five letters ("telgram" → "telegram"), two at most; words of three letters or less exactly. */
const fuzzy = (term: string) =>
  term.length <= 3 ? false : Math.min(2, Math.max(1, Math.floor(term.length / 5)));

export function buildTextIndex(graph: NewsGraph): TextIndex {
  const docs: Doc[] = [];
  const sentences = new Map<string, Doc>();
  graph.forEachEdge((edge, attributes) => {
    for (const item of attributes.evidence ?? []) {
      const key = `${item.article}\u0000${item.start}\u0000${item.end}`;
      let doc = sentences.get(key);
      if (!doc) {
        doc = {
          id: docs.length,
          kind: "evidence",
          article: item.article,
          text: item.sentence,
          title: "",
          start: item.start,
          end: item.end,
          edges: [],
        };
        docs.push(doc);
        sentences.set(key, doc);
      }
      if (!doc.edges.includes(edge)) doc.edges.push(edge);
    }
  });
  // An article's words found inside one of its evidence sentences give that sentence, with its relations.
  const evidenceIn = new Map<string, Doc[]>();
  for (const doc of docs)
    (evidenceIn.get(doc.article) ?? evidenceIn.set(doc.article, []).get(doc.article)!).push(doc);
  const articles: ArticleMeta[] = graph.getAttribute("articles") ?? [];
  for (const article of articles) {
    docs.push({
      id: docs.length,
      kind: "article",
      article: article.id,
      text: article.text ?? "",
      title: article.title ?? "",
      start: 0,
      end: 0,
      edges: [],
    });
  }
  const index = new MiniSearch<Doc>({
    fields: ["text", "title"],
    idField: "id",
    processTerm,
    searchOptions: {
      prefix: true,
      fuzzy,
      combineWith: "AND",
      boost: { title: 1.5 },
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  });
  index.addAll(docs);

  return {
    size: docs.length,
    search(query, limit = 50) {
      if (!query.trim()) return [];
      const hits: TextHit[] = [];
      const seen = new Set<string>();
      for (const result of index.search(query)) {
        const doc = docs[result.id as number]!;
        const hit =
          doc.kind === "evidence"
            ? evidenceHit(doc, result.terms, result.score)
            : articleHit(doc, result.terms, result.score, evidenceIn.get(doc.article) ?? []);
        if (!hit) continue;
        const key = `${hit.article}\u0000${hit.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push(hit);
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}

function evidenceHit(doc: Doc, terms: string[], score: number): TextHit {
  return {
    kind: "evidence",
    article: doc.article,
    start: doc.start,
    end: doc.end,
    sentence: doc.text,
    edges: doc.edges,
    terms,
    score,
  };
}

/** The sentence of the article around the first word that matched (the title when only it did). */
function articleHit(doc: Doc, terms: string[], score: number, evidence: readonly Doc[]): TextHit | null {
  const found = firstOccurrence(doc.text, terms);
  if (!found) {
    return doc.title
      ? {
          kind: "article",
          article: doc.article,
          start: 0,
          end: 0,
          sentence: doc.title,
          edges: [],
          terms,
          score,
        }
      : null;
  }
  const inside = evidence.find((e) => e.start <= found && found < e.end);
  if (inside) return evidenceHit(inside, terms, score);
  const { start, end } = sentenceAround(doc.text, found);
  return {
    kind: "article",
    article: doc.article,
    start,
    end,
    sentence: doc.text.slice(start, end),
    edges: [],
    terms,
    score,
  };
}

/** Where the first of `terms` starts a word of `text` (compared in index form), or null. */
export function firstOccurrence(text: string, terms: readonly string[]): number | null {
  const wanted = new Set(terms);
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wanted.has(normalizeName(match[0]))) return match.index;
  }
  return null;
}

/** The sentence containing offset `at`: from after the previous end mark or line break to the next. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== "\n") end++;
  return { start, end };
}

/** An index built on first search, so opening a graph does not wait for it. */
export function lazyTextIndex(graph: NewsGraph): TextIndex {
  let index: TextIndex | null = null;
  const built = () => (index ??= buildTextIndex(graph));
  return {
    search: (query, limit) => built().search(query, limit),
    get size() {
      return built().size;
    },
  };
}
