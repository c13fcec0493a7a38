/** Every example of every rule in every built-in pack, run as a Markdown line or a JSON file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { checker, reported } from '../helpers';

for (const pack of builtinPacks()) {
  for (const rule of pack.rules) {
    rule.examples.forEach((ex, i) => {
      test(`${rule.id} example ${i + 1}: ${ex.text.slice(0, 40)}`, () => {
        const kind = ex.kind ?? rule.scope.kinds[0]!;
        const fileName = ex.format === 'json' ? `example.${kind}.json` : `example.${kind}.md`;
        const result = checker.check({
          text: ex.text,
          fileName,
          platforms: [pack.platform],
          asOf: ex.asOf ?? '2026-11-26',
          options: ex.options ?? {},
        });
        assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), [], 'example must be a valid document');
        assert.deepEqual(reported(result), [...ex.expect].sort());
      });
    });
  }
}
