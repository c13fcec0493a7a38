/**
 * Property tests over the engine (issue 7): arbitrary Unicode and trigger-salted Markdown and JSON
 * copy. Fixed seed and bounded runs here; `npm run fuzz` runs the same properties for minutes.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { properties } from './properties';

const SEED = 20261126;

for (const { name, property, runs } of properties()) {
  if (runs === 0) continue;
  test(`property: ${name}`, () => {
    fc.assert(property, { seed: SEED, numRuns: runs, verbose: 0, includeErrorInReport: true });
  });
}
