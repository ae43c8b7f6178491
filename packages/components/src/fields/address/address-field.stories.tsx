import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

const meta = { title: 'Fields/AddressField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = fieldStory('individual.address');
export const WithError: Story = fieldErrorStory(
  'individual.address',
  'We could not verify this address. Check it and try again.',
);
