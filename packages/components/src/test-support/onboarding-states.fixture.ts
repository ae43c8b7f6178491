import type { FieldSpec, RequirementsDocument } from '@onboardkit/schema';
import { providedDeCompanyDocument, providedUsIndividualDocument } from './account-documents.fixture.js';
import { deCompanyDocument, usIndividualDocument } from './documents.fixture.js';

/**
 * Documents for the states a reviewer looks at (Storybook), each derived
 * from the fixture documents of `documents.fixture.ts` and
 * `account-documents.fixture.ts` rather than written again: an account with
 * errors, one waiting on verification, one with owners to confirm, and a
 * document around a single field.
 */

type FieldError = NonNullable<FieldSpec['errors']>[number];

function mapFields(document: RequirementsDocument, change: (spec: FieldSpec) => FieldSpec) {
  return { ...document, steps: document.steps.map((step) => ({ ...step, fields: step.fields.map(change) })) };
}

function fixtureFieldWithDocument(
  key: string,
  from: readonly RequirementsDocument[],
): { spec: FieldSpec; document: RequirementsDocument } {
  for (const document of from) {
    for (const step of document.steps) {
      for (const spec of step.fields) {
        if (spec.key === key) return { spec, document };
        // Fields asked of each person (an ownership share) stand alone too.
        const inner = spec.personList?.fields.find((field) => field.key === key);
        if (inner) return { spec: inner, document };
      }
    }
  }
  throw new Error(`No fixture document has a field ${key}.`);
}

/** A fixture field spec by key, from the US individual or else the German company. */
export function fixtureField(key: string): FieldSpec {
  return fixtureFieldWithDocument(key, [usIndividualDocument(), deCompanyDocument()]).spec;
}

/**
 * A one-step document asking only the fixture field `key` (still due, so the
 * flow opens on it), in the country of the document it comes from: `from`,
 * or the US individual, or else the German company. `change` alters the
 * spec, e.g. `{ errors: [...] }` for the server's verdict on it.
 */
export function singleFieldDocument(
  key: string,
  options: { from?: RequirementsDocument; change?: Partial<FieldSpec> } = {},
): RequirementsDocument {
  const { spec, document } = fixtureFieldWithDocument(
    key,
    options.from ? [options.from] : [usIndividualDocument(), deCompanyDocument()],
  );
  const step = document.steps.find((candidate) => candidate.fields.includes(spec));
  return {
    ...document,
    requirements: { ...document.requirements, currently_due: [key], eventually_due: [key], past_due: [] },
    steps: [
      {
        id: step?.id ?? 'field',
        title: step?.title ?? spec.label,
        fields: [{ ...spec, status: 'currently_due', ...options.change }],
      },
    ],
  };
}

/**
 * The answered US individual after the verifier refused two answers: the
 * server puts the reasons on the fields and the account owes them again.
 */
export function usIndividualWithFieldErrors(): RequirementsDocument {
  const errors: Record<string, FieldError> = {
    'individual.dob': {
      code: 'verification_failed_keyed_identity',
      reason: 'The date of birth does not match our records.',
    },
    'individual.address': {
      code: 'verification_failed_address_match',
      reason: 'We could not verify this address. Check it and try again.',
    },
  };
  const document = mapFields(providedUsIndividualDocument(), (spec) => {
    const error = errors[spec.key];
    return error ? { ...spec, status: 'currently_due', errors: [error] } : spec;
  });
  document.requirements = {
    ...document.requirements,
    currently_due: Object.keys(errors),
    errors: Object.entries(errors).map(([requirement, error]) => ({ requirement, ...error })),
  };
  return document;
}

/** The answered US individual while the verifier checks the identity: nothing due, some fields pending. */
export function usIndividualPendingVerification(): RequirementsDocument {
  const pending = ['individual.first_name', 'individual.dob', 'individual.address', 'individual.ssn_last_4'];
  const document = mapFields(providedUsIndividualDocument(), (spec) =>
    pending.includes(spec.key) ? { ...spec, status: 'pending_verification' } : spec,
  );
  document.requirements = {
    ...document.requirements,
    pending_verification: pending,
    disabled_reason: 'requirements.pending_verification',
  };
  return document;
}

/** The German company with its two owners entered and the attestation that they are all still to give. */
export function deCompanyWithOwners(): RequirementsDocument {
  return mapFields(providedDeCompanyDocument(), (spec) => {
    if (spec.key === 'owners') return { ...spec, status: 'currently_due' };
    if (spec.key !== 'company.owners_provided') return spec;
    const { value: _attested, ...unanswered } = spec;
    return { ...unanswered, status: 'currently_due' };
  });
}
