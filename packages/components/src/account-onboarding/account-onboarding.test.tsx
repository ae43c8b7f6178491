import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import {
  returningUsIndividual,
  thirteenthBirthdayToday,
  usPersonalValues,
} from '../test-support/test-accounts.js';
import { createTestAccount, dropNextConnections, watchRequests } from '../test-support/test-session.js';

type Screen = Awaited<ReturnType<typeof renderOnboarding>>['screen'];

/** Fills the personal step of the US individual with values the schema and the verifier accept. */
async function fillPersonalStep(screen: Screen, overrides: { postalCode?: string } = {}) {
  await userEvent.fill(screen.getByLabelText('First name'), 'Jenny');
  await userEvent.fill(screen.getByLabelText('Last name'), 'Rosen');
  await userEvent.fill(screen.getByLabelText('Email'), 'jenny@example.com');
  await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '415 555 2671');
  await userEvent.fill(screen.getByLabelText('Date of birth'), '1901-01-01');
  await userEvent.fill(screen.getByLabelText('Address line 1'), '1 Market St');
  await userEvent.fill(screen.getByLabelText('City'), 'San Francisco');
  await userEvent.selectOptions(screen.getByLabelText('State or province'), 'CA');
  await userEvent.fill(screen.getByLabelText('Postal code'), overrides.postalCode ?? '94107');
  await userEvent.fill(screen.getByLabelText('Last 4 digits of Social Security number'), '0000');
}

