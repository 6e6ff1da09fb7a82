// Loads, validates, merges and compiles the entity and action lexicons (graph/lexicon/*.json).
// Compiling turns names into token sequences indexed by their first token, and verb lemmas
// into every inflected form (via compromise), so matching is a map lookup per token.
import nlp from "compromise";
import countriesData from "../lexicon/countries.json" with { type: "json" };
import entitiesData from "../lexicon/entities.json" with { type: "json" };
import { compileSpeech, mergeSpeech, type Speech, type SpeechLexicon } from "./speech.ts";
import { clauseConjugation, regularForms } from "./verb-forms.ts";
import actionsData from "../lexicon/actions.json" with { type: "json" };
import headsData from "../lexicon/heads.json" with { type: "json" };
import { ACTIONS, type Action, type Kind } from "../types.ts";
import { slugify } from "../merge/slug.ts";
import { tokenize } from "./tokens.ts";

export interface EntityEntry {
  name: string;
  kind: Kind;
  category: string;
  aliases: string[];
  roles?: string[];
  country?: string;
  /** For a person: the organisation, or the country for its government, they hold office in. */
  office?: string;
  ambiguous?: boolean;
}
export interface CountryEntry {
  country: string;
  demonym: string;
  capital?: string;
  /** Other places that say where a story is (datelines): they weigh for the country, never act. */
  cities?: string[];
  seats?: string[];
  aliases?: string[];
  name?: string;
  /** Descriptions besides "government" that refer back to it ("the bloc" for the EU). */
  roles?: string[];
  /** The federation a state or province is part of ("United States" for Montana). */
  within?: string;
}
export interface ActionEntry {
  cameo: string | null;
  verbs: string[];
  nouns: string[];
  participles: string[];
  complements?: string[];
  /** Verbs of people moving to a service (alternative_to only): "users flocked to X" after Y was blocked. */
  migrations?: string[];
}
export interface Lexicon {
  entities: EntityEntry[];
  countries: CountryEntry[];
  governmentNouns: string[];
  actions: Record<Action, ActionEntry>;
  conditional: Partial<Record<Action, string[]>>;
  /** judgement: the negative words that judge without charging anyone (a claim with only these criticises). */
  /** endorsement: words that approve of how the one spoken of acted: such a statement accuses no one. */
  content: {
    negative: string[];
    /** duties: verbs of what one owes, whose negation is a charge ("did not protect its users"). */
    duties?: string[];
    judgement: string[];
    favourable: string[];
    use: string[];
    endorsement: string[];
    /** wrongs: what someone is charged with when a speaker points to it ("interference by X"). */
    wrongs: string[];
  };
  descriptors: Record<string, string[]>;
  pluralDescriptors: string[];
  /** Words that may stand before the noun of a verb cue ("raised serious concerns about"), and those nouns. */
  cueModifiers: { nouns: string[]; words: string[] };
  groups: string[][];
  demonymGroups: string[];
  passiveOnly: Partial<Record<Action, string[]>>;
  storeOnly: Partial<Record<Action, string[]>>;
  /** Verbs that are an action only when the country's network operators are told to do them. */
  orderedOnly?: { addressees: string[]; actions: Partial<Record<Action, string[]>> };
  roleTitles: Record<string, boolean>;
  /** Nouns that name an act ("the law", "the ban"): criticism of one is criticism of its author. */
  actNouns: string[];
  /** Act nouns that are a court's own ("the ruling"), not a measure a court may order ("the ban"). */
  judicialActNouns: string[];
  /** Act nouns only a court makes ("the verdict"): with no author named, the court last named. */
  courtActNouns: string[];
  /** Act nouns of an act not yet done ("the push"): with no author named, whoever last planned one. */
  plannedActNouns: string[];
  /** Head nouns that make a name a platform of a category ("payment system" → payment). */
  platformHeads: Record<string, string>;
  /** Head nouns that make a place an institution with roles ("court" → court). */
  institutionHeads: Record<string, string[]>;
  /** Head nouns that make the names after them companies ("the telecom operator Zamtel"). */
  companyHeads: string[];
  /** Words that look like names but name a kind of technology ("VPN", "AI"): never discovered as entities. */
  genericTerms: string[];
  /** Verbs of saying, by lemma, per part they play ("reports", "opensClause", …). */
  speech: SpeechLexicon;
}

