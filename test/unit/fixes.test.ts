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

test('copy for several platforms: each finding gets fixes for its own signal, two signals in one line', () => {
  // One-line examples that report something, two by two in one line, for two platforms: their
  // findings share work per signal (fixes.ts SignalFixes), never across signals.
  const lines = builtinPacks()
    .flatMap((p) => p.rules.flatMap((r) => r.examples.filter((e) => e.expect.length > 0 && !e.format && !e.text.includes('\n') && (e.kind ?? r.scope.kinds[0]) === 'listing')))
    .map((e) => e.text.trim());
  assert.ok(lines.length > 10);
  let checked = 0;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const text = `${lines[i]}${/[。！？!?]$/.test(lines[i]!) ? '' : '。'}${lines[i + 1]}`;
    const result = checker.check({ text, fileName: 'two.listing.md', platforms: ['douyin', 'taobao'], asOf: '2026-11-26' });
    for (const f of result.findings) {
      for (const fix of f.fixes) {
        assert.ok(
          fix.edits.some((e) => e.start <= f.start && f.end <= e.end),
          `${f.ruleId} “${f.text}” in ${JSON.stringify(text)}: ${fix.kind} fix edits ${JSON.stringify(fix.edits)}`,
        );
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `${checked} fixes`);
});
