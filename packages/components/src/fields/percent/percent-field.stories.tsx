import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

const meta = { title: 'Fields/PercentField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = fieldStory('relationship.percent_ownership');
export const WithError: Story = fieldErrorStory(
  'relationship.percent_ownership',
  'This share does not match the commercial register.',
);
