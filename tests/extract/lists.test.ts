// Lists in real news that no verb of their own governs, and the unknown names they hold. Sentences
// of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("a sentence that enumerates what the paragraph acted on", () => {
  it("gives 'Among them are …' the act named before it in the paragraph", () => {
    const text =
      "Belarus has banned dozens of opposition channels since 2020. The count keeps growing. Among them are Nexta, Tut.by and Zerkalo.io.";
    expect(plain(text)).toEqual(
      expect.arrayContaining([
        "Belarusian government bans Nexta",
        "Belarusian government bans Tut.by",
        "Belarusian government bans Zerkalo",
      ]),
    );
  });
  it("reads 'They include …' and 'Services affected include …'", () => {
    expect(plain("Roskomnadzor blocked several foreign apps. They include Signal and Viber.")).toEqual(
      expect.arrayContaining(["Roskomnadzor blocks Signal", "Roskomnadzor blocks Viber"]),
    );
    expect(
      plain(
        "Russian regulators restricted foreign messengers. Services affected include Signal and Discord.",
      ),
    ).toEqual(
      expect.arrayContaining(["Russian government restricts Signal", "Russian government restricts Discord"]),
    );
  });
  it("does not carry an act into the next paragraph", () => {
    const text =
      "Roskomnadzor blocked several foreign apps.\n\nAmong them are Signal and Viber, which are popular.";
    expect(plain(text)).not.toContain("Roskomnadzor blocks Signal");
  });
});

describe("unknown names in lists and after head nouns", () => {
  it("takes a capitalised name after a platform head noun as a platform of that kind", () => {
    expect(plain("Russia banned the messaging app Zorbo.")).toContain("Russian government bans Zorbo");
    expect(plain("Minsk banned Nexta and its satirical sister channel Luxta.")).toContain(
      "Belarusian government bans Luxta",
    );
  });
  it("finds the unknown neighbours of an unknown item found in a list", () => {
    expect(plain("Minsk banned Nexta, Luxta, Belarus Brain and MotolkoPomogi.")).toEqual([
      "Belarusian government bans Belarus Brain",
      "Belarusian government bans Luxta",
      "Belarusian government bans MotolkoPomogi",
      "Belarusian government bans Nexta",
    ]);
  });
  it("keeps a country listed with platforms a country", () => {
    expect(plain("Telegram, Russia and Belarus were named in the report.")).toEqual([]);
  });
});

describe("the subject of a lead-in", () => {
  it("is the actor before an active cue, never a name inside a prepositional phrase", () => {
    expect(plain("Roskomnadzor has also blocked these apps:\n- Signal\n- Viber")).toEqual(
      expect.arrayContaining(["Roskomnadzor blocks Signal", "Roskomnadzor blocks Viber"]),
    );
    const text =
      "Russia has blocked many services. Since the invasion of Ukraine, Western platforms have been cut off, including:\n- LinkedIn\n- Signal";
    expect(plain(text)).toEqual(
      expect.arrayContaining(["Russian government blocks LinkedIn", "Russian government blocks Signal"]),
    );
    expect(plain(text).some((t) => t.startsWith("Ukrainian government"))).toBe(false);
  });
});

describe("examples of a class noun past its relative clause", () => {
  it("gives the verb the examples after 'that …, namely / including'", () => {
    expect(
      plain(
        "The Council suspended four outlets that, it said, Moscow controlled, namely RIA Novosti and Izvestia.",
      ),
    ).toEqual(expect.arrayContaining(["Council blocks RIA Novosti", "Council blocks Izvestia"]));
    expect(plain("Roskomnadzor blocked three apps that Russians use, including Signal and Viber.")).toEqual(
      expect.arrayContaining(["Roskomnadzor blocks Signal", "Roskomnadzor blocks Viber"]),
    );
  });
  it("passes over a first example the lexicon lacks", () => {
    expect(
      plain(
        "The Council suspended four outlets that Moscow funds, namely Voice of Nowhere, the RIA Novosti news agency and Izvestia.",
      ),
    ).toEqual(expect.arrayContaining(["Council blocks RIA Novosti", "Council blocks Izvestia"]));
  });
  it("leaves a relative clause without examples to its own verb", () => {
    expect(plain("Roskomnadzor blocked the apps that Signal makes.")).not.toContain(
      "Roskomnadzor blocks Signal",
    );
  });
});

describe("a lead-in that says what went dark", () => {
  it("gives the bullets under 'the apps that went dark were:' a block by the article's government", () => {
    const text =
      "Kazakhstan cut access to social networks on Monday.\n\nThe apps that went dark were:\n\n- Instagram and Threads\n- Zorbo, a local chat service";
    expect(plain(text)).toEqual(
      expect.arrayContaining(["Kazakh government blocks Instagram", "Kazakh government blocks Threads"]),
    );
  });
  it("leaves bullets alone when nothing went dark", () => {
    const text =
      "Kazakhstan debated social networks on Monday.\n\nThe apps that did not go dark were:\n\n- Instagram\n- Threads";
    expect(plain(text)).not.toContain("Kazakh government blocks Threads");
  });
});

