/**
 * Numbers said with counts of a repeated digit: 一八八，两个零，两个九，再来四个七; 一后面跟八个六，再加二四;
 * 一个1，一个3，三个8，然后2、0、4、5、6、7; 一伍捌，再加两个巴 — or digit by digit after their positions:
 * 第一位1，第二位3，第三位3，第四位到第七位0528. Each piece is expanded and the pieces are joined in order,
 * across the words that join them (然后, 再来, 后面跟…) and the labels of a part's length (中间四位是).
 */
import { Gap, type FoldedText } from '../normalize';
import { digitValue, isDigitLike, isNumeral } from './digits';
import { words, type LexEntry } from './lexicon';

const COUNTS = '一二两三四五六七八九';
const DIGITS = '零〇一二三四五六七八九幺0123456789';
/** …and the homophones most often counted (再加两个巴). */
const COUNTED = `${DIGITS}巴伞妖灵溜舞久拐洞勾`;

/** The first position, where a number told by positions begins. */
const FIRST_POSITIONS = ['第一位', '第1位'];

/** The automaton's words for a counted digit (两个零, 三个8) or a first position (第一位): only they make the copy read for such a number. */
export const REPEATED_DIGIT = 'repeated-digit';
export const repeatedDigitEntries: LexEntry[] = words(
  [...COUNTS].flatMap((n) => [...COUNTED].map((d) => `${n}个${d}`)).concat(FIRST_POSITIONS).join(' '),
  { family: 'negative', term: REPEATED_DIGIT, need: 'raw' },
);

/** One piece of a number: its digits and the folded range that says them. */
export interface SaidPiece {
  start: number;
  end: number;
  digits: string;
  /** Said as a count (两个零) or after its position (第一位1), not only digit by digit. */
  told: boolean;
}

/** Words between pieces that only join them, longest first. */
const JOINERS = ['连起来', '后面跟着', '后面跟', '后面是', '后面接', '然后是', '然后', '再来个', '再来', '再加上', '再加', '再接', '接着是', '接着', '中间是', '最后是', '最后', '就是', '后面', '跟着', '跟', '接', '加', '再', '是'];
/** A part's length named before it: 前三位, 中间四位是, 后面四个数. */
const PART_LABEL = /(?:前面?|中间|后面?|最后|末尾)?的?[一二两三四五六七八九1-9](?:位|个数字?)(?:数字?)?(?:是|为)?/y;
/** A digit's position named before it: 第一位, 第2位是, 第四位到第七位. */
const POSITION_LABEL = /第[一二三四五六七八九十\d]{1,2}位?(?:到第?[一二三四五六七八九十\d]{1,2})?位(?:是|为)?/y;
/** A call or a phone word: the sentence must say that a number to reach someone is given. */
// (…and 打 right before a mobile's first two digits, not a discount: 打幺三九、两个零…; not 打一五折.)
const CALL_OR_PHONE = /电话|手机|号码|拨|打给|打过来|打我|直接打(?![折包开印车])|打(?=[幺一1][三四五六七八九3-9][^折])|致电|热线|联系我|找到我|记一下|记下|记好|电联|同号/;
/** Sentences read at most per text, and how long one may be: the work stays bounded on any input. */
const MAX_SENTENCES = 8;
const MAX_SENTENCE = 120;

/**
 * Runs of pieces, each run at least one counted piece, in the sentences of `f` that name a call or a
 * phone. A run breaks at any word that is neither a piece nor a joiner.
 */
