// Office: a person who holds a title in an organisation represents it. "<Org> <title> <Person>"
// ("Kremlin spokesman Dmitry Peskov", "Islamabad High Court Chief Justice Aamer Farooq"), coordinated
// holders ("Duma deputies A and B"), "<title> <Person> of <Org>" ("Judge Yulia Smolina of the
// Tagansky District Court"), "<Person> of <Org>" ("Alp Toker of NetBlocks"), "members of <Org>, A and
// B", and titles that imply the government of the country ("President", "Interior Secretary"). A
// founder's title gives `founded`.
import type { LexEntity } from "../lexicon.ts";
import { discoveredEntity, nationalBody } from "../discovered.ts";
import { matchAt } from "../match.ts";
import { DEPARTMENTS, resolveDescription } from "../descriptions.ts";
import type { Mention } from "../mentions.ts";
import { isPossessiveMarker } from "../tokens.ts";
import { findSubject, organisationOf, subjectLike } from "./arguments.ts";
import { sentenceCountry } from "./agents.ts";
import {
  PREPS,
  emit,
  inPresenceList,
  lowerAt,
  mentionAt,
  onPlatform,
  pastModifier,
  type Sentence,
} from "./sentence.ts";

const GOVERNMENTAL =
  /^(?:ministry|government|foreign|presidential|state|defence|defense|interior|communications|information|digital|justice|home|finance|federal|deputy|vice)$/i;
const RANK = /^(?:deputy|senior|vice|acting|assistant|associate|chief|executive|general|interim)$/;
const HEADS = /^(?:heads|headed|runs|ran|leads|led|chairs|chaired|directs|directed|represents|represented)$/;
const ADVERBS = /^(?:also|now|currently|still|already)$/;
const FOUNDER = /^(?:founder|co-founder|cofounder|creator)$/;
const OF = new Set(["of", "at", "from", "for", "with"]);

const isPerson = (m: Mention | undefined): m is Mention => !!m && m.entities[0]!.category === "person";
const isOrganisation = (e: LexEntity) => e.category !== "person";
/** Titles of people who plead before a court rather than speak for it. */
const PLEADS = /^(?:lawyer|lawyers|attorney|attorneys|advocate|counsel|defence lawyer|defense lawyer)$/;
/** What a person can found: a platform, company, group or outlet, never a state body. */
const foundable = (e: LexEntity) =>
  e.kind === "platform" || e.category === "company" || e.category === "group" || e.category === "media";
const holdsStaff = (e: LexEntity) => isOrganisation(e) && !e.roles.includes("government-national");

/** Persons coordinated after a first one: "A and B", "A, B and C". */
function holders(s: Sentence, first: Mention): Mention[] {
  const out = [first];
  let j = first.end;
  for (;;) {
    let k = j;
    while ([",", "and"].includes(lowerAt(s, k)) && k - j < 2) k++;
    const next = mentionAt(s, k);
    if (k === j || !isPerson(next)) return out;
    out.push(next);
    j = next.end;
  }
}

/** "of the Tagansky District Court" right after the holders. */
function orgAfter(s: Sentence, at: number): LexEntity | undefined {
  if (!OF.has(lowerAt(s, at))) return undefined;
  let j = at + 1;
  while (["the", "a", "an"].includes(lowerAt(s, j))) j++;
  // "of the online safety group Bely Internet": over the words that say what it is
  for (let n = 0; n < 4 && !mentionAt(s, j) && /^[\p{Ll}-]+$/u.test(s.tokens[j]?.text ?? ""); n++) j++;
  const found = mentionAt(s, j);
  const m = found && pastModifier(s, found);
  const e = m?.entities[0];
  // "Sen. Shelly Vance of Belgrade": a city after a name is where the person is from
  if (m && s.lex.capitals.has(m.surface.toLowerCase())) return undefined;
  return e && isOrganisation(e) && !m!.possessive ? e : undefined;
}

/**
 * The organisation of "[a <description>] who is [the] <title> of <organisation>" from token `at`:
 * a relative clause that gives an office; undefined when there is none.
 */
function titledRelative(s: Sentence, at: number): LexEntity | undefined {
  let k = at;
  // over a short lower-case description of the person ("a telecoms specialist")
  while (k < at + 5 && lowerAt(s, k) !== "who" && /^[\p{Ll}-]+$/u.test(s.tokens[k]?.text ?? "")) k++;
  if (lowerAt(s, k) !== "who" || !/^(?:is|was)$/.test(lowerAt(s, k + 1))) return undefined;
  k += 2;
  if (ADVERBS.test(lowerAt(s, k))) k++;
  if (/^(?:the|a|an)$/.test(lowerAt(s, k))) k++;
  // ("executive director": a title after a modifier, which may be a title word itself)
  for (const q of [k, k + 1]) {
    const title = matchAt(s.lex.roleTitles, s.tokens, q);
    const org = title ? orgAfter(s, q + title.tokens.length) : undefined;
    if (org) return org;
  }
  return undefined;
}

