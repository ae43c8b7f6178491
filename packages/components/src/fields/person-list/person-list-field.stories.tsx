import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

const meta = { title: 'Fields/PersonListField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = fieldStory('owners');
export const WithError: Story = fieldErrorStory('owners', 'Add everyone who owns 25% or more.');
