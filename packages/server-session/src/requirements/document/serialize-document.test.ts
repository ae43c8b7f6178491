import { collectModes } from '@onboardkit/schema';
import { describe, expect, it } from 'vitest';
import { businessTypes, supportedCountries } from '../account-state.js';
import { supportedLocales } from '../locales/translate.js';
import {
  created,
  fullyProvided,
  fullyProvidedUsCompany,
  hour,
  newAccount,
} from '../test-accounts.fixture.js';
import { buildRequirementsDocument } from './build-requirements-document.js';
import { serializeDocument } from './serialize-document.js';

const now = created + hour;

describe('serializeDocument', () => {
  it('writes every country, business type, locale and collect mode exactly as JSON.stringify', () => {
    let compared = 0;
    for (const country of supportedCountries) {
      for (const businessType of [null, ...businessTypes]) {
        for (const locale of supportedLocales) {
          for (const collect of collectModes) {
            const document = buildRequirementsDocument(newAccount(country, businessType), {
              locale,
              collect,
              futureRequirements: 'include',
              now,
              version: 3,
            });
            // Twice: the second reuses the constraints the first serialized.
            expect(serializeDocument(document)).toBe(JSON.stringify(document));
            expect(serializeDocument(document)).toBe(JSON.stringify(document));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(
      supportedCountries.length * (businessTypes.length + 1) * supportedLocales.length * 2,
    );
  });

  it('writes answered accounts, values, masks and statuses included, exactly as JSON.stringify', () => {
    for (const state of [fullyProvided(newAccount('US', 'individual')), fullyProvidedUsCompany()]) {
      const document = buildRequirementsDocument(state, {
        locale: 'fr',
        collect: 'eventually_due',
        futureRequirements: 'omit',
        now,
        version: 9,
      });
      expect(serializeDocument(document)).toBe(JSON.stringify(document));
    }
  });

  it('reuses the JSON of the large shared constraints: the industry list is not written out again', () => {
    const document = buildRequirementsDocument(newAccount('US', 'individual'), {
      locale: 'en',
      collect: 'currently_due',
      futureRequirements: 'omit',
      now,
      version: 1,
    });
    const industry = document.steps
      .flatMap((step) => step.fields)
      .find((field) => field.key === 'business_profile.mcc');
    expect(Object.isFrozen(industry?.constraints)).toBe(true);
    serializeDocument(document);
    const stringify = JSON.stringify;
    const written: unknown[] = [];
    JSON.stringify = ((value: unknown, ...rest: []) => {
      written.push(value);
      return stringify(value, ...rest);
    }) as typeof JSON.stringify;
    try {
      serializeDocument(document);
    } finally {
      JSON.stringify = stringify;
    }
    expect(written).not.toContain(industry?.constraints);
    expect(written).not.toContain(industry);
  });
});
