// Names the lexicon does not know: a run of capitalised words becomes an entity when its kind can
// be told, by an organisation's suffix ("… Ministry", "… Inc"), a platform head noun ("the Koo
// app"), a title or apposition ("communications minister Moussa Bocar Thiam", "Vadim Ampelonsky, a
// spokesman for …"), the office it is held in ("president of … BDA China") or grammar (a proper
// name that acts as a subject). Runs are split where a title starts inside them.
import nlp from "compromise";
import type { CompiledLexicon, LexEntity, Phrase } from "./lexicon.ts";
import { slug } from "./lexicon.ts";
import { companyHeadBefore, platformHeadAt, platformHeadBefore } from "./heads.ts";
import { discoveredEntity } from "./discovered.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { tagWords } from "./syntax/tagger.ts";
import { isPossessiveMarker, type Token } from "./tokens.ts";

// Capitalised words that start sentences or headings without naming anything.
export const NOT_NAMES = new Set(
  "The A An In On At For From With By To Of And But Or As If When While After Before Since Despite Although Though However Meanwhile Yet This That These Those It Its They Their He She His Her We Our You Your I Some Many Most Other Others Such Both Each Every Why What How Who Where Which Yes No Not According Last Next Earlier Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Officially Previously Simultaneously Regarding Following Under Over Without Within Across Through Also Still Now Then Here There Q A1 Image Photo Advertisement Comments Read More Related Update Users Critics".split(
    " ",
  ),
);

const NAME_JOINERS = new Set([
  "of",
  "for",
  "and",
  "de",
  "des",
  "du",
  "da",
  "del",
  "di",
  "der",
  "et",
  "la",
  "le",
  "van",
  "von",
  "bin",
  "al",
  "el",
  "&",
]);
/** A surname that opens with an Arabic article or particle in lower case: "al-Yasiri", "el-Sisi". */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;
const GOV_SUFFIX =
  /^(?:Ministry|Authority|Commission|Court|Agency|Council|Office|Department|Directorate|Regulator|Police|Parliament|Assembly|Senate|Bureau|Administration|Prosecutor|Prosecutors|Committee|Tribunal|Inspectorate|Service|Board|Government|Cabinet|Presidency)$/;
const COMPANY_SUFFIX =
  /^(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Group|Systems|Technologies|Technology|Telecom|Telecommunications|Holdings|Labs|Company|Co\.?|AG|SA|GmbH|PLC|plc|Bank|Airlines|Networks|Ventures|Partners|Capital|Solutions|Enterprises)$/;
/** The legal form a company's registered name ends in ("Inc.", "Ltd", "GmbH"). */
export const LEGAL_FORM = /^(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|Co\.?|AG|SA|GmbH|PLC|plc)$/;
const GROUP_SUFFIX =
  /^(?:Foundation|Institute|Watch|Association|Union|Party|University|System|Movement|Alliance|Coalition|Centre|Center|Project|Society|Federation|Front|Initiative|Lab|Observatory|Network|League|Forum|Fund|Trust|Congress|Organisation|Organization|Consortium|Collective|Academy)$/;
/** Last words of an outlet's name: "Ku'ku'kwes News", "The Kyiv Independent" is not one. */
const MEDIA_SUFFIX =
  /^(?:News|Times|Post|Gazette|Journal|Herald|Tribune|Radio|Television|TV|Media|Daily|Magazine|Chronicle)$/;
const TITLE =
  /^(?:President|Prime|Minister|Chancellor|King|Queen|Prince|Sheikh|Emir|Governor|Gov|Senator|Senators|Judge|Judges|Justice|Justices|Mr|Mrs|Ms|Dr|General|Gen|Premier|Treasurer|Secretary|Chairman|Chairwoman|Commander-in-chief|Ayatollah|Spokesman|Spokeswoman|Spokesperson|Magistrate|Commissioner|Director|Ambassador|Mayor|Speaker|Representative|Rep|Sen|CEO|Founder|Prosecutor|Chief|Deputy|Vice|Vice-President|Acting|Leader)\.?$/;
/** Titles inside a run of capitals: "Islamabad High Court Chief Justice Aamer Farooq", "Interior Secretary Khurram Agha". */
const TITLE_NOUN =
  /^(?:General|President|Minister|Secretary|Chancellor|Governor|Gov|MP|Senator|Judge|Justice|Magistrate|Commissioner|Chairman|Chairwoman|Chair|Director|Spokesman|Spokeswoman|Spokesperson|Ambassador|Mayor|Speaker|Representative|CEO|Founder|Premier|Treasurer|Prosecutor|Officer|Vice-President|Leader)$/;
/** Last words of titles that end in "of …": "Chief of Staff", "Head of State", "Minister of Defence". */
const TITLE_AFTER_OF = /^(?:Staff|State|Defence|Defense|Justice|Information|Communications|Interior)$/;
const TITLE_MODIFIER =
  /^(?:Chief|Deputy|Vice|Prime|Interior|Foreign|Home|Information|Communications|Digital|Finance|Justice|Attorney|Solicitor|Election|Executive|Federal|Acting|Senior|Press|General|Managing|Cabinet|Principal|ICT)$/;
