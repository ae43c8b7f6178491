import { describe, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { returningUsIndividual, usPersonalValues } from '../../test-support/test-accounts.js';
import { watchRequests } from '../../test-support/test-session.js';
import { loadPhoneWidgetFrom } from './lazy-phone-field.js';

/** A US individual who gave every personal detail but the phone: onboarding asks for it. */
function usIndividualOwingThePhone() {
  const { 'individual.phone': _phone, ...rest } = usPersonalValues;
  return returningUsIndividual(rest);
}

/**
 * The widget's chunk fails to load, as on a flaky network or after a deploy
 * renamed the chunks, until the returned function lets it through.
 */
function failPhoneWidgetLoads(): () => void {
  const restore = loadPhoneWidgetFrom(() =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: phone-field.js')),
  );
  onTestFinished(restore);
  return restore;
}

describe('LazyPhoneField', () => {
  describe('given a widget that fails to load', () => {
    it('says so in the field’s place, keeps the form, and loads the widget on Retry', async () => {
      const account = await usIndividualOwingThePhone();
      const letLoadsThrough = failPhoneWidgetLoads();
      const { screen } = await renderOnboarding(account);

      const notice = screen.getByRole('alert').filter({ hasText: 'The phone number field could not load.' });
      await expect.element(notice).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expect
        .element(screen.getByRole('textbox', { name: 'Phone number' }))
        .toHaveAccessibleDescription(/could not load/);
      await expectNoAxeViolations(screen.container);

      letLoadsThrough();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await expect.element(screen.getByRole('combobox', { name: 'Country code' })).toHaveValue('US');
      await expect.element(screen.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
      await expect.element(notice).not.toBeInTheDocument();
    });

    it('takes the number typed in the plain input in its place', async () => {
      const account = await usIndividualOwingThePhone();
      failPhoneWidgetLoads();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();

      await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '+44 20 7946 0958');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();

      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        { 'individual.phone': '+442079460958' },
      ]);
      expect((await account.details()).values['individual.phone']).toBe('+442079460958');
    });

    it('shows the failure again, Retry focused, when the retry fails too', async () => {
      const account = await usIndividualOwingThePhone();
      failPhoneWidgetLoads();
      const { screen } = await renderOnboarding(account);
      const retry = screen.getByRole('button', { name: 'Try again' });
      await userEvent.click(retry);
      await expect.element(retry).toHaveFocus();
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
    });
  });
});
