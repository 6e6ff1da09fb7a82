// Coverage: what an act reaches, said without its verb. "It covered platforms such as Facebook and
// X", "The ban applies to TikTok and Snapchat": a verb of scope whose subject is an act (or "it" for
// the act the article last reported) gives the act's action to the platforms listed. And "Facebook,
// Messenger and WhatsApp stopped working": a platform that goes dark in a censorship story is
// blocked by the government of the country. "The Supreme Court upheld the ban": who upholds an act
// does it too.
import type { Action } from "../../types.ts";
import type { LexEntity } from "../lexicon.ts";
import { modalityAt } from "../modality.ts";
import { actAuthorAt } from "./acts.ts";
import { matchAt } from "../match.ts";
import { findObjects, findSubject } from "./arguments.ts";
import { darkeningAgent, findAgent, sentenceCountry } from "./agents.ts";
import { coordinated, leftList } from "./coordination.ts";
import { frameSubject } from "./frames.ts";
import { AUX, CENSORS, emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Words that make a sentence worth reading for coverage (the sentence filter asks). */
export const COVERAGE_TRIGGER =
  /^(?:kept|keep|keeps|keeping|left|leave|leaves|leaving|render|renders|rendered|rendering|cover|covers|covered|affect|affects|affected|applies|applied|apply|extends|extended|stopped|went|face|faces|faced|facing|suffered|suffers|experienced|uphold|upholds|upheld|upholding|longer|unavailable|inaccessible|unreachable|offline|down|reach|vpn|vpns|carried|enforced|implemented|executed)$/;
const UNDERGO = /^(?:face|faces|faced|facing|suffered|suffers|experienced)$/;
const SCOPE = /^(?:cover|covers|covered|affect|affects|affected|applies|applied|apply|extends|extended)$/;
/** The action an act noun names (a Map: the noun comes from the article). */
const ACT_ACTION = new Map<string, Action>([
  ["ban", "bans"],
  ["bans", "bans"],
  ["prohibition", "bans"],
  ["block", "blocks"],
  ["blocking", "blocks"],
  ["blockage", "blocks"],
  ["shutdown", "blocks"],
  ["suspension", "blocks"],
  ["blackout", "blocks"],
  ["restriction", "restricts"],
  ["restrictions", "restricts"],
  ["curbs", "restricts"],
  ["throttling", "restricts"],
  ["fines", "fines"],
  ["penalties", "fines"],
]);
/** "stopped working", "went dark": a platform no longer reachable (two tokens, lower case). */
export const DARK =
  /^(?:stopped (?:working|loading|functioning|responding)|went (?:dark|offline|silent|quiet))$/;

/** Participles of carrying an act out: "It was carried out by the state operator". */
const EXECUTED = /^(?:carried|enforced|implemented|executed)$/;

/**
 * "It was carried out by the state-run operator OPT": the act the sentence before reported, done
 * by the one who executed it (the author keeps the decision: index.ts).
 */
function executedAct(s: Sentence): void {
  if (!/^(?:it|this)$/.test(lowerAt(s, 0))) return;
  let v = 1;
  while (v < 4 && (AUX.has(lowerAt(s, v)) || /ly$/.test(lowerAt(s, v)))) v++;
  if (!EXECUTED.test(lowerAt(s, v))) return;
  const end = lowerAt(s, v + 1) === "out" ? v + 2 : v + 1;
  if (lowerAt(s, end) !== "by") return;
  const action = s.ctx.lastAction;
  const patients = action ? (s.ctx.lastPatientsOf?.get(action) ?? []) : [];
  if (!action || !CENSORS.has(action) || patients.length === 0) return;
  const mod = modalityAt(s.tokens, v, v + 1);
  if (mod === "negated") return;
  // (carrying out a ban is blocking: the operator makes the service unreachable)
  const done = action === "bans" ? "blocks" : action;
  for (const agent of findAgent(s, end - 1))
    for (const p of patients) emit(s, agent, done, p, mod, "nominal.executed-by");
}

export function coverage(s: Sentence): void {
  executedAct(s);
  // "The ban took effect on Sept. 4.": what "it" means in the next sentence
  const opening = actAuthorAt(s, 0);
  const opened = opening && ACT_ACTION.get(lowerAt(s, opening.end - 1));
  if (opening && opened) s.ctx.openingAct = { author: opening.author, action: opened };
  for (let v = 1; v < s.tokens.length; v++) {
    const w = lowerAt(s, v);
    if (SCOPE.test(w)) scope(s, v);
    else if (UNDERGO.test(w)) undergo(s, v);
    else if (DARK.test(`${w} ${lowerAt(s, v + 1)}`) || unusable(s, v)) dark(s, v);
    else if (UPHOLD.test(w)) upheld(s, v);
    else if (KEEPS_SO.test(w)) keptUnavailable(s, v);
  }
}

/** Verbs that keep or leave a thing in a state: "kept X unavailable", "left X inaccessible". */
const KEEPS_SO = /^(?:keep|keeps|kept|keeping|leave|leaves|left|leaving|render|renders|rendered|rendering)$/;

/**
 * "having kept Skype, WhatsApp and Viber largely unavailable from 2015", "rendered Telegram
 * inaccessible": whoever keeps a platform out of reach blocks it (the clause's subject, else the
 * government of the sentence's or the article's country).
 */
function keptUnavailable(s: Sentence, v: number): void {
  const first = mentionAt(s, v + 1);
  if (!first || first.entities[0]!.kind !== "platform") return;
  const listed = coordinated(s, first.end, [first]);
  let k = listed[listed.length - 1]!.end;
  while (/^(?:largely|mostly|completely|entirely|partly|effectively|virtually|almost)$/.test(lowerAt(s, k)))
    k++;
  if (!UNAVAILABLE.test(lowerAt(s, k)) && lowerAt(s, k) !== "blocked") return;
  const mod = modalityAt(s.tokens, v, v + 1);
  if (mod === "negated") return;
  const framed = frameSubject(s, v)?.entities.filter((e) => e.kind === "actor");
  const agents = framed?.length ? framed : [sentenceCountry(s) ?? s.ctx.home].filter((e) => e !== undefined);
  for (const agent of agents)
    for (const m of listed)
      for (const e of m.entities)
        if (e.kind === "platform") emit(s, agent, "blocks", e, mod, "coverage.kept-unavailable");
}

function scope(s: Sentence, v: number): void {
  let author: LexEntity | undefined;
  let action: Action | undefined;
  const first = lowerAt(s, 0);
  if ((first === "it" || first === "this") && v === 1) {
    const previous = s.ctx.previousOpeningAct;
    author = previous?.author ?? s.ctx.lastAgent;
    action = previous?.action ?? s.ctx.lastAction;
  } else {
    // the act's noun phrase ends right before the verb: "… that the new ban applies to …"
    let act: ReturnType<typeof actAuthorAt>;
    for (let a = v - 1; a >= Math.max(0, v - 5) && !act; a--) {
      const found = actAuthorAt(s, a);
      if (found && found.end === v) act = found;
    }
    if (!act) return;
    author = act.author;
    action = ACT_ACTION.get(lowerAt(s, act.end - 1)) ?? s.ctx.lastAction;
  }
  // a fine or an order reaches a company, not the platforms a decision "covers"
  if (!author || !action || !["blocks", "bans", "restricts"].includes(action)) return;
  const from = lowerAt(s, v + 1) === "to" ? v + 2 : v + 1;
  const mod = modalityAt(s.tokens, v, v + 1);
  if (mod === "negated") return;
  for (const o of findObjects(s, from, action, 10))
    for (const e of o.entities)
      if (e.kind === "platform") emit(s, author, action, e, mod, "coverage.act-scope");
}

const UNAVAILABLE = /^(?:unavailable|inaccessible|unreachable|offline|down)$/;
const LINKING = /^(?:is|are|was|were|became|become|becomes|remained|remains|remain)$/;
const USED = /^(?:used|accessed|reached|opened|loaded)$/;

/** "X could no longer be used without a VPN", "X became unreachable": the platforms before `v` went dark. */
function unusable(s: Sentence, v: number): boolean {
  const w = lowerAt(s, v);
  if (!LINKING.test(w) && !/^(?:could|can|cannot)$/.test(w)) return false;
  const past = (k: number) => (/^(?:also|now|still)$/.test(lowerAt(s, k)) ? k + 1 : k);
  // "Facebook is now accessible only through a VPN"
  if (LINKING.test(w)) {
    const n = past(v + 1);
    // "Clubhouse and Telegram were also out of reach without a VPN"
    const outOfReach = lowerAt(s, n) === "out" && lowerAt(s, n + 1) === "of" && lowerAt(s, n + 2) === "reach";
    return (
      UNAVAILABLE.test(lowerAt(s, n)) || outOfReach || (REACHABLE.test(lowerAt(s, n)) && onlyByVpn(s, n + 1))
    );
  }
  if (!/^(?:could|can|cannot)$/.test(w)) return false;
  const n = past(v + 1);
  if (lowerAt(s, n) === "no" && lowerAt(s, n + 1) === "longer" && lowerAt(s, n + 2) === "be")
    return USED.test(lowerAt(s, n + 3));
  // "Telegram and Clubhouse could not be used without a VPN"
  const not = w === "cannot" ? n : lowerAt(s, n) === "not" ? n + 1 : -1;
  if (not >= 0 && lowerAt(s, not) === "be" && USED.test(lowerAt(s, not + 1))) return withoutVpn(s, not + 2);
  // "can now be opened only with a VPN", "can only be reached through a VPN"
  const be = lowerAt(s, n) === "only" ? n + 1 : n;
  return lowerAt(s, be) === "be" && USED.test(lowerAt(s, be + 1)) && onlyByVpn(s, be + 2, be !== n);
}

const REACHABLE = /^(?:accessible|available|reachable|usable)$/;

/** "only with a VPN", "only through a virtual private network" from token `k` ("only" said before, or here). */
function onlyByVpn(s: Sentence, k: number, saidOnly = false): boolean {
  let j = k;
  if (lowerAt(s, j) === "only") j++;
  else if (!saidOnly) return false;
  if (!/^(?:with|through|via|using|over|behind)$/.test(lowerAt(s, j))) return false;
  j++;
  if (/^(?:a|an)$/.test(lowerAt(s, j))) j++;
  return vpnAt(s, j);
}

/** "VPN", "VPNs", "virtual private network" at token `j`. */
const vpnAt = (s: Sentence, j: number): boolean =>
  /^vpns?$/.test(lowerAt(s, j)) || (lowerAt(s, j) === "virtual" && lowerAt(s, j + 1) === "private");

/** "without a VPN", "without a virtual private network" from token `k`. */
function withoutVpn(s: Sentence, k: number): boolean {
  if (lowerAt(s, k) !== "without") return false;
  return vpnAt(s, /^(?:a|an)$/.test(lowerAt(s, k + 1)) ? k + 2 : k + 1);
}

function dark(s: Sentence, v: number): void {
  const agent = darkeningAgent(s, v) ?? sentenceCountry(s) ?? s.ctx.home;
  if (!agent) return;
  for (const m of leftList(s, v))
    for (const e of m.entities)
      if (e.kind === "platform") emit(s, agent, "blocks", e, "asserted", "coverage.went-dark");
}

/**
 * "Telegram … has faced restrictions in Russia and Iran", "WhatsApp and YouTube have suffered
 * disruptions": a platform undergoes an act, done by the government of each place named after it
 * (else of the sentence's or the article's country).
 */
function undergo(s: Sentence, v: number): void {
  let j = v + 1;
  while (
    /^(?:a|an|the|possible|potential|nationwide|outright|similar|repeated|new|further|partial|temporary|brief|several|many|numerous|periodic|occasional)$/.test(
      lowerAt(s, j),
    )
  )
    j++;
  // "could face a U.S. ban", "faces an EU fine": the country before the act noun is whose act it is
  const named = mentionAt(s, j);
  const owner =
    named && !named.possessive && named.entities[0]!.roles.includes("government-national")
      ? named.entities[0]
      : undefined;
  const dem = owner ? undefined : matchAt(s.lex.demonyms, s.tokens, j);
  const by = owner ?? dem?.value;
  if (by) j = owner ? named!.end : j + dem!.tokens.length;
  const action =
    ACT_ACTION.get(lowerAt(s, j)) ??
    (/^(?:disruptions?|slowdowns?|outages?)$/.test(lowerAt(s, j)) ? "restricts" : undefined);
  if (!action) return;
  // the platforms that undergo it: the subject, over a relative clause or an auxiliary
  let b = v - 1;
  while (b >= 0 && /^(?:has|have|had|already|also|repeatedly|previously|often)$/.test(lowerAt(s, b))) b--;
  // (a fine reaches the companies too: "Meta and Google face fines")
  const patients = leftList(s, b + 1)
    .flatMap((m) => m.entities)
    .filter((e) => e.kind === "platform" || (action === "fines" && e.category === "company"));
  if (patients.length === 0) return;
  const places: LexEntity[] = [];
  const where = lowerAt(s, j + 1) === "in" ? mentionAt(s, j + 2) : undefined;
  if (where)
    for (const m of coordinated(s, where.end, [where]))
      for (const e of m.entities) if (e.roles.includes("government-national")) places.push(e);
  const agents = places.length
    ? places
    : [by ?? sentenceCountry(s) ?? s.ctx.home].filter((e): e is LexEntity => !!e);
  const said = modalityAt(s.tokens, v, v + 1);
  if (said === "negated") return;
  // "face fines" threatens them; "faced restrictions" reports what happened
  const mod = action === "fines" && /^fac(?:e|es|ing)$/.test(lowerAt(s, v)) ? "hypothetical" : said;
  for (const a of agents) for (const p of patients) emit(s, a, action, p, mod, "coverage.undergone");
}

const UPHOLD = /^(?:uphold|upholds|upheld|upholding)$/;
/** Acts whose noun says no action of its own: a law or an order does what the article reports. */
const LAW_ACTION = /^(?:law|laws|bill|act|measure|order|decision|ruling|statute|legislation|decree)$/;

/**
 * "The Supreme Court upheld the law", "a court upholds TikTok sell-or-ban law", "the ban was upheld
 * by the appeals court": who upholds an act does it to the platforms it targets: those named in the
 * phrase or after "on"/"against", else the one platform the article last spoke of.
 */
function upheld(s: Sentence, v: number): void {
  const passive = /^(?:was|were|been|be|is|are)$/.test(lowerAt(s, v - 1));
  // the act's noun within a short phrase, and the platforms inside it
  const from = passive ? Math.max(0, v - 8) : v + 1;
  const to = passive ? v : Math.min(s.tokens.length, v + 8);
  let actAt = -1;
  const targets: LexEntity[] = [];
  for (let j = from; j < to; j++) {
    if ([",", ".", ";"].includes(lowerAt(s, j))) {
      if (passive) [actAt, targets.length] = [-1, 0];
      else break;
      continue;
    }
    const m = mentionAt(s, j);
    if (m) {
      if (m.entities[0]!.kind === "platform") targets.push(...m.entities);
      else if (!m.possessive) break;
      j = m.end - 1;
      continue;
    }
    if (matchAt(s.lex.actNouns, s.tokens, j)) {
      actAt = j;
      if (!passive) break;
    }
  }
  if (actAt < 0) return;
  const subject = passive
    ? findAgent(s, v + 1)[0]
    : (findSubject(s, v, { action: "bans", type: "verb", form: "past" }) ?? undefined);
  if (!subject || subject.kind !== "actor") return;
  // a court that upholds a law or a decision bans; anyone else does what the article reported
  const noun = lowerAt(s, actAt);
  const reported = subject.roles.includes("court") ? "bans" : (s.ctx.lastAction ?? "bans");
  const action = ACT_ACTION.get(noun) ?? (LAW_ACTION.test(noun) ? reported : undefined);
  if (!action || !["blocks", "bans", "restricts"].includes(action)) return;
  // "the ban on TikTok", "the order against X"
  if (!passive && /^(?:on|against|of)$/.test(lowerAt(s, actAt + 1))) {
    const m = mentionAt(s, actAt + 2);
    if (m)
      for (const x of coordinated(s, m.end, [m]))
        targets.push(...x.entities.filter((e) => e.kind === "platform"));
  }
  if (targets.length === 0 && s.ctx.lastPlatforms.length === 1) targets.push(s.ctx.lastPlatforms[0]!);
  const mod = modalityAt(s.tokens, v, v + 1);
  if (mod === "negated") return;
  for (const e of new Set(targets)) emit(s, subject, action, e, mod, "coverage.upheld");
}
