import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { type RenderWithKitOptions, renderWithKit } from '../test-support/render-with-kit.js';
import {
  completedUsIndividual,
  deCompanyOwingADocument,
  deCompanyWithOwners,
  thirteenthBirthdayToday,
} from '../test-support/test-accounts.js';
import {
  dropConnections,
  dropNextConnections,
  holdConnections,
  type TestAccount,
  watchRequests,
} from '../test-support/test-session.js';
import { AccountManagement, type AccountManagementProps } from './account-management.js';

function renderManagement(
  account: TestAccount,
  options: RenderWithKitOptions & { props?: AccountManagementProps } = {},
) {
  return renderWithKit(account, <AccountManagement {...options.props} />, {
    components: ['account_management'],
    ...options,
  });
}

describe('AccountManagement', () => {
  describe('given a US individual with everything provided', () => {
    it('shows the details by step, the SSN and bank account only as masks', async () => {
      const { screen } = await renderManagement(await completedUsIndividual());
      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toBeVisible();
      await expect.element(screen.getByText('Jenny', { exact: true })).toBeVisible();
      await expect.element(screen.getByText('1 Market St, San Francisco, CA, 94107')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 6789')).toBeVisible();
      await expect.element(screen.getByText('000123456789')).not.toBeInTheDocument();
      await expect.element(screen.getByText('0000', { exact: true })).not.toBeInTheDocument();
      await expect.element(screen.getByRole('button', { name: 'Edit Personal details' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    it('replaces the bank account, sending only the new numbers, and shows the new mask', async () => {
      const account = await completedUsIndividual();
      const sent = watchRequests();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit Payouts' }));
      const replace = screen.getByRole('button', { name: 'Replace Bank account' });
      await expect.element(replace).toHaveFocus();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(replace);
      await userEvent.fill(screen.getByLabelText('Routing number'), '110000000');
      await userEvent.fill(screen.getByLabelText('Account number'), '000123454321');
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect.element(screen.getByRole('button', { name: 'Edit Payouts' })).toHaveFocus();
      await expect.element(screen.getByText('Payouts: your changes were saved.')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 4321')).toBeVisible();
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        {
          external_account: {
            country: 'US',
            currency: 'usd',
            routing_number: '110000000',
            account_number: '000123454321',
          },
        },
      ]);
      expect((await account.details()).masks.external_account).toEqual({ provided: true, last4: '4321' });
      // Asked for management's own document, the submission's answer replaces it: no second read.
      expect(submissions[0]?.query.get('collect')).toBe('eventually_due');
      expect(submissions[0]?.query.get('locale')).toBe('en');
      expect(sent().filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(1);
      await expectNoAxeViolations(screen.container);
    });

    it('puts the server’s 422 on its field, keeps the section open, and focuses the field', async () => {
      const account = await completedUsIndividual();
      const sent = watchRequests();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await expect.element(screen.getByLabelText('First name')).toHaveFocus();
      // Thirteen today for the browser; not yet for the server, whose day is behind.
      const dobTyped = thirteenthBirthdayToday();
      await userEvent.fill(screen.getByLabelText('Date of birth'), dobTyped);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      const dob = screen.getByLabelText('Date of birth');
      await expect.element(dob).toHaveAttribute('aria-invalid', 'true');
      await expect.element(dob).toHaveFocus();
      await expect.element(dob).toHaveAccessibleDescription('The person must be at least 13 years old.');
      await expect.element(screen.getByRole('alert')).toHaveTextContent('There is a problem');
      await expectNoAxeViolations(screen.container);
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([{ 'individual.dob': dobTyped }]);
      expect((await account.details()).values['individual.dob']).toBe('1901-01-01');
    });

    it('takes focus to the section chosen next by keyboard, above the one open, and keeps it there', async () => {
      // Each effect once, as in production: StrictMode's second run would put focus back by chance.
      const { screen } = await renderManagement(await completedUsIndividual(), { strictMode: false });
      await userEvent.click(screen.getByRole('button', { name: 'Edit Payouts' }));
      await expect.element(screen.getByRole('button', { name: 'Replace Bank account' })).toHaveFocus();
      // Back one stop, past the open section's heading, to the Edit button of the section above.
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      await expect.element(screen.getByRole('button', { name: 'Edit Personal details' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');

      const firstName = screen.getByLabelText('First name');
      await expect.element(firstName).toHaveFocus();
      await expect.element(screen.getByRole('button', { name: 'Edit Payouts' })).toBeVisible();
      // Still there a frame later: no effect of the section just closed takes it away.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      await expect.element(firstName).toHaveFocus();
      await userEvent.keyboard('{Control>}a{/Control}Jane');
      await expect.element(firstName).toHaveValue('Jane');
    });

    it('moves focus to the error summary when a save fails on the network, and saves on the next try', async () => {
      const account = await completedUsIndividual();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await userEvent.fill(screen.getByLabelText('First name'), 'Jane');
      await dropNextConnections('/v1/embedded/submissions');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      const summary = screen.getByRole('alert');
      await expect.element(summary).toHaveTextContent('Your details could not be saved. Try again.');
      await expect.element(summary).toHaveFocus();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect.element(screen.getByRole('button', { name: 'Edit Personal details' })).toHaveFocus();
      expect((await account.details()).values['individual.first_name']).toBe('Jane');
    });

    it('cancels an edit, putting the section back as the server holds it', async () => {
      const sent = watchRequests();
      const { screen } = await renderManagement(await completedUsIndividual());
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await userEvent.fill(screen.getByLabelText('First name'), 'Jane');
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await expect.element(screen.getByRole('button', { name: 'Edit Personal details' })).toHaveFocus();
      await expect.element(screen.getByText('Jenny', { exact: true })).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await expect.element(screen.getByLabelText('First name')).toHaveValue('Jenny');
      expect(sent().filter((request) => request.path === '/v1/embedded/submissions')).toEqual([]);
    });
  });

  describe('given a company with two owners', () => {
    it('removes an owner, updates the ownership total, and saves the one left', async () => {
      const account = await deCompanyWithOwners();
      const { screen } = await renderManagement(account);
      await expect.element(screen.getByText('Anna Schmidt, Ben Weber')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 3000')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Edit People' }));
      await expect.element(screen.getByText('Total ownership: 100%')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Remove Ben Weber' }));
      await expect.element(screen.getByText('Total ownership: 60%')).toBeVisible();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect.element(screen.getByRole('button', { name: 'Edit People' })).toHaveFocus();
      await expect.element(screen.getByText('Anna Schmidt', { exact: true })).toBeVisible();
      await expect.element(screen.getByText('Anna Schmidt, Ben Weber')).not.toBeInTheDocument();
      const { persons } = await account.details();
      expect(persons.map((person) => person.values.first_name).sort()).toEqual(['Anna', 'Clara']);
    });
  });

  describe('given a company asked for a document', () => {
    it('saves a section only once its upload is in, saying it waits', async () => {
      const account = await deCompanyOwingADocument();
      const sent = watchRequests();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit Company details' }));
      const upload = await holdConnections('/v1/embedded/files');
      const pdf = new File(['%PDF-1.4 register'], 'register.pdf', { type: 'application/pdf' });
      await userEvent.upload(screen.getByLabelText('Company verification document'), pdf);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect
        .element(screen.getByRole('status').filter({ hasText: 'Waiting for the upload to finish…' }))
        .toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
      await expectNoAxeViolations(screen.container);
      await upload.release();

      await expect.element(screen.getByRole('button', { name: 'Edit Company details' })).toHaveFocus();
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      const fileId = submissions[0]?.body?.values?.['company.verification.document'];
      expect(fileId).toEqual(expect.stringMatching(/^file_/));
      expect((await account.details()).values['company.verification.document']).toBe(fileId);
    });
  });

  describe('given the details cannot be loaded', () => {
    it('retries, then shows a retry and calls onLoadError once', async () => {
      const onLoadError = vi.fn();
      const account = await completedUsIndividual();
      const restore = await dropConnections('/v1/embedded/');
      try {
        const { screen } = await renderManagement(account, { props: { onLoadError } });
        await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
        expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
          error: {
            type: 'api_connection_error',
            message: 'Could not reach the session server. Check your connection and try again.',
          },
          elementTagName: 'account-management',
        });
        await expectNoAxeViolations(screen.container);
        await restore();
        await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
        await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toBeVisible();
      } finally {
        await restore();
      }
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout and speaks the locale', async () => {
      const { screen } = await renderManagement(await completedUsIndividual(), { kit: { locale: 'ar' } });
      const edit = screen.getByRole('button', { name: /^تعديل / }).first();
      await expect.element(edit).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
      await userEvent.click(edit);
      await expect.element(screen.getByRole('button', { name: 'حفظ' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });
});
