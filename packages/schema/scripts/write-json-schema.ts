// Regenerates requirements-document.schema.json; CI fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requirementsDocumentJsonSchema } from '../src/json-schema.js';

const target = fileURLToPath(new URL('../requirements-document.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(requirementsDocumentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
