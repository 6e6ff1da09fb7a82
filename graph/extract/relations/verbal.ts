// Verbal cues: active and passive voice, reduced relatives, participial clauses ("…, urging citizens
// to use Max"); causatives (causatives.ts), nominal, complement and reported-speech cues are handed
// to their modules.
import type { Action, Modality } from "../../types.ts";
import type { Cue, LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { rememberAct, type Mention } from "../mentions.ts";
import { modalityAt } from "../modality.ts";
import { isPossessiveMarker } from "../tokens.ts";
import {
  modifiesNoun,
  findObjects,
  findSubject,
  mainSubject,
  pronounObject,
  platformContent,
  relativeAntecedents,
  subjectLike,
} from "./arguments.ts";
import {
  darkeningAgent,
  findAgent,
  placeAgent,
  reporterAfter,
  reporterBefore,
  sentenceCountry,
} from "./agents.ts";
import { coordinated, leftList } from "./coordination.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { frameSubject } from "./frames.ts";
import {
  DESIGNATE,
  PRAISE,
  designationFollows,
  judgedPronoun,
  namesInQuote,
  platformRightAfter,
  towardPlatform,
} from "./judged.ts";
import { complement, nominal, topicPlatform } from "./nominal.ts";
import { reported } from "./reported.ts";
import {
  causativeSubject,
  causedList,
  causedParticiple,
  causedPassiveAgent,
  causativeVerb,
  relativeCausative,
} from "./causatives.ts";
import {
  AUX,
  BE,
  CENSORS,
  NEGATIVE_INFINITIVE,
  PARTICIPLE_LEAD,
  STATIVE,
  TITLE_WORD,
  emit,
  hasContent,
  inAlleged,
  lowerAt,
  mentionAt,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

/** Adverbs that may stand inside a passive verb group without "-ly": "has since been banned". */
const PASSIVE_ADVERB =
  /^(?:also|already|since|often|once|twice|again|long|still|even|never|sometimes|repeatedly|then|now|just)$/;

export function isPassive(s: Sentence, start: number, end: number, cue: Cue): boolean {
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
      lowerAt(s, i) === "all" ||
      // "has at times been restricted", "had already been blocked", "has since been banned"
      PASSIVE_ADVERB.test(lowerAt(s, i)) ||
      (lowerAt(s, i) === "times" && lowerAt(s, i - 1) === "at") ||
      (lowerAt(s, i) === "at" && lowerAt(s, i + 1) === "times") ||
      // 'was "blocked in China"': a quotation that opens on the participle
      ((lowerAt(s, i) === '"' || lowerAt(s, i) === "“") && i === start - 1))
  )
    i--;
  if (BE.has(lowerAt(s, i)) || STATIVE.test(lowerAt(s, i))) return true;
  // reduced relative: "an app owned by Durov", "platforms blocked in Russia"
  return lowerAt(s, end) === "by" || appositivePassive(s, start, end, cue);
}

/** Words of time that may stand between a comma and a participle: "Telegram, already blocked in July". */
const APPOSITIVE_ADVERB = /^(?:already|also|since|first|later|itself|then|once|long|previously|briefly)$/;
const PARTICIPLE_ADJUNCT =
  /^(?:in|on|since|over|for|during|after|until|last|by|from|across|earlier|nationwide)$/;

/**
 * "Telegram, already blocked in July over fraud, was listed …": a participle with an adjunct in
 * apposition to a platform says what was done to it.
 */
function appositivePassive(s: Sentence, start: number, end: number, cue: Cue): boolean {
  if (cue.form !== "past" && cue.type !== "participle") return false;
  let i = start - 1;
  while (i >= 0 && APPOSITIVE_ADVERB.test(lowerAt(s, i))) i--;
  if (lowerAt(s, i) !== "," || !PARTICIPLE_ADJUNCT.test(lowerAt(s, end))) return false;
  const before = mentionAt(s, i - 1);
  return !!before && before.end === i && before.entities[0]!.kind === "platform";
}

