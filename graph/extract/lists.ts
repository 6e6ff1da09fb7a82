// Bullets under a lead-in: "The ban covers these services:" followed by "- Facebook and Instagram"
// lines. A lead-in is a sentence that ends with a colon and names an action; each bullet's platforms
// take that action, from the lead-in's subject (or the article's government, or the author of the act
// the article last reported).
import type { Action, Modality } from "../types.ts";
import { discoveredMention, surface } from "./discover.ts";
import { slug, type LexEntity } from "./lexicon.ts";
import { discoveredEntity } from "./discovered.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { modalityAt } from "./modality.ts";
import { DARK } from "./relations/coverage.ts";
import type { SentenceRelation } from "./relations/index.ts";
import type { Token } from "./tokens.ts";

export interface LeadIn {
  subject: LexEntity;
  action: Action;
  modality: Modality;
}

const LIST_ACTIONS = new Set<Action>(["blocks", "restricts", "bans", "fines", "mandates", "promotes"]);

/** Whether the sentence starting at `start` opens a bullet line of `text` ("- Facebook", "• X", "2) Y"). */
export function isBullet(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return /^\s*(?:[-•*–]|\d+[.)])\s*$/.test(text.slice(lineStart, start)) && start > lineStart;
}

/** The action a sentence ending in a colon announces for the bullets that follow, if any. */
export function leadIn(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  relations: SentenceRelation[],
  ctx: ArticleContext,
): LeadIn | undefined {
  if (!/:\s*$/.test(text)) return undefined;
  return announcedAct(tokens, mentions, relations, ctx);
}

/**
 * The act a sentence names for what comes after it (bullets, or "Among them are …"): its first
 * action cue outside a name, by the subject the sentence gives it, else the article's government
 * (or the author of the act the article last reported).
 */
export function announcedAct(
  tokens: Token[],
  mentions: Mention[],
  relations: SentenceRelation[],
  ctx: ArticleContext,
): LeadIn | undefined {
  const covered = new Set(
    mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)),
  );
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const cue = matchAt(ctx.lex.cues, tokens, i);
    if (!cue || !LIST_ACTIONS.has(cue.value.action)) continue;
    const mod = modalityAt(tokens, i, i + cue.tokens.length);
    if (mod === "negated") return undefined;
    const action = cue.value.action;
    const subject =
      relations.find((r) => r.action === action)?.subject ??
      subjectOf(tokens, mentions, i) ??
      (action === "promotes" ? undefined : (ctx.home ?? ctx.lastAgent));
    return subject ? { subject, action, modality: mod } : undefined;
  }
  // "The services that went dark included:": what went dark was blocked, by the article's government
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered.has(i) || !DARK.test(`${tokens[i]!.lower} ${tokens[i + 1]!.lower}`)) continue;
    if (modalityAt(tokens, i, i + 2) === "negated") return undefined;
    const subject = ctx.home ?? ctx.lastAgent;
    return subject ? { subject, action: "blocks", modality: "asserted" } : undefined;
  }
  return undefined;
}

const PASSIVE_AUX = /^(?:be|been|being|is|are|was|were)$/;
const PREPOSITIONS = /^(?:of|in|on|at|by|for|from|with|since|against|to|into|over|under|after|before)$/;

/**
 * "Roskomnadzor blocked several apps:", "Russia has also restricted …": the actor right before an
 * active cue, past at most three auxiliaries or adverbs, and not inside a prepositional phrase.
 */
function subjectOf(tokens: Token[], mentions: Mention[], cue: number): LexEntity | undefined {
  let k = cue - 1;
  while (k >= 0 && cue - k <= 3 && /^\p{Ll}+$/u.test(tokens[k]!.text) && !PASSIVE_AUX.test(tokens[k]!.lower))
    k--;
  if (k >= 0 && PASSIVE_AUX.test(tokens[k]!.lower)) return undefined;
  const m = mentions.find((x) => x.end === k + 1);
  if (!m || m.possessive || m.entities[0]!.kind !== "actor") return undefined;
  return PREPOSITIONS.test(tokens[m.start - 1]?.lower ?? "") ? undefined : m.entities[0];
}

