// The sentence every relation rule reads: tokens, mentions and their spans, and the relations found so
// far; the word classes the rules share; and emit, the one gate every relation passes (kind checks, no
// duplicates), which records the rule that produced it.
import type { Action, Modality } from "../../types.ts";
import type { CompiledLexicon, LexEntity, Phrase } from "../lexicon.ts";
import { containsAny, matchAt } from "../match.ts";
import type { ArticleContext, Mention } from "../mentions.ts";
import type { SentenceTags } from "../pos.ts";
import { nounPhrases, verbGroups, type NounPhrase, type VerbGroup } from "../syntax/phrases.ts";
import { correctTags, type UPos } from "../syntax/tagger.ts";
import type { Token } from "../tokens.ts";

export interface SentenceRelation {
  subject: LexEntity;
  action: Action;
  object: LexEntity;
  modality: Modality;
  /** The construction that produced it: a short stable id such as `verbal.passive`. */
  rule: string;
}

export const AUX = new Set(
  "has have had is are was were be been being will would could can may might should must shall do does did 's 're 've 'd also already now still just then since recently previously reportedly allegedly officially openly actively effectively formally reportedly repeatedly publicly partially partly fully completely temporarily gradually further again once later indeed".split(
    " ",
  ),
);
export const BE = new Set(
  "is are was were be been being 's 're get got gets getting become became".split(" "),
);
/** Verbs that, like "be", take a participle as a state: "remained blocked", "stays banned". */
export const STATIVE = /^(?:remain|remains|remained|remaining|stay|stays|stayed|staying)$/;
export const PREPS = new Set(
  "of in on at by for from with to into onto over under about against among between through via across within throughout inside outside around toward towards upon after before during despite without like than per amid regarding concerning".split(
    " ",
  ),
);
export const TITLE_WORD =
  /^(?:President|Prime|Minister|Chancellor|King|Queen|Prince|Sheikh|Emir|Governor|Senator|Judge|Justice|Mr|Mrs|Ms|Dr|General|Gen|Premier|Secretary|Chairman|CEO)\.?$/;
/** Prepositions an object search may cross: "access to X", "calls on X", "restrictions on calls via X". */
export const BRIDGE_PREPS = new Set("to on of via through against for onto towards toward into".split(" "));
export const LOCATION_PREPS = new Set(
  "in across within throughout inside outside around into at from near".split(" "),
);
export const CLAUSE_STOP = new Set(";:—–".split(""));
export const OBJECT_STOP = new Set(
  "which who whom whose that because while whereas although though but since until unless when whenever where after before if as by so thus thereby yet despite amid".split(
    " ",
  ),
);
export const COORD = new Set([
  ",",
  "and",
  "or",
  "&",
  "both",
  "as",
  "well",
  "plus",
  "other",
  "also",
  "including",
  "namely",
  "notably",
  "particularly",
  "such",
  "like",
  "along",
  "with",
  "even",
  "then",
  "later",
  "the",
  "its",
  "their",
  "all",
  "nor",
  "either",
  "neither",
  "not",
  "only",
  "but",
]);
export const NEGATIVE_INFINITIVE = new Set(
  "abandon stop quit delete uninstall leave avoid boycott ditch drop shun reject".split(" "),
);
/** Verbs of beginning and going on, whose "-ing" complement shares their subject ("to start cutting"). */
export const ASPECTUAL = /^(?:start|begin|continue|keep|resume)$/;

/** Words that open a subordinate clause, which a name or a pronoun can follow as its subject. */
export const SUBORDINATE = /^(?:after|before|when|once|until|since|because|as)$/;
export const CAUSATIVE = new Set(
  "order ordered orders ordering tell told ask asked instruct instructed direct directed force forced require required want wants wanted wanting".split(
    " ",
  ),
);
export const PROMOTE_BRIDGE = new Set(
  "to use adopt adopting switch switching transition transitioning move moving migrate migrating download downloading install installing join joining sign register registering towards toward onto into for a an the new state-backed domestic national alternative platform app messenger service apps messengers services platforms alternatives local homegrown home-grown such like including called known named as".split(
    " ",
  ),
);
export const PARTICIPLE_LEAD = new Set([
  ",",
  "while",
  "by",
  "after",
  "before",
  "when",
  "thereby",
  "and",
  "also",
  "—",
]);
/** Who can block or restrict: an actor, or a platform an outlet on itself ("TikTok blocked RT's accounts"). */
const cutsOff = (s: LexEntity, o: LexEntity) =>
  (s.kind === "actor" && s.category !== "media") || (s.kind === "platform" && o.category === "media");
