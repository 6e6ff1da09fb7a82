// Ownership stated in passing: "Elon Musk's platform" (a description owned by a name), "its maker,
// OpenAI" (a maker in apposition), "requires ByteDance to sell TikTok" (whoever must sell owns),
// "Apple removed the apps from its App Store" (a company's own platform).
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { isPossessiveMarker } from "../tokens.ts";
import type { Mention } from "../mentions.ts";
import { mainSubject } from "./arguments.ts";
import { coordinated, leftList } from "./coordination.ts";
import { resolvePronoun } from "./pronouns.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

const OWNER_KINDS = new Set(["company", "person"]);
const MAKER = /^(?:maker|makers|developer|creator)$/;
const SELL = /^(?:sell|sells|sold|selling|divest|divests|divested|divesting)$/;

export function ownership(s: Sentence): void {
  for (const m of s.mentions) {
    const e = m.entities[0]!;
    // "Elon Musk's platform" read as X: the possessor owns what the description stands for
    if (m.via === "descriptor" && e.kind === "platform") {
      const owner = matchAt(s.lex.names, s.tokens, m.start);
      if (
        owner &&
        OWNER_KINDS.has(owner.value.category) &&
        isPossessiveMarker(s.tokens[m.start + owner.tokens.length])
      )
        emit(s, owner.value, "owns", e, "asserted", "ownership.possessed-description");
    }
  }
  for (const m of s.mentions) possessedApposition(s, m);
  for (let i = 0; i < s.tokens.length; i++) {
    if (MAKER.test(lowerAt(s, i))) maker(s, i);
    else if (SELL.test(lowerAt(s, i))) sale(s, i);
    else if (OWN_PRONOUN.test(lowerAt(s, i))) ownPlatform(s, i);
    else if (BELONG.test(lowerAt(s, i)) && lowerAt(s, i + 1) === "to") belongsTo(s, i);
    else if (lowerAt(s, i) === "under") underControl(s, i);
  }
  for (const m of s.mentions) {
    productsListed(s, m);
    companyBehind(s, m);
    productApposition(s, m);
    madeByApposition(s, m);
    subsidiaryApposition(s, m);
    parentAfterItself(s, m);
    productsOfAll(s, m);
  }
}

/** "Facebook, Instagram and Messenger, all of them Meta products,": the company owns the list before. */
function productsOfAll(s: Sentence, m: Mention): void {
  const owner = m.entities[0]!;
  if (owner.category !== "company" || m.possessive) return;
  let k = m.start - 1;
  if (lowerAt(s, k) === "them" && lowerAt(s, k - 1) === "of") k -= 2;
  if (!/^(?:all|both)$/.test(lowerAt(s, k)) || lowerAt(s, k - 1) !== ",") return;
  if (!/^(?:products|apps|services|platforms|brands|properties|subsidiaries)$/.test(lowerAt(s, m.end)))
    return;
  for (const item of leftList(s, k))
    for (const e of item.entities)
      if (e !== owner) emit(s, owner, "owns", e, "asserted", "ownership.all-products");
}

/** Nouns for a part of a company or network that another runs: "the German arm of RT". */
const SUBSIDIARY = /^(?:arm|unit|subsidiary|division|offshoot|branch|affiliate)$/;
/** The kinds of organisation a subsidiary or its parent may be. */
const ORGANISATION = new Set(["company", "media"]);
const organisation = (e: LexEntity) => e.kind === "platform" || ORGANISATION.has(e.category);

/**
 * "RT DE, the German arm of RT,", "Orange Senegal, a unit of France's Orange": the organisation
 * after "of" owns the one the apposition describes.
 */
