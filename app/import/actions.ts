// What opening a graph file or adding articles does: parse or build, then swap the explorer's graph. Every
// failure becomes a message; the current graph stays as it is.
import { GraphImportError, IMPORT_LIMITS, parseGraphFile } from "../../graph/import/parse.ts";
import { mergeArticles, uniqueArticleId } from "../../graph/import/merge.ts";
import { placeAddedNodes } from "../../graph/layout/place.ts";
import { viewForOpenedGraph } from "../../graph/view/applicable.ts";
import { checkArticleBytes, extensionOf, isArticleFile } from "../../graph/read/index.ts";
import { DEFAULT_MAX_FILE_MB, MB, tooLarge } from "../../graph/read/limits.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { graphFromJson } from "../load.ts";
import { rewriteViewInUrl } from "../state/useViewState.ts";
import { buildArticles } from "../workers/builder.ts";
import { currentBase, setBase } from "../curation/store.ts";
import { recordArticles } from "../workspace/articles.ts";
import type { SavedArticle } from "../workspace/db.ts";
import { rememberOpenedGraph } from "../workspace/opened.ts";
import { browserXmlParsers } from "./browserXml.ts";

export const GRAPH_EXTENSIONS = [".json", ".gexf", ".graphml", ".xml"];
/** Larger files are refused before reading them: the same limits, and words, as the CLI's. */
export const MAX_GRAPH_FILE_BYTES = IMPORT_LIMITS.maxBytes;
export const MAX_ARTICLE_FILE_BYTES = DEFAULT_MAX_FILE_MB * MB;

export interface Outcome {
  ok: boolean;
  /** The person stopped it (adding articles): information, not an error. */
  cancelled?: boolean;
  message: string;
  /** After adding articles: the first new article, for a reader link. */
  article?: { id: string; title: string };
}

async function fileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GraphImportError(
      `${file.name} could not be opened: it is not UTF-8 text. The current graph is unchanged.`,
    );
  }
}