const CARDINAL =
  /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|Two|Three|Four|Five|Six|Eight|Eleven|Twelve|Dozens|Hundreds|Thousands|Millions|Several|Many|Numerous|Some)$/;
const COMPOUND_ADJECTIVE =
  /-(?:owned|backed|based|run|controlled|linked|funded|made|born|led|affiliated|aligned|developed|operated|language|speaking)$/i;
const ORGANISATION_NOUN =
  /^(?:program|programme|group|consultancy|organisation|organization|NGO|charity|association|federation|union|coalition|think-tank|foundation|institute|watchdog|party|firm|startup|nonprofit|non-profit|campaign|movement|project|network|outlet|broadcaster|newspaper|agency)$/;
/** Plural nouns whose possessive begins a party's or a movement's name: "People's", "Workers'". */
const COLLECTIVE = /^(?:People|Workers|Women|Citizens|Farmers|Peasants|Patriots|Youth)$/;
/** Nouns of a trade a company's name can follow: "the mobile operator Mobilis". */
const COMPANY_NOUN = /^(?:operator|carrier|provider|telco|conglomerate|retailer|bank|lender)$/;
/** Nouns a name can stand before to say what it names: a company's, an outlet's, else a group's. */
const NAMED_KIND =
  /^(?:(firm|startup|consultancy)|(newspaper|outlet|broadcaster)|group|organisation|organization|NGO|charity|association|federation|union|coalition|think-tank|foundation|institute|party|campaign|movement|project|initiative)$/;
const PLATFORM_NOUNS = new Set([
  "app",
  "messenger",
  "platform",
  "application",
  "network",
  "service",
  "website",
  "site",
]);
// Names recur across a corpus; compromise's verdict on a name is cached (bounded).
const personCache = new Map<string, boolean>();
function looksLikePerson(name: string): boolean {
  let v = personCache.get(name);
  if (v === undefined) {
    const doc = nlp(name);
    v = doc.has("#Person") && !doc.has("#Place") && !doc.has("#Organization");
    if (personCache.size > 50_000) personCache.clear();
    personCache.set(name, v);
  }
  return v;
}

/** "founder", "co-founder": a noun cue of `founded`, as the lexicon lists them. */
const foundsNoun = (lex: CompiledLexicon, t: Token): boolean =>
  !!lex.cues
    .get(t.lower)
    ?.some((p) => p.value.action === "founded" && p.value.type === "noun" && p.tokens.length === 1);

function classifyName(
  words: Token[],
  next: Token | undefined,
  prev: Token | undefined,
  speaks: Set<string>,
  platformHead?: string,
  after?: Token,
): Pick<LexEntity, "kind" | "category"> | undefined {
  const last = words[words.length - 1]!.text;
  const first = words[0]!.text;
  if (GOV_SUFFIX.test(last) || /^(?:Ministry|Department|Office)$/.test(first))
    return { kind: "actor", category: "government" };
  if (COMPANY_SUFFIX.test(last)) return { kind: "actor", category: "company" };
  if (GROUP_SUFFIX.test(last)) return { kind: "actor", category: "group" };
  if (platformHead) return { kind: "platform", category: platformHead };
  // "the online safety group Bely Internet", "the consultancy BDA": named after what it is
  if (prev && ORGANISATION_NOUN.test(prev.text)) return { kind: "actor", category: "group" };
  // "the mobile operator Mobilis", "the carrier Ncell": a company named after its trade
  if (prev && COMPANY_NOUN.test(prev.text)) return { kind: "actor", category: "company" };
  if (next && PLATFORM_NOUNS.has(next.lower))
    return { kind: "platform", category: next.lower === "messenger" ? "messenger" : "service" };
  // "the Internet Without Borders project", "the Chadema party": a name before the noun for its kind
  const kindNoun = prev?.lower === "the" ? NAMED_KIND.exec(next?.text ?? "") : null;
  if (kindNoun) return { kind: "actor", category: kindNoun[1] ? "company" : kindNoun[2] ? "media" : "group" };
  const text = words.map((w) => w.text).join(" ");
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w.text) || NAME_JOINERS.has(w.lower),
    )
  ) {
    if (looksLikePerson(text)) return { kind: "actor", category: "person" };
    if (
      prev &&
      /^(?:minister|spokesman|spokeswoman|spokesperson|president|founder|chief|ceo|head|director|official|judge|secretary|billionaire|entrepreneur|lawmaker|senator|activist|journalist|executive|chairman|commissioner|researcher|analyst|expert|specialist|professor|editor|campaigner|blogger|reporter|author|economist|lawyer|attorney|deputy|deputies|member|members|mp|legislator|councillor|governor|ambassador|envoy|adviser|advisor|aide|officer|colonel|student|trader|seller|owner|user|resident|developer|engineer|scholar|critic|opposition leader)$/i.test(
        prev.text,
      )
    )
      return { kind: "actor", category: "person" };
    // "Alp Toker of NetBlocks", "Anna Petrova said": a two- or three-word name that speaks or belongs somewhere
    if (
      words.length <= 3 &&
      next &&
      (speaks.has(next.text) || (next.lower === "of" && /^\p{Lu}/u.test(after?.text ?? "")))
    )
      return { kind: "actor", category: "person" };
  }
  return undefined;
}

export function surface(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && tokens[k - 1]!.end < t.start) s += " ";
    s += t.text;
  }
  return s;
}

