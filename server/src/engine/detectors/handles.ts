/**
 * Account handles and numbers right after a contact word: "微信：abc_123", "VX ｍａｏ８８６",
 * "扣扣 8817 3406 52", "Telegram: @shop_b2b". Read on the folded text, with the original text
 * consulted for what folding dropped (underscores and dashes inside a handle).
 */
import { Gap, type FoldedText } from '../normalize';
import { isDigitLike } from './digits';

export interface Handle {
  /** Folded start and end of the handle itself (after any label). */
  start: number;
  end: number;
  /** Nothing at all stood between the trigger and the handle ("v6900456"). */
  glued: boolean;
  /** A number (QQ numbers, phone numbers) rather than letters and digits. */
  number: boolean;
}

/** Words between a contact word and its handle: 微信号是 abc, 薇 后面是 abc, QQ号码 123, 聊天软件搜 abc_12, 加我 ye zi, 🐧 我：2746…, 聊天软件里叫 tang.tang.0627, 🟢➕ 我：tm_07 (+ as folding reads ➕), and in pinyin (V hao shi abc123);
 * …and "either way" (电话或者微信都行：188…): the number is the WeChat too. */
const LABELS = ['我的号是', '我号是', '后面是', '都行', '都可以', '均可', 'haomashi', 'haoshi', 'haoma', '频道', '里搜索', '里搜', '里叫', '上叫', '上聊', '叫', 'id是', 'id为', '号码是', '号码', '号是', '号', '就是', '是', 'id', '账号', '名', '搜我', '搜索', '搜', '找我', '找', '加我', '+我', '加', '客服号', '客服', '倒着写是', '倒过来是', '倒着写', '倒过来', '后面跟着', '后面跟', '家住', '门牌号是', '门牌号', '门牌是', '联系我', '联系', '聊', '+', '我', '为'];
const LABEL_STARTS = new Set(LABELS.map((w) => w.charCodeAt(0)));
/** A number and a unit: a size, a weight, a capacity. */
const MEASURE = /^\d+(?:cm|mm|m|kg|g|ml|l|w|mah|gb|tb|hz|kw)$/;
/** Clothing sizes from one to another, their dash folded away (m3xl, s5xl, xsxxl). */
const SIZE_RANGE = /^(?:x{0,2}s|m|l|\d?x{1,4}l)(?:m|l|\d?x{1,4}l)$/;
/** What may join the parts of a handle, full-width forms too (ａｕ＿ｋｏａｌａ９), and a dash or an underscore with spaces around it (bd — 2077, Mia _ bb 520; not a spaced dot: w w w . x . cn is an address). */
const HANDLE_SEPARATORS = /^(?:[_\-.·＿－．]+| ?[—–\-_＿] ?)$/;
const SPELLING_SPACE = /^ $/;
/** A closing quote and then a colon or spaces, with nothing else but symbols (an emoji inside the quotes). */
const AFTER_CLOSING_QUOTE = /^[^\p{L}\p{N}“「『‘《（(【\[，,、。；;！!？?]*[”」』’"'][\s:：=＝]*$/u;

/** A closing quote among the dropped characters (most clause gaps are commas: no slice made for them). */
export function closingQuoteIn(original: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 8; k++) if (CLOSING_QUOTES.has(original.charCodeAt(k))) return true;
  return false;
}
const CLOSING_QUOTES = new Set([...'”」』’"\''].map((c) => c.charCodeAt(0)));

/** Digits written as Chinese numerals, read after a handle's letters (ks六六八八). */
const CHINESE_NUMERALS = new Set([...'零〇一二三四五六七八九'].map((c) => c.charCodeAt(0)));

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The handle right after folded index `at`, if any. */
export function handleAfter(f: FoldedText, original: string, at: number): Handle | undefined {
  const text = f.text;
  const n = text.length;
  if (at >= n || text.charCodeAt(at) === 10 || f.gaps[at] === Gap.Slash) return undefined;
  // A quoted contact word's closing quote is no item's end: 搜我的“微❤”：xiaoguo_6691.
  const quoted = f.gaps[at]! >= Gap.Clause && at > 0 && closingQuoteIn(original, f.ends[at - 1]!, f.starts[at]!) && AFTER_CLOSING_QUOTE.test(original.slice(f.ends[at - 1]!, f.starts[at]!));
  // …nor a comma before 搜 and the handle: 那个绿色的聊天软件，搜 ym_2288; nor before 家住 or 后面跟 (一只不会飞的鸟，家住 3177…);
  // nor before the number's own label (加一下招商经理威信，号码 tm_zs66; 加一下我的'企业V'，ID 是 qy-linyue; 那个绿色聊天软件，我号是 lu_xy66).
  const searched = f.gaps[at] === Gap.Clause && (text.startsWith('搜', at) || text.startsWith('家住', at) || text.startsWith('后面跟', at) || text.startsWith('号码', at) || text.startsWith('号是', at) || text.startsWith('我号是', at) || text.startsWith('我的号是', at) || text.startsWith('id是', at));
  if (f.gaps[at]! >= Gap.Clause && !quoted && !searched) return undefined;
  let k = at;
  let labelled = f.gaps[at] === Gap.Label || quoted;
  // Most handles start right away: the labels are tried only where one of them can begin.
  if (LABEL_STARTS.has(text.charCodeAt(k))) {
    for (const w of LABELS) {
      // 我 labels only when something parts it from the handle (🐧 我：2746…; not 邮件我abc@…).
      // …and a pinyin label only with a gap after it (haoshi123 is a handle).
      // …and 聊 only before a colon (用企鹅聊：2764…; not 微聊 IP68, a watch's chat).
      if (text.startsWith(w, k) && !((w === '我' || w.startsWith('hao')) && (f.gaps[k + w.length] ?? 0) === Gap.None) && !(w === '聊' && (f.gaps[k + w.length] ?? 0) < Gap.Label)) {
        k += w.length;
        labelled = true;
        break;
      }
    }
  }
  if (k >= n || (k > at && (f.gaps[k] === Gap.Slash || f.gaps[k]! >= Gap.Clause))) return undefined;
  if (k > at && f.gaps[k] === Gap.Label) labelled = true;
  const glued = k === at && f.gaps[at] === Gap.None;
  const startsAt = text[k] === '@' || text[k] === '+' ? k + 1 : k;

  // A number in any writing, spaced or not: QQ numbers have 5–11 digits.
  let m = startsAt;
  let digits = 0;
  while (m < n && isDigitLike(text.charCodeAt(m)) && (m === startsAt || f.gaps[m]! <= Gap.Soft)) {
    m++;
    digits++;
  }
  if (digits >= 5 && !(m < n && f.gaps[m] === Gap.None && isAlnum(text.charCodeAt(m)))) return { start: k, end: m, glued, number: true };

  // Letters and digits, with underscores, dashes or dots inside (they are dropped when folding).
  m = startsAt;
  let nums = 0;
  let separated = false;
  let piece = 0; // characters since the last separator
  while (m < n && isAlnum(text.charCodeAt(m))) {
    if (m > startsAt && f.gaps[m]! > Gap.None) {
      const between = original.slice(f.ends[m - 1]!, f.starts[m]!);
      // Spelled out letter by letter (x i a o h u 0 6 1 2): spaces between single characters.
      if (!HANDLE_SEPARATORS.test(between) && !(piece === 1 && SPELLING_SPACE.test(between))) break;
      separated = true;
      piece = 0;
    }
    piece++;
    if (text.charCodeAt(m) <= 57) nums++;
    m++;
  }
  // Letters and then digits written as Chinese numerals (V：ks六六八八): the digits are the handle's.
  if (nums === 0 && m > startsAt) {
    let d = m;
    while (d < n && CHINESE_NUMERALS.has(text.charCodeAt(d)) && f.gaps[d] === Gap.None) d++;
    if (d - m >= 3) {
      nums = d - m;
      m = d;
    }
  }
  const length = m - startsAt;
  if (length < 4 || length > 30) return undefined;
  // A measure is no handle: 钥匙扣 12cm, 扣 500ml; nor a range of sizes (树脂扣 M-3XL).
  if (MEASURE.test(text.slice(startsAt, m)) || SIZE_RANGE.test(text.slice(startsAt, m))) return undefined;
  const ok = nums >= 2 || separated || text[k] === '@' || (labelled && length >= 5);
  return ok ? { start: k, end: m, glued, number: false } : undefined;
}
