// Finding a predicate's arguments among the mentions: subjects to the left (over appositions and
// relative clauses), objects to the right with their coordinated siblings, the pronouns and relative
// clauses that stand for them, and the main clause's subject. Agents of passives and agentless acts
// are in agents.ts.
import type { Action } from "../../types.ts";
import type { Cue, LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { pluralAfterModifier } from "../syntax/tagger.ts";
import { isPossessiveMarker } from "../tokens.ts";
import { coordinated, leftList, pastDescription, possessedHead } from "./coordination.ts";
import {
  AUX,
  BE,
  CAUSATIVE,
  CENSORS,
  BRIDGE_PREPS,
  CLAUSE_STOP,
  OBJECT_STOP,
  PREPS,
  PROMOTE_BRIDGE,
  TITLE_WORD,
  isPlace,
  lowerAt,
  mentionAt,
  onPlatform,
  syntaxOf,
  type Sentence,
} from "./sentence.ts";

const STRUCTURAL_ACTIONS = new Set<Action>(["owns", "founded", "represents"]);

/**
 * Whether the words [from, to) that end a sentence after a name and a comma describe the name: no
 * verb but a participle before "by" ("the satellite company owned by SpaceX"), so neither a clause of
 * their own ("the app could be switched off", "the authorities blocked Telegram", "the company Musk
 * controls") nor a comment on the act ("a decision criticised by Latvia").
 */
function describesName(s: Sentence, from: number, to: number): boolean {
  if (matchAt(s.lex.actNouns, s.tokens, from + 1) || matchAt(s.lex.actNouns, s.tokens, from + 2))
    return false;
  const { pos } = syntaxOf(s);
  for (let k = from; k < to; k++)
    if ((pos[k] === "VERB" || pos[k] === "AUX") && lowerAt(s, k + 1) !== "by" && !mentionAt(s, k))
      return false;
  // ("the company Elon Musk controls": a name followed by its verb, whatever the tagger calls it)
  for (const m of s.mentions)
    if (m.start >= from && m.end < to && !m.possessive && /^(?:NOUN|VERB|AUX)$/.test(pos[m.end] ?? ""))
      return false;
  return true;
}
/** Words that open a description of a name rather than a clause about it: "the", "owned". */
const DESCRIPTIVE_OPENER = /^(?:the|a|an|owned|founded|developed|run|operated|based)$/;

/** Marks appositions and non-restrictive relative clauses so that subject search can jump over them. */
export function markSkips(s: Sentence): void {
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
    // ("… the assets of Starlink, the satellite company owned by SpaceX.": an apposition may end the sentence)
    const last =
      opener === "," &&
      j >= tokens.length - 1 &&
      (j === tokens.length || tokens[j]!.text === ".") &&
      describesName(s, open + 1, j);
    const first = tokens[open + 1]?.lower ?? "";
    // (a relative clause that ends the sentence is read as a clause: "Maduro, who has suspended X.")
    if (tokens[j]?.text !== closer && !(last && DESCRIPTIVE_OPENER.test(first))) continue;
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
        "including",
        "notably",
        "representing",
        // ("Telegram and Viber, according to Reuters, were blocked": a source, never the subject)
        "according",
      ].includes(first) ||
      // "Critics in Ukraine, where Viber is the main messenger, called …": a relative clause on a place
      // (a place the mention is, or ends in: not an institution, whose staff act in the clause)
      (first === "where" &&
        (m.entities[0]!.roles.includes("government-national") || m.entities[0]!.category === "group")) ||
      // ", both owned by Meta,", ", all run by the state,"
      (/^(?:both|all)$/.test(first) &&
        /^(?:owned|run|founded|developed|based|operated)$/.test(tokens[open + 2]?.lower ?? "")) ||
      !!matchAt(s.lex.roleTitles, tokens, open + 1) ||
      (mentionAt(s, open + 1) !== undefined && isPossessiveMarker(tokens[mentionAt(s, open + 1)!.end]));
    if (!isAppos) continue;
    // ("a teenager, Nahel Merzouk, President Emmanuel Macron floated …": a title, a name and its verb
    // open the main clause; no apposition)
    const titled = matchAt(s.lex.roleTitles, tokens, open + 1);
    const holder = titled ? mentionAt(s, open + 1 + titled.tokens.length) : undefined;
    if (holder && s.pos.has(holder.end, "Verb") && !s.pos.has(holder.end, "Noun")) continue;
    // "including HRW, the PFUJ and Article 19,": the examples of a list go on, no apposition
    const example = tokens[i - 1]?.lower === "including" || tokens[i - 1]?.lower === "as";
    if (
      example &&
      first === "the" &&
      tokens.slice(open + 2, j).some((t) => t.lower === "and" || t.lower === "or")
    )
      continue;
    // "…TikTok, the government said on Monday, accusing …": a clause of saying, not an apposition
    if (first === "the" && tokens.slice(open + 2, j).some((t) => s.lex.speech.reports.has(t.lower))) continue;
    for (let k = open; k <= j; k++) if (s.skipTo[k]! < 0) s.skipTo[k] = i;
  }
  // "NEXTA and LUXTA, which had a million subscribers, according to RT, were declared …": a source
  // set off by commas after a relative clause belongs with the name the clause is on
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k]!.text !== "," || tokens[k + 1]!.lower !== "according" || tokens[k + 2]!.lower !== "to")
      continue;
    const head = s.skipTo[k - 1]! >= 0 ? s.skipTo[k - 1]! : (mentionAt(s, k - 1)?.start ?? -1);
    let j = k + 3;
    while (j < tokens.length && j - k < 10 && !/^[,;.]$/.test(tokens[j]!.text)) j++;
    if (head < 0 || tokens[j]?.text !== ",") continue;
    for (let n = k; n <= j; n++) if (s.skipTo[n]! < 0) s.skipTo[n] = head;
  }
}

