/**
 * Parsing after a keystroke reuses the previous parse when the edit stays inside one prose line
 * or JSON string — and then gives exactly what parsing the whole document gives; any other edit
 * is parsed afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJson } from '../../server/src/engine/document/json';
import { parseMarkdownSteps } from '../../server/src/engine/document/markdown';
import type { ParsedDocument } from '../../server/src/engine/document/model';
import { ParseMemo } from '../../server/src/engine/document/reuse';
import { COPY_KINDS } from '../../server/src/engine/types';
import { makeDoc } from '../../scripts/bench/corpus';
import { typingEdits } from '../../scripts/bench/edits';

type Format = 'markdown' | 'json';

function* fullParse(text: string, format: Format): Generator<void, ParsedDocument> {
  if (format === 'json') return parseJson(text);
  return yield* parseMarkdownSteps(text);
}

function run<T>(g: Generator<void, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** Everything a check reads from a parse, as plain data. */
function plain(doc: ParsedDocument): unknown {
  return {
    ...doc,
    segments: doc.segments.map((s) => ({ ...s, offsets: s.offsets ? Array.from(s.offsets) : undefined })),
    shapeProblems: doc.shapeProblems ? COPY_KINDS.map((k) => doc.shapeProblems!(k)) : undefined,
  };
}

/** Parse each version through one memo; compare with a fresh parse; count the full parses. */
function replay(format: Format, versions: readonly string[]): { full: number } {
  const memo = new ParseMemo();
  let full = 0;
  for (const text of versions) {
    const got = run(
      memo.parse('doc', text, () => {
        full++;
        return fullParse(text, format);
      }),
    ).doc;
    assert.deepEqual(plain(got), plain(run(fullParse(text, format))));
  }
  return { full };
}

for (const format of ['markdown', 'json'] as const) {
  for (const kind of COPY_KINDS) {
    test(`typing in ${format} ${kind} copy reuses the parse and matches a full parse`, () => {
      const doc = makeDoc(format, kind, 6 * 1024, 3);
      const versions = [doc.text, ...typingEdits(doc.text, 120, 5).map((e) => e.text)];
      const { full } = replay(format, versions);
      // The first version is parsed in full; typing in headings (Markdown) is too.
      assert.ok(full < versions.length / 3, `${full} full parses of ${versions.length}`);
    });
  }
}

const PIECES = ['好', '微信', 'abc', ' ', '\n', '\r\n', '# ', '- ', '-', '|', '<!--', '-->', '<!-- copyguard-disable -->', '```', '---', '"', '\\', '\\n', '\u0001', '：', '😀', '\ud83d', 'platforms', ','];

for (const format of ['markdown', 'json'] as const) {
  test(`any edit of ${format} copy parses to what a full parse gives`, () => {
    const base = makeDoc(format, 'live', 2 * 1024, 9).text;
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 4 }),
      insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const versions = [base];
        let text = base;
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          versions.push(text);
        }
        replay(format, versions);
      }),
      { seed: 20261126, numRuns: 150 },
    );
  });
}

test('a document edited back and forth between kinds validates each kind afresh', () => {
  const memo = new ParseMemo();
  const text = '{"kind":"card","front":"谢谢惠顾","extra":1}';
  const first = run(memo.parse('k', text, () => fullParse(text, 'json'))).doc;
  assert.equal(first.shapeProblems!('card').length, 1);
  const typed = text.replace('谢谢', '谢谢您');
  const second = run(memo.parse('k', typed, () => assert.fail('the edit is inside a string: no full parse'))).doc;
  assert.deepEqual(second.shapeProblems!('card'), run(fullParse(typed, 'json')).shapeProblems!('card'));
  assert.deepEqual(second.shapeProblems!('listing'), run(fullParse(typed, 'json')).shapeProblems!('listing'));
});

test('typing in a heading reuses the parse and renames its section, up to the next heading, as a fresh parse would', () => {
  const before = '# 春季新款\n\n面料防泼水。\n\n## 售后\n\n七天无理由。\n\n- 运费险\n\n## 尺码\n\nM 码偏大。\n';
  const after = before.replace('售后', '售后服务');
  const { full } = replay('markdown', [before, after]);
  assert.equal(full, 1);
  const memo = new ParseMemo();
  run(memo.parse('h', before, () => fullParse(before, 'markdown')));
  const reused = run(memo.parse('h', after, () => fullParse(after, 'markdown')));
  const fresh = run(fullParse(after, 'markdown'));
  assert.deepEqual(reused.doc.segments.map((s) => [s.start, s.text, s.path, s.field]), fresh.segments.map((s) => [s.start, s.text, s.path, s.field]));
  assert.deepEqual(reused.doc.segments.map((s) => s.path), ['春季新款', '春季新款', '售后服务', '售后服务', '售后服务', '尺码', '尺码']);
});

test('a line typed into a heading\'s place, or a heading made a line, still parses afresh', () => {
  const before = '# 春季新款\n\n面料防泼水。\n\n## 售后\n\n七天无理由。\n';
  assert.equal(replay('markdown', [before, before.replace('## 售后', '## 售后\n\n新的一段')]).full, 2);
  assert.equal(replay('markdown', [before, before.replace('## 售后', '售后')]).full, 2);
});
