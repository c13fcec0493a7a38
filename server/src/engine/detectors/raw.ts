/** URLs, e-mail addresses and 口令 tokens, found in the original (unfolded) text. */
import type { Signal } from '../types';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/gi;
const TLDS = 'com|cn|net|org|cc|top|shop|xyz|io|me|vip|co|info|link|ltd|store|tv|club|site|online|fun|wang|ink|pro|app';
const URL_RE = new RegExp(
  String.raw`(?:https?:\/\/|weixin:\/\/|www\.)[^\s<>()\[\]"'，。、！？；：「」【】]+` +
    String.raw`|(?<![a-z0-9@.-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:${TLDS})(?![a-z0-9-])(?:\/[^\s<>()\[\]"'，。、！？；：「」【】]*)?`,
  'gi',
);
/** 口令 share tokens look like ¥AbC123xyZ9¥ (any currency sign as the fence). */
const TOKEN = /[¥￥$€£₤](?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,14}[¥￥$€£₤]/g;

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

export function findRawSignals(text: string): Signal[] {
  if (!/[@.¥￥$€£₤:]/.test(text)) return [];
  const out: Signal[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index!;
    out.push({ family: 'contact', term: 'email', start, end: start + m[0].length, text: m[0] });
    taken.push([start, start + m[0].length]);
  }
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index!;
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    const end = start + raw.length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    out.push({ family: 'url', term: hostTerm(raw), start, end, text: raw });
  }
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    out.push({ family: 'thirdParty', term: 'token', start, end: start + m[0].length, text: m[0] });
  }
  return out;
}
