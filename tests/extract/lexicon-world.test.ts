// The world lexicon (graph/lexicon/entities.json): institutions, platforms, companies and media that
// real coverage names, recognised in sentences of our own with the right kind and category.
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../../graph/extract/index.ts";
import { extract, plain } from "./helpers.ts";

const lex = defaultLexicon();
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** The entity a sentence names with `surface`, as label, kind and category. */
function named(sentence: string, surface: string): string | undefined {
  const m = extract(sentence).mentions.find((x) => x.surface === surface);
  return m && `${m.entity.label} [${m.entity.kind}/${m.entity.category}]`;
}

describe("world lexicon data", () => {
  it("gives no two entities the same name or alias, whatever the case", () => {
    const owners = new Map<string, Set<string>>();
    for (const e of lex.entities)
      for (const form of [e.name, ...e.aliases]) {
        const set = owners.get(norm(form)) ?? new Set<string>();
        set.add(e.name);
        owners.set(norm(form), set);
      }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([form, n]) => `${form}: ${[...n]}`);
    expect(shared).toEqual([]);
  });

  it("gives no entity a name that a country's government or a collective group already has", () => {
    const taken = new Map<string, string>();
    for (const c of lex.countries) {
      const label = c.name ?? `${c.demonym} government`;
      const forms = [label, c.country, c.capital ?? "", ...(c.seats ?? []), ...(c.aliases ?? [])];
      for (const n of lex.governmentNouns) forms.push(`${c.demonym} ${n}`, `${c.country}'s ${n}`);
      forms.push(`government of ${c.country}`);
      for (const f of forms) if (f) taken.set(norm(f), label);
    }
    for (const [label, ...forms] of lex.groups)
      for (const f of [label!, ...forms]) taken.set(norm(f), label!);
    const clashes = lex.entities.flatMap((e) =>
      [e.name, ...e.aliases]
        .filter((f) => taken.has(norm(f)))
        .map((f) => `${e.name}: ${f} (${taken.get(norm(f))})`),
    );
    expect(clashes).toEqual([]);
  });

  it("places every government body in a country of countries.json", () => {
    const countries = new Set(lex.countries.map((c) => c.country));
    const unknown = lex.entities.filter((e) => e.country && !countries.has(e.country)).map((e) => e.name);
    expect(unknown).toEqual([]);
    const covered = new Set(lex.entities.filter((e) => e.country).map((e) => e.country));
    expect(covered.size).toBeGreaterThanOrEqual(40);
  });

  it("names no platform or company by a relation ('Apple's App Store', 'TikTok owner ByteDance'): the builder reads those", () => {
    const owners = new Set(
      lex.entities
        .filter((e) => e.category === "company" || e.category === "person")
        .flatMap((e) => [e.name, ...e.aliases]),
    );
    const relational = lex.entities
      .filter((e) => e.kind === "platform" || e.category === "company")
      .flatMap((e) => e.aliases.map((a) => [e.name, a] as const))
      .filter(([, a]) => owners.has(a.split("'s ")[0]!) || /\b(?:parent|owner)\b/.test(a))
      .filter(([, a]) => a.includes("'s ") || /\b(?:parent|owner)\b/.test(a));
    expect(relational).toEqual([]);
  });

  it("gives offices only to people, each naming an entity or a country of the lexicon", () => {
    const known = new Set([...lex.entities.map((e) => e.name), ...lex.countries.map((c) => c.country)]);
    const bad = lex.entities
      .filter((e) => e.office && (e.category !== "person" || !known.has(e.office)))
      .map((e) => `${e.name}: ${e.office}`);
    expect(bad).toEqual([]);
    expect(lex.entities.filter((e) => e.office).length).toBeGreaterThanOrEqual(50);
  });

  it("is broad across kinds and platform categories", () => {
    const count = (pred: (e: (typeof lex.entities)[number]) => boolean) => lex.entities.filter(pred).length;
    expect(count((e) => e.category === "government")).toBeGreaterThan(400);
    expect(count((e) => e.kind === "platform")).toBeGreaterThan(250);
    expect(count((e) => e.category === "company")).toBeGreaterThan(150);
    expect(count((e) => e.category === "media")).toBeGreaterThan(150);
    for (const category of ["payment", "game", "ai", "news", "vpn", "encyclopedia"])
      expect(
        count((e) => e.category === category),
        category,
      ).toBeGreaterThan(0);
  });
});