export const KIND_OK: Record<Action, (s: LexEntity, o: LexEntity) => boolean> = {
  blocks: cutsOff,
  restricts: cutsOff,
  bans: (s) => s.kind === "actor" && s.category !== "media",
  fines: (s) => s.kind === "actor" && s.category === "government",
  mandates: (s, o) => s.kind === "actor" && s.category !== "media" && o.kind === "platform",
  promotes: (s, o) => s.kind === "actor" && s.category !== "media" && o.kind === "platform",
  accuses: (s) => s.category !== "media",
  criticizes: (s) => s.category !== "media",
  // (a group runs a platform too: "AppleCensorship, a monitoring site run by GreatFire")
  owns: (s, o) =>
    s.kind === "actor" &&
    (((s.category === "company" || s.category === "person" || s.category === "government") &&
      (o.kind === "platform" || o.category === "company" || o.category === "media")) ||
      (s.category === "group" && o.kind === "platform") ||
      // ("RT DE, the German arm of RT": a broadcaster runs its own outlets)
      (s.category === "media" && o.category === "media")),
  founded: (s, o) =>
    s.kind === "actor" &&
    s.category !== "government" &&
    s.category !== "media" &&
    (o.kind === "platform" || o.category === "company" || o.category === "group" || o.category === "media"),
  represents: (s, o) => s.category === "person" && o.category !== "person",
  modeled_on: (s, o) => s.kind === "platform" && o.kind === "platform",
  alternative_to: (s, o) => s.kind === "platform" && o.kind === "platform",
};

export interface Sentence {
  tokens: Token[];
  mentions: Mention[];
  /** mention index covering each token, or -1 */
  at: Int32Array;
  /** For tokens inside an apposition or relative clause: the token where its head mention starts; else -1. */
  skipTo: Int32Array;
  lex: CompiledLexicon;
  ctx: ArticleContext;
  out: SentenceRelation[];
  /** token ranges whose relations are reported claims (accusation complements) */
  alleged: [number, number][];
  pos: SentenceTags;
  /** The sentence's structure, built on first use. */
  syntax?: Syntax;
}

export interface Syntax {
  pos: UPos[];
  lemma: string[];
  nps: NounPhrase[];
  /** Index into `nps` of the phrase covering each token, or -1. */
  npAt: Int32Array;
  vgs: VerbGroup[];
  /** Index into `vgs` of the verb group covering each token, or -1. */
  vgAt: Int32Array;
}

