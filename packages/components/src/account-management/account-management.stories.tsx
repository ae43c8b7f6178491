import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { providedUsIndividualDocument } from '../test-support/account-documents.fixture.js';
import { AccountManagement } from './account-management.js';

/** AccountManagement on a session that enables it; the account is the fully answered US individual. */
const meta = {
  title: 'Components/AccountManagement',
  component: AccountManagement,
  args: { onLoadError: fn() },
} satisfies Meta<typeof AccountManagement>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The held SSN and bank account show only as their last four, with a way to replace each. */
export const SensitiveMasked: Story = {
  parameters: {
    onboardkit: { document: providedUsIndividualDocument(), components: ['account_management'] },
  },
  play: async ({ canvas }) => {
    // The mask is set apart from "Provided", left to right in any language.
    const bankAccount = await canvas.findByText('•••• 6789');
    await expect(bankAccount).toBeVisible();
    await expect(bankAccount.closest('dd')).toHaveTextContent('Provided •••• 6789');
    await expect(canvas.getByText('•••• 1234').closest('dd')).toHaveTextContent('Provided •••• 1234');
  },
};
