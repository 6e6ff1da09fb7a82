// Entities told by their head noun: a place before an institution noun is an institution of its own
// ("a Moscow court", "a Kenyan court", "Russian prosecutors", "a court in Moscow"), and a name before
// a platform noun is a platform of that kind ("the Mir payment system", "ICQ messenger").
import type { CompiledLexicon, LexEntity } from "./lexicon.ts";
import { discoveredEntity } from "./discovered.ts";
import { NOT_NAMES } from "./discover.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { isPossessiveMarker, type Token } from "./tokens.ts";

const LOWER = /^\p{Ll}/u;
/** Institutions that, named alone, are the article's own country's. */
const HOME_INSTITUTIONS = /^(?:prosecutors|police)$/;
/** Words a bare "police" or "prosecutors" follows as the subject of a clause. */
const BEFORE_SUBJECT =
  /^(?:year|week|month|weekend|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|yesterday|today|then|later|when|after|before|while|because|where|but|so|until|once|since)$/;
const INSTITUTION_SUFFIX =
  /^(?:Court|Tribunal|Ministry|Commission|Authority|Agency|Council|Assembly|Parliament|Senate|Police|Prosecutor|Office|Department)$/;

/** A national government named by one place word: the country, its capital or its demonym. */
function placeAt(
  lex: CompiledLexicon,
  tokens: Token[],
  i: number,
): { gov: LexEntity; length: number } | undefined {
  const name = matchAt(lex.names, tokens, i);
  if (name && name.value.roles.includes("government-national") && /^\p{Lu}/u.test(tokens[i]!.text))
    return { gov: name.value, length: name.tokens.length };
  const dem = matchAt(lex.demonyms, tokens, i);
  return dem ? { gov: dem.value, length: dem.tokens.length } : undefined;
}

function institution(ctx: ArticleContext, label: string, roles: string[], gov?: LexEntity): LexEntity {
  return discoveredEntity(ctx, label, {
    kind: "actor",
    category: "government",
    roles,
    ambiguous: false,
    ...(gov ? { government: gov.key } : {}),
  });
}

function mention(tokens: Token[], start: number, end: number, e: LexEntity): Mention {
  return {
    start,
    end,
    entities: [e],
    surface: text(tokens, start, end),
    via: "discovered",
    possessive: isPossessiveMarker(tokens[end]),
  };
}

const text = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");

/** "a Moscow court", "Kenyan prosecutors", "a court in Moscow" starting at token `i`. */
export function institutionAt(tokens: Token[], i: number, ctx: ArticleContext): Mention | undefined {
  const { lex } = ctx;
  // "the U.S. Supreme Court": a country named with its article ("the U.S.") opens the institution's
  // name from the next word; the article is no part of it
  // ("the U.S. Court of Appeals for …" runs on past its suffix: the organisation's name is longer)
  if (tokens[i]!.lower === "the" && matchAt(lex.names, tokens, i) && placeAt(lex, tokens, i + 1)) {
    const named = institutionAt(tokens, i + 1, ctx);
    const runsOn = named && /^(?:of|for)$/.test(tokens[named.end]?.lower ?? "");
    return runsOn ? undefined : named;
  }
  const place = placeAt(lex, tokens, i);
  // "Islamabad High Court", "Moscow Arbitration Court": a place that starts a proper name of an institution
  if (place) {
    let j = i + place.length;
    while (
      j < tokens.length &&
      j - i < 5 &&
      /^\p{Lu}/u.test(tokens[j]!.text) &&
      !INSTITUTION_SUFFIX.test(tokens[j]!.text)
    )
      j++;
    if (
      j > i + place.length - 1 &&
      INSTITUTION_SUFFIX.test(tokens[j]?.text ?? "") &&
      !matchAt(lex.names, tokens, i + place.length)
    ) {
      const end = j + 1;
      const label = text(tokens, i, end);
      const suffix = tokens[j]!.text.toLowerCase();
      const e = institution(
        ctx,
        label,
        [suffix === "court" || suffix === "tribunal" ? "court" : suffix],
        place.gov,
      );
      return mention(tokens, i, end, e);
    }
  }
  if (place) {
    const at = i + place.length;
    const head = matchAt(lex.institutionHeads, tokens, at);
    // a lower-case head: "a Moscow court"; a capitalised one belongs to a proper name the lexicon may know
    if (!head || !LOWER.test(tokens[at]!.text)) return undefined;
    const end = at + head.tokens.length;
    const label = `${text(tokens, i, at)} ${head.tokens.join(" ")}`;
    return mention(tokens, i, end, institution(ctx, label, head.value, place.gov));
  }
  // "a Lagos court": a capitalised word the lexicon does not know, before an institution noun
  const word = tokens[i]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(word.text) && !matchAt(lex.names, tokens, i) && i > 0) {
    const head = matchAt(lex.institutionHeads, tokens, i + 1);
    if (head && LOWER.test(tokens[i + 1]!.text) && /^(?:a|an|the)$/.test(tokens[i - 1]!.lower)) {
      const end = i + 1 + head.tokens.length;
      const label = `${word.text} ${head.tokens.join(" ")}`;
      const e = institution(ctx, label, head.value);
      return mention(tokens, i, end, e);
    }
  }
  // "Prosecutors said …", "the police": the article's own country's
  const bare = matchAt(lex.institutionHeads, tokens, i);
  if (
    bare &&
    ctx.home &&
    HOME_INSTITUTIONS.test(bare.tokens.join(" ").toLowerCase()) &&
    !placeAt(lex, tokens, i - 1)
  ) {
    const prev = tokens[i - 1]?.lower;
    if (
      prev === undefined ||
      prev === "the" ||
      !/^\p{L}/u.test(prev) ||
      /^(?:and|said|by|to|with|that)$/.test(prev) ||
      // "last year police accused …", "when prosecutors appealed": a subject after a time phrase or
      // a conjunction
      BEFORE_SUBJECT.test(prev)
    ) {
      const end = i + bare.tokens.length;
      // "the police" in Tanzania is the Tanzania Police Force when the lexicon knows the national force
      const home = ctx.home;
      const force =
        bare.value.includes("police") &&
        lex.entities.find((e) => e.government === home.key && e.roles.includes("national police"));
      if (force) return mention(tokens, i, end, force);
      const demonym = home.label.replace(/ government$/, "");
      const e = institution(ctx, `${demonym} ${bare.tokens.join(" ").toLowerCase()}`, bare.value, ctx.home);
      return mention(tokens, i, end, e);
    }
  }
  // "a court in Moscow", "the district court in Nairobi"
  // ("filed suit in federal court in Missoula": a court without its article after "in")
  const det = tokens[i - 1]?.lower;
  if (det !== "a" && det !== "an" && det !== "the" && det !== "in") return undefined;
  const head = matchAt(lex.institutionHeads, tokens, i);
  if (!head || !LOWER.test(tokens[i]!.text)) return undefined;
  const at = i + head.tokens.length;
  if (tokens[at]?.lower !== "in") return undefined;
  const where = placeAt(lex, tokens, at + 1);
  if (where && where.length === 1) {
    const end = at + 1 + where.length;
    const label = `${text(tokens, at + 1, end)} ${head.tokens.join(" ")}`;
    return mention(tokens, i, end, institution(ctx, label, head.value, where.gov));
  }
  // "a federal court in Missoula": a court of a town the lexicon does not know, named by its town
  const town = unknownTown(tokens, at + 1, lex);
  if (!town || !head.value.includes("court")) return undefined;
  const label = `${text(tokens, at + 1, town)} ${head.tokens.join(" ")}`;
  return mention(tokens, i, town, institution(ctx, label, head.value));
}

