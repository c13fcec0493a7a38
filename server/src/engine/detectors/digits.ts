/**
 * Digits as evaders write them. Folding already turned ①, ❶, ⑴, superscripts and full-width
 * digits into ASCII; Chinese numerals stay Chinese in the folded text and are read here.
 */
import { Gap, type FoldedText } from '../normalize';

/** Numerals that are digits wherever they stand in a run. */
const STRONG: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/**
 * Homophones seen in evasion (伞=3, 巴=8, 灵=0, 妖=1 …) and the letters o, l and b written for 0, 1 and 8;
 * they count only inside a run of real digits.
 */
const HOMOPHONES: Readonly<Record<number, string>> = {
  0: '灵铃玲岭陵龄凌令洞圈o',
  1: '妖腰邀摇药要么夭依医瑶li',
  // z for 2 (l39 O75Z 668l): its look-alike, inside a run of digits only.
  2: '尔而耳贰俩两饿儿饵z',
  3: '伞散山衫参仨',
  4: '死寺思似饲丝私',
  // s for 5 (S56l): its look-alike, inside a run of digits only.
  5: '舞午吾唔无武屋巫s',
  6: '溜遛刘柳留流录琉',
  7: '妻漆期起琦奇汽气拐',
  // b for 8 (9O1B): its look-alike, inside a run of digits only.
  8: '巴扒吧爸发b',
  // 勾 is 9 as radio operators read digits out (幺 1, 两 2, 拐 7, 洞 0).
  9: '久酒就救舅勾钩',
};

/**
 * Digit value per UTF-16 unit: -1 not a digit, 0–9 a digit, 10–19 a homophone of digit (v − 10).
 * Runs are looked for in every character of every segment, so this is a table, not a map.
 */
const DIGIT_TABLE = (() => {
  const t = new Int8Array(0x10000).fill(-1);
  for (const [d, chars] of Object.entries(HOMOPHONES)) for (const ch of chars) t[ch.charCodeAt(0)] = 10 + Number(d);
  for (const [ch, d] of Object.entries(STRONG)) t[ch.charCodeAt(0)] = d;
  for (let c = 48; c <= 57; c++) t[c] = c - 48;
  return t;
})();

/**
 * Folded units that are digits (ASCII and Chinese numerals), and those that are only homophones:
 * folding counts them (see Automaton's `counted`), and no text with fewer than a phone number
 * needs is searched for one.
 */
export const STRONG_DIGIT_UNITS = `0123456789${Object.keys(STRONG).join('')}`;
export const WEAK_DIGIT_UNITS = Object.values(HOMOPHONES).join('');

/** The digit a folded character stands for, and whether it is only a homophone. */
export function digitOf(ch: string): { digit: string; weak: boolean } | undefined {
  const v = DIGIT_TABLE[ch.charCodeAt(0)]!;
  if (v < 0) return undefined;
  return { digit: String(v % 10), weak: v >= 10 };
}

/** The digit a folded unit stands for (0–9), 10 + the digit for a homophone, -1 for none. */
export function digitValue(code: number): number {
  return DIGIT_TABLE[code]!;
}

/** True for an ASCII digit '0'–'9'. */
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** True for an ASCII digit or a Chinese numeral, not a homophone. */
export function isNumeral(code: number): boolean {
  const v = DIGIT_TABLE[code]!;
  return v >= 0 && v < 10;
}

/** True for an ASCII digit, a Chinese numeral or a homophone (a unit of a possible number). */
export function isDigitLike(code: number): boolean {
  return DIGIT_TABLE[code]! >= 0;
}

/** Digits proper (not homophones) a run needs: fewer, and it is prose (吧, 山, 酒…), not a number. */
export const MIN_STRONG_DIGITS = 4;

/**
 * For a number read out in groups (see readOutPhones, readOutGroups): each run of 1–8 digits or homophones
 * (妖三五、二六四八…, 幺伞巴，灵六七二…: readOut wants most of them digits; 135 后面是 0518 2947 has a
 * group of eight; one of seven or eight counts as a half) as its start and end; any other run breaks the
 * reading, noted once as -1, -1.
 */
function noteShortRun(short: number[], f: FoldedText, i: number, j: number): void {
  // A homophone that ends the word before a group is no digit of it: 日期零六一八 is 期 + 0618.
  while (j - i > 4 && DIGIT_TABLE[f.units[i]!]! >= 10 && DIGIT_TABLE[f.units[i + 1]!]! < 10) i++;
  // 中间四位 0947 names the next group's length: no number of its own between the groups; nor does
  // 最后四个数是 ….
  if (f.units[j] === WEI || (j - i <= 2 && f.units[j] === GE)) return;
  // 停一下, 记一下 between the groups: 一下 is a word (一五零，中间停一下，三三八六…), no digit and no break.
  if (j - i === 1 && f.units[i] === YI && f.units[j] === XIA) return;
  // A group of one or two is read out only when a comma or a slash ends it (八二，九六四; 一，五，三…):
  // 5元 and 48小时 are no groups, and copy is full of them.
  // (Five or six are no half of any number: 12345 is a price or a code, and copy is full of them — unless said
  // in words, no ASCII digit among them: 幺八九二七，后面是伞灵六六巴四 is a mobile in two halves.)
  // A sentence end (folded to '\n') ends a group as a comma does: …九，九，四。 So does a dash or a
  // space before a word (…四六，一——打吧), though not before more digits (一 八九: one group).
  if (j - i >= 3 ? j - i <= 4 || j - i === 7 || j - i === 8 || ((j - i === 5 || j - i === 6) && saidInWords(f, i, j)) : j >= f.text.length || f.gaps[j]! >= Gap.Slash || f.units[j] === NEWLINE || (f.gaps[j] === Gap.Soft && DIGIT_TABLE[f.units[j]!]! < 0)) short.push(i, j);
  // One or two homophones amid words are words (最后四位就是…): no break in the reading either.
  else if (j - i <= 2 && DIGIT_TABLE[f.units[i]!]! >= 10 && DIGIT_TABLE[f.units[j - 1]!]! >= 10) return;
  else if (short.length > 0 && short[short.length - 1] !== -1) short.push(-1, -1);
}
/** True when no unit of the folded range is an ASCII digit (幺八九二七, 伞灵六六巴四). */
function saidInWords(f: FoldedText, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (f.units[k]! >= 0x30 && f.units[k]! <= 0x39) return false;
  return true;
}
const WEI = '位'.charCodeAt(0);
const GROUP_LENGTH_HEADS = new Set([...'前中后'].map((c) => c.charCodeAt(0)));
const [YI, XIA] = [...'一下'].map((c) => c.charCodeAt(0));
const GE = '个'.charCodeAt(0);
const NEWLINE = 10;

