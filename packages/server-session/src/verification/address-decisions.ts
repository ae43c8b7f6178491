import { type AddressValue, testAddressLine1 } from '@onboardkit/schema';
import { afterReview, failure, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { VerificationDecision } from './verification-result.js';

// Address tokens in `line1` (reference §6). The error codes are the closest
// of Stripe's enum; the reference marks the mapping as inferred.

const verifiedParts = ['line1', 'city', 'state', 'postal_code', 'town'] as const;

/**
 * An address of the `individual`, the `company` or a person (`person_…`):
 * `address_full_match` verifies; `address_no_match` fails and re-lists
 * `line1`, stopping payouts only (charges stay on, as Stripe says for a
 * business address); `address_line1_no_match` fails and re-lists every part
 * given, stopping charges and payouts. A person whose address fails must also
 * prove it with a document (`verification.additional_document`). Test mode
 * accepts any other address.
 *
 * @example decideAddress('company', { line1: 'address_no_match' }).outcome.status // 'failed'
 */
export function decideAddress(owner: string, address: AddressValue): VerificationDecision {
  const line1 = address.line1?.trim().toLowerCase();
  const proofOfAddress = owner === 'company' ? [] : [`${owner}.verification.additional_document`];
  const delay = verificationDelaySeconds.address;
  switch (line1) {
    case testAddressLine1.noMatch:
      return afterReview(
        failure('invalid_address_city_state_postal_code', {
          relist: [`${owner}.address.line1`],
          requires: proofOfAddress,
          resolved_by: proofOfAddress,
          blocks: ['payouts'],
        }),
        delay,
      );
    case testAddressLine1.line1NoMatch: {
      const given = verifiedParts.filter((part) => (address[part]?.trim() ?? '') !== '');
      return afterReview(
        failure('invalid_street_address', {
          relist: given.map((part) => `${owner}.address.${part}`),
          requires: proofOfAddress,
          resolved_by: proofOfAddress,
          blocks: ['activation', 'payouts'],
        }),
        delay,
      );
    }
    default:
      return afterReview(verified, delay);
  }
}
