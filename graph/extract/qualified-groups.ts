// Collectives narrowed by the words before them: "Exiled opposition leaders", "digital rights
// campaigners", "Pro-Kremlin activists". The lexicon's group ("Opposition", "Activists") stands
// for anyone of that kind; with a modifier the article names a group of its own, which becomes a node
// of its own named as the article names it, so that the exiled leaders of one country are not the
// opposition of every other.
import { discoveredEntity } from "./discovered.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { tagWords } from "./syntax/tagger.ts";
import type { Token } from "./tokens.ts";

/** Words before a group noun that count or pick out rather than narrow it. */
const NOT_MODIFIERS =
  /^(?:other|many|some|several|few|most|all|both|various|numerous|more|such|these|those|their|its|the|a|an|and|or|no|any|two|three|four|five|dozens|hundreds|thousands)$/;

/** Words after a group noun that narrow it: "opposition figures abroad". */
const AFTER = /^(?:abroad|overseas)$/;

const MAX_MODIFIERS = 3;

/** Nouns of a body that groups form together: "a coalition of rights groups". */
const BODY = /^(?:coalition|alliance|network|consortium|federation|union)$/;

/** The mentions with each modified lexicon group replaced by a group named by its whole phrase. */
export function withQualifiedGroups(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  if (!mentions.some(isLexiconGroup)) return mentions;
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) taken.add(k);
  return mentions.map((m) => {
    if (!isLexiconGroup(m)) return m;
    const { pos } = tagWords(tokens);
    // ("the exiled opposition leader": a group noun that modifies another names no group)
    if (pos[m.end] === "NOUN") return m;
    let start = m.start;
    while (start > 0 && m.start - start < MAX_MODIFIERS && !taken.has(start - 1)) {
      const k = start - 1;
      if (!modifies(tokens[k]!, pos[k]!, k === 0 || OPENS.test(tokens[k - 1]!.lower), ctx, tokens, k)) break;
      start--;
    }
    // "a coalition of rights groups": the body the groups formed is the one that acts
    if (start === m.start && tokens[start - 1]?.lower === "of" && BODY.test(tokens[start - 2]?.lower ?? ""))
      start -= 2;
    const end = AFTER.test(tokens[m.end]?.lower ?? "") ? m.end + 1 : m.end;
    if (start === m.start && end === m.end) return m;
    const words = tokens.slice(start, end).map((t) => t.text);
    const label = [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(" ");
    const e = m.entities[0]!;
    const group = discoveredEntity(ctx, label, {
      kind: e.kind,
      category: e.category,
      roles: e.roles,
      ambiguous: false,
    });
    return { ...m, start, end, entities: [group], surface: words.join(" ") };
  });
}

function isLexiconGroup(m: Mention): boolean {
  const e = m.entities[0]!;
  return m.via === "name" && e.category === "group" && e.roles.includes("group") && !e.country;
}

/** Words after which a phrase begins: a participle there is an adjective ("the exiled leaders"). */
const OPENS = /^(?:the|many|some|other|"|“)$/;

/**
 * An adjective or a noun in a compound before the group noun: "digital rights", "press-freedom"; a
 * participle only where a phrase begins ("Exiled opposition leaders", not "condemned rights groups");
 * a capitalised word that opens the sentence, which the tagger reads as a name, when it is none.
 */
function modifies(
  t: Token,
  pos: string,
  phraseStart: boolean,
  ctx: ArticleContext,
  tokens: Token[],
  k: number,
): boolean {
  if (NOT_MODIFIERS.test(t.lower)) return false;
  if (!/^[\p{L}][\p{L}-]*$/u.test(t.text)) return false;
  if (pos === "ADJ" || pos === "NOUN") return true;
  if (pos === "VERB") return phraseStart && /ed$/.test(t.lower);
  if (pos !== "PROPN") return false;
  if (t.text.includes("-")) return true;
  return k === 0 && !matchAt(ctx.lex.names, tokens, k) && !matchAt(ctx.lex.demonyms, tokens, k);
}