const strip = <T extends Record<string, unknown>>(o: T): T => {
  const { about: _about, ...rest } = o as T & { about?: unknown };
  return rest as T;
};

export function defaultLexicon(): Lexicon {
  return {
    entities: entitiesData.entities as EntityEntry[],
    countries: countriesData.countries as CountryEntry[],
    governmentNouns: countriesData.governmentNouns,
    actions: actionsData.actions as unknown as Record<Action, ActionEntry>,
    conditional: strip(actionsData.conditional) as Partial<Record<Action, string[]>>,
    content: {
      negative: actionsData.content.negative,
      duties: actionsData.content.duties,
      judgement: actionsData.content.judgement,
      favourable: actionsData.content.favourable,
      use: actionsData.content.use,
      endorsement: actionsData.content.endorsement,
      wrongs: actionsData.content.wrongs,
    },
    descriptors: strip(actionsData.descriptors as Record<string, unknown>) as Record<string, string[]>,
    pluralDescriptors: actionsData.pluralDescriptors.nouns,
    cueModifiers: { nouns: actionsData.cueModifiers.nouns, words: actionsData.cueModifiers.words },
    groups: actionsData.groups.entries,
    demonymGroups: actionsData.demonymGroups.nouns,
    storeOnly: strip(actionsData.storeOnly as Record<string, unknown>) as Partial<Record<Action, string[]>>,
    orderedOnly: (({ about: _about, addressees, ...actions }) => ({ addressees, actions }))(
      actionsData.orderedOnly,
    ),
    passiveOnly: strip(actionsData.passiveOnly as Record<string, unknown>) as Partial<
      Record<Action, string[]>
    >,
    roleTitles: strip(actionsData.roleNouns.titles) as Record<string, boolean>,
    actNouns: actionsData.actNouns.nouns,
    judicialActNouns: actionsData.actNouns.judicial,
    courtActNouns: actionsData.actNouns.courtOnly,
    plannedActNouns: actionsData.actNouns.planned,
    platformHeads: headsData.platforms,
    institutionHeads: headsData.institutions,
    companyHeads: headsData.companies,
    genericTerms: headsData.generic,
    speech: strip(actionsData.speech) as SpeechLexicon,
  };
}

// ---------------------------------------------------------------- validation & merge

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === "string");

function validateEntity(e: unknown, where: string): EntityEntry {
  if (typeof e !== "object" || e === null) throw new Error(`${where}: must be an object`);
  const o = e as Record<string, unknown>;
  if (typeof o.name !== "string" || !o.name.trim())
    throw new Error(`${where}: "name" must be a non-empty string`);
  if (o.kind !== "actor" && o.kind !== "platform")
    throw new Error(`${where} (${o.name}): "kind" must be "actor" or "platform"`);
  if (typeof o.category !== "string" || !o.category)
    throw new Error(`${where} (${o.name}): "category" must be a string`);
  if (o.aliases !== undefined && !isStringArray(o.aliases))
    throw new Error(`${where} (${o.name}): "aliases" must be an array of strings`);
  if (o.roles !== undefined && !isStringArray(o.roles))
    throw new Error(`${where} (${o.name}): "roles" must be an array of strings`);
  return {
    name: o.name.trim(),
    kind: o.kind,
    category: o.category,
    aliases: (o.aliases as string[] | undefined) ?? [],
    ...(o.roles ? { roles: o.roles as string[] } : {}),
    ...(typeof o.country === "string" ? { country: o.country } : {}),
    ...(typeof o.office === "string" && o.office.trim() ? { office: o.office.trim() } : {}),
    ...(o.ambiguous === true ? { ambiguous: true } : {}),
  };
}

/**
 * Merges a user's extra lexicon into a base. The extra file may hold `entities` (same shape as
 * graph/lexicon/entities.json; an entry whose name exists extends or overrides it), `countries`,
 * `actions` (extra verbs/nouns/participles per action) and `groups`. Throws a readable Error.
 */
