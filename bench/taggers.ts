// Part-of-speech taggers side by side (run: npx tsx bench/taggers.ts): wink-nlp with
// wink-eng-lite-web-model, as the builder tags (graph/extract/syntax/tagger.ts, tagTokens), against
// compromise, as it tagged before (nlp(text), compute("offset"), the term objects' tag sets), on the
// same text: every sentence of tests/fixtures/news/*.txt, split and tokenized by the project's own
// splitSentences and tokenize and tagged one sentence at a time. Prints numbers; asserts nothing.
// `--misses` also lists every scored token a library got wrong, with its tag and context.
//
// What the numbers mean, and their limits:
// - load: importing the library (and its model) and making the tagger ready, in a fresh Node process
//   each time (median of 3), so neither library pays or saves the other's start-up. It includes tsx's
//   loader, which both pay alike.
// - words/s: words (as the graph counts them, countWords) of all sentences divided by the time to tag
//   them all, after one warm-up pass; median of 3 passes, the two libraries' passes interleaved.
//   Tokenizing and sentence splitting are done once beforehand and not timed; aligning the library's
//   tokens to ours is timed (the builder pays it; wink's pass also reads lemmas, which the builder
//   uses and compromise's pass does not). One small corpus (48 articles, ~39k words) on one
//   machine: a ranking, not a figure to quote elsewhere.
// - alias tokens as nouns: the gold (tests/fixtures/news-gold.json) gives no parts of speech, only
//   entities with aliases and the sentence (quote) each triple is read from. Where an alias of a
//   triple's subject or object occurs in its quote, each of its word tokens should be a noun or proper
//   noun (wink NOUN/PROPN; compromise Noun or ProperNoun). Each token of each distinct quote counts once;
//   possessive markers and punctuation are not counted. Descriptive aliases ("the rights group Agora",
//   "an Ankara court") hold determiners and adjectives that are rightly not nouns, so no tagger can
//   reach 100% on the "all" row; the "capitalised" row keeps the name words only, where a noun reading
//   is nearly always right (a demonym inside a name, "the Russian government", is an adjective to both).
// - verb cues as verbs: tokens of a quote whose lower-case form is a one-word action verb of
//   graph/lexicon/actions.json in one of the forms the builder compiles (base, -s, past, -ing), taken
//   only where a verb reading is very likely: right after an auxiliary ("has banned", "was blocked"), or
//   right after a mention-like capitalised word (not a function word, not a demonym) whose run of
//   capitalised words is not preceded by a determiner, a possessive or "of" ("Russia bans", but not
//   "the TikTok ban", "Montana's TikTok ban" or "rounds of VPN bans"); a capitalised cue (title-case
//   headline) is left out. Should be VERB/AUX (wink) or carry Verb (compromise). The filter is a
//   heuristic, not gold: a noun compound can get through ("European rivals" did, until nationality
//   adjectives were left out), and most verb uses (after a lower-case subject, a pronoun, a relative
//   "which") are not sampled, so this measures a few hundred tokens in the contexts the relation rules
//   lean on hardest, not overall verb accuracy.
// - Both libraries are aligned to our tokens the same way (each of our tokens takes the library token
//   that starts at or before it), so the accuracy rows compare tagging, not alignment.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countWords } from "../graph/merge/articles.ts";
import { splitSentences } from "../graph/extract/sentences.ts";
import { isCapitalized, isPossessiveMarker, tokenize, type Token } from "../graph/extract/tokens.ts";

type Library = "wink" | "compromise";
const LIBRARIES: Library[] = ["wink", "compromise"];
const LABEL: Record<Library, string> = { wink: "wink-nlp", compromise: "compromise" };
const RUNS = 3;

const root = path.resolve(import.meta.dirname, "..");
const self = fileURLToPath(import.meta.url);

// ------------------------------------------------------------ load time, in a child process

/** Imports one library, makes it ready to tag, and returns the milliseconds that took. */
async function load(library: Library): Promise<number> {
  const started = performance.now();
  if (library === "wink") {
    const { tagTokens } = await import("../graph/extract/syntax/tagger.ts");
    tagTokens("", 0, []); // builds the engine from the model
  } else {
    const { default: nlp } = await import("compromise");
    nlp("");
  }
  return performance.now() - started;
}

if (process.argv[2] === "--load") {
  console.log(JSON.stringify({ ms: await load(process.argv[3] as Library) }));
  process.exit(0);
}

