// Entity mentions in a sentence: lexicon names, descriptions that refer back ("the regulator",
// "these messaging apps": descriptions.ts), institutions by head noun (heads.ts) and proper names
// the lexicon does not know (discover.ts).
import {
  discover,
  discoveredMention,
  NOT_NAMES,
  ORG_SUFFIX,
  organisationMention,
  LEGAL_FORM,
  organisationRun,
  portfolioAt,
  surface,
} from "./discover.ts";
import type { Action } from "../types.ts";
import { slug, type CompiledLexicon, type LexEntity } from "./lexicon.ts";
import { institutionAt, platformHeadAt } from "./heads.ts";
import { discoveredEntity, shortNameReferent } from "./discovered.ts";
import { matchAt } from "./match.ts";
import { isCapitalized, isPossessiveMarker, type Token } from "./tokens.ts";
import { withListSiblings } from "./siblings.ts";
import { placedGroup } from "./collectives.ts";
import { describe, headlineDescription, isBasedCompound, rememberGroup } from "./descriptions.ts";
import { withPartyAdjectives } from "./parties.ts";
import { withQualifiedGroups } from "./qualified-groups.ts";
import { withSharedSurnames } from "./surnames.ts";

export type MentionVia = "name" | "descriptor" | "plural" | "discovered" | "pronoun";

export interface Mention {
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  entities: LexEntity[];
  surface: string;
  via: MentionVia;
  /** Followed by a possessive marker ("Meta's"). */
  possessive: boolean;
}

/** What the reader remembers while going through one article. */
export interface ArticleContext {
  lex: CompiledLexicon;
  /** Entities in order of last mention, most recent first. */
  recent: LexEntity[];
  /** Entities discovered in this article, by surname or single-word name too. */
  discovered: Map<string, LexEntity>;
  /** The national government the article is mostly about. */
  home: LexEntity | undefined;
  /** Platforms of the previous sentence, for "these apps". */
  lastPlatforms: LexEntity[];
  /** The media outlets last named ("RT and Sputnik"): what "both outlets" refers to. */
  lastOutlets?: LexEntity[];
  /** The companies the last sentence naming several named ("Google and Apple … the two firms"). */
  lastCompanies?: LexEntity[];
  /** Platforms named together, the latest sentence first: "the two apps" are the last two named together. */
  platformGroups?: { platforms: LexEntity[]; sentence: number }[];
  /** Acts named with their owner ("the regulator's decision"), by noun, and when: what a bare "the decision" soon after is. */
  ownedActs?: Map<string, { author: LexEntity; sentence: number }>;
  /** Sentences read so far: how recent a group of platforms is. */
  sentencesRead?: number;
  /** Main subject of the previous sentence, for "it". */
  lastSubject: LexEntity | undefined;
  /** That subject when the previous sentence named it (not "it", not "the company"). */
  lastNamedSubject?: LexEntity;
  /** Who last blocked, banned, restricted, fined or mandated: the author of "the law", "the ban". */
  lastAgent?: LexEntity;
  /** The count of sentences read when that act was reported: whether "it" can still mean the act. */
  lastActAt?: number;
  /** How many such acts the article has reported so far. */
  actsReported?: number;
  /** Who last planned, proposed or threatened such an act, and how many acts were reported by then. */
  lastPlan?: { agent: LexEntity; actsBefore: number };
  /** Who last did each such act: "the block" is the last blocker's even when a fine came since. */
  lastAgentOf?: Map<Action, LexEntity>;
  /** The platforms of the latest sentence that reported an act of each kind: what "the removal" acted on. */
  lastPatientsOf?: Map<Action, LexEntity[]>;
  /** Who last did such an act other than a court: the state that carries out a ban a court ordered. */
  lastExecutive?: LexEntity;
  /** The action of that act, for "it covered …". */
  lastAction?: Action;
  /** An act the sentence opens with ("The ban took effect …"), and the previous sentence's: "It covered …". */
  openingAct?: { author: LexEntity; action: Action };
  previousOpeningAct?: { author: LexEntity; action: Action };
  /** Organisations each person was seen to represent, by key: nobody criticises their own act. */
  affiliations?: Map<string, Set<string>>;
  /** What each owner was seen to own, by key: "it" that is restricted is the app, not its owner. */
  holdings?: Map<string, Set<string>>;
  /** How present each entity is in the reader's mind: mentions, decaying sentence by sentence. */
  salience: Map<LexEntity, number>;
  /** Every lexicon entity the article names, in order: what a headline's bare description refers to. */
  named?: LexEntity[];
  /** Entities named in the headline: what the article is about, the default referent of "the platform". */
  topic: Set<LexEntity>;
}

