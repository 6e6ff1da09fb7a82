// Public entry of the extraction layers: article → sentences → mentions → relations.
import type { Action, Article, ArticleExtraction, EntityRef } from "../types.ts";
import {
  compileLexicon,
  defaultLexicon,
  mergeLexicon,
  type CompiledLexicon,
  type LexEntity,
  type Lexicon,
} from "./lexicon.ts";
import {
  announcedAct,
  bulletName,
  bulletRelations,
  enumerationStart,
  isBullet,
  staysAvailable,
  leadIn,
  type LeadIn,
} from "./lists.ts";
import { matchAt } from "./match.ts";

import { findMentions, rememberAct, rememberPlan, type ArticleContext, type Mention } from "./mentions.ts";
import { judicialBody } from "./relations/sentence.ts";
import { COVERAGE_TRIGGER } from "./relations/coverage.ts";
import { DEMAND_TRIGGER } from "./relations/demands.ts";
import { LICENCE_TRIGGER } from "./relations/licences.ts";
import { LISTING_TRIGGER } from "./relations/listings.ts";
import { STOP_TRIGGER } from "./relations/stop-using.ts";
import { DISMAY_TRIGGER } from "./relations/feelings.ts";
import { sentenceRelations, type SentenceRelation } from "./relations/index.ts";
import { splitSentences } from "./sentences.ts";
import { tokenize, type Token } from "./tokens.ts";

/** Determiners before an act noun that refer to an act already in view: "the ban", "its order". */
const REFERRING = /^(?:the|this|that|its|their)$/;

export { compileLexicon, defaultLexicon, mergeLexicon };
export type { CompiledLexicon, Lexicon };
export type { EntityEntry } from "./lexicon.ts";

export { CAMEO } from "../cameo.ts";

const ref = (e: LexEntity): EntityRef => ({ key: e.key, label: e.label, kind: e.kind, category: e.category });

/**
 * One pass over the article's names: the national government it is mostly about (the most named
 * one, the headline and lead counting thrice), and every entity of the lexicon it names, in order.
 */
function scanNames(sentences: Token[][], lex: CompiledLexicon): { home?: LexEntity; named: LexEntity[] } {
  const counts = new Map<LexEntity, number>();
  const named = new Set<LexEntity>();
  sentences.forEach((tokens, idx) => {
    // the headline and the lead (with its dateline, "DAR ES SALAAM, June 5 —") say where the story is
    const weight = idx < 2 ? 3 : 1;
    for (let i = 0; i < tokens.length; i++) {
      const name = matchAt(lex.names, tokens, i);
      const p = name ?? matchAt(lex.demonyms, tokens, i) ?? matchAt(lex.places, tokens, i);
      if (!p) continue;
      if (name) named.add(name.value);
      if (p.value.roles.includes("government-national"))
        counts.set(p.value, (counts.get(p.value) ?? 0) + weight);
      else if (p.value.government) {
        const g = lex.entityByKey.get(p.value.government);
        if (g) counts.set(g, (counts.get(g) ?? 0) + weight);
      }
      i += p.tokens.length - 1;
    }
  });
  // the most named; a tie goes to the one named first (Map keeps insertion order)
  let home: LexEntity | undefined;
  let bestCount = 0;
  for (const [e, c] of counts) if (c > bestCount) [home, bestCount] = [e, c];
  return { home, named: [...named] };
}

const OWNER_COMPOUND = /^\p{Lu}.*-(?:owned|operated|backed)$/u;
const PRONOUNS = new Set(["it", "they"]);
const STRUCTURAL = new Set<Action>(["owns", "founded", "represents", "modeled_on", "alternative_to"]);
const AUTHORED = new Set<Action>(["blocks", "bans", "restricts", "fines", "mandates"]);
/** Words of the structural relations (owns, founded, represents) that have no action cue. */
const STRUCTURAL_TRIGGERS =
  /^(?:.+-(?:owned|run|operated|controlled|backed)|owner|owners|parent|control|founder|co-founder|founded|state|of|maker|makers|sell|sold|divest|party|heads|runs|leads|belongs|belonged|belong|belonging|products|namely)$/;