/** The places coordinated with the first one after a passive ("in Lithuania and Latvia"). */
function placesFrom(s: Sentence, end: number, first: LexEntity): LexEntity[] {
  let at = s.mentions.find((m) => m.start >= end && m.entities[0] === first);
  const out = [first];
  while (at) {
    let k = at.end;
    while (/^(?:,|and|or)$/.test(lowerAt(s, k)) && k < at.end + 2) k++;
    const next = k > at.end ? mentionAt(s, k) : undefined;
    at = next?.entities[0]!.roles.includes("government-national") ? next : undefined;
    if (at && !out.includes(at.entities[0]!)) out.push(at.entities[0]!);
  }
  return out;
}

/**
 * The last author of an act in the article when it is an agency of `country` (its regulator); not a
 * court, whose judgments each settle their own case.
 */
function actingAgency(s: Sentence, country: LexEntity | undefined): LexEntity | undefined {
  const last = s.ctx.lastAgent;
  return last && country && last.government === country.key && !last.roles.includes("court")
    ? last
    : undefined;
}

/** The platforms after "along with" / "together with" in the clause from `end`. */
export function alongWith(s: Sentence, end: number): Mention[] {
  for (let k = end; k < Math.min(s.tokens.length - 2, end + 10); k++) {
    const w = lowerAt(s, k);
    // (", along with …" goes on; any other comma ends the clause)
    if ((w === "," && !/^(?:along|together)$/.test(lowerAt(s, k + 1))) || /^(?:;|\.|but|while)$/.test(w))
      return [];
    if (/^(?:along|together)$/.test(w) && lowerAt(s, k + 1) === "with") {
      // "along with other foreign apps such as WhatsApp": past the class noun to its examples
      let f = k + 2;
      while (f < k + 7 && !mentionAt(s, f) && /^[\p{Ll}-]+$/u.test(s.tokens[f]?.text ?? "")) f++;
      const first = mentionAt(s, f);
      if (!first || first.entities[0]!.kind !== "platform") return [];
      return coordinated(s, first.end, [first]).filter((m) => m.entities[0]!.kind === "platform");
    }
  }
  return [];
}

const ASK =
  /^(?:urge|urges|urged|urging|press|presses|pressed|pressing|pressure|pressured|push|pushed|pushing|encourage|encouraged|lobby|lobbied|lobbying|implore|implored|appeal|appealed)$/;

/** Whether the infinitive at `start` is what a verb of asking asks its object to do. */
function askedFor(s: Sentence, start: number): boolean {
  let k = start - 1;
  if (/ly$/.test(lowerAt(s, k))) k--;
  if (lowerAt(s, k) !== "to") return false;
  for (let b = k - 1; b >= Math.max(0, k - 10); b--) {
    const w = lowerAt(s, b);
    if (ASK.test(w)) return true;
    if (w === "," || w === ";" || w === "." || (s.pos.has(b, "Verb") && !mentionAt(s, b) && w !== "and"))
      return false;
  }
  return false;
}

const GERUND_DETERMINER = /^(?:the|a|an|any|no|this|that|its|their|his|her|such|further|more)$/;

/** The noun cue of the same words and action as the gerund at [start, end), if the lexicon has one. */
function gerundNoun(s: Sentence, start: number, end: number, cue: Cue): Cue | undefined {
  const list = s.lex.cues.get(lowerAt(s, start)) ?? [];
  const words = s.tokens
    .slice(start, end)
    .map((t) => t.lower)
    .join(" ");
  return list.find(
    (p) =>
      p.value.type === "noun" && p.value.action === cue.action && p.tokens.join(" ").toLowerCase() === words,
  )?.value;
}

