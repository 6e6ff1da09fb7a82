// Frames at the edges of a clause: names whose words look like verbs, an apposition between a
// subordinator and its verb or at the end of the sentence, a pronoun subject inside a relative
// clause, an act's infinitive inside the subject of "drew criticism from". Sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

describe("names inside a coordinated subject", () => {
  it("gives every listed group the demand, though a name ends in a word read as a verb or adverb", () => {
    const text =
      "Kenya blocked Telegram on Monday. Human Rights Watch, Article 19 and Access Now urged the government to restore access.";
    const got = plain(text);
    for (const g of ["Human Rights Watch", "Article 19", "Access Now"])
      expect(got).toContain(`${g} criticizes Kenyan government`);
  });
  it("gives every example after 'including' the criticism", () => {
    const text =
      "Kenya blocked Telegram on Monday. Rights groups including Amnesty International and Access Now condemned the block.";
    const got = plain(text);
    expect(got).toContain("Amnesty International criticizes Kenyan government");
    expect(got).toContain("Access Now criticizes Kenyan government");
  });
});

describe("an apposition between a subordinator and its verb", () => {
  it("reads the name before the apposition as the clause's subject", () => {
    expect(
      plain(
        "The block followed days after Hakan Yilmaz, the deputy minister, accused Instagram of censorship.",
      ),
    ).toContain("Hakan Yilmaz accuses Instagram");
  });
});

describe("an apposition that ends the sentence", () => {
  it("reads an owner in it", () => {
    expect(
      plain("Regulators questioned the finances of Kuvvet, the payments app owned by Vodafone."),
    ).toContain("Vodafone owns Kuvvet");
  });
  it("is no apposition when it holds a clause of its own", () => {
    const got = plain(
      "France blocked TikTok on the island on Tuesday. As the island has one operator, Mobilis, run by Safaricom, the app could be switched off quickly.",
    );
    expect(got).toContain("French government blocks TikTok");
    expect(got).not.toContain("French government blocks Safaricom");
  });
});

describe("a pronoun subject in a relative clause on the object", () => {
  it("refers to the main clause's subject, not to the antecedent", () => {
    expect(
      plain("The Gabonese government suspended TikTok, which it accused of spreading disinformation."),
    ).toContain("Gabonese government accuses TikTok");
  });
});

describe("criticism drawn by an act named with its infinitive", () => {
  it("is of the act's owner, not of the infinitive's object", () => {
    const got = plain("Ghana's decision to suspend Telegram drew criticism from Amnesty International.");
    expect(got).toContain("Amnesty International criticizes Ghanaian government");
    expect(got).not.toContain("Amnesty International criticizes Telegram");
  });
});

describe("a removal from a store named earlier in the sentence", () => {
  it("is a block by the store's owner", () => {
    expect(
      plain("Google, which runs the Play store, said on Monday that it had removed Bale and Rubika."),
    ).toEqual(expect.arrayContaining(["Google blocks Bale", "Google blocks Rubika"]));
  });
  it("is nothing without a store", () => {
    expect(plain("Google said on Monday that it had removed Bale and Rubika.")).toEqual([]);
  });
});

describe("a title that ends in 'of Staff'", () => {
  it("is no part of the name, and makes its holder represent the body named in it", () => {
    const got = plain("Deputy Kremlin Chief of Staff Maxim Orekhov praised Max as a national messenger.");
    expect(got).toContain("Maxim Orekhov promotes Max");
    expect(got).toContain("Maxim Orekhov represents Russian government");
  });
});

describe("a participle after a main clause whose subject names no one", () => {
  it("does not take the main verb's object as its subject", () => {
    const got = plain(
      "Russia blocked Signal in August. Weeks later the agency also throttled YouTube, accusing Google of ignoring requests.",
    );
    expect(got.filter((t) => t.startsWith("YouTube "))).toEqual([]);
  });
});

