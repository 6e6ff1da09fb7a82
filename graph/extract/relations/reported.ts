// Reported speech and attribution: "X said (that) Y failed to …", "according to X, Y …".
import type { Action, Modality } from "../../types.ts";
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { actAuthorAt, actTargets, ownAct } from "./acts.ts";
import { emit, hasContent, lowerAt, mentionAt, onPlatform, type Sentence } from "./sentence.ts";

/** "X said (that) Y failed to …": an accusation against Y when the clause is negative. */
export function reported(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  let i = end;
  // "told the Interfax news agency that …", "told Reuters it was …": past the addressee, who is
  // told, never accused
  // "warned last week that …": past a time phrase to the complementiser
  if (lowerAt(s, i) !== "that") {
    const told = /^tel|^told/.test(lowerAt(s, start));
    const addressee = told ? (mentionAt(s, i) ?? mentionAt(s, i + 1)) : undefined;
    let k = i;
    while (k < Math.min(s.tokens.length, i + (told ? 10 : 5)) && lowerAt(s, k) !== "that") {
      if ([",", ";", ".", '"'].includes(lowerAt(s, k))) break;
      // a time phrase, not a clause of its own ("said the decision was wrong and that …")
      if (!told && (mentionAt(s, k) || s.pos.has(k, "Verb") || matchAt(s.lex.actNouns, s.tokens, k))) break;
      k++;
    }
    if (lowerAt(s, k) === "that") i = k;
    else if (addressee) i = addressee.end;
    else if (told) return;
  }
  if (lowerAt(s, i) === "that") i++;
  const m = mentionAt(s, i) ?? mentionAt(s, i + 1);
  s.alleged.push([end, s.tokens.length]);
  // "said that Iran was blocking Instagram" reports an act, which its own cue reads; no accusation
  // (an allegation of the act still accuses: "alleging the state is restricting access")
  const reportsAct =
    m &&
    /^(?:say|says|said|saying|tell|tells|told|telling|state|states|stated|stating)$/.test(
      lowerAt(s, start),
    ) &&
    s.tokens.slice(m.end, m.end + 6).some((_, k) => {
      const c = matchAt(s.lex.cues, s.tokens, m.end + k);
      return c && c.value.type === "verb" && REPORTED_ACTS.has(c.value.action);
    });
  // the complement clause ends where another begins ("…, while Meta continued to …")
  const until = m ? clauseEnd(s, m.end) : s.tokens.length;
  // "said YouTube channels linked to RT were being blocked": channels on a platform are not the platform
  if (
    m &&
    !reportsAct &&
    !onPlatform(s, m) &&
    hasContent(s, s.lex.negative, s.lex.negativeStems, m.end, until)
  ) {
    // "Kremlin spokesman Dmitry Peskov told reporters that Russia would respond": not against his own side
    for (const e of m.entities)
      if (!ownAct(s, subject, e)) emit(s, subject, action, e, mod, "reported.claim");
    return;
  }
  // "said the law had been rushed": a judgement of an act is one of its author
  const act = m ? undefined : actAuthorAt(s, i);
  if (
    act &&
    !ownAct(s, subject, act.author) &&
    hasContent(s, s.lex.negative, s.lex.negativeStems, act.end, s.tokens.length)
  )
    for (const t of actTargets(s, act.author))
      if (!ownAct(s, subject, t)) emit(s, subject, "criticizes", t, mod, "reported.act");
}

export function accordingTo(s: Sentence): void {
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    if (lowerAt(s, i) !== "according" || lowerAt(s, i + 1) !== "to") continue;
    let j = i + 2;
    while (["the", "a"].includes(lowerAt(s, j))) j++;
    const src = mentionAt(s, j);
    if (!src) continue;
    s.alleged.push([0, s.tokens.length]);
    // "According to X, Y failed …": an accusation by X against Y
    if (i === 0 || lowerAt(s, i - 1) === ",") {
      let k = src.end;
      if (lowerAt(s, k) === ",") k++;
      const target = mentionAt(s, k);
      if (target && hasContent(s, s.lex.negative, s.lex.negativeStems, target.end, s.tokens.length))
        emit(s, src.entities[0]!, "accuses", target.entities[0]!, "alleged", "reported.according-to");
    }
  }
}

/** Acts whose own cue reads them when reported: "said the regulator had ordered the apps removed". */
const REPORTED_ACTS = new Set(["blocks", "restricts", "bans", "fines", "mandates", "accuses"]);

/** Where the clause starting at `from` ends: a semicolon, or a comma before a new clause. */
function clauseEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.tokens.length; k++) {
    const w = lowerAt(s, k);
    if (w === ";" || w === ":" || w === "while" || w === "whereas") return k;
    if (w === "," && /^(?:while|but|and|although|whereas|then|as)$/.test(lowerAt(s, k + 1))) return k;
  }
  return s.tokens.length;
}
