import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { pastDueDocument } from '../test-support/account-documents.fixture.js';
import { NotificationBanner } from './notification-banner.js';

/** NotificationBanner on a session that enables it with onboarding, so its action opens the flow in place. */
const meta = {
  title: 'Components/NotificationBanner',
  component: NotificationBanner,
  args: { onNotificationsChange: fn(), onLoadError: fn() },
} satisfies Meta<typeof NotificationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A refused SSN, a date of birth past due and fields due by a deadline that has passed. */
export const PastDueBanner: Story = {
  parameters: {
    onboardkit: { document: pastDueDocument(), components: ['notification_banner', 'account_onboarding'] },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Your account needs more information' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Provide information' })).toBeVisible();
  },
};
