import { settleVerificationsOf } from './support/admin.js';
import { fillStep, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

// A seller fills one step while the verifier settles a check of the previous
// one (in test mode 2–5 s after each save; a person takes longer than that on
// a step). Nothing the seller sees changed, so the next save must go through.
test('a verification settling between two steps does not make the next save conflict', async ({
  page,
  screens,
}) => {
  const [business, personal] = usIndividual.steps;
  if (!business || !personal)
    throw new Error('The US individual answers start with business and personal steps.');
  const account = await startSeller(page, usIndividual);
  const businessForm = await fillStep(page, business);
  await businessForm.getByRole('button', { name: 'Continue', exact: true }).click();
  const form = await fillStep(page, personal);

  // The website check of the first step settles now, as the background job would a few seconds later.
  await settleVerificationsOf(page, account);

  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === '/v1/embedded/submissions',
  );
  await form.getByRole('button', { name: 'Continue', exact: true }).click();
  const response = await saved;
  await screens.capture('after the save');
  expect(response.status(), await response.text()).toBe(200);
  await expect(onboardingStep(page, 'Payouts')).toBeVisible();
});
