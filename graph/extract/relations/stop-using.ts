// Orders about using a platform. An order to stop using one is a ban on it, for those told: "the
// Kremlin ordered officials to stop using WhatsApp", "state officials had been told to stop using
// Viber". An order, in the passive, to use one or move to it is a mandate: "officials were ordered to
// use Max", "state employees have been told to move their work chats to Max" (the active voice is the
// lexicon's cue: "required civil servants to switch to Max"). The one who orders bans or mandates;
// told in the passive with no one named, the state the sentence or the article is about.
import type { Action } from "../../types.ts";
import type { Cue, LexEntity } from "../lexicon.ts";
import { findObjects, findSubject } from "./arguments.ts";
import { findAgent, sentenceCountry } from "./agents.ts";
import { AUX, BE, emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";
import { modalityAt } from "../modality.ts";
import { alongWith } from "./passives.ts";

const STOP = /^(?:stop|cease|quit)$/;
/** Using a platform, and moving to one ("move their chats to Max", "switch to Max"). */
const USE = /^(?:use|install|download|adopt)$/;
const MOVE = /^(?:move|switch|migrate|transfer)$/;
/** The words that make a sentence worth reading for this construction. */
export const STOP_TRIGGER = STOP;
const ORDER =
  /^(?:order|orders|ordered|tell|tells|told|instruct|instructs|instructed|direct|directs|directed|require|requires|required)$/;

export function stopUsing(s: Sentence): void {
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    if (lowerAt(s, i - 1) !== "to") continue;
    const stop = STOP.test(lowerAt(s, i)) && /^(?:using|use)$/.test(lowerAt(s, i + 1));
    const objectsAt = stop
      ? i + 2
      : USE.test(lowerAt(s, i))
        ? i + 1
        : MOVE.test(lowerAt(s, i))
          ? movedTo(s, i)
          : -1;
    if (objectsAt < 0) continue;
    const action: Action = stop ? "bans" : "mandates";
    const named = findObjects(s, objectsAt, action, 4);
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
    // (an active order to use a platform is the lexicon's mandate cue)
    if (!stop && !passive) continue;
    let agents: LexEntity[];
    if (passive) {
      const by = findAgent(s, v + 1);
      const state = sentenceCountry(s) ?? s.ctx.home;
      agents = by.length ? by : state ? [state] : [];
    } else {
      const cue: Cue = { action, type: "verb", form: "past" };
      const subject = findSubject(s, v, cue);
      agents = subject && subject.kind === "actor" ? [subject] : [];
    }
    const rule = stop
      ? passive
        ? "verbal.stop-using-passive"
        : "verbal.stop-using"
      : "verbal.ordered-to-use-passive";
    for (const a of agents) for (const o of objects) emit(s, a, action, o, mod, rule);
  }
}

/** Where the platform moved to is named after "move (…) to": "move their work chats to Max"; else -1. */
function movedTo(s: Sentence, i: number): number {
  for (let k = i + 1; k < Math.min(s.tokens.length - 1, i + 6); k++) {
    if (/^[,.;:]$/.test(lowerAt(s, k)) || mentionAt(s, k)) return -1;
    if (/^(?:to|onto)$/.test(lowerAt(s, k))) return k + 1;
  }
  return -1;
}
