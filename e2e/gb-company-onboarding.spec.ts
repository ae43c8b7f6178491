import { adminAccount, openAdmin, settleVerifications } from './support/admin.js';
import { completeOnboarding, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { gbCompany } from './support/test-values.js';

test('a GB company with its representative, owner and director onboards and can take charges', async ({
  page,
  screens,
}) => {
  const account = await startSeller(page, gbCompany, screens);
  await completeOnboarding(page, gbCompany, screens);

  await openAdmin(page);
  await settleVerifications(page, account);
  const settled = await adminAccount(page.request, account);
  expect(settled).toMatchObject({ country: gbCompany.country, charges_enabled: true, payouts_enabled: true });
  expect(settled.requirements).toMatchObject({ currently_due: [], past_due: [], pending_verification: [] });
});
