// Relations in one sentence: each action cue (verb, noun, participle, complement) looks for its
// subject and objects among the sentence's mentions, reading voice, coordination, appositions,
// relative and participial clauses; structural relations come from possessives, titles and
// appositions. Works on tokens and mention spans only, so it is fast and needs no parser.
import type { Action, Modality } from "../types.ts";
import type { CompiledLexicon, Cue, LexEntity, Phrase } from "./lexicon.ts";
import { containsAny, matchAt } from "./match.ts";
import { resolveDescription, type ArticleContext, type Mention } from "./mentions.ts";
import { modalityAt } from "./modality.ts";
import { SentenceTags } from "./pos.ts";
import { isPossessiveMarker, tokenize, type Token } from "./tokens.ts";

export interface SentenceRelation {
  subject: LexEntity;
  action: Action;
  object: LexEntity;
  modality: Modality;
}

const AUX = new Set(
  "has have had is are was were be been being will would could can may might should must shall do does did 's 're 've 'd also already now still just then since recently previously reportedly allegedly officially openly actively effectively formally reportedly repeatedly publicly partially partly fully completely temporarily gradually further again once later indeed".split(
    " ",
  ),
);
const BE = new Set("is are was were be been being 's 're get got gets getting become became".split(" "));
const PREPS = new Set(
  "of in on at by for from with to into onto over under about against among between through via across within throughout inside outside around toward towards upon after before during despite without like than per amid regarding concerning".split(
    " ",
  ),
);
const TITLE_WORD =
  /^(?:President|Prime|Minister|Chancellor|King|Queen|Prince|Sheikh|Emir|Governor|Senator|Judge|Justice|Mr|Mrs|Ms|Dr|General|Gen|Premier|Secretary|Chairman|CEO)\.?$/;
