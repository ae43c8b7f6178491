import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

const meta = { title: 'Fields/BooleanField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = fieldStory('company.owners_provided');
export const WithError: Story = fieldErrorStory(
  'company.owners_provided',
  'Confirm that these are all the owners.',
);
