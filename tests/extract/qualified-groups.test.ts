// Groups narrowed by the words before them are groups of their own (graph/extract/qualified-groups.ts).
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

const labels = (text: string) => extract(text).mentions.map((m) => m.entity.label);

describe("a lexicon group with a modifier", () => {
  it("is a group of its own, named as the article names it", () => {
    const found = plain(
      "Belarus banned Nexta. Exiled opposition leaders and rights groups condemned the campaign. Opposition figures abroad condemned the latest step.",
    );
    expect(found).toContain("Exiled opposition leaders criticizes Belarusian government");
    expect(found).toContain("Rights groups criticizes Belarusian government");
    expect(found).toContain("Opposition figures abroad criticizes Belarusian government");
  });
  it("takes a noun or a hyphenated word of a compound: 'digital rights campaigners', 'Pro-Kremlin activists'", () => {
    expect(labels("Russia blocked Signal. Digital rights campaigners protested.")).toContain(
      "Digital rights campaigners",
    );
    expect(labels("Russia blocked Signal. Several Pro-Kremlin activists cheered.")).toContain(
      "Pro-Kremlin activists",
    );
  });
  it("leaves a count, a verb before it, or a group noun that modifies another noun as they were", () => {
    expect(labels("Russia blocked Signal. Other rights groups protested.")).toContain("Rights groups");
    expect(labels("He left the party and encouraged supporters to switch to Telegram.")).toContain(
      "Supporters",
    );
    const found = plain(
      "Belarus banned Nexta. Sviatlana Tsikhanouskaya, the exiled opposition leader, condemned it.",
    );
    expect(found.filter((t) => t.includes("Exiled opposition"))).toEqual([]);
  });
});

describe("a body groups form together", () => {
  it("is the group that acts: 'A coalition of rights groups … calling on Moscow to stop'", () => {
    expect(
      plain(
        "Russia blocked Telegram. A coalition of rights groups issued a statement calling on Moscow to stop.",
      ),
    ).toContain("Coalition of rights groups criticizes Russian government");
  });
});
