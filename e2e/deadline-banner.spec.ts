import { adminAccount, advanceDeadlines, openAdmin, settleVerifications } from './support/admin.js';
import { submitForSignedInSeller, usIndividualWireValues } from './support/embedded-api.js';
import { fillByLabel } from './support/fill-by-label.js';
import { continueFrom, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

test('the notification banner shows what is past due once a deadline passes', async ({ page, screens }) => {
  const account = await startSeller(page, usIndividual);
  await submitForSignedInSeller(page, usIndividualWireValues);
  await openAdmin(page);
  await settleVerifications(page, account);

  // Onboarded and verified: the full SSN is due only 30 days after the account was created.
  const onboarded = await adminAccount(page.request, account);
  expect(onboarded.charges_enabled).toBe(true);
  expect(onboarded.requirements.eventually_due).toContain('individual.id_number');
  expect(onboarded.requirements.past_due).toEqual([]);
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Payouts', exact: true })).toBeVisible();
  await expect(page.getByText('Past due:')).toHaveCount(0);
  await screens.capture('nothing due');

  await openAdmin(page);
  await advanceDeadlines(page, account);
  const overdue = await adminAccount(page.request, account);
  expect(overdue.requirements.past_due).toContain('individual.id_number');
  expect(overdue.charges_enabled).toBe(false);
  await screens.capture('admin after the deadline');

  await page.goto('/dashboard');
  const banner = page.getByRole('region', { name: 'Your account needs more information' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('listitem').filter({ hasText: 'Past due:' })).toContainText(
    'Social Security number (SSN)',
  );
  await screens.capture('banner past due');

  // The banner's action opens the onboarding for exactly what is due, in place.
  await banner.getByRole('button', { name: 'Provide information' }).click();
  const form = onboardingStep(page, 'Personal details');
  await expect(form.getByLabel('Social Security number (SSN)', { exact: true })).toBeVisible();
  await expect(form.getByLabel('First name', { exact: true })).toHaveCount(0);
  await fillByLabel(form, { 'Social Security number (SSN)': '000000000' });
  await screens.capture('providing the past-due detail');
  await continueFrom(form);
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByText('Past due:')).toHaveCount(0);

  await openAdmin(page);
  await settleVerifications(page, account);
  const restored = await adminAccount(page.request, account);
  expect(restored.requirements.past_due).toEqual([]);
  expect(restored.charges_enabled).toBe(true);
});
