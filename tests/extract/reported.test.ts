// Reported speech whose speaker comes after the claim, or inside it: "…, Sidorenko said",
// "…, said Nemkin", "The app, he said, kept …". Sentences of our own.
import { describe, expect, it } from "vitest";
import { extract, plain } from "./helpers.ts";

describe("a speaker after the claim", () => {
  it("accuses the claim's subject when the claim is negative", () => {
    expect(plain("Signal failed to remove banned content, Anton Nemkin said.")).toContain(
      "Anton Nemkin accuses Signal",
    );
    expect(plain('Viber "ignored every request from regulators", Elina Sidorenko told reporters.')).toContain(
      "Elina Sidorenko accuses Viber",
    );
  });
  it("reads 'said <speaker>' and 'was quoted as saying'", () => {
    expect(plain("Discord kept violating Russian law, said Anton Nemkin, a member of the Duma.")).toContain(
      "Anton Nemkin accuses Discord",
    );
    expect(plain("Telegram refused to hand over its keys, Dmitry Volkov was quoted as saying.")).toContain(
      "Dmitry Volkov accuses Telegram",
    );
  });
  it("reads a speaker between the claim's subject and its predicate", () => {
    const text =
      "Reporters asked Anton Nemkin about Telegram. The messenger, he said, had ignored court orders.";
    expect(plain(text)).toContain("Anton Nemkin accuses Telegram");
  });
  it("accuses no one of what is done to them or of a neutral statement", () => {
    expect(
      plain("Viber will be given a year to comply before penalties are imposed, Anton Nemkin said."),
    ).not.toContain("Anton Nemkin accuses Viber");
    expect(plain("Viber remains popular in Ukraine, Anton Nemkin said.")).not.toContain(
      "Anton Nemkin accuses Viber",
    );
  });
  it("leaves an act in the claim to its own cue", () => {
    expect(plain("Roskomnadzor blocked Viber on Friday, Anton Nemkin said.")).toEqual([
      "Roskomnadzor blocks Viber",
    ]);
  });
  it("does not take the speaker for one more item of a list", () => {
    expect(plain("Russia blocked Viber, Elina Sidorenko said.")).toEqual(["Russian government blocks Viber"]);
  });
});

describe("attribution to a source named before or after the claim", () => {
  it("reads 'the <source> said' after the claim and a plural description as its subject", () => {
    expect(plain("The EU banned RT and Sputnik. Both outlets spread propaganda, the Council said.")).toEqual(
      expect.arrayContaining(["Council accuses RT", "Council accuses Sputnik"]),
    );
  });
  it("accuses every outlet a description after 'According to X,' stands for", () => {
    expect(
      plain("The EU banned RT and Sputnik. According to the Council, both outlets spread propaganda."),
    ).toEqual(expect.arrayContaining(["Council accuses RT", "Council accuses Sputnik"]));
  });
  it("counts destabilising neighbours as a charge", () => {
    expect(plain("According to the Council, RT served to destabilise the region.")).toContain(
      "Council accuses RT",
    );
  });
});

describe("a claim written rather than said", () => {
  it("reads 'wrote (on <platform>) that' as a claim, and never accuses the medium", () => {
    const found = plain("Anton Nemkin wrote on Telegram that Viber had ignored Russian law for years.");
    expect(found).toContain("Anton Nemkin accuses Viber");
    expect(found).not.toContain("Anton Nemkin accuses Telegram");
    expect(plain("Pavel Durov wrote in a post on X that Roskomnadzor had acted illegally.")).toEqual([
      "Pavel Durov accuses Roskomnadzor",
    ]);
  });
  it("leaves a court's written opinion alone", () => {
    const text =
      "The appeals court upheld the law, with Senior Judge Ann Lowry writing that ByteDance posed a grave threat.";
    expect(plain(text).filter((t) => t.includes("accuses"))).toEqual([]);
  });
});

describe("a claim that only judges", () => {
  it("criticises rather than accuses", () => {
    expect(plain("Anton Nemkin said that Viber was going in the wrong direction.")).toContain(
      "Anton Nemkin criticizes Viber",
    );
    expect(
      plain("Anton Nemkin said Viber's conduct was unacceptable and that Viber broke the law."),
    ).toContain("Anton Nemkin accuses Viber");
  });
});

describe("a name given to an act", () => {
  it("targets no platform named inside the name", () => {
    expect(plain('After the vote, ByteDance called it "a TikTok ban" and vowed to fight it.')).toEqual([]);
  });
});

