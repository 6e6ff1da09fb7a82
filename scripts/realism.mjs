#!/usr/bin/env node
// Realism statistics of a set of news texts, so a written corpus can be compared with the real
// coverage its writers read. Plain heuristics over the text (no NLP library), applied the same way
// to both sides: the point is the comparison, not the absolute numbers.
//
//   node scripts/realism.mjs <files or folders…>                 one table
//   node scripts/realism.mjs --compare <real…> -- <written…>     both, and written / real
//
// Only the numbers are printed: real coverage is read from a scratch copy and never stored.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

/** Not names when capitalised: function words, months, days. */
const NOT_NAMES = new Set(
  (
    "The A An In On At But And Or However It Its They Their He His She Her We Our I This That These Those " +
    "As After Before When While If For With By From Since According Last Next Earlier Later Meanwhile " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December There Some Many Most Such Other Under Over Despite " +
    "Although Though Because Still Yet Also Then Now Today Yesterday One Two Three Why What How Who " +
    "Where Which Not No All Both Each Several Users Critics Officials Authorities"
  ).split(" "),
);
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "on"]);
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|its|their|his|her)$/i;
const DESCRIPTION_DETERMINER = /^(?:the|this|these|that|those|its|their)$/i;
const PASSIVE =
  /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?(?:\w+ed|shut|cut|put|made|taken|given|seen|known|held|brought|found|told|set|sent|built|run|written|hit|kept|left|paid|struck|thrown|shown|drawn|laid|sold|won|forbidden|withdrawn)\b/i;

function filesOf(paths) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (!name.startsWith(".")) out.push(...filesOf([join(p, name)]));
      }
    } else if (/\.txt$/.test(p)) out.push(p);
  }
  return out;
}

export function sentencesOf(text) {
  const sentences = [];
  for (const line of text.split(/\n+/)) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    let current = [];
    for (const word of words) {
      current.push(word);
      const ends = /[.!?]["”’)]*$/.test(word) && !ABBREVIATIONS.test(word.replace(/["”’)]+$/, ""));
      if (ends) {
        sentences.push(current);
        current = [];
      }
    }
    if (current.length) sentences.push(current);
  }
  // Fragments (bylines, datelines, captions) say nothing of style.
  return sentences.filter((s) => s.length >= 4).map((s) => s.join(" "));
}

function clean(token) {
  return token.replace(/^[("“‘'[]+|[)"”’'\],.;:!?]+$/g, "").replace(/['’]s$/, "");
}

/** Runs of capitalised words (with "of", "for", … inside) that are not function words. */
export function namesIn(sentence) {
  const tokens = sentence.split(/\s+/);
  const names = [];
  let run = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1])) run.pop();
    if (run.length) names.push(run.join(" "));
    run = [];
  };
  tokens.forEach((raw, index) => {
    const token = clean(raw);
    const capitalised = /^[A-Z][\p{L}\d'’.&-]*$/u.test(token) || /^[A-Z]{2,}$/.test(token);
    const skip = NOT_NAMES.has(token) && (index === 0 || run.length === 0);
    if (capitalised && !skip) run.push(token);
    else if (run.length && CONNECTORS.has(token)) run.push(token);
    else flush();
    if (/[,;:.!?)"”]$/.test(raw)) flush();
  });
  flush();
  return names;
}

function hasListOfThreeNames(sentence) {
  const marked = sentence.replace(/[A-Z][\p{L}\d'’.&-]*(?:\s+(?:of\s+)?[A-Z][\p{L}\d'’.&-]*)*/gu, "N");
  return /N,\s+N,\s+(?:N,\s+)*(?:and\s+|or\s+)?N/.test(marked) || /N,\s+N\s+(?:and|or)\s+N/.test(marked);
}

function hasQuote(sentence) {
  return /["“”]/.test(sentence) || /‘[^’]+\s[^’]+’/.test(sentence);
}

function hasPronounOrDescriptionSubject(sentence) {
  // The subject of the main clause: after an introductory phrase closed by a comma, if short.
  let words = sentence.split(/\s+/).map(clean);
  const comma = sentence.split(/\s+/).findIndex((w) => /,$/.test(w));
  if (comma >= 0 && comma < 8 && !/^(?:the|a|an)$/i.test(words[0] ?? "")) words = words.slice(comma + 1);
  const [first = "", second = ""] = words;
  if (PRONOUN_SUBJECT.test(first)) return true;
  return DESCRIPTION_DETERMINER.test(first) && /^[a-z]/.test(second);
}

export function statistics(texts) {
  const sentences = texts.flatMap(sentencesOf);
  const lengths = sentences.map((s) => s.split(/\s+/).length).sort((a, b) => a - b);
  const share = (test) => sentences.filter(test).length / Math.max(1, sentences.length);
  return {
    articles: texts.length,
    sentences: sentences.length,
    "words/sentence (mean)": lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length),
    "words/sentence (p90)": lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0,
    "list of 3+ names": share(hasListOfThreeNames),
    passive: share((s) => PASSIVE.test(s)),
    quote: share(hasQuote),
    "pronoun/description subject": share(hasPronounOrDescriptionSubject),
    "3+ entity names": share((s) => new Set(namesIn(s)).size >= 3),
  };
}

function format(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 1);
}

function table(columns) {
  const keys = Object.keys(Object.values(columns)[0]);
  const head = ["statistic", ...Object.keys(columns)];
  const rows = keys.map((k) => [k, ...Object.values(columns).map((c) => format(c[k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function read(paths) {
  return filesOf(paths).map((f) => readFileSync(f, "utf8"));
}

function main(argv) {
  if (argv[0] === "--compare") {
    const split = argv.indexOf("--");
    if (split < 0) throw new Error("usage: realism.mjs --compare <real…> -- <written…>");
    const real = statistics(read(argv.slice(1, split)));
    const written = statistics(read(argv.slice(split + 1)));
    const ratio = Object.fromEntries(Object.keys(real).map((k) => [k, real[k] ? written[k] / real[k] : 0]));
    console.log(table({ real, written, "written / real": ratio }));
    const off = Object.keys(real)
      .slice(2)
      .filter((k) => Math.abs(ratio[k] - 1) > 0.2);
    console.log(off.length ? `\nmore than 20 % off: ${off.join(", ")}` : "\nevery statistic within 20 %");
    return;
  }
  if (!argv.length) throw new Error("usage: realism.mjs <files or folders…>");
  console.log(table({ corpus: statistics(read(argv)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
