import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every webhook carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const webhookSignatureHeader = 'OnboardKit-Signature';

/** Signatures older (or newer) than this are refused by default: a replayed request is stale. */
export const defaultSignatureToleranceSeconds = 300;

/** The `OnboardKit-Signature` value for `payload` (the exact body sent) at `timestamp` (Unix seconds). */
export function signWebhookPayload(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, payload)}`;
}

function hmacHex(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

export interface VerifyWebhookOptions {
  /** Seconds a signature stays acceptable either side of `now` (300 by default). */
  toleranceSeconds?: number;
  /** Unix seconds; the system clock by default. */
  now?: number;
}

/** Why a webhook's signature was refused. */
export type WebhookSignatureProblem =
  | 'malformed_header'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch';

/**
 * Checks a webhook as your backend receives it: `payload` is the raw body
 * (before any JSON parsing), `header` the `OnboardKit-Signature` value,
 * `secret` the endpoint's `whsec_…`. The same scheme as Stripe's: any
 * `v1=` entry may match (there are two while a secret is being replaced).
 *
 * @example
 * const problem = verifyWebhookSignature(rawBody, request.headers['onboardkit-signature'], process.env.WHSEC);
 * if (problem) return response.status(400).send(problem);
 * const event = JSON.parse(rawBody);
 */
export function verifyWebhookSignature(
  payload: string,
  header: string | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): WebhookSignatureProblem | null {
  const entries = (header ?? '').split(',').map((entry) => entry.trim().split('='));
  const timestamp = Number(entries.find(([name]) => name === 't')?.[1]);
  const signatures = entries
    .filter(([name, value]) => name === 'v1' && value)
    .map(([, value]) => value ?? '');
  if (!Number.isInteger(timestamp) || signatures.length === 0) return 'malformed_header';
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? defaultSignatureToleranceSeconds)) {
    return 'timestamp_out_of_tolerance';
  }
  const expected = Buffer.from(hmacHex(secret, timestamp, payload), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? null : 'signature_mismatch';
}
