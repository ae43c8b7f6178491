import { testWebsites } from '@onboardkit/schema';
import { afterReview, failure, immediately, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { VerificationErrorCode } from './verification-error-codes.js';
import type { VerificationDecision } from './verification-result.js';

// Decisions on what the business shows the world (reference §6): its website,
// statement descriptor and product description. Stripe needs these verified
// before the first payout, not the first charge, so failures stop payouts only.

function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}

// The test sites are matched by host: `http://`, a path or a trailing slash change nothing.
const websiteFailures: ReadonlyMap<string, VerificationErrorCode> = new Map(
  Object.values(testWebsites.fails).map(({ url, code }) => [hostOf(url) ?? url, code]),
);
const denylistedHost = hostOf(testWebsites.denylisted);
const inactiveHost = hostOf(testWebsites.inactive);

/**
 * `business_profile.url`: `https://disallowed.stripe.com` is refused at once
 * (a denylist); the other `*.stripe.com` test sites fail after a website
 * review with their codes; `https://inactivity.stripe.com` verifies but
 * pauses the capabilities (`paused.inactivity`); any other site verifies.
 *
 * @example decideWebsite('https://geoblocked.stripe.com').outcome.status // 'failed'
 */
export function decideWebsite(url: string): VerificationDecision {
  const host = hostOf(url) ?? '';
  const relist = { relist: ['business_profile.url'], blocks: ['payouts' as const] };
  if (host === denylistedHost) return immediately(failure('invalid_url_denylisted', relist));
  const delay = verificationDelaySeconds.website;
  const failed = websiteFailures.get(host);
  if (failed) return afterReview(failure(failed, relist), delay);
  if (host === inactiveHost) return afterReview({ status: 'verified', effect: 'paused.inactivity' }, delay);
  return afterReview(verified, delay);
}

/**
 * `settings.payments.statement_descriptor`: `mismatch` and `disallowed` are
 * refused at once, as Stripe checks descriptors synchronously. Any other
 * descriptor needs no check: `null`.
 */
export function decideStatementDescriptor(value: string): VerificationDecision | null {
  const relist = { relist: ['settings.payments.statement_descriptor'], blocks: ['payouts' as const] };
  switch (value.trim().toLowerCase()) {
    case 'mismatch':
      return immediately(failure('invalid_statement_descriptor_business_mismatch', relist));
    case 'disallowed':
      return immediately(failure('invalid_statement_descriptor_denylisted', relist));
    default:
      return null;
  }
}

/**
 * `business_profile.product_description`: `require_url` says the business
 * sells online, so a website becomes due (`invalid_url_web_presence_detected`)
 * until one is verified. Any other description needs no check: `null`.
 */
export function decideProductDescription(value: string): VerificationDecision | null {
  if (value.trim().toLowerCase() !== 'require_url') return null;
  return immediately(
    failure('invalid_url_web_presence_detected', {
      requires: ['business_profile.url'],
      resolved_by: ['business_profile.url'],
      blocks: ['payouts'],
    }),
  );
}
