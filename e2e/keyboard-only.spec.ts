import { activate, chooseRadio, fillByKeyboard, tabTo } from './support/keyboard.js';
import { onboardingStep, uniqueEmail } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

test('a seller completes onboarding with the keyboard alone', async ({ page, screens }) => {
  await page.goto('/');
  await activate(page, page.getByRole('link', { name: 'Start selling' }));
  await expect(page).toHaveURL(/\/start$/);

  const body = page.locator('body');
  await fillByKeyboard(page, body, { Country: usIndividual.country });
  await chooseRadio(page, usIndividual.businessType);
  await fillByKeyboard(page, body, { Email: uniqueEmail('keyboard') });
  await activate(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Set up payouts' })).toBeVisible();

  for (const step of usIndividual.steps) {
    const form = onboardingStep(page, step.title);
    await expect(form).toBeVisible();
    await fillByKeyboard(page, form, step.values);
    await screens.capture(step.title);
    await activate(page, form.getByRole('button', { name: 'Continue', exact: true }));
    await expect(form).toBeHidden();
    // Focus follows the seller to the next screen's heading, so Tab goes on from there.
    await expect(page.locator(':focus')).toHaveRole('heading');
  }

  await expect(page.getByRole('heading', { level: 2, name: 'Review your details' })).toBeFocused();
  await screens.capture('review');
  const finish = page.getByRole('button', { name: 'Finish', exact: true });
  await tabTo(page, finish);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Seller dashboard' })).toBeVisible();
  await screens.capture('dashboard');
});