export function processCue(s: Sentence, start: number, end: number, cue: Cue): void {
  const { action } = cue;
  // "against any blocking of its service", "the banning of": a gerund after a determiner is a noun,
  // with no subject of its own
  // ("ordered the blocking of 59 apps": read as the noun it is, when the lexicon has it as one)
  if (cue.type === "verb" && cue.form === "ing" && GERUND_DETERMINER.test(lowerAt(s, start - 1))) {
    // (only a definite one: "any blocking of its service", "no blocking" name no act done)
    const noun = /^(?:the|this|its|their)$/.test(lowerAt(s, start - 1))
      ? gerundNoun(s, start, end, cue)
      : undefined;
    if (noun) processCue(s, start, end, noun);
    return;
  }
  // "questioned the minister about …": asking a person is no criticism; "questioned the legality of
  // the ban", "questioned whether the law was needed" are
  if (action === "criticizes" && syntaxOf(s).lemma[start] === "question") {
    let o = end;
    for (let n = 0; n < 4 && !mentionAt(s, o); n++) {
      const title = matchAt(s.lex.roleTitles, s.tokens, o);
      if (title) o += title.tokens.length;
      else if (TITLE_WORD.test(s.tokens[o]?.text ?? "") || /^(?:the|a|an)$/.test(lowerAt(s, o))) o++;
      else break;
    }
    if (mentionAt(s, o)?.entities[0]!.category === "person") return;
  }
  // "a court branded Nexta extremist", "declared the group terrorist": a designation is a ban
  // ("ruled NEXTA extremist": the ruling is the ban, not a charge besides it)
  if (
    (action === "criticizes" || action === "accuses") &&
    DESIGNATE.test(lowerAt(s, start)) &&
    designationFollows(s, end)
  )
    return processCue(s, start, end, { ...cue, action: "bans", conditional: undefined });
  // "X, then called Twitter", "formerly called": naming, not criticism
  // ("Access Now, a rights group, called the block shameful" is a judgement: no name follows);
  // "called for X to be unblocked", "called on Meta to …": a demand, not a judgement
  if (/^call(?:ed|s|ing)?$/.test(lowerAt(s, start)) && /^(?:for|on|upon)$/.test(lowerAt(s, end))) return;
  if (
    /^call(?:ed|s)?$/.test(lowerAt(s, start)) &&
    (/^(?:then|formerly|once|now|previously|later|also|officially|still)$/.test(lowerAt(s, start - 1)) ||
      (lowerAt(s, start - 1) === "," && mentionAt(s, end) !== undefined))
  )
    return;
  // "called it \"a TikTok ban\"": a name given to what "it" is; the platform in the name is no target
  // ('called it "a blatant act of censorship"', naming no one, still judges the act)
  if (
    /^(?:call|calls|called|calling|dubbed|branded|labelled|labeled)$/.test(lowerAt(s, start)) &&
    /^(?:it|this|them)$/.test(lowerAt(s, end)) &&
    /^["“]$/.test(s.tokens[end + 1]?.text ?? "") &&
    namesInQuote(s, end + 1)
  )
    return;
  // "ordered providers to block X", "ordered the site blocked": the ordered action is the relation
  if (action === "mandates") {
    for (let i = end; i < Math.min(s.tokens.length, end + 10); i++) {
      const other = matchAt(s.lex.cues, s.tokens, i);
      if (
        other &&
        other.value.action !== "mandates" &&
        other.value.type !== "complement" &&
        !modifiesNoun(s, i)
      )
        return;
    }
  }
  if (action === "modeled_on" || action === "alternative_to") {
    if (cue.type === "complement") return complement(s, start, end, action);
    // verbs "replace", "rival": X rivals Y
  }
  if (cue.conditional === "store") {
    let store = false;
    for (let i = end; i < Math.min(s.tokens.length, end + 20) && !store; i++)
      store =
        /^(?:store|stores|storefront|storefronts)$/.test(lowerAt(s, i)) ||
        !!mentionAt(s, i)?.entities.some((e) => e.category === "app store") ||
        // "took RT DE off the air", "was pulled off the air": a broadcaster taken off its channel
        (lowerAt(s, i) === "air" && lowerAt(s, i - 1) === "the" && lowerAt(s, i - 2) === "off");
    // "ordered the apps removed": removal on order is a block wherever it happens; so is "the
    // removal" with no object, which stands for a removal the article has reported
    const standing = cue.type === "noun" && lowerAt(s, end) !== "of";
    if (!store && !standing && !(cue.form === "past" && causedParticiple(s, start))) return;
  }
  if (cue.conditional === "negative" || cue.conditional === "favourable") {
    const words = cue.conditional === "negative" ? s.lex.negative : s.lex.favourable;
    const stems = cue.conditional === "negative" ? s.lex.negativeStems : s.lex.favourableStems;
    // "praised Koo", "hailed it", "recommended by Snowden": praise of a platform named right there
    // promotes it without further words ("backed the ban", "praised Meta's decision" still need them)
    const praisedPlatform =
      cue.conditional === "favourable" &&
      PRAISE.test(syntaxOf(s).lemma[start] ?? "") &&
      platformRightAfter(s, end);
    // ("questioned whether the orders were needed": doubting is itself the criticism)
    const doubted = syntaxOf(s).lemma[start] === "question" && lowerAt(s, end) === "whether";
    // ("pushing Russians toward Max": moving people toward a platform is promoting it)
    const toward = cue.conditional === "favourable" && towardPlatform(s, end);
    if (
      !praisedPlatform &&
      !doubted &&
      !toward &&
      !hasContent(s, words, stems, end, Math.min(s.tokens.length, end + 25))
    )
      return;
  }
  // "ordered staff to use Max" mandates it; "ordered the sale of TikTok" or "a ban ordered by" do not
  if (cue.conditional === "use" && !hasContent(s, s.lex.use, [], end, Math.min(s.tokens.length, end + 15)))
    return;
  let modality = modalityAt(s.tokens, start, end);
  if (modality === "negated") return;
  if (modality === "asserted" && inAlleged(s, start)) modality = "alleged";
  const mod = modality;

  if (cue.type === "noun") return nominal(s, start, end, cue, mod);
  if (cue.type === "participle" && !isPassive(s, start, end, cue)) {
    // "other banned services", "WhatsApp and other banned services"
    return;
  }
  const relCaused = cue.form === "past" ? relativeCausative(s, start) : undefined;
  if (relCaused) {
    for (const p of relCaused.patients)
      for (const e of p.entities) emit(s, relCaused.agent, action, e, mod, "verbal.relative-caused");
    return;
  }
  const orderedDone = cue.form === "past" && causedParticiple(s, start);
  if (orderedDone || isPassive(s, start, end, cue)) {
    let patients = orderedDone ? causedList(s, start) : leftList(s, start);
    // "Meta's Facebook and TikTok, owned by ByteDance": an item with its own owner is not this one's
    if (action === "owns") patients = patients.filter((p) => !isPossessiveMarker(s.tokens[p.start - 1]));
    // "Facebook was blocked in Bangladesh along with WhatsApp and Instagram": the companions too
    else if (patients.length > 0) patients = [...patients, ...alongWith(s, end)];
    // "Access was restricted over …, the watchdog said": bare access is to the platform in focus
    if (patients.length === 0 && CENSORS.has(action)) patients = bareAccessPatient(s, start);
    let agents = findAgent(s, end);
    // "The move was condemned by X", "…, a decision criticised by X and Y": the act's author
    if (patients.length === 0 && (action === "criticizes" || action === "accuses")) {
      const act = criticisedAct(s, start);
      if (act) patients = [act];
    }
    let rule = orderedDone ? "verbal.caused-participle" : "verbal.passive-agent";
    // "ordered that the site be blocked", "ordered X blocked": the one who orders
    const orderer = causedPassiveAgent(s, patients[0]?.start ?? start);
    if (agents.length === 0 && orderer) [agents, rule] = [[orderer], "verbal.caused-passive"];
    // ("was accused of", "was blamed for"; not "Durov's stated readiness", a participle of saying)
    const agentless =
      ["blocks", "restricts", "bans", "fines"].includes(action) ||
      (action === "accuses" && !cue.conditional) ||
      // "Max will be preinstalled on every phone": a requirement is the state's
      (action === "mandates" && !cue.conditional);
    if (agents.length === 0 && agentless) {
      const place = placeAgent(s, end);
      const country = sentenceCountry(s) ?? s.ctx.home;
      // "Roskomnadzor announced that Viber was blocked": the article's own country's agency that
      // reports it (a foreign ministry that reports a block did not do it)
      // ("Access to Discord was restricted, the regulator said": or after the clause, wherever it was)
      const reporter = (place ? undefined : reporterBefore(s, start)) ?? reporterAfter(s, end);
      const own = place ?? s.ctx.home;
      const agency = reporter && own && reporter.government === own.key ? reporter : undefined;
      // "was unavailable after the regulator ordered …": the one whose order it was
      const ordered = darkeningAgent(s, end);
      // "The Commission fined Apple. Meta was fined too": a fine is the one who fined last in the
      // article (a block, by custom, the country's)
      // ("The inquiry was closed. OpenAI was fined": else the country's agency that last acted, a
      // state's fines being its regulators')
      const finer =
        action === "fines" && !place
          ? (s.ctx.lastAgentOf?.get("fines") ?? actingAgency(s, country))
          : undefined;
      const agent = ordered ?? agency ?? place ?? finer ?? country;
      // "banned in Lithuania and Latvia": each place's government
      const places = !ordered && !agency && place ? placesFrom(s, end, place) : [];
      if (agent)
        [agents, rule] = [
          places.length > 1 ? places : [agent],
          ordered
            ? "verbal.passive-ordered"
            : agency
              ? "verbal.passive-reporter"
              : place
                ? "verbal.passive-place"
                : finer
                  ? "verbal.passive-discourse"
                  : "verbal.passive-agentless",
        ];
    }
    // "headed by Fahrettin Altun": a person at the head of an organisation represents it
    const leads = /^(?:head|led|lead|chair)/.test(lowerAt(s, start));
    for (const agent of agents)
      for (const p of patients)
        for (const e of p.entities) {
          if (leads && agent.category === "person") emit(s, agent, "represents", e, mod, "verbal.headed-by");
          else emit(s, agent, action, e, mod, rule);
        }
    return;
  }
  // "heads the military government": a person at the head of an organisation represents it
  const leadsActive = cue.conditional === "passive" && /^(?:head|lead|led|chair)/.test(lowerAt(s, start));
  // "access was cut" blocks, "cut prices" does not: an act verb only in the passive
  if (cue.conditional === "passive" && action !== "owns") return;
  // Active voice. A bare base form ("Russia Ban MAX") is a verb only after "to", a modal or a plural subject.
  if (cue.type === "verb" && cue.form === "base" && !baseVerbOk(s, start)) return;
  const before = lowerAt(s, start - 1);
  const participial =
    cue.form === "ing" &&
    (PARTICIPLE_LEAD.has(before) || (/ly$/.test(before) && PARTICIPLE_LEAD.has(lowerAt(s, start - 2))));
  // "urged Rakuten to shut Viber down", "pressed the minister to take RT off the air": an act urged
  // is not done, by the one who urges or the one urged ("asked a court to block" is a formal request,
  // which the asker carries out once granted)
  if ((CENSORS.has(action) || action === "fines") && askedFor(s, start)) return;
  const framed = frameSubject(s, start);
  let subjects: LexEntity[];
  let rule: string;
  if (framed) [subjects, rule] = [framed.entities, `verbal.${framed.how}`];
  else {
    let subject: LexEntity | undefined;
    if (participial)
      subject = mainSubject(s, start) ?? reporterBefore(s, start) ?? findSubject(s, start, cue) ?? undefined;
    else {
      const found = findSubject(s, start, cue);
      subject = found === undefined ? mainSubject(s, start) : (found ?? undefined);
    }
    rule = participial ? "verbal.participial" : "verbal.active";
    const causer = causativeSubject(s, start);
    if (causer) [subject, rule] = [causer, "verbal.causative"];
    // ("asked Apple and Google to pull Telegram": those asked are not its subject)
    else if (causativeVerb(s, start) >= 0) subject = undefined;
    subjects = subject ? [subject] : [];
  }
  for (const subject of subjects)
    active(s, start, end, cue, subject, rule, participial, leadsActive, mod, subjects);
}

/** The relations of an active predicate whose subject is known. */
function active(
  s: Sentence,
  start: number,
  end: number,
  cue: Cue,
  subject: LexEntity,
  subjectRule: string,
  participial: boolean,
  leadsActive: boolean,
  mod: Modality,
  coSubjects: LexEntity[] = [subject],
): void {
  const { action } = cue;
  let rule = subjectRule;
  if (action === "accuses" || action === "criticizes") {
    // ("protested that it had been refused access": a protest that states a claim)
    const protestThat = /^protest/.test(lowerAt(s, start)) && lowerAt(s, end) === "that";
    if (cue.conditional === "negative" && (s.lex.speech.carriesClaim.has(lowerAt(s, start)) || protestThat)) {
      return reported(s, start, end, subject, action, mod);
    }
  }
  // ("which it accused of being used by the opposition": a charge follows "of", the accused does not)
  const chargeFollows = action === "accuses" && lowerAt(s, end) === "of";
  let objects = chargeFollows ? [] : findObjects(s, end, action, action === "promotes" ? 12 : 8);
  // "urged supporters to use Max": the people urged are no object; what they are to use is
  const urged = objects[0];
  if (
    action === "promotes" &&
    urged &&
    urged.entities.every((e) => e.category === "group" || e.category === "person") &&
    lowerAt(s, urged.end) === "to"
  )
    objects = findObjects(s, urged.end + 1, action, 12);
  // "described the Tut.by ban as …", "condemned the ban on X": criticism of an act is of its author
  // ("questioned whether the orders were necessary": the act the complement judges)
  const judged =
    action === "criticizes" || action === "accuses"
      ? (actAuthorAt(s, end) ?? (lowerAt(s, end) === "whether" ? actAuthorAt(s, end + 1) : undefined))
      : undefined;
  if (judged && objects.length > 0 && objects[0]!.end <= judged.end + 2) objects = [];
  // "blamed the YouTube slowdowns on Google's failure": the one blamed comes after "on"
  if (action === "accuses" && /^blam/.test(lowerAt(s, start))) {
    for (let k = end; k < Math.min(s.tokens.length, end + 8); k++) {
      if (lowerAt(s, k) !== "on") continue;
      const blamed = mentionAt(s, k + 1) ?? mentionAt(s, k + 2);
      if (blamed) objects = [blamed];
      break;
    }
  }
  // "urged Venezuelans to abandon WhatsApp": turning people away is not promotion
  let act = action;
  if (action === "promotes" && objects.length > 0) {
    for (let i = end; i < objects[0]!.start; i++)
      // ("urged them not to delete the app" turns them back towards it)
      if (
        NEGATIVE_INFINITIVE.has(lowerAt(s, i)) &&
        ![i - 1, i - 2].some((k) => /^(?:not|never)$/.test(lowerAt(s, k)))
      )
        act = "criticizes";
  }
  // "bar children from holding accounts on platforms such as TikTok": the platforms they are kept from
  if (objects.length === 0 && CENSORS.has(action)) {
    const barred = barredFrom(s, end);
    if (barred.length > 0) [objects, rule] = [barred, "verbal.barred-from"];
  }
  // "The EU banned RT. Its president called it censorship": a judgement of "it" right after an act
  // is of the act, and so of its author (a charge, "accused it of", is of a thing)
  const actAuthor = objects.length === 0 && action === "criticizes" ? judgedPronoun(s, end) : undefined;
  if (actAuthor) {
    if (!ownAct(s, subject, actAuthor)) emit(s, subject, "criticizes", actAuthor, mod, "verbal.act-pronoun");
    return;
  }
  // "accused him of censorship": an object pronoun right after the verb
  if (objects.length === 0) {
    const p = pronounObject(s, end, coSubjects, CENSORS.has(action));
    if (p) [objects, rule] = [[p], "verbal.object-pronoun"];
  }
  // "Moscow blocked X, a step that Borrell called unfounded": the act the apposition names
  if (objects.length === 0 && (action === "criticizes" || action === "accuses")) {
    const author = apposedActAuthor(s, start);
    if (author) {
      if (!ownAct(s, subject, author)) emit(s, subject, "criticizes", author, mod, "verbal.act-relative");
      return;
    }
  }
  // "Facebook and WhatsApp, which Meta also owns": the object is the relative pronoun's antecedent
  if (objects.length === 0) {
    // ("Telegram channels that the state has labelled extremist": the channels, not Telegram)
    const rel = relativeAntecedents(s, start).filter((m) => !(CENSORS.has(action) && platformContent(s, m)));
    if (rel.length > 0) [objects, rule] = [rel, "verbal.relative-object"];
  }
  if (leadsActive) act = subject.category === "person" ? "represents" : act;
  // "Ollie Williams, who runs Cabin Radio": a person who runs an organisation heads it, not owns it
  if (action === "owns" && subject.category === "person" && /^(?:runs?|ran)$/.test(lowerAt(s, start)))
    act = "represents";
  // "condemned the push", "called Meta's decision deplorable": criticism of an act is of its author
  if (objects.length === 0 && (action === "criticizes" || action === "accuses")) {
    const target = judged;
    if (target)
      for (const t of actTargets(s, target.author))
        if (!ownAct(s, subject, t)) emit(s, subject, "criticizes", t, mod, "verbal.act-object");
  }
  for (const o of objects) for (const e of o.entities) emit(s, subject, act, e, mod, rule);
  if (objects.length === 0) {
    contentAct(s, end, subject, action, mod);
    implicitObject(s, start, end, subject, action, mod);
  }
  if (objects.length === 0 && participial && CENSORS.has(action)) {
    // "removed WhatsApp's domain, effectively blocking access": the main clause's platform
    const inMain = s.mentions.filter((m) => m.end <= start && m.entities[0]!.kind === "platform");
    const last = inMain[inMain.length - 1];
    if (last) emit(s, subject, action, last.entities[0]!, mod, "verbal.participial-main-object");
  }
  if (action === "accuses") {
    // "accused X of …": what follows is X's alleged act
    for (let i = end; i < s.tokens.length; i++)
      if (lowerAt(s, i) === "of") {
        s.alleged.push([i, chargeEnd(s, start, i)]);
        break;
      }
  }
}

/**
 * Where the charge of "accused X of …" ends: the sentence's end, unless the accusation is a relative
 * clause set off by commas ("Roskomnadzor, which accused Signal of breaking the law, blocked it"),
 * which ends at the comma before the main clause's verb.
 */
function chargeEnd(s: Sentence, cue: number, of: number): number {
  const relative = [1, 2, 3].some(
    (k) => /^(?:which|who)$/.test(lowerAt(s, cue - k)) && lowerAt(s, cue - k - 1) === ",",
  );
  if (!relative) return s.tokens.length;
  const { pos } = syntaxOf(s);
  for (let k = of + 1; k < s.tokens.length - 1; k++)
    if (lowerAt(s, k) === "," && (pos[k + 1] === "VERB" || pos[k + 1] === "AUX")) return k;
  return s.tokens.length;
}

/** Platforms after "<people> from <doing>" within a short clause: "bar minors from using X and Y". */
function barredFrom(s: Sentence, end: number): Mention[] {
  for (let i = end; i < Math.min(s.tokens.length, end + 7); i++) {
    if (lowerAt(s, i) !== "from") continue;
    for (let j = i + 1; j < Math.min(s.tokens.length, i + 12); j++) {
      const t = lowerAt(s, j);
      if ([".", ";", ":", "which", "who", "but", "because"].includes(t)) return [];
      const m = mentionAt(s, j);
      // "pulled the apps from its App Store": the company's own store is where, not what, it blocks
      if (m && /^(?:its|their)$/.test(lowerAt(s, i + 1))) return [];
      if (m && m.entities[0]!.kind === "platform") return coordinated(s, m.end, [m]);
    }
    return [];
  }
  return [];
}

export function baseVerbOk(s: Sentence, start: number): boolean {
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

/** What a block can reach besides a platform: "blocking news", "cut mobile internet". */
const CONTENT = /^(?:news|content|posts|links|articles|internet|mobile|data|websites|sites)$/;

/**
 * "Meta began blocking news in Canada": no platform is the object, but the act is Meta's, and "the
 * block" of the next sentence is that one: the article's last act and its author.
 */
function contentAct(s: Sentence, end: number, subject: LexEntity, action: Action, mod: Modality): void {
  // (a platform acts on what it carries: "Facebook blocked news for five days")
  if (!CENSORS.has(action) || mod === "hypothetical") return;
  const next = lowerAt(s, end);
  if (CONTENT.test(next === "the" || next === "all" ? lowerAt(s, end + 1) : next))
    rememberAct(s.ctx, subject, action);
}

/** "its service", "the platform" after a cue in an accusation: the accuser's own service. */
export function implicitObject(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  if (!CENSORS.has(action)) return;
  const next = lowerAt(s, end);
  const next2 = lowerAt(s, end + 1);
  // "told providers to start cutting access": access to what the article is about
  const accessAt = lowerAt(s, end - 1) === "access" ? end - 1 : next === "access" ? end : -1;
  const bareAccess = accessAt >= 0 && !accessTo(s, accessAt + 1);
  const topic = bareAccess && subject.kind === "actor" ? topicPlatform(s) : undefined;
  if (topic) return emit(s, subject, action, topic, mod, "verbal.topic-object");
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
    if (accuser && inAlleged(s, start))
      emit(s, subject, action, accuser.entities[0]!, mod, "verbal.implicit-object");
  }
}

/** "Access was restricted", "access has been cut": the subject is access to the article's platform. */
function bareAccessPatient(s: Sentence, start: number): Mention[] {
  let k = start - 1;
  while (k >= 0 && (AUX.has(lowerAt(s, k)) || /ly$/.test(lowerAt(s, k)))) k--;
  if (k === start - 1 || lowerAt(s, k) !== "access" || !/^(?:|,|and|but|that)$/.test(lowerAt(s, k - 1)))
    return [];
  const topic = topicPlatform(s);
  return topic
    ? [
        {
          start: k,
          end: k + 1,
          entities: [topic],
          surface: s.tokens[k]!.text,
          via: "pronoun",
          possessive: false,
        },
      ]
    : [];
}

/** Whether "access" is followed, before the clause ends, by what it is access to ("… inside Russia to 81 outlets"). */
function accessTo(s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.tokens.length, from + 6); k++) {
    const w = lowerAt(s, k);
    if (/^[,.;:]$/.test(w)) return false;
    if ((w === "to" || w === "for") && lowerAt(s, k + 1) !== "it") return true;
  }
  return false;
}

