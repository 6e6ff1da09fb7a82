// Reported speech and attribution: "X said (that) Y failed to …", "according to X, Y …".
import type { Action, Modality } from "../../types.ts";
import type { LexEntity } from "../lexicon.ts";
import type { Mention } from "../mentions.ts";
import { staysAvailable } from "../lists.ts";
import { matchAt } from "../match.ts";
import { isPossessiveMarker } from "../tokens.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { coordinated } from "./coordination.ts";
import { latestPerson, resolvePronoun } from "./pronouns.ts";
import {
  emit,
  hasContent,
  hasVerbCue,
  lowerAt,
  mentionAt,
  onPlatform,
  recentActAuthor,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

/** "X said (that) Y failed to …": an accusation against Y when the clause is negative. */
export function reported(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  // "…, with Judge X writing that …": a court's opinion, which states the law rather than charges
  if (lowerAt(s, start) === "writing" && withWriter(s, start)) return;
  // "wrote on Facebook that …", "said in a post on X that …": the medium is not the one accused
  let i = pastMedium(s, end);
  // "told the Interfax news agency that …", "told Reuters it was …": past the addressee, who is
  // told, never accused
  // "warned last week that …": past a time phrase to the complementiser
  if (lowerAt(s, i) !== "that") {
    const told = /^tel|^told/.test(lowerAt(s, start));
    const addressee = told ? (mentionAt(s, i) ?? mentionAt(s, i + 1)) : undefined;
    let k = i;
    while (k < Math.min(s.tokens.length, i + (told ? 10 : 5)) && lowerAt(s, k) !== "that") {
      if ([",", ";", ".", '"'].includes(lowerAt(s, k))) break;
      // a time phrase, not a clause of its own ("said the decision was wrong and that …")
      if (!told && (mentionAt(s, k) || s.pos.has(k, "Verb") || matchAt(s.lex.actNouns, s.tokens, k))) break;
      k++;
    }
    if (lowerAt(s, k) === "that") i = k;
    // "told providers to block X" is an order, which the infinitive's own cue reads: no claim
    else if (addressee && lowerAt(s, addressee.end) === "to") return;
    else if (addressee) i = addressee.end;
    else if (told) return;
  }
  if (lowerAt(s, i) === "that") i++;
  // what is said runs to the sentence's end, or to a verb of saying joined after it ("…, and said …"),
  // whose own words the speaker asserts saying
  let said = end;
  while (
    said < s.tokens.length &&
    !(lowerAt(s, said) === "and" && s.lex.speech.reports.has(lowerAt(s, said + 1)))
  )
    said++;
  s.alleged.push([end, said]);
  const first = claim(s, start, i, subject, action, mod, undefined);
  // "said the app was a favourite tool of rioters, and that its algorithms spread calls to violence":
  // each clause the verb of saying governs is a claim of its own
  for (let k = i + 1; k < s.tokens.length - 2; k++)
    if (lowerAt(s, k) === "and" && lowerAt(s, k + 1) === "that" && lowerAt(s, k - 1) === ",")
      claim(s, start, k + 2, subject, action, mod, first);
}

/** Adverbs around the modal of advice: "should instead impose", "also needs to". */
const ADVICE_ADVERB = /^(?:also|instead|now|still|first|rather)$/;

/**
 * "said lawmakers should instead impose a duty of care on platforms for harmful content": what the
 * one spoken of ought to do is advice to them, and the wrongs it names are others'. Being told what
 * should happen to one ("should be blocked") is no advice.
 */
function recommends(s: Sentence, at: number): boolean {
  let v = at;
  while (ADVICE_ADVERB.test(lowerAt(s, v))) v++;
  const modal = /^(?:should|must|ought)$/.test(lowerAt(s, v))
    ? v + (lowerAt(s, v + 1) === "to" ? 2 : 1)
    : /^(?:need|needs|needed)$/.test(lowerAt(s, v)) && lowerAt(s, v + 1) === "to"
      ? v + 2
      : -1;
  if (modal < 0) return false;
  let w = modal;
  while (ADVICE_ADVERB.test(lowerAt(s, w))) w++;
  return !/^(?:be|not|never|have|stop)$/.test(lowerAt(s, w)) && s.pos.upos(w) === "VERB";
}

const CITING = /^(?:cite|cites|cited|citing|invoke|invokes|invoked|invoking)$/;

/** Whether the verb after the claim's subject (at `at`) is one of giving reasons: "had cited". */
function citesReasons(s: Sentence, at: number): boolean {
  let v = at;
  while (/^(?:had|has|have|also|only)$/.test(lowerAt(s, v))) v++;
  return CITING.test(lowerAt(s, v));
}

/** "said platforms including Facebook and X had failed …": the first example after a class noun at `i`. */
function examplesOf(s: Sentence, i: number): Mention | undefined {
  for (let k = i; k < Math.min(s.tokens.length, i + 4); k++) {
    const w = lowerAt(s, k);
    const at =
      w === "including" || w === "like" ? k + 1 : w === "such" && lowerAt(s, k + 1) === "as" ? k + 2 : -1;
    if (at >= 0) return mentionAt(s, at);
    if (mentionAt(s, k) || /^[,.;:]$/.test(w)) return undefined;
  }
  return undefined;
}

/** "said Azerbaijani meddling was real": the government a demonym names, before a wrong. */
function demonymWrong(s: Sentence, i: number): Mention | undefined {
  const dem = matchAt(s.lex.demonyms, s.tokens, i);
  const end = i + (dem?.tokens.length ?? 0);
  if (!dem || !dem.value.roles.includes("government-national") || !s.lex.wrongs.has(lowerAt(s, end)))
    return undefined;
  return { start: i, end, entities: [dem.value], surface: s.tokens[i]!.text, via: "name", possessive: false };
}

/** "said the messenger Viber had …": the name a noun phrase opening at `i` ends with. */
function apposedName(s: Sentence, i: number): Mention | undefined {
  const syn = syntaxOf(s);
  const np = syn.npAt[i]! >= 0 ? syn.nps[syn.npAt[i]!] : undefined;
  if (!np || np.start !== i || np.possessor) return undefined;
  const m = mentionAt(s, np.end - 1);
  // a name, after nouns of its kind only ("the way the app failed" holds a phrase of its own)
  const kindOnly =
    m && s.tokens.slice(i + 1, m.start).every((_, k) => /^(?:NOUN|ADJ)$/.test(s.pos.upos(i + 1 + k) ?? ""));
  return m && m.end === np.end && m.via !== "descriptor" && kindOnly ? m : undefined;
}

/** What a platform carries, which a claim can fault it for: "material spread on the platform". */
const CARRIED = /^(?:material|materials|content|posts|messages|videos|information|publications)$/;
const SPREAD = /^(?:spread|posted|shared|published|hosted|circulated|circulating|distributed|available)$/;

/**
 * "argued that material spread on Telegram could be used by terrorists": a claim whose subject is
 * what a platform carries faults the platform; its mention, standing for the claim's subject.
 */
function carrierOf(s: Sentence, i: number): Mention | undefined {
  if (!CARRIED.test(lowerAt(s, i))) return undefined;
  const on = SPREAD.test(lowerAt(s, i + 1)) ? i + 2 : i + 1;
  const platform = lowerAt(s, on) === "on" ? mentionAt(s, on + 1) : undefined;
  return platform?.entities[0]!.kind === "platform" && !platform.possessive ? platform : undefined;
}

/** The possessive pronouns that, opening a second claim, are the first claim's subject's. */
const CLAIM_POSSESSIVES = new Set(["its", "their"]);

/**
 * The claim that starts at token `i`: an accusation of its subject when it is negative, else a
 * criticism of the act it judges. Returns the claim's subject, for a claim that follows ("and that
 * its …").
 */
function claim(
  s: Sentence,
  start: number,
  i: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
  previous: Mention | undefined,
): Mention | undefined {
  const possessor =
    previous && CLAIM_POSSESSIVES.has(lowerAt(s, i)) && !mentionAt(s, i)
      ? { ...previous, start: i, end: i + 1, possessive: false }
      : undefined;
  const m =
    possessor ??
    mentionAt(s, i) ??
    mentionAt(s, i + 1) ??
    apposedName(s, i) ??
    demonymWrong(s, i) ??
    examplesOf(s, i) ??
    carrierOf(s, i);
  // "said that Iran was blocking Instagram" reports an act, which its own cue reads; no accusation
  // (an allegation of the act still accuses: "alleging the state is restricting access")
  // ("said Steam, Dota 2 and Counter-Strike had been blocked": the act comes after the whole list)
  const listEnd = m ? (coordinated(s, m.end, [m]).at(-1)?.end ?? m.end) : 0;
  const reportsAct =
    m &&
    s.lex.speech.neutral.has(lowerAt(s, start)) &&
    s.tokens.slice(listEnd, listEnd + 6).some((_, k) => {
      const c = matchAt(s.lex.cues, s.tokens, listEnd + k);
      // "said Telegram had failed to remove …", "ignored requests to delete …": an act not done
      const undone = hasContent(s, s.lex.negative, s.lex.negativeStems, m.end, listEnd + k);
      return c && c.value.type === "verb" && REPORTED_ACTS.has(c.value.action) && !undone;
    });
  // "said the regulator had cited national security concerns": the reasons the one spoken of gave,
  // not a wrong it did
  if (m && citesReasons(s, m.end)) return m;
  // the complement clause ends where another begins ("…, while Meta continued to …")
  const until = m ? clauseEnd(s, m.end) : s.tokens.length;
  // "said YouTube channels linked to RT were being blocked": channels on a platform are not the platform
  if (
    m &&
    !reportsAct &&
    !recommends(s, m.end) &&
    !onPlatform(s, m) &&
    // ("said Azerbaijani meddling in the territory was real": a wrong the subject is named as doing)
    (hasContent(s, s.lex.negative, s.lex.negativeStems, m.end, until) ||
      s.lex.wrongs.has(lowerAt(s, m.end + (isPossessiveMarker(s.tokens[m.end]) ? 1 : 0)))) &&
    // "said Congress had reasonably judged a sale necessary because of the app's data collection":
    // the negative words are the concerns it acted on, and the statement approves of it
    !endorses(s, m.end, until)
  ) {
    // "said the government was going in the wrong direction": a judgement, not a charge
    const act = action === "accuses" && judgesOnly(s, m.end, until) ? "criticizes" : action;
    // "Kremlin spokesman Dmitry Peskov told reporters that Russia would respond": not against his own side
    // ("said Google and Apple had abused their positions": each of the claim's subjects)
    const charged = possessor ? [m] : coordinated(s, m.end, [m]);
    for (const c of charged)
      for (const e of c.entities) if (!ownAct(s, subject, e)) emit(s, subject, act, e, mod, "reported.claim");
    return m;
  }
  // "said the law had been rushed": a judgement of an act is one of its author
  const act = m ? undefined : (actAuthorAt(s, i) ?? actPronounAt(s, i, subject));
  if (
    act &&
    !ownAct(s, subject, act.author) &&
    hasContent(s, s.lex.negative, s.lex.negativeStems, act.end, s.tokens.length)
  ) {
    for (const t of actTargets(s, act.author))
      if (!ownAct(s, subject, t)) emit(s, subject, "criticizes", t, mod, "reported.act");
  } else if (!m && !act) treatedBy(s, i, subject, mod);
  return m;
}

const SPEAKER_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
const PASSIVE_BE = /^(?:was|were|is|are|been|being)$/;

/**
 * "Kenya's foreign ministry protested that it had been refused consular access": a wrong done to the
 * speaker with no agent named is done by the state the article is about (as an agentless act is), and
 * the complaint criticizes it. Not when the wrong is a block, which its own cue reads.
 */
function treatedBy(s: Sentence, i: number, speaker: LexEntity, mod: Modality): void {
  if (!SPEAKER_PRONOUNS.has(lowerAt(s, i))) return;
  let v = i + 1;
  if (/^(?:had|has|have)$/.test(lowerAt(s, v))) v++;
  if (!PASSIVE_BE.test(lowerAt(s, v)) || !/(?:ed|en|wn)$/.test(lowerAt(s, v + 1))) return;
  const until = clauseEnd(s, v);
  // the participle itself names the wrong: "refused", "denied", "harassed"
  if (!hasContent(s, s.lex.negative, s.lex.negativeStems, v + 1, v + 2)) return;
  if (
    hasVerbCue(s, v + 1, until, REPORTED_ACTS) ||
    s.tokens.slice(v + 1, until).some((t) => t.lower === "by")
  )
    return;
  const state = s.ctx.home;
  if (state && !ownAct(s, speaker, state)) emit(s, speaker, "criticizes", state, mod, "reported.treated");
}

/**
 * "Nepal banned 26 platforms. A press freedom advocate warned it would undermine …": a person
 * cannot be the "it" of their own claim, so when the claim's subject is that pronoun, acting
 * ("it would", "it sets"), it stands for the act the sentence before reported, and the judgement is
 * of its author.
 */
function actPronounAt(
  s: Sentence,
  i: number,
  speaker: LexEntity,
): { author: LexEntity; end: number } | undefined {
  if (speaker.category !== "person" || lowerAt(s, i) !== "it") return undefined;
  const author = recentActAuthor(s);
  if (!author) return undefined;
  const { vgs, vgAt } = syntaxOf(s);
  const vg = vgAt[i + 1]! >= 0 ? vgs[vgAt[i + 1]!] : undefined;
  // ('it would "silence a generation"': a quotation after the modal leaves it no verb group)
  const modal = /^(?:would|will|could|can|may|might)$/.test(lowerAt(s, i + 1));
  return (vg && !vg.passive) || modal ? { author, end: i + 1 } : undefined;
}

/** "with Senior Judge Douglas Ginsburg writing": the writer, past a title, follows "with". */
function withWriter(s: Sentence, start: number): boolean {
  const m = s.mentions.find((x) => x.end === start);
  if (!m) return false;
  let k = m.start - 1;
  while (k >= 0 && m.start - k < 5 && /^\p{Lu}/u.test(s.tokens[k]!.text)) k--;
  return lowerAt(s, k) === "with";
}

/**
 * Whether tokens [from, to) approve of the one spoken of or say they are content with what happened
 * ("had reasonably judged", "was pleased the court had rejected …"); being pleased to do something
 * is no approval ("was pleased to ignore the court").
 */
function endorses(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, s.tokens.length); k++) {
    const p = matchAt(s.lex.endorsement, s.tokens, k);
    if (p && lowerAt(s, k + p.tokens.length) !== "to") return true;
  }
  return false;
}