/**
 * The "who" of a relative clause at token `at` or after a short description in apposition that
 * names no one ("the former British deputy prime minister who …"); -1 when there is none.
 */
function relativeAfterDescription(s: Sentence, at: number): number {
  if (lowerAt(s, at) === "who") return at;
  if (!/^(?:the|a|an)$/.test(lowerAt(s, at))) return -1;
  for (let k = at + 1; k < Math.min(s.tokens.length, at + 9); k++) {
    if (lowerAt(s, k) === "who") return k;
    if (mentionAt(s, k) || /^[,;.:"]$/.test(lowerAt(s, k))) return -1;
  }
  return -1;
}

/**
 * Whose staff "its" or "their" at token `at` means ("its chief executive"): the organisation the
 * article is about, not a government acting on it. The sentence's own subject first ("Telegram,
 * which …, and its founder, Pavel Durov"); then what the previous sentence was about, else the
 * headline's one organisation: a title is not given to whatever is salient. `null` when unknown.
 */
export function itsOrganisation(s: Sentence, at: number, fits = holdsStaff): LexEntity | null {
  // (not a platform whose channels the sentence is about: "the Telegram and YouTube channels of X")
  // (a possessor is no clause's subject: "When TikTok's chief executive testified, China's commerce
  // ministry warned …; its spokeswoman said" is the ministry's)
  const own = s.mentions.find(
    (m) =>
      m.start < at && !m.possessive && subjectLike(s, m) && fits(m.entities[0]!) && !inPresenceList(s, m),
  );
  if (own) return own.entities[0]!;
  // "After its founder was arrested, Telegram changed …": a fronted clause's "its" is the main subject
  const main = mainSubjectAfter(s, at);
  if (main && fits(main)) return main;
  const last = s.ctx.lastSubject;
  if (last && fits(last)) return last;
  const topical = [...s.ctx.topic].filter((e) => fits(e) && e.kind === "actor");
  return topical.length === 1 ? topical[0]! : null;
}

const SUBORDINATOR = /^(?:after|when|since|as|while|before|although|though|because|once|until)$/;

/** The subject of the main clause after a fronted subordinate clause holding `at`, if there is one. */
function mainSubjectAfter(s: Sentence, at: number): LexEntity | undefined {
  let open = at - 1;
  while (open >= 0 && !SUBORDINATOR.test(lowerAt(s, open)) && lowerAt(s, open) !== "," && at - open < 12)
    open--;
  if (open < 0 || !SUBORDINATOR.test(lowerAt(s, open))) return undefined;
  if (open > 0 && lowerAt(s, open - 1) !== ",") return undefined;
  for (let k = at + 1; k < Math.min(s.tokens.length, at + 20); k++) {
    if (lowerAt(s, k) !== ",") continue;
    const m = mentionAt(s, k + 1);
    return m && !m.possessive ? m.entities[0] : undefined;
  }
  return undefined;
}

/**
 * The organisation right before a title, over up to three modifiers ("Human Rights Watch senior
 * researcher"); null when a nationality stands there instead ("Ugandan lawyer"): no organisation.
 */
function orgBefore(
  s: Sentence,
  at: number,
  governmentTitle: boolean,
  fits = holdsStaff,
): LexEntity | null | undefined {
  // "its deputy director general", "Signal's senior vice president": past the title's modifiers
  let i = at;
  while (i > 0 && RANK.test(lowerAt(s, i - 1))) i--;
  // "Signal's president", "its chief executive": the possessor
  const poss = i - 1;
  if (isPossessiveMarker(s.tokens[poss])) {
    const m = mentionAt(s, poss - 1);
    // ("the president's press secretary": the head of state's staff are the government's)
    if (!m && STATE_HEAD.test(lowerAt(s, poss - 1)) && lowerAt(s, poss - 2) === "the") return s.ctx.home;
    return m && isOrganisation(m.entities[0]!) ? m.entities[0] : undefined;
  }
  if (lowerAt(s, i - 1) === "its" || lowerAt(s, i - 1) === "their") return itsOrganisation(s, i - 1, fits);
  // "a company spokeswoman, Lisa Laventure": the company the article is about
  if (/^(?:company|firm)$/.test(lowerAt(s, i - 1)) && /^(?:a|the)$/.test(lowerAt(s, i - 2)))
    return resolveDescription(s.ctx, ["company"]);
  // "Conservative Leader Pierre Poilievre": the one party the adjective begins the name of
  const party = LEADS_PARTY.test(lowerAt(s, at)) ? partyNamedBy(s, i - 1) : undefined;
  if (party) return party;
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    const om = mentionAt(s, b);
    // "TikTok's India head": the country says where the office is, the possessor whose it is
    const owner =
      om && om.entities[0]!.roles.includes("government-national") ? mentionAt(s, om.start - 2) : undefined;
    if (owner?.possessive && isPossessiveMarker(s.tokens[om!.start - 1]) && OWNS_STAFF(owner.entities[0]!))
      return owner.entities[0];
    if (om) return isOrganisation(om.entities[0]!) ? om.entities[0] : undefined;
    // "Kenyan President William Ruto" holds office; "Kenyan lawyer Ben Mwangi" only has a nationality
    const dem = matchAt(s.lex.demonyms, s.tokens, b);
    if (dem && b + dem.tokens.length <= i) return governmentTitle ? dem.value : null;
    if (
      !/^[\p{L}-]+$/u.test(s.tokens[b]!.text) ||
      // ("ByteDance sued Attorney General Merrick Garland": a verb between them, no organisation's title)
      s.pos.upos(b) === "VERB" ||
      PREPS.has(lowerAt(s, b)) ||
      ["the", "a"].includes(lowerAt(s, b))
    )
      return undefined;
  }
  return undefined;
}

/** The head of a state or of its government, named by office: "the president's", "the presidency's". */
const STATE_HEAD = /^(?:president|presidency|prime|premier|government)$/;

/** A company or a platform: what has a country head ("TikTok's India head"). */
const OWNS_STAFF = (e: LexEntity) =>
  e.kind === "platform" || e.category === "company" || e.category === "media";

const LEADS_PARTY = /^(?:leader|leaders|chair|chairman|chairwoman)$/;

/** The one party whose name begins with the capitalised word at `at` ("Conservative" → Conservative Party of Canada). */
function partyNamedBy(s: Sentence, at: number): LexEntity | undefined {
  const word = s.tokens[at]?.text ?? "";
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || mentionAt(s, at)) return undefined;
  const parties = s.lex.entities.filter((e) => e.roles.includes("party") && e.label.split(" ")[0] === word);
  return parties.length === 1 ? parties[0] : undefined;
}