const CENSORING = new Set<Action>(["blocks", "restricts", "bans", "fines", "mandates"]);

/** Whether the clause before `k` is a passive with no agent: "… were arrested, …". */
function agentlessBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--)
    if (BE.has(lowerAt(s, j - 1)) && /(?:ed|en)$/.test(lowerAt(s, j)) && s.pos.has(j, "Verb"))
      return !s.tokens.slice(j + 1, k).some((t) => t.lower === "by");
  return false;
}

/**
 * The act a passive of criticism is about, as a mention of its author: the act noun phrase right
 * before the verb ("The ban was condemned by …"), or the apposition ", a decision criticised by …"
 * that stands for what the clause before it did (the act the sentence has reported, else the
 * phrase's own author).
 */
/**
 * ", a step that Borrell called unfounded", ", a move which Amnesty condemned": the author of the act
 * the sentence reported before the apposed act noun whose relative clause the verb at `verb` is in.
 */
function apposedActAuthor(s: Sentence, verb: number): LexEntity | undefined {
  let i = verb - 1;
  while (i >= 0 && (AUX.has(lowerAt(s, i)) || /ly$/.test(lowerAt(s, i)))) i--;
  const subject = mentionAt(s, i);
  if (!subject) return undefined;
  const rel = /^(?:the|a|an)$/.test(lowerAt(s, subject.start - 1)) ? subject.start - 2 : subject.start - 1;
  if (!/^(?:that|which)$/.test(lowerAt(s, rel))) return undefined;
  for (let a = rel - 1; a >= Math.max(1, rel - 4); a--) {
    const act = actAuthorAt(s, a);
    if (!act || act.end !== rel || lowerAt(s, a - 1) !== ",") continue;
    // ("blocked more than 80 outlets, a step …": an act on no named platform is its clause's subject's)
    const censored = s.tokens.slice(0, a).some((_, k) => {
      const cue = matchAt(s.lex.cues, s.tokens, k);
      return !!cue && cue.value.type === "verb" && CENSORING.has(cue.value.action);
    });
    return (
      s.out.filter((r) => CENSORING.has(r.action)).at(-1)?.subject ??
      (censored ? mainSubject(s, a - 1) : undefined)
    );
  }
  return undefined;
}

function criticisedAct(s: Sentence, verb: number): Mention | undefined {
  let v = verb - 1;
  while (
    v >= 0 &&
    /^(?:was|were|is|are|been|has|have|had|be|being|widely|also|quickly|sharply)$/.test(lowerAt(s, v))
  )
    v--;
  // "The decree, criticised by Amnesty, …": a participle set off after the act
  if (lowerAt(s, v) === "," && v === verb - 1) v--;
  for (let a = v; a >= Math.max(0, v - 4); a--) {
    const act = actAuthorAt(s, a);
    if (!act || act.end !== v + 1) continue;
    const apposed = lowerAt(s, a - 1) === ",";
    // ("… and Protasevich was arrested, a step condemned by the EU": an act no one is named for is the
    // state's, whoever acted last in the article)
    const done = apposed
      ? (s.out.filter((r) => CENSORING.has(r.action)).at(-1)?.subject ??
        (agentlessBefore(s, a - 1) ? s.ctx.home : undefined))
      : undefined;
    const author = done ?? act.author;
    const surface = s.tokens
      .slice(a, v + 1)
      .map((t) => t.text)
      .join(" ");
    return { start: a, end: v + 1, entities: [author], surface, via: "descriptor", possessive: false };
  }
  return undefined;
}
