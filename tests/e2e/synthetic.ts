// Synthetic graphs in the builder's contract, for the explorer's browser tests and benchmark
// (bench/explorer.ts): seeded, clustered positions, sizes by degree, one evidence item per edge.
import { CATEGORY_COLORS } from "../../graph/palette.ts";
import { ACTIONS, type Evidence } from "../../graph/types.ts";

const CATEGORIES: [kind: "actor" | "platform", category: string][] = [
  ["actor", "government"],
  ["actor", "company"],
  ["actor", "person"],
  ["actor", "group"],
  ["actor", "media"],
  ["platform", "messenger"],
  ["platform", "social network"],
  ["platform", "video"],
];

/** A seeded pseudo-random generator (mulberry32), so every run draws the same graphs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph JSON in the builder's contract: clustered positions, sizes by degree, one evidence item per edge. */
export function syntheticGraph(order: number, size: number, seed = 1): object {
  const rand = random(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 3));
  const centers = Array.from({ length: clusters }, () => [rand() * 1000, rand() * 1000] as const);
  const articles = Array.from({ length: 20 }, (_, i) => {
    const text = `Synthetic article ${i}\nNode ${i} blocks Node ${i + 1}. Node ${i + 2} promotes Node ${i + 3}.`;
    return {
      id: `a${i}.txt`,
      title: `Synthetic article ${i}`,
      date: null,
      url: null,
      publisher: null,
      words: 12,
      text,
    };
  });
  const nodes = Array.from({ length: order }, (_, i) => {
    const [kind, category] = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
    const [cx, cy] = centers[Math.floor(rand() * clusters)]!;
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-9)) * 40;
    const angle = rand() * 2 * Math.PI;
    return {
      key: `n${i}`,
      attributes: {
        label: `Node ${i}`,
        kind,
        category,
        aliases: [`N${i}`],
        mentions: 1,
        x: Math.round((cx + r * Math.cos(angle)) * 100) / 100,
        y: Math.round((cy + r * Math.sin(angle)) * 100) / 100,
        size: 3,
        color: CATEGORY_COLORS[category]!,
      },
    };
  });
  const degree = new Array<number>(order).fill(0);
  const seen = new Set<string>();
  const edges: object[] = [];
  while (edges.length < size) {
    const s = Math.floor(rand() * order);
    // Mostly local edges (same neighbourhood of indices), some long-range ones.
    const t = rand() < 0.8 ? (s + 1 + Math.floor(rand() * 50)) % order : Math.floor(rand() * order);
    const action = ACTIONS[Math.floor(rand() * ACTIONS.length)]!;
    const key = `n${s}|${action}|n${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    degree[s]!++;
    degree[t]!++;
    const article = articles[edges.length % articles.length]!;
    const evidence: Evidence = {
      article: article.id,
      sentence: article.text.slice(article.text.indexOf("\n") + 1, article.text.indexOf(".") + 1),
      start: article.text.indexOf("\n") + 1,
      end: article.text.indexOf(".") + 1,
      modality: rand() < 0.1 ? "alleged" : "asserted",
    };
    edges.push({
      key,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { action, cameo: null, weight: 1, evidence: [evidence] },
    });
  }
  for (const node of nodes)
    node.attributes.size = Math.round((2 + Math.sqrt(degree[Number(node.key.slice(1))]!) * 1.5) * 10) / 10;
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { articles, builtWith: { version: "synthetic", options: { order, size, seed } } },
    nodes,
    edges,
  };
}
