import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

/** Text, email and URL fields (and any type this release does not know). */
const meta = { title: 'Fields/TextField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = fieldStory('individual.first_name');
export const TextWithError: Story = fieldErrorStory(
  'individual.first_name',
  'The name does not match the ID document.',
);
export const Email: Story = fieldStory('individual.email');
export const EmailWithError: Story = fieldErrorStory(
  'individual.email',
  'This address cannot receive email.',
);
export const Url: Story = fieldStory('business_profile.url');
export const UrlWithError: Story = fieldErrorStory(
  'business_profile.url',
  'We could not reach this website.',
);