const SAYS = /^(?:said|says|told|added|wrote|warned|argued|noted|stated|insisted|explained)$/;
/** Offices a person holds, in lower case: what a name set off by commas after them is the holder of. */
const OFFICE_WORD =
  /^(?:spokesman|spokeswoman|spokesperson|minister|director|head|chief|chairman|chairwoman|president|ambassador|adviser|advisor|official|secretary|envoy|analyst|researcher|founder|leader|governor|commissioner)$/;

/**
 * "Matt Regier, a Kalispell Republican, …", "Keegan Medrano said": two or three capitalised words
 * that the tagger reads as a proper name acting as a subject (a verb follows) or described by an
 * apposition are a person.
 */
function personByGrammar(
  tokens: Token[],
  from: number,
  to: number,
): Pick<LexEntity, "kind" | "category"> | undefined {
  const words = tokens.slice(from, to);
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text))) return undefined;
  // "Facebook's Free Basics", "Google's Transparency Report": what a company has is a product
  if (isPossessiveMarker(tokens[from - 1])) return undefined;
  const { pos } = tagWords(tokens);
  if (!words.every((_, k) => pos[from + k] === "PROPN")) return undefined;
  const next = pos[to];
  const after = tokens[to + 1]?.lower ?? "";
  const verb = next === "VERB" || next === "AUX";
  const apposition = tokens[to]?.text === "," && /^(?:a|an|the|who|whose|his|her)$/.test(after);
  // "Fedot Tumusov and Dmitry Ionin": coordinated with a name that reads as a person's
  const partner = tokens.slice(to + 1, to + 4);
  let n = 0;
  while (n < partner.length && /^\p{Lu}[\p{Ll}'’-]+$/u.test(partner[n]!.text)) n++;
  const coordinated =
    tokens[to]?.lower === "and" &&
    n >= 2 &&
    looksLikePerson(
      partner
        .slice(0, n)
        .map((w) => w.text)
        .join(" "),
    );
  // "Sher Bahadur Deuba of the Nepali Congress": a name with no organisation's word in it, then the
  // capitalised organisation it is of
  const memberOf =
    tokens[to]?.lower === "of" &&
    after === "the" &&
    /^\p{Lu}/u.test(tokens[to + 2]?.text ?? "") &&
    !words.some((w) => ORG_SUFFIX(w.text) || TITLE.test(w.text) || TITLE_NOUN.test(w.text)) &&
    // (two words must read as a person's name: "the Cybercrime Wing of the FIA" is a unit)
    (words.length === 3 || looksLikePerson(surface(tokens, from, to)));
  // "The embassy's spokeswoman in New Delhi, Ji Rong, said …": a name set off by commas after an
  // office, before a verb of saying
  const apposedSpeaker =
    tokens[from - 1]?.text === "," &&
    tokens[to]?.text === "," &&
    SAYS.test(after) &&
    tokens.slice(Math.max(0, from - 8), from - 1).some((w) => OFFICE_WORD.test(w.lower));
  // "accused Roman Protasevich of …": a name that reads as a person's, wherever it stands
  const personal = () => looksLikePerson(surface(tokens, from, to));
  return verb || apposition || coordinated || memberOf || apposedSpeaker || personal()
    ? { kind: "actor", category: "person" }
    : undefined;
}

/** Head nouns of an apposition that says a name is a platform. */
const APPOSED_PLATFORM = /^(?:app|application|messenger|platform|network|service|website|site|tool|chatbot)$/;
/** What may follow that head noun while the apposition goes on ("a site run by …", "a tool, which …"). */
const APPOSITION_GOES_ON =
  /^(?:,|\.|;|run|owned|operated|founded|launched|created|developed|built|backed|funded|that|which|whose|used|popular)$/;

/**
 * Whether the phrase from `k` ends at a comma or the sentence's end before a verb of its own: "For a
 * number of Philadelphians, the app owned by ByteDance is a paycheck" is the main clause, no apposition.
 */
function closes(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 14); j++) {
    const w = tokens[j]!.lower;
    if (w === "," || w === "." || w === ";") return true;
    if (FINITE.test(w)) return false;
  }
  return tokens.length <= k + 14;
}
const FINITE = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|says|said)$/;

/**
 * "AppleCensorship, a monitoring site run by GreatFire", "AirDrop, Apple's file-sharing tool, …",
 * "GreatFire, the anti-censorship group, …": an apposition of a determiner or an owner's name, a few
 * lower-case modifiers and a head noun says what the name is (a clause that goes on after the head
 * noun is the sentence's: "Yesterday, the app was blocked" names no "Yesterday").
 */