describe("the block a company began without naming a platform", () => {
  it("is the company's when critics call 'the block' names", () => {
    const text =
      "Brazil passed a news law. Google began stripping news from Brazilian search results on Monday. Senator Ana Souza called the block reckless.";
    expect(plain(text)).toContain("Ana Souza criticizes Google");
  });
  it("leaves 'the act' the state's, though the company acted last", () => {
    const text =
      "Brazil passed a news law. Google began stripping news from Brazilian search results on Monday. Google's spokeswoman Rita Dias said the act wrongly assumed that the company profits from news.";
    expect(plain(text)).toContain("Rita Dias criticizes Brazilian government");
  });
});

describe("a reason given for an act", () => {
  it("that charges the platform is an accusation by whoever reports it", () => {
    expect(
      plain(
        "Uganda blocked Telegram in May. Minister Ruth Nankabirwa said the government had blocked the platform because it spread extremist content.",
      ),
    ).toContain("Ruth Nankabirwa accuses Telegram");
    expect(plain("Uganda blocked Facebook because it allowed pornography.")).toContain(
      "Ugandan government accuses Facebook",
    );
  });
  it("that charges no wrong, or the platform's users, accuses no one", () => {
    expect(plain("Uganda blocked Facebook because it was popular with critics.")).not.toContain(
      "Ugandan government accuses Facebook",
    );
    expect(plain("Uganda blocked Facebook because it was being used to spread hate speech.")).not.toContain(
      "Ugandan government accuses Facebook",
    );
  });
  it("that is itself an act charges no one: 'few will notice, because both apps were already blocked'", () => {
    const found = plain(
      "Google pulled Signal and Threads from its store in Iran. Few users will notice, because both apps were already blocked by Iran.",
    );
    expect(found).toContain("Iranian government blocks Signal");
    expect(found.filter((t) => t.includes("accuses"))).toEqual([]);
  });
});

describe("'it' in a person's claim, right after an act", () => {
  it("is the act, so the judgement is of its author", () => {
    expect(
      plain(
        'Peru banned Kick and Twitch on Monday. Lucia Paz, an analyst at the Lima Press Institute, warned it would "silence a generation".',
      ),
    ).toContain("Lucia Paz criticizes Peruvian government");
    expect(
      plain(
        "The Peruvian government barred Kick in June. A press union said the ban was unlawful. Lucia Paz said it set a dangerous precedent.",
      ),
    ).toContain("Lucia Paz criticizes Peruvian government");
  });
  it("is not the act when nothing was done or named in the sentence before", () => {
    expect(
      plain(
        "Peru banned Kick and Twitch on Monday. The streamers went on with their shows. Lucia Paz said it would set a dangerous precedent.",
      ),
    ).not.toContain("Lucia Paz criticizes Peruvian government");
  });
});

describe("a participle of speech after a reported clause", () => {
  it("goes on with the speaker, not the reported clause's subject", () => {
    const text =
      'Meta blocked news in Brazil. On Monday, Lula said Instagram was "putting profits ahead of safety", calling the company\'s conduct shameful.';
    expect(plain(text)).toContain("Luiz Inácio Lula da Silva criticizes Meta");
    expect(plain(text)).not.toContain("Instagram criticizes Meta");
  });
});

describe("a law criticised after a company acted", () => {
  it("is the article's state's, not an agency's named since", () => {
    const text =
      "Brazil passed a news law in May. Meta blocked news on Facebook in June. Pages of the National Meteorological Agency were emptied. Google said it would pull news from Search, calling the law unworkable.";
    expect(plain(text)).toContain("Google criticizes Brazilian government");
    expect(plain(text)).not.toContain("Google criticizes National Meteorological Agency");
  });
});

describe("pronouns and relatives as the one accused or judged", () => {
  it("'whom X had accused' accuses the antecedent, a person named after a title", () => {
    expect(
      plain(
        "The commission rejected his claims, as did Chief Justice Qazi Faez Isa, whom Imran Khan had accused.",
      ),
    ).toContain("Imran Khan accuses Qazi Faez Isa");
  });
  it("'accused it of' is not the organisation the speaker represents", () => {
    const found = plain(
      "Belarus outlawed the channel Nexta Live in March. Interior Ministry spokeswoman Olga Chemodanova accused it of urging vandalism.",
    );
    expect(found).toContain("Olga Chemodanova accuses Nexta Live");
    expect(found).not.toContain("Olga Chemodanova accuses Belarusian Interior Ministry");
  });
  it("'called it censorship' right after an act judges the act's author", () => {
    const found = plain("Russia blocked Telegram on Monday. Pavel Durov called it a disgrace.");
    expect(found).toContain("Pavel Durov criticizes Russian government");
    expect(found).not.toContain("Pavel Durov criticizes Telegram");
  });
});

