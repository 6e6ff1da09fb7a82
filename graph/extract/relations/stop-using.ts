// An order to stop using a platform is a ban on it, for those told: "the Kremlin ordered officials to
// stop using WhatsApp", "state officials had been told to stop using Viber". The one who orders bans
// it; told in the passive with no one named, the state the sentence or the article is about.
import type { Cue, LexEntity } from "../lexicon.ts";
import { findAgent, findObjects, findSubject, sentenceCountry } from "./arguments.ts";
import { AUX, BE, emit, lowerAt, type Sentence } from "./sentence.ts";
import { modalityAt } from "../modality.ts";
import { alongWith } from "./verbal.ts";

const STOP = /^(?:stop|cease|quit)$/;
/** The words that make a sentence worth reading for this construction. */
export const STOP_TRIGGER = STOP;
const ORDER =
  /^(?:order|orders|ordered|tell|tells|told|instruct|instructs|instructed|direct|directs|directed|require|requires|required)$/;
const CUE: Cue = { action: "bans", type: "verb", form: "past" };

export function stopUsing(s: Sentence): void {
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    if (!STOP.test(lowerAt(s, i)) || lowerAt(s, i - 1) !== "to" || !/^(?:using|use)$/.test(lowerAt(s, i + 1)))
      continue;
    const named = findObjects(s, i + 2, "bans", 4);
    const objects = [...named, ...(named.length ? alongWith(s, named[named.length - 1]!.end) : [])]
      .flatMap((m) => m.entities)
      .filter((e) => e.kind === "platform");
    if (objects.length === 0) continue;
    // back over the people told and a time phrase to the verb of ordering
    let v = i - 2;
    while (v >= 0 && i - v < 10 && !ORDER.test(lowerAt(s, v))) v--;
    if (v < 0 || !ORDER.test(lowerAt(s, v))) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    let b = v - 1;
    while (b >= 0 && (AUX.has(lowerAt(s, b)) || /ly$/.test(lowerAt(s, b)))) b--;
    // ("were told", "had also been told", "was reportedly told")
    const passive = BE.has(lowerAt(s, v - 1)) || BE.has(lowerAt(s, b + 1));
    let agents: LexEntity[];
    if (passive) {
      const by = findAgent(s, v + 1);
      const state = sentenceCountry(s) ?? s.ctx.home;
      agents = by.length ? by : state ? [state] : [];
    } else {
      const subject = findSubject(s, v, CUE);
      agents = subject && subject.kind === "actor" ? [subject] : [];
    }
    for (const a of agents)
      for (const o of objects)
        emit(s, a, "bans", o, mod, passive ? "verbal.stop-using-passive" : "verbal.stop-using");
  }
}