function kindByApposition(
  tokens: Token[],
  from: number,
  to: number,
  ctx: ArticleContext,
): Pick<LexEntity, "kind" | "category"> | undefined {
  if (tokens[to]?.text !== "," || to - from > 3) return undefined;
  if (from === 0 && to === 1 && /ly$/.test(tokens[0]!.lower)) return undefined;
  let k = to + 1;
  const owner = matchAt(ctx.lex.names, tokens, k);
  if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? "")) k++;
  else if (owner && isPossessiveMarker(tokens[k + owner.tokens.length])) k += owner.tokens.length + 1;
  else return undefined;
  for (const start = k; k - start < 4 && /^[\p{Ll}-]+$/u.test(tokens[k]?.text ?? ""); k++) {
    if (!APPOSITION_GOES_ON.test(tokens[k + 1]?.lower ?? ".") || !closes(tokens, k + 1)) continue;
    const head = tokens[k]!.lower;
    if (APPOSED_PLATFORM.test(head)) return { kind: "platform", category: "service" };
    const named = NAMED_KIND.exec(head);
    if (named) return { kind: "actor", category: named[1] ? "company" : named[2] ? "media" : "group" };
  }
  return undefined;
}

/**
 * "FORUM-ASIA urged Hanoi …": one word in capitals (an acronym, perhaps hyphenated) that acts as a
 * subject (a verb follows) names an organisation (a dateline's capitals are followed by a comma
 * or a dash, not a verb).
 */
function acronymByGrammar(
  tokens: Token[],
  from: number,
  to: number,
): Pick<LexEntity, "kind" | "category"> | undefined {
  if (to !== from + 1) return undefined;
  // ("IT minister", "TV station": two capitals are more often a common abbreviation)
  if (!/^(?:\p{Lu}{3,}|\p{Lu}{2,}(?:-\p{Lu}{2,})+)$/u.test(tokens[from]!.text)) return undefined;
  const { pos } = tagWords(tokens);
  return pos[to] === "VERB" ? { kind: "actor", category: "group" } : undefined;
}

/**
 * "president of the Beijing-based consultancy BDA China", "chief executive of Village Media": the
 * name after "<title> of" (over "the" and a few modifiers) is the organisation the title is held in.
 */
function officeOf(tokens: Token[], at: number, ctx: ArticleContext): boolean {
  let j = at - 1;
  for (
    let n = 0;
    n < 4 &&
    j >= 0 &&
    /^(?:the|a|an|[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+)$/u.test(tokens[j]!.text) &&
    !/^(?:of|at|for)$/.test(tokens[j]!.lower);
    n++
  )
    j--;
  if (!/^(?:of|at|for)$/.test(tokens[j]?.lower ?? "")) return false;
  for (let k = Math.max(0, j - 3); k < j; k++) {
    const title = matchAt(ctx.lex.roleTitles, tokens, k);
    if (title && k + title.tokens.length === j) return true;
  }
  return false;
}

/** Where a title starts inside the run [from, to) when a person's name follows it to the end of the run. */
function titleInside(tokens: Token[], from: number, to: number): number | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    // the title words from k on ("Chief Justice", "Deputy Prime Minister"); the last noun among them ends the title
    let m = k;
    let last = -1;
    while (m < to && (TITLE_MODIFIER.test(tokens[m]!.text) || TITLE_NOUN.test(tokens[m]!.text))) {
      if (TITLE_NOUN.test(tokens[m]!.text)) last = m;
      m++;
    }
    if (last < 0) continue;
    m = last;
    const name = tokens.slice(m + 1, to);
    // ("the EU General Court": a court's name, not a title and a person)
    if (
      name.length >= 1 &&
      name.length <= 4 &&
      name.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) && !ORG_SUFFIX(w.text))
    )
      return k;
  }
  return undefined;
}

/**
 * "Facebook's Free Basics", "Google's Bard": a name a company or platform possesses is its product,
 * unless it reads as a person's ("Meta's Nick Clegg").
 */
function companyProduct(
  tokens: Token[],
  from: number,
  to: number,
  ctx: ArticleContext,
): Pick<LexEntity, "kind" | "category"> | undefined {
  if (to - from > 3 || !isPossessiveMarker(tokens[from - 1])) return undefined;
  const owner = [from - 2, from - 3]
    .map((k) => (k >= 0 ? matchAt(ctx.lex.names, tokens, k) : undefined))
    .find((m, n) => m && m.tokens.length === n + 1)?.value;
  if (!owner || !(owner.category === "company" || owner.kind === "platform")) return undefined;
  if (looksLikePerson(surface(tokens, from, to))) return undefined;
  // ("Google's Transparency Report": a publication, not a service)
  if (
    /^(?:Report|Reports|Index|Policy|Policies|Rules|Guidelines|Statement|Blog|Study|Survey|Review)$/.test(
      tokens[to - 1]!.text,
    )
  )
    return undefined;
  return { kind: "platform", category: "service" };
}

/** Participles of holding whose "by" names an owner: "controlled by", "acquired by", "funded by". */
const HELD_BY = /^(?:owned|controlled|acquired|bought|backed|funded|financed|operated)$/;

/**
 * "VK is controlled by Gazprombank", "a channel funded by Rossotrudnichestvo": the agent of a
 * participle of holding is an owner, a person when the name reads as one, else a company.
 */
function ownerByGrammar(
  tokens: Token[],
  from: number,
  to: number,
): Pick<LexEntity, "kind" | "category"> | undefined {
  // ("owned by Luxembourg's SES": past a possessor that says where the owner is)
  let by = from - 1;
  if (isPossessiveMarker(tokens[by]) && /^\p{Lu}/u.test(tokens[by - 1]?.text ?? "")) by -= 2;
  if (tokens[by]?.lower !== "by" || !HELD_BY.test(tokens[by - 1]?.lower ?? "")) return undefined;
  // ("owned by Mr", "backed by Western …": one capitalised word of a phrase that goes on is no name)
  if (/^\p{Ll}/u.test(tokens[to]?.text ?? "") && tokens[to]?.lower !== "and") return undefined;
  return looksLikePerson(surface(tokens, from, to))
    ? { kind: "actor", category: "person" }
    : { kind: "actor", category: "company" };
}

