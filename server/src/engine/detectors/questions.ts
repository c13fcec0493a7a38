/**
 * Questions and answers around a trigger: what a buyer asked is told, not asked for (宝宝们问客服微信多少,
 * 问：…答：…, a comment read out in quotes, 那位说要加微信的姐妹), unless the seller grants it at once
 * (…，可以哈); a question the copy answers no (私聊报价？不需要). Read by negated (context.ts).
 */
import { Gap, type FoldedText } from '../normalize';
import { clauseEnd, clauseStart, unitBefore } from './context';

/**
 * Which of the characters these readings need the segment has at all: a question mark, an opening
 * quote, a 说. Found once per segment (its triggers are read one after another), so a reading whose
 * character the segment lacks costs one look-up instead of a walk around every trigger.
 */
const HAS_QUESTION_MARK = 1;
const HAS_OPEN_QUOTE = 2;
const HAS_SAY = 4;
/** Quote marks a quoted comment may open or close with; straight ones (' ") open and close alike. */
const STRAIGHT_QUOTES = '\'"';
const OPENING_MARKS = [...'“「‘', ...STRAIGHT_QUOTES];
const unitsOf = (marks: string): Set<number> => new Set([...marks].map((c) => c.charCodeAt(0)));
/** Back from inside a quote, a straight quote met first is its opening one; on from inside, its closing one. */
const OPENS_BACKWARDS = unitsOf(OPENING_MARKS.join(''));
const CLOSES_FORWARDS = unitsOf(`”」’${STRAIGHT_QUOTES}`);
const CURLY_CLOSERS = unitsOf('”」’');
let memoText: string | undefined;
let memoMarks = 0;
function segmentMarks(original: string): number {
  if (original !== memoText) {
    memoText = original;
    memoMarks =
      (original.includes('？') || original.includes('?') ? HAS_QUESTION_MARK : 0) |
      (OPENING_MARKS.some((q) => original.includes(q)) ? HAS_OPEN_QUOTE : 0) |
      (original.includes('说') ? HAS_SAY : 0);
  }
  return memoMarks;
}

/**
 * 问：可以加个微信吗？答：不能加哦 — the buyer's question in a Q&A, or 宝宝们问客服微信多少: what
 * buyers asked is told, not asked for.
 */
export function buyersQuestion(f: FoldedText, at: number, original: string | undefined): boolean {
  if (original === undefined) return false;
  const to = f.starts[at]!;
  const from = Math.max(0, to - 40);
  // Both need a 问, a 要 (找我要) or a Q: most triggers have none before them, and nothing is cut out.
  let k = to - 1;
  while (k >= from && original.charCodeAt(k) !== WEN && original.charCodeAt(k) !== YAO && (original.charCodeAt(k) | 0x20) !== Q_LOWER) k--;
  if (k < from) return false;
  const before = original.slice(from, to);
  if (!QUESTION_IN_QA.test(before) && !BUYERS_ASKED.test(before)) return false;
  // …unless the seller grants it at once: 有家人问能不能微信转账便宜点，可以哈.
  return !grantedAfter(f, at);
}
/**
 * A buyer's words told, not granted: 刚刚那位说要加微信的姐妹，我们这边不加 (but 那位老铁说要同城面交，行，
 * 明天来北站: said and agreed to, it is the seller's push).
 */
export function someoneElseSaid(f: FoldedText, at: number, original: string | undefined): boolean {
  if (original !== undefined && (segmentMarks(original) & HAS_SAY) === 0) return false;
  const text = f.text;
  const from = clauseStart(f, at, 14);
  // Every SOMEONE_SAID has a 说: most triggers have none before them, and nothing is cut out.
  if (!unitBefore(text, from, at, SHUO) || !SOMEONE_SAID.test(text.slice(from, at))) return false;
  return !grantedAfter(f, at);
}
// (Not the host's own 说: 宝子们听我说, 家人们我说一下; 好多朋友说想加微信 is theirs; 那个说某宝更便宜的 too, not 那个说明书.)
const SOMEONE_SAID = /(?:那位|这位|那个(?=说(?!明|法))|有位|有个|有一位|有一个|^(?:(?:好多|很多|不少|有些|有的|一些|好些)(?:人|姐妹|宝宝|宝子|家人|老铁|朋友)|姐妹|宝宝|宝子|家人|老铁|朋友)(?:们)?)[^说]{0,6}(?<![我听])说(?:要|想|让我)?[^说]{0,4}$/;
const SHUO = new Set(['说'.charCodeAt(0)]);
/** True when a later clause of the sentence (within 16 characters) opens with a grant: …，行 / …，可以哈 (not 行不行，不行). */
export function grantedAfter(f: FoldedText, at: number): boolean {
  const text = f.text;
  const e = clauseEnd(f, at, 16, true);
  for (let k = at + 1; k < e; k++) {
    if (f.gaps[k]! < Gap.Clause) continue;
    for (const g of GRANTS) if (text.startsWith(g, k) && !'不吗'.includes(text.charAt(k + g.length) || '\n')) return true;
    // 能 alone as a clause: …能不能走私单，能，下播后私我 (not 能看到的都在小店里).
    if (text.charCodeAt(k) === NENG && (k + 1 >= e || f.gaps[k + 1]! >= Gap.Clause)) return true;
  }
  return false;
}
// …or answered at once, the answer to come (好多姐妹问我的v芯，我就说一次哈：…).
const GRANTS = ['行', '可以', '没问题', '好的', '好嘞', 'ok', '当然能', '我就说一次', '我说一次'];
const NENG = '能'.charCodeAt(0);

