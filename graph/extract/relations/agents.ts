// Who did an act the sentence gives no subject for: the agent after a passive or a noun ("by X",
// "at the request of X", "following an order from X"), the actor whose order made a platform go dark
// ("after the regulator ordered …"), the government of the place it happened in ("blocked in
// Russia"), the agency that reports it, and the one country a sentence names.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { findSubject } from "./arguments.ts";
import { coordinated, possessedHead } from "./coordination.ts";
import {
  BE,
  CLAUSE_STOP,
  PREPS,
  isPlace,
  lowerAt,
  mentionAt,
  pastModifier,
  type Sentence,
} from "./sentence.ts";

/** Nouns of asking that name who an act was done for: "at the request of", "on the ministry's orders". */
const BEHALF = /^(?:request|requests|demand|demands|orders?|behest|instructions?|instigation)$/;

/** After "following": "an order from", "instructions from", "a request by": the position after "from"/"by", or -1. */
function orderFrom(s: Sentence, k: number): number {
  const j = /^(?:a|an|the)$/.test(lowerAt(s, k)) ? k + 1 : k;
  return BEHALF.test(lowerAt(s, j)) && /^(?:from|by)$/.test(lowerAt(s, j + 1)) ? j + 2 : -1;
}

/** The agent after a passive or nominal cue: "by Roskomnadzor". */
/** Participles whose by-phrase names an owner or a maker, not an act's agent. */
const OWNING =
  /^(?:owned|run|operated|controlled|backed|made|built|developed|founded|created|funded|published)$/;

const JUDGING = new Set(["criticizes", "accuses", "promotes"]);

/**
 * `ordersOnly`: only one who asked or ordered ("on orders from the regulator", "at the ministry's
 * request"), the author of an act an active verb's subject carries out.
 */
export function findAgent(s: Sentence, k: number, ordersOnly = false): LexEntity[] {
  for (let i = k; i < Math.min(s.tokens.length, k + 16); i++) {
    const t = lowerAt(s, i);
    if (CLAUSE_STOP.has(t) || t === ".") return [];
    // "…, according to data compiled by a VPN provider": a source, and the agent of another verb
    // (the act's own passive is not another: "the ban was imposed by the BTK")
    const otherParticiple =
      i > k &&
      s.pos.has(i, "Verb") &&
      /ed$/.test(t) &&
      !BE.has(lowerAt(s, i - 1)) &&
      !BE.has(lowerAt(s, i - 2));
    // ("app stores run by Apple": an irregular participle right before "by" is that other verb too)
    const otherVerbBy =
      i > k && s.pos.has(i, "Verb") && lowerAt(s, i + 1) === "by" && !BE.has(lowerAt(s, i - 1));
    // ("a ban on the app owned by ByteDance", "marketplaces such as those run by Apple": the by-phrase
    // of a participle of owning or running, wherever it stands)
    const owning = OWNING.test(t) && lowerAt(s, i + 1) === "by" && !BE.has(lowerAt(s, i - 1));
    // ("the suspension of TikTok was criticised by the journalists' federation": a judgement's passive
    // has its own agent, who judges the act)
    const judged = i > k && JUDGING.has(matchAt(s.lex.cues, s.tokens, i)?.value.action ?? "blocks");
    if (t === "according" || otherParticiple || otherVerbBy || owning || judged) return [];
    // "switched off at the request of the privacy authority", "on the orders of the ministry"
    const behalf = /^(?:at|on|upon)$/.test(t) && BEHALF.test(lowerAt(s, i + 2)) && lowerAt(s, i + 3) === "of";
    // "cut following an order from the regulator", "after instructions from the ministry"
    const from = /^(?:following|after|under|on|upon)$/.test(t) ? orderFrom(s, i + 1) : -1;
    // "removed at the watchdog's request", "on the ministry's orders": the possessor asked for it
    if (/^(?:at|on|upon)$/.test(t)) {
      let j = i + 1;
      if (lowerAt(s, j) === "the") j++;
      const asker = mentionAt(s, j);
      const marker = asker && asker.possessive ? asker.end : -1;
      if (marker > 0 && BEHALF.test(lowerAt(s, marker + 1)) && asker!.entities[0]!.kind === "actor")
        return asker!.entities;
    }
    if ((t === "by" && !ordersOnly) || behalf || from > 0) {
      let j = from > 0 ? from : behalf ? i + 4 : i + 1;
      while (["the", "a", "an"].includes(lowerAt(s, j))) j++;
      // "the media watchdog Roskomnadzor", "entrepreneurs A and B": a description before the name
      for (let n = 0; n < 4 && !mentionAt(s, j) && j < s.tokens.length && !PREPS.has(lowerAt(s, j)); n++) j++;
      let m = mentionAt(s, j);
      // "by Japan's Rakuten": the possessor is a place, the head is the agent
      if (m && m.possessive) m = possessedHead(s, m) ?? mentionAt(s, m.end + 1);
      // "by the US company OpenAI": a place that only qualifies the name's head noun
      else if (m) m = pastModifier(s, m);
      if (!m) return [];
      return coordinated(s, m.end, [m]).flatMap((x) => x.entities);
    }
  }
  return [];
}