function subsidiaryApposition(s: Sentence, m: Mention): void {
  const part = m.entities[0]!;
  if (m.possessive || lowerAt(s, m.end) !== "," || !organisation(part)) return;
  let k = m.end + 1;
  if (!/^(?:the|a|an|its)$/.test(lowerAt(s, k))) return;
  k++;
  // over up to two modifiers: "the German-language arm", "a wholly owned unit"
  for (let n = 0; n < 3 && !SUBSIDIARY.test(lowerAt(s, k)); n++) {
    if (!/^[\p{L}-]+$/u.test(s.tokens[k]?.text ?? "") || mentionAt(s, k)) return;
    k++;
  }
  if (!SUBSIDIARY.test(lowerAt(s, k)) || lowerAt(s, k + 1) !== "of") return;
  let o = k + 2;
  if (lowerAt(s, o) === "the") o++;
  // ("of France's Orange": past the country that possesses it)
  const first = mentionAt(s, o);
  const owner =
    first?.possessive && first.entities[0]!.category === "government" ? mentionAt(s, first.end + 1) : first;
  const parent = owner?.entities[0];
  if (!owner || owner.possessive || !parent || parent === part || !organisation(parent)) return;
  emit(s, parent, "owns", part, "asserted", "ownership.subsidiary-of");
}

/**
 * "TikTok and its Chinese parent ByteDance", "WhatsApp and its parent company, Meta": the company
 * after "its parent" owns the name before "and".
 */
function parentAfterItself(s: Sentence, m: Mention): void {
  const owned = m.entities[0]!;
  if (m.possessive || lowerAt(s, m.end) !== "and" || lowerAt(s, m.end + 1) !== "its") return;
  if (!organisation(owned)) return;
  let k = m.end + 2;
  for (let n = 0; n < 2 && !/^(?:parent|owner)$/.test(lowerAt(s, k)); n++) {
    if (!/^[\p{L}-]+$/u.test(s.tokens[k]?.text ?? "") || mentionAt(s, k)) return;
    k++;
  }
  if (!/^(?:parent|owner)$/.test(lowerAt(s, k))) return;
  k++;
  if (/^(?:company|firm|group)$/.test(lowerAt(s, k))) k++;
  if (lowerAt(s, k) === ",") k++;
  const owner = mentionAt(s, k);
  const parent = owner?.entities[0];
  if (!owner || owner.possessive || !parent || parent === owned || parent.category !== "company") return;
  emit(s, parent, "owns", owned, "asserted", "ownership.parent-after");
}

/** Verbs of making or getting a platform, in a relative clause with no pronoun: "the network he founded". */
const MADE = new Map<string, "founded" | "owns">([
  ["founded", "founded"],
  ["co-founded", "founded"],
  ["created", "founded"],
  ["launched", "founded"],
  ["bought", "owns"],
  ["acquired", "owns"],
  ["owns", "owns"],
]);

const PERSONAL = /^(?:he|she)$/;

/**
 * "VKontakte, the social network Pavel Durov founded,", "X, the platform Elon Musk bought in 2022,":
 * an apposition whose relative clause has no pronoun and a named person or company as its subject.
 */
function madeByApposition(s: Sentence, m: Mention): void {
  const made = m.entities[0]!;
  if (m.possessive || (made.kind !== "platform" && made.category !== "company")) return;
  let k = m.end;
  if (lowerAt(s, k) !== "," || !/^(?:the|a|an)$/.test(lowerAt(s, k + 1))) return;
  k += 2;
  const start = k;
  const noun = (t = "") => /^[\p{Ll}-]+$/u.test(t) && !PERSONAL.test(t);
  while (k < start + 3 && noun(s.tokens[k]?.text) && !mentionAt(s, k)) k++;
  if (k === start) return;
  // "Writing on VKontakte, the social network he founded, Durov …": "he" is the person the main
  // clause goes on with right after the apposition, else the one the discourse supplies
  const pronoun = PERSONAL.test(lowerAt(s, k));
  const maker = pronoun ? undefined : mentionAt(s, k);
  const verbAt = pronoun ? k + 1 : (maker?.end ?? -1);
  const action = MADE.get(lowerAt(s, verbAt));
  if (!action || maker?.possessive) return;
  const after = lowerAt(s, verbAt + 1) === "," ? mentionAt(s, verbAt + 2) : undefined;
  const who = pronoun
    ? after?.entities[0]?.category === "person"
      ? after.entities[0]
      : resolvePronoun(s, k, "agent", (e) => e.category === "person")?.[0]
    : maker?.entities[0];
  if (who && OWNER_KINDS.has(who.category))
    emit(s, who, action, made, "asserted", "ownership.made-by-apposition");
}

