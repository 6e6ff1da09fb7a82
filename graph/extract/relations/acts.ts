// Criticism and accusations aimed at an act rather than at a named actor: "condemned the push",
// "said the law had been rushed", "called Meta's decision deplorable". The target is the act's
// author: the owner named in the phrase ("Meta's decision"), else the agent of the act the article
// last reported, else the article's government.
import { cueOf, type LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { isPossessiveMarker } from "../tokens.ts";
import { resolvePronoun } from "./pronouns.ts";
import {
  entityOfKey,
  isPlace,
  judicialBody,
  lowerAt,
  mentionAt,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

const DETERMINERS = new Set([
  "the",
  "this",
  "that",
  "these",
  "its",
  "their",
  "his",
  "her",
  "a",
  "an",
  "such",
]);

const POSSESSIVE_PRONOUNS = new Set(["its", "their"]);

/**
 * Whose act "its conduct" is: the organisation last named before the pronoun in the sentence
 * ("urged Meta to reverse course, and a lawmaker called its conduct reckless"), else the one the
 * discourse supplies.
 */
function pronounOwner(s: Sentence, i: number): LexEntity | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const m = mentionAt(s, k);
    const e = m?.entities[0];
    // "Liberal MP Chris Bittle called its conduct …": an organisation in a person's title is not "its"
    const titled = [1, 2, 3].some(
      (d) => mentionAt(s, m ? m.end + d - 1 : -1)?.entities[0]?.category === "person",
    );
    if (e && e.kind === "actor" && e.category !== "person" && !isPlace(s, m!) && !titled) return e;
  }
  return resolvePronoun(s, i, "agent", (e) => e.kind === "actor")?.[0];
}

/** The author of an act named by the noun phrase starting at token `i`, if the phrase names an act. */
const NAMING = /^(?:called|calls|call|termed|terms|dubbed|dubs|described|describes|labelled|labeled)$/;

/** Past "what he called", "what the company described as" at `i` to the phrase named; else `i`. */
function pastWhatCalled(s: Sentence, i: number): number {
  if (lowerAt(s, i) !== "what") return i;
  const m = mentionAt(s, i + 1);
  let k = m ? m.end : /^(?:he|she|it|they|we|i)$/.test(lowerAt(s, i + 1)) ? i + 2 : -1;
  if (k < 0 || !NAMING.test(lowerAt(s, k))) return i;
  k++;
  if (lowerAt(s, k) === "as") k++;
  return k;
}

export function actAuthorAt(s: Sentence, i: number): { author: LexEntity; end: number } | undefined {
  // "regretted what it called an administrative decision": the act the free relative names
  let j = pastWhatCalled(s, i);
  let owner: LexEntity | undefined;
  const first = mentionAt(s, j);
  if (first && first.possessive) {
    owner = first.entities[0];
    j = first.end + 1;
  } else if (POSSESSIVE_PRONOUNS.has(lowerAt(s, j))) {
    owner = pronounOwner(s, j);
    j++;
  } else if (DETERMINERS.has(lowerAt(s, j))) j++;
  else return undefined;
  // up to three modifiers: "the new social media law", "the government's sweeping ban"
  const { pos } = syntaxOf(s);
  for (let n = 0; n < 3 && !matchAt(s.lex.actNouns, s.tokens, j); n++) {
    const m = mentionAt(s, j);
    if (m && m.possessive && !owner) {
      owner = m.entities[0];
      j = m.end + 1;
      continue;
    }
    // "the Russian ban": a demonym names the government whose act it is
    const dem = m ? undefined : matchAt(s.lex.demonyms, s.tokens, j);
    if (dem && !owner && dem.value.roles.includes("government-national")) {
      owner = dem.value;
      j += dem.tokens.length;
      continue;
    }
    // "the Tut.by ban", "the WhatsApp block": the platform acted on qualifies the act
    const acted = m && (m.entities[0]!.kind === "platform" || m.entities[0]!.category === "media");
    if (m && acted && !m.possessive && matchAt(s.lex.actNouns, s.tokens, m.end)) {
      j = m.end;
      continue;
    }
    const p = pos[j];
    // "the premise of the law", "the scope of the ban": an aspect of an act is the act's
    if (!m && !owner && p === "NOUN" && lowerAt(s, j + 1) === "of" && lowerAt(s, i) === "the")
      return actAuthorAt(s, j + 2);
    if (m || (p !== "ADJ" && p !== "NOUN" && p !== "NUM") || !/^[\p{Ll}\d-]+$/u.test(s.tokens[j]!.text))
      return undefined;
    j++;
  }
  const act = matchAt(s.lex.actNouns, s.tokens, j);
  if (!act) return undefined;
  const end = j + act.tokens.length;
  if (isPossessiveMarker(s.tokens[end])) return undefined;
  const noun = act.tokens.join(" ").toLowerCase();
  const named = owner ?? agentAfter(s, end);
  // ("backed the regulator's decision … called the decision unconstitutional": the one just named)
  if (named) (s.ctx.ownedActs ??= new Map()).set(noun, { author: named, sentence: s.ctx.sentencesRead ?? 0 });
  const recent = s.ctx.ownedActs?.get(noun);
  const earlier = recent && recent.sentence >= (s.ctx.sentencesRead ?? 0) - 2 ? recent.author : undefined;
  const author = named ?? earlier ?? standingAuthor(s, noun) ?? s.ctx.home;
  return author ? { author, end } : undefined;
}

