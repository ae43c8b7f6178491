import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  providedDeCompanyDocument,
  providedUsIndividualDocument,
} from '../test-support/account-documents.fixture.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { type RenderWithKitOptions, renderWithKit } from '../test-support/render-with-kit.js';
import { AccountManagement, type AccountManagementProps } from './account-management.js';

function renderManagement(
  document = providedUsIndividualDocument(),
  options: RenderWithKitOptions & { props?: AccountManagementProps } = {},
) {
  return renderWithKit(document, <AccountManagement {...options.props} />, {
    components: ['account_management'],
    ...options,
  });
}

function submissions(requests: Array<{ path: string; body?: { values?: Record<string, unknown> } }>) {
  return requests.filter((request) => request.path === '/v1/embedded/submissions');
}

describe('AccountManagement', () => {
  describe('given a US individual with everything provided', () => {
    it('shows the details by step, the SSN and bank account only as their last four', async () => {
      const { screen } = await renderManagement();
      await expect.element(screen.getByRole('heading', { name: 'About you' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Payouts' })).toBeVisible();
      await expect.element(screen.getByText('Jenny', { exact: true })).toBeVisible();
      await expect.element(screen.getByText('1 Market St, San Francisco, CA, 94107')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 6789')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 1234')).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Edit About you' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });

    it('replaces the bank account, sending only the new numbers, and shows the new mask', async () => {
      const { screen, session } = await renderManagement();
      await userEvent.click(screen.getByRole('button', { name: 'Edit Payouts' }));
      const replace = screen.getByRole('button', { name: 'Replace Bank account' });
      await expect.element(replace).toHaveFocus();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(replace);
      await userEvent.fill(screen.getByLabelText('Routing number'), '110000000');
      await userEvent.fill(screen.getByLabelText('Account number'), '000123456789');
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect.element(screen.getByRole('button', { name: 'Edit Payouts' })).toHaveFocus();
      await expect.element(screen.getByText('Payouts: your changes were saved.')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 6789').nth(1)).toBeVisible();
      const sent = submissions((await session.inspect()).requests);
      expect(sent.map((request) => request.body?.values)).toEqual([
        {
          external_account: {
            country: 'US',
            currency: 'usd',
            routing_number: '110000000',
            account_number: '000123456789',
          },
        },
      ]);
      await expectNoAxeViolations(screen.container);
    });

    it('puts the server’s 422 on its field, keeps the section open, and focuses the field', async () => {
      const { screen, session } = await renderManagement();
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
                param: 'individual.email',
                // A verdict only the server can give: its own message is shown.
                code: 'email_undeliverable',
                message: 'This email address cannot receive mail.',
              },
            ],
          },
        },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Edit About you' }));
      await expect.element(screen.getByLabelText('First name')).toHaveFocus();
      await userEvent.fill(screen.getByLabelText('Email'), 'jenny@invalid.example');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      const email = screen.getByLabelText('Email');
      await expect.element(email).toHaveAttribute('aria-invalid', 'true');
      await expect.element(email).toHaveFocus();
      await expect.element(email).toHaveAccessibleDescription('This email address cannot receive mail.');
      await expect.element(screen.getByRole('alert')).toHaveTextContent('There is a problem');
      await expectNoAxeViolations(screen.container);
      expect(submissions((await session.inspect()).requests).map((request) => request.body?.values)).toEqual([
        { 'individual.email': 'jenny@invalid.example' },
      ]);
    });

    it('cancels an edit, putting the section back as the server holds it', async () => {
      const { screen, session } = await renderManagement();
      await userEvent.click(screen.getByRole('button', { name: 'Edit About you' }));
      await userEvent.fill(screen.getByLabelText('First name'), 'Jane');
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await expect.element(screen.getByRole('button', { name: 'Edit About you' })).toHaveFocus();
      await expect.element(screen.getByText('Jenny', { exact: true })).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Edit About you' }));
      await expect.element(screen.getByLabelText('First name')).toHaveValue('Jenny');
      expect(submissions((await session.inspect()).requests)).toEqual([]);
    });
  });

  describe('given a company with two owners', () => {
    it('removes an owner, updates the ownership total, and saves the one left', async () => {
      const { screen, session } = await renderManagement(providedDeCompanyDocument());
      await expect.element(screen.getByText('Anna Schmidt, Ben Weber')).toBeVisible();
      await expect.element(screen.getByText('Provided •••• 4321')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Edit Owners' }));
      await expect.element(screen.getByText('Total ownership: 100%')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Remove Ben Weber' }));
      await expect.element(screen.getByText('Total ownership: 60%')).toBeVisible();
      await expect.element(screen.getByRole('button', { name: 'Add person' })).toHaveFocus();
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect.element(screen.getByText('Anna Schmidt', { exact: true })).toBeVisible();
      const [sent] = submissions((await session.inspect()).requests);
      expect(sent?.body?.values).toEqual({
        owners: [
          {
            id: 'person_1',
            values: { first_name: 'Anna', last_name: 'Schmidt', 'relationship.percent_ownership': 60 },
          },
        ],
      });
    });
  });

  describe('given the details cannot be loaded', () => {
    it('shows a retry and calls onLoadError once', async () => {
      const onLoadError = vi.fn();
      const refused = {
        path: '/v1/embedded/requirements',
        status: 403,
        body: { error: { type: 'permission_error', code: 'component_not_enabled', message: 'Not enabled.' } },
      };
      const { screen } = await renderManagement(undefined, {
        props: { onLoadError },
        before: (session) => session.script(refused),
      });
      await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
      expect(onLoadError).toHaveBeenCalledExactlyOnceWith({
        error: { type: 'permission_error', message: 'Not enabled.' },
        elementTagName: 'account-management',
      });
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given a right-to-left locale', () => {
    it('mirrors the layout and speaks the locale', async () => {
      const { screen } = await renderManagement(undefined, { kit: { locale: 'ar' } });
      await expect.element(screen.getByRole('button', { name: 'تعديل About you' })).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      await expectNoAxeViolations(screen.container);
      await userEvent.click(screen.getByRole('button', { name: 'تعديل Payouts' }));
      await expect.element(screen.getByRole('button', { name: 'حفظ' })).toBeVisible();
      await expectNoAxeViolations(screen.container);
    });
  });
});
