import type { Page } from '@playwright/test';
import { expectFilled } from './support/fill-by-label.js';
import { continueFrom, fillStep, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

// page.route aborts requests to the session server's embedded API as a dropped
// connection would: the only mock in the suite, and only of the network.

const business = usIndividual.steps[0];
if (!business) throw new Error('The US individual answers start with the business step.');

/** Aborts the browser's requests for the requirements document while `drop` says so; counts them all. */
async function dropRequirements(page: Page, drop: (attempt: number) => boolean) {
  const attempts = { count: 0 };
  await page.route(
    (url) => url.pathname === '/v1/embedded/requirements',
    async (route) => {
      attempts.count += 1;
      if (drop(attempts.count)) await route.abort('connectionreset');
      else await route.continue();
    },
  );
  return attempts;
}

test('a requirements request dropped once is retried without the seller noticing', async ({ page }) => {
  const attempts = await dropRequirements(page, (attempt) => attempt === 1);
  await startSeller(page, usIndividual);
  await expect(onboardingStep(page, 'Your business')).toBeVisible();
  expect(attempts.count).toBeGreaterThanOrEqual(2);
  await expect(page.getByText('This form could not load.')).toHaveCount(0);
});

test('when the session server stays unreachable the form offers to try again, and recovers', async ({
  page,
  screens,
}) => {
  let reachable = false;
  const attempts = await dropRequirements(page, () => !reachable);
  await startSeller(page, usIndividual);
  const alert = page.getByRole('alert').filter({ hasText: 'This form could not load.' });
  await expect(alert).toBeVisible();
  // The API client retried on its own before giving up (three retries with backoff).
  expect(attempts.count).toBeGreaterThanOrEqual(4);
  await screens.capture('could not load');

  reachable = true;
  await alert.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(onboardingStep(page, 'Your business')).toBeVisible();
  await screens.capture('recovered');
});

test('a save lost to a dropped connection is reported, keeps what was typed, and goes through on retry', async ({
  page,
  screens,
}) => {
  await startSeller(page, usIndividual);
  let dropped = 0;
  await page.route(
    (url) => url.pathname === '/v1/embedded/submissions',
    async (route) => {
      if (route.request().method() === 'POST' && dropped === 0) {
        dropped += 1;
        await route.abort('connectionreset');
      } else await route.continue();
    },
  );
  const form = await fillStep(page, business);
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  // A write is not retried on its own (it may have landed); the seller decides to send it again.
  await expect(form.getByRole('alert')).toContainText('Your details could not be saved. Try again.');
  expect(dropped).toBe(1);
  await expectFilled(form, business.values);
  await screens.capture('save failed');

  await continueFrom(form);
  await expect(onboardingStep(page, 'Personal details')).toBeVisible();
  await screens.capture('saved on retry');
});
