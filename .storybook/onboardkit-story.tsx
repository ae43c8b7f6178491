import {
  type Appearance,
  createOnboardKit,
  type OnboardKit,
  OnboardKitProvider,
} from '@onboardkit/components';
import type { Decorator, Loader } from '@storybook/react-vite';
import { StrictMode } from 'react';
import { type StoryApiSetup, startStorySession, storyApiBaseUrl } from './embedded-api-handler.js';

/**
 * How a story gets its OnboardKit: `parameters.onboardkit` names the
 * account's document (and scripted answers, locale, appearance); the loader
 * starts a fresh account session on the in-page stand-in for every render,
 * and the decorator wraps the story in the provider, under StrictMode as a
 * platform would. A grid of states names several under `onboardkitCells`.
 */
export interface OnboardKitStorySetup extends StoryApiSetup {
  locale?: string;
  appearance?: Appearance;
}

export interface OnboardKitStoryParameters {
  onboardkit?: OnboardKitStorySetup;
  /** One OnboardKit per cell of an all-states grid, by the cell's name. */
  onboardkitCells?: Record<string, OnboardKitStorySetup>;
}

export interface OnboardKitLoaded {
  onboardKit?: OnboardKit;
  onboardKits?: Record<string, OnboardKit>;
}

function createStoryOnboardKit({ locale, appearance, ...api }: OnboardKitStorySetup): OnboardKit {
  const session = startStorySession(api);
  return createOnboardKit({
    apiBaseUrl: storyApiBaseUrl,
    fetchClientSecret: session.fetchClientSecret,
    ...(locale === undefined ? {} : { locale }),
    ...(appearance === undefined ? {} : { appearance }),
  });
}

export const onboardKitLoader: Loader = async ({ parameters }): Promise<OnboardKitLoaded> => {
  const { onboardkit, onboardkitCells } = parameters as OnboardKitStoryParameters;
  return {
    ...(onboardkit ? { onboardKit: createStoryOnboardKit(onboardkit) } : {}),
    ...(onboardkitCells
      ? {
          onboardKits: Object.fromEntries(
            Object.entries(onboardkitCells).map(([name, setup]) => [name, createStoryOnboardKit(setup)]),
          ),
        }
      : {}),
  };
};

export const withOnboardKit: Decorator = (Story, { loaded }) => {
  const { onboardKit } = loaded as OnboardKitLoaded;
  return (
    <StrictMode>
      {onboardKit ? (
        <OnboardKitProvider onboardKit={onboardKit}>
          <Story />
        </OnboardKitProvider>
      ) : (
        <Story />
      )}
    </StrictMode>
  );
};
