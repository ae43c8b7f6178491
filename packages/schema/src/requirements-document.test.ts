import { describe, expect, it } from 'vitest';
import { usIndividualDocument } from './requirements-document.fixture.js';
import { requirementsDocumentSchema } from './requirements-document.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('requirementsDocumentSchema', () => {
  it('parses a document as the server sends it', () => {
    expect(requirementsDocumentSchema.parse(clone(usIndividualDocument))).toEqual(usIndividualDocument);
  });

  describe('given a document from a newer server', () => {
    const newer = clone(usIndividualDocument) as unknown as {
      steps: Array<{ fields: Array<Record<string, unknown>> }>;
      [key: string]: unknown;
    };
    newer.steps[0]?.fields.push({
      key: 'company.lei',
      type: 'legal_entity_identifier',
      label: 'LEI',
      required: true,
      constraints: { format: 'lei_iso17442', newConstraint: 3 },
      status: 'awaiting_registry',
      brandNewProperty: { nested: true },
    });
    newer.capabilities_preview = { card_payments: 'inactive' };

    it('still parses, keeping the unknown type, format and status', () => {
      const parsed = requirementsDocumentSchema.parse(newer);
      expect(parsed.steps[0]?.fields.at(-1)).toEqual({
        key: 'company.lei',
        type: 'legal_entity_identifier',
        label: 'LEI',
        required: true,
        constraints: { format: 'lei_iso17442' },
        status: 'awaiting_registry',
      });
    });
  });

  it.each([
    ['a missing version', { version: undefined }, 'version'],
    ['a negative version', { version: -1 }, 'version'],
    ['an unknown collect mode', { collect: 'everything' }, 'collect'],
    ['steps that are not a list', { steps: {} }, 'steps'],
  ])('refuses %s and names the property', (_, patch, path) => {
    const result = requirementsDocumentSchema.safeParse({ ...clone(usIndividualDocument), ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('refuses a field key that is not a dotted key', () => {
    const broken = clone(usIndividualDocument);
    const field = broken.steps[0]?.fields[0];
    if (field) field.key = 'Business Type';
    const result = requirementsDocumentSchema.safeParse(broken);
    expect(result.error?.issues[0]?.path).toEqual(['steps', 0, 'fields', 0, 'key']);
  });
});
