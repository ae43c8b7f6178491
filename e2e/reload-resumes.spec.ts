import { expectFilled } from './support/fill-by-label.js';
import {
  continueFrom,
  fillStep,
  finishFromReview,
  onboardingStep,
  startSeller,
} from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

test('a reload mid-flow resumes at the next step with everything saved so far', async ({ page, screens }) => {
  await startSeller(page, usIndividual);
  const [business, personal, payouts, terms] = usIndividual.steps;
  if (!business || !personal || !payouts || !terms)
    throw new Error('The US individual answers have four steps.');
  await continueFrom(await fillStep(page, business));
  await continueFrom(await fillStep(page, personal));
  await expect(onboardingStep(page, 'Payouts')).toBeVisible();

  await page.reload();
  await expect(onboardingStep(page, 'Payouts')).toBeVisible();
  await expect(page.getByText('Step 3 of 5', { exact: true })).toBeVisible();
  await screens.capture('resumed on payouts');

  await onboardingStep(page, 'Payouts').getByRole('button', { name: 'Back', exact: true }).click();
  const personalForm = onboardingStep(page, 'Personal details');
  // The phone and the SSN come back differently from how they were typed; checked apart below.
  const plain = Object.fromEntries(
    Object.entries(personal.values).filter(
      ([label]) => label !== 'Phone number' && label !== 'Last 4 digits of Social Security number',
    ),
  );
  await expectFilled(personalForm, plain);
  // The number comes back as the server holds it (E.164), shown in the national format.
  await expect(personalForm.getByLabel('Phone number', { exact: true })).toHaveValue(/415\D*555\D*2671/);
  // A sensitive value is never sent back: the field shows it is held, and can be replaced.
  await expect(
    personalForm.getByRole('button', { name: 'Replace Last 4 digits of Social Security number' }),
  ).toBeVisible();
  await screens.capture('personal details kept');

  await personalForm.getByRole('button', { name: 'Back', exact: true }).click();
  await expectFilled(onboardingStep(page, 'Your business'), business.values);

  // Going forward again sends nothing new and lands where the seller left off.
  await continueFrom(onboardingStep(page, 'Your business'));
  await continueFrom(personalForm);
  await continueFrom(await fillStep(page, payouts));
  await continueFrom(await fillStep(page, terms));
  await finishFromReview(page, screens);
});
