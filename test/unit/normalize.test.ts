/** Folding: what detectors see, and the map back to the original characters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Folder, Gap, Mark, fold, type FoldedText } from '../../server/src/engine/normalize';
import { toSimplified } from '../../server/src/engine/traditional';
import { copyIn, stringOf, units } from '../../server/src/engine/utf16';

/** The original text each folded character came from. */
function origins(text: string, f: FoldedText): string[] {
  return [...f.text].map((_, k) => text.slice(f.starts[k], f.ends[k]));
}

test('full-width letters and digits become half-width, letters lower-case (NFKC)', () => {
  assert.equal(fold('ＶＸ：ｍａｏｍａｏ８８６').text, 'vxmaomao886');
  assert.equal(fold('WeChat ABC').text, 'wechatabc');
  assert.equal(fold('ⓥⓧ').text, 'vx');
});

test('every writing of a digit becomes an ASCII digit', () => {
  assert.equal(fold('①②③').text, '123');
  assert.equal(fold('⑴⑵⑶').text, '123');
  assert.equal(fold('⒈⒉').text, '12');
  assert.equal(fold('❶❷❸➊➋').text, '12312');
  assert.equal(fold('¹²³⁴').text, '1234');
  assert.equal(fold('１３８').text, '138');
  assert.equal(fold('⓪⑩').text, '010');
});

test('zero-width characters, joiners and variation selectors are dropped and join the previous character', () => {
  const text = '微\u200b信\u200d号\ufe0f!';
  const f = fold(text);
  assert.equal(f.text, '微信号\n');
  // The zero-width space belongs to 微, so a finding over 微信 covers it.
  assert.deepEqual(origins(text, f).slice(0, 3), ['微\u200b', '信\u200d', '号\ufe0f']);
  assert.equal(fold('\u2060v\u00adx').text, 'vx');
});

test('separators vanish between the characters of a trigger, and their strength is kept', () => {
  const f = fold('微 ❤ 信');
  assert.equal(f.text, '微信');
  assert.equal(f.gaps[1], Gap.Soft);
  assert.equal(fold('微·信').text, '微信');
  assert.equal(fold('v_x').gaps[1], Gap.Soft);
  assert.equal(fold('V/X').text, 'vx');
  assert.equal(fold('V/X').gaps[1], Gap.Slash);
  assert.equal(fold('V：x').gaps[1], Gap.Label);
  assert.equal(fold('超微,5038').gaps[2], Gap.Clause);
  assert.equal(fold('138×80').gaps[3], Gap.Clause);
  assert.equal(fold('微信').gaps[1], Gap.None);
});

test('sentence ends become line breaks; commas do not end a sentence', () => {
  assert.equal(fold('加微信。谢谢！好的？').text, '加微信\n谢谢\n好的\n');
  assert.equal(fold('加微信，谢谢').text, '加微信谢谢');
});

test('traditional characters become simplified', () => {
  assert.equal(fold('掃碼加微信號，進群領取').text, '扫码加微信号进群领取');
  assert.equal(toSimplified('聯繫電話 關注公眾號 淘寶 曬圖 簡介 撥打 熱線 兩'), '联系电话 关注公众号 淘宝 晒图 简介 拨打 热线 两');
  assert.equal(toSimplified('simplified 加微信 stays'), 'simplified 加微信 stays');
});

test('rare variants of the characters of an app name become the common ones, each mapped back to itself', () => {
  const text = '加嶶 溦訫 伩';
  const f = fold(text);
  assert.equal(f.text, '加微微信信');
  assert.deepEqual(origins(text, f), ['加', '嶶', '溦', '訫', '伩']);
});

test('emoji stand-ins become the words they stand for', () => {
  assert.equal(fold('🛰️').text, '微信');
  assert.equal(fold('🐧').text, '企鹅');
  assert.equal(fold('➕V').text, '+v');
  assert.equal(fold('✌️❎').text, 'vx');
  assert.equal(fold('☘️🍀').text, '绿绿');
  assert.equal(fold('🧡📷🔲').text, '橙相机码');
  assert.equal(fold('📞☎️').text, '电话电话');
  assert.equal(fold('去🍠搜').text, '去小红薯搜');
});

