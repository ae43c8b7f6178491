import type { RequirementsDocument } from '@onboardkit/schema';
import { StrictMode } from 'react';
import { render } from 'vitest-browser-react';
import { AccountOnboarding, type AccountOnboardingProps } from '../account-onboarding/account-onboarding.js';
import { createOnboardKit, type OnboardKitOptions } from '../provider/create-onboard-kit.js';
import { OnboardKitProvider } from '../provider/onboard-kit-provider.js';
import { apiBaseUrl, startTestSession, type TestSession } from './test-session.js';

/**
 * Renders AccountOnboarding under StrictMode, as a platform would, for an
 * account session on the stand-in server that owes `document`.
 */
export async function renderOnboarding(
  document: RequirementsDocument,
  options: {
    props?: AccountOnboardingProps;
    kit?: Partial<Omit<OnboardKitOptions, 'fetchClientSecret' | 'apiBaseUrl'>>;
    /** Runs before the first render: script the server's first answers here. */
    before?: (session: TestSession) => Promise<void>;
  } = {},
) {
  const session = await startTestSession(document);
  await options.before?.(session);
  const onboardKit = createOnboardKit({
    apiBaseUrl,
    fetchClientSecret: session.fetchClientSecret,
    ...options.kit,
  });
  const screen = await render(
    <StrictMode>
      <OnboardKitProvider onboardKit={onboardKit}>
        <AccountOnboarding {...options.props} />
      </OnboardKitProvider>
    </StrictMode>,
  );
  return { screen, session, onboardKit };
}
