// Structural relations: possessives and compounds (owns), appositions (owns, founded, represents:
// "Pavel Durov, the founder of Telegram"), parents ("WhatsApp's parent company, Meta"). Titles: office.ts.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { resolveDescription } from "../descriptions.ts";
import { isPossessiveMarker, tokenize } from "../tokens.ts";
import { organisationOf } from "./arguments.ts";
import { sentenceCountry } from "./agents.ts";
import { resolvePronoun } from "./pronouns.ts";
import { coordinated, leftList, possessedHead } from "./coordination.ts";
import { LEGISLATOR, itsOrganisation, parliamentOf } from "./office.ts";
import {
  COORD,
  PREPS,
  emit,
  entityOfKey,
  lowerAt,
  mentionAt,
  onPlatform,
  pastModifier,
  type Sentence,
} from "./sentence.ts";

/** Titles held only in a company, so that "the chief executive" is the company's in focus. */
const CORPORATE =
  /^(?:chief executive|chief executive officer|ceo|chief operating officer|chief technology officer|managing director|general counsel)$/;

/** Structural relations: possessives (owns), titles (represents), founders, parents. */
export function structural(s: Sentence): void {
  const { tokens, mentions, lex } = s;
  for (const m of mentions) {
    const e = m.entities[0]!;
    // "Apple's FaceTime": a company's or a person's platform
    if (m.possessive && (e.category === "company" || e.category === "person")) {
      const h = possessedHead(s, m);
      // "Meta's Facebook and Instagram", "Meta's other services, Instagram and WhatsApp" own the list;
      // inside a list ("Snapchat, Apple's FaceTime, Discord …") the possessive owns one item
      const inList = [",", "and"].includes(lowerAt(s, m.start - 1)) && !!mentionAt(s, m.start - 2);
      const heads = !h ? [] : inList && h.start === m.end + 1 ? [h] : coordinated(s, h.end, [h], true);
      // ("Tsikhanouskaya's own Telegram channel": a channel on a platform, not the platform)
      for (const x of heads)
        if (x.entities[0]!.kind === "platform" && !onPlatform(s, x))
          emit(s, e, "owns", x.entities[0]!, "asserted", "structural.possessive");
    }
    // "WhatsApp's parent company, Meta" / "Meta (WhatsApp's parent company)" / "Google's parent Alphabet"
    if (m.possessive && (e.kind === "platform" || e.category === "company")) {
      // "TikTok's Chinese owner, ByteDance": up to two modifiers before the noun
      let o = m.end + 1;
      while (
        o < m.end + 3 &&
        /^[\p{L}-]+$/u.test(tokens[o]?.text ?? "") &&
        !/^(?:parent|owner|owners)$/.test(lowerAt(s, o))
      )
        o++;
      const t1 = lowerAt(s, o);
      if (t1 === "parent" || t1 === "owner" || t1 === "owners") {
        let j = o + 1;
        while (j < tokens.length && ["company", "firm", ",", "the", "group"].includes(lowerAt(s, j))) j++;
        const owner = mentionAt(s, j);
        if (owner) emit(s, owner.entities[0]!, "owns", e, "asserted", "structural.parent-of");
        else {
          // "Meta (WhatsApp's parent company)"
          let b = m.start - 1;
          while (b >= 0 && [",", "(", "the"].includes(lowerAt(s, b))) b--;
          const before = mentionAt(s, b);
          if (before) emit(s, before.entities[0]!, "owns", e, "asserted", "structural.parent-of");
        }
      }
    }
    // "Meta, the parent company of WhatsApp" / "Pavel Durov, the founder of Telegram" / "X, a spokesman for Y"
    if (tokens[m.end]?.text === "," || tokens[m.end]?.text === "(") {
      const relAt = (q: number): "owns" | "founded" | "represents" | undefined =>
        /^(?:parent|owner)$/.test(lowerAt(s, q))
          ? "owns"
          : /^(?:founder|co-founder|cofounder|creator)$/.test(lowerAt(s, q))
            ? "founded"
            : lowerAt(s, q) === "representing" ||
                (lowerAt(s, q) === "speaking" && lowerAt(s, q + 1) === "for") ||
                matchAt(lex.roleTitles, tokens, q)
              ? "represents"
              : undefined;
      // skip up to two modifiers: "communications minister", "Russian-born billionaire"
      const headRel = (from: number) => {
        let q = from;
        let r = relAt(q);
        // (and a compound of a name: "its Russian-born founder")
        for (
          let n = 0;
          n < 2 && !r && q < tokens.length && /^(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+-\p{Ll}+)$/u.test(tokens[q]!.text);
          n++
        )
          r = relAt(++q);
        // ("a deputy communications minister": "deputy" opens a longer title of state)
        if (r === "represents" && /^(?:deputy|vice|acting|assistant)$/.test(lowerAt(s, q)))
          for (let n = 1; n <= 2; n++) {
            const longer = matchAt(lex.roleTitles, tokens, q + n);
            if (!/^\p{Ll}+$/u.test(tokens[q + n - 1]?.text ?? "")) break;
            if (longer?.value) {
              q += n;
              break;
            }
          }
        return { q, r };
      };
      // "Braxton Mitchell, a Columbia Falls Republican and the Legislature's youngest member": the
      // office is in the apposition's second part
      const second = headRel(appositionHead(s, m.end + 1).j).r ? -1 : secondConjunct(s, m.end + 1);
      const { j: head, its, demonym, orgBefore } = appositionHead(s, second >= 0 ? second : m.end + 1);
      // "Julie Inman Grant, the eSafety Commissioner,": a person in apposition with an office is its holder
      if (
        e.category === "person" &&
        orgBefore &&
        !orgBefore.possessive &&
        orgBefore.entities[0]!.category === "government" &&
        !orgBefore.entities[0]!.roles.includes("government-national") &&
        [",", ")", "."].includes(lowerAt(s, orgBefore.end))
      )
        emit(s, e, "represents", orgBefore.entities[0]!, "asserted", "structural.apposition");
      const { q: j, r: rel } = headRel(head);
      const title = rel === "represents" ? matchAt(lex.roleTitles, tokens, j) : undefined;
      // ("Alain Bilie, a former prime minister,": an office no longer held is none)
      if (rel === "represents" && /^(?:former|ex|onetime|ex-)$/.test(lowerAt(s, j - 1))) continue;
      if (rel) {
        let k = j + (title ? title.tokens.length : 1);
        // "chief spokesperson for", "founder and chief executive": the title goes on
        let alsoHolds = false;
        for (let n = 0; n < 3; n++) {
          const more = matchAt(lex.roleTitles, tokens, k + (lowerAt(s, k) === "and" ? 1 : 0));
          if (!more) break;
          k += more.tokens.length + (lowerAt(s, k) === "and" ? 1 : 0);
          alsoHolds = true;
        }
        if (lowerAt(s, k) === "company" || lowerAt(s, k) === "firm") k++;
        // "Elon Musk, independent MP Zali Steggall and …": the title is the next person's, in a list
        if (mentionAt(s, k)?.entities[0]!.category === "person") continue;
        let org: LexEntity | undefined;
        let orgs: LexEntity[] = [];
        // "Maria Smelyanskaya, representing the regulator,": the organisation is the participle's object
        if (lowerAt(s, j) === "representing") {
          const o = mentionAt(s, lowerAt(s, k) === "the" ? k + 1 : k);
          if (o && !o.possessive && o.entities[0]!.category !== "person") org = o.entities[0];
        } else if (["of", "for", "at", "to", "with"].includes(lowerAt(s, k))) {
          let q = k + 1;
          while (["the", "a"].includes(lowerAt(s, q))) q++;
          // "president of the Beijing-based consultancy BDA China", "of the European consumer group
          // BEUC": modifiers before the name
          for (
            let n = 0;
            n < 4 &&
            !mentionAt(s, q) &&
            (/^(?:[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+)$/u.test(tokens[q]?.text ?? "") ||
              /^\p{Lu}\p{Ll}+$/u.test(tokens[q]?.text ?? "") ||
              // "head of the presidency's Digital Transformation Office": past a possessor word
              (isPossessiveMarker(tokens[q]) && /^\p{Ll}+$/u.test(tokens[q - 1]?.text ?? "")) ||
              tokens[q + 1]?.text === "-");
            n++
          )
            q++;
          // ("head of the presidency's Digital Transformation Office": the possessed, not a possessor
          // named by description; "the ACLU's National Security Project" speaks for the ACLU)
          const at = mentionAt(s, q);
          const described = at?.possessive && at.via === "descriptor";
          const found = described ? (possessedHead(s, at) ?? mentionAt(s, at.end + 1) ?? at) : at;
          const o = found && pastModifier(s, found);
          // "the state minister for ICT": a minister's portfolio, a name of no body, is the state's
          const portfolio =
            !!o &&
            o.via === "discovered" &&
            lowerAt(s, k) === "for" &&
            !!title &&
            /minister|secretary/.test(title.tokens.join(" ").toLowerCase());
          if (portfolio) org = sentenceCountry(s) ?? s.ctx.home;
          else if (o) {
            org = o.entities[0];
            // "the owner of Facebook and Instagram"
            if (rel === "owns") orgs = coordinated(s, o.end, [o]).flatMap((x) => x.entities);
          }
        }
        // ("a British lawyer": a nationality gives an office only with a title of state)
        org ??= (title?.value ? demonym?.value : undefined) ?? orgBefore?.entities[0];
        // "Ed Markey, a Massachusetts senator": a member of the nation's legislature for that state
        // (not "a state senator")
        const words = title ? title.tokens.join(" ").toLowerCase() : "";
        if (
          org?.within &&
          LEGISLATOR.test(words) &&
          !/^state\b/.test(words) &&
          lowerAt(s, j - 1) !== "state"
        ) {
          const nation = lex.entityByKey.get(org.within);
          org = (nation && parliamentOf(s, nation, words)) ?? org;
        }
        // "Jake Sullivan, Biden's national security adviser": the office of the person served, known
        // to the lexicon or seen earlier in the article; none known, no guess
        // ("a director for Attorney General Austin Knudsen": not whatever organisation is in view)
        let served = false;
        if (org?.category === "person") {
          served = true;
          const seen = [...(s.ctx.affiliations?.get(org.key) ?? [])];
          org = org.office
            ? lex.entityByKey.get(org.office)
            : seen.length === 1
              ? entityOfKey(s.ctx, seen[0]!)
              : undefined;
        }
        // "accusing Elon Musk, its owner, of …": the platform "its" stands for
        if (!org && (rel === "owns" || rel === "founded") && its >= 0 && lowerAt(s, its) === "its")
          org =
            s.mentions.filter((x) => x.end <= m.start && x.entities[0]!.kind === "platform").pop()
              ?.entities[0] ?? resolvePronoun(s, its, "patient", (x) => x.kind === "platform")?.[0];
        if (!org && !served && rel === "represents" && e.category === "person") {
          // "Anton Nemkin, a lawmaker on the Duma's committee": a lawmaker sits in the parliament
          const home = s.ctx.home;
          if (its >= 0) org = itsOrganisation(s, its) ?? undefined;
          else if (home && LEGISLATOR.test(words)) org = parliamentOf(s, home, words);
          else
            org = title?.value
              ? home
              : (organisationOf(s, m.start) ??
                // "Sam Altman, the chief executive, wrote …": the company the article is about
                (lowerAt(s, head - 1) === "the" && CORPORATE.test(words)
                  ? resolveDescription(s.ctx, ["company"])
                  : undefined));
        }
        for (const x of orgs.length ? orgs : org ? [org] : []) {
          emit(s, e, rel, x, "asserted", "structural.apposition");
          if (rel === "founded" && alsoHolds && e.category === "person")
            emit(s, e, "represents", x, "asserted", "structural.apposition");
        }
      }
    }
  }
}

const STATE_OUTLETS =
  /^(?:broadcaster|broadcasters|agency|newspaper|television|tv|channel|media|outlet|operator|carrier|company|firm|bank|telecom|telecoms|provider|news)$/;

/** "Russian state broadcaster RT", "the state-run Mir": a state outlet or service is owned by its government. */
export function stateOwned(s: Sentence): void {
  s.tokens.forEach((t, i) => {
    const run = /^(?:state-run|state-owned|state-controlled|government-run|government-owned)$/i.test(t.text);
    // "the state-backed messenger Max", "Max, a state-backed messenger": backing a platform promotes it
    if (/^(?:state|government)-(?:backed|sponsored|promoted)$/i.test(t.text)) return stateBacked(s, i);
    if (!run && t.lower !== "state") return;
    // "state broadcaster RT", "state news agency BelTA": a bare "state" owns only outlets and firms;
    // "state-backed" support is not ownership
    if (!run && !STATE_OUTLETS.test(lowerAt(s, i + 1)) && !STATE_OUTLETS.test(lowerAt(s, i + 2))) return;
    let k = i + 1;
    for (
      let n = 0;
      n < 3 &&
      k < s.tokens.length &&
      !mentionAt(s, k) &&
      /^[\p{Ll}-]+$/u.test(s.tokens[k]!.text) &&
      // "banned state media from using WhatsApp": the outlet's name follows its noun, not a clause
      !PREPS.has(lowerAt(s, k)) &&
      !COORD.has(lowerAt(s, k));
      n++
    )
      k++;
    // ("Ethio Telecom, the state-owned operator,": the name the apposition describes)
    const apposed = run ? apposedTo(s, i - 1) : undefined;
    const owned = mentionAt(s, k) ?? (k > i + 1 && /^[,.;]$/.test(lowerAt(s, k)) ? apposed : undefined);
    if (!owned || owned.possessive) return;
    const e = owned.entities[0]!;
    if (e.category === "person" || e.roles.includes("government-national")) return;
    const dem = i > 0 ? matchAt(s.lex.demonyms, s.tokens, i - 1) : undefined;
    const gov = dem && mentionAt(s, i - 1) === undefined ? dem.value : (sentenceCountry(s) ?? s.ctx.home);
    if (!gov) return;
    // ("state-run telecom companies BSNL and MTNL": each of the names the phrase lists)
    const listed = mentionAt(s, k) === owned ? coordinated(s, owned.end, [owned], true) : [owned];
    for (const x of listed) {
      const o = x.entities[0]!;
      if (o.category !== "person" && !o.roles.includes("government-national") && o.kind === e.kind)
        emit(s, gov, "owns", o, "asserted", "structural.state-owned");
    }
  });
}

/** The name an apposition opening with the article at `det` describes: "Ethio Telecom, the …". */
function apposedTo(s: Sentence, det: number): Mention | undefined {
  if (!/^(?:a|the)$/.test(lowerAt(s, det)) || lowerAt(s, det - 1) !== ",") return undefined;
  return s.mentions.find((m) => m.end === det - 1);
}

/** The platform a "state-backed" at `i` qualifies, after it or in apposition before it; its state promotes it. */
function stateBacked(s: Sentence, i: number): void {
  // the name the noun phrase ends in ("the state-backed messenger Max"), not one past its verb
  let k = i + 1;
  const inPhrase = (t = "") => /^[\p{Ll}-]+$/u.test(t) && !/^(?:VERB|AUX|ADP)$/.test(s.pos.upos(k) ?? "");
  while (k < i + 4 && !mentionAt(s, k) && inPhrase(s.tokens[k]?.text)) k++;
  const after = mentionAt(s, k);
  const apposed = apposedTo(s, i - 1);
  const platform = [after, apposed].find((m) => m && !m.possessive && m.entities[0]!.kind === "platform");
  const e = platform?.entities[0];
  if (!e) return;
  // the state is the article's, unless a demonym says whose ("Chinese state-backed")
  const dem = i > 0 && !mentionAt(s, i - 1) ? matchAt(s.lex.demonyms, s.tokens, i - 1) : undefined;
  const gov = dem?.value ?? s.ctx.home ?? sentenceCountry(s);
  if (gov) emit(s, gov, "promotes", e, "asserted", "structural.state-backed");
}

/** "X owner Elon Musk", "TikTok owner ByteDance": a platform, then "owner", then who owns it. */
export function ownerTitle(s: Sentence): void {
  s.tokens.forEach((t, i) => {
    if (!/^(?:owner|owners)$/.test(t.lower)) return;
    const platform = mentionAt(s, i - 1);
    const owner = mentionAt(s, i + (lowerAt(s, i + 1) === "," ? 2 : 1));
    if (platform && owner && !platform.possessive && platform.entities[0]!.kind === "platform")
      emit(s, owner.entities[0]!, "owns", platform.entities[0]!, "asserted", "structural.owner-title");
    // "Facebook and Instagram, …, with their owner Meta": the platforms "its" or "their" stands for
    const pronoun = lowerAt(s, i - 1);
    if (!platform && owner && /^(?:its|their)$/.test(pronoun) && OWNERS.has(owner.entities[0]!.category))
      for (const p of ownedBy(s, i - 1, pronoun === "their"))
        emit(s, owner.entities[0]!, "owns", p, "asserted", "structural.owner-title");
  });
}

const OWNERS = new Set(["company", "person"]);

/** The platforms before token `at` that "its" (the nearest) or "their" (the nearest list) refers to. */
function ownedBy(s: Sentence, at: number, plural: boolean): LexEntity[] {
  const before = s.mentions.filter((m) => m.end <= at && m.entities[0]!.kind === "platform" && !m.possessive);
  const last = before[before.length - 1];
  if (!last) return plural ? s.ctx.lastPlatforms : s.ctx.lastPlatforms.slice(0, 1);
  if (!plural) return [last.entities[0]!];
  const list = leftList(s, last.end);
  return (list.length > 1 ? list : [last]).flatMap((m) => m.entities).filter((e) => e.kind === "platform");
}

const PLURAL_PLATFORMS = /^(?:apps|platforms|services|messengers|networks|sites)$/;
/** Words that count the platforms a plural refers to: "the two Meta-owned apps", "both". */
const COUNTED = new Map([
  ["two", 2],
  ["both", 2],
  ["three", 3],
  ["four", 4],
]);

/** "the Meta-owned platform", "Meta-owned Instagram": the owner named in a compound adjective. */
export function ownedCompounds(s: Sentence): void {
  s.tokens.forEach((t, i) => {
    const m = /^(.+)-(owned|operated|backed)$/i.exec(t.text);
    if (!m) return;
    // "the Kremlin-backed app Max": backing a platform is promoting it; owning it is the rest
    const backed = m[2]!.toLowerCase() === "backed";
    const action = backed ? "promotes" : "owns";
    const rule = backed ? "structural.backed-compound" : "structural.owned-compound";
    // ("the Elon Musk-owned service": the owner's name begins before the compound)
    const prev = s.tokens[i - 1]?.text ?? "";
    const full = /^\p{Lu}\p{Ll}+$/u.test(prev)
      ? matchAt(s.lex.names, tokenize(`${prev} ${m[1]!}`), 0)
      : undefined;
    const owner =
      (full && full.tokens.length > 1 ? full.value : undefined) ??
      matchAt(s.lex.names, tokenize(m[1]!), 0)?.value;
    // "the Facebook-owned WhatsApp": a platform that owns another is named for its company
    // (a backer is always an actor: "-backed" is no "-owned")
    if (!owner || (owner.kind !== "actor" && !/-owned$/i.test(t.text))) return;
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 8); k++) {
      const h = mentionAt(s, k);
      if (h) {
        // ("the Meta-owned WhatsApp and China's WeChat": another possessor ends the owner's list;
        // "the ByteDance-owned TikTok and Microsoft": so does an item of another kind)
        const list = coordinated(s, h.end, [h], true);
        // ("behind the Meta-owned WhatsApp and Telegram": a platform that is its own company is
        // another item, not another of the owner's)
        const other = list.findIndex(
          (x, n) =>
            x.entities[0]!.kind !== h.entities[0]!.kind ||
            (n > 0 && x.entities[0]!.roles.includes("company")),
        );
        for (const x of other < 0 ? list : list.slice(0, other))
          if (!backed || x.entities[0]!.kind === "platform")
            emit(s, owner, action, x.entities[0]!, "asserted", rule);
        return;
      }
      // "two Meta-owned apps, the messaging service WhatsApp and …": skip the plural noun and the comma
      if (s.tokens[k]!.text === "," && k > i + 1) continue;
      // ("Iran blocked WhatsApp and Instagram. The two Meta-owned apps …": the platforms just named)
      if (k === i + 1 && PLURAL_PLATFORMS.test(lowerAt(s, k)) && !/^[,(]$/.test(lowerAt(s, k + 1))) {
        const count = COUNTED.get(lowerAt(s, i - 1));
        const named = s.ctx.lastPlatforms;
        if (count !== undefined && named.length === count && !backed)
          for (const p of named) emit(s, owner, "owns", p, "asserted", rule);
        if (count !== undefined) return;
      }
      // ("Kremlin-backed hackers targeted Telegram": the compound's noun phrase ends at a verb)
      if (/^(?:VERB|AUX)$/.test(s.pos.upos(k) ?? "")) return;
      // a description right after the compound ("the Meta-owned platform") is what is owned
      const d = k <= i + 2 ? matchAt(s.lex.descriptors, s.tokens, k) : undefined;
      if (
        d &&
        /^(?:platform|app|service|messenger|messaging service|messaging app|social network|network|site)$/.test(
          d.tokens.join(" ").toLowerCase(),
        )
      ) {
        // ("the Meta-owned messaging service WhatsApp": the name after the description is what is owned)
        const named = mentionAt(s, k + d.tokens.length);
        if (named && !named.possessive) {
          k += d.tokens.length - 1;
          continue;
        }
        const e = resolveDescription(
          s.ctx,
          d.value.filter((r) => r !== "company"),
          undefined,
          s.mentions.filter((x) => x.end <= i),
        );
        if (e && (!backed || e.kind === "platform")) emit(s, owner, action, e, "asserted", rule);
        return;
      }
    }
  });
}