/** Nouns for a company named by what it makes: "the company behind Max". */
const MAKER_NOUN = /^(?:company|firm|group|startup|developer|conglomerate)$/;

/** "VK, the company behind Max": the company in apposition makes (and so owns) the platform after "behind". */
function companyBehind(s: Sentence, m: Mention): void {
  const company = m.entities[0]!;
  if (m.possessive || company.category !== "company" || company.kind !== "actor") return;
  let k = m.end;
  if (lowerAt(s, k) !== "," || !/^(?:the|a)$/.test(lowerAt(s, k + 1))) return;
  k += 2;
  // ("the Moscow-based company behind", "the state-backed firm behind")
  const modifier = (t = "") => /^[\p{Ll}-]+$/u.test(t) || /^\p{Lu}\p{L}*-\p{Ll}+$/u.test(t);
  while (k < m.end + 6 && !MAKER_NOUN.test(lowerAt(s, k)) && modifier(s.tokens[k]?.text)) k++;
  if (!MAKER_NOUN.test(lowerAt(s, k)) || lowerAt(s, k + 1) !== "behind") return;
  k += 2;
  // past "the" and a description of the platform: "the state-backed messenger Max"
  for (let n = 0; n < 4 && k < s.tokens.length && !mentionAt(s, k); n++) {
    if (!/^[\p{Ll}-]+$/u.test(s.tokens[k]!.text)) return;
    k++;
  }
  const first = mentionAt(s, k);
  if (!first) return;
  for (const x of coordinated(s, first.end, [first], true))
    for (const e of x.entities)
      if (e.kind === "platform") emit(s, company, "owns", e, "asserted", "ownership.company-behind");
}

/**
 * "Instagram and WhatsApp, both Meta products,", "Threads, a Meta app,": platforms in apposition to a
 * company's product noun are the company's.
 */
function productApposition(s: Sentence, m: Mention): void {
  const company = m.entities[0]!;
  if (m.possessive || company.category !== "company" || company.kind !== "actor") return;
  const opener = lowerAt(s, m.start - 1);
  if (!/^(?:a|an|both|all|two|three)$/.test(opener) || lowerAt(s, m.start - 2) !== ",") return;
  const noun = lowerAt(s, m.end);
  if (!PRODUCT_NOUN.test(noun) && !PRODUCTS.test(noun)) return;
  // the platforms the apposition follows: one, or a list ending at the comma
  const owned: LexEntity[] = [];
  let k = m.start - 3;
  for (;;) {
    const p = s.mentions.find((x) => x.end === k + 1);
    if (!p || p.possessive || p.entities[0]!.kind !== "platform") break;
    owned.unshift(...p.entities);
    k = p.start - 1;
    if (lowerAt(s, k) === "and" || lowerAt(s, k) === ",") k--;
    else break;
    if (lowerAt(s, k) === ",") k--;
  }
  for (const e of owned) emit(s, company, "owns", e, "asserted", "ownership.product-apposition");
}

const BELONG = /^(?:belongs|belonged|belong|belonging)$/;

/**
 * "YouTube, which belongs to Google's parent company Alphabet", "Instagram belongs to Meta": the one
 * it belongs to (past a possessor and the words that name its role) owns it.
 */
