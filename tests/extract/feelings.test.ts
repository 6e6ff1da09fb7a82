// Dismay at an act ("was deeply concerned by the block") as criticism of its author. Sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

describe("dismay at an act", () => {
  it("criticizes the act's author: 'Twitter said it was deeply concerned by the block'", () => {
    expect(
      plain("Nigeria suspended Twitter on Friday. Twitter said it was deeply concerned by the block."),
    ).toContain("X criticizes Nigerian government");
    expect(
      plain("Nigeria suspended Twitter on Friday. Amnesty International is alarmed at the suspension."),
    ).toContain("Amnesty International criticizes Nigerian government");
  });
  it("reads the author the act noun names: 'disappointed with Roskomnadzor's decision'", () => {
    expect(plain("Telegram was disappointed with Roskomnadzor's decision.")).toEqual([
      "Telegram criticizes Roskomnadzor",
    ]);
  });
  it("criticizes no one when not dismayed, or dismayed by no act", () => {
    expect(
      plain("Nigeria suspended Twitter. Amnesty International was not concerned by the suspension."),
    ).not.toContain("Amnesty International criticizes Nigerian government");
    expect(plain("Amnesty International was concerned by the weather.")).toEqual([]);
  });
});

describe("'it' in a judgement right after an act the sentence named", () => {
  it("is the act, not the platform: 'condemned the suspension, calling it a repressive act'", () => {
    const found = plain(
      "Nigeria's government suspended Twitter. " +
        "The Nigerian Communications Commission told telecoms operators to block access to the service. " +
        "Amnesty International condemned the suspension, calling it a repressive act.",
    );
    expect(found).not.toContain("Amnesty International criticizes X");
  });
});
