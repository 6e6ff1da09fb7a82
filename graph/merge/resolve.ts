// Resolve: merge every reference to an entity into one canonical node, and every statement of
// a (subject, action, object) into one edge that carries all of its evidence.
import { CAMEO } from "../cameo.ts";
import { byCodeUnit } from "../order.ts";
import {
  ACTIONS,
  type Action,
  type ArticleExtraction,
  type EntityRef,
  type Evidence,
  type Kind,
} from "../types.ts";
import { seenAttributes } from "../time/span.ts";
import { datedEvidence } from "./dates.ts";
import { capEvidence, DEFAULT_MAX_EVIDENCE, dedupeEvidence } from "./evidence.ts";
import { slugify } from "./slug.ts";

export { compareEvidence } from "./evidence.ts";

export interface ResolvedNode {
  key: string;
  label: string;
  kind: Kind;
  category: string;
  /** Every surface form seen, sorted, deduplicated. */
  aliases: string[];
  mentions: number;
}

export interface ResolvedEdge {
  key: string;
  source: string;
  target: string;
  action: Action;
  cameo: string | null;
  /** Sorted by (article, start, end); each sentence of an article once; at most `maxEvidence` items. */
  evidence: Evidence[];
  /** Only when `evidence` was capped: how many items there were. */
  evidenceTotal?: number;
  /** The earliest and latest dates of all its evidence (kept or not); absent when none is dated. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface Resolution {
  /** Sorted by key. */
  nodes: ResolvedNode[];
  /** Sorted by key. */
  edges: ResolvedEdge[];
}

export const edgeKey = (source: string, action: string, target: string) => `${source}|${action}|${target}`;

const KNOWN_ACTIONS = new Set<string>(ACTIONS);

export interface ResolveOptions {
  /** Evidence items kept per edge (the first, in article and offset order); default DEFAULT_MAX_EVIDENCE. */
  maxEvidence?: number;
}

/** `articleDates`: each article's date as read (by article id), which dates the evidence without a date of its own. */
export function resolve(
  extractions: readonly ArticleExtraction[],
  options: ResolveOptions & { articleDates?: ReadonlyMap<string, string | null> } = {},
): Resolution {
  const resolver = new Resolver(options);
  for (const extraction of extractions)
    resolver.add(extraction, options.articleDates?.get(extraction.article) ?? null);
  return resolver.finish();
}

type EdgeTally = { source: string; target: string; action: Action; evidence: Evidence[] };

/**
 * resolve, one extraction at a time, so a merge can let each record go once it is counted. Any order of
 * `add` gives the same resolution: votes break ties by code unit, evidence and keys are sorted at the end.
 */
export class Resolver {
  private readonly maxEvidence: number;
  private readonly entities = new Map<string, EntityTally>();
  private readonly edges = new Map<string, EdgeTally>();
  /** slugify per label: a corpus names the same few thousand entities hundreds of thousands of times. */
  private readonly slugs = new Map<string, string>();

  constructor(options: ResolveOptions = {}) {
    this.maxEvidence = options.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
  }

  /** Counts one reference to an entity and returns its node key. */
  private tally(ref: EntityRef): string {
    const name = ref.label || ref.key;
    let key = this.slugs.get(name);
    if (key === undefined) this.slugs.set(name, (key = slugify(name)));
    let entry = this.entities.get(key);
    if (!entry)
      this.entities.set(
        key,
        (entry = { labels: new Map(), types: new Map(), aliases: new Set(), mentions: 0 }),
      );
    vote(entry.labels, name);
    vote(entry.types, `${ref.kind}\n${ref.category}`);
    return key;
  }

  /** `articleDate`: the article's date as read, if any; each evidence item is dated from it and its sentence. */
  add(extraction: ArticleExtraction, articleDate: string | null = null): void {
    for (const { entity, surface, description } of extraction.mentions) {
      const entry = this.entities.get(this.tally(entity))!;
      entry.mentions++;
      // "the app", "its service" refer to WhatsApp but are not its names: search and the reader
      // treat aliases as names
      if (!description && surface.trim() !== "") entry.aliases.add(surface.trim());
    }
    for (const { subject, action, object, evidence } of extraction.relations) {
      if (!KNOWN_ACTIONS.has(action)) continue;
      const source = this.tally(subject);
      const target = this.tally(object);
      const key = edgeKey(source, action, target);
      let edge = this.edges.get(key);
      if (!edge) this.edges.set(key, (edge = { source, target, action, evidence: [] }));
      // Rebuilt field by field (a fixed key order and no stray fields in the contract), with its date.
      edge.evidence.push(datedEvidence(evidence, articleDate, [subject.label, object.label]));
    }
  }

  finish(): Resolution {
    const nodes = [...this.entities].map(([key, entry]): ResolvedNode => {
      const [kind, category] = winner(entry.types).split("\n") as [Kind, string];
      return {
        key,
        label: winner(entry.labels),
        kind,
        category,
        aliases: [...entry.aliases].sort(byCodeUnit),
        mentions: entry.mentions,
      };
    });
    return {
      nodes: nodes.sort((a, b) => byCodeUnit(a.key, b.key)),
      edges: [...this.edges]
        .sort(([a], [b]) => byCodeUnit(a, b))
        .map(([key, edge]): ResolvedEdge => {
          const unique = dedupeEvidence(edge.evidence);
          const { evidence, evidenceTotal } = capEvidence(unique, this.maxEvidence);
          const resolved: ResolvedEdge = { key, ...edge, cameo: CAMEO[edge.action] ?? null, evidence };
          if (evidenceTotal !== undefined) resolved.evidenceTotal = evidenceTotal;
          return Object.assign(resolved, seenAttributes(unique));
        }),
    };
  }
}

interface EntityTally {
  labels: Map<string, number>;
  /** `kind\ncategory`, voted as a pair so a node never mixes one reference's kind with another's category. */
  types: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
}

function vote(votes: Map<string, number>, value: string): void {
  votes.set(value, (votes.get(value) ?? 0) + 1);
}

/** Most frequent value; ties go to the first in code-unit order, so the choice never depends on input order. */
function winner(votes: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of votes) {
    if (count > bestCount || (count === bestCount && byCodeUnit(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
