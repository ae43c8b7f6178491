/** What a country-aware format needs to know about the value it checks. */
export interface FormatContext {
  /** ISO 3166-1 alpha-2 code of the country the value belongs to, e.g. `US`. */
  country?: string;
}

/**
 * A named check on a string value. Returns `false` for a value the format
 * rejects; never throws, whatever the input.
 */
export type FormatValidator = (value: string, context?: FormatContext) => boolean;
