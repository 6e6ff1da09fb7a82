// English verb inflections, shared by the lexicon compiler and the verbs of saying: compromise's
// conjugation, and the regular forms for verbs it does not know.
import nlp from "compromise";

// Kept for the process: a verb heads many cues ("raise concerns about", "raise serious concerns
// about"), is a verb of saying too, and a build, each test and each worker compiles again.
const clauseConjugations = new Map<string, Record<string, string> | null>();

/** compromise's forms of a verb read in a clause ("they <verb> it"), if it reads it as one. */
export function clauseConjugation(verb: string): Record<string, string> | undefined {
  let conj = clauseConjugations.get(verb);
  if (conj === undefined) {
    conj = (nlp(`they ${verb} it`).verbs().conjugate()[0] as Record<string, string> | undefined) ?? null;
    if (clauseConjugations.size > 20_000) clauseConjugations.clear();
    clauseConjugations.set(verb, conj);
  }
  return conj ?? undefined;
}

/** Regular English inflections, for verbs compromise does not know and for spelling variants. */
export function regularForms(verb: string): { s: string; past: string; ing: string } {
  if (/[^aeiou]y$/.test(verb))
    return { s: verb.slice(0, -1) + "ies", past: verb.slice(0, -1) + "ied", ing: verb + "ing" };
  if (/e$/.test(verb)) return { s: verb + "s", past: verb + "d", ing: verb.slice(0, -1) + "ing" };
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return { s: verb + "es", past: verb + "ed", ing: verb + "ing" };
  // one-syllable consonant-vowel-consonant verbs double the consonant: zap → zapped
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb) ? verb + verb.slice(-1) : verb;
  return { s: verb + "s", past: doubled + "ed", ing: doubled + "ing" };
}