/** Whether every negative word in tokens [from, to) only judges ("wrong", "unacceptable"). */
function judgesOnly(s: Sentence, from: number, to: number): boolean {
  let seen = false;
  for (let i = from; i < Math.min(to, s.tokens.length); i++) {
    const p = matchAt(s.lex.negative, s.tokens, i);
    const w = lowerAt(s, i);
    const stem = p ? undefined : s.lex.negativeStems.find((x) => w.startsWith(x));
    const hit = p ? p.tokens.join(" ").toLowerCase() : stem;
    if (hit === undefined) continue;
    if (!s.lex.judgement.has(hit)) return false;
    seen = true;
  }
  return seen;
}

/** Past "on <platform>", "in <outlet>" or "in a post on <platform>" at `i`: where something was said. */
function pastMedium(s: Sentence, i: number): number {
  if (!/^(?:on|in)$/.test(lowerAt(s, i))) return i;
  let j = i + 1;
  // "in a post on X", "in a statement on its website"
  if (
    /^(?:a|an|the|its|his|her|their)$/.test(lowerAt(s, j)) &&
    /^(?:post|statement|message|video|tweet|letter|column|interview)s?$/.test(lowerAt(s, j + 1))
  ) {
    if (!/^(?:on|in)$/.test(lowerAt(s, j + 2))) return j + 2;
    j += 3;
  }
  const m = mentionAt(s, j) ?? (lowerAt(s, j) === "the" ? mentionAt(s, j + 1) : undefined);
  const e = m?.entities[0];
  return m && e && (e.kind === "platform" || e.category === "media") ? m.end : i;
}