export function mergeLexicon(base: Lexicon, extra: unknown): Lexicon {
  if (typeof extra !== "object" || extra === null || Array.isArray(extra))
    throw new Error(
      'a lexicon file must be a JSON object with "entities", "countries", "actions" or "groups"',
    );
  const x = extra as Record<string, unknown>;
  const known = new Set(["entities", "countries", "actions", "groups", "heads", "speech", "about"]);
  for (const k of Object.keys(x))
    if (!known.has(k))
      throw new Error(
        `unknown section "${k}" (expected entities, countries, actions, groups, heads, speech)`,
      );
  const out: Lexicon = {
    ...base,
    entities: [...base.entities],
    countries: [...base.countries],
    groups: [...base.groups],
  };
  if (x.entities !== undefined) {
    if (!Array.isArray(x.entities)) throw new Error('"entities" must be an array');
    x.entities.forEach((e, i) => {
      const entry = validateEntity(e, `entities[${i}]`);
      const at = out.entities.findIndex((b) => b.name === entry.name);
      if (at >= 0) {
        const old = out.entities[at]!;
        out.entities[at] = { ...old, ...entry, aliases: [...new Set([...old.aliases, ...entry.aliases])] };
      } else out.entities.push(entry);
    });
  }
  if (x.countries !== undefined) {
    if (!Array.isArray(x.countries)) throw new Error('"countries" must be an array');
    x.countries.forEach((c, i) => {
      const o = c as Record<string, unknown>;
      if (typeof o?.country !== "string" || typeof o.demonym !== "string")
        throw new Error(`countries[${i}]: "country" and "demonym" must be strings`);
      if (o.within !== undefined && typeof o.within !== "string")
        throw new Error(`countries[${i}].within must be a string`);
      for (const f of ["cities", "seats", "aliases", "roles"])
        if (o[f] !== undefined && !isStringArray(o[f]))
          throw new Error(`countries[${i}].${f} must be an array of strings`);
      out.countries.push(o as unknown as CountryEntry);
    });
  }
  if (x.actions !== undefined) {
    if (typeof x.actions !== "object" || x.actions === null)
      throw new Error('"actions" must be an object keyed by action');
    const actions = { ...base.actions };
    for (const [name, add] of Object.entries(x.actions as Record<string, unknown>)) {
      if (!(ACTIONS as readonly string[]).includes(name))
        throw new Error(`actions.${name}: unknown action (one of ${ACTIONS.join(", ")})`);
      const a = add as Record<string, unknown>;
      const prev = actions[name as Action];
      const list = (field: "verbs" | "nouns" | "participles" | "complements" | "migrations") => {
        if (a[field] === undefined) return prev[field] ?? [];
        if (!isStringArray(a[field])) throw new Error(`actions.${name}.${field} must be an array of strings`);
        return [...(prev[field] ?? []), ...(a[field] as string[])];
      };
      actions[name as Action] = {
        ...prev,
        verbs: list("verbs"),
        nouns: list("nouns"),
        participles: list("participles"),
        complements: list("complements"),
        migrations: list("migrations"),
      };
    }
    out.actions = actions;
  }
  if (x.heads !== undefined) {
    const h = x.heads as Record<string, unknown>;
    if (typeof h !== "object" || h === null) throw new Error('"heads" must be an object');
    if (h.platforms !== undefined) {
      const ok =
        typeof h.platforms === "object" &&
        h.platforms !== null &&
        Object.values(h.platforms).every((v) => typeof v === "string");
      if (!ok) throw new Error('"heads.platforms" must map head nouns to platform categories');
      out.platformHeads = { ...base.platformHeads, ...(h.platforms as Record<string, string>) };
    }
    if (h.institutions !== undefined) {
      const ok =
        typeof h.institutions === "object" &&
        h.institutions !== null &&
        Object.values(h.institutions).every(isStringArray);
      if (!ok) throw new Error('"heads.institutions" must map head nouns to lists of roles');
      out.institutionHeads = { ...base.institutionHeads, ...(h.institutions as Record<string, string[]>) };
    }
    if (h.companies !== undefined) {
      if (!isStringArray(h.companies)) throw new Error('"heads.companies" must be a list of head nouns');
      out.companyHeads = [...base.companyHeads, ...h.companies];
    }
    if (h.generic !== undefined) {
      if (!isStringArray(h.generic)) throw new Error('"heads.generic" must be a list of words');
      out.genericTerms = [...base.genericTerms, ...h.generic];
    }
  }
  if (x.speech !== undefined) out.speech = mergeSpeech(base.speech, x.speech);
  if (x.groups !== undefined) {
    if (!Array.isArray(x.groups) || !x.groups.every(isStringArray))
      throw new Error('"groups" must be an array of [label, ...forms] arrays');
    out.groups.push(...(x.groups as string[][]));
  }
  return out;
}

