// Fines and designations as news reports them: several companies fined in one breath with their
// amounts, platforms that "face fines", channels on a platform designated extremist. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("several fines in one sentence", () => {
  it("reads each object past its amount", () => {
    expect(plain("A Moscow court fined Google 2.6 billion roubles and Apple 340 million roubles.")).toEqual([
      "Moscow court fines Apple",
      "Moscow court fines Google",
    ]);
    expect(plain("The European Commission fined Apple €1.8 billion and Meta €797 million in 2024.")).toEqual([
      "European Commission fines Apple",
      "European Commission fines Meta",
    ]);
  });
});

describe("platforms that face fines", () => {
  it("are threatened with a fine by the government of the country", () => {
    const text = "Under the Brazilian rules, X and Rumble face fines if they ignore court orders.";
    const found = extract(text).relations.map(
      (r) => `${r.subject.label} ${r.action} ${r.object.label} ${r.evidence.modality}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Brazilian government fines X hypothetical",
        "Brazilian government fines Rumble hypothetical",
      ]),
    );
  });
  it("include companies, which a fine reaches too", () => {
    expect(plain("Meta and Alphabet face penalties in Brazil.")).toEqual(
      expect.arrayContaining(["Brazilian government fines Meta"]),
    );
  });
});

describe("a designation as extremist", () => {
  it("bans what is designated", () => {
    expect(plain("Belarus designated Nexta as extremist in October.")).toContain(
      "Belarusian government bans Nexta",
    );
  });
  it("bans the channels the examples name, not the platform they are on", () => {
    const found = plain(
      "A Minsk court designated several Telegram channels as extremist, including Nexta and Luxta.",
    );
    expect(found).toEqual(expect.arrayContaining(["Minsk court bans Nexta", "Minsk court bans Luxta"]));
    expect(found.filter((t) => t.endsWith("bans Telegram"))).toEqual([]);
  });
  it("goes on past the channels to a platform coordinated after them", () => {
    const found = plain(
      "Uzbekistan has also blocked dozens of YouTube channels and the messaging app Viber.",
    );
    expect(found).toContain("Uzbek government blocks Viber");
    expect(found.filter((t) => t.endsWith("blocks YouTube"))).toEqual([]);
  });
  it("is not read into a neutral designation", () => {
    expect(plain("Lukashenko designated a new head of the KGB on Friday.")).toEqual([]);
  });
});

describe("a capital's name opening a longer name", () => {
  it("is part of that name, not the country's government", () => {
    const text = "Judge Lima Okafor ordered the suspension of Telegram in Nigeria.";
    expect(plain(text).some((t) => t.startsWith("Peruvian government"))).toBe(false);
    const m = extract("The Tehran Times reported the block.").mentions.map((x) => x.entity.label);
    expect(m).toContain("Tehran Times");
    expect(m).not.toContain("Iranian government");
  });
});

describe("a platform that faces a ban", () => {
  it("is threatened with the ban by the government of the place named", () => {
    const text = "TikTok is popular with teenagers. The app faces a ban in the United States.";
    expect(plain(text)).toContain("U.S. government bans TikTok");
  });
});

describe("fines in other shapes", () => {
  it("'hit Apple with a fine' and 'threatened Google with a ban' act on the verb's object", () => {
    expect(plain("The European Commission hit Apple with a 500 million euro fine.")).toContain(
      "European Commission fines Apple",
    );
    expect(plain("Russia threatened Google with a ban.")).toContain("Russian government bans Google");
    expect(
      plain("Users flooded Telegram with complaints about the ban.").filter((t) => t.startsWith("Users")),
    ).toEqual([]);
  });
  it("'fines of €500 million on Apple and €200 million on Meta' fines both", () => {
    expect(
      plain(
        "The European Commission imposed fines of 500 million euros on Apple and 200 million euros on Meta.",
      ),
    ).toEqual(expect.arrayContaining(["European Commission fines Apple", "European Commission fines Meta"]));
  });
  it("'was ordered to pay' is a fine by the article's state", () => {
    expect(
      plain("Russia opened a case against Google. In 2022 Google was ordered to pay 21 billion roubles."),
    ).toContain("Russian government fines Google");
  });
  it("criticism drawn by 'the penalties on A and B' is of their author, not of A or B", () => {
    const found = plain("The EU's penalties on Apple and Meta drew criticism from Washington.");
    expect(found).toContain("U.S. government criticizes European Union");
    expect(found).not.toContain("U.S. government criticizes Meta");
  });
});

describe("a fine with no agent in its sentence", () => {
  it("is the one who fined last in the article: 'Meta was fined 200 million euros'", () => {
    expect(
      plain(
        "The European Commission fined Apple 500 million euros. Meta was fined 200 million euros on Wednesday.",
      ),
    ).toContain("European Commission fines Meta");
  });
  it("is still the place's government when the sentence names the place", () => {
    expect(plain("A Moscow court fined Google. Telegram has been fined repeatedly in Russia.")).toContain(
      "Russian government fines Telegram",
    );
  });
});

describe("Brussels", () => {
  it("stands for the European Union, not Belgium (lexicon)", () => {
    expect(plain("Brussels slapped Meta with a 200 million euro penalty.")).toContain(
      "European Union fines Meta",
    );
  });
});

describe("a fine with no agent", () => {
  it("is the regulator's that the article follows, when it is the country's agency", () => {
    const text =
      "Poland's UODO suspended TikTok in March. The inquiry ended in June. TikTok was fined 2 million zlotys.";
    expect(plain(text)).toContain("Personal Data Protection Office fines TikTok");
    expect(plain(text)).not.toContain("Polish government fines TikTok");
  });
  it("stays the country's after a court's judgment, which settles only its own case", () => {
    const text = "A Moscow court banned Twitch in May. Twitch was fined 3 million roubles.";
    expect(plain(text)).toContain("Russian government fines Twitch");
  });
});

describe("an order to pay a sum", () => {
  it("is a fine by whoever orders it", () => {
    expect(
      plain("A Moscow court ordered Yandex to pay 2 billion roubles for failing to delete videos."),
    ).toContain("Moscow court fines Yandex");
    expect(
      plain("Turkey's competition authority required Google to pay a penalty of $75 million."),
    ).toContain("Turkish Competition Authority fines Google");
  });
  it("is no fine when it was not ordered, or nothing is paid", () => {
    expect(plain("A Moscow court did not order Yandex to pay 2 billion roubles.")).toEqual([]);
    const found = plain("Roskomnadzor ordered Yandex to pay attention to the law.");
    expect(found.filter((t) => t.includes("fines"))).toEqual([]);
  });
  it("is a fine by whoever tells the company to pay, in the active and the passive", () => {
    expect(plain("The European Commission told Meta to pay 200 million euros within 60 days.")).toEqual([
      "European Commission fines Meta",
    ]);
    expect(plain("Apple was told to pay 500 million euros by the European Commission.")).toEqual([
      "European Commission fines Apple",
    ]);
    expect(plain("The European Commission told Meta to pay attention to its critics.")).toEqual([]);
  });
  it("reads 'regulators in' a capital as that country's government", () => {
    expect(plain("Regulators in Brussels ordered Apple to pay 500 million euros.")).toEqual([
      "European Union fines Apple",
    ]);
    expect(plain("Regulators in Moscow fined Google again.")).toEqual(["Russian government fines Google"]);
  });
});

describe("a designation in British spelling or by a ruling", () => {
  const lead = "Belarus cracked down on the opposition. ";
  it("bans what is 'labelled extremist' and what a court 'ruled extremist'", () => {
    expect(plain(lead + "NEXTA was labelled extremist in December.")).toEqual([
      "Belarusian government bans Nexta",
    ]);
    expect(plain(lead + "NEXTA was ruled extremist by a Minsk court.")).toEqual(["Minsk court bans Nexta"]);
    expect(plain(lead + "A Minsk court ruled NEXTA extremist.")).toEqual(["Minsk court bans Nexta"]);
  });
  it("leaves a ruling that charges no designation a charge", () => {
    expect(plain("A Minsk court ruled that NEXTA had spread lies.")).toEqual(["Minsk court accuses Nexta"]);
  });
  it("bans the channels, not the platform they are on", () => {
    expect(
      plain(
        lead + "She was detained for subscribing to Telegram channels that the state has labelled extremist.",
      ),
    ).toEqual([]);
  });
});

describe("a licence revoked", () => {
  it("bans its holder: 'revoked RT's licence', 'stripped RT of its licence'", () => {
    expect(plain("On 18 March, Ofcom revoked RT's British licence outright.")).toEqual(["Ofcom bans RT"]);
    expect(plain("In February Ofcom revoked the licence of RT.")).toEqual(["Ofcom bans RT"]);
    expect(plain("Ofcom stripped RT of its licence.")).toContain("Ofcom bans RT");
  });
  it("bans no one when the licence is not revoked or is no one's named", () => {
    expect(plain("Ofcom did not revoke RT's licence.")).toEqual([]);
    expect(plain("Ofcom revoked the licence in February.")).toEqual([]);
  });
});

describe("a passive order to pay with its agent before the sum", () => {
  it("fines the one ordered, by the one who ordered", () => {
    expect(plain("Google was ordered by a Moscow court to pay 7.2 billion roubles.")).toContain(
      "Moscow court fines Google",
    );
    expect(plain("Signal was ordered by Roskomnadzor to pay a penalty.")).toContain(
      "Roskomnadzor fines Signal",
    );
  });
});
