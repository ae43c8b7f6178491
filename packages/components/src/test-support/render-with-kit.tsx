import { type ReactNode, StrictMode } from 'react';
import { render } from 'vitest-browser-react';
import { createOnboardKit, type OnboardKitOptions } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { apiBaseUrl, type ComponentName, type TestAccount, type TestSession } from './test-session.js';

export interface RenderWithKitOptions {
  kit?: Partial<Omit<OnboardKitOptions, 'fetchClientSecret' | 'apiBaseUrl'>>;
  /** The components the account sessions enable; onboarding alone by default. */
  components?: readonly ComponentName[];
  /** Runs before the first render: arm a dropped connection here. */
  before?: (session: TestSession) => Promise<void>;
}

/**
 * Renders `element` under StrictMode inside an OnboardKitProvider, as a
 * platform would, whose `fetchClientSecret` mints account sessions for
 * `account` on the real session server.
 */
export async function renderWithKit(
  account: TestAccount,
  element: ReactNode,
  options: RenderWithKitOptions = {},
) {
  const session = account.startSession(options.components);
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
  return { screen, session, onboardKit, account };
}
