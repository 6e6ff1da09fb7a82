// Descriptions that refer back to an entity: "the regulator", "the Russian regulatory authority",
// "Russia's communications watchdog", "these messaging apps", "its service", "the interior ministry".
// Each resolves to the entity in view that fits it (salience, the sentence's own names, the country it
// is narrowed to), or, for a country's body the article has not named, to the lexicon's one.
import { NOT_NAMES, surface } from "./discover.ts";
import { demonymGroup } from "./collectives.ts";
import { nationalBody } from "./discovered.ts";
import type { LexEntity } from "./lexicon.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { judicialBody } from "./relations/sentence.ts";
import { isCapitalized, isPossessiveMarker, tokenize, type Token } from "./tokens.ts";

export const DETERMINERS = new Set([
  "the",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "a",
  "an",
  "both",
]);
const COMPANY_NOUNS = /^(?:companies|firms)$/;
const OUTLET_NOUNS = /^(?:outlets|media outlets|news outlets|broadcasters|channels|media)$/;
const NUMBERS = /^(?:two|three|four|five|both)$/;
const COUNTS = new Map([
  ["two", 2],
  ["both", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
]);
/** "that her app": a possessive pronoun is no modifier of a description. */
const POSSESSIVE_PRONOUN = /^(?:her|his|its|their|our|my|your)$/;
const REFERRING = new Set(["the", "this", "that", "these", "those"]);
export function entityRoles(e: LexEntity): string[] {
  return [...e.roles, e.category, e.kind];
}

const LEGISLATIVE = new Set(["legislature", "parliament"]);

/**
 * The platforms "all of them" at [start, end) stands for: those named earlier in the sentence when
 * there are several, else the ones the sentence before named together.
 */
function platformsNamedBefore(
  tokens: Token[],
  start: number,
  end: number,
  here: Mention[],
  ctx: ArticleContext,
): Mention | undefined {
  const inSentence = [...new Set(here.flatMap((m) => m.entities).filter((e) => e.kind === "platform"))];
  const latest = ctx.platformGroups?.[0];
  const justNamed = latest && latest.sentence >= (ctx.sentencesRead ?? 0) - 1 ? latest.platforms : [];
  const referents = inSentence.length > 1 ? inSentence : justNamed;
  if (referents.length < 2) return undefined;
  return {
    start,
    end,
    entities: [...referents],
    surface: surface(tokens, start, end),
    via: "plural",
    possessive: false,
  };
}

/** A platform named as where something was said or seen: "on Facebook", "via Telegram". */
const MEDIUM = new Set(["on", "via", "through"]);
const isMedium = (tokens: Token[], m: Mention): boolean => MEDIUM.has(tokens[m.start - 1]?.lower ?? "");

/** "prime" in "France's prime minister": the head of the government, no minister of a portfolio. */
const HEADS_GOVERNMENT = /^prime$/;

const TEMPORAL_OPENER = /^(?:since|after|before|during|following|amid|until|ever)$/;

/**
 * "Since the invasion of Ukraine in 2022, the authorities have blocked …": a country named in a
 * clause of time that opens the sentence is part of the event dated, not whose authorities act
 * ("In Russia, the authorities …" is a place, and stays).
 */
const inTimeOpener = (tokens: Token[], m: Mention, i: number): boolean => {
  if (!TEMPORAL_OPENER.test(tokens[0]?.lower ?? "") || !m.entities[0]!.roles.includes("government-national"))
    return false;
  const comma = tokens.findIndex((t, k) => k >= m.end && t.text === ",");
  return comma >= 0 && comma < i;
};

/** How present an entity is in the reader's mind: its salience, and one more if the headline named it. */
export function presence(ctx: ArticleContext, e: LexEntity): number {
  return (ctx.salience.get(e) ?? 0) + (ctx.topic.has(e) ? 1 : 0);
}

/** A description at tokens [start, end) that refers to `e`. */
const descriptorMention = (tokens: Token[], start: number, end: number, e: LexEntity): Mention => ({
  start,
  end,
  entities: [e],
  surface: surface(tokens, start, end),
  via: "descriptor",
  possessive: isPossessiveMarker(tokens[end]),
});

/** Resolves a description to the most recently mentioned entity that fits it. */
export function resolveDescription(
  ctx: ArticleContext,
  roles: string[],
  country?: LexEntity,
  here: Mention[] = [],
  demonstrative = false,
): LexEntity | undefined {
  // "the state" in a story about Montana is Montana, though Beijing is in view: a federated state
  // in view first, else a nation as for "the government"
  if (roles[0] === "federated-state" && roles.length > 1)
    return (
      resolveDescription(ctx, roles.slice(0, 1), country, here, demonstrative) ??
      resolveDescription(ctx, roles.slice(1), country, here, demonstrative)
    );
  // ("the judge": a person the article has seen sit on a court)
  const fits = (e: LexEntity) =>
    (entityRoles(e).some((r) => roles.includes(r)) ||
      (roles.includes("judge") && e.category === "person" && !!judicialBody(ctx, e))) &&
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
    const score = presence(ctx, e);
    if (fits(e) && score > best) [found, best] = [e, score];
  }
  // "TikTok filed its own complaint. The company's spokeswoman …": a platform the sentence before
  // named as its subject stands for its own company, and competes with the companies in view
  const last = ctx.lastNamedSubject;
  if (
    found &&
    roles.includes("company") &&
    !country &&
    last?.kind === "platform" &&
    presence(ctx, last) > best
  )
    found = last;
  // "Russia blocked Viber … the company": a platform that is also a company ("Telegram") yields to
  // the platform the article is about, when that one is more present; a company proper does not
  if (found?.kind === "platform" && roles.includes("company") && !country)
    for (const e of ctx.topic)
      if (e.kind === "platform" && presence(ctx, e) > presence(ctx, found)) found = e;
  if (found) return found;
  // "TikTok sued. The company said …": with no company in view, the company is the platform the
  // article is about, which is also the company's name
  if (roles.includes("company") && !country)
    for (const e of ctx.recent) {
      const score = presence(ctx, e);
      if (e.kind === "platform" && score > best) [found, best] = [e, score];
    }
  if (found) return found;
  if (roles.includes("government-national")) return country ?? ctx.home;
  // "Russia's communications watchdog" before Roskomnadzor is named: the lexicon's one fitting agency;
  // "the Legislature" unqualified is the one of the state the article is about
  const state = country ?? (roles.some((r) => LEGISLATIVE.has(r)) ? ctx.home : undefined);
  if (state) {
    const known = ctx.lex.entities.filter(
      (e) => e.government === state.key && e.roles.some((r) => roles.includes(r)),
    );
    if (known.length === 1) return known[0];
  }
  return undefined;
}