function belongsTo(s: Sentence, i: number): void {
  let k = i + 2;
  if (lowerAt(s, k) === "the") k++;
  let owner = mentionAt(s, k);
  for (let n = 0; owner?.possessive && n < 1; n++) {
    k = owner.end + 1;
    while (k < owner.end + 4 && /^[\p{Ll}-]+$/u.test(s.tokens[k]?.text ?? "")) k++;
    owner = mentionAt(s, k);
  }
  if (!owner || owner.possessive || !OWNER_KINDS.has(owner.entities[0]!.category)) return;
  // the owned: the antecedent of "which", else the subject right before the verb
  const w = lowerAt(s, i - 1) === "which" ? (lowerAt(s, i - 2) === "," ? i - 3 : i - 2) : i - 1;
  const owned = mentionAt(s, w);
  if (!owned || owned.possessive) return;
  for (const e of owned.entities)
    if (e.kind === "platform" || e.category === "company")
      emit(s, owner.entities[0]!, "owns", e, "asserted", "ownership.belongs-to");
}

/**
 * "Both outlets were under the direct or indirect control of the Russian authorities", "RT, under
 * the Kremlin's control,": whoever controls a platform, outlet or company owns it.
 */
function underControl(s: Sentence, i: number): void {
  let k = i + 1;
  if (lowerAt(s, k) !== "the" && lowerAt(s, k) !== "its" && !mentionAt(s, k)?.possessive) return;
  // "the Kremlin's control", else "the … control of <owner>"
  const possessor = mentionAt(s, k)?.possessive
    ? mentionAt(s, k)
    : mentionAt(s, k + 1)?.possessive
      ? mentionAt(s, k + 1)
      : undefined;
  k = possessor ? possessor.end + 1 : k + 1;
  for (let n = 0; n < 5 && lowerAt(s, k) !== "control"; n++) {
    if (!/^(?:[\p{Ll}-]+|or|and)$/u.test(s.tokens[k]?.text ?? "") || /^(?:of|by|from)$/.test(lowerAt(s, k)))
      return;
    k++;
  }
  if (lowerAt(s, k) !== "control") return;
  let owner = possessor;
  if (!owner && lowerAt(s, k + 1) === "of") owner = mentionAt(s, k + 2) ?? mentionAt(s, k + 3);
  if (!owner || owner.entities[0]!.kind !== "actor") return;
  // the owned: the subject before "under" ("were under …"), else the name the phrase follows (", under")
  const apposed = lowerAt(s, i - 1) === "," ? mentionAt(s, i - 2) : undefined;
  const owned = lowerAt(s, i - 1) === "," ? (apposed ? [apposed] : []) : leftList(s, i);
  for (const m of owned)
    for (const e of m.entities)
      if (
        e !== owner.entities[0] &&
        (e.kind === "platform" || e.category === "media" || e.category === "company")
      )
        for (const o of owner.entities) emit(s, o, "owns", e, "asserted", "ownership.under-control");
}

/** "Meta products, namely Facebook, Instagram and Messenger": a company's products it names. */
const PRODUCTS = /^(?:products|services|apps|platforms|brands|networks)$/;

function productsListed(s: Sentence, m: Mention): void {
  const company = m.entities[0]!;
  if (m.possessive || company.category !== "company" || company.kind !== "actor") return;
  if (!PRODUCTS.test(lowerAt(s, m.end))) return;
  let k = m.end + 1;
  if (lowerAt(s, k) === ",") k++;
  if (lowerAt(s, k) === "such" && lowerAt(s, k + 1) === "as") k += 2;
  else if (/^(?:namely|including|like)$/.test(lowerAt(s, k))) k++;
  else return;
  const first = mentionAt(s, k);
  if (!first) return;
  for (const x of coordinated(s, first.end, [first], true))
    for (const e of x.entities)
      if (e.kind === "platform") emit(s, company, "owns", e, "asserted", "ownership.products");
}

const OWN_PRONOUN = /^(?:its|their)$/;

/** Nouns for what a company makes or runs: "Apple's file-sharing tool", "Google's video service". */
const PRODUCT_NOUN =
  /^(?:tool|app|application|service|platform|messenger|network|site|website|feature|browser|store|product|chatbot|assistant|engine|unit|subsidiary|division|arm|satellites?|fleet)$/;

/**
 * "AirDrop, Apple's file-sharing tool,": a platform in apposition to a company's product noun is the
 * company's; "Alphabet's Google": a company a company possesses is its own.
 */
