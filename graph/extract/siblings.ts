// List siblings: "Facebook, WhatsApp and Hamro Patro", "Zorbo, Signal and Viber". A capitalised name the
// lexicon does not know, coordinated in one list with a platform or an outlet it does know, is one of
// the same kind: real coverage lists local apps and channels beside the global ones.
import { NOT_NAMES, beforePortfolioTitle, surface } from "./discover.ts";
import { discoveredEntity } from "./discovered.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { isPossessiveMarker, type Token } from "./tokens.ts";

const SEPARATORS = new Set([",", "and", "or"]);
/** What may follow the last item of a list: punctuation, a preposition, a verb of being or having. */
const LIST_END =
  /^(?:[,.;:)—]|and|or|in|on|from|for|across|were|was|are|is|have|has|had|which|that|apps?|platforms?|services?|accounts?)$/;
const MAX_WORDS = 3;

/** A platform or a news outlet (channels and sites are outlets): what a list of them holds. */
const isPlatform = (m: Mention | undefined): m is Mention =>
  !!m &&
  m.via !== "plural" &&
  !m.possessive &&
  (m.entities[0]!.kind === "platform" || m.entities[0]!.category === "media");

/** The mentions of a sentence with its unknown list siblings of known platforms added, in order. */
export function withListSiblings(
  tokens: Token[],
  mentions: Mention[],
  ctx: ArticleContext,
  passes = 3,
): Mention[] {
  if (passes === 0 || !mentions.some(isPlatform)) return mentions;
  const covered = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.start; i < m.end; i++) covered[i] = k;
  });
  const added: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i]! >= 0 || !startsName(tokens[i]!)) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_WORDS && covered[end]! < 0 && startsName(tokens[end]!)) end++;
    if (covered[end]! < 0 && end < tokens.length && startsName(tokens[end]!)) {
      i = end;
      continue;
    }
    // "Nexta, Belarus Brain and …": a country's name opens the item's name
    const country = i > 0 && covered[i - 1]! >= 0 ? mentions[covered[i - 1]!]! : undefined;
    const opens =
      country &&
      country.via === "name" &&
      country.end === i &&
      country.entities[0]!.roles.includes("government-national") &&
      SEPARATORS.has(tokens[country.start - 1]?.lower ?? "");
    const start = opens ? country.start : i;
    const neighbour = siblingPlatform(tokens, start, end, mentions, covered);
    // "Kenyans", "Mombasa": peoples and places are not listed as platforms
    const placeOrPeople =
      matchAt(ctx.lex.demonyms, tokens, i) ||
      matchAt(ctx.lex.places, tokens, i) ||
      matchAt(ctx.lex.names, tokens, i);
    // ("the app, Transport and Infrastructure Minister X said": a portfolio before a title)
    if (!neighbour || placeOrPeople || beforePortfolioTitle(tokens, end)) {
      i = end - 1;
      continue;
    }
    const label = surface(tokens, start, end);
    const like = neighbour.entities[0]!;
    const e = discoveredEntity(ctx, label, {
      kind: like.kind,
      category: like.category,
      roles: [],
      ambiguous: false,
    });
    if (e.kind === like.kind)
      added.push({
        start,
        end,
        entities: [e],
        surface: label,
        via: "discovered",
        possessive: isPossessiveMarker(tokens[end]),
      });
    i = end - 1;
  }
  if (added.length === 0) return mentions;
  // a country name taken into an item is no longer a mention of its own
  const kept = mentions.filter((m) => !added.some((a) => a.start <= m.start && m.end <= a.end));
  // "Luxta, Belarus Brain and MotolkoPomogi": an item found makes its neighbours listed too
  return withListSiblings(
    tokens,
    [...kept, ...added].sort((a, b) => a.start - b.start),
    ctx,
    passes - 1,
  );
}

function startsName(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.text) && !isPossessiveMarker(t);
}

/**
 * The known platform the run [start, end) is listed with: right before it across "," / "and" / "or"
 * ("Facebook, Zorbo"), or right after it ("Zorbo, Signal and Viber", "Zorbo and Signal").
 */
function siblingPlatform(
  tokens: Token[],
  start: number,
  end: number,
  mentions: Mention[],
  covered: Int32Array,
): Mention | undefined {
  const at = (i: number) => (i >= 0 && covered[i]! >= 0 ? mentions[covered[i]!] : undefined);
  let b = start - 1;
  let sawSeparator = false;
  while (b >= 0 && SEPARATORS.has(tokens[b]!.lower) && start - b <= 2) [b, sawSeparator] = [b - 1, true];
  const before = sawSeparator ? at(b) : undefined;
  // the item must end where a list item can end
  const next = tokens[end]?.lower ?? ".";
  if (isPlatform(before) && LIST_END.test(next)) return before;
  let a = end;
  let sawAfter = false;
  while (a < tokens.length && SEPARATORS.has(tokens[a]!.lower) && a - end < 2) [a, sawAfter] = [a + 1, true];
  const after = sawAfter ? at(a) : undefined;
  // "Zorbo, Signal and Viber": the known one after must itself be in a list, not the next clause
  const listed =
    after &&
    (SEPARATORS.has(tokens[after.end]?.lower ?? "") || SEPARATORS.has(tokens[start - 1]?.lower ?? ""));
  return isPlatform(after) && listed ? after : undefined;
}
