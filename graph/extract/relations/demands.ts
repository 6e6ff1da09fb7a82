// Demands to undo a censorship act: "called on Uganda to restore Facebook", "urged the authorities to
// lift the ban", "called for X to be unblocked". Asking that an act be undone faults whoever did it.
// A demand to use a service promotes it: "called on Russians to switch to Max".
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { modalityAt } from "../modality.ts";
import { findSubject } from "./arguments.ts";
import { coordinated } from "./coordination.ts";
import { ownAct } from "./acts.ts";
import { frameSubject } from "./frames.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Verbs of demanding (the sentence filter asks for them too). */
export const DEMAND_TRIGGER =
  /^(?:call|calls|called|calling|urge|urges|urged|urging|press|pressed|pressing|demand|demanded|demanding|demands|ask|asked|asking|appeal|appealed|appealing)$/;
/** What undoes a block or a ban. */
const UNDO =
  /^(?:restore|restoring|lift|lifting|unblock|unblocking|reverse|reversing|end|ending|reinstate|rescind|revoke|repeal|drop|withdraw|reconsider|overturn|correct|rectify|stop|halt|cease|scrap|abandon|rethink)$/;
/** What undoes a block when said of the platform itself: "restore Facebook", "unblock X". */
const RESTORE = /^(?:restore|restoring|unblock|unblocking|reinstate)$/;
const UNDONE =
  /^(?:restored|lifted|unblocked|reversed|ended|reinstated|rescinded|revoked|repealed|dropped|withdrawn)$/;

export function demands(s: Sentence): void {
  for (let v = 1; v < s.tokens.length - 3; v++) {
    if (!DEMAND_TRIGGER.test(lowerAt(s, v)) || mentionAt(s, v)) continue;
    const used = APPEAL.test(lowerAt(s, v)) ? platformsToUse(s, v) : [];
    if (used.length > 0) {
      const mod = modalityAt(s.tokens, v, v + 1);
      const promoter = findSubject(s, v, { action: "promotes", type: "verb", form: "past" });
      if (mod !== "negated" && promoter?.kind === "actor")
        for (const m of used) emit(s, promoter, "promotes", m.entities[0]!, mod, "demand.use");
      continue;
    }
    const target = undoTarget(s, v);
    if (!target) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    // ("26 groups, among them Amnesty and HRW, called on Russia to …": each of them)
    const frame = frameSubject(s, v);
    const framed = frame?.entities ?? [];
    // ("said the dissolution was unlawful, and urged the government to …": the speaker, whose verb
    // the demand is coordinated with)
    const shared =
      frame?.how === "shared-subject" && lowerAt(s, v - 1) === "and" && lowerAt(s, v - 2) === ",";
    const demanders =
      framed.length > 1 || (shared && framed.length > 0)
        ? framed
        : [findSubject(s, v, { action: "criticizes", type: "verb", form: "past" }) ?? undefined];
    for (const demander of demanders)
      if (demander && demander.kind === "actor" && !ownAct(s, demander, target))
        emit(s, demander, "criticizes", target, mod, "demand.undo");
  }
}

/** Punctuation that ends the stretch a demand's "to use X" is read in. */
const CLAUSE_BREAK = /^[.;:,]$/;

/** Demands that are no verb of promotion themselves ("urged", "pressed" are in the lexicon, though
 * not for a platform taken up in place of another: "urged supporters to drop X in favour of Y"). */
const APPEAL =
  /^(?:call|calls|called|calling|appeal|appealed|appealing|ask|asked|asking|urge|urges|urged|urging)$/;
/** Leaving a platform: "drop", "abandon", "ditch". */
const DROP = /^(?:drop|abandon|ditch|leave|quit|delete|uninstall)$/;

/**
 * The platforms a demand at `v` asks people to use: "called on Russians to switch to Max", "asked
 * users to download Signal and Threema"; none when the demand is not to use something.
 */
