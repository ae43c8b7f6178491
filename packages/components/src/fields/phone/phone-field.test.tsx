import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { returningUsIndividual, usPersonalValues } from '../../test-support/test-accounts.js';
import { watchRequests } from '../../test-support/test-session.js';

/** A US individual who gave every personal detail but the phone: onboarding asks for it. */
function usIndividualOwingThePhone() {
  const { 'individual.phone': _phone, ...rest } = usPersonalValues;
  return returningUsIndividual(rest);
}

describe('PhoneField', () => {
  describe('given the verifier’s test number', () => {
    it('sends 0000000000 as typed, and the server takes it', async () => {
      const account = await usIndividualOwingThePhone();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expect.element(screen.getByRole('combobox', { name: 'Country code' })).toHaveValue('US');

      const phone = screen.getByRole('textbox', { name: 'Phone number' });
      await userEvent.fill(phone, '0000000000');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();

      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        { 'individual.phone': '0000000000' },
      ]);
      expect((await account.details()).values['individual.phone']).toBe('0000000000');
    });
  });

  describe('given its country list', () => {
    it('holds only the chosen country until the select is focused, then every country to choose from', async () => {
      const account = await usIndividualOwingThePhone();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      const country = screen.getByRole('combobox', { name: 'Country code' });
      await expect.element(country).toHaveValue('US');
      const select = country.element() as HTMLSelectElement;
      expect([...select.options].map((option) => option.value)).toEqual(['US']);

      select.focus();
      await expect.poll(() => select.options.length).toBeGreaterThan(200);
      expect(select.value).toBe('US');
      await userEvent.selectOptions(country, 'GB');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '020 7946 0958');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();

      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        { 'individual.phone': '+442079460958' },
      ]);
    });
  });

  describe('given a national number', () => {
    it('sends it in E.164 under the chosen country’s calling code', async () => {
      const account = await usIndividualOwingThePhone();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await userEvent.fill(screen.getByRole('textbox', { name: 'Phone number' }), '(415) 555-2671');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toHaveFocus();

      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        { 'individual.phone': '+14155552671' },
      ]);
    });
  });
});
