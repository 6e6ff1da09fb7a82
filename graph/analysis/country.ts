// The country of a node, where the lexicon knows it: government bodies carry one (entities.json `country`),
// each country's government is named after it (countries.json), and office holders sit in a country or in
// a body that has one (`office`). Pure: the lexicon data is handed in (the explorer loads it on demand).

export interface CountryLexicon {
  entities: readonly { name: string; aliases?: readonly string[]; country?: string; office?: string }[];
  countries: readonly {
    country: string;
    demonym: string;
    name?: string;
    aliases?: readonly string[];
    seats?: readonly string[];
  }[];
}

export type CountryOf = (label: string, aliases?: readonly string[]) => string | null;

const key = (name: string) => name.trim().toLowerCase();

export function countryIndex(lexicon: CountryLexicon): CountryOf {
  const byName = new Map<string, string>();
  const set = (name: string | undefined, country: string) => {
    if (name && !byName.has(key(name))) byName.set(key(name), country);
  };
  const countries = new Set<string>();
  for (const c of lexicon.countries) {
    countries.add(c.country);
    set(c.name ?? `${c.demonym} government`, c.country);
    set(c.country, c.country);
    for (const alias of [...(c.aliases ?? []), ...(c.seats ?? [])]) set(alias, c.country);
  }
  const entityCountry = new Map<string, string>();
  for (const entity of lexicon.entities) {
    if (!entity.country) continue;
    entityCountry.set(key(entity.name), entity.country);
    for (const name of [entity.name, ...(entity.aliases ?? [])]) set(name, entity.country);
  }
  for (const entity of lexicon.entities) {
    if (entity.country || !entity.office) continue;
    const country = countries.has(entity.office) ? entity.office : entityCountry.get(key(entity.office));
    if (!country) continue;
    for (const name of [entity.name, ...(entity.aliases ?? [])]) set(name, country);
  }
  return (label, aliases = []) => {
    const direct = byName.get(key(label));
    if (direct) return direct;
    for (const alias of aliases) {
      const country = byName.get(key(alias));
      if (country) return country;
    }
    return null;
  };
}
