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

/**
 * The same as digitOf for one UTF-16 unit, as a table: -1 not a digit, 0–9 a digit, 10–19 a
 * homophone of digit (v − 10). Runs are looked for in every character of every segment, so this
 * is a hot loop; object look-ups there cost more than all the matching.
 */
const DIGIT_TABLE = (() => {
  const t = new Int8Array(0x10000).fill(-1);
  for (let c = 48; c <= 57; c++) t[c] = c - 48;
  for (const [ch, d] of Object.entries(STRONG)) if (ch.length === 1) t[ch.charCodeAt(0)] = Number(d);
  for (const [ch, d] of Object.entries(HOMOPHONES)) if (ch.length === 1 && !(ch in STRONG)) t[ch.charCodeAt(0)] = 10 + Number(d);
  return t;
})();

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
  const n = text.length;
  const table = DIGIT_TABLE;
  let i = 0;
  while (i < n) {
    if (table[text.charCodeAt(i)]! < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && table[text.charCodeAt(j)]! >= 0) j++;
    let s = i;
    let e = j;
    while (s < e && table[text.charCodeAt(s)]! >= 10) s++;
    while (e > s && table[text.charCodeAt(e - 1)]! >= 10) e--;
    if (e - s >= minDigits) {
      let digits = '';
      let disguised = 0;
      let weak = 0;
      let ascii = 0;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        const v = table[c]!;
        digits += String(v % 10);
        if (v >= 10) weak++;
        if (c < 128) ascii++;
        else disguised++;
      }
      // A run of mostly homophones is ordinary prose (吧, 山, 酒…), not a number.
      if (weak * 2 <= digits.length && (ascii > 0 || disguised - weak >= 4)) runs.push({ start: s, end: e, digits, disguised });
    }
    i = j;
  }
  return runs;
}
