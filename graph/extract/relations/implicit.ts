// Objects a censoring verb leaves implicit: "blocking news" (an act on content, the article's last
// act), "cut access" with nothing after it (access to the platform the article is about),
// "restricted the service" said of the platform just named.
import type { Action, Modality } from "../../types.ts";
import type { LexEntity } from "../lexicon.ts";
import { rememberAct, type Mention } from "../mentions.ts";
import { subjectLike } from "./arguments.ts";
import { topicPlatform } from "./nominal.ts";
import { AUX, CENSORS, emit, inAlleged, lowerAt, type Sentence } from "./sentence.ts";

/** What a block can reach besides a platform: "blocking news", "cut mobile internet". */
const CONTENT = /^(?:news|content|posts|links|articles|internet|mobile|data|websites|sites)$/;

/**
 * "Meta began blocking news in Canada": no platform is the object, but the act is Meta's, and "the
 * block" of the next sentence is that one: the article's last act and its author.
 */
export function contentAct(
  s: Sentence,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  // (a platform acts on what it carries: "Facebook blocked news for five days")
  if (!CENSORS.has(action) || mod === "hypothetical") return;
  const next = lowerAt(s, end);
  if (CONTENT.test(next === "the" || next === "all" ? lowerAt(s, end + 1) : next))
    rememberAct(s.ctx, subject, action);
}

/** "its service", "the platform" after a cue in an accusation: the accuser's own service. */
export function implicitObject(
  s: Sentence,
  start: number,
  end: number,
  subject: LexEntity,
  action: Action,
  mod: Modality,
): void {
  if (!CENSORS.has(action)) return;
  const next = lowerAt(s, end);
  const next2 = lowerAt(s, end + 1);
  // "told providers to start cutting access": access to what the article is about
  const accessAt = lowerAt(s, end - 1) === "access" ? end - 1 : next === "access" ? end : -1;
  const bareAccess = accessAt >= 0 && !accessTo(s, accessAt + 1);
  const topic = bareAccess && subject.kind === "actor" ? topicPlatform(s) : undefined;
  if (topic) return emit(s, subject, action, topic, mod, "verbal.topic-object");
  if (
    ["service", "platform", "app", "messenger"].includes(next) ||
    (["its", "the"].includes(next) && ["service", "platform", "app", "messenger", "access"].includes(next2))
  ) {
    const accuser = s.mentions.find(
      (m) =>
        m.start < start &&
        m.entities[0]!.kind === "platform" &&
        subjectLike(s, m) &&
        m.entities[0] !== subject,
    );
    if (accuser && inAlleged(s, start))
      emit(s, subject, action, accuser.entities[0]!, mod, "verbal.implicit-object");
  }
}

/** "Access was restricted", "access has been cut": the subject is access to the article's platform. */
export function bareAccessPatient(s: Sentence, start: number): Mention[] {
  let k = start - 1;
  while (k >= 0 && (AUX.has(lowerAt(s, k)) || /ly$/.test(lowerAt(s, k)))) k--;
  if (k === start - 1 || lowerAt(s, k) !== "access" || !/^(?:|,|and|but|that)$/.test(lowerAt(s, k - 1)))
    return [];
  const topic = topicPlatform(s);
  return topic
    ? [
        {
          start: k,
          end: k + 1,
          entities: [topic],
          surface: s.tokens[k]!.text,
          via: "pronoun",
          possessive: false,
        },
      ]
    : [];
}

/** Whether "access" is followed, before the clause ends, by what it is access to ("… inside Russia to 81 outlets"). */
function accessTo(s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.tokens.length, from + 6); k++) {
    const w = lowerAt(s, k);
    if (/^[,.;:]$/.test(w)) return false;
    if ((w === "to" || w === "for") && lowerAt(s, k + 1) !== "it") return true;
  }
  return false;
}