// ---------------------------------------------------------------- compiled form

export interface LexEntity {
  key: string;
  label: string;
  kind: Kind;
  category: string;
  roles: string[];
  ambiguous: boolean;
  /** For a national government: the country's name (used to read "in Russia" as a place). */
  country?: string;
  /** For agencies: the government they belong to (key). */
  government?: string;
  /** For people: the key of the organisation they hold office in. */
  office?: string;
  /** For a federated state's government: the key of the nation's it is within. */
  within?: string;
}

export interface Phrase<T> {
  tokens: string[];
  /** Match the original case of capitalised tokens (names); descriptions match any case. */
  caseSensitive: boolean;
  value: T;
}

export type CueType = "verb" | "noun" | "participle" | "complement";
export interface Cue {
  action: Action;
  type: CueType;
  /** Inflection of a verb cue's first word. */
  form: "base" | "s" | "past" | "ing" | "other";
  conditional?: "negative" | "favourable" | "use" | "passive" | "store" | "ordered";
}

export interface CompiledLexicon {
  entities: LexEntity[];
  entityByKey: Map<string, LexEntity>;
  names: Map<string, Phrase<LexEntity>[]>;
  /** Places that are not actors by themselves but name a government when they act ("Moscow"). */
  countryOf: Map<string, LexEntity>;
  /** "Russian" in "Russian President Vladimir Putin". */
  demonyms: Map<string, Phrase<LexEntity>[]>;
  /** Cities and a country's people ("Tanzanians"): where a story is, for the article's country only. */
  places: Map<string, Phrase<LexEntity>[]>;
  /** Capitals and cities, lower-cased: after a person's name ("of Belgrade") they say where from. */
  capitals: Set<string>;
  descriptors: Map<string, Phrase<string[]>[]>;
  plurals: Map<string, Phrase<true>[]>;
  demonymGroups: Map<string, Phrase<true>[]>;
  cues: Map<string, Phrase<Cue>[]>;
  roleTitles: Map<string, Phrase<boolean>[]>;
  actNouns: Map<string, Phrase<true>[]>;
  /** Lower-cased act nouns that are a court's own ("ruling"). */
  judicialActNouns: Set<string>;
  /** Lower-cased act nouns only a court makes ("verdict"). */
  courtActNouns: Set<string>;
  /** Lower-cased act nouns of an act not yet done ("push", "plan"). */
  plannedActNouns: Set<string>;
  /** Every form of the verbs of moving to another service, lower-cased ("flocked", "switching"). */
  migrations: Set<string>;
  platformHeads: Map<string, Phrase<string>[]>;
  /** Head nouns before company names, lower-cased phrases. */
  companyHeads: Map<string, Phrase<true>[]>;
  /** Generic technology words ("VPN"), as written. */
  genericTerms: Set<string>;
  /** The forms of the verbs of saying, per part they play. */
  speech: Speech;
  institutionHeads: Map<string, Phrase<string[]>[]>;
  negative: Map<string, Phrase<true>[]>;
  favourable: Map<string, Phrase<true>[]>;
  /** Keys of the groups an order to act against a platform is given to ("Telecom operators"). */
  orderedAddressees: Set<string>;
  /** Single words matched by their beginning ("manipulat" → "manipulating"). */
  negativeStems: string[];
  /** Negative words and stems, lower-cased, that only judge ("wrong", "disproportionate"). */
  judgement: Set<string>;
  favourableStems: string[];
  /** Words that make an order a mandate to use a service ("to use", "pre-installation"). */
  use: Map<string, Phrase<true>[]>;
  /** Words that approve of how the one spoken of acted ("reasonably", "well-supported"). */
  endorsement: Map<string, Phrase<true>[]>;
  /** Wrongs a speaker can point to ("meddling", "disinformation"), lower-cased. */
  wrongs: Set<string>;
  cameo: Record<Action, string | null>;
}