export const LEGISLATOR =
  /^(?:lawmaker|lawmakers|senator|senators|deputy|deputies|mp|mps|legislator|legislators|member of parliament|members of parliament|congressman|congresswoman|representative|rep\.?|sen\.?|state sen\.|state rep\.|state senator|state representative|house speaker|speaker)$/;

/**
 * The chamber of a country's parliament a lawmaker sits in: the one the lexicon knows, or, where it
 * knows two, the Senate for a senator and the House for a representative.
 */
export function parliamentOf(s: Sentence, country: LexEntity, title: string): LexEntity | undefined {
  const found = s.lex.entities.filter((e) => e.government === country.key && e.roles.includes("parliament"));
  // "a lawmaker on the Duma's committee": the chamber the sentence names
  const named = s.mentions.map((m) => m.entities[0]!).filter((e) => found.includes(e));
  if (named.length === 1) return named[0];
  const chamber = /^(?:state )?sen/.test(title)
    ? /Senate/
    : /^(?:(?:state )?rep|representative|house speaker|speaker)/.test(title)
      ? /House/
      : undefined;
  if (!chamber)
    return found.length === 1 ? found[0] : found.length === 0 ? parliamentNamed(s, country) : undefined;
  const chambers = found.filter((e) => chamber.test(e.label));
  if (chambers.length === 1) return chambers[0];
  // "state Sen. Shelly Vance", "House Speaker Matt Regier": a legislature known only as a whole
  // ("Montana Legislature") still has the chamber the title names
  if (chambers.length === 0 && found.length === 1 && BICAMERAL.test(found[0]!.label))
    return nationalBody(s.ctx, country, chamber.source === "Senate" ? "Senate" : "House of Representatives", [
      "parliament",
      "legislature",
      "lawmakers",
    ]);
  // a one-chamber parliament seats senators and representatives alike; a House speaker needs a House
  return found.length === 1 && !/speaker/.test(title) ? found[0] : undefined;
}

/** How a legislature of two chambers is named as a whole: "Montana Legislature" (a Congress may have one). */
const BICAMERAL = /\bLegislature$/;

