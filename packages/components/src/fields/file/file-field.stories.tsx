import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AccountOnboarding } from '../../account-onboarding/account-onboarding.js';
import { fieldErrorStory, fieldStory } from '../../test-support/field-stories.js';
import { singleFieldDocument } from '../../test-support/onboarding-states.fixture.js';

/** File uploads: sent as they are chosen, with progress, through the embedded API's files route. */
const meta = { title: 'Fields/FileField', component: AccountOnboarding } satisfies Meta<
  typeof AccountOnboarding
>;
export default meta;
type Story = StoryObj<typeof meta>;

const key = 'company.verification.document';
const extract = () => new File(['%PDF-1.7 extract'], 'register-extract.pdf', { type: 'application/pdf' });

export const Default: Story = fieldStory(key);
export const WithError: Story = fieldErrorStory(key, 'The document is unreadable. Upload a clearer copy.');

/** A file chosen and uploaded: the server's answer names it. */
export const Uploaded: Story = {
  parameters: { onboardkit: { document: singleFieldDocument(key) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(await canvas.findByLabelText(/Commercial register extract/), extract());
    await expect(await canvas.findByText('Uploaded: register-extract.pdf')).toBeVisible();
  },
};

/** The connection dropped during the upload: the person is told to try again. */
export const UploadFailed: Story = {
  parameters: {
    onboardkit: {
      document: singleFieldDocument(key),
      script: [{ path: '/v1/embedded/files', drop: true }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(await canvas.findByLabelText(/Commercial register extract/), extract());
    await expect(await canvas.findByText('The upload failed. Try again.')).toBeVisible();
  },
};
