// The syntax layer: tags aligned to our tokens, noun phrases with heads and possessors, verb groups
// with voice, negation, modality and infinitives. Sentences of our own.
import { describe, expect, it } from "vitest";
import { nounPhrases, verbGroups } from "../../graph/extract/syntax/phrases.ts";
import { correctTags, tagTokens } from "../../graph/extract/syntax/tagger.ts";
import { tokenize } from "../../graph/extract/tokens.ts";

function parse(text: string) {
  const tokens = tokenize(text, 10);
  const tagged = tagTokens(text, 10, tokens);
  const pos = correctTags(tokens, tagged.pos);
  const { lemma } = tagged;
  const words = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(" ");
  return {
    tokens,
    pos,
    lemma,
    nps: nounPhrases(tokens, pos).map((n) => ({
      text: words(n.start, n.end),
      head: tokens[n.head]!.text,
      possessor: n.possessor ? words(n.possessor.start, n.possessor.end) : undefined,
    })),
    vgs: verbGroups(tokens, pos, lemma).map((v) => ({
      text: words(v.start, v.end),
      main: tokens[v.main]!.text,
      passive: v.passive,
      negated: v.negated,
      modal: v.modal,
      infinitive: v.infinitive,
    })),
  };
}

describe("tagger", () => {
  it("aligns tags and lemmas with our tokens, whatever the article offset", () => {
    const p = parse("The watchdog blocked two messengers.");
    expect(p.tokens.map((t) => t.text)).toEqual(["The", "watchdog", "blocked", "two", "messengers", "."]);
    expect(p.pos).toEqual(["DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]);
    expect(p.lemma[2]).toBe("block");
    expect(p.lemma[4]).toBe("messenger");
  });
  it("keeps a name with an apostrophe inside as one token", () => {
    const p = parse("O'zkomnazorat restricted the app.");
    expect(p.tokens[0]!.text).toBe("O'zkomnazorat");
    expect(p.pos[0]).toBe("PROPN");
  });
});

describe("noun phrases", () => {
  it("finds the head and the possessor", () => {
    const p = parse("Ghana's decision to suspend the Chirper payment system surprised traders.");
    expect(p.nps).toContainEqual({ text: "Ghana 's decision", head: "decision", possessor: "Ghana" });
    expect(p.nps).toContainEqual({
      text: "the Chirper payment system",
      head: "system",
      possessor: undefined,
    });
  });
  it("leaves a list marker out of the phrase before it", () => {
    const p = parse("They banned networks such as Chirper and Flok.");
    expect(p.nps.map((n) => n.text)).toContain("networks");
  });
});

describe("verb groups", () => {
  it("reads the passive with its auxiliaries and negation", () => {
    const p = parse("The service has not been restricted in the capital.");
    expect(p.vgs[0]).toMatchObject({
      text: "has not been restricted",
      main: "restricted",
      passive: true,
      negated: true,
    });
  });
  it("reads modals and infinitives", () => {
    const p = parse("The ministry could decide to block the app.");
    expect(p.vgs[0]).toMatchObject({ main: "decide", modal: true, infinitive: false });
    expect(p.vgs[1]).toMatchObject({ main: "block", infinitive: true });
  });
  it("reads a word after a modal, or an -s word between a name and its object, as a verb", () => {
    expect(parse("The new law will bar children from the apps.").vgs.map((v) => v.main)).toContain("bar");
    expect(parse("Turkey blocks Instagram").vgs.map((v) => v.main)).toContain("blocks");
  });
  it("keeps the words of a name out of a verb group", () => {
    const text = "Digital Rights Watch and Access Now urged the ministry to act.";
    const tokens = tokenize(text, 0);
    const tagged = tagTokens(text, 0, tokens);
    const pos = correctTags(tokens, tagged.pos);
    const names = [
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ];
    const groups = verbGroups(tokens, pos, tagged.lemma, names).map((v) => tokens[v.start]!.text);
    expect(groups).toEqual(["urged", "act"]);
  });
  it("takes a participle tagged as an adjective after 'be' as a passive", () => {
    const p = parse("Calls on both apps are limited.");
    expect(p.vgs.at(-1)).toMatchObject({ main: "limited", passive: true });
  });
});
