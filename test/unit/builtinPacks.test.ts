/** Built-in packs are used as shipped (no zod at start-up): each must be valid, and validation must change nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_PACK_SOURCES, builtinPacks } from '../../server/src/engine/packs/builtin';
import { validatePack } from '../../server/src/engine/packs/load';

for (const [name, json] of Object.entries(BUILTIN_PACK_SOURCES)) {
  test(`built-in pack ${name} is valid as shipped`, () => {
    const r = validatePack(json);
    assert.ok(r.ok, JSON.stringify(r.ok ? [] : r.problems.slice(0, 3)));
    assert.deepEqual(r.value, json);
  });
}

test('builtinPacks() gives the shipped packs', () => {
  assert.deepEqual(builtinPacks(), Object.values(BUILTIN_PACK_SOURCES));
});