/** A ministry's departments, and elections, which a commission is named by ("Election Commissioner"). */
const isDepartment = (w: string) => DEPARTMENTS.test(w) || /^elections?$/.test(w);

/**
 * "Interior Minister Gérald Darmanin", "Interior Secretary Khurram Agha": the ministry of that
 * department, when the article has named exactly one for the country.
 */
function ministryOf(s: Sentence, country: LexEntity | undefined, words: string[]): LexEntity | undefined {
  const dept = words.find(isDepartment);
  if (!dept) return undefined;
  const names = new RegExp(`\\b${dept}\\b`, "i");
  const ministry = (e: LexEntity) => /ministry|department|commission/i.test(e.label) && names.test(e.label);
  // only a ministry the article has named: otherwise the minister stands for the government
  const candidates = [...new Set([...s.mentions.map((m) => m.entities[0]!), ...s.ctx.recent])];
  const seen = candidates.filter(
    (e) =>
      e.category === "government" &&
      (!e.government || !country || e.government === country.key) &&
      ministry(e),
  );
  return seen.length === 1 ? seen[0] : undefined;
}

/**
 * "In Beijing, Foreign Ministry spokeswoman Mao Ning": a ministry named only by its department, a
 * name of no country, is the department of the country named before the holder (else the article's):
 * the lexicon's one, else one named after the country ("Chinese foreign ministry").
 */
function countrysDepartment(s: Sentence, org: LexEntity, holder: number): LexEntity {
  const m = /^(\p{L}+) Ministry$/u.exec(org.label);
  if (!m || s.lex.entityByKey.has(org.key) || !DEPARTMENTS.test(m[1]!.toLowerCase())) return org;
  // (the country named before the holder: "In Beijing, …", not the one the holder speaks of)
  const country = sentenceCountry(s, holder) ?? s.ctx.home;
  if (!country) return org;
  const dept = new RegExp(`\\b${m[1]}\\b`, "i");
  const known = s.lex.entities.filter(
    (e) => e.government === country.key && e.roles.includes("ministry") && dept.test(e.label),
  );
  if (known.length === 1) return known[0]!;
  return nationalBody(s.ctx, country, `${m[1]!.toLowerCase()} ministry`, ["ministry"]) ?? org;
}

/**
 * "Iringa Town MP Jesca Msambatavangu": a country whose parliament the lexicon does not know still
 * has one; it is named after the country ("Tanzanian parliament"), once per article.
 */
function parliamentNamed(s: Sentence, country: LexEntity): LexEntity | undefined {
  return nationalBody(s.ctx, country, "parliament", ["parliament", "legislature"]);
}

/**
 * "Attorney General Austin Knudsen": the country's one office whose role the title names; not when
 * a department before the title names another ("Culture Minister X" is no digital minister).
 */
function titledOffice(
  s: Sentence,
  country: LexEntity | undefined,
  title: string,
  before: string[],
): LexEntity | undefined {
  if (!country || !title) return undefined;
  const offices = s.lex.entities.filter((e) => e.government === country.key && e.roles.includes(title));
  const dept = before.find(isDepartment);
  if (offices.length !== 1 || (dept && !new RegExp(`\\b${dept}`, "i").test(offices[0]!.label)))
    return undefined;
  return offices[0];
}

const JUDGE = /^(?:judge|judges|justice|justices|chief justice|magistrate|senior judge|district judge)$/;

/** A judge's court: the one the sentence names, else the court the article last spoke of. */
function courtOf(s: Sentence): LexEntity | undefined {
  const isCourt = (e: LexEntity) => e.roles.includes("court");
  const here = s.mentions.find((m) => isCourt(m.entities[0]!));
  return here?.entities[0] ?? s.ctx.recent.find(isCourt);
}

/**
 * The article's government, unless another national government is as present in the reader's mind
 * (a state or province is no rival: a minister with no country named is not Quebec's).
 */
function soleCountry(s: Sentence): LexEntity | undefined {
  const home = s.ctx.home;
  if (!home) return undefined;
  const rival = nations(s).some((e) => e !== home && weight(s, e) >= weight(s, home));
  return rival ? undefined : home;
}

const weight = (s: Sentence, e: LexEntity) => s.ctx.salience.get(e) ?? 0;
const nations = (s: Sentence) =>
  s.ctx.recent.filter((e) => e.roles.includes("government-national") && !e.roles.includes("federated-state"));

/**
 * "The standoff echoes a confrontation in Australia … Treasurer Josh Frydenberg called …": the
 * country the passage is about, when it is named far more than any other there.
 */
