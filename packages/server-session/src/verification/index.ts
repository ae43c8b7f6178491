/**
 * The simulated verifier's decisions, as pure functions: what a submitted
 * test value (reference §6) leads to, and when. The store runs the
 * asynchronous ones in a background job with `settleDueVerifications`.
 */

export { decideBankAccount, payoutFailureOf } from './bank-account-decisions.js';
export { decideDirectors } from './company-decisions.js';
export { decideVerification } from './decide-verification.js';
export { failingDocumentToken, successfulDocumentToken } from './document-decisions.js';
export { nextSettlementAt, settleDueVerifications } from './settle-verifications.js';
export { verificationDelaySeconds } from './verification-delays.js';
export type { PayoutFailureCode, VerificationErrorCode } from './verification-error-codes.js';
export { payoutFailureCodes, verificationErrorCodes } from './verification-error-codes.js';
export type {
  AccountEffect,
  FailedOutcome,
  Gate,
  PendingVerification,
  SettledVerification,
  VerificationDecision,
  VerificationOutcome,
  VerificationResult,
  VerifiedOutcome,
} from './verification-result.js';
export { toVerificationResult } from './verification-result.js';
