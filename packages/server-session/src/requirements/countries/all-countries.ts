import type { SupportedCountry } from '../account-state.js';
import { brazil } from './brazil.js';
import { canada } from './canada.js';
import type { CountryRules } from './country-rules.js';
import { france, germany, ireland, italy, netherlands, spain, unitedKingdom } from './europe.js';
import { india } from './india.js';
import { japan } from './japan.js';
import { mexico } from './mexico.js';
import { australia, newZealand } from './oceania.js';
import { singapore } from './singapore.js';
import { unitedStates } from './united-states.js';

/** Every supported country's rules; the type makes a missing country a compile error. */
export const countryRules: Readonly<Record<SupportedCountry, CountryRules>> = {
  US: unitedStates,
  CA: canada,
  GB: unitedKingdom,
  DE: germany,
  FR: france,
  IE: ireland,
  NL: netherlands,
  ES: spain,
  IT: italy,
  AU: australia,
  NZ: newZealand,
  JP: japan,
  SG: singapore,
  BR: brazil,
  MX: mexico,
  IN: india,
};