function passageCountry(s: Sentence): LexEntity | undefined {
  const [first, second] = nations(s).sort((a, b) => weight(s, b) - weight(s, a));
  return first && weight(s, first) >= 2 * (second ? weight(s, second) : 0) ? first : undefined;
}

/** Offices only a state or province has ("Governor Greg Gianforte", "the premier"). */
export const STATE_OFFICE = /^(?:governor|gov\.|lieutenant governor|lt\. gov\.|premier)$/;
/** Offices a state and its nation both have: the state's only when the article is about the state. */
const STATE_OR_NATIONAL_OFFICE = /^(?:attorney general|solicitor general)$/;

/**
 * The federated state a title with no country named holds office in: a governor is the state's
 * the article is about, else the one state the reader has in mind, even where the nation is as
 * present; an attorney general only in an article about the state.
 */
function stateOfOffice(s: Sentence, title: string): LexEntity | undefined {
  const federated = (e: LexEntity | undefined) => (e?.roles.includes("federated-state") ? e : undefined);
  if (STATE_OR_NATIONAL_OFFICE.test(title)) return federated(s.ctx.home);
  if (!STATE_OFFICE.test(title)) return undefined;
  const states = s.ctx.recent.filter((e) => federated(e));
  return federated(s.ctx.home) ?? (states.length === 1 ? states[0] : undefined);
}

/** The office a person is known to hold, when the title before the name fits it. */
function knownOffice(s: Sentence, person: LexEntity, title: string[] | undefined): LexEntity | undefined {
  const org = person.office ? s.lex.entityByKey.get(person.office) : undefined;
  if (!org || !title) return org;
  const words = title.map((w) => w.toLowerCase());
  const governmental = s.lex.roleTitles.get(words[0]!)?.find((p) => p.tokens.length === words.length)?.value;
  // a governmental title for a company's head, or a corporate one for a government's, is someone else's
  if (governmental && org.category !== "government") return undefined;
  if (
    !governmental &&
    org.category === "government" &&
    words.some((w) => /^(?:executive|ceo|founder)$/.test(w))
  )
    return undefined;
  return org;
}

const SITS = /^(?:sits|sat|serves|served)$/;
const OWNABLE = (e: LexEntity) => e.kind === "platform" || e.category === "media" || e.category === "company";

/**
 * The first mention after `from` if it is of the kind wanted, over coordinated verbs ("owns, edits
 * and reports for") and modifiers ("on the presidential Human Rights Council").
 */
function ownedAfter(s: Sentence, from: number, fits = OWNABLE): LexEntity | undefined {
  let noun = false;
  for (let k = from; k < Math.min(s.tokens.length, from + 8); k++) {
    const o = mentionAt(s, k);
    if (o) return fits(o.entities[0]!) ? o.entities[0] : undefined;
    // ("sits on the presidential rights council, told Izvestia": a comma after the object's noun
    // ends it, while "owns, edits and reports for X" lists verbs before any noun)
    if (/^[.;]$/.test(lowerAt(s, k)) || (noun && lowerAt(s, k) === ",")) return undefined;
    if (/^(?:NOUN|PROPN)$/.test(s.pos.tags.pos[k] ?? "")) noun = true;
  }
  return undefined;
}

const MAYOR = /^(?:mayor|deputy mayor|lord mayor)$/;

