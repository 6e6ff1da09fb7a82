// Coordination: the items of a list on either side of a verb. Rightwards from an object ("blocked
// X, Y and the messaging service Z", "Meta's Facebook and Instagram", "Signal and other apps such as
// Viber"), leftwards from a passive or an intransitive verb ("X, Y and Z have been blocked"), over
// descriptions, renamings, appositions and possessors, stopping where a new clause begins.
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { isPossessiveMarker } from "../tokens.ts";
import { resolvePronoun } from "./pronouns.ts";
import { ownPlatform } from "./arguments.ts";
import {
  AUX,
  BE,
  COORD,
  OBJECT_STOP,
  PREPS,
  STATIVE,
  isPlace,
  lowerAt,
  mentionAt,
  type Sentence,
} from "./sentence.ts";

/**
 * Past "the messaging service", "its sister app" (a determiner and up to three adjectives or nouns)
 * to the name they describe; `j` itself when no name follows.
 */
export function pastDescription(s: Sentence, j: number): number {
  let k = j;
  if (/^(?:the|its|their|a|an)$/.test(lowerAt(s, k))) k++;
  // "the channel's former editor-in-chief, Roman Protasevich": a possessor noun first;
  // "Nexta's former editor-in-chief, …": or a possessor named
  const named = mentionAt(s, k);
  const possessor = named
    ? named.possessive
    : /^\p{Ll}+$/u.test(s.tokens[k]?.text ?? "") && isPossessiveMarker(s.tokens[k + 1]);
  if (possessor) k = named ? named.end + 1 : k + 2;
  const from = k;
  while (
    k - from < 3 &&
    /^[\p{Ll}-]+$/u.test(s.tokens[k]?.text ?? "") &&
    (s.pos.upos(k) === "NOUN" || s.pos.upos(k) === "ADJ") &&
    !mentionAt(s, k)
  )
    k++;
  // (a title and then, after a comma, the person who holds it)
  const holder = k > from && lowerAt(s, k) === "," ? mentionAt(s, k + 1) : undefined;
  if (holder && holder.entities[0]!.category === "person" && (possessor || from > j)) return k + 1;
  return k > from && mentionAt(s, k) ? k : j;
}

/** Mentions coordinated after position `i`: ", Y, and Z", "and other", "as well as". */
/** The name in a renaming in passing that starts at `i`: "now X", "then called X", "formerly known as X". */
function renamingAt(s: Sentence, i: number): Mention | undefined {
  if (!/^(?:now|formerly|previously|then|once|later)$/.test(lowerAt(s, i))) return undefined;
  let k = i + 1;
  if (/^(?:called|named|known|renamed|branded)$/.test(lowerAt(s, k))) k++;
  if (lowerAt(s, k) === "as") k++;
  return mentionAt(s, k);
}

/** Past a role title at `k` to the person it names ("Chief Justice Qazi Faez Isa"); else `k`. */
function pastTitle(s: Sentence, k: number): number {
  const title = matchAt(s.lex.roleTitles, s.tokens, k);
  const holder = title ? mentionAt(s, k + title.tokens.length) : undefined;
  return holder && holder.entities[0]!.category === "person" ? holder.start : k;
}