/**
 * "the block by Meta", "the ban on TikTok by the council": the agent a "by" names right after the act
 * noun, past what it acts on ("on/of/against <name>"); a person or organisation, not a date or a place.
 */
function agentAfter(s: Sentence, end: number): LexEntity | undefined {
  let j = end;
  if (/^(?:on|of|against)$/.test(lowerAt(s, j))) {
    const target =
      mentionAt(s, j + 1) ?? (DETERMINERS.has(lowerAt(s, j + 1)) ? mentionAt(s, j + 2) : undefined);
    if (!target) return undefined;
    j = target.end;
  }
  // "a document dated 21 May, signed by …": past the date it bears
  if (lowerAt(s, j) === "dated") {
    let k = j + 1;
    while (k < j + 6 && /^(?:[\p{L}\d]+)$/u.test(s.tokens[k]?.text ?? "") && !mentionAt(s, k)) k++;
    if (lowerAt(s, k) === ",") k++;
    j = k;
  }
  // "the order issued by Roskomnadzor", "the law signed by the governor"
  if (/^(?:issued|signed|made|announced|imposed|ordered|passed|adopted|approved|sent)$/.test(lowerAt(s, j)))
    j++;
  // "an order from the Telecommunications Department": where an order comes from is who gave it
  if (lowerAt(s, j) !== "by" && lowerAt(s, j) !== "from") return undefined;
  const agent = signatory(s, j + 1);
  const e = agent?.entities[0];
  return e && e.kind === "actor" && !isPlace(s, agent!) ? e : undefined;
}

/**
 * The one named at `i` after "by": a name, or the body whose officer signs ("the deputy head of the
 * telecoms department at the ministry", whose first named body is the department's).
 */
function signatory(s: Sentence, i: number): Mention | undefined {
  let k = DETERMINERS.has(lowerAt(s, i)) ? i + 1 : i;
  const named = mentionAt(s, k);
  if (named) return named;
  const start = k;
  while (
    k < start + 4 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]?.text ?? "") &&
    !/^(?:of|at)$/.test(lowerAt(s, k))
  )
    k++;
  if (k === start || !/^(?:of|at)$/.test(lowerAt(s, k))) return undefined;
  // an officer's title, then the body: "of the telecoms department at the Ministry of …"
  const titled = s.tokens
    .slice(start, k)
    .some((_, n) => (matchAt(s.lex.roleTitles, s.tokens, start + n)?.tokens.length ?? 0) === k - start - n);
  if (!titled) return undefined;
  for (let n = k + 1; n < Math.min(s.tokens.length, k + 10); n++) {
    const m = mentionAt(s, n);
    if (m) return m;
    if (/^[,;.]$/.test(lowerAt(s, n))) return undefined;
  }
  return undefined;
}

/** The author of an act named by `noun` alone ("a misguided ruling"): as "the ruling" would have. */
export function authorOfActNoun(s: Sentence, noun: string): LexEntity | undefined {
  return standingAuthor(s, noun) ?? s.ctx.home;
}