export function accordingTo(s: Sentence): void {
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
        for (const e of target.entities)
          emit(s, src.entities[0]!, "accuses", e, "alleged", "reported.according-to");
    }
  }
}

/** Acts whose own cue reads them when reported: "said the regulator had ordered the apps removed". */
const REPORTED_ACTS = new Set(["blocks", "restricts", "bans", "fines", "mandates", "accuses"]);

/** Where the clause starting at `from` ends: a semicolon, or a comma before a new clause. */
function clauseEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.tokens.length; k++) {
    const w = lowerAt(s, k);
    if (w === ";" || w === ":" || w === "while" || w === "whereas") return k;
    if (w === "," && /^(?:while|but|and|although|whereas|then|as)$/.test(lowerAt(s, k + 1))) return k;
  }
  return s.tokens.length;
}

const QUOTES = new Set(['"', "“", "”", "'"]);

/**
 * '"This is a step into censorship," Alario told the paper': a judgement of what "this" or "it"
 * stands for, the act the article just reported, with its speaker after it, criticizes the act's
 * author.
 */
function judgedActBefore(s: Sentence, open: number): void {
  if (!/^(?:this|that|it)$/.test(lowerAt(s, open)) || !/^(?:is|was|would|will)$/.test(lowerAt(s, open + 1)))
    return;
  const author = recentActAuthor(s);
  if (!author) return;
  for (let k = open + 2; k < s.tokens.length; k++) {
    if (lowerAt(s, k) !== ",") continue;
    const j = QUOTES.has(lowerAt(s, k + 1)) ? k + 2 : k + 1;
    const frame = speakerFrame(s, j);
    if (!frame || !closes(s, frame.end)) continue;
    if (!hasContent(s, s.lex.negative, s.lex.negativeStems, open + 2, k)) return;
    for (const speaker of frame.speakers)
      if (speaker.kind === "actor" && !ownAct(s, speaker, author))
        emit(s, speaker, "criticizes", author, frame.mod, "reported.postposed-act");
    return;
  }
}

