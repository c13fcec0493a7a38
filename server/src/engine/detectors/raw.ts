/** URLs, e-mail addresses and 口令 tokens, found in the original (unfolded) text. */
import { Mark } from '../normalize';
import type { Signal } from '../types';
import { words, type LexEntry } from './lexicon';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/gi;
/** Top-level domains a bare "name.tld" is taken for without a scheme, www or path. */
const BARE_TLDS = new Set(['com', 'cn', 'net', 'org', 'top', 'shop', 'xyz', 'vip', 'club', 'site', 'online', 'store', 'ltd', 'wang', 'cc', 'hk', 'tw', 'link', 'live', 'jp', 'kr', 'au', 'uk', 'io', 'art', 'tech', 'studio', 'design', 'fun', 'blog', 'work', 'info', 'biz', 'pro', 'icu', 'space', 'website', 'asia', 'nz', 'sg', 'ca', 'de', 'fr', 'us', 'th', 'vn', 'ph']);
/** Characters of a URL's path or query (ASCII only: a URL ends where Chinese text resumes). */
const URL_CHARS = String.raw`[A-Za-z0-9\-._~:/?#@!$&*+=%]`;
export const URL_RE = new RegExp(
  String.raw`(?:https?:\/\/|weixin:\/\/|www\.)${URL_CHARS}+` +
    String.raw`|(?<![a-z0-9@._-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.([a-z]{2,8})(?![a-z0-9_-])(\/${URL_CHARS}*)?`,
  'gi',
);
/** Technology names that look like domains. */
const NOT_DOMAINS = /^(?:asp\.net|ado\.net|vb\.net|node\.js|vue\.js|next\.js|react\.js|three\.js|d3\.js|socket\.io|chart\.js)$/i;
/** The term of a bare top-level domain's entry: a hint only where a full stop stands before it. */
export const STOP_DOT = 'stop-dot';
const SPELLED_TLDS = 'com cn net org top shop xyz vip club site online store cc link live tech art blog work hk tw io studio design info biz ltd wang space cloud team me ly kids fun tv asia beauty life app love fans pet style skin fashion jewelry'.split(' ');
/** 点 + a top-level domain in the folded text: where a spelled-out domain may be (see Mark.SpelledDot). */
export const spelledDotEntries: LexEntry[] = [
  ...words(SPELLED_TLDS.flatMap((t) => [`点${t}`, `dot${t}`]).concat('点c0m', '点c0', 'dotc0m').join(' '), { family: 'negative', term: 'spelled-dot', need: 'raw', ascii: false }),
  // …and the commonest endings alone, for a full stop written as the dot (huacheng-jiaju。com, molishougong 。 top):
  // folding drops the 。, so the scanner looks for it in the text (fullStopBefore) before it sets the mark.
  ...words('com cn net top shop c0m', { family: 'negative', term: STOP_DOT, need: 'raw', ascii: false }),
  // …and www, for an address with its dots written as other signs (www-lingyu-shop-com（把-换成.））.
  ...words('www', { family: 'negative', term: 'spelled-dot', need: 'raw', ascii: false }),
];

