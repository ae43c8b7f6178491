// Small builders for the requirement lists of the country files, so each list
// reads as the reference states it without repeating `dob.day/month/year`.

/** The three requirement keys of a date of birth under `prefix`. */
export function dateOfBirth(prefix: string): string[] {
  return [`${prefix}.dob.day`, `${prefix}.dob.month`, `${prefix}.dob.year`];
}

/** The address parts under `prefix`, e.g. `address('individual', ['line1', 'city'])`. */
export function address(prefix: string, parts: readonly string[], field = 'address'): string[] {
  return parts.map((part) => `${prefix}.${field}.${part}`);
}

/** Plain fields under `prefix`. */
export function fields(prefix: string, names: readonly string[]): string[] {
  return names.map((name) => `${prefix}.${name}`);
}

/** The ToS acceptance keys every list ends with. */
export const tosAcceptance = ['tos_acceptance.date', 'tos_acceptance.ip'];
