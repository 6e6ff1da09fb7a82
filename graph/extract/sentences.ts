// Sentence splitting with character offsets into the article text.
// Lines are hard boundaries (headlines, bullets and captions rarely end in a period);
// inside a line we split after . ! ? (and any closing quotes or brackets) when the next
// word starts a sentence, unless the period ends a known abbreviation or an initial.
// A "sentence" longer than any real one (a run-on line, a dump without punctuation) is cut into
// pieces that fit MAX_SENTENCE_TOKENS and MAX_SENTENCE_CHARS, so that analysing it costs time linear
// in its length and its evidence stays a readable piece.
import { countTokens, tokenize } from "./tokens.ts";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "inc",
  "corp",
  "ltd",
  "co",
  "llc",
  "plc",
  "bros",
  "dept",
  "univ",
  "assn",
  "no",
  "nos",
  "vol",
  "fig",
  "vs",
  "etc",
  "approx",
  "est",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "d.c",
  "no",
  "op",
  "ed",
]);

/**
 * The longest sentence analysed whole. The fixtures' corpora (news, dev and the seeds: 2,136 sentences,
 * `npx tsx bench/sentence-lengths.ts`) have at most 72 tokens and 373 characters (99th percentile at most 53
 * and 292), so twice and nearly thrice that leave every real sentence whole.
 */
export const MAX_SENTENCE_TOKENS = 150;
export const MAX_SENTENCE_CHARS = 1000;

/** Where an over-long sentence is cut, strongest first: after ";", after ":" or a dash, after ",". */
const CLAUSE_ENDS = [/;+(?=\s)/gu, /(?::|[—–]+|(?<=\s)-{1,2})(?=\s)/gu, /,(?=\s)/gu];

/** Leading bullet or list marker that is not part of the sentence. */
const BULLET = /^(?:[•‣◦▪▫●○■□\-–—*·]+|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/u;
const CLOSERS = `"'”’»)]`;

/** Longer runs of letters and dots before a period are no abbreviation, and the look back stays short. */
const ABBREVIATION_MAX = 32;

function isAbbreviation(line: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(line[i]!)) {
    if (dot - i > ABBREVIATION_MAX) return false;
    i--;
  }
  const word = line.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"), and so are dotted ones ("K.P. Sharma Oli"),
  // unless a word that opens sentences and never a name follows: "Pakistan blocked X. The ministry …"
  if (!/^\p{Lu}(?:\.\p{Lu})*$/u.test(line.slice(i + 1, dot))) return false;
  // ("J. A. Smith": a letter before a period is another initial, not the article "A")
  const next = /^\s+(\p{L}+)(?!\.)/u.exec(line.slice(dot + 1))?.[1];
  if (!next) return true;
  // "the owner of X. Responding to …": a participle opens a sentence after a one-letter word that
  // follows a word in lower case, where an initial follows a first name ("John F. Manning"); so does
  // any word after X, the one platform named by one letter ("Tanzania restricted X. NetBlocks said …")
  const before = /(\p{L}+)\s+$/u.exec(line.slice(Math.max(0, i - 40), i + 1))?.[1];
  const afterLower = dot - i === 2 && !!before && /^\p{Ll}/u.test(before);
  const opens = afterLower && (/^\p{Lu}\p{Ll}+ing$/u.test(next) || line[dot - 1] === "X");
  return !SENTENCE_OPENERS.has(next) && !opens;
}

/** Capitalised function words that start a sentence after a one-letter name such as X. */
const SENTENCE_OPENERS = new Set(
  "The A An It Its This That These Those They Their He She His Her We Our In On At For From By With But And Or Yet So However Meanwhile Since After Before When While Although Though If As".split(
    " ",
  ),
);