test('accented Latin letters and pinyin tone marks become their base letters, one for one', () => {
  const f = fold('jiā wǒ wēi xìn Ǘ');
  assert.equal(f.text, 'jiawoweixinu');
  // Each folded letter maps back to its own accented character.
  assert.equal(f.starts[2], 2);
  assert.equal(f.ends[2], 3);
});

test('Greek and Cyrillic lookalikes become Latin letters', () => {
  assert.equal(fold('18οο28').text, '18oo28'); // Greek omicrons
  assert.equal(fold('ѵх').text, 'vx'); // Cyrillic izhitsa and ha
});

test('a mapped character spans its whole original, astral characters included', () => {
  const text = 'a🛰️b';
  const f = fold(text);
  assert.equal(f.text, 'a微信b');
  assert.deepEqual(origins(text, f), ['a', '🛰️', '🛰️', 'b']);
});

const copyish = fc.string({
  unit: fc.constantFrom(...'微信加VvXx ❤·_-/：:，,。!１①❶¹一三八🛰🐧️\u200b\u200d掃碼群0123456789a😀𠀀'.split(/(?:)/u)),
  maxLength: 40,
});

test('offsets never split a surrogate pair and never go backwards', () => {
  fc.assert(
    fc.property(copyish, (text) => {
      const f = fold(text);
      const inside = (at: number) => at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]!) && /[\udc00-\udfff]/.test(text[at]!);
      for (let k = 0; k < f.text.length; k++) {
        assert.ok(!inside(f.starts[k]!) && !inside(f.ends[k]!), `folded ${k} splits a pair in ${JSON.stringify(text)}`);
        assert.ok(f.starts[k]! < f.ends[k]!);
        if (k > 0) assert.ok(f.starts[k]! >= f.starts[k - 1]!);
      }
    }),
  );
});

test('a Folder that reuses its buffers folds exactly like a fresh fold, whatever it folded before', () => {
  fc.assert(
    fc.property(copyish, copyish, (a, b) => {
      const folder = new Folder();
      folder.fold(a);
      const reused = folder.fold(b);
      const fresh = fold(b);
      assert.equal(reused.text, fresh.text);
      // The maps hold one entry per folded character; past that they are buffer.
      const n = fresh.text.length;
      assert.deepEqual([...reused.starts.subarray(0, n)], [...fresh.starts.subarray(0, n)]);
      assert.deepEqual([...reused.ends.subarray(0, n)], [...fresh.ends.subarray(0, n)]);
      assert.deepEqual([...reused.gaps.subarray(0, n)], [...fresh.gaps.subarray(0, n)]);
    }),
  );
});

test('folding notes the characters address detectors cannot do without (marks), and only those', () => {
  assert.equal(fold('纯棉面料，舒适透气').marks, 0);
  assert.equal(fold('见 shop.example.com').marks & Mark.UrlPunctuation, Mark.UrlPunctuation);
  assert.equal(fold('时间 10:00').marks & Mark.UrlPunctuation, Mark.UrlPunctuation);
  assert.equal(fold('复制￥AbC123xyZ9￥').marks & Mark.Currency, Mark.Currency);
  assert.equal(fold('lili@163').marks & Mark.At, Mark.At);
  // '@' is kept in the folded text as it was.
  assert.equal(fold('lili@163').text, 'lili@163');
  // Marks are of the original text, whatever folding made of it.
  assert.equal(fold('价格：¥99').marks, Mark.Currency);
});

test('a string copied into units and read back is the same string, lone surrogates and all', () => {
  const buffer = units(64);
  for (const text of ['', 'a', '加微信 abc123', 'x\ud800y\udc00z😀', '①２三'.repeat(10)]) {
    copyIn(buffer, text);
    assert.equal(stringOf(buffer, text.length), text);
    assert.deepEqual([...buffer.array.subarray(0, text.length)], [...text].flatMap((c) => [...Array(c.length)].map((_, i) => c.charCodeAt(i))));
  }
});