/**
 * "Belarus Golovnogo Mozga, founded by blogger Ihar Losik,", "Mobilis, run by the post office": a
 * name whose apposition says who founded or runs it is an organisation (a group founded, a company run).
 */
function madeByGrammar(tokens: Token[], to: number): Pick<LexEntity, "kind" | "category"> | undefined {
  if (tokens[to]?.text !== "," || tokens[to + 2]?.lower !== "by") return undefined;
  const verb = tokens[to + 1]!.lower;
  if (/^(?:founded|co-founded|created|launched|started|set)$/.test(verb))
    return { kind: "actor", category: "group" };
  if (/^(?:owned|run|operated|controlled)$/.test(verb)) return { kind: "actor", category: "company" };
  return undefined;
}

/** A run of capitalised words the lexicon does not know, kept when its kind can be told. */
/** Whether a minister's or secretary's title follows `end`, past "and <Portfolio>": "… and Infrastructure Minister". */
export function beforePortfolioTitle(tokens: Token[], end: number): boolean {
  let k = end;
  while (/^(?:and|,)$/.test(tokens[k]?.lower ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) k += 2;
  return /^(?:Minister|Secretary)$/.test(tokens[k]?.text ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "");
}

/**
 * "Rejo Zenger of Bits of Freedom called …": two or three plain capitalised words, then "of" and a
 * capitalised name that speaks or judges (a verb of saying or a cue of criticism, or a comma and
 * one). The first words are the person, the rest the body they are of, where "Bank of Ireland" or
 * "Ministry of Justice said" has a word of an organisation before "of".
 */
function speaksForBody(tokens: Token[], i: number, of: number, ctx: ArticleContext): boolean {
  const words = tokens.slice(i, of);
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !ORG_SUFFIX(w.text) && !TITLE.test(w.text)))
    return false;
  if (words.some((w, n) => TITLE_NOUN.test(w.text) || matchAt(ctx.lex.names, tokens, i + n))) return false;
  let k = of + 1;
  while (k < of + 6 && (/^\p{Lu}/u.test(tokens[k]?.text ?? "") || NAME_JOINERS.has(tokens[k]?.lower ?? "")))
    k++;
  // ("Rep. Brandon Ler of Savage said": one word after a name is as often the hometown)
  if (k < of + 3) return false;
  const at = tokens[k]?.text === "," ? k + 1 : k;
  if (ctx.lex.speech.namesSpeaker.has(tokens[at]?.lower ?? "")) return true;
  // or judges: "… called the ban a political decision", "… condemned the block"
  const cue = matchAt(ctx.lex.cues, tokens, at)?.value;
  return !!cue && cue.type === "verb" && (cue.action === "criticizes" || cue.action === "accuses");
}

