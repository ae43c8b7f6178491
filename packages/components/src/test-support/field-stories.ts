import type { RequirementsDocument } from '@onboardkit/schema';
import type { StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { AccountOnboarding } from '../account-onboarding/account-onboarding.js';
import { fixtureField, singleFieldDocument } from './onboarding-states.fixture.js';

/**
 * Stories of one field widget: AccountOnboarding on a one-step document
 * asking only that fixture field, as a platform embeds it (the widgets are
 * not exported on their own). The play functions wait for the field, so the
 * accessibility check that follows runs on it.
 */

type FieldStory = StoryObj<typeof AccountOnboarding>;

interface FieldStoryOptions {
  /** The fixture document the field comes from, when more than one has the key. */
  from?: RequirementsDocument;
}

/** The widget of fixture field `key`, empty or holding what the fixture holds. */
export function fieldStory(key: string, options: FieldStoryOptions = {}): FieldStory {
  const spec = fixtureField(key);
  return {
    parameters: { onboardkit: { document: singleFieldDocument(key, options) } },
    play: async ({ canvas }) => {
      await expect(await canvas.findByRole('button', { name: 'Continue' })).toBeVisible();
      await expect(canvas.getAllByText(spec.label)[0]).toBeVisible();
    },
  };
}

/** The same widget with the server's verdict on its value, as after a failed verification. */
export function fieldErrorStory(key: string, reason: string, options: FieldStoryOptions = {}): FieldStory {
  const change = { errors: [{ code: 'verification_failed_other', reason }] };
  return {
    parameters: { onboardkit: { document: singleFieldDocument(key, { ...options, change }) } },
    play: async ({ canvas }) => {
      await expect(await canvas.findByText(reason)).toBeVisible();
    },
  };
}
