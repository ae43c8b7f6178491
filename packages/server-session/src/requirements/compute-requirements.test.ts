import { describe, expect, it } from 'vitest';
import { type AccountState, businessTypes, supportedCountries } from './account-state.js';
import { computeRequirements } from './compute-requirements.js';
import { created, day, hour, newAccount, person } from './test-accounts.fixture.js';

const now = created + hour;

describe('given a new US individual requesting card payments', () => {
  const state = newAccount('US', 'individual');
  const result = computeRequirements(state, { now });

  it('has every initial requirement currently due and past due, as Stripe lists a new account', () => {
    expect(result.requirements.currently_due).toEqual([
      'business_profile.mcc',
      'business_profile.url',
      'external_account',
      'individual.address.city',
      'individual.address.line1',
      'individual.address.postal_code',
      'individual.address.state',
      'individual.dob.day',
      'individual.dob.month',
      'individual.dob.year',
      'individual.email',
      'individual.first_name',
      'individual.last_name',
      'individual.phone',
      'individual.ssn_last_4',
      'settings.payments.statement_descriptor',
      'tos_acceptance.date',
      'tos_acceptance.ip',
    ]);
    expect(result.requirements.past_due).toEqual(result.requirements.currently_due);
    expect(result.requirements.disabled_reason).toBe('requirements.past_due');
  });

  it('keeps the full SSN eventually due, with its deadline in future_requirements', () => {
    expect(result.requirements.eventually_due).toContain('individual.id_number');
    expect(result.requirements.currently_due).not.toContain('individual.id_number');
    expect(result.future_requirements.currently_due).toEqual(['individual.id_number']);
    expect(result.future_requirements.current_deadline).toBe(created + 30 * day);
  });

  it('derives inactive capabilities with nothing enabled', () => {
    expect(result.capabilities).toEqual({ card_payments: 'inactive', transfers: 'inactive' });
    expect(result.charges_enabled).toBe(false);
    expect(result.payouts_enabled).toBe(false);
    expect(result.details_submitted).toBe(false);
  });
});

describe('given a transfers-only account', () => {
  it('is not asked for card-network fields and reports only the transfers capability', () => {
    const result = computeRequirements(newAccount('US', 'individual', ['transfers']), { now });
    expect(result.requirements.eventually_due).not.toContain('business_profile.mcc');
    expect(result.requirements.eventually_due).not.toContain('settings.payments.statement_descriptor');
    expect(result.capabilities).toEqual({ transfers: 'inactive' });
  });
});

describe('given an account without a business type', () => {
  it('asks for the business type and what every type shares', () => {
    const { requirements } = computeRequirements(newAccount('FR', null), { now });
    expect(requirements.currently_due).toContain('business_type');
    expect(requirements.currently_due.some((key) => key.startsWith('individual.'))).toBe(false);
  });
});