export function coordinated(s: Sentence, i: number, out: Mention[], ownerStops = false): Mention[] {
  let j = i;
  for (;;) {
    let k = j;
    let sawLink = false;
    // ("…, as the only tech giant …": "as" joins a list only in "as well as")
    const asWell = (q: number) =>
      lowerAt(s, q) !== "as" || lowerAt(s, q + 1) === "well" || lowerAt(s, q - 1) === "well";
    while (k < s.tokens.length && COORD.has(lowerAt(s, k)) && asWell(k) && k - j < 4) {
      if (
        [",", "and", "or", "&", "well", "plus", "nor", "including", "like", "such"].includes(lowerAt(s, k)) ||
        // "blocked Facebook along with WhatsApp"
        (lowerAt(s, k) === "with" && lowerAt(s, k - 1) === "along")
      )
        sawLink = true;
      k++;
    }
    // "accused Commissioner A and Chief Justice B": a title before the next person
    if (sawLink && !mentionAt(s, k)) k = pastTitle(s, k);
    // "… and the social network Threads", "and its sister app Threads": a description before the name
    const linked = mentionAt(s, k);
    if (sawLink && (!linked || linked.possessive)) k = pastDescription(s, k);
    // "Signal and other apps such as Viber": past a class noun to the examples it introduces
    if (sawLink && !mentionAt(s, k)) k = pastExampleHead(s, k);
    const m = mentionAt(s, k);
    // "Twitter, now X, as well as …", "X, then called Twitter, and …": a renaming in passing is the
    // same item
    const last = out[out.length - 1];
    const renamed = last && lowerAt(s, j) === "," ? renamingAt(s, j + 1) : undefined;
    if (renamed && renamed.entities[0] === last!.entities[0]) {
      j = renamed.end;
      continue;
    }
    if (!sawLink || !m || isPlace(s, m)) return out;
    // "blocked X, and Kenya's foreign ministry protested": a name before a verb of its own begins a clause
    if (
      lowerAt(s, j) === "," &&
      /^(?:and|but)$/.test(lowerAt(s, j + 1)) &&
      !m.possessive &&
      ownVerbAt(s, m.end)
    )
      return out;
    // "Russia blocked Viber, Sidorenko said": a name before a verb of saying is its speaker
    if (lowerAt(s, j) === "," && s.lex.speech.goesOn.has(lowerAt(s, m.end))) return out;
    if (m.possessive) {
      // "Meta's Facebook and Instagram, Alphabet's YouTube": another owner ends the first one's list
      if (ownerStops) return out;
      const head = possessedHead(s, m);
      if (head) {
        out.push(head);
        j = head.end;
        continue;
      }
      // "WhatsApp, Meta's messaging app, and Telegram": an apposition on the last item; the list goes on
      if (lowerAt(s, m.start - 1) === ",") {
        let q = m.end + 1;
        while (q < m.end + 5 && /^[\p{Ll}-]+$/u.test(s.tokens[q]?.text ?? "")) q++;
        if (q > m.end + 1 && lowerAt(s, q) === "," && /^(?:and|or)$/.test(lowerAt(s, q + 1))) {
          j = q;
          continue;
        }
      }
      // "and Meta's two biggest networks": what the owner has, unnamed, is not the owner
      return out;
    }
    out.push(m);
    j = m.end;
  }
}

/** Whether a finite verb starts at `k`, past adverbs: "protested", "has also said", "later sued". */
function ownVerbAt(s: Sentence, k: number): boolean {
  while (/ly$|^(?:also|later|then|soon|quickly)$/.test(lowerAt(s, k))) k++;
  const w = lowerAt(s, k);
  return AUX.has(w) || BE.has(w) || (s.pos.has(k, "Verb") && !/ing$/.test(w) && !mentionAt(s, k));
}

/** Past "other apps such as", "foreign services including" to the example named after; else `k`. */
function pastExampleHead(s: Sentence, k: number): number {
  let q = k;
  while (
    q < s.tokens.length &&
    q - k < 4 &&
    /^[\p{Ll}-]+$/u.test(s.tokens[q]!.text) &&
    !PREPS.has(lowerAt(s, q)) &&
    !/^(?:such|including|like)$/.test(lowerAt(s, q))
  )
    q++;
  if (q === k || !/s$/.test(lowerAt(s, q - 1))) return k;
  const marker =
    lowerAt(s, q) === "such" && lowerAt(s, q + 1) === "as"
      ? 2
      : /^(?:including|like)$/.test(lowerAt(s, q))
        ? 1
        : 0;
  return marker > 0 && mentionAt(s, q + marker) ? q + marker : k;
}

/** For a possessor mention, the possessed entity when one follows ("Apple's FaceTime", "Meta's … app, WhatsApp"). */
export function possessedHead(s: Sentence, m: Mention): Mention | undefined {
  let i = m.end + 1;
  let n = 0;
  while (i < s.tokens.length && n < 5) {
    const h = mentionAt(s, i);
    // "Apple's China App Store": a place names where, not what
    if (h && h.entities[0]!.roles.includes("government-national") && !h.possessive) {
      i = h.end;
      n++;
      continue;
    }
    if (h) return h.entities[0]!.kind === "platform" || h.entities[0]!.category === "company" ? h : undefined;
    const t = lowerAt(s, i);
    if (t === "," && n > 0) {
      // "Meta's other apps, such as Facebook": the list after the description
      let j = i + 1;
      if (lowerAt(s, j) === "such" && lowerAt(s, j + 1) === "as") j += 2;
      else if (["including", "namely", "like"].includes(lowerAt(s, j))) j++;
      const after = mentionAt(s, j);
      return after && after.entities[0]!.kind === "platform" ? after : undefined;
    }
    if (!/^[\p{L}-]+$/u.test(s.tokens[i]!.text) || OBJECT_STOP.has(t) || PREPS.has(t)) return undefined;
    i++;
    n++;
  }
  return undefined;
}

