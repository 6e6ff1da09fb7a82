// Modality of a predicate from the words in front of it: negated (dropped), hypothetical
// (modal, conditional, threatened, planned, questioned) or alleged (hedged, reported).
import type { Modality } from "../types.ts";
import type { Token } from "./tokens.ts";

const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "neither",
  "nor",
  "denied",
  "deny",
  "denies",
  "denying",
  "refused",
  "refuses",
  "refuse",
  "without",
]);
const DENIALS = new Set(["denied", "deny", "denies", "denying"]);
/** Verbs that end what their gerund names: "stopped blocking X", "would suspend … advertising on X". */
const STOPPING =
  /^(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|suspend|suspends|suspended|suspending|halt|halts|halted|halting|quit|quits|pause|pauses|paused|end|ends|ended)$/;
const HYPOTHETICAL = new Set(
  "could may might would should will shall can if unless whether threaten threatens threatened threatening plan plans planned planning propose proposes proposed proposing consider considers considered considering seek seeks sought intend intends intended want wants wanted wanting vow vows vowed warn warned warns risk risks possible possibly potential potentially likely unlikely prepared preparing float floats floated floating mull mulls mulled mulling weigh weighs weighed weighing".split(
    " ",
  ),
);
/** Nouns of a measure not yet law: they mark the act of their own phrase ("a bill banning TikTok"). */
const PROPOSED = new Set(["proposal", "bill", "draft"]);
const ALLEGED = new Set(
  "allegedly reportedly purportedly supposedly alleged accused accusing accuses accuse claimed claiming claims alleging alleges apparently rumoured rumored".split(
    " ",
  ),
);
const BOUNDARY = new Set([
  ".",
  ";",
  ":",
  "but",
  "while",
  "although",
  "though",
  "whereas",
  "because",
  "since",
  "after",
  "which",
  "who",
]);

const RELATIVE = new Set(["which", "who"]);

export type ModalityOrNegated = Modality | "negated";

/** Reads the clause before a cue spanning tokens [start, end). */
export function modalityAt(tokens: Token[], start: number, end: number): ModalityOrNegated {
  let result: ModalityOrNegated = "asserted";
  let near = true;
  // the modality read up to the last comma crossed: "X, which accused Signal of …, blocked it" sets
  // off a relative clause whose hedges and threats are its own, not the cue's
  let beforeComma: ModalityOrNegated | undefined;
  // whether "and" or "but" stands between token i and the cue: a predicate coordinated after a
  // negation or denial is out of its reach ("denies wrongdoing and has accused …")
  let coordinated = false;
  const gerund = /ing$/.test(tokens[start]?.lower ?? "");
  // tokens of an apposition crossed ("would make ByteDance, TikTok's owner, sell the app"), which do
  // not count against the reach
  let aside = 0;
  for (let i = start - 1; i >= 0 && start - i - aside <= 12; i--) {
    const after = tokens[i + 1]?.lower;
    if (i + 1 < start && (after === "and" || after === "but")) coordinated = true;
    const w = tokens[i]!.lower;
    // "…, said it hoped access would be restored, and Access Now accused …": a clause with a subject
    // of its own after ", and" is out of reach of the modals before it
    if (
      (w === "and" || w === "but") &&
      tokens[i - 1]?.text === "," &&
      tokens.slice(i + 1, start).some((t) => /^\p{Lu}/u.test(t.text))
    )
      break;
    // "May 22", "Will Cathcart": capitalised inside a sentence, a name or a date, not a modal
    const capitalised = i > 0 && /^\p{Lu}/u.test(tokens[i]!.text);
    // "said it would appeal, calling the ruling unjustified": a participle set off by a comma speaks
    // now, out of reach of the modal before it
    if (w === "," && gerund && i === start - 1) break;
    if (BOUNDARY.has(w) || w === ",") {
      if (w !== ",") {
        if (beforeComma !== undefined && RELATIVE.has(w)) result = beforeComma;
        break;
      }
      near = false;
      beforeComma = result;
      aside += appositionBefore(tokens, i);
      continue;
    }
    // "Reporters Without Borders called …", "No Reforms, No Election": part of a name, not negation
    // (a headline's "Did Not Block" still negates)
    const inName = capitalised && (w === "without" || w === "no");
    // negation binds only in the verb group right before the cue: "did not block", "has never banned"
    if (!inName && near && start - i <= 4 && !coordinated && (NEGATORS.has(w) || w.endsWith("n't")))
      return "negated";
    // "denied it had ordered Telegram blocked": a denial negates the clause it governs, unless a new
    // predicate is coordinated in between ("denied the charge and was blocked anyway")
    if (DENIALS.has(w) && !coordinated) return "negated";
    // "stopped blocking Telegram", "would suspend C$10 million a year in advertising on Facebook":
    // the act named by the gerund is what ends
    if (gerund && near && start - i <= 10 && !coordinated && STOPPING.test(w)) return "negated";
    if (capitalised) continue;
    // ("When he signed the bill, Gianforte called …": a bill before a comma is another phrase's)
    if ((HYPOTHETICAL.has(w) || (near && PROPOSED.has(w))) && result !== "hypothetical")
      result = "hypothetical";
    else if (ALLEGED.has(w) && result === "asserted") result = "alleged";
  }
  if (tokens[tokens.length - 1]?.text === "?") return "hypothetical";
  const after = tokens[end]?.lower;
  if (after === "unless" || after === "if") return "hypothetical";
  return result;
}

/** The length of ", <up to 6 words>," ending at the comma at `i`, when it is one: 0 otherwise. */
function appositionBefore(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = tokens[k]!.lower;
    if (w === ",") return k < i - 1 ? i - k : 0;
    if (BOUNDARY.has(w)) return 0;
  }
  return 0;
}
