// Entity mentions in a sentence: lexicon names, descriptions that refer back ("the regulator"),
// plural descriptions ("these messaging apps"), and proper names the lexicon does not know.
import nlp from "compromise";
import type { CompiledLexicon, LexEntity } from "./lexicon.ts";
import { slug } from "./lexicon.ts";
import { institutionAt, platformHeadAt } from "./heads.ts";
import { tagWords } from "./syntax/tagger.ts";
import { matchAt } from "./match.ts";
import { isCapitalized, isPossessiveMarker, type Token } from "./tokens.ts";

export type MentionVia = "name" | "descriptor" | "plural" | "discovered" | "pronoun";

export interface Mention {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  entities: LexEntity[];
  surface: string;
  via: MentionVia;
  /** Followed by a possessive marker ("Meta's"). */
  possessive: boolean;
}

/** What the reader remembers while going through one article. */
export interface ArticleContext {
  lex: CompiledLexicon;
  /** Entities in order of last mention, most recent first. */
  recent: LexEntity[];
  /** Entities discovered in this article, by surname or single-word name too. */
  discovered: Map<string, LexEntity>;
  /** The national government the article is mostly about. */
  home: LexEntity | undefined;
  /** Platforms of the previous sentence, for "these apps". */
  lastPlatforms: LexEntity[];
  /** Main subject of the previous sentence, for "it". */
  lastSubject: LexEntity | undefined;
  /** Who last blocked, banned, restricted, fined or mandated: the author of "the law", "the ban". */
  lastAgent?: LexEntity;
  /** Organisations each person was seen to represent, by key: nobody criticises their own act. */
  affiliations?: Map<string, Set<string>>;
  /** How present each entity is in the reader's mind: mentions, decaying sentence by sentence. */
  salience: Map<LexEntity, number>;
  /** Entities named in the headline: what the article is about, the default referent of "the platform". */
  topic: Set<LexEntity>;
}

const DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "their", "a", "an"]);
const REFERRING = new Set(["the", "this", "that", "these", "those"]);
const NAME_JOINERS = new Set([
  "of",
  "for",
  "and",
  "de",
  "da",
  "del",
  "la",
  "le",
  "van",
  "von",
  "bin",
  "al",
  "el",
  "&",
]);
const GOV_SUFFIX =
  /^(?:Ministry|Authority|Commission|Court|Agency|Council|Office|Department|Directorate|Regulator|Police|Parliament|Assembly|Senate|Bureau|Administration|Prosecutor|Prosecutors|Committee|Tribunal|Inspectorate|Service|Board|Government|Cabinet|Presidency)$/;
const COMPANY_SUFFIX =
  /^(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Group|Systems|Technologies|Technology|Telecom|Telecommunications|Holdings|Labs|Company|Co\.?|AG|SA|GmbH|PLC|plc|Bank|Airlines|Networks)$/;
const GROUP_SUFFIX =
  /^(?:Foundation|Institute|Watch|Association|Union|Party|Movement|Alliance|Coalition|Centre|Center|Project|Society|Federation|Front|Initiative|Lab|Observatory|Network)$/;
const TITLE =
  /^(?:President|Prime|Minister|Chancellor|King|Queen|Prince|Sheikh|Emir|Governor|Senator|Judge|Justice|Mr|Mrs|Ms|Dr|General|Gen|Premier|Secretary|Chairman|Chairwoman|Commander-in-chief|Ayatollah|Spokesman|Spokeswoman|Spokesperson|Magistrate|Commissioner|Director|Ambassador|Mayor|Speaker|Representative|Rep|Sen|CEO|Founder|Prosecutor|Chief|Deputy|Vice|Vice-President|Acting)\.?$/;
/** Titles inside a run of capitals: "Islamabad High Court Chief Justice Aamer Farooq", "Interior Secretary Khurram Agha". */
const TITLE_NOUN =
  /^(?:President|Minister|Secretary|Chancellor|Governor|Senator|Judge|Justice|Magistrate|Commissioner|Chairman|Chairwoman|Chair|Director|Spokesman|Spokeswoman|Spokesperson|Ambassador|Mayor|Speaker|Representative|CEO|Founder|Premier|Prosecutor|Officer|Vice-President)$/;
