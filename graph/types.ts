// The graph model, declared once: the attributes of nodes, edges and the graph (the graph JSON contract,
// README.md "Graph JSON"), the graph type itself, and the types every layer of the builder and the
// explorer shares. Exports, imports, analysis and the explorer's view logic all read the model from here.
import type { AbstractGraph } from "graphology-types";
import type { CurationFile } from "./curation/types.ts";

export type Kind = "actor" | "platform";
export type Modality = "asserted" | "alleged" | "hypothetical";
/** Where an evidence item's date comes from: a temporal expression in its sentence, or its article's date. */
export type DateSource = "text" | "article";
/** Where an article's date was found. */
export const ARTICLE_DATE_SOURCES = ["front matter", "meta", "json-ld", "time", "json", "dateline"] as const;
export type ArticleDateSource = (typeof ARTICLE_DATE_SOURCES)[number];

export const ACTIONS = [
  "blocks",
  "restricts",
  "bans",
  "accuses",
  "criticizes",
  "promotes",
  "mandates",
  "fines",
  "owns",
  "founded",
  "represents",
  "modeled_on",
  "alternative_to",
] as const;
export type Action = (typeof ACTIONS)[number];

/** One article as read from an input file, before any analysis. */
export interface Article {
  /** Path of the file relative to the input folder (posix separators); `file.json#3` for items of a JSON array. */
  id: string;
  title: string;
  date: string | null;
  url: string | null;
  publisher: string | null;
  /** Where `date` was found; absent when there is no date (and in older records). */
  dateSource?: ArticleDateSource;
  /** The article's text; evidence offsets point into this string. For .txt it is the whole file. */
  text: string;
}

/** Article metadata as stored in the graph attributes (plus the text, for the reader pane). */
export interface ArticleMeta {
  id: string;
  title: string;
  date: string | null;
  url: string | null;
  publisher: string | null;
  /** Where `date` was found; absent when there is no date (and in older graphs). */
  dateSource?: ArticleDateSource;
  words: number;
  text: string;
}

/** A file that could not be read, with a message a person understands. */
export interface InputProblem {
  file: string;
  problem: string;
}

export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  modality: Modality;
  /** The construction that produced it (`verbal.passive-agent`, `structural.title`, …); absent in older graphs. */
  rule?: string;
  /** When the act happened, as an ISO period at the precision known (`2024`, `2024-08`, `2024-08-09`); absent when unknown. */
  date?: string;
  /** Where `date` comes from; present exactly when `date` is. */
  dateSource?: DateSource;
  /** Checked by a person (a curation's confirm-evidence); absent otherwise. */
  confirmed?: true;
}

/** A person's note on a node or an edge (curation, graph/curation). */
export interface Note {
  text: string;
  at: string;
  author?: string;
}

/** An entity recognised in an article, identified by its canonical key. */
export interface EntityRef {
  key: string;
  label: string;
  kind: Kind;
  category: string;
}

/** What the extraction of one article yields; plain data, so it crosses worker boundaries. */
export interface ArticleExtraction {
  article: string;
  sentences: number;
  /**
   * Every entity mention: the entity and the surface form seen. `description` marks a description or
   * pronoun that refers back to the entity ("the app", "its service", "officials"): evidence of a
   * mention, never a name of the entity.
   */
  mentions: { entity: EntityRef; surface: string; description?: boolean }[];
  relations: { subject: EntityRef; action: Action; object: EntityRef; evidence: Evidence }[];
}

export interface NodeAttributes {
  label: string;
  kind: Kind;
  category: string;
  aliases: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Notes from a curation; absent when there are none. */
  notes?: Note[];
}

export interface EdgeAttributes {
  action: Action;
  cameo: string | null;
  /** Number of evidence items found; with a capped edge more than `evidence` holds. */
  weight: number;
  /** Sorted by article then offsets; the first `--max-evidence` items when capped. */
  evidence: Evidence[];
  /** Only on capped edges: how many evidence items were found (the same as `weight`). Absent in older graphs. */
  evidenceTotal?: number;
  /** The earliest and latest evidence dates (ISO periods); absent when no evidence is dated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Notes from a curation; absent when there are none. */
  notes?: Note[];
}

export interface GraphAttributes {
  articles: ArticleMeta[];
  builtWith: { version: string; options: Record<string, unknown> };
  /** The curation file applied to the graph (graph/curation), when one was. */
  curation?: CurationFile;
}

/** The graph of the contract: a directed multigraph with self-loops, as the builder writes it and the explorer reads it. */
export type NewsGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
