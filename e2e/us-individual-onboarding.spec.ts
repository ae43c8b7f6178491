import { adminAccount, adminRow, openAdmin, settleVerifications, webhookRows } from './support/admin.js';
import { completeOnboarding, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

test('a US individual onboards and can take charges once the verifications settle', async ({
  page,
  screens,
}) => {
  const account = await startSeller(page, usIndividual, screens);
  await completeOnboarding(page, usIndividual, screens);

  await openAdmin(page);
  await expect(adminRow(page, account)).toBeVisible();
  await settleVerifications(page, account);
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  // The row's cells after its id: country, business type, charges_enabled, payouts_enabled, …
  await expect(adminRow(page, account).getByRole('cell').nth(2)).toHaveText('true');
  await expect(adminRow(page, account).getByRole('cell').nth(3)).toHaveText('true');
  // The session server told the marketplace's backend of each change by a signed webhook; the job sends
  // within a second, so the page may need another refresh to list the settlement's.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(webhookRows(page, account).filter({ hasText: 'charges_enabled' }).first()).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await screens.capture('admin after verification');

  const settled = await adminAccount(page.request, account);
  expect(settled).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });
  expect(settled.requirements).toMatchObject({ currently_due: [], past_due: [], pending_verification: [] });
});