const TITLE_MODIFIER =
  /^(?:Chief|Deputy|Vice|Prime|Interior|Foreign|Home|Information|Communications|Digital|Finance|Justice|Attorney|Election|Executive|Federal|Acting|Senior|Press|General|Managing)$/;
const COMPOUND_ADJECTIVE =
  /-(?:owned|backed|based|run|controlled|linked|funded|made|born|led|affiliated|aligned|developed|operated)$/i;
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
// Capitalised words that start sentences or headings without naming anything.
const NOT_NAMES = new Set(
  "The A An In On At For From With By To Of And But Or As If When While After Before Since Despite Although Though However Meanwhile Yet This That These Those It Its They Their He She His Her We Our You Your I Some Many Most Other Others Such Both Each Every Why What How Who Where Which Yes No Not According Last Next Earlier Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Officially Previously Simultaneously Regarding Following Under Over Without Within Across Through Also Still Now Then Here There Q A1 Image Photo Advertisement Comments Read More Related Update Users Critics".split(
    " ",
  ),
);

function entityRoles(e: LexEntity): string[] {
  return [...e.roles, e.category, e.kind];
}

/** Resolves a description to the most recently mentioned entity that fits it. */
export function resolveDescription(
  ctx: ArticleContext,
  roles: string[],
  country?: LexEntity,
  here: Mention[] = [],
  demonstrative = false,
): LexEntity | undefined {
  const fits = (e: LexEntity) =>
    entityRoles(e).some((r) => roles.includes(r)) &&
    (!country || e.government === country.key || e === country);
  // Earlier in the same sentence wins ("WhatsApp said Russia wants to block its service").
  for (let k = here.length - 1; k >= 0; k--) {
    const e = here[k]!.entities[0]!;
    if (here[k]!.via !== "plural" && fits(e)) return e;
  }
  // "this app" points at the latest fitting entity; "the app" at the most salient one.
  if (demonstrative)
    return (
      ctx.recent.find(fits) ?? (roles.includes("government-national") ? (country ?? ctx.home) : undefined)
    );
  let found: LexEntity | undefined;
  let best = -1;
  for (const e of ctx.recent) {
    const score = (ctx.salience.get(e) ?? 0) + (ctx.topic.has(e) ? 1 : 0);
    if (fits(e) && score > best) [found, best] = [e, score];
  }
  if (found) return found;
  if (roles.includes("government-national")) return country ?? ctx.home;
  // "Russia's communications watchdog" before Roskomnadzor is named: the lexicon's one fitting agency
  if (country) {
    const known = ctx.lex.entities.filter(
      (e) => e.government === country.key && e.roles.some((r) => roles.includes(r)),
    );
    if (known.length === 1) return known[0];
  }
  return undefined;
}

/** A headline in Title Case, where capitals do not mark names. A sentence that ends in a period is not one. */
function isTitleCase(tokens: Token[]): boolean {
  if (/^[.!?]$/.test(tokens[tokens.length - 1]?.text ?? "")) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (words.length < 3) return false;
  return words.filter((t) => isCapitalized(t.text)).length / words.length > 0.6;
}

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

const REPORTING_VERBS =
  /^(?:said|says|told|tells|wrote|writes|added|argued|argues|noted|warned|explained|stated|posted)$/;

function classifyName(
  words: Token[],
  next: Token | undefined,
  prev: Token | undefined,
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
  if (next && PLATFORM_NOUNS.has(next.lower))
    return { kind: "platform", category: next.lower === "messenger" ? "messenger" : "service" };
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
      (REPORTING_VERBS.test(next.text) || (next.lower === "of" && /^\p{Lu}/u.test(after?.text ?? "")))
    )
      return { kind: "actor", category: "person" };
  }
  return undefined;
}

/**
 * Finds the mentions in one sentence. Names and discovered names are found first; descriptions
 * and plural descriptions are resolved against the article context.
 */
