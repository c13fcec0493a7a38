/**
 * The strict one-pass JSON reader gives exactly the document model of the tolerant jsonc-parser
 * path. A leading comment sends the same text down the tolerant path (offsets shift by its
 * length), so the two can be compared on any JSON value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJson } from '../../server/src/engine/document/json';
import type { ParsedDocument } from '../../server/src/engine/document/model';
import type { CopyKind } from '../../server/src/engine/types';

const PAD = '/**/';

/** The parts of a parsed document that do not depend on the path taken, offsets moved by `shift`. */
function model(doc: ParsedDocument, shift: number) {
  const at = (n: number) => n - shift;
  return {
    segments: doc.segments.map((s) => ({ ...s, start: at(s.start), offsets: s.offsets ? Array.from(s.offsets, at) : undefined })),
    problems: doc.problems.map((p) => ({ ...p, start: at(p.start), end: at(p.end) })),
    declaredKind: doc.declaredKind,
    declaredPlatforms: doc.declaredPlatforms?.map((p) => ({ ...p, start: at(p.start), end: at(p.end) })),
    shapeKind: doc.shapeKind,
    shapes: (['listing', 'live', 'card'] as CopyKind[]).map((k) => doc.shapeProblems?.(k).map((p) => ({ ...p, start: at(p.start), end: at(p.end) }))),
  };
}

function same(text: string): void {
  assert.deepEqual(model(parseJson(text), 0), model(parseJson(PAD + text), PAD.length), text);
}

test('strict JSON reads as the tolerant parser does: hand-picked documents', () => {
  const cases = [
    '{"title":"加微信 abc123","faq":[{"q":"问","a":"答\\n二行"}]}',
    '{"kind":"live","platforms":["douyin",3,null,{"a":1}],"segments":[{"at":"00:00:01","lines":["扫码进群"]}]}',
    '{"kind":"catalogue","platforms":"taobao","front":"\\u5fae\\u4fe1 abc_123"}',
    '{"kind":1,"platforms":[],"title":"x","skus":[{"name":"标准款","size":-1.5e3,"ok":true}]}',
    '  \n\t{ "a\\/b~c" : [ "x" , { "" : "y" } ] , "title" : "" }  \r\n',
    '["root", "array", {"title": "扣扣 12345678"}]',
    '"a bare string 微信"',
    '{}',
    '{"front":"卡片","back":7,"qrCode":{"target":"https://x.cn","caption":"扫码"}}',
    `{"title":${'['.repeat(199)}"deep"${']'.repeat(199)}}`,
    // Raw control characters inside a string are no JSON: the strict reader gives up on them.
    '{"title":"加微信\nabc123","front":"x"}',
    '{"title":"扫码\t进群"}',
    '{"a":"\u0000","title":"\\"}',
  ];
  for (const text of cases) same(text);
});

test('strict JSON reads as the tolerant parser does: arbitrary JSON copy', () => {
  const key = fc.oneof(fc.constantFrom('title', 'subtitle', 'kind', 'platforms', 'segments', 'front', 'back', 'at', 'lines', 'faq', 'q', 'a', '$schema', 'a/b', 'c~d'), fc.string({ maxLength: 4 }));
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.constantFrom('加微信 abc123', '扫码', 'douyin', 'live', '\u5fae\u4fe1'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    ),
  })).node;
  const space = fc.constantFrom(undefined, 0, 1, 2, '\t');
  fc.assert(
    fc.property(fc.dictionary(key, value, { maxKeys: 6 }), space, (v, indent) => {
      same(JSON.stringify(v, null, indent));
    }),
    { seed: 20261126, numRuns: 400 },
  );
});

test('a JSON string is copy line by line: each line where the document holds it, escapes or not', () => {
  const line = fc.string({ unit: fc.constantFrom(...'加微信 abc123扫码进群"\\/\t\u00e9\u5fae\n'.split('')), maxLength: 12 });
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.boolean(), (lines, strict) => {
      const value = lines.join('\n');
      const text = (strict ? '' : PAD) + JSON.stringify({ title: value });
      const segments = parseJson(text).segments;
      // Every non-empty line, in order (an empty string is one empty segment).
      const want = value === '' ? [''] : value.split('\n').filter((l) => l.length > 0);
      assert.deepEqual(segments.map((s) => s.text), want);
      for (const s of segments) {
        if (!s.offsets) assert.equal(text.slice(s.start, s.start + s.text.length), s.text, 'a segment without a map is the document’s own text');
        else for (let k = 0; k < s.text.length; k++) assert.equal(JSON.parse(`"${text.slice(s.offsets[k], s.offsets[k + 1])}"`), s.text[k]);
      }
    }),
    { seed: 20261127, numRuns: 400 },
  );
});