/** Where an apposition's head word is, past its determiner and the demonym or organisation that owns it. */
function appositionHead(s: Sentence, from: number) {
  let j = from;
  // "Keegan Medrano, its policy director": whose director, when no organisation is named
  const its = /^(?:its|their)$/.test(lowerAt(s, j)) ? j : -1;
  // ("Gabriel Attal, then France's prime minister": the office held at the time told of)
  while (["the", "a", "an", "its", "his", "her", "their", "then"].includes(lowerAt(s, j))) j++;
  // "a prominent State Duma deputy": past an adjective before the organisation ("former" stays)
  for (let n = 0; n < 2 && !mentionAt(s, j) && mentionAt(s, j + 1); n++) {
    if (
      !/^\p{Ll}+$/u.test(s.tokens[j]?.text ?? "") ||
      /^(?:former|ex|onetime|then)$|ing$/.test(lowerAt(s, j))
    )
      break;
    // (a capitalised name follows: "the exiled opposition leader" names no organisation)
    if (matchAt(s.lex.roleTitles, s.tokens, j) || !/^\p{Lu}/u.test(s.tokens[j + 1]?.text ?? "")) break;
    j++;
  }
  // "President Recep Tayyip Erdogan's communications director": past the possessor's own title
  const possessorTitle = mentionAt(s, j) ? undefined : matchAt(s.lex.roleTitles, s.tokens, j);
  const titled = possessorTitle ? mentionAt(s, j + possessorTitle.tokens.length) : undefined;
  if (titled?.possessive && titled.entities[0]!.category === "person") j = titled.start;
  // ("the EU's commissioner": a possessive name, though "EU" is also an adjective)
  const adjective = matchAt(s.lex.demonyms, s.tokens, j);
  const orgBefore = mentionAt(s, j);
  // ("the Russian foreign ministry's spokeswoman": a demonym that opens a longer name is the name's)
  const demonym =
    adjective &&
    !isPossessiveMarker(s.tokens[j + adjective.tokens.length]) &&
    !(orgBefore && orgBefore.end > j + adjective.tokens.length)
      ? adjective
      : undefined;
  if (demonym) j += demonym.tokens.length;
  else if (orgBefore) j = orgBefore.end + (orgBefore.possessive ? 1 : 0);
  return { j, its, demonym, orgBefore };
}

/** The token after "and" inside an apposition that starts at `from` (before its closing comma), else -1. */
function secondConjunct(s: Sentence, from: number): number {
  for (let k = from + 1; k < Math.min(s.tokens.length, from + 8); k++) {
    const w = lowerAt(s, k);
    if (w === "," || w === ")" || mentionAt(s, k)?.entities[0]!.category === "person") return -1;
    if (w === "and") return k + 1;
  }
  return -1;
}