/** Is the mention in subject position (not governed by a preposition or a preceding verb cue)? */
export function subjectLike(s: Sentence, m: Mention, cueStart = -1): boolean {
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
    !s.lex.speech.reports.has(prev) &&
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
    !s.pos.has(m.end, "Verb") &&
    !headlineVerb(s, m.end)
  )
    return false;
  // "Conservative Leader Pierre Poilievre": an organisation before a title qualifies its holder
  const title = m.possessive ? undefined : matchAt(s.lex.roleTitles, s.tokens, m.end);
  const holder = title ? mentionAt(s, m.end + title.tokens.length) : undefined;
  return holder?.entities[0]!.category !== "person";
}

/** "Maduro orders 10-day block": an -s form of a verb the lexicon knows, tagged as a plural noun, before its object. */
function headlineVerb(s: Sentence, i: number): boolean {
  const w = lowerAt(s, i);
  if (!/s$/.test(w)) return false;
  const cue = matchAt(s.lex.cues, s.tokens, i);
  const verbal =
    (cue && cue.value.type === "verb" && cue.value.form === "s") ||
    CAUSATIVE.has(w) ||
    s.lex.speech.reports.has(w);
  const after = s.pos.upos(i + 1);
  return !!verbal && (after === "DET" || after === "NUM" || after === "PROPN" || after === "ADJ");
}

