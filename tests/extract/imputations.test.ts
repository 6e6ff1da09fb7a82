// Pointing to a wrong someone does accuses them; unnamed official sources speak for the article's
// government. Sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

const LEAD = "Lithuania blocked the channel on Monday. Vilnius said the block would stay. ";

describe("pointing to a wrong", () => {
  it("accuses the agent after 'by' or 'from' of a wrong a speaker points to", () => {
    expect(
      plain(LEAD + "Foreign Minister Anna Berg pointed to possible interference by Russia and Belarus."),
    ).toEqual(
      expect.arrayContaining([
        "Anna Berg accuses Russian government",
        "Anna Berg accuses Belarusian government",
      ]),
    );
    expect(plain(LEAD + "Foreign Minister Anna Berg warned of disinformation from Russia.")).toContain(
      "Anna Berg accuses Russian government",
    );
  });
  it("reads the country a demonym before the wrong names, and the names after ', naming'", () => {
    expect(plain(LEAD + "Foreign Minister Anna Berg warned of Russian disinformation.")).toContain(
      "Anna Berg accuses Russian government",
    );
    expect(
      plain(LEAD + "Foreign Minister Anna Berg spoke of foreign meddling, naming Russia and Iran."),
    ).toEqual(
      expect.arrayContaining([
        "Anna Berg accuses Russian government",
        "Anna Berg accuses Iranian government",
      ]),
    );
  });
  it("charges no one for a denied wrong or for something that is no wrong", () => {
    const denied = plain(LEAD + "Foreign Minister Anna Berg did not speak of interference by Russia.");
    expect(denied.filter((t) => t.includes(" accuses "))).toEqual([]);
    const progress = plain(LEAD + "Foreign Minister Anna Berg pointed to progress by Russia on the talks.");
    expect(progress.filter((t) => t.includes(" accuses "))).toEqual([]);
  });
});

describe("unnamed official sources", () => {
  it("are the article's government: 'government sources', 'government and security sources'", () => {
    expect(plain(LEAD + "Government sources accused Russia of stoking the protests.")).toContain(
      "Lithuanian government accuses Russian government",
    );
    expect(plain(LEAD + "Government and security sources also pointed to interference by Russia.")).toContain(
      "Lithuanian government accuses Russian government",
    );
  });
});

describe("the accused of an object relative clause", () => {
  it("is the antecedent, and what follows 'accused of' is the charge, not the accused", () => {
    const text = "Senegal blocked TikTok, which the government accused of being used by the opposition.";
    expect(plain(text)).toEqual([
      "Senegalese government accuses TikTok",
      "Senegalese government blocks TikTok",
    ]);
  });
  it("is read with a pronoun or unnamed officials as the clause's subject", () => {
    const lead = "Senegal blocked TikTok in August. ";
    expect(
      plain(lead + "The government blocked TikTok again, which it accused of spreading hate."),
    ).toContain("Senegalese government accuses TikTok");
    const officials = plain(
      lead + "It blocked TikTok, which officials accused of being used by the opposition.",
    );
    expect(officials).toContain("Senegalese government accuses TikTok");
    expect(officials.filter((t) => t.includes("Opposition"))).toEqual([]);
  });
});
