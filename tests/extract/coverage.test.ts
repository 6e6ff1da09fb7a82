// Coverage: what an act reaches, said without the act's verb, in sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain, triples } from "./helpers.ts";

describe("coverage of an act", () => {
  it("gives the act's action to the platforms a ban 'applies to' or 'covers'", () => {
    expect(plain("Kenya said on Friday that the ban applies to TikTok and Snapchat.")).toEqual(
      expect.arrayContaining(["Kenyan government bans Snapchat", "Kenyan government bans TikTok"]),
    );
  });
  it("reads 'it' after a sentence that opens with the act as that act", () => {
    const out = plain(
      "Officials in Uganda spoke on Monday. The block took effect on Sept. 4. It covered platforms such as Facebook, Telegram and X.",
    );
    expect(out).toEqual(
      expect.arrayContaining([
        "Ugandan government blocks Facebook",
        "Ugandan government blocks Telegram",
        "Ugandan government blocks X",
      ]),
    );
  });
  it("does not spread a fine to the platforms a decision covers", () => {
    expect(plain("Ireland fined Meta. The decision covers Facebook only.")).not.toContain(
      "Irish government fines Facebook",
    );
  });
  it("reads platforms that stop working or go dark as blocked by the country's government", () => {
    const r = extract(
      "Ethiopia cut the internet. Users said Facebook and Telegram stopped working overnight.",
    );
    expect(
      r.relations.filter((x) => x.evidence.rule === "coverage.went-dark").map((x) => x.object.label),
    ).toEqual(["Facebook", "Telegram"]);
  });
  it("reads a platform that faced or suffered an act as acted on by each place's government", () => {
    expect(
      plain("Telegram, which has a billion users, has faced restrictions in Russia and Iran for years."),
    ).toEqual(["Iranian government restricts Telegram", "Russian government restricts Telegram"]);
    expect(plain("In Russia, WhatsApp and YouTube have already suffered disruptions this year.")).toEqual(
      expect.arrayContaining([
        "Russian government restricts WhatsApp",
        "Russian government restricts YouTube",
      ]),
    );
  });
  it("gives who upholds an act the act, on the platforms it targets", () => {
    expect(plain("Tagansky District Court upholds Telegram block, ruling it lawful")).toEqual([
      "Tagansky District Court blocks Telegram",
    ]);
    expect(plain("The Constitutional Court upheld the ban on Snapchat and Discord on Monday.")).toEqual([
      "Constitutional Court bans Discord",
      "Constitutional Court bans Snapchat",
    ]);
    expect(plain("The ban on Signal was upheld by the Moscow City Court in May.")).toEqual([
      "Moscow City Court bans Signal",
    ]);
    // a law does what the article reported it doing, to the platform it was about
    expect(
      plain("Parliament passed a law banning Telegram. The Supreme Court upheld the law in March."),
    ).toContain("Supreme Court bans Telegram");
    expect(plain("The Supreme Court did not uphold the ban on Telegram.")).toEqual([]);
  });
});

describe("platforms that can no longer be used", () => {
  it("reads 'could no longer be used' and 'became unreachable' as a block by the country's government", () => {
    expect(
      plain("Tanzania blocked X. Clubhouse and Telegram could also no longer be used without a VPN."),
    ).toEqual(
      expect.arrayContaining([
        "Tanzanian government blocks Clubhouse",
        "Tanzanian government blocks Telegram",
      ]),
    );
    expect(
      plain("Italy moved against AI services. Gemini became unreachable in Italy on Tuesday."),
    ).toContain("Italian government blocks Gemini");
  });
  it("reads nothing into what could no longer be done with a platform", () => {
    expect(
      plain("Italy moved against AI services. Gemini could no longer answer questions about elections."),
    ).toEqual([]);
  });
});

describe("a country named before the act a platform faces", () => {
  it("is whose act it is: 'could face a U.S. ban', 'faces a Russian ban'", () => {
    expect(triples("TikTok could face a U.S. ban.")).toEqual(["U.S. government bans TikTok [hypothetical]"]);
    expect(plain("Brazil fined X. Telegram faces a Russian ban too.")).toContain(
      "Russian government bans Telegram",
    );
  });
});

describe("a platform that cannot be used without a VPN", () => {
  it("is blocked by the country's government", () => {
    const lead = "Tanzania blocked X in May. ";
    expect(plain(lead + "Telegram and the audio app Clubhouse could not be used without a VPN.")).toEqual(
      expect.arrayContaining([
        "Tanzanian government blocks Telegram",
        "Tanzanian government blocks Clubhouse",
      ]),
    );
    expect(plain(lead + "Telegram cannot be used without a VPN.")).toContain(
      "Tanzanian government blocks Telegram",
    );
  });
  it("is not blocked when what it cannot be used without is something else", () => {
    expect(plain("In Tanzania, Telegram could not be used without a phone number.")).toEqual([]);
  });
});

describe("'It was carried out by X' after an act", () => {
  it("makes X the one who did it, and carrying out a ban is blocking", () => {
    const text =
      "France blocked TikTok in New Caledonia. It was carried out by the state-run Office des Postes et Télécommunications through its Mobilis network.";
    expect(plain(text)).toContain("Office des Postes et Télécommunications blocks TikTok");
    const ban =
      "France banned TikTok in New Caledonia. It was implemented by the Office des Postes et Télécommunications.";
    expect(plain(ban)).toContain("Office des Postes et Télécommunications blocks TikTok");
  });
  it("keeps the decision its author's, and reads no act when none was reported", () => {
    const text =
      "France blocked TikTok in New Caledonia. It was carried out by the Office des Postes et Télécommunications. Amnesty called the block unlawful.";
    expect(plain(text)).toContain("Amnesty International criticizes French government");
    expect(plain("It was carried out by the Office des Postes et Télécommunications.")).toEqual([]);
  });
});
