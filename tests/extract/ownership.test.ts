// Ownership stated in passing, in sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

describe("ownership in passing", () => {
  it("gives a platform named by its owner's description to that owner", () => {
    expect(
      plain("X was blocked in Pakistan. Officials said Elon Musk's platform had ignored instructions."),
    ).toContain("Elon Musk owns X");
  });
  it("reads a maker in apposition, after 'its' or a possessive", () => {
    expect(plain("Users who opened ChatGPT found a notice from its maker, OpenAI.")).toContain(
      "OpenAI owns ChatGPT",
    );
    expect(plain("TikTok's maker, ByteDance, said it would appeal.")).toContain("ByteDance owns TikTok");
  });
  it("reads the company that must sell a platform as its owner", () => {
    expect(plain("The law requires ByteDance to sell TikTok by January.")).toContain("ByteDance owns TikTok");
    expect(plain("Meta refused to sell, the report said.")).toEqual([]);
  });
});
