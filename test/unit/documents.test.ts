/** The document model: what is copy in Markdown and JSON, kinds, platforms, and problems. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checker } from '../helpers';
import { lineShape, shapeByRules } from '../../server/src/engine/document/markdown';

const check = (text: string, fileName: string, platforms: ('douyin' | 'taobao')[] = []) =>
  checker.check({ text, fileName, platforms, asOf: '2026-11-26' });
const covered = (text: string, fileName: string) => check(text, fileName).findings.map((f) => text.slice(f.start, f.end));

test('Markdown: headings, lists, tables and link targets are checked; code fences and comments are not', () => {
  const text = [
    '# 扫码有礼',
    '- 加微信 abc12345',
    '| 渠道 | 联系 |',
    '|---|---|',
    '| 售后 | 13812345678 |',
    '详情见[官网](https://example-shop.com/item)',
    '```',
    '扫码进群',
    '```',
    '<!-- 扫码进群 -->',
    '~~~md',
    '加微信 abc12345',
    '~~~',
  ].join('\n');
  assert.deepEqual(covered(text, 'a.listing.md'), ['扫码', '加微信 abc12345', '13812345678', 'https://example-shop.com/item']);
});

test('kind from the file name, overridden by front matter or JSON "kind"', () => {
  assert.equal(check('文案', 'a.card.md').kind, 'card');
  assert.equal(check('---\nkind: live\n---\n文案', 'a.card.md').kind, 'live');
  assert.equal(check('{"kind":"card","front":"x"}', 'a.listing.json').kind, 'card');
});

test('other Markdown and JSON files are checked only when they name platforms', () => {
  assert.equal(check('扫码进群', 'README.md').isCopy, false);
  assert.equal(check('{"title":"扫码进群"}', 'data.json').isCopy, false);
  const r = check('---\nplatforms: taobao\n---\n扫码进群', 'notes.md');
  assert.equal(r.isCopy, true);
  assert.deepEqual(r.platforms, ['taobao']);
  assert.ok(r.findings.length > 0);
});

test('platforms: document first, then settings/CLI, then the default', () => {
  assert.deepEqual(check('---\nplatforms:\n  - jd\n  - tmall\n---\n文案', 'a.listing.md', ['douyin']).platforms, ['jd', 'tmall']);
  assert.deepEqual(check('文案', 'a.listing.md', ['taobao']).platforms, ['taobao']);
  assert.deepEqual(check('文案', 'a.listing.md').platforms, ['douyin']);
});

test('unknown platforms and kinds are problems where they are written', () => {
  const text = '---\nkind: poster\nplatforms: [douyin, weibo]\n---\n文案';
  const r = check(text, 'a.listing.md');
  const at = (code: string) => r.problems.filter((p) => p.code === code).map((p) => text.slice(p.start, p.end));
  assert.deepEqual(at('unknown-kind'), ['poster']);
  assert.deepEqual(at('unknown-platform'), ['weibo']);
  assert.deepEqual(r.platforms, ['douyin']);
});

test('broken front matter is a problem, and the body is still checked', () => {
  const r = check('---\nplatforms: [douyin\n扫码进群\n', 'a.listing.md');
  assert.ok(r.problems.some((p) => p.code === 'front-matter'));
  const unclosed = check('---\nkind: card\n扫码进群\n', 'a.card.md');
  assert.ok(unclosed.problems.some((p) => p.code === 'front-matter'));
  assert.ok(unclosed.findings.length > 0);
});

test('JSON: every string value is copy, keys and configuration never', () => {
  const doc = { kind: 'listing', platforms: ['douyin'], title: '扫码领券', '加微信': '普通文字', skus: [{ name: '微信同款', note: '加微信 abc12345' }], faq: [{ q: '怎么买?', a: '进群下单' }] };
  const text = JSON.stringify(doc);
  const r = check(text, 'a.listing.json');
  assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => f.path), ['/title', '/skus/0/note', '/faq/0/a']);
  const key = text.indexOf('"加微信"');
  assert.ok(r.findings.every((f) => f.end <= key || f.start > key + 4), 'keys are never findings');
});

test('JSON schema violations land on the offending node', () => {
  const text = '{\n  "front": "感谢",\n  "qrCode": { "target": 42 },\n  "extra": true\n}';
  const r = check(text, 'a.card.json');
  const at = r.problems.filter((p) => p.code === 'schema').map((p) => text.slice(p.start, p.end));
  assert.ok(at.includes('42'), at.join(' | '));
  assert.ok(at.some((s) => s.includes('extra')), at.join(' | '));
});

test('a qrCode target that leads off the platform is a finding on the card', () => {
  const text = JSON.stringify({ platforms: ['douyin'], front: '感谢购买', qrCode: { target: 'https://u.wechat.com/kf1' } });
  const r = check(text, 'a.card.json');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['douyin/card-qr-target']);
  assert.equal(text.slice(r.findings[0]!.start, r.findings[0]!.end), 'https://u.wechat.com/kf1');
});

test('malformed JSON is a problem, not an exception', () => {
  for (const text of ['{', '{"front": "扫码', '[1,2', '{"front": "a",,}', '']) {
    const r = check(text, 'a.card.json');
    assert.ok(r.problems.length > 0 || text === '', JSON.stringify(text));
  }
});

test('a line read by the quick paths (prose, "- " items, headings, emphasis) is read as the block rules read it', () => {
  const piece = fc.constantFrom('#', '##', '#######', '*', '**', '+', '-', ' ', '\u3000', '\t', '|', '>', '1.', '`', '~', '<!--', '-->', '主图', 'abc', '[ ]', '---', ':');
  let quick = 0;
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (line) => {
      const shape = lineShape(line);
      assert.deepEqual(shape, shapeByRules(line), JSON.stringify(line));
      if (/^(#{1,6}\s|[*+][^\s])/u.test(line) && !line.includes('<!--')) quick++;
    }),
    { numRuns: 5000 },
  );
  // About a tenth of the lines (500–560 in runs; once 453): enough that the quick paths are what is tested.
  assert.ok(quick > 300, `${quick} lines took a quick path`);
  assert.deepEqual(lineShape('## 卖点'), { offset: 3, field: 'heading' });
  assert.deepEqual(lineShape('**主图**：纯棉'), { offset: 0, field: 'body' });
});
