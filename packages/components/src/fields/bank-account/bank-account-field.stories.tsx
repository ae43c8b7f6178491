import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { deCompanyDocument } from '../../test-support/documents.fixture.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

/** Bank accounts in the scheme the server names: US routing and account numbers, or an IBAN. */
const meta = { title: 'Fields/BankAccountField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RoutingAndAccount: Story = fieldStory('external_account');
export const RoutingAndAccountWithError: Story = fieldErrorStory(
  'external_account',
  'The bank could not find this account.',
);
export const Iban: Story = fieldStory('external_account', { from: deCompanyDocument() });
export const IbanWithError: Story = fieldErrorStory(
  'external_account',
  'The bank could not find this account.',
  {
    from: deCompanyDocument(),
  },
);
