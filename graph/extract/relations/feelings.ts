// A state of dismay at an act is criticism of its author: "Twitter said it was deeply concerned by
// the block", "Meta is disappointed with the law", "the group was alarmed at the ban on X". The one
// dismayed is the subject of the state (a pronoun after a verb of saying is the speaker); what they
// are dismayed by is an act ("the block", "the law", "Roskomnadzor's decision"), whose author the
// act noun gives.
import { modalityAt } from "../modality.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { frameSubject } from "./frames.ts";
import { BE, emit, lowerAt, type Sentence } from "./sentence.ts";

/** Words of dismay a state of mind is named by ("was concerned by"). */
const DISMAYED =
  /^(?:concerned|alarmed|disappointed|dismayed|troubled|shocked|appalled|outraged|saddened|worried|frustrated|angered)$/;
/** The words that make a sentence worth reading for this construction. */
export const DISMAY_TRIGGER = DISMAYED;

export function feelings(s: Sentence): void {
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    if (!DISMAYED.test(lowerAt(s, i)) || !/^(?:by|about|at|over|with)$/.test(lowerAt(s, i + 1))) continue;
    // back over intensifiers to the verb "be": "was deeply concerned", "is very disappointed"
    let b = i - 1;
    while (
      b > 0 &&
      /^(?:deeply|very|extremely|gravely|seriously|particularly|so|too|also|greatly)$/.test(lowerAt(s, b))
    )
      b--;
    if (!BE.has(lowerAt(s, b))) continue;
    const act = actAuthorAt(s, i + 2);
    if (!act) continue;
    // ("was not concerned by the ban": no criticism)
    const mod = modalityAt(s.tokens, b, i + 1);
    if (mod === "negated") continue;
    const critic = frameSubject(s, b)?.entities[0];
    if (!critic || (critic.kind !== "actor" && critic.kind !== "platform")) continue;
    for (const t of actTargets(s, act.author))
      if (!ownAct(s, critic, t)) emit(s, critic, "criticizes", t, mod, "feelings.dismayed-by");
  }
}