describe("a second conjunct with its verb left out", () => {
  it("undergoes the same act when both carry the same kind of adjunct", () => {
    expect(plain("Turkey blocked Wikipedia in 2017 and Twitter in 2014.")).toEqual(
      expect.arrayContaining(["Turkish government blocks Wikipedia", "Turkish government blocks X"]),
    );
    expect(plain("Telegram itself has been banned in Iran since 2018, and Signal since 2021.")).toEqual(
      expect.arrayContaining(["Iranian government bans Telegram", "Iranian government bans Signal"]),
    );
  });
  it("is no gap when the conjunct has a verb of its own or a different adjunct", () => {
    expect(
      plain("Turkey blocked Wikipedia in 2017 and Twitter in a statement said it would comply."),
    ).not.toContain("Turkish government blocks X");
    expect(plain("Turkey blocked Wikipedia in 2017, and Twitter since then has complied.")).not.toContain(
      "Turkish government blocks X",
    );
  });
});

describe("a name after ', and' with a verb of its own", () => {
  it("begins a clause: it is no further object of the verb before", () => {
    const found = plain("Tanzania blocked X, and Kenya's foreign ministry protested on Monday.");
    expect(found).toContain("Tanzanian government blocks X");
    expect(found).not.toContain("Tanzanian government blocks Kenyan foreign ministry");
  });
  it("still ends a list whose last item has no verb: 'blocked X, Telegram, and Signal in May'", () => {
    expect(plain("Tanzania blocked X, Telegram, and Signal in May.")).toContain(
      "Tanzanian government blocks Signal",
    );
  });
});

describe("a title held through a possessor, then its holder", () => {
  it("charges the holder, not the possessor: 'charged Nexta's former editor-in-chief, Roman Protasevich'", () => {
    const found = plain(
      "The Investigative Committee charged Nexta's former editor-in-chief, Roman Protasevich, with organising riots.",
    );
    expect(found).toContain("Investigative Committee accuses Roman Protasevich");
    expect(found).not.toContain("Investigative Committee accuses Nexta");
  });
  it("reads the holder as the next item of a list: 'Durov and Nexta's former editor, Roman Protasevich'", () => {
    const found = plain(
      "The Investigative Committee charged Pavel Durov and Nexta's former editor, Roman Protasevich, with inciting hatred.",
    );
    expect(found).toContain("Investigative Committee accuses Pavel Durov");
    expect(found).toContain("Investigative Committee accuses Roman Protasevich");
    expect(found).not.toContain("Investigative Committee accuses Nexta");
  });
  it("still reads a company's own platform after its possessor: 'blocked Meta's messaging app, WhatsApp'", () => {
    expect(plain("Roskomnadzor blocked Meta's messaging app, WhatsApp.")).toContain(
      "Roskomnadzor blocks WhatsApp",
    );
  });
});

describe("an unknown name its apposition says what it is", () => {
  it("discovers a platform: 'AppleCensorship, a monitoring site run by …, listed'", () => {
    const r = extract("AppleCensorship, a monitoring site run by the group GreatFire, listed them.");
    expect(r.mentions.find((m) => m.surface === "AppleCensorship")?.entity.kind).toBe("platform");
    expect(plain("AppleCensorship, a monitoring site run by the group GreatFire, listed them.")).toContain(
      "GreatFire.org owns AppleCensorship",
    );
  });
  it("discovers an owner's platform: 'AirDrop, Apple's file-sharing tool, …'", () => {
    expect(
      plain("Experts cracked the encryption of AirDrop, Apple's file-sharing tool, last year."),
    ).toContain("Apple owns AirDrop");
  });
  it("discovers a company: 'SOAX, a data firm, estimates …'", () => {
    const r = extract("SOAX, a data firm, estimates that many users left.");
    expect(r.mentions.find((m) => m.surface === "SOAX")?.entity.category).toBe("company");
  });
  it("names nothing when the phrase is the main clause or the word an adverb", () => {
    const names = (t: string) => extract(t).mentions.map((m) => m.surface);
    expect(names("For a number of Philadelphians, the app owned by ByteDance is a paycheck.")).toEqual([
      "ByteDance",
    ]);
    expect(names("Separately, the group said it would sue.")).toEqual([]);
  });
});

describe("what 'it' is when it goes out of reach", () => {
  it("is a service, not a firm the sentence before quoted", () => {
    const found = plain(
      "Vietnam blocked Telegram. SOAX, a data firm, estimates that many users left. On July 9, it mostly stayed unreachable.",
    );
    expect(found).toEqual(["Vietnamese government blocks Telegram"]);
  });
});