/** Prepositions an object search may cross: "access to X", "calls on X", "restrictions on calls via X". */
const BRIDGE_PREPS = new Set("to on of via through against for onto towards toward into".split(" "));
const LOCATION_PREPS = new Set(
  "in across within throughout inside outside around into at from near".split(" "),
);
const CLAUSE_STOP = new Set(";:—–".split(""));
const OBJECT_STOP = new Set(
  "which who whom whose that because while whereas although though but since until unless when whenever where after before if as by so thus thereby yet despite amid".split(
    " ",
  ),
);
const COORD = new Set([
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
const REPORTING = new Set(
  "said says say told tells stated states added adds noted notes wrote writes announced announces explained explains argued argues claimed claims warned warns insisted insists believes believe thinks think showed shows suggested suggests".split(
    " ",
  ),
);
/** Verbs of saying whose complement clause carries the accusation ("said the app spreads fraud"). */
const REPORTED_CLAIM =
  /^(?:say|says|said|saying|stat(?:e|es|ed|ing)|claim(?:s|ed|ing)?|argu(?:e|es|ed|ing)|insist(?:s|ed|ing)?|assert(?:s|ed|ing)?|contend(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|complain(?:s|ed|ing)?|warn(?:s|ed|ing)?)$/;
const NEGATIVE_INFINITIVE = new Set(
  "abandon stop quit delete uninstall leave avoid boycott ditch drop shun reject".split(" "),
);
const CAUSATIVE = new Set(
  "order ordered orders ordering tell told ask asked instruct instructed direct directed force forced require required".split(
    " ",
  ),
);
const PROMOTE_BRIDGE = new Set(
  "to use adopt adopting switch switching transition transitioning move moving migrate migrating download downloading install installing join joining sign register registering towards toward onto into for a an the new state-backed domestic national alternative platform app messenger service called known named as".split(
    " ",
  ),
);
const PARTICIPLE_LEAD = new Set([
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
const KIND_OK: Record<Action, (s: LexEntity, o: LexEntity) => boolean> = {
  blocks: (s) => s.kind === "actor" && s.category !== "media",
  restricts: (s) => s.kind === "actor" && s.category !== "media",
  bans: (s) => s.kind === "actor" && s.category !== "media",
  fines: (s) => s.kind === "actor" && s.category === "government",
  mandates: (s, o) => s.kind === "actor" && s.category !== "media" && o.kind === "platform",
  promotes: (s, o) => s.kind === "actor" && s.category !== "media" && o.kind === "platform",
  accuses: (s) => s.category !== "media",
  criticizes: (s) => s.category !== "media",
  owns: (s, o) =>
    s.kind === "actor" &&
    (s.category === "company" || s.category === "person") &&
    (o.kind === "platform" || o.category === "company"),
  founded: (s, o) =>
    s.kind === "actor" &&
    s.category !== "government" &&
    s.category !== "media" &&
    (o.kind === "platform" || o.category === "company" || o.category === "group"),
  represents: (s, o) => s.category === "person" && o.category !== "person",
  modeled_on: (s, o) => s.kind === "platform" && o.kind === "platform",
  alternative_to: (s, o) => s.kind === "platform" && o.kind === "platform",
};

interface Sentence {
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
}

const lowerAt = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";
const mentionAt = (s: Sentence, i: number): Mention | undefined =>
  s.at[i]! >= 0 ? s.mentions[s.at[i]!] : undefined;

function emit(s: Sentence, subject: LexEntity, action: Action, object: LexEntity, modality: Modality): void {
  if (subject.key === object.key) return;
  // censorship is of platforms and organisations; a crackdown on "journalists" is not a platform block
  if ((action === "blocks" || action === "restricts" || action === "bans") && object.category === "group")
    return;
  if (!KIND_OK[action](subject, object)) return;
  if (s.out.some((r) => r.subject.key === subject.key && r.object.key === object.key && r.action === action))
    return;
  s.out.push({ subject, action, object, modality });
}

/** A mention used as a place ("blocked in Russia") rather than an actor. */
function isPlace(s: Sentence, m: Mention): boolean {
  const e = m.entities[0]!;
  if (!e.roles.includes("government-national") || m.via !== "name") return false;
  return (
    LOCATION_PREPS.has(lowerAt(s, m.start - 1)) ||
    (lowerAt(s, m.start - 1) === "the" && LOCATION_PREPS.has(lowerAt(s, m.start - 2)))
  );
}

/** Marks appositions and non-restrictive relative clauses so that subject search can jump over them. */
function markSkips(s: Sentence): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const m = mentionAt(s, i);
    if (!m || m.start !== i) continue;
    const open = m.end;
    const opener = tokens[open]?.text;
    if (opener !== "," && opener !== "(") continue;
    const closer = opener === "(" ? ")" : ",";
    let j = open + 1;
    let depth = 0;
    while (j < tokens.length && j - open < 20) {
      const t = tokens[j]!.text;
      if (t === "(") depth++;
      if (t === ")" && depth > 0) depth--;
      else if (t === closer && depth === 0) break;
      if (CLAUSE_STOP.has(t) || t === ".") break;
      j++;
    }
    if (tokens[j]?.text !== closer) continue;
    const first = tokens[open + 1]?.lower ?? "";
    const isAppos =
      opener === "(" ||
      [
        "the",
        "a",
        "an",
        "which",
        "who",
        "whose",
        "formerly",
        "its",
        "their",
        "one",
        "another",
        "now",
        "previously",
        "owned",
        "founded",
        "developed",
        "based",
        "led",
      ].includes(first) ||
      !!matchAt(s.lex.roleTitles, tokens, open + 1) ||
      (mentionAt(s, open + 1) !== undefined && isPossessiveMarker(tokens[mentionAt(s, open + 1)!.end]));
    if (!isAppos) continue;
    for (let k = open; k <= j; k++) if (s.skipTo[k]! < 0) s.skipTo[k] = i;
  }
}

/** Is the mention in subject position (not governed by a preposition or a preceding verb cue)? */
function subjectLike(s: Sentence, m: Mention, cueStart = -1): boolean {
  if (isPlace(s, m)) return false;
  let k = m.start - 1;
  // "an aide to President Erdogan": look past determiners and titles
  while (
    k >= 0 &&
    (["the", "a", "an", "both", "all", "other"].includes(lowerAt(s, k)) || TITLE_WORD.test(s.tokens[k]!.text))
  )
    k--;
  const prev = lowerAt(s, k);
  if (PREPS.has(prev) && prev !== "like") return false;
  // "Musk called de Moraes a dictator and accused him": the object of an earlier verb
  if (
    cueStart >= 0 &&
    k >= 0 &&
    s.pos.has(k, "Verb") &&
    !AUX.has(prev) &&
    !BE.has(prev) &&
    !REPORTING.has(prev) &&
    coordinatedVerb(s, m.end, cueStart)
  )
    return false;
  // "WhatsApp restrictions", "WhatsApp users": a name modifying a noun is not the subject
  const next = s.tokens[m.end];
  if (
    next &&
    m.end !== cueStart &&
    !m.possessive &&
    /^\p{Ll}/u.test(next.text) &&
    s.pos.has(m.end, "Noun") &&
    !s.pos.has(m.end, "Verb")
  )
    return false;
  return true;
}

/** Is the predicate at `cue` a second verb coordinated after the object ending at `from` ("… and accused him")? */
function coordinatedVerb(s: Sentence, from: number, cue: number): boolean {
  // walk back over the verb group ("threatened to slow down") to what joins it to the clause before
  let i = cue - 1;
  while (
    i >= from &&
    (lowerAt(s, i) === "to" ||
      /ly$/.test(lowerAt(s, i)) ||
      AUX.has(lowerAt(s, i)) ||
      (s.pos.has(i, "Verb") && !mentionAt(s, i)))
  )
    i--;
  const t = lowerAt(s, i);
  return i >= from && (t === "and" || t === "or" || t === "but");
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/**
 * The subject of a predicate that starts at token `k`, searching leftwards: an entity, `null` when
 * the subject is there but is not an entity (a pronoun, a clause boundary), `undefined` if not found.
 */
function findSubject(s: Sentence, k: number, cue: Cue): LexEntity | null | undefined {
  let i = k - 1;
  let sawComma = false;
  for (let steps = 0; i >= 0 && steps < 40; steps++) {
    // Inside an apposition or relative clause: its head is the subject candidate.
    if (s.skipTo[i]! >= 0) {
      const head = mentionAt(s, s.skipTo[i]!)!;
      if (subjectLike(s, head) && !head.possessive) return head.entities[0];
      i = head.start - 1;
      continue;
    }
    const t = lowerAt(s, i);
    if (CLAUSE_STOP.has(t)) return undefined;
    if (t === ",") sawComma = true;
    const m = mentionAt(s, i);
    if (m) {
      if (subjectLike(s, m, k) && !(m.possessive && cue.type !== "noun")) return m.entities[0];
      i = m.start - 1;
      continue;
    }
    // "X said censors would block Y": the reporter is not the subject of what is reported
    if (REPORTING.has(t) && i < k - 1) return null;
    // "Roskomnadzor claimed that it was …": a pronoun after a reporting verb is the reporter;
    // any other pronoun subject ("they suspended …") is left unresolved
    if (PRONOUNS.has(t)) {
      for (let r = i - 1; r >= Math.max(0, i - 8); r--)
        if (REPORTING.has(lowerAt(s, r))) return mainSubject(s, r) ?? null;
      return null;
    }
    if (t === "that" || t === "which" || t === "who") {
      // a relative pronoun's antecedent ("X, which …", "X that …"); a complement clause ends the search
      const ant = mentionAt(s, lowerAt(s, i - 1) === "," ? i - 2 : i - 1);
      if (ant) return ant.entities[0];
      if (t === "that") return undefined;
    }
    if (sawComma && ["while", "but", "although", "because", "whereas"].includes(t)) return undefined;
    i--;
  }
  return undefined;
}

/** The first mention that is the object of a predicate ending at token `k`, with its coordinated siblings. */
function findObjects(s: Sentence, k: number, action: Action, maxGap = 8): Mention[] {
  let i = k;
  let gap = 0;
  const out: Mention[] = [];
  while (i < s.tokens.length && gap <= maxGap) {
    const t = lowerAt(s, i);
    if (CLAUSE_STOP.has(t) || t === "." || t === "?" || t === "!") break;
    if (t === "," && !["including", "such", "like", "notably", "especially"].includes(lowerAt(s, i + 1)))
      break;
    // "the actions taken by the Russian government": a participle's agent is what was acted on
    const agentOfParticiple = t === "by" && out.length === 0 && s.pos.has(i - 1, "PastTense");
    if (OBJECT_STOP.has(t) && !agentOfParticiple && !(action === "promotes" && (t === "as" || t === "by"))) {
      if (!(t === "as" && lowerAt(s, i + 1) === "well")) break;
    }
    const m = mentionAt(s, i);
    if (m) {
      if (isPlace(s, m)) break;
      // "Meta's popular messaging application, WhatsApp" / "Apple's FaceTime": the head is the object.
      if (m.possessive) {
        const head = possessedHead(s, m);
        if (head) {
          out.push(head);
          i = head.end;
        } else {
          out.push(m);
          i = m.end + 1;
        }
      } else {
        out.push(m);
        i = m.end;
      }
      return coordinated(s, i, out);
    }
    if (
      action !== "promotes" &&
      action !== "accuses" &&
      (t === "to" || t === "from") &&
      lowerAt(s, i - 1) !== "access"
    ) {
      // "tried to", "in an attempt to force": a new predicate starts
      if (s.pos.has(i + 1, "Verb") && !s.pos.has(i + 1, "Noun") && !mentionAt(s, i + 1)) break;
    }
    if (action === "promotes" && !PROMOTE_BRIDGE.has(t) && gap > 3) break;
    if (PREPS.has(t) && !BRIDGE_PREPS.has(t) && !agentOfParticiple && !(action === "promotes" && t === "as"))
      break;
    // Another action cue starts its own predicate.
    const cue = i > k ? matchAt(s.lex.cues, s.tokens, i) : undefined;
    if (cue && cue.value.type === "verb" && cue.value.form !== "ing") break;
    gap++;
    i++;
  }
  return out;
}

/** Mentions coordinated after position `i`: ", Y, and Z", "and other", "as well as". */
function coordinated(s: Sentence, i: number, out: Mention[]): Mention[] {
  let j = i;
  for (;;) {
    let k = j;
    let sawLink = false;
    while (k < s.tokens.length && COORD.has(lowerAt(s, k)) && k - j < 4) {
      if ([",", "and", "or", "&", "well", "plus", "nor", "including", "like", "such"].includes(lowerAt(s, k)))
        sawLink = true;
      k++;
    }
    const m = mentionAt(s, k);
    if (!sawLink || !m || isPlace(s, m)) return out;
    if (m.possessive) {
      const head = possessedHead(s, m);
      if (head) {
        out.push(head);
        j = head.end;
        continue;
      }
    }
    out.push(m);
    j = m.end;
  }
}

/** For a possessor mention, the possessed entity when one follows ("Apple's FaceTime", "Meta's … app, WhatsApp"). */
function possessedHead(s: Sentence, m: Mention): Mention | undefined {
  let i = m.end + 1;
  let n = 0;
  while (i < s.tokens.length && n < 5) {
    const h = mentionAt(s, i);
    if (h) return h.entities[0]!.kind === "platform" || h.entities[0]!.category === "company" ? h : undefined;
    const t = lowerAt(s, i);
    if (t === "," && n > 0) {
      const after = mentionAt(s, i + 1);
      return after && after.entities[0]!.kind === "platform" ? after : undefined;
    }
    if (!/^[\p{L}-]+$/u.test(s.tokens[i]!.text) || OBJECT_STOP.has(t) || PREPS.has(t)) return undefined;
    i++;
    n++;
  }
  return undefined;
}

/** The agent after a passive or nominal cue: "by Roskomnadzor". */
function findAgent(s: Sentence, k: number): LexEntity[] {
  for (let i = k; i < Math.min(s.tokens.length, k + 12); i++) {
    const t = lowerAt(s, i);
    if (CLAUSE_STOP.has(t) || t === ".") return [];
    if (t === "by") {
      let j = i + 1;
      while (["the", "a", "an"].includes(lowerAt(s, j))) j++;
      // "the media watchdog Roskomnadzor", "entrepreneurs A and B": a description before the name
      for (let n = 0; n < 4 && !mentionAt(s, j) && j < s.tokens.length && !PREPS.has(lowerAt(s, j)); n++) j++;
      let m = mentionAt(s, j);
      // "by Japan's Rakuten": the possessor is a place, the head is the agent
      if (m && m.possessive) m = possessedHead(s, m) ?? mentionAt(s, m.end + 1);
      if (!m) return [];
      return coordinated(s, m.end, [m]).flatMap((x) => x.entities);
    }
  }
  return [];
}

/** The government of the place named after a passive cue: "blocked in Russia". */
function placeAgent(s: Sentence, k: number): LexEntity | undefined {
  for (let i = k; i < Math.min(s.tokens.length, k + 6); i++) {
    const m = mentionAt(s, i);
    if (m && isPlace(s, m)) return m.entities[0];
    if (CLAUSE_STOP.has(lowerAt(s, i)) || lowerAt(s, i) === ",") return undefined;
  }
  return undefined;
}

/** Coordinated mentions to the left of position k (the patients of a passive: "X, Y and Z have been blocked"). */
function leftList(s: Sentence, k: number): Mention[] {
  let i = k - 1;
  while (
    i >= 0 &&
    (AUX.has(lowerAt(s, i)) ||
      BE.has(lowerAt(s, i)) ||
      ["all", "not", ",", "both", "long", "since", "already", "also"].includes(lowerAt(s, i)) ||
      /ly$/.test(lowerAt(s, i)))
  )
    i--;
  let m = mentionAt(s, i);
  // "Telegram, another popular messaging app owned by …": the apposition's head
  if (!m && s.skipTo[i]! >= 0) m = mentionAt(s, s.skipTo[i]!);
  if (!m) {
    // relative clause "X, which was blocked": antecedent
    if (["which", "that", "who"].includes(lowerAt(s, i))) {
      const ant = mentionAt(s, lowerAt(s, i - 1) === "," ? i - 2 : i - 1);
      return ant ? [ant] : [];
    }
    return [];
  }
  const out: Mention[] = [m];
  let j = m.start - 1;
  for (;;) {
    // "Apple's FaceTime": step over the possessor
    if (isPossessiveMarker(s.tokens[j]) && mentionAt(s, j - 1)) j = mentionAt(s, j - 1)!.start - 1;
    let n = j;
    let sawLink = false;
    while (n >= 0 && j - n < 3 && [",", "and", "or", "&", "as", "well"].includes(lowerAt(s, n))) {
      sawLink = true;
      n--;
    }
    const prev = mentionAt(s, n);
    if (!sawLink || !prev || isPlace(s, prev) || prev.possessive) return out.reverse();
    out.push(prev);
    j = prev.start - 1;
  }
}

function isPassive(s: Sentence, start: number, end: number, cue: Cue): boolean {
  // "an app run by Turkcell": an irregular participle identical to the base form
  if (
    cue.form !== "past" &&
    cue.type !== "participle" &&
    !(cue.conditional === "passive" && lowerAt(s, end) === "by")
  )
    return false;
  let i = start - 1;
  while (
    i >= 0 &&
    ((AUX.has(lowerAt(s, i)) && !BE.has(lowerAt(s, i))) ||
      /ly$/.test(lowerAt(s, i)) ||
      lowerAt(s, i) === "not" ||
      lowerAt(s, i) === "all")
  )
    i--;
  if (BE.has(lowerAt(s, i))) return true;
  // reduced relative: "an app owned by Durov", "platforms blocked in Russia"
  return lowerAt(s, end) === "by";
}

function hasContent(
  s: Sentence,
  index: Map<string, Phrase<true>[]>,
  stems: string[],
  from: number,
  to: number,
): boolean {
  return containsAny(index, stems, s.tokens, from, to);
}

function inAlleged(s: Sentence, i: number): boolean {
  return s.alleged.some(([a, b]) => i >= a && i < b);
}

function processCue(s: Sentence, start: number, end: number, cue: Cue): void {
  const { action } = cue;
  // "ordered providers to block X", "ordered the site blocked": the ordered action is the relation
  if (action === "mandates") {
    for (let i = end; i < Math.min(s.tokens.length, end + 10); i++) {
      const other = matchAt(s.lex.cues, s.tokens, i);
      if (other && other.value.action !== "mandates" && other.value.type !== "complement") return;
    }
  }
  if (action === "modeled_on" || action === "alternative_to") {
    if (cue.type === "complement") return complement(s, start, end, action);
    // verbs "replace", "rival": X rivals Y
  }
  if (cue.conditional === "store") {
    let store = false;
    for (let i = end; i < Math.min(s.tokens.length, end + 10) && !store; i++)
      store =
        /^(?:store|stores)$/.test(lowerAt(s, i)) ||
        !!mentionAt(s, i)?.entities.some((e) => e.category === "app store");
    if (!store) return;
  }
  if (cue.conditional === "negative" || cue.conditional === "favourable") {
    const words = cue.conditional === "negative" ? s.lex.negative : s.lex.favourable;
    const stems = cue.conditional === "negative" ? s.lex.negativeStems : s.lex.favourableStems;
    if (!hasContent(s, words, stems, end, Math.min(s.tokens.length, end + 25))) return;
  }
  let modality = modalityAt(s.tokens, start, end);
  if (modality === "negated") return;
  if (modality === "asserted" && inAlleged(s, start)) modality = "alleged";
  const mod = modality;

  if (cue.type === "noun") return nominal(s, start, end, cue, mod);
  if (cue.type === "participle" && !isPassive(s, start, end, cue)) {
    // "other banned services", "WhatsApp and other banned services"
    return;
  }
  const orderedDone = cue.form === "past" && causedParticiple(s, start);
  if (orderedDone || isPassive(s, start, end, cue)) {
    const patients = orderedDone ? [mentionAt(s, start - 1)!] : leftList(s, start);
    let agents = findAgent(s, end);
    // "ordered that the site be blocked", "ordered X blocked": the one who orders
    const orderer = causedPassiveAgent(s, patients[0]?.start ?? start);
    if (agents.length === 0 && orderer) agents = [orderer];
    if (agents.length === 0 && ["blocks", "restricts", "bans", "fines"].includes(action)) {
      const place = placeAgent(s, end) ?? sentenceCountry(s) ?? s.ctx.home;
      if (place) agents = [place];
    }
    // "headed by Fahrettin Altun": a person at the head of an organisation represents it
    const leads = /^(?:head|led|lead|chair)/.test(lowerAt(s, start));
    for (const agent of agents)
      for (const p of patients)
        for (const e of p.entities) {
          if (leads && agent.category === "person") emit(s, agent, "represents", e, mod);
          else emit(s, agent, action, e, mod);
        }
    return;
  }
  // "heads the military government": a person at the head of an organisation represents it
  const leadsActive = cue.conditional === "passive" && /^(?:head|lead|led|chair)/.test(lowerAt(s, start));
  // Active voice. A bare base form ("Russia Ban MAX") is a verb only after "to", a modal or a plural subject.
  if (cue.type === "verb" && cue.form === "base" && !baseVerbOk(s, start)) return;
  let subject: LexEntity | undefined;
  const before = lowerAt(s, start - 1);
  const participial =
    cue.form === "ing" &&
    (PARTICIPLE_LEAD.has(before) || (/ly$/.test(before) && PARTICIPLE_LEAD.has(lowerAt(s, start - 2))));
  if (participial)
    subject = mainSubject(s, start) ?? reporterBefore(s, start) ?? findSubject(s, start, cue) ?? undefined;
  else {
    const found = findSubject(s, start, cue);
    subject = found === undefined ? mainSubject(s, start) : (found ?? undefined);
  }
  const causer = causativeSubject(s, start);
  if (causer) subject = causer;
  if (!subject) return;
  if (action === "accuses" || action === "criticizes") {
    if (cue.conditional === "negative" && REPORTED_CLAIM.test(lowerAt(s, start))) {
      return reported(s, start, end, subject, action, mod);
    }
  }
  let objects = findObjects(s, end, action, action === "promotes" ? 12 : 8);
  // "urged Venezuelans to abandon WhatsApp": turning people away is not promotion
  let act = action;
  if (action === "promotes" && objects.length > 0) {
    for (let i = end; i < objects[0]!.start; i++)
      if (NEGATIVE_INFINITIVE.has(lowerAt(s, i))) act = "criticizes";
  }
  // "accused him of censorship": an object pronoun right after the verb
  if (objects.length === 0) {
    const p = pronounObject(s, end, subject);
    if (p) objects = [p];
  }
  // "Facebook and WhatsApp, which Meta also owns": the object is the relative pronoun's antecedent
  if (objects.length === 0) {
    const rel = relativeAntecedents(s, start);
    if (rel.length > 0) objects = rel;
  }
  if (leadsActive) act = subject.category === "person" ? "represents" : act;
  for (const o of objects) for (const e of o.entities) emit(s, subject, act, e, mod);
  if (objects.length === 0) implicitObject(s, start, end, subject, action, mod);
  if (objects.length === 0 && participial && ["blocks", "restricts", "bans"].includes(action)) {
    // "removed WhatsApp's domain, effectively blocking access": the main clause's platform
    const inMain = s.mentions.filter((m) => m.end <= start && m.entities[0]!.kind === "platform");
    const last = inMain[inMain.length - 1];
    if (last) emit(s, subject, action, last.entities[0]!, mod);
  }
  if (action === "accuses") {
    // "accused X of …": what follows is X's alleged act
    for (let i = end; i < s.tokens.length; i++)
      if (lowerAt(s, i) === "of") {
        s.alleged.push([i, s.tokens.length]);
        break;
      }
  }
}

function baseVerbOk(s: Sentence, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /ly$/.test(lowerAt(s, i))) i--;
  const prev = lowerAt(s, i);
  if (
    [
      "to",
      "will",
      "would",
      "could",
      "can",
      "may",
      "might",
      "should",
      "must",
      "shall",
      "did",
      "do",
      "does",
      "not",
      "never",
      "and",
      "or",
      "also",
      "they",
      "we",
      "i",
      "you",
      "who",
      "that",
      "which",
      "cannot",
      "let",
      "help",
      "make",
      "made",
    ].includes(prev) ||
    prev.endsWith("n't")
  )
    return true;
  const m = mentionAt(s, i);
  if (!m || m.possessive) return false;
  // "Why did Russia block …": an inverted question; "Russian authorities block …": a plural subject
  const before = lowerAt(s, m.start - 1);
  if (["did", "does", "do", "will", "would", "could", "can", "may", "might", "should"].includes(before))
    return true;
  return /s$/.test(m.surface) && m.entities[0]!.kind === "actor";
}

/** "its service", "the platform" after a cue in an accusation: the accuser's own service. */
function implicitObject(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  if (!["blocks", "restricts", "bans"].includes(action)) return;
  const next = lowerAt(s, end);
  const next2 = lowerAt(s, end + 1);
  if (
    ["service", "platform", "app", "messenger"].includes(next) ||
    (["its", "the"].includes(next) && ["service", "platform", "app", "messenger", "access"].includes(next2))
  ) {
    const accuser = s.mentions.find(
      (m) =>
        m.start < start &&
        m.entities[0]!.kind === "platform" &&
        subjectLike(s, m) &&
        m.entities[0] !== subject,
    );
    if (accuser && inAlleged(s, start)) emit(s, subject, action, accuser.entities[0]!, mod);
  }
}

/** The first subject-like mention of the sentence, outside appositions: the main clause's subject. */
/** "Nepal banned TikTok, the government said, accusing …": the reporter is the participle's subject. */
function reporterBefore(s: Sentence, start: number): LexEntity | undefined {
  for (let i = start - 1; i >= 0; i--)
    if (REPORTING.has(lowerAt(s, i)))
      return findSubject(s, i, { action: "accuses", type: "verb", form: "past" }) ?? undefined;
  return undefined;
}

/** The one national government this sentence names, itself or through one of its agencies ("Pakistan's telecom authority"). */
function sentenceCountry(s: Sentence): LexEntity | undefined {
  const found = new Set<LexEntity>();
  for (const m of s.mentions)
    for (const e of m.entities) {
      if (e.roles.includes("government-national")) found.add(e);
      else if (e.government) {
        const g = s.lex.entityByKey.get(e.government);
        if (g) found.add(g);
      }
    }
  for (let i = 0; i < s.tokens.length; i++) {
    const d = matchAt(s.lex.demonyms, s.tokens, i);
    if (d && !mentionAt(s, i)) found.add(d.value);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "accused him of censorship", "praised it": an object pronoun's referent. */
function pronounObject(s: Sentence, i: number, subject: LexEntity): Mention | undefined {
  const t = lowerAt(s, i);
  const wantPerson = t === "him" || t === "her";
  if (!wantPerson && t !== "it") return undefined;
  const fits = (e: LexEntity) =>
    e !== subject && (wantPerson ? e.category === "person" : e.category !== "person");
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.end <= i && fits(m.entities[0]!)) return m;
  }
  const e = s.ctx.recent.find(fits);
  return e
    ? { start: i, end: i + 1, entities: [e], surface: s.tokens[i]!.text, via: "pronoun", possessive: false }
    : undefined;
}

/** "Facebook and WhatsApp, which Meta also owns": the list before "which <subject>". */
function relativeAntecedents(s: Sentence, start: number): Mention[] {
  let i = start - 1;
  while (i >= 0 && (AUX.has(lowerAt(s, i)) || /ly$/.test(lowerAt(s, i)))) i--;
  const subj = mentionAt(s, i);
  if (!subj) return [];
  const rel = lowerAt(s, subj.start - 1);
  if (rel !== "which" && rel !== "that") return [];
  return leftList(s, subj.start - 1 + (lowerAt(s, subj.start - 2) === "," ? 0 : 1));
}

/** "ordered the site blocked": a participle right after a causative verb's object. */
function causedParticiple(s: Sentence, start: number): boolean {
  const m = mentionAt(s, start - 1);
  if (!m) return false;
  for (let j = m.start - 1; j >= Math.max(0, m.start - 5); j--) {
    if (CAUSATIVE.has(lowerAt(s, j)) || lowerAt(s, j) === "wants" || lowerAt(s, j) === "had") return true;
    if (mentionAt(s, j) || [",", "."].includes(lowerAt(s, j))) return false;
  }
  return false;
}

/** The subject of a causative verb right before a passive's patient: "ordered (that) X (be) blocked". */
function causedPassiveAgent(s: Sentence, patientStart: number): LexEntity | undefined {
  for (let j = patientStart - 1; j >= Math.max(0, patientStart - 6); j--) {
    const t = lowerAt(s, j);
    if (CAUSATIVE.has(t))
      return findSubject(s, j, { action: "mandates", type: "verb", form: "past" }) ?? undefined;
    if (mentionAt(s, j) || [",", ".", ";"].includes(t)) return undefined;
  }
  return undefined;
}

function mainSubject(s: Sentence, before: number): LexEntity | undefined {
  // a reporting verb between the subject and the predicate ends the main clause
  for (let i = before - 1; i >= 0; i--)
    if (REPORTING.has(lowerAt(s, i)) && !mentionAt(s, i)) return undefined;
  for (const m of s.mentions) {
    if (m.start >= before) return undefined;
    if (s.skipTo[m.start]! >= 0) continue;
    if (subjectLike(s, m) && !m.possessive) return m.entities[0];
  }
  return undefined;
}

/** "Maduro ordered operators to block X": the one who orders is the one who blocks. */
function causativeSubject(s: Sentence, start: number): LexEntity | undefined {
  let i = start - 1;
  while (i >= 0 && /ly$/.test(lowerAt(s, i))) i--;
  if (lowerAt(s, i) !== "to") return undefined;
  // ordered [the] operators [of X] to
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (CAUSATIVE.has(lowerAt(s, j))) {
      return findSubject(s, j, { action: "mandates", type: "verb", form: "past" }) ?? undefined;
    }
  }
  return undefined;
}

/** "X said (that) Y failed to …": an accusation against Y when the clause is negative. */
function reported(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  let i = end;
  if (lowerAt(s, i) === "that") i++;
  const m = mentionAt(s, i) ?? mentionAt(s, i + 1);
  s.alleged.push([end, s.tokens.length]);
  if (m && hasContent(s, s.lex.negative, s.lex.negativeStems, m.end, s.tokens.length))
    for (const e of m.entities) emit(s, subject, action, e, mod);
}

/** Nominal cues: "the blockage of X", "restrictions on X by Y", "Y's ban on X", "fines for X". */
function nominal(s: Sentence, start: number, end: number, cue: Cue, mod: Modality): void {
  const { action } = cue;
  // a cue word used as a verb ("calls", "charges") is not a nominalisation
  if (s.pos.has(start, "Verb") && !s.pos.has(start, "Noun")) return;
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
    ].includes(lowerAt(s, d)) ||
      (/^(?:[\p{L}-]+)$/u.test(s.tokens[d]!.text) &&
        /(?:al|ary|ive|ic)$/.test(lowerAt(s, d)) &&
        !mentionAt(s, d)))
  )
    d--;
  const governor = lowerAt(s, d);
  if (
    /^(?:lift|lifted|lifting|lifts|end|ended|ending|revoke|revoked|rescind|rescinded|overturn|overturned|reverse|reversed|avoid|avoided|escape|escaped)$/.test(
      governor,
    )
  )
    return;
  const prep = lowerAt(s, end);
  const objPreps =
    action === "criticizes"
      ? ["over", "about", "regarding", "at", "with", "of", "on", "for"]
      : ["of", "on", "against", "for", "to", "targeting", "affecting", "over", "imposed"];
  let objects: Mention[] = [];
  if (objPreps.includes(prep)) objects = findObjects(s, end + 1, action, 6);
  else if (["blocks", "restricts", "bans"].includes(action) && BE.has(prep)) {
    // "The ban was imposed by BTK": the article's one headline platform is what was banned
    const agents = findAgent(s, end);
    const topic = [...s.ctx.topic].filter((e) => e.kind === "platform");
    if (agents.length > 0 && topic.length === 1) for (const a of agents) emit(s, a, action, topic[0]!, mod);
    return;
  } else if (action === "fines" || action === "bans" || action === "blocks" || action === "restricts") {
    // "the WhatsApp ban": a platform right before the noun
    const m = mentionAt(s, start - 1);
    if (m && m.entities[0]!.kind === "platform" && !m.possessive) objects = [m];
  }
  if (objects.length === 0) return;
  if (
    action === "bans" &&
    !hasContent(s, s.lex.negative, s.lex.negativeStems, end, s.tokens.length) &&
    lowerAt(s, start).startsWith("designation")
  )
    return;
  // Agent: "by Y" after, "Y's ban" before, or the subject of the governing verb.
  let agent: LexEntity | undefined = findAgent(s, objects[objects.length - 1]!.end)[0];
  const poss = mentionAt(s, d);
  if (!agent && isPossessiveMarker(s.tokens[d])) {
    const p = mentionAt(s, d - 1);
    if (p) agent = p.entities[0];
  } else if (!agent && poss && poss.possessive) agent = poss.entities[0];
  if (!agent && d >= 0 && !PREPS.has(governor) && governor !== "," && !mentionAt(s, d)) {
    // "Critics said the block on X …": a reporting verb does not govern the noun
    if (!REPORTING.has(governor)) agent = findSubject(s, d + 1, cue) ?? mainSubject(s, d + 1);
  }
  if (!agent && ["blocks", "restricts", "bans"].includes(action)) {
    agent = placeAgent(s, objects[objects.length - 1]!.end) ?? sentenceCountry(s) ?? s.ctx.home;
    // an unnamed agent is inferred only for named platforms and companies, not for generic groups
    objects = objects.filter((o) => o.entities[0]!.category !== "group");
  }
  if (!agent) return;
  for (const o of objects) for (const e of o.entities) emit(s, agent, action, e, mod);
}

