#!/usr/bin/env node
// Splits the news corpus by event into a tune and a test set with a seeded shuffle, so that no
// event has articles on both sides. Run once, before any tuning; the result is committed
// (tests/fixtures/news-split.json) and never regenerated with another seed.
//
//   node scripts/split-news.mjs tests/fixtures/news > tests/fixtures/news-split.json
import { readdirSync } from "node:fs";

const SEED = 20261201;

/** mulberry32: a small deterministic generator, enough for a shuffle. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dir = process.argv[2] ?? "tests/fixtures/news";
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const events = [...new Set(files.map((f) => f.replace(/_[^_]+\.txt$/, "")))].sort();
const next = random(SEED);
for (let i = events.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [events[i], events[j]] = [events[j], events[i]];
}
const cut = Math.round((events.length * 2) / 3);
const tune = events.slice(0, cut).sort();
const test = events.slice(cut).sort();
const articles = (set) => files.filter((f) => set.includes(f.replace(/_[^_]+\.txt$/, "")));
console.log(
  JSON.stringify(
    {
      seed: SEED,
      tune: { events: tune, articles: articles(tune) },
      test: { events: test, articles: articles(test) },
    },
    null,
    2,
  ),
);