describe("a clause of saying set off by commas after a name", () => {
  it("is no apposition: 'banned TikTok, the government said on Monday, accusing the app of …'", () => {
    expect(
      plain(
        "Nepal has decided to ban TikTok, the government said on Monday, accusing the popular video app of disrupting social harmony.",
      ),
    ).toContain("Nepali government accuses TikTok");
  });
});

describe("a claim that a platform failed or refused to act", () => {
  it("accuses the platform, whose act was not done: 'failed to remove', 'refused to delete'", () => {
    expect(plain("Roskomnadzor said Telegram had failed to remove illegal content.")).toContain(
      "Roskomnadzor accuses Telegram",
    );
    expect(plain("The regulator Roskomnadzor said Viber had refused to delete the posts.")).toContain(
      "Roskomnadzor accuses Viber",
    );
  });
  it("still reports an act that was done as that act: 'said Iran was blocking Telegram'", () => {
    const found = plain("Roskomnadzor said Iran was blocking Telegram.");
    expect(found).toContain("Iranian government blocks Telegram");
    expect(found).not.toContain("Roskomnadzor accuses Telegram");
  });
});

describe("a finding", () => {
  it("accuses when what was found is a wrong: 'found that Apple had breached the law'", () => {
    expect(plain("The European Commission found that Apple had breached the Digital Markets Act.")).toContain(
      "European Commission accuses Apple",
    );
    expect(plain("The Garante concluded that OpenAI had processed personal data unlawfully.")).toContain(
      "Garante accuses OpenAI",
    );
  });
  it("accuses no one when nothing wrong was found: 'found a way to crack …'", () => {
    expect(plain("Researchers at Citizen Lab found a way to read Telegram chats.")).toEqual([]);
  });
});

describe("a reported act on a list, with its reason", () => {
  it("reports the act on every item, and the reason 'because they …' accuses each", () => {
    const found = plain(
      "Roskomnadzor said that WhatsApp, Viber, Signal and Telegram had been blocked because they had broken the law.",
    );
    for (const p of ["WhatsApp", "Viber", "Signal", "Telegram"]) {
      expect(found).toContain(`Roskomnadzor blocks ${p}`);
      expect(found).toContain(`Roskomnadzor accuses ${p}`);
    }
  });
});

describe("an endorsement", () => {
  it("accuses no one when the claim approves of how they acted: 'had reasonably judged …'", () => {
    const found = plain(
      "The Supreme Court said Congress had reasonably judged a sale necessary because of TikTok's data collection.",
    );
    expect(found).not.toContain("U.S. Supreme Court accuses U.S. Congress");
    expect(
      plain('The court concluded that Congress had acted on "well-founded national security concerns".'),
    ).not.toContain("U.S. Supreme Court accuses U.S. Congress");
  });
  it("still accuses when the claim is of a wrong: 'had failed to protect …'", () => {
    expect(plain("The Supreme Court said Congress had failed to protect free speech.")).toContain(
      "U.S. Supreme Court accuses U.S. Congress",
    );
  });
});

describe("a spokesman for a ministry", () => {
  it("speaks for the ministry's government: no accusation of it", () => {
    const found = plain(
      "Azerbaijan's foreign ministry spokesman, Ayhan Hajizadeh, said Baku rejected what he called baseless accusations.",
    );
    expect(found).toContain("Ayhan Hajizadeh represents Azerbaijani foreign ministry");
    expect(found).not.toContain("Ayhan Hajizadeh accuses Azerbaijani government");
  });
  it("while a member of parliament may still fault the government", () => {
    expect(
      plain(
        "Australia passed a ban on social media for children. " +
          'Independent MP Zali Steggall told the House that the measure was "incredibly misguided."',
      ),
    ).toContain("Zali Steggall criticizes Australian government");
  });
});