/** "X, an app modeled after Y", "X as an alternative to Y". */
function complement(s: Sentence, start: number, end: number, action: Action): void {
  let subject: LexEntity | undefined;
  for (let i = start - 1; i >= Math.max(0, start - 14); i--) {
    const m = mentionAt(s, i);
    if (m && m.entities[0]!.kind === "platform") {
      subject = m.entities[0];
      break;
    }
    if (CLAUSE_STOP.has(lowerAt(s, i))) break;
  }
  if (!subject) return;
  const objects = findObjects(s, end, action, 3);
  const mod = modalityAt(s.tokens, start, end);
  if (mod === "negated") return;
  for (const o of objects) for (const e of o.entities) emit(s, subject, action, e, mod);
}

/** Structural relations: possessives (owns), titles (represents), founders, parents. */
function structural(s: Sentence): void {
  const { tokens, mentions, lex } = s;
  for (const m of mentions) {
    const e = m.entities[0]!;
    // "Apple's FaceTime": a company's or a person's platform
    if (m.possessive && (e.category === "company" || e.category === "person")) {
      const h = possessedHead(s, m);
      // "Apple's FaceTime, Discord …" owns one; "Meta's other services, Instagram and WhatsApp" owns the list
      const heads = !h ? [] : h.start === m.end + 1 ? [h] : coordinated(s, h.end, [h]);
      for (const x of heads)
        if (x.entities[0]!.kind === "platform") emit(s, e, "owns", x.entities[0]!, "asserted");
    }
    // "WhatsApp's parent company, Meta" / "Meta (WhatsApp's parent company)"
    if (m.possessive && e.kind === "platform") {
      const t1 = lowerAt(s, m.end + 1);
      const t2 = lowerAt(s, m.end + 2);
      if (t1 === "parent" || t1 === "owner" || (t1 === "parent" && t2 === "company")) {
        let j = m.end + 2;
        while (j < tokens.length && ["company", "firm", ",", "the", "group"].includes(lowerAt(s, j))) j++;
        const owner = mentionAt(s, j);
        if (owner) emit(s, owner.entities[0]!, "owns", e, "asserted");
        else {
          // "Meta (WhatsApp's parent company)"
          let b = m.start - 1;
          while (b >= 0 && [",", "(", "the"].includes(lowerAt(s, b))) b--;
          const before = mentionAt(s, b);
          if (before) emit(s, before.entities[0]!, "owns", e, "asserted");
        }
      }
    }
    // "Meta, the parent company of WhatsApp" / "Pavel Durov, the founder of Telegram" / "X, a spokesman for Y"
    if (tokens[m.end]?.text === "," || tokens[m.end]?.text === "(") {
      let j = m.end + 1;
      while (["the", "a", "an", "its", "his", "her"].includes(lowerAt(s, j))) j++;
      const demonym = matchAt(lex.demonyms, tokens, j);
      const orgBefore = mentionAt(s, j);
      if (demonym) j += demonym.tokens.length;
      else if (orgBefore) j = orgBefore.end + (orgBefore.possessive ? 1 : 0);
      // skip up to two modifiers: "communications minister", "Russian-born billionaire"
      const relAt = (q: number) =>
        /^(?:parent|owner)$/.test(lowerAt(s, q))
          ? "owns"
          : /^(?:founder|co-founder|cofounder|creator)$/.test(lowerAt(s, q))
            ? "founded"
            : matchAt(lex.roleTitles, tokens, q)
              ? "represents"
              : undefined;
      let rel: "owns" | "founded" | "represents" | undefined = relAt(j);
      for (let n = 0; n < 2 && !rel && j < tokens.length && /^[\p{Ll}-]+$/u.test(tokens[j]!.text); n++)
        rel = relAt(++j);
      const title = rel === "represents" ? matchAt(lex.roleTitles, tokens, j) : undefined;
      if (rel) {
        let k = j + (title ? title.tokens.length : 1);
        if (lowerAt(s, k) === "company" || lowerAt(s, k) === "firm") k++;
        let org: LexEntity | undefined;
        if (["of", "for", "at", "to"].includes(lowerAt(s, k))) {
          let q = k + 1;
          while (["the", "a"].includes(lowerAt(s, q))) q++;
          const o = mentionAt(s, q);
          if (o) org = o.entities[0];
        }
        org ??= demonym?.value ?? orgBefore?.entities[0];
        if (!org && rel === "represents" && e.category === "person")
          org = title?.value ? s.ctx.home : organisationOf(s, m.start);
        if (org) {
          if (rel === "owns") emit(s, e, "owns", org, "asserted");
          else emit(s, e, rel, org, "asserted");
        }
      }
    }
  }
  // "<Org> <title> <Person>": "Kremlin spokesman Dmitry Peskov", "Telegram founder Pavel Durov", "Russian President Vladimir Putin"
  for (let i = 0; i < tokens.length; i++) {
    const title = matchAt(lex.roleTitles, tokens, i);
    const isFounder = /^(?:founder|co-founder|cofounder|creator)$/.test(lowerAt(s, i));
    const isParent = lowerAt(s, i) === "parent" && lowerAt(s, i + 1) === "company";
    if (!title && !isFounder && !isParent) continue;
    const len = title ? title.tokens.length : isParent ? 2 : 1;
    let p = i + len;
    if (tokens[p]?.text === ",") p++;
    const person = mentionAt(s, p);
    if (!person) continue;
    const pe = person.entities[0]!;
    // the organisation before the title, possibly with modifiers in between
    let org: LexEntity | undefined;
    for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
      const om = mentionAt(s, b);
      if (om) {
        org = om.entities[0];
        break;
      }
      const dem = matchAt(lex.demonyms, tokens, b);
      if (dem && b + dem.tokens.length <= i) {
        org = dem.value;
        break;
      }
      if (
        !/^[\p{L}-]+$/u.test(tokens[b]!.text) ||
        PREPS.has(lowerAt(s, b)) ||
        ["the", "a"].includes(lowerAt(s, b))
      )
        break;
    }
    if (isParent) {
      // "parent company Meta" of the platform the sentence is about: left to the reader
      continue;
    }
    if (isFounder) {
      if (org) emit(s, pe, "founded", org, "asserted");
      continue;
    }
    const governmental =
      /^(?:ministry|government|foreign|presidential|state|defence|defense|interior|communications)$/i.test(
        tokens[i - 1]?.text ?? "",
      );
    if (!org && pe.category === "person")
      org = title?.value || governmental ? (sentenceCountry(s) ?? s.ctx.home) : organisationOf(s, i);
    if (org) emit(s, pe, "represents", org, "asserted");
  }
}