/** Entity keys are node keys: one slug function for the whole builder. */
export const slug = slugify;

/** The cue of one type (and form) written `words` (lower case, spaced): "block" the noun, not the verb. */
export function cueOf(
  lex: CompiledLexicon,
  words: string,
  type: CueType,
  form?: string,
): Phrase<Cue> | undefined {
  return lex.cues
    .get(words.split(" ")[0]!)
    ?.find(
      (p) =>
        p.value.type === type &&
        (form === undefined || p.value.form === form) &&
        p.tokens.join(" ").toLowerCase() === words,
    );
}

function addPhrase<T>(
  index: Map<string, Phrase<T>[]>,
  text: string,
  value: T,
  caseSensitive?: boolean,
): void {
  const tokens = tokenize(text).map((t) => t.text.replace(/’/g, "'"));
  if (tokens.length === 0) return;
  const cs = caseSensitive ?? tokens.some((t) => /\p{Lu}/u.test(t));
  const first = tokens[0]!.toLowerCase();
  const list = index.get(first) ?? [];
  const key = tokens.join(" ");
  // the value first: it is one object per cue, so few entries need their tokens joined
  if (!list.some((p) => p.value === value && p.tokens.join(" ") === key))
    list.push({ tokens, caseSensitive: cs, value });
  index.set(first, list);
}

