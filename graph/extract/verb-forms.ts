// Regular English verb inflections, shared by the lexicon compiler and the verbs of saying.

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