export function discover(tokens: Token[], at: number, ctx: ArticleContext): Mention | undefined {
  // "Ukrainian President Volodymyr Zelensky": neither the demonym nor the title is part of the name
  let i = at;
  const dem = matchAt(ctx.lex.demonyms, tokens, i);
  if (dem && TITLE.test(tokens[i + dem.tokens.length]?.text ?? "")) i += dem.tokens.length;
  while (
    (TITLE.test(tokens[i]!.text) ||
      TITLE_MODIFIER.test(tokens[i]!.text) ||
      TITLE_NOUN.test(tokens[i]!.text) ||
      // "Deputy Chief of Staff Sergei Kiriyenko": the title's last word after "of"
      (TITLE_AFTER_OF.test(tokens[i]!.text) && tokens[i - 1]?.lower === "of")) &&
    tokens[i + 1] &&
    /^\p{Lu}/u.test(tokens[i + 1]!.text)
  )
    i++;
  // "Twenty-five VPN apps", "Several rights groups" opening a sentence: a count, not a name
  if (CARDINAL.test(tokens[i]!.text)) return undefined;
  // "Meta-owned", "Kremlin-backed": a compound adjective, not a name
  if (COMPOUND_ADJECTIVE.test(tokens[i]!.text)) return undefined;
  // "President Abdel Fattah al-Sisi": a known name follows the title; the main loop takes it
  if (i > at && matchAt(ctx.lex.names, tokens, i)) return undefined;
  let end = i;
  while (end < tokens.length) {
    const t = tokens[end]!;
    // ("Reporters Without Borders": a preposition inside a name, between capitalised words)
    const inside = t.text === "Of" || (t.text === "Without" && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? ""));
    // ("Hiyam al-Yasiri": a surname with an article in lower case is still part of the name)
    const particle = end > i && PARTICLE_NAME.test(t.text);
    if ((/^\p{Lu}/u.test(t.text) || particle) && !(end > i && NOT_NAMES.has(t.text) && !inside)) {
      if (matchAt(ctx.lex.names, tokens, end) && end > i) break;
      // "the Elon Musk-owned service", "Jack Dorsey-backed": a name in a compound adjective is an
      // owner or backer the compound rules read, not a name of its own
      if (COMPOUND_ADJECTIVE.test(t.text)) return undefined;
      end++;
      continue;
    }
    // "People's Liberation Party", "Workers' Party": a collective noun's possessive inside a name
    if (
      isPossessiveMarker(t) &&
      end > i &&
      (COLLECTIVE.test(tokens[end - 1]!.text) || /^\p{Lu}\p{Ll}+s$/u.test(tokens[end - 1]!.text)) &&
      /^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")
    ) {
      end++;
      continue;
    }
    // "Donald W. Molloy": a middle initial and its period inside a name
    if (
      t.text === "." &&
      end - i >= 2 &&
      /^\p{Lu}$/u.test(tokens[end - 1]!.text) &&
      tokens[end - 1]!.end === t.start &&
      /^\p{Lu}\p{Ll}/u.test(tokens[end + 1]?.text ?? "")
    ) {
      end++;
      continue;
    }
    // "Ministry of Information and Communications" joins; "Fedot Tumusov and Dmitry Ionin" are two people
    const joins =
      NAME_JOINERS.has(t.lower) &&
      !(t.lower === "and" && !tokens.slice(i, end).some((w) => w.lower === "of" || w.lower === "for"));
    // "House Speaker Matt Regier of Kalispell": a person's name ends before "of", the place is home
    const personBefore =
      t.lower === "of" &&
      end - i >= 2 &&
      end - i <= 3 &&
      (looksLikePerson(surface(tokens, i, end)) ||
        // ("Senator Amara Ndoli of Kisumu": after a personal title the name is a person's)
        (i > at && TITLE.test(tokens[i - 1]!.text)) ||
        speaksForBody(tokens, i, end, ctx));
    if (joins && !personBefore && end > i && tokens[end + 1] && /^\p{Lu}/u.test(tokens[end + 1]!.text)) {
      end++;
      continue;
    }
    break;
  }
  // a joiner left at the end ("Alp Toker of" before a known name) is not part of the name
  while (end > i && NAME_JOINERS.has(tokens[end - 1]!.lower)) end--;
  if (end === i) return undefined;
  // an organisation, then a title and a person: the organisation is this mention, the rest comes next
  const cut = titleInside(tokens, i, end);
  // ("Republican Attorney General Austin Knudsen": an adjective before a title qualifies its holder)
  if (cut === i + 1 && /(?:an|ic|ist|ive|al)$/.test(tokens[i]!.text)) return undefined;
  end = cut ?? end;
  // "Republican Gov. Greg Gianforte": a run that ends in a title is no name
  while (end > i + 1 && TITLE.test(tokens[end - 1]!.text)) end--;
  if (end === i + 1 && TITLE.test(tokens[i]!.text)) return undefined;
  // "Transport and Infrastructure Minister X", "Culture Secretary X": a portfolio, not a name
  if (end - i <= 2 && beforePortfolioTitle(tokens, end) && !looksLikePerson(surface(tokens, i, end)))
    return undefined;
  const words = tokens.slice(i, end);
  if (words.length > 7) return undefined;
  // "VPN apps", "a VPN": a kind of technology, not a service's name
  if (words.length === 1 && ctx.lex.genericTerms.has(words[0]!.text)) return undefined;
  // "Russian propaganda", "Kenyan networks": a demonym alone names no one
  if (words.length === 1 && matchAt(ctx.lex.demonyms, tokens, i)) return undefined;
  // "Vadim Ampelonsky, a spokesman for …": an apposition with a title makes a person
  // "the ministry's spokesman, Ayhan Hajizadeh, said": so does a title and a comma before the name
  // "its founder, Stepan Putilo, …": so does a founder noun
  const titleBefore =
    tokens[i - 1]?.text === "," &&
    i >= 2 &&
    (matchAt(ctx.lex.roleTitles, tokens, i - 2)?.tokens.length === 1 || foundsNoun(ctx.lex, tokens[i - 2]!));
  // ("Donald W. Molloy": a middle initial does not count against a person's name)
  const named = words.filter(
    (w, k) => !(w.text === "." || (/^\p{Lu}$/u.test(w.text) && words[k + 1]?.text === ".")),
  );
  // ("Vongai Chikwanda, Amnesty International's deputy director": past the owner's name)
  const owner = tokens[end]?.text === "," ? matchAt(ctx.lex.names, tokens, end + 1) : undefined;
  const ownerEnd =
    owner && isPossessiveMarker(tokens[end + 1 + owner.tokens.length]) ? end + 1 + owner.tokens.length : end;
  const titled =
    (titleBefore ||
      (tokens[end]?.text === "," &&
        [1, 2, 3].some(
          (k) =>
            tokens[ownerEnd + k] &&
            (matchAt(ctx.lex.roleTitles, tokens, ownerEnd + k) || foundsNoun(ctx.lex, tokens[ownerEnd + k]!)),
        ))) &&
    named.length >= 2 &&
    named.length <= 4 &&
    named.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) || PARTICLE_NAME.test(w.text));
  // "Lissu, chairman of the main opposition party": a surname alone, in apposition an office held in
  // an organisation
  const surnameInOffice =
    words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!.text) && officeApposition(ctx, tokens, end);
  // "as did Chief Justice Qazi Faez Isa": a personal title right before a name-shaped run makes a person
  const titleLed =
    i > at &&
    TITLE.test(tokens[i - 1]!.text) &&
    named.length >= 2 &&
    named.length <= 4 &&
    named.every(
      (w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w.text) || PARTICLE_NAME.test(w.text),
    ) &&
    !words.some((w) => ORG_SUFFIX(w.text));
  const kind =
    titled || titleLed || surnameInOffice
      ? { kind: "actor" as const, category: "person" }
      : // "deputy director general of the European consumer group BEUC": an adjective, the name comes later
        (officeOf(tokens, i, ctx) && !/^\p{Ll}/u.test(tokens[end]?.text ?? "")) ||
          // ("Rejo Zenger of Bits of Freedom said": the body a speaker is of)
          (tokens[i - 1]?.lower === "of" &&
            [3, 4].some((n) => i - n >= 0 && speaksForBody(tokens, i - n, i - 1, ctx)))
        ? { kind: "actor" as const, category: "group" }
        : (classifyName(
            words,
            tokens[end],
            tokens[i - 1],
            ctx.lex.speech.namesSpeaker,
            platformHeadAt(ctx.lex, tokens, end)?.category ?? platformHeadBefore(ctx.lex, tokens, i),
            tokens[end + 1],
          ) ??
          (companyHeadBefore(ctx.lex, tokens, i)
            ? { kind: "actor" as const, category: "company" }
            : undefined) ??
          personByGrammar(tokens, i, end) ??
          acronymByGrammar(tokens, i, end) ??
          kindByApposition(tokens, i, end, ctx) ??
          companyProduct(tokens, i, end, ctx) ??
          ownerByGrammar(tokens, i, end) ??
          madeByGrammar(tokens, end));
  if (!kind) return undefined;
  const label = surface(tokens, i, end);
  if (!slug(label)) return undefined;
  // "Gabon's media regulator HAC": a description right before the name gives its roles, so that
  // "the regulator" later refers back to it
  const described = kind.kind === "actor" && kind.category !== "person" ? describedAs(ctx, tokens, i) : [];
  const e = discoveredEntity(ctx, label, {
    kind: kind.kind,
    category: kind.category,
    // "the Supreme Court", "the Sindh High Court": a court, which its judges belong to
    roles: /^(?:Court|Tribunal)$/.test(words[words.length - 1]!.text) ? ["court"] : described,
    ambiguous: false,
  });
  // Later mentions by surname ("Thiam") or by the first words of an organisation's name.
  if (e.category === "person" && words.length >= 2) ctx.discovered.set(words[words.length - 1]!.text, e);
  return discoveredMention(tokens, i, end, e, label);
}