/** A comment read out in quotes: 助理念一下评论：“主播能留个电话吗”. The buyer's words, no request of the copy. */
export function quotedComment(f: FoldedText, at: number, original: string | undefined): boolean {
  if (original === undefined || (segmentMarks(original) & HAS_OPEN_QUOTE) === 0) return false;
  const to = f.starts[at]!;
  for (let k = to - 1; k >= 0 && k >= to - 24; k--) {
    const c = original.charCodeAt(k);
    if (CURLY_CLOSERS.has(c)) return false;
    if (!OPENS_BACKWARDS.has(c)) continue;
    const before = original.slice(Math.max(0, k - 6), k);
    return COMMENT_BEFORE.test(before) || (A_PARTICULAR_ONE.test(before) && namedCommentAfter(original, to));
  }
  return false;
}
/** …or a particular one, named as a comment after its quote: 那个说“加微信送小样”的评论给我删了 (not 发送“加微信”的留言). */
const A_PARTICULAR_ONE = /(?:那条|这条|那个|这个|有条|有个|一条|有人)[^“”「」]{0,3}$/;
function namedCommentAfter(original: string, from: number): boolean {
  for (let k = from; k < original.length && k < from + 24; k++) {
    if (CLOSES_FORWARDS.has(original.charCodeAt(k))) return COMMENT_AFTER.test(original.slice(k + 1, k + 5));
  }
  return false;
}
const COMMENT_AFTER = /^的?(?:评论|弹幕|留言)/;
// A colon or a verb of saying: 留言“进裙” and 评论“1” are what the buyer is told to write.
// (…and typed by a viewer: 看到有人打'vx多少'.)
const COMMENT_BEFORE = /(?:评论|弹幕|网友|粉丝)(?:(?:说|问)\s*[:：]?|\s*[:：])\s*$|有(?:人|宝宝|宝子|姐妹|家人|老铁|朋友|粉丝)(?:在)?(?:评论区?|弹幕)?(?:评论|留言|刷|发|问|打|扣|敲)\s*$/;

/**
 * A question the copy answers no at once: 私聊报价？不需要，页面标价就是最终价; or a buyer's question
 * quoted and refused after it: “主播能私聊吗”——不私聊哈.
 */
export function answeredNo(f: FoldedText, at: number, original: string | undefined): boolean {
  if (original === undefined) return false;
  const from = f.starts[at]!;
  // (…or who wants or asks for it, said and refused at once with no mark: 谁要主播QQ号的，没有，别找了; 问加微信的不用加.)
  if (WHO_WANTS.test(original.slice(Math.max(0, from - 8), from)) && WHO_WANTS_REFUSED.test(original.slice(from, from + 20))) return true;
  if ((segmentMarks(original) & (HAS_QUESTION_MARK | HAS_OPEN_QUOTE)) === 0) return false;
  const to = Math.min(original.length, from + 16);
  for (let k = from; k < to; k++) {
    const c = original.charCodeAt(k);
    // (The question may close a quote: “可以微信转账吗？”不可以哈.)
    if (c === QUESTION_MARK || c === WIDE_QUESTION_MARK) return ANSWER_NO.test(original.slice(k + 1, k + 14));
    if (CLOSES_FORWARDS.has(c)) return ASKED.test(original.slice(Math.max(0, from - 12), k)) && QUOTE_ANSWERED_NO.test(original.slice(k + 1, k + 14));
    if (c === 0x3002 || c === 10) return false;
  }
  return false;
}
/**
 * A quoted question (…吗, …吧, 能不能…, 能加微信不) or a request to the host (“主播发一下手机号”), and the refusal
 * after the quote, a few words in at most, an address first or not, a dash or an ellipsis before (不私聊哈, 不行, 没有, 京东不允许,
 * 哎这位宝宝，不加不加, ……哎呀姐妹，微信咱不加哈; not 不用问了，直接加).
 */
