// Taking office: "Shehbaz Sharif went on to become prime minister", "Karki was sworn in on Friday as
// the country's interim prime minister", "was elected president": the person holds the government
// office the predicate names, in the government of the country it names (else the sentence's, else
// the article's). A lawmaker's seat or a state's office is read where titles are (office.ts).
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { sentenceCountry } from "./agents.ts";
import { LEGISLATOR, STATE_OFFICE } from "./office.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

const BECOME = /^(?:become|becomes|became|becoming)$/;
/** Verbs of being put in office, read in the passive ("was elected", "was sworn in … as"). */
const INSTALLED = /^(?:elected|re-elected|reelected|appointed|named|sworn|inaugurated|installed|confirmed)$/;
/** Verbs of coming back to an office, read before "as". */
const RETURNED = /^(?:returned|returns|returning|reinstated)$/;
const PASSIVE = /^(?:was|were|is|are|been|be|being|get|got)$/;
/** Words before the title that qualify the office, not change it. */
const QUALIFIER = /^(?:the|a|an|its|interim|acting|new|caretaker|first|next|current)$/;
/** An office hoped for, not taken. */
const UNREAL =
  /^(?:would|could|might|may|will|shall|hopes?|hoped|wants?|wanted|seeks?|sought|aims?|aimed|bid|vying|tipped|expected|likely|never|not)$/;
/** A seat in a legislature or a state's office ("state senator"): not the national government's. */
const notNational = (title: string) =>
  LEGISLATOR.test(title) || STATE_OFFICE.test(title) || /^state /.test(title);

export function accession(s: Sentence): void {
  for (let i = 1; i < s.tokens.length; i++) {
    const w = lowerAt(s, i);
    const installed = INSTALLED.test(w) && PASSIVE.test(lowerAt(s, i - 1));
    // "after Oli returned as prime minister"
    const returned = RETURNED.test(w) && lowerAt(s, i + 1) === "as";
    if (!BECOME.test(w) && !installed && !returned) continue;
    const holder = holderBefore(s, installed ? i - 1 : i);
    if (!holder) continue;
    const at = installed ? pastAs(s, i + 1) : returned ? i + 2 : i + 1;
    const office = officeAt(s, at);
    if (office) emit(s, holder, "represents", office, "asserted", "accession.takes-office");
  }
}

/** The person just before the verb group ending at `v`, when nothing says the office is only hoped for. */
function holderBefore(s: Sentence, v: number): LexEntity | undefined {
  for (let k = v - 1; k >= Math.max(0, v - 5); k--) {
    // ("Sushila Karki, a former chief justice, was appointed": past an apposition to its head)
    if (s.skipTo[k]! >= 0 && lowerAt(s, k) === ",") k = mentionAt(s, s.skipTo[k]!)!.end - 1;
    const w = lowerAt(s, k);
    if (UNREAL.test(w)) return undefined;
    const m = mentionAt(s, k);
    if (m) return m.entities[0]!.category === "person" && !m.possessive ? m.entities[0] : undefined;
    // "went on to become", "later became", "was formally sworn in"
    if (!/^(?:went|go|goes|going|on|to|later|then|eventually|soon|formally|duly|also|has|have|had)$/.test(w))
      return undefined;
  }
  return undefined;
}

/** "sworn in on September 12 as …": the position after "as", or right after the verb (and "in"). */
function pastAs(s: Sentence, from: number): number {
  for (let k = from; k < Math.min(s.tokens.length, from + 8); k++) {
    const w = lowerAt(s, k);
    if (w === "as") return k + 1;
    if (/^[,;:]$/.test(w) || mentionAt(s, k)?.entities[0]!.category === "person") break;
  }
  return lowerAt(s, from) === "in" ? from + 1 : from;
}

/** The government whose office is named at `at` ("the country's interim prime minister", "Nepal's president"). */
function officeAt(s: Sentence, at: number): LexEntity | undefined {
  let j = at;
  let country: LexEntity | undefined;
  for (let n = 0; n < 5 && !matchAt(s.lex.roleTitles, s.tokens, j); n++) {
    const m = mentionAt(s, j);
    if (m && m.possessive && m.entities[0]!.roles.includes("government-national")) {
      country = m.entities[0];
      j = m.end + 1;
    } else if (lowerAt(s, j) === "country" && lowerAt(s, j + 1) === "'s") j += 2;
    // ("the country's first woman prime minister")
    else if (
      QUALIFIER.test(lowerAt(s, j)) ||
      (/^\p{Ll}+$/u.test(s.tokens[j]?.text ?? "") && /^(?:ADJ|NOUN)$/.test(s.pos.upos(j) ?? ""))
    )
      j++;
    else break;
  }
  const title = matchAt(s.lex.roleTitles, s.tokens, j);
  if (!title?.value || notNational(title.tokens.join(" ").toLowerCase())) return undefined;
  // "prime minister of Pakistan"
  const of =
    lowerAt(s, j + title.tokens.length) === "of" ? mentionAt(s, j + title.tokens.length + 1) : undefined;
  if (!country && of?.entities[0]!.roles.includes("government-national")) country = of.entities[0];
  return country ?? sentenceCountry(s) ?? s.ctx.home;
}
