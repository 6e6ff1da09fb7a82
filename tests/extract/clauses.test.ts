// What a clause set off by commas keeps to itself: the hedges of a relative clause are not the main
// verb's, and a list or apposition between an order's object and its "to" does not hide the orderer.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { plain, triples } from "./helpers.ts";

describe("a relative clause between a subject and its verb", () => {
  it("keeps its accusation's charge to itself", () => {
    expect(triples("Roskomnadzor, which accused Viber of breaking the law, blocked it in December.")).toEqual(
      ["Roskomnadzor accuses Viber [asserted]", "Roskomnadzor blocks Viber [asserted]"],
    );
  });
  it("keeps its hedges to itself", () => {
    expect(
      triples("The regulator Roskomnadzor, which reportedly tested the filters for weeks, blocked Viber."),
    ).toEqual(["Roskomnadzor blocks Viber [asserted]"]);
  });
  it("leaves a hedge of the main clause in force", () => {
    expect(triples("Roskomnadzor, which has fined Viber twice, reportedly blocked Discord.")).toContain(
      "Roskomnadzor blocks Discord [alleged]",
    );
  });
  it("still leaves what follows an accusation in a main clause alleged", () => {
    expect(triples("Roskomnadzor accused Viber of helping terrorists, blocking it at once.")).toContain(
      "Roskomnadzor blocks Viber [alleged]",
    );
  });
});

describe("an order whose object is followed by a phrase in commas", () => {
  it("is the orderer's act past an 'including' list", () => {
    expect(
      plain(
        "The Communications Authority of Kenya told internet providers, including Safaricom and Airtel, to suspend Telegram.",
      ),
    ).toContain("Kenya Communications Authority blocks Telegram");
  });
  it("is the orderer's act past an apposition", () => {
    expect(plain("Roskomnadzor instructed both operators, MTS and Beeline, to throttle YouTube.")).toEqual([
      "Roskomnadzor restricts YouTube",
    ]);
  });
});

describe("an object relative clause", () => {
  it("gives the act in 'X, which <subject> <verb>' to the clause's own subject, on X", () => {
    expect(plain("Nexta, which Roskomnadzor banned in April, kept growing.")).toEqual([
      "Roskomnadzor bans Nexta",
    ]);
    expect(plain("Meta, which Roskomnadzor criticised last year, blocked RT.")).toEqual(
      expect.arrayContaining(["Roskomnadzor criticizes Meta", "Meta blocks RT"]),
    );
    // a subject relative clause keeps its antecedent as the subject
    expect(plain("Meta, which blocked RT in March, owns Instagram.")).toEqual(
      expect.arrayContaining(["Meta blocks RT", "Meta owns Instagram"]),
    );
  });
});

describe("a participle in apposition to a platform", () => {
  it("says what was done to it: 'Telegram, already blocked in July, …'", () => {
    const lead = "Nepal blocked Facebook in September. ";
    expect(
      plain(lead + "Telegram, already blocked in July over fraud, was listed as under review."),
    ).toContain("Nepali government blocks Telegram");
    expect(plain("In Nepal, Telegram, banned since July, stayed dark.")).toEqual([
      "Nepali government bans Telegram",
    ]);
  });
  it("needs an adjunct after it and a platform before it", () => {
    expect(plain("In Nepal, Telegram, blocked, stayed dark.")).toEqual([]);
    expect(plain("Russia, blocked in its attempts, gave up on Telegram.")).toEqual([]);
  });
});

describe("an object relative clause whose subject has a determiner", () => {
  it("acts on the antecedent: 'Telegram, which a Moscow court blocked'", () => {
    expect(plain("Telegram, which a Moscow court blocked in 2018, survived.")).toEqual([
      "Moscow court blocks Telegram",
    ]);
  });
  it("acts on the antecedent through a causative verb: 'which a Moscow court ordered blocked'", () => {
    expect(plain("Further back lies Telegram, which a Moscow court ordered blocked in 2018.")).toEqual([
      "Moscow court blocks Telegram",
    ]);
    expect(plain("Telegram, which the Tagansky court ordered blocked in 2018, survived.")).toEqual([
      "Tagansky District Court blocks Telegram",
    ]);
  });
});

describe("two clauses joined by ', and'", () => {
  it("keep their own subjects: the first clause's object is no subject of the second", () => {
    expect(plain("Russia fined Google, and Telegram criticized Apple.")).toEqual([
      "Russian government fines Google",
      "Telegram criticizes Apple",
    ]);
    expect(plain("Russia blocked Signal, and Telegram accused Apple of fraud.")).toEqual([
      "Russian government blocks Signal",
      "Telegram accuses Apple",
    ]);
  });
  it("leave a list of subjects, and the subjects after a verb of saying, whole", () => {
    expect(plain("Amnesty, HRW and Article 19 condemned Russia.")).toHaveLength(3);
    expect(plain("Officials said Amnesty and HRW condemned Russia.")).toEqual(
      expect.arrayContaining([
        "Amnesty International criticizes Russian government",
        "Human Rights Watch criticizes Russian government",
      ]),
    );
  });
  it("give a participle after the second clause its subject: 'and Maduro ordered X suspended, accusing …'", () => {
    const text =
      "The United States recognised his opponent as the victor, and Maduro ordered the platform X suspended for ten days, accusing Elon Musk of inciting hatred.";
    expect(plain(text)).toContain("Nicolás Maduro accuses Elon Musk");
    expect(plain(text)).not.toContain("U.S. government accuses Elon Musk");
  });
});

describe("a title and a name after a comma, then a verb", () => {
  it("open the main clause rather than an apposition or a list", () => {
    const text =
      "In 2023, when riots swept French cities after police killed a teenager, Nahel Merzouk, President Emmanuel Macron floated shutting down platforms such as TikTok and Snapchat, drawing comparisons with Iran.";
    const found = plain(text);
    expect(found).toEqual(
      expect.arrayContaining(["Emmanuel Macron blocks TikTok", "Emmanuel Macron blocks Snapchat"]),
    );
    expect(found.filter((t) => t.startsWith("Nahel Merzouk"))).toEqual([]);
  });
});

describe("a source set off by commas inside the subject", () => {
  it("is never the one acted on or acting", () => {
    const found = plain(
      "Belarus banned NEXTA. Telegram and Viber, according to Reuters, were blocked later.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["Belarusian government blocks Telegram", "Belarusian government blocks Viber"]),
    );
    expect(found).not.toContain("Belarusian government blocks Reuters");
  });
  it("after a relative clause belongs with the names the clause is on", () => {
    const found = plain(
      "Belarus banned NEXTA. Zerkalo and Onliner, which had two million readers, according to TASS, were declared extremist.",
    );
    expect(found).toContain("Belarusian government bans Zerkalo");
    expect(found.some((t) => t.includes("TASS"))).toBe(false);
  });
});

describe("a list inside a participle in apposition", () => {
  it("leaves the head the one acted on", () => {
    const found = plain("Signal, founded by Moxie Marlinspike and Brian Acton, was fined in Russia in 2024.");
    expect(found).toContain("Russian government fines Signal");
    expect(found).not.toContain("Russian government fines Brian Acton");
  });
  it("still reads the last name of a list as its own item before 'owned by'", () => {
    expect(
      plain("Hanoi pressed Meta's Facebook, Google's YouTube and TikTok, owned by ByteDance, to act."),
    ).toContain("ByteDance owns TikTok");
  });
});
