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
  /**
   * Off to run each effect once, as a production build does: StrictMode's
   * second run of a new component's effects comes after its siblings' and can
   * hide an order bug between them (focus moved by two of them).
   */
  strictMode?: boolean;
}

/**
 * Renders `element` under StrictMode (unless `strictMode: false`) inside an OnboardKitProvider, as a
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
  const tree = <OnboardKitProvider onboardKit={onboardKit}>{element}</OnboardKitProvider>;
  const screen = await render(options.strictMode === false ? tree : <StrictMode>{tree}</StrictMode>);
  return { screen, session, onboardKit, account };
}