/**
 * A claim whose speaker comes after it: "The service did not protect its users, Sidorenko said",
 * "… kept ignoring the law, said Nemkin", "The firm, he said, kept ignoring Russian law". The
 * speaker accuses the claim's subject when the claim is negative, as with "X said (that) Y …".
 */
export function postposedSpeaker(s: Sentence): void {
  const open = QUOTES.has(lowerAt(s, 0)) ? 1 : 0;
  const target = mentionAt(s, open);
  if (!target) return judgedActBefore(s, open);
  if (target.possessive || onPlatform(s, target)) return;
  // "The service stayed usable with circumvention switched on, it added": a report that a platform
  // still works charges it with nothing
  if (staysAvailable(s.tokens, target)) return;
  for (let k = target.end; k < s.tokens.length; k++) {
    if (lowerAt(s, k) !== ",") continue;
    let j = k + 1;
    if (QUOTES.has(lowerAt(s, j))) j++;
    const frame = speakerFrame(s, j);
    if (!frame) continue;
    const interposed = lowerAt(s, frame.end) === ",";
    if (!interposed && !closes(s, frame.end)) continue;
    const [from, to] = interposed ? [frame.end + 1, s.tokens.length] : [target.end, k];
    if (!hasContent(s, s.lex.negative, s.lex.negativeStems, from, to) || reportsAct(s, from, to)) return;
    // asked last: it needs the sentence's verb groups, which most sentences never need
    if (!activeSubject(s, target.end)) return;
    for (const speaker of frame.speakers)
      for (const e of target.entities)
        if (speaker.kind === "actor" && !ownAct(s, speaker, e))
          emit(s, speaker, "accuses", e, frame.mod, "reported.postposed");
    return;
  }
}