/** Coordinated mentions to the left of position k (the patients of a passive: "X, Y and Z have been blocked"). */
export function leftList(s: Sentence, k: number): Mention[] {
  let i = k - 1;
  while (
    i >= 0 &&
    (AUX.has(lowerAt(s, i)) ||
      BE.has(lowerAt(s, i)) ||
      STATIVE.test(lowerAt(s, i)) ||
      [
        "all",
        "not",
        ",",
        "both",
        "long",
        "since",
        "already",
        "also",
        "too",
        "often",
        "again",
        '"',
        "“",
      ].includes(lowerAt(s, i)) ||
      // "the app has at times been restricted"
      (lowerAt(s, i) === "times" && lowerAt(s, i - 1) === "at") ||
      (lowerAt(s, i) === "at" && lowerAt(s, i + 1) === "times") ||
      // "WhatsApp itself has been blocked": an intensifying reflexive after the subject
      (/^(?:itself|themselves)$/.test(lowerAt(s, i)) && !!mentionAt(s, i - 1)) ||
      /ly$/.test(lowerAt(s, i)))
  )
    i--;
  // "The service, it explained, had been switched off": over a parenthetical of saying
  if (lowerAt(s, i + 1) === "," && s.lex.speech.reports.has(lowerAt(s, i)) && lowerAt(s, i - 2) === ",")
    i -= 3;
  else if (lowerAt(s, i + 1) === "," && s.lex.speech.reports.has(lowerAt(s, i)) && mentionAt(s, i - 1)) {
    const speaker = mentionAt(s, i - 1)!;
    if (lowerAt(s, speaker.start - 1) === ",") i = speaker.start - 2;
  } else if (lowerAt(s, i + 1) === "," && s.lex.speech.reports.has(lowerAt(s, i))) {
    // ("Telegram, the company explained, had …": a speaker the reader cannot name yet)
    for (let k = i - 1; k >= Math.max(0, i - 5); k--)
      if (lowerAt(s, k) === ",") {
        i = k - 1;
        break;
      }
  }
  let m = mentionAt(s, i);
  // "Telegram, another popular messaging app owned by …", "Instagram, which is owned by Facebook
  // Inc, became …": the head of the apposition or relative clause; but of "VPN services, including
  // A and B, were blocked" the examples, as the head only names their class
  const head = s.skipTo[i]! >= 0 ? mentionAt(s, s.skipTo[i]!) : undefined;
  const classHead =
    head && m && head !== m && /^(?:including|notably)$/.test(lowerAt(s, head.end + 1)) && isClass(head);
  // ("Meta's Facebook, Google's YouTube and TikTok, owned by …": the last item of a list is no apposition)
  // ("Viber, founded by Talmon Marco and Igor Magazinnik, was fined": a list inside the apposition is
  // the apposition's, and the head is the subject)
  const listItem =
    m &&
    head !== m &&
    /^(?:and|or)$/.test(lowerAt(s, m.start - 1)) &&
    !(head && s.skipTo[m.start - 1]! === s.skipTo[i]! && /^\p{Ll}/u.test(s.tokens[head.end + 1]?.text ?? ""));
  if (head && !classHead && !listItem) m = head;
  if (!m) {
    // relative clause "X, which was blocked": antecedent
    if (["which", "that", "who"].includes(lowerAt(s, i))) {
      const ant = mentionAt(s, lowerAt(s, i - 1) === "," ? i - 2 : i - 1);
      return ant ? [ant] : [];
    }
    // "her app was blocked": the platform she speaks for
    if (/^(?:her|his)$/.test(lowerAt(s, i - 1))) {
      const own = ownPlatform(s, i - 1);
      if (own) return [own];
    }
    // "it was blocked", "they were removed": what the pronoun refers to
    if (lowerAt(s, i) === "it" || lowerAt(s, i) === "they") {
      // ("it stayed unreachable": only a service can be out of reach, not a firm just quoted)
      const state = /^(?:unavailable|inaccessible|unreachable|offline)$/.test(lowerAt(s, k));
      const refs = resolvePronoun(s, i, "patient", state ? (e) => e.kind === "platform" : undefined);
      if (refs)
        return [
          {
            start: i,
            end: i + 1,
            entities: refs,
            surface: s.tokens[i]!.text,
            via: "pronoun",
            possessive: false,
          },
        ];
    }
    return [];
  }
  const out: Mention[] = [m];
  let j = m.start - 1;
  for (;;) {
    // "Apple's FaceTime": step over the possessor
    if (isPossessiveMarker(s.tokens[j]) && mentionAt(s, j - 1)) j = mentionAt(s, j - 1)!.start - 1;
    // "Facebook and the Facebook-owned WhatsApp": over the item's article and owner compound
    while (
      j >= 0 &&
      !mentionAt(s, j) &&
      /^(?:the|a|an|.+-(?:owned|run|operated|backed|controlled))$/.test(lowerAt(s, j))
    )
      j--;
    // "The audio app Clubhouse and the messaging service Telegram": over a description before the name
    let d = j;
    while (
      d >= 0 &&
      j - d < 3 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[d]!.text) &&
      !LIST_LINK.has(lowerAt(s, d))
    )
      d--;
    if (d < j && /^(?:the|a|an|its|their)$/.test(lowerAt(s, d)) && /^(?:,|and|or)$/.test(lowerAt(s, d - 1)))
      j = d - 1;
    let n = j;
    let sawLink = false;
    let sawWord = false;
    while (
      n >= 0 &&
      j - n < 3 &&
      [",", "and", "or", "&", "as", "well", "such", "including"].includes(lowerAt(s, n))
    ) {
      sawLink = true;
      sawWord ||= lowerAt(s, n) !== ",";
      n--;
    }
    let prev = mentionAt(s, n);
    // "Facebook and Instagram, both owned by Meta, and the platform X were …": the name closing a
    // phrase about an item stands for the item (not in a list: "Snapchat, Apple's FaceTime, Discord")
    const described = prev ? s.skipTo[prev.start]! : -1;
    if (prev && described >= 0 && described < prev.start && phraseAbout(s, described, prev.start))
      prev = mentionAt(s, described) ?? prev;
    // "TikTok and app store operators such as Apple and Google could be fined": past the noun the
    // examples illustrate to the item coordinated with it
    if (!prev && sawLink && /^(?:such|including)$/.test(lowerAt(s, n + 1))) prev = itemBeforeHead(s, n);
    // "A, B and C were blocked": the last two items are joined by a word, so a comma alone before
    // the subject ("Mobilis, run by the Office …, the app could be switched off") starts no list
    if (out.length === 1 && !sawWord) sawLink = false;
    if (!sawLink || !prev || prev === head || isPlace(s, prev) || prev.possessive) return out.reverse();
    out.push(prev);
    j = prev.start - 1;
  }
}

