import type { RequirementsDocument } from '@onboardkit/schema';
import { type ReactNode, StrictMode } from 'react';
import { render } from 'vitest-browser-react';
import { createOnboardKit, type OnboardKitOptions } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import type { StandInComponentName } from './stand-in-scope.js';
import { apiBaseUrl, startTestSession, type TestSession } from './test-session.js';

export interface RenderWithKitOptions {
  kit?: Partial<Omit<OnboardKitOptions, 'fetchClientSecret' | 'apiBaseUrl'>>;
  /** The components the account session enables; onboarding alone by default. */
  components?: readonly StandInComponentName[];
  /** Runs before the first render: script the server's first answers here. */
  before?: (session: TestSession) => Promise<void>;
}

/**
 * Renders `element` under StrictMode inside an OnboardKitProvider, as a
 * platform would, for an account session on the stand-in server that owes
 * `document`.
 */
export async function renderWithKit(
  document: RequirementsDocument,
  element: ReactNode,
  options: RenderWithKitOptions = {},
) {
  const session = await startTestSession(document, options.components);
  await options.before?.(session);
  const onboardKit = createOnboardKit({
    apiBaseUrl,
    fetchClientSecret: session.fetchClientSecret,
    ...options.kit,
  });
  const screen = await render(
    <StrictMode>
      <OnboardKitProvider onboardKit={onboardKit}>{element}</OnboardKitProvider>
    </StrictMode>,
  );
  return { screen, session, onboardKit };
}
