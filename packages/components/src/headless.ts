'use client';

/**
 * @onboardkit/components/headless — the onboarding flow's state without its
 * look, for platforms that render with their own design system. Wrap them in
 * the same `OnboardKitProvider`.
 */

export type { AccountResult } from './account-management/use-account.js';
export { useAccount } from './account-management/use-account.js';
export type {
  AccountManagementState,
  UseAccountManagementOptions,
} from './account-management/use-account-management.js';
export { useAccountManagement } from './account-management/use-account-management.js';
export type { AccountDetails, AccountSession } from './api/embedded-api.js';
export type { LoadError, OnboardKitErrorType } from './api/onboard-kit-error.js';
export { OnboardKitError } from './api/onboard-kit-error.js';
export type { UploadProgress } from './api/upload-with-progress.js';
export type {
  AccountNotification,
  NotificationKind,
  NotificationsResult,
  UseNotificationsOptions,
} from './notification-banner/use-notifications.js';
export { useNotifications } from './notification-banner/use-notifications.js';
export { fieldName, nameOfParam } from './onboarding-flow/field-names.js';
export type { FormValues } from './onboarding-flow/form-values.js';
export { toWireValues } from './onboarding-flow/form-values.js';
export { isFieldDue } from './onboarding-flow/resume-step.js';
export { applyServerErrors } from './onboarding-flow/server-errors.js';
export type { SubmitProblem } from './onboarding-flow/submit-problem.js';
export type {
  FlowPosition,
  OnboardingFlow,
  SubmitOutcome,
  UseOnboardingFlowOptions,
} from './onboarding-flow/use-onboarding-flow.js';
export { useOnboardingFlow } from './onboarding-flow/use-onboarding-flow.js';
export type { OnboardKit, OnboardKitOptions, OnboardKitUpdate } from './provider/create-onboard-kit.js';
export { createOnboardKit } from './provider/create-onboard-kit.js';
export type { OnboardKitProviderProps } from './provider/onboard-kit-provider.js';
export { OnboardKitProvider } from './provider/onboard-kit-provider.js';
export type { CollectionOptions } from './requirements/collection-options.js';
export type { RequirementsResult, UseRequirementsOptions } from './requirements/use-requirements.js';
export { useRequirements } from './requirements/use-requirements.js';
export type { AccountSessionResult } from './session/use-account-session.js';
export { useAccountSession } from './session/use-account-session.js';
