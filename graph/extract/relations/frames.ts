// Clause frames: the subject of a verb group read from the sentence's structure rather than by
// proximity. A finite verb's subject is the nearest noun phrase before it in subject position (not
// inside a prepositional phrase, not the object of another verb), with the phrases coordinated to
// it ("The U.S. and the EU denounced"); a relative clause's is its antecedent; a verb coordinated
// after another ("… and banned Facebook") shares that verb's subject; an infinitive's is its
// controller's ("Nigeria's decision to suspend", "decided to block", "ordered providers to block");
// a participial clause's ("…, urging") is the main clause's.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import type { NounPhrase, VerbGroup } from "../syntax/phrases.ts";
import { actAuthorAt } from "./acts.ts";
import { resolvePronoun } from "./pronouns.ts";
import {
  ASPECTUAL,
  CAUSATIVE,
  CLAUSE_STOP,
  lowerAt,
  mentionAt,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

/** What a subject search found: entities and how, a subject that is no entity (`null`), or nothing (`undefined`). */
/** A subject found; null when none was; an empty list when the subject is one the sentence cannot name. */
export type Found = { entities: LexEntity[]; how: FrameRule } | null | undefined;
export type FrameRule =
  | "subject"
  | "coordinated-subject"
  | "shared-subject"
  | "relative"
  | "control"
  | "participial"
  | "pronoun-subject"
  | "act-relative"
  | "with-subject";

const found = (entities: LexEntity[] | null, how: FrameRule): Found =>
  entities && entities.length
    ? { entities, how: entities.length > 1 && how === "subject" ? "coordinated-subject" : how }
    : null;
const via = (f: Found, how: FrameRule): Found => (f ? { entities: f.entities, how } : f);

/** Nouns whose infinitive takes the noun's owner as subject: "Nigeria's decision to suspend Twitter". */
const CONTROL_NOUNS =
  /^(?:decision|plan|plans|move|bid|attempt|effort|efforts|push|vote|proposal|order|orders|threat|threats|request|intention|refusal|failure|call|calls|campaign|right|power|powers|authority|deadline|demand|demands|pledge|promise|readiness|ruling|resolution|law|bill|directive)$/;
const OBJECT_CONTROL =
  /^(?:order|orders|ordered|ordering|urge|urges|urged|urging|ask|asks|asked|asking|tell|tells|told|telling|instruct|instructs|instructed|direct|directs|directed|force|forces|forced|forcing|require|requires|required|requiring|compel|compels|compelled|push|pushed|pushing|encourage|encourages|encouraged|encouraging|call|calls|called|allow|allows|allowed|enable|enabled|get|got|pressure|pressured|pressed|oblige|obliged)$/;
const TIME_WORDS =
  /^(?:week|month|year|day|weekend|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/;
const LAWS = /^(?:law|bill|directive|decree|resolution|statute|measure)$/;
const PARTICIPLE_OPENERS = new Set([",", "by", "while", "after", "before", "when", "thereby", "—", "also"]);
const COORDINATORS = new Set(["and", "or", "but", "then", "nor"]);

function vgOf(s: Sentence, k: number): VerbGroup | undefined {
  const syn = syntaxOf(s);
  const at = syn.vgAt[k]!;
  return at >= 0 ? syn.vgs[at] : undefined;
}

function npEndingAt(s: Sentence, last: number): NounPhrase | undefined {
  const syn = syntaxOf(s);
  const at = syn.npAt[last]!;
  const np = at >= 0 ? syn.nps[at] : undefined;
  return np && np.end === last + 1 ? np : undefined;
}

/** The entity a noun phrase names: the mention over its head (a possessor names the owner, not the phrase). */
function entityOf(s: Sentence, np: NounPhrase): Mention | undefined {
  const m = mentionAt(s, np.head);
  if (m) return m;
  // "the Meta-owned WhatsApp": a mention that ends the phrase
  return mentionAt(s, np.end - 1);
}

/** Words that open a clause and that a tagger may read as prepositions. */
const SUBORDINATORS = /^(?:after|before|since|until|till|once)$/;

/** Is the phrase in subject position: not governed by a preposition, not the object of a verb? */
function subjectPosition(s: Sentence, np: NounPhrase): boolean {
  const syn = syntaxOf(s);
  const before = np.start - 1;
  if (before < 0) return true;
  const p = syn.pos[before];
  const w = lowerAt(s, before);
  // "after Tanzania accused Chadema …": a conjunction the tagger reads as a preposition opens a
  // clause when a verb follows the phrase
  // ("after Fahrettin Altun, the communications director, accused …": past an apposition)
  let next = np.end;
  while (next < s.tokens.length && (s.skipTo[next]! >= 0 || lowerAt(s, next) === ",")) next++;
  const clause = SUBORDINATORS.test(w) && /^(?:VERB|AUX)$/.test(syn.pos[next] ?? "");
  if (p === "ADP" && w !== "that" && w !== "like" && !clause) return false;
  if ((p === "VERB" || (p === "AUX" && syn.vgAt[before]! >= 0)) && !s.lex.speech.reports.has(w)) return false;
  return true;
}

/** The phrase and the phrases coordinated before it: "Russia, Belarus and Iran", "The U.S. and the EU". */
function withCoordinated(s: Sentence, np: NounPhrase): LexEntity[] | null {
  const head = entityOf(s, np);
  const out: LexEntity[] = [];
  if (head) out.push(...head.entities);
  let i = np.start - 1;
  for (let first = true; ; first = false) {
    let j = i;
    let linked = false;
    let conjoined = false;
    while (j >= 0 && [",", "and", "or", "as", "well", "both"].includes(lowerAt(s, j)) && i - j < 3) {
      linked = true;
      conjoined ||= lowerAt(s, j) !== ",";
      j--;
    }
    // ("after police killed a teenager, Nahel Merzouk, President Macron floated …": the last item of
    // a list follows "and" or "or"; a comma alone before the head joins no list)
    if (first && !conjoined) break;
    const prev = linked ? npEndingAt(s, j) : undefined;
    if (!prev) break;
    // "… its order against Apple, and Chinese officials condemned …": a preposition's object is
    // no conjunct of the subject; a new clause starts after it
    // ("companies like WhatsApp and Telegram, who argue": a list after "like" is the examples)
    if (
      syntaxOf(s).pos[prev.start - 1] === "ADP" &&
      !/^(?:of|like|including|as)$/.test(lowerAt(s, prev.start - 1))
    )
      break;
    // ("Russia fined Google, and Telegram criticized Apple": a verb's object is no conjunct either,
    // though the subject of a clause after a verb of saying is: "said Amnesty and HRW condemned")
    const before = prev.start - 1;
    const clauseLink = lowerAt(s, j + 1) === "," && COORDINATORS.has(lowerAt(s, j + 2)) && i - j === 2;
    if (clauseLink && syntaxOf(s).vgAt[before]! >= 0 && !s.lex.speech.reports.has(lowerAt(s, before))) break;
    const m = entityOf(s, prev);
    if (!m) break;
    out.unshift(...m.entities);
    i = prev.start - 1;
  }
  return out.length ? [...new Set(out)] : null;
}

/** The subject of the predicate whose verb group contains token `k`. */
export function frameSubject(s: Sentence, k: number, depth = 0): Found {
  if (depth > 4) return undefined;
  const vg = vgOf(s, k);
  if (!vg) return undefined;
  if (vg.infinitive) return controller(s, vg.start - 1, depth);
  // "to start cutting access", "began blocking": the aspectual verb's subject does the act
  const aspect = vg.form === "ing" ? vgOf(s, vg.start - 1) : undefined;
  if (aspect && ASPECTUAL.test(syntaxOf(s).lemma[aspect.main] ?? ""))
    return frameSubject(s, aspect.main, depth + 1);
  // "…, with Amnesty International condemning the move": the participle's own subject follows "with"
  const absolute = vg.form === "ing" ? withSubject(s, vg.start) : undefined;
  if (absolute) return found(absolute.entities, "with-subject");
  const before = lowerAt(s, vg.start - 1);
  if (vg.form === "ing" && PARTICIPLE_OPENERS.has(before)) {
    let main = previousVerb(s, vg.start - 1);
    // "X said Y was failing, calling it …": speech goes on as the speaker's, past the reported clause
    if (main && SPEECH.test(syntaxOf(s).lemma[vg.main] ?? ""))
      main = reportingVerb(s, main.start - 1) ?? main;
    // ("Maduro ordered X suspended, accusing …": the participle after the object is the causative's)
    const causer =
      main && !main.passive && main.form === "past" ? previousVerb(s, main.start - 1) : undefined;
    if (
      causer &&
      CAUSATIVE.has(lowerAt(s, causer.main)) &&
      !s.tokens.slice(causer.end, main!.start).some((t) => t.text === ",")
    )
      main = causer;
    return main ? via(frameSubject(s, main.main, depth + 1), "participial") : undefined;
  }
  return leftSubject(s, vg.start, depth);
}

/**
 * The name between "with" and a participle at `ing`, past an apposition: "with the minister, Rekha
 * Sharma, accusing it", "with Rejo Zenger of Bits of Freedom calling the ban …".
 */
function withSubject(s: Sentence, ing: number): Mention | undefined {
  let k = ing - 1;
  if (s.skipTo[k]! >= 0) k = s.skipTo[k]!;
  else if (lowerAt(s, k) === ",") k--;
  let m = mentionAt(s, k);
  if (!m) return undefined;
  // ("Net Freedom Iran": names side by side are one phrase)
  while (mentionAt(s, m.start - 1)) m = mentionAt(s, m.start - 1)!;
  // ("Rejo Zenger of Bits of Freedom": the person, not the body they are of)
  const of = lowerAt(s, m.start - 1) === "of" ? mentionAt(s, m.start - 2) : undefined;
  if (of && of.entities[0]!.category === "person") m = of;
  let w = m.start - 1;
  // over the phrase the name stands in apposition to: "with the then minister, Rekha Sharma,"
  if (lowerAt(s, w) === ",")
    for (let j = w - 1; j >= Math.max(0, w - 6); j--) {
      if (lowerAt(s, j) === "with") {
        w = j;
        break;
      }
      if (mentionAt(s, j) || /^[,;]$/.test(lowerAt(s, j))) break;
    }
  while (w >= 0 && /^(?:the|a|an)$/.test(lowerAt(s, w))) w--;
  return lowerAt(s, w) === "with" && !m.possessive ? m : undefined;
}

/** Participles that go on speaking or judging: "…, calling it", "…, adding that", "…, describing". */
const SPEECH = /^(?:call|describe|label|brand|term|add|say|warn|argue|insist|claim|note|dismiss|accuse)$/;

/** Demands made by speaking: "urged", "asked", "pressed". */
const DEMAND = /^(?:urge|ask|demand|press|appeal)$/;

/** The verb of saying whose complement the clause ending at `from` is, in the same clause. */
function reportingVerb(s: Sentence, from: number): VerbGroup | undefined {
  const syn = syntaxOf(s);
  for (let i = from; i >= 0; i--) {
    if (CLAUSE_STOP.has(lowerAt(s, i))) return undefined;
    if (s.lex.speech.reports.has(lowerAt(s, i)) && syn.vgAt[i]! >= 0) return syn.vgs[syn.vgAt[i]!];
  }
  return undefined;
}

function previousVerb(s: Sentence, from: number): VerbGroup | undefined {
  const syn = syntaxOf(s);
  for (let i = from; i >= 0; i--) {
    if (CLAUSE_STOP.has(lowerAt(s, i))) return undefined;
    const at = syn.vgAt[i]!;
    // ("during a televised event": a participle after a determiner qualifies a noun, no clause)
    if (at >= 0 && /^(?:a|an|the)$/.test(lowerAt(s, syn.vgs[at]!.start - 1))) continue;
    if (at >= 0) return syn.vgs[at];
  }
  return undefined;
}

/** Prepositions before a gerund that make it a phrase of the clause, not a clause of its own. */
const GERUND_PREPS = new Set([
  "for",
  "of",
  "by",
  "after",
  "before",
  "without",
  "about",
  "from",
  "in",
  "on",
  "against",
]);

export function leftSubject(s: Sentence, from: number, depth = 0): Found {
  const syn = syntaxOf(s);
  let i = from - 1;
  // "… and banned Facebook": a verb coordinated after another shares its subject
  let c = i;
  while (c >= 0 && syn.pos[c] === "ADV") c--;
  if (COORDINATORS.has(lowerAt(s, c)) || (lowerAt(s, c) === "," && COORDINATORS.has(lowerAt(s, c - 1)))) {
    let prev = previousVerb(s, c - 1);
    // ("thanked Apple for staying out of it, and wrote …": past a gerund inside a phrase)
    while (prev && prev.form === "ing" && GERUND_PREPS.has(lowerAt(s, prev.start - 1)))
      prev = previousVerb(s, prev.start - 2);
    // ("told Izvestia that users lost money, and said …": speech joins the verb of saying whose
    // complement ends before it, not the complement's own verb)
    // ("said the dissolution violated freedoms, and urged the government to …": so does a demand
    // after a comma; "said Beijing was concerned and urged India to …" is Beijing's)
    const lemma = syn.vgAt[from]! >= 0 ? (syn.lemma[syn.vgs[syn.vgAt[from]!]!.main] ?? "") : "";
    const speaks = SPEECH.test(lemma) || (DEMAND.test(lemma) && lowerAt(s, c - 1) === ",");
    if (prev && speaks) prev = reportingVerb(s, prev.start - 1) ?? prev;
    if (prev) return via(frameSubject(s, prev.main, depth + 1), "shared-subject");
    return undefined;
  }
  // "Amnesty and 20 other groups, including HRW and Article 19, condemned …": a plural noun with
  // examples set off by commas; its conjuncts and its examples are the subject
  const group = i === from - 1 && s.skipTo[i]! < 0 ? exampledGroup(s, i) : undefined;
  if (group) return found(group, "subject");
  for (let steps = 0; i >= 0 && steps < 40; steps++) {
    const w = lowerAt(s, i);
    if (CLAUSE_STOP.has(w)) return undefined;
    // "Telegram, which Roskomnadzor banned": an object relative clause's own subject acts
    const own = s.skipTo[i]! >= 0 ? mentionAt(s, i) : undefined;
    if (own && /^(?:which|that|whom)$/.test(lowerAt(s, ownStart(s, own.start) - 1)) && !own.possessive)
      return found(own.entities, "subject");
    // inside an apposition or a non-restrictive relative clause: its head is the candidate
    if (s.skipTo[i]! >= 0) {
      const head = mentionAt(s, s.skipTo[i]!)!;
      const np = npEndingAt(s, head.end - 1) ?? { start: head.start, end: head.end, head: head.end - 1 };
      if (subjectPosition(s, np) && !head.possessive) {
        // "Press freedom groups, including the CPJ, warned …": the examples act with the group
        const examples = /^(?:including|such|among|notably)$/.test(lowerAt(s, head.end + 1))
          ? s.mentions.filter((m) => m.start > head.end && m.end <= i + 1).flatMap((m) => m.entities)
          : [];
        const heads = withCoordinated(s, np);
        return found(heads ? [...new Set([...heads, ...examples])] : null, "subject");
      }
      i = head.start - 1;
      continue;
    }
    // a relative pronoun right before the verb: its antecedent
    if ((w === "which" || w === "who" || w === "that") && i === from - 1) {
      const ant = npEndingAt(s, lowerAt(s, i - 1) === "," ? i - 2 : i - 1);
      if (ant && entityOf(s, ant)) return found(withCoordinated(s, ant), "relative");
      // "passed a law that will bar children from …": what a law or an order does, its author does
      if (ant && matchAt(s.lex.actNouns, s.tokens, ant.head)) {
        const owner = ant.possessor ? entityOf(s, ant.possessor) : undefined;
        if (owner) return found(owner.entities, "act-relative");
        // ("voted on a bill that would ban …", "pushed for a law that …": over the verb's preposition)
        // ("vote as early as Saturday on a bill": over a time phrase too, with no name or comma in it)
        const over = /^(?:on|for)$/.test(lowerAt(s, ant.start - 1)) ? 1 : 0;
        const governing = previousVerb(s, ant.start - 1 - over);
        const between = governing ? s.tokens.slice(governing.end, ant.start - over) : [];
        const adjacent =
          governing &&
          (between.length === 0 ||
            (over === 1 &&
              between.length <= 5 &&
              between.every((_, n) => !mentionAt(s, governing.end + n) && between[n]!.text !== ",")));
        if (governing && adjacent) return via(frameSubject(s, governing.main, depth + 1), "act-relative");
        const author = s.ctx.lastAgent ?? s.ctx.home;
        return author ? found([author], "act-relative") : null;
      }
      if (w !== "that") return null;
    }
    const np = npEndingAt(s, i);
    if (np) {
      if (!subjectPosition(s, np)) {
        i = np.start - 1;
        continue;
      }
      const m = entityOf(s, np);
      if (m) return m.possessive ? null : found(withCoordinated(s, np), "subject");
      // "they blocked …", "it said …": a pronoun subject refers back
      if (np.end - np.start === 1 && syn.pos[np.start] === "PRON") {
        const refs = resolvePronoun(s, np.start, "agent");
        return refs ? found(refs, "pronoun-subject") : null;
      }
      return null;
    }
    // a complement clause's own subject was not found before its complementiser
    if (w === "that" && s.lex.speech.reports.has(lowerAt(s, i - 1))) return undefined;
    if (syn.vgAt[i]! >= 0 && i < from - 1) return undefined;
    i--;
  }
  return undefined;
}

/** "more than", "at least", "some", "nearly": words a count in a noun phrase may open with. */
const QUANTIFIER_HEAD = new Set([
  "more",
  "fewer",
  "less",
  "at",
  "some",
  "nearly",
  "about",
  "over",
  "almost",
  "roughly",
]);
const QUANTIFIER_TAIL = new Set(["than", "least"]);

/**
 * The entities of "A and N other groups, including B, C and D," ending at the comma `comma`: the
 * plural noun's conjuncts and the examples; undefined when the phrase before the examples is a name
 * (an apposition) or no plural common noun.
 */
function exampledGroup(s: Sentence, comma: number): LexEntity[] | undefined {
  if (lowerAt(s, comma) !== ",") return undefined;
  const { pos } = syntaxOf(s);
  for (let k = comma - 1; k > 0 && comma - k < 25; k--) {
    const w = lowerAt(s, k);
    if (CLAUSE_STOP.has(w)) return undefined;
    // (a verb ends the search, but not one inside a name, "Human Rights Watch", nor "including")
    const verb = (pos[k] === "VERB" || pos[k] === "AUX") && w !== "including";
    if (verb && !mentionAt(s, k)) return undefined;
    if (w !== ",") continue;
    const opener = lowerAt(s, k + 1);
    // (", among them Amnesty, HRW and Article 19,": the same examples)
    const among = opener === "among" && /^(?:them|those)$/.test(lowerAt(s, k + 2));
    if (opener !== "including" && !among && !(opener === "such" && lowerAt(s, k + 2) === "as")) continue;
    const np = npEndingAt(s, k - 1);
    if (!np || entityOf(s, np) || pos[np.head] !== "NOUN" || !/s$/.test(lowerAt(s, np.head)))
      return undefined;
    const examples = s.mentions.filter((m) => m.start > k && m.end <= comma).flatMap((m) => m.entities);
    if (examples.length === 0) return undefined;
    // ("A and more than two dozen other organisations": the quantifier belongs to the phrase)
    let start = np.start;
    if (QUANTIFIER_TAIL.has(lowerAt(s, start - 1)) && QUANTIFIER_HEAD.has(lowerAt(s, start - 2))) start -= 2;
    else if (QUANTIFIER_HEAD.has(lowerAt(s, start - 1)) && lowerAt(s, start - 1) !== "more") start--;
    return [...new Set([...(withCoordinated(s, { ...np, start }) ?? []), ...examples])];
  }
  return undefined;
}

/**
 * The token before a verbless phrase set off by commas that ends at `j` (", including A and B,", an
 * apposition), or `j` itself: what the phrase interrupts goes on before it.
 */
function beforeParenthetical(s: Sentence, j: number): number {
  if (lowerAt(s, j) !== ",") return j;
  const { pos } = syntaxOf(s);
  for (let k = j - 1; k > 0 && j - k <= 12; k--) {
    const w = lowerAt(s, k);
    if (w === ",") return k + 1 === j ? j : k - 1;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && w !== "including") return j;
  }
  return j;
}

/** The subject of an infinitive whose "to" is at token `to`. */
function controller(s: Sentence, to: number, depth: number): Found {
  const syn = syntaxOf(s);
  let j = to - 1;
  while (j >= 0 && syn.pos[j] === "ADV") j--;
  if (j < 0) return undefined;
  // "directed operators, including Safaricom and Airtel, to suspend": past a verbless phrase in commas
  j = beforeParenthetical(s, j);
  // "the government's decision this week to block": a time phrase between the noun and "to"
  const time = npEndingAt(s, j);
  if (time && TIME_WORDS.test(lowerAt(s, time.head)) && time.start > 0) j = time.start - 1;
  // "the first law in the country to ban": a prepositional phrase after the noun
  const inner = npEndingAt(s, j);
  if (inner && syn.pos[inner.start - 1] === "ADP") {
    const outer = npEndingAt(s, inner.start - 2);
    if (outer && CONTROL_NOUNS.test(lowerAt(s, outer.head))) j = outer.end - 1;
  }
  const w = lowerAt(s, j);
  // "Nigeria's decision to suspend", "the regulator's move to block", "a decision by the court to ban"
  const np = npEndingAt(s, j);
  if (np && CONTROL_NOUNS.test(lowerAt(s, np.head))) {
    if (np.possessor) {
      const owner = entityOf(s, np.possessor);
      if (owner) return found(owner.entities, "control");
      // "criticised the government's decision to block X": whoever the possessor is, never the critic
      // (no entities: the subject is known to be one this sentence cannot name)
      return { entities: [], how: "control" };
    }
    const governing = previousVerb(s, np.start - 1);
    if (governing && governing.end === np.start)
      return via(frameSubject(s, governing.main, depth + 1), "control");
    // "caught up in the order to shut 26 platforms": an act in a prepositional phrase is its author's;
    // "blocked Senate Bill 419, the first law to ban TikTok": so is a law in apposition
    const apposed = lowerAt(s, np.start - 1) === "," && LAWS.test(lowerAt(s, np.head));
    if ((syn.pos[np.start - 1] === "ADP" || apposed) && matchAt(s.lex.actNouns, s.tokens, np.head)) {
      const author = s.ctx.lastAgent ?? s.ctx.home;
      return author ? found([author], "control") : null;
    }
    return via(leftSubject(s, np.start, depth), "control");
  }
  // "decided to block", "threatened to ban", "is set to restrict"
  const vg = vgOf(s, j);
  if (vg) {
    if (OBJECT_CONTROL.test(w) && vg.passive) return undefined;
    return via(frameSubject(s, vg.main, depth + 1), "control");
  }
  // "ordered providers to block X", "urged citizens to use Max": the one who orders or urges
  if (np) {
    const governing = previousVerb(s, np.start - 1);
    if (governing && governing.end === np.start && OBJECT_CONTROL.test(lowerAt(s, governing.main))) {
      const orderer = via(frameSubject(s, governing.main, depth + 1), "control");
      // "The order issued by Roskomnadzor requires providers to block X": the act's author orders
      const act = orderer ? undefined : actAuthorAt(s, 0);
      return act && act.end <= governing.start ? found([act.author], "control") : orderer;
    }
    if (CAUSATIVE.has(lowerAt(s, np.start - 1)))
      return via(frameSubject(s, np.start - 1, depth + 1), "control");
  }
  return undefined;
}

/** Where a noun phrase begins that a mention ends: "which a Moscow court banned" (past "a"). */
export function ownStart(s: Sentence, start: number): number {
  return /^(?:the|a|an)$/.test(lowerAt(s, start - 1)) ? start - 1 : start;
}
