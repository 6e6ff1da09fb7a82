import { compileLexicon, defaultLexicon, extractArticle } from "../../graph/extract/index.ts";
import type { ArticleExtraction } from "../../graph/types.ts";

export const lexicon = compileLexicon(defaultLexicon());

export function extract(text: string, lex = lexicon): ArticleExtraction {
  return extractArticle({ id: "t.txt", title: "", date: null, url: null, publisher: null, text }, lex);
}

/** "Subject action Object [modality]" lines, sorted, for readable assertions. */
export function triples(text: string, lex = lexicon): string[] {
  return [
    ...new Set(
      extract(text, lex).relations.map(
        (r) => `${r.subject.label} ${r.action} ${r.object.label} [${r.evidence.modality}]`,
      ),
    ),
  ].sort();
}

export const plain = (text: string, lex = lexicon): string[] =>
  triples(text, lex).map((t) => t.replace(/ \[\w+\]$/, ""));
