import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deCompanyDocument, usIndividualDocument } from '../test-support/documents.fixture.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';

/** The US individual with every field given: nothing is due. */
function completedDocument() {
  const document = usIndividualDocument();
  const values: Record<string, unknown> = {
    'individual.first_name': 'Jenny',
    'individual.dob': '1901-01-01',
    'individual.email': 'jenny@example.com',
    'individual.phone': '+14155552671',
    'individual.address': { line1: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94107' },
    tos_acceptance: true,
  };
  for (const step of document.steps) {
    for (const field of step.fields) {
      field.status = 'provided';
      const value = values[field.key];
      if (value !== undefined) field.value = value as typeof field.value;
      if (field.key === 'external_account') field.mask = { provided: true, last4: '6789' };
    }
  }
  return document;
}

describe('AccountOnboarding lifecycle', () => {
  describe('given the requirements cannot be loaded', () => {
    it('retries, then shows a retry button and calls onLoadError; the retry loads', async () => {
      const onLoadError = vi.fn();
      const onLoaderStart = vi.fn();
      const unavailable = { path: '/v1/embedded/requirements', status: 503, body: {} };
      const { screen } = await renderOnboarding(usIndividualDocument(), {
        props: { onLoadError, onLoaderStart },
        // The first try and three retries, all refused.
        before: (session) => session.script(unavailable, unavailable, unavailable, unavailable),
      });
      expect(onLoaderStart).toHaveBeenCalledExactlyOnceWith({ elementTagName: 'account-onboarding' });
      await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
      expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
        error: { type: 'api_error', message: 'The session server answered HTTP 503.' },
        elementTagName: 'account-onboarding',
      });
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toBeVisible();
    });
  });

  describe('given an account with nothing left to give', () => {
    it('opens on the review, shows held values masked, and completes', async () => {
      const onComplete = vi.fn();
      const onStepChange = vi.fn();
      const { screen } = await renderOnboarding(completedDocument(), { props: { onComplete, onStepChange } });
      await expect.element(screen.getByRole('heading', { name: 'Review your details' })).toBeVisible();
      await expect.element(screen.getByText('Individual', { exact: true })).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 6789').first()).toBeVisible();
      await expect.element(screen.getByText('1 Market St, San Francisco, CA, 94107')).toBeVisible();
      await expect.element(screen.getByText('January 1, 1901')).toBeVisible();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
      await expect.element(screen.getByRole('heading', { name: 'All done' })).toHaveFocus();
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(onStepChange.mock.calls.map(([event]) => event.step)).toEqual(['review', 'complete']);
    });

    it('goes from the review to a step to edit it', async () => {
      const { screen } = await renderOnboarding(completedDocument());
      await userEvent.click(screen.getByRole('button', { name: 'Edit About you' }));
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toHaveFocus();
      await expect.element(screen.getByLabelText('First name')).toHaveValue('Jenny');
    });
  });

  describe('given a company', () => {
    it('renders a field type this release does not know as text', async () => {
      const { screen } = await renderOnboarding(deCompanyDocument());
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      const unknown = screen.getByRole('textbox', { name: 'Registered on' });
      await expect.element(unknown).toBeVisible();
      await expect.element(unknown).toHaveAccessibleDescription('As it appears in the commercial register.');
      await expect.element(screen.getByRole('button', { name: 'Replace Tax number' })).toBeVisible();
      const country = screen.getByRole('combobox', { name: 'Country of incorporation' });
      await expect.element(country).toHaveValue('DE');
      await expect.element(country).toHaveDisplayValue('Germany');
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given the platform changes the locale mid-step', () => {
    it('switches the text and keeps what was typed', async () => {
      const { screen, onboardKit } = await renderOnboarding(usIndividualDocument());
      await userEvent.fill(screen.getByLabelText('First name'), 'Jenny');
      onboardKit.update({ locale: 'fr' });
      await expect.element(screen.getByRole('button', { name: 'Continuer' })).toBeVisible();
      await expect.element(screen.getByLabelText('First name')).toHaveValue('Jenny');
    });

    it('lays the platform’s wording over the bundled text', async () => {
      const { screen } = await renderOnboarding(usIndividualDocument(), {
        kit: { messages: { en: { continue: 'Save and continue' } } },
      });
      await expect.element(screen.getByRole('button', { name: 'Save and continue' })).toBeVisible();
    });
  });

  describe('given the platform logs out', () => {
    it('renders nothing and calls onExit only from its button before', async () => {
      const onExit = vi.fn();
      const { screen, onboardKit } = await renderOnboarding(usIndividualDocument(), { props: { onExit } });
      await userEvent.click(screen.getByRole('button', { name: 'Save and exit' }));
      expect(onExit).toHaveBeenCalledTimes(1);
      await onboardKit.logout();
      await expect.element(screen.getByRole('heading', { name: 'About you' })).not.toBeInTheDocument();
      expect(screen.container.querySelector('.okit-root')).toBeNull();
    });
  });
});
