// Ownership stated in passing, in sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("ownership in passing", () => {
  it("gives a platform named by its owner's description to that owner", () => {
    expect(
      plain("X was blocked in Pakistan. Officials said Elon Musk's platform had ignored instructions."),
    ).toContain("Elon Musk owns X");
  });
  it("reads '<person>'s company' as the platform the article is about, which the person owns", () => {
    expect(plain("Pakistan blocked X in February. Elon Musk's company ignored the order.")).toContain(
      "Elon Musk owns X",
    );
    // a person's company is no government agency
    expect(plain("Roskomnadzor blocked Telegram. Pavel Durov's company refused to comply.")).not.toContain(
      "Pavel Durov owns Roskomnadzor",
    );
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

describe("owners named by 'its' or 'their'", () => {
  it("gives 'their owner X' the platforms listed before, and 'its owner, X' the nearest", () => {
    expect(plain("Facebook and Instagram were blocked in 2022, with their owner Meta later fined.")).toEqual(
      expect.arrayContaining(["Meta owns Facebook", "Meta owns Instagram"]),
    );
    expect(plain("Telegram grew fast, and its owner, Pavel Durov, moved to Dubai.")).toContain(
      "Pavel Durov owns Telegram",
    );
  });
  it("keeps a bullet's lead-in action when the bullet names an owner", () => {
    const found = plain(
      "Australia banned the platforms for children. The ban covers:\n- Meta's Facebook and Instagram, plus its text app Threads\n- Snapchat and Reddit, with their owners watching",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Meta owns Threads",
        "Australian government bans Facebook",
        "Australian government bans Threads",
        "Australian government bans Reddit",
      ]),
    );
  });
  it("reads 'the Google-owned site' as the video site just named", () => {
    expect(
      plain("YouTube was added to the list. Minister Anika Wells said the Google-owned site would count."),
    ).toContain("Google owns YouTube");
  });
});

describe("owners in relative clauses and outlets by their last word", () => {
  it("reads 'who owns, edits and reports for X' as owning X, and an unknown '… News' as an outlet", () => {
    const r = extract("Ana Lupu, who owns, edits and writes for Prut Valley News, said traffic fell.");
    expect(r.mentions.find((m) => m.surface === "Prut Valley News")?.entity.category).toBe("media");
    expect(plain("Ana Lupu, who owns, edits and writes for Prut Valley News, said traffic fell.")).toContain(
      "Ana Lupu owns Prut Valley News",
    );
  });
  it("keeps a known outlet's name with 'News' after it as that outlet", () => {
    const r = extract("CBC News reported the block.");
    expect(r.mentions[0]?.entity.label).toBe("CBC");
  });
});

describe("an owner compound whose owner is named by its platform", () => {
  it("reads 'the Google-owned X' and 'the Facebook-owned Y' as the company owning each item", () => {
    expect(plain("Turkey restricted the Facebook-owned Instagram and Threads in August.")).toEqual(
      expect.arrayContaining(["Facebook owns Instagram", "Facebook owns Threads"]),
    );
  });
  it("keeps the first item of 'A and the A-owned B' in the list of what was blocked", () => {
    expect(plain("Iran cut the internet. Telegram and the Facebook-owned WhatsApp stopped working.")).toEqual(
      expect.arrayContaining(["Iranian government blocks Telegram", "Iranian government blocks WhatsApp"]),
    );
  });
  it("does not make a platform the owner of what a platform merely runs on", () => {
    expect(plain("Russia blocked the YouTube-operated channel Zorbo.")).not.toContain("YouTube owns Zorbo");
  });
});

describe("'launched by' as founding", () => {
  it("reads a platform 'launched by' a person or company as founded by them", () => {
    expect(
      plain("Iran blocked the messaging app Zorbo. Zorbo, launched by engineer Ali Rezaei, had grown fast."),
    ).toContain("Ali Rezaei founded Zorbo");
  });
  it("does not read an active 'launched' as founding (a state launches apps it does not found)", () => {
    expect(plain("Durov launched Telegram in 2013 and Russia launched Max in 2025.")).toEqual([]);
  });
});

