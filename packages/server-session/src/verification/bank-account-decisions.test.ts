import { describe, expect, it } from 'vitest';
import { decideBankAccount, payoutFailureOf } from './bank-account-decisions.js';

describe('decideBankAccount', () => {
  it('verifies 000123456789 after a simulated first payout, holding nothing back meanwhile', () => {
    expect(decideBankAccount({ routing_number: '110000000', account_number: '000123456789' })).toEqual({
      outcome: { status: 'verified' },
      timing: { kind: 'asynchronous', delaySeconds: 3, blocksWhilePending: [] },
    });
  });

  it.each([
    ['000111111116', 'no_account'],
    ['000111111113', 'account_closed'],
    ['000222222227', 'insufficient_funds'],
    ['000333333335', 'debit_not_authorized'],
    ['000444444440', 'invalid_currency'],
    ['111111116', 'no_account'],
    ['000000111111111117', 'no_account'],
  ])('fails %s with payout failure %s, re-listing the account and stopping payouts', (number, code) => {
    expect(decideBankAccount({ account_number: number }).outcome).toEqual({
      status: 'failed',
      code: 'invalid_value_other',
      relist: ['external_account'],
      requires: [],
      resolved_by: [],
      blocks: ['payouts'],
      payout_failure_code: code,
    });
  });

  it('verifies SEPA test IBANs and the instant-payout-only failure', () => {
    expect(payoutFailureOf('DE89 3704 0044 0532 0130 00')).toBeNull();
    expect(payoutFailureOf('000888888883')).toBeNull();
  });
});
