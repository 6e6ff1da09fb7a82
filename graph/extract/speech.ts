// Verbs of saying, by the part each plays in a sentence. The lexicon (`speech` in actions.json) lists
// lemmas per role; the forms each role reads are made here, so that one list serves every rule and a
// user's lexicon can add a verb of saying in one place.
import { clauseConjugation, regularForms } from "./verb-forms.ts";

export const SPEECH_ROLES = [
  "reports",
  "reportsPlain",
  "opensClause",
  "carriesClaim",
  "attributes",
  "goesOn",
  "namesSpeaker",
  "neutral",
] as const;
export type SpeechRole = (typeof SPEECH_ROLES)[number];

/** The lexicon's lemmas for each role. */
export type SpeechLexicon = Record<SpeechRole, string[]>;

/** The word forms each role reads, lower-cased. */
export interface Speech {
  /** "said", "says", "they say": finite forms that introduce reported speech. */
  reports: Set<string>;
  /** "…, adding that": "-ing" forms that open a clause of saying sharing the main subject. */
  opensClause: Set<string>;
  /** Every form of a verb whose complement clause can carry an accusation ("said the app spreads fraud"). */
  carriesClaim: Set<string>;
  /** Finite forms that attribute a quotation or claim to the speaker beside them ("X said", "said X"). */
  attributes: Set<string>;
  /** Finite forms after a name set off by a comma, which end a list ("…, X said"). */
  goesOn: Set<string>;
  /** Finite forms after which an unknown two- or three-word name is a person's ("Anna Petrova said"). */
  namesSpeaker: Set<string>;
  /** Every form of a verb of plain report, whose clause stating an act charges no one ("said Iran was blocking"). */
  neutral: Set<string>;
}

interface Forms {
  base: string;
  s: string;
  past: string;
  ing: string;
}

function formsOf(lemma: string): Forms {
  const conj = clauseConjugation(lemma) ?? {};
  const regular = regularForms(lemma);
  return {
    base: lemma,
    s: conj.PresentTense ?? regular.s,
    past: conj.PastTense ?? regular.past,
    ing: conj.Gerund?.endsWith("ing") ? conj.Gerund : regular.ing,
  };
}

export function compileSpeech(lex: SpeechLexicon): Speech {
  const cache = new Map<string, Forms>();
  const forms = (lemma: string) => {
    const key = lemma.toLowerCase();
    let f = cache.get(key);
    if (!f) cache.set(key, (f = formsOf(key)));
    return f;
  };
  const finite = (lemmas: string[]) => new Set(lemmas.flatMap((l) => [forms(l).s, forms(l).past]));
  const everyForm = (lemmas: string[]) => new Set(lemmas.flatMap((l) => Object.values(forms(l))));
  const reports = finite(lex.reports);
  for (const l of lex.reportsPlain) reports.add(forms(l).base);
  return {
    reports,
    opensClause: new Set(lex.opensClause.map((l) => forms(l).ing)),
    carriesClaim: everyForm(lex.carriesClaim),
    attributes: finite(lex.attributes),
    goesOn: finite(lex.goesOn),
    namesSpeaker: finite(lex.namesSpeaker),
    neutral: everyForm(lex.neutral),
  };
}

/** A user's `speech` section added to the base: lemmas per role. Throws a readable Error. */
export function mergeSpeech(base: SpeechLexicon, extra: unknown): SpeechLexicon {
  if (typeof extra !== "object" || extra === null || Array.isArray(extra))
    throw new Error(`"speech" must be an object with lists of verbs for ${SPEECH_ROLES.join(", ")}`);
  const out = { ...base };
  for (const [role, verbs] of Object.entries(extra as Record<string, unknown>)) {
    if (role === "about") continue;
    if (!(SPEECH_ROLES as readonly string[]).includes(role))
      throw new Error(`speech.${role}: unknown role (one of ${SPEECH_ROLES.join(", ")})`);
    if (!Array.isArray(verbs) || !verbs.every((v) => typeof v === "string" && /^\p{Ll}+$/u.test(v)))
      throw new Error(`speech.${role} must be a list of verbs in the base form, one lower-case word each`);
    out[role as SpeechRole] = [...base[role as SpeechRole], ...(verbs as string[])];
  }
  return out;
}
