import { expectNoSeriousViolations } from './support/accessibility.js';
import { continueFrom, fillStep, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usCompany } from './support/test-values.js';

// A US company passes through every kind of step (business, company, people
// with person lists, payouts, terms, review): each is scanned as it first
// shows, with its errors after an empty submit, and filled in.
test('every onboarding step has no serious or critical accessibility violations', async ({
  page,
  screens,
}) => {
  // About twenty axe scans of whole pages: 1.8 minutes on a quiet run here, past two on a busy one.
  test.setTimeout(240_000);
  await page.goto('/start');
  await expectNoSeriousViolations(page, 'the start page');
  await startSeller(page, usCompany);

  for (const step of usCompany.steps) {
    const form = onboardingStep(page, step.title);
    await expect(form).toBeVisible();
    await expectNoSeriousViolations(page, `${step.title}, as it shows`);

    await form.getByRole('button', { name: 'Continue', exact: true }).click();
    const errors = form.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(errors).toBeVisible();
    await expectNoSeriousViolations(page, `${step.title}, with its errors`);
    await screens.capture(`${step.title} errors`);

    await fillStep(page, step);
    await expectNoSeriousViolations(page, `${step.title}, filled in`);
    await screens.capture(step.title);
    await continueFrom(form);
  }

  await expect(page.getByRole('heading', { level: 2, name: 'Review your details' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the review');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seller dashboard' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the dashboard');
  await screens.capture('dashboard');
});