/** The end of one capitalised word at `i` that names no entity, month or day: a town's name. */
function unknownTown(tokens: Token[], i: number, lex: CompiledLexicon): number | undefined {
  const word = tokens[i];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || NOT_NAMES.has(word.text)) return undefined;
  if (matchAt(lex.names, tokens, i) || matchAt(lex.demonyms, tokens, i)) return undefined;
  // a longer run of capitals is a name of its own ("a court in Missoula County")
  return /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") ? undefined : i + 1;
}

/** The platform category a head noun at token `i` gives to the name before it, and the head's length. */
export function platformHeadAt(
  lex: CompiledLexicon,
  tokens: Token[],
  i: number,
): { category: string; length: number } | undefined {
  const head = matchAt(lex.platformHeads, tokens, i);
  if (!head) return undefined;
  // "VPN" is written in capitals; other heads are common nouns in lower case
  if (!LOWER.test(tokens[i]!.text) && tokens[i]!.text !== tokens[i]!.text.toUpperCase()) return undefined;
  return { category: head.value, length: head.tokens.length };
}

/** Words that may open the noun phrase of a head before a name ("the", "its sister", "a new"). */
const HEAD_OPENERS = /^(?:the|a|an|its|their|his|her|another|rival|local|popular)$/;

/**
 * "the messaging app Zorbo", "its satirical sister channel Luxta": a platform head noun in lower case
 * right before a name, opened by a determiner a few words back, makes the name a platform of that kind.
 */
export function platformHeadBefore(lex: CompiledLexicon, tokens: Token[], i: number): string | undefined {
  for (let length = 1; length <= 2; length++) {
    const at = i - length;
    const head = at >= 1 ? platformHeadAt(lex, tokens, at) : undefined;
    if (!head || head.length !== length || !LOWER.test(tokens[at]!.text)) continue;
    // up to three lower-case modifiers back to the determiner ("its satirical sister channel")
    for (let d = at - 1; d >= Math.max(0, at - 4); d--) {
      if (HEAD_OPENERS.test(tokens[d]!.lower) || isPossessiveMarker(tokens[d])) return head.category;
      if (!LOWER.test(tokens[d]!.text)) break;
    }
  }
  return undefined;
}

/**
 * "the telecom operator Zamtel", "state-run telecom companies BSNL and MTNL": a company head noun in
 * lower case before the name at `i`, or before the list of names it opens, makes the name a company.
 */
export function companyHeadBefore(lex: CompiledLexicon, tokens: Token[], i: number): boolean {
  // back over the names listed before this one: "BSNL and MTNL", "Zamtel, Airvana and Liquid"
  let k = i;
  for (let n = 0; n < 12 && k > 0; n++) {
    const w = tokens[k - 1]!;
    if (!/^(?:and|,|&)$/.test(w.lower) && !/^\p{Lu}/u.test(w.text)) break;
    k--;
  }
  for (let at = Math.max(0, k - 3); at < k; at++) {
    const head = matchAt(lex.companyHeads, tokens, at);
    if (head && at + head.tokens.length === k && LOWER.test(tokens[k - 1]!.text)) return true;
  }
  return false;
}