function possessedApposition(s: Sentence, m: Mention): void {
  const owned = m.entities[0]!;
  if (m.possessive) return;
  // "Alphabet's Google"
  const before =
    m.start >= 2 && isPossessiveMarker(s.tokens[m.start - 1]) ? mentionAt(s, m.start - 2) : undefined;
  const possessor = before?.entities[0];
  if (
    possessor?.category === "company" &&
    possessor.kind === "actor" &&
    owned !== possessor &&
    owned.category === "company"
  )
    emit(s, possessor, "owns", owned, "asserted", "ownership.company-possessive");
  // "AirDrop, Apple's file-sharing tool"
  if (owned.kind !== "platform" || lowerAt(s, m.end) !== ",") return;
  const owner = mentionAt(s, m.end + 1);
  if (!owner?.possessive || owner.entities[0]!.category !== "company") return;
  let k = owner.end + 1;
  while (
    k < owner.end + 4 &&
    /^[\p{Ll}-]+$/u.test(s.tokens[k]?.text ?? "") &&
    !PRODUCT_NOUN.test(lowerAt(s, k))
  )
    k++;
  if (PRODUCT_NOUN.test(lowerAt(s, k)) && !mentionAt(s, k + 1))
    emit(s, owner.entities[0]!, "owns", owned, "asserted", "ownership.possessed-apposition");
}

/**
 * "Apple has taken WhatsApp out of its App Store in China", "Meta said its Threads app …": a
 * platform a company's clause calls its own is the company's. Past a place or adjective ("its
 * Russian App Store").
 */
function ownPlatform(s: Sentence, i: number): void {
  let j = i + 1;
  while (j < i + 3 && !mentionAt(s, j) && (s.pos.upos(j) === "ADJ" || matchAt(s.lex.demonyms, s.tokens, j)))
    j++;
  const m = mentionAt(s, j);
  const platform = m?.entities[0];
  // ("its app" is a description of some platform in view, not one named as its own)
  if (!m || m.possessive || m.via === "descriptor" || !platform || platform.kind !== "platform") return;
  const owner = mainSubject(s, i);
  if (owner?.category === "company" && owner.kind === "actor")
    emit(s, owner, "owns", platform, "asserted", "ownership.its-platform");
}

/** "TikTok's maker, ByteDance", "a notice from its maker, OpenAI". */
function maker(s: Sentence, i: number): void {
  const before = lowerAt(s, i - 1);
  let product: LexEntity | undefined;
  if (isPossessiveMarker(s.tokens[i - 1])) product = mentionAt(s, i - 2)?.entities[0];
  else if (before === "its") {
    const earlier = s.mentions.filter((m) => m.end < i && m.entities[0]!.kind === "platform");
    product =
      earlier[earlier.length - 1]?.entities[0] ??
      (s.ctx.lastPlatforms.length === 1 ? s.ctx.lastPlatforms[0] : undefined);
  }
  if (!product || product.kind !== "platform") return;
  const j = lowerAt(s, i + 1) === "," ? i + 2 : i + 1;
  const owner = mentionAt(s, j);
  if (owner && OWNER_KINDS.has(owner.entities[0]!.category))
    emit(s, owner.entities[0]!, "owns", product, "asserted", "ownership.maker");
}

/** "a law that requires ByteDance to sell TikTok": the company that must sell owns the platform. */
function sale(s: Sentence, i: number): void {
  let b = i - 1;
  if (lowerAt(s, b) === "to") b--;
  const seller = mentionAt(s, b);
  let j = i + 1;
  while (/^(?:its|the|off)$/.test(lowerAt(s, j))) j++;
  const sold = mentionAt(s, j);
  if (!seller || !sold || seller.possessive) return;
  const owner = seller.entities[0]!;
  const product = sold.entities[0]!;
  if (OWNER_KINDS.has(owner.category) && product.kind === "platform")
    emit(s, owner, "owns", product, "asserted", "ownership.sale");
}