/** "the Meta-owned platform", "Meta-owned Instagram": the owner named in a compound adjective. */
function ownedCompounds(s: Sentence): void {
  s.tokens.forEach((t, i) => {
    const m = /^(.+)-(?:owned|operated)$/i.exec(t.text);
    if (!m) return;
    const owner = matchAt(s.lex.names, tokenize(m[1]!), 0)?.value;
    if (!owner || owner.kind !== "actor") return;
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 5); k++) {
      const h = mentionAt(s, k);
      if (h) return void emit(s, owner, "owns", h.entities[0]!, "asserted");
      const d = matchAt(s.lex.descriptors, s.tokens, k);
      if (
        d &&
        /^(?:platform|app|service|messenger|messaging service|messaging app|social network|network|site)$/.test(
          d.tokens.join(" ").toLowerCase(),
        )
      ) {
        const e = resolveDescription(
          s.ctx,
          d.value.filter((r) => r !== "company"),
          undefined,
          s.mentions.filter((x) => x.end <= i),
        );
        if (e) emit(s, owner, "owns", e, "asserted");
        return;
      }
    }
  });
}

/** "The Kremlin defended …, with spokesman Dmitry Peskov saying": the organisation the sentence is about. */
function organisationOf(s: Sentence, before: number): LexEntity | undefined {
  for (const m of s.mentions) {
    if (m.start >= before) break;
    const e = m.entities[0]!;
    if (e.kind === "actor" && (e.category === "government" || e.category === "company") && subjectLike(s, m))
      return e;
  }
  return undefined;
}

