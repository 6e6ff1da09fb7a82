// How shutdowns are reported: access "cut", platforms that "remained blocked" or "were down", a
// service unavailable "after the regulator ordered" it. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("access that was cut", () => {
  it("is a block in the passive", () => {
    expect(plain("Access to Signal was cut in Uganda on election day.")).toContain(
      "Ugandan government blocks Signal",
    );
  });
  it("is no act in the active, where 'cut' means too many other things", () => {
    expect(plain("Uganda cut taxes on Signal subscriptions.")).toEqual([]);
  });
});

describe("a platform that stays blocked", () => {
  it("reads 'remained/stayed blocked' as the passive it is", () => {
    expect(plain("Signal and Viber have remained blocked in Uganda since January.")).toEqual([
      "Ugandan government blocks Signal",
      "Ugandan government blocks Viber",
    ]);
    expect(plain("Viber stayed banned in Uganda.")).toContain("Ugandan government bans Viber");
  });
});

describe("a platform that was down", () => {
  it("went dark, blocked by the country's government", () => {
    expect(plain("During the protests Signal and Viber were down in Uganda for two days.")).toEqual([
      "Ugandan government blocks Signal",
      "Ugandan government blocks Viber",
    ]);
  });
  it("is not read into a figure that was down", () => {
    expect(plain("Viber usage was down in Uganda last year.")).toEqual([]);
  });
});

describe("a passive act done after someone's order", () => {
  it("is the orderer's", () => {
    const text =
      "Signal was inaccessible in Uganda on Monday after the Uganda Communications Commission ordered it.";
    expect(plain(text)).toContain("Uganda Communications Commission blocks Signal");
    const rules = extract(
      "Signal was blocked in Uganda after the Uganda Communications Commission ordered it.",
    ).relations.map((r) => r.evidence.rule);
    expect(rules).toContain("verbal.passive-ordered");
  });
});

describe("platforms reachable only through a VPN", () => {
  it("are blocked by the article's state: 'can now be opened only with a VPN', 'accessible only through a VPN'", () => {
    expect(plain("Russia blocked Signal. Facebook and Instagram can now be opened only with a VPN.")).toEqual(
      expect.arrayContaining(["Russian government blocks Facebook", "Russian government blocks Instagram"]),
    );
    expect(
      plain("Russia blocked Signal. X is now accessible only through a virtual private network."),
    ).toContain("Russian government blocks X");
  });
  it("are not when a VPN is merely one way in: 'can be used with a VPN'", () => {
    expect(plain("Russia blocked Signal. Users said Telegram can be used with a VPN too.")).not.toContain(
      "Russian government blocks Telegram",
    );
  });
});

describe("platforms blocked 'along with' others", () => {
  it("are blocked too, in the active and the passive", () => {
    const expected = ["Bangladeshi government blocks WhatsApp", "Bangladeshi government blocks Instagram"];
    expect(plain("Bangladesh blocked Facebook along with WhatsApp and Instagram on Thursday.")).toEqual(
      expect.arrayContaining(expected),
    );
    expect(plain("Facebook was blocked in Bangladesh along with WhatsApp and Instagram.")).toEqual(
      expect.arrayContaining(expected),
    );
  });
});

describe("a broadcaster taken off the air", () => {
  it("is blocked by whoever took it off", () => {
    expect(plain("In February 2022, German regulators took RT DE off the air.")).toContain(
      "German government blocks RT DE",
    );
  });
  it("is not when someone is only urged to take it off", () => {
    const found = plain("Laurent Lafon pressed Culture Minister Roselyne Bachelot to take RT off the air.");
    expect(found.filter((t) => / blocks RT$/.test(t))).toEqual([]);
  });
});

describe("platforms out of reach, listed with descriptions", () => {
  it("are blocked by the article's state: 'were also out of reach without a VPN'", () => {
    expect(plain("Uganda blocked Facebook. Signal and Viber were also out of reach without a VPN.")).toEqual(
      expect.arrayContaining(["Ugandan government blocks Signal", "Ugandan government blocks Viber"]),
    );
  });
  it("keeps every item when each has a description before its name", () => {
    expect(
      plain(
        "Uganda blocked Facebook. The audio app Clubhouse and the messaging service Signal could no longer be used.",
      ),
    ).toEqual(
      expect.arrayContaining(["Ugandan government blocks Clubhouse", "Ugandan government blocks Signal"]),
    );
  });
});

describe("actors who follow an act", () => {
  it("do the act of the clause before, to the same objects: 'and Microsoft soon followed'", () => {
    expect(
      plain("Google blocked RT and Sputnik across Europe on March 1, and Microsoft soon followed."),
    ).toEqual(expect.arrayContaining(["Microsoft blocks RT", "Microsoft blocks Sputnik"]));
    expect(plain("Canada banned TikTok on official phones, and the European Union followed suit.")).toContain(
      "European Union bans TikTok",
    );
  });
  it("are not read into a transitive 'followed': 'and Belarus followed the example'", () => {
    expect(plain("Russia blocked Telegram, and Belarus followed the example of Moscow.")).not.toContain(
      "Belarusian government blocks Telegram",
    );
  });
});

describe("a platform blocking an outlet", () => {
  it("lets a platform block a news outlet on itself, also when it follows another's block", () => {
    const found = plain(
      "YouTube's owner Google blocked RT across Europe on Monday, and the Chinese-owned TikTok and Microsoft soon followed.",
    );
    expect(found).toEqual(expect.arrayContaining(["TikTok blocks RT", "Microsoft blocks RT"]));
    expect(plain("Instagram restricted Sputnik's accounts in the bloc.")).toContain(
      "Instagram restricts Sputnik",
    );
  });
  it("does not let a platform block another platform", () => {
    expect(plain("Telegram blocked WhatsApp links last year.")).not.toContain("Telegram blocks WhatsApp");
  });
});
