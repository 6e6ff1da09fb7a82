// Listings: putting a platform or an organisation on an official list is an act on it. "Uzkomnazorat
// added Facebook and Telegram to its register of violators" restricts them; "added Meta to its list
// of terrorists and extremists" bans it; "put X on the blacklist" blocks it. The one who adds is the
// subject of the verb.
import type { Action } from "../../types.ts";
import type { Cue } from "../lexicon.ts";
import { modalityAt } from "../modality.ts";
import { findSubject } from "./arguments.ts";
import { coordinated } from "./coordination.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

const ADD =
  /^(?:add|adds|added|adding|put|puts|putting|place|places|placed|placing|include|includes|included|including)$/;
/** Official lists, as the sentence filter asks for them. */
export const LISTING_TRIGGER = /^(?:register|registry|list|blacklist|blocklist)$/;
/** What a list is of, and so what being put on it does. */
const OUTLAWED =
  /^(?:extremist|extremists|terrorist|terrorists|terrorism|extremism|banned|prohibited|undesirable)$/;
const BLOCKED = /^(?:blocked|blacklist|blocklist)$/;

export function listings(s: Sentence): void {
  for (let v = 1; v + 3 < s.tokens.length; v++) {
    if (!ADD.test(lowerAt(s, v)) || mentionAt(s, v)) continue;
    const first = mentionAt(s, lowerAt(s, v + 1) === "the" ? v + 2 : v + 1);
    if (!first || first.possessive) continue;
    const listed = coordinated(s, first.end, [first]);
    const last = listed[listed.length - 1]!.end;
    const action = listAction(s, last);
    if (!action) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    const cue: Cue = { action, type: "verb", form: "past" };
    const agent = findSubject(s, v, cue);
    if (!agent || agent.kind !== "actor") continue;
    for (const m of listed)
      for (const e of m.entities)
        if (e !== agent && (e.kind === "platform" || action === "bans"))
          emit(s, agent, action, e, mod, "listing.added");
  }
}

/**
 * The action of the list "to|on (its|the|a) … list|register [of …]" names from token `k`: bans for
 * a list of extremists or banned ones, blocks for a blacklist or a list of blocked sites, restricts
 * for a register (of violators); none when no list follows.
 */
function listAction(s: Sentence, k: number): Action | undefined {
  if (!/^(?:to|on|in)$/.test(lowerAt(s, k))) return undefined;
  let j = k + 1;
  const words: string[] = [];
  while (j < k + 5 && /^[\p{Ll}'-]+$/u.test(s.tokens[j]?.text ?? "") && !LISTING_TRIGGER.test(lowerAt(s, j)))
    words.push(lowerAt(s, j++));
  if (!LISTING_TRIGGER.test(lowerAt(s, j))) return undefined;
  const noun = lowerAt(s, j);
  if (lowerAt(s, j + 1) === "of") for (let n = j + 2; n < j + 7; n++) words.push(lowerAt(s, n));
  if (words.some((w) => OUTLAWED.test(w))) return "bans";
  if (BLOCKED.test(noun) || words.some((w) => BLOCKED.test(w))) return "blocks";
  // a register or registry of violators: restricted until they comply
  return noun === "register" || noun === "registry" ? "restricts" : undefined;
}