export function rememberGroup(ctx: ArticleContext, platforms: LexEntity[]): void {
  const sentence = ctx.sentencesRead ?? 0;
  ctx.platformGroups = [{ platforms, sentence }, ...(ctx.platformGroups ?? [])].slice(0, 8);
}

/**
 * "the observatory's director" after the Media Ecosystem Observatory: the last word of an
 * organisation's name, as a common noun, refers back to it when one organisation just named has it.
 */
function headNounReference(tokens: Token[], j: number, ctx: ArticleContext): Mention | undefined {
  const t = tokens[j];
  if (!t || !/^\p{Ll}{4,}$/u.test(t.text)) return undefined;
  const named = ctx.recent.filter(
    (e) =>
      e.kind === "actor" &&
      e.category !== "person" &&
      !e.roles.includes("government-national") &&
      e.label.split(" ").pop()!.toLowerCase() === t.lower,
  );
  if (named.length !== 1) return undefined;
  return descriptorMention(tokens, j - 1, j + 1, named[0]!);
}

/** The departments a ministry is named by ("the foreign ministry", "Interior Minister"). */
export const DEPARTMENTS =
  /^(?:interior|foreign|home|information|communications|digital|finance|justice|defence|defense|education|health|trade|culture|heritage|technology|telecommunications|telecoms|science|economy|transport|security|industry)$/;

