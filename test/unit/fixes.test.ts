/** Every fix of every pack example and of every examples/ file fixes its finding and adds none. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckInput } from '../../server/src/engine';
import { applyEdits, fixAllEdits } from '../../server/src/engine/applyEdits';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { applyAndVerify } from '../fixVerifier';
import { checker } from '../helpers';

function inputs(): { name: string; input: CheckInput }[] {
  const out: { name: string; input: CheckInput }[] = [];
  for (const pack of builtinPacks()) {
    for (const rule of pack.rules) {
      rule.examples.forEach((ex, i) => {
        if (ex.expect.length === 0) return;
        const kind = ex.kind ?? rule.scope.kinds[0]!;
        out.push({
          name: `${rule.id} example ${i + 1}`,
          input: { text: ex.text, fileName: `ex.${kind}.${ex.format === 'json' ? 'json' : 'md'}`, platforms: [pack.platform], asOf: ex.asOf ?? '2026-11-26', options: ex.options ?? {} },
        });
      });
    }
  }
  for (const name of readdirSync('examples')) {
    out.push({ name: `examples/${name}`, input: { text: readFileSync(join('examples', name), 'utf8'), fileName: name, asOf: '2026-11-26' } });
  }
  return out;
}

for (const { name, input } of inputs()) {
  test(`every fix fixes: ${name}`, () => {
    const before = checker.check(input);
    const failures: string[] = [];
    let fixes = 0;
    for (const f of before.findings) {
      assert.ok(f.fixes.length >= 1, `${f.ruleId} has no fix`);
      assert.equal(f.fixes.filter((x) => x.isPreferred).length, 1, `${f.ruleId} has exactly one preferred fix`);
      for (const fix of f.fixes) {
        fixes++;
        const outcome = applyAndVerify(input, before, f, fix);
        if (input.fileName.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(outcome.text), `${fix.title.en} keeps JSON valid`);
        if (outcome.problems.length) failures.push(`${f.ruleId} “${f.text}” — ${fix.kind} “${fix.title.zh}”: ${outcome.problems.join('; ')}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${fixes} fixes failed`);
  });

  test(`fix-all leaves nothing: ${name}`, () => {
    let text = input.text;
    for (let pass = 0; pass < 3; pass++) {
      const r = checker.check({ ...input, text });
      const edits = fixAllEdits(r.findings);
      if (!edits.length) break;
      text = applyEdits(text, edits);
    }
    const after = checker.check({ ...input, text });
    assert.deepEqual(after.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} “${f.text}”`), []);
    if (input.fileName.endsWith('.json')) JSON.parse(text);
  });
}
