// Turns whatever a graph file holds into the contract (README, "Graph JSON"), defensively: every attribute is
// type-checked and rebuilt, missing ones get sane defaults (kind, category, colour, position, evidence),
// unknown ones are dropped. Attribute text stays text: nothing here (or in the app) renders it as HTML.
import { checkCuration } from "../curation/validate.ts";
import { categoryColor } from "../palette.ts";
import { isPeriod } from "../time/period.ts";
import { seenSpan } from "../time/span.ts";
import {
  ARTICLE_DATE_SOURCES,
  type ArticleDateSource,
  type ArticleMeta,
  type DateSource,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type Kind,
  type Modality,
  type NodeAttributes,
  type Note,
} from "../types.ts";

const DATE_SOURCES: ReadonlySet<string> = new Set<DateSource>(["text", "article"]);
import { newContractGraph, type ContractGraph } from "../export/contract.ts";
import { isReservedKey, reservedKeyProblem, safeRecord } from "./safeKeys.ts";

export class GraphImportError extends Error {}

export const IMPORT_LIMITS = {
  /**
   * Bytes of a graph file: the explorer refuses larger files before reading them, `graph export` too, so both
   * name the same limit. Builds stay far below it: evidence is capped per edge (`graph build --max-evidence`).
   */
  maxBytes: 64 * 1024 * 1024,
  /** Characters of text in a graph file (at most one per byte). */
  maxChars: 64 * 1024 * 1024,
  maxNodes: 200_000,
  maxEdges: 1_000_000,
  /** Characters in one attribute value (a label, an evidence sentence). */
  maxText: 100_000,
};

const PLATFORM_CATEGORIES = new Set([
  "messenger",
  "social network",
  "video",
  "search",
  "email",
  "service",
  "app store",
  "vpn",
  "encyclopedia",
]);
const MODALITIES = new Set<Modality>(["asserted", "alleged", "hypothetical"]);
const COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|#[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

export interface RawElements {
  attributes: Record<string, unknown>;
  nodes: Iterable<{ key: string; attributes: Record<string, unknown> }>;
  edges: Iterable<{ key?: string; source: string; target: string; attributes: Record<string, unknown> }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v);

function text(value: unknown, fallback: string): string {
  if (typeof value === "string") return value.slice(0, IMPORT_LIMITS.maxText);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return fallback;
}

function optionalText(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value.slice(0, IMPORT_LIMITS.maxText) : null;
}

function finite(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/** A list that may arrive as an array, as JSON text (GraphML, GEXF) or as "a | b" text (CSV-style). */
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.trim() !== "") {
    const trimmed = value.trim();
    if (trimmed.startsWith("[")) {
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (Array.isArray(parsed)) return parsed;
      } catch {
        // not JSON: a plain string below
      }
    }
    return trimmed.split(" | ");
  }
  return [];
}

function color(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (COLOR.test(value)) return value;
  const rgb = RGB.exec(value);
  if (!rgb) return null;
  return (
    "#" +
    rgb
      .slice(1, 4)
      .map((c) => Math.min(255, Number(c)).toString(16).padStart(2, "0"))
      .join("")
      // The palette's own spelling, so a colour survives a round trip through GEXF's r/g/b unchanged.
      .toUpperCase()
  );
}

function evidenceItem(value: unknown): Evidence | null {
  if (!isRecord(value)) return null;
  const start = finite(value.start) ?? 0;
  const end = finite(value.end) ?? start;
  const modality = MODALITIES.has(value.modality as Modality) ? (value.modality as Modality) : "asserted";
  const item: Evidence = {
    article: text(value.article, ""),
    sentence: text(value.sentence, ""),
    start: Math.max(0, Math.trunc(start)),
    end: Math.max(0, Math.trunc(end)),
    modality,
  };
  if (typeof value.rule === "string" && /^[\w.-]{1,64}$/.test(value.rule)) item.rule = value.rule;
  if (
    typeof value.date === "string" &&
    isPeriod(value.date) &&
    DATE_SOURCES.has(value.dateSource as DateSource)
  )
    Object.assign(item, { date: value.date, dateSource: value.dateSource });
  if (value.confirmed === true || value.confirmed === "true") item.confirmed = true;
  return item;
}

/** A curation's notes (a list, or JSON text in GEXF and GraphML); anything else is dropped. */
function notes(value: unknown): Note[] | undefined {
  const kept = list(jsonValue(value)).flatMap((n): Note[] => {
    if (!isRecord(n) || typeof n.text !== "string" || typeof n.at !== "string") return [];
    const note: Note = { text: n.text.slice(0, IMPORT_LIMITS.maxText), at: n.at.slice(0, 64) };
    if (typeof n.author === "string" && n.author) note.author = n.author.slice(0, 200);
    return [note];
  });
  return kept.length > 0 ? kept : undefined;
}

/** The curation applied to the graph, if the file carries one and it is a valid curation file. */
function curationOf(value: unknown): GraphAttributes["curation"] | undefined {
  if (value === undefined) return undefined;
  try {
    return checkCuration(jsonValue(value), "the graph's curation");
  } catch {
    return undefined;
  }
}

function article(value: unknown): ArticleMeta | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const body = typeof value.text === "string" ? value.text : "";
  return {
    id: value.id,
    title: text(value.title, value.id),
    date: optionalText(value.date),
    url: optionalText(value.url),
    publisher: optionalText(value.publisher),
    ...(ARTICLE_DATE_SOURCES.includes(value.dateSource as ArticleDateSource)
      ? { dateSource: value.dateSource as ArticleDateSource }
      : {}),
    words: Math.max(0, Math.trunc(finite(value.words) ?? 0)),
    text: body,
  };
}

function jsonValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

export function nodeAttributes(key: string, a: Record<string, unknown>): NodeAttributes {
  const rawCategory = optionalText(a.category)?.trim().toLowerCase() || null;
  const kind: Kind =
    a.kind === "actor" || a.kind === "platform"
      ? a.kind
      : rawCategory && PLATFORM_CATEGORIES.has(rawCategory)
        ? "platform"
        : "actor";
  const category = rawCategory ?? (kind === "platform" ? "service" : "group");
  const aliases = [...new Set(list(a.aliases).filter((s): s is string => typeof s === "string" && s !== ""))];
  const size = finite(a.size);
  return {
    label: text(a.label, key) || key,
    kind,
    category,
    aliases: aliases.map((s) => s.slice(0, IMPORT_LIMITS.maxText)),
    mentions: Math.max(0, Math.trunc(finite(a.mentions) ?? 0)),
    x: finite(a.x) ?? NaN,
    y: finite(a.y) ?? NaN,
    size: size !== null && size > 0 ? Math.min(size, 100) : 6,
    color: color(a.color) ?? categoryColor(kind, category),
    ...withNotes(a.notes),
  };
}

const withNotes = (value: unknown): { notes?: Note[] } => {
  const kept = notes(value);
  return kept ? { notes: kept } : {};
};

export function edgeAttributes(a: Record<string, unknown>): EdgeAttributes {
  const action = (optionalText(a.action) ?? optionalText(a.label) ?? optionalText(a.type) ?? "related_to")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_");
  const evidence = list(a.evidence)
    .map(evidenceItem)
    .filter((e): e is Evidence => e !== null);
  const weight = finite(a.weight);
  const edge: EdgeAttributes = {
    action: action as EdgeAttributes["action"],
    cameo: optionalText(a.cameo),
    weight: weight !== null && weight >= 0 ? weight : Math.max(1, evidence.length),
    evidence,
  };
  // A capped edge's count of all its evidence; meaningless unless it exceeds what the file holds.
  const total = finite(a.evidenceTotal);
  if (total !== null && Number.isInteger(total) && total > evidence.length) edge.evidenceTotal = total;
  // The span as written when it is well formed (it covers evidence a cap left out), else from the evidence.
  const span =
    typeof a.firstSeen === "string" &&
    typeof a.lastSeen === "string" &&
    isPeriod(a.firstSeen) &&
    isPeriod(a.lastSeen)
      ? seenSpan([a.firstSeen, a.lastSeen, ...evidence.map((e) => e.date)])
      : seenSpan(evidence.map((e) => e.date));
  if (span) Object.assign(edge, span);
  const edgeNotes = notes(a.notes);
  if (edgeNotes) edge.notes = edgeNotes;
  return edge;
}

/** The contract graph of raw elements; throws GraphImportError with a message for a person. */
export function normalizeGraph(raw: RawElements): ContractGraph {
  const graph = newContractGraph();
  const articles = list(jsonValue(raw.attributes.articles))
    .map(article)
    .filter((a): a is ArticleMeta => a !== null);
  const builtWith = jsonValue(raw.attributes.builtWith);
  const attributes: GraphAttributes = {
    articles,
    builtWith:
      isRecord(builtWith) && typeof builtWith.version === "string"
        ? {
            version: builtWith.version,
            options: isRecord(builtWith.options) ? safeRecord(builtWith.options) : {},
          }
        : { version: "imported", options: {} },
  };
  const curation = curationOf(raw.attributes.curation);
  if (curation) attributes.curation = curation;
  graph.replaceAttributes(attributes);
  for (const { key, attributes: a } of raw.nodes) {
    if (graph.order >= IMPORT_LIMITS.maxNodes) {
      throw new GraphImportError(`it has more than ${IMPORT_LIMITS.maxNodes.toLocaleString("en")} nodes`);
    }
    if (isReservedKey(key)) throw new GraphImportError(reservedKeyProblem("the node key", key));
    if (graph.hasNode(key)) throw new GraphImportError(`the node "${key.slice(0, 80)}" appears twice`);
    graph.addNode(key, nodeAttributes(key, a));
  }
  let index = 0;
  for (const { key, source, target, attributes: a } of raw.edges) {
    if (graph.size >= IMPORT_LIMITS.maxEdges) {
      throw new GraphImportError(`it has more than ${IMPORT_LIMITS.maxEdges.toLocaleString("en")} edges`);
    }
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) {
        throw new GraphImportError(
          `an edge refers to the node "${end.slice(0, 80)}", which is not in the file`,
        );
      }
    }
    if (key !== undefined && isReservedKey(key))
      throw new GraphImportError(reservedKeyProblem("the edge key", key));
    const attrs = edgeAttributes(a);
    let edgeKey = key ?? `${source}|${attrs.action}|${target}`;
    if (graph.hasEdge(edgeKey)) edgeKey = `${edgeKey}#${index}`;
    graph.addDirectedEdgeWithKey(edgeKey, source, target, attrs);
    index++;
  }
  placeUnplaced(graph);
  return graph;
}

/** Nodes without a position go on a circle, in file order (deterministic). */
function placeUnplaced(graph: ContractGraph): void {
  const unplaced = graph.filterNodes((_n, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y));
  const radius = 10 * Math.sqrt(Math.max(1, graph.order)) + 50;
  unplaced.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / unplaced.length;
    graph.mergeNodeAttributes(node, {
      x: Math.round(Math.cos(angle) * radius * 100) / 100,
      y: Math.round(Math.sin(angle) * radius * 100) / 100,
    });
  });
}
