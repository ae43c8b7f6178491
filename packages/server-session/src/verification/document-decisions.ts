import { testDocumentFiles } from '@onboardkit/schema';
import { afterReview, failure, verified } from './decision-helpers.js';
import { verificationDelaySeconds } from './verification-delays.js';
import type { VerificationDecision } from './verification-result.js';

/** The test file that always verifies (reference §6); it beats failing test id numbers. */
export const successfulDocumentToken: string = testDocumentFiles.verifies;
/** The test file that never verifies. */
export const failingDocumentToken: string = testDocumentFiles.fails;

/**
 * An uploaded document (a `file_…` id) answering `subject`, e.g.
 * `individual.verification.document`: the failure token fails with
 * `verification_document_failed_test_mode` and asks for the document again;
 * the success token and any real upload verify after a review.
 *
 * @example decideDocument('individual.verification.document', 'file_identity_document_failure')
 */
export function decideDocument(subject: string, fileId: string): VerificationDecision {
  const outcome =
    fileId.trim() === failingDocumentToken
      ? failure('verification_document_failed_test_mode', { relist: [subject] })
      : verified;
  return afterReview(outcome, verificationDelaySeconds.document, ['activation']);
}
