/**
 * A checker that has seen earlier versions of a document (segment findings remembered, scanner
 * cache warm) gives exactly what a fresh checker gives, edit after edit: typing in a paragraph,
 * breaking and joining lines, headings, directives and front matter, JSON strings and keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { makeDoc } from '../../scripts/bench/corpus';

const packs = builtinPacks();

const PIECES = ['好', '微信', ' abc_1234', '\n', '\n\n', '# ', '- ', '<!-- copyguard-disable-next-line -->\n', '。', '扫码', '138 1234 5678', 'V', '领', '"', '\\n', '---\n', 'platforms: [taobao]\n'];

function run(fileName: string, base: string, edits: { at: number; remove: number; insert: string }[]): void {
  const warm = createChecker({ packs });
  let text = base;
  warm.check({ text, fileName, asOf: '2026-11-26' });
  for (const e of edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
    const got = warm.check({ text, fileName, asOf: '2026-11-26' });
    const want = createChecker({ packs }).check({ text, fileName, asOf: '2026-11-26' });
    assert.deepEqual(got, want);
  }
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 6 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) });

for (const [format, kind] of [['markdown', 'listing'], ['markdown', 'live'], ['json', 'listing'], ['json', 'card']] as const) {
  test(`re-checking edited ${format} ${kind} copy gives what a fresh check gives`, () => {
    const doc = makeDoc(format, kind, 3 * 1024, 11);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => run(doc.fileName, doc.text, edits)), { seed: 20261126, numRuns: 40 });
  });
}

test('renaming a heading moves the findings under it to the new section name, as a fresh check gives them', () => {
  const fileName = 'jacket.listing.md';
  const before = '---\nplatforms: [douyin]\n---\n\n# 春季新款\n\n面料防泼水。\n\n## 售后\n\n有问题加我微信 mumu_0612。\n\n## 尺码\n\nM 码偏大。\n';
  const after = before.replace('## 售后', '## 售后服务');
  const warm = createChecker({ packs });
  warm.check({ text: before, fileName, asOf: '2026-11-26' });
  const got = warm.check({ text: after, fileName, asOf: '2026-11-26' });
  assert.deepEqual(got, createChecker({ packs }).check({ text: after, fileName, asOf: '2026-11-26' }));
  assert.deepEqual(got.findings.map((f) => f.path), ['售后服务']);
});
