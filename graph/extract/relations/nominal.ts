// Nominal cues ("the blockage of X", "restrictions on X by Y", "Y's ban on X", "fines for X") and
// complements ("an app modeled after Y", "an alternative to Y").
import type { Action, Modality } from "../../types.ts";
import type { Cue, LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { modalityAt } from "../modality.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { findObjects, findSubject, mainSubject } from "./arguments.ts";
import { findAgent, placeAgent, sentenceCountry } from "./agents.ts";
import { coordinated, leftList } from "./coordination.ts";
import {
  AUX,
  BE,
  CENSORS,
  CLAUSE_STOP,
  PREPS,
  emit,
  hasContent,
  lowerAt,
  mentionAt,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";
import { isPossessiveMarker } from "../tokens.ts";
import type { Mention } from "../mentions.ts";

/**
 * "The Commission hit Apple with a 500 million euro fine", "slapped Meta with a ban": a verb, its
 * object, then "with" and the act noun: the verb's subject does the act to the object.
 */
function hitWith(s: Sentence, start: number, cue: Cue, mod: Modality): boolean {
  let w = start - 1;
  while (w >= 0 && start - w < 8 && lowerAt(s, w) !== "with" && !mentionAt(s, w) && !s.pos.has(w, "Verb"))
    w--;
  if (w < 1 || lowerAt(s, w) !== "with") return false;
  const target = mentionAt(s, w - 1);
  // (the verb: a tagged verb, or a bare lower-case word such as "hit", which taggers often read as a noun)
  const v = target ? target.start - 1 : -1;
  const verb =
    s.pos.has(v, "Verb") ||
    (/^\p{Ll}+$/u.test(s.tokens[v]?.text ?? "") &&
      !PREPS.has(lowerAt(s, v)) &&
      !/^(?:the|a|an|and|or)$/.test(lowerAt(s, v)));
  if (!target || target.possessive || !verb) return false;
  const subject = findSubject(s, target.start - 1, cue);
  if (!subject || subject.kind !== "actor") return false;
  for (const e of target.entities) emit(s, subject, cue.action, e, mod, "nominal.hit-with");
  return true;
}

/** Participles by which an act is carried out or ordered: "the ban was imposed by …". */
const IMPOSED =
  /^(?:imposed|ordered|enforced|introduced|issued|announced|implemented|carried|decreed|approved|signed|passed|adopted|enacted|initiated|triggered|authori[sz]ed|requested|applied|levied|extended|expanded|confirmed|made|put|handed|instituted|mandated)$/;

/** Verbs by which an act is done on someone's orders: "carried out", "enforced", "implemented". */
const EXECUTED = /^(?:carried|enforced|implemented|applied|executed)$/;

/** Verbs that undo or contest an act named after them: "lifted the ban on", "challenged the block". */
const LIFTS =
  /^(?:lift|lifted|lifting|lifts|end|ended|ending|revoke|revoked|rescind|rescinded|overturn|overturned|reverse|reversed|avoid|avoided|escape|escaped|suspend|suspended|suspending|halt|halted|quash|quashed|annul|annulled|strike|struck|scrap|scrapped|cancel|cancelled|canceled|repeal|repealed|challenge|challenged|challenging|contest|contested|appeal|appealed|oppose|opposed|opposing|block|blocks|blocked|blocking|enjoin|enjoined|stay|stayed|freeze|froze|frozen)$/;

/** Nominal cues: "the blockage of X", "restrictions on X by Y", "Y's ban on X", "fines for X". */
export function nominal(s: Sentence, start: number, end: number, cue: Cue, mod: Modality): void {
  const { action } = cue;
  // a cue word used as a verb ("calls", "charges") is not a nominalisation
  // (except right after a verb that orders or makes known, in a headline's style: "regulator
  // confirms block on Signal", "court orders ban on X")
  if (s.pos.has(start, "Verb") && !s.pos.has(start, "Noun") && !DECREE.test(lowerAt(s, start - 1))) return;
  if (action === "criticizes" && drawnFrom(s, start, end, mod)) return;
  if ((CENSORS.has(action) || action === "fines") && hitWith(s, start, cue, mod)) return;
  // negated by a governing verb: "lifted the ban on"
  let d = start - 1;
  while (
    d >= 0 &&
    ([
      "the",
      "a",
      "an",
      "its",
      "their",
      "new",
      "partial",
      "temporary",
      "full",
      "complete",
      "total",
      "nationwide",
      "immediate",
      "daily",
      "hefty",
      "heavy",
      "record",
      "further",
      "additional",
    ].includes(lowerAt(s, d)) ||
      (/^(?:[\p{L}-]+)$/u.test(s.tokens[d]!.text) &&
        /(?:al|ary|ive|ic)$/.test(lowerAt(s, d)) &&
        !mentionAt(s, d)))
  )
    d--;
  let governor = lowerAt(s, d);
  if (LIFTS.test(governor)) return;
  const prep = lowerAt(s, end);
  const objPreps =
    action === "criticizes"
      ? ["over", "about", "regarding", "at", "with", "of", "on", "for"]
      : ["of", "on", "against", "for", "to", "targeting", "affecting", "over", "imposed"];
  let objects: Mention[] = [];
  // "blamed the slowdowns on Google's failure": who is blamed follows "on", not what was slowed
  const blamed = prep === "on" && [d, d - 1, d - 2].some((k) => k >= 0 && /^blam/.test(lowerAt(s, k)));
  // "the ban imposed by Roskomnadzor on Telegram": the one it was imposed by is its agent; what it
  // was imposed on follows "on"
  let from = end + 1;
  if (prep === "imposed" && lowerAt(s, end + 1) === "by") {
    from = -1;
    for (let k = end + 2; k < Math.min(s.tokens.length, end + 10); k++)
      if (/^(?:on|against)$/.test(lowerAt(s, k))) {
        from = k + 1;
        break;
      }
  }
  const reduced = IMPOSED.test(prep) && lowerAt(s, end + 1) === "by";
  if (objPreps.includes(prep) && !blamed && from >= 0) objects = findObjects(s, from, action, 6);
  else if (
    CENSORS.has(action) &&
    (BE.has(prep) || (/^(?:had|has|have)$/.test(prep) && lowerAt(s, end + 1) === "been") || reduced)
  ) {
    // "The ban was imposed by BTK": the article's one headline platform is what was banned
    // ("The shutdown was condemned by a rights group": the agent of a judgement made no ban)
    // ("the 10-day suspension ordered by Maduro": so is it after a participle with no "was")
    let v = reduced ? end : end + 1;
    while (/ly$/.test(lowerAt(s, v)) || AUX.has(lowerAt(s, v))) v++;
    const agents = IMPOSED.test(lowerAt(s, v)) ? findAgent(s, end) : [];
    const patient = topicPlatform(s);
    // "The block was carried out by the state operator": who executes an act is not who decided it,
    // which later judgements of the act reach (index.ts keeps the author it had)
    const rule = EXECUTED.test(lowerAt(s, v)) ? "nominal.executed-by" : "nominal.topic-patient";
    if (agents.length > 0 && patient) for (const a of agents) emit(s, a, action, patient, mod, rule);
    return;
  } else if (action === "fines" || action === "bans" || action === "blocks" || action === "restricts") {
    // "the WhatsApp ban": a platform right before the noun
    const m = mentionAt(s, start - 1);
    if (m && m.entities[0]!.kind === "platform" && !m.possessive) {
      objects = [m];
      // ("the authority ordered a Telegram shutdown": what governs the noun is before the platform)
      // (a quotation's opening mark governs nothing: 'called it "a TikTok ban"')
      let g = m.start - 1;
      while (g >= 0 && /^(?:the|a|an|its|their|new)$/.test(lowerAt(s, g))) g--;
      if (/^\p{L}/u.test(lowerAt(s, g))) [d, governor] = [g, lowerAt(s, g)];
      if (LIFTS.test(governor)) return;
    }
  }
  // "the ministry had ordered the block", "regulator confirms block": the act on the platform the
  // article is about, by who orders or confirms it
  // ("Moraes set a daily fine of 5 million reais": a fine with no one named is on the platform in view)
  const unnamedFine = action === "fines" && (DECREE.test(governor) || SETS.test(governor)) && prep !== "on";
  if (objects.length === 0 && ((CENSORS.has(action) && DECREE.test(governor)) || unnamedFine)) {
    // what the act stood for: the platforms the article last reported an act of this kind on
    const reported = s.ctx.lastPatientsOf?.get(action);
    const patients = reported?.length ? reported : [topicPlatform(s)].filter((p) => p !== undefined);
    // "chaired the meeting that ordered the block": the relative clause's subject is the meeting,
    // which names no one
    const relative = /^(?:that|which)$/.test(lowerAt(s, d - 1)) && !mentionAt(s, d - 2);
    const agent = relative ? undefined : (findSubject(s, d, cue) ?? undefined);
    if (agent && agent.kind === "actor")
      for (const patient of patients) emit(s, agent, action, patient, mod, "nominal.decreed");
    return;
  }
  if (objects.length === 0) return;
  if (
    action === "bans" &&
    !hasContent(s, s.lex.negative, s.lex.negativeStems, end, s.tokens.length) &&
    lowerAt(s, start).startsWith("designation")
  )
    return;
  // Agent: "by Y" after, "Y's ban" before, or the subject of the governing verb.
  let agent: LexEntity | undefined =
    findAgent(s, objects[objects.length - 1]!.end)[0] ?? (from > end + 1 ? findAgent(s, end)[0] : undefined);
  let rule = "nominal.by-agent";
  const poss = mentionAt(s, d);
  if (!agent) rule = "nominal.possessor";
  if (!agent && isPossessiveMarker(s.tokens[d])) {
    const p = mentionAt(s, d - 1);
    if (p) agent = p.entities[0];
  } else if (!agent && poss && poss.possessive) agent = poss.entities[0];
  // "granted Roskomnadzor's request for a block of Telegram": who grants a request does the act
  const granter = agent ? -1 : grantedRequest(s, d);
  if (granter >= 0) {
    rule = "nominal.granted-request";
    agent = findSubject(s, granter + 1, cue) ?? mainSubject(s, granter + 1);
  }
  // "this law is a TikTok ban": what "is" says is a ban is the act, and its author the ban's
  if (!agent && BE.has(governor)) {
    for (let a = d - 1; a >= Math.max(0, d - 5) && !agent; a--) {
      const act = actAuthorAt(s, a);
      if (act && act.end === d) agent = act.author;
    }
    if (!agent) return;
    rule = "nominal.predicate";
  }
  if (!agent && d >= 0 && !PREPS.has(governor) && governor !== "," && !mentionAt(s, d)) {
    // "Critics said the block on X …": a reporting verb does not govern the noun
    rule = "nominal.governor-subject";
    // "Amnesty condemned the ban on X": who judges an act did not do it
    const judging = matchAt(s.lex.cues, s.tokens, d)?.value.action;
    // ("Roskomnadzor announced a ban on X", "confirmed the block on X": the act is the object of a
    // verb of making it known, unless a clause of its own follows: "confirmed the ban on X was lifted")
    const madeKnown = DECREE.test(governor) && !clauseAfter(s, objects[objects.length - 1]!.end);
    if (
      (!s.lex.speech.reports.has(governor) || madeKnown) &&
      judging !== "criticizes" &&
      judging !== "accuses"
    )
      agent = findSubject(s, d + 1, cue) ?? mainSubject(s, d + 1);
  }
  if (!agent && CENSORS.has(action)) {
    rule = "nominal.agentless";
    agent = placeAgent(s, objects[objects.length - 1]!.end) ?? sentenceCountry(s) ?? s.ctx.home;
    // an unnamed agent is inferred only for named platforms and companies, not for generic groups
    objects = objects.filter((o) => o.entities[0]!.category !== "group");
  }
  if (!agent) return;
  for (const o of objects) for (const e of o.entities) emit(s, agent, action, e, mod, rule);
}

/** Whether a verb of its own follows at `k`: the noun phrase before it is a clause's subject. */
function clauseAfter(s: Sentence, k: number): boolean {
  const w = lowerAt(s, k);
  return AUX.has(w) || BE.has(w) || (s.pos.has(k, "Verb") && !s.pos.has(k, "Noun"));
}

const REQUEST_NOUN = /^(?:request|requests|petition|petitions|application|motion|demand|demands|bid)$/;
const GRANT =
  /^(?:grant|grants|granted|granting|approve|approves|approved|accept|accepts|accepted|uphold|upholds|upheld|allow|allows|allowed|satisfied)$/;

/**
 * Where the act noun (whose governor is at `d`) is what a granted request asked for: "granted
 * [Roskomnadzor's] request for a block", "approved the petition for a ban". The granting verb's index, or -1.
 */
function grantedRequest(s: Sentence, d: number): number {
  if (lowerAt(s, d) !== "for" || !REQUEST_NOUN.test(lowerAt(s, d - 1))) return -1;
  let g = d - 2;
  if (isPossessiveMarker(s.tokens[g])) g = (mentionAt(s, g - 1)?.start ?? g) - 1;
  while (g >= 0 && /^(?:the|a|an|its|their|his|her)$/.test(lowerAt(s, g))) g--;
  return GRANT.test(lowerAt(s, g)) ? g : -1;
}

/** Verbs that set a penalty: "set a fine", "levied a penalty". */
const SETS = /^(?:set|sets|setting|levied|levies|levy)$/;

/** Verbs that decree or confirm an act: "ordered the block", "announced the ban". */
const DECREE =
  /^(?:order|orders|ordered|announce|announces|announced|confirm|confirms|confirmed|impose|imposes|imposed|enforce|enforces|enforced|approve|approves|approved)$/;

/** The article's one headline platform, else the one platform just talked about. */
export function topicPlatform(s: Sentence): LexEntity | undefined {
  const topic = [...s.ctx.topic].filter((e) => e.kind === "platform");
  if (topic.length === 1) return topic[0];
  return s.ctx.lastPlatforms.length === 1 ? s.ctx.lastPlatforms[0] : undefined;
}

/** "X, an app modeled after Y", "X as an alternative to Y". */
export function complement(s: Sentence, start: number, end: number, action: Action): void {
  let subjects: LexEntity[] = [];
  for (let i = start - 1; i >= Math.max(0, start - 14); i--) {
    const m = mentionAt(s, i);
    if (m && m.entities[0]!.kind === "platform") {
      // "Signal and Telegram as alternatives to WhatsApp": the platforms coordinated with it
      subjects = leftList(s, m.end)
        .flatMap((x) => x.entities)
        .filter((e) => e.kind === "platform");
      if (subjects.length === 0) subjects = [m.entities[0]!];
      break;
    }
    if (CLAUSE_STOP.has(lowerAt(s, i))) break;
  }
  if (subjects.length === 0) return;
  const objects = findObjects(s, end, action, 3);
  const mod = modalityAt(s.tokens, start, end);
  if (mod === "negated") return;
  for (const subject of subjects)
    for (const o of objects)
      for (const e of o.entities) emit(s, subject, action, e, mod, `complement.${action}`);
}

const DRAW =
  /^(?:draw|draws|drew|drawn|drawing|attract|attracts|attracted|spark|sparks|sparked|prompt|prompts|prompted|face|faces|faced|provoke|provoked|trigger|triggered)$/;

/**
 * "The move has drawn criticism from Matteo Salvini", "the ban sparked condemnation from rights
 * groups": the critic is after "from", the target the act's author (or the actor) before the verb.
 */
function drawnFrom(s: Sentence, start: number, end: number, mod: Modality): boolean {
  let v = start - 1;
  while (v >= 0 && v > start - 4 && !DRAW.test(lowerAt(s, v))) v--;
  if (v < 0 || !DRAW.test(lowerAt(s, v)) || lowerAt(s, end) !== "from") return false;
  let j = end + 1;
  while (["the", "a", "an"].includes(lowerAt(s, j))) j++;
  for (let n = 0; n < 4 && !mentionAt(s, j) && /^[\p{L}-]+$/u.test(s.tokens[j]?.text ?? ""); n++) j++;
  const critic = mentionAt(s, j);
  if (!critic) return false;
  // the subject: an actor named before the verb, else the author of the act named there
  let b = v - 1;
  while (b >= 0 && (AUX_WORDS.has(lowerAt(s, b)) || /ly$/.test(lowerAt(s, b)))) b--;
  // ("The EU's penalties on Apple and Meta drew criticism": the objects of the act's preposition are
  // no actor; the act's author is)
  const found = mentionAt(s, b);
  const first = found ? (leftList(s, found.end)[0] ?? found) : undefined;
  // ("Nigeria's decision to suspend Twitter drew …": the object of the act's infinitive is no actor either)
  const infinitive =
    !!first && syntaxOf(s).pos[first.start - 1] === "VERB" && lowerAt(s, first.start - 2) === "to";
  const governed = !!first && (PREPS.has(lowerAt(s, first.start - 1)) || infinitive);
  const actor = governed ? undefined : found;
  let target: LexEntity | undefined = actor && !actor.possessive ? actor.entities[0] : undefined;
  if (!target) {
    for (let a = b; a >= Math.max(0, b - 4) && !target; a--) {
      const act = actAuthorAt(s, a);
      if (act && act.end === b + 1) target = act.author;
    }
  }
  // "The move made Italy the first … and has drawn criticism": the sentence's subject is the act
  if (!target && lowerAt(s, b) === "and") target = actAuthorAt(s, 0)?.author;
  // "The EU's penalties on Apple and Meta drew …": the act whose objects those are
  for (let a = first ? first.start - 2 : -1; governed && !target && a >= Math.max(0, first!.start - 8); a--) {
    const act = actAuthorAt(s, a);
    if (act && act.end >= first!.start - (infinitive ? 2 : 1)) target = act.author;
  }
  if (!target) return false;
  for (const c of coordinatedCritics(s, critic))
    for (const t of actTargets(s, target))
      if (!ownAct(s, c, t)) emit(s, c, "criticizes", t, mod, "nominal.drawn-from");
  return true;
}

const AUX_WORDS = new Set(["has", "have", "had", "already", "also", "quickly", "immediately", "swiftly"]);

function coordinatedCritics(s: Sentence, first: Mention): LexEntity[] {
  return coordinated(s, first.end, [first]).flatMap((m) => m.entities);
}