/**
 * Whether the words after the mention at `head` and before `to` say something of it ("both owned
 * by"), rather than list its examples ("including").
 */
function phraseAbout(s: Sentence, head: number, to: number): boolean {
  let said = false;
  for (let k = mentionAt(s, head)!.end + 1; k < to; k++) {
    const w = lowerAt(s, k);
    if (EXAMPLES.test(w)) return false;
    said ||= /^\p{Ll}+$/u.test(s.tokens[k]!.text) && !/^(?:the|a|an|and|or)$/.test(w);
  }
  return said;
}
const EXAMPLES = /^(?:including|such|like|notably|namely|among|especially|particularly)$/;

/** Words a description before a list item stops at: a link or a determiner. */
const LIST_LINK = new Set([",", "and", "or", "the", "a", "an", "its", "their"]);

/** A mention that names a class of things rather than one: "VPN services", "rights groups". */
function isClass(m: Mention): boolean {
  return m.via === "plural" || m.entities[0]!.category === "group";
}

/** The item before "and <plural noun phrase>" that ends at `n` ("TikTok and app store operators"). */
function itemBeforeHead(s: Sentence, n: number): Mention | undefined {
  let q = n;
  while (
    q >= 0 &&
    n - q < 4 &&
    /^[\p{Ll}-]+$/u.test(s.tokens[q]!.text) &&
    !PREPS.has(lowerAt(s, q)) &&
    !COORD.has(lowerAt(s, q))
  )
    q--;
  if (q === n || !/s$/.test(lowerAt(s, n))) return undefined;
  return lowerAt(s, q) === "and" || lowerAt(s, q) === "or" ? mentionAt(s, q - 1) : undefined;
}