/** True when a full stop or a dot-like sign (STOP_LIKE), spaces around it or not, stands right before `at` in the original text. */
export function fullStopBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k >= 0 && STOP_LIKE.includes(text.charAt(k));
}
/** A full stop, a full-width dot, a middle dot (tutu-closet · top) or a bullet (heye-home◉com), each written for a domain's dot. */
const STOP_LIKE = '。．·・•◉●⚫';
/** A dot spelled out before a top-level domain: hanfu-tujian点net, h5.shop-99点com, mall（点）cn, mall dot cn, mall[.]cn, mall . cn, mall。cn. */
const SPELLED_DOMAIN = new RegExp(
  String.raw`(?<![A-Za-z0-9.-]|圈)([A-Za-z0-9](?: ?[A-Za-z0-9-]){0,62}(?:\.[A-Za-z0-9-]+)*)\s*(?:[点點]|\bdot\b|[(（【\[〔［]\s*(?:[点點]|dot|\.)\s*[)）】\]〕］]|(?<=\s)[.。．](?=\s)|[。◉●⚫](?=(?:c[o0]m|cn|net|top|shop)(?![A-Za-z0-9])))\s*` +
    // Letters may be spaced out or dashed too: q i n g h e 点 c n, jianbao 点 c-o-m.
    // …and an o written as a zero (lzsongshi点c0m).
    `(${SPELLED_TLDS.map((t) => [...t].map((c) => (c === 'o' ? '[o0]' : c)).join('[ -]?')).join('|')})(?![A-Za-z0-9])`,
  'gi',
);
const BRACKETED_DOT = /[(（【[〔［]\s*\.\s*[)）】\]〕］]/;
const SPACED_DOT = /\s[.．]\s/;
/** www, then labels and a top-level domain parted by dashes, underscores or spaces instead of dots: www-lingyu-shop-com. */
const WWW_WITHOUT_DOTS = new RegExp(
  String.raw`(?<![A-Za-z0-9])www(?:[-_ ]+[A-Za-z0-9]+)+[-_ ]+(${SPELLED_TLDS.join('|')})(?![A-Za-z0-9])`,
  'gi',
);
/**
 * The "at" said in Chinese right before a spelled domain, a mailbox's name before it (hello艾特…) or told in words
 * (…后面三个八，艾特 qq 点 com), or an @ written as it is (service_hy＠163点com) or as a word between marks (yl.care 🌀 at 🌀 proton 点 me); or a mailbox's name "在" it (邮箱 buy 在 shop 点 cn).
 */
