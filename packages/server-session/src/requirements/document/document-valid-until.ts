import { type AccountState, type BusinessType, businessTypes } from '../account-state.js';
import { countryRules } from '../countries/all-countries.js';
import { requirementEntries } from '../requirement-universe.js';

const daySeconds = 86_400;

/**
 * The first moment after `now` (unix seconds) at which the clock alone can
 * change the requirements document of `state`, or `Infinity` when it never
 * can. Only time rules do that: a deadline requirement opening or passing its
 * deadline (for the account's business type, or any candidate type while none
 * is chosen), and a grace period ending (`unverifiedClosureDays`). Anything
 * else that changes the document writes the account and bumps its version.
 * A document built at `now` is the one the clock gives until then.
 *
 * @example
 * const until = documentValidUntil(state, now); // serve a cached document while now < until
 */
export function documentValidUntil(state: AccountState, now: number): number {
  const rules = countryRules[state.country];
  let until = Number.POSITIVE_INFINITY;
  const consider = (moment: number) => {
    if (moment > now && moment < until) until = moment;
  };
  const candidates: readonly BusinessType[] =
    state.business_type === null ? businessTypes : [state.business_type];
  for (const businessType of candidates) {
    for (const { timing } of requirementEntries({ ...state, business_type: businessType }, rules).values()) {
      if (timing.kind !== 'deadline') continue;
      consider(timing.opensAt);
      consider(timing.deadline);
    }
  }
  if (rules.unverifiedClosureDays !== undefined) {
    consider(state.created + rules.unverifiedClosureDays * daySeconds);
  }
  return until;
}
