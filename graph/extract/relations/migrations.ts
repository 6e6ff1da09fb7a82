// People moving to another service: "users switched from WhatsApp to Signal", "after the block,
// users scattered to Discord, Signal and Zalo". The service moved to is an alternative to the one
// left: named after "from", else the one censored in the sentence, else the one the act just
// reported or named ("the block") was done to.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { modalityAt } from "../modality.ts";
import { findObjects } from "./arguments.ts";
import { topicPlatform } from "./nominal.ts";
import { CENSORS, actJustReported, emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Words between the verb and "to": "switched back to", "flocked en masse to", "moved over to". */
const BETWEEN = /^(?:over|back|en|masse|instead|quickly|largely|mostly|swiftly|in|droves|their|way)$/;

export function migrations(s: Sentence): void {
  for (let v = 0; v + 2 < s.tokens.length; v++) {
    if (!s.lex.migrations.has(lowerAt(s, v)) || mentionAt(s, v) || !peopleBefore(s, v)) continue;
    let j = v + 1;
    let left: LexEntity[] = [];
    // "switched from WhatsApp to Signal"
    const from = lowerAt(s, j) === "from" ? mentionAt(s, j + 1) : undefined;
    if (from && from.entities[0]!.kind === "platform") [left, j] = [from.entities, from.end];
    while (j < v + 5 && BETWEEN.test(lowerAt(s, j))) j++;
    if (lowerAt(s, j) !== "to" || s.pos.has(j + 1, "Verb")) continue;
    // "moved to block Telegram" is an act, not a move: the service must come first
    const to = findObjects(s, j + 1, "alternative_to", 3).filter((m) => m.entities[0]!.kind === "platform");
    if (to.length === 0 || to[0]!.start > j + 5) continue;
    if (left.length === 0) left = leftBehind(s, v);
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    for (const m of to)
      for (const alternative of m.entities)
        for (const old of left)
          if (old !== alternative) emit(s, alternative, "alternative_to", old, mod, "structural.migration");
  }
}

/**
 * "Local outlets pointed readers to alternatives such as Zalo and Viber": alternatives named with no
 * "to" are alternatives to the platform the sentence or the act just reported censored.
 */
export function namedAlternatives(s: Sentence): void {
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    if (!/^alternatives?$/.test(lowerAt(s, i))) continue;
    const lead =
      lowerAt(s, i + 1) === "such" && lowerAt(s, i + 2) === "as"
        ? 3
        : /^(?:like|including)$/.test(lowerAt(s, i + 1))
          ? 2
          : 0;
    if (lead === 0) continue;
    const named = findObjects(s, i + lead, "alternative_to", 3).filter(
      (m) => m.entities[0]!.kind === "platform",
    );
    if (named.length === 0 || named[0]!.start > i + lead + 4) continue;
    const mod = modalityAt(s.tokens, i, i + 1);
    if (mod === "negated") continue;
    // (else the platform the article is about: "alternatives" in a story of Telegram's block)
    const censored = leftBehind(s, i);
    const topic = censored.length === 0 ? topicPlatform(s) : undefined;
    const left = topic ? [topic] : censored;
    for (const m of named)
      for (const alternative of m.entities)
        for (const old of left)
          if (old !== alternative)
            emit(s, alternative, "alternative_to", old, mod, "structural.alternatives-named");
  }
}

/** Words between a subject and its verb: "users had already flocked", "many have since moved". */
const AUXILIARY =
  /^(?:had|have|has|already|also|then|since|soon|quickly|reportedly|mostly|largely|began|started|to|were|are|began)$/;
/** Subjects that are people in number without a plural noun: "many moved", "they switched". */
const PEOPLE = /^(?:they|we|many|millions|thousands|hundreds|others|some|most)$/;

/**
 * Whether the mover is people, in number: "users", "Brazilians", "many", "they". "The spotlight
 * has shifted to WhatsApp" and "the company switched to Azure" move no users to an alternative.
 */
function peopleBefore(s: Sentence, v: number): boolean {
  let k = v - 1;
  while (k > 0 && AUXILIARY.test(lowerAt(s, k))) k--;
  const w = lowerAt(s, k);
  if (PEOPLE.test(w)) return true;
  const m = mentionAt(s, k);
  if (m) return m.entities[0]!.category === "group";
  return s.pos.upos(k) === "NOUN" || s.pos.upos(k) === "PROPN" ? /[^s]s$/.test(w) : false;
}

/** The platforms people left: censored in this sentence, else by the act just reported or named. */
function leftBehind(s: Sentence, v: number): LexEntity[] {
  const here = s.out
    .filter((r) => CENSORS.has(r.action) && r.object.kind === "platform")
    .map((r) => r.object);
  if (here.length > 0) return here;
  // "after the block", or an act in the sentence before
  const named = s.tokens.some((_, k) => k !== v && matchAt(s.lex.actNouns, s.tokens, k));
  const action = s.ctx.lastAction;
  if (!action || !(named || actJustReported(s))) return [];
  return s.ctx.lastPatientsOf?.get(action) ?? [];
}
