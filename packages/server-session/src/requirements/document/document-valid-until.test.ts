import { describe, expect, it } from 'vitest';
import type { AccountState } from '../account-state.js';
import { supportedCountries } from '../account-state.js';
import { created, day, hour, newAccount } from '../test-accounts.fixture.js';
import { buildRequirementsDocument } from './build-requirements-document.js';
import { documentValidUntil } from './document-valid-until.js';

const documentAt = (state: AccountState, now: number) =>
  JSON.stringify(
    buildRequirementsDocument(state, {
      locale: 'en',
      collect: 'eventually_due',
      futureRequirements: 'include',
      now,
      version: 1,
    }),
  );

describe('documentValidUntil', () => {
  describe('given a US individual, whose id number falls due 30 days after creation', () => {
    const state = newAccount('US', 'individual');

    it('keeps the document until the requirement opens, 14 days before its deadline, then until the deadline', () => {
      const opens = created + 16 * day;
      expect(documentValidUntil(state, created + hour)).toBe(opens);
      expect(documentValidUntil(state, opens)).toBe(created + 30 * day);
      expect(documentValidUntil(state, created + 30 * day)).toBe(Number.POSITIVE_INFINITY);
    });

    it('gives the same document up to that moment, and another one from it', () => {
      for (const now of [created + hour, created + 16 * day]) {
        const until = documentValidUntil(state, now);
        expect(documentAt(state, until - 1)).toBe(documentAt(state, now));
        expect(documentAt(state, until)).not.toBe(documentAt(state, until - 1));
      }
    });
  });

  it('counts the deadlines of every candidate type while no business type is chosen', () => {
    expect(documentValidUntil(newAccount('US', null), created + hour)).toBe(created + 16 * day);
  });

  it('stops at the end of a grace period after which an unverified account closes', () => {
    const state = newAccount('SG', 'individual');
    const closes = created + 168 * day;
    expect(documentValidUntil(state, created + hour)).toBe(closes);
    expect(documentAt(state, closes)).not.toBe(documentAt(state, closes - 1));
  });

  it('never lets a cached document outlive a change the clock alone makes, in any country', () => {
    for (const country of supportedCountries) {
      for (const businessType of ['individual', 'company', null] as const) {
        const state = newAccount(country, businessType);
        let now = created + hour;
        // Walk from boundary to boundary over two years: between two, the document never changes.
        for (let step = 0; step < 10 && now < created + 730 * day; step++) {
          const until = Math.min(documentValidUntil(state, now), created + 730 * day);
          expect(documentAt(state, until - 1), `${country} ${businessType} at ${now}`).toBe(
            documentAt(state, now),
          );
          now = until;
        }
      }
    }
  });
});