export function countedDigitRuns(f: FoldedText): SaidPiece[][] {
  const text = f.text;
  const runs: SaidPiece[][] = [];
  let sentences = 0;
  let searchFrom = 0;
  // Where each first-position word next stands, searched again only once passed: each is looked for once per text.
  const positions = FIRST_POSITIONS.map((w) => text.indexOf(w));
  while (sentences < MAX_SENTENCES) {
    for (let w = 0; w < positions.length; w++) if (positions[w]! >= 0 && positions[w]! < searchFrom) positions[w] = text.indexOf(FIRST_POSITIONS[w]!, searchFrom);
    const at = nextMarker(text, searchFrom, positions);
    if (at < 0) break;
    const from = text.lastIndexOf('\n', at) + 1;
    const next = text.indexOf('\n', at);
    const to = next < 0 ? text.length : next;
    searchFrom = to + 1;
    sentences++;
    if (to - from > MAX_SENTENCE || !CALL_OR_PHONE.test(text.slice(from, to))) continue;
    runs.push(...piecesIn(f, from, to));
  }
  return runs;
}

/** Folded index of the next "N个D" or first position (`positions`, each at or after `from`) at or after `from`, or -1. */
function nextMarker(text: string, from: number, positions: readonly number[]): number {
  let at = -1;
  for (let i = text.indexOf('个', from + 1); i >= 0; i = text.indexOf('个', i + 1)) {
    if (COUNTS.includes(text.charAt(i - 1)) && COUNTED.includes(text.charAt(i + 1))) {
      at = i - 1;
      break;
    }
  }
  for (const p of positions) if (p >= 0 && (at < 0 || p < at)) at = p;
  return at;
}

/** How many digit homophones (or numerals) stand together from `i`, up to a count (幺洞三个六: 幺洞). */
function homophonesAt(f: FoldedText, i: number, to: number): number {
  let k = i;
  while (k < to && isDigitLike(f.units[k]!) && !(COUNTS.includes(f.text.charAt(k)) && f.text.charAt(k + 1) === '个')) k++;
  return k - i;
}

function piecesIn(f: FoldedText, from: number, to: number): SaidPiece[][] {
  const text = f.text;
  const runs: SaidPiece[][] = [];
  let run: SaidPiece[] = [];
  let told = false;
  let positioned = false;
  const close = () => {
    if (told && run.length > 1) runs.push(run);
    run = [];
    told = false;
  };
  for (let i = from; i < to; ) {
    const ch = text.charAt(i);
    if (COUNTS.includes(ch) && text.charAt(i + 1) === '个' && i + 2 < to && COUNTED.includes(text.charAt(i + 2))) {
      const count = ch === '两' ? 2 : digitValue(text.charCodeAt(i)) % 10;
      run.push({ start: i, end: i + 3, digits: String(digitValue(text.charCodeAt(i + 2)) % 10).repeat(count), told: true });
      told = true;
      i += 3;
      continue;
    }
    POSITION_LABEL.lastIndex = i;
    const position = POSITION_LABEL.exec(text);
    if (position) {
      i += position[0].length;
      positioned = true;
      continue;
    }
    PART_LABEL.lastIndex = i;
    const label = PART_LABEL.exec(text);
    if (label && run.length > 0) {
      i += label[0].length;
      continue;
    }
    if (isNumeral(f.units[i]!)) {
      run.push({ start: i, end: i + 1, digits: String(digitValue(f.units[i]!) % 10), told: positioned });
      told ||= positioned;
      positioned = false;
      i++;
      continue;
    }
    if (label) {
      i += label[0].length;
      continue;
    }
    // Homophones, two or more together, once the number has begun (…七四幺九，巴伞), or glued to its last digit
    // (四七灵): 就 or 起 alone after a comma is a word. Three or more may begin it (幺三九，幺洞，三个六).
    const homophones = homophonesAt(f, i, to);
    const glued = run.length > 0 && homophones > 0 && run[run.length - 1]!.end === i && f.gaps[i] === Gap.None;
    if ((run.length > 0 && homophones >= 2) || homophones >= 3 || glued) {
      for (let k = i; k < i + homophones; k++) run.push({ start: k, end: k + 1, digits: String(digitValue(f.units[k]!) % 10), told: false });
      i += homophones;
      continue;
    }
    const joiner = run.length > 0 ? JOINERS.find((w) => text.startsWith(w, i)) : undefined;
    if (joiner) {
      i += joiner.length;
      continue;
    }
    close();
    i++;
  }
  close();
  return runs;
}