function loadInChild(library: Library): number {
  const run = spawnSync(process.execPath, ["--import", "tsx", self, "--load", library], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  return (JSON.parse(last) as { ms: number }).ms;
}

// ------------------------------------------------------------ the two taggers, on our tokens

interface CompromiseTerm {
  tags: Set<string>;
  offset: { start: number; length: number };
}
type CompromiseDoc = { compute(what: string): void; docs: CompromiseTerm[][] };
const EMPTY = new Set<string>();

const { tagTokens } = await import("../graph/extract/syntax/tagger.ts");
const { default: nlp } = await import("compromise");
const { compileLexicon, defaultLexicon } = await import("../graph/extract/lexicon.ts");

/** compromise's tag set for each of our tokens (the term starting at or before it, as wink is aligned). */
function compromiseTags(text: string, base: number, tokens: Token[]): Set<string>[] {
  const doc = nlp(text) as unknown as CompromiseDoc;
  doc.compute("offset");
  const terms: CompromiseTerm[] = [];
  // implied terms ("not" in "didn't") have no text of their own
  for (const sentence of doc.docs) for (const t of sentence) if (t.offset.length > 0) terms.push(t);
  const out: Set<string>[] = [];
  let w = 0;
  for (const t of tokens) {
    const start = t.start - base;
    while (w + 1 < terms.length && terms[w + 1]!.offset.start <= start) w++;
    out.push(terms[w]?.tags ?? EMPTY);
  }
  return out;
}

const isNoun: Record<Library, (tag: string | Set<string>) => boolean> = {
  wink: (p) => p === "NOUN" || p === "PROPN",
  compromise: (tags) => (tags as Set<string>).has("Noun") || (tags as Set<string>).has("ProperNoun"),
};
const isVerb: Record<Library, (tag: string | Set<string>) => boolean> = {
  wink: (p) => p === "VERB" || p === "AUX",
  compromise: (tags) => (tags as Set<string>).has("Verb"),
};

// ------------------------------------------------------------ corpus

interface Sent {
  text: string;
  start: number;
  tokens: Token[];
}
interface Doc {
  file: string;
  text: string;
  sentences: Sent[];
}

const newsDir = path.join(root, "tests", "fixtures", "news");
const docs: Doc[] = readdirSync(newsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(newsDir, file), "utf8");
    const sentences = splitSentences(text).map((s) => ({
      text: s.text,
      start: s.start,
      tokens: tokenize(s.text, s.start),
    }));
    return { file, text, sentences };
  });
const sentenceCount = docs.reduce((n, d) => n + d.sentences.length, 0);
const words = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + countWords(s.text), 0), 0);

/** Tags every sentence of every article; returns the tags of each sentence's tokens. */
function tagAll(library: Library): (string | Set<string>)[][][] {
  return docs.map((d) =>
    d.sentences.map((s) =>
      library === "wink"
        ? tagTokens(s.text, s.start, s.tokens).pos
        : compromiseTags(s.text, s.start, s.tokens),
    ),
  );
}

// ------------------------------------------------------------ measuring

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const loadMs: Record<Library, number[]> = { wink: [], compromise: [] };
for (let r = 0; r < RUNS; r++) for (const lib of LIBRARIES) loadMs[lib].push(loadInChild(lib));

const tags = {} as Record<Library, (string | Set<string>)[][][]>;
for (const lib of LIBRARIES) tags[lib] = tagAll(lib); // warm-up; its tags are the ones scored
const seconds: Record<Library, number[]> = { wink: [], compromise: [] };
for (let r = 0; r < RUNS; r++)
  for (const lib of LIBRARIES) {
    const started = performance.now();
    tagAll(lib);
    seconds[lib].push((performance.now() - started) / 1000);
  }

// ------------------------------------------------------------ accuracy on the gold quotes

interface Gold {
  entities: Record<string, { aliases?: string[] }>;
  articles: Record<string, { subject: string; object: string; quote: string }[]>;
}
const gold = JSON.parse(readFileSync(path.join(root, "tests", "fixtures", "news-gold.json"), "utf8")) as Gold;
const lexicon = compileLexicon(defaultLexicon());

const VERB_FORMS = new Set(["base", "s", "past", "ing"]);
const verbForm = new Map<string, string>(); // lower-case form → its inflection
for (const phrases of lexicon.cues.values())
  for (const p of phrases)
    if (p.tokens.length === 1 && p.value.type === "verb" && VERB_FORMS.has(p.value.form))
      verbForm.set(p.tokens[0]!.toLowerCase(), p.value.form);
