/** Suppression directives in Markdown and JSON, unused ones reported, and the "ignore here" edit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/applyEdits';
import { ignoreEdits } from '../../server/src/engine/suppress';
import { checker } from '../helpers';

const check = (text: string, fileName = 'a.listing.md') => checker.check({ text, fileName, platforms: ['douyin'], asOf: '2026-11-26' });
const ids = (text: string, fileName?: string) => check(text, fileName).findings.map((f) => f.ruleId);
const unused = (text: string, fileName?: string) => check(text, fileName).problems.filter((p) => p.code === 'unused-suppression');

test('disable-next-line silences the next line only, for the named rule', () => {
  const text = '<!-- copyguard-disable-next-line douyin/qr-code -->\n扫码领券\n扫码领券\n';
  const r = check(text);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0]!.start, text.lastIndexOf('扫码'));
  assert.deepEqual(unused(text), []);
});

test('a directive naming another rule does not silence, and is reported as unused', () => {
  const text = '<!-- copyguard-disable-next-line douyin/private-group -->\n扫码领券\n';
  assert.deepEqual(ids(text), ['douyin/qr-code']);
  assert.equal(unused(text).length, 1);
});

test('rule names without the platform and bare directives work', () => {
  assert.deepEqual(ids('<!-- copyguard-disable-next-line qr-code -->\n扫码领券\n'), []);
  assert.deepEqual(ids('<!-- copyguard-disable-next-line -->\n扫码领券,加微信 abc12345\n'), []);
});

test('disable … enable covers the block between', () => {
  const text = '扫码一\n<!-- copyguard-disable -->\n扫码二\n进群三\n<!-- copyguard-enable -->\n扫码四\n';
  const r = check(text);
  assert.deepEqual(r.findings.map((f) => f.text), ['扫码', '扫码']);
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.start + 3)), ['扫码一', '扫码四']);
});

test('a directive that silences nothing is reported where it is written', () => {
  const text = '纯棉面料\n<!-- copyguard-disable-next-line -->\n舒适透气\n';
  const u = unused(text);
  assert.equal(u.length, 1);
  assert.equal(text.slice(u[0]!.start, u[0]!.end), '<!-- copyguard-disable-next-line -->');
  assert.equal(u[0]!.severity, 'warning');
});

test('JSON ignores by pointer and rule; stale pointers are reported', () => {
  const doc = {
    platforms: ['douyin'],
    title: '扫码领券',
    faq: [{ q: '怎么联系?', a: '加微信 abc12345' }],
    copyguard: { ignore: [{ rule: 'douyin/contact-diversion', path: '/faq/0/a' }, { path: '/faq/9/a' }] },
  };
  const text = JSON.stringify(doc, null, 2);
  const r = check(text, 'x.listing.json');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['douyin/qr-code']);
  const u = r.problems.filter((p) => p.code === 'unused-suppression');
  assert.equal(u.length, 1);
  assert.match(u[0]!.message.en, /\/faq\/9\/a/);
});

test('"ignore here" inserts a directive that silences exactly that finding (Markdown)', () => {
  const text = '# 标题\n\n- 扫码领券\n- 扫码进店\n';
  const f = check(text).findings[0]!;
  const edits = ignoreEdits(text, 'a.listing.md', f.start, f.ruleId)!;
  const fixed = applyEdits(text, edits);
  assert.equal(fixed, '# 标题\n\n<!-- copyguard-disable-next-line douyin/qr-code -->\n- 扫码领券\n- 扫码进店\n');
  const after = check(fixed);
  assert.equal(after.findings.filter((x) => x.ruleId === 'douyin/qr-code').length, 1);
  assert.deepEqual(after.problems.filter((p) => p.code === 'unused-suppression'), []);
});

test('"ignore here" adds a JSON ignore entry and keeps the file valid', () => {
  const text = JSON.stringify({ platforms: ['douyin'], front: '扫码领红包', back: '感谢' }, null, 2);
  const f = check(text, 'c.card.json').findings[0]!;
  const fixed = applyEdits(text, ignoreEdits(text, 'c.card.json', f.start, f.ruleId)!);
  const parsed = JSON.parse(fixed);
  assert.deepEqual(parsed.copyguard.ignore, [{ rule: f.ruleId, path: '/front' }]);
  assert.deepEqual(check(fixed, 'c.card.json').findings, []);
});