export function findMentions(tokens: Token[], ctx: ArticleContext): Mention[] {
  const { lex } = ctx;
  const out: Mention[] = [];
  const headline = isTitleCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const owned =
      isPossessiveMarker(tokens[i + 1]) || isPossessiveMarker(tokens[i + 2])
        ? describe(tokens, i, ctx, out)
        : undefined;
    if (owned) {
      out.push(owned);
      i = owned.end;
      continue;
    }
    const institution = headline ? undefined : institutionAt(tokens, i, ctx);
    if (institution) {
      out.push(institution);
      i = institution.end;
      continue;
    }
    const name = matchAt(lex.names, tokens, i);
    if (name) {
      const end = i + name.tokens.length;
      const e = name.value;
      const prev = tokens[i - 1];
      const next = tokens[end];
      // An ambiguous one-word name inside a longer proper name ("Max Verstappen") is not the entity.
      const insideName =
        e.ambiguous &&
        name.tokens.length === 1 &&
        ((next && isCapitalized(next.text) && !matchAt(lex.names, tokens, end) && !headline) ||
          (prev &&
            i > 1 &&
            isCapitalized(prev.text) &&
            !NOT_NAMES.has(prev.text) &&
            !matchAt(lex.names, tokens, i - 1) &&
            !headline));
      if (!insideName) {
        out.push({
          start: i,
          end,
          entities: [e],
          surface: surface(tokens, i, end),
          via: "name",
          possessive: isPossessiveMarker(next),
        });
        i = end;
        continue;
      }
    }
    const known = ctx.discovered.get(t.text);
    if (known && isCapitalized(t.text)) {
      let end = i + 1;
      while (
        end < tokens.length &&
        ctx.discovered.get(
          tokens
            .slice(i, end + 1)
            .map((x) => x.text)
            .join(" "),
        ) === known
      )
        end++;
      out.push({
        start: i,
        end,
        entities: [known],
        surface: surface(tokens, i, end),
        via: "discovered",
        possessive: isPossessiveMarker(tokens[end]),
      });
      i = end;
      continue;
    }
    const desc = describe(tokens, i, ctx, out);
    if (desc) {
      out.push(desc);
      i = desc.end;
      continue;
    }
    if (!headline && isCapitalized(t.text) && !NOT_NAMES.has(t.text) && /^\p{Lu}/u.test(t.text)) {
      const found = discover(tokens, i, ctx);
      if (found) {
        out.push(found);
        i = found.end;
        continue;
      }
    }
    i++;
  }
  return withPlatformHeads(tokens, out, ctx);
}

/** "ICQ messenger", "the Mir payment system": a platform's head noun belongs to its mention. */
function withPlatformHeads(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  return mentions.map((m, k) => {
    if (m.via === "plural" || m.entities[0]!.kind !== "platform" || m.possessive) return m;
    const head = platformHeadAt(ctx.lex, tokens, m.end);
    const next = mentions[k + 1];
    if (!head || (next && next.start < m.end + head.length)) return m;
    const end = m.end + head.length;
    return { ...m, end, surface: surface(tokens, m.start, end), possessive: isPossessiveMarker(tokens[end]) };
  });
}

function surface(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && tokens[k - 1]!.end < t.start) s += " ";
    s += t.text;
  }
  return s;
}

