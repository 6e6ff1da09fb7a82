// A state of dismay at an act is criticism of its author: "Twitter said it was deeply concerned by
// the block", "Meta is disappointed with the law", "the group was alarmed at the ban on X". The one
// dismayed is the subject of the state (a pronoun after a verb of saying is the speaker); what they
// are dismayed by is an act ("the block", "the law", "Roskomnadzor's decision"), whose author the
// act noun gives.
import { modalityAt } from "../modality.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { frameSubject, leftSubject } from "./frames.ts";
import type { LexEntity } from "../lexicon.ts";
import { BE, emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

const QUOTE = /^["“”]$/;
/** Words of dismay a state of mind is named by ("was concerned by"). */
const DISMAYED_WORDS =
  "concerned|alarmed|disappointed|dismayed|troubled|shocked|appalled|outraged|saddened|worried|frustrated|angered";
/** Words of open disapproval ("was critical of Apple", "were scathing about its role"). */
const CRITICAL_WORDS = "critical|scathing|dismissive|contemptuous|scornful";
const DISMAYED = new RegExp(`^(?:${DISMAYED_WORDS})$`);
const CRITICAL = new RegExp(`^(?:${CRITICAL_WORDS})$`);
/** The words that make a sentence worth reading for this construction. */
export const DISMAY_TRIGGER = new RegExp(`^(?:${DISMAYED_WORDS}|${CRITICAL_WORDS})$`);

export function feelings(s: Sentence): void {
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    // ('said it was "deeply concerned" by the order': the words of dismay quoted)
    const p = QUOTE.test(s.tokens[i + 1]!.text) ? i + 2 : i + 1;
    const critical = CRITICAL.test(lowerAt(s, i)) && /^(?:of|about)$/.test(lowerAt(s, p));
    if (!critical && (!DISMAYED.test(lowerAt(s, i)) || !/^(?:by|about|at|over|with)$/.test(lowerAt(s, p))))
      continue;
    // back over intensifiers to the verb "be": "was deeply concerned", "is very disappointed"
    let b = i - 1;
    while (
      b > 0 &&
      (QUOTE.test(s.tokens[b]!.text) ||
        /^(?:deeply|very|extremely|gravely|seriously|particularly|so|too|also|greatly|highly|sharply|openly|fiercely|equally|more|most)$/.test(
          lowerAt(s, b),
        ))
    )
      b--;
    if (!BE.has(lowerAt(s, b))) continue;
    // "was critical of Apple", "were scathing about Apple's role": the one disapproved of, named
    const named = critical && !actAuthorAt(s, p + 1) ? disapproved(s, p + 1) : undefined;
    const act = named ? { author: named, end: p + 2 } : actAuthorAt(s, p + 1);
    if (!act) continue;
    // ("was not concerned by the ban": no criticism)
    const mod = modalityAt(s.tokens, b, i + 1);
    if (mod === "negated") continue;
    // ("Rights groups were critical of …": "were" before an adjective is no verb group of its own;
    // the subject ends right before it)
    const before = mentionAt(s, b - 1);
    const critic =
      // (a quotation mark inside the verb group breaks it: the subject is still the one before "was")
      (frameSubject(s, b) ?? (p > i + 1 ? leftSubject(s, b) : undefined))?.entities[0] ??
      (before && !before.possessive ? before.entities[0] : undefined);
    if (!critic || (critic.kind !== "actor" && critic.kind !== "platform")) continue;
    for (const t of actTargets(s, act.author))
      if (!ownAct(s, critic, t)) emit(s, critic, "criticizes", t, mod, "feelings.dismayed-by");
  }
}

/** The actor or platform named at `k` ("Apple", "the company"), or whose something it is ("Apple's role"). */
function disapproved(s: Sentence, k: number): LexEntity | undefined {
  const m = mentionAt(s, k) ?? (lowerAt(s, k) === "the" ? mentionAt(s, k + 1) : undefined);
  const e = m?.entities[0];
  return e && (e.kind === "actor" || e.kind === "platform") ? e : undefined;
}