const STATE_QUALIFIED =
  /^(?:broadcaster|broadcasters|media|news|television|tv|channel|channels|outlet|outlets|agency|newspaper|company|firm|operator|carrier|bank|telecom|telecoms|provider|messenger|platform|app)$/;
/**
 * "Nexta Live", "Telegram Premium", "YouTube Kids": a known platform or outlet's name and one more
 * capitalised word the lexicon does not know is another product of the same kind, not the known one.
 */
function productAt(
  tokens: Token[],
  i: number,
  end: number,
  e: LexEntity,
  ctx: ArticleContext,
): Mention | undefined {
  // ("Josh Frydenberg", "Max Verstappen": a common word's name opening a longer one is not its product)
  if ((e.kind !== "platform" && e.category !== "media") || e.ambiguous) return undefined;
  const word = tokens[end];
  const after = tokens[end + 1];
  const { lex } = ctx;
  if (
    !word ||
    isPossessiveMarker(word) ||
    !/^\p{Lu}\p{Ll}+$/u.test(word.text) ||
    NOT_NAMES.has(word.text) ||
    ORG_SUFFIX(word.text) ||
    matchAt(lex.names, tokens, end) ||
    matchAt(lex.demonyms, tokens, end) ||
    matchAt(lex.roleTitles, tokens, end) ||
    // a longer run of capitals is a name of its own, which discovery reads
    (after && isCapitalized(after.text) && !NOT_NAMES.has(after.text) && !matchAt(lex.names, tokens, end + 1))
  )
    return undefined;
  const label = surface(tokens, i, end + 1);
  const product = discoveredEntity(ctx, label, {
    kind: e.kind,
    category: e.category,
    roles: [],
    ambiguous: false,
  });
  return discoveredMention(tokens, i, end + 1, product, label);
}

/** A headline in Title Case, where capitals do not mark names. A sentence that ends in a period is not one. */
function isTitleCase(tokens: Token[]): boolean {
  if (/^[.!?]$/.test(tokens[tokens.length - 1]?.text ?? "")) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (words.length < 3) return false;
  return words.filter((t) => isCapitalized(t.text)).length / words.length > 0.6;
}

/**
 * Finds the mentions in one sentence. Names and discovered names are found first; descriptions
 * and plural descriptions are resolved against the article context.
 */
