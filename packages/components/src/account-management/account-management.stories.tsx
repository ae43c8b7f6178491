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
    await expect(await canvas.findByText('Provided •••• 6789')).toBeVisible();
    await expect(canvas.getByText('Provided •••• 1234')).toBeVisible();
  },
};