describe("an owner in passing after a list", () => {
  it("owns only the items that have no owner of their own", () => {
    const out = plain(
      "Laos pressed Meta's Facebook, Google's YouTube and TikTok, owned by China's ByteDance, to remove posts.",
    );
    expect(out).toContain("ByteDance owns TikTok");
    expect(out).not.toContain("ByteDance owns Facebook");
    expect(out).not.toContain("ByteDance owns YouTube");
  });
  it("reads ', both owned by Meta,' as an aside, so the list is what the verb acts on", () => {
    const out = plain("Russia throttled YouTube. Facebook and Instagram, both owned by Meta, were blocked.");
    expect(out).toEqual(
      expect.arrayContaining(["Russian government blocks Facebook", "Russian government blocks Instagram"]),
    );
    expect(out).not.toContain("Russian government blocks Meta");
  });
});

describe("what competes with what", () => {
  it("reads 'competes with A and B' as an alternative to each", () => {
    expect(
      plain("Telegram, which competes with the Meta-owned WhatsApp and China's WeChat, faces pressure."),
    ).toEqual(expect.arrayContaining(["Telegram alternative_to WhatsApp", "Telegram alternative_to WeChat"]));
  });
  it("ends an owner compound's list at another possessor", () => {
    expect(
      plain("Telegram, which competes with the Meta-owned WhatsApp and China's WeChat, faces pressure."),
    ).not.toContain("Meta owns WeChat");
  });
});

describe("a platform a company's clause calls its own", () => {
  it("is the company's, past a place adjective", () => {
    expect(plain("Google removed 40 VPN apps from its Turkish Play Store in March.")).toEqual([
      "Google owns Google Play",
    ]);
    expect(plain("Apple took Signal out of its App Store in Iran.")).toEqual(
      expect.arrayContaining(["Apple owns App Store", "Apple blocks Signal"]),
    );
  });
  it("is not blocked by the company that removes apps from it", () => {
    expect(plain("Google removed 40 VPN apps from its Play Store.")).not.toContain(
      "Google blocks Google Play",
    );
  });
  it("is no one's when the clause's subject is not a company", () => {
    expect(plain("Roskomnadzor blocked Telegram and its Premium service.")).not.toContain(
      "Roskomnadzor owns Telegram Premium",
    );
  });
});

describe("an owner's list ends before 'as'", () => {
  it("reads '…, the owner of A and B, as the only …' as owning A and B only", () => {
    const text =
      "Google agreed to pay publishers. The deal leaves Meta, the owner of Facebook and Instagram, as the only tech giant still refusing.";
    const found = plain(text);
    expect(found).toEqual(expect.arrayContaining(["Meta owns Facebook", "Meta owns Instagram"]));
    expect(found).not.toContain("Meta owns Google");
  });
  it("still joins a list with 'as well as'", () => {
    expect(plain("Meta, the owner of Facebook as well as WhatsApp, objected.")).toEqual(
      expect.arrayContaining(["Meta owns Facebook", "Meta owns WhatsApp"]),
    );
  });
});

describe("a description that names the kind of platform", () => {
  it("is the fitting platform named earlier in its sentence: 'TikTok owner ByteDance … the video platform'", () => {
    const text =
      "YouTube stayed online in Texas. The bill would force TikTok owner ByteDance to sell the video platform within a year.";
    const found = plain(text);
    expect(found).toContain("ByteDance owns TikTok");
    expect(found).not.toContain("ByteDance owns YouTube");
  });
  it("leaves a bare 'the app' to the platform the story is about, past a platform named as a place", () => {
    const text =
      "Vietnam blocked Telegram on Monday. One user complained on Facebook that files kept in the app had become unreachable overnight.";
    const found = plain(text);
    expect(found).toContain("Vietnamese government blocks Telegram");
    expect(found).not.toContain("Vietnamese government blocks Facebook");
  });
});

