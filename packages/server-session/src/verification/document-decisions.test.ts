import { describe, expect, it } from 'vitest';
import { decideDocument } from './document-decisions.js';

describe('decideDocument', () => {
  it('verifies the success token after a document review', () => {
    const decision = decideDocument('individual.verification.document', 'file_identity_document_success');
    expect(decision.outcome.status).toBe('verified');
    expect(decision.timing).toMatchObject({ kind: 'asynchronous', delaySeconds: 5 });
  });

  it('fails the failure token with verification_document_failed_test_mode and asks for the document again', () => {
    expect(
      decideDocument('person_a.verification.document', 'file_identity_document_failure').outcome,
    ).toMatchObject({
      status: 'failed',
      code: 'verification_document_failed_test_mode',
      relist: ['person_a.verification.document'],
    });
  });

  it('accepts a real upload', () => {
    expect(decideDocument('company.verification.document', 'file_8Hq2x').outcome.status).toBe('verified');
  });
});
