/** Phone numbers: mobiles, landlines with area code, 400/800 hotlines, however written. */
import { Gap, type FoldedText } from '../normalize';
import { anyOf, clauseStart, longestFirst } from './context';
import { digitOf, digitRuns, digitValue, isAsciiDigit, isDigitLike, isNumeral, MIN_STRONG_DIGITS, PHONE_GROUPS, spacedInPhoneGroups, STRONG_DIGIT_UNITS, type DigitRun } from './digits';
import { PHONE_LABELS } from './phoneWords';
import { words, type LexEntry } from './lexicon';
import { countedDigitRuns } from './repeatedDigits';

export type PhoneKind = 'mobile' | 'landline' | 'hotline' | 'international';

export interface PhoneHit {
  start: number;
  end: number;
  kind: PhoneKind;
  /** Folded start of a label right before the number (电话:, 手机号…), for clean removal. */
  labelStart: number;
}

/** Labels before a number that make it something other than a phone number. */
const NOT_PHONE_BEFORE = [
  '订单', '单号', '条码', '条形码', '商品码', '商品编码', '编码', '货号', '型号', '编号', 'sku', '款号', '批号', '批次', '序列号', '运单', '快递单', '物流单', '证书', '批准文号',
  '备案号', '生产许可', '许可证', 'sc', 'ean', 'isbn', 'imei', 'sn', '价格', '¥', '$', '尾号', '卡号', '账号', 'id', 'no', '发票', '税号', '识别号', '流水号', '凭证',
  // Codes typed into a page (16 位防伪码 8362 0517 4493 2281 holds a landline's shape).
  '防伪码', '防伪编码', '验证码', '兑换码', '激活码', '串码', '券码', '卡密',
];
const NOT_PHONE_AFTER = ['元', '块', '円', '克', 'g', 'kg', 'ml', 'mm', 'cm', '件', '次', 'mah', '万', '亿', '个', '年', '届'];
/** ASCII letters glued to a number that still announce a phone or a handle (tel13800…, v138…). */
const GLUED_LABELS = ['tel', 'phone', 'mobile', 'call', 'dh', 'sj', 'v', 'vx', 'wx', 'q', 'qq', 'whatsapp'];

/** Mobile prefixes in use: 13x, 145–149, 15x but 154, 16[2567], 17[0-8], 18x, 19x but 194. */
const MOBILE = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$/;

function classify(digits: string, hasLabel: boolean, areaCode: boolean, plus: boolean): PhoneKind | undefined {
  let d = digits;
  // +86 / 0086 country code: only written with a plus or as a group of its own, never glued
  // inside a 13-digit barcode.
  // A landline after the country code drops its trunk 0: +86 10 8888 6666, 0086-27-8766-1358,
  // +86 755 2638 7719 (read before a mobile's country code is cut, which would leave it 11 digits).
  if (plus && (d.length === 12 || d.length === 13) && /^86[1-9]/.test(d) && !MOBILE.test(d.slice(2))) d = '0' + d.slice(2);
  else if (areaCode && (d.length === 14 || d.length === 15) && /^0086[1-9]/.test(d) && !MOBILE.test(d.slice(4))) d = '0' + d.slice(4);
  else if ((plus || areaCode) && d.length === 13 && d.startsWith('86')) d = d.slice(2);
  else if (d.length === 15 && d.startsWith('0086')) d = d.slice(4);
  if (d.length === 11 && MOBILE.test(d)) return 'mobile';
  if (d.length === 10 && /^(400|800)\d{7}$/.test(d)) return 'hotline';
  // …and one digit too many under a label (售后热线400-6218-3375): a hotline miswritten is still one to call.
  if (hasLabel && d.length === 11 && /^(400|800)\d{8}$/.test(d)) return 'hotline';
  if ((hasLabel || areaCode) && d.length >= 10 && d.length <= 12 && /^0[1-9]\d{8,10}$/.test(d)) return 'landline';
  // Another country's number, written with its plus or 00 and the code a group of its own:
  // +852 6128 4470, +60 11-2345 6789, +六零 一二…, 00852 6128 4470.
  if (plus && international(digits)) return 'international';
  if (areaCode && digits.startsWith('00') && international(digits.slice(2))) return 'international';
  return undefined;
}

/** National number lengths after the country codes sellers abroad write most (Hong Kong, Macau, Taiwan, South-East Asia …). */
const COUNTRY_NUMBER_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  '852': [8], '853': [8], '886': [8, 9], '60': [9, 10], '65': [8], '66': [8, 9], '84': [9, 10], '62': [9, 10, 11, 12], '63': [10], '61': [9], '81': [9, 10], '82': [9, 10], '44': [10], '1': [10],
};

function international(digits: string): boolean {
  for (let n = 1; n <= 3; n++) {
    const lengths = COUNTRY_NUMBER_LENGTHS[digits.slice(0, n)];
    if (lengths?.includes(digits.length - n)) return true;
  }
  return false;
}

/** True when a phone word stands within a few characters before `at` (拨打售后专线 0571…). */
function labelNear(text: string, f: FoldedText, at: number, crossClauses = false): boolean {
  const window = text.slice(clauseStart(f, at, 10, crossClauses), at);
  return PHONE_LABELS.some((label) => window.includes(label));
}

/** Folded start of a label that ends right before the number (电话：, 手机号 …), or -1. */
function labelBefore(text: string, at: number): number {
  for (const label of REMOVABLE_LABELS) {
    for (let gap = 0; gap <= 2; gap++) {
      const s = at - gap - label.length;
      if (s >= 0 && text.startsWith(label, s) && !text.slice(s + label.length, at).includes('\n')) return s;
    }
  }
  return -1;
}

/** Labels that go with the number when it is removed, longest first. */
const REMOVABLE_LABELS = PHONE_LABELS.filter((l) => !['联系', '咨询', '预约', '订购', '订货', '门店', '客服', '售后', '拨'].includes(l)).sort((a, b) => b.length - a.length);

/** Only 1… (mobile), 0… (landline), 400/800 and 86… can be phone numbers. */
const MAY_LEAD = new Set(['0', '1', '4', '8']);
const PLUS = '+'.charCodeAt(0);

interface Candidate {
  start: number;
  end: number;
  digits: string;
}

/**
 * A run glued from several numbers ("1. 13812345678", "138 1234 5678 一起") is also tried at the
 * places where the original text had a gap, so the phone number inside is still found.
 */
function candidates(f: FoldedText, run: DigitRun): Candidate[] {
  const out: Candidate[] = [{ start: run.start, end: run.end, digits: run.digits }];
  // Homophones trimmed from either end may be the number's first or last digits (妖三八…, …六灵).
  const spelled = (a: number, b: number) => {
    let d = '';
    for (let k = a; k < b; k++) d += digitOf(f.text[k]!)!.digit;
    return d;
  };
  // (Not one a space sets apart where the groups make no number: 加企鹅 1392047785 要 ends with a word.)
  const lead = spelled(run.start - run.lead, run.start);
  const trail = f.gaps[run.end] === Gap.None || spacedInPhoneGroups(f, run.start, run.end + run.trail) || spacedInPhoneGroups(f, run.start - run.lead, run.end + run.trail) ? spelled(run.end, run.end + run.trail) : '';
  if (lead) out.push({ start: run.start - run.lead, end: run.end, digits: lead + run.digits });
  if (trail) out.push({ start: run.start, end: run.end + run.trail, digits: run.digits + trail });
  if (lead && trail) out.push({ start: run.start - run.lead, end: run.end + run.trail, digits: lead + run.digits + trail });
  // Eleven digits may be a hotline and one more: 400 一八六 7733（7×24小时） reads on into the bracket.
  if (run.digits.length < 11) return out;
  const cuts = [run.start];
  for (let k = run.start + 1; k < run.end; k++) if (f.gaps[k]! > Gap.None) cuts.push(k);
  cuts.push(run.end);
  // Only pieces of 10–13 digits can be phone numbers: linear in the run, however long it is.
  for (let a = 0; a < cuts.length; a++) {
    if (!MAY_LEAD.has(run.digits[cuts[a]! - run.start]!)) continue;
    for (let b = a + 1; b < cuts.length && cuts[b]! - cuts[a]! <= 13; b++) {
      const s = cuts[a]!;
      const e = cuts[b]!;
      if (e - s >= 10 && !(s === run.start && e === run.end)) out.push({ start: s, end: e, digits: run.digits.slice(s - run.start, e - run.start) });
    }
  }
  return out;
}