describe("a speaker content with what happened", () => {
  it("accuses no one when the one spoken of is pleased: 'was pleased the court had rejected …'", () => {
    expect(
      plain("Human Rights Watch said Telegram was pleased that the court had rejected the illegal demands."),
    ).not.toContain("Human Rights Watch accuses Telegram");
  });
  it("still accuses one pleased to do a wrong: 'was pleased to ignore the court'", () => {
    expect(plain("Roskomnadzor said Telegram was pleased to ignore the court.")).toContain(
      "Roskomnadzor accuses Telegram",
    );
  });
});

describe("a court's ruling", () => {
  it("accuses whom it rules did wrong, and faults the author of an act it rules unlawful", () => {
    expect(plain("The ECOWAS Court ruled that Nigeria had violated the right to free expression.")).toContain(
      "ECOWAS Court accuses Nigerian government",
    );
    expect(
      plain("Nigeria suspended Twitter. The ECOWAS Court later ruled the suspension unlawful."),
    ).toContain("ECOWAS Court criticizes Nigerian government");
  });
  it("faults no one in a ruling of no wrong", () => {
    expect(plain("The court ruled in favour of Telegram.")).toEqual([]);
  });
});

describe("a second clause the verb of saying governs", () => {
  it("is a claim of its own: 'said the app was popular, and that its algorithms spread calls to violence'", () => {
    const found = plain(
      "Peru suspended Kick in Lima. The government said the app was popular with students, and that its algorithms spread calls to violence.",
    );
    expect(found).toContain("Peruvian government accuses Kick");
  });
  it("names its own subject when it has one", () => {
    const found = plain(
      "Peru suspended Kick in Lima. The government said the app was popular with students, and that Twitch spread calls to violence.",
    );
    expect(found).toContain("Peruvian government accuses Twitch");
    expect(found).not.toContain("Peruvian government accuses Kick");
  });
  it("reads a favourite tool of rioters as a charge", () => {
    expect(
      plain("Peru suspended Kick in Lima. The government said the app was a favourite tool of rioters."),
    ).toContain("Peruvian government accuses Kick");
  });
});

describe("the act a judgement names", () => {
  it("is named through 'what it called …': 'regretted what it called an administrative decision'", () => {
    expect(
      plain(
        "Peru suspended Kick in March. Kick said it regretted what it called an administrative decision.",
      ),
    ).toContain("Kick criticizes Peruvian government");
  });
  it("stays its author's when an operator carried it out", () => {
    const found = plain(
      "Peru suspended Kick in March. The block was carried out by Movistar, the largest operator. Rights groups condemned the block.",
    );
    expect(found).toContain("Telefónica blocks Kick");
    expect(found).toContain("Rights groups criticizes Peruvian government");
    expect(found).not.toContain("Rights groups criticizes Telefónica");
  });
  it("is judged by words for curbing free expression and for due process", () => {
    const found = plain(
      "Peru suspended Kick in March. Ana Rojas argued that the order curbed free expression. Luis Paz argued that the ban was imposed without due process.",
    );
    expect(found).toContain("Ana Rojas criticizes Peruvian government");
    expect(found).toContain("Luis Paz criticizes Peruvian government");
  });
});

describe("a wrong done to the speaker with no agent named", () => {
  it("is the state's, and the complaint criticizes it: 'protested that it had been refused access'", () => {
    expect(
      plain(
        "Tanzania blocked X in May. Kenya's foreign ministry protested that it had been refused consular access.",
      ),
    ).toContain("Kenyan foreign ministry criticizes Tanzanian government");
  });
  it("is not a block its own cue reads, an agent named, or a state that is not done to the speaker", () => {
    expect(plain("Tanzania blocked X in May. Signal said it had been blocked.")).toEqual([
      "Tanzanian government blocks Signal",
      "Tanzanian government blocks X",
    ]);
    expect(
      plain("Tanzania blocked X in May. Meta said it had been refused a licence by the regulator.").join(),
    ).not.toMatch(/Meta criticizes/);
    expect(
      plain(
        "Italy blocked ChatGPT. OpenAI said it would defer to the government, insisting it was obeying privacy laws.",
      ).join(),
    ).not.toMatch(/OpenAI criticizes/);
  });
});

