/**
 * The server's time source. Everything that compares with "now" (session
 * expiry, deadlines, verification reviews, idempotency retention) reads it
 * through this, so tests move time instead of waiting for it.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Unix time in seconds, as the API and the requirements engine count it. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