/** True when ASCII letters are glued to the number in the original text: a model number (HX-13800…). */
function modelNumber(original: string, f: FoldedText, start: number, end: number): boolean {
  const a = f.starts[start]!;
  const b = f.ends[end - 1]!;
  let i = a;
  let letters = '';
  while (i > 0 && /[A-Za-z]/.test(original[i - 1]!)) letters = original[--i]! + letters;
  // "HX-13800…": letters, then a hyphen, then the number.
  if (!letters && a >= 2 && original[a - 1] === '-' && /[A-Za-z]/.test(original[a - 2]!)) return true;
  if (letters && !GLUED_LABELS.includes(letters.toLowerCase())) return true;
  // Letters right after: a unit or a size (13800mAh, 138x80).
  return b < original.length && /[A-Za-z]/.test(original[b]!);
}

/** Digits a phone number has at the least. */
const MIN_PHONE_DIGITS = 10;

export const NO_PHONES: readonly PhoneHit[] = [];

/**
 * False when the folded text has too few digits for any phone number (folding counted them):
 * most copy, whose numbers are prices and sizes, is then not searched at all.
 */
export function mayHavePhone(f: Pick<FoldedText, 'counted' | 'strongCounted'>): boolean {
  return f.counted < 0 || (f.counted >= MIN_PHONE_DIGITS && f.strongCounted >= MIN_STRONG_DIGITS);
}

/** Words that announce a number is said next (not 联系 or 客服: copy is full of them); 电话 in pinyin too (dian hua 同 wei xin：妖伞巴…). */
const NUMBER_WORDS = '电话 手机 号码 热线 专线 座机 拨打 致电 电联 dianhua 电hua';
/**
 * …and the words said right before a number spoken in homophones: 打给我, 记一下, 找老板 (直接找老板：幺吾久…), 打 before a 1 (打妖伞舞…),
 * 打这个 and 拨这个 (打这个号：妖伞巴 灵吾久两…), 联系 (联系师傅：妖伞巴…), 预约 and 同号 (预约上门：幺叁柒 巴巴灵伞…（微信同号）), 请来电 (not 来电提醒). 致电 and 电联 (请致电 幺伞妖-…). They only start the search: readOutNumber still wants a phone label or a
 * call right before such a number.
 */
const SAID_BEFORE_NUMBER = '找老板 找店长 找店主 找掌柜 咨询 随时打 打过来 拨过来 致电 电联 打给 打我 打这个 拨这个 记一下 记好 记下 打妖 打腰 打邀 打摇 打药 打幺 联系 预约 同号 请来电 欢迎来电 来电咨询 来电预约 来电订购 听我念 我念一下 我报一下';
const NUMBER_ANNOUNCED = anyOf(`${NUMBER_WORDS} ${SAID_BEFORE_NUMBER}`);
export const SAID_NUMBER = 'said-number';
/** The automaton's words for them: a text with none of its words is not searched further (see the scanner). */
export const saidNumberEntries: LexEntry[] = words(SAID_BEFORE_NUMBER, { family: 'negative', term: SAID_NUMBER, need: 'raw' });

/**
 * …or a number said all in homophones where a word announces one (打我电话啊，妖伞巴，伞巴妖灵，巴巴灵伞):
 * readOutNumber still wants the announcing word close before it.
 */
export function mayHaveSpokenPhone(f: Pick<FoldedText, 'counted' | 'text'>): boolean {
  return f.counted >= MIN_PHONE_DIGITS && NUMBER_ANNOUNCED.test(f.text);
}

/**
 * Digits said in pinyin (yao wu qi ba er liu…), military style too (dong, guai, gou): folding drops
 * the spaces between them, so a number is ten to twelve of them glued.
 */
const PINYIN_DIGITS: Readonly<Record<string, string>> = {
  ling: '0', dong: '0', yao: '1', yi: '1', er: '2', ji: '2', liang: '2', san: '3', si: '4', wu: '5', liu: '6', qi: '7', guai: '7', ba: '8', jiu: '9', gou: '9',
  // …and in Cantonese romanisation (jat ng ling, ji saam…).
  jat: '1', saam: '3', sei: '4', ng: '5', luk: '6', cat: '7', chat: '7', baat: '8', gau: '9',
};
// Longer syllables first where one begins another (jiu before ji, baat before ba).
const SYLLABLES = longestFirst(Object.keys(PINYIN_DIGITS));
const PINYIN_SYLLABLE = new RegExp(SYLLABLES, 'g');
const PINYIN_RUN = new RegExp(`(?:${SYLLABLES}){10,}`, 'g');

/** …or a number said in pinyin digits: some of their letters fold to counted units (o, l, i). */
export function mayHavePinyinPhone(f: Pick<FoldedText, 'counted' | 'text'>): boolean {
  if (f.counted < 4 || !LETTER_RUN.test(f.text)) return false;
  PINYIN_RUN.lastIndex = 0;
  return PINYIN_RUN.test(f.text);
}
/** Ten syllables glued are twenty letters at the least: a cheap look before the syllables'. */
const LETTER_RUN = /[a-z]{20}/;

/** Mobile and hotline numbers said in pinyin digits, wherever ten to twelve of them in a row make one. */
function pinyinPhones(f: FoldedText): PhoneHit[] {
  const out: PhoneHit[] = [];
  PINYIN_RUN.lastIndex = 0;
  for (let m = PINYIN_RUN.exec(f.text); m; m = PINYIN_RUN.exec(f.text)) {
    const syllables = [...m[0].matchAll(PINYIN_SYLLABLE)];
    // The run may start inside a word before the number (…wu yao san…): every start is tried.
    search: for (let a = 0; a + 10 <= syllables.length; a++) {
      for (const n of [11, 10, 12]) {
        if (a + n > syllables.length) continue;
        const digits = syllables.slice(a, a + n).map((x) => PINYIN_DIGITS[x[0]]).join('');
        const kind = classify(digits, false, false, false);
        if (kind === undefined) continue;
        const start = m.index + syllables[a]!.index!;
        const last = syllables[a + n - 1]!;
        out.push({ start, end: m.index + last.index! + last[0].length, kind, labelStart: start });
        break search;
      }
    }
  }
  return out;
}

/**
 * Digits said in English words, alone or with digits among them (TEL：one-three-nine 2047 6615; 打 One Three
 * Eight, zero two seven, …): folding glues the words, so a run of them is read token by token, starting and
 * ending at a word's edge (not the one of phone, nor the one of money).
 */
const ENGLISH_DIGITS: Readonly<Record<string, string>> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const ENGLISH_WORDS = longestFirst(Object.keys(ENGLISH_DIGITS));
// (Chinese numerals among them too: one three seven，零五二八，9 6 1 4.)
const ENGLISH_TOKEN = new RegExp(`${ENGLISH_WORDS}|[${STRONG_DIGIT_UNITS}]`, 'y');
const ENGLISH_RUN = new RegExp(`(?:${ENGLISH_WORDS}|[${STRONG_DIGIT_UNITS}]){10,}`, 'g');
const MIN_ENGLISH_WORDS = 3;
const isLetterAt = (text: string, at: number): boolean => at >= 0 && at < text.length && text.charCodeAt(at) >= 0x61 && text.charCodeAt(at) <= 0x7a;

/** A cheap look first: every such number has a one (a mobile's first digit, or a hotline's). */
export function mayHaveEnglishPhone(f: Pick<FoldedText, 'text'>): boolean {
  return f.text.includes('one');
}

function englishPhones(f: FoldedText): PhoneHit[] {
  const text = f.text;
  const out: PhoneHit[] = [];
  ENGLISH_RUN.lastIndex = 0;
  for (let m = ENGLISH_RUN.exec(text); m; m = ENGLISH_RUN.exec(text)) {
    // The run's tokens, their starts and their digits.
    const starts: number[] = [];
    let digits = '';
    let words = 0;
    for (let k = m.index; k < m.index + m[0].length; ) {
      ENGLISH_TOKEN.lastIndex = k;
      const t = ENGLISH_TOKEN.exec(text)!;
      starts.push(k);
      digits += t[0].length === 1 ? String(digitValue(t[0].charCodeAt(0)) % 10) : ENGLISH_DIGITS[t[0]];
      if (t[0].length > 1) words++;
      k += t[0].length;
    }
    const end = m.index + m[0].length;
    if (words < MIN_ENGLISH_WORDS || (isLetterAt(text, end) && f.gaps[end] === Gap.None)) continue;
    // The first token at a word's edge: a gap before it, or no letter.
    const first = starts.findIndex((k) => !isLetterAt(text, k - 1) || f.gaps[k]! > Gap.None);
    if (first < 0) continue;
    const kind = classify(digits.slice(first), false, false, false);
    const start = starts[first]!;
    if (kind && (labelNear(text, f, start) || phoneWordInSentence(f, start, PHONE_OR_CALL))) out.push({ start, end, kind, labelStart: start });
  }
  return out;
}

