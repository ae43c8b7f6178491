import type { RequirementsDocument } from '@onboardkit/schema';
import { AccountOnboarding, type AccountOnboardingProps } from '../account-onboarding/account-onboarding.js';
import { type RenderWithKitOptions, renderWithKit } from './render-with-kit.js';

/**
 * Renders AccountOnboarding under StrictMode, as a platform would, for an
 * account session on the stand-in server that owes `document`.
 */
export function renderOnboarding(
  document: RequirementsDocument,
  options: RenderWithKitOptions & { props?: AccountOnboardingProps } = {},
) {
  return renderWithKit(document, <AccountOnboarding {...options.props} />, options);
}
