// Who did it, when the sentence says so only indirectly: on whose request, after whose order, by
// granting whose petition; and descriptions that name a body before the article does. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("an act done at someone's request", () => {
  it("credits the possessor of 'at X's request' with a passive act", () => {
    expect(plain("Proton VPN was taken down in Russia at Roskomnadzor's request.")).toContain(
      "Roskomnadzor blocks Proton VPN",
    );
    expect(plain("Telegram was suspended on the Garante's orders.")).toContain("Garante blocks Telegram");
  });
  it("credits whoever an order or request 'from' came from: 'cut following an order from the PTA'", () => {
    expect(
      plain("Pakistan went to the polls. Access to X was cut following an order from the PTA."),
    ).toContain("Pakistan Telecommunication Authority blocks X");
    expect(plain("Signal was blocked after a request from Roskomnadzor.")).toContain(
      "Roskomnadzor blocks Signal",
    );
  });
  it("keeps the country's government when no one asked", () => {
    expect(plain("Proton VPN was taken down in Russia.")).toContain("Russian government blocks Proton VPN");
  });
});

describe("a count opening a sentence", () => {
  it("is not part of a name, so the examples after it are the patients", () => {
    const text =
      "Thirty-one VPN services, including NordVPN and Proton VPN, were blocked at Roskomnadzor's request.";
    expect(extract(text).mentions.map((m) => m.surface)).not.toContain("Thirty-one VPN");
    expect(plain(text)).toEqual(["Roskomnadzor blocks NordVPN", "Roskomnadzor blocks Proton VPN"]);
    const several =
      "Several messaging apps, including Signal and Viber, were blocked at Roskomnadzor's request.";
    expect(plain(several)).toEqual(["Roskomnadzor blocks Signal", "Roskomnadzor blocks Viber"]);
  });
});

describe("the country's body, before the article names it", () => {
  it("is the one the lexicon knows by the country's name and that description", () => {
    const text =
      "Italy has been without ChatGPT since Friday. Last week the country's data protection authority ordered OpenAI to stop.";
    const m = extract(text).mentions.find((x) => x.surface === "the country's data protection authority");
    expect(m?.entity.label).toBe("Garante");
  });
});

describe("a platform that went dark after an order", () => {
  it("is blocked by the actor who ordered it, not by the government at large", () => {
    expect(
      plain(
        "In Italy, ChatGPT stopped working on Friday after the Garante ordered OpenAI to halt data processing.",
      ),
    ).toContain("Garante blocks ChatGPT");
    expect(plain("In Iran, WhatsApp stopped working on Friday after a power cut.")).toContain(
      "Iranian government blocks WhatsApp",
    );
  });
});

describe("a granted request for an act", () => {
  it("makes the court that granted it the act's author", () => {
    expect(
      plain("A Moscow court on Friday granted Roskomnadzor's petition for a ban on Telegram in Russia."),
    ).toContain("Moscow court bans Telegram");
    expect(plain("The Tagansky District Court approved the request for a block of Telegram.")).toContain(
      "Tagansky District Court blocks Telegram",
    );
  });
});

describe("a company described by where it is based", () => {
  it("refers back like any description", () => {
    const text =
      "OpenAI runs ChatGPT. The San Francisco-based company said it would comply with the Garante.";
    const m = extract(text).mentions.find((x) => x.surface.startsWith("The San Francisco-based"));
    expect(m?.entity.label).toBe("OpenAI");
  });
});

describe("a company that switches off its own service on an order", () => {
  it("leaves 'the decision' to the regulator that ordered it", () => {
    const text =
      "The Garante ordered ChatGPT blocked in Italy. OpenAI owns ChatGPT. OpenAI then blocked ChatGPT for Italian users. " +
      "Matteo Salvini said the decision was disproportionate.";
    const found = plain(text);
    expect(found).toContain("Matteo Salvini criticizes Garante");
    expect(found).not.toContain("Matteo Salvini criticizes OpenAI");
  });
});

