import type { RequirementsDocument } from '@onboardkit/schema';
import { usIndividualDocument as schemaFixture } from '@onboardkit/schema/fixtures';

const noRequirements = {
  currently_due: [],
  eventually_due: [],
  past_due: [],
  pending_verification: [],
  errors: [],
  disabled_reason: null,
  current_deadline: null,
};

/**
 * The schema package's US individual (a held SSN, an address with states, a
 * conditional company name), with the help texts and links a server would add.
 */
export function usIndividualDocument(): RequirementsDocument {
  const document = structuredClone(schemaFixture);
  for (const step of document.steps) {
    if (step.id === 'personal') step.description = 'We need these details to verify your identity.';
    for (const field of step.fields) {
      if (field.key === 'individual.id_number') field.help = 'Your full nine-digit number.';
      if (field.key === 'tos_acceptance')
        field.tos = { serviceAgreement: 'full', url: 'https://example.com/terms' };
    }
  }
  return document;
}

/** A German company: owners with shares, an attestation, an IBAN, a document upload, a type from the future. */
export function deCompanyDocument(): RequirementsDocument {
  return {
    object: 'requirements_document',
    account: 'acct_2Test',
    country: 'DE',
    business_type: 'company',
    locale: 'en',
    version: 1,
    collect: 'currently_due',
    requirements: { ...noRequirements, currently_due: ['company.name', 'owners', 'external_account'] },
    future_requirements: null,
    steps: [
      {
        id: 'company',
        title: 'Your company',
        fields: [
          {
            key: 'company.name',
            type: 'text',
            label: 'Company name',
            required: true,
            value: 'Beispiel GmbH',
            status: 'provided',
          },
          {
            key: 'company.tax_id',
            type: 'tax_id',
            label: 'Tax number',
            required: true,
            sensitive: true,
            mask: { provided: true, last4: '4321' },
            status: 'provided',
          },
          {
            key: 'company.country_of_incorporation',
            type: 'country',
            label: 'Country of incorporation',
            required: true,
            value: 'DE',
            status: 'provided',
          },
          {
            key: 'company.registration_date',
            type: 'founding_date_with_precision',
            label: 'Registered on',
            help: 'As it appears in the commercial register.',
            required: false,
          },
        ],
      },
      {
        id: 'owners',
        title: 'Owners',
        fields: [
          {
            key: 'owners',
            type: 'person_list',
            label: 'Owners',
            help: 'Everyone who owns 25% or more of the company.',
            required: true,
            constraints: { minItems: 1 },
            status: 'currently_due',
            personList: {
              role: 'owner',
              ownershipThreshold: 25,
              fields: [
                { key: 'first_name', type: 'text', label: 'First name', required: true },
                { key: 'last_name', type: 'text', label: 'Last name', required: true },
                {
                  key: 'relationship.percent_ownership',
                  type: 'percent',
                  label: 'Ownership',
                  required: true,
                },
              ],
            },
          },
          {
            key: 'company.owners_provided',
            type: 'boolean',
            label: 'I confirm these are all the owners',
            required: true,
            constraints: { mustBeTrue: true },
          },
        ],
      },
      {
        id: 'payouts',
        title: 'Payouts',
        fields: [
          {
            key: 'external_account',
            type: 'bank_account',
            label: 'Bank account',
            required: true,
            sensitive: true,
            bankAccount: { country: 'DE', currency: 'eur', scheme: 'iban' },
          },
          {
            key: 'company.verification.document',
            type: 'file',
            label: 'Commercial register extract',
            required: false,
            constraints: { fileTypes: ['application/pdf', 'image/png', 'image/jpeg'] },
          },
        ],
      },
    ],
  };
}