/**
 * A country's ministry of one department: the one the lexicon knows by that word (the Interior
 * Ministry, the Ministry of Foreign Affairs), else one named after the country and the department
 * ("Azerbaijani foreign ministry"), once per article.
 */
function departmentMinistry(ctx: ArticleContext, country: LexEntity, dept: string): LexEntity | undefined {
  const word = new RegExp(`\\b${dept}`, "i");
  const known = ctx.lex.entities.filter(
    (e) => e.government === country.key && e.roles.includes("ministry") && word.test(e.label),
  );
  if (known.length === 1) return known[0];
  return known.length === 0 ? nationalBody(ctx, country, `${dept} ministry`, ["ministry"]) : undefined;
}

/** "According to the Council, both outlets …": the comma closes a phrase of attribution, not a name. */
function introductory(tokens: Token[], m: Mention): boolean {
  const k = tokens[m.start - 1]?.lower === "the" ? m.start - 2 : m.start - 1;
  if (tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "according") return true;
  // "In Ukraine, the authorities blocked …": the phrase that opens the sentence ends at its comma
  return (
    OPENING_PREPOSITION.test(tokens[0]?.lower ?? "") && !tokens.slice(0, m.start).some((t) => t.text === ",")
  );
}

const OPENING_PREPOSITION =
  /^(?:in|across|throughout|within|inside|outside|since|after|before|during|following|amid|at|from|beyond|unlike|like|besides)$/;

/**
 * "the country's data protection authority" in a story about Italy: the body the lexicon knows as
 * "Italy's data protection authority", when the country has several that fit the bare description.
 */
function countrysOwn(
  ctx: ArticleContext,
  country: LexEntity,
  tokens: Token[],
  from: number,
  to: number,
): LexEntity | undefined {
  if (!country.country) return undefined;
  const words = tokens.slice(from, to).map((t) => t.text);
  const named = tokenize(`${country.country}'s ${words.join(" ")}`);
  const m = matchAt(ctx.lex.names, named, 0);
  return m && m.tokens.length === named.length && m.value.kind === "actor" ? m.value : undefined;
}

/** Staff titles an institution noun may stand before: "ministry spokesperson", "agency head". */
const STAFF_TITLE =
  /^(?:spokesperson|spokesman|spokeswoman|official|officials|head|chief|director|chairman|chairwoman)$/;

/**
 * "Ministry spokesperson Gajendra Kumar Thakur", "said agency officials": an institution noun with no
 * article before a staff title is the institution of that kind the discourse is about, not a name.
 */
function staffInstitution(
  tokens: Token[],
  i: number,
  ctx: ArticleContext,
  here: Mention[],
): Mention | undefined {
  const prev = tokens[i - 1]?.lower;
  if (prev !== undefined && (DETERMINERS.has(prev) || prev === "'s" || /^\p{Lu}/u.test(tokens[i - 1]!.text)))
    return undefined;
  const d = matchAt(ctx.lex.descriptors, tokens, i);
  if (!d || d.tokens.length !== 1 || !STAFF_TITLE.test(tokens[i + 1]?.lower ?? "")) return undefined;
  if (d.value.some((r) => r === "government-national" || PLATFORM_ROLES.has(r) || r === "company"))
    return undefined;
  const e = resolveDescription(ctx, d.value, undefined, here);
  return e
    ? { start: i, end: i + 1, entities: [e], surface: tokens[i]!.text, via: "descriptor", possessive: false }
    : undefined;
}

/** Who unnamed sources inside a state are: "government sources", "government and security sources". */
const SOURCE_KIND = /^(?:government|security|official|intelligence|diplomatic|military|police)$/;