/** The city named right before a mayor's title, in one to three capitalised words. */
function cityBefore(s: Sentence, title: number): LexEntity | undefined {
  let k = title;
  while (k > 0 && title - k < 3 && /^\p{Lu}[\p{L}'’-]+$/u.test(s.tokens[k - 1]!.text)) {
    const m = mentionAt(s, k - 1);
    if (m && m.entities[0]!.category === "person") break;
    k--;
  }
  if (k === title || (k === 0 && title - k === 1 && !mentionAt(s, 0))) return undefined;
  const label = s.tokens
    .slice(k, title)
    .map((t) => t.text)
    .join(" ");
  return discoveredEntity(s.ctx, label, {
    kind: "actor",
    category: "government",
    roles: ["city"],
    ambiguous: false,
  });
}

export function office(s: Sentence): void {
  const { tokens, lex } = s;
  for (let i = 0; i < tokens.length; i++) {
    const title = matchAt(lex.roleTitles, tokens, i);
    const founder = FOUNDER.test(lowerAt(s, i));
    if (!title && !founder) continue;
    const len = title ? title.tokens.length : 1;
    let p = i + len;
    // "Its founder and chief executive, Hiroshi Mikitani": a founder who holds a second title too
    const second = founder && lowerAt(s, p) === "and" ? matchAt(lex.roleTitles, tokens, p + 1) : undefined;
    if (second) p += 1 + second.tokens.length;
    // "members of the State Duma, Fedot Tumusov and Dmitry Ionin"
    let org = orgAfter(s, p);
    if (org) {
      let q = p + 1;
      while (q < tokens.length && !mentionAt(s, q)) q++;
      const m = mentionAt(s, q);
      if (m) q = m.end;
      if (lowerAt(s, q) !== ",") continue;
      p = q + 1;
    }
    if (tokens[p]?.text === ",") p++;
    // "federal ministers, including Pablo Rodriguez": holders named as examples of a plural title
    if (/s$/.test(lowerAt(s, i + len - 1)))
      p += lowerAt(s, p) === "including" ? 1 : lowerAt(s, p) === "such" && lowerAt(s, p + 1) === "as" ? 2 : 0;
    const first = mentionAt(s, p);
    if (!isPerson(first)) continue;
    // "shadow minister", "opposition leader", "former president": no office held here, also past the
    // portfolio ("Shadow Communications Minister")
    let prior = i - 1;
    // ("Former Chief Justice X", where "Justice" alone is a title too: past the rank before it)
    while (
      prior > 0 &&
      (isDepartment(lowerAt(s, prior)) || RANK.test(lowerAt(s, prior))) &&
      /^\p{Lu}/u.test(tokens[prior]!.text)
    )
      prior--;
    if (/^(?:shadow|opposition|former|ex-)$/i.test(tokens[prior]?.text ?? "")) continue;
    // "RFE/RL's Belarus Service, whose president, Jamie Fly, …": the title is held in what "whose"
    // refers to (whose, below), never in a country's government
    if (lowerAt(s, i - 1) === "whose") continue;
    // "the Department of Justice, led by Attorney General X": the organisation led (verbal.headed-by)
    if (lowerAt(s, i - 1) === "by" && /^(?:led|headed|chaired|run|directed)$/.test(lowerAt(s, i - 2)))
      continue;
    const people = holders(s, first);
    // "Yellowknife Mayor Rebecca Alty", "Kyiv Mayor Vitali Klitschko": a mayor holds office in the city
    const city = title && MAYOR.test(title.tokens.join(" ").toLowerCase()) ? cityBefore(s, i) : undefined;
    if (city) {
      for (const h of people) emit(s, h.entities[0]!, "represents", city, "asserted", "office.mayor");
      i = people[people.length - 1]!.end - 1;
      continue;
    }
    const before =
      org || orgAfter(s, people[people.length - 1]!.end)
        ? undefined
        : orgBefore(
            s,
            i,
            !!title?.value || GOVERNMENTAL.test(tokens[i - 1]?.text ?? "") || founder,
            // "the KGB put its founder, Stepan Putilo, on its list": "its" is what can have a founder
            founder ? foundable : holdsStaff,
          );
    // "President Joe Biden", "chief executive Tim Cook": where the sentence names no organisation,
    // the office the lexicon knows the holder to have (if the title fits it)
    const own = org || before ? [] : people.map((h) => knownOffice(s, h.entities[0]!, title?.tokens));
    if (!founder && own.length > 0 && own.every(Boolean)) {
      people.forEach((h, k) => emit(s, h.entities[0]!, "represents", own[k]!, "asserted", "office.known"));
      i = people[people.length - 1]!.end - 1;
      continue;
    }
    // "Kenyan activist Boniface Mwangi": a nationality, and no organisation to look for
    if (before === null) {
      i = people[people.length - 1]!.end - 1;
      continue;
    }
    org ??= orgAfter(s, people[people.length - 1]!.end) ?? before;
    if (founder) {
      // "the readiness of founder Pavel Durov": the company the lexicon knows the founder leads
      for (const h of people) {
        const what = org ?? knownOffice(s, h.entities[0]!, undefined);
        if (what) emit(s, h.entities[0]!, "founded", what, "asserted", "office.founder-title");
      }
      continue;
    }
    // "U.S. District Judge Donald Molloy": a judge sits in a court, never in a government
    const judge = !!title && JUDGE.test(title.tokens.join(" ").toLowerCase());
    const titleWords = title ? title.tokens.join(" ").toLowerCase().replace(/ \./g, ".") : "";
    if (judge && org && !org.roles.includes("court")) org = courtOf(s);
    // "Pakistani senator Palwasha Khan": a lawmaker of a country sits in its parliament
    else if (org?.roles.includes("government-national") && LEGISLATOR.test(titleWords))
      org = parliamentOf(s, org, titleWords) ?? org;
    else if (!org) {
      // a government title names the country the sentence names; the article's own country only
      // when the sentence names none and the article is about one country
      const governmental = GOVERNMENTAL.test(tokens[i - 1]?.text ?? "");
      // a lawmaker sits in the country's parliament, not in its government; where another
      // government is as present, a lawmaker is still most likely the article's own
      const words = title ? title.tokens.join(" ").toLowerCase().replace(/ \./g, ".") : "";
      const lawmaker = LEGISLATOR.test(words);
      const named = sentenceCountry(s, people[people.length - 1]!.end);
      const country =
        (named ? undefined : stateOfOffice(s, words)) ??
        (title?.value || governmental
          ? // the country named with the holder ("Chinese Foreign Minister …"), else the article's,
            // else one the sentence names later; a lawmaker's is the article's own ("Speaker X said
            // … against Beijing's efforts")
            (named ?? soleCountry(s) ?? (lawmaker ? s.ctx.home : (passageCountry(s) ?? sentenceCountry(s))))
          : undefined);
      if (JUDGE.test(words)) org = courtOf(s);
      else if (country && lawmaker) org = parliamentOf(s, country, words);
      else
        org =
          titledOffice(s, country, words, [lowerAt(s, i - 2), lowerAt(s, i - 1)]) ??
          ministryOf(s, country, [lowerAt(s, i - 2), lowerAt(s, i - 1), ...words.split(" ")]) ??
          country ??
          // ("the ministry's spokesperson, X": an unresolved possessor is no licence to guess)
          (title?.value || governmental || (isPossessiveMarker(tokens[i - 1]) && !mentionAt(s, i - 2))
            ? undefined
            : organisationOf(s, i));
    }
    // "the lawyer Siarhej Zikratski", after a court was named: a lawyer pleads before a court, not for it
    if (org?.roles.includes("court") && title && PLEADS.test(title.tokens.join(" ").toLowerCase()))
      org = undefined;
    if (org) org = countrysDepartment(s, org, people[0]!.start);
    if (org) for (const h of people) emit(s, h.entities[0]!, "represents", org, "asserted", "office.title");
    i = people[people.length - 1]!.end - 1;
  }
  // "Elina Sidorenko, who sits on the presidential Human Rights Council": a member of a body
  for (let i = 0; i + 1 < tokens.length; i++)
    if (SITS.test(lowerAt(s, i)) && /^(?:on|in)$/.test(lowerAt(s, i + 1))) {
      const body = ownedAfter(s, i + 2, isOrganisation);
      let w = i - 1;
      if (lowerAt(s, w) === "also") w--;
      // "X of Y, who sits on …": the relative pronoun's antecedent is the last person named
      const antecedent =
        lowerAt(s, w) === "who"
          ? s.mentions.filter((m) => m.end <= w && isPerson(m)).at(-1)?.entities[0]
          : undefined;
      const member =
        body && (antecedent ?? findSubject(s, i, { action: "represents", type: "verb", form: "s" }));
      if (body && member?.category === "person")
        emit(s, member, "represents", body, "asserted", "office.sits-on");
    }
  // "the government of Alexander Lukashenko", "the regime of X": the government a person leads
  for (const m of s.mentions) {
    const head = lowerAt(s, m.end - 1);
    const leader = lowerAt(s, m.end) === "of" ? mentionAt(s, m.end + 1) : undefined;
    if (
      m.via === "descriptor" &&
      /^(?:government|administration|regime)$/.test(head) &&
      m.entities[0]!.roles.includes("government-national") &&
      leader?.entities[0]!.category === "person" &&
      !leader.possessive
    )
      emit(s, leader.entities[0]!, "represents", m.entities[0]!, "asserted", "office.government-of");
  }
  // "Alp Toker of NetBlocks", "GreatFire's Benjamin Ismail": a named person of an organisation
  for (const m of s.mentions) {
    if (lowerAt(s, m.end) === "," && lowerAt(s, m.end + 1) === "whose") whose(s, m);
    // "Maureen Googoo, who owns, edits and reports for Ku'ku'kwes News": the outlet she owns
    if (isPerson(m) && lowerAt(s, m.end) === "," && lowerAt(s, m.end + 1) === "who") {
      const rel = /^(?:owns|owned)$/.test(lowerAt(s, m.end + 2))
        ? "owns"
        : /^(?:founded|co-founded|started)$/.test(lowerAt(s, m.end + 2))
          ? "founded"
          : undefined;
      const o = rel ? ownedAfter(s, m.end + 3) : undefined;
      if (rel && o) emit(s, m.entities[0]!, rel, o, "asserted", "office.who-owns");
    }
    // "Duncan Clark, who heads the consultancy BDA China": the organisation the person runs
    // ("who also heads", "who now runs": past an adverb)
    // ("Nick Clegg, the former British deputy prime minister who now runs …": past a description)
    const who = isPerson(m) && lowerAt(s, m.end) === "," ? relativeAfterDescription(s, m.end + 1) : -1;
    const verb = ADVERBS.test(lowerAt(s, who + 1)) ? who + 2 : who + 1;
    // "who represents the French state", "who speaks for the Kremlin": speaking for a government is
    // holding office in it, where heading or running one is said of its leader's office
    const speaksFor = /^(?:speaks|spoke)$/.test(lowerAt(s, verb)) && lowerAt(s, verb + 1) === "for";
    const forGovernment = speaksFor || /^represent/.test(lowerAt(s, verb));
    if (who >= 0 && (HEADS.test(lowerAt(s, verb)) || speaksFor)) {
      for (let k = verb + (speaksFor ? 2 : 1); k < Math.min(s.tokens.length, verb + 7); k++) {
        // ("who represents the creators, countered that the state …": the clause ends at the comma)
        if (/^[,;:]$/.test(lowerAt(s, k))) break;
        let o = mentionAt(s, k);
        if (!o || onPlatform(s, o)) continue;
        // "at Facebook owner Meta": the owner the title names
        if (/^(?:owner|parent)$/.test(lowerAt(s, o.end)) && mentionAt(s, o.end + 1))
          o = mentionAt(s, o.end + 1)!;
        const national = o.entities[0]!.roles.includes("government-national");
        if (isOrganisation(o.entities[0]!) && (!national || forGovernment))
          emit(s, m.entities[0]!, "represents", o.entities[0]!, "asserted", "office.who-heads");
        break;
      }
    }
    // "Mikhail Klimarev, a telecoms specialist who is executive director of Roskomsvoboda": an office
    // the relative clause gives the person
    if (isPerson(m) && lowerAt(s, m.end) === ",") {
      const org = titledRelative(s, m.end + 1);
      if (org) emit(s, m.entities[0]!, "represents", org, "asserted", "office.who-is");
    }
    // "His Chadema party has campaigned …": the person "his" refers to belongs to the party
    if (m.entities[0]!.roles.includes("party") && /^(?:his|her)$/.test(lowerAt(s, m.start - 1))) {
      const member =
        s.mentions.filter((x) => x.end < m.start && isPerson(x)).at(-1)?.entities[0] ??
        s.ctx.recent.find((e) => e.category === "person");
      if (member?.category === "person")
        emit(s, member, "represents", m.entities[0]!, "asserted", "office.pronoun-party");
    }
    const owner =
      m.start >= 2 && isPossessiveMarker(s.tokens[m.start - 1]) ? mentionAt(s, m.start - 2) : undefined;
    if (
      isPerson(m) &&
      owner &&
      isOrganisation(owner.entities[0]!) &&
      !owner.entities[0]!.roles.includes("government-national")
    )
      emit(s, m.entities[0]!, "represents", owner.entities[0]!, "asserted", "office.possessive");
    if (!isPerson(m) || m.via === "pronoun" || lowerAt(s, m.end) !== "of") continue;
    const org = orgAfter(s, m.end);
    if (org && !org.roles.includes("government-national"))
      emit(s, m.entities[0]!, "represents", org, "asserted", "office.person-of");
  }
}

/**
 * "the Liberal-National opposition, whose leader, Peter Dutton, …": the person holds the title in
 * the organisation; "Lissu, whose Chadema party …": the person belongs to the party.
 */
function whose(s: Sentence, m: Mention): void {
  const at = m.end + 2;
  const e = m.entities[0]!;
  const title = matchAt(s.lex.roleTitles, s.tokens, at);
  if (title && isOrganisation(e)) {
    let p = at + title.tokens.length;
    if (lowerAt(s, p) === ",") p++;
    const holder = mentionAt(s, p);
    if (isPerson(holder)) emit(s, holder.entities[0]!, "represents", e, "asserted", "office.whose-title");
    return;
  }
  // "Telegram, whose founder Pavel Durov left Russia": the founder founded the antecedent
  if (FOUNDER.test(lowerAt(s, at)) && (isOrganisation(e) || e.kind === "platform")) {
    const founder = mentionAt(s, lowerAt(s, at + 1) === "," ? at + 2 : at + 1);
    if (isPerson(founder)) emit(s, founder.entities[0]!, "founded", e, "asserted", "office.whose-founder");
    return;
  }
  const party = mentionAt(s, at);
  if (isPerson(m) && party && party.entities[0]!.roles.includes("party"))
    emit(s, e, "represents", party.entities[0]!, "asserted", "office.whose-party");
}