/** Verbs by which an actor makes a platform go dark, or orders it: "after the regulator ordered …". */
const DARKENING =
  /^(?:ordered|told|instructed|directed|demanded|blocked|banned|suspended|restricted|imposed|cut|switched|shut|halted)$/;

/**
 * "X stopped working after the regulator ordered …", "X was unavailable after the watchdog ordered …":
 * the actor a clause of time or cause after `v` names as the one who acted.
 */
export function darkeningAgent(s: Sentence, v: number): LexEntity | undefined {
  for (let i = v + 1; i < s.tokens.length - 1; i++) {
    if (!/^(?:after|when|once|because)$/.test(lowerAt(s, i))) continue;
    // ("was fined in 2023, when a Moscow court imposed a penalty": any article before the actor)
    const j = /^(?:the|a|an)$/.test(lowerAt(s, i + 1)) ? i + 2 : i + 1;
    const m = mentionAt(s, j);
    const e = m?.entities[0];
    if (!m || !e || e.kind !== "actor" || m.possessive) return undefined;
    const verb = /^(?:had|has)$/.test(lowerAt(s, m.end)) ? m.end + 1 : m.end;
    return DARKENING.test(lowerAt(s, verb)) ? e : undefined;
  }
  return undefined;
}

/** Prepositions that put an act in front of the clause it brings about: "With a decision by …,". */
const PREPOSED = /^(?:with|under|following|after|by|on|per)$/;

/**
 * The author of an act that opens the sentence before the passive at `v`: "With a decision by the
 * Tverskoy court, calls on WhatsApp are limited", "Under an order from the ministry, X was blocked".
 */
export function preposedAgent(s: Sentence, v: number): LexEntity | undefined {
  if (!PREPOSED.test(lowerAt(s, 0))) return undefined;
  let j = 1;
  while (j < 4 && /^(?:a|an|the|its|new|recent|formal|written|court)$/.test(lowerAt(s, j))) j++;
  const act = matchAt(s.lex.actNouns, s.tokens, j);
  if (!act) return undefined;
  j += act.tokens.length;
  if (!/^(?:by|from|of)$/.test(lowerAt(s, j))) return undefined;
  const k = /^(?:the|a|an)$/.test(lowerAt(s, j + 1)) ? j + 2 : j + 1;
  const m = mentionAt(s, k);
  const e = m?.entities[0];
  if (!m || !e || e.kind !== "actor" || isPlace(s, m)) return undefined;
  // the phrase ends at a comma before the passive
  const comma = s.tokens.findIndex((t, n) => n >= m.end && t.text === ",");
  return comma >= m.end && comma < v && comma - m.end <= 3 ? e : undefined;
}

/** The government of the place named after a passive cue: "blocked in Russia". */
export function placeAgent(s: Sentence, k: number): LexEntity | undefined {
  for (let i = k; i < Math.min(s.tokens.length, k + 6); i++) {
    const m = mentionAt(s, i);
    if (m && isPlace(s, m)) return m.entities[0];
    if (CLAUSE_STOP.has(lowerAt(s, i)) || lowerAt(s, i) === ",") return undefined;
  }
  return undefined;
}

/** "Nepal banned TikTok, the government said, accusing …": the reporter is the participle's subject. */
export function reporterBefore(s: Sentence, start: number): LexEntity | undefined {
  for (let i = start - 1; i >= 0; i--)
    if (s.lex.speech.reports.has(lowerAt(s, i)))
      return findSubject(s, i, { action: "accuses", type: "verb", form: "past" }) ?? undefined;
  return undefined;
}

const QUOTE_MARK = /^["“”]$/;

/**
 * "Discord was blocked on Tuesday, the regulator Roskomnadzor said": the speaker of a report set off
 * by a comma after the clause (up to three words of description before the name).
 */
export function reporterAfter(s: Sentence, end: number): LexEntity | undefined {
  let comma = end;
  while (comma < s.tokens.length && ![",", ";", "."].includes(lowerAt(s, comma))) comma++;
  if (lowerAt(s, comma) !== ",") return undefined;
  // (past the quotation mark that closes a quotation: 'over a "violation of the law," the watchdog said')
  const from = QUOTE_MARK.test(lowerAt(s, comma + 1)) ? comma + 2 : comma + 1;
  for (let k = from; k <= from + 3 && k < s.tokens.length; k++) {
    const m = mentionAt(s, k);
    if (m)
      return !m.possessive && m.start === k && s.lex.speech.goesOn.has(lowerAt(s, m.end))
        ? m.entities[0]
        : undefined;
    if (!/^[\p{Ll}-]+$/u.test(s.tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** The one national government this sentence names, itself or through one of its agencies ("Pakistan's telecom authority"). */
export function sentenceCountry(s: Sentence, before = s.tokens.length): LexEntity | undefined {
  const found = new Set<LexEntity>();
  for (const m of s.mentions)
    for (const e of m.start < before ? m.entities : []) {
      if (e.roles.includes("government-national")) found.add(e);
      else if (e.government) {
        const g = s.lex.entityByKey.get(e.government);
        if (g) found.add(g);
      }
    }
  for (let i = 0; i < before; i++) {
    const d = matchAt(s.lex.demonyms, s.tokens, i);
    // ("the U.S.-based service" says where a company is, not whose act it is)
    if (d && !mentionAt(s, i) && s.tokens[i + d.tokens.length]?.text !== "-") found.add(d.value);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
