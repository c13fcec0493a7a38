/** The checked-in JSON Schemas and rule docs are exactly what the zod schemas and packs produce. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedFiles } from '../../scripts/generated';

for (const [path, content] of Object.entries(generatedFiles())) {
  test(`${path} is current (npm run gen)`, () => {
    assert.equal(readFileSync(path, 'utf8'), content);
  });
}