/** The roles of a description of a body that ends right before token `i` ("media regulator", "watchdog"). */
function describedAs(ctx: ArticleContext, tokens: Token[], i: number): string[] {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const d = matchAt(ctx.lex.descriptors, tokens, k);
    if (d && k + d.tokens.length === i && /^\p{Ll}/u.test(tokens[i - 1]!.text))
      return d.value.filter(
        (r) => r === "regulator" || r === "watchdog" || r === "agency" || r === "ministry",
      );
  }
  return [];
}

/** ", [the|a] <title> of|for …" from token `at`: an apposition that gives an office in an organisation. */
function officeApposition(ctx: ArticleContext, tokens: Token[], at: number): boolean {
  if (tokens[at]?.text !== ",") return false;
  let k = at + 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? "")) k++;
  const title = matchAt(ctx.lex.roleTitles, tokens, k);
  return !!title && /^(?:of|for|at)$/.test(tokens[k + title.tokens.length]?.lower ?? "");
}

export function discoveredMention(
  tokens: Token[],
  start: number,
  end: number,
  e: LexEntity,
  label: string,
): Mention {
  return {
    start,
    end,
    entities: [e],
    surface: label,
    via: "discovered",
    possessive: isPossessiveMarker(tokens[end]),
  };
}

export const ORG_SUFFIX = (w: string): boolean =>
  GOV_SUFFIX.test(w) || COMPANY_SUFFIX.test(w) || GROUP_SUFFIX.test(w) || MEDIA_SUFFIX.test(w);

/**
 * "the European Federation of Journalists", "the Internet Service Providers Association of Nepal",
 * "the consultancy BDA China": an organisation's proper name that contains names the lexicon knows
 * (a group, a country) is one name. It ends in an organisation's suffix, or in "of <Name>" after
 * one, or is an unknown acronym followed by a country ("<Org> China", a national branch).
 * Returns the end of the name when it is longer than what the lexicon matches at `i`.
 */
