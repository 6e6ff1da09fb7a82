// `graph curation to-lexicon`: what of a curation a lexicon can hold, so the builder learns it. Merges and
// renames become entities whose aliases are the other names; a classification sets kind and category. The
// rest (rejections, confirmations, relations added by hand, notes, splits) stays in the curation file, and
// each such operation is listed, so nobody expects the lexicon to carry it.
import { byCodeUnit } from "../order.ts";
import type { Kind } from "../types.ts";
import type { CurationFile } from "./types.ts";

export interface LexiconEntity {
  name: string;
  kind: Kind;
  category: string;
  aliases: string[];
}

export interface CurationLexicon {
  lexicon: { about: string; entities: LexiconEntity[] };
  /** Operations a lexicon cannot hold, one line each. */
  left: string[];
}

/**
 * `known`: names of the entities the builder's lexicon has already. A lexicon file extends an entity by its
 * name and cannot take a name from another one, so a rename of such an entity, or a merge of one into
 * another, stays in the curation file.
 */
export function curationToLexicon(
  curation: CurationFile,
  fileName = "curation.json",
  known: ReadonlySet<string> = new Set(),
): CurationLexicon {
  const entities = new Map<string, LexiconEntity>();
  const left: string[] = [];
  const add = (name: string, kind: Kind, category: string, aliases: readonly string[]) => {
    const entity = entities.get(name) ?? { name, kind, category, aliases: [] };
    entity.kind = kind;
    entity.category = category;
    entity.aliases = [...new Set([...entity.aliases, ...aliases])].filter((a) => a !== name).sort(byCodeUnit);
    entities.set(name, entity);
  };
  curation.operations.forEach((op, i) => {
    const where = `operation ${i + 1} (${op.op})`;
    const missing = (what: string) => left.push(`${where}: ${what} not recorded, so it is no lexicon entry`);
    switch (op.op) {
      case "merge": {
        if (!op.label || !op.kind || !op.category) {
          missing("the merged node's label, kind or category");
          break;
        }
        const taken = (op.aliases ?? []).filter((alias) => alias !== op.label && known.has(alias));
        if (taken.length > 0)
          left.push(
            `${where}: ${taken.join(", ")} ${taken.length === 1 ? "is an entity" : "are entities"} of the lexicon, which a lexicon file cannot merge; the curation keeps ${taken.length === 1 ? "it" : "them"} merged`,
          );
        add(
          op.label,
          op.kind,
          op.category,
          (op.aliases ?? []).filter((alias) => !taken.includes(alias)),
        );
        break;
      }
      case "rename":
        if (op.previous && known.has(op.previous))
          left.push(
            `${where}: "${op.previous}" is an entity of the lexicon, which a lexicon file cannot rename; the curation keeps the new name`,
          );
        else if (op.kind && op.category)
          add(op.label, op.kind, op.category, op.previous ? [op.previous] : []);
        else missing("the node's kind or category");
        break;
      case "classify":
        if (op.label && op.kind && op.category) add(op.label, op.kind, op.category, []);
        else missing("the node's label, kind and category");
        break;
      default:
        left.push(`${where}: stays in the curation file (a lexicon names entities only)`);
    }
  });
  return {
    lexicon: {
      about: `Made by "graph curation to-lexicon" from ${fileName}`,
      entities: [...entities.values()],
    },
    left,
  };
}
