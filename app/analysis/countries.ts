// The lexicon's countries, loaded when colour by country is first chosen (the entity list is big and the
// first paint does not need it).
import { countryIndex, type CountryOf } from "../../graph/analysis/country.ts";

let loading: Promise<CountryOf> | null = null;

export function loadCountryIndex(): Promise<CountryOf> {
  loading ??= Promise.all([
    import("../../graph/lexicon/entities.json"),
    import("../../graph/lexicon/countries.json"),
  ]).then(([entities, countries]) =>
    countryIndex({ entities: entities.default.entities, countries: countries.default.countries }),
  );
  return loading;
}
