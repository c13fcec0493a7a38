/**
 * Passes over one segment's signals read together, after each was resolved on its own: a 私我 that
 * a push in its sentence makes a push, WeChat named only as where a mini program is searched, and
 * contact words that only name where something else happens (where money goes, what a pointer
 * points at, where a DingTalk group is joined).
 */
import type { SignalFamily, Span } from '../types';
import type { RawSignal } from './scanner';

/** Families whose push, said in the same sentence, tells where a 私我 or dd我 leads. */
const OFF_PLATFORM = new Set<SignalFamily>(['contact', 'phone', 'qr', 'url', 'thirdParty', 'payment']);
const SENTENCE_END_IN = /[。！？!?\n]/;
/** How far (in characters) a push may stand from the 私我 or 朋友圈 it tells the way of. */
const PUSH_REACH = 24;

/**
 * A 私我 or dd我 in a sentence that pushes the buyer off the platform leads there (dd我 我把…口令发你,
 * 不想走平台的私我, 私我，我把售后的绿泡泡推给你): a group signal, no longer a mention. So does
 * WeChat's own 朋友圈 or 公众号 beside a WeChat handle (v芯 taotao88 朋友圈每天更).
 */
export function mentionsWithPush(text: string, signals: RawSignal[]): void {
  for (const s of signals) {
    if (!s.mention) continue;
    const dm = s.family === 'group' && s.term === 'dm';
    if (!dm && !(s.family === 'thirdParty' && s.term === 'wechat-private')) continue;
    // 在视频号私信我们: a message on a platform named right before is that platform's own chat.
    if (dm && signals.some((o) => o.family === 'thirdParty' && messagedOn(text, o, s))) continue;
    for (const o of signals) {
      if (o.mention || !(dm ? OFF_PLATFORM.has(o.family) : o.family === 'contact' && o.term === 'wechat')) continue;
      // Near enough to be one request: "私信我经常漏看…去我主页…" tells of the messages, it sends nowhere.
      if (nearInSentence(text, s, o)) {
        s.mention = false;
        break;
      }
    }
  }
  // …and a WeChat named in a sentence that asks for a private message is the way there: 私信我，发你价格表和微信.
  for (const s of signals) {
    if (s.mention && s.family === 'contact' && s.term === 'wechat' && signals.some((o) => !o.mention && o.family === 'group' && o.term === 'dm' && nearInSentence(text, s, o))) s.mention = false;
  }
}

/** True when `dm` is a message sent on `platform`: 在视频号私信, 在小红书里私信. */
function messagedOn(text: string, platform: Span, dm: Span): boolean {
  if (platform.end > dm.start) return false;
  const between = text.slice(platform.end, dm.start).trim();
  // 小红书私信我就行: the platform right before the message names where it is sent, 在 or not.
  return /^[里上]?$/.test(between) && (text.charAt(platform.start - 1) === '在' || between === '');
}

/** True when `a` and `b` stand at most PUSH_REACH characters apart with no sentence end between. */
function nearInSentence(text: string, a: Span, b: Span): boolean {
  const between = b.start >= a.end ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return between.length <= PUSH_REACH && !SENTENCE_END_IN.test(between);
}

/**
 * 打开微信搜我们的小程序“…”, 小程序“…”，微信里搜一下: WeChat is only where the mini program or
 * account is searched for; that is the push (a third party), not a WeChat contact.
 */