describe("an act on content rather than a platform", () => {
  it("still has an author, whom criticism of 'the block' reaches", () => {
    const text =
      "Google began blocking news links for Canadian users in June. Pablo Rodriguez called the block unacceptable.";
    expect(plain(text)).toContain("Pablo Rodriguez criticizes Google");
  });
  it("is a platform's own, when the platform withholds what it carries", () => {
    const text =
      "Parliament passed the media code in March. A week earlier YouTube had blocked news videos in the country. Amnesty International called the move heavy-handed.";
    expect(plain(text)).toContain("Amnesty International criticizes YouTube");
  });
  it("leaves a law to the state, though a platform acted last", () => {
    const text =
      "Ottawa passed the Online News Act in June. Instagram blocked news for a week. Google said the law was flawed.";
    const found = plain(text);
    expect(found).toContain("Google criticizes Canadian government");
    expect(found).not.toContain("Google criticizes Instagram");
  });
});

describe("an act ordered by a relative clause's unnamed subject", () => {
  it("is not credited to the person the clause describes", () => {
    const text =
      "Nepal blocked Viber. Minister Prithvi Gurung, who chaired the meeting that ordered the block, defended it.";
    expect(plain(text).filter((t) => t.startsWith("Prithvi Gurung blocks"))).toEqual([]);
  });
});

describe("a collective as the subject of an act of state", () => {
  it("blocks, bans or fines nothing: only criticism, accusation and promotion are a collective's", () => {
    expect(plain("Tech companies began to restrict RT before the ban.")).toEqual([]);
    expect(plain("Rights groups said Ethiopia had blocked Signal.")).toContain(
      "Ethiopian government blocks Signal",
    );
  });
});

describe("an act blamed on someone", () => {
  it("is done to the platform before the noun, and the one blamed is accused", () => {
    const found = plain("Russian officials blamed the Signal slowdowns on Google's failure to pay.");
    expect(found).toEqual(
      expect.arrayContaining(["Russian government restricts Signal", "Russian government accuses Google"]),
    );
    expect(found).not.toContain("Russian government restricts Google");
  });
});

describe("an order that requires others to act", () => {
  it("is its author's act: 'The order issued by X requires providers to block Y'", () => {
    const text =
      "The order issued by the Garante on Friday requires internet providers to block Telegram and Signal.";
    expect(plain(text)).toEqual(["Garante blocks Signal", "Garante blocks Telegram"]);
  });
});

describe("the act a passive of criticism is about", () => {
  it("gives criticism of 'the move' to the author of the act", () => {
    expect(
      plain(
        "Iran blocked Zorbo on Friday. The move was condemned by Amnesty International and Human Rights Watch.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Amnesty International criticizes Iranian government",
        "Human Rights Watch criticizes Iranian government",
      ]),
    );
  });
  it("gives ', a decision criticised by A and B' to whoever did what the clause reports", () => {
    expect(
      plain("Last year Roskomnadzor blocked Signal, a decision criticised by Access Now and Latvia."),
    ).toEqual(
      expect.arrayContaining([
        "Access Now criticizes Roskomnadzor",
        "Latvian government criticizes Roskomnadzor",
      ]),
    );
  });
  it("gives 'The decree, criticised by A and B, …' to the act's author", () => {
    const text =
      "Vietnam blocked Telegram. A 2018 cybersecurity law, criticised by the United States and the European Union as modelled on China's censorship, laid the foundations.";
    expect(plain(text)).toEqual(
      expect.arrayContaining([
        "U.S. government criticizes Vietnamese government",
        "European Union criticizes Vietnamese government",
      ]),
    );
  });
  it("gives ', a step that X called unfounded' to whoever did what the clause reports", () => {
    expect(plain("Moscow blocked Deutsche Welle, a move that Borrell condemned.")).toEqual([
      "Josep Borrell criticizes Russian government",
      "Russian government blocks Deutsche Welle",
    ]);
    expect(
      plain(
        'A month later Moscow blocked more than 80 European media outlets, a step that Borrell called "totally unfounded".',
      ),
    ).toEqual(["Josep Borrell criticizes Russian government"]);
    expect(plain("Moscow blocked Deutsche Welle, which Borrell praised.")).toEqual([
      "Russian government blocks Deutsche Welle",
    ]);
  });
  it("reads 'madness' as a word of criticism", () => {
    expect(plain('Ofcom revoked RT\'s licence. The Kremlin called the move "madness".')).toContain(
      "Russian government criticizes Ofcom",
    );
  });
  it("finds no act in an ordinary passive subject", () => {
    expect(plain("The journalist was condemned by Amnesty International.")).toEqual([]);
  });
});