/**
 * Numbers the copy says to join and call (三个秒杀价…按顺序拨过去, 把日期连起来打给蜂场, 型号就是安装
 * 师傅电话, 按价格顺序拨, 直接拨这串批次数字, 拿货电话=四个规格的数字依次连读): the join or the
 * equation and a call, in one sentence.
 */
const JOIN_AND_CALL = new RegExp(
  [
    '(?:连起来|连着|连在一起|拼起来|拼在一起|串起来|串一起|串在一起|连一起|拼一起|合起来|合在一起|连读|顺序|依次|顺着读|顺着念)[^\\n]{0,8}(?:打|拨|致电|电话|手机|座机|专线|热线|直线|同号|微信|绿泡泡|call|私人号|号码|通讯录)',
    // …with the groups between the join and what they make: 三个型号连起来：DX-188、ZJ-2219、KM-3046，就是厂长电话.
    '(?:连起来|连在一起|拼起来|拼在一起|串起来|连读)[:：]?[a-z0-9\\-]{9,30}(?:就是|即是|即)[^\\n，。；]{0,6}?(?:电话|手机|座机)',
    // …or said to be someone's number (三个价格连起来就是我的号：159、6021、8837).
    '(?:连起来|连在一起|拼起来|拼在一起|串起来|连读)[^\\n]{0,20}?(?:就是|即是|即)[^\\n]{0,6}?的号(?![码牌])',
    // Parts taken one after another (型号数字接批次再接编号，就是订购热线).
    '(?:接|再接|接上)[^\\n]{0,10}(?:就是|即是|即)[^\\n，。；]{0,8}?(?:电话|手机|座机|热线|专线)',
    // …or said to be no sizes but a phone (M 137、L 7720、XL 9548——不是尺码，是我电话).
    '不是(?:尺码|价格|价钱|型号|编号|日期|重量|规格|数量|库存|链接号?)[^\\n]{0,2}是[^\\n]{0,4}?(?:电话|手机|号码)',
    // …or to be called as the table says (售后请按表拨打).
    '(?:按|照)(?:上表|此表|表格|表)(?:拨打|拨|打|致电)',
    // Parts written as a sum to be joined: （型号数字+序号+检验号）就是维修师傅的电话.
    '(?:型号|编号|序号|批号)[^\\n，。；0-9]{0,12}[+＋][^\\n，。；]{0,12}?(?:就是|即是|即|等于|=)[^\\n，。；]{0,8}?(?:电话|手机|座机|热线|专线)',
    '(?:电话|手机|号码|座机|专线|热线|直线)[=＝是为:：]?[^\\n，。；！？]{0,16}(?:依次|按(?:此|这个|这|以下)?顺序|连起来|连读)',
    // …or said to hide in the parts after it (电话藏在规格里：…).
    // (Only where no later instruction joins them: 号码藏在价格里——…，三个连起来打 is read by that one.)
    '(?:电话|手机|号码|专线|热线)(?:就)?藏在(?![^\\n]*(?:连起来|连着|按顺序|依次|顺序))',
    // Parts combined (型号…，规格…，批号…——三段组合即为售后热线).
    '(?:组合|拼接|合并)(?:起来)?(?:即为|就是|即是|即|为)[^\\n，。；]{0,6}?(?:电话|手机|座机|热线|专线)',
    // …or a comma between: 这不是尺码，是老板电话，按S到L的顺序念.
    '(?:电话|手机|号码|座机|专线|热线)[，,]\\s*按[^\\n，。；！？]{0,8}顺序(?:念|读|拨|打)',
    // Letters or marks taken out: 批次号 BT-159 3308 7724，去掉字母就是质检主管手机.
    '去掉(?:字母|英文|符号|小数点|横线|横杠|空格|斜杠|斜线|杠|点|冒号)[^\\n]{0,8}(?:打|拨|致电|电话|手机|座机|热线)',
    // The call first, the join after it: 先打给老板确认库存，三款编号连起来就是.
    '(?:打给|拨给|致电)[^\\n。；！？]{0,14}(?:连起来|连读|依次|按顺序)',
    '(?:型号|编号)(?:就是|即|等于)?(?:[^\\n]{0,2}(?:安装|售后|维修))?(?:师傅|客服|老板)?(?:的)?(?:电话|座机|直线|热线|手机)',
    '(?:打|拨|拨打|致电)(?:这个|此)?(?:本品)?(?:编号|型号|序列号|批号)',
    // The numbers pointed at: 直接拨这串批次数字, 直接拨打表中数字.
    '(?:打|拨|拨打|致电)(?:这串|这组|这几组|这[两三四五几]个|这些|表中|表里|表格里|图中|上面|上述|以上|前面)(?:的)?[^\\n，。；]{0,8}?(?:数字|号码|数)',
    // …or named first: 把这串数字去掉符号直接打过来.
    '(?:这串|这组|这几组|这些|表中|表里|上面|以上)(?:的)?[^\\n，。；]{0,4}?(?:数字|号码)[^\\n。；！？]{0,10}?(?:打|拨|致电)',
  ].join('|'),
);
/** …or says to dial them (按顺序拨有人工导购：S-151｜M-3862｜L-0947); 打 alone is too common (打包, 打折). */
const DIALS = /拨|致电/;
/** An instruction that goes on from the numbers before it. */
const CONTINUED = /^(?:接|再接|接上)/;
/** The instruction names what the numbers make (…连起来就是老板手机：139元｜2608元｜7751元): they may follow it. */
const NAMES_A_PHONE = /电话|手机|座机|专线|热线|号码|批号|编号|序列号|的号/;
const SEMICOLONS = new Set([...'；;'].map((c) => c.charCodeAt(0)));
/** An instruction that holds digits holds the groups too. */
const HAS_DIGIT = /\d/;
/** How far after such an instruction its first number may begin (…，批号：1 5 8…). */
const FIRST_GROUP_AFTER = 10;
/** A count said before the instruction (三个价格连着拨, 3件138): a number and its measure word, no digits of the number. */
const MEASURE_WORD = new Set([...'个档款种位次天件条组斤两栏列行段格张号级等箱项']);
/** A landline with its area code has at most twelve digits. */
const MAX_JOINED_DIGITS = 12;

/**
 * Words every JOIN_AND_CALL instruction has: the scanner's automaton reports them (need 'raw'), so
 * the instruction is looked for only in texts that have one.
 */
export const JOIN_TO_CALL = 'join-to-call';
export const joinToCallEntries: LexEntry[] = words('连起来 连着 连在一起 拼起来 拼在一起 串起来 串一起 串在一起 连一起 拼一起 合起来 合在一起 连读 顺序 依次 顺着读 顺着念 不是尺码 不是价格 不是价钱 不是型号 不是编号 不是日期 不是重量 不是规格 不是数量 不是库存 不是链接 按表 照表 按上表 照上表 按此表 按表格 型号 编号 序列号 批号 十一位 11位 去掉 这串 这组 这几组 表中 表里 表格里 图中 倒序 前三位 前四位 前五位 前六位 前七位 前面三位 前面七位 前面是 后面八位 后八位 后面七位 后七位 后面六位 后六位 前面三个 前面四个 前面五个 开头三位 倒着 倒过来 反过来 反着 从后往前 加上 得数 之和 相加 藏在 组合 拼接 合并', { family: 'negative', term: JOIN_TO_CALL, need: 'raw' });

/** Folded end of the sentence holding `at` (folding turns sentence ends into '\n'). */
function sentenceEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The digits the folded units [s, e) stand for (numerals and homophones alike: 幺 is 1). */
function digitsOf(f: FoldedText, s: number, e: number): string {
  return Array.from(f.units.subarray(s, e), (u) => String(digitValue(u) % 10)).join('');
}