function hasCue(tokens: Token[], lex: CompiledLexicon): boolean {
  for (const t of tokens)
    if (
      lex.cues.has(t.lower) ||
      lex.roleTitles.has(t.lower) ||
      lex.migrations.has(t.lower) ||
      STRUCTURAL_TRIGGERS.test(t.lower) ||
      COVERAGE_TRIGGER.test(t.lower) ||
      DEMAND_TRIGGER.test(t.lower) ||
      LICENCE_TRIGGER.test(t.lower) ||
      LISTING_TRIGGER.test(t.lower) ||
      STOP_TRIGGER.test(t.lower) ||
      DISMAY_TRIGGER.test(t.lower) ||
      lex.wrongs.has(t.lower) ||
      t.lower === "according" ||
      // "The firm, in his words, kept ignoring the law": a speaker set in the claim (reported.ts)
      t.lower === "words" ||
      t.lower === "'s"
    )
      return true;
  return false;
}

function remember(ctx: ArticleContext, mentions: Mention[]): void {
  // a value halved to 0 reads as an absent one, so dropping it keeps a long article's map small
  for (const [e, v] of ctx.salience) {
    if (v * 0.5 === 0) ctx.salience.delete(e);
    else ctx.salience.set(e, v * 0.5);
  }
  for (const m of mentions) for (const e of m.entities) ctx.salience.set(e, (ctx.salience.get(e) ?? 0) + 1);
  for (const m of mentions) {
    for (const e of m.entities) {
      const at = ctx.recent.indexOf(e);
      if (at >= 0) ctx.recent.splice(at, 1);
      ctx.recent.unshift(e);
    }
  }
  if (ctx.recent.length > 30) ctx.recent.length = 30;
  // what "the apps", "both outlets", "the two firms" in a later sentence can refer to
  const named = (fits: (e: LexEntity) => boolean) =>
    mentions.filter((m) => m.via !== "plural").flatMap((m) => m.entities.filter(fits));
  const platforms = named((e) => e.kind === "platform");
  if (platforms.length > 0) ctx.lastPlatforms = [...new Set(platforms)];
  const outlets = named((e) => e.category === "media");
  if (outlets.length > 1) ctx.lastOutlets = [...new Set(outlets)];
  const companies = new Set(named((e) => e.category === "company"));
  if (companies.size > 1) ctx.lastCompanies = [...companies];
}

/** What a sentence is about, for "it" and "they" in the next: its first relation's subject when it is named there, else its first named actor or platform. */
function sentenceSubject(
  found: SentenceRelation[],
  mentions: Mention[],
  tokens: Token[],
): LexEntity | undefined {
  const first = found[0];
  if (first) {
    const named = mentions.flatMap((m) => m.entities).find((e) => e.key === first.subject.key);
    if (named) return named;
  }
  // "When Telegram moved its traffic, the regulator went after it": the main clause's subject
  let from = 0;
  if (FRONTED.test(tokens[0]?.lower ?? "")) {
    const comma = tokens.findIndex((t) => t.text === ",");
    if (comma > 0) from = comma + 1;
  }
  const m = mentions.find(
    (x) => x.start >= from && x.start <= from + 3 && x.via !== "plural" && !x.possessive,
  );
  return m?.entities[0];
}

/** Words that open a fronted subordinate clause. */
const FRONTED = /^(?:when|after|before|while|as|since|although|though|because|once|until|if)$/;

/**
 * Whether a "\n" lies between the previous sentence's end (or the text's start) and `start`: otherwise
 * isBullet would only look back over the previous sentence, and on a long line that costs its length.
 */
const opensLine = (text: string, previousEnd: number, start: number): boolean =>
  previousEnd === 0 || text.slice(previousEnd, start).includes("\n");

/** How long the analysis of one article may take; the sentences not begun by then are skipped. */
export interface ExtractionBudget {
  /** Milliseconds; by default `defaultBudgetMs` of the article's length. */
  ms?: number;
  /** The clock, in milliseconds; injectable so that a test runs out of time deterministically. */
  now?: () => number;
}

/**
 * 30 s, plus 30 s per million characters: five times what the analysis takes on this project's
 * 2-core machine (about 6 s of CPU per MB of text, `npm run bench`), so a loaded machine stays within
 * it and only a cost that grows faster than the text runs out.
 */
export const defaultBudgetMs = (chars: number): number => 30_000 + chars * 0.03;