describe("an owner's full name before an ownership compound", () => {
  it("'the Elon Musk-owned service' is owned by Elon Musk and is the platform in view, no new name", () => {
    const text =
      "Pakistan blocked X in February. The ministry said the Elon Musk-owned service had failed to obey lawful directives.";
    const found = plain(text);
    expect(found).toContain("Elon Musk owns X");
    expect(found.filter((t) => /Musk-owned/.test(t))).toEqual([]);
  });
  it("'the Jack Dorsey-backed app' is no entity named 'Jack Dorsey-backed'", () => {
    const r = extract("Apple also removed Damus, the Jack Dorsey-backed app, from its store in China.");
    expect(r.mentions.map((m) => m.surface).filter((x) => /-backed/.test(x))).toEqual([]);
  });
});

describe("a company's product named in apposition, and a company's company", () => {
  it("'FaceTime, Apple's video-calling tool,' is Apple's; the list it sits in goes on", () => {
    const found = plain("Russia blocked FaceTime, Apple's video-calling tool, and Telegram.");
    expect(found).toEqual(
      expect.arrayContaining([
        "Apple owns FaceTime",
        "Russian government blocks FaceTime",
        "Russian government blocks Telegram",
      ]),
    );
  });
  it("'Alphabet's Google' is owned by Alphabet", () => {
    expect(plain("App stores run by Apple and Alphabet's Google removed it.")).toContain(
      "Alphabet owns Google",
    );
  });
  it("'built by the US company OpenAI': the company built it, not the country before its head noun", () => {
    const found = plain(
      "ChatGPT, the chatbot built by the Microsoft-backed US company OpenAI, was blocked in Italy.",
    );
    expect(found).toContain("OpenAI owns ChatGPT");
    expect(found).not.toContain("U.S. government owns ChatGPT");
  });
  it("keeps agents joined by 'and': 'founded by A and B'", () => {
    expect(plain("Koo was founded by entrepreneurs Aprameya Radhakrishna and Mayank Bidawatka.")).toEqual(
      expect.arrayContaining(["Aprameya Radhakrishna founded Koo", "Mayank Bidawatka founded Koo"]),
    );
  });
});

describe("a name a company possesses that the lexicon lacks", () => {
  it("is its product, a platform: 'Facebook's Free Basics'", () => {
    const found = plain("Egypt suspended Facebook's Free Basics in December.");
    expect(found).toContain("Egyptian government blocks Free Basics");
    expect(found).not.toContain("Egyptian government blocks Facebook");
  });
  it("is a person when it reads as one, and a publication is no product", () => {
    expect(plain("Meta's Nick Clegg said the company would comply.")).toContain("Nick Clegg represents Meta");
    expect(
      plain("Google's Transparency Report showed the outage.").filter((t) => /Transparency/.test(t)),
    ).toEqual([]);
  });
});

describe("an owner's compound before a list", () => {
  it("owns the items of the first one's kind: 'the Meta-owned WhatsApp and Instagram'", () => {
    expect(plain("Users moved to the Meta-owned WhatsApp and Instagram.")).toEqual(
      expect.arrayContaining(["Meta owns WhatsApp", "Meta owns Instagram"]),
    );
  });
  it("stops at an item of another kind: 'the ByteDance-owned TikTok and Microsoft'", () => {
    expect(
      plain("Google dropped the app, and the ByteDance-owned TikTok and Microsoft followed."),
    ).not.toContain("ByteDance owns Microsoft");
  });
});

describe("ownership said with 'belongs to', a company's products, or a company's parent", () => {
  it("reads 'X, which belongs to Y' and 'X belongs to Y' as Y owning X", () => {
    expect(plain("Gmail, which belongs to Google, was slowed in Russia.")).toContain("Google owns Gmail");
    expect(plain("Instagram belongs to Meta.")).toContain("Meta owns Instagram");
  });
  it("reads past a possessor to the owner: 'belongs to Google's parent company Alphabet'", () => {
    const found = plain("YouTube, which belongs to Google's parent company Alphabet, was blocked.");
    expect(found).toEqual(expect.arrayContaining(["Alphabet owns YouTube", "Alphabet owns Google"]));
  });
  it("gives a company the products it lists: 'Meta products, namely A, B and C'", () => {
    expect(
      plain("Other Meta products, namely Facebook, Instagram and WhatsApp, were still offered."),
    ).toEqual(expect.arrayContaining(["Meta owns Facebook", "Meta owns Instagram", "Meta owns WhatsApp"]));
  });
  it("owns nothing that only belongs somewhere figuratively: 'belongs to the past'", () => {
    expect(plain("Telegram belongs to the past, critics said.")).toEqual([]);
  });
});

