/**
 * The requirements engine: what an account must provide, by country,
 * business type and capability; what that allows; the requirements document
 * the components render; and how a validated submission changes the account.
 * Pure functions of an `AccountState` and the clock, for the store and HTTP
 * layers to call.
 */

export type {
  AccountState,
  BusinessType,
  CapabilityName,
  HeldSensitiveValue,
  NewAccount,
  PersonRelationship,
  PersonRole,
  PersonState,
  SupportedCountry,
  TosAcceptance,
} from './account-state.js';
export {
  businessTypes,
  capabilityNames,
  createAccountState,
  isSupportedCountry,
  personRoles,
  supportedCountries,
} from './account-state.js';
export type { AppliedSubmission, SensitiveWrite, SubmissionContext } from './apply-submission.js';
export { applySubmission } from './apply-submission.js';
export type {
  AccountDisabledReason,
  AccountRequirements,
  CapabilityDisabledReason,
  CapabilityStatus,
  ComputeOptions,
} from './compute-requirements.js';
export { computeRequirements } from './compute-requirements.js';
export type { DocumentOptions } from './document/build-requirements-document.js';
export { buildRequirementsDocument } from './document/build-requirements-document.js';
export { collectableFieldKeys, submissionDocument } from './document/collectable-field-keys.js';
export { localizeFieldErrors } from './locales/localize-field-errors.js';
export type { SupportedLocale } from './locales/translate.js';
export { resolveLocale, supportedLocales } from './locales/translate.js';
export { lastFourOf, sensitiveAccountFields, sensitivePersonFields } from './sensitive-fields.js';
