// Structural relations: possessives and compounds (owns), appositions (owns, founded, represents:
// "Pavel Durov, the founder of Telegram"), parents ("WhatsApp's parent company, Meta"). Titles: office.ts.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import { resolveDescription } from "../mentions.ts";
import { tokenize } from "../tokens.ts";
import { coordinated, organisationOf, possessedHead } from "./arguments.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Structural relations: possessives (owns), titles (represents), founders, parents. */
export function structural(s: Sentence): void {
  const { tokens, mentions, lex } = s;
  for (const m of mentions) {
    const e = m.entities[0]!;
    // "Apple's FaceTime": a company's or a person's platform
    if (m.possessive && (e.category === "company" || e.category === "person")) {
      const h = possessedHead(s, m);
      // "Apple's FaceTime, Discord …" owns one; "Meta's other services, Instagram and WhatsApp" owns the list
      const heads = !h ? [] : h.start === m.end + 1 ? [h] : coordinated(s, h.end, [h]);
      for (const x of heads)
        if (x.entities[0]!.kind === "platform")
          emit(s, e, "owns", x.entities[0]!, "asserted", "structural.possessive");
    }
    // "WhatsApp's parent company, Meta" / "Meta (WhatsApp's parent company)"
    if (m.possessive && e.kind === "platform") {
      const t1 = lowerAt(s, m.end + 1);
      const t2 = lowerAt(s, m.end + 2);
      if (t1 === "parent" || t1 === "owner" || (t1 === "parent" && t2 === "company")) {
        let j = m.end + 2;
        while (j < tokens.length && ["company", "firm", ",", "the", "group"].includes(lowerAt(s, j))) j++;
        const owner = mentionAt(s, j);
        if (owner) emit(s, owner.entities[0]!, "owns", e, "asserted", "structural.parent-of");
        else {
          // "Meta (WhatsApp's parent company)"
          let b = m.start - 1;
          while (b >= 0 && [",", "(", "the"].includes(lowerAt(s, b))) b--;
          const before = mentionAt(s, b);
          if (before) emit(s, before.entities[0]!, "owns", e, "asserted", "structural.parent-of");
        }
      }
    }
    // "Meta, the parent company of WhatsApp" / "Pavel Durov, the founder of Telegram" / "X, a spokesman for Y"
    if (tokens[m.end]?.text === "," || tokens[m.end]?.text === "(") {
      let j = m.end + 1;
      while (["the", "a", "an", "its", "his", "her"].includes(lowerAt(s, j))) j++;
      const demonym = matchAt(lex.demonyms, tokens, j);
      const orgBefore = mentionAt(s, j);
      if (demonym) j += demonym.tokens.length;
      else if (orgBefore) j = orgBefore.end + (orgBefore.possessive ? 1 : 0);
      // skip up to two modifiers: "communications minister", "Russian-born billionaire"
      const relAt = (q: number) =>
        /^(?:parent|owner)$/.test(lowerAt(s, q))
          ? "owns"
          : /^(?:founder|co-founder|cofounder|creator)$/.test(lowerAt(s, q))
            ? "founded"
            : matchAt(lex.roleTitles, tokens, q)
              ? "represents"
              : undefined;
      let rel: "owns" | "founded" | "represents" | undefined = relAt(j);
      for (let n = 0; n < 2 && !rel && j < tokens.length && /^[\p{Ll}-]+$/u.test(tokens[j]!.text); n++)
        rel = relAt(++j);
      const title = rel === "represents" ? matchAt(lex.roleTitles, tokens, j) : undefined;
      if (rel) {
        let k = j + (title ? title.tokens.length : 1);
        if (lowerAt(s, k) === "company" || lowerAt(s, k) === "firm") k++;
        let org: LexEntity | undefined;
        if (["of", "for", "at", "to"].includes(lowerAt(s, k))) {
          let q = k + 1;
          while (["the", "a"].includes(lowerAt(s, q))) q++;
          const o = mentionAt(s, q);
          if (o) org = o.entities[0];
        }
        org ??= demonym?.value ?? orgBefore?.entities[0];
        if (!org && rel === "represents" && e.category === "person")
          org = title?.value ? s.ctx.home : organisationOf(s, m.start);
        if (org) {
          emit(s, e, rel, org, "asserted", "structural.apposition");
        }
      }
    }
  }
}

/** "the Meta-owned platform", "Meta-owned Instagram": the owner named in a compound adjective. */
export function ownedCompounds(s: Sentence): void {
  s.tokens.forEach((t, i) => {
    const m = /^(.+)-(?:owned|operated)$/i.exec(t.text);
    if (!m) return;
    const owner = matchAt(s.lex.names, tokenize(m[1]!), 0)?.value;
    if (!owner || owner.kind !== "actor") return;
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 5); k++) {
      const h = mentionAt(s, k);
      if (h) return void emit(s, owner, "owns", h.entities[0]!, "asserted", "structural.owned-compound");
      const d = matchAt(s.lex.descriptors, s.tokens, k);
      if (
        d &&
        /^(?:platform|app|service|messenger|messaging service|messaging app|social network|network|site)$/.test(
          d.tokens.join(" ").toLowerCase(),
        )
      ) {
        const e = resolveDescription(
          s.ctx,
          d.value.filter((r) => r !== "company"),
          undefined,
          s.mentions.filter((x) => x.end <= i),
        );
        if (e) emit(s, owner, "owns", e, "asserted", "structural.owned-compound");
        return;
      }
    }
  });
}
