import type { Preview } from '@storybook/react-vite';
import { installEmbeddedApiHandler } from './embedded-api-handler.js';
import { onboardKitLoader, withOnboardKit } from './onboardkit-story.js';

// Before any story renders: the stories' embedded API is answered inside the page.
installEmbeddedApiHandler();

const preview: Preview = {
  loaders: [onboardKitLoader],
  decorators: [withOnboardKit],
  parameters: {
    layout: 'padded',
    a11y: {
      // A violation fails the story's test (Vitest) and shows as an error in the panel.
      test: 'error',
      // The rules of the component suite's expectNoAxeViolations, so both hold the same bar.
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      },
      // The page around a story is Storybook's, not ours: landmarks are the host page's job.
      config: { rules: [{ id: 'region', enabled: false }] },
    },
  },
};

export default preview;
