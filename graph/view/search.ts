// Search over node labels and aliases, ranked: exact > prefix > word prefix > substring > a word within a
// typo or two ("telgram" → Telegram), label before alias, then the more mentioned / connected node first.
import type { NewsGraph } from "../types.ts";

export interface SearchEntry {
  node: string;
  label: string;
  kind: string;
  category: string;
  /** Normalised label first, then normalised aliases. */
  names: string[];
  /** Original surface forms, parallel to `names`. */
  surfaces: string[];
  weight: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface SearchResult {
  node: string;
  label: string;
  kind: string;
  category: string;
  /** The alias that matched when it is not the label ("Kremlin" for the Russian government). */
  alias: string | null;
  score: number;
}

/** Lower case, accents removed, curly quotes straightened, whitespace collapsed. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function buildSearchIndex(graph: NewsGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attributes) => {
    const surfaces: string[] = [];
    const names: string[] = [];
    for (const surface of [attributes.label ?? node, ...(attributes.aliases ?? [])]) {
      const name = normalizeName(surface);
      if (name && !names.includes(name)) {
        names.push(name);
        surfaces.push(surface);
      }
    }
    entries.push({
      node,
      label: attributes.label ?? node,
      kind: attributes.kind,
      category: attributes.category,
      names,
      surfaces,
      weight: (attributes.mentions ?? 0) + graph.degree(node),
    });
  });
  return { entries };
}

/** An index built on first use, so opening a big graph does not wait for it. */
export function lazySearchIndex(graph: NewsGraph): SearchIndex {
  let entries: SearchEntry[] | null = null;
  return {
    get entries() {
      entries ??= buildSearchIndex(graph).entries;
      return entries;
    },
  };
}

/** Typos a query of this length may carry: none under four letters, one up to seven, two from eight. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps) between `a`
 * and `b`, or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** True when a word of `name` begins with `query` give or take the typos its length allows. */
function nearWordPrefix(name: string, query: string): boolean {
  const max = typosAllowed(query.length);
  if (max === 0) return false;
  for (const word of name.matchAll(/[\p{L}\p{N}][^\s]*/gu)) {
    const rest = name.slice(word.index);
    for (let length = query.length - max; length <= query.length + max; length++) {
      if (length <= 0 || length > rest.length) continue;
      if (editDistance(rest.slice(0, length), query, max) <= max) return true;
    }
  }
  return false;
}

/** Rank of `name` for `query` (lower is better), or -1 when it does not match. */
function matchRank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return nearWordPrefix(name, query) ? 4 : -1;
  // A word of the name starts with the query ("peskov" in "dmitry peskov", "kremlin" in "the kremlin").
  if (/[^\p{L}\p{N}]/u.test(name.charAt(at - 1))) return 2;
  return 3;
}

export function search(index: SearchIndex, rawQuery: string, limit = 10): SearchResult[] {
  const query = normalizeName(rawQuery);
  if (!query) return [];
  const results: (SearchResult & { weight: number })[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let bestAt = 0;
    for (let i = 0; i < entry.names.length; i++) {
      const rank = matchRank(entry.names[i]!, query);
      if (rank < 0) continue;
      // Label matches rank before alias matches of the same quality.
      const score = rank * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        bestAt = i;
      }
    }
    if (best < 0) continue;
    results.push({
      node: entry.node,
      label: entry.label,
      kind: entry.kind,
      category: entry.category,
      alias: bestAt === 0 ? null : entry.surfaces[bestAt]!,
      score: best,
      weight: entry.weight,
    });
  }
  results.sort((a, b) => a.score - b.score || b.weight - a.weight || a.label.localeCompare(b.label));
  return results.slice(0, limit).map(({ weight: _weight, ...result }) => result);
}