describe("an owner compound before a list", () => {
  it("does not extend to a platform that is its own company: 'the Meta-owned WhatsApp and Telegram'", () => {
    const found = plain("Viber ranked third, behind the Meta-owned WhatsApp and Telegram.");
    expect(found).toContain("Meta owns WhatsApp");
    expect(found).not.toContain("Meta owns Telegram");
  });
  it("still covers every platform of the owner's: 'the Meta-owned Facebook and Instagram'", () => {
    const found = plain("The Meta-owned Facebook and Instagram were blocked in Russia.");
    expect(found).toContain("Meta owns Facebook");
    expect(found).toContain("Meta owns Instagram");
  });
});

describe("a relative clause on a description in apposition", () => {
  it("is on the name beside it: 'Starlink, the satellite company Elon Musk controls'", () => {
    expect(
      plain("The court froze the accounts of Starlink, the satellite internet company Elon Musk controls."),
    ).toContain("Elon Musk owns Starlink");
    expect(plain("The court froze the accounts of Starlink, the company that Elon Musk owns.")).toContain(
      "Elon Musk owns Starlink",
    );
  });
});

describe("a relative clause with a pronoun subject on a platform", () => {
  it("gives what the clause says: 'wrote on VKontakte, the social network he founded'", () => {
    expect(
      plain("Russia blocked Telegram. Pavel Durov wrote on VKontakte, the social network he founded."),
    ).toContain("Pavel Durov founded VKontakte");
    expect(plain("Russia blocked Telegram. Pavel Durov wrote on VKontakte, which he founded.")).toContain(
      "Pavel Durov founded VKontakte",
    );
  });
});

describe("an unknown owner named after a participle of holding", () => {
  it("is a company: 'controlled by <Name>', 'acquired by <Name>'", () => {
    expect(plain("Rutube is controlled by Gazprombank.")).toContain("Gazprombank owns Rutube");
    expect(plain("Odnoklassniki, which was acquired by Mailru Holdco, was slowed.")).toContain(
      "Mailru Holdco owns Odnoklassniki",
    );
  });
  it("is no owner after a participle that holds nothing", () => {
    const found = plain("VK was praised by Gazprombank.");
    expect(found.filter((t) => t.includes("owns"))).toEqual([]);
  });
});

describe("a company in apposition as what a platform is made by", () => {
  it("owns what it is 'the company behind'", () => {
    expect(
      plain("Tencent, the Shenzhen-based company behind the messaging app WeChat, said it would comply."),
    ).toContain("Tencent owns WeChat");
    expect(plain("VK, the firm behind ICQ and Odnoklassniki, was fined.")).toEqual(
      expect.arrayContaining(["VK owns ICQ", "VK owns Odnoklassniki"]),
    );
  });
  it("owns the platforms an apposition calls its products", () => {
    expect(plain("Instagram and Threads, both Meta apps, were restricted.")).toEqual(
      expect.arrayContaining(["Meta owns Instagram", "Meta owns Threads"]),
    );
    expect(plain("Gmail, a Google service, was briefly unreachable.")).toContain("Google owns Gmail");
  });
  it("is no owner of an act it is behind", () => {
    const found = plain("Roskomnadzor, the agency behind the block, said it would stay.");
    expect(found.filter((t) => t.includes("owns"))).toEqual([]);
  });
});

