import { settleVerificationsOf } from './support/admin.js';
import { submitForSignedInSeller, usIndividualWireValues } from './support/embedded-api.js';
import { fillByLabel } from './support/fill-by-label.js';
import { startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

test('a seller replaces the payout bank account from the dashboard, seeing only its last four digits', async ({
  page,
  screens,
}) => {
  const account = await startSeller(page, usIndividual);
  await submitForSignedInSeller(page, usIndividualWireValues);
  // An established seller: every check of the onboarding has settled before they manage the account.
  await settleVerificationsOf(page, account);

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Seller dashboard' })).toBeVisible();
  const payouts = page.getByRole('region', { name: 'Payouts', exact: true });
  await expect(payouts).toContainText('6789');
  await expect(payouts).not.toContainText('000123456789');
  await screens.capture('dashboard');

  await payouts.getByRole('button', { name: 'Edit Payouts', exact: true }).click();
  await payouts.getByRole('button', { name: 'Replace Bank account', exact: true }).click();
  // Stripe's test account for "instant payouts unavailable": it verifies, and ends in other digits.
  await fillByLabel(payouts, {
    'Bank account': { 'Routing number': '110000000', 'Account number': '000888888883' },
  });
  await screens.capture('replacing the bank account');
  await payouts.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Payouts: your changes were saved.' }),
  ).toBeVisible();
  await expect(payouts).toContainText('8883');
  await expect(payouts).not.toContainText('6789');
  await screens.capture('bank account replaced');

  // The server holds the new account: a fresh page shows it too.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Payouts', exact: true })).toContainText('8883');
});