export function withoutSearchPlace(text: string, signals: RawSignal[]): RawSignal[] {
  const searched = signals.filter((o) => o.family === 'thirdParty' && (o.term === 'wechat-private' || o.term === 'wechat_channels'));
  if (searched.length === 0) return signals;
  const goalOf = (s: RawSignal): RawSignal | undefined =>
    s.family === 'contact' && s.term === 'wechat' && s.end - s.start <= 4 && text.slice(s.end, s.end + 4).includes('搜')
      ? searched.find((o) => nearInSentence(text, s, o) && (!o.mention || (o.end <= s.start && QUOTED_NAME_SEARCHED.test(text.slice(s.end, s.end + 8)))))
      : undefined;
  const places = new Set<RawSignal>();
  for (const s of signals) {
    const goal = goalOf(s);
    if (!goal) continue;
    places.add(s);
    // 回放都放在视频号了，去微信里搜“小鹿家居”就能看到: the account named before is what the search finds, and where the buyer is sent.
    goal.mention = false;
  }
  return places.size > 0 ? signals.filter((s) => !places.has(s)) : signals;
}
/** WeChat searched for a name in quotes: 微信里搜“小鹿家居”, 微信搜「…」. */
const QUOTED_NAME_SEARCHED = /^[里上内]?搜(?:一搜|索|一下)?\s*[「“"'‘『]/;

/**
 * WeChat searched for the shop itself (微信里搜「小店」, 微信搜一搜“…”即可进入我们的微信小店): a push to
 * WeChat's shop — home on Channels, another platform elsewhere — not a contact or an account. The
 * signal is rewritten in place; run before withoutSearchPlace, which then reads it as the search's goal.
 */
export function asShopSearch(text: string, signals: RawSignal[]): RawSignal[] {
  for (const s of signals) {
    const shopSearched = (s.family === 'contact' && s.term === 'wechat' && s.end - s.start <= 4 && SHOP_SEARCHED.test(text.slice(s.end, s.end + 12))) ||
      (s.family === 'thirdParty' && s.term === 'wechat-private' && INTO_THE_SHOP.test(text.slice(s.end, s.end + 24)));
    if (shopSearched) {
      s.family = 'thirdParty';
      s.term = 'wechat_channels';
      s.mention = false;
    }
  }
  return signals;
}
const SHOP_SEARCHED = /^[里上内]?搜(?:一搜|索|一下)?\s*[「“"']?(?:微信)?(?:小店|视频号)/;
const INTO_THE_SHOP = /^[^。！？!?\n]*?(?:进入|进|打开)(?:我们的?|咱们的?)?(?:微信)?小店/;

/** A contact word with no handle: a place named, no account given. */
const isBareContact = (s: RawSignal): boolean => s.family === 'contact' && !/[a-z0-9]{4,}/i.test(s.text);
/** How far a payment's destination may stand after it (转账到店主个人微信). */
const DESTINATION_REACH = 8;

/**
 * A contact word that only names where something else happens: WeChat as where the money goes
 * (直接转账到店主个人微信: the payment is the signal), what a pointer points at (头像里有我的绿泡泡:
 * the pointer is), 钉钉 as where a group is found (打开钉钉搜店铺名即可加入 beside 钉钉粉丝群: the
 * group is, and it is joined there).
 */
export function withoutPlacesOfOthers(text: string, signals: RawSignal[]): RawSignal[] {
  // A plain loop first: most segments have no such contact, and nothing is allocated for them.
  let found = false;
  for (const s of signals) {
    if (s.family !== 'contact' || !isPlaceOfOther(text, s, signals)) continue;
    found = true;
    // The group 钉钉 leads to is joined there: it stands, live, a DingTalk group.
    const g = s.term === 'dingtalk' ? dingTalkGroupNear(text, s, signals) : undefined;
    if (g) {
      g.mention = false;
      if (g.term === 'group') {
        g.term = 'dingtalk-group';
        g.companion = 'thirdParty';
      }
    }
  }
  return found ? signals.filter((s) => s.family !== 'contact' || !isPlaceOfOther(text, s, signals)) : signals;
}

function isPlaceOfOther(text: string, s: RawSignal, signals: readonly RawSignal[]): boolean {
  if (!isBareContact(s) || s.addedAfter) return false;
  if (s.term === 'dingtalk') return dingTalkGroupNear(text, s, signals) !== undefined;
  if (s.term !== 'wechat' || /^[加添+➕]/.test(s.text)) return false;
  for (const o of signals) {
    if (o.end > s.start) continue;
    if (o.family === 'payment' && !o.mention && s.start - o.end <= DESTINATION_REACH && NO_BREAK.test(text.slice(o.end, s.start))) return true;
    if (o.family === 'profile' && s.start - o.end <= 3 && POINTED_AT.test(text.slice(o.end, s.start))) return true;
  }
  return false;
}
const NO_BREAK = /^[^，,。！？!?\n]*$/;
/** Between a pointer and what it points at: 头像里有我 | 的 | 绿泡泡 (嘅 in Cantonese). */
const POINTED_AT = /^[的嘅]?$/;

/** A group in the sentence of a bare 钉钉: the DingTalk group the buyer is sent to. */
function dingTalkGroupNear(text: string, s: RawSignal, signals: readonly RawSignal[]): RawSignal | undefined {
  return signals.find((o) => o.family === 'group' && (o.term === 'dingtalk-group' || o.term === 'group') && nearInSentence(text, s, o));
}

/**
 * A book or a course sold by its title (《私域流量运营实战》 从公众号到社群，从朋友圈到小程序 全面拆解 纸质书):
 * the channels it teaches, named bare, are its subjects, not where the buyer is sent. A channel with
 * a verb, a handle or a name (加入读者群, 关注公众号「…」) is read as before.
 */
export function subjectsOfABook(text: string, signals: RawSignal[]): void {
  if (!text.includes('《') || !BOOK_TITLE.test(text) || !SOLD_AS_A_BOOK.test(text)) return;
  for (const s of signals) if (!s.mention && BOOK_SUBJECTS.has(s.text)) s.mention = true;
}
const BOOK_TITLE = /《[^》]{2,30}》/;
const SOLD_AS_A_BOOK = /图书|纸质书|书籍|正版书|教材|平装|精装|全彩印刷|实操指南|运营指南|全面拆解|读本|网课|视频课/;
const BOOK_SUBJECTS = new Set(['社群', '私域', '公众号', '朋友圈', '小程序', '企业微信', '视频号', '微信群', '私域流量']);