function platformsToUse(s: Sentence, v: number): Mention[] {
  let j = v + 1;
  if (/^(?:on|upon|to)$/.test(lowerAt(s, j))) j++;
  for (let end = Math.min(s.tokens.length, j + 6); j < end && lowerAt(s, j) !== "to"; j++)
    if (CLAUSE_BREAK.test(lowerAt(s, j))) return [];
  if (lowerAt(s, j) !== "to") return [];
  // "to keep using Telegram", "to start using Max"
  if (/^(?:keep|continue|start|begin)$/.test(lowerAt(s, j + 1))) j++;
  // "to drop WhatsApp in favour of Telegram or WeChat": what is taken up instead
  if (DROP.test(lowerAt(s, j + 1)))
    for (let k = j + 2; k < Math.min(s.tokens.length, j + 10); k++) {
      if (CLAUSE_BREAK.test(lowerAt(s, k))) return [];
      if (
        /^(?:favour|favor)$/.test(lowerAt(s, k)) &&
        lowerAt(s, k - 1) === "in" &&
        lowerAt(s, k + 1) === "of"
      ) {
        const m = mentionAt(s, lowerAt(s, k + 2) === "the" ? k + 3 : k + 2);
        return m && m.entities[0]!.kind === "platform" ? coordinated(s, m.end, [m]) : [];
      }
    }
  const use = matchAt(s.lex.use, s.tokens, j + 1);
  if (!use) return [];
  // "to switch to the domestic messenger Max": past a short description of it
  for (let k = j + 1 + use.tokens.length; k < Math.min(s.tokens.length, j + 6 + use.tokens.length); k++) {
    const m = mentionAt(s, k);
    if (m) return m.entities[0]!.kind === "platform" ? coordinated(s, m.end, [m]) : [];
    if (CLAUSE_BREAK.test(lowerAt(s, k))) return [];
  }
  return [];
}

/**
 * Whom a demand at `v` asks to undo an act: the actor addressed ("called on Uganda to restore …",
 * "urged the regulator to lift …"), else, when a platform is to be unblocked ("called for X to be
 * unblocked"), the one who last blocked it in the article.
 */
function undoTarget(s: Sentence, v: number): LexEntity | undefined {
  let j = v + 1;
  if (/^(?:on|upon)$/.test(lowerAt(s, j))) j++;
  const form = lowerAt(s, j) === "for" ? "passive" : "addressed";
  if (form === "passive") j++;
  if (lowerAt(s, j) === "the") j++;
  const m = mentionAt(s, j);
  const e = m?.entities[0];
  if (!m || !e) return undefined;
  // "urged Hanoi on June 2 to lift the block": past a time phrase
  let to = m.end;
  if (/^(?:on|in|last|this|earlier|within)$/.test(lowerAt(s, to)))
    for (let k = to + 1; k < to + 5 && k < s.tokens.length; k++)
      if (lowerAt(s, k) === "to") {
        to = k;
        break;
      } else if (
        !/^(?:\p{Lu}\p{Ll}*\.?|\d+|(?:week|month|year|day|hour)s?|a|the|few)$/u.test(s.tokens[k]!.text)
      )
        break;
  if (lowerAt(s, to) !== "to") return undefined;
  // ('to "restore access …"': a quotation that opens on the demand)
  if (/^["“]$/.test(lowerAt(s, to + 1))) to++;
  if (form === "addressed") {
    // ("urged supporters to drop WhatsApp": dropping a platform undoes no act, and the public
    // asked to do it did none)
    const dropped = mentionAt(s, lowerAt(s, to + 2) === "the" ? to + 3 : to + 2)?.entities[0];
    if (dropped?.kind === "platform" && !RESTORE.test(lowerAt(s, to + 1))) return undefined;
    return e.kind === "actor" &&
      e.category !== "person" &&
      e.category !== "group" &&
      UNDO.test(lowerAt(s, to + 1))
      ? e
      : undefined;
  }
  // "called for X to be unblocked"
  const undone = lowerAt(s, to + 1) === "be" && UNDONE.test(lowerAt(s, to + 2));
  return undone && e.kind === "platform" ? (s.ctx.lastAgent ?? s.ctx.home) : undefined;
}