/** "the regulator", "the Russian regulatory authority", "these messaging apps", "its service". */
function describe(tokens: Token[], i: number, ctx: ArticleContext, here: Mention[]): Mention | undefined {
  const det = tokens[i]!;
  const group = demonymGroup(tokens, i, ctx);
  if (group) return group;
  // "Starlink, the satellite service owned by SpaceX": a description in apposition is the name itself
  const before = here[here.length - 1];
  if (before && before.end === i - 1 && tokens[i - 1]?.text === ",") return undefined;
  // "Russia's communications watchdog": a country's possessive narrows the description to its agencies
  const owner = matchAt(ctx.lex.names, tokens, i);
  if (
    owner &&
    owner.value.roles.includes("government-national") &&
    isPossessiveMarker(tokens[i + owner.tokens.length])
  ) {
    let j = i + owner.tokens.length + 1;
    let d = matchAt(ctx.lex.descriptors, tokens, j);
    if (!d && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]?.text ?? ""))
      d = matchAt(ctx.lex.descriptors, tokens, ++j);
    if (!d || d.value.includes("government-national")) return undefined;
    const end = j + d.tokens.length;
    const e = resolveDescription(ctx, d.value, owner.value);
    return e
      ? {
          start: i,
          end,
          entities: [e],
          surface: surface(tokens, i, end),
          via: "descriptor",
          possessive: isPossessiveMarker(tokens[end]),
        }
      : undefined;
  }
  if (!DETERMINERS.has(det.lower) && det.lower !== "authorities" && det.lower !== "officials")
    return undefined;
  if (det.lower === "authorities" || det.lower === "officials") {
    const prev = tokens[i - 1];
    if (
      prev &&
      /^\p{L}/u.test(prev.text) &&
      !/^(?:by|of|to|from|with|and|that|accused|accusing|urged|said|told|where)$/.test(prev.lower)
    )
      return undefined;
    const e = ctx.home;
    return e
      ? {
          start: i,
          end: i + 1,
          entities: [e],
          surface: det.text,
          via: "descriptor",
          possessive: isPossessiveMarker(tokens[i + 1]),
        }
      : undefined;
  }
  let j = i + 1;
  // "the country's communications regulator": the article's own country
  if (
    det.lower === "the" &&
    /^(?:country|nation)$/.test(tokens[j]?.lower ?? "") &&
    isPossessiveMarker(tokens[j + 1])
  )
    j += 2;
  // An optional demonym or country adjective narrows the reference: "the Russian regulatory authority".
  let country: LexEntity | undefined;
  const adj = tokens[j] ? matchAt(ctx.lex.names, tokens, j) : undefined;
  if (adj && adj.value.roles.includes("government-national") && adj.tokens.length === 1) {
    country = adj.value;
    j++;
  }
  const plural = matchAt(ctx.lex.plurals, tokens, j);
  if (
    plural &&
    (det.lower === "these" || det.lower === "those" || (det.lower === "the" && ctx.lastPlatforms.length > 1))
  ) {
    const end = j + plural.tokens.length;
    if (ctx.lastPlatforms.length === 0) return undefined;
    return {
      start: i,
      end,
      entities: [...ctx.lastPlatforms],
      surface: surface(tokens, i, end),
      via: "plural",
      possessive: false,
    };
  }
  let d = matchAt(ctx.lex.descriptors, tokens, j);
  if (!d && tokens[j] && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]!.text) && !matchAt(ctx.lex.cues, tokens, j)) {
    d = matchAt(ctx.lex.descriptors, tokens, j + 1);
    if (d) j++;
  }
  if (!d) return undefined;
  const end = j + d.tokens.length;
  // "the media watchdog Roskomnadzor": the name that follows is the mention.
  const next = tokens[end];
  if (
    next &&
    (matchAt(ctx.lex.names, tokens, end) || (isCapitalized(next.text) && !NOT_NAMES.has(next.text)))
  )
    return undefined;
  // "a platform", "an app" introduce something new rather than refer back.
  if (det.lower === "a" || det.lower === "an") return undefined;
  if (
    (det.lower === "its" || det.lower === "their") &&
    !d.value.some((r) => ["messenger", "social network", "video", "service"].includes(r))
  )
    return undefined;
  if (d.value.includes("government-national") && !REFERRING.has(det.lower)) return undefined;
  const entity =
    det.lower === "its" || det.lower === "their"
      ? resolveDescription(
          ctx,
          d.value.filter((r) => r !== "company"),
          undefined,
          here,
        )
      : resolveDescription(ctx, d.value, country, [], det.lower === "this" || det.lower === "that");
  if (!entity) return undefined;
  return {
    start: i,
    end,
    entities: [entity],
    surface: surface(tokens, i, end),
    via: "descriptor",
    possessive: isPossessiveMarker(tokens[end]),
  };
}

/** "Russian developers", "Turkish journalists": a collective actor named by demonym and noun. */
function demonymGroup(tokens: Token[], i: number, ctx: ArticleContext): Mention | undefined {
  const start = DETERMINERS.has(tokens[i]!.lower) ? i + 1 : i;
  const dem = matchAt(ctx.lex.demonyms, tokens, start);
  if (!dem) return undefined;
  const j = start + dem.tokens.length;
  const noun = matchAt(ctx.lex.demonymGroups, tokens, j);
  if (!noun) return undefined;
  const end = j + noun.tokens.length;
  const label = surface(tokens, start, end);
  const key = slug(label);
  const e = ctx.lex.entityByKey.get(key) ??
    ctx.discovered.get(label) ?? {
      key,
      label,
      kind: "actor" as const,
      category: "group",
      roles: ["group"],
      ambiguous: false,
    };
  ctx.discovered.set(label, e);
  return discoveredMention(tokens, i, end, e, label);
}

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
  return verb || apposition ? { kind: "actor", category: "person" } : undefined;
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
    if (name.length >= 1 && name.length <= 4 && name.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text)))
      return k;
  }
  return undefined;
}

