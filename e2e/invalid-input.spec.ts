import { expectFilled, fillByLabel } from './support/fill-by-label.js';
import { continueFrom, fillStep, onboardingStep, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual, usIndividualPersonalDetails } from './support/test-values.js';

const ssnLabel = 'Last 4 digits of Social Security number';

test('invalid details are flagged on their fields and everything else typed stays', async ({
  page,
  screens,
}) => {
  await startSeller(page, usIndividual);
  const business = usIndividual.steps[0];
  if (!business) throw new Error('The US individual answers start with the business step.');
  await continueFrom(await fillStep(page, business));

  const form = onboardingStep(page, 'Personal details');
  const typed = { ...usIndividualPersonalDetails, 'Date of birth': '2020-01-01', [ssnLabel]: '12' };
  await fillByLabel(form, typed);
  await form.getByRole('button', { name: 'Continue', exact: true }).click();

  const summary = form.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    /^Date of birth: .*13 years old/,
    new RegExp(`^${ssnLabel}: `),
  ]);
  const dateOfBirth = form.getByLabel('Date of birth', { exact: true });
  const ssn = form.getByLabel(ssnLabel, { exact: true });
  await expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true');
  await expect(dateOfBirth).toHaveAccessibleDescription(/at least 13 years old/);
  await expect(ssn).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('First name', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the first field to fix, so a keyboard or screen-reader user lands on it.
  await expect(dateOfBirth).toBeFocused();
  await screens.capture('field errors');

  // Nothing typed was lost, the invalid values included: the seller corrects, not retypes.
  await expectFilled(form, typed);

  // The summary's links lead to their fields.
  await summary.getByRole('link', { name: new RegExp(`^${ssnLabel}`) }).click();
  await expect(ssn).toBeFocused();

  await fillByLabel(form, { 'Date of birth': '1901-01-01', [ssnLabel]: '0000' });
  await expect(dateOfBirth).not.toHaveAttribute('aria-invalid', 'true');
  await continueFrom(form);
  await expect(onboardingStep(page, 'Payouts')).toBeVisible();
  await screens.capture('corrected and moved on');
});
