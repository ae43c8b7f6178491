import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirementsDocumentJsonSchema } from './json-schema.js';

describe('requirements-document.schema.json', () => {
  it('is current with the zod schemas (run `pnpm --filter @onboardkit/schema generate:json-schema`)', () => {
    const committed = readFileSync(new URL('../requirements-document.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(requirementsDocumentJsonSchema());
  });

  it('describes steps, fields and the requirements hash', () => {
    const schema = requirementsDocumentJsonSchema() as {
      required: string[];
      $defs: { FieldSpec: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['object', 'account', 'locale', 'version', 'collect', 'requirements', 'steps']),
    );
    expect(Object.keys(schema.$defs.FieldSpec.properties)).toEqual(
      expect.arrayContaining([
        'key',
        'type',
        'label',
        'required',
        'constraints',
        'visibleWhen',
        'sensitive',
        'mask',
      ]),
    );
  });
});
