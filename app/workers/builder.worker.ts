// The builder in a worker, for articles added in the page: the same graph/ code as the CLI (graph/read
// parsers → graph/extract → graph/merge's resolve). Answers with plain data the page merges into its graph.
import { resolve } from "../../graph/merge/resolve.ts";
import {
  compileLexicon,
  defaultLexicon,
  extractArticleWithin,
  skippedProblem,
  type CompiledLexicon,
} from "../../graph/extract/index.ts";
import { parseArticleText } from "../../graph/read/index.ts";
import type { Article, InputProblem } from "../../graph/types.ts";
import type { BuilderRequest, BuilderResponse } from "./protocol.ts";

let lexicon: CompiledLexicon | null = null;

self.onmessage = (event: MessageEvent<BuilderRequest>) => {
  const { id, files } = event.data;
  try {
    lexicon ??= compileLexicon(defaultLexicon());
    const articles: Article[] = [];
    const problems: InputProblem[] = [];
    for (const file of files) {
      const parsed = parseArticleText(file.id, file.text);
      if (parsed.problem) problems.push({ file: file.name, problem: parsed.problem });
      articles.push(...parsed.articles);
    }
    // each article within its time budget, as in the CLI: an overrun keeps what was found and is reported
    const extractions = articles.map((article) => {
      const { extraction, skipped } = extractArticleWithin(article, lexicon!);
      if (skipped) problems.push({ file: article.id, problem: skippedProblem(skipped) });
      return extraction;
    });
    const response: BuilderResponse = {
      id,
      ok: true,
      articles,
      resolution: resolve(extractions, { articleDates: new Map(articles.map((a) => [a.id, a.date])) }),
      problems,
    };
    self.postMessage(response);
  } catch (error) {
    const response: BuilderResponse = {
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(response);
  }
};
