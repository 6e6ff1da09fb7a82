// Gapping: a second conjunct that repeats the act with its verb left out. "Iran blocked Telegram
// in 2018 and WhatsApp in 2022", "WhatsApp has been blocked in China since 2017, and Facebook since
// 2009": the platform after "and", with no verb of its own, undergoes the act the clause before it
// reported, by the same author, when both conjuncts carry the same kind of adjunct. And "…, and
// TikTok and Microsoft soon followed (suit)": who follows does the act the clause before reported.
import { modalityAt } from "../modality.ts";
import { leftList } from "./coordination.ts";
import { CENSORS, emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Words that can follow the gapped platform: the adjunct that contrasts it with the first one. */
const ADJUNCT =
  /^(?:in|since|on|from|at|last|a|an|two|three|four|five|earlier|later|the|weeks|months|years|days)$/;
const CLAUSE_END = /^(?:[.;:,!?]|but|while|although|whereas)$/;

export function gapping(s: Sentence): void {
  followers(s);
  const acts = s.out.filter(
    (r) => (CENSORS.has(r.action) || r.action === "fines") && r.object.kind === "platform",
  );
  if (acts.length === 0) return;
  for (let i = 1; i + 2 < s.tokens.length; i++) {
    if (lowerAt(s, i) !== "and") continue;
    const m = mentionAt(s, i + 1);
    if (!m || m.possessive || m.entities[0]!.kind !== "platform" || !ADJUNCT.test(lowerAt(s, m.end)))
      continue;
    // the gapped conjunct has no verb of its own up to where its clause ends
    let k = m.end;
    while (k < s.tokens.length && !CLAUSE_END.test(lowerAt(s, k)) && !s.pos.has(k, "Verb")) k++;
    if (k < s.tokens.length && !CLAUSE_END.test(lowerAt(s, k))) continue;
    // the act of the clause before, whose platform is named there with its own adjunct
    const before = s.mentions.filter((x) => x.end < i);
    const act = [...acts].reverse().find((r) => before.some((x) => x.entities.includes(r.object)));
    const first = act && before.find((x) => x.entities.includes(act.object));
    // ("… in 2018 and WhatsApp in 2022": the same kind of adjunct in both conjuncts)
    const word = lowerAt(s, m.end);
    if (!act || !first || !s.tokens.slice(first.end, i).some((t) => t.lower === word)) continue;
    for (const e of m.entities) emit(s, act.subject, act.action, e, act.modality, "verbal.gapped");
  }
}

/** Adverbs between a follower and "followed": "soon", "quickly", "later". */
const WHEN = /^(?:soon|quickly|swiftly|later|then|also|shortly|promptly|eventually)$/;
/** What may come after an intransitive "followed": "suit", a time, or the clause's end. */
const FOLLOWED_BY = /^(?:suit|[.;:,]|in|on|within|days|weeks|months|shortly|soon|later|the next|after)$/;

/**
 * "Google blocked RT across Europe, and TikTok and Microsoft soon followed": the actors before an
 * intransitive "followed" (or "followed suit") in a later conjunct do the act of the clause before
 * it, to the same objects.
 */
function followers(s: Sentence): void {
  const acts = s.out.filter((r) => CENSORS.has(r.action) || r.action === "fines");
  for (let v = 2; v < s.tokens.length; v++) {
    if (lowerAt(s, v) !== "followed" || !FOLLOWED_BY.test(lowerAt(s, v + 1) || ".")) continue;
    let b = v;
    while (b > 0 && WHEN.test(lowerAt(s, b - 1))) b--;
    const who = leftList(s, b).filter((m) => !m.possessive);
    if (who.length === 0) continue;
    // the act reported before the followers, in a clause of its own
    const first = who[0]!.start;
    const before = s.mentions.filter((x) => x.end <= first);
    const act = [...acts].reverse().find((r) => before.some((x) => x.entities.includes(r.subject)));
    let link = first - 1;
    while (link > 0 && /^(?:the|a|an|.+-(?:owned|backed|based|run))$/.test(lowerAt(s, link))) link--;
    if (!act || !/^(?:,|and|;)$/.test(lowerAt(s, link))) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    const objects = acts.filter((r) => r.subject === act.subject && r.action === act.action);
    for (const m of who)
      for (const e of m.entities)
        if (e !== act.subject)
          for (const r of objects) emit(s, e, r.action, r.object, r.modality, "verbal.followed-suit");
  }
}