const ASKED = /吗|么|嘛|吧|呗|能不能|可不可以|行不行|[能可][^，。？?！!]{1,8}不$|[?？]|[“「‘'"](?:主播|老板|客服|店家|掌柜)/;
const QUOTE_ANSWERED_NO = /^[\s—–\-－:：，,～~…]*(?:(?:哎|哎呀|哈|嗯|啊|诶)?(?:这位|那位)?(?:宝宝|宝子|姐妹|家人|亲|老铁|朋友|亲爱的|兄弟|哥|姐|老板|美女|帅哥)[们呀啊]?[，,]\s*)?[^，,。！!？?]{0,4}?(?:不(?:能|行|可以|允许|让|加|私|给|留|发|会|收|支持|提供|哦|哈|啦|了)|没(?:有|法)|别|加啥|要啥)/;
// (…and who said they wanted it, whom the answer turns to: 刚才说要加微信的那位，不用加; 问加群的，不用进什么群.)
const WHO_WANTS = /(?:谁(?:要|想要|找我要)|问(?:我|主播)?(?:要)?|说要|说想)[^，,。！!？?]{0,4}$/;
const WHO_WANTS_REFUSED = /^[^，,。！!？?]{0,8}?的(?:那位|那个|朋友|宝子|姐妹|家人们?)?[，,]?\s*(?:真的?|确实|都)?(?:没有|不给|不加|不用|不发|不留|别找|别问|别要|别加)/;
const [QUESTION_MARK, WIDE_QUESTION_MARK] = [...'?？'].map((c) => c.charCodeAt(0));
// …or a plain no, the platform's rule given as the reason, after the quote's end or not (能加微信吗？不能哦; 平台规定不私加; 让我报个微信？咱不整那套; “能加V不？”加啥V啊), an FAQ's A before it or not (…吗？A 不可以哦).
// (…the asker called first: “能不能走私单？”宝宝，不能哈.)
const ANSWER_NO = /^[\s”」’'"]*(?:(?:A|a|答)\s*[:：]?\s*)?(?:(?:宝宝|宝子|姐妹|家人|亲|老铁|朋友|亲爱的|兄弟|美女|帅哥)[们呀啊]?[，,]\s*)?(?:不需要|不用|没有|没必要|不存在|当然不|不可能|统统不|都不|不行|不能|不可以|不加|不私加|抱歉|不好意思|加啥|加什么|要啥|(?:咱|我们|我)?不(?:整|搞|玩|来)那(?:套|一套)|(?:根据|按照)?平台(?:规定|不允许|不让|不支持)|(?:那|这)?(?:都)?是骗子|不[，,。！!])/;
const WEN = '问'.charCodeAt(0);
/** 要 of 找我要: a buyer asking the host for something (有姐妹找我要微信，真的不加哈). */
const YAO = '要'.charCodeAt(0);
const Q_LOWER = 'q'.charCodeAt(0);
/** A Q&A's 问：, not 顾问： or 打电话问：. */
const QUESTION_IN_QA = /(?:^|[】\]\s。！？!?:：｜|])(?:问|q)[:：](?:(?!答|a[:：]).)*$/i;
/**
 * …in the clause of the question only (宝宝们问客服微信多少，薇信是 xy_520 gives it); 好多人问我在淘宝能不能买到.
 * A colon after the question opens its answer (有人问怎么找我：…搜 dy_chaye88); right after 问 it opens the question.
 */
const BUYERS_ASKED = /(?:(?:宝宝|宝子|姐妹|家人|老铁|朋友|拼友|顾客|买家|观众|粉丝|网友)们(?:在)?|(?:好多|很多|不少|老有|总有|有)人|(?:有(?:个|位)?|好多|很多|不少)老板(?:们)?(?:在[^问，,。]{0,6})?|[”」』]|(?:很多|好多|不少|有)?(?:宝宝|宝子|姐妹|家人|老铁|朋友|拼友|顾客|买家|观众|粉丝|网友)(?:们)?(?:在[^问，,。]{0,6})?)(?:问|(?:找|跟|向)(?:我|我们|主播)要)(?:我|我们|主播)?[:：]?[^，,。！？!?:：—]{0,12}$/;