/** How many tokens from `i` name official sources ("Government and security sources": 4), else 0. */
function officialSources(tokens: Token[], i: number): number {
  let j = i;
  while (SOURCE_KIND.test(tokens[j]?.lower ?? "")) {
    j++;
    if (tokens[j]?.lower === "and" && SOURCE_KIND.test(tokens[j + 1]?.lower ?? "")) j++;
  }
  return j > i && tokens[j]?.lower === "sources" ? j + 1 - i : 0;
}

/** "the regulator", "the Russian regulatory authority", "these messaging apps", "its service". */
export function describe(
  tokens: Token[],
  i: number,
  ctx: ArticleContext,
  here: Mention[],
): Mention | undefined {
  const det = tokens[i]!;
  const group = demonymGroup(tokens, i, DETERMINERS.has(det.lower) ? i + 1 : i, ctx);
  if (group) return group;
  const staff = staffInstitution(tokens, i, ctx, here);
  if (staff) return staff;
  const led = leadersGovernment(tokens, i, ctx);
  if (led) return led;
  // "Russia's communications watchdog": a country's possessive narrows the description to its agencies
  let owner = matchAt(ctx.lex.names, tokens, i);
  // "Russia's state …" is also a name of the government; before a description, Russia owns it
  const own = owner ? owner.tokens.indexOf("'s") : -1;
  if (owner && own > 0 && own < owner.tokens.length - 1)
    owner = { ...owner, tokens: owner.tokens.slice(0, own) };
  if (
    owner &&
    owner.value.roles.includes("government-national") &&
    isPossessiveMarker(tokens[i + owner.tokens.length])
  ) {
    let j = i + owner.tokens.length + 1;
    let d = matchAt(ctx.lex.descriptors, tokens, j);
    // "Russia's state communications watchdog": over up to two modifiers to the noun
    let at = j;
    for (let n = 0; n < 2 && (!d || d.value.includes("government-national")); n++) {
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]?.text ?? "") || HEADS_GOVERNMENT.test(tokens[j]!.lower))
        break;
      const further = matchAt(ctx.lex.descriptors, tokens, j + 1);
      j++;
      if (further) [d, at] = [further, j];
    }
    if (!d) return undefined;
    j = at;
    const end = j + d.tokens.length;
    // "Bangladesh's interim government", "Myanmar's military regime": the country's government itself
    if (d.value.includes("government-national"))
      return j > i + owner.tokens.length + 1 ? descriptorMention(tokens, i, end, owner.value) : undefined;
    // "Azerbaijan's foreign ministry": the ministry of that department, not any of the country's
    const dept = d.value.includes("ministry") ? tokens[j - 1]?.lower : undefined;
    const e =
      dept && DEPARTMENTS.test(dept)
        ? departmentMinistry(ctx, owner.value, dept)
        : resolveDescription(ctx, d.value, owner.value, here);
    return e ? descriptorMention(tokens, i, end, e) : undefined;
  }
  // "Starlink, the satellite service owned by SpaceX": a description in apposition is the name itself
  // (when it fits the name: in "According to TASS, the watchdog said" it refers back)
  const before = here[here.length - 1];
  const apposed =
    before && before.end === i - 1 && tokens[i - 1]?.text === "," && !introductory(tokens, before)
      ? before
      : undefined;
  // "Elon Musk's platform", "Meta's messaging app": the platform of a person or company just named
  if (
    !apposed &&
    owner &&
    (owner.value.category === "person" || owner.value.category === "company") &&
    isPossessiveMarker(tokens[i + owner.tokens.length])
  )
    return ownedPlatform(tokens, i, i + owner.tokens.length + 1, owner.value, ctx);
  // "…, though all of them are blocked", "Both of them were removed": the platforms just named
  if (
    /^(?:all|both|each)$/.test(det.lower) &&
    tokens[i + 1]?.lower === "of" &&
    /^(?:them|these|those)$/.test(tokens[i + 2]?.lower ?? "")
  )
    return platformsNamedBefore(tokens, i, i + 3, here, ctx);
  // "all four apps": a count of the platforms just named, like "the four apps"
  const allCounted = det.lower === "all" && COUNTS.has(tokens[i + 1]?.lower ?? "");
  // "Government and security sources said …": unnamed official sources speak for the article's government
  const sources = officialSources(tokens, i);
  const bare = det.lower === "authorities" || det.lower === "officials" || sources > 0;
  if (!DETERMINERS.has(det.lower) && !allCounted && !bare) return undefined;
  // "told TechCrunch that the service was blocked": "that" before a determiner opens a clause
  if (det.lower === "that" && /^(?:the|a|an|its|their|his|her|this|these)$/.test(tokens[i + 1]?.lower ?? ""))
    return undefined;
  if (apposed && bare) return undefined;
  if (bare) {
    const prev = tokens[i - 1];
    if (
      prev &&
      /^\p{L}/u.test(prev.text) &&
      !/^(?:by|of|to|from|with|and|that|which|whom|accused|accusing|urged|said|told|where)$/.test(prev.lower)
    )
      return undefined;
    const e = ctx.home;
    const end = i + Math.max(1, sources);
    return e ? descriptorMention(tokens, i, end, e) : undefined;
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
  // "the country's": the article's own country, so its one such body is meant even before it is named
  let country: LexEntity | undefined = j > i + 1 ? ctx.home : undefined;
  let adj = tokens[j] ? matchAt(ctx.lex.names, tokens, j) : undefined;
  // ("the U.S.-based service": where it is based, not whose it is)
  if (adj && isBasedCompound(tokens, j + adj.tokens.length)) {
    j += adj.tokens.length + 2;
    adj = undefined;
  }
  if (adj && adj.value.roles.includes("government-national") && adj.tokens.length === 1) {
    country = adj.value;
    j++;
  }
  // "the two outlets", "both outlets": a number before the plural
  const count = COUNTS.get(det.lower === "both" ? "both" : (tokens[j]?.lower ?? ""));
  if (NUMBERS.test(tokens[j]?.lower ?? "") && det.lower !== "both") j++;
  const plural = matchAt(ctx.lex.plurals, tokens, j);
  const outlets =
    plural && OUTLET_NOUNS.test(plural.tokens.join(" ").toLowerCase()) ? (ctx.lastOutlets ?? []) : [];
  // "Google and Apple … the two firms": the companies last named together, that many of them
  const firms =
    plural && COMPANY_NOUNS.test(plural.tokens.join(" ").toLowerCase()) ? (ctx.lastCompanies ?? []) : [];
  const companies = !count || firms.length === count ? firms : [];
  // "the two apps" after a sentence about TikTok: the last platforms named together, that many of them
  // and "the apps" right after them
  const counted = count ? ctx.platformGroups?.find((g) => g.platforms.length === count) : undefined;
  const latest = ctx.platformGroups?.[0];
  const justNamed = latest && latest.sentence >= (ctx.sentencesRead ?? 0) - 1 ? latest.platforms : [];
  const referents =
    outlets.length > 1
      ? outlets
      : companies.length > 1
        ? companies
        : count && ctx.lastPlatforms.length !== count
          ? (counted?.platforms ?? [])
          : ctx.lastPlatforms.length > 1
            ? ctx.lastPlatforms
            : justNamed;
  if (
    plural &&
    !apposed &&
    (det.lower === "these" ||
      det.lower === "those" ||
      ((det.lower === "the" || det.lower === "both" || allCounted) && referents.length > 1))
  ) {
    const end = j + plural.tokens.length;
    if (referents.length === 0) return undefined;
    // named together again: "the apps" in the next sentence are these
    if (counted) rememberGroup(ctx, counted.platforms);
    return {
      start: i,
      end,
      entities: [...referents],
      surface: surface(tokens, i, end),
      via: "plural",
      possessive: false,
    };
  }
  // "the San Francisco-based company", "the Dubai-headquartered messenger": where it is based
  for (let k = j; k < j + 3 && k < tokens.length && isCapitalized(tokens[k]!.text); k++)
    if (/-(?:based|headquartered)$/.test(tokens[k]!.text)) {
      j = k + 1;
      break;
    }
  // "the Elon Musk-owned service": the first name of an owner in a compound before the noun
  if (/^\p{Lu}\p{Ll}+$/u.test(tokens[j]?.text ?? "") && OWNER_COMPOUND.test(tokens[j + 1]?.text ?? "")) j++;
  let d = matchAt(ctx.lex.descriptors, tokens, j);
  // "the popular messenger", "the Meta-owned messenger": one modifier before the noun
  if (
    !d &&
    tokens[j] &&
    (OWNER_COMPOUND.test(tokens[j]!.text) ||
      (/^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]!.text) &&
        !POSSESSIVE_PRONOUN.test(tokens[j]!.text) &&
        !HEADS_GOVERNMENT.test(tokens[j]!.lower) &&
        !matchAt(ctx.lex.cues, tokens, j)))
  ) {
    d = matchAt(ctx.lex.descriptors, tokens, j + 1);
    if (d) j++;
    // "the federal interior ministry": a department after a modifier of its own
    else if (DEPARTMENTS.test(tokens[j + 1]?.lower ?? "")) {
      d = matchAt(ctx.lex.descriptors, tokens, j + 2);
      if (d?.value.includes("ministry")) j += 2;
      else d = undefined;
    }
  }
  // "the interior ministry": the ministry of that department the article has named, else that of the
  // country named with it ("the Russian interior ministry"), or the home country's when called federal
  const dept = d?.value.includes("ministry") && j > i + 1 ? tokens[j - 1]!.lower : undefined;
  const ofCountry = dept && DEPARTMENTS.test(dept) && !apposed ? (country ?? ctx.home) : undefined;
  if (ofCountry && det.lower === "the") {
    const word = new RegExp(`\\b${dept}`, "i");
    const named =
      ctx.recent.find(
        (e) =>
          e.category === "government" &&
          /ministry/i.test(e.label) &&
          word.test(e.label) &&
          (!country || e.government === country.key),
      ) ??
      // (the home country's only when a word says it is the nation's: "the federal interior ministry")
      (country || /^(?:federal|national|central)$/.test(tokens[j - 2]?.lower ?? "")
        ? departmentMinistry(ctx, ofCountry, dept!)
        : undefined);
    const end = j + d!.tokens.length;
    if (named && !isCapitalized(tokens[end]?.text ?? "")) return descriptorMention(tokens, i, end, named);
  }
  // (in apposition only as a possessor: "Aengus Bridgman, the observatory's director")
  const possessor = isPossessiveMarker(tokens[j + 1]);
  if (!d)
    return det.lower === "the" && (!apposed || possessor) && !country
      ? headNounReference(tokens, j, ctx)
      : undefined;
  const end = j + d.tokens.length;
  // ("Davis Wright Tremaine, the firm that …": a description with a relative clause describes the
  // name before it, whatever the name was taken for)
  if (
    apposed &&
    (d.value.some((r) => entityRoles(apposed.entities[0]!).includes(r)) ||
      det.lower !== "the" ||
      /^(?:that|which|who|whose)$/.test(tokens[end]?.lower ?? ""))
  )
    return undefined;
  // "the media watchdog Roskomnadzor": the name that follows is the mention.
  const next = tokens[end];
  if (
    next &&
    (matchAt(ctx.lex.names, tokens, end) || (isCapitalized(next.text) && !NOT_NAMES.has(next.text)))
  )
    return undefined;
  // "a platform", "an app" introduce something new rather than refer back; so does "the group behind
  // NEXTA", which says who it is
  if (det.lower === "a" || det.lower === "an" || next?.lower === "behind") return undefined;
  if (
    (det.lower === "its" || det.lower === "their") &&
    !d.value.some((r) => ["messenger", "social network", "video", "service"].includes(r))
  )
    return undefined;
  if (d.value.includes("government-national") && !REFERRING.has(det.lower)) return undefined;
  // "the competition authority of Turkey": a country after the noun narrows it as one before it does
  const ofState = !country ? countryAfter(tokens, end, ctx) : undefined;
  if (ofState) {
    const e =
      countrysOwn(ctx, ofState.country, tokens, j, end) ??
      resolveDescription(ctx, d.value, ofState.country, here);
    return e ? descriptorMention(tokens, i, ofState.end, e) : undefined;
  }
  const speaker =
    det.lower === "the" && d.value.includes("company") ? speakingPlatform(tokens, i, here, ctx) : undefined;
  if (speaker) return descriptorMention(tokens, i, end, speaker);
  const entity =
    (country && j > i + 1 && !adj ? countrysOwn(ctx, country, tokens, j, end) : undefined) ??
    (det.lower === "its" || det.lower === "their"
      ? resolveDescription(
          ctx,
          d.value.filter((r) => r !== "company"),
          undefined,
          here,
        )
      : resolveDescription(
          ctx,
          d.value,
          country,
          // "force TikTok owner ByteDance to sell the video platform", "make ByteDance, TikTok's
          // owner, sell the app": the fitting one named earlier in its sentence; not a one-word
          // description's medium ("complained on Facebook that files kept in the app …")
          det.lower === "the"
            ? (d.tokens.length > 1 ? here : here.filter((m) => !isMedium(tokens, m))).filter(
                (m) => !inTimeOpener(tokens, m, i),
              )
            : [],
          det.lower === "this" || det.lower === "that",
        ));
  if (!entity) return undefined;
  return descriptorMention(tokens, i, end, entity);
}