/** A run of capitalised words the lexicon does not know, kept when its kind can be told. */
function discover(tokens: Token[], at: number, ctx: ArticleContext): Mention | undefined {
  // "Ukrainian President Volodymyr Zelensky": neither the demonym nor the title is part of the name
  let i = at;
  const dem = matchAt(ctx.lex.demonyms, tokens, i);
  if (dem && TITLE.test(tokens[i + dem.tokens.length]?.text ?? "")) i += dem.tokens.length;
  while (
    (TITLE.test(tokens[i]!.text) ||
      TITLE_MODIFIER.test(tokens[i]!.text) ||
      TITLE_NOUN.test(tokens[i]!.text)) &&
    tokens[i + 1] &&
    /^\p{Lu}/u.test(tokens[i + 1]!.text)
  )
    i++;
  // "Meta-owned", "Kremlin-backed": a compound adjective, not a name
  if (COMPOUND_ADJECTIVE.test(tokens[i]!.text)) return undefined;
  // "President Abdel Fattah al-Sisi": a known name follows the title; the main loop takes it
  if (i > at && matchAt(ctx.lex.names, tokens, i)) return undefined;
  let end = i;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (/^\p{Lu}/u.test(t.text) && !(end > i && NOT_NAMES.has(t.text) && t.text !== "Of")) {
      if (matchAt(ctx.lex.names, tokens, end) && end > i) break;
      end++;
      continue;
    }
    // "Ministry of Information and Communications" joins; "Fedot Tumusov and Dmitry Ionin" are two people
    const joins =
      NAME_JOINERS.has(t.lower) &&
      !(t.lower === "and" && !tokens.slice(i, end).some((w) => w.lower === "of" || w.lower === "for"));
    if (joins && end > i && tokens[end + 1] && /^\p{Lu}/u.test(tokens[end + 1]!.text)) {
      end++;
      continue;
    }
    break;
  }
  // a joiner left at the end ("Alp Toker of" before a known name) is not part of the name
  while (end > i && NAME_JOINERS.has(tokens[end - 1]!.lower)) end--;
  if (end === i) return undefined;
  // an organisation, then a title and a person: the organisation is this mention, the rest comes next
  end = titleInside(tokens, i, end) ?? end;
  const words = tokens.slice(i, end);
  if (words.length > 7) return undefined;
  // "Russian propaganda", "Kenyan networks": a demonym alone names no one
  if (words.length === 1 && matchAt(ctx.lex.demonyms, tokens, i)) return undefined;
  // "Vadim Ampelonsky, a spokesman for …": an apposition with a title makes a person
  const titled =
    tokens[end]?.text === "," &&
    [1, 2, 3].some((k) => tokens[end + k] && matchAt(ctx.lex.roleTitles, tokens, end + k)) &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text));
  const kind = titled
    ? { kind: "actor" as const, category: "person" }
    : officeOf(tokens, i, ctx)
      ? { kind: "actor" as const, category: "group" }
      : (classifyName(
          words,
          tokens[end],
          tokens[i - 1],
          platformHeadAt(ctx.lex, tokens, end)?.category,
          tokens[end + 1],
        ) ?? personByGrammar(tokens, i, end));
  if (!kind) return undefined;
  const label = surface(tokens, i, end);
  const entity: LexEntity = {
    key: slug(label),
    label,
    kind: kind.kind,
    category: kind.category,
    roles: [],
    ambiguous: false,
  };
  if (!entity.key) return undefined;
  const existing = ctx.lex.entityByKey.get(entity.key) ?? ctx.discovered.get(label);
  const e = existing ?? entity;
  ctx.discovered.set(label, e);
  // Later mentions by surname ("Thiam") or by the first words of an organisation's name.
  if (e.category === "person" && words.length >= 2) ctx.discovered.set(words[words.length - 1]!.text, e);
  return discoveredMention(tokens, i, end, e, label);
}

function discoveredMention(
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