const LAW_NOUN = /^(?:law|laws|act|bill|legislation|statute|statutes)$/;

/**
 * The author of an act the phrase does not attribute: whoever last did that act ("the block" is the
 * last blocker's, even when someone was fined since), else whoever last did such an act; except that
 * a ban or block a court or judge ordered is the state's that carries it out (critics of "the
 * blocking" fault the regulator, of "the ban" the government); "the ruling" stays the court's.
 */
function standingAuthor(s: Sentence, noun: string): LexEntity | undefined {
  // "the act wrongly assumed …": a law is the state's, not whoever acted last (a company's block)
  if (LAW_NOUN.test(noun) && s.ctx.lastAgent && s.ctx.lastAgent.category !== "government")
    return s.ctx.home ?? s.ctx.recent.find((e) => e.roles.includes("government-national"));
  // "The court concluded … Critics called the decision disappointing": a court's kind of act, just
  // after the court was the one speaking or acting, is the court's
  // "a bill that would ban TikTok … officials condemned the push": an act not yet done is the
  // planner's, unless an act was done since
  const plan = s.ctx.lastPlan;
  if (s.lex.plannedActNouns.has(noun) && plan && plan.actsBefore === (s.ctx.actsReported ?? 0))
    return plan.agent;
  const topic = s.ctx.lastSubject && judicialBody(s.ctx, s.ctx.lastSubject);
  if (topic && s.lex.judicialActNouns.has(noun)) return topic;
  const named = cueOf(s.lex, noun, "noun")?.value.action;
  const last = (named && s.ctx.lastAgentOf?.get(named)) || s.ctx.lastAgent;
  // "the ruling": the court the article last named, though a company may have acted since
  const agent =
    s.lex.courtActNouns.has(noun) && !(last && judicialBody(s.ctx, last))
      ? (s.ctx.recent.find((e) => e.roles.includes("court")) ?? last)
      : last;
  const court = agent && judicialBody(s.ctx, agent);
  if (!court || s.lex.judicialActNouns.has(noun)) return agent;
  const government = court.government ? s.lex.entityByKey.get(court.government) : undefined;
  return s.ctx.lastExecutive ?? government ?? s.ctx.home ?? agent;
}

/**
 * Whom criticism of an act reaches: its author and, when a legislature passed it, the government
 * whose policy the law is ("said the legislation had been rushed" faults both).
 */
export function actTargets(s: Sentence, author: LexEntity): LexEntity[] {
  // "Gianforte signed the ban … the ACLU condemned the law": a law signed in office is the office's
  if (author.category === "person") {
    const office = [...(s.ctx.affiliations?.get(author.key) ?? [])]
      .map((k) => entityOfKey(s.ctx, k))
      .find((e) => e?.category === "government");
    if (office) return [office];
  }
  const gov = author.government ? s.lex.entityByKey.get(author.government) : undefined;
  return gov && author.roles.includes("parliament") ? [author, gov] : [author];
}

/** Whether `critic` is the act's author or speaks for it: an agency of the government, its minister. */
export function ownAct(s: Sentence, critic: LexEntity, author: LexEntity): boolean {
  if (
    critic.key === author.key ||
    critic.government === author.key ||
    author.government === critic.key ||
    (critic.office !== undefined && critic.office === author.key) ||
    // "Jerry Silaa, the minister for information, said …": an office just stated (a member of a
    // parliament may still fault what it passed)
    (!author.roles.includes("parliament") &&
      s.out.some((r) => r.action === "represents" && r.subject === critic && speaksFor(r.object, author)))
  )
    return true;
  return [...(s.ctx.affiliations?.get(critic.key) ?? [])].some(
    (k) => k === author.key || speaksFor(entityOfKey(s.ctx, k), author),
  );
}

/**
 * Whether holding an office in `office` is speaking for `author`: it is the author, or a body of the
 * author's government ("Azerbaijan's foreign ministry spokesman said Baku rejected …"); a member of
 * parliament does not speak for the government ("MP X said the government …").
 */
function speaksFor(office: LexEntity | undefined, author: LexEntity): boolean {
  if (!office) return false;
  const legislative = office.roles.includes("parliament") || office.roles.includes("legislature");
  return office.key === author.key || (office.government === author.key && !legislative);
}