/**
 * "Signal said the company would not comply", "TikTok's spokesman said the company would appeal": in
 * what a platform (or its own staff) says, "the company" is the platform speaking, when the sentence
 * opens with it and names no company before.
 */
function speakingPlatform(
  tokens: Token[],
  i: number,
  here: Mention[],
  ctx: ArticleContext,
): LexEntity | undefined {
  const first = here[0];
  if (!first || first.start > 1 || first.entities[0]!.kind !== "platform") return undefined;
  if (here.some((m) => m.entities[0]!.category === "company")) return undefined;
  for (let k = first.end; k < i; k++)
    if (ctx.lex.speech.reports.has(tokens[k]!.lower)) return first.entities[0];
  return undefined;
}

/** "the Biden administration", "the Modi government": the government a known leader heads. */
function leadersGovernment(tokens: Token[], i: number, ctx: ArticleContext): Mention | undefined {
  if (tokens[i]?.lower !== "the") return undefined;
  const leader = matchAt(ctx.lex.names, tokens, i + 1);
  if (leader?.value.category !== "person" || !leader.value.office) return undefined;
  const end = i + 1 + leader.tokens.length;
  if (!/^(?:administration|government)$/.test(tokens[end]?.lower ?? "")) return undefined;
  const gov = ctx.lex.entityByKey.get(leader.value.office);
  return gov?.roles.includes("government-national") ? descriptorMention(tokens, i, end + 1, gov) : undefined;
}

