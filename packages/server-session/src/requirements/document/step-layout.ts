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

// Each field's place within its step; the orders do not overlap.
const ranks = new Map<string, number>();
for (const order of [
  businessOrder,
  companyOrder,
  personsOrder,
  personFieldOrder.map((field) => `individual.${field}`),
]) {
  order.forEach((key, rank) => {
    if (!ranks.has(key)) ranks.set(key, rank);
  });
}

function rankOf(key: string): number {
  // A field without a place goes last in its step; keys keep it stable.
  return ranks.get(key) ?? Number.MAX_SAFE_INTEGER;
}

function byRankThenKey(left: FieldSpec, right: FieldSpec): number {
  return rankOf(left.key) - rankOf(right.key) || left.key.localeCompare(right.key);
}

/**
 * Groups fields into the ordered steps of the flow: business type and
 * profile, company or personal details, people, payouts, terms. Steps left
 * without fields are dropped.
 */
export function layoutSteps(fields: readonly FieldSpec[], translate: Translate): Step[] {
  const byStep = new Map<StepId, FieldSpec[]>();
  for (const field of fields) {
    const id = stepOf(field.key);
    const grouped = byStep.get(id);
    if (grouped) grouped.push(field);
    else byStep.set(id, [field]);
  }
  const steps: Step[] = [];
  for (const id of stepIds) {
    const grouped = byStep.get(id);
    if (!grouped) continue;
    steps.push({
      id,
      title: translate(`step.${id}.title`),
      description: translate(`step.${id}.description`),
      fields: grouped.sort(byRankThenKey),
    });
  }
  return steps;
}