describe("a bullet whose own clause says a platform stayed available", () => {
  it("gives that platform no act from the lead-in", () => {
    const text =
      "France blocked an app. What set the French block apart:\n\n" +
      "- It targeted one platform, while Facebook, X and other networks stayed available.\n" +
      "- Snapchat and Instagram, too.\n";
    const found = plain(text);
    expect(found).toContain("French government blocks Snapchat");
    expect(found).not.toContain("French government blocks Facebook");
    expect(found).not.toContain("French government blocks X");
  });
});

describe("a list of people each with a title", () => {
  it("goes past the title before the next person: 'accused Commissioner A and Chief Justice B of …'", () => {
    const found = plain(
      "Peru suspended Kick in March. Rosa Quispe accused Chief Election Commissioner Marco Salas and Chief Justice Elena Ruiz of involvement.",
    );
    expect(found).toContain("Rosa Quispe accuses Marco Salas");
    expect(found).toContain("Rosa Quispe accuses Elena Ruiz");
  });
});

describe("examples after a class noun with a modifier of its own", () => {
  it("are the objects: 'blocked 59 apps with links to China, among them TikTok and WeChat'", () => {
    expect(
      plain("India blocked 59 apps with links to China, among them TikTok, WeChat and Shareit."),
    ).toEqual([
      "Indian government blocks Shareit",
      "Indian government blocks TikTok",
      "Indian government blocks WeChat",
    ]);
  });
});

describe("a named subject coordinated with a group and its examples", () => {
  it("makes the name and every example the subject: 'A and N other groups, including B and C, …'", () => {
    const found = plain(
      "On Friday, Amnesty International and more than thirty other organisations, including Human Rights Watch, the Committee to Protect Journalists and Access Now, condemned Roskomnadzor.",
    );
    for (const critic of [
      "Amnesty International",
      "Human Rights Watch",
      "Committee to Protect Journalists",
      "Access Now",
    ])
      expect(found).toContain(`${critic} criticizes Roskomnadzor`);
  });
  it("keeps a name with an apposition outside an example list", () => {
    const found = plain("Pavel Durov, the founder of Telegram and VKontakte, criticized Roskomnadzor.");
    expect(found).toContain("Pavel Durov criticizes Roskomnadzor");
    expect(found.filter((t) => /^(?:Telegram|VKontakte) criticizes/.test(t))).toEqual([]);
  });
});

describe("a subject list with an apposition inside it", () => {
  it("keeps the items the apposition describes: 'A and B, both owned by C, and D were …'", () => {
    const found = plain(
      "Facebook and Instagram, both owned by Meta, and the platform X, formerly Twitter, can now be reached only with a VPN in Iran.",
    );
    for (const p of ["Facebook", "Instagram", "X"]) expect(found).toContain(`Iranian government blocks ${p}`);
    expect(found).not.toContain("Iranian government blocks Meta");
  });
  it("keeps a possessor's name in a plain list as an item of its own", () => {
    const found = plain(
      "Apps including Snapchat, Apple's FaceTime, Discord and Signal have all been blocked in Iran.",
    );
    for (const p of ["Snapchat", "FaceTime", "Discord", "Signal"])
      expect(found).toContain(`Iranian government blocks ${p}`);
  });
});

describe("a counted group with its members 'among them'", () => {
  it("acts with each member named, in a verb of criticism and in a demand", () => {
    const lead = "Russia blocked Telegram. ";
    const condemned = plain(
      lead +
        "The same day 26 organisations, among them Amnesty International, Human Rights Watch and ARTICLE 19, condemned the block.",
    );
    expect(condemned).toEqual(
      expect.arrayContaining([
        "Amnesty International criticizes Russian government",
        "Human Rights Watch criticizes Russian government",
        "Article 19 criticizes Russian government",
      ]),
    );
    const demand = plain(
      lead +
        "The same day 26 organisations, among them Amnesty International and Human Rights Watch, called on Russia to stop the blocking.",
    );
    expect(demand).toEqual(
      expect.arrayContaining([
        "Amnesty International criticizes Russian government",
        "Human Rights Watch criticizes Russian government",
      ]),
    );
  });
});

describe("two names joined by a comma alone", () => {
  it("are no list of subjects: the last item of a list follows 'and' or 'or'", () => {
    const found = plain(
      "In 2023, after police killed a teenager, Nahel Merzouk, President Emmanuel Macron floated shutting down TikTok.",
    );
    expect(found).toContain("Emmanuel Macron blocks TikTok");
    expect(found.filter((t) => t.startsWith("Nahel Merzouk"))).toEqual([]);
  });
});
