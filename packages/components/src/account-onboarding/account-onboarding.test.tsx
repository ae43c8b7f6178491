import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { usIndividualDocument } from '../test-support/documents.fixture.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';

type Screen = Awaited<ReturnType<typeof renderOnboarding>>['screen'];

/** Fills the "About you" step of the US individual with values the schema accepts. */
async function fillPersonalStep(screen: Screen, overrides: { postalCode?: string } = {}) {
  await userEvent.fill(screen.getByLabelText('First name'), 'Jenny');
  await userEvent.fill(screen.getByLabelText('Date of birth'), '1901-01-01');
  await userEvent.fill(screen.getByLabelText('Email'), 'jenny@example.com');
  await userEvent.fill(screen.getByRole('textbox', { name: 'Phone' }), '415 555 2671');
  await userEvent.fill(screen.getByLabelText('Address line 1'), '1 Market St');
  await userEvent.fill(screen.getByLabelText('City'), 'San Francisco');
  await userEvent.selectOptions(screen.getByLabelText('State or province'), 'CA');
  await userEvent.fill(screen.getByLabelText('Postal code'), overrides.postalCode ?? '94107');
}

describe('AccountOnboarding', () => {
  describe('given a returning US individual', () => {
    it('resumes at the first step with a field still due, fetching the client secret once under StrictMode', async () => {
      const onStepChange = vi.fn();
      const { screen, session } = await renderOnboarding(usIndividualDocument(), { props: { onStepChange } });
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toBeVisible();
      await expect.element(screen.getByText('Step 2 of 4')).toBeVisible();
      expect(onStepChange).toHaveBeenLastCalledWith({ step: 'personal' });
      expect((await session.inspect()).mints).toBe(1);
      await expectNoAxeViolations(screen.container);
    });

    it('shows the error of a required field left empty and moves focus there', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument());
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const firstName = screen.getByLabelText('First name');
      await expect.element(firstName).toHaveAttribute('aria-invalid', 'true');
      await expect.element(firstName).toHaveFocus();
      await expect.element(firstName).toHaveAccessibleDescription('This field is required.');
      await expect.element(screen.getByRole('alert')).toHaveTextContent('There is a problem');
      await expectNoAxeViolations(screen.container);
    });

    it('puts a bad postal code error on the postal code input', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument());
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
      const { screen, session } = await renderOnboarding(usIndividualDocument());
      await session.script({
        path: '/v1/embedded/submissions',
        status: 422,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'validation_failed',
            message: '1 field is invalid.',
            errors: [
              {
                param: 'individual.dob',
                code: 'verification_failed_keyed_identity',
                message: 'The date of birth does not match our records.',
              },
            ],
          },
        },
      });
      await fillPersonalStep(screen);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const dob = screen.getByLabelText('Date of birth');
      await expect.element(dob).toHaveAttribute('aria-invalid', 'true');
      await expect.element(dob).toHaveFocus();
      await expect.element(dob).toHaveAccessibleDescription('The date of birth does not match our records.');
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    it('saves the step, sends only what changed, and moves focus to the next step’s heading', async () => {
      const { screen, session } = await renderOnboarding(usIndividualDocument());
      await fillPersonalStep(screen);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();
      await expect.element(screen.getByLabelText('Routing number')).toBeVisible();
      await expect.element(screen.getByLabelText('Account number')).toBeVisible();
      await expect
        .element(screen.getByRole('link', { name: 'Terms of service' }))
        .toHaveAttribute('href', 'https://example.com/terms');
      await expectNoAxeViolations(screen.container);
      const { requests, document } = await session.inspect();
      const submission = requests.find((request) => request.path === '/v1/embedded/submissions');
      expect(submission?.body?.values).toEqual({
        'individual.first_name': 'Jenny',
        'individual.dob': '1901-01-01',
        'individual.email': 'jenny@example.com',
        'individual.phone': '+14155552671',
        'individual.address': {
          line1: '1 Market St',
          city: 'San Francisco',
          state: 'CA',
          postal_code: '94107',
        },
      });
      expect(requests.filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(2);
      expect(document.version).toBe(4);
    });

    it('keeps typed values and carries on when the session expires mid-step', async () => {
      const { screen, session } = await renderOnboarding(usIndividualDocument());
      await fillPersonalStep(screen);
      await session.expire();
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toBeVisible();
      const { mints, document } = await session.inspect();
      expect(mints).toBe(2);
      const firstName = document.steps[1]?.fields.find((field) => field.key === 'individual.first_name');
      expect(firstName?.value).toBe('Jenny');
    });

    it('shows a held SSN only as its mask, and lets the person replace it', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument());
      await expect.element(screen.getByText('•••• 6789')).toBeVisible();
      await expect.element(screen.getByText('ending in 6789')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Replace Last 4 digits of SSN' }));
      const input = screen.getByLabelText('Last 4 digits of SSN');
      await expect.element(input).toHaveFocus();
      await expect.element(input).toHaveAttribute('type', 'password');
      await expect.element(input).toHaveValue('');
      await userEvent.click(screen.getByRole('button', { name: 'Keep current' }));
      await expect
        .element(screen.getByRole('button', { name: 'Replace Last 4 digits of SSN' }))
        .toHaveFocus();
      await expectNoAxeViolations(screen.container);
    });

    it('shows a conditional field once its condition holds', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument());
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      await expect.element(screen.getByRole('heading', { name: 'Your business' })).toHaveFocus();
      await expect.element(screen.getByLabelText('Legal business name')).not.toBeInTheDocument();
      await userEvent.selectOptions(screen.getByLabelText('Business type'), 'company');
      await expect.element(screen.getByLabelText('Legal business name')).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout and speaks the locale', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument(), { kit: { locale: 'ar' } });
      await expect.element(screen.getByRole('button', { name: 'متابعة' })).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
    });
  });
});