function accordingTo(s: Sentence): void {
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    if (lowerAt(s, i) !== "according" || lowerAt(s, i + 1) !== "to") continue;
    let j = i + 2;
    while (["the", "a"].includes(lowerAt(s, j))) j++;
    const src = mentionAt(s, j);
    if (!src) continue;
    s.alleged.push([0, s.tokens.length]);
    // "According to X, Y failed …": an accusation by X against Y
    if (i === 0 || lowerAt(s, i - 1) === ",") {
      let k = src.end;
      if (lowerAt(s, k) === ",") k++;
      const target = mentionAt(s, k);
      if (target && hasContent(s, s.lex.negative, s.lex.negativeStems, target.end, s.tokens.length))
        emit(s, src.entities[0]!, "accuses", target.entities[0]!, "alleged");
    }
  }
}

export function sentenceRelations(
  tokens: Token[],
  mentions: Mention[],
  ctx: ArticleContext,
  text: string,
  base: number,
): SentenceRelation[] {
  const at = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) at[k] = idx;
  });
  const s: Sentence = {
    tokens,
    mentions,
    at,
    skipTo: new Int32Array(tokens.length).fill(-1),
    lex: ctx.lex,
    ctx,
    out: [],
    alleged: [],
    pos: new SentenceTags(text, base, tokens),
  };
  markSkips(s);
  structural(s);
  ownedCompounds(s);
  accordingTo(s);
  for (let i = 0; i < tokens.length; i++) {
    if (at[i]! >= 0) continue;
    let cue = matchAt(ctx.lex.cues, tokens, i);
    if (!cue) continue;
    // "orders 10-day block on X": a base form that cannot be a verb here is read as the noun
    if (cue.value.type === "verb" && cue.value.form === "base" && !baseVerbOk(s, i)) {
      const tokensOf = cue.tokens.join(" ").toLowerCase();
      cue =
        ctx.lex.cues
          .get(tokens[i]!.lower)
          ?.find((p) => p.value.type === "noun" && p.tokens.join(" ").toLowerCase() === tokensOf) ?? cue;
    }
    const end = i + cue.tokens.length;
    if (end > tokens.length || (end > i + 1 && at[end - 1]! >= 0)) continue;
    processCue(s, i, end, cue.value);
    i = end - 1;
  }
  return s.out;
}

export { isPlace as _isPlaceForTests };
