import { describe, expect, it } from 'vitest';
import {
  decideProductDescription,
  decideStatementDescriptor,
  decideWebsite,
} from './business-profile-decisions.js';

describe('decideWebsite', () => {
  it('verifies https://accessible.stripe.com and ordinary sites after a website review', () => {
    for (const url of ['https://accessible.stripe.com', 'https://rocketrides.io']) {
      expect(decideWebsite(url)).toMatchObject({
        outcome: { status: 'verified' },
        timing: { kind: 'asynchronous' },
      });
    }
  });

  it('refuses https://disallowed.stripe.com at once, stopping payouts', () => {
    expect(decideWebsite('https://disallowed.stripe.com')).toEqual({
      outcome: {
        status: 'failed',
        code: 'invalid_url_denylisted',
        relist: ['business_profile.url'],
        requires: [],
        resolved_by: [],
        blocks: ['payouts'],
      },
      timing: { kind: 'immediate' },
    });
  });

  it.each([
    ['https://geoblocked.stripe.com', 'invalid_url_website_inaccessible_geoblocked'],
    ['https://problem.stripe.com', 'invalid_url_website_other'],
    ['https://missing.stripe.com', 'invalid_url_website_incomplete'],
    ['https://mismatch.stripe.com', 'invalid_url_website_business_information_mismatch'],
    ['https://passwordprotected.stripe.com/', 'invalid_url_website_inaccessible_password_protected'],
    ['https://underconstruction.stripe.com', 'invalid_url_website_incomplete_under_construction'],
    ['https://INACCESSIBLE.stripe.com', 'invalid_url_website_inaccessible'],
  ])('fails %s with %s after review', (url, code) => {
    expect(decideWebsite(url)).toMatchObject({
      outcome: { status: 'failed', code },
      timing: { kind: 'asynchronous' },
    });
  });

  it('pauses capabilities for https://inactivity.stripe.com', () => {
    expect(decideWebsite('https://inactivity.stripe.com').outcome).toEqual({
      status: 'verified',
      effect: 'paused.inactivity',
    });
  });
});

describe('decideStatementDescriptor', () => {
  it.each([
    ['mismatch', 'invalid_statement_descriptor_business_mismatch'],
    ['DISALLOWED', 'invalid_statement_descriptor_denylisted'],
  ])('refuses %s at once with %s', (descriptor, code) => {
    expect(decideStatementDescriptor(descriptor)).toMatchObject({
      outcome: { code },
      timing: { kind: 'immediate' },
    });
  });

  it('does not check an ordinary descriptor', () => {
    expect(decideStatementDescriptor('ROCKET RIDES')).toBeNull();
  });
});

describe('decideProductDescription', () => {
  it('on require_url makes a website due until one verifies', () => {
    expect(decideProductDescription('require_url')?.outcome).toMatchObject({
      code: 'invalid_url_web_presence_detected',
      requires: ['business_profile.url'],
      resolved_by: ['business_profile.url'],
    });
    expect(decideProductDescription('Guided bike tours of the city')).toBeNull();
  });
});
