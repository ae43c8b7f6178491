import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';

/** ID numbers and tax IDs: sensitive, typed hidden, and shown afterwards only as a mask. */
const meta = { title: 'Fields/IdNumberField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const IdNumber: Story = fieldStory('individual.id_number');
export const IdNumberWithError: Story = fieldErrorStory(
  'individual.id_number',
  'The SSN does not match the name given.',
);
/** A tax ID the server already holds: only its mask, with a way to replace it. */
export const TaxIdMasked: Story = fieldStory('company.tax_id');
export const TaxIdWithError: Story = fieldErrorStory(
  'company.tax_id',
  'The tax number does not match the company name.',
);
