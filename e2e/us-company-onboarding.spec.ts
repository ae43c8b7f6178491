import { adminAccount, openAdmin, settleVerifications } from './support/admin.js';
import { completeSteps, finishFromReview, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usCompany } from './support/test-values.js';

test('a US company with a representative and two owners onboards and can take charges', async ({
  page,
  screens,
}) => {
  const account = await startSeller(page, usCompany, screens);
  await completeSteps(page, usCompany, screens);

  // The review lists the people as the server now holds them.
  const people = page.getByRole('region', { name: 'People', exact: true });
  await expect(people.getByRole('definition')).toContainText(['Jenny Rosen', 'Kai Tanaka, Ana Silva', 'Yes']);
  await finishFromReview(page, screens);

  await openAdmin(page);
  await settleVerifications(page, account);
  const settled = await adminAccount(page.request, account);
  expect(settled).toMatchObject({ country: 'US', business_type: 'company', charges_enabled: true });
  expect(settled.requirements).toMatchObject({ currently_due: [], past_due: [], pending_verification: [] });
});
