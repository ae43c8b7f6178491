import type { FieldSpec, Step } from '@onboardkit/schema';
import type { Translate } from '../locales/translate.js';
import { personFieldOrder } from './person-fields.js';

/** The steps of an onboarding flow, in order. */
export const stepIds = ['business', 'company', 'personal', 'persons', 'payouts', 'terms'] as const;
export type StepId = (typeof stepIds)[number];

const businessOrder = [
  'business_type',
  'business_profile.mcc',
  'business_profile.url',
  'business_profile.product_description',
  'settings.payments.statement_descriptor',
];

const companyOrder = [
  'company.name',
  'company.name_kana',
  'company.name_kanji',
  'company.tax_id',
  'company.registration_number',
  'company.pan',
  'company.phone',
  'company.address',
  'company.address_kana',
  'company.address_kanji',
  'company.business_cross_border_transaction_classifications',
  'company.verification.document',
];

const personsOrder = [
  'representative',
  'owners',
  'company.owners_provided',
  'directors',
  'company.directors_provided',
  'executives',
  'company.executives_provided',
];

/** Which step a field belongs to, by its key. */
export function stepOf(key: string): StepId {
  if (personsOrder.includes(key)) return 'persons';
  if (key.startsWith('company.')) return 'company';
  if (key.startsWith('individual.')) return 'personal';
  if (key === 'external_account') return 'payouts';
  if (key === 'tos_acceptance') return 'terms';
  return 'business';
}

function rankOf(key: string): number {
  const orders = [
    businessOrder,
    companyOrder,
    personsOrder,
    personFieldOrder.map((field) => `individual.${field}`),
  ];
  for (const order of orders) {
    const rank = order.indexOf(key);
    if (rank >= 0) return rank;
  }
  // A field without a place goes last in its step; keys keep it stable.
  return Number.MAX_SAFE_INTEGER;
}

/**
 * Groups fields into the ordered steps of the flow: business type and
 * profile, company or personal details, people, payouts, terms. Steps left
 * without fields are dropped.
 */
export function layoutSteps(fields: readonly FieldSpec[], translate: Translate): Step[] {
  return stepIds
    .map((id) => ({
      id,
      title: translate(`step.${id}.title`),
      description: translate(`step.${id}.description`),
      fields: fields
        .filter((field) => stepOf(field.key) === id)
        .sort((left, right) => rankOf(left.key) - rankOf(right.key) || left.key.localeCompare(right.key)),
    }))
    .filter((step) => step.fields.length > 0);
}