describe("unknown names told by who made or runs them", () => {
  it("discovers a name whose apposition says who founded or runs it", () => {
    expect(plain("Chernaya Pravda, founded by blogger Anton Volkov, was banned in May.")).toContain(
      "Anton Volkov founded Chernaya Pravda",
    );
    expect(
      plain(
        "Because the island has one mobile operator, Tonfon, run by the public Office des Télécommunications, TikTok could be blocked at once.",
      ),
    ).toContain("Office des Télécommunications owns Tonfon");
  });
  it("keeps a country's name that opens such a name", () => {
    expect(plain("Belarus Chronicle, founded by blogger Anton Volkov, was banned in May.")).toContain(
      "Anton Volkov founded Belarus Chronicle",
    );
  });
  it("reads a company after the noun of its trade and an owner past its country", () => {
    expect(plain("The mobile operator Ncell blocked TikTok on Friday.")).toContain("Ncell blocks TikTok");
    expect(plain("Rutube is controlled by Russia's Gazprombank.")).toContain("Gazprombank owns Rutube");
  });
  it("founds a programme named after the noun 'program'", () => {
    expect(
      plain(
        "Wayne Holdsworth, a Melbourne father who founded the mental health program Smacktalk, backed the ban.",
      ),
    ).toContain("Wayne Holdsworth founded Smacktalk");
  });
});

describe("an owner or backer compound before a description and a name", () => {
  it("owns the name after the description: 'the Meta-owned messaging service WhatsApp'", () => {
    expect(plain("The Google-owned video service YouTube was slowed in Russia.")).toContain(
      "Google owns YouTube",
    );
  });
  it("promotes the platform it backs, and nothing past the phrase's verb", () => {
    expect(plain("The Kremlin-backed messenger Max was preinstalled on phones.")).toContain(
      "Russian government promotes Max",
    );
    expect(plain("Kremlin-backed hackers attacked Telegram.").filter((t) => t.includes("promotes"))).toEqual(
      [],
    );
  });
});

describe("a founder or buyer named in a relative clause of an apposition", () => {
  it("founded what 'whose founder' is said of", () => {
    expect(
      plain("Signal, whose founder Moxie Marlinspike left the company in 2022, was blocked in Russia."),
    ).toContain("Moxie Marlinspike founded Signal");
  });
  it("founded or owns 'the network X founded', 'the platform X bought'", () => {
    expect(plain("Posting on Telegram, the messenger Pavel Durov founded, users mocked the ban.")).toContain(
      "Pavel Durov founded Telegram",
    );
    expect(plain("Twitter, the platform Elon Musk bought in 2022, was blocked in Turkey.")).toContain(
      "Elon Musk owns X",
    );
  });
  it("reads 'he' as the person the main clause goes on with", () => {
    expect(plain("Writing on VKontakte, the social network he founded, Durov mocked the ban.")).toContain(
      "Pavel Durov founded VKontakte",
    );
  });
});

describe("a state-owned company in apposition", () => {
  it("is the state's: 'Ethio Telecom, the state-owned operator,'", () => {
    expect(
      plain(
        "Ethiopia blocked TikTok. Ethio Telecom, the state-owned operator, declined to comment on the block.",
      ),
    ).toContain("Ethiopian government owns Ethio Telecom");
  });
  it("is not what a possessive apposition owns", () => {
    const found = plain(
      "Ethiopia blocked TikTok. Safaricom, the state-owned operator's rival, declined to comment on the block.",
    );
    expect(found.filter((t) => t.includes("owns Safaricom"))).toEqual([]);
  });
});

describe("under someone's control", () => {
  it("makes the controller the owner of a platform, outlet or company", () => {
    expect(
      plain("RT and Sputnik are under the direct or indirect control of the Russian authorities."),
    ).toEqual(["Russian government owns RT", "Russian government owns Sputnik"]);
    expect(plain("RT, under the Kremlin's control, kept broadcasting.")).toContain(
      "Russian government owns RT",
    );
    expect(plain("Telegram is under the control of Pavel Durov.")).toEqual(["Pavel Durov owns Telegram"]);
  });
  it("gives no ownership of places or people, nor control 'over' or 'by' something else", () => {
    expect(plain("The region was under the control of Russia.")).toEqual([]);
    expect(
      plain("Telegram is under the threat of a block by Russia.").filter((t) => t.includes("owns")),
    ).toEqual([]);
  });
});