/** True when the folded units [s, e), all digits or homophones, are a mainland mobile number. */
export function isMobileAt(f: FoldedText, s: number, e: number): boolean {
  return MOBILE.test(digitsOf(f, s, e));
}

/** The phone number a sentence asks to make of its numbers, read back from the instruction (or on from it). */
function joinedToCall(f: FoldedText, original: string): PhoneHit[] {
  // Ten digits to join at the least (most texts with numbers have fewer).
  if (f.strongCounted < 10) return [];
  const m = JOIN_AND_CALL.exec(f.text);
  if (!m) return [];
  let from = f.text.lastIndexOf('\n', m.index) + 1;
  // A semicolon ends the table, not the sentence: A型(186)｜B型(0291)｜C型(3374)；括号里的数字连读就是客服手机.
  if (from > 0 && SEMICOLONS.has(original.charCodeAt(f.starts[from - 1]!))) from = f.text.lastIndexOf('\n', from - 2) + 1;
  const before = joinGroups(f, groupsBefore(f, m.index, from), true);
  if (before || !(NAMES_A_PHONE.test(m[0]) || DIALS.test(m[0]))) return before ? [before] : [];
  const to = sentenceEnd(f.text, m.index);
  // The groups may stand inside the instruction itself (连起来：DX-188、ZJ-2219…，就是厂长电话).
  const groupsFrom = HAS_DIGIT.test(m[0]) ? m.index : m.index + m[0].length;
  const after = groupsAfter(f, groupsFrom, to);
  const first = after[0];
  if (!first || first[0] - groupsFrom > FIRST_GROUP_AFTER) return [];
  const hit = joinGroups(f, after, false);
  if (hit || !CONTINUED.test(m[0])) return hit ? [hit] : [];
  // 接上 goes on from the number before it (型号1380，后面接上265-7194，就是经理的电话).
  const both = joinGroups(f, [...groupsBefore(f, m.index, from), ...after], false);
  return both ? [both] : [];
}

/**
 * One digit alone before a label's word that a number follows in its clause is an ordinal (1号链接139,
 * 2号链接2208): not an item (13号、9号、20号), nor a clause's head (1号链接香皂，3号洗发皂…).
 */
function labelsANumber(f: FoldedText, k: number): boolean {
  const alone = k === 0 || f.gaps[k]! >= Gap.Clause || !isNumeral(f.units[k - 1]!);
  if (!alone || f.gaps[k + 1] !== Gap.None || f.gaps[k + 2] !== Gap.None || isDigitLike(f.units[k + 2] ?? 0x30)) return false;
  for (let j = k + 3; j < Math.min(f.text.length, k + 8) && f.gaps[j]! < Gap.Clause; j++) if (isNumeral(f.units[j]!)) return true;
  return false;
}

/**
 * Whether the unit at `k` ends a count (三个, 3件138), no digit of a number to join: a numeral before
 * a measure word, or digits glued to one with the next number right after it (13.6斤 is a weight, 13706 件 a stock).
 */
function countAt(f: FoldedText, k: number): boolean {
  if (!MEASURE_WORD.has(f.text.charAt(k + 1))) return false;
  if (!isAsciiDigit(f.units[k]!)) return true;
  if (labelsANumber(f, k)) return true;
  return f.gaps[k + 1] === Gap.None && f.gaps[k + 2] === Gap.None && isNumeral(f.units[k + 2] ?? 0);
}

/**
 * The groups of digits (not homophones) before `at` in its sentence, nearest first, taken whole until
 * there are enough for a phone number. A group may end in homophones after its numerals (幺伞巴元、
 * 零零四七元…: 1, 3, 8), never lead with them, and a homophone right before digits or after a comma
 * parts two groups (M=0571 L=2946, M码7702，L码4418: l is no 1).
 */
function groupsBefore(f: FoldedText, at: number, from: number): [number, number][] {
  const groups: [number, number][] = [];
  let count = 0;
  for (let k = at - 1; k >= from && count < MAX_JOINED_DIGITS; ) {
    const u = f.units[k]!;
    if (countAt(f, k) && isNumeral(u)) {
      // The whole count (10件, 三个), not the group a dropped separator glued before it (266、10件).
      while (k >= from && isNumeral(f.units[k]!)) {
        const countStarts = f.gaps[k] !== Gap.None;
        k--;
        if (countStarts) break;
      }
      continue;
    }
    // …and a Latin letter is no homophone there (7084L is litres).
    if (!isDigitLike(u) || countAt(f, k) || (!isNumeral(u) && (u < 0x80 || isDigitLike(f.units[k + 1] ?? 0)))) {
      k--;
      continue;
    }
    let s = k;
    while (s > from && !isNumeral(f.units[s]!) && f.gaps[s]! < Gap.Clause && isDigitLike(f.units[s - 1]!)) s--;
    if (!isNumeral(f.units[s]!)) {
      k = s - 1;
      continue;
    }
    while (s > from && isNumeral(f.units[s - 1]!)) s--;
    groups.unshift([s, k + 1]);
    count += k + 1 - s;
    k = s - 1;
  }
  return groups;
}

/** The groups of numerals after `at`, up to `to`, in order, until there are enough for a phone number. */
function groupsAfter(f: FoldedText, at: number, to: number): [number, number][] {
  const groups: [number, number][] = [];
  let count = 0;
  for (let k = at; k < to && count < MAX_JOINED_DIGITS; ) {
    if (!isNumeral(f.units[k]!)) {
      k++;
      continue;
    }
    let e = k;
    while (e < to && isNumeral(f.units[e]!)) e++;
    if (!countAt(f, e - 1)) {
      groups.push([k, e]);
      count += e - k;
    }
    k = e;
  }
  return groups;
}

/**
 * The groups nearest the instruction that make a phone number, however many there are (1月3日、
 * 9月22日…: groups of one and two digits); `backwards`: the groups stand before it.
 */
function joinGroups(f: FoldedText, groups: readonly [number, number][], backwards: boolean): PhoneHit | undefined {
  let digits = '';
  for (let i = 0; i < groups.length && digits.length < MAX_JOINED_DIGITS; i++) {
    const [s, e] = groups[backwards ? groups.length - 1 - i : i]!;
    const part = digitsOf(f, s, e);
    digits = backwards ? part + digits : digits + part;
    if (digits.length < 10 || digits.length > MAX_JOINED_DIGITS) continue;
    const kind = classify(digits, true, digits.startsWith('0'), false);
    if (!kind) continue;
    const [first, last] = backwards ? [s, groups[groups.length - 1]![1]] : [groups[0]![0], e];
    return { start: first, end: last, kind, labelStart: first };
  }
  return undefined;
}

/**
 * A number the copy says to read backwards (手机号倒着写是8102 6397 831，倒过来拨; 电话即批次号倒序：
 * 0213 8572 931): eleven digits in the sentence of the words that make a mobile number reversed.
 */
function reversedToCall(f: FoldedText): PhoneHit[] {
  if (f.strongCounted < 11) return [];
  const m = BACKWARDS.exec(f.text);
  if (!m) return [];
  const from = f.text.lastIndexOf('\n', m.index) + 1;
  const to = sentenceEnd(f.text, m.index);
  for (let s = from; s < to; s++) {
    if (!isNumeral(f.units[s]!) || (s > from && isNumeral(f.units[s - 1]!))) continue;
    let e = s;
    while (e < to && isNumeral(f.units[e]!)) e++;
    if (e - s !== 11) continue;
    const digits = [...digitsOf(f, s, e)].reverse().join('');
    if (MOBILE.test(digits)) return [{ start: s, end: e, kind: 'mobile', labelStart: s }];
  }
  return [];
}
/**
 * A mobile number said with counted digits (一八八，两个零，两个九，再来四个七) or digits after their positions
 * (第一位1，第二位3…): eleven digits of a run of pieces, whole pieces at both ends, one of them told so.
 */
export function countedDigitPhones(f: FoldedText): readonly PhoneHit[] {
  for (const run of countedDigitRuns(f)) {
    for (let a = 0; a < run.length; a++) {
      let digits = '';
      let told = false;
      for (let b = a; b < run.length && digits.length < 11; b++) {
        digits += run[b]!.digits;
        told ||= run[b]!.told;
        if (told && digits.length === 11 && MOBILE.test(digits)) return [{ start: run[a]!.start, end: run[b]!.end, kind: 'mobile', labelStart: run[a]!.start }];
      }
    }
  }
  return NO_PHONES;
}

