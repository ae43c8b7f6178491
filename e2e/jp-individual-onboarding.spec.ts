import { adminAccount, openAdmin, settleVerifications } from './support/admin.js';
import { completeOnboarding, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { jpIndividual } from './support/test-values.js';

test('a Japanese individual onboards with kana and kanji details and can take charges', async ({
  page,
  screens,
}) => {
  const account = await startSeller(page, jpIndividual, screens);
  await completeOnboarding(page, jpIndividual, screens);

  await openAdmin(page);
  await settleVerifications(page, account);
  const settled = await adminAccount(page.request, account);
  expect(settled).toMatchObject({
    country: jpIndividual.country,
    charges_enabled: true,
    payouts_enabled: true,
  });
  expect(settled.requirements).toMatchObject({ currently_due: [], past_due: [], pending_verification: [] });
});
