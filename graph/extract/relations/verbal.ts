// Verbal cues: active and passive voice, reduced relatives, participial clauses ("…, urging citizens
// to use Max"). Whether a cue is passive and whom an agentless one is credited to: passives.ts;
// objects left implicit: implicit.ts; causatives (causatives.ts), nominal, complement and
// reported-speech cues are handed to their modules.
import type { Modality } from "../../types.ts";
import type { Cue, LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { modalityAt } from "../modality.ts";
import { isPossessiveMarker } from "../tokens.ts";
import {
  modifiesNoun,
  findObjects,
  findSubject,
  mainSubject,
  mainSubjectOrNone,
  pronounObject,
  platformContent,
  relativeAntecedents,
} from "./arguments.ts";
import {
  darkeningAgent,
  preposedAgent,
  findAgent,
  placeAgent,
  reporterAfter,
  reporterBefore,
  sentenceCountry,
} from "./agents.ts";
import { coordinated, leftList } from "./coordination.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { frameSubject } from "./frames.ts";
import { bareAccessPatient, contentAct, implicitObject } from "./implicit.ts";
import { actingAgency, alongWith, isPassive, placesFrom } from "./passives.ts";
import {
  DESIGNATE,
  PRAISE,
  apposedActAuthor,
  criticisedAct,
  designationFollows,
  judgedPronoun,
  namesInQuote,
  platformRightAfter,
  towardPlatform,
} from "./judged.ts";
import { complement, nominal } from "./nominal.ts";
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
  CENSORS,
  NEGATIVE_INFINITIVE,
  PARTICIPLE_LEAD,
  TITLE_WORD,
  emit,
  hasContent,
  inAlleged,
  lowerAt,
  mentionAt,
  onPlatform,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

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

/** Verbs of a view held of an act: "agreed with blocking X", "opposed banning Y", "backed suspending Z". */
const VIEW =
  /^(?:agree|agrees|agreed|agreeing|support|supports|supported|supporting|back|backs|backed|backing|favour|favours|favoured|favor|favors|favored|welcome|welcomes|welcomed|oppose|opposes|opposed|opposing|reject|rejects|rejected|condemn|condemns|condemned|criticise|criticised|criticize|criticized|defend|defends|defended|justify|justified)$/;

/** Whether the gerund at `start` names an act the subject holds a view of, not one it does. */
function heldView(s: Sentence, start: number, cue: Cue): boolean {
  if (cue.form !== "ing") return false;
  let k = start - 1;
  if (/^(?:with|of|for|against)$/.test(lowerAt(s, k))) k--;
  if (/ly$/.test(lowerAt(s, k))) k--;
  return VIEW.test(lowerAt(s, k));
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
  // "told carriers to take measures against Telegram": vague unless the networks' operators do it
  if (cue.conditional === "ordered" && !toldOperators(s, start)) return;
  if (cue.conditional === "store") {
    let store = false;
    for (let i = end; i < Math.min(s.tokens.length, end + 20) && !store; i++)
      store =
        storeAt(s, i) ||
        // "took RT DE off the air", "was pulled off the air": a broadcaster taken off its channel
        (lowerAt(s, i) === "air" && lowerAt(s, i - 1) === "the" && lowerAt(s, i - 2) === "off");
    // "ordered the apps removed": removal on order is a block wherever it happens; so is "the
    // removal" with no object, which stands for a removal the article has reported
    const standing = cue.type === "noun" && lowerAt(s, end) !== "of";
    // ("Apple, which runs the store, said it had removed WhatsApp": the store named before the verb)
    store ||= s.tokens.slice(0, start).some((_, i) => storeAt(s, i));
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
      !hasContent(s, words, stems, end, Math.min(s.tokens.length, end + 25)) &&
      // ("told reporters that Azerbaijani meddling was real": a wrong named is a charge's content)
      !(cue.conditional === "negative" && namesWrong(s, end, Math.min(s.tokens.length, end + 25)))
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
    // ("Tsikhanouskaya's own Telegram channel was ruled extremist": the channel, not Telegram)
    if (CENSORS.has(action)) patients = patients.filter((p) => !platformContent(s, p) && !ownedChannel(s, p));
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
      const ordered = darkeningAgent(s, end) ?? preposedAgent(s, start);
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
  if ((CENSORS.has(action) || action === "fines") && (askedFor(s, start) || heldView(s, start, cue))) return;
  const framed = frameSubject(s, start);
  let subjects: LexEntity[];
  let rule: string;
  if (framed) [subjects, rule] = [framed.entities, `verbal.${framed.how}`];
  else {
    let subject: LexEntity | undefined;
    if (participial) {
      // ("the regulator throttled YouTube, accusing Google": a subject that names no one is not the object)
      const main = mainSubjectOrNone(s, start);
      subject =
        main === null
          ? undefined
          : (main ?? reporterBefore(s, start) ?? findSubject(s, start, cue) ?? undefined);
    } else {
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
  // "Mobile operators cut access to Twitter on orders from the NCC": who ordered it did it too
  if (CENSORS.has(action))
    for (const orderer of findAgent(s, end, true))
      if (orderer.kind === "actor" && !subjects.includes(orderer)) {
        const from = s.out.length;
        active(s, start, end, cue, orderer, "verbal.on-orders", participial, false, mod, [orderer]);
        // (one rule, whichever way the object was found: the order's author is not an act's doer)
        for (const r of s.out.slice(from)) r.rule = "verbal.on-orders";
      }
}

/** Whether tokens [from, to) name a wrong someone can be charged with ("meddling", "interference"). */
function namesWrong(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.lex.wrongs.has(lowerAt(s, k))) return true;
  return false;
}

/**
 * Whether the infinitive at `start` is what a country's network operators are told to do: "told
 * carriers to …", "internet providers were instructed to …".
 */
function toldOperators(s: Sentence, start: number): boolean {
  if (lowerAt(s, start - 1) !== "to") return false;
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) {
    if (/^[.;:]$/.test(lowerAt(s, k))) return false;
    if (mentionAt(s, k)?.entities.some((e) => s.lex.orderedAddressees.has(e.key))) return true;
  }
  return false;
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

/** "Tsikhanouskaya's own Telegram channel": someone's channel on a platform, not the platform. */
function ownedChannel(s: Sentence, m: Mention): boolean {
  if (!onPlatform(s, m)) return false;
  let k = m.start - 1;
  if (lowerAt(s, k) === "own") k--;
  return isPossessiveMarker(s.tokens[k]) || /^(?:his|her|their|its)$/.test(lowerAt(s, k));
}

/** A store at token `i`: the word, or a name of an app store. */
function storeAt(s: Sentence, i: number): boolean {
  return (
    /^(?:store|stores|storefront|storefronts)$/.test(lowerAt(s, i)) ||
    !!mentionAt(s, i)?.entities.some((e) => e.category === "app store")
  );
}