/**
 * Two numbers the copy says to add up into the phone (把 12000000000 加上 3845126071，得数就是客服手机):
 * their sum, if it is a mobile number, spans both.
 */
function summedToCall(f: FoldedText): PhoneHit[] {
  if (f.strongCounted < 11) return [];
  const m = SUM_IS_PHONE.exec(f.text);
  if (!m) return [];
  const [, first, second] = m as unknown as [string, string, string];
  if (!MOBILE.test(String(BigInt(first) + BigInt(second)))) return [];
  const secondEnd = m.index + m[0].indexOf(second, first.length) + second.length;
  return [{ start: m.index, end: secondEnd, kind: 'mobile', labelStart: m.index }];
}
/** Two numbers, a word that adds, and the sum said to be the phone (folding dropped the comma between). */
const SUM_IS_PHONE = /(\d{5,12})(?:加上|加|\+)(\d{5,12})(?:的)?(?:得数|之和|的和|相加|总和|结果|和)?(?:就是|即是|即|是|为|等于|=)[^\n]{0,6}?(?:电话|手机|号码|座机|热线)/;

/** Words that turn a number round, with a phone named or a call in the sentence. */
const BACKWARDS = /(?:电话|手机|号码|号|热线|专线|座机)[^\n]{0,12}(?:倒序|倒着|倒过来|反过来|反着|从后往前)|(?:倒序|倒着|倒过来|反过来|反着|从后往前)[^\n]{0,12}(?:打|拨|电话|手机|号码)/;

/**
 * A number given in parts by their lengths (电话前五位15037，后六位写在价签上：892164; 前面三个数是一八八，后面八位是
 * 今天日期二零二五零九二六): each part the first run of that many numerals after its label, the lengths
 * adding up to a mobile number's eleven.
 */
function countedParts(f: FoldedText): PhoneHit[] {
  if (f.strongCounted < 11) return [];
  // …a phone named or a call in the text, or no other kind of number named (not 密码前三位…, 卡号前六位…).
  if (!PARTS_ARE_A_PHONE.test(f.text) && OTHER_NUMBER.test(f.text)) return [];
  const first = FIRST_PART.exec(f.text);
  if (!first) return [...unlabelledFirstPart(f), ...tailThenFront(f)];
  const parts: [number, number][] = [];
  let total = 0;
  const rest = first.index + first[0].length;
  // 尾号6631，前面七位是一八八零四二九: the last part told first.
  const lookFrom = Math.max(0, first.index - 16);
  const tail = TAIL_BEFORE.exec(f.text.slice(lookFrom, first.index));
  if (tail) {
    const run = runOfLength(f, rest, Math.min(f.text.length, rest + PART_REACH), partLength(first[1]!));
    const tailStart = lookFrom + tail.index + tail[1]!.length;
    const tailEnd = tailStart + tail[2]!.length;
    if (run && run[1] - run[0] + tail[2]!.length === 11 && MOBILE.test(digitsOf(f, run[0], run[1]) + digitsOf(f, tailStart, tailEnd))) return [{ start: tailStart, end: run[1], kind: 'mobile', labelStart: tailStart }];
  }
  const labels = [{ count: first[1]!, end: rest }, ...Array.from(f.text.slice(rest).matchAll(LATER_PART), (m) => ({ count: m[1]!, end: rest + m.index! + m[0].length }))];
  for (const label of labels) {
    const length = partLength(label.count);
    const run = runOfLength(f, label.end, Math.min(f.text.length, label.end + PART_REACH), length);
    if (!run) return [];
    parts.push(run);
    total += length;
    if (total >= 11) break;
  }
  if (total !== 11 || parts.length < 2) return [];
  const digits = parts.map(([s, e]) => digitsOf(f, s, e)).join('');
  return MOBILE.test(digits) ? [{ start: parts[0]![0], end: parts[parts.length - 1]![1], kind: 'mobile', labelStart: parts[0]![0] }] : [];
}
/**
 * 一三八，后面八位是二零一六零九一二: a first part given without its length, right before the label of the next
 * (a comma between at most), the labelled parts after it making up the mobile's eleven.
 */
function unlabelledFirstPart(f: FoldedText): PhoneHit[] {
  LATER_PART.lastIndex = 0;
  const later = LATER_PART.exec(f.text);
  if (!later) return [];
  let e = later.index;
  while (e > 0 && !isNumeral(f.units[e - 1]!) && later.index - e < 2) e--;
  let s = e;
  while (s > 0 && isNumeral(f.units[s - 1]!)) s--;
  if (e - s < 3 || e - s > 4) return [];
  const run = runOfLength(f, later.index + later[0].length, Math.min(f.text.length, later.index + later[0].length + PART_REACH), partLength(later[1]!));
  if (!run || e - s + run[1] - run[0] !== 11) return [];
  return MOBILE.test(digitsOf(f, s, e) + digitsOf(f, run[0], run[1])) ? [{ start: s, end: run[1], kind: 'mobile', labelStart: s }] : [];
}
/** 尾号就是今天的日期0618，前面是幺捌陆 二七伍叁: the last four, then the seven before them. */
function tailThenFront(f: FoldedText): PhoneHit[] {
  const m = TAIL_THEN_FRONT.exec(f.text);
  if (!m) return [];
  const frontStart = m.index + m[0].length;
  let frontEnd = frontStart;
  while (frontEnd < f.text.length && isDigitLike(f.units[frontEnd]!)) frontEnd++;
  let tailEnd = m.index + m[0].length - m[1]!.length;
  while (tailEnd > m.index && !isNumeral(f.units[tailEnd - 1]!)) tailEnd--;
  const tailStart = tailEnd - 4;
  if (frontEnd - frontStart !== 7 || tailStart < m.index || !isNumeral(f.units[tailStart]!)) return [];
  const digits = digitsOf(f, frontStart, frontEnd) + digitsOf(f, tailStart, tailEnd);
  return MOBILE.test(digits) ? [{ start: tailStart, end: frontEnd, kind: 'mobile', labelStart: tailStart }] : [];
}
/** 尾号…, then 前面是 (or 前面七位是) within a few words: the front part follows. */
const TAIL_THEN_FRONT = /(?:尾号|尾数)[^\n]{1,16}?(前面(?:七位)?(?:是|为|就是)?)/;
/** The last part given before the first's label: 尾号6631，前面七位…. */
const TAIL_BEFORE = /((?:尾号|尾数|末尾|最后四位|后四位)(?:是|为|就是)?)([0-9一二三四五六七八九零〇幺]{4})[^\n]{0,6}$/;
const PART_COUNT = '([一二三四五六七八九两1-9])(?:位|个数字|个数)';
/** A part's length said as a numeral (三, 3) or 两. */
const partLength = (count: string): number => (count === '两' ? 2 : digitValue(count.charCodeAt(0)) % 10);
const FIRST_PART = new RegExp(`(?:前|开头|头)(?:面)?(?:的)?${PART_COUNT}`);
const LATER_PART = new RegExp(`(?:后|中间|最后|末尾|尾)(?:面)?(?:的)?${PART_COUNT}`, 'g');
const PARTS_ARE_A_PHONE = /电话|手机|号码|拨|打给|打过来|致电|热线|联系我/;
/** Numbers told in parts that are no phone: a password, a card, an ID, an order, a code. */
const OTHER_NUMBER = /密码|卡号|身份证|证件|订单|单号|快递|物流|验证码|取件码|编号|批号|货号|型号|序列号|账号|学号|工号|车牌/;
/** How far after its label a part may stand (后六位写在第二张图的价签上：892164). */
const PART_REACH = 24;

/** The first run of exactly `length` numerals in [from, to). */
function runOfLength(f: FoldedText, from: number, to: number, length: number): [number, number] | undefined {
  for (let s = from; s < to; ) {
    if (!isNumeral(f.units[s]!)) {
      s++;
      continue;
    }
    let e = s;
    while (e < f.text.length && isNumeral(f.units[e]!)) e++;
    if (e - s === length) return [s, e];
    s = e;
  }
  return undefined;
}

/**
 * Part of a longer number said to be the phone: 订单号 2503181139270461，后十一位就是售后师傅电话; the
 * first or last eleven digits of the nearest long number before the words, in their sentence.
 */
