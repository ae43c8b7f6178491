import type { RequirementsDocument } from './requirements-document.js';

/**
 * A US individual's onboarding document, as the session server would build it:
 * test and story data, exported as `@onboardkit/schema/fixtures` under the
 * source condition only (it is not part of the built package).
 */
export const usIndividualDocument: RequirementsDocument = {
  object: 'requirements_document',
  account: 'acct_1Test',
  country: 'US',
  business_type: 'individual',
  locale: 'en',
  version: 3,
  collect: 'currently_due',
  requirements: {
    currently_due: ['individual.first_name', 'individual.dob.day', 'external_account', 'tos_acceptance.date'],
    eventually_due: [
      'individual.first_name',
      'individual.dob.day',
      'external_account',
      'tos_acceptance.date',
    ],
    past_due: [],
    pending_verification: [],
    errors: [],
    disabled_reason: 'requirements.past_due',
    current_deadline: null,
  },
  future_requirements: null,
  steps: [
    {
      id: 'business',
      title: 'Your business',
      fields: [
        {
          key: 'business_type',
          type: 'select',
          label: 'Business type',
          required: true,
          constraints: {
            options: [
              { value: 'individual', label: 'Individual' },
              { value: 'company', label: 'Company' },
            ],
          },
          value: 'individual',
          status: 'provided',
        },
        {
          key: 'business_profile.url',
          type: 'url',
          label: 'Website',
          required: false,
          placeholder: 'https://example.com',
        },
        {
          key: 'company.name',
          type: 'text',
          label: 'Legal business name',
          required: true,
          constraints: { maxLength: 100 },
          visibleWhen: [{ field: 'business_type', operator: 'equals', value: 'company' }],
        },
      ],
    },
    {
      id: 'personal',
      title: 'About you',
      fields: [
        {
          key: 'individual.first_name',
          type: 'text',
          label: 'First name',
          required: true,
          constraints: { maxLength: 100 },
          status: 'currently_due',
        },
        {
          key: 'individual.dob',
          type: 'date',
          label: 'Date of birth',
          required: true,
          constraints: { minAge: 13, maxAge: 120, allowValues: ['1900-01-01', '1901-01-01', '1902-01-01'] },
        },
        { key: 'individual.email', type: 'email', label: 'Email', required: true },
        { key: 'individual.phone', type: 'phone', label: 'Phone', required: true },
        {
          key: 'individual.address',
          type: 'address',
          label: 'Home address',
          required: true,
          address: {
            country: 'US',
            parts: {
              line1: 'required',
              line2: 'optional',
              city: 'required',
              state: 'required',
              postal_code: 'required',
            },
            states: [
              { value: 'CA', label: 'California' },
              { value: 'NY', label: 'New York' },
            ],
          },
        },
        {
          key: 'individual.ssn_last_4',
          type: 'id_number',
          label: 'Last 4 digits of SSN',
          required: true,
          sensitive: true,
          mask: { provided: true, last4: '6789' },
          constraints: { format: 'us_ssn_last_4' },
        },
        {
          key: 'individual.id_number',
          type: 'id_number',
          label: 'Social Security number',
          required: false,
          sensitive: true,
          constraints: { format: 'us_ssn', allowValues: ['000000000', '111111111', '222222222'] },
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
          bankAccount: {
            country: 'US',
            currency: 'usd',
            scheme: 'routing_and_account',
            routingFormat: 'aba_routing',
            accountPattern: '\\d{4,17}',
          },
        },
        {
          key: 'tos_acceptance',
          type: 'tos',
          label: 'I agree to the services agreement',
          required: true,
          tos: { serviceAgreement: 'full' },
        },
      ],
    },
  ],
};
