import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import { returningUsIndividual } from '../test-support/test-accounts.js';

// A host page with a strict Content-Security-Policy: no inline style
// attributes in markup, style elements only with the page's nonce, scripts only
// from its own origin. The components must render styled under it, through
// the `styleNonce` option, and set off no violation.
const nonce = 'okit-csp-test';
const policy = `default-src 'self'; script-src 'self'; style-src 'nonce-${nonce}'; style-src-attr 'none'; connect-src *`;

const violations: SecurityPolicyViolationEvent[] = [];
const record = (event: SecurityPolicyViolationEvent) => violations.push(event);

beforeAll(() => {
  // A policy in a meta element applies from the moment it is inserted, to everything loaded or added after.
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.prepend(meta);
  document.addEventListener('securitypolicyviolation', record);
});
afterAll(() => document.removeEventListener('securitypolicyviolation', record));

function describeViolations() {
  return violations.map((event) => `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
}

describe('given a host page with a strict Content-Security-Policy', () => {
  it('renders styled with the platform’s nonce, and violates nothing', async () => {
    const { screen } = await renderOnboarding(await returningUsIndividual(), {
      kit: { styleNonce: nonce, appearance: { variables: { colorPrimary: 'rgb(10, 37, 64)' } } },
    });

    const button = screen.getByRole('button', { name: 'Continue' });
    await expect.element(button).toBeVisible();
    // The stylesheet applied (the button is ours, not the browser's default) and so did the variables.
    expect(getComputedStyle(button.element()).backgroundColor).toBe('rgb(10, 37, 64)');
    expect(getComputedStyle(screen.getByLabelText('First name').element()).borderTopStyle).toBe('solid');
    expect(describeViolations()).toEqual([]);
  });

  it('is blocked, and the browser says so, when the platform gives no nonce', async () => {
    // The components add their stylesheet once per page: take it away so this render adds it again.
    for (const style of document.querySelectorAll('style[data-okit-styles]')) style.remove();
    violations.length = 0;

    const { screen } = await renderOnboarding(await returningUsIndividual());

    await expect.element(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect
      .poll(describeViolations)
      .toContainEqual(expect.stringMatching(/^style-src-elem blocked inline$/));
  });
});