const SPELLED_AT_BEFORE = /(?:[A-Za-z0-9._-]+\s*)?(?:艾特|圈\s*[aA]|[(（]圈[aA][)）]|@|＠|\(at\)|\[at\]|（at）)\s*$|[A-Za-z0-9._-]+[^A-Za-z0-9\n，。]{1,4}at[^A-Za-z0-9\n，。]{1,4}$|[A-Za-z0-9._-]+\s+圈\s+$|邮箱\s*[:：]?\s*[A-Za-z0-9._-]+\s*在\s*$/i;
/** An "at" in brackets, and a mailbox written with one before a domain. */
const BRACKETED_AT = /[(（【[]\s*at\s*[)）】\]]/i;
const EMAIL_BRACKETED_AT = /[a-z0-9._%+-]+\s*[(（【[]\s*at\s*[)）】\]]\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/gi;
/** The text saying which sign stands for the @: （#换成@）. */
const SWAPPED_AT = /[#＃][^@＠]{0,4}(?:换成|改成|替换为|换为)[@＠]/;
/** A mailbox's name and the sign written for its @, right before a spelled domain. */
const SWAPPED_SIGN_BEFORE = /[A-Za-z0-9._-]+[#＃]$/;
const EMAIL_OR_SWAPPED = /[a-z0-9._%+-]+[@#＃][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/gi;
/** The "at" of a spelled-out e-mail address inside a spelled domain's name part. */
const SPELLED_AT = /^[A-Za-z0-9._-]+ ?(?:\bat\b|\(at\)|\[at\]) ?[A-Za-z0-9]/i;
/** 口令 share tokens look like ¥AbC123xyZ9¥ (any currency sign as the fence). */
const TOKEN = /[¥￥$€£₤](?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,14}[¥￥$€£₤]/g;
/** Words before a bare domain that make it an address to visit. */
const VISIT = /(?:访问|官网|网址|网站|域名|登录|登陆|打开|浏览器|复制|链接|见|进入|上|去|点击|地址|下载)\s*[:：]?\s*$/;

/** Which platform a host belongs to; anything else is `external`. */
const HOSTS: readonly [RegExp, string][] = [
  [/(^|\.)(taobao\.com|tb\.cn|taobao\.cn)$/, 'taobao'],
  [/(^|\.)(tmall\.com|tmall\.hk)$/, 'tmall'],
  [/(^|\.)(jd\.com|3\.cn|jd\.hk)$/, 'jd'],
  [/(^|\.)(douyin\.com|iesdouyin\.com|jinritemai\.com)$/, 'douyin'],
  [/(^|\.)(pinduoduo\.com|yangkeduo\.com)$/, 'pinduoduo'],
  [/(^|\.)(kuaishou\.com|gifshow\.com|kwai\.com)$/, 'kuaishou'],
  [/(^|\.)(xiaohongshu\.com|xhslink\.com)$/, 'xiaohongshu'],
  [/^channels\.weixin\.qq\.com$|^(store|shop)\.weixin\.qq\.com$/, 'wechat_channels'],
  [/(^|\.)(weixin\.qq\.com|wechat\.com|work\.weixin\.qq\.com)$|^weixin:/, 'wechat-link'],
  [/(^|\.)qq\.com$/, 'qq-link'],
];

export function hostTerm(url: string): string {
  const host = url
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#:].*$/, '');
  if (url.toLowerCase().startsWith('weixin:')) return 'wechat-link';
  for (const [re, term] of HOSTS) if (re.test(host)) return term;
  return 'external';
}

/**
 * A bare "name.tld" is an address when it has a path (t.cn/A6xY), a common top-level domain
 * (shop-name.com), or words that send the reader there (官网 brand.co); "asp.net" in a title
 * and "15.6寸" are not.
 */
function isAddress(text: string, start: number, match: RegExpMatchArray): boolean {
  const raw = match[0];
  if (/^(?:https?:\/\/|weixin:\/\/|www\.)/i.test(raw)) return true;
  if (NOT_DOMAINS.test(raw)) return false;
  const tld = (match[1] ?? '').toLowerCase();
  if (match[2] && match[2].length > 1) return true;
  if (BARE_TLDS.has(tld) || raw.toLowerCase().endsWith('.com.cn')) return /[a-z]/i.test(raw.slice(0, raw.indexOf('.')));
  return VISIT.test(text.slice(Math.max(0, start - 8), start));
}

const NONE: readonly Signal[] = [];

/**
 * Full-width letters, digits and dot, and the middle dots evaders write for a domain's dot (not
 * full-width punctuation such as ，：（）, which every Chinese text has and no address needs).
 */
const WIDE_OR_DOTLIKE_ALL = /[０-９Ａ-Ｚａ-ｚ．＠·・•丶ⓐ-ⓩ]/g;
/** `text` with those made ASCII letters, digits and dots, unit for unit. */
function asciiWithDots(text: string): string {
  return text.replace(WIDE_OR_DOTLIKE_ALL, (c) => {
    const u = c.charCodeAt(0);
    if (u >= 0xff01) return String.fromCharCode(u - 0xfee0);
    if (u >= 0x24d0 && u <= 0x24e9) return String.fromCharCode(u - 0x24d0 + 97); // ⓦⓦⓦ
    return '.';
  });
}

/**
 * URLs, e-mail addresses and 口令 tokens in `text`. `marks` (from folding, see FoldedText) says
 * which of the characters they cannot be written without the text has: most copy has none.
 */
export function findRawSignals(text: string, marks: number): readonly Signal[] {
  const email = (marks & Mark.At) !== 0;
  const url = (marks & Mark.UrlPunctuation) !== 0;
  const token = (marks & Mark.Currency) !== 0;
  if (!email && !url && !token && (marks & Mark.SpelledDot) === 0) return NONE;
  const original = text;
  // ｗｗｗ．ｓｈｏｐ．ｃｏｍ and www·shop·cn are read as ASCII with dots: one unit for one, so every
  // offset holds, and each signal's text is the original's.
  if ((marks & Mark.WideOrDotLike) !== 0) text = asciiWithDots(text);
  // A dot in brackets (mall[.]cn) is a dot kept from a link's reader: read as a spelled one.
  // …and so is a dot with spaces around it (www . shop-99 . com, yunshang 丶 cn).
  const spelled = (marks & Mark.SpelledDot) !== 0 || (url && (BRACKETED_DOT.test(text) || SPACED_DOT.test(text)));
  const out: Signal[] = [];
  const taken: [number, number][] = [];
  // service#shop.com（#换成@）: the @ written as another sign, and the text says which.
  const swapped = email && SWAPPED_AT.test(text);
  if (email) {
    for (const m of text.matchAll(swapped ? EMAIL_OR_SWAPPED : EMAIL)) {
      const start = m.index!;
      out.push({ family: 'contact', term: 'email', start, end: start + m[0].length, text: original.slice(start, start + m[0].length) });
      taken.push([start, start + m[0].length]);
    }
  }
  // An @ written as (at) or 【at】 before a real domain: oem_hongtu(at)126.com is a mailbox, not a site.
  if (url && BRACKETED_AT.test(text)) {
    for (const m of text.matchAll(EMAIL_BRACKETED_AT)) {
      const start = m.index!;
      out.push({ family: 'contact', term: 'email', start, end: start + m[0].length, text: original.slice(start, start + m[0].length) });
      taken.push([start, start + m[0].length]);
    }
  }
  if (url) addUrls(text, original, taken, out);
  if (spelled) {
    for (const m of text.matchAll(SPELLED_DOMAIN)) {
      const start = m.index!;
      if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
      // service at shop dot cn, hello艾特shop点net: the "at" spelled out as well makes it an e-mail address.
      // (…or a mailbox's name and the sign that stands for its @: hezuo#gift点com（#换成@）.)
      const before = text.slice(Math.max(0, start - 40), start);
      const atBefore = SPELLED_AT_BEFORE.exec(before) ?? (swapped ? SWAPPED_SIGN_BEFORE.exec(before) : null);
      // A name has a letter (3点cn is a time), unless a mailbox and its "at" come before it: bd(at)126(dot)com.
      if (!/[A-Za-z]/.test(m[1]!) && atBefore === null) continue;
      // A full stop as the dot only before a lower-case ending: Intel。CN版本 is two sentences' edge.
      if (m[0].includes('。') && m[2] !== m[2]!.toLowerCase()) continue;
      const spelledEmail = SPELLED_AT.test(m[1]!) || atBefore !== null;
      const family = spelledEmail ? 'contact' : 'url';
      const term = spelledEmail ? 'email' : hostTerm(`${m[1]}.${m[2]}`.replace(/ /g, ''));
      const from = atBefore ? start - atBefore[0].length : start;
      out.push({ family, term, start: from, end: start + m[0].length, text: original.slice(from, start + m[0].length) });
    }
    // (out holds every address found so far: one written with dots is not read again without them.)
    for (const m of text.matchAll(WWW_WITHOUT_DOTS)) {
      const start = m.index!;
      if (out.some((s) => start < s.end && start + m[0].length > s.start)) continue;
      out.push({ family: 'url', term: 'external', start, end: start + m[0].length, text: original.slice(start, start + m[0].length) });
    }
  }
  if (token) {
    for (const m of text.matchAll(TOKEN)) {
      const start = m.index!;
      out.push({ family: 'thirdParty', term: 'token', start, end: start + m[0].length, text: original.slice(start, start + m[0].length) });
    }
  }
  return out;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLabelUnit = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
const WWW = /www\./i;

/**
 * False when URL_RE cannot match anywhere in `text`: it has no "://", no "www." and no dot
 * between a letter, digit or "-" and two ASCII letters (every bare domain ends so: ".com",
 * ".cn"). Times, prices and decimals ("10:00", "1.5米") are most of the text with a "." or ":",
 * and URL_RE tried every position of it.
 */
export function mayHoldUrl(text: string): boolean {
  if (text.includes('://') || WWW.test(text)) return true;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (isLabelUnit(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1)) && isAsciiLetter(text.charCodeAt(i + 2))) return true;
  }
  return false;
}

function addUrls(text: string, original: string, taken: readonly [number, number][], out: Signal[]): void {
  if (!mayHoldUrl(text)) return;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index!;
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    const end = start + raw.length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    if (!isAddress(text, start, m)) continue;
    out.push({ family: 'url', term: hostTerm(raw), start, end, text: original.slice(start, end) });
  }
}