describe("an act that opens the sentence before an agentless passive", () => {
  it("gives the passive its author", () => {
    expect(
      plain("With a ruling by the Meshchansky District Court, calls on Viber are now limited."),
    ).toContain("Meshchansky District Court restricts Viber");
    expect(
      plain(
        "Under an order from the Communications Authority of Kenya, Telegram was suspended during the exams.",
      ),
    ).toEqual(["Kenya Communications Authority blocks Telegram"]);
  });
  it("needs the author named in the opening phrase", () => {
    expect(plain("With a decision expected soon, Telegram was suspended in Kenya.")).toEqual([
      "Kenyan government blocks Telegram",
    ]);
  });
});

describe("an act criticised in the passive", () => {
  it("keeps the critic out of the act's agent", () => {
    expect(
      plain("The suspension of Viber in Georgia was criticised by the Georgian Young Lawyers' Association."),
    ).toEqual([
      "Georgian Young Lawyers' Association criticizes Georgian government",
      "Georgian government blocks Viber",
    ]);
  });
});

describe("words of the lexicon for filtering and for staff", () => {
  it("reads 'filtered' as a block", () => {
    expect(plain("Instagram and Telegram have been filtered in Iran since 2022.")).toEqual([
      "Iranian government blocks Instagram",
      "Iranian government blocks Telegram",
    ]);
  });
  it("makes an analyst, a counsel or a deputy director general speak for their organisation", () => {
    expect(
      plain("Mira Osei, a senior policy analyst at Access Now, called the shutdown unlawful."),
    ).toContain("Mira Osei represents Access Now");
    expect(plain("Jonas Weber, deputy director general of the consumer group BEUC, warned users.")).toContain(
      "Jonas Weber represents BEUC",
    );
  });
});

describe("an act carried out on someone's orders", () => {
  it("is the act of the one who ordered it, active or passive", () => {
    expect(
      plain(
        "Internet providers cut access to Telegram on Monday on orders from the Communications Authority of Kenya.",
      ),
    ).toEqual(["Kenya Communications Authority blocks Telegram"]);
    expect(plain("Access to Telegram was cut on orders from the Communications Authority of Kenya.")).toEqual(
      ["Kenya Communications Authority blocks Telegram"],
    );
  });
  it("leaves 'the suspension' later on to the government", () => {
    const got = plain(
      "Kenya suspended Telegram. Providers cut access on orders from the Communications Authority of Kenya. Amnesty International called the suspension unlawful.",
    );
    expect(got).toContain("Amnesty International criticizes Kenyan government");
  });
});

describe("platforms counted under an owner compound", () => {
  it("are the platforms just named", () => {
    expect(
      plain(
        "Iran blocked WhatsApp and Instagram in 2022. The two Meta-owned apps had been the last ones left.",
      ),
    ).toEqual(expect.arrayContaining(["Meta owns WhatsApp", "Meta owns Instagram"]));
  });
});

describe("offices of state told by the title alone", () => {
  it("makes a vice president, a presidential spokesman or adviser speak for the government", () => {
    const got = plain(
      "Iran blocked WhatsApp. Vice President Reza Karimi said the bans did not help. Leila Ahmadi, a presidential spokeswoman, agreed.",
    );
    expect(got).toContain("Reza Karimi represents Iranian government");
    expect(got).toContain("Leila Ahmadi represents Iranian government");
  });
  it("keeps a company's vice president the company's", () => {
    expect(plain("Nick Clegg, a vice president at Meta, said the company would appeal.")).toEqual([
      "Nick Clegg represents Meta",
    ]);
  });
});

describe("a list named as what an act covered", () => {
  it("takes the act for each item: 'The banned apps include …', 'The list includes …'", () => {
    expect(
      plain("Pakistan banned several apps on Monday. The banned apps include TikTok, Bigo Live and Likee."),
    ).toEqual([
      "Pakistani government bans Bigo Live",
      "Pakistani government bans Likee",
      "Pakistani government bans TikTok",
    ]);
    expect(plain("Pakistan banned several apps on Monday. The list includes TikTok and Likee.")).toEqual([
      "Pakistani government bans Likee",
      "Pakistani government bans TikTok",
    ]);
  });
});

