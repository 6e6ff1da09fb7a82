// Reasons given for an act: "the government blocked the platform because it allows pornography",
// "X had been restricted because it spread extremist content". A reason that charges the platform
// with a wrong is an accusation, made by whoever reports the reason (the minister who "said" it),
// else by the act's author.
import type { LexEntity } from "../lexicon.ts";
import { lowerAt, mentionAt, hasContent, hasVerbCue, emit, type Sentence } from "./sentence.ts";

const CENSORING = new Set(["blocks", "restricts", "bans", "fines"]);
const PASSIVE_USE = /^(?:used|exploited|abused|misused)$/;
const CLAUSE_END = /^(?:;|\.|but|while|although|though|whereas)$/;

export function reasons(s: Sentence): void {
  for (let i = 1; i < s.tokens.length - 2; i++) {
    if (lowerAt(s, i) !== "because" || lowerAt(s, i + 1) === "of") continue;
    const act = [...s.out].reverse().find((r) => CENSORING.has(r.action) && r.object.kind === "platform");
    if (!act) return;
    // what the reason charges: "it" (the act's platform) or a platform named there
    // ("they": every platform of that act)
    const who = lowerAt(s, i + 1);
    const named = mentionAt(s, i + 1)?.entities[0];
    const charged =
      who === "they"
        ? s.out
            .filter(
              (r) => r.action === act.action && r.subject === act.subject && r.object.kind === "platform",
            )
            .map((r) => r.object)
        : who === "it"
          ? [act.object]
          : named?.kind === "platform"
            ? [named]
            : [];
    if (charged.length === 0) continue;
    let end = i + 2;
    while (end < s.tokens.length && !CLAUSE_END.test(lowerAt(s, end))) end++;
    if (!hasContent(s, s.lex.negative, s.lex.negativeStems, i + 2, end)) continue;
    // "few will notice, because all four apps were already blocked": the reason is an act, no charge
    if (hasVerbCue(s, i + 2, end, CENSORING)) continue;
    // "because they were being used to spread hate speech": the wrong is the users', not the platform's
    let v = i + 2;
    while (/^(?:was|were|is|are|had|has|have|been|being)$/.test(lowerAt(s, v))) v++;
    if (v > i + 2 && PASSIVE_USE.test(lowerAt(s, v))) continue;
    const accuser = reporterBefore(s, i) ?? act.subject;
    if (accuser.kind === "actor")
      for (const e of charged) emit(s, accuser, "accuses", e, "asserted", "reported.reason");
  }
}

/** "Silaa told a station that …", "the minister said …": the speaker before a verb of saying. */
function reporterBefore(s: Sentence, before: number): LexEntity | undefined {
  for (let v = before - 1; v > 0; v--) {
    if (!s.lex.speech.reports.has(lowerAt(s, v))) continue;
    for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
      const m = mentionAt(s, k);
      if (m && !m.possessive && m.entities[0]!.kind === "actor") return m.entities[0];
    }
  }
  return undefined;
}