describe("a claim that reports reasons given", () => {
  it("accuses no one: 'said the authority had cited security concerns'", () => {
    const found = plain(
      "The Pakistan Telecommunication Authority blocked X in February. X said the Pakistan Telecommunication Authority had cited security concerns. X said the Pakistan Telecommunication Authority had broken the law.",
    );
    expect(found.filter((t) => t.includes("accuses"))).toEqual([
      "X accuses Pakistan Telecommunication Authority",
    ]);
    expect(
      extract(
        "The Pakistan Telecommunication Authority blocked X in February. X said the regulator had cited national security concerns that it did not describe.",
      ).relations.filter((r) => r.action === "accuses"),
    ).toEqual([]);
  });
});

describe("telling that an act was done", () => {
  it("is saying, not causing: 'told a station that X had been restricted' is not the teller's act", () => {
    const found = plain(
      "Tanzania blocked X in May. In June, minister Jerry Silaa told a local television station that X had been restricted.",
    );
    expect(found).toContain("Tanzanian government restricts X");
    expect(found).not.toContain("Jerry Silaa restricts X");
  });
});

describe("a claim that a platform still works", () => {
  it("charges it with nothing: 'The service stayed usable with circumvention switched on, NetBlocks added'", () => {
    expect(
      plain(
        "Russia blocked Signal on Friday. The service stayed usable with circumvention switched on, NetBlocks added.",
      ),
    ).toEqual(["Russian government blocks Signal"]);
  });
});

describe("a speaker set in the claim by 'in his words'", () => {
  it("accuses the claim's subject: 'The messenger, in his words, continues to ignore the law'", () => {
    expect(
      plain(
        'Russia blocked Viber in December. Anton Nemkin, a Duma deputy, welcomed the block. The messenger, in his words, "continues to ignore Russian legislation."',
      ),
    ).toContain("Anton Nemkin accuses Viber");
    expect(
      plain(
        "Russia blocked Viber in December. The messenger, in the words of Anton Nemkin, continues to ignore Russian legislation.",
      ),
    ).toContain("Anton Nemkin accuses Viber");
  });
  it("accuses no one when the claim is not negative", () => {
    expect(
      plain(
        "Russia blocked Viber in December. Anton Nemkin, a Duma deputy, welcomed the block. The messenger, in his words, was popular.",
      ).filter((t) => t.includes("accuses")),
    ).toEqual([]);
  });
});

describe("compliance", () => {
  it("charges a wrong only when denied: 'had not complied', 'refused to comply'", () => {
    const found = plain(
      "Russia fined Telegram. Officials said Telegram had not complied with the law. Officials said Signal complied with the law.",
    );
    expect(found).toContain("Russian government accuses Telegram");
    expect(found).not.toContain("Russian government accuses Signal");
  });
});

describe("a claim about several", () => {
  it("charges each of them: 'said Google and Apple had abused their dominant positions'", () => {
    const found = plain(
      "The Korea Communications Commission fined Google and Apple on Friday. The Korea Communications Commission said Google and Apple had abused their dominant positions.",
    );
    expect(found).toContain("Korea Communications Commission accuses Google");
    expect(found).toContain("Korea Communications Commission accuses Apple");
  });
  it("charges none when it reports an agreement: 'said Washington and Beijing had agreed on a framework'", () => {
    expect(
      plain(
        'TikTok faced a ban. Treasury Secretary Scott Bessent said Washington and Beijing had agreed on a framework with "proper safeguards for US national security."',
      ).filter((t) => t.includes("accuses")),
    ).toEqual([]);
  });
});

describe("disagreeing with an act", () => {
  it("criticizes its author: 'said it disagreed with the decision'", () => {
    expect(
      plain(
        "The Korea Communications Commission fined Google on Friday. Google said it disagreed with the decision.",
      ),
    ).toContain("Google criticizes Korea Communications Commission");
  });
});

describe("a claim about a class and its examples", () => {
  it("charges the examples: 'said platforms including Facebook and TikTok had failed to remove posts'", () => {
    const found = plain(
      "Gabon's regulator suspended social media on Monday. Its spokesman, Jean-Claude Mendome, said platforms including Facebook, TikTok and X had failed to remove inflammatory posts.",
    );
    expect(found).toContain("Jean-Claude Mendome accuses Facebook");
    expect(found).toContain("Jean-Claude Mendome accuses TikTok");
    expect(found).toContain("Jean-Claude Mendome accuses X");
  });
});