function spanIndex(length: number, spans: readonly { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  spans.forEach((x, k) => {
    for (let i = x.start; i < x.end; i++) at[i] = k;
  });
  return at;
}

/** Noun phrases and verb groups of the sentence, mentions kept whole. */
export function syntaxOf(s: Sentence): Syntax {
  if (!s.syntax) {
    const { lemma } = s.pos.tags;
    const pos = correctTags(s.tokens, s.pos.tags.pos);
    const nps = nounPhrases(s.tokens, pos, s.mentions);
    const vgs = verbGroups(s.tokens, pos, lemma, s.mentions);
    s.syntax = {
      pos,
      lemma,
      nps,
      npAt: spanIndex(s.tokens.length, nps),
      vgs,
      vgAt: spanIndex(s.tokens.length, vgs),
    };
  }
  return s.syntax;
}

export const lowerAt = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";
export const mentionAt = (s: Sentence, i: number): Mention | undefined =>
  s.at[i]! >= 0 ? s.mentions[s.at[i]!] : undefined;

/**
 * Acts a judge performs for the court ("Judge X of the Y Court ordered the app blocked" is the
 * court's); acts of state, too, which a collective never does.
 */
const JUDICIAL_ACTS = new Set<Action>(["blocks", "restricts", "bans", "fines", "mandates"]);

export function emit(
  s: Sentence,
  person: LexEntity,
  action: Action,
  object: LexEntity,
  modality: Modality,
  rule: string,
): void {
  const subject = (JUDICIAL_ACTS.has(action) && benchOf(s, person)) || person;
  if (subject.key === object.key) return;
  // censorship is of platforms and organisations; a crackdown on "journalists" is not a platform block
  // (nor is a government a service: "shut down the Kremlin's media machine" blocks no Kremlin)
  // (an organisation named and outlawed is banned: "declared the Belarusian Association of
  // Journalists extremist")
  const outlawed = action === "bans" && object.category === "group" && !object.roles.includes("group");
  // (nor is a person: "Nexta, founded by blogger Ihar Losik, was banned" bans the channel)
  if (
    CENSORS.has(action) &&
    ((object.category === "group" && !outlawed) ||
      object.roles.includes("government-national") ||
      object.category === "person")
  )
    return;
  if (!KIND_OK[action](subject, object) && !companyNamedByPlatform(action, object, rule)) return;
  // a collective ("critics", "tech companies") is an actor only of criticism, accusation or promotion
  if (subject.category === "group" && subject.roles.includes("group") && JUDICIAL_ACTS.has(action)) return;
  // "Durov said he would rather shut the company down": a person closing their own platform censors nothing
  if (CENSORS.has(action) && subject.category === "person" && holdsOfficeIn(s, subject, object)) return;
  if (s.out.some((r) => r.subject.key === subject.key && r.object.key === object.key && r.action === action))
    return;
  s.out.push({ subject, action, object, modality, rule });
}

/** "the Facebook-owned WhatsApp": a compound of ownership names the company by its platform. */
function companyNamedByPlatform(action: Action, object: LexEntity, rule: string): boolean {
  return action === "owns" && rule === "structural.owned-compound" && object.kind === "platform";
}

/**
 * "the Telegram channel Baza", "her X account": a platform named only as where a channel, account or
 * page is; whoever runs that runs the channel, not the platform.
 */
export function onPlatform(s: Sentence, m: Mention): boolean {
  if (m.entities[0]!.kind !== "platform") return false;
  return PRESENCE.test(m.surface.split(" ").pop()!.toLowerCase()) || PRESENCE.test(lowerAt(s, m.end));
}
const PRESENCE = /^(?:channel|channels|account|accounts|page|pages|group|groups|chat|chats|feed|handle)$/;

/** "the Telegram and YouTube channels of RFE/RL": a platform in a list that ends in a presence on them. */
export function inPresenceList(s: Sentence, m: Mention): boolean {
  if (onPlatform(s, m)) return true;
  if (m.entities[0]!.kind !== "platform") return false;
  let k = m.end;
  while (k < Math.min(s.tokens.length, m.end + 8)) {
    const w = lowerAt(s, k);
    if (w === "and" || w === "or" || w === ",") {
      k++;
      continue;
    }
    const next = mentionAt(s, k);
    if (!next || next.entities[0]!.kind !== "platform") return false;
    if (onPlatform(s, next)) return true;
    k = next.end;
  }
  return false;
}

export const CENSORS = new Set<Action>(["blocks", "restricts", "bans"]);

/** Whether the lexicon or the article has the person in office in the organisation, or founding it. */
function holdsOfficeIn(s: Sentence, person: LexEntity, org: LexEntity): boolean {
  if (person.office === org.key) return true;
  if (s.ctx.affiliations?.get(person.key)?.has(org.key)) return true;
  return s.out.some(
    (r) => r.subject === person && r.object === org && (r.action === "represents" || r.action === "founded"),
  );
}

/** A mention used as a place ("blocked in Russia") rather than an actor. */
export function isPlace(s: Sentence, m: Mention): boolean {
  const e = m.entities[0]!;
  if (!e.roles.includes("government-national") || m.via !== "name") return false;
  return (
    LOCATION_PREPS.has(lowerAt(s, m.start - 1)) ||
    (lowerAt(s, m.start - 1) === "the" && LOCATION_PREPS.has(lowerAt(s, m.start - 2))) ||
    placesSuchAs(s, m.start)
  );
}

/** "in countries such as Russia", "in places like Iran": a place named as an example of places. */
function placesSuchAs(s: Sentence, start: number): boolean {
  const lead =
    lowerAt(s, start - 1) === "as" && lowerAt(s, start - 2) === "such"
      ? start - 3
      : lowerAt(s, start - 1) === "like"
        ? start - 2
        : -1;
  if (lead < 1 || !/^(?:countries|places|nations|states|markets)$/.test(lowerAt(s, lead))) return false;
  const before = lowerAt(s, lead - 1);
  return (
    LOCATION_PREPS.has(before) ||
    (/^(?:other|several|many|some|authoritarian)$/.test(before) && LOCATION_PREPS.has(lowerAt(s, lead - 2)))
  );
}

export function hasContent(
  s: Sentence,
  index: Map<string, Phrase<true>[]>,
  stems: string[],
  from: number,
  to: number,
): boolean {
  // ("approved by the Supreme National Security Council": words inside a name are no content)
  let start = from;
  for (let k = from; k < to; k++) {
    const m = mentionAt(s, k);
    if (!m) continue;
    if (k > start && containsAny(index, stems, s.tokens, start, k)) return true;
    k = m.end - 1;
    start = m.end;
  }
  return start < to && containsAny(index, stems, s.tokens, start, to);
}

/** Whether tokens [from, to) hold a cue of one of `actions` that is no noun: "were already blocked". */
export function hasVerbCue(s: Sentence, from: number, to: number, actions: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const c = matchAt(s.lex.cues, s.tokens, k);
    if (c && c.value.type !== "noun" && actions.has(c.value.action)) return true;
  }
  return false;
}

