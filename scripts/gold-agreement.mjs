#!/usr/bin/env node
// Agreement between two blind annotations of the same articles, key by key.
//
//   node scripts/gold-agreement.mjs <gold A.json> <gold B.json> [--markdown]
//
// Entities of B are mapped to A's by a shared alias (case, "the", possessive and punctuation
// ignored). A key is (article, subject, action, object); a triple with several actions matches any
// of them. Optional triples agree when found and cost nothing when missed. Prints every key with
// who marked it, and precision, recall and F1 of B against A on the required triples.
import { readFileSync } from "node:fs";
import { norm } from "./gold-merge.mjs";

const [pathA, pathB] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const markdown = process.argv.includes("--markdown");
if (!pathA || !pathB) throw new Error("usage: gold-agreement.mjs <gold A.json> <gold B.json> [--markdown]");
const A = JSON.parse(readFileSync(pathA, "utf8"));
const B = JSON.parse(readFileSync(pathB, "utf8"));

const aliasOfA = new Map();
for (const [name, e] of Object.entries(A.entities))
  for (const a of [name, ...(e.aliases ?? [])]) if (!aliasOfA.has(norm(a))) aliasOfA.set(norm(a), name);
const mapB = (name) => {
  for (const a of [name, ...(B.entities[name]?.aliases ?? [])]) {
    const hit = aliasOfA.get(norm(a));
    if (hit) return hit;
  }
  return `${name} (B only)`;
};
const actions = (t) => (Array.isArray(t.action) ? t.action : [t.action]);
const same = (x, y) =>
  x.subject === y.subject && x.object === y.object && actions(x).some((a) => actions(y).includes(a));

const rows = [];
// strict: required against required only, and every key whatever its optional mark
let strictA = 0,
  strictB = 0,
  keysBoth = 0,
  keysAll = 0;
let agreeA = 0,
  requiredA = 0,
  agreeB = 0,
  requiredB = 0;
const shared = Object.keys(B.articles)
  .filter((a) => a in A.articles)
  .sort();
for (const article of shared) {
  const ta = A.articles[article];
  const tb = B.articles[article].map((t) => ({ ...t, subject: mapB(t.subject), object: mapB(t.object) }));
  const seen = [];
  for (const t of ta) {
    const hit = tb.some((u) => same(t, u));
    if (!t.optional) {
      requiredA++;
      if (hit) agreeA++;
    }
    seen.push({ t, a: t.optional ? "A (optional)" : "A", b: hit ? "B" : "" });
  }
  for (const u of tb) {
    const hit = ta.some((t) => same(t, u));
    if (!u.optional) {
      requiredB++;
      if (hit) agreeB++;
    }
    if (!hit) seen.push({ t: u, a: "", b: u.optional ? "B (optional)" : "B" });
  }
  for (const t of ta) if (!t.optional && tb.some((u) => !u.optional && same(t, u))) strictA++;
  for (const u of tb) if (!u.optional && ta.some((t) => !t.optional && same(t, u))) strictB++;
  keysBoth += seen.filter((r) => r.a && r.b).length;
  keysAll += seen.length;
  for (const { t, a, b } of seen)
    rows.push([
      article,
      `${t.subject} —${actions(t).join("/")}→ ${t.object}`,
      a,
      b,
      a && b ? "agree" : "differ",
    ]);
}
const P = agreeB / Math.max(1, requiredB);
const R = agreeA / Math.max(1, requiredA);
const F = P + R ? (2 * P * R) / (P + R) : 0;
if (markdown) {
  console.log("| article | key | A | B | |\n| --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
} else for (const r of rows) console.log(r.join("\t"));
const sP = strictB / Math.max(1, requiredB);
const sR = strictA / Math.max(1, requiredA);
const sF = sP + sR ? (2 * sP * sR) / (sP + sR) : 0;
console.log(
  `\n${shared.length} articles; B against A on required triples, the other's optional ones counting as agreement (as the scorer counts them): P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} (A ${requiredA} required, B ${requiredB} required)`,
);
console.log(
  `strict, required against required only: P=${sP.toFixed(3)} R=${sR.toFixed(3)} F1=${sF.toFixed(3)}; keys marked by both, optional or not: ${keysBoth} of ${keysAll} (${((100 * keysBoth) / Math.max(1, keysAll)).toFixed(1)} %)`,
);