/** "Sidorenko said", "he was quoted as saying", "said Anton Nemkin" starting at token `j`. */
function speakerFrame(
  s: Sentence,
  j: number,
): { speakers: LexEntity[]; end: number; mod: Modality } | undefined {
  const verbAt = (v: number): number => {
    // ("…, Sidorenko said", "…, said Nemkin": a verb of saying that can follow its claim)
    if (s.lex.speech.attributes.has(lowerAt(s, v))) return v + 1;
    const quoted = ["was", "is"].includes(lowerAt(s, v)) && lowerAt(s, v + 1) === "quoted";
    return quoted && lowerAt(s, v + 2) === "as" && lowerAt(s, v + 3) === "saying" ? v + 4 : -1;
  };
  // "The messenger, in his words, continues to ignore …", "…, in the words of Anton Nemkin, …"
  const words = inWords(s, j);
  if (words) return words;
  // "…, the Council said"
  if (lowerAt(s, j) === "the" && mentionAt(s, j + 1)) j++;
  const before = mentionAt(s, j);
  const pronoun = before ? undefined : resolvePronoun(s, j, "agent");
  if (before || pronoun) {
    const after = verbAt(before ? before.end : j + 1);
    if (after < 0 || (before && before.possessive)) return undefined;
    return { speakers: before ? before.entities : pronoun!, end: after, mod: "asserted" };
  }
  // "…, said Anton Nemkin, a member of the Duma."
  const after = verbAt(j);
  const speaker = after > 0 && lowerAt(s, j) !== "told" ? mentionAt(s, after) : undefined;
  if (!speaker || speaker.possessive) return undefined;
  let end = speaker.end;
  if (lowerAt(s, end) === ",") while (end < s.tokens.length && lowerAt(s, end) !== ".") end++;
  return { speakers: speaker.entities, end, mod: "asserted" };
}