const sortIndexes = (...maps: Map<string, Phrase<unknown>[]>[]) => {
  for (const m of maps) for (const list of m.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
};

/** The words that negate a verb before it: "not", "never" and the auxiliaries with "n't". */
const NEGATORS = [
  "not",
  "never",
  "didn't",
  "doesn't",
  "don't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "wouldn't",
];

/** Every form of each duty after each negator: "not protected", "didn't comply", "never paid". */
function negatedDuties(duties: string[]): string[] {
  return duties.flatMap((verb) =>
    inflections(verb.toLowerCase()).flatMap((f) => NEGATORS.map((n) => `${n} ${f.text}`)),
  );
}

function inflections(lemma: string): { form: Cue["form"]; text: string }[] {
  const [head, ...rest] = lemma.split(" ");
  const tail = rest.length ? " " + rest.join(" ") : "";
  if (head === "found") {
    // compromise reads "found" as the past of "find"
    return [
      { form: "base", text: "found" + tail },
      { form: "s", text: "founds" + tail },
      { form: "past", text: "founded" + tail },
      { form: "ing", text: "founding" + tail },
    ];
  }
  const conj = conjugation(head!);
  const regular = regularForms(head!);
  const forms: { form: Cue["form"]; text: string }[] = [
    { form: "base", text: head! },
    { form: "s", text: conj.PresentTense ?? regular.s },
    { form: "past", text: conj.PastTense ?? regular.past },
    // "has taken", "had written": an irregular participle is a past form too
    ...(conj.Participle && conj.Participle !== conj.PastTense
      ? [{ form: "past" as const, text: conj.Participle }]
      : []),
    { form: "ing", text: conj.Gerund?.endsWith("ing") ? conj.Gerund : regular.ing },
    // spelling variants ("labelled" / "labeled") and verbs compromise conjugates oddly
    { form: "past", text: regular.past },
    { form: "ing", text: regular.ing },
    // British spelling doubles a final l after one vowel: "labelled", "cancelling", "modelled"
    ...(/[^aeiou][aeiou]l$/.test(head!) && head!.length > 4
      ? [
          { form: "past" as const, text: head + "led" },
          { form: "ing" as const, text: head + "ling" },
        ]
      : []),
  ];
  const seen = new Set<string>();
  return forms
    .filter((f) => (seen.has(f.form + f.text) ? false : (seen.add(f.form + f.text), true)))
    .map((f) => ({ form: f.form, text: f.text + tail }));
}

/** compromise's forms of a verb: read in a clause, else alone. */
const conjugation = (verb: string): Record<string, string> =>
  clauseConjugation(verb) ?? ((nlp(verb).verbs().conjugate()[0] ?? {}) as Record<string, string>);

// compromise's plural of a noun's last word, kept for the process like the verbs' forms
const pluralOf = new Map<string, string>();
function plural(noun: string): string {
  const words = noun.split(" ");
  const last = words.pop()!;
  let p = pluralOf.get(last);
  if (p === undefined) {
    p = nlp(last).nouns().toPlural().text() || last + "s";
    if (pluralOf.size > 20_000) pluralOf.clear();
    pluralOf.set(last, p);
  }
  return [...words, p].join(" ");
}

/**
 * "Kenya's Communications Authority" for the Communications Authority of Kenya: a body named
 * "<X> of <its country>" is also written with the country as possessor.
 */
function possessiveForms(name: string, country: string | undefined): string[] {
  if (!country || !name.endsWith(` of ${country}`)) return [];
  const body = name.slice(0, -` of ${country}`.length).replace(/^the /i, "");
  return body.split(/\s+/).length >= 2 ? [`${country}'s ${body}`] : [];
}

/** "raise concerns about" and, with a modifier before its noun, "raise serious concerns about". */
function withModifiers(verb: string, modifiers: Lexicon["cueModifiers"]): string[] {
  const [first, second, ...rest] = verb.split(" ");
  if (!second || !modifiers.nouns.includes(second)) return [verb];
  return [verb, ...modifiers.words.map((w) => [first, w, second, ...rest].join(" "))];
}

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const entities: LexEntity[] = [];
  const entityByKey = new Map<string, LexEntity>();
  const names = new Map<string, Phrase<LexEntity>[]>();
  const countryOf = new Map<string, LexEntity>();
  const demonyms = new Map<string, Phrase<LexEntity>[]>();
  const places = new Map<string, Phrase<LexEntity>[]>();
  const capitals = new Set<string>();
  const add = (e: LexEntity, aliases: string[]) => {
    const existing = entityByKey.get(e.key);
    const target = existing ?? e;
    if (!existing) {
      entities.push(e);
      entityByKey.set(e.key, e);
    }
    // "the presidency's communications directorate": names of three words or more match in any
    // case; shorter ones keep their capitals ("Messenger app" is not "the messenger app")
    for (const a of [target.label, ...aliases])
      addPhrase(names, a, target, a.trim().split(/\s+/).length >= 3 && !target.ambiguous ? false : undefined);
  };

  const federated: [LexEntity, string][] = [];
  for (const c of lex.countries) {
    const label = c.name ?? `${c.demonym} government`;
    const gov: LexEntity = {
      key: slug(label),
      label,
      kind: "actor",
      category: "government",
      // a state's government acts as a country's does; "federated-state" marks whose offices are its own
      roles: ["government-national", ...(c.within ? ["federated-state"] : []), ...(c.roles ?? [])],
      ambiguous: false,
      country: c.country,
    };
    const forms = lex.governmentNouns.map((n) => `${c.demonym} ${n}`);
    forms.push(...lex.governmentNouns.map((n) => `${c.country}'s ${n}`));
    // "authorities in Brazil", "regulators in Iran": a plural noun of the state placed in the country
    // (and in its capital: "regulators in Brussels")
    const placed = lex.governmentNouns.filter((n) => /^\p{Ll}+s$/u.test(n));
    for (const place of [c.country, ...(c.capital ? [c.capital] : [])])
      forms.push(...placed.map((n) => `${n} in ${place}`));
    forms.push(`government of ${c.country}`, `Government of ${c.country}`);
    add(gov, [c.country, ...forms, ...(c.seats ?? []), ...(c.aliases ?? [])]);
    if (c.within) federated.push([entityByKey.get(gov.key)!, c.within]);
    // The capital names the government only when it acts; as a place it is left alone.
    if (c.capital) addPhrase(names, c.capital, gov, true);
    countryOf.set(c.country, gov);
    addPhrase(demonyms, c.demonym, entityByKey.get(gov.key)!, true);
    for (const city of c.cities ?? []) addPhrase(places, city, entityByKey.get(gov.key)!, true);
    for (const city of [c.capital, ...(c.cities ?? [])]) if (city) capitals.add(city.toLowerCase());
    // "Tanzanians", "Pakistanis": demonyms in -an and -i name the people by adding -s
    if (/(?:an|i)$/.test(c.demonym)) addPhrase(places, c.demonym + "s", entityByKey.get(gov.key)!, true);
  }
  // a federated state knows its nation, in any order of the file ("a Massachusetts senator" sits in its Senate)
  for (const [state, within] of federated) {
    const nation = countryOf.get(within);
    if (nation) state.within = nation.key;
  }
  for (const e of lex.entities) {
    const ent: LexEntity = {
      key: slug(e.name),
      label: e.name,
      kind: e.kind,
      category: e.category,
      roles: e.roles ?? [],
      ambiguous: e.ambiguous ?? false,
    };
    if (e.country) ent.government = countryOf.get(e.country)?.key;
    add(ent, [...e.aliases, ...[e.name, ...e.aliases].flatMap((n) => possessiveForms(n, e.country))]);
  }
  // offices name organisations or countries, in any order of the file
  for (const e of lex.entities) {
    if (!e.office) continue;
    const holder = entityByKey.get(slug(e.name));
    const org = countryOf.get(e.office) ?? entityByKey.get(slug(e.office));
    if (holder && org) holder.office = org.key;
  }
  // "the Tanzanian parliament", "Kenya's parliament": the country's one parliament, whatever its name
  for (const c of lex.countries) {
    const gov = countryOf.get(c.country);
    const chambers = entities.filter(
      (e) => gov && e.government === gov.key && e.roles.includes("parliament"),
    );
    if (chambers.length !== 1) continue;
    for (const form of [`${c.demonym} parliament`, `${c.country}'s parliament`])
      if (!matchesName(names, form)) addPhrase(names, form, chambers[0]!, false);
  }
  for (const [label, ...forms] of lex.groups) {
    add(
      {
        key: slug(label!),
        label: label!,
        kind: "actor",
        category: "group",
        roles: ["group"],
        ambiguous: false,
      },
      forms,
    );
  }

  const descriptors = new Map<string, Phrase<string[]>[]>();
  for (const [noun, roles] of Object.entries(lex.descriptors)) {
    addPhrase(descriptors, noun, roles, false);
  }
  const plurals = new Map<string, Phrase<true>[]>();
  for (const p of lex.pluralDescriptors) addPhrase(plurals, p, true as const, false);
  const demonymGroups = new Map<string, Phrase<true>[]>();
  for (const p of lex.demonymGroups) addPhrase(demonymGroups, p, true as const, false);

  const cues = new Map<string, Phrase<Cue>[]>();
  const conditional = new Map<string, NonNullable<Cue["conditional"]>>();
  for (const [action, verbs] of Object.entries(lex.storeOnly) as [Action, string[]][]) {
    for (const v of verbs) conditional.set(`${action}:${v}`, "store");
  }
  for (const [action, verbs] of Object.entries(lex.orderedOnly?.actions ?? {}) as [Action, string[]][]) {
    for (const v of verbs) conditional.set(`${action}:${v}`, "ordered");
  }
  for (const [action, verbs] of Object.entries(lex.passiveOnly) as [Action, string[]][]) {
    for (const v of verbs) conditional.set(`${action}:${v}`, "passive");
  }
  for (const [action, verbs] of Object.entries(lex.conditional) as [Action, string[]][]) {
    for (const v of verbs)
      conditional.set(
        `${action}:${v}`,
        action === "promotes" ? "favourable" : action === "mandates" ? "use" : "negative",
      );
  }
  for (const action of ACTIONS) {
    const a = lex.actions[action];
    if (!a) continue;
    for (const v of a.verbs) {
      const cond = conditional.get(`${action}:${v}`);
      for (const f of withModifiers(v, lex.cueModifiers).flatMap(inflections))
        addPhrase(
          cues,
          f.text,
          { action, type: "verb", form: f.form, ...(cond ? { conditional: cond } : {}) },
          false,
        );
    }
    for (const n of a.nouns) {
      const cond = conditional.get(`${action}:${n}`);
      const cue: Cue = { action, type: "noun", form: "other", ...(cond ? { conditional: cond } : {}) };
      addPhrase(cues, n, cue, false);
      addPhrase(cues, plural(n), cue, false);
    }
    for (const p of a.participles) addPhrase(cues, p, { action, type: "participle", form: "past" }, false);
    for (const c of a.complements ?? [])
      addPhrase(cues, c, { action, type: "complement", form: "other" }, false);
  }

  const roleTitles = new Map<string, Phrase<boolean>[]>();
  for (const [title, gov] of Object.entries(lex.roleTitles)) {
    addPhrase(roleTitles, title, gov, false);
    addPhrase(roleTitles, plural(title), gov, false);
  }
  const actNouns = new Map<string, Phrase<true>[]>();
  for (const n of lex.actNouns) addPhrase(actNouns, n, true as const, false);
  const platformHeads = new Map<string, Phrase<string>[]>();
  for (const [head, category] of Object.entries(lex.platformHeads))
    addPhrase(platformHeads, head, category, false);
  const companyHeads = new Map<string, Phrase<true>[]>();
  for (const head of lex.companyHeads) addPhrase(companyHeads, head, true as const, false);
  const institutionHeads = new Map<string, Phrase<string[]>[]>();
  for (const [head, roles] of Object.entries(lex.institutionHeads))
    addPhrase(institutionHeads, head, roles, false);
  const negative = new Map<string, Phrase<true>[]>();
  for (const w of lex.content.negative) addPhrase(negative, w, true as const, false);
  for (const w of negatedDuties(lex.content.duties ?? [])) addPhrase(negative, w, true as const, false);
  const favourable = new Map<string, Phrase<true>[]>();
  for (const w of lex.content.favourable) addPhrase(favourable, w, true as const, false);
  const use = new Map<string, Phrase<true>[]>();
  for (const w of lex.content.use) addPhrase(use, w, true as const, false);
  const endorsement = new Map<string, Phrase<true>[]>();
  for (const w of lex.content.endorsement) addPhrase(endorsement, w, true as const, false);

  sortIndexes(
    names,
    demonyms,
    places,
    descriptors,
    plurals,
    demonymGroups,
    cues,
    roleTitles,
    actNouns,
    platformHeads,
    institutionHeads,
    negative,
    favourable,
    use,
    endorsement,
  );
  const cameo = Object.fromEntries(ACTIONS.map((a) => [a, lex.actions[a]?.cameo ?? null])) as Record<
    Action,
    string | null
  >;
  const stems = (words: string[]) =>
    words.filter((w) => !w.includes(" ") && w.length >= 4).map((w) => w.toLowerCase());
  return {
    entities,
    entityByKey,
    names,
    countryOf,
    demonyms,
    places,
    capitals,
    descriptors,
    plurals,
    demonymGroups,
    cues,
    roleTitles,
    actNouns,
    judicialActNouns: new Set(lex.judicialActNouns.map((w) => w.toLowerCase())),
    courtActNouns: new Set(lex.courtActNouns.map((w) => w.toLowerCase())),
    plannedActNouns: new Set(lex.plannedActNouns.map((w) => w.toLowerCase())),
    migrations: new Set(
      (lex.actions.alternative_to.migrations ?? []).flatMap((v) =>
        inflections(v.toLowerCase()).map((f) => f.text),
      ),
    ),
    platformHeads,
    companyHeads,
    genericTerms: new Set(lex.genericTerms),
    speech: compileSpeech(lex.speech),
    institutionHeads,
    negative,
    favourable,
    negativeStems: stems(lex.content.negative),
    orderedAddressees: new Set((lex.orderedOnly?.addressees ?? []).map(slug)),
    judgement: new Set(lex.content.judgement.map((w) => w.toLowerCase())),
    favourableStems: stems(lex.content.favourable),
    use,
    endorsement,
    wrongs: new Set(lex.content.wrongs.map((w) => w.toLowerCase())),
    cameo,
  };
}

/** Whether a phrase already names something in the index. */
function matchesName(index: Map<string, Phrase<LexEntity>[]>, text: string): boolean {
  const tokens = tokenize(text).map((t) => t.text.replace(/’/g, "'").toLowerCase());
  return (index.get(tokens[0]!) ?? []).some(
    (p) => p.tokens.map((t) => t.toLowerCase()).join(" ") === tokens.join(" "),
  );
}
