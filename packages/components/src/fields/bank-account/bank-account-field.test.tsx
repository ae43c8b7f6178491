import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test-support/expect-accessible.js';
import { renderOnboarding } from '../../test-support/render-onboarding.js';
import { deCompany, deOwners, dePeopleBesideOwners } from '../../test-support/test-accounts.js';
import { watchRequests } from '../../test-support/test-session.js';

/** The German company with its people given, so onboarding resumes at payouts. */
const companyAtPayouts = () =>
  deCompany({ ...dePeopleBesideOwners, owners: deOwners, 'company.owners_provided': true });

describe('BankAccountField', () => {
  describe('given an IBAN country', () => {
    it('asks for an IBAN and puts a bad one’s error on it', async () => {
      const { screen } = await renderOnboarding(await companyAtPayouts());
      const iban = screen.getByRole('textbox', { name: 'IBAN' });
      await expect.element(iban).toBeVisible();
      await expect.element(screen.getByLabelText('Routing number')).not.toBeInTheDocument();
      await userEvent.fill(iban, 'DE89 3704 0044 0532 0130 01');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(iban).toHaveAttribute('aria-invalid', 'true');
      await expect.element(iban).toHaveFocus();
      await expectNoAxeViolations(screen.container);
    });

    it('sends the IBAN with its country and currency, and shows only its mask after', async () => {
      const account = await companyAtPayouts();
      const sent = watchRequests();
      const { screen } = await renderOnboarding(account);
      await userEvent.fill(screen.getByRole('textbox', { name: 'IBAN' }), 'DE89 3704 0044 0532 0130 00');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await expect.element(screen.getByRole('heading', { name: 'Terms of service' })).toHaveFocus();
      const submission = sent().find((request) => request.path === '/v1/embedded/submissions');
      expect(submission?.body?.values).toEqual({
        external_account: { country: 'DE', currency: 'eur', iban: 'DE89 3704 0044 0532 0130 00' },
      });
      expect((await account.details()).masks.external_account).toEqual({ provided: true, last4: '3000' });
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      await expect.element(screen.getByText('•••• 3000')).toBeVisible();
      await expect.element(screen.getByRole('textbox', { name: 'IBAN' })).not.toBeInTheDocument();
      await expect.element(screen.getByRole('button', { name: 'Replace Bank account' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });
});
