/** Fix edits respect the file: clean removals, escaped JSON, untouched front matter and code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAllEdits } from '../../server/src/engine/applyEdits';
import { BLANK_UNITS, SEPARATOR_UNITS, SPACE_UNITS } from '../../server/src/engine/fixes';
import { checker } from '../helpers';

const removeFix = (text: string, fileName = 'a.listing.md', platform: 'douyin' | 'taobao' = 'douyin') => {
  const r = checker.check({ text, fileName, platforms: [platform], asOf: '2026-11-26' });
  const f = r.findings[0]!;
  const fix = f.fixes.find((x) => x.kind === 'remove')!;
  return applyEdits(text, fix.edits);
};

test('removal takes the label and one separator, leaving no dangling label or doubled punctuation', () => {
  assert.equal(removeFix('质量好,微信:abc12345,欢迎咨询。'), '质量好,欢迎咨询。');
  assert.equal(removeFix('售后电话:13812345678。'), '售后。');
  assert.equal(removeFix('有问题加微信 abc12345 咨询'), '有问题咨询');
  assert.equal(removeFix('详情见 https://example.shop/a 。'), '详情见。');
});

test('JSON: spans map through escapes and inserted text is escaped', () => {
  const text = '{"platforms":["douyin"],"front":"\\u52a0\\u5fae\\u4fe1 abc12345 \\"领\\"红包"}';
  const r = checker.check({ text, fileName: 'c.card.json', asOf: '2026-11-26' });
  const f = r.findings.find((x) => x.ruleId === 'douyin/contact-diversion')!;
  assert.equal(text.slice(f.start, f.end), '\\u52a0\\u5fae\\u4fe1 abc12345');
  for (const fix of f.fixes) JSON.parse(applyEdits(text, fix.edits));
  const all = applyEdits(text, fixAllEdits(r.findings));
  assert.equal(JSON.parse(all).platforms[0], 'douyin');
});

test('front matter and fenced code are never touched by fix-all', () => {
  const text = '---\nplatforms: [douyin]\nkind: listing\n---\n加微信 abc12345 咨询\n\n```\n加微信 abc12345\n```\n';
  const r = checker.check({ text, fileName: 'a.listing.md', asOf: '2026-11-26' });
  const fixed = applyEdits(text, fixAllEdits(r.findings));
  assert.ok(fixed.startsWith('---\nplatforms: [douyin]\nkind: listing\n---\n'));
  assert.ok(fixed.endsWith('```\n加微信 abc12345\n```\n'));
  for (const f of r.findings) for (const x of f.fixes) for (const e of x.edits) for (const p of r.protectedRanges) assert.ok(e.end <= p.start || e.start >= p.end);
});

test('rewrites use the platform’s own channel and fit the kind', () => {
  const rewrite = (text: string, platform: 'taobao' | 'pinduoduo' | 'douyin' | 'wechat_channels', kind: 'listing' | 'live' | 'card') => {
    const r = checker.check({ text, fileName: `a.${kind}.md`, platforms: [platform], asOf: '2026-11-26' });
    return r.findings[0]!.fixes.filter((x) => x.kind === 'rewrite').map((x) => x.edits[0]!.newText);
  };
  assert.ok(rewrite('有问题加微信 abc12345 咨询。', 'taobao', 'listing').some((t) => t.includes('旺旺')));
  assert.ok(rewrite('有问题加微信 abc12345 咨询。', 'pinduoduo', 'listing').some((t) => t.includes('联系商家')));
  assert.ok(rewrite('进群领券!', 'douyin', 'live').some((t) => t.includes('小黄车')));
  assert.ok(rewrite('扫码加好友领红包。', 'wechat_channels', 'card').some((t) => t.includes('订单页')));
  assert.ok(rewrite('有问题加微信 abc12345 咨询。', 'wechat_channels', 'listing').some((t) => t.includes('小店客服')));
});

test('removing a number written with its country code leaves no dangling plus', () => {
  assert.equal(removeFix('售后:+86 138-1234-5678。'), '售后。');
  assert.equal(removeFix('致电 +86 13812345678 咨询'), '咨询');
});

test('the removal’s character sets are exactly their patterns, over every UTF-16 unit', () => {
  // unitsMatching only tries a few blocks: a separator or space outside them would be missed.
  const sets: [ReadonlySet<number>, RegExp][] = [
    [SEPARATOR_UNITS, /[\s,，、:：;；|/·•\-—~～]/],
    [SPACE_UNITS, /\s/],
    [BLANK_UNITS, /[ \t\u3000]/],
  ];
  for (const [set, pattern] of sets) {
    for (let c = 0; c <= 0xffff; c++) assert.equal(set.has(c), pattern.test(String.fromCharCode(c)), `${pattern} U+${c.toString(16)}`);
  }
});

test('a verb or label before a removed handle or number goes with it', () => {
  const removed = (text: string) => {
    const f = checker.check({ text, fileName: 'a.listing.md', platforms: ['taobao'], asOf: '2026-11-26' }).findings[0];
    assert.ok(f, text);
    return applyEdits(text, f.fixes.find((x) => x.kind === 'remove')!.edits);
  };
  assert.equal(removed('有问题请拨打 138 1234 5678 咨询。'), '有问题请咨询。');
  assert.equal(removed('售后请拨打 电话：0571-88886666，谢谢。'), '售后，谢谢。');
  assert.equal(removed('纯棉短袖，联系 VX  abc_1234。'), '纯棉短袖。');
  assert.equal(removed('详情见 www.abc-shop.com 。'), '详情见。');
});
