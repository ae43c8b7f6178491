import { AccountOnboarding, type AccountOnboardingProps } from '../account-onboarding/account-onboarding.js';
import { type RenderWithKitOptions, renderWithKit } from './render-with-kit.js';
import type { TestAccount } from './test-session.js';

/**
 * Renders AccountOnboarding under StrictMode, as a platform would, for
 * `account` on the real session server.
 */
export function renderOnboarding(
  account: TestAccount,
  options: RenderWithKitOptions & { props?: AccountOnboardingProps } = {},
) {
  return renderWithKit(account, <AccountOnboarding {...options.props} />, options);
}
