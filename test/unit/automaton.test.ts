/**
 * The automaton as folding runs it (Folder.fold with a Matching): every occurrence of every
 * pattern in the folded text, with a full transition table and with the sparse trie that very
 * large workspace packs get.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Automaton, Hits, Matching } from '../../server/src/engine/detectors/automaton';
import { Folder } from '../../server/src/engine/normalize';

/** A deterministic generator of CJK words and text. */
function words(count: number, length: number, seed: number): string[] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let j = 0; j < length; j++) w += String.fromCharCode(0x4e00 + (next() % 3000));
    out.push(w);
  }
  return out;
}

/** Occurrences as "start-end-pattern", found by searching for each pattern. */
function naive(text: string, patterns: readonly string[]): string[] {
  const out: string[] = [];
  patterns.forEach((p, k) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}-${i + p.length}-${k}`);
  });
  return out.sort();
}

/** The folded text, and the occurrences the automaton found while folding it. */
function viaFolding(text: string, automaton: Automaton): { folded: string; found: string[] } {
  const hits = new Hits();
  const f = new Folder().fold(text, new Matching(automaton, hits));
  const found: string[] = [];
  for (let h = 0; h < hits.count; h++) found.push(`${hits.starts[h]}-${hits.ends[h]}-${hits.patterns[h]}`);
  return { folded: f.text, found: found.sort() };
}

/** Patterns as the scanner gives them to the automaton: folded (traditional → simplified…). */
const folded = (words: string[]) => words.map((w) => new Folder().fold(w).text);

for (const [name, count] of [['full table', 40], ['sparse trie', 6000]] as const) {
  test(`every occurrence, overlapping ones too, is found (${name})`, () => {
    const patterns = folded(words(count, 4, 7));
    // Patterns that overlap and nest: a word, its prefix, its suffix.
    patterns.push(patterns[0]!.slice(0, 2), patterns[0]!.slice(1), patterns[1]!.slice(2));
    const automaton = new Automaton(patterns);
    assert.equal(automaton.tables(new Hits()) === undefined, name === 'sparse trie');
    const filler = words(200, 3, 11);
    let text = '';
    for (let i = 0; i < 200; i++) text += filler[i]! + (i % 3 === 0 ? patterns[(i * 7) % patterns.length]! : '');
    // Sentence ends fold to line breaks: some of the text goes through folding's slower paths too.
    text += '。' + patterns[2]! + '！' + patterns[3]!;
    const { folded: f, found } = viaFolding(text, automaton);
    assert.deepEqual(found, naive(f, patterns));
    assert.ok(found.length > 60, `${found.length} occurrences`);
  });
}

test('every occurrence over a three-letter alphabet: words inside words, a word ending where another begins, the same word twice (fast and slow paths)', () => {
  const letter = fc.constantFrom('a', 'b', 'c');
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'a', 'b', '。'), maxLength: 60 }),
      (patterns, text) => {
        const hits = new Hits();
        const matching = new Matching(new Automaton(patterns), hits);
        const folder = new Folder();
        // The first fold reads each character on the slow path (a call per step); the second, on
        // the same matching, on the fast one it learned.
        for (let round = 0; round < 2; round++) {
          hits.count = 0;
          const f = folder.fold(text, matching);
          const found: string[] = [];
          for (let h = 0; h < hits.count; h++) found.push(`${hits.starts[h]}-${hits.ends[h]}-${hits.patterns[h]}`);
          assert.deepEqual(found.sort(), naive(f.text, patterns));
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('folding counts the counted units, of either kind, on its fast and slow paths alike', () => {
  const counted = { strong: '0123456789一二三', weak: '伞巴o' };
  // Full-width and circled digits fold to counted units; 八 and 參 (→ 参) are not counted here.
  const text = '电话１３８-0013 ②八 一伞巴 ooo 參 abc';
  const expectStrong = 9; // １３８ 0013 ② 一
  const expectWeak = 5; // 伞巴 ooo
  for (const patterns of [['电话', 'abc'], ['电话']]) {
    const automaton = new Automaton(patterns, counted);
    const folder = new Folder();
    const matching = new Matching(automaton, new Hits());
    // The first fold learns every character on the slow path; the second takes the fast one.
    for (const round of ['first', 'second']) {
      const f = folder.fold(text, matching);
      assert.equal(f.strongCounted, expectStrong, `${round} fold, strong`);
      assert.equal(f.counted, expectStrong + expectWeak, `${round} fold, all`);
    }
  }
  // Without an automaton nothing is counted.
  assert.equal(new Folder().fold(text).counted, -1);
});

test('folding with the automaton (its fast path, once learned) folds and matches exactly as the slow path does', () => {
  // Characters kept, dropped, mapped to one unit (upper case, full width, traditional, '@'),
  // sentence ends (folded to '\n'), and those only the slow path takes (⑽ and ㍱ expand, astral).
  const unit = fc.constantFrom(...'微信加vxVXＶＸ掃扫碼码群@.：:，,。！!？1０①❶⑽㍱一二八 \u200b😀🛰abc'.split(/(?:)/u));
  const patterns = folded(['微信', 'vx', '扫码', '码\n群', '@q', '1\n', 'x微', '八八八']);
  const automaton = new Automaton(patterns, { strong: '0123456789一二八', weak: '' });
  fc.assert(
    fc.property(fc.array(fc.string({ unit, maxLength: 30 }), { minLength: 1, maxLength: 4 }), (texts) => {
      // One Folder and Matching for all texts: the first ones teach the fast table what the later ones read.
      const hits = new Hits();
      const withAutomaton = new Folder();
      const matching = new Matching(automaton, hits);
      for (const text of [...texts, ...texts]) {
        hits.count = 0;
        const fast = withAutomaton.fold(text, matching);
        const slow = new Folder().fold(text);
        const n = slow.text.length;
        assert.equal(fast.text, slow.text);
        assert.equal(fast.marks, slow.marks);
        assert.deepEqual([...fast.starts.subarray(0, n)], [...slow.starts.subarray(0, n)]);
        assert.deepEqual([...fast.ends.subarray(0, n)], [...slow.ends.subarray(0, n)]);
        assert.deepEqual([...fast.gaps.subarray(0, n)], [...slow.gaps.subarray(0, n)]);
        assert.equal(fast.strongCounted, [...slow.text].filter((c) => '0123456789一二八'.includes(c)).length);
        const found: string[] = [];
        for (let h = 0; h < hits.count; h++) found.push(`${hits.starts[h]}-${hits.ends[h]}-${hits.patterns[h]}`);
        assert.deepEqual(found.sort(), naive(slow.text, patterns));
      }
    }),
    { numRuns: 300 },
  );
});

test('characters that expand (㍱ → hpa) push the fast path past the text length: the gaps there read as folded', () => {
  const automaton = new Automaton(['微信']);
  const folder = new Folder();
  const matching = new Matching(automaton, new Hits());
  // Separators everywhere first: the shared buffers hold gaps far past the next text's length.
  folder.fold('微,信,'.repeat(40), matching);
  const text = '㍱'.repeat(10) + '微信abcdefgh';
  folder.fold(text, matching); // learns every character
  const fast = folder.fold(text, matching);
  const slow = new Folder().fold(text);
  assert.equal(fast.text, slow.text);
  assert.ok(fast.text.length > text.length + 8);
  assert.deepEqual([...fast.gaps.subarray(0, slow.text.length)], [...slow.gaps.subarray(0, slow.text.length)]);
});

test('an automaton given tables another one shared uses that very memory and finds the same; tables for other patterns are left alone', () => {
  const patterns = folded(words(40, 3, 5));
  const first = new Automaton(patterns);
  const shared = first.share();
  assert.ok(shared && shared.delta.buffer instanceof SharedArrayBuffer, 'the table lives in shared memory');
  const second = new Automaton(patterns, undefined, shared);
  assert.equal(second.share()!.delta, shared.delta, 'no table of its own');
  let text = '';
  for (let i = 0; i < 60; i++) text += patterns[(i * 3) % patterns.length]!.slice(i % 2) + '，';
  assert.deepEqual(viaFolding(text, second).found, viaFolding(text, first).found);
  // One pattern more: the shared tables are not these patterns'; the automaton builds its own and finds the new word.
  const more = [...patterns, '微信号'];
  const third = new Automaton(more, undefined, shared);
  assert.notEqual(third.share()!.delta, shared.delta);
  assert.deepEqual(viaFolding(text + '微信号', third).found, naive(new Folder().fold(text + '微信号').text, more));
});

test('the table has a column only for the counted units and the units a pattern begins with; the others, listed per row, still lead on (fast and slow paths)', () => {
  const patterns = ['微信号', '信号', 'vx', 'x号码', '号码牌'];
  const automaton = new Automaton(patterns, { strong: '01', weak: '' });
  const tables = automaton.tables(new Hits())!;
  // Columns: the start, 0 1, then 微 信 v x 号 (a pattern begins with each); 码 and 牌 begin none.
  assert.equal(tables.width, 8);
  assert.equal(tables.symbols, 10);
  assert.equal(tables.delta.length % tables.width, 0);
  assert.ok(tables.innerSymbols.length > 0, 'transitions on 码 and 牌 are listed');
  const hits = new Hits();
  const matching = new Matching(automaton, hits);
  const folder = new Folder();
  const text = '加微信号码牌，vx号码牌 码牌号码 x码';
  for (let round = 0; round < 2; round++) {
    hits.count = 0;
    const f = folder.fold(text, matching);
    const found: string[] = [];
    for (let h = 0; h < hits.count; h++) found.push(`${hits.starts[h]}-${hits.ends[h]}-${hits.patterns[h]}`);
    assert.deepEqual(found.sort(), naive(f.text, patterns), `round ${round}`);
    assert.equal(found.length, 6); // 微信号 信号 号码牌, vx x号码 号码牌
  }
});