/** A country named by "of" after a description ("the regulator of Kenya"), and where its name ends. */
function countryAfter(
  tokens: Token[],
  end: number,
  ctx: ArticleContext,
): { country: LexEntity; end: number } | undefined {
  if (tokens[end]?.lower !== "of") return undefined;
  const m = matchAt(ctx.lex.names, tokens, end + 1);
  if (
    !m?.value.roles.includes("government-national") ||
    isPossessiveMarker(tokens[end + 1 + m.tokens.length])
  )
    return undefined;
  return { country: m.value, end: end + 1 + m.tokens.length };
}

/** "Meta-owned", "Kremlin-backed": a name joined to a participle of ownership or origin. */
const OWNER_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:owned|run|operated|controlled|backed|made|based)$/u;

const PLATFORM_ROLES = new Set(["messenger", "social network", "video", "service", "search", "email"]);

/** The platform meant by "<owner>'s [modifier] <platform noun>", when the discourse has one. */
/** Nouns that make a platform description the first word of a compound: "app store", "app makers". */
const COMPOUND_HEAD =
  /^(?:store|stores|maker|makers|developer|developers|market|marketplace|ecosystem|users)$/;

function ownedPlatform(
  tokens: Token[],
  start: number,
  j: number,
  owner: LexEntity,
  ctx: ArticleContext,
): Mention | undefined {
  let d = matchAt(ctx.lex.descriptors, tokens, j);
  if (!d && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]?.text ?? "")) d = matchAt(ctx.lex.descriptors, tokens, ++j);
  // "Elon Musk's company": a person's company is the platform or company the discourse is about
  const personsCompany = owner.category === "person" && !!d && d.value.every((r) => r === "company");
  if (!d || (!personsCompany && !d.value.every((r) => PLATFORM_ROLES.has(r)))) return undefined;
  const end = j + d.tokens.length;
  // "Meta's messaging app WhatsApp": the name that follows is the mention
  if (tokens[end] && isCapitalized(tokens[end]!.text)) return undefined;
  // ("Google's app store", "Apple's app developers": the description is the first word of a compound)
  if (COMPOUND_HEAD.test(tokens[end]?.lower ?? "")) return undefined;
  const e = resolveDescription(ctx, personsCompany ? [...PLATFORM_ROLES, "company"] : d.value);
  if (!e || e === owner || (e.kind !== "platform" && !(personsCompany && e.category === "company")))
    return undefined;
  return descriptorMention(tokens, start, end, e);
}

