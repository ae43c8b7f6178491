/**
 * How long each simulated asynchronous check takes, in seconds. Stripe's test
 * mode settles keyed checks within seconds and documents a little later; the
 * values stay short so end-to-end tests wait little, yet long enough that a
 * client sees `pending_verification` between two polls.
 */
export const verificationDelaySeconds = {
  keyedIdentity: 2,
  address: 2,
  companyTaxId: 2,
  companyName: 2,
  directors: 2,
  document: 5,
  bankAccount: 3,
  website: 3,
} as const;
