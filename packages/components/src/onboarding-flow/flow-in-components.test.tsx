import { testDatesOfBirth, testSsnLast4 } from '@onboardkit/schema';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AccountManagement } from '../account-management/account-management.js';
import { useRequirements } from '../requirements/use-requirements.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import { renderWithKit } from '../test-support/render-with-kit.js';
import { completedUsIndividual, usBusinessValues } from '../test-support/test-accounts.js';
import {
  createTestAccount,
  platformApi,
  type TestAccount,
  watchRequests,
} from '../test-support/test-session.js';

/**
 * The flow as the components use it, against the real server: where a save
 * leads when it changes the steps, what a save sends when the server's
 * document changed meanwhile, clearing a value, and the kit's other
 * components after a save.
 */

function renderManagement(account: TestAccount, extra?: React.ReactNode) {
  return renderWithKit(
    account,
    <>
      {extra}
      <AccountManagement />
    </>,
    { components: ['account_management'] },
  );
}

/** What onboarding and the banner read: the `currently_due` document's first name. */
function FirstNameDueNow() {
  const { document } = useRequirements();
  const spec = document?.steps
    .flatMap((step) => step.fields)
    .find((field) => field.key === 'individual.first_name');
  return <p>First name due-now document: {String(spec?.value ?? 'unknown')}</p>;
}

const usAddress = { line1: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94107' };

/** A US company with its representative and one owner, whose job title is optional. */
function usCompanyWithTitledOwner(): Promise<TestAccount> {
  return createTestAccount({
    country: 'US',
    business_type: 'company',
    prefill: {
      representative: [
        {
          values: {
            first_name: 'Kai',
            last_name: 'Lee',
            email: 'kai@example.com',
            phone: '+14155552671',
            dob: testDatesOfBirth.verifies,
            address: usAddress,
            'relationship.title': 'CEO',
            'relationship.executive': true,
            ssn_last_4: testSsnLast4.verifies,
          },
        },
      ],
      owners: [
        {
          values: {
            first_name: 'Anna',
            last_name: 'Park',
            email: 'anna@example.com',
            'relationship.title': 'CFO',
            'relationship.percent_ownership': 60,
          },
        },
      ],
      'company.owners_provided': true,
    },
  });
}

describe('the onboarding flow in the components', () => {
  describe('given an account whose business type is not known yet', () => {
    it('moves on to the personal step when individual is chosen, never to the company step it no longer has', async () => {
      const onStepChange = vi.fn();
      const { screen } = await renderOnboarding(
        await createTestAccount({ country: 'US', prefill: usBusinessValues }),
        { props: { onStepChange } },
      );
      await expect.element(screen.getByLabelText('Business type')).toBeVisible();
      await userEvent.selectOptions(screen.getByLabelText('Business type'), 'individual');
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

      await expect.element(screen.getByRole('heading', { name: 'Personal details' })).toHaveFocus();
      await expect.element(screen.getByLabelText('First name')).toBeVisible();
      expect(onStepChange).toHaveBeenLastCalledWith({ step: 'personal' });
      expect(onStepChange).not.toHaveBeenCalledWith({ step: 'company' });
    });
  });

  describe('given the platform changes a value while the person edits another', () => {
    it('shows the platform’s value after the conflict and never sends the value it replaced', async () => {
      const account = await completedUsIndividual();
      const sent = watchRequests();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit Your business' }));
      await expect
        .element(screen.getByLabelText('Business website'))
        .toHaveValue(usBusinessValues['business_profile.url']);
      const platformsUrl = 'https://rocketrides.example.com';
      await platformApi('POST', `/v1/accounts/${account.id}`, {
        values: { 'business_profile.url': platformsUrl },
      });

      await userEvent.fill(screen.getByLabelText('Statement descriptor'), 'ROCKET RIDES');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect
        .element(screen.getByText('These details changed elsewhere. Check them and continue again.'))
        .toBeVisible();
      await expect.element(screen.getByLabelText('Business website')).toHaveValue(platformsUrl);
      await expect.element(screen.getByLabelText('Statement descriptor')).toHaveValue('ROCKET RIDES');

      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect.element(screen.getByText('Your business: your changes were saved.')).toBeVisible();
      const { values } = await account.details();
      expect(values['business_profile.url']).toBe(platformsUrl);
      expect(values['settings.payments.statement_descriptor']).toBe('ROCKET RIDES');
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions.map((request) => request.body?.values)).toEqual([
        { 'settings.payments.statement_descriptor': 'ROCKET RIDES' },
        { 'settings.payments.statement_descriptor': 'ROCKET RIDES' },
      ]);
    });
  });

  describe('given an optional value the server holds', () => {
    it('clears it when the person empties it and saves', async () => {
      const account = await usCompanyWithTitledOwner();
      const sent = watchRequests();
      const { screen } = await renderManagement(account);
      await userEvent.click(screen.getByRole('button', { name: 'Edit People' }));
      const owners = screen.getByRole('group', { name: /^Owners/ });
      const title = owners.getByRole('textbox', { name: /^Job title/ });
      await expect.element(title).toHaveValue('CFO');
      await userEvent.clear(title);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      await expect.element(screen.getByText('People: your changes were saved.')).toBeVisible();
      const anna = (await account.details()).persons.find((person) => person.values.first_name === 'Anna');
      expect(anna?.relationship).toMatchObject({ owner: true, title: null });
      const submissions = sent().filter((request) => request.path === '/v1/embedded/submissions');
      expect(submissions).toHaveLength(1);
      await userEvent.click(screen.getByRole('button', { name: 'Edit People' }));
      await expect.element(owners.getByRole('textbox', { name: /^Job title/ })).toHaveValue('');
    });
  });

  describe('given the kit’s other components show the account', () => {
    it('refreshes the document they read after a save in account management', async () => {
      const { screen } = await renderManagement(await completedUsIndividual(), <FirstNameDueNow />);
      await expect.element(screen.getByText('First name due-now document: Jenny')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Edit Personal details' }));
      await userEvent.fill(screen.getByLabelText('First name'), 'Jane');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect.element(screen.getByText('Personal details: your changes were saved.')).toBeVisible();
      await expect.element(screen.getByText('First name due-now document: Jane')).toBeVisible();
    });
  });
});