describe("a named organisation outlawed", () => {
  it("is banned, where a collective is not", () => {
    expect(
      plain("The KGB declared the Belarusian Association of Journalists an extremist formation."),
    ).toContain("Belarusian KGB bans Belarusian Association of Journalists");
    expect(plain("The KGB banned rights groups and journalists.")).toEqual([]);
  });
});

describe("agents that belong to another word", () => {
  it("a gerund after a determiner is a noun with no subject: 'was against any blocking of its service'", () => {
    const text = "Meta owns WhatsApp. The company said it was firmly against any blocking of its service.";
    expect(plain(text)).not.toContain("Meta blocks WhatsApp");
  });
  it("'by' after an irregular participle is that participle's agent: 'app stores run by Apple'", () => {
    const text =
      "Under the law, TikTok would have been barred in Montana, and app stores run by Apple and Google could not offer it.";
    const found = plain(text);
    expect(found).not.toContain("Apple bans TikTok");
    expect(found).not.toContain("Google bans TikTok");
  });
  it("the one who condemns a shutdown did not impose it; the one it was imposed by did", () => {
    const condemned = plain(
      "TikTok went dark in Senegal. The shutdown was condemned by Access Now as a shameful act.",
    );
    expect(condemned).not.toContain("Access Now blocks TikTok");
    expect(plain("TikTok went dark in Senegal. The ban was imposed by the ARTP on Monday.")).toContain(
      "ARTP bans TikTok",
    );
  });
});

describe("the agents and objects of coordinated clauses", () => {
  it("'banned in Lithuania and Latvia' is each place's government's ban", () => {
    expect(plain("RT had already been banned in Lithuania and Latvia.")).toEqual(
      expect.arrayContaining(["Lithuanian government bans RT", "Latvian government bans RT"]),
    );
  });
  it("'Telegram, too, had been blocked' keeps its subject past the interjection", () => {
    expect(plain("Nepal banned Facebook. Telegram, too, had been blocked in July.")).toContain(
      "Nepali government blocks Telegram",
    );
  });
  it("'it' after coordinated subjects is none of them, and a platform first when something is restricted", () => {
    const text =
      "Officials warned TikTok could be banned unless ByteDance sells its stake, and Canada and the European Union have restricted it on official phones.";
    const found = plain(text);
    expect(found).toEqual(
      expect.arrayContaining(["Canadian government restricts TikTok", "European Union restricts TikTok"]),
    );
    expect(found).not.toContain("Canadian government restricts European Union");
    expect(found).not.toContain("Canadian government restricts ByteDance");
  });
});