function digitsTakenFrom(f: FoldedText): readonly PhoneHit[] {
  if (f.strongCounted < 11) return NO_PHONES;
  const m = ELEVEN_DIGITS_ARE_PHONE.exec(f.text);
  if (!m) return NO_PHONES;
  const from = f.text.lastIndexOf('\n', m.index) + 1;
  let e = m.index;
  while (e > from && !isAsciiDigit(f.units[e - 1]!)) e--;
  let s = e;
  while (s > from && isAsciiDigit(f.units[s - 1]!)) s--;
  if (e - s < 12) return NO_PHONES;
  const [a, b] = m[1] === '前' ? [s, s + 11] : [e - 11, e];
  const digits = digitsOf(f, a, b);
  const kind = classify(digits, true, false, false);
  return kind ? [{ start: a, end: b, kind, labelStart: a }] : NO_PHONES;
}
const ELEVEN_DIGITS_ARE_PHONE = /([前后]|末|最后)(?:十一|11)位(?:数字|数)?(?:就是|是|即|为)[^\n]{0,8}(?:电话|手机|号码)/;

/** True when a label a few characters before folded `start` makes a number no phone (订单, 货号 …). */
function notPhoneBefore(f: FoldedText, start: number): boolean {
  // An example of a code named a clause or two before (报16位防伪码即可，如 2025 0418 1388 6602).
  if (EXAMPLE_OF_CODE.test(f.text.slice(Math.max(0, start - 20), start))) return true;
  const from = clauseStart(f, start, 6);
  // An order number announced in the clause before: 订单号我念一下，2411 0823 5671 2098 47 (or seen: 你的订单号我看到了，…) — the phone read from
  // anywhere in its run of digits (…哈，3125 7789 0462 1183 96 holds a landline's shape at its end).
  let run = start;
  while (run > 0 && ASCII_DIGIT.test(f.text.charAt(run - 1))) run--;
  if (clauseStart(f, run, 6) === run && ORDER_NUMBER_READ.test(f.text.slice(Math.max(0, run - 12), run))) return true;
  const before = f.text.slice(from, start);
  for (const w of NOT_PHONE_BEFORE) {
    const i = before.lastIndexOf(w);
    // …unless a call word, or where the number is to be sent, stands between it and the number:
    // 价格电联：一五九…, 各型号齐全 详询 138…, 发送订单号至 壹伍捌….
    if (i >= 0 && !CALL_WORDS_AFTER_LABEL.some((l) => before.indexOf(l, i + w.length) >= 0)) return true;
  }
  return false;
}
const EXAMPLE_OF_CODE = /(?:防伪码|防伪编码|验证码|兑换码|激活码|券码|卡密|订单号|单号|序列号|识别码)[^\n]{0,10}?(?:例如|比如|如|示例|格式如|格式为)$/;
const ORDER_NUMBER_READ = /(?<![拨打])(?:订单号|订单编号|单号|运单号|快递单号|物流单号)(?:我|给大家|给你们|给您)?(?:念一下|报一下|读一下|念一遍|报一遍|是|为|看到了|收到了|查到了)?(?:哈|啊|呀|哦|昂)?$/;
const ASCII_DIGIT = /[0-9]/;

/** …unless the copy says to call the number right after it: 茶饼编号念一下：一五零、七七二三、六零八九，不懂就打这个号. */
function calledAfter(f: FoldedText, end: number): boolean {
  return CALL_THIS_NUMBER.test(f.text.slice(end, Math.min(f.text.length, end + 30)));
}
// …or says the number is a phone: 出厂编号 18-60-23-74-915，包装上印着的这串数字就是老板的私人电话; 批次号 1867-7203-915 就是老吴手机;
// 批次 139-0088-2461——批次号就是老吴的手机; 批号 138-0026-7741，有问题直接拨打; …有问题按批次号直接拨过来.
const CALL_THIS_NUMBER = /^[^\n]{0,10}?(?:打这个号|拨这个号|打这个电话|拨这个电话|拨打这个|打这个手机|这串号直接拨|直接拨过去|拨过去就是)|^[^\n]{0,14}?(?:这串|这组|这一串)(?:数字|号码|数|号)?(?:就是|即是|其实是|即)[^\n]{0,8}?(?:电话|手机)|^(?:同时)?(?:也)?(?:就是|即是|其实是|即|是)[^\n]{0,6}?(?:电话|手机|热线|专线)|^[^\n]{0,8}?(?:批次号|批号|编号|型号|序列号|货号)(?:就是|即是|其实是|即)[^\n]{0,8}?(?:电话|手机)|^[^\n]{0,10}?(?:直接拨打|直接拨|直接打)(?:过来|过去)?(?=\n|$)|^[^\n]{0,14}?(?:按|照着?|用)(?:这个|这串|上面的?)?(?:批次号|批号|编号|型号|序列号|货号)(?:直接)?(?:拨|打(?![开包折印]))/;

/** The platform's own hotline, named as the platform's: 京东官方客服热线400-…, 平台客服热线 400-…. */
function platformsOwnLine(f: FoldedText, start: number): boolean {
  return PLATFORMS_LINE.test(f.text.slice(clauseStart(f, start, 16), start));
}
const PLATFORMS_LINE = /(?:京东|天猫|淘宝|拼多多|抖音|快手|小红书|视频号|平台)(?:官方)?(?:的)?(?:客服|售后)?(?:热线|电话)(?:是|为)?$/;

const CALL_WORDS_AFTER_LABEL = ['电话', '手机', '电联', '热线', '专线', '详询', '咨询', '拨打', '致电', '打', '至', '到', '短信', '预约'];

/** True when a unit is glued right after the number ending at folded `end` (13800元, 1380mAh). */
function unitAfter(f: FoldedText, end: number): boolean {
  return f.gaps[end] === Gap.None && NOT_PHONE_AFTER.some((w) => f.text.startsWith(w, end));
}

/**
 * Find phone numbers in folded text; `joinWords`: the text has a word of a join-and-call instruction (JOIN_TO_CALL);
 * `counted`: a digit said with its count (两个零: REPEATED_DIGIT).
 */
export function findPhones(f: FoldedText, original: string, joinWords = true, saidHundred = true, counted = true): PhoneHit[] {
  const text = f.text;
  const hits: PhoneHit[] = [];
  const short: number[] = [];
  for (const run of digitRuns(f, MIN_PHONE_DIGITS, original, short)) {
    if ((notPhoneBefore(f, run.start) && !calledAfter(f, run.end)) || platformsOwnLine(f, run.start)) continue;
    // Homophones unbroken (打我电话,幺伞巴伞幺灵灵巴巴六四): a number only where a call or a phone word comes right before.
    if (run.saidOnly && !SAID_RIGHT_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start)) && labelBefore(text, run.start) < 0) continue;
    for (const c of candidates(f, run)) {
      // The shape first (cheap), the context only for what could be a phone number.
      const plus = c.start > 0 && text.charCodeAt(c.start - 1) === PLUS;
      if ((!MAY_LEAD.has(c.digits[0]!) && !plus) || classify(c.digits, true, true, true) === undefined) continue;
      if (c.end === run.end && unitAfter(f, c.end)) continue;
      if (modelNumber(original, f, c.start, c.end)) continue;
      const label = labelBefore(text, c.start);
      const firstGap = firstGapAt(f, c.start, c.end);
      // An area code, a country code (86, 0086, 00852…), each a group of its own.
      const areaCode = c.digits.startsWith('00') ? firstGap >= 3 && firstGap <= 5 : c.digits.startsWith('0') ? firstGap === 3 || firstGap === 4 || (firstGap === 1 && spelledAreaCode(f, c)) : c.digits.startsWith('86') && firstGap === 2;
      const kind = classify(c.digits, label >= 0 || labelNear(text, f, c.start) || SAID_RIGHT_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)), areaCode, plus);
      if (kind) {
        const start = plus ? c.start - 1 : c.start;
        hits.push({ start, end: c.end, kind, labelStart: label >= 0 ? Math.min(label, start) : start });
        break;
      }
    }
  }
  const spoken = [...readOutPhones(f, original, short), ...readOutGroups(f, original, short), ...(saidHundred && f.strongCounted >= 8 ? hundredHotlines(f) : NO_PHONES), ...(mayHavePinyinPhone(f) ? pinyinPhones(f) : NO_PHONES), ...(mayHaveEnglishPhone(f) ? englishPhones(f) : NO_PHONES), ...(joinWords ? [...joinedToCall(f, original), ...digitsTakenFrom(f), ...reversedToCall(f), ...countedParts(f), ...summedToCall(f)] : NO_PHONES), ...(counted ? countedDigitPhones(f) : NO_PHONES)];
  for (const hit of spoken) if (!hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
  return hits;
}

