import { addressValueSchema, bankAccountValueSchema, type FieldValue } from '@onboardkit/schema';
import { decideAddress } from './address-decisions.js';
import { decideBankAccount } from './bank-account-decisions.js';
import {
  decideProductDescription,
  decideStatementDescriptor,
  decideWebsite,
} from './business-profile-decisions.js';
import { decideCompanyName, decideCompanyTaxId } from './company-decisions.js';
import { decideDocument } from './document-decisions.js';
import { decideDateOfBirth, decideIdNumber, decideSsnLast4 } from './identity-decisions.js';
import type { VerificationDecision } from './verification-result.js';

type Decide = (owner: string, value: FieldValue) => VerificationDecision | null;

const text = (decide: (owner: string, value: string) => VerificationDecision | null): Decide => {
  return (owner, value) => (typeof value === 'string' && value.trim() !== '' ? decide(owner, value) : null);
};

/** Checks on fields a person-like owner holds: `individual.…` or `person_….…`. */
const personChecks: Readonly<Record<string, Decide>> = {
  dob: text(decideDateOfBirth),
  id_number: text(decideIdNumber),
  ssn_last_4: text(decideSsnLast4),
  address: (owner, value) => {
    const address = addressValueSchema.safeParse(value);
    return address.success ? decideAddress(owner, address.data) : null;
  },
  'verification.document': text((owner, file) => decideDocument(`${owner}.verification.document`, file)),
  'verification.additional_document': text((owner, file) =>
    decideDocument(`${owner}.verification.additional_document`, file),
  ),
};

/** Checks on account-level fields, by their full key. */
const accountChecks: Readonly<Record<string, Decide>> = {
  external_account: (_, value) => {
    const account = bankAccountValueSchema.safeParse(value);
    return account.success ? decideBankAccount(account.data) : null;
  },
  'business_profile.url': text((_, url) => decideWebsite(url)),
  'business_profile.product_description': text((_, description) => decideProductDescription(description)),
  'settings.payments.statement_descriptor': text((_, descriptor) => decideStatementDescriptor(descriptor)),
  'company.tax_id': text((_, taxId) => decideCompanyTaxId(taxId)),
  'company.name': text((_, name) => decideCompanyName(name)),
  'company.address': personChecks.address ?? (() => null),
  'company.verification.document': text((_, file) => decideDocument('company.verification.document', file)),
};

const personLikeOwner = /^(individual|person_[A-Za-z0-9_]+)\.(.+)$/;

/**
 * The simulated verifier's decision on a value just submitted for `subject`,
 * the field key it answers with its owner (`individual.dob`,
 * `person_1a2b.id_number`, `company.tax_id`, `external_account`, a document
 * field's key with a `file_…` id as value). `null` when the field is not
 * checked, or the value is not of the field's shape (validation refuses those
 * before they get here).
 *
 * Directors are judged together: see `decideDirectors`.
 *
 * @example decideVerification('individual.id_number', '222222222') // { outcome: { status: 'verified' }, timing: { kind: 'immediate' } }
 * @see toVerificationResult to store a decision
 */
export function decideVerification(subject: string, value: FieldValue): VerificationDecision | null {
  const accountCheck = accountChecks[subject];
  if (accountCheck) return accountCheck(subject.split('.')[0] ?? '', value);
  const match = personLikeOwner.exec(subject);
  const personCheck = match ? personChecks[match[2] ?? ''] : undefined;
  return match && personCheck ? personCheck(match[1] ?? '', value) : null;
}
