// A synthetic news corpus for the benchmark: articles about governments, regulators, companies,
// platforms and people, written from templates with varied phrasing (active, passive, lists,
// nominal, quotes, hedges) and filler, ~600 words each. Deterministic: article i is always the same
// text, so the 1,000-article corpus is the first tenth of the 10,000-article one.
import { defaultLexicon } from "../graph/extract/index.ts";
import { hash32 } from "../graph/hash.ts";
import { seededRandom } from "../graph/random.ts";

export interface SyntheticArticle {
  /** Path inside the corpus folder. */
  file: string;
  content: string;
}

const TARGET_WORDS = 600;

interface Cast {
  countries: { country: string; demonym: string }[];
  regulators: string[];
  companies: string[];
  platforms: string[];
  people: string[];
}

let cast: Cast | undefined;

/** Names from the lexicon, plus generated ones so the corpus is not limited to what the lexicon knows. */
function castOfCharacters(): Cast {
  if (cast) return cast;
  const lexicon = defaultLexicon() as { entities: { name: string; kind: string; category: string }[] } & {
    countries?: { country: string; demonym: string }[];
  };
  const named = (category: string) =>
    lexicon.entities.filter((e) => e.category === category).map((e) => e.name);
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const generated = (count: number, make: () => string) => {
    const names = new Set<string>();
    while (names.size < count) names.add(make());
    return [...names];
  };
  const syllables = [
    "va",
    "lor",
    "en",
    "ti",
    "ka",
    "mar",
    "so",
    "rin",
    "del",
    "zu",
    "bra",
    "no",
    "quel",
    "ha",
    "vin",
  ];
  const word = (n: number) => {
    const w = Array.from({ length: n }, () => pick(syllables)).join("");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const countries = lexicon.countries?.length
    ? lexicon.countries.map(({ country, demonym }) => ({ country, demonym }))
    : [
        { country: "Russia", demonym: "Russian" },
        { country: "Turkey", demonym: "Turkish" },
        { country: "India", demonym: "Indian" },
        { country: "Brazil", demonym: "Brazilian" },
      ];
  cast = {
    countries,
    regulators: named("government").filter((n) => !/government|ministry/i.test(n)),
    companies: [
      ...named("company"),
      ...generated(
        400,
        () => `${word(2)} ${pick(["Systems", "Group", "Holdings", "Labs", "Technologies", "Media"])}`,
      ),
    ],
    platforms: [
      ...named("messenger"),
      ...named("social network"),
      ...named("video"),
      ...generated(300, () => word(2) + pick(["", "gram", "chat", "tube", "ly"])),
    ],
    people: [...named("person"), ...generated(1500, () => `${word(2)} ${word(3)}`)],
  };
  return cast;
}

export function syntheticArticle(index: number): SyntheticArticle {
  const random = seededRandom(hash32(`article ${index}`));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const c = castOfCharacters();
  const { country, demonym } = pick(c.countries);
  const gov = () =>
    pick([country, `the ${demonym} government`, `${demonym} authorities`, `${demonym} officials`]);
  const Gov = () => capitalize(gov());
  // Half the time a lexicon regulator, otherwise one of this country's own, named here.
  const regulator =
    random() < 0.5 && c.regulators.length > 0
      ? pick(c.regulators)
      : `the ${demonym} ${pick(["Communications", "Media", "Telecoms", "Digital"])} ${pick(["Authority", "Commission", "Agency", "Board"])}`;
  const company = pick(c.companies);
  const platforms = Array.from({ length: 4 }, () => pick(c.platforms));
  const [p1, p2, p3, home] = platforms as [string, string, string, string];
  const person = pick(c.people);
  const critic = pick(c.people);
  const month = pick([
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ]);
  const day = pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
  const year = 2005 + Math.floor(random() * 19);
  const millions = 5 + Math.floor(random() * 120);

  const statements = [
    () => `${Gov()} blocked ${p1} on ${day}, citing national security.`,
    () => `${capitalize(p1)} was blocked by ${regulator} in ${month}.`,
    () => `${capitalize(regulator)} restricted access to ${p2} and ${p3} last week.`,
    () => `${Gov()} banned ${p1}, ${p2} and ${p3} after the protests.`,
    () => `The blockage of ${p1} by ${regulator} cut off about ${millions} million users.`,
    () => `${capitalize(regulator)} announced new restrictions on ${p2}, according to local media.`,
    () => `${capitalize(regulator)} imposed a fine on ${company} for failing to store user data locally.`,
    () => `${capitalize(regulator)} fined ${company} ${millions} million roubles in ${month}.`,
    () => `"This is a backwards step," ${company} said in a statement, accusing ${gov()} of censorship.`,
    () => `${capitalize(p1)} accused ${gov()} of trying to push users towards ${home}.`,
    () =>
      `${person}, a spokesperson for ${company}, said: "We will keep doing everything we can to keep users connected."`,
    () => `${critic} criticized ${regulator} for the decision, calling it an attack on free expression.`,
    () =>
      `${capitalize(pick([country, `the ${demonym} government`]))} has been promoting ${home}, a state-backed alternative to ${p1}.`,
    () =>
      `${capitalize(home)}, which is modeled on ${p2}, offers messaging, payments and government services.`,
    () => `${Gov()} ordered ${company} to hand over encryption keys within ${1 + (millions % 30)} days.`,
    () => `${capitalize(company)}, which owns ${p2}, said it was studying the order.`,
    () => `${capitalize(p3)} was founded by ${person} in ${year}.`,
    () => `${capitalize(regulator)} may restrict ${p2} if it fails to comply with the law.`,
    () => `Officials said ${regulator} could ban ${p3} later this year, although no decision has been taken.`,
    () => `Users in ${country} turned to virtual private networks to reach ${p1}.`,
  ];
  const filler = [
    () =>
      `Analysts say the move reflects a broader trend in ${country} towards tighter control of the internet.`,
    () => `The ministry did not respond to a request for comment on ${day}.`,
    () => `Internet freedom groups have long warned about the growing pressure on foreign services.`,
    () => `In ${year}, a similar dispute lasted for several months before a settlement was reached.`,
    () => `Traffic data published by monitoring groups showed a sharp drop in connections on ${day}.`,
    () => `The decision comes ahead of elections scheduled for ${month}, observers noted.`,
    () => `Several members of parliament welcomed the measure, saying it would protect citizens.`,
    () => `Small businesses that rely on the service for customer contact say they are already losing money.`,
    () =>
      `About ${millions} million people in ${country} used the service every month, according to industry estimates.`,
    () => `Experts said it was not yet clear how the rules would be enforced in practice.`,
    () => `The dispute has also strained relations between ${country} and several of its trading partners.`,
    () => `Engineers said the technical measures were designed to slow traffic rather than stop it entirely.`,
  ];

  const headline = `${capitalize(country)} ${pick(["blocks", "restricts", "bans"])} ${p1} as it pushes ${home}`;
  const paragraphs: string[] = [];
  let words = headline.split(" ").length;
  while (words < TARGET_WORDS) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
      (random() < 0.5 ? pick(statements) : pick(filler))(),
    );
    const paragraph = sentences.join(" ");
    words += paragraph.split(" ").length;
    paragraphs.push(paragraph);
  }

  const folder = `part-${String(Math.floor(index / 500)).padStart(3, "0")}`;
  const name = `${folder}/article-${String(index).padStart(6, "0")}`;
  const date = `${year}-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`;
  switch (index % 20) {
    case 0: // Markdown with front matter
      return {
        file: `${name}.md`,
        content: `---\ntitle: "${headline}"\ndate: ${date}\npublisher: Synthetic Wire\n---\n${paragraphs.join("\n\n")}\n`,
      };
    case 1: // HTML page
      return {
        file: `${name}.html`,
        content: `<!doctype html><html><head><title>${headline}</title><script>track()</script></head><body><nav>Home</nav><h1>${headline}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}<footer>Synthetic Wire</footer></body></html>`,
      };
    default:
      return { file: `${name}.txt`, content: `${headline}\n\n${paragraphs.join("\n\n")}\n` };
  }
}

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