/** "-based" written apart from the place before it: "U.S.", "-", "based". */
export const isBasedCompound = (tokens: Token[], at: number): boolean =>
  tokens[at]?.text === "-" && /^(?:based|born|headquartered)$/.test(tokens[at + 1]?.lower ?? "");

/** Words after which a headline's noun phrase, its article dropped, begins. */
const HEADLINE_OPENERS =
  /^(?:as|on|off|over|to|for|against|with|by|from|and|after|amid|into|at|in|says|said)$/;

/**
 * "Signal goes quiet as regulator confirms block on encrypted app", "Roskomnadzor cuts off messenger
 * favoured by pensioners": a headline drops its articles, so a bare description there refers as
 * "the regulator" would, to what the headline names, else to the article's country's one such body.
 */
export function headlineDescription(
  tokens: Token[],
  i: number,
  ctx: ArticleContext,
  here: Mention[],
): Mention | undefined {
  if ((ctx.sentencesRead ?? 0) > 0 || i === 0) return undefined;
  // (only right after a word that opens a noun phrase: not "Top court", "a state-backed platform")
  if (!HEADLINE_OPENERS.test(tokens[i - 1]!.lower) || !/^\p{Ll}/u.test(tokens[i]!.text)) return undefined;
  // one modifier before the noun: "encrypted app"
  let j = i;
  let d = matchAt(ctx.lex.descriptors, tokens, j);
  // (an adjective by its ending: "cuts off messenger" has none)
  if (!d && /^\p{Ll}[\p{Ll}-]+(?:ed|al|ic|ive|ous|ful|ar|ary|ent|ant)$/u.test(tokens[i]!.text))
    d = matchAt(ctx.lex.descriptors, tokens, ++j);
  if (!d) return undefined;
  const roles = d.value;
  const end = j + d.tokens.length;
  // "blocks messaging app Signal": the name that follows is the mention
  if (tokens[end] && isCapitalized(tokens[end]!.text)) return undefined;
  // else the one body of that kind of the article's country that the article names
  const home = ctx.home;
  const named = home
    ? (ctx.named ?? []).filter(
        (x) => x.government === home.key && entityRoles(x).some((r) => roles.includes(r)),
      )
    : [];
  const e = resolveDescription(ctx, roles, undefined, here) ?? (named.length === 1 ? named[0] : undefined);
  if (!e || here.some((m) => m.entities.includes(e) && m.end === i)) return undefined;
  return descriptorMention(tokens, i, end, e);
}