export function organisationRun(
  tokens: Token[],
  i: number,
  ctx: ArticleContext,
  name: Phrase<LexEntity> | undefined,
): number | undefined {
  const known = name?.tokens.length ?? 0;
  if (!/^\p{Lu}/u.test(tokens[i]!.text)) return undefined;
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "") && !NOT_NAMES.has(tokens[k]!.text);
  if (!capital(i) || (i > 0 && capital(i - 1) && !NOT_NAMES.has(tokens[i - 1]!.text))) return undefined;
  let end = i;
  let sawOf = false;
  let suffixEnd = -1;
  const demonymFirst = !!matchAt(ctx.lex.demonyms, tokens, i);
  while (end < tokens.length && end - i < 9) {
    if (capital(end)) {
      if (TITLE_NOUN.test(tokens[end]!.text) && end > i) break;
      end++;
      // "Nepali Congress" is a party; "Russian Parliament" is Russia's, which descriptions resolve
      const suffix = demonymFirst
        ? GROUP_SUFFIX.test(tokens[end - 1]!.text)
        : ORG_SUFFIX(tokens[end - 1]!.text);
      if (suffix) suffixEnd = end;
      continue;
    }
    const w = tokens[end]!.lower;
    // ("… of Pakistan and Punjab's minister": a possessive after "and" starts a new phrase)
    const joins =
      w === "of" ||
      w === "for" ||
      w === "&" ||
      (w === "and" && sawOf && !isPossessiveMarker(tokens[end + 2]));
    if (joins && capital(end + 1) && (suffixEnd === end || sawOf)) {
      sawOf ||= w === "of" || w === "for";
      end++;
      continue;
    }
    break;
  }
  // the name runs to a suffix, or on through "of …" after one
  let stop = suffixEnd === end || (sawOf && suffixEnd > i) ? end : -1;
  if (stop < 0) {
    // "BDA China": an unknown acronym and a country, as in a national branch's name
    const country = matchAt(ctx.lex.names, tokens, i + 1);
    if (
      end === i + 2 &&
      /^\p{Lu}{2,}$/u.test(tokens[i]!.text) &&
      known === 0 &&
      country?.value.roles.includes("government-national") &&
      country.tokens.length === 1
    )
      stop = end;
    // "the ACLU of Montana": an acronym's branch in a country or state
    const branch = tokens[i + 1]?.lower === "of" ? matchAt(ctx.lex.names, tokens, i + 2) : undefined;
    if (
      known === 0 &&
      /^\p{Lu}{2,}$/u.test(tokens[i]!.text) &&
      branch?.value.roles.includes("government-national")
    )
      stop = i + 2 + branch.tokens.length;
  }
  // "the ACLU of Montana": a known organisation's branch in a country or state
  const org = name?.value;
  if (stop < 0 && org && org.kind === "actor" && ["group", "company"].includes(org.category)) {
    const place =
      tokens[i + known]?.lower === "of" ? matchAt(ctx.lex.names, tokens, i + known + 1) : undefined;
    if (place?.value.roles.includes("government-national")) stop = i + known + 1 + place.tokens.length;
  }
  // "CBC News" is CBC: an outlet's name the lexicon knows, with a word outlets end in; "TikTok Inc."
  // is TikTok: a known name with only its legal form after it
  if (stop === i + known + 1 && MEDIA_SUFFIX.test(tokens[stop - 1]!.text)) return undefined;
  if (known > 0 && stop === i + known + 1 && LEGAL_FORM.test(tokens[stop - 1]!.text)) return undefined;
  // a name the lexicon knows in full is its own
  return stop > i + Math.max(known, 1) ? stop : undefined;
}

/** The discovered organisation of tokens [from, to), typed by its suffix. */
export function organisationMention(tokens: Token[], from: number, to: number, ctx: ArticleContext): Mention {
  const words = tokens.slice(from, to).map((t) => t.text);
  const suffix = [...words].reverse().find(ORG_SUFFIX) ?? "";
  const category = GOV_SUFFIX.test(suffix)
    ? "government"
    : COMPANY_SUFFIX.test(suffix)
      ? "company"
      : MEDIA_SUFFIX.test(suffix)
        ? "media"
        : "group";
  const label = surface(tokens, from, to);
  const e = discoveredEntity(ctx, label, {
    kind: "actor",
    category,
    roles: /^(?:Court|Tribunal)$/.test(suffix) ? ["court"] : [],
    ambiguous: false,
  });
  return discoveredMention(tokens, from, to, e, label);
}

/**
 * "the Minister of Information, Communication and Information Technology": the portfolio after a
 * minister's formal title names the ministry ("Ministry of …"), of the article's country. The
 * portfolio is capitalised words joined by "and", "&" or a comma before another capitalised word.
 */
export function portfolioAt(tokens: Token[], at: number, ctx: ArticleContext): Mention | undefined {
  if (tokens[at - 1]?.lower !== "of" || !/^Minist(?:er|ry)$/.test(tokens[at - 2]?.text ?? ""))
    return undefined;
  const capital = (k: number) =>
    /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? "") && !NOT_NAMES.has(tokens[k]!.text);
  let end = at;
  while (capital(end)) {
    end++;
    const joiner = tokens[end]?.lower;
    if ((joiner === "and" || joiner === "&" || joiner === ",") && capital(end + 1)) end++;
  }
  // "the Prime Minister of Nepal": a country, not a portfolio
  if (end === at || matchAt(ctx.lex.names, tokens, at)) return undefined;
  const field = surface(tokens, at, end);
  const e = discoveredEntity(ctx, `Ministry of ${field}`, {
    kind: "actor",
    category: "government",
    roles: ["ministry"],
    ambiguous: false,
    ...(ctx.home ? { government: ctx.home.key } : {}),
  });
  return discoveredMention(tokens, at, end, e, field);
}