// nationality adjectives: the lexicon's demonyms and a few it has no country for
const demonyms = new Set([
  ...lexicon.demonyms.keys(),
  ..."european american western eastern african asian arab latin".split(" "),
]);

const wordList = (...lines: string[]): string[] => lines.join(" ").split(" ");
const AUXILIARIES = new Set(
  wordList(
    "am is are was were be been being has have had having do does did",
    "will would shall should can could may might must",
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't",
    "won't wouldn't can't couldn't shouldn't mustn't",
  ),
);
const DETERMINERS = new Set(
  wordList(
    "the a an this that these those its their his her our my your",
    "some any each every no another such both all either neither",
  ),
);
/** Capitalised words that are not mentions: function words at the start of a sentence or in a title. */
const FUNCTION_WORDS = new Set([
  ...wordList(
    "in on at after before since from with by for of to under over during as despite following amid among",
    "against into through without within and but or nor if when while because although though so yet then",
    "also however meanwhile now still there here where why how what which who whom whose not",
  ),
  ...DETERMINERS,
]);

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text) && !isPossessiveMarker(t);
const norm = (s: string): string => s.replace(/’/g, "'");
const mentionLike = (t: Token): boolean =>
  isCapitalized(t.text) && /^\p{L}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !demonyms.has(t.lower);

interface Tally {
  hit: number;
  of: number;
}
const tally = (): Record<Library, Tally> => ({ wink: { hit: 0, of: 0 }, compromise: { hit: 0, of: 0 } });
const nounsAll = tally();
const nounsCapitalised = tally();
const verbs = tally();
const verbsByForm = new Map<string, Record<Library, Tally>>();
const showMisses = process.argv.includes("--misses");
const misses: string[] = [];
const show = (tag: string | Set<string>): string => (typeof tag === "string" ? tag : [...tag].join(","));
const context = (tokens: Token[], i: number): string =>
  tokens
    .slice(Math.max(0, i - 4), i + 4)
    .map((t, j) => (j === Math.min(4, i) ? `[${t.text}]` : t.text))
    .join(" ");
let triples = 0;
let missingEntities = 0;
const quotesSeen = new Set<string>();
let quotesNotFound = 0;

for (const [d, doc] of docs.entries()) {
  const list = gold.articles[doc.file] ?? [];
  // our tokens of the whole article, with the two libraries' tags
  const tokens = doc.sentences.flatMap((s) => s.tokens);
  const tagOf = Object.fromEntries(LIBRARIES.map((lib) => [lib, tags[lib][d]!.flat()])) as Record<
    Library,
    (string | Set<string>)[]
  >;
  // each distinct quote once: the token positions to check as nouns, from every triple read from it
  const quotes = new Map<string, Set<number>>();
  for (const triple of list) {
    triples++;
    const at = doc.text.indexOf(triple.quote);
    if (at < 0) {
      quotesNotFound++;
      continue;
    }
    let inQuote = quotes.get(triple.quote);
    if (!inQuote) quotes.set(triple.quote, (inQuote = new Set()));
    const span = tokens.flatMap((t, i) => (t.start >= at && t.end <= at + triple.quote.length ? [i] : []));
    for (const name of [triple.subject, triple.object]) {
      const entity = gold.entities[name];
      if (!entity) missingEntities++;
      for (const alias of entity?.aliases?.length ? entity.aliases : [name]) {
        const want = tokenize(alias).map((t) => norm(t.text));
        // as the builder matches names: aliases with capitals keep their case
        const caseSensitive = want.some((t) => /\p{Lu}/u.test(t));
        const same = (t: Token, w: string) =>
          caseSensitive ? norm(t.text) === w : t.lower === w.toLowerCase();
        for (let k = 0; k + want.length <= span.length; k++) {
          if (!want.every((w, j) => same(tokens[span[k + j]!]!, w))) continue;
          for (let j = 0; j < want.length; j++) inQuote.add(span[k + j]!);
        }
      }
    }
  }
  for (const [quote, positions] of quotes) {
    const key = `${doc.file}\n${quote}`;
    if (quotesSeen.has(key)) continue;
    quotesSeen.add(key);
    for (const i of positions) {
      const t = tokens[i]!;
      if (!isWord(t)) continue;
      for (const lib of LIBRARIES) {
        const ok = isNoun[lib](tagOf[lib][i]!) ? 1 : 0;
        if (!ok && showMisses)
          misses.push(`${LABEL[lib]} noun: ${t.text} (${show(tagOf[lib][i]!)}) in ${context(tokens, i)}`);
        nounsAll[lib].hit += ok;
        nounsAll[lib].of++;
        if (isCapitalized(t.text)) {
          nounsCapitalised[lib].hit += ok;
          nounsCapitalised[lib].of++;
        }
      }
    }
    const at = doc.text.indexOf(quote);
    const span = tokens.flatMap((t, i) => (t.start >= at && t.end <= at + quote.length ? [i] : []));
    for (let k = 1; k < span.length; k++) {
      const i = span[k]!;
      const t = tokens[i]!;
      const form = verbForm.get(t.lower);
      if (!form || isCapitalized(t.text)) continue;
      const prev = tokens[span[k - 1]!]!;
      let likely = AUXILIARIES.has(prev.lower);
      if (!likely && mentionLike(prev)) {
        // the run of capitalised words ending before the cue, and what precedes it
        let first = k - 1;
        while (first > 0 && isCapitalized(tokens[span[first - 1]!]!.text)) first--;
        const run = span.slice(first, k).map((j) => tokens[j]!);
        const before = first > 0 ? tokens[span[first - 1]!] : undefined;
        likely =
          !run.some((r) => DETERMINERS.has(r.lower)) &&
          !(before && (DETERMINERS.has(before.lower) || before.lower === "of" || isPossessiveMarker(before)));
      }
      if (!likely) continue;
      let byForm = verbsByForm.get(form);
      if (!byForm) verbsByForm.set(form, (byForm = tally()));
      for (const lib of LIBRARIES) {
        const ok = isVerb[lib](tagOf[lib][i]!) ? 1 : 0;
        if (!ok && showMisses)
          misses.push(`${LABEL[lib]} verb: ${t.text} (${show(tagOf[lib][i]!)}) in ${context(tokens, i)}`);
        verbs[lib].hit += ok;
        verbs[lib].of++;
        byForm[lib].hit += ok;
        byForm[lib].of++;
      }
    }
  }
}

