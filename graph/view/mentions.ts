// Entity mentions in an article's text, found by matching node labels and aliases: longest match first,
// on word boundaries. The contract does not store mention positions, so the reader computes them here.
import type { NewsGraph } from "../types.ts";

export interface MentionPattern {
  node: string;
  surface: string;
}

export interface Mention {
  node: string;
  start: number;
  end: number;
}

export interface MentionMatcher {
  /** Candidate surfaces by their first word, longest first. */
  byFirstWord: Map<string, { surface: string; node: string }[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Replaces typographic quotes and apostrophes with ASCII ones. Every replacement is one UTF-16 unit for one,
 * so offsets into the result are offsets into the original.
 */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u2033]/g, '"');
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Compiles surfaces into a matcher. Matching is case-sensitive (so the verb "signal" is not the app
 * "Signal"), except that a lower-case alias ("critics") also matches capitalised at a sentence start.
 * When two nodes share a surface, the first pattern given wins.
 */
export function compileMentionMatcher(patterns: Iterable<MentionPattern>): MentionMatcher {
  const byFirstWord = new Map<string, { surface: string; node: string }[]>();
  const seen = new Set<string>();
  for (const { node, surface: raw } of patterns) {
    const base = straightenQuotes(raw.trim().replace(/\s+/g, " "));
    const variants = base && /^\p{Ll}/u.test(base) ? [base, capitalizeFirst(base)] : [base];
    for (const surface of variants) {
      if (surface.length < 2 || seen.has(surface)) continue;
      const first = /^[\p{L}\p{N}]+/u.exec(surface);
      if (!first) continue;
      seen.add(surface);
      const list = byFirstWord.get(first[0]) ?? [];
      list.push({ surface, node });
      byFirstWord.set(first[0], list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirstWord };
}

/** A matcher for every node's label and aliases, most mentioned nodes first. */
export function mentionMatcherForGraph(graph: NewsGraph): MentionMatcher {
  const nodes = graph.nodes();
  const weight = (node: string) => graph.getNodeAttribute(node, "mentions") ?? 0;
  nodes.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
  const patterns: MentionPattern[] = [];
  for (const node of nodes) {
    const attributes = graph.getNodeAttributes(node);
    for (const surface of [attributes.label, ...(attributes.aliases ?? [])]) {
      if (typeof surface === "string") patterns.push({ node, surface });
    }
  }
  return compileMentionMatcher(patterns);
}

/** Non-overlapping mentions in `text`, left to right, the longest surface winning at each position. */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
  const straight = straightenQuotes(text);
  const mentions: Mention[] = [];
  let resumeAt = 0;
  for (const token of straight.matchAll(WORD)) {
    const start = token.index;
    if (start < resumeAt) continue;
    const candidates = matcher.byFirstWord.get(token[0]);
    if (!candidates) continue;
    for (const { surface, node } of candidates) {
      const end = start + surface.length;
      if (!straight.startsWith(surface, start)) continue;
      // The surface must end on a word boundary ("Max" not in "Maxim"); "Apple Inc." ends on its own dot.
      if (end < straight.length && WORD_CHAR.test(straight.charAt(end)) && WORD_CHAR.test(surface.at(-1)!)) {
        continue;
      }
      mentions.push({ node, start, end });
      resumeAt = end;
      break;
    }
  }
  return mentions;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The node mentioned by this piece of text, if any. */
  node: string | null;
  /** Inside the highlighted span (the evidence sentence). */
  highlighted: boolean;
}

/**
 * Cuts `text` into consecutive segments at mention and highlight boundaries (and at `extraCuts`, such as
 * line breaks), for a reader that renders each segment as a text node (plain, marked as a mention,
 * highlighted). Joining the segments gives back `text`.
 */
export function segmentText(
  text: string,
  mentions: readonly Mention[],
  highlight: { start: number; end: number } | null,
  extraCuts: Iterable<number> = [],
): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const cut of extraCuts) if (cut > 0 && cut < text.length) cuts.add(cut);
  const hl =
    highlight && highlight.start < highlight.end
      ? { start: Math.max(0, highlight.start), end: Math.min(text.length, highlight.end) }
      : null;
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const sorted = [...mentions].filter((m) => m.start < m.end && m.end <= text.length);
  sorted.sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    while (m < sorted.length && sorted[m]!.end <= start) m++;
    const mention = sorted[m] && sorted[m]!.start <= start && sorted[m]!.end >= end ? sorted[m]! : null;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      node: mention ? mention.node : null,
      highlighted: hl !== null && start >= hl.start && end <= hl.end,
    });
  }
  return segments;
}

export interface TextLine {
  start: number;
  end: number;
  /** A short line without final punctuation: a headline or subheading in plain-text articles. */
  heading: boolean;
}

/** The non-empty lines of a text, with their offsets. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) {
      lines.push({
        start,
        end,
        heading: line.length <= 90 && !/[.!?:;,"”’)]$/.test(line) && !/^[•*-]/.test(line),
      });
    }
    start = end + 1;
  }
  return lines;
}