/** "in his words", "in the words of X" at `j`: the one whose words they are. */
function inWords(s: Sentence, j: number): { speakers: LexEntity[]; end: number; mod: Modality } | undefined {
  if (lowerAt(s, j) !== "in") return undefined;
  if (/^(?:his|her)$/.test(lowerAt(s, j + 1)) && lowerAt(s, j + 2) === "words") {
    const person = latestPerson(s, j);
    return person ? { speakers: [person], end: j + 3, mod: "asserted" } : undefined;
  }
  if (lowerAt(s, j + 1) === "the" && lowerAt(s, j + 2) === "words" && lowerAt(s, j + 3) === "of") {
    const m = mentionAt(s, j + 4);
    return m && !m.possessive ? { speakers: m.entities, end: m.end, mod: "asserted" } : undefined;
  }
  return undefined;
}

/** Whether the sentence ends at `i`, past a short time or addressee phrase ("told reporters on Friday"). */
function closes(s: Sentence, i: number): boolean {
  for (let k = i; k < Math.min(s.tokens.length, i + 7); k++) {
    const w = lowerAt(s, k);
    if (w === "." || w === "!" || (k === s.tokens.length - 1 && QUOTES.has(w))) return true;
    if (w === "that" || w === "," || w === ";" || matchAt(s.lex.cues, s.tokens, k)) return false;
  }
  return i >= s.tokens.length;
}

/**
 * Whether the claim reports an act on someone it names, which the act's own cue reads ("X blocked
 * Viber, Y said"); "failed to remove banned content" names no one acted on.
 */
function reportsAct(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = matchAt(s.lex.cues, s.tokens, k);
    if (!c || !REPORTED_ACTS.has(c.value.action)) continue;
    for (let j = k + c.tokens.length; j < to; j++) if (mentionAt(s, j)) return true;
  }
  return false;
}

/**
 * Whether the mention ending at `end` is the subject of an active predicate: what it is said to do
 * ("The app kept ignoring the law"), not what is done to it ("The platforms will be given a year").
 */
function activeSubject(s: Sentence, end: number): boolean {
  const { vgs, vgAt } = syntaxOf(s);
  let k = end;
  while (k < s.tokens.length && vgAt[k]! < 0 && (QUOTES.has(lowerAt(s, k)) || lowerAt(s, k) === ",")) k++;
  // "The firm, he said, kept …": past the interposed speaker
  const vg = vgAt[k]! >= 0 ? vgs[vgAt[k]!] : undefined;
  // (a verb the tagger read as a noun, "Both outlets spread propaganda", leaves no group to ask)
  return !vg || !vg.passive;
}