/** What `fillPersonalStep` sends: only the step's values, the phone in E.164. */
const personalStepSubmission = {
  'individual.first_name': 'Jenny',
  'individual.last_name': 'Rosen',
  'individual.email': 'jenny@example.com',
  'individual.phone': '+14155552671',
  'individual.dob': '1901-01-01',
  'individual.address': { line1: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94107' },
  'individual.ssn_last_4': '0000',
};

describe('AccountOnboarding', () => {
  describe('given a returning US individual', () => {
    it('resumes at the first step with a field still due, fetching the client secret once under StrictMode', async () => {
      const onStepChange = vi.fn();
      const { screen, session } = await renderOnboarding(await returningUsIndividual(), {
        props: { onStepChange },
      });
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expect.element(screen.getByText('Step 2 of 5')).toBeVisible();
      expect(onStepChange).toHaveBeenLastCalledWith({ step: 'personal' });
      expect(session.mints).toBe(1);
      await expectNoAxeViolations(screen.container);
    });

    it('shows the error of a required field left empty and moves focus there', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual());
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const firstName = screen.getByLabelText('First name');
      await expect.element(firstName).toHaveAttribute('aria-invalid', 'true');
      await expect.element(firstName).toHaveFocus();
      await expect.element(firstName).toHaveAccessibleDescription('This field is required.');
      await expect.element(screen.getByRole('alert')).toHaveTextContent('There is a problem');
      await expectNoAxeViolations(screen.container);
    });

    it('moves focus to the error summary when the step cannot be saved, and saves on the next try', async () => {
      const account = await returningUsIndividual();
      const { screen } = await renderOnboarding(account);
      await fillPersonalStep(screen);
      await dropNextConnections('/v1/embedded/submissions');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

      const summary = screen.getByRole('alert');
      await expect.element(summary).toHaveTextContent('Your details could not be saved. Try again.');
      await expect.element(summary).toHaveFocus();
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      expect((await account.details()).values['individual.first_name']).toBe('Jenny');
    });

    it('puts a bad postal code error on the postal code input', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual());
      await fillPersonalStep(screen, { postalCode: '9410' });
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const postalCode = screen.getByLabelText('Postal code');
      await expect.element(postalCode).toHaveAttribute('aria-invalid', 'true');
      await expect.element(postalCode).toHaveFocus();
      await expect
        .element(postalCode)
        .toHaveAccessibleDescription('This value is not valid. Check it and try again.');
      await expect.element(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
    });

    it('shows the server’s verdict on its field when the server refuses a value the browser accepted', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual());
      await fillPersonalStep(screen);
      // Thirteen today for the browser; the server's day (a day behind) has not reached the birthday.
      await userEvent.fill(screen.getByLabelText('Date of birth'), thirteenthBirthdayToday());
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const dob = screen.getByLabelText('Date of birth');
      await expect.element(dob).toHaveAttribute('aria-invalid', 'true');
      await expect.element(dob).toHaveFocus();
      await expect.element(dob).toHaveAccessibleDescription('The person must be at least 13 years old.');
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    it('saves the step, sends only what changed, and moves focus to the next step’s heading', async () => {
      const account = await returningUsIndividual();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await fillPersonalStep(screen);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      await expect.element(screen.getByLabelText('Routing number')).toBeVisible();
      await expect.element(screen.getByLabelText('Account number')).toBeVisible();
      await expectNoAxeViolations(screen.container);
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([personalStepSubmission]);
      // The submission answers with the new document: it is not read again.
      expect(sent().filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(1);
      const stored = await account.details();
      expect(stored.values['individual.first_name']).toBe('Jenny');
      expect(stored.values).not.toHaveProperty('individual.ssn_last_4');
      expect(stored.masks['individual.ssn_last_4']).toMatchObject({ provided: true });
    });

    it('keeps typed values and carries on when the session expires mid-step', async () => {
      const account = await returningUsIndividual();
      const sent = watchRequests();
      const { screen, session } = await renderOnboarding(account);
      await fillPersonalStep(screen);
      // The server ends the session while the person types: the next request is refused as expired.
      await session.revoke();
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toBeVisible();
      // fetchClientSecret was asked again, and the refused submission sent again with the new secret.
      expect(session.mints).toBe(2);
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        personalStepSubmission,
        personalStepSubmission,
      ]);
      // Everything typed before the expiry reached the server.
      const { requirements } = await account.retrieve();
      expect(requirements.currently_due).not.toContain('individual.first_name');
      expect(requirements.currently_due).not.toContain('individual.address.line1');
      const stored = await account.details();
      expect(stored.values).toMatchObject({
        'individual.first_name': 'Jenny',
        'individual.last_name': 'Rosen',
        'individual.dob': '1901-01-01',
        'individual.address': personalStepSubmission['individual.address'],
      });
    });

    it('shows a held SSN only as its mask, and lets the person replace it', async () => {
      const account = await returningUsIndividual({
        'individual.ssn_last_4': usPersonalValues['individual.ssn_last_4'],
      });
      const { screen } = await renderOnboarding(account);
      const replace = screen.getByRole('button', { name: 'Replace Last 4 digits of Social Security number' });
      await expect.element(replace).toBeVisible();
      await expect.element(screen.getByText('0000')).not.toBeInTheDocument();
      await userEvent.click(replace);
      const input = screen.getByLabelText('Last 4 digits of Social Security number');
      await expect.element(input).toHaveFocus();
      await expect.element(input).toHaveAttribute('type', 'password');
      await expect.element(input).toHaveValue('');
      await userEvent.click(screen.getByRole('button', { name: 'Keep current' }));
      await expect
        .element(screen.getByRole('button', { name: 'Replace Last 4 digits of Social Security number' }))
        .toHaveFocus();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given an account whose business type is not known yet', () => {
    it('asks next for the details of the business type chosen', async () => {
      const { screen } = await renderOnboarding(await createTestAccount({ country: 'US' }));
      await userEvent.selectOptions(screen.getByLabelText('Business type'), 'company');
      await userEvent.selectOptions(screen.getByLabelText('Industry'), '5734');
      await userEvent.fill(screen.getByLabelText('Business website'), 'https://accessible.stripe.com');
      await userEvent.fill(screen.getByLabelText('Statement descriptor'), 'ROCKET RIDES');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Company details' })).toHaveFocus();
      await expect.element(screen.getByLabelText('Legal business name')).toBeVisible();
      await expect.element(screen.getByLabelText('First name')).not.toBeInTheDocument();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout and speaks the locale', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual(), { kit: { locale: 'ar' } });
      await expect.element(screen.getByRole('button', { name: 'متابعة' })).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
    });
  });
});