export function findMentions(tokens: Token[], ctx: ArticleContext): Mention[] {
  const { lex } = ctx;
  const out: Mention[] = [];
  const headline = isTitleCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "the Minister of Communication and Information Technology": a title, then its ministry
    const portfolio =
      !headline && t.text === "Minister" && tokens[i + 1]?.lower === "of"
        ? portfolioAt(tokens, i + 2, ctx)
        : undefined;
    if (portfolio) {
      out.push(portfolio);
      i = portfolio.end;
      continue;
    }
    const owned =
      isPossessiveMarker(tokens[i + 1]) || isPossessiveMarker(tokens[i + 2])
        ? describe(tokens, i, ctx, out)
        : undefined;
    if (owned) {
      out.push(owned);
      i = owned.end;
      continue;
    }
    const quoted = quotedChannel(tokens, i, ctx);
    if (quoted) {
      out.push(quoted);
      i = quoted.end;
      continue;
    }
    const institution = headline ? undefined : institutionAt(tokens, i, ctx);
    if (institution) {
      out.push(institution);
      i = institution.end;
      continue;
    }
    // "Critics in Ukraine": a collective named by its place
    const placed = headline ? undefined : placedGroup(tokens, i, ctx);
    if (placed) {
      out.push(placed);
      i = placed.end;
      continue;
    }
    const name = matchAt(lex.names, tokens, i);
    // "the U.S.-based service": a description, past the place its compound names
    const based =
      name && isBasedCompound(tokens, i + name.tokens.length) ? describe(tokens, i, ctx, out) : undefined;
    if (based) {
      out.push(based);
      i = based.end;
      continue;
    }
    const orgEnd = headline ? undefined : organisationRun(tokens, i, ctx, name);
    if (orgEnd) {
      out.push(organisationMention(tokens, i, orgEnd, ctx));
      i = orgEnd;
      continue;
    }
    if (name) {
      const end = i + name.tokens.length;
      const e = shortNameReferent(ctx, name);
      // "ISLAMABAD, April 18 —": a dateline says where the story is filed, no one acts there
      const dateline =
        i === 0 &&
        e.roles.includes("government-national") &&
        tokens[end]?.text === "," &&
        tokens.slice(0, end).every((x) => x.text.length > 1 && x.text === x.text.toUpperCase());
      // "Russian state broadcaster RT": "state" qualifies the outlet, the government is not named here
      const stateAdjective =
        name.tokens[name.tokens.length - 1]!.toLowerCase() === "state" &&
        STATE_QUALIFIED.test(tokens[end]?.text ?? "");
      // "Sen. Shelly Vance of Belgrade": a city after a person's name is their home; its government is not named
      const before = out[out.length - 1];
      const hometown =
        tokens[i - 1]?.lower === "of" &&
        before?.end === i - 1 &&
        before.entities[0]!.category === "person" &&
        lex.capitals.has(name.tokens.join(" ").toLowerCase());
      if (dateline || stateAdjective || hometown) {
        i = end;
        continue;
      }
      const prev = tokens[i - 1];
      const next = tokens[end];
      // An ambiguous one-word name inside a longer proper name ("Max Verstappen") is not the entity.
      // ("How Russia Shut the Door on Signal, the Messenger of Its Dissidents": nor is a noun with
      // "the" before and "of" after, however a headline capitalises it; "The Night the Messenger
      // Went Quiet": in a headline "the" alone makes it the noun)
      const insideName =
        e.ambiguous &&
        name.tokens.length === 1 &&
        ((next && isCapitalized(next.text) && !matchAt(lex.names, tokens, end) && !headline) ||
          (prev &&
            i > 1 &&
            isCapitalized(prev.text) &&
            !NOT_NAMES.has(prev.text) &&
            !matchAt(lex.names, tokens, i - 1) &&
            !headline) ||
          (prev?.lower === "the" && (next?.lower === "of" || headline)));
      // "Judge Santiago Pedraz", "the Tehran Times": a capital's name that opens a longer proper name
      // ("Belarus Golovnogo Mozga, founded by …": so does a country's name, when the run is a name)
      const placeName =
        lex.capitals.has(name.tokens[0]!.toLowerCase()) ||
        (e.roles.includes("government-national") && !matchAt(lex.demonyms, tokens, i));
      const cityInName =
        !headline &&
        name.tokens.length === 1 &&
        placeName &&
        !!next &&
        /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
        !NOT_NAMES.has(next.text) &&
        !matchAt(lex.names, tokens, end) &&
        !matchAt(lex.demonyms, tokens, end) &&
        !matchAt(lex.roleTitles, tokens, end);
      if (cityInName) {
        const named = discover(tokens, i, ctx);
        if (named) {
          out.push(named);
          i = named.end;
          continue;
        }
      }
      const product = headline ? undefined : productAt(tokens, i, end, e, ctx);
      if (product) {
        out.push(product);
        i = product.end;
        continue;
      }
      if (!insideName) {
        // "TikTok Inc.": the legal form belongs to the name
        const to = next && LEGAL_FORM.test(next.text) ? end + 1 : end;
        out.push({
          start: i,
          end: to,
          entities: [e],
          surface: surface(tokens, i, to),
          via: "name",
          possessive: isPossessiveMarker(tokens[to]),
        });
        i = to;
        continue;
      }
    }
    const known = ctx.discovered.get(t.text);
    if (known && isCapitalized(t.text)) {
      let end = i + 1;
      while (
        end < tokens.length &&
        ctx.discovered.get(
          tokens
            .slice(i, end + 1)
            .map((x) => x.text)
            .join(" "),
        ) === known
      )
        end++;
      out.push({
        start: i,
        end,
        entities: [known],
        surface: surface(tokens, i, end),
        via: "discovered",
        possessive: isPossessiveMarker(tokens[end]),
      });
      i = end;
      continue;
    }
    const desc = describe(tokens, i, ctx, out) ?? headlineDescription(tokens, i, ctx, out);
    if (desc) {
      out.push(desc);
      i = desc.end;
      continue;
    }
    if (!headline && isCapitalized(t.text) && !NOT_NAMES.has(t.text) && /^\p{Lu}/u.test(t.text)) {
      const found = discover(tokens, i, ctx);
      if (found) {
        out.push(found);
        i = found.end;
        continue;
      }
    }
    i++;
  }
  // "the U.S.-based Signal", "the Beijing-based firm": a place in a compound of origin names no one;
  // "the opposition Chadema party": a collective's noun before a name only qualifies it
  const named = out.filter(
    (m, k) =>
      !isBasedCompound(tokens, m.end) &&
      !(isCollectiveNoun(m) && out[k + 1]?.start === m.end && out[k + 1]!.via !== "descriptor"),
  );
  const found = withPlatformHeads(
    tokens,
    headline
      ? named
      : withQualifiedGroups(
          tokens,
          withPartyAdjectives(
            tokens,
            withSharedSurnames(tokens, withListSiblings(tokens, named, ctx), ctx),
            ctx,
          ),
          ctx,
        ),
    ctx,
  );
  rememberPlatformGroup(found, ctx);
  ctx.sentencesRead = (ctx.sentencesRead ?? 0) + 1;
  return found;
}

