// Sentence splitting with character offsets into the article text.
// Lines are hard boundaries (headlines, bullets and captions rarely end in a period);
// inside a line we split after . ! ? (and any closing quotes or brackets) when the next
// word starts a sentence, unless the period ends a known abbreviation or an initial.

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

/** Leading bullet or list marker that is not part of the sentence. */
const BULLET = /^(?:[•‣◦▪▫●○■□\-–—*·]+|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/u;
const CLOSERS = `"'”’»)]`;

function isAbbreviation(line: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(line[i]!)) i--;
  const word = line.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith"), and so are dotted ones ("K.P. Sharma Oli").
  return /^\p{Lu}(?:\.\p{Lu})*$/u.test(line.slice(i + 1, dot));
}

function splitLine(line: string, offset: number, out: Sentence[]): void {
  let begin = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(line[s]!)) s++;
    while (e > s && /\s/u.test(line[e - 1]!)) e--;
    const bullet = BULLET.exec(line.slice(s, e));
    if (bullet && bullet[0].length < e - s) s += bullet[0].length;
    if (e > s && /[\p{L}\p{N}]/u.test(line.slice(s, e)))
      out.push({ start: offset + s, end: offset + e, text: line.slice(s, e) });
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
