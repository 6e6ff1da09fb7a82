// Demands that an act be undone fault whoever did it; and a critic is never the author of the
// decision it criticises. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("a demand to undo an act", () => {
  it("criticises the actor addressed", () => {
    expect(plain("Access Now called on Ethiopia to restore access to TikTok.")).toContain(
      "Access Now criticizes Ethiopian government",
    );
    expect(plain("Amnesty International urged Hanoi on Friday to lift the block on Telegram.")).toContain(
      "Amnesty International criticizes Vietnamese government",
    );
    expect(
      extract("Access Now called on Ethiopia to restore access to TikTok.").relations.map(
        (r) => r.evidence.rule,
      ),
    ).toContain("demand.undo");
  });
  it("reads the addressee past 'within days' and a quotation that opens on the demand", () => {
    const text =
      'Pakistan blocked X. Matthew Miller urged Islamabad within days to "restore access to social media".';
    expect(plain(text)).toContain("Matthew Miller criticizes Pakistani government");
    expect(
      plain("Uganda blocked Facebook. Amnesty urged Uganda within a few weeks to lift the ban."),
    ).toContain("Amnesty International criticizes Ugandan government");
  });
  it("criticises who blocked the platform that is to be unblocked", () => {
    expect(
      plain("Ethiopia blocked TikTok in May. Rights groups called for TikTok to be unblocked."),
    ).toContain("Rights groups criticizes Ethiopian government");
  });
  it("reads no criticism into other demands", () => {
    expect(plain("Access Now called on Ethiopia to investigate the killings.")).toEqual([]);
    expect(plain("Pavel Durov urged users to restore their backups.")).toEqual([]);
  });
});

describe("a critic of someone's decision to act", () => {
  it("is never the decision's author", () => {
    const found = plain("Rights groups have criticised the government's decision to block TikTok.");
    expect(found.filter((t) => t.startsWith("Rights groups blocks"))).toEqual([]);
  });
  it("leaves the act to the possessor the article names", () => {
    const found = plain(
      "Ethiopia blocked TikTok in May. Rights groups criticised the government's decision to block TikTok.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Ethiopian government blocks TikTok",
        "Rights groups criticizes Ethiopian government",
      ]),
    );
  });
});

describe("protesters", () => {
  it("are a group that can criticise", () => {
    expect(
      plain("Nepal banned 26 platforms. Demonstrators said the ban was an attack on free speech."),
    ).toContain("Protesters criticizes Nepali government");
  });
});

describe("a demand to use a service", () => {
  it("promotes what people are called on to use", () => {
    expect(plain("Anton Gorelkin called on Russians to move to the national messenger Max.")).toEqual([
      "Anton Gorelkin promotes Max",
    ]);
    expect(plain("Roskomnadzor asked state employees to install Max and VK Messenger.")).toEqual([
      "Roskomnadzor promotes Max",
      "Roskomnadzor promotes VK Messenger",
    ]);
    expect(plain("Amnesty International called on users to keep using Signal.")).toEqual([
      "Amnesty International promotes Signal",
    ]);
  });
  it("is not a call on a platform with nothing to use", () => {
    expect(plain("Russia slowed down voice calls on WhatsApp in August.")).toEqual([
      "Russian government restricts WhatsApp",
    ]);
    expect(plain("Amnesty International called on Roskomnadzor to explain the Signal block.")).not.toContain(
      "Amnesty International promotes Signal",
    );
  });
  it("promotes each service of a class the people are urged towards", () => {
    expect(
      plain("Russian officials urged citizens to switch to domestic apps such as Max and VK Messenger."),
    ).toEqual(["Russian government promotes Max", "Russian government promotes VK Messenger"]);
    expect(plain("Russian officials urged citizens to move to home-grown alternatives like Max.")).toEqual([
      "Russian government promotes Max",
    ]);
  });
});

describe("a demand to correct or stop", () => {
  it("faults the one asked: 'urged India to correct a discriminatory practice', 'calling on Moscow to stop'", () => {
    expect(
      plain(
        'India banned TikTok on Monday. Zhao Lijian, a spokesman for China\'s foreign ministry, said Beijing was "strongly concerned" and urged India to correct what he called a discriminatory practice.',
      ),
    ).toContain("Chinese government criticizes Indian government");
    expect(plain("Russia blocked Telegram. Amnesty issued a statement calling on Moscow to stop.")).toContain(
      "Amnesty International criticizes Russian government",
    );
  });
});

describe("a platform taken up in place of another", () => {
  it("is promoted by whoever urged it: 'urged supporters to drop X in favour of Y'", () => {
    const got = plain(
      "President Daniel Ortega urged supporters to drop WhatsApp in favour of Telegram or Viber.",
    );
    expect(got).toEqual(
      expect.arrayContaining(["Daniel Ortega promotes Telegram", "Daniel Ortega promotes Viber"]),
    );
  });
  it("undoes no act, so it faults no one asked to do it", () => {
    const got = plain("President Daniel Ortega urged supporters to drop WhatsApp.");
    expect(got.filter((t) => t.includes("Supporters"))).toEqual([]);
  });
});