// ------------------------------------------------------------ the table

const version = (pkg: string): string =>
  (
    JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
const int = (n: number): string => Math.round(n).toLocaleString("en");
const share = (t: Tally): string =>
  t.of
    ? `${(t.hit / t.of) * 100 >= 99.95 ? "100" : ((t.hit / t.of) * 100).toFixed(1)}% (${t.hit}/${t.of})`
    : "–";
const row = (label: string, cells: Record<Library, string>): string =>
  label.padEnd(44) + LIBRARIES.map((lib) => cells[lib].padStart(22)).join("");
const each = (f: (lib: Library) => string): Record<Library, string> =>
  Object.fromEntries(LIBRARIES.map((lib) => [lib, f(lib)])) as Record<Library, string>;

console.log(
  `Taggers on tests/fixtures/news: ${docs.length} articles, ${int(sentenceCount)} sentences, ` +
    `${int(words)} words; ${os.cpus().length} CPUs, Node ${process.version}`,
);
console.log(
  `gold: ${triples} triples, ${quotesSeen.size} distinct quotes found in their article, ` +
    `${quotesNotFound} triples' quotes not found` +
    (missingEntities ? `, ${missingEntities} subjects/objects not in the entity list` : ""),
);
console.log("");
console.log(
  row("", {
    wink: `wink-nlp ${version("wink-nlp")}`,
    compromise: `compromise ${version("compromise")}`,
  }),
);
console.log(
  row(
    "load (import + ready), ms, median of 3",
    each((lib) => int(median(loadMs[lib]))),
  ),
);
console.log(
  row(
    "words/s tagging, median of 3",
    each((lib) => int(words / median(seconds[lib]))),
  ),
);
console.log(
  row(
    "  seconds per pass",
    each((lib) => seconds[lib].map((s) => s.toFixed(2)).join(" ")),
  ),
);
console.log(
  row(
    "alias tokens tagged noun: all words",
    each((lib) => share(nounsAll[lib])),
  ),
);
console.log(
  row(
    "  capitalised words only",
    each((lib) => share(nounsCapitalised[lib])),
  ),
);
console.log(
  row(
    "verb cues after mention/auxiliary as verb",
    each((lib) => share(verbs[lib])),
  ),
);
for (const form of ["base", "s", "past", "ing"]) {
  const t = verbsByForm.get(form);
  if (t)
    console.log(
      row(
        `  ${form === "base" ? "base" : form === "s" ? "-s" : form} form`,
        each((lib) => share(t[lib])),
      ),
    );
}
if (showMisses) console.log("\n" + misses.sort().join("\n"));