/** What a budget cut off: the last `sentences` of `of`, from character `offset` of the text. */
export interface SkippedRest {
  budgetMs: number;
  sentences: number;
  of: number;
  offset: number;
}

/** "over its extraction time budget (30 s); the last 12 of 40 sentences (from offset 5120) were skipped" */
export function skippedProblem({ budgetMs, sentences, of, offset }: SkippedRest): string {
  const budget = budgetMs >= 1000 ? `${Math.round(budgetMs / 1000)} s` : `${budgetMs} ms`;
  return `over its extraction time budget (${budget}); the last ${sentences} of ${of} sentences (from offset ${offset}) were skipped`;
}

export interface BudgetedExtraction {
  extraction: ArticleExtraction;
  skipped?: SkippedRest;
}

/** Extracts the mentions and relations of one article. Pure: the same article and lexicon give the same result. */
export function extractArticle(article: Article, lex: CompiledLexicon): ArticleExtraction {
  return extractArticleWithin(article, lex, { ms: Infinity }).extraction;
}

/** extractArticle within a time budget: what it has not begun by then is skipped and said so. */
export function extractArticleWithin(
  article: Article,
  lex: CompiledLexicon,
  budget: ExtractionBudget = {},
): BudgetedExtraction {
  const now = budget.now ?? (() => performance.now());
  const started = now();
  const budgetMs = budget.ms ?? defaultBudgetMs(article.text.length);
  const sentences = splitSentences(article.text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const names = scanNames(tokens, lex);
  const ctx: ArticleContext = {
    lex,
    recent: [],
    discovered: new Map(),
    home: names.home,
    named: names.named,
    lastPlatforms: [],
    lastSubject: undefined,
    salience: new Map(),
    topic: new Set(),
  };
  const result: ArticleExtraction = {
    article: article.id,
    sentences: sentences.length,
    mentions: [],
    relations: [],
  };
  let lead: LeadIn | undefined;
  let act: { lead: LeadIn; at: number } | undefined;
  for (const [idx, sentence] of sentences.entries()) {
    if (now() - started >= budgetMs) {
      const skipped = {
        budgetMs,
        sentences: sentences.length - idx,
        of: sentences.length,
        offset: sentence.start,
      };
      return { extraction: result, skipped };
    }
    const toks = tokens[idx]!;
    const bullet =
      opensLine(article.text, sentences[idx - 1]?.end ?? 0, sentence.start) &&
      isBullet(article.text, sentence.start);
    const found0 = findMentions(toks, ctx);
    const mentions = bullet && lead ? bulletName(toks, found0, ctx) : found0;
    for (const m of mentions)
      for (const e of m.entities)
        result.mentions.push({
          entity: ref(e),
          surface: m.via === "plural" ? e.label : m.surface,
          ...(m.via === "descriptor" || m.via === "pronoun" ? { description: true } : {}),
        });
    // a pronoun may stand for the only argument: "In 2018 it was blocked."
    // "The ban took effect on Sept. 4.": no name, but it tells what "it" means next
    const opensWithAct = /^(?:the|this|that)$/.test(toks[0]?.lower ?? "") && !!matchAt(lex.actNouns, toks, 1);
    const candidate =
      (mentions.length > 0 ||
        opensWithAct ||
        // ("The two Meta-owned apps …": an owner named inside a compound adjective)
        toks.some((t) => PRONOUNS.has(t.lower) || OWNER_COMPOUND.test(t.text))) &&
      hasCue(toks, lex);
    let found = candidate ? sentenceRelations(toks, mentions, ctx, sentence.text, sentence.start) : [];
    // "- Facebook and Instagram" under "The ban covers:": the lead-in's action
    // (an owner named in the bullet is no act on it: "Facebook and Instagram, with their owner Meta …")
    if (bullet && lead && !found.some((r) => r.object.kind === "platform" && !STRUCTURAL.has(r.action)))
      found = [
        ...found,
        ...bulletRelations(
          lead,
          mentions.filter((m) => !staysAvailable(toks, m)),
        ),
      ];
    // "Among them are X and Y" after "The list of banned channels has grown": the act named last in
    // the paragraph
    const listed = enumerationStart(toks);
    if (listed >= 0 && act && !/\n\s*\n/.test(article.text.slice(act.at, sentence.start)))
      found = [
        ...found,
        ...bulletRelations(
          act.lead,
          mentions.filter((m) => m.start >= listed),
          "list.enumeration",
        ).filter((r) => !found.some((f) => f.object.key === r.object.key)),
      ];
    if (!bullet) lead = leadIn(sentence.text, toks, mentions, found, ctx);
    const announced = listed < 0 && !bullet ? announcedAct(toks, mentions, found, ctx) : undefined;
    if (announced) act = { lead: announced, at: sentence.end };
    for (const r of found) {
      if (r.action === "represents" || r.action === "founded") {
        ctx.affiliations ??= new Map();
        const orgs = ctx.affiliations.get(r.subject.key) ?? new Set<string>();
        ctx.affiliations.set(r.subject.key, orgs.add(r.object.key));
      } else if (r.action === "owns") {
        ctx.holdings ??= new Map();
        ctx.holdings.set(
          r.subject.key,
          (ctx.holdings.get(r.subject.key) ?? new Set<string>()).add(r.object.key),
        );
      }
      result.relations.push({
        subject: ref(r.subject),
        action: r.action,
        object: ref(r.object),
        evidence: {
          article: article.id,
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          modality: r.modality,
          rule: r.rule,
        },
      });
    }
    remember(ctx, mentions);
    // after remember and the affiliations: "Judge X of the Y Court ordered …" is known as the court's
    // an act planned, threatened or asked about ("Why did Russia want Telegram blocked?") has no author yet
    // a company that switches off its own service complies with whoever ordered it, and an operator
    // that carries out a block executes it: "the decision" stays the regulator's
    const ownService = (r: SentenceRelation) =>
      result.relations.some(
        (o) => o.action === "owns" && o.subject.key === r.subject.key && o.object.key === r.object.key,
      );
    // ("unavailable in places such as China, Russia and Iran": a list of states in the background is
    // not the act a later "the ban" refers to)
    const placed = new Set(found.filter((r) => r.rule === "verbal.passive-place").map((r) => r.subject.key));
    const background = (r: SentenceRelation) => placed.size > 1 && r.rule === "verbal.passive-place";
    const patients = new Map<Action, LexEntity[]>();
    for (const r of found)
      if (
        AUTHORED.has(r.action) &&
        r.modality !== "hypothetical" &&
        !background(r) &&
        !(ctx.lastAgent && (ownService(r) || r.rule === "nominal.executed-by")) &&
        // ("Operators cut access on orders from the NCC": an order carried out is no act "the
        // suspension" can name; that stays the government's)
        r.rule !== "verbal.on-orders"
      ) {
        rememberAct(ctx, r.subject, r.action);
        if (!judicialBody(ctx, r.subject)) ctx.lastExecutive = r.subject;
        if (r.object.kind === "platform")
          patients.set(r.action, [...(patients.get(r.action) ?? []), r.object]);
      }
    for (const r of found)
      if (AUTHORED.has(r.action) && r.modality === "hypothetical") rememberPlan(ctx, r.subject);
    for (const [action, objects] of patients)
      (ctx.lastPatientsOf ??= new Map()).set(action, [...new Set(objects)]);
    // "The federation said the ban limits …": an act named keeps it in view for a next "it" too
    if (toks.some((t, k) => REFERRING.test(t.lower) && matchAt(ctx.lex.actNouns, toks, k + 1)))
      ctx.lastActAt = ctx.sentencesRead;
    [ctx.previousOpeningAct, ctx.openingAct] = [ctx.openingAct, undefined];
    const subject = sentenceSubject(found, mentions, toks);
    ctx.lastSubject = subject ?? ctx.lastSubject;
    const byName = (m: Mention) => m.via === "name" || m.via === "discovered";
    // ("Meta's WhatsApp refused": a platform named with its owner does not stand for a company)
    const owned = (e: LexEntity) =>
      mentions.some((m) => m.entities.some((o) => ctx.holdings?.get(o.key)?.has(e.key)));
    ctx.lastNamedSubject =
      subject && !owned(subject) && mentions.some((m) => byName(m) && m.entities.includes(subject))
        ? subject
        : undefined;
    if (idx === 0) for (const m of mentions) for (const e of m.entities) ctx.topic.add(e);
  }
  return { extraction: result };
}
