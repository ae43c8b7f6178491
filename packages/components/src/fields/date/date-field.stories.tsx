import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

const meta = { title: 'Fields/DateField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = fieldStory('individual.dob');
export const WithError: Story = fieldErrorStory(
  'individual.dob',
  'The date of birth does not match our records.',
);