describe("words inside a name", () => {
  it("are no judgement of what the sentence reports", () => {
    const got = plain(
      "Iran blocked Telegram in 2018. Ali Karimi said the ban had been approved by the Supreme National Security Council.",
    );
    expect(got.filter((t) => t.includes("criticizes"))).toEqual([]);
    expect(got).toContain("Supreme National Security Council bans Telegram");
  });
});

describe("a name set off by commas after an office, before a verb of saying", () => {
  it("is a person, who says what follows", () => {
    expect(
      plain(
        "India banned TikTok on Monday. The embassy's spokeswoman in New Delhi, Ji Ming, said the measures were discriminatory.",
      ),
    ).toContain("Ji Ming criticizes Indian government");
  });
});

describe("a fine set with no one named", () => {
  it("is on the platform the article is about, by whoever set it", () => {
    expect(
      plain(
        "Kenya's regulator CA blocked Telegram on Friday. The Kenyan government set a daily fine of 1 million shillings.",
      ),
    ).toContain("Kenyan government fines Telegram");
  });
  it("is not on the platform when the sentence says whom it is on", () => {
    expect(
      plain(
        "Kenya blocked Telegram on Friday. The Kenyan government set a daily fine on anyone using a VPN.",
      ),
    ).not.toContain("Kenyan government fines Telegram");
  });
});

describe("an act noun with a participle of ordering and its agent", () => {
  it("is the agent's act on the platform in view: 'the suspension ordered by X'", () => {
    expect(
      plain(
        "Venezuela blocks Signal\n\nSignal stayed out of reach on Tuesday, days after the suspension ordered by President Nicolás Maduro was due to end.",
      ),
    ).toContain("Nicolás Maduro blocks Signal");
  });
});

describe("a platform kept or left out of reach", () => {
  it("is blocked by whoever kept it so", () => {
    expect(plain("Turkmenistan kept Skype, Viber and Signal largely unavailable for years.")).toEqual([
      "Turkmen government blocks Signal",
      "Turkmen government blocks Skype",
      "Turkmen government blocks Viber",
    ]);
  });
  it("is nothing when it is kept available", () => {
    expect(plain("Turkmenistan kept Skype available throughout the protests.")).toEqual([]);
  });
});

describe("a gerund of an act after a verb of a view", () => {
  it("is no act of the one who holds the view", () => {
    const got = plain(
      "Senator Amina Yusuf said she agreed with blocking Telegram and backed suspending Likee.",
    );
    expect(got.filter((t) => / (?:blocks|bans|restricts) /.test(t))).toEqual([]);
  });
  it("leaves a gerund after a verb of beginning the subject's act", () => {
    expect(plain("Roskomnadzor began blocking Telegram in April.")).toEqual(["Roskomnadzor blocks Telegram"]);
  });
});

describe("a demand coordinated with a verb of saying", () => {
  it("is the speaker's: 'said the dissolution violated freedoms, and urged the government to …'", () => {
    expect(
      plain(
        "Senegal suspended TikTok. Amnesty International said the arrests violated freedoms, and urged the government to restore the internet.",
      ),
    ).toContain("Amnesty International criticizes Senegalese government");
  });
});

describe("an act named with its owner", () => {
  it("is what the bare act noun in the next sentences refers to", () => {
    expect(
      plain(
        "Roskomnadzor blocked Telegram on Monday. A Moscow court fined Google the same day. The minister backed Roskomnadzor's decision. Amnesty International called the decision unlawful.",
      ),
    ).toContain("Amnesty International criticizes Roskomnadzor");
  });
});

describe("an unknown body named after its description", () => {
  it("is what that description means later: 'Gabon's media regulator HAC … the regulator'", () => {
    expect(
      plain(
        "Gabon's media regulator HAC suspended TikTok on Monday. Critics said the regulator had acted without legal basis.",
      ),
    ).toEqual(expect.arrayContaining(["HAC blocks TikTok", "Critics accuses HAC"]));
  });
});