describe("an act made known by its author", () => {
  it("reads who announces or confirms a ban as the one who bans", () => {
    expect(plain("Roskomnadzor announced a ban on Signal.")).toEqual(["Roskomnadzor bans Signal"]);
    expect(plain("Roskomnadzor confirmed a block on Signal in August.")).toEqual([
      "Roskomnadzor blocks Signal",
    ]);
  });
  it("reads the act noun after such a verb in a headline, with no article", () => {
    expect(plain("Signal goes quiet in Moscow as Roskomnadzor confirms block on Signal")).toEqual([
      "Roskomnadzor blocks Signal",
    ]);
  });
  it("reads the country's agency that reports an agentless act after it as its agent", () => {
    expect(plain("Access to Discord was restricted on Tuesday, Roskomnadzor said.")).toEqual([
      "Roskomnadzor restricts Discord",
    ]);
    const named = plain(
      "Discord was blocked in Russia on Tuesday, the communications regulator Roskomnadzor said.",
    );
    expect(named).toEqual(["Roskomnadzor blocks Discord"]);
    // a monitor that reports a block, or another country's ministry, did not do it
    expect(plain("Discord was blocked in Russia, NetBlocks said.")).toEqual([
      "Russian government blocks Discord",
    ]);
    expect(plain("Discord was blocked in Russia, Kazakhstan's foreign ministry said.")).toContain(
      "Russian government blocks Discord",
    );
  });
  it("reads bare 'access' as access to the platform in focus", () => {
    const text =
      'Russia blocked Signal on Friday. Access was restricted over a "violation of the law," the watchdog Roskomnadzor said.';
    expect(plain(text)).toEqual(["Roskomnadzor restricts Signal", "Russian government blocks Signal"]);
    expect(
      plain("Russia blocked Signal on Friday. Access to the internet was restricted in Dagestan."),
    ).toEqual(["Russian government blocks Signal"]);
  });
  it("does not make a speaker the author of an act its clause reports", () => {
    expect(plain("Amnesty International said the ban on Signal was unlawful.")).not.toContain(
      "Amnesty International bans Signal",
    );
  });
});

describe("a definite gerund after a verb", () => {
  it("is the act it names: 'ordered the blocking of TikTok'", () => {
    expect(plain("India ordered the blocking of TikTok.")).toEqual(["Indian government blocks TikTok"]);
  });
  it("has the agent after 'by', not a name past the verb that follows: 'by India angered Beijing'", () => {
    expect(plain("The blocking of TikTok by India angered Beijing.")).toEqual([
      "Indian government blocks TikTok",
    ]);
  });
});

describe("a decision just after a court was the subject", () => {
  it("is the court's, though the government acted before", () => {
    const text =
      "Brazil's government ordered X blocked in August. The Supreme Court of Brazil heard the appeal in October. The court concluded that the order stood. Amnesty International called the decision alarming.";
    const found = plain(text);
    expect(found).toContain("Amnesty International criticizes Supreme Court of Brazil");
    expect(found).not.toContain("Amnesty International criticizes Brazilian government");
  });
  it("stays the last actor's when the court was not the subject", () => {
    const text =
      "The Supreme Court of Brazil heard the appeal in October. Brazil's government then ordered X blocked. Amnesty International called the decision alarming.";
    expect(plain(text)).not.toContain("Amnesty International criticizes Supreme Court of Brazil");
  });
});

describe("an act noun with its platform before it", () => {
  it("is done by whoever governs the phrase: 'ordered a Telegram shutdown'", () => {
    expect(
      plain("The Communications Authority of Kenya ordered a Telegram shutdown during the exams."),
    ).toContain("Kenya Communications Authority blocks Telegram");
  });
  it("is undone, not done, by a verb of lifting, and named by no one in a quotation", () => {
    expect(plain("Russia lifted the Telegram ban in 2020.")).toEqual([]);
    const found = plain('When Biden signed the bill, the company called it "a TikTok ban".');
    expect(found).not.toContain("Joe Biden bans TikTok");
  });
});

describe("an act not yet done, named later as 'the push' or 'the plan'", () => {
  it("is whoever planned it, though someone else acted before", () => {
    const text =
      "Brazil's government ordered X blocked in August. Later the Senate of Chile debated a bill that would ban TikTok. Amnesty International condemned the push.";
    const found = plain(text);
    expect(found).toContain("Amnesty International criticizes Senate of Chile");
    expect(found).not.toContain("Amnesty International criticizes Brazilian government");
  });
  it("gives way to an act done since", () => {
    const text =
      "The Senate of Chile debated a bill that would ban TikTok. Then Brazil's government ordered X blocked. Amnesty International condemned the push.";
    const found = plain(text);
    expect(found).toContain("Amnesty International criticizes Brazilian government");
    expect(found).not.toContain("Amnesty International criticizes Senate of Chile");
  });
  it("leaves an act done ('the ban') to its doer", () => {
    const text =
      "Brazil's government ordered X blocked in August. Later the Senate of Chile debated a bill that would ban TikTok. Amnesty International condemned the ban.";
    expect(plain(text)).not.toContain("Amnesty International criticizes Senate of Chile");
  });
});

