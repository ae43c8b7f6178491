import { adminAccount, openAdmin, settleVerifications } from './support/admin.js';
import { completeOnboarding, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { deIndividual } from './support/test-values.js';

test('a German individual onboards with an IBAN and can take charges', async ({ page, screens }) => {
  const account = await startSeller(page, deIndividual, screens);
  await completeOnboarding(page, deIndividual, screens);

  await openAdmin(page);
  await settleVerifications(page, account);
  const settled = await adminAccount(page.request, account);
  expect(settled).toMatchObject({
    country: deIndividual.country,
    charges_enabled: true,
    payouts_enabled: true,
  });
  expect(settled.requirements).toMatchObject({ currently_due: [], past_due: [], pending_verification: [] });
});