const QUOTES = new Set(['"', "“", "”", "«", "»"]);
/** Nouns a quoted name after them names: a channel, a programme, a publication. */
const NAMED_OUTLET =
  /^(?:channel|account|page|blog|podcast|show|programme|program|newsletter|project|website|site)$/;

/**
 * 'the Telegram channel "For Telecom,"', 'the podcast "Redacted Tonight"': a name in quotes after an
 * outlet noun is that outlet, whole (its words may be ones that are never names alone: "For").
 */
function quotedChannel(tokens: Token[], i: number, ctx: ArticleContext): Mention | undefined {
  if (!QUOTES.has(tokens[i]!.text) || !NAMED_OUTLET.test(tokens[i - 1]?.lower ?? "")) return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i <= 5 && /^\p{Lu}|^(?:of|the|and|for|in|on)$/u.test(tokens[end]!.text))
    end++;
  const close = tokens[end]?.text === "," && QUOTES.has(tokens[end + 1]?.text ?? "") ? end + 1 : end;
  if (end === i + 1 || !QUOTES.has(tokens[close]?.text ?? "") || !/^\p{Lu}/u.test(tokens[i + 1]!.text))
    return undefined;
  const label = surface(tokens, i + 1, end);
  if (!slug(label) || matchAt(ctx.lex.names, tokens, i + 1)?.tokens.length === end - i - 1) return undefined;
  const e = discoveredEntity(ctx, label, { kind: "actor", category: "media", roles: [], ambiguous: false });
  return { start: i + 1, end, entities: [e], surface: label, via: "discovered", possessive: false };
}

/** Platforms named together in one sentence ("WhatsApp and Threads"): what "the two apps" may mean later. */
function rememberPlatformGroup(mentions: Mention[], ctx: ArticleContext): void {
  const named = [
    ...new Set(
      mentions
        .filter((m) => m.via !== "plural")
        .flatMap((m) => m.entities.filter((e) => e.kind === "platform" && e.category !== "app store")),
    ),
  ];
  if (named.length > 1) rememberGroup(ctx, named);
}

/** An act the article reports: its author is the one "the law", "the ban", "the block" refer to. */
export function rememberAct(ctx: ArticleContext, agent: LexEntity, action: Action): void {
  [ctx.lastAgent, ctx.lastAction, ctx.lastActAt] = [agent, action, ctx.sentencesRead];
  (ctx.lastAgentOf ??= new Map()).set(action, agent);
  ctx.actsReported = (ctx.actsReported ?? 0) + 1;
}

/** An act planned or threatened ("a bill that would ban TikTok"): the author of "the push" until an act is done. */
export function rememberPlan(ctx: ArticleContext, agent: LexEntity): void {
  ctx.lastPlan = { agent, actsBefore: ctx.actsReported ?? 0 };
}

/** "ICQ messenger", "the Mir payment system": a platform's head noun belongs to its mention. */
function withPlatformHeads(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  return mentions.map((m, k) => {
    if (m.via === "plural" || m.entities[0]!.kind !== "platform" || m.possessive) return m;
    const head = platformHeadAt(ctx.lex, tokens, m.end);
    const next = mentions[k + 1];
    if (!head || (next && next.start < m.end + head.length)) return m;
    const end = m.end + head.length;
    return { ...m, end, surface: surface(tokens, m.start, end), possessive: isPossessiveMarker(tokens[end]) };
  });
}

/** A collective named by a common noun in lower case: "opposition", "critics". */
const isCollectiveNoun = (m: Mention): boolean =>
  m.via === "name" && m.entities[0]!.roles.includes("group") && /^\p{Ll}/u.test(m.surface);