/** Is the predicate at `cue` a second verb coordinated after the object ending at `from` ("… and accused him")? */
export function coordinatedVerb(s: Sentence, from: number, cue: number): boolean {
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

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/**
 * The subject of a predicate that starts at token `k`, searching leftwards: an entity, `null` when
 * the subject is there but is not an entity (a pronoun, a clause boundary), `undefined` if not found.
 */
export function findSubject(s: Sentence, k: number, cue: Cue): LexEntity | null | undefined {
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
    if (s.lex.speech.reports.has(t) && i < k - 1) return null;
    // "Roskomnadzor claimed that it was …": a pronoun after a reporting verb is the reporter;
    // any other pronoun subject ("they suspended …") is left unresolved
    if (PRONOUNS.has(t)) {
      for (let r = i - 1; r >= Math.max(0, i - 8); r--)
        if (s.lex.speech.reports.has(lowerAt(s, r))) return mainSubject(s, r) ?? null;
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

/** What a platform qualifies rather than names: "WhatsApp accounts", "Facebook pages". */
const HOLDINGS =
  /^(?:accounts?|pages?|posts?|profiles?|users?|subscribers?|followers?|handles?|channels?|groups?|chats?|videos?)$/;

/** "how Telegram handles data": a verb with its object after it, not a noun the platform qualifies. */
const verbWithObject = (s: Sentence, i: number) =>
  s.pos.upos(i) === "VERB" && /^(?:DET|NOUN|PROPN|ADJ|PRON|NUM)$/.test(s.pos.upos(i + 1) ?? "");

/** Words that open a list of examples after a noun: "networks such as X, Y and Z", ", including X". */
const LIST_MARKERS = new Set([
  "including",
  "such",
  "like",
  "notably",
  "especially",
  "namely",
  "particularly",
  "among",
]);

/** The first mention that is the object of a predicate ending at token `k`, with its coordinated siblings. */
export function findObjects(s: Sentence, k: number, action: Action, maxGap = 8): Mention[] {
  let i = k;
  let gap = 0;
  const out: Mention[] = [];
  while (i < s.tokens.length && gap <= maxGap) {
    const t = lowerAt(s, i);
    // "suspended four more outlets that, it said, Moscow controlled, namely X and Y": the examples
    // after a relative clause are the class noun's
    if ((t === "that" || t === "which") && out.length === 0 && i > k && s.pos.upos(i - 1) === "NOUN") {
      const examples = examplesAfter(s, i + 1);
      if (examples >= 0) {
        i = examples;
        continue;
      }
    }
    if (CLAUSE_STOP.has(t) || t === "." || t === "?" || t === "!") break;
    // ", among them X, Y": a list of examples goes on
    if (t === "," && lowerAt(s, i + 1) === "among" && lowerAt(s, i + 2) === "them") {
      i += 3;
      continue;
    }
    // "two Meta-owned apps, the messaging service WhatsApp and …": the apposition names them
    if (
      t === "," &&
      out.length === 0 &&
      i > k &&
      /s$/.test(lowerAt(s, i - 1)) &&
      s.pos.upos(i - 1) === "NOUN"
    ) {
      const named = pastDescription(s, i + 1);
      if (mentionAt(s, named)) {
        i = named;
        continue;
      }
    }
    if (t === "," && !LIST_MARKERS.has(lowerAt(s, i + 1))) break;
    // "the actions taken by the Russian government": a participle's agent is what was acted on
    const agentOfParticiple = t === "by" && out.length === 0 && s.pos.has(i - 1, "PastTense");
    // "blocked 59 apps with links to China, among them X and Y": past the class noun's modifier to
    // the examples it introduces
    if (
      (OBJECT_STOP.has(t) || PREPS.has(t)) &&
      out.length === 0 &&
      i > k &&
      s.pos.upos(i - 1) === "NOUN" &&
      /s$/.test(lowerAt(s, i - 1))
    ) {
      const examples = examplesAfter(s, i + 1);
      if (examples >= 0) {
        i = examples;
        continue;
      }
    }
    if (OBJECT_STOP.has(t) && !agentOfParticiple && !(action === "promotes" && (t === "as" || t === "by"))) {
      // "as well as", "networks such as YouTube": a list goes on
      if (!(t === "as" && (lowerAt(s, i + 1) === "well" || lowerAt(s, i - 1) === "such"))) break;
    }
    const m = mentionAt(s, i);
    // "runs the Telegram channel Baza": the channel is run, not Telegram
    if (m && STRUCTURAL_ACTIONS.has(action) && onPlatform(s, m)) {
      i = m.end;
      continue;
    }
    // "banned dozens of Telegram channels, including Nexta": the channels are banned, not Telegram;
    // the examples name them
    if (m && out.length === 0 && CENSORS.has(action) && platformContent(s, m)) {
      // "YouTube channels linked to RT and Sputnik": blocking an outlet's channels blocks the outlet
      const presence = /^(?:channels|accounts|pages|groups)$/.test(lowerAt(s, m.end)) ? m.end : m.end - 1;
      const owners = ownersAfter(s, presence + 1);
      const examples = owners >= 0 ? owners : examplesAfter(s, m.end);
      // "blocked several Telegram channels and the messaging app Signal": the list goes on
      if (examples < 0 && /^(?:and|or)$/.test(lowerAt(s, presence + 1))) {
        i = presence + 2;
        continue;
      }
      if (examples < 0) break;
      i = examples;
      continue;
    }
    if (m) {
      if (isPlace(s, m)) break;
      // "Meta's popular messaging application, WhatsApp" / "Apple's FaceTime": the head is the object.
      if (m.possessive) {
        // "charged Nexta's former editor-in-chief, Roman Protasevich": the title's holder
        const titled = pastDescription(s, m.start);
        const holder = titled > m.start ? mentionAt(s, titled) : undefined;
        const head = holder?.entities[0]!.category === "person" ? holder : possessedHead(s, m);
        // "runs Russia's largest VPN service": what a person runs is the thing possessed, no country
        const national = m.entities[0]!.roles.includes("government-national");
        if (head) {
          out.push(head);
          i = head.end;
        } else if (action === "owns" && national) break;
        else {
          out.push(m);
          i = m.end + 1;
        }
      } else {
        out.push(m);
        i = m.end;
      }
      let list = coordinated(s, i, out);
      // "fined Apple €500 million and Meta €200 million": each object with its amount
      for (let j = pastAmount(s, list[list.length - 1]!.end); action === "fines";) {
        // ("fines of €500 million on Apple and €200 million on Meta": the amount, then "on")
        const on = lowerAt(s, j) === "and" ? pastAmount(s, j + 1) : j;
        const prep =
          on > j + 1 && /^(?:on|against|for)$/.test(lowerAt(s, on)) ? mentionAt(s, on + 1) : undefined;
        if (prep) {
          list = coordinated(s, prep.end, [...list, prep]);
          j = pastAmount(s, list[list.length - 1]!.end);
          continue;
        }
        const next = lowerAt(s, j) === "and" ? mentionAt(s, j + 1) : undefined;
        if (!next || j === list[list.length - 1]!.end) break;
        list = coordinated(s, next.end, [...list, next]);
        j = pastAmount(s, list[list.length - 1]!.end);
      }
      // "shutting Facebook, Instagram and Threads accounts": the platforms only qualify the noun
      const last = list[list.length - 1]!;
      return HOLDINGS.test(lowerAt(s, last.end)) && !verbWithObject(s, last.end) ? [] : list;
    }
    if (
      action !== "promotes" &&
      action !== "accuses" &&
      (t === "to" || t === "from") &&
      lowerAt(s, i - 1) !== "access"
    ) {
      // "tried to", "in an attempt to force": a new predicate starts; "instructed staff to use Max"
      // goes on to what the mandate is to use
      const toUse = action === "mandates" && !!matchAt(s.lex.use, s.tokens, i + 1);
      if (!toUse && s.pos.has(i + 1, "Verb") && !s.pos.has(i + 1, "Noun") && !mentionAt(s, i + 1)) break;
    }
    if (action === "promotes" && !PROMOTE_BRIDGE.has(t) && gap > 3) break;
    if (
      PREPS.has(t) &&
      !BRIDGE_PREPS.has(t) &&
      !agentOfParticiple &&
      !(action === "promotes" && (t === "as" || t === "like"))
    )
      break;
    // Another action cue starts its own predicate.
    const cue = i > k ? matchAt(s.lex.cues, s.tokens, i) : undefined;
    // (a cue word the tagger reads as a noun or adjective, "state broadcaster", starts nothing,
    // unless it names an act: "suspended the ban on Telegram")
    if (
      cue &&
      cue.value.type === "verb" &&
      cue.value.form !== "ing" &&
      cue.value.conditional !== "store" &&
      (s.pos.has(i, "Verb") || matchAt(s.lex.actNouns, s.tokens, i)) &&
      !modifiesNoun(s, i) &&
      !pluralAfterModifier(s.tokens, s.pos.tags.pos, i)
    )
      break;
    gap++;
    i++;
  }
  return out;
}

const AMOUNT_WORD =
  /^(?:[$€£¥₽]|a\$|us\$|c\$|rs|[\d.,]+|million|billion|thousand|trillion|bn|m|euros?|dollars?|roubles?|rubles?|pounds?|yuan|rupees?|lira|naira|shillings?|dong)$/;

/** Past an amount of money at `i` ("500 million euros", "$1.2bn"); `i` itself when there is none. */
function pastAmount(s: Sentence, i: number): number {
  let j = i;
  while (j < s.tokens.length && AMOUNT_WORD.test(lowerAt(s, j)) && j - i < 6) j++;
  return /\d/.test(
    s.tokens
      .slice(i, j)
      .map((t) => t.text)
      .join(""),
  )
    ? j
    : i;
}

/** Where the examples of ", namely / including / such as" begin within a short clause from `from`; else -1. */
/**
 * Where the owners of channels or pages begin, after "of", "linked to", "connected to", "belonging
 * to", "run by", "tied to": the first owner's mention when it is an organisation, else -1.
 */
function ownersAfter(s: Sentence, from: number): number {
  let at = from;
  if (
    /^(?:linked|connected|tied|belonging|affiliated|associated)$/.test(lowerAt(s, at)) &&
    lowerAt(s, at + 1) === "to"
  )
    at += 2;
  else if (/^(?:run|operated|controlled|owned)$/.test(lowerAt(s, at)) && lowerAt(s, at + 1) === "by") at += 2;
  else if (lowerAt(s, at) === "of") at += 1;
  else return -1;
  if (lowerAt(s, at) === "the") at++;
  const m = mentionAt(s, at);
  const e = m?.entities[0];
  return e && (e.category === "media" || (e.kind === "actor" && e.category !== "person")) ? at : -1;
}

function examplesAfter(s: Sentence, from: number): number {
  for (let j = from; j < Math.min(s.tokens.length, from + 14); j++) {
    const w = lowerAt(s, j);
    if (/^[.;:?!]$/.test(w)) return -1;
    if (w !== ",") continue;
    const next = lowerAt(s, j + 1);
    const at =
      next === "namely" || next === "including"
        ? j + 2
        : (next === "such" && lowerAt(s, j + 2) === "as") ||
            (next === "among" && lowerAt(s, j + 2) === "them")
          ? j + 3
          : -1;
    if (at < 0) continue;
    // past a first example the lexicon lacks ("namely Voice of Europe, the RIA Novosti agency")
    let first = at;
    while (
      first < at + 8 &&
      !mentionAt(s, first) &&
      /^(?:\p{Lu}.*|of|the|,)$/u.test(s.tokens[first]?.text ?? "")
    )
      first++;
    if (mentionAt(s, first)) return first;
  }
  return -1;
}

/** "state employees": a word inside a noun phrase that goes on past it modifies a noun, whatever the tags. */
export function modifiesNoun(s: Sentence, i: number): boolean {
  const { npAt, pos } = syntaxOf(s);
  return npAt[i]! >= 0 && npAt[i] === npAt[i + 1] && pos[i + 1] === "NOUN";
}

/** "accused him of censorship", "praised it": an object pronoun's referent. */
/** "them" as an object: the platforms named together just before (in the sentence, else the last group). */
function platformsThem(s: Sentence, i: number, subjects: LexEntity[]): Mention | undefined {
  const here = s.mentions
    .filter((m) => m.end <= i && m.entities[0]!.kind === "platform")
    .flatMap((m) => m.entities)
    .filter((e) => !subjects.includes(e));
  const group = here.length > 1 ? here : s.ctx.lastPlatforms.length > 1 ? [...s.ctx.lastPlatforms] : [];
  if (group.length === 0) return undefined;
  return {
    start: i,
    end: i + 1,
    entities: [...new Set(group)],
    surface: s.tokens[i]!.text,
    via: "pronoun",
    possessive: false,
  };
}

export function pronounObject(
  s: Sentence,
  i: number,
  subjects: LexEntity[],
  platformFirst = false,
): Mention | undefined {
  const t = lowerAt(s, i);
  // "her app", "his company": a possessive determiner; "her app" is the platform she speaks for
  if ((t === "her" || t === "his") && s.pos.has(i + 1, "Noun")) return ownPlatform(s, i);
  // "Meta, which owns them": the platforms last named together
  if (t === "them") return platformsThem(s, i, subjects);
  const wantPerson = t === "him" || t === "her";
  if (!wantPerson && t !== "it") return undefined;
  // "told internet providers to block it": "it" is one thing, not the group told
  // ("Canada and the EU have restricted it": nor any of the subjects)
  // ("Ministry spokeswoman X accused it of …": nor the organisation the subject speaks for)
  const own = (e: LexEntity) =>
    subjects.some(
      (x) =>
        s.ctx.affiliations?.get(x.key)?.has(e.key) ||
        s.out.some((r) => r.action === "represents" && r.subject === x && r.object === e),
    );
  const fits = (e: LexEntity) =>
    !subjects.includes(e) &&
    !own(e) &&
    (wantPerson ? e.category === "person" : e.category !== "person" && e.category !== "group");
  // "… unless ByteDance sells, and Canada has restricted it": what is blocked is a platform first
  const before = s.mentions.filter((m) => m.end <= i && fits(m.entities[0]!));
  const platform = platformFirst
    ? before.filter((m) => m.entities[0]!.kind === "platform").at(-1)
    : undefined;
  if (platform) return platform;
  // "… unless ByteDance sells its stake, and Canada has restricted it": what is restricted is the
  // platform in view that the company named owns, not the company
  const last = before.at(-1);
  const held = platformFirst && last ? s.ctx.holdings?.get(last.entities[0]!.key) : undefined;
  const app = held
    ? s.ctx.recent.find((x) => x.kind === "platform" && held.has(x.key) && fits(x))
    : undefined;
  if (app)
    return {
      start: i,
      end: i + 1,
      entities: [app],
      surface: s.tokens[i]!.text,
      via: "pronoun",
      possessive: false,
    };
  if (before.length > 0) return before[before.length - 1];
  const e =
    (platformFirst ? s.ctx.recent.find((x) => fits(x) && x.kind === "platform") : undefined) ??
    s.ctx.recent.find(fits);
  return e
    ? { start: i, end: i + 1, entities: [e], surface: s.tokens[i]!.text, via: "pronoun", possessive: false }
    : undefined;
}

/** "her app" after "Signal's president, Meredith Whittaker": the platform the person last named represents. */
export function ownPlatform(s: Sentence, i: number): Mention | undefined {
  if (!/^(?:app|application|service|platform|messenger|network|site)$/.test(lowerAt(s, i + 1)))
    return undefined;
  const person = [...s.mentions].reverse().find((m) => m.end <= i && m.entities[0]!.category === "person");
  const who = person?.entities[0];
  if (!who) return undefined;
  const held = new Set([
    ...(s.ctx.affiliations?.get(who.key) ?? []),
    ...s.out.filter((r) => r.action === "represents" && r.subject === who).map((r) => r.object.key),
  ]);
  const platform = s.mentions.find(
    (m) => m.end <= i && held.has(m.entities[0]!.key) && m.entities[0]!.kind === "platform",
  );
  return (
    platform && {
      ...platform,
      start: i,
      end: i + 2,
      surface: `${s.tokens[i]!.text} ${s.tokens[i + 1]!.text}`,
      via: "pronoun",
    }
  );
}

/** "Telegram channels", "Facebook pages": what is on a platform, not the platform. */
export function platformContent(s: Sentence, m: Mention): boolean {
  return (
    onPlatform(s, m) &&
    [lowerAt(s, m.end), lowerAt(s, m.end - 1)].some((w) => /^(?:channels|accounts|pages|groups)$/.test(w))
  );
}

/** "Facebook and WhatsApp, which Meta also owns": the list before "which <subject>". */
export function relativeAntecedents(s: Sentence, start: number): Mention[] {
  let i = start - 1;
  while (i >= 0 && (AUX.has(lowerAt(s, i)) || /ly$/.test(lowerAt(s, i)))) i--;
  // ("VKontakte, the social network he founded": a pronoun is the relative clause's subject too)
  const named = mentionAt(s, i);
  // ("which a Moscow court banned": the relative pronoun may stand before a determiner)
  const at = named
    ? /^(?:the|a|an)$/.test(lowerAt(s, named.start - 1))
      ? named.start - 1
      : named.start
    : /^(?:he|she|it|they|we)$/.test(lowerAt(s, i))
      ? i
      : -1;
  if (at < 0) return [];
  const rel = lowerAt(s, at - 1);
  if (rel !== "which" && rel !== "that" && rel !== "whom") return describedAntecedent(s, at);
  const list = leftList(s, at - 1 + (lowerAt(s, at - 2) === "," ? 0 : 1));
  return list.length > 0 ? list : describedAntecedent(s, at);
}

/**
 * "Starlink, the satellite company (that) Musk controls": a relative clause on a description in
 * apposition, with or without "that", is on the name the description stands beside.
 */
function describedAntecedent(s: Sentence, subjectStart: number): Mention[] {
  let k = subjectStart - 1;
  if (lowerAt(s, k) === "that") k--;
  const head = k;
  while (
    k > head - 5 &&
    /^[\p{Ll}-]+$/u.test(s.tokens[k]?.text ?? "") &&
    !/^(?:the|a|an)$/.test(lowerAt(s, k))
  ) {
    if (mentionAt(s, k)) return [];
    k--;
  }
  if (k === head || !/^(?:the|a|an)$/.test(lowerAt(s, k)) || s.pos.upos(head) !== "NOUN") return [];
  if (lowerAt(s, k - 1) !== ",") return [];
  const named = mentionAt(s, k - 2);
  return named && !named.possessive ? [named] : [];
}

/** The first subject-like mention of the sentence, outside appositions: the main clause's subject. */
export const mainSubject = (s: Sentence, before: number): LexEntity | undefined =>
  mainSubjectOrNone(s, before) ?? undefined;

/** mainSubject, or null when the main verb's object comes before any subject (a subject that names no one). */
export function mainSubjectOrNone(s: Sentence, before: number): LexEntity | null | undefined {
  // a reporting verb between the subject and the predicate ends the main clause
  for (let i = before - 1; i >= 0; i--)
    if (s.lex.speech.reports.has(lowerAt(s, i)) && !mentionAt(s, i)) return undefined;
  const { pos } = syntaxOf(s);
  for (const m of s.mentions) {
    if (m.start >= before) return undefined;
    if (s.skipTo[m.start]! >= 0) continue;
    // ("the regulator throttled YouTube, accusing Google": the main verb's object is past its subject)
    let k = m.start - 1;
    while (k >= 0 && /^(?:the|a|an)$/.test(lowerAt(s, k))) k--;
    if (pos[k] === "VERB" && !s.lex.speech.reports.has(lowerAt(s, k))) return null;
    if (subjectLike(s, m) && !m.possessive) return m.entities[0];
  }
  return undefined;
}

/** "The Kremlin defended …, with spokesman Dmitry Peskov saying": the organisation the sentence is about. */
export function organisationOf(s: Sentence, before: number): LexEntity | undefined {
  // the nearest one before the title: "Yandex said …, and the Kremlin weighed in: spokesman Dmitry Peskov"
  let found: LexEntity | undefined;
  for (const m of s.mentions) {
    if (m.start >= before) break;
    const e = m.entities[0]!;
    if (e.kind === "actor" && (e.category === "government" || e.category === "company") && subjectLike(s, m))
      found = e;
  }
  return found;
}
