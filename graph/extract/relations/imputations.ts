// Pointing to a wrong someone does is an accusation of them: "officials pointed to possible
// interference by Azerbaijan", "sources spoke of foreign meddling, naming China and Azerbaijan",
// "the minister warned of Russian disinformation". The speaker is the verb's subject; the accused
// are the agents of the wrong: after "by" or "from", the names after ", naming", or the country a
// demonym before the wrong names. The wrongs are data (content.wrongs).
import { modalityAt } from "../modality.ts";
import { matchAt } from "../match.ts";
import type { LexEntity } from "../lexicon.ts";
import type { Mention } from "../mentions.ts";
import { coordinated } from "./coordination.ts";
import { frameSubject } from "./frames.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Verbs of pointing to something, with the preposition each takes ("" for none). */
const POINTING = new Map<string, string>([
  ["point", "to"],
  ["points", "to"],
  ["pointed", "to"],
  ["pointing", "to"],
  ["spoke", "of"],
  ["speak", "of"],
  ["speaks", "of"],
  ["speaking", "of"],
  ["warned", "of"],
  ["warn", "of"],
  ["warns", "of"],
  ["warning", "of"],
  ["alleged", ""],
  ["alleges", ""],
  ["alleging", ""],
]);
/** Words that may stand between the verb and the wrong ("possible foreign interference"). */
const MODIFIER =
  /^(?:possible|alleged|suspected|foreign|outside|growing|widespread|systematic|organised|organized|deliberate|state-sponsored|state-backed|the|a|an|of|some)$/;

/** Auxiliaries and adverbs between a subject and its verb. */
const BETWEEN =
  /^(?:also|have|has|had|repeatedly|previously|again|already|publicly|openly|often|themselves|itself)$/;

export function imputations(s: Sentence): void {
  for (let v = 1; v + 2 < s.tokens.length; v++) {
    const prep = POINTING.get(lowerAt(s, v));
    if (prep === undefined) continue;
    let k = v + 1;
    if (prep) {
      // "warned of" and "warned about"; "spoke of" and "spoke about"
      if (lowerAt(s, k) !== prep && !(prep === "of" && lowerAt(s, k) === "about")) continue;
      k++;
    }
    let byDemonym: LexEntity | undefined;
    for (let n = 0; n < 4 && !s.lex.wrongs.has(lowerAt(s, k)); n++) {
      const d = mentionAt(s, k) ? undefined : matchAt(s.lex.demonyms, s.tokens, k);
      if (d) {
        byDemonym = d.value;
        k += d.tokens.length;
      } else if (MODIFIER.test(lowerAt(s, k))) k++;
      else break;
    }
    if (!s.lex.wrongs.has(lowerAt(s, k))) continue;
    const accused = agentsOf(s, k + 1) ?? (byDemonym ? [byDemonym] : []);
    if (accused.length === 0) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    // ("sources also pointed to", "officials have repeatedly warned of": back over the auxiliaries)
    let b = v - 1;
    while (b > 0 && BETWEEN.test(lowerAt(s, b))) b--;
    const before = mentionAt(s, b);
    const speaker =
      frameSubject(s, v)?.entities[0] ?? (before && !before.possessive ? before.entities[0] : undefined);
    if (!speaker || speaker.kind !== "actor") continue;
    for (const e of accused) emit(s, speaker, "accuses", e, mod, "reported.points-to-wrong");
  }
}

/** The doers of a wrong ending at `k`: "by X and Y", "from X", ", naming X and Y"; undefined when none. */
function agentsOf(s: Sentence, k: number): LexEntity[] | undefined {
  let at = -1;
  if (/^(?:by|from)$/.test(lowerAt(s, k))) at = k + 1;
  else if (lowerAt(s, k) === "," && lowerAt(s, k + 1) === "naming") at = k + 2;
  if (at < 0) return undefined;
  if (lowerAt(s, at) === "the") at++;
  const first = mentionAt(s, at);
  if (!first || first.possessive) return undefined;
  const list: Mention[] = coordinated(s, first.end, [first]);
  const out = list.flatMap((m) => m.entities).filter((e) => e.kind === "actor");
  return out.length > 0 ? out : undefined;
}