describe("world lexicon mentions", () => {
  const cases: [sentence: string, surface: string, expected: string][] = [
    // regulators, with "country" and descriptions of their own
    ["Uzkomnazorat restricted access to the site.", "Uzkomnazorat", "O'zkomnazorat [actor/government]"],
    // a product named by its own word in a list of platforms
    ["Users lost Instagram, Messenger and WhatsApp.", "Messenger", "Facebook Messenger [platform/messenger]"],
    [
      "Uganda's telecoms regulator told providers to suspend the service.",
      "Uganda's telecoms regulator",
      "Uganda Communications Commission [actor/government]",
    ],
    [
      "POTRAZ ordered operators to shut down the network.",
      "POTRAZ",
      "Postal and Telecommunications Regulatory Authority of Zimbabwe [actor/government]",
    ],
    [
      "The TCRA suspended the licence.",
      "TCRA",
      "Tanzania Communications Regulatory Authority [actor/government]",
    ],
    [
      "PEMRA banned the broadcast.",
      "PEMRA",
      "Pakistan Electronic Media Regulatory Authority [actor/government]",
    ],
    [
      "The NBTC told operators to act.",
      "NBTC",
      "National Broadcasting and Telecommunications Commission [actor/government]",
    ],
    [
      "The KCSC ordered the page removed.",
      "KCSC",
      "Korea Communications Standards Commission [actor/government]",
    ],
    [
      "ACMA warned the broadcaster.",
      "ACMA",
      "Australian Communications and Media Authority [actor/government]",
    ],
    [
      "The CRTC issued new rules.",
      "CRTC",
      "Canadian Radio-television and Telecommunications Commission [actor/government]",
    ],
    ["Arcom ordered the channels off the air.", "Arcom", "Arcom [actor/government]"],
    ["The Bundesnetzagentur opened a case.", "Bundesnetzagentur", "Bundesnetzagentur [actor/government]"],
    ["AGCOM fined the company.", "AGCOM", "AGCOM [actor/government]"],
    ["The AEPD opened an investigation.", "AEPD", "Spanish Data Protection Agency [actor/government]"],
    ["Coimisiún na Meán published its code.", "Coimisiún na Meán", "Coimisiún na Meán [actor/government]"],
    ["The UODO fined the bank.", "UODO", "Personal Data Protection Office [actor/government]"],
    ["The ICO fined the company.", "ICO", "Information Commissioner's Office [actor/government]"],
    [
      "Kenya's privacy watchdog issued a notice.",
      "Kenya's privacy watchdog",
      "Office of the Data Protection Commissioner [actor/government]",
    ],
    [
      "The ANPD suspended the policy.",
      "ANPD",
      "Brazilian National Data Protection Authority [actor/government]",
    ],
    [
      "The Korea Fair Trade Commission fined Google.",
      "Korea Fair Trade Commission",
      "Korea Fair Trade Commission [actor/government]",
    ],
    ["SAMR fined Alibaba.", "SAMR", "State Administration for Market Regulation [actor/government]"],
    // ministries, courts, parliaments, prosecutors, security services
    [
      "MeitY issued blocking orders.",
      "MeitY",
      "Ministry of Electronics and Information Technology [actor/government]",
    ],
    [
      "The Ministry of Digital Economy and Society filed a complaint.",
      "Ministry of Digital Economy and Society",
      "Ministry of Digital Economy and Society [actor/government]",
    ],
    ["Komdigi asked the platform to register.", "Komdigi", "Kominfo [actor/government]"],
    [
      "The Karnataka High Court dismissed the petition.",
      "Karnataka High Court",
      "Karnataka High Court [actor/government]",
    ],
    [
      "The Sindh High Court ordered the restoration.",
      "Sindh High Court",
      "Sindh High Court [actor/government]",
    ],
    [
      "Nepal's Supreme Court issued an interim order.",
      "Nepal's Supreme Court",
      "Supreme Court of Nepal [actor/government]",
    ],
    [
      "The Audiencia Nacional ordered the suspension.",
      "Audiencia Nacional",
      "Audiencia Nacional [actor/government]",
    ],
    [
      "The Tverskoy District Court declared the company extremist.",
      "Tverskoy District Court",
      "Tverskoy District Court [actor/government]",
    ],
    ["The Verkhovna Rada passed the bill.", "Verkhovna Rada", "Verkhovna Rada [actor/government]"],
    ["The Sejm adopted the law.", "Sejm", "Sejm [actor/government]"],
    [
      "The Paris prosecutor's office opened an inquiry.",
      "Paris prosecutor's office",
      "Paris prosecutor's office [actor/government]",
    ],
    ["The SBU detained the administrators.", "SBU", "Security Service of Ukraine [actor/government]"],
    ["The IRGC arrested the bloggers.", "IRGC", "Islamic Revolutionary Guard Corps [actor/government]"],
    [
      "The Texas Attorney General sued the company.",
      "Texas Attorney General",
      "Texas Attorney General [actor/government]",
    ],
    [
      "The D.C. Circuit upheld the law.",
      "D.C. Circuit",
      "U.S. Court of Appeals for the District of Columbia Circuit [actor/government]",
    ],
    [
      "The European Parliament voted for the act.",
      "European Parliament",
      "European Parliament [actor/government]",
    ],
    // platforms of every category, with their other spellings
    ["Users moved to RedNote.", "RedNote", "Xiaohongshu [platform/social network]"],
    ["Zalo was suspended.", "Zalo", "Zalo [platform/messenger]"],
    ["The regulator blocked OK.ru.", "OK.ru", "Odnoklassniki [platform/social network]"],
    ["Bilibili removed the videos.", "Bilibili", "Bilibili [platform/video]"],
    ["Rubika was promoted by the state.", "Rubika", "Rubika [platform/messenger]"],
    ["Ekşi Sözlük was blocked.", "Ekşi Sözlük", "Ekşi Sözlük [platform/social network]"],
    ["Visitors turned to Substack.", "Substack", "Substack [platform/social network]"],
    ["Regulators questioned Claude.", "Claude", "Claude [platform/ai]"],
    ["DeepSeek was removed from the stores.", "DeepSeek", "DeepSeek [platform/ai]"],
    ["The Mir payment system spread.", "Mir payment system", "Mir [platform/payment]"],
    ["Customers used M-Pesa.", "M-Pesa", "M-Pesa [platform/payment]"],
    ["Steam was blocked.", "Steam", "Steam [platform/game]"],
    ["Players left Roblox.", "Roblox", "Roblox [platform/game]"],
    ["Many installed NordVPN.", "NordVPN", "NordVPN [platform/vpn]"],
    ["Readers opened Dzen.", "Dzen", "Dzen [platform/news]"],
    ["Users searched Naver Search.", "Naver Search", "Naver Search [platform/search]"],
    // companies and media
    ["VK developed the app.", "VK", "VK [actor/company]"],
    ["Epic Games sued the company.", "Epic Games", "Epic Games [actor/company]"],
    ["Anthropic released a model.", "Anthropic", "Anthropic [actor/company]"],
    ["ETECSA cut mobile data.", "ETECSA", "ETECSA [actor/company]"],
    ["Ethio Telecom restored the service.", "Ethio Telecom", "Ethio Telecom [actor/company]"],
    ["Russia Today reported the ban.", "Russia Today", "RT [actor/media]"],
    ["KCNA published the statement.", "KCNA", "Korean Central News Agency [actor/media]"],
    ["Rappler kept publishing.", "Rappler", "Rappler [actor/media]"],
  ];
  it.each(cases)("%s", (sentence, surface, expected) => {
    expect(named(sentence, surface)).toBe(expected);
  });

  it("keeps an ambiguous platform name apart from a longer proper name and from the common word", () => {
    expect(named("Claude Monet painted the river.", "Claude")).toBeUndefined();
    expect(named("Senator Josh Hawley spoke.", "Josh")).toBeUndefined();
    expect(named("The steam rose from the vents.", "steam")).toBeUndefined();
    expect(named("The Sputnik V vaccine was approved.", "Sputnik")).toBeUndefined();
  });

  it("builds relations with the new entities", () => {
    expect(plain("Ofcom fined 4chan.")).toEqual(["Ofcom fines 4chan"]);
    expect(plain("The Dutch DPA fined Uber.")).toEqual(["Dutch Data Protection Authority fines Uber"]);
    expect(plain("India blocked ShareChat and Moj.")).toEqual([
      "Indian government blocks Moj",
      "Indian government blocks ShareChat",
    ]);
  });
});

describe("press freedom groups", () => {
  it("are a collective of their own, under their several spellings", () => {
    expect(plain("Belarus banned Nexta. Press-freedom organisations condemned the ban.")).toContain(
      "Press freedom groups criticizes Belarusian government",
    );
    expect(plain("Belarus banned Nexta. Rights groups and media freedom groups condemned the ban.")).toEqual(
      expect.arrayContaining([
        "Rights groups criticizes Belarusian government",
        "Press freedom groups criticizes Belarusian government",
      ]),
    );
  });
});

describe("a country's state named by a plural noun placed in it", () => {
  it("is the country's government: 'Regulators in Brazil', 'authorities in Turkey'", () => {
    expect(plain("Regulators in Brazil fined Meta.")).toEqual(["Brazilian government fines Meta"]);
    expect(named("Twitter was throttled by authorities in Turkey.", "authorities in Turkey")).toBe(
      "Turkish government [actor/government]",
    );
  });
});