/**
 * "- RT English", "- Nexta Live": a bullet that is nothing but a short name is that name, even when
 * the lexicon knows only part of it (RT); it takes the kind of the part it knows, else a service.
 */
export function bulletName(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2 || words.length > 5 || words.length !== tokens.length) return mentions;
  if (!words.every((t) => /^\p{Lu}/u.test(t.text))) return mentions;
  if (mentions.some((m) => m.start === 0 && m.end === tokens.length)) return mentions;
  const label = surface(tokens, 0, tokens.length);
  const part = mentions[0]?.entities[0];
  if (!slug(label)) return mentions;
  const e = discoveredEntity(ctx, label, {
    kind: part?.kind ?? "platform",
    category:
      part && part.category !== "government" && part.category !== "person" ? part.category : "service",
    roles: [],
    ambiguous: false,
  });
  if (e.category === "government" || e.category === "person") return mentions;
  return [discoveredMention(tokens, 0, tokens.length, e, label)];
}

/** Nouns that name what an act covered, as a list: "the list", "the apps". */
const LISTING_NOUN = /^(?:list|apps|applications|platforms|services|sites|websites|channels|outlets)$/;

/**
 * Where the list of a sentence that enumerates what the sentence before it spoke of begins:
 * "Among them are X and Y", "They include X", "Those affected include X"; -1 if it does not.
 */
export function enumerationStart(tokens: Token[]): number {
  const w = (i: number) => tokens[i]?.lower ?? "";
  const BE = /^(?:are|were|is|was)$/;
  if (w(0) === "among" && /^(?:them|those|these)$/.test(w(1)) && BE.test(w(2))) return 3;
  if (/^(?:they|these|those)$/.test(w(0)) && /^(?:include|included|includes)$/.test(w(1))) return 2;
  if (/^(?:those|services|platforms|apps)$/.test(w(0)) && /^(?:affected|targeted|blocked|banned)$/.test(w(1)))
    return /^(?:include|included|are|were)$/.test(w(2)) ? 3 : -1;
  // "The list includes …", "The banned apps include …", "The list of blocked services included …"
  if (/^(?:the|this)$/.test(w(0)) && LISTING_NOUN.test(w(1) === "banned" || w(1) === "blocked" ? w(2) : w(1)))
    for (let k = 2; k < 6; k++) {
      if (/^(?:include|includes|included|comprises|comprised)$/.test(w(k))) return k + 1;
      if (!/^[a-z-]+$/.test(tokens[k]?.text ?? "")) return -1;
    }
  return -1;
}

/** A state of still being reachable: "stayed available", "remained accessible", "were unaffected". */
const AVAILABLE =
  /^(?:available|accessible|reachable|online|usable|functional|operational|unaffected|untouched|spared)$/;

/**
 * "- It targeted one platform, while Facebook, X and other networks stayed available": a name whose
 * own clause says it stayed reachable (before the clause ends) takes no act from the lead-in.
 */
export function staysAvailable(tokens: Token[], m: Mention): boolean {
  for (let k = m.end; k < Math.min(tokens.length, m.end + 10); k++) {
    const w = tokens[k]!.lower;
    if (w === "." || w === ";" || w === "but" || w === "while") return false;
    if (AVAILABLE.test(w)) return true;
  }
  return false;
}

/** The relations a bullet under a lead-in states: one per platform (or outlet) it names. */
export function bulletRelations(lead: LeadIn, mentions: Mention[], rule = "list.bullet"): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  for (const m of mentions) {
    if (m.possessive) continue;
    for (const e of m.entities)
      if (
        (e.kind === "platform" || e.category === "media") &&
        e.key !== lead.subject.key &&
        !out.some((r) => r.object.key === e.key)
      )
        out.push({
          subject: lead.subject,
          action: lead.action,
          object: e,
          modality: lead.modality,
          rule,
        });
  }
  return out;
}
