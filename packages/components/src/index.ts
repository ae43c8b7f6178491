'use client';

/**
 * @onboardkit/components — embeddable onboarding for a platform's connected
 * accounts, rendered from the session server's requirements document.
 * Headless hooks live at `@onboardkit/components/headless`.
 */

export type { AccountManagementProps } from './account-management/account-management.js';
export { AccountManagement } from './account-management/account-management.js';
export type { OnLoadError } from './account-management/use-load-error-report.js';
export type { AccountOnboardingProps } from './account-onboarding/account-onboarding.js';
export { AccountOnboarding } from './account-onboarding/account-onboarding.js';
export type { LoadError, OnboardKitErrorType } from './api/onboard-kit-error.js';
export { OnboardKitError } from './api/onboard-kit-error.js';
export type { Appearance, AppearanceVariables } from './appearance/appearance.js';
export type { BundledLanguage } from './i18n/locale-choice.js';
export type { MessageOverrides, Messages } from './i18n/messages.js';
export type {
  NotificationBannerProps,
  NotificationsChange,
} from './notification-banner/notification-banner.js';
export { NotificationBanner } from './notification-banner/notification-banner.js';
export type { OnboardKit, OnboardKitOptions, OnboardKitUpdate } from './provider/create-onboard-kit.js';
export { createOnboardKit } from './provider/create-onboard-kit.js';
export type { OnboardKitProviderProps } from './provider/onboard-kit-provider.js';
export { OnboardKitProvider } from './provider/onboard-kit-provider.js';
export type { CollectionOptions } from './requirements/collection-options.js';
