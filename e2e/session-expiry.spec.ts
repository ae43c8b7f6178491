import { demoUrl, shortSessionDemo } from './support/demo-instances.js';
import { expectFilled } from './support/fill-by-label.js';
import { continueFrom, fillStep, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

// This demo's session server gives account sessions its shortest lifetime (60 s).
test.use({ baseURL: demoUrl(shortSessionDemo) });

test('a session that expires mid-form is renewed on the next save, keeping what was typed', async ({
  page,
  screens,
}) => {
  const lifetimeSeconds = shortSessionDemo.sessionLifetimeSeconds ?? 60;
  test.setTimeout((lifetimeSeconds + 90) * 1000);
  const mintedAt: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/account-session' && response.ok())
      mintedAt.push(Date.now());
  });

  await startSeller(page, usIndividual);
  const [business, personal] = usIndividual.steps;
  if (!business || !personal)
    throw new Error('The US individual answers start with business and personal steps.');
  await continueFrom(await fillStep(page, business));
  const form = await fillStep(page, personal);
  await screens.capture('typed before the session expires');
  // The latest session minted is the one in use: every earlier one expires sooner.
  const lastMint = mintedAt.at(-1);
  if (lastMint === undefined) throw new Error('The onboarding never asked the demo backend for a session.');
  const mintsBefore = mintedAt.length;

  // The seller pauses longer than the session lives (plus a second for the server's whole-second clock).
  await page.waitForTimeout(Math.max(0, lastMint + (lifetimeSeconds + 2) * 1000 - Date.now()));

  const refused = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/v1/embedded/submissions' && response.status() === 401,
  );
  await continueFrom(form);
  const expired = (await (await refused).json()) as { error: { code: string } };
  expect(expired.error.code).toBe('session_expired');

  // The components fetched a new client secret and sent the same details again.
  await expect(onboardingStep(page, 'Payouts')).toBeVisible();
  expect(mintedAt.length).toBeGreaterThan(mintsBefore);
  await screens.capture('saved with a renewed session');

  await onboardingStep(page, 'Payouts').getByRole('button', { name: 'Back', exact: true }).click();
  await expectFilled(onboardingStep(page, 'Personal details'), {
    'First name': 'Jenny',
    'Last name': 'Rosen',
    Email: 'jenny.rosen@example.com',
    'Date of birth': '1901-01-01',
  });
});