describe('given a US company', () => {
  const company = newAccount('US', 'company');

  it('asks for a representative and owners by placeholder until persons exist', () => {
    const { requirements } = computeRequirements(company, { now });
    expect(requirements.currently_due).toEqual(
      expect.arrayContaining([
        'relationship.representative',
        'relationship.owner',
        'representative.first_name',
        'owners.email',
        'company.owners_provided',
      ]),
    );
  });

  describe('with one owner at 60%', () => {
    const state: AccountState = {
      ...company,
      persons: [
        person(
          'person_rep',
          { representative: true, executive: true, title: 'CEO' },
          { first_name: 'Jenny' },
        ),
        person(
          'person_own',
          { owner: true, percent_ownership: 60 },
          { first_name: 'Kai', last_name: 'Tanaka' },
        ),
      ],
    };
    const { requirements } = computeRequirements(state, { now });

    it('asks for the persons’ own fields instead of placeholders', () => {
      expect(requirements.currently_due).not.toContain('relationship.owner');
      expect(requirements.currently_due).not.toContain('owners.email');
      expect(requirements.currently_due).toContain('person_own.email');
      expect(requirements.currently_due).not.toContain('person_own.first_name');
      expect(requirements.currently_due).toContain('person_rep.ssn_last_4');
      expect(requirements.currently_due).not.toContain('person_rep.relationship.executive');
    });

    it('still needs the owners attestation, as the listed shares do not reach 100%', () => {
      expect(requirements.currently_due).toContain('company.owners_provided');
    });

    it('keeps the owner’s details for the volume thresholds eventually due', () => {
      expect(requirements.eventually_due).toEqual(
        expect.arrayContaining(['person_own.dob.day', 'person_own.ssn_last_4', 'person_own.phone']),
      );
      expect(requirements.currently_due).not.toContain('person_own.dob.day');
    });
  });

  it('needs no attestation once the listed owners hold 100%', () => {
    const state = {
      ...company,
      persons: [
        person('person_a', { owner: true, percent_ownership: 60 }),
        person('person_b', { owner: true, percent_ownership: 40 }),
      ],
    };
    expect(computeRequirements(state, { now }).requirements.eventually_due).not.toContain(
      'company.owners_provided',
    );
  });

  it('asks for no owners once the platform attests there are none', () => {
    const state = { ...company, values: { 'company.owners_provided': true } };
    const { requirements } = computeRequirements(state, { now });
    expect(requirements.eventually_due).not.toContain('relationship.owner');
    expect(requirements.eventually_due.some((key) => key.startsWith('owners.'))).toBe(false);
  });

  it('lists the representative as an executive until confirmed', () => {
    const state = { ...company, persons: [person('person_rep', { representative: true })] };
    expect(computeRequirements(state, { now }).requirements.currently_due).toContain(
      'person_rep.relationship.executive',
    );
  });
});

describe('deadlines', () => {
  const state = newAccount('US', 'individual');

  it('bring the full SSN into currently_due two weeks before the 30-day deadline', () => {
    const { requirements, future_requirements } = computeRequirements(state, { now: created + 20 * day });
    expect(requirements.currently_due).toContain('individual.id_number');
    expect(requirements.past_due).not.toContain('individual.id_number');
    expect(requirements.current_deadline).toBe(created + 30 * day);
    expect(future_requirements.currently_due).toEqual([]);
  });

  it('turn it past due once the deadline passes, disabling the account', () => {
    const complete = {
      ...state,
      values: { 'individual.first_name': 'Jenny' },
    };
    const { requirements } = computeRequirements(complete, { now: created + 31 * day });
    expect(requirements.past_due).toContain('individual.id_number');
    expect(requirements.current_deadline).toBeNull();
    expect(requirements.disabled_reason).toBe('requirements.past_due');
  });
});

describe('given a Singapore account still unverified', () => {
  it('is closed after 120 business days', () => {
    const state = newAccount('SG', 'individual');
    expect(computeRequirements(state, { now: created + 100 * day }).disabled_reason).toBe(
      'requirements.past_due',
    );
    const closed = computeRequirements(state, { now: created + 170 * day });
    expect(closed.disabled_reason).toBe('rejected.other');
    expect(closed.capability_disabled_reasons.card_payments).toBe('rejected.other');
  });
});

describe('for every country and business type', () => {
  it('keeps eventually_due ⊇ currently_due ⊇ past_due, sorted and without duplicates', () => {
    for (const country of supportedCountries) {
      for (const type of [...businessTypes, null]) {
        for (const at of [now, created + 20 * day, created + 40 * day]) {
          const { requirements } = computeRequirements(newAccount(country, type), { now: at });
          const { eventually_due, currently_due, past_due } = requirements;
          expect(currently_due.every((key) => eventually_due.includes(key))).toBe(true);
          expect(past_due.every((key) => currently_due.includes(key))).toBe(true);
          for (const list of [eventually_due, currently_due, past_due]) {
            expect(list).toEqual([...new Set(list)].sort());
          }
        }
      }
    }
  });
});