describe("those a causative verb asks to act", () => {
  it("are never the act's subject; a pronoun that asks is", () => {
    const text =
      "Roskomnadzor blocked Telegram in April. It also asked Apple and Google to pull Telegram from their app stores.";
    const found = plain(text);
    expect(found).not.toContain("Google blocks Telegram");
    expect(found).not.toContain("Apple blocks Telegram");
    expect(extract(text).relations.map((r) => r.evidence.rule)).toContain("verbal.causative");
  });
});

describe("a verb coordinated after a gerund phrase", () => {
  it("shares the main verb's subject, not the gerund's", () => {
    const text =
      'Roskomnadzor blocked Telegram. Durov urged supporters to join a "digital resistance". He thanked Apple, Google, Microsoft and Amazon for staying out of political censorship, and wrote that Telegram would "rather cease to exist" than betray its promise of privacy.';
    expect(plain(text).filter((t) => t.startsWith("Apple") || t.startsWith("Google"))).toEqual([]);
  });
});

describe("an act in places named as examples", () => {
  it("is each place's government: 'in countries such as Russia, Iran and China'", () => {
    const text =
      "Vietnam blocked Telegram. Durov was charged in France, and the app has at times been restricted in countries such as Russia, Iran and China.";
    expect(plain(text)).toEqual(
      expect.arrayContaining([
        "Russian government restricts Telegram",
        "Iranian government restricts Telegram",
        "Chinese government restricts Telegram",
      ]),
    );
    expect(plain("ChatGPT was already unavailable in places such as China and Iran.")).toEqual([
      "Chinese government blocks ChatGPT",
      "Iranian government blocks ChatGPT",
    ]);
  });
  it("is not the act a later 'the ban' refers to", () => {
    const text =
      "Italy blocked ChatGPT, which was already unavailable in places such as China and Iran. Matteo Salvini called the move disproportionate.";
    const found = plain(text);
    expect(found).toContain("Matteo Salvini criticizes Italian government");
    expect(found).not.toContain("Matteo Salvini criticizes Iranian government");
  });
  it("reads a passive past 'since' and 'at times'", () => {
    expect(plain("Telegram has since been banned in Iran.")).toEqual(["Iranian government bans Telegram"]);
    expect(plain("Telegram has never been blocked in Iran.")).toEqual([]);
  });
});

describe("a by-phrase that belongs to a participle of owning or running", () => {
  it("is no agent of the act: 'a ban on the app owned by ByteDance', 'stores run by Apple'", () => {
    const owned = plain(
      "Montana became the first state to attempt a blanket ban on the video app owned by the Beijing-based company ByteDance.",
    );
    expect(owned.filter((t) => t.startsWith("ByteDance bans"))).toEqual([]);
    const run = plain(
      "TikTok would be forbidden in the state, and marketplaces such as those run by Apple and Google would be barred from offering it.",
    );
    expect(run.filter((t) => t.startsWith("Apple bans") || t.startsWith("Google bans"))).toEqual([]);
  });
});

describe("'X is a ban' said of an act", () => {
  it("gives the ban the act's author, not the speaker nor a country in the sentence", () => {
    const text =
      'Congress passed the law in April. ByteDance sued. The company, which denies sharing data with Chinese authorities, replied that "this unconstitutional law is a TikTok ban".';
    const found = plain(text).filter((t) => t.endsWith("bans TikTok"));
    expect(found).not.toContain("ByteDance bans TikTok");
    expect(found).not.toContain("Chinese government bans TikTok");
  });
});

describe("a passive act and the clause of time that names who did it", () => {
  it("reads the actor after 'when a …'", () => {
    expect(plain("Signal was fined in Russia in 2023, when a Moscow court imposed a penalty.")).toContain(
      "Moscow court fines Signal",
    );
  });
});