export async function openGraphFile(file: File): Promise<Outcome> {
  try {
    if (file.size > MAX_GRAPH_FILE_BYTES) {
      return {
        ok: false,
        message: `${file.name} could not be opened: it is ${tooLarge(file.size, MAX_GRAPH_FILE_BYTES)}. The current graph is unchanged.`,
      };
    }
    const { graph } = parseGraphFile(file.name, await fileText(file), browserXmlParsers);
    const prepared = graphFromJson(graph.export());
    const message = `Opened ${file.name}: ${prepared.order} nodes, ${prepared.size} relations.`;
    // What the old view names (selection, open article, camera) mostly means nothing in the new graph.
    rewriteViewInUrl((view) => viewForOpenedGraph(view, prepared));
    // The articles added to the earlier graph went with it; the corrections stay and apply where they can.
    recordArticles([], true);
    rememberOpenedGraph(file.name, graph.export());
    setBase(prepared, { openedFile: file.name, notice: { message } });
    return { ok: true, message };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A graph file rather than articles: by extension, and for .json by content (graph JSON has "nodes"). */
export async function isGraphFile(file: File): Promise<boolean> {
  const ext = extensionOf(file.name);
  if (ext === ".gexf" || ext === ".graphml" || ext === ".xml") return true;
  if (ext !== ".json") return false;
  const head = await file.slice(0, 2048).text();
  return /^\s*\{/.test(head) && /"(nodes|options|attributes)"\s*:/.test(head);
}

export interface ArticleInput {
  name: string;
  text: string;
}

export async function articleInputsOfFiles(
  files: readonly File[],
): Promise<{ inputs: ArticleInput[]; problems: string[] }> {
  const inputs: ArticleInput[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (!isArticleFile(file.name)) {
      problems.push(
        `${file.name}: not an article (.txt, .md, .html) or a graph file (.json, .gexf, .graphml)`,
      );
    } else if (file.size > MAX_ARTICLE_FILE_BYTES) {
      problems.push(`${file.name}: ${tooLarge(file.size, MAX_ARTICLE_FILE_BYTES)}`);
    } else {
      // The CLI's own checks and words (graph/read): empty, binary (NUL byte at …), not valid UTF-8 (…).
      const decoded = checkArticleBytes(new Uint8Array(await file.arrayBuffer()), MAX_ARTICLE_FILE_BYTES);
      if (decoded.ok) inputs.push({ name: file.name, text: decoded.text });
      else problems.push(`${file.name}: ${decoded.problem}`);
    }
  }
  return { inputs, problems };
}

export const CANCELLED_MESSAGE = "Adding articles was cancelled. The graph is unchanged.";

/**
 * Runs the builder on the articles in a worker and merges what it finds into `graph`. Aborting `signal`
 * stops the worker and leaves the graph as it is.
 */
export async function addArticles(
  graph: NewsGraph,
  inputs: readonly ArticleInput[],
  earlierProblems: string[] = [],
  signal?: AbortSignal,
): Promise<Outcome> {
  if (inputs.length === 0) {
    return {
      ok: false,
      message:
        earlierProblems.join("\n") ||
        "Nothing to add: paste an article's text or drop .txt, .md or .html files.",
    };
  }
  // Articles join the graph as built or opened; the corrections are then applied to it again.
  const into = currentBase() ?? graph;
  const taken = new Set((into.getAttribute("articles") ?? []).map((a) => a.id));
  const files = inputs.map((input) => {
    const id = uniqueArticleId(input.name, taken);
    taken.add(id);
    return { id, name: input.name, text: input.text };
  });
  const built = await buildAndMerge(into, files, signal);
  if (!built.built) {
    const { outcome } = built;
    if (outcome.cancelled || earlierProblems.length === 0) return outcome;
    return { ...outcome, message: [...earlierProblems, outcome.message].join("\n") };
  }
  const { response, merged, prepared } = built;
  const problems = [...earlierProblems, ...response.problems.map((p) => `${p.file}: ${p.problem}`)];
  const read = new Set(response.articles.map((a) => a.id));
  recordArticles(files.filter((f) => read.has(f.id)));
  const first = response.articles[0]!;
  const n = response.articles.length;
  const message =
    `Added ${n === 1 ? `“${first.title}”` : `${n} articles`}: ${merged.addedNodes.length} new node${merged.addedNodes.length === 1 ? "" : "s"}, ` +
    `${merged.addedEdges.length} new relation${merged.addedEdges.length === 1 ? "" : "s"}` +
    (merged.updatedEdges.length > 0 ? `, ${merged.updatedEdges.length} with new evidence` : "") +
    "." +
    (problems.length > 0 ? `\n${problems.join("\n")}` : "");
  const article = { id: first.id, title: first.title };
  setBase(prepared, {
    added: {
      nodes: new Set(merged.addedNodes),
      edges: new Set([...merged.addedEdges, ...merged.updatedEdges]),
      articles: response.articles.map((a) => ({ id: a.id, title: a.title })),
    },
    notice: { message, article },
  });
  return { ok: true, message, article };
}

/**
 * Builds articles in the worker and merges them into a copy of `graph`: the new graph, ready to draw, or
 * the outcome to report (cancelled, failed, nothing readable).
 */
export async function buildAndMerge(graph: NewsGraph, files: readonly SavedArticle[], signal?: AbortSignal) {
  const response = await buildArticles([...files], signal);
  if ("cancelled" in response || signal?.aborted)
    return {
      built: false as const,
      outcome: { ok: false, cancelled: true, message: CANCELLED_MESSAGE } as Outcome,
    };
  if (!response.ok)
    return {
      built: false as const,
      outcome: {
        ok: false,
        message: `The builder failed: ${response.error}. The graph is unchanged.`,
      } as Outcome,
    };
  if (response.articles.length === 0) {
    const problems = response.problems.map((p) => `${p.file}: ${p.problem}`);
    return {
      built: false as const,
      outcome: { ok: false, message: problems.join("\n") || "No article could be read." } as Outcome,
    };
  }
  const merged = mergeArticles(graph, response.articles, response.resolution);
  placeAddedNodes(merged.graph, merged.addedNodes);
  return { built: true as const, response, merged, prepared: graphFromJson(merged.graph.export()) };
}

/** A pasted text as a .txt article (its first line is the headline). */
export function pastedArticle(text: string, count: number): ArticleInput {
  return { name: `pasted-article-${count}.txt`, text };
}