/** 四百 and 八百, the automaton's words for a hotline's prefix said as a number: only they make hundredHotlines look. */
export const SAID_HUNDRED = 'said-hundred';
export const saidHundredEntries: LexEntry[] = words('四百 八百', { family: 'negative', term: SAID_HUNDRED, need: 'raw' });

/**
 * A 400 or 800 hotline whose prefix is said as a number (四百-捌捌陆-柒柒零伍, 八百 三三二 一九八七): the seven
 * numerals after it, in one run or a 3 and a 4.
 */
function hundredHotlines(f: FoldedText): readonly PhoneHit[] {
  let out: PhoneHit[] | undefined;
  for (let k = f.text.indexOf('百'); k > 0; k = f.text.indexOf('百', k + 1)) {
    const lead = f.units[k - 1]!;
    if ((digitValue(lead) !== 4 && digitValue(lead) !== 8) || (k >= 2 && isDigitLike(f.units[k - 2]!))) continue;
    let e = k + 1;
    while (e < f.text.length && e - k - 1 < 8 && isNumeral(f.units[e]!)) e++;
    // Seven numerals and no more, parted from the prefix by a dash or a space (not a comma): 四百元, 四百三十 and
    // 这件四百，捌捌陆… are amounts.
    if (e - k - 1 !== 7 || f.gaps[k + 1] === Gap.None || f.gaps[k + 1]! >= Gap.Clause) continue;
    (out ??= []).push({ start: k - 1, end: e, kind: 'hotline', labelStart: k - 1 });
  }
  return out ?? NO_PHONES;
}

/** Words a host reads between the groups of a number: 一五零，二二四八，后面是零六三七. */
const READ_OUT_FILLERS = ['后面跟', '后面跟着', '再跟', '再跟着', '接下来', '接下来是', '点', '杠', '号码', '号码是', 'then', 'and', '前半段', '后半段', '前半截', '后半截', '那个', '这个', '就是', '就是说', '后面是', '后面', '中间是', '中间', '最后是', '最后', '然后是', '然后', '接着是', '再是', '是', '中间四位', '中间四位是', '中间三位', '后四位', '后四位是', '最后四位', '最后四位是', '尾号', '尾号是', '结尾', '结尾是', '尾巴', '尾巴是', '加', '嗯', '呃', '啊', '再后面是', '再后面', '中四', '中四位', '前三', '后面接', '再接', '接着', '前三位', '前三位是', '前四位', '前四位是', '停', '再停', '停顿', '停一下', '再停一下', '中间停一下', '停下', '稍停', '空', '空格', '空一格'];
/** Homophones a read-out number may have (幺伞巴，灵六七二，九五四一 has 4 of 11). */
const MAX_READ_OUT_HOMOPHONES = 4;
/**
 * Group lengths a number is read out in: a mobile 3-4-4, a hotline 3-3-4 (四零零，捌贰陆，柒柒玖叁), a
 * landline's area code and then its number in two (零五七九，八五五二，六六一三).
 */
const READ_OUT_SHAPES = PHONE_GROUPS;
const AREA_CODE = /^(?:0(?:10|2\d)|0[3-9]\d\d)$/;

/**
 * A number read out in groups between commas, the way a host says it: each group a short run of
 * digits, the groups in a phone number's shape and together one. Commas separate items
 * elsewhere ("150，2248，0637" as three sizes is rare but possible), so at least one group is
 * written in Chinese numerals or a phone word stands near: the shape of speech, not of a list.
 */
function readOutPhones(f: FoldedText, original: string, short: readonly number[]): PhoneHit[] {
  const out: PhoneHit[] = [];
  // Runs of 3–4 digits as start, end pairs, -1, -1 where another run breaks them (digitRuns).
  for (let k = 0; k + 5 < short.length; k += 2) {
    if (short[k]! < 0 || short[k + 2]! < 0 || short[k + 4]! < 0) continue;
    const hit = readOut(f, original, short[k]!, short[k + 1]!, short[k + 2]!, short[k + 3]!, short[k + 4]!, short[k + 5]!);
    if (hit) {
      out.push(hit);
      k += 4;
    }
  }
  return out;
}

/** The phone number three short runs read out, if they are one. */
function readOut(f: FoldedText, original: string, s1: number, e1: number, s2: number, e2: number, s3: number, e3: number): PhoneHit | undefined {
  // Every shape has groups of three or four: most triples of short runs are not one, and no string is made for them.
  if (e1 - s1 < 3 || e2 - s2 < 3 || e3 - s3 < 3) return undefined;
  if (!READ_OUT_SHAPES.includes(`${e1 - s1},${e2 - s2},${e3 - s3}`)) return undefined;
  if (!readOutJoin(f, original, e1, s2) || !readOutJoin(f, original, e2, s3)) return undefined;
  return readOutNumber(f, [s1, e1, s2, e2, s3, e3]);
}

/**
 * A number read out in four or more groups of one to four digits, each joined to the next as
 * readOut's are: 一三五，零七七，八二，九六四; 一，五，三，零…; 零二幺，六四，八八，三七，二九; or in two
 * halves of a phone number's shape (打 135 后面是 0518 2947, 前半段 158 6730，后半段 2941).
 */
function readOutGroups(f: FoldedText, original: string, short: readonly number[]): PhoneHit[] {
  const out: PhoneHit[] = [];
  for (let k = 0; k + 1 < short.length; k += 2) {
    if (short[k]! < 0) continue;
    let total = short[k + 1]! - short[k]!;
    let m = k;
    let told = false; // a group joined by words that say where it goes
    // Groups follow each other closely (a comma and a reading word at most, or words that say
    // where the next group goes); a number has 10–12 digits.
    while (total <= 12 && m + 3 < short.length && short[m + 2]! >= 0) {
      const end = short[m + 1]!;
      const start = short[m + 2]!;
      if (mayJoin(f, end, start) && readOutJoin(f, original, end, start)) {
        // joined as read out
      } else if (placeNamed(f, end, start)) told = true;
      else break;
      m += 2;
      total += short[m + 1]! - short[m]!;
      // …or three of any lengths that make a mobile's eleven, a call right before them (打：幺柒零伍，巴贰玖幺，陆叁肆).
      const groups = (m - k >= 6 && !hasHalfOfFiveOrSix(short, k, m)) || (m - k === 2 && TWO_HALVES.has(shapeOf(short, k, m))) || (told && m - k === 4 && READ_OUT_SHAPES.includes(shapeOf(short, k, m))) || (m - k === 4 && total === 11 && SAID_RIGHT_BEFORE.test(f.text.slice(Math.max(0, short[k]! - 6), short[k]!)));
      const hit = groups && total >= 10 && total <= 12 && (!told || phoneWordInSentence(f, short[k]!, PHONE_OR_CALL)) ? readOutNumber(f, short.slice(k, m + 2)) : undefined;
      if (hit) {
        out.push(hit);
        k = m;
        break;
      }
    }
  }
  return out;
}

/** The lengths of the groups short[k..m+1] as "3,4,4". */
function shapeOf(short: readonly number[], k: number, m: number): string {
  const lengths: number[] = [];
  for (let g = k; g <= m; g += 2) lengths.push(short[g + 1]! - short[g]!);
  return lengths.join(',');
}

/**
 * readOutJoin's cheap half: nothing folded between the groups but a separator, or a reading word's
 * first character (most short runs in copy — 5元, 48小时 — stand apart by other words).
 */
function mayJoin(f: FoldedText, end: number, start: number): boolean {
  if (start === end) return f.gaps[start]! >= Gap.Slash;
  // A semicolon folds to a sentence end (一，八，五；九，三，二，零；…): readOutJoin reads which it was.
  if (start === end + 1 && f.text.charCodeAt(end) === NEWLINE_UNIT) return true;
  return start - end <= 6 && FILLER_STARTS.has(f.text.charCodeAt(end));
}
const FILLER_STARTS = new Set(READ_OUT_FILLERS.map((w) => w.charCodeAt(0)));
/**
 * Words that say where the next group of a number goes (开头186，中间是7720，末尾3145; 前半段…，后半段看
 * 安装卡，是6624): the next group may come a few words after them, in the same sentence.
 */
