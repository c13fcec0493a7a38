/**
 * The words a pack pattern cannot match without (packs/requiredLiterals.ts): the scanner skips a
 * pattern on text without any of them, so they must be in every match — or undefined.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { requiredLiterals } from '../../server/src/engine/packs/requiredLiterals';
import { checkPatternSafety } from '../../server/src/engine/packs/patternSafety';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';

test('required words of the shapes packs are written in', () => {
  const cases: [string, string[] | undefined][] = [
    ['(珠宝|翡翠|玉石)[^\\n]{0,12}(线下|到店|门店)', ['珠宝', '翡翠', '玉石']],
    ['小号\\d{5}', ['小号']],
    ['(?:vx|wx)\\s*\\w{6,}', ['vx', 'wx']],
    ['foo|bar\\d', ['foo', 'bar']],
    ['\\.com', ['.com']],
    // Optional parts and the characters after a repeated one are not relied on.
    ['ab?c', ['a']],
    ['(a|b)?xyz', ['xyz']],
    ['(ab|)c', ['c']],
    // Escapes with arguments are no plain characters: \x41 is "A", not "41".
    ['\\x41bc', ['bc']],
    ['\\u0041', undefined],
    ['\\cJ1', ['1']],
    // A character outside the BMP is one atom: optional as a whole, never half of it required.
    ['😀?b', ['b']],
    ['a😀+', ['a😀']],
    // Nothing certain: the pattern runs on every text.
    ['foo|\\d+', undefined],
    ['[abc]', undefined],
    ['a*', undefined],
    ['.{3}', undefined],
  ];
  for (const [source, words] of cases) assert.deepEqual(requiredLiterals(source), words, source);
});

const atom = fc.constantFrom('a', 'b', 'ab', '微', '微信', '😀', '\\.', '.', '\\d', '\\w', '[ab]', '[^a]', '\\x61', '\\u0062', '\\u{5FAE}');
const quantifier = fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '+?');
const pattern: fc.Arbitrary<string> = fc
  .letrec<{ seq: string; item: string }>((tie) => ({
    item: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(atom, quantifier).map(([a, q]) => (q && a.length > 1 && !a.startsWith('\\') && !a.startsWith('[') ? `(?:${a})${q}` : a + q)),
      fc.tuple(tie('seq'), fc.option(tie('seq'), { nil: undefined }), quantifier).map(([x, y, q]) => `(${x}${y !== undefined ? `|${y}` : ''})${q}`),
    ),
    seq: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
  }))
  .seq.chain((s) => fc.oneof(fc.constant(s), fc.tuple(fc.constant(s), fc.constantFrom('a', '微信|b', '\\d|ab')).map(([x, y]) => `${x}|${y}`)));

test('property: every match of a pattern contains one of its required words', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '微', '信', '😀', '.', '1', ' ', 'x'), maxLength: 24 });
  let matched = 0;
  fc.assert(
    fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
      // Only patterns a pack may have (the others backtrack for seconds on some texts).
      if (checkPatternSafety(source)) return;
      const words = requiredLiterals(source);
      if (words === undefined) return;
      const regex = new RegExp(source, 'gu');
      for (const t of texts) {
        for (const m of t.matchAll(regex)) {
          if (m[0] === '') continue;
          assert.ok(words.some((w) => m[0].includes(w)), `${source} matched “${m[0]}” without any of ${JSON.stringify(words)}`);
          matched++;
        }
      }
    }),
    { seed: 20261126, numRuns: 20000 },
  );
  // The property was put to the test: many matches of patterns with required words.
  assert.ok(matched > 2000, `only ${matched} matches checked`);
});

test('a pack pattern is still found where its words are, and only runs there', () => {
  const c = createChecker({ packs: builtinPacks(), overlays: [{ patterns: { 'douyin/contact-diversion': ['(小号|副号)\\s{0,2}\\d{5}'] } }] });
  const found = (text: string) =>
    c.check({ text: `${text}\n`, fileName: 't.listing.md', platforms: ['douyin'], asOf: '2026-11-26' }).findings.filter((f) => f.term === 'custom:douyin/contact-diversion').map((f) => f.text);
  assert.deepEqual(found('加我副号 12345 了解'), ['副号 12345']);
  // Disguised: folding first, so the pattern sees 小号 in the zero-width-split word.
  assert.deepEqual(found('加我小\u200b号12345'), ['小\u200b号12345']);
  assert.deepEqual(found('型号 12345 的电池'), []);
});
