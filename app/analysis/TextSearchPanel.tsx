// Full-text search over the evidence sentences and the articles (graph/analysis/fulltext.ts): prefix and
// typo tolerant; each hit is a sentence, a click opens the reader at it. Text is rendered as text.
import { useDeferredValue, useMemo, useState } from "react";
import { normalizeName } from "../../graph/view/search.ts";
import type { TextHit, TextIndex } from "../../graph/analysis/fulltext.ts";
import type { ArticleMeta } from "../../graph/types.ts";

/** The sentence cut into plain and matching words, so matches can be marked without any HTML. */
function marked(sentence: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const wanted = new Set(terms);
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const word of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!wanted.has(normalizeName(word[0]))) continue;
    if (word.index > at) parts.push({ text: sentence.slice(at, word.index), match: false });
    parts.push({ text: word[0], match: true });
    at = word.index + word[0].length;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), match: false });
  return parts;
}

export function TextSearchPanel(props: {
  index: TextIndex;
  articles: ReadonlyMap<string, ArticleMeta>;
  onOpen: (hit: TextHit) => void;
}) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => props.index.search(deferred, 100), [props.index, deferred]);
  return (
    <article className="text-search" aria-labelledby="text-search-title">
      <header className="details-head">
        <h2 id="text-search-title">Search the text</h2>
      </header>
      <div className="search">
        <input
          type="search"
          aria-label="Search sentences and articles"
          placeholder="Words from the sentences and articles…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="hint" role="status">
        {deferred.trim() === ""
          ? "Finds words by their beginning and despite a typo: “block” finds blocking, “telgram” Telegram."
          : `${hits.length === 100 ? "100+" : hits.length} ${hits.length === 1 ? "sentence" : "sentences"}`}
      </p>
      <ul className="evidence text-hits" data-testid="text-hits">
        {hits.map((hit) => (
          <li key={`${hit.article}:${hit.start}:${hit.end}`}>
            <button type="button" className="evidence-sentence" onClick={() => props.onOpen(hit)}>
              {marked(hit.sentence, hit.terms).map((part, i) =>
                part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
              )}
            </button>
            <span className="evidence-meta">
              <span className="badge">{hit.kind === "evidence" ? "evidence" : "article"}</span>
              <span className="evidence-article">
                {props.articles.get(hit.article)?.title || hit.article}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
