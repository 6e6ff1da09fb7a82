// Verbs of saying as lexicon data: one list of lemmas per role, the forms made from them, and a user's
// lexicon extending them. Sentences of our own.
import { describe, expect, it } from "vitest";
import { compileLexicon, defaultLexicon, mergeLexicon } from "../../graph/extract/index.ts";
import { compileSpeech } from "../../graph/extract/speech.ts";
import { extract } from "./helpers.ts";

describe("the verbs of saying", () => {
  const speech = compileSpeech(defaultLexicon().speech);
  it("makes each role's forms from its lemmas, irregular ones included", () => {
    expect([...speech.reports]).toEqual(
      expect.arrayContaining(["said", "says", "told", "wrote", "say", "think"]),
    );
    // a base form reports only where it is no common noun: "they say", but not "the state", "a report"
    expect(speech.reports.has("state")).toBe(false);
    expect(speech.reports.has("report")).toBe(false);
    expect([...speech.opensClause]).toEqual(expect.arrayContaining(["saying", "adding", "arguing"]));
    expect([...speech.carriesClaim]).toEqual(expect.arrayContaining(["find", "found", "ruled", "contends"]));
    expect(speech.neutral.has("alleged")).toBe(false);
  });
  it("takes a verb a user's lexicon adds, in every rule that reads its role", () => {
    // after a verb of saying, the clause's own subject is in subject position, read from its frame
    const text = "Pavel Durov opined Roskomnadzor had blocked Telegram.";
    const ruleOf = (lex = defaultLexicon()) =>
      extract(text, compileLexicon(lex)).relations.find((r) => r.action === "blocks")?.evidence.rule;
    expect(ruleOf()).not.toBe("verbal.subject");
    expect(ruleOf(mergeLexicon(defaultLexicon(), { speech: { reports: ["opine"] } }))).toBe("verbal.subject");
  });
  it("refuses an unknown role or a verb that is not one lower-case word", () => {
    expect(() => mergeLexicon(defaultLexicon(), { speech: { shouts: ["yell"] } })).toThrow(/speech\.shouts/);
    expect(() => mergeLexicon(defaultLexicon(), { speech: { reports: ["Opined"] } })).toThrow(/base form/);
    expect(() => mergeLexicon(defaultLexicon(), { speech: ["say"] })).toThrow(/"speech" must be an object/);
  });
});
