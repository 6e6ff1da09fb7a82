// A denial negates the clause it governs: what is denied is not reported as done. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain, triples } from "./helpers.ts";

describe("a denial", () => {
  it("negates an act in the clause it governs, however far the cue", () => {
    expect(plain("The Ugandan government denied it had ordered Signal blocked.")).toEqual([]);
    expect(plain("Uganda's regulator denied claims that it had throttled Signal during the vote.")).toEqual(
      [],
    );
  });
  it("does not reach a predicate coordinated after it", () => {
    expect(plain("Uganda denied the reports, and Uganda blocked Signal the next day.")).toContain(
      "Ugandan government blocks Signal",
    );
  });
});

describe("a negation or denial before 'and'", () => {
  it("does not reach a predicate coordinated after it", () => {
    const found = plain(
      "Senegal suspended TikTok after opposition leader Ousmane Sonko was jailed. Sonko denies wrongdoing and has accused the government of using the courts against him.",
    );
    expect(found).toContain("Ousmane Sonko accuses Senegalese government");
    expect(plain("Russia did not block Telegram and banned Signal.")).toEqual([
      "Russian government bans Signal",
    ]);
  });
});

describe("an act that stops", () => {
  it("reads no act in 'stopped blocking X', 'ceased restricting X'", () => {
    expect(plain("Roskomnadzor stopped blocking Telegram in 2020.")).toEqual([]);
    expect(plain("Roskomnadzor has ceased restricting YouTube.")).toEqual([]);
    expect(plain("The Canadian government would stop advertising on Facebook.")).toEqual([]);
  });
  it("reaches past an amount: 'suspend C$10 million a year in advertising on X'", () => {
    expect(
      plain("The Canadian government would suspend roughly C$10 million a year in advertising on Facebook."),
    ).toEqual([]);
  });
  it("still reads an act that begins: 'began blocking X'", () => {
    expect(plain("Roskomnadzor began blocking Telegram.")).toEqual(["Roskomnadzor blocks Telegram"]);
  });
});

describe("a clause with its own subject after ', and'", () => {
  it("is out of reach of the modals before it", () => {
    expect(
      triples(
        "Meta hoped access would be restored soon, and Access Now accused the Iranian government of hiding a crackdown.",
      ),
    ).toContain("Access Now accuses Iranian government [asserted]");
  });
  it("while a predicate with no subject of its own shares the modal", () => {
    expect(triples("Russia would block Telegram, and ban Signal.")).toContain(
      "Russian government bans Signal [hypothetical]",
    );
  });
});

describe("a participle after a comma", () => {
  it("is out of reach of the modal before it: 'would appeal, calling the ruling unjustified'", () => {
    const found = triples(
      "A court in Oslo fined Telegram. Telegram said it would appeal, calling the ruling unjustified.",
    ).filter((t) => t.startsWith("Telegram criticizes"));
    expect(found).toHaveLength(1);
    expect(found[0]).not.toContain("[hypothetical]");
  });
  it("keeps a modal in its own clause: 'might call the ruling unjustified'", () => {
    expect(triples("Telegram might call the ruling by the Oslo court unjustified.")).toEqual([
      "Telegram criticizes Oslo court [hypothetical]",
    ]);
  });
});

describe("an act only floated or weighed", () => {
  it("is hypothetical", () => {
    const found = extract(
      "In 2023 President Emmanuel Macron floated shutting down platforms such as TikTok and Snapchat.",
    )
      .relations.filter((r) => r.action === "blocks")
      .map((r) => `${r.object.label} ${r.evidence.modality}`);
    expect(found).toEqual(["TikTok hypothetical", "Snapchat hypothetical"]);
    const weighed = extract("France blocked X. The government weighed a ban on TikTok.").relations.find(
      (r) => r.object.label === "TikTok",
    );
    expect(weighed?.evidence.modality).toBe("hypothetical");
  });
});