/**
 * Brackets around an area code, "(0755) 8888-6666", and Markdown emphasis beside a space or doubled,
 * "**一三九** 二七四六 *零五八三*", keep the number in one run; a multiplication sign (138*80, 138 * 80)
 * does not.
 */
const KEEPS_NUMBER_WHOLE = /^(?:\s*[)）]?[\s\-]*[(（]?\s*|\*\*|[*＊]+\s+|\s+[*＊]+|\s+[*＊]+\s+)$/;

export interface DigitRun {
  /** Folded start and end of the run, homophones at the edges trimmed. */
  start: number;
  end: number;
  digits: string;
  /** Homophones right before `start` that may still belong to the number (幺伞巴… starts 1-3-8). */
  lead: number;
  /** Homophones right after `end` that may still belong to it (…四四六灵 ends 4-4-6-0). */
  trail: number;
  /**
   * A phone number's length said in homophones without a break (幺伞巴伞幺灵灵巴巴六四): a number only
   * where the copy announces one right before it (the caller's to read).
   */
  saidOnly?: boolean;
}

/** True when no separator at all parts folded [i, j). */
function unbroken(f: FoldedText, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (f.gaps[k] !== Gap.None) return false;
  return true;
}

/** The digits folded units [i, j) stand for, homophones read as theirs. */
function digitsOfRun(units: ArrayLike<number>, i: number, j: number): string {
  let digits = '';
  for (let k = i; k < j; k++) digits += String(DIGIT_TABLE[units[k]!]! % 10);
  return digits;
}

/** Group lengths a phone number is written or read in (a mobile 3-4-4, a hotline 3-3-4, a landline 4-4-4 or 4-3-4). */
export const PHONE_GROUPS = ['3,4,4', '3,3,4', '4,4,4', '4,3,4'];

/** True when gaps part folded [i, j) into groups of PHONE_GROUPS's lengths, and nothing else does. */
export function spacedInPhoneGroups(f: FoldedText, i: number, j: number): boolean {
  if (j - i < 10 || j - i > 12) return false;
  let groups = '';
  let from = i;
  for (let k = i + 1; k <= j; k++) {
    if (k < j && f.gaps[k] === Gap.None) continue;
    groups += (groups ? ',' : '') + (k - from);
    from = k;
  }
  return PHONE_GROUPS.includes(groups);
}

/**
 * Maximal runs of digit-like characters with at least `minDigits` digits. A run goes on across
 * spaces, dashes, dots and emoji ("138 2745 6190", "400-617-2288") but stops at commas, slashes,
 * colons, brackets and × ("cj19(16)-95/21", "138×80cm"), which separate items, not digits.
 */
export function digitRuns(f: FoldedText, minDigits: number, original?: string, short?: number[]): DigitRun[] {
  const runs: DigitRun[] = [];
  // The units, not the string: every character of every text is looked at here.
  const units = f.units;
  const n = f.text.length;
  const table = DIGIT_TABLE;
  let i = 0;
  while (i < n) {
    if (table[units[i]!]! < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && table[units[j]!]! >= 0 && (f.gaps[j]! <= Gap.Soft || (original !== undefined && KEEPS_NUMBER_WHOLE.test(original.slice(f.ends[j - 1]!, f.starts[j]!))))) j++;
    // 前三 186，中四 3927: a numeral after 前, 中 or 后 and before a space names the group's length, no digit of it.
    if (j - i > 1 && i > 0 && units[i]! > 0x39 && GROUP_LENGTH_HEADS.has(units[i - 1]!) && f.gaps[i] === Gap.None && f.gaps[i + 1]! !== Gap.None) i++;
    if (short) noteShortRun(short, f, i, j);
    let s = i;
    let e = j;
    while (s < e && table[units[s]!]! >= 10) s++;
    while (e > s && table[units[e - 1]!]! >= 10) e--;
    if (j - i >= minDigits) {
      let digits = '';
      let strong = 0;
      for (let k = s; k < e; k++) {
        const v = table[units[k]!]!;
        digits += String(v % 10);
        if (v < 10) strong++;
      }
      // A run of mostly homophones is ordinary prose, not a number — unless spaces part it in a
      // phone number's groups (幺伞巴 灵灵幺幺 伞巴巴伞): prose has no spaces there.
      if ((strong >= MIN_STRONG_DIGITS && strong * 2 >= digits.length - 2) || spacedInPhoneGroups(f, i, j)) runs.push({ start: s, end: e, digits, lead: s - i, trail: j - e });
      else if (j - i >= 10 && j - i <= 12 && unbroken(f, i, j)) runs.push({ start: i, end: j, digits: digitsOfRun(units, i, j), lead: 0, trail: 0, saidOnly: true });
    }
    i = j;
  }
  return runs;
}