describe("countering as saying", () => {
  it("reads 'countered that' and 'retorted that' as verbs of saying", () => {
    expect(
      plain("Iran blocked Instagram. The lawyer Mia Tran countered that the government had broken the law."),
    ).toContain("Mia Tran accuses Iranian government");
    expect(
      plain("Iran blocked Instagram. The lawyer Mia Tran retorted that the government had broken the law."),
    ).toContain("Mia Tran accuses Iranian government");
  });
});

describe("a claim about what a platform carries", () => {
  it("accuses the platform: 'said material spread on X could be used by terrorists'", () => {
    expect(
      plain(
        "Oleg Ivanov, representing Roskomnadzor, argued that content posted on Viber was used by scammers.",
      ),
    ).toContain("Oleg Ivanov accuses Viber");
  });
  it("charges no one when nothing wrong is said of it", () => {
    const found = plain("Roskomnadzor said videos on YouTube loaded slowly for some users.");
    expect(found.filter((t) => t.includes("accuses"))).toEqual([]);
  });
});

describe("a claim that someone could exploit or weaponise something", () => {
  it("accuses them", () => {
    expect(plain("Lawmakers argued that the Chinese government could exploit data from the app.")).toContain(
      "Lawmakers accuses Chinese government",
    );
    expect(plain("Ukraine's officials said Russia would weaponize the messenger.")).toContain(
      "Ukrainian government accuses Russian government",
    );
  });
});

describe("a duty not done", () => {
  it("accuses whoever did not protect, comply or pay, in any form of the verb", () => {
    expect(plain("Mila Orlova said the messenger Viber didn't protect its users.")).toContain(
      "Mila Orlova accuses Viber",
    );
    expect(plain("Mila Orlova said Signal has not complied with the registration law.")).toContain(
      "Mila Orlova accuses Signal",
    );
    expect(plain("Mila Orlova said Google never paid the penalties.")).toContain(
      "Mila Orlova accuses Google",
    );
  });
  it("charges no one who did what they owed, nor one who did not comment", () => {
    expect(plain("Mila Orlova said Google paid the penalties.")).not.toContain("Mila Orlova accuses Google");
    expect(plain("Mila Orlova said Google did not comment on the ruling.")).not.toContain(
      "Mila Orlova accuses Google",
    );
  });
});

describe("a second verb of saying after a reported clause", () => {
  it("is the first speaker's, and what it says is asserted said", () => {
    const text =
      "Russia blocked Viber. Mila Orlova told Izvestia that pensioners lost money, and said Viber did not protect its users.";
    expect(
      extract(text).relations.map(
        (r) => `${r.subject.label} ${r.action} ${r.object.label} ${r.evidence.modality}`,
      ),
    ).toContain("Mila Orlova accuses Viber asserted");
  });
});

describe("advice on what someone should do", () => {
  it("is no charge against them, though it names harms", () => {
    const found = plain(
      "Australia banned social media for children. Senator Jo Briggs said the government should instead impose a duty of care for harmful content.",
    );
    expect(found).not.toContain("Jo Briggs accuses Australian government");
  });
  it("still reads what should happen to one as a charge", () => {
    expect(plain("Mila Orlova said Telegram must stop spreading extremist content.")).toContain(
      "Mila Orlova accuses Telegram",
    );
  });
});

describe("a judgement of 'this' with its speaker after it", () => {
  it("criticizes the author of the act just reported", () => {
    expect(
      plain('Montana banned TikTok. "This is a step into censorship," Dana Reyes told the paper.'),
    ).toContain("Dana Reyes criticizes Montana government");
  });
  it("criticizes no one when the judgement is not negative", () => {
    expect(
      plain('Montana banned TikTok. "This is a great day for Montana," Dana Reyes told the paper.').filter(
        (t) => t.includes("Dana Reyes"),
      ),
    ).toEqual([]);
  });
});

describe("a wrong a claim names its doer for", () => {
  it("accuses the government a demonym or a possessive names: 'Azerbaijani meddling was real'", () => {
    expect(
      plain("France blocked TikTok. Paul Morel told reporters that Azerbaijani meddling was real."),
    ).toContain("Paul Morel accuses Azerbaijani government");
    expect(plain("France blocked TikTok. Paul Morel said Azerbaijan's interference was real.")).toContain(
      "Paul Morel accuses Azerbaijani government",
    );
  });
  it("accuses no one of what is no wrong", () => {
    expect(
      plain("France blocked TikTok. Paul Morel said Azerbaijani officials were welcome.").filter((t) =>
        t.includes("accuses"),
      ),
    ).toEqual([]);
  });
});