function splitLine(line: string, offset: number, out: Sentence[]): void {
  let begin = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(line[s]!)) s++;
    while (e > s && /\s/u.test(line[e - 1]!)) e--;
    const bullet = BULLET.exec(line.slice(s, e));
    if (bullet && bullet[0].length < e - s) s += bullet[0].length;
    if (e <= s) return;
    const pieces: Span[] = [];
    capSpan(line, s, e, 0, pieces);
    for (const p of pieces)
      if (/[\p{L}\p{N}]/u.test(line.slice(p.start, p.end)))
        out.push({ start: offset + p.start, end: offset + p.end, text: line.slice(p.start, p.end) });
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && isAbbreviation(line, i)) continue;
    // "1. Data must be stored": a list number, not a sentence
    if (ch === "." && /^\s*\(?\d{1,3}$/.test(line.slice(begin, i))) continue;
    let j = i + 1;
    while (j < line.length && (line[j] === "." || line[j] === "!" || line[j] === "?")) j++;
    while (j < line.length && CLOSERS.includes(line[j]!)) j++;
    if (j < line.length && !/\s/u.test(line[j]!)) continue; // "3.5", "Mail.ru", "U.S.-based"
    let k = j;
    while (k < line.length && /\s/u.test(line[k]!)) k++;
    if (k >= line.length) break;
    const next = line[k]!;
    // The next sentence starts with a capital, a digit or an opening quote/bracket.
    if (!/[\p{Lu}\p{N}"'“‘«([]/u.test(next)) continue;
    push(begin, j);
    begin = k;
    i = k - 1;
  }
  push(begin, line.length);
}

interface Span {
  start: number;
  end: number;
}

const fits = (chars: number, tokens: number): boolean =>
  chars <= MAX_SENTENCE_CHARS && tokens <= MAX_SENTENCE_TOKENS;

/**
 * Appends `line[start, end)` to `out` whole when it fits the cap; otherwise cut at the clause
 * punctuation of `level` (neighbouring clauses packed together while they fit), each clause still too
 * long cut at the next level, and after the last level between tokens.
 */
function capSpan(line: string, start: number, end: number, level: number, out: Span[]): void {
  if (fits(end - start, countTokens(line.slice(start, end)))) {
    out.push({ start, end });
    return;
  }
  const clauseEnd = CLAUSE_ENDS[level];
  if (!clauseEnd) {
    cutBetweenTokens(line, start, end, out);
    return;
  }
  let piece: (Span & { tokens: number }) | undefined;
  for (const clause of clauses(line, start, end, clauseEnd)) {
    const tokens = countTokens(line.slice(clause.start, clause.end));
    // Tokens never span whitespace, so a piece's count is the sum of its clauses'.
    if (piece && fits(clause.end - piece.start, piece.tokens + tokens)) {
      piece.end = clause.end;
      piece.tokens += tokens;
      continue;
    }
    if (piece) out.push({ start: piece.start, end: piece.end });
    piece = undefined;
    if (fits(clause.end - clause.start, tokens)) piece = { ...clause, tokens };
    else capSpan(line, clause.start, clause.end, level + 1, out);
  }
  if (piece) out.push({ start: piece.start, end: piece.end });
}

/** `line[start, end)` cut after each match of `clauseEnd`, each part trimmed of whitespace. */
function clauses(line: string, start: number, end: number, clauseEnd: RegExp): Span[] {
  const parts: Span[] = [];
  const add = (from: number, to: number) => {
    while (from < to && /\s/u.test(line[from]!)) from++;
    while (to > from && /\s/u.test(line[to - 1]!)) to--;
    if (to > from) parts.push({ start: from, end: to });
  };
  let from = start;
  // on the slice, so that finding no cut never reads past `end`
  for (const m of line.slice(start, end).matchAll(clauseEnd)) {
    const to = start + m.index + m[0].length;
    add(from, to);
    from = to;
  }
  add(from, end);
  return parts;
}

/** The last resort: pieces of at most the cap's tokens and characters, a giant token cut by characters. */
function cutBetweenTokens(line: string, start: number, end: number, out: Span[]): void {
  let piece: Span | undefined;
  let count = 0;
  for (const token of tokenize(line.slice(start, end), start)) {
    if (piece && fits(token.end - piece.start, count + 1)) {
      piece.end = token.end;
      count++;
      continue;
    }
    if (piece) out.push(piece);
    [piece, count] = [{ start: token.start, end: token.end }, 1];
    if (token.end - token.start <= MAX_SENTENCE_CHARS) continue;
    // a word longer than the cap: pieces of it, the last one open to the words after it
    while (piece.end - piece.start > MAX_SENTENCE_CHARS) {
      let cut: number = piece.start + MAX_SENTENCE_CHARS;
      if (/[\uD800-\uDBFF]/.test(line[cut - 1]!)) cut--; // not between the halves of a surrogate pair
      out.push({ start: piece.start, end: cut });
      piece = { start: cut, end: piece.end };
    }
    count = countTokens(line.slice(piece.start, piece.end)); // a piece of a word may read as two
  }
  if (piece) out.push(piece);
}

/** Splits an article into sentences; every sentence's text equals `text.slice(start, end)`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let from = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const to = m ? m.index : text.length;
    if (to > from) splitLine(text.slice(from, to), from, out);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}