describe("a subsidiary or a parent named in passing", () => {
  it("'X, the German arm of Y' and 'X, a unit of France's Y': Y owns X", () => {
    expect(plain("RT DE, the German arm of RT, was banned in 2022.")).toContain("RT owns RT DE");
    expect(plain("Orange Senegal, a unit of France's Orange, declined to comment.")).toContain(
      "Orange owns Sonatel",
    );
    expect(plain("Kominfo, the arm of the Indonesian government, blocked Steam.")).toEqual([
      "Kominfo blocks Steam",
    ]);
  });
  it("'X and its parent (company), Y': Y owns X", () => {
    expect(plain("TikTok and its Chinese parent ByteDance sued the government.")).toContain(
      "ByteDance owns TikTok",
    );
    expect(plain("WhatsApp and its parent company, Meta, filed suit.")).toContain("Meta owns WhatsApp");
    expect(plain("Telegram and its founder Pavel Durov refused.")).not.toContain("Pavel Durov owns Telegram");
  });
});

describe("'its owner' in apposition to a person", () => {
  it("owns the platform 'its' stands for, in the sentence or before it", () => {
    const text =
      "Maduro ordered the platform X suspended, accusing Elon Musk, its owner, of inciting hatred.";
    expect(plain(text)).toContain("Elon Musk owns X");
    expect(plain("X was blocked in Venezuela. Maduro accused Elon Musk, its owner, of lying.")).toContain(
      "Elon Musk owns X",
    );
  });
});

describe("alternatives named with no 'to'", () => {
  it("are alternatives to the platform censored just before, else to the one the article is about", () => {
    const after = plain(
      "Vietnam blocked Telegram in June, and outlets listed alternatives like Zalo and Viber.",
    );
    expect(after).toEqual(
      expect.arrayContaining(["Zalo alternative_to Telegram", "Viber alternative_to Telegram"]),
    );
    const topic = plain(
      "Vietnam blocked Telegram in June. Many users grumbled. Local outlets pointed readers to alternatives such as Zalo and Viber.",
    );
    expect(topic).toEqual(
      expect.arrayContaining(["Zalo alternative_to Telegram", "Viber alternative_to Telegram"]),
    );
  });
  it("are none when no platform is censored or in focus", () => {
    expect(plain("Outlets listed alternatives like Zalo and Viber.")).toEqual([]);
  });
});

describe("'them' as the object", () => {
  it("is the platforms named together just before", () => {
    expect(
      plain("Apple removed WhatsApp and Threads. Meta, which owns them, sent questions back to Apple."),
    ).toEqual(expect.arrayContaining(["Meta owns WhatsApp", "Meta owns Threads"]));
    expect(plain("Russia named Signal and Viber. Roskomnadzor blocked them in 2024.")).toEqual(
      expect.arrayContaining(["Roskomnadzor blocks Signal", "Roskomnadzor blocks Viber"]),
    );
  });
  it("is no one when no platforms were named together", () => {
    expect(plain("Police arrested two activists and charged them.")).toEqual([]);
  });
});

describe("a list with 'all of them <company> products'", () => {
  it("is the company's", () => {
    const found = plain("Facebook, Instagram and Messenger, all of them Meta products, were left in place.");
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining(["Meta owns Facebook", "Meta owns Facebook Messenger", "Meta owns Instagram"]),
    );
    expect(plain("Signal and Telegram, all of them apps, stayed.")).toEqual([]);
  });
});

describe("possessives that name no platform owned", () => {
  it("'X's own Telegram channel' is a channel on Telegram, and 'Google's app store' no app of Google's", () => {
    const lead = "Russia blocked Telegram. ";
    expect(plain(lead + "Tsikhanouskaya's own Telegram channel was ruled extremist.")).toEqual([
      "Russian government blocks Telegram",
    ]);
    expect(
      plain(lead + "Users rushed to install Viber, and Google's app store was said to be straining."),
    ).toEqual(["Russian government blocks Telegram"]);
    expect(plain("Elon Musk's platform X was blocked in Russia.")).toContain("Elon Musk owns X");
  });
  it("an unresolved possessor before a title leaves the office unknown", () => {
    const text =
      "Users rushed to install Viber, so Google's app store was straining, and the ministry's spokesperson, Gajendra Thakur, said Meta had emailed.";
    expect(plain(text).filter((t) => t.includes("represents"))).toEqual([]);
  });
});
