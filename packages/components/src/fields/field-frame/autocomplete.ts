/**
 * `autocomplete` tokens by the last segment of a field key, so browsers fill
 * known details and assistive tech can name the input's purpose (WCAG 1.3.5).
 */
const tokens: Readonly<Record<string, string>> = {
  first_name: 'given-name',
  last_name: 'family-name',
  email: 'email',
  phone: 'tel',
  url: 'url',
  dob: 'bday',
  name: 'organization',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  state: 'address-level1',
  postal_code: 'postal-code',
  country: 'country',
};

export function autocompleteFor(key: string, sensitive = false): string | undefined {
  // Tax ids and bank numbers must not land in the browser's autofill store.
  if (sensitive) return 'off';
  const last = key.slice(key.lastIndexOf('.') + 1);
  return tokens[last];
}
