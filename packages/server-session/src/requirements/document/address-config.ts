import { type AddressConfig, type AddressPartName, addressPartNames } from '@onboardkit/schema';
import type { FieldContext } from './field-context.js';

/** What each country's addresses ask by default, when no requirement names the parts (a field shown for review). */
const defaultParts: readonly AddressPartName[] = ['line1', 'city', 'postal_code'];

/**
 * The `address` config of an address field: the parts the requirements name
 * are required, `line2` is optional, and the country's region list is offered
 * where the state is asked.
 */
export function addressConfig(context: FieldContext, requiredParts: readonly string[]): AddressConfig {
  const named = addressPartNames.filter((part) => requiredParts.includes(part));
  const asked = named.length > 0 ? named : defaultParts;
  const parts: AddressConfig['parts'] = {};
  for (const part of addressPartNames) {
    if (asked.includes(part)) parts[part] = 'required';
    else if (part === 'line2') parts[part] = 'optional';
  }
  const regions = context.rules.addressRegions;
  return {
    country: context.country,
    parts,
    ...(regions && asked.includes('state') ? { states: [...regions] } : {}),
  };
}
