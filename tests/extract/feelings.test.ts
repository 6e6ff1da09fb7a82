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
  // an article of our own, in which the regulator acted after the government
  const article =
    "Nigeria suspends Twitter after president's post is deleted\n\nABUJA, June 5 \u2014 Nigeria's government on Friday suspended Twitter indefinitely, two days after the platform removed a post by President Muhammadu Buhari that threatened to punish regional secessionists.\n\nInformation Minister Lai Mohammed said the company's activities were \"capable of undermining Nigeria's corporate existence\". The Nigerian Communications Commission told telecoms operators to block access to the service, and MTN Nigeria said it had complied.\n\nThe attorney general, Abubakar Malami, ordered prosecutors to bring charges against anyone who kept using the platform. Amnesty International condemned the suspension, calling it a repressive act, and the U.S. and European Union missions in Abuja said it undermined freedom of expression.\n\nTwitter said it was deeply concerned by the block. Many Nigerians switched to VPNs, and rival Koo, an Indian microblogging app, said it would launch in the country. The ECOWAS Court later ruled the suspension unlawful.\n";
  it("is the act, not the platform: 'condemned the suspension, calling it a repressive act'", () => {
    expect(plain(article)).not.toContain("Amnesty International criticizes X");
  });
});

describe("open disapproval", () => {
  it("criticizes the one named, whose part it is, or the author of the act: 'critical of', 'scathing about'", () => {
    const found = plain(
      "China ordered Apple to remove WhatsApp. Digital rights campaigners were scathing about Apple's role. Amnesty International was highly critical of Apple. Rights groups were critical of the ban.",
    );
    expect(found).toContain("Digital rights campaigners criticizes Apple");
    expect(found).toContain("Amnesty International criticizes Apple");
    expect(found).toContain("Rights groups criticizes Chinese government");
  });
  it("is none when negated", () => {
    expect(
      plain("China ordered Apple to remove WhatsApp. Amnesty International was not critical of Apple."),
    ).toEqual([]);
  });
});

describe("words of dismay in quotation marks", () => {
  it("still judge the act: 'said it was \"deeply concerned\" by the order'", () => {
    expect(
      plain('Laos ordered Signal blocked. Signal said it was "deeply concerned" by the order.'),
    ).toContain("Signal criticizes Lao government");
    expect(
      plain('Laos blocked Signal. Amnesty International was "extremely troubled" by the block.'),
    ).toContain("Amnesty International criticizes Lao government");
  });
});
