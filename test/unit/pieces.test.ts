/**
 * A paragraph longer than any real one (a whole file on one line, a huge JSON string) is checked
 * in pieces cut after sentence ends: every diversion in it is still found, at the right place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pieces, MAX_PIECE } from '../../server/src/engine/document/pieces';
import { decodeLiteral } from '../../server/src/engine/document/json';
import { checker } from '../helpers';

function longLine(planted: number): string {
  let s = '';
  for (let i = 0; i < planted; i++) s += `${'纯棉面料，舒适透气，机洗不变形。'.repeat(60)}加微信 abc${10000 + i} 咨询。`;
  return s;
}

test('pieces cover a long segment exactly, cut after sentence ends', () => {
  const text = longLine(120);
  const parts = pieces({ start: 7, text, path: '', field: 'body', json: false });
  assert.ok(parts.length > 1);
  assert.equal(parts.map((p) => p.text).join(''), text);
  let at = 7;
  for (const p of parts) {
    assert.equal(p.start, at);
    assert.ok(p.text.length <= MAX_PIECE);
    at += p.text.length;
  }
  for (const p of parts.slice(0, -1)) assert.match(p.text.slice(-1), /[。！？!?；;\n]/);
});

test('pieces of an escaped JSON string keep their offsets', () => {
  const raw = JSON.stringify(longLine(80).replace(/。/g, '。\n')).slice(1, -1);
  const { text, offsets } = decodeLiteral(raw, 10);
  const parts = pieces({ start: 10, text, offsets, path: '/front', field: 'front', json: true });
  assert.ok(parts.length > 1);
  let i = 0;
  for (const p of parts) {
    assert.equal(p.start, offsets[i]);
    for (let k = 0; k <= p.text.length; k++) assert.equal(p.offsets![k], offsets[i + k]);
    i += p.text.length;
  }
});

test('every diversion in a one-line document is found where it stands', () => {
  const planted = 150;
  const text = `---\nplatforms: [douyin]\n---\n${longLine(planted)}\n`;
  const r = checker.check({ text, fileName: 'long.listing.md', asOf: '2026-11-26' });
  const handles = r.findings.filter((f) => /abc\d{5}/.test(f.text));
  assert.equal(handles.length, planted);
  for (const f of handles) assert.equal(text.slice(f.start, f.end), f.text);
});

test('every diversion in a huge JSON string is found where it stands', () => {
  const planted = 100;
  const text = JSON.stringify({ platforms: ['douyin'], front: longLine(planted).replace(/。/g, '。\n') });
  const r = checker.check({ text, fileName: 'long.card.json', asOf: '2026-11-26' });
  const handles = r.findings.filter((f) => /abc\d{5}/.test(f.text));
  assert.equal(handles.length, planted);
  for (const f of handles) assert.match(text.slice(f.start, f.end), /abc\d{5}/);
});
