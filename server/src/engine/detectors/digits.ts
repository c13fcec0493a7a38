/**
 * Digits as evaders write them. Folding already turned ①, ❶, ⑴, superscripts and full-width
 * digits into ASCII; Chinese numerals stay Chinese in the folded text and are read here.
 */

/** Numerals that are digits wherever they stand in a run. */
const STRONG: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 一: '1', 壹: '1', 幺: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};

/** Homophones seen in evasion; they count only inside a run of real digits. */
const HOMOPHONES: Readonly<Record<string, string>> = {
  灵: '0', 铃: '0', 洞: '0', 妖: '1', 腰: '1', 伞: '3', 散: '3', 山: '3', 死: '4', 寺: '4', 舞: '5', 午: '5', 吾: '5',
  溜: '6', 妻: '7', 漆: '7', 巴: '8', 扒: '8', 吧: '8', 久: '9', 酒: '9',
};

/** The digit a folded character stands for, and whether it is only a homophone. */
export function digitOf(ch: string): { digit: string; weak: boolean } | undefined {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return { digit: ch, weak: false };
  const strong = STRONG[ch];
  if (strong !== undefined) return { digit: strong, weak: false };
  const weak = HOMOPHONES[ch];
  if (weak !== undefined) return { digit: weak, weak: true };
  return undefined;
}

export interface DigitRun {
  /** Folded start and end of the run, homophones at the edges trimmed. */
  start: number;
  end: number;
  digits: string;
  /** How many characters were homophones or Chinese numerals rather than ASCII digits. */
  disguised: number;
}

/** Maximal runs of digit-like characters with at least `minDigits` digits. */
export function digitRuns(text: string, minDigits: number): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    if (digitOf(text[i] as string) === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && digitOf(text[j] as string) !== undefined) j++;
    let s = i;
    let e = j;
    while (s < e && digitOf(text[s] as string)!.weak) s++;
    while (e > s && digitOf(text[e - 1] as string)!.weak) e--;
    if (e - s >= minDigits) {
      let digits = '';
      let disguised = 0;
      let weak = 0;
      let ascii = 0;
      for (let k = s; k < e; k++) {
        const d = digitOf(text[k] as string)!;
        digits += d.digit;
        if (d.weak) weak++;
        if (text.charCodeAt(k) < 128) ascii++;
        else disguised++;
      }
      // A run of mostly homophones is ordinary prose (吧, 山, 酒…), not a number.
      if (weak * 2 <= digits.length && (ascii > 0 || disguised - weak >= 4)) runs.push({ start: s, end: e, digits, disguised });
    }
    i = j;
  }
  return runs;
}