export function inAlleged(s: Sentence, i: number): boolean {
  return s.alleged.some(([a, b]) => i >= a && i < b);
}

/** The court a judge sits on, as this sentence or the article has said. */
function benchOf(s: Sentence, e: LexEntity): LexEntity | undefined {
  if (e.category !== "person") return undefined;
  const here = s.out.find(
    (r) => r.action === "represents" && r.subject === e && r.object.roles.includes("court"),
  );
  return here?.object ?? judicialBody(s.ctx, e);
}

/** An entity by key: the lexicon's, else one the article discovered and still has in view. */
export function entityOfKey(ctx: ArticleContext, key: string): LexEntity | undefined {
  return ctx.lex.entityByKey.get(key) ?? ctx.recent.find((e) => e.key === key);
}

/** The court an entity is or sits on: a court, or a judge seen to represent one. */
export function judicialBody(ctx: ArticleContext, e: LexEntity): LexEntity | undefined {
  if (e.roles.includes("court")) return e;
  if (e.category !== "person") return undefined;
  for (const key of ctx.affiliations?.get(e.key) ?? []) {
    const org = entityOfKey(ctx, key);
    if (org?.roles.includes("court")) return org;
  }
  return undefined;
}

/**
 * Whether an act was reported in this sentence or the one before: how far back "it" or "the block"
 * reaches for it (further back, "it" is more likely something named since).
 */
export function actJustReported(s: Sentence): boolean {
  return (s.ctx.sentencesRead ?? 0) - (s.ctx.lastActAt ?? -9) <= 1;
}

/** The author of an act just reported, unless a person: what "it" right after the act can stand for. */
export function recentActAuthor(s: Sentence): LexEntity | undefined {
  const author = s.ctx.lastAgent;
  return author && actJustReported(s) && author.category !== "person" ? author : undefined;
}

/**
 * "the main opposition party Chadema": a mention that is only a modifier of a head noun whose name
 * follows ("opposition" before "party Chadema") gives way to that name; else the mention itself.
 */
export function pastModifier(s: Sentence, m: Mention): Mention {
  let r = m.end;
  while (
    r < m.end + 2 &&
    /^\p{Ll}+$/u.test(s.tokens[r]?.text ?? "") &&
    !PREPS.has(lowerAt(s, r)) &&
    !/^(?:and|or|but|nor)$/.test(lowerAt(s, r)) &&
    // ("the blocking of TikTok by India angered Beijing": a verb ends the phrase)
    !/^(?:VERB|AUX)$/.test(s.pos.upos(r) ?? "")
  )
    r++;
  const named = r > m.end ? mentionAt(s, r) : undefined;
  return named && !named.possessive && named.entities[0]!.kind === "actor" ? named : m;
}