const NEXT_PLACE = /中间|然后|后面|后边|后半|再接|再加|接着|最后|末尾|结尾|尾巴|尾号|后四位|后三位|后4位|第[一二三四五六七八九十\d]{1,2}位/;
const MAX_WORDS_TO_GROUP = 16;

/** True when the folded text between two groups names where the second goes, and no sentence ends there. */
function placeNamed(f: FoldedText, end: number, start: number): boolean {
  if (start - end > MAX_WORDS_TO_GROUP || start <= end) return false;
  const between = f.text.slice(end, start);
  return !between.includes('\n') && NEXT_PLACE.test(between);
}

/**
 * Words that name a phone number (热线, 专线, 手机号, 微信同号…), and with them a call (打): groups
 * told apart by words need one of these in their sentence, groups of digits read out without a
 * label near need one of the first.
 */
// (我的号, 这个号: the number the groups were told apart for, 记一下我的号，开头是…，中间是….)
const PHONE_OR_CALL = anyOf(`${NUMBER_WORDS} 专线 同号 打 我的号 这个号`);
/** …or a call to dial the groups as they stand: 价签上写的是138、0、2…，懂的直接拨; …，最后 8519，打这个约档期. */
const PHONE_OR_DIAL = anyOf(`${NUMBER_WORDS} 专线 同号 直接拨 拨打 拨过去 打过去 连起来拨 连起来打 拨这个 拨这串 打这串 打这个`);

/** True when `words` stand in the sentence of folded `at`: up to 24 characters before it, or 40 after it. */
function phoneWordInSentence(f: FoldedText, at: number, words: RegExp): boolean {
  const before = f.text.slice(Math.max(0, at - 24), at);
  const after = f.text.slice(at, at + 40);
  const end = after.indexOf('\n');
  return words.test(before.slice(before.lastIndexOf('\n') + 1)) || words.test(end < 0 ? after : after.slice(0, end));
}

/** A call or a note to take one right before a number (打给我：妖伞巴…, 记一下：妖巴伞-…, 打妖伞舞…, 请致电 幺伞妖-…, 打这个号：…, 听我念：幺伞巴…). */
const SAID_RIGHT_BEFORE = /(?:打|拨|致电|来电|电联|记一下|记好了?|记下来?|听我念|我念一下|我念|我报一下|我报)(?:给?我|这个)?(?:的?号码?)?(?:啊|哈|哦|呀|啦)?$/;
/** A call right after a number said in homophones: …巴巴伞幺 随时打, …记住了打过来. */
const CALL_RIGHT_AFTER = /^[^\n]{0,4}?(?:随时打|打过来|拨过来|直接打|白天打|晚上打|随时拨)/;
/** A call right before the number: 打 ⓵⓷⓹ 后面是…, 拨135…. */
const CALL_BEFORE = /(?:打|拨|打我|打给|dial|call|找[老小阿][\u4e00-\u9fff])$/;
/**
 * A number in two halves: a prefix or an area code and the rest, or a mobile's first seven and last four;
 * or a mobile said in words as five and six (digits.ts notes such halves only when no ASCII digit is in them).
 */
const TWO_HALVES = new Set(['3,8', '4,8', '3,7', '4,7', '7,4', '8,4', '5,6', '6,5']);
/** True when one of the groups short[k..m+1] has five or six digits: such a group is only ever one of two halves. */
function hasHalfOfFiveOrSix(short: readonly number[], k: number, m: number): boolean {
  for (let g = k; g <= m; g += 2) {
    const length = short[g + 1]! - short[g]!;
    if (length === 5 || length === 6) return true;
  }
  return false;
}

/** The phone number the groups [start, end, start, end …] read out together, if they are one. */
function readOutNumber(f: FoldedText, groups: readonly number[]): PhoneHit | undefined {
  let digits = '';
  let spoken = false;
  let homophones = 0;
  // Whether every group holds a numeral (幺伍巴，伞伞灵七，妖九四巴): a number disguised, not words.
  let numeralInEvery = true;
  for (let g = 0; g < groups.length; g += 2) {
    let numeral = false;
    for (let k = groups[g]!; k < groups[g + 1]!; k++) {
      const v = digitValue(f.units[k]!);
      digits += String(v % 10);
      spoken ||= f.units[k]! > 0x39;
      if (v >= 10) homophones++;
      else numeral = true;
    }
    numeralInEvery &&= numeral;
  }
  const s1 = groups[0]!;
  const e1 = groups[1]!;
  const e3 = groups[groups.length - 1]!;
  // Homophones are ordinary characters too: most of a read-out number must be digits, unless a
  // phone word says a number comes (打我电话：幺伞巴，灵久拐溜，俩吾幺四) or every group holds a numeral.
  // (…or a call right after it: 客服幺伞巴-灵幺伞伞-巴巴伞幺 随时打.)
  if (homophones > MAX_READ_OUT_HOMOPHONES && !numeralInEvery && !labelNear(f.text, f, s1, true) && !SAID_RIGHT_BEFORE.test(f.text.slice(Math.max(0, s1 - 6), s1)) && !CALL_RIGHT_AFTER.test(f.text.slice(e3, e3 + 10))) return undefined;
  // A first group with a leading 0 is an area code (010 and 02x have three digits, the others
  // four): the number after it is a landline's.
  const areaCode = digits.startsWith('0');
  // (A first group of seven or eight is the area code and the first half: 0755-2638 后四位 7719.)
  const first = e1 - s1 > 4 ? [3, 4] : [e1 - s1];
  if (areaCode && !first.some((n) => AREA_CODE.test(digits.slice(0, n)))) return undefined;
  const kind = classify(digits, false, areaCode, false);
  if (!kind) return undefined;
  if (unitAfter(f, e3) || (notPhoneBefore(f, s1) && !calledAfter(f, e3))) return undefined;
  // The label may stand before a bracket or a comma: 手机【138】…, 号码我拆开说，前三位 135…
  if (!spoken && !labelNear(f.text, f, s1, true) && !CALL_BEFORE.test(f.text.slice(Math.max(0, s1 - 4), s1)) && !phoneWordInSentence(f, s1, PHONE_OR_DIAL)) return undefined;
  return { start: s1, end: e3, kind, labelStart: s1 };
}

/**
 * True when only a comma (or 、, a slash, brackets: 【138】【0274】) and a few reading words (中间四位)
 * stand between two groups (folded end of one, start of the next).
 */
function readOutJoin(f: FoldedText, original: string, end: number, start: number): boolean {
  // Brackets fold to line ends (【138】【0274】): no reading word.
  const between = f.text.slice(end, start).replace(/\n/g, '');
  if (between.length > 0 && !READ_OUT_FILLERS.includes(between)) return false;
  const written = original.slice(f.ends[end - 1]!, f.starts[start]!);
  const [before = '', after = ''] = between.length > 0 ? written.split(between) : [written];
  // A reading word between the groups parts them as a comma does (一八二 加 五七六三).
  return ONLY_SEPARATORS.test(before) && ONLY_SEPARATORS.test(after) && (between.length > 0 || GROUP_SEPARATOR.test(written));
}
/** What may stand around a reading word between two groups: separators, and the pauses of speech (嗯……, 然后～). */
const ONLY_SEPARATORS = /^[\s，,、；;/／【】[\]()（）\uFE0F\u20E3…⋯~～]*$/;
/** What a read-out group ends with: spaces alone keep the digits one run. */
const GROUP_SEPARATOR = /[，,、；;/／【】[\]()（）]/;
/** '\n', a sentence end in folded text. */
const NEWLINE_UNIT = 10;

/** Spelled digit by digit (0 5 3 1 - 8 6 7 2 …) the groups are lost: an area code is read from the digits. */
function spelledAreaCode(f: FoldedText, c: Candidate): boolean {
  return everyDigitApart(f, c.start, c.end) && (AREA_CODE.test(c.digits.slice(0, 3)) || AREA_CODE.test(c.digits.slice(0, 4)));
}

/** True when a separator stands between every two digits of [start, end): 0 5 3 1 - 8 6 7 2. */
function everyDigitApart(f: FoldedText, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (f.gaps[k] === Gap.None) return false;
  return true;
}

/** Offset (in digits) of the first separator inside [start, end), or -1. */
function firstGapAt(f: FoldedText, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (f.gaps[k]! > Gap.None) return k - start;
  return -1;
}
