/**
 * @onboardkit/schema — the wire contract between the OnboardKit session server
 * and the components: requirements documents, field specs, format checks and
 * the spec-to-zod compiler. No React, no Node built-ins.
 */

export type { ApiErrorBody, ApiErrorType, FieldError } from './api-error.js';
export { apiErrorSchema, apiErrorTypes, fieldErrorSchema } from './api-error.js';
export type { CompileOptions, FieldValidator } from './compile-field.js';
export { compileField } from './compile-field.js';
export type { StepValues } from './compile-step.js';
export { compileStep } from './compile-step.js';
export type { FieldErrorCode } from './field-error-codes.js';
export { fieldErrorCodes } from './field-error-codes.js';
export type {
  AddressConfig,
  AddressPartName,
  BankAccountConfig,
  Condition,
  ConditionOperator,
  Constraints,
  FieldSpec,
  FieldStatus,
  KnownFieldType,
  Option,
  PersonListConfig,
  TosConfig,
} from './field-spec.js';
export {
  addressPartNames,
  conditionOperators,
  conditionSchema,
  constraintsSchema,
  fieldSpecSchema,
  fieldStatuses,
  knownFieldTypes,
  personListConfigSchema,
} from './field-spec.js';
export type { AddressValue, BankAccountValue, FieldValue, Mask, PersonValue } from './field-value.js';
export { addressValueSchema, bankAccountValueSchema, maskSchema, personValueSchema } from './field-value.js';
export type { FormatContext, FormatValidator } from './formats/format-validator.js';
export type { FormatName } from './formats/registry.js';
export { findFormat, formats } from './formats/registry.js';
export { requirementsDocumentJsonSchema } from './json-schema.js';
export type { LoadedStepSchema } from './load-step-schema.js';
export { loadStepSchema } from './load-step-schema.js';
export type {
  CollectMode,
  RequirementError,
  Requirements,
  RequirementsDocument,
  Step,
} from './requirements-document.js';
export {
  collectModes,
  requirementErrorSchema,
  requirementsDocumentSchema,
  requirementsSchema,
  stepSchema,
} from './requirements-document.js';
export type { CompiledFields, StepSchema } from './step-schema.js';
export type { Submission } from './submission.js';
export { submissionSchema } from './submission.js';
export type {
  CountryTestBankAccounts,
  FailingTestBankAccount,
  TestBankAccount,
  TestModeCountry,
  TestPayoutFailureCode,
} from './test-mode/test-mode-values.js';
export {
  testAddressLine1,
  testBankAccounts,
  testCompanyTaxIds,
  testDatesOfBirth,
  testDocumentFiles,
  testIdNumbers,
  testPayoutFailureEndings,
  testPhoneNumber,
  testSsnLast4,
  testUsIndividualValues,
  testWebsites,
} from './test-mode/test-mode-values.js';
export type { SubmissionVerdict } from './validate-submission.js';
export { validateSubmission } from './validate-submission.js';
export { isBlank, isFieldVisible } from './visibility.js';
