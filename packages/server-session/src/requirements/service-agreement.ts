import type { AccountState } from './account-state.js';

/**
 * The services agreement the account accepts: Stripe's `recipient` agreement
 * for transfers-only accounts, the `full` one as soon as card payments are
 * requested.
 */
export function serviceAgreementOf(
  state: Pick<AccountState, 'requested_capabilities'>,
): 'full' | 'recipient' {
  const capabilities = state.requested_capabilities;
  return capabilities.includes('transfers') && !capabilities.includes('card_payments') ? 'recipient' : 'full';
}
