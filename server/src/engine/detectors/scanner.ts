/**
 * One pass over a segment's folded text finds every signal family: the shared automaton for
 * literals, digit runs for phone numbers, and a few regexes over the original text for URLs,
 * e-mail addresses and 口令 tokens. What a literal needs around it (a cue, a handle, a join verb)
 * is read only next to the hit. Detectors know nothing of platforms. No signal reaches across a
 * sentence end (folded '\n'): fixes rely on it to re-read only the sentence they change.
 */
import { Folder, Gap, Mark, type FoldedText } from '../normalize';
import { DocumentUnits } from '../utf16';
import { SIGNAL_FAMILIES, type Signal, type SignalFamily, type Span } from '../types';
import { Automaton, Hits, Matching, type SharedAutomaton } from './automaton';
import { COLLECT_AFTER, COLLECT_BEFORE, COLLECT_CONJUNCTIONS, COLLECT_FILLERS, COLLECT_NOUNS, collectEntries, SELLERS_OWN } from './collect';
import { contactEntries, contactNegatives } from './contact';
import { accountGivenLater, charAtOr, CUES, clauseEnd, clauseStart, cueAfter, hasCue, negated, OPENING_QUOTES, QUOTE_PAIRS, quotedNameAfter, sentThereAfter, verbBefore, verbBeforeQuotedName, type Context, type CueSpec } from './context';
import { groupEntries, groupNegatives, JOINED_ONLY_SKIRTS } from './group';
import { closingQuoteIn, handleAfter, type Handle } from './handles';
import { LIST_NEGATIVE, withoutRepeats, type CueSet, type LexEntry } from './lexicon';
import { productNegatives } from './negatives';
import { paymentEntries, paymentNegatives, SKIPPING_THE_PLATFORM } from './payment';
import { isAsciiDigit, isNumeral, STRONG_DIGIT_UNITS, WEAK_DIGIT_UNITS } from './digits';
import { REPEATED_DIGIT, repeatedDigitEntries } from './repeatedDigits';
import { countedDigitPhones, findPhones, isMobileAt, JOIN_TO_CALL, joinToCallEntries, mayHaveEnglishPhone, mayHavePhone, mayHavePinyinPhone, mayHaveSpokenPhone, NO_PHONES, SAID_HUNDRED, saidHundredEntries, SAID_NUMBER, saidNumberEntries } from './phone';
import { phonePointedAt, POINTED_PHONE, pointedPhoneEntries } from './pointedPhone';
import { profileEntries, profileNegatives } from './profile';
import { qrEntries, qrNegatives } from './qr';
import { acrosticSpellings, READ_THE_HEADS_TERM, readTheHeadsEntries } from './acrostic';
import { spelledOverCells, splitHandle } from './splitHandle';
import { findRawSignals, fullStopBefore, spelledDotEntries, STOP_DOT } from './raw';
import { asShopSearch, mentionsWithPush, subjectsOfABook, withoutPlacesOfOthers, withoutSearchPlace } from './sentencePasses';
import { addedToNamedRole, namedByACharacter, quotedTemplate, alsoInProfile, cheaperComparedOnly, ownShopInTheApp, reviewRewardByMessage, joinRefusedBefore, platformNamedBefore, addedToPerson, appForDeals, businessNameAfter, comparedWith, describedApp, endsQuotedName, followedByName, honestScan, insideTitle, joinedIntoQuotedName, titleEntered, luckyBagToken, numberAsToken, outsideBefore, payeeCodeAsProduct, pinnedMark, quotedName, skipRefusedAfter, afterSalesSkipped, skipsWithoutMoney } from './readings';
import { reviewBaitEntries, reviewBaitNegatives } from './reviewBait';
import { DESCRIBED_APP, QUOTED_ONLY_PDD, thirdPartyEntries, thirdPartyNegatives } from './thirdParty';
import { forEachMatch } from '../packs/patternSafety';
import { requiredLiterals } from '../packs/requiredLiterals';

/** A signal as found; `mention` marks a bare name without a push (reported as info). */
export interface RawSignal extends Signal {
  mention: boolean;
  /** A second family the same words stand for, reported over the same span (淘宝群 → thirdParty). */
  companion?: SignalFamily;
  /** A contact the copy tells the buyer to add right after it (…的绿泡泡，加了直接发图). */
  addedAfter: boolean;
}

/** Words and patterns a rule pack adds; their signals carry the term `custom:<ruleId>`. */
export interface CustomVocabulary {
  words: { word: string; family: SignalFamily; ruleId: string }[];
  patterns: { regex: RegExp; family: SignalFamily; ruleId: string }[];
  /** Honest words that silence any trigger inside them. */
  allow: string[];
}

const BUILTIN: readonly LexEntry[] = withoutRepeats([
  ...contactEntries,
  ...qrEntries,
  ...groupEntries,
  ...profileEntries,
  ...thirdPartyEntries,
  ...paymentEntries,
  ...collectEntries,
  ...reviewBaitEntries,
  ...pointedPhoneEntries,
  ...contactNegatives,
  ...qrNegatives,
  ...groupNegatives,
  ...profileNegatives,
  ...paymentNegatives,
  ...reviewBaitNegatives,
  ...thirdPartyNegatives,
  ...productNegatives,
  ...spelledDotEntries,
  ...joinToCallEntries,
  ...saidNumberEntries,
  ...saidHundredEntries,
  ...repeatedDigitEntries,
  ...readTheHeadsEntries,
]);

const DEFAULT_CUES: Readonly<Record<SignalFamily, CueSet>> = {
  contact: 'contact', phone: 'contact', qr: 'qr', group: 'contact', profile: 'profile', thirdParty: 'platform',
  url: 'platform', payment: 'payment', collect: 'contact', reviewBait: 'review',
};

/** The way into a group named before it: 共读群请加微信, 福利群扫码进, 交流群联系客服拉你. */
const JOIN_AFTER: CueSpec = {
  verbs: [],
  fillers: [],
  free: 0,
  reach: 0,
  after: ['请加', '加我', '加微', '加v', '扫码进', '扫码加', '扫码入', '联系客服拉', '私我拉', '私我进', '私信暗号', '滴滴我', '拉你', '拉您', '带你进', '想加入', '要加入', '想进', '已开通', '入口', '进去', '扫码即可', '扫码就能', '即可加入', '即可进', '加入后'],
  afterReach: 4,
  // The group named first, the invitation later in the sentence: 我们有个微信群，每天发搭配，想进的扣个“进”.
  // …or the pull-in after the account to add (VIP小圈子，加掌柜 wei xin：… 拉你进; 拉你 covers 拉你们进 too).
  // …or a comment asked for to be pulled in (想进我们庄稼人群的评论区扣1).
  // …or the buyer sent into it to collect something (淘宝群里还有一波大额券…进去找小助理领), or scanning in (…这张小卡背面就是入口，扫一下就进).
  farAfter: ['扫一下就进', '扫了就进', '扫码就进', '我拉进去', '就能进', '的码进', '没进的老铁', '码进去', '码进群', '码入群', '码加入', '想进的', '想进群的', '要进的', '想加入的', '想入群的', '还没进的', '没进的赶紧', '拉你', '拉您', '评论区扣', '评论扣', '入口就能进', '就能进去', '就能进群', '进去找', '进去领', '进去抢'],
  farReach: 30,
  // 老客户品鉴群，想加入的扫码: the way in may follow a comma.
  afterCrossesClauses: true,
};

/** Verbs that join a group: 进群, 拉你们进装机交流群, 扫码加入品牌微信会员群. */
const JOIN: CueSpec = {
  verbs: ['进!行口步货展化程度攻修去来门店', '进店铺', '进店里的', '加!工热厚绒长大宽强速重油价减法密购', '入!口住职驻围库账手门', '拉!链杆力伸丝', '加入', '进入', '关注', '申请加入', '邀请进', '邀你进', '拉你进', '拉你们进', '拉您进', '拉去', '拉进', '拎进', '拎你进', '进店主', '带你们去', '带你去', '带您去', '带大家去',
    // A group set up for the viewers is one to join (下播我建个团购裙), and so is one a code opens (小码扫进去就是我们果园老客裙).
    '建个', '建了个', '建一个', '建了一个', '扫进去就是', '扫进去是', '扫进去'],
  fillers: [],
  free: 7,
  reach: 8,
  after: [],
  afterReach: 0,
  pastStillCues: true,
};

/** A collect verb a few words before a listed item: 备注 + 刻字内容 + 和 + 微信号. */
/** A person's field in a form, listed before a contact noun (姓名和手机号, 收货地址+电话). */
const PERSONAL_FIELD_BEFORE = /(?:姓名|名字|称呼|地址|生日|年龄|联系人|手机)(?:和|与|及|以及|\+|、)$/;
const CONSIGNEE_OR_ORDER = /收货|收件|订单|下单|拍下/;
/** A code scanned right before the fill verb: the form is the code's, not the order's. */
const SCANNED_FIRST = /(?:扫码|扫一扫|扫描[^\n]{0,8}?码)$/;
/** The verb that has a form filled in or its fields sent. */
const FORM_FILL_VERB = /(?:回填|填写|填好|填上|写上|写下|登记|备注|留下|发送)/g;
const LISTED_AFTER_COLLECT: CueSpec = { verbs: COLLECT_BEFORE.filter((v) => !v.startsWith('打<')), fillers: [], free: 6, reach: 8, after: [], afterReach: 0 };

const COLLECT: CueSpec = { verbs: COLLECT_BEFORE, fillers: COLLECT_FILLERS, free: 0, reach: 8, after: COLLECT_AFTER, afterReach: 8 };
/** 把 (or 将) and the buyer's: the noun is the object of a verb that may come a few words later. */
const BA_BEFORE = /[把将](?:您的|你的|您|你|自己的|整个)?(?:(?:(?:收货人|收件人|收花人|收礼人|联系人)(?:的)?(?:姓名|名字|收货地址|地址)?|姓名|名字|收货地址|地址)(?:和|与|及)?)?$/;
const BA_REACH = 16;
/** …and read past the opening quote of a noun in quotes: 评论里留个“手机号”. */
const COLLECT_ACROSS_QUOTES: CueSpec = { ...COLLECT, crossClauses: true };

/** Sold there in the past (我们在拼多多也卖过, 去年在抖音也卖爆了, 我们在抖音也开过店, 在淘宝开了十年), or popular there (这家店在淘宝也很火): the shop's history, nowhere to go. */
const SOLD_THERE_BEFORE = /^(?:上|里)?(?:也|都|早就|之前|以前)?(?:卖过|卖爆|卖火|卖疯|火过|爆过|卖断货过|卖了好几年|开过店|开过|开了(?:[一二三四五六七八九十几两]+|\d+)年)|^(?:上|里)?(?:也|都)?(?:很|特别|超|挺|非常)(?:火|畅销|受欢迎)/;
/** Right after a contact noun: inside it, the channel something else goes through (电话里把名字报给我). */
const IN_THE_CHANNEL = /^[里中]把/;
/** What follows 微信 when it names WeChat's shop, wallet or orders, not an account. */
const WECHAT_SERVICE_AFTER = /^(?:小店|支付|订单|商城)/;
/** 到 or 至 right after the asked-for noun: the number after it is where the buyer's is sent (手机号到 159…). */
const SENT_TO_NUMBER = /^.?(?:发|发送|短信)?[到至]/;
/** …or to an app's account the verb names (把新地址和电话发企鹅 2817…): the number after it is where the buyer's goes. */
const SENT_TO_AN_APP = /发(?:企鹅|qq|扣扣)$/;
/** A question the pointer answers (返现怎么领？看我简介, 联系方式？主页有, …？看我视频号主页简介): how to reach, claim or buy, asked before it. */
const ASKED_THEN_POINTED = /(?:怎么领|如何领|在哪领|找谁领|找谁|领法|联系方式|怎么联系|怎么找我|怎么加|加我方式|微信号?|vx|v号|群号|怎么进群|报价|价格表|在哪买|哪里买|链接呢)[？?]\s*(?:那就|就)?(?:请)?(?:去)?(?:看|点|翻|戳)?(?:一下)?(?:我|我们)?(?:的)?(?:视频号|抖音|快手|小红书|店铺)?(?:的)?(?:主页)?(?:的)?$/i;
/** Before 公告 or 置顶: a group's number, or the group itself (进群看置顶, 群里的置顶). */
const PINNED_IN_A_GROUP = /群号|群(?:里|内|中)?(?:的)?(?:看|见)?$/;
/** Said right after a pointer: it holds times or sizes (写的是发货时间, 写着开播时间). */
// …or a platform's token the pin holds (复制评论区置顶那串口令，打开橙色软件; 公屏置顶那串字): the token's own signal speaks.
const HOLDS_NO_CONTACT_AFTER = /^(?:那串|的那串)?淘?口令|^(?:那串|的那串)字(?![母符])|^(?:字母|数字)?是(?:我们的?)?(?:品牌|商标|型号|店名)|^(?:里)?(?:有|放着)(?:我们|我)?(?:往期|以前|之前|全部|所有)?的?[^，,。\n]{0,6}?(?:回放|教程|穿搭|合集)|^(?:里)?(?:写的是|写着|放的是|是)(?:我的|我们的)?(?:发货时间|发货规则|尺码|身高|体重|肤质|成分|营业时间|上新时间|开播时间|直播时间)/;
/** …unless a way to reach the seller is said to be there too (款式和联系方式都在那里). */
const CONTACT_HELD = /联系|微信|vx|v号|电话|手机|qq|企鹅|号码|群/;
/** A pointer that says only that everything is there (简介里都有, 主页啥都有). */
const ALL_THERE = /(?:都有|啥都有|都在里面了?|都在那里)$/;
/** …said of sizes, weights, ingredients or how-tos, no way to reach anyone. */
const NO_CONTACT_HELD = /评测|测评|实测|型号|多高|多重|身高|体重|尺码|尺寸|三围|肤质|成分|配料|参数|教程|穿搭|用法|搭配|上新|新品|新款|款式|宝贝|商品/;
/**
 * 也有号 / 也有店 / 都有店 / 也开了 / 也能搜到我们店 and then a 不过 or 但, or this room's lower price: the platform named as
 * somewhere else the shop is, the buyer kept here (在京东也有店，同款那边卖一百二，今天直播间只要八十九).
 */
const ALSO_THERE_BUT = /^.{0,6}?[也都](?:(?:有|在|开了|开)(?:号|店|账号|播|卖|营业|直播)?|(?:能|可以)?搜(?:得)?到[^\n]{0,6}?)[^\n]{0,8}?(?:不过|但是|但|可是|本店|我们这边|这边|今天直播间|今天只要|直播间只要|直播间只卖|直播间才)/;
/**
 * 同款在拼夕夕有更便宜的？那是翻新机: a buyer's question of a lower price there, answered with no one sent
 * (not 便宜两块是吧？…要买旧版的你们自己去那边拍).
 */
const ASKED_IF_CHEAPER = /^[^，,。！!？?\n]{0,10}?便宜[^，,。！!\n]{0,4}?[？?](?![^\n]{0,30}?(?:去|那边拍|那里拍|那儿拍))/;
/** 在抖音和天猫同步上新, 抖音、京东都有: the platform named with another as where the shop is, no one sent to either. */
const ALONGSIDE_ANOTHER = /^(?:和|与|跟|及|、)(?:抖音|快手|淘宝|天猫|京东|拼多多|小红书|视频号)(?:两边|双平台)?(?:都|均|同步|同时)/;
/** An icon described right before 平台: 带鱼图标的二手平台 (describedApp says which). */
const ICON_DESCRIBED_BEFORE = /(?:图标|logo)(?:的)?(?:二手|闲置|购物|短视频|电商)?(?:的)?$/;
/** ALONGSIDE_ANOTHER after the hit, where 、 (folded away as a separator) joins the list: 我们抖音、视频号同步上新. */
function alongsideAnother(text: string, f: FoldedText, end: number): boolean {
  const next = f.text.slice(end, end + 8);
  return ALONGSIDE_ANOTHER.test(next) || (text.charAt(f.ends[end - 1]!) === '、' && ALONGSIDE_ANOTHER.test('、' + next));
}

/** Words a group is called that are everyday words too (美妆圈子, 我们的小家, 今天的福利裙): a group only after a join verb. */
const QUIET_WITHOUT_JOIN = new Set(['圈子', '小家', '小团体', 'group', ...JOINED_ONLY_SKIRTS]);

/** Which app a group lives on, read from the words before 群 (品牌微信会员群 is a WeChat group). */
const GROUP_APPS: readonly [string, string, SignalFamily][] = [
  ...'微信 weixin vx wx v信 薇信 威信 维信 徽信 喂心 卫星 绿泡泡 企微 企业微信 企业v 小绿'.split(' ').map((w): [string, string, SignalFamily] => [w, 'wechat-group', 'contact']),
  // …and by its nicknames (进球球群 382075196, 拉你们进鹅群).
  ...'qq ㄑㄑ 扣扣 企鹅 企额 🐧 蔻蔻 叩叩 抠抠 球球 秋秋 丘丘 鹅群 鹅厂'.split(' ').map((w): [string, string, SignalFamily] => [w, 'qq-group', 'contact']),
  ['淘宝', 'taobao-group', 'thirdParty'], ['某宝', 'taobao-group', 'thirdParty'], ['tb', 'taobao-group', 'thirdParty'], ['钉钉', 'dingtalk-group', 'thirdParty'], ['dingding', 'dingtalk-group', 'thirdParty'], ['丁丁', 'dingtalk-group', 'thirdParty'], ['钉丁', 'dingtalk-group', 'thirdParty'], ['钉子', 'dingtalk-group', 'thirdParty'], ['丁钉', 'dingtalk-group', 'thirdParty'], ['叮叮', 'dingtalk-group', 'thirdParty'], ['町町', 'dingtalk-group', 'thirdParty'],
  // Apps described: 那个蓝色办公软件上的粉丝群, 绿色软件里的群.
  // Xiaohongshu's own group chat: home there (rules/xiaohongshu.json), a third party elsewhere.
  ['小红书', 'group-chat', 'thirdParty'],
  ['办公软件', 'dingtalk-group', 'thirdParty'], ['打卡软件', 'dingtalk-group', 'thirdParty'], ['绿色软件', 'wechat-group', 'contact'], ['绿色的软件', 'wechat-group', 'contact'], ['聊天软件', 'wechat-group', 'contact'], ['绿色app', 'wechat-group', 'contact'], ['绿软', 'wechat-group', 'contact'],
  // …and WeChat as the green place (小窝就在那个绿色聊天的地方).
  ['绿色聊天的地方', 'wechat-group', 'contact'], ['绿色的地方', 'wechat-group', 'contact'],
  // A platform's own fan group: home there (rules/douyin.json, rules/kuaishou.json), a third party elsewhere.
  ['抖音', 'douyin-group', 'thirdParty'], ['某音', 'douyin-group', 'thirdParty'], ['快手', 'kuaishou-group', 'thirdParty'], ['视频号', 'channels-group', 'thirdParty'],
];

/** Verbs that send the buyer to an app named in quotes (下载「良品生活」App), not 我们的「良品」App. */
const GET_THE_APP: CueSpec = { ...CUES.platform, verbs: ['下载', '安装', '打开', '注册', '搜', '搜索', '去'] };

/**
 * True when a handle stands right before an app's description, the account there: 售后小助手：luming_0926（绿色那个app）,
 * 批发请加小周 zhou_9921 绿色软件 (an underscore or a dot in it, or an add verb before it: not iOS16 聊天软件).
 */
function handleBeforeApp(f: Context, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, f.starts[start]! - 28), f.starts[start]!);
  const m = HANDLE_BEFORE_APP.exec(before);
  return m !== null && (/[_.]/.test(m[1]!) || ADD_BEFORE_HANDLE.test(before.slice(0, m.index + m[0].indexOf(m[1]!))));
}
/** A handle of letters and digits, then spaces or an opening bracket, right before the app's description. */
const HANDLE_BEFORE_APP = /(?:^|[^A-Za-z0-9_.\-])((?=[A-Za-z0-9_.\-]*\d)(?=[A-Za-z0-9_.\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.\-]{4,})\s*[（(【\[]?\s*$/;
const ADD_BEFORE_HANDLE = /(?:加|找|搜|问)[^，,。！？\n]{0,6}$/;
/**
 * True when what stands right before a contact word names its account: a number and 的 (截图发到
 * 138-2267-0551 的微信), or a code said to be it (商品编号：WX-anqi-5590（此编号即客服微信）; 编号 is an
 * honest word, so no cue verb can be it).
 */
function accountNamedBefore(f: Context, start: number): boolean {
  return NUMBERS_ACCOUNT.test(f.text.slice(Math.max(0, start - 14), start)) || CODE_IS_ACCOUNT.test(f.text.slice(Math.max(0, start - 8), start)) || (f.gaps[start] === Gap.Clause && ADDED_ACCOUNT.test(f.text.slice(Math.max(0, start - 24), start)));
}
/** An account added, its app in brackets after it: 添加品牌管家 heyue_guanjia（微·信）. */
const ADDED_ACCOUNT = /(?:加|添加|搜)[\u4e00-\u9fff]{0,6}[a-z][a-z0-9]{4,}$/;
const NUMBERS_ACCOUNT = /\d{7,}的$/;
const CODE_IS_ACCOUNT = /(?:编号|型号|货号|款号|批号|批次号|[a-z0-9]{4})(?:即|就是|即是|便是)(?:客服|店主|老板|店长|售后|我|我们)?(?:的)?$/;
/** Kinds of account a name stands before (海川小程序, 森屿服务号). */
const NAMED_ACCOUNTS = new Set(['小程序', '微信小程序', '公众号', '服务号', '小chengxu', 'xiaochengxu', '小cx', 'xcx']);
/** Channels' accounts on a platform, followed by name: 关注 and the name right before the kind. */
const FOLLOWED_ACCOUNTS = new Set(['视频号', '抖音号', '快手号', '小红书号']);
const FOLLOW_BEFORE_ACCOUNT_NAME = /关注[^\n]{1,8}$/;
/** A verb that enters or follows, then a name (no pause) up to the account's kind. */
const VERB_BEFORE_ACCOUNT_NAME = /(?:进入|进|关注|打开|搜索|搜|去)[^\n]{1,8}$/;

/**
 * A dash and one to four digits, or a digit and a letter or two, after an ASCII word: a model
 * number (对讲机VX-261, VX-6R, VX-9 吸尘器), no handle; so is a product line (VX 系列跑鞋).
 */
const MODEL_AFTER = /^(?:[-－](?:\d{1,4}(?!\d)|\d{1,2}[a-z]{1,2}(?![a-z0-9]))|\s?系列)/i;
const CODE_IS_THE_ACCOUNT = /同(?:货号|型号|编号|批号)|(?:货号|型号|编号|批号)[^\n]{0,12}?(?:就是|即是|即)[^\n]{0,6}?(?:号|微信|v)/;
/** A code's label right before an ASCII word (型号是 VX2780, 保修卡号 WX2025-0398): the word is the code's start. */
const CODE_LABEL_BEFORE = /(?:批号|批次号?|型号|编号|货号|款号|订单号|单号|序列号|条码|卡号|sn码?)(?:[:：]|是)?\s*$/;

/** Words for an account of any kind (私人号): the number after them may be a phone. */
const ANY_ACCOUNT = new Set(['个人号', '私人号']);

/** What may stand between a short ASCII word (v, tg) and its handle: V：, V是, V❤：, V➕：, “V❤”：, V hao shi, V 我：, WX 倒着写： (the handle written backwards), V后面是, V就是, V叫 */
const HANDLE_LEAD = /^(?:[\s:：=+➕·・•♡\p{Extended_Pictographic}\uFE0F”」』’"']+|[\s:：”」』’"']*(?:号码?|是|后面是|号?就是|号是|叫|id|账号|我|hao(?:\s?ma)?(?:\s?shi)?|(?:倒着写|倒过来)是?)[\s:：]*)$/iu;
const FULL_WIDTH_ALNUM = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULL_WIDTH_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
const CACHE_LIMIT = 50_000;

interface Compiled extends LexEntry {
  /** The trigger is one character (微, v, 扣): a glued handle needs a verb before it. */
  single: boolean;
  /** For a word a pack pattern needs (need 'pattern'): the pattern's index; -1 otherwise. */
  pattern: number;
  /** Index of `family` in SIGNAL_FAMILIES (-1 for negatives and pattern words). */
  familyIndex: number;
  /** The word ends in one Latin letter (发v, 加v): letters glued after it make another word (发vlog, 加vip群). */
  letterEnd: boolean;
}

/** A pack pattern, and whether it must run on every text (no word it needs is known). */
interface CompiledPattern {
  regex: RegExp;
  family: SignalFamily;
  ruleId: string;
  everywhere: boolean;
  /** Whether the pattern names a refusal word itself (a pack's rule about 禁止…): then a match holding one stands. */
  namesRefusals: boolean;
}

/** An entry whose word is folded already, ready for the automaton. */
function compiled(e: LexEntry): Compiled {
  return { ...e, single: e.word.length - e.core === 1, pattern: -1, familyIndex: SIGNAL_FAMILIES.indexOf(e.family as SignalFamily), letterEnd: /[^a-z][a-z]$/.test(e.word) };
}

let builtinCompiled: readonly Compiled[] | undefined;

/**
 * The built-in entries, compiled once per process. Their words are written folded (a unit test
 * holds every one to it), so no start folds them again: folding them all cost 20–30 ms of each
 * start of the CLI and the server.
 */
function compiledBuiltin(): readonly Compiled[] {
  builtinCompiled ??= BUILTIN.map(compiled);
  return builtinCompiled;
}

/** The built-in lexicon, for the test that holds its words to their folded form. */
export const BUILTIN_ENTRIES = BUILTIN;

export class Scanner {
  private readonly entries: Compiled[];
  private readonly patterns: CompiledPattern[];
  /** Per pattern: 1 when a word it needs is in the text being scanned. */
  private readonly patternSeen: Uint8Array;
  /** True when some pattern must run on every text (no word it needs is known). */
  private readonly patternsEverywhere: boolean;
  private readonly cache = new Map<string, RawSignal[]>();
  private readonly folder = new Folder();
  private readonly documentUnits = new DocumentUnits();
  private readonly hits = new Hits();
  private readonly matching: Matching;
  /** Per folded character of the text being scanned: the furthest end of an honest word starting at or before it. */
  private honestEnds = new Int32Array(1024);
  /** Per folded character: 1 inside an honest word. */
  private honestMarks = new Uint8Array(1024);
  /** Indices (into `hits`) of the hits that may be signals. */
  private live = new Int32Array(256);
  /** Per family: the widest live hit resolved so far in this scan (start, end; -1: none). */
  private readonly widestStart = new Int32Array(SIGNAL_FAMILIES.length);
  private readonly widestEnd = new Int32Array(SIGNAL_FAMILIES.length);

  private readonly automaton: Automaton;

  /** `shared`: another thread's tables for the same words (see Automaton), used instead of building them. */
  constructor(custom?: CustomVocabulary, shared?: SharedAutomaton) {
    const extra: LexEntry[] = [];
    for (const w of custom?.words ?? []) extra.push({ word: w.word, core: 0, family: w.family, term: `custom:${w.ruleId}`, need: 'always', ascii: false });
    for (const a of custom?.allow ?? []) extra.push({ word: a, core: 0, family: 'negative', term: 'negative', need: 'negative', ascii: false });
    const folded = extra.map((e) => ({ ...e, word: this.folder.fold(e.word).text, core: e.core > 0 ? this.folder.fold(e.word.slice(0, e.core)).text.length : 0 }));
    this.entries = [...compiledBuiltin(), ...folded.filter((e) => e.word.length > 0 && !e.word.includes('\n')).map(compiled)];
    this.patterns = (custom?.patterns ?? []).map((p, index) => {
      // Patterns match folded text: a word that folding would change never occurs in it as written.
      const needs = requiredLiterals(p.regex.source);
      const usable = needs !== undefined && needs.every((w) => this.folder.fold(w).text === w && !w.includes('\n'));
      if (usable) for (const word of needs) this.entries.push({ word, core: 0, family: 'negative', term: 'pattern', need: 'pattern', ascii: false, single: false, pattern: index, familyIndex: -1, letterEnd: false });
      return { ...p, everywhere: !usable, namesRefusals: REFUSED_INSIDE.test(p.regex.source) };
    });
    this.patternSeen = new Uint8Array(this.patterns.length);
    this.patternsEverywhere = this.patterns.some((p) => p.everywhere);
    this.automaton = new Automaton(this.entries.map((e) => e.word), { strong: STRONG_DIGIT_UNITS, weak: WEAK_DIGIT_UNITS }, shared);
    this.matching = new Matching(this.automaton, this.hits);
  }

  /** The automaton's tables, for a scanner of the same words in another thread. */
  shareTables(): SharedAutomaton | undefined {
    return this.automaton.share();
  }

  /** Signals in one segment's text, offsets relative to that text. Cached by text. */
  scan(text: string): RawSignal[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const signals = this.scanUncached(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, signals);
    return signals;
  }

  /**
   * What folding marked in the text last folded by scanOnce or scanSlice (see Mark): whether it
   * may hold inline markup. `scan` answers from its cache without folding.
   */
  lastMarks = 0;

  /**
   * The same signals, neither looked up nor remembered: for a text that is not scanned again soon
   * (a segment whose findings the checker keeps itself, a fix's trial text). Looking each one up
   * cost a hash of its whole text, for a cache that holds the few rewrites.
   */
  scanOnce(text: string): RawSignal[] {
    return this.scanUncached(text);
  }

  /** scanOnce of `text`, which is `document.slice(start, start + text.length)` (a segment without escapes). */
  scanSlice(document: string, start: number, text: string): RawSignal[] {
    const at = this.documentUnits.locate(document, start, text.length);
    return at < 0 ? this.scanUncached(text) : this.scanUncached(text, this.documentUnits.units, at);
  }

  /** Every term a signal can carry, for rule packs to refer to. */
  knownTerms(): ReadonlySet<string> {
    return new Set(this.entries.filter((e) => e.need !== 'pattern' && e.need !== 'raw').map((e) => e.term));
  }

  private scanUncached(text: string, units?: Uint16Array, offset?: number): RawSignal[] {
    // The folded text's offset maps are the folder's buffers: nothing kept may refer to them.
    // Folded and matched in one pass: the automaton reads each folded unit as it is made.
    this.hits.count = 0;
    const counts = this.folder.foldUnits(text, this.matching, units, offset);
    this.lastMarks = counts.marks;
    // Most texts hold nothing a detector looks at: no literal, too few digits for a phone number,
    // none of the characters an address needs, no pack pattern without a word it needs.
    // (信 or 星 alone: only a list whose heads spell WeChat is read there.)
    if (this.hits.count === 0 && (counts.marks === 0 || (counts.marks === Mark.ChatHead && !chatHeadsAnItem(this.folder.lastFolded()))) && !mayHavePhone(counts) && !this.patternsEverywhere) return NO_SIGNALS;
    const folded = this.folder.lastFolded();
    // One shape for every Context, honest marks or not: adding the field later made a second
    // shape that a full GC could drop, and with it the optimized code of every detector.
    const f: Context = {
      text: folded.text,
      units: folded.units,
      starts: folded.starts,
      ends: folded.ends,
      gaps: folded.gaps,
      marks: folded.marks,
      counted: folded.counted,
      strongCounted: folded.strongCounted,
      honest: undefined,
    };
    const found: RawSignal[] = [];
    const hits = this.hits;
    // honestEnd[k]: the furthest end of an honest word that starts at or before k, so "is [a, b)
    // inside one honest word" is one look-up.
    // Both are the scanner's buffers, cleared up to the text's length when first needed.
    const length = f.text.length;
    let honestEnd: Int32Array | undefined;
    let honestFrom = length;
    let honestTo = 0;
    for (let h = 0; h < hits.count; h++) {
      const e = this.entries[hits.patterns[h]!]!;
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      if (e.need !== 'negative' || blockedByNext(e, f.text, end) || !honestWordHolds(f, text, start, end, e.term === LIST_NEGATIVE)) continue;
      if (!honestEnd) {
        if (this.honestEnds.length < length) this.honestEnds = new Int32Array(length * 2);
        if (this.honestMarks.length < length) this.honestMarks = new Uint8Array(length * 2);
        honestEnd = this.honestEnds;
        honestEnd.fill(0, 0, length);
        f.honest = this.honestMarks.fill(0, 0, length);
      }
      if (honestEnd[start]! < end) honestEnd[start] = end;
      f.honest!.fill(1, start, end);
      if (start < honestFrom) honestFrom = start;
      if (end > honestTo) honestTo = end;
    }
    // Carried forward only across the honest words: before the first and after the last end, no
    // honest word covers anything, and the entries there stay 0.
    if (honestEnd) for (let k = honestFrom + 1; k < honestTo; k++) if (honestEnd[k - 1]! > honestEnd[k]!) honestEnd[k] = honestEnd[k - 1]!;
    const covered = (a: number, b: number) => honestEnd !== undefined && a < length && honestEnd[a]! >= b;
    // Hits that may be signals, kept as indices in the scanner's buffer: no object per hit.
    if (this.live.length < hits.count) this.live = new Int32Array(hits.count * 2);
    let live = 0;
    let rawMarks = f.marks;
    let joinWords = false;
    let saidHundred = false;
    let countedDigit = false;
    let headsToRead = false;
    for (let h = 0; h < hits.count; h++) {
      const e = this.entries[hits.patterns[h]!]!;
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      if (e.pattern >= 0) this.patternSeen[e.pattern] = 1;
      else if (e.need === 'raw') {
        if (e.term === JOIN_TO_CALL) joinWords = true;
        else if (e.term === READ_THE_HEADS_TERM) headsToRead = true;
        else if (e.term === SAID_NUMBER) continue; // only makes the text searched for a number said in homophones
        else if (e.term === SAID_HUNDRED) saidHundred = true;
        else if (e.term === REPEATED_DIGIT) countedDigit = true;
        else if (e.term !== STOP_DOT || fullStopBefore(text, f.starts[start]!)) rawMarks |= Mark.SpelledDot;
      }
      else if (e.need !== 'negative' && !blockedByNext(e, f.text, end) && !covered(start + e.core, end) && !spansLabel(f, text, start, end)) this.live[live++] = h;
    }
    if (live > 0) this.resolveLive(text, f, live, found);
    // (A counted digit alone — 两个一组 is common prose — runs only its own reader, not every phone reader.)
    const phones = mayHavePhone(f) || (hits.count > 0 && (mayHaveSpokenPhone(f) || mayHavePinyinPhone(f) || mayHaveEnglishPhone(f))) || (saidHundred && f.strongCounted >= 8) ? findPhones(f, text, joinWords, saidHundred, countedDigit) : countedDigit && f.strongCounted >= 5 ? countedDigitPhones(f) : NO_PHONES;
    for (const p of phones) {
      if (covered(p.start, p.end)) continue;
      const span = original(f, p.start, p.end);
      const label = original(f, p.labelStart, p.end);
      found.push(rawSignal('phone', p.kind, span, text.slice(span.start, span.end), false, label));
    }
    for (const r of findRawSignals(text, rawMarks)) {
      // A token the copy calls Taobao's (复制淘口令￥…￥): Taobao's own share code, home there (the packs decide).
      const signal = rawSignal(r.family, r.term === 'token' && TAOBAO_TOKEN_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start)) ? 'taobao' : r.term, r, r.text, false);
      // A link into a platform's own site (m.tb.cn/…, xhslink.com/…) sends the buyer to that platform too (home there: the packs decide).
      if (r.family === 'url' && PLATFORM_HOSTS.has(r.term)) signal.companion = 'thirdParty';
      found.push(signal);
    }
    if (joinWords) {
      const split = splitHandle(text) ?? spelledOverCells(text);
      if (split) found.push(rawSignal('contact', 'wechat', split, text.slice(split.start, split.end), false));
    }
    if (((f.marks & Mark.ChatHead) !== 0 && chatHeadsAnItem(f)) || headsToRead) for (const a of acrosticSpellings(text, headsToRead)) found.push(rawSignal(a.family, a.family === 'contact' ? 'wechat' : a.family, a, text.slice(a.start, a.end), false));
    for (let j = 0; j < this.patterns.length; j++) {
      const p = this.patterns[j]!;
      if (!p.everywhere && this.patternSeen[j] === 0) continue;
      this.patternSeen[j] = 0;
      // Pack patterns run on bounded windows, so a slow pattern costs time linear in the text,
      // and sentence by sentence, as every other detector: no signal reaches across a sentence end.
      forEachSentence(f.text, (sentence, offset) => {
        forEachMatch(p.regex, sentence, (index, length) => {
          // A pattern's words with a refusal between them (翡翠都在小黄车，不要相信私下看货; 和田玉能不能线下看的，我们不做线下…): refused, not offered.
          // (Unless the pattern asks for such words itself.)
          // (…or right after them: 好多人想线下看货，咱不搞线下哈.)
          if (!p.namesRefusals && REFUSED_INSIDE.test(sentence.slice(index, index + length + 8))) return;
          // …or asked and answered no, quoted from someone else, negated as a literal's words are (这个翡翠线下去看？不行的啊).
          if (!p.namesRefusals && negated(f, offset + index, text)) return;
          // …or a price told right after them, compared (翡翠镯子线下专柜卖三千八，直播间两千九九; 线下专柜这个水头要三万多).
          if (PRICE_TOLD_AFTER.test(sentence.slice(index + length, index + length + 16))) return;
          const span = original(f, offset + index, offset + index + length);
          found.push(rawSignal(p.family, `custom:${p.ruleId}`, span, text.slice(span.start, span.end), false));
        });
      });
    }
    if (found.length === 0) return found;
    qualifyGroups(found, text);
    mentionsWithPush(text, found);
    subjectsOfABook(text, found);
    return withCompanions(resolveOverlaps(text, withoutPlacesOfOthers(text, withoutSearchPlace(text, asShopSearch(text, found)))));
  }

  /**
   * Resolve the first `count` live hits in order of start (the wider first): the longest literal
   * of a family speaks for the words it covers — 小红书, not 红书 inside it.
   */
  private resolveLive(text: string, f: Context, count: number, found: RawSignal[]): void {
    const { hits, widestStart, widestEnd } = this;
    const order = this.live;
    sortByStart(order, count, hits);
    widestStart.fill(-1);
    widestEnd.fill(-1);
    for (let k = 0; k < count; k++) {
      const h = order[k]!;
      const e = this.entries[hits.patterns[h]!]!;
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      const fam = e.familyIndex;
      const wEnd = widestEnd[fam]!;
      if (wEnd >= 0 && (wEnd > end || (wEnd === end && widestStart[fam]! < start))) continue;
      const s = this.resolve(text, f, start, end, e);
      // An ASCII word glued to letters is no word and speaks for nothing it covers: "V xiaoma_k"
      // folds to vxiaomak, and the V before the handle is read, not the vx.
      if ((wEnd < 0 || end > wEnd) && (s || !(e.ascii && asciiGluedAfter(text, f, end)))) {
        widestStart[fam] = start;
        widestEnd[fam] = end;
      }
      if (s) found.push(s);
    }
  }

  /** Decide whether a literal hit is a signal, given what it needs around it. */
  private resolve(text: string, f: Context, start: number, end: number, e: Compiled): RawSignal | undefined {
    const family = e.family as SignalFamily;
    const cues = e.cues ?? DEFAULT_CUES[family];
    if (e.ascii && !asciiBefore(text, f, start)) return undefined;
    // 软件 or app after a description of one platform's icon or name is that platform, described.
    // 平台 is a common word: only a quoted description before it (那个“记录美好生活”的平台), a character of its
    // name or its icon (那个带鱼图标的二手平台) is read.
    const described = e.term === DESCRIBED_APP && (e.word !== '平台' || quoteClosedBefore(text, f, start) || namedByACharacter(f, start) || ICON_DESCRIBED_BEFORE.test(f.text.slice(Math.max(0, start - 8), start))) ? describedApp(f, start) : undefined;
    // …or an app named in quotes after a verb that sends the buyer to it: 扫码下载「良品生活」App.
    // (Or named without quotes, with a deal for getting it: 扫码下载青柚App，新人注册送20元.)
    // (平台 only as described: 打开“抖音”平台 is the platform by its name.)
    // (Not 旗舰店 after a platform's name: 抖音商城搜“小满家居”旗舰店 is a shop searched for there, the platform's own signal says where.)
    const appWord = e.term === DESCRIBED_APP && !described && e.word !== '平台' && !(e.word === '旗舰店' && platformNamedBefore(f, start));
    const dealApp = appWord && appForDeals(f, start);
    const quotedApp = appWord && (dealApp || verbBeforeQuotedName(text, f, start, GET_THE_APP));
    if (e.term === DESCRIBED_APP && !described && !quotedApp) return undefined;
    if (e.term === QUOTED_ONLY_PDD && !quotedName(text, f, start, end)) return undefined;
    // A password embroidered or printed on the goods (鞋舌上绣着“幺两三四”口令): a motif, no shop's token.
    if (e.term === 'token' && MOTIF_BEFORE.test(text.slice(Math.max(0, f.starts[start]! - 14), f.starts[start]!))) return undefined;
    if (described) start = described.start;
    /** A term the reading gives the signal instead of the entry's. */
    let pointsAt: string | undefined = described?.term ?? (quotedApp ? 'other' : e.term === QUOTED_ONLY_PDD ? 'pinduoduo' : undefined);
    // The Taobao app opened to reach the shop's own page, orders or membership (打开淘宝App进入店铺首页点击“入会”,
    // 手淘搜索店铺名进群 with the shop's 淘宝群 named): where a Tmall shop lives, as its orders are (taobao-orders).
    if (e.term === 'taobao' && ownShopInTheApp(f, end)) pointsAt = 'taobao-orders';
    // WeChat's search sent to the shop's own WeChat store or channel (微信搜一搜“禾田米铺”就能找到我们的小店): where Channels' shops live.
    if (e.word === '微信搜一搜' && CHANNELS_SHOP_AFTER.test(f.text.slice(end, end + 24).split('\n', 1)[0]!)) pointsAt = 'wechat_channels';
    const gluedAfter = e.ascii ? asciiGluedAfter(text, f, end) : e.letterEnd && letterGluedAfter(text, f, end);
    let spanStart = start;
    let spanEnd = end;
    let mention = false;
    /** A profile pointer whose words end on WeChat's name or an account, and its add-call (see the profile case). */
    let addsThePointed: 'yes' | 'if-called-after' | undefined;
    // An account after a platform's account word is a push too: 抖音号：lulu_home; so is one after its name and a colon (小号在“闲鱼”：xiaoyu_vintage).
    const accountWord = family === 'thirdParty' && (e.word.endsWith('号') || COLON_AFTER_NAME.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 3)));
    const handle = family === 'contact' || family === 'group' || e.need === 'handle' || accountWord ? acceptHandle(f, text, start, end, e) : undefined;
    // "vx12e", "1TB": letters or digits glued after an ASCII word make it another word; "VX-261"
    // (a dash and a few digits) is a model.
    if (gluedAfter && !(handle?.glued && handle.number)) return undefined;
    if (e.ascii && MODEL_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 6))) return undefined;
    // …nor one that begins a code after its label (批号TG25-0418, 型号VX-2600).
    // (Unless the copy says the code is the account: 客服号：同货号; 型号后面接上货号就是客服的号.)
    // (Read around the word only: a long text may hold many codes.)
    if (e.ascii && CODE_LABEL_BEFORE.test(f.text.slice(Math.max(0, start - 4), start)) && !CODE_IS_THE_ACCOUNT.test(f.text.slice(Math.max(0, start - 40), end + 60))) return undefined;
    switch (e.need) {
      case 'always':
        // 去绿泡泡里的视频号搜…: WeChat named as where another kind of account lives (its own signal speaks).
        if (family === 'contact' && !handle && hostsAnAccount(f, end)) return undefined;
        // 《私域运营实战》: a book's title, unless the copy sends the buyer into it (加入《宠粉群》).
        if (!handle && insideTitle(text, f, start, end) && !titleEntered(text, f, start)) mention = true;
        // 售后直接戳我👉🐧：3962…: the account right after is where to reach me, no private message asked for.
        else if (cues === 'dm' && e.word.startsWith('戳') && DM_TO_ACCOUNT.test(f.text.slice(end, end + 16))) return undefined;
        // A private message to the shop's own customer service stays in the app (晒图后私戳客服领一份小样).
        else if (cues === 'dm' && TO_OWN_SERVICE.test(f.text.slice(end, end + 4))) return undefined;
        // 私信我没用会被屏蔽: a message said to be no use asks for none (whatever the copy then offers is read on its own).
        else if (cues === 'dm' && (NO_USE_AFTER.test(f.text.slice(end, end + 6)) || NO_NEED_AFTER.test(f.text.slice(end, end + 18)))) return undefined;
        // 有问题旺旺戳我: a poke in the platform's own chat named right before it.
        else if (cues === 'dm' && OWN_CHAT_BEFORE.test(f.text.slice(Math.max(0, start - 4), start))) return undefined;
        // 想单独聊的老铁，加我V: who wants a private chat, named; the push is what follows (read on its own).
        // (Not 想私聊的先加…: the sets read a wish for 私聊 as the push itself.)
        // (…what about, too: 想单独聊款式的.)
        else if (cues === 'dm' && e.word.startsWith('单') && WHO_WANTS_BEFORE.test(f.text.slice(Math.max(0, start - 2), start)) && WHO_AFTER.test(f.text.slice(end, end + 4))) return undefined;
        // 晒图评论，私信我领取小红包: a message for a review's reward is the reward's way (reviewBait's), no way off.
        else if (cues === 'dm') mention = !hasCue(f, start, end, 'dm') || reviewRewardByMessage(f, start, end);
        // 微信号不能在直播里讲，去翻我主页简介: said to be unsayable here, the account is not given.
        else if (family === 'contact' && !handle && UNSAID_AFTER.test(f.text.slice(end, end + 10))) return undefined;
        // A group the buyer was in before (以前在淘宝群领券的老顾客): spoken of, not offered.
        else if (family === 'group' && PAST_BEFORE.test(f.text.slice(Math.max(0, start - 5), start))) mention = true;
        // A group said not to be open (钉钉粉丝群暂未开通, 钉钉粉丝群和淘宝群我们都没有开): none offered.
        else if (family === 'group' && NOT_OPEN_AFTER.test(f.text.slice(end, clauseEnd(f, end, 16, true)))) return undefined;
        // The call to join goes with the group: 拉你们进装机交流群.
        else if (family === 'group') spanStart = verbBefore(f, start, JOIN) ?? start;
        break;
      case 'handle':
        // Q·R·code is a QR code, no QQ with a handle.
        if (e.word === 'q' && QR_AFTER_Q.test(f.text.slice(end, end + 5))) return undefined;
        // 💚 lin_tea_1988: a green emoji before a handle, not a colour written out (墨绿 abc123).
        if (e.word === '绿' && text.charAt(f.starts[start]!) === '绿') return undefined;
        // 加客服V, or v在我简介第二行，直接加: WeChat's letter with an add-call for it.
        if (!handle && !(ADDED_LETTERS.has(e.word) && (addedToPerson(f, start) || ADD_CALL_LATER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 16)) || ownLetterGivenLater(f, text, start, end) || COMPOSED_LATER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 48)))) && !sameAsPhoneAfter(text, f, end)) return undefined;
        break;
      case 'cue': {
        if (e.term === POINTED_PHONE) {
          if (!phonePointedAt(f, start, end)) return undefined;
          break;
        }
        if (handle) {
          // 老板私人号一五八 二七三六 零九四一: a mobile number under a word for any account is a phone (the phone reader's), no WeChat.
          if (ANY_ACCOUNT.has(e.word) && handle.number && isMobileAt(f, handle.start, handle.end)) return undefined;
          break;
        }
        if (cues === 'contact' && hostsAnAccount(f, end)) return undefined;
        // 小绿的联系方式不能说，…去我主页找: the account said to be unsayable here is not given (a pointer may hold it).
        if (cues === 'contact' && UNSAID_AFTER.test(f.text.slice(end, end + 10))) return undefined;
        // 记我工作号：幺伍捌…，只打电话不加微: a word for any account, WeChat refused later in the sentence — a phone's.
        if (cues === 'contact' && e.term === 'wechat' && WECHAT_REFUSED_LATER.test(f.text.slice(end, clauseEnd(f, end, 40, true)))) return undefined;
        // WhatsApp 同步客服：+86 186…, 发WhatsApp，号码+86 139…: the account there given as a phone number.
        if (IM_APPS_BY_NUMBER.has(e.word) && IM_NUMBER_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 24))) break;
        // A contact word or a platform's nickname in quotes is read past them: 加个“维信”，号就是…, 去那个“小红本”上搜,
        // or one that begins inside them: 去“那只白色小狗”那家买.
        // A code as an image's placeholder is read past its brackets: 回购扫这里👉【二维码】.
        const quotesSpec = ACROSS_QUOTES[cues];
        const acrossQuotes = quotesSpec !== undefined && (quotedName(text, f, start, end) || beginsInsideQuotes(text, f, start, end));
        const spec = acrossQuotes ? quotesSpec : cues === 'qr' && placeholder(text, f, start, end) ? QR_ACROSS_BRACKETS : CUES[cues];
        const verb = unnegatedVerbBefore(f, text, start, spec);
        // (Not what the pointer's words refuse: 视频都在视频号主页，点关注就能看到，不用加私人微信.)
        const later = cueAfter(f, end, spec);
        // (Nor a coupon for buying, after a review asked for: 欢迎好评，下单前记得领大额券.)
        const after = later !== undefined && ((cues === 'profile' && REFUSED_THEN_CUE.test(f.text.slice(Math.max(end, later - 10), later))) || (cues === 'review' && BEFORE_BUYING.test(f.text.slice(end, later)))) ? undefined : later;
        // …or, for a contact word, an add verb before a quoted name right before it: 添加「茶小二」微信.
        // A contact word a profile pointer ends on, a clause before or not, no add-call in the sentence (主页简介第二行就是我的卫星, 简介第二行，那串字母就是我的小绿,
        // not …，想要的加一下, nor one whose account is given after it: 头像有🛰️，号是 fx_lin0906): the pointer's.
        if (cues === 'contact' && after === undefined && verb !== undefined && POINTER_BEFORE.test(f.text.slice(clauseStart(f, start, 16, true), start)) && !f.text.slice(end, clauseEnd(f, end, 16, true)).includes('加') && !ACCOUNT_NAMED_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 24))) return undefined;
        if (verb === undefined && after === undefined && !(cues === 'review' && rewardThenCondition(f, start)) && !(cues === 'profile' && (alsoInProfile(f, text, start, end) || ASKED_THEN_POINTED.test(text.slice(Math.max(0, f.starts[start]! - 16), f.starts[start]!)))) && !(cues === 'platform' && (quotedNameAfter(text, f, end) || sentThereAfter(f, end, text) || NAME_SEARCHED_NEXT.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 32)) || CALLED_THEN_FOLLOWED.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 40)))) && !(cues === 'contact' && (accountGivenLater(f, end, text) || (e.term === 'wecom' && businessNameAfter(f, end, text)) || verbBeforeQuotedName(text, f, start, CUES.contact) || addedToNamedRole(f, start, e.term === 'wecom') || handleBeforeApp(f, text, start)))) return undefined;
        // A profile that holds the platform's own group points at that (点主页的小红书群聊, 福利都在淘宝群，
        // 点主播头像就能进群: home there).
        // (Not when it holds someone's own number: 没进淘宝群的宝宝，主页简介有我私人号.)
        const ownNumber = cues === 'profile' && OWN_NUMBER_AFTER.test(f.text.slice(end, end + 10));
        if (cues === 'profile' && !ownNumber) pointsAt = homeGroupNear(f, start, end);
        // A pointer or a request covers what it points at: 主页有V, 电联看头像, 加客服为好友.
        if (cues === 'profile') {
          // …on to what the line it points at holds: 简介第二行就是我的VX. (Not from a group named
          // before it: 没进淘宝群的宝宝，主页简介有我私人号 points from 主页.)
          if (verb !== undefined && !(ownNumber && f.text.startsWith('群', verb))) spanStart = verb;
          if (after !== undefined) {
            spanEnd = cueAfter(f, after, spec) ?? after;
            // 简介里有V，加一下: the handle's app it points at, then an add-call for it (a contact as well, as 加v，v号在简介);
            // the add-call may follow the pointer's words (那串字母数字就是我的号，加上直接…: see the signal below).
            const pointed = POINTED_WECHAT.test(f.text.slice(Math.max(start, after - 3), after)) || POINTED_WECHAT.test(f.text.slice(Math.max(start, spanEnd - 3), spanEnd));
            // (…or the account given after it: 头像有🛰️，号是 fx_lin0906.)
            if (pointed) addsThePointed = (spanEnd > after && ADD_CALL.test(f.text.slice(after, spanEnd).replace(/^[^加添+➕]*/, ''))) || ACCOUNT_NAMED_AFTER.test(text.slice(f.ends[spanEnd - 1]!, f.ends[spanEnd - 1]! + 24)) ? 'yes' : 'if-called-after';
          } else if (verb !== undefined && WECHAT_POINTED_FIRST.test(f.text.slice(verb, start))) {
            // VX号就挂在店铺首页头像下面，直接搜索添加: WeChat's account named first, then where it is, then the add-call.
            addsThePointed = 'if-called-after';
          }
        } else if (cues === 'friend' || cues === 'scan' || cues === 'longPress') {
          // 复制去加好友：2694517308: the account to add is given, the seller's.
          if (cues === 'friend' && (digitsSoonAfter(f, end) || HANDLE_SOON_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 12)))) return undefined;
          // …or given right before it (Line @tw_yuki_shop 加好友看价目表): the add-call for that account.
          if (cues === 'friend' && (HANDLE_RIGHT_BEFORE.test(text.slice(Math.max(0, f.starts[verb ?? start]! - 24), f.starts[verb ?? start]!)) || NUMBER_RIGHT_BEFORE.test(text.slice(Math.max(0, f.starts[verb ?? start]! - 30), f.starts[verb ?? start]!)))) return undefined;
          if (verb !== undefined) spanStart = verb;
          else if (after !== undefined) spanEnd = after;
        }
        break;
      }
      case 'mention': {
        if (cues === 'contact' && !handle && hostsAnAccount(f, end)) return undefined;
        // A contact or payment word in quotes is read past them, as for cue words: 加老李的'企V', 定金'吱吱'转我.
        const mentionSpec = (cues === 'contact' || cues === 'payment') && quotedName(text, f, start, end) ? ACROSS_QUOTES[cues]! : CUES[cues];
        // 简介第二行小字有我的🛰️: a contact word a profile pointer ends on, no add-call after it — the pointer's (as for cue words).
        if (cues === 'contact' && !handle && POINTER_BEFORE.test(f.text.slice(clauseStart(f, start, 16, true), start)) && !f.text.slice(end, clauseEnd(f, end, 16, true)).includes('加')) return undefined;
        mention = !handle && unnegatedVerbBefore(f, text, start, mentionSpec) === undefined && cueAfter(f, end, mentionSpec) === undefined && !(cues === 'platform' && (quotedNameAfter(text, f, end) || verbBeforeQuotedName(text, f, start, CUES.platform) || sentThereAfter(f, end, text) || verbBeforeItsQuote(text, f, start, end) || CALLED_THEN_FOLLOWED.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 40)))) && !(cues === 'contact' && (verbBeforeQuotedName(text, f, start, CUES.contact) || accountGivenLater(f, end, text) || (e.term === 'wecom' && businessNameAfter(f, end, text)) || addedToNamedRole(f, start, e.term === 'wecom', mentionSpec === CONTACT_ACROSS_QUOTES)));
        // 进我们工厂的批发小程序, 进入海川小程序: the account's own name between the verb and its kind.
        // (…its name in quotes too: 搜『青禾优选』那个小程序.)
        if (mention && NAMED_ACCOUNTS.has(e.word) && VERB_BEFORE_ACCOUNT_NAME.test(f.text.slice(clauseStart(f, start, 12, quoteClosedBefore(text, f, start)), start))) mention = false;
        // …and a channel followed by its name (关注老张果园视频号, 关注禾谷官方抖音号).
        if (mention && FOLLOWED_ACCOUNTS.has(e.word) && FOLLOW_BEFORE_ACCOUNT_NAME.test(f.text.slice(clauseStart(f, start, 10), start))) mention = false;
        if (!mention && !handle && cues === 'platform' && comparedWith(f, start, end)) mention = true;
        // 我们抖音也有号，不过大家在淘宝下单就好: there too, but bought here.
        if (!mention && cues === 'platform' && (ALSO_THERE_BUT.test(f.text.slice(end, clauseEnd(f, end, 20, true))) || SOLD_THERE_BEFORE.test(f.text.slice(end, end + 8)))) mention = true;
        if (!mention && cues === 'platform' && cheaperComparedOnly(text, f, end)) mention = true;
        if (!mention && cues === 'platform' && alongsideAnother(text, f, end)) mention = true;
        if (!mention && cues === 'platform' && ASKED_IF_CHEAPER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 50))) mention = true;
        // 请在拼多多App订单页点「联系商家」, 在抖音App-我的订单里联系客服: the after-sales sent to that platform's orders.
        if (mention && cues === 'platform' && ORDER_PAGE_AFTER.test(f.text.slice(end, end + 10))) mention = false;
        // 以前在淘宝领券的老顾客: where the buyer went before, spoken of.
        if (!mention && cues === 'platform' && PAST_BEFORE.test(f.text.slice(Math.max(0, start - 5), start))) mention = true;
        if (mention && e.term === 'wechat-private' && followedByName(f, start)) mention = false;
        // 我们有个小程序商城，搜“禾润会员汇”, 同款直播讲解在某音，搜“阿绵家的针织”: a name searched for there in the next clause.
        if (mention && (e.term === 'wechat-private' || cues === 'platform') && NAME_SEARCHED_NEXT.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 32))) mention = false;
        if (mention && cues === 'contact' && accountNamedBefore(f, start)) mention = false;
        // 微信/电话 ＋86 189…, 店长微信＝手机：①③⑧…: the account and the phone one number.
        if (mention && e.term === 'wechat' && sameAsPhoneAfter(text, f, end)) mention = false;
        // 简介里有微信，加的时候备注视频号: the profile holds the app, an add-call follows (a contact as well as the pointer).
        if (mention && cues === 'contact' && PROFILE_HOLDS_BEFORE.test(f.text.slice(clauseStart(f, start, 14), start)) && addCallAfter(text, f.ends[end - 1]!)) mention = false;
        // 售后微信在我们店铺简介第二行，加的时候备注“京东”: the app said to be in the profile, an add-call after.
        if (mention && cues === 'contact' && PLACED_IN_PROFILE.test(f.text.slice(end, end + 14)) && addCallAfter(text, f.ends[end - 1]!)) mention = false;
        // 去“某音”搜「…」: the cue around a quoted platform name, past its quotes.
        if (mention && cues === 'platform' && quotedName(text, f, start, end)) mention = unnegatedVerbBefore(f, text, start, PLATFORM_ACROSS_QUOTES) === undefined && cueAfter(f, end, PLATFORM_ACROSS_QUOTES) === undefined;
        // 去那个“拼着买更便宜”的App: the verb before a description in quotes.
        if (mention && described && OPENING_QUOTES.includes(text.charAt(f.starts[start]! - 1))) mention = unnegatedVerbBefore(f, text, start, PLATFORM_ACROSS_QUOTES) === undefined;
        if (!mention && insideTitle(text, f, start, end)) mention = true;
        if (dealApp) mention = false;
        break;
      }
      case 'join': {
        if (f.text.charAt(end) === '聊' && e.word === '群') return undefined;
        // A name in quotes that ends on a group word and is another thing's (进入「衣橱研究所」会员中心, 「茶友会」小程序).
        if (QUOTE_PAIRS[text.charAt(f.ends[end - 1]!)] !== undefined && PLACE_AFTER_QUOTED_NAME.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 8))) return undefined;
        // A group the buyer was in before (以前在淘宝群领券的老顾客): spoken of, not offered.
        if (PAST_BEFORE.test(f.text.slice(Math.max(0, start - 5), start))) {
          mention = true;
          break;
        }
        // 我在外面建了个老粉的小群: a group said to be outside is off the platform by itself.
        if (e.word === '群' && outsideBefore(f, start)) {
          // 不用加什么外面的群: joining it refused.
          if (joinRefusedBefore(f, start)) return undefined;
          break;
        }
        // The group's app in quotes is read past them: 加入'叮叮'粉丝群; so is a group's name in quotes (进咱们茶友的“后院”).
        const verb = verbBefore(f, start, beginsInsideQuotes(text, f, start, end) || quotedName(text, f, start, end) ? JOIN_ACROSS_QUOTES : JOIN);
        // Or the way in right after it (绘本共读群请加微信, 福利群扫码进), a signal of its own; or the
        // group's name in quotes with the join verb before them (扫一扫，进“老铁大本营”).
        // Or the join verb before a quoted name that ends in the group word: 扫码加入"佳禾批发商"群, 进“青禾老茶客”微信群, 进“老友会”小圈子.
        const way = verb === undefined && (cueAfter(f, end, JOIN_AFTER) !== undefined || joinedIntoQuotedName(text, f, end) || (/[群圈]子?$/.test(e.word) && (verbBeforeQuotedName(text, f, start, JOIN) || joinedQuotedNameThenWho(text, f, start))));
        // 入会就是进咱们家族啦: joining is the shop's membership, said so (the platform's own).
        if (verb !== undefined && MEMBERSHIP_IS.test(f.text.slice(Math.max(0, verb - 8), verb))) return undefined;
        // 关注 @木作研究所官方: an account followed by its @name, whatever word the name ends on.
        if (verb !== undefined && f.text.slice(verb, start).includes('@')) return undefined;
        if (verb !== undefined) spanStart = verb;
        else if (way) break;
        // 咱的小圈子不在淘宝上: a group said to be off the platform is offered by that alone.
        else if (NOT_HERE_AFTER.test(f.text.slice(end, end + 8))) break;
        // 老友群：83605217: a group's number given is the way in.
        // (Six digits at least, no count after them: 3群：12345人已满.)
        else if (e.word === '群' && handle?.number && GROUP_NUMBER_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 3)) && handle.end - handle.start >= 6 && !COUNT_AFTER.test(f.text.charAt(handle.end))) break;
        // 群, and everyday words a group is also called (美妆圈子, 我们的小家): nothing without a join.
        else if (e.word === '群' || QUIET_WITHOUT_JOIN.has(e.word)) return undefined;
        // 淘宝群每周还有专属秒杀: a named group's perks told, which is an invitation to it.
        else mention = !handle?.number && !(e.companion !== undefined && GROUP_PERKS_AFTER.test(f.text.slice(end, end + 14)));
        break;
      }
      case 'collect': {
        // A handle right after the noun is the seller's own (VX：mian_66 发我): no buyer's asked for.
        if (handleAfter(f, text, end)) return undefined;
        // 刮开涂层查看您的幸运号码…报号码领取: the number told is the card's lucky one.
        if (e.word === '号码' && LUCKY_NUMBER_BEFORE.test(f.text.slice(clauseStart(f, start, 40, true), start))) return undefined;
        // 提供微信小店订单号, 微信支付截图: WeChat's shop or wallet, no account of the buyer's.
        if (e.word === '微信' && WECHAT_SERVICE_AFTER.test(f.text.slice(end, end + 2))) return undefined;
        const c = collectRequest(f, start, end, text) ?? blankToFill(f, text, start, end);
        // …or right after the request read (刻字内容加VX发我：goupai_520): the seller's, to add. 手写 before
        // the verb is what the goods carry (挂牌带透明窗 可自己手写姓名电话): the buyer's to write, kept by the buyer (not 顺手写上, in passing).
        if (!c) return undefined;
        const sentToANumber = SENT_TO_NUMBER.test(f.text.slice(c.end - 1, c.end + 2)) || SENT_TO_AN_APP.test(f.text.slice(c.start, c.end));
        if ((handleAfter(f, text, c.end) && !sentToANumber) || (f.text.charAt(c.start) === '写' && f.text.charAt(c.start - 1) === '手' && f.text.charAt(c.start - 2) !== '顺')) return undefined;
        // 好评截图发给客服微信: what is sent is named before the verb; the contact is where it goes.
        // (截图加上您的手机号一起发: both are sent, the number asked for; 发订单号，备注您的手机号: a clause of its own.)
        if (SENT_THING_BEFORE.test(f.text.slice(Math.max(0, c.start - 4), c.start)) && !f.text.startsWith('加上', c.start) && f.gaps[c.start]! < Gap.Clause) return undefined;
        // 手机号码报一下，一三八…: the number follows, the seller's own (not one it is sent to: 发送姓名+手机号到 159…).
        if (digitsSoonAfter(f, c.end) && !sentToANumber) return undefined;
        spanStart = c.start;
        spanEnd = examplesInBracketsAfter(f, text, c.end);
        // A number left in a platform's lead form (Xiaohongshu's 留资 cards) is home there, asked off the platform anywhere else: the packs decide.
        if (inLeadForm(f, start, end)) pointsAt = 'lead-form';
        break;
      }
      default:
        return undefined;
    }
    if (family === 'qr' && honestScan(text, f, start, end)) return undefined;
    if (family === 'payment' && (e.word.includes('收款') || e.word.includes('扫码付')) && payeeCodeAsProduct(f, start, end)) return undefined;
    // 收银一体机，支持顾客用微信扫码付款: a till's own scan, the customers of the buyer's shop paying.
    if (family === 'payment' && e.word.includes('扫码付') && honestScan(text, f, start, end)) return undefined;
    if (family === 'profile' && pinnedMark(text, f, start, end)) return undefined;
    // 简介第二行写的是发货时间: what the line holds is named after it, and it is no contact.
    if (family === 'profile' && HOLDS_NO_CONTACT_AFTER.test(f.text.slice(spanEnd, spanEnd + 10))) return undefined;
    // 宝们问我多高多重，简介里都有: what the profile holds is named before it, and it is no contact.
    if (family === 'profile' && ALL_THERE.test(f.text.slice(spanStart, spanEnd))) {
      const held = f.text.slice(clauseStart(f, spanStart, 24, true), spanEnd);
      if (NO_CONTACT_HELD.test(held) && !CONTACT_HELD.test(held)) return undefined;
    }
    // 群号在直播间公告里, 群号在直播间置顶: a group's number placed in an announcement or a pinned message — the
    // group says it; no profile pointed at.
    if (family === 'profile' && (e.word.startsWith('公告') || e.word === '置顶') && PINNED_IN_A_GROUP.test(f.text.slice(clauseStart(f, start, 16), start))) return undefined;
    if (e.term === 'token' && (luckyBagToken(f, start, end) || numberAsToken(f, end))) return undefined;
    // 「小满育儿笔记」: a review word ending a quoted name names an account, it asks for no review.
    if (family === 'reviewBait' && endsQuotedName(text, f, start, end)) return undefined;
    // 防骗笔记：…, 护肤笔记：…: a note's heading before its colon, no review asked for.
    if (family === 'reviewBait' && e.word === '笔记' && f.gaps[end] === Gap.Label) return undefined;
    // 花瓶碎了的，拍个开箱视频…免费补一个: a video or a photo of damage is evidence for after-sales, no review.
    // (…nor is a screenshot of a lower price for a refund of the difference: 拍完截图发旺旺，差价客服直接退给你.)
    if (family === 'reviewBait' && EVIDENCE_WORDS.has(e.word) && DAMAGE_OR_PRICE.test(f.text.slice(clauseStart(f, start, 30, true), clauseEnd(f, end, 30, true)))) return undefined;
    // 走京东企业购，开专票、走对公: a company's transfer through the platform's own business channel (its push, if any, is the channel's).
    // (Not one that says it skips the platform: 对公转账不走平台.)
    if (family === 'payment' && (e.word === '走对公' || e.word === '对公走账' || e.word === '走对公转账') && f.text.slice(clauseStart(f, start, 40, true), clauseEnd(f, end, 40, true)).includes('企业购')) return undefined;
    // 去某书搜我的笔记: the seller's own note searched for, no review asked for.
    if (family === 'reviewBait' && e.word === '笔记' && OWN_NOTE_SEARCHED.test(f.text.slice(Math.max(0, start - 5), start))) return undefined;
    // 刚读到一个评论，“…”: a viewer's comment read out, no review asked for.
    if (family === 'reviewBait' && e.word === '评论' && COMMENT_READ_OUT.test(f.text.slice(Math.max(0, start - 6), start))) return undefined;
    // 下单的姐妹截图私我: a screenshot of the order (a live room's gift for buying), no review.
    if (family === 'reviewBait' && e.word === '截图' && ORDER_SCREENSHOT_BEFORE.test(f.text.slice(Math.max(0, start - 12), start))) return undefined;
    // 请在评价中留下您的手机号: the review is where a contact is asked for (collect's), no review asked for.
    if (family === 'reviewBait' && (e.word === '评价' || e.word === '评论') && REVIEW_AS_PLACE.test(f.text.slice(end, end + 12))) return undefined;
    // 评论“想要”: the comment the buyer is told to type (a lucky draw's entry), no review.
    if (family === 'reviewBait' && e.word === '评论' && OPENING_QUOTES.includes(text.charAt(f.ends[end - 1]!))) return undefined;
    // 关注加评论就能参与: following and commenting enter a draw, no review of the goods.
    if (family === 'reviewBait' && e.word === '评论' && DRAW_ENTRY_BEFORE.test(f.text.slice(Math.max(0, start - 5), start))) return undefined;
    // 京豆由京东平台按规则发放, …和评价无关, 评价与任何奖励无关: the platform's own reward, or one said to have nothing to do with reviews.
    if (family === 'reviewBait' && NOT_THE_SHOPS_REWARD.test(f.text.slice(clauseStart(f, start, 40, true), clauseEnd(f, end, 40, true)))) return undefined;
    if (family === 'payment' && SKIPS_PLATFORM.has(e.word) && (skipsWithoutMoney(f, start, end) || skipRefusedAfter(f, end) || afterSalesSkipped(f, end))) return undefined;
    // 本店不接受蓝色软件或绿色软件私下转账: the ways of paying refused, listed between the refusal and the trigger.
    if (family === 'payment' && PAYMENT_REFUSED_BEFORE.test(f.text.slice(clauseStart(f, start, 16), start))) return undefined;
    if (negated(f, spanStart, text) || (spanStart !== start && negated(f, start, text))) return undefined;
    // “主播能加个微信不？”哎，不加哈: a viewer's question, refused at once.
    if ((family === 'contact' || family === 'group') && QUESTION_REFUSED_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 20))) return undefined;
    if (handle && (family === 'contact' || e.need === 'handle' || accountWord || (family === 'group' && handle.number))) spanEnd = Math.max(spanEnd, handle.end);
    // 微信里搜『青禾优选』那个小程序: WeChat searched for a mini program, whose own signal says where the buyer goes.
    if (!handle && e.term === 'wechat' && !ADD_WORD.test(e.word) && MINI_PROGRAM_SEARCHED.test(f.text.slice(end, clauseEnd(f, end, 24, true)))) return undefined;
    const span = original(f, spanStart, spanEnd);
    // Paying *me* by a named method is off-platform payment, wherever the method is at home; "微信
    // 支付就行" on Channels is its own checkout.
    const term = family === 'payment' && e.need === 'mention' && !mention && hasCue(f, start, end, 'payMe') ? 'offsite-payment' : (pointsAt ?? e.term);
    const signal = rawSignal(family, term, span, text.slice(span.start, span.end), mention);
    // 在微信里搜索本店小店名称, 微信搜一搜“…小店”, 用微信就能下单，点…小店链接: WeChat's own shop is where the
    // buyer goes — Channels' home, another platform anywhere else; no account to add.
    // (Not one added first, nor a search that ends in adding someone: 加微信下单，发你小店链接; 微信搜咱们视频号的名字就能加到我.)
    if (!handle && ((e.term === 'wechat' && !ADD_WORD.test(e.word) && !ADDED_BEFORE.test(f.text.slice(Math.max(0, start - 3), start)) && WECHAT_SHOP_AFTER.test(f.text.slice(end, clauseEnd(f, end, 24, true)))) || (e.word === '微信搜一搜' && WECHAT_SHOP_AFTER.test('搜' + f.text.slice(end, clauseEnd(f, end, 24, true)))))) {
      signal.family = 'thirdParty';
      signal.term = 'wechat_channels';
      signal.mention = false;
    }
    // 微信搜一搜 heshe_vip02 添加专属顾问: an account searched for in WeChat and added, no shop or article.
    if (e.word === '微信搜一搜' && ACCOUNT_THEN_ADDED.test(text.slice(span.end, span.end + 32))) {
      signal.family = 'contact';
      signal.term = 'wechat';
    }
    // An add-call after the signal, read once for whichever of the two uses below needs it.
    const calledAfter = (addsThePointed === 'if-called-after' || family === 'contact') && addCallAfter(text, span.end);
    if (e.companion) signal.companion = e.companion;
    // 扫视频最后一帧的二维码，直接加我: the code scanned adds a person, an account on a chat app.
    else if (family === 'qr' && !mention && SCAN_ADDS_ME.test(text.slice(span.end, span.end + 16))) signal.companion = 'contact';
    else if (addsThePointed === 'yes' || (addsThePointed === 'if-called-after' && calledAfter)) signal.companion = 'contact';
    if (family === 'contact' && calledAfter) signal.addedAfter = true;
    // An unnamed group may name its app just before it, or inside the words read with it: 扫码加入品牌微信会员群,
    // 拉你进绿泡泡上的粉丝福利群.
    // …and so may a group chat joined (拉你进小红书群聊: Xiaohongshu's, home only there).
    else if (family === 'group' && (e.term === 'group' || (e.term === 'group-chat' && spanStart < start))) qualifyFromWords(signal, f.text.slice(Math.min(spanStart, clauseStart(f, start, 6)), spanEnd));
    return signal;
  }
}

/**
 * The first `count` hit indices in `order`, by start, the wider first at the same start. An
 * insertion sort: hits come in order of end, so one moves back only past hits that end within
 * its own length (linear however many there are), and a typed array's sort with a comparator
 * cost a closure and a call per comparison.
 */
function sortByStart(order: Int32Array, count: number, hits: Hits): void {
  const { starts, ends } = hits;
  for (let i = 1; i < count; i++) {
    const h = order[i]!;
    const start = starts[h]!;
    const end = ends[h]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const o = order[j]!;
      if (starts[o]! < start || (starts[o] === start && ends[o]! >= end)) break;
      order[j + 1] = o;
    }
    order[j + 1] = h;
  }
}

/** What most texts have: one list for all of them, never added to (callers only read signals). */
const NO_SIGNALS: RawSignal[] = [];

/**
 * Every signal has the same fields from the start, in the same order: fields added or deleted
 * later gave signals shapes that a full GC could drop, and with them the optimized detectors.
 */
/** A closing quote in the eight characters before folded `start`. */
function quoteClosedBefore(text: string, f: FoldedText, start: number): boolean {
  const to = f.starts[start]!;
  return closingQuoteIn(text, Math.max(0, to - 8), to);
}

/** 信, 星 or 薇 right after a separator (，信得过再拍, 【星】, B款-薇): the head of an item, as a list spelling WeChat has one. */
function chatHeadsAnItem(f: FoldedText): boolean {
  for (const head of CHAT_HEADS) {
    // (A sentence end before it folds to '\n', no gap: 加油姐妹们！微笑面对每一天！信心满满冲！)
    for (let k = f.text.indexOf(head); k >= 0; k = f.text.indexOf(head, k + 1)) if (k === 0 || f.gaps[k] !== Gap.None || f.text.charCodeAt(k - 1) === 10) return true;
  }
  return false;
}
const CHAT_HEADS = ['信', '星', '薇'];

function rawSignal(family: SignalFamily, term: string, span: Span, text: string, mention: boolean, removal?: Span): RawSignal {
  // Every field set here, in one order: signals keep one shape, and the code reading them stays fast.
  return { family, term, start: span.start, end: span.end, text, mention, removal, companion: undefined, addedAfter: false };
}

function copyOf(s: RawSignal): RawSignal {
  const copy = rawSignal(s.family, s.term, s, s.text, s.mention, s.removal);
  copy.companion = s.companion;
  copy.addedAfter = s.addedAfter;
  return copy;
}

/** verbBefore, unless the verb is itself negated: 我们不加任何人的私人微信 asks nothing. */
function unnegatedVerbBefore(f: Context, text: string, start: number, spec: CueSpec): number | undefined {
  const verb = verbBefore(f, start, spec);
  if (verb === undefined) return undefined;
  // The verb inside a refused reward is refused with it: 不做好评返现，评价请… gives no 返 to 评价.
  const rewardWord = verb >= 2 && REVIEW_BEFORE_VERB.test(f.text.slice(verb - 2, verb)) ? verb - 2 : verb;
  return negated(f, verb, text) || (rewardWord !== verb && negated(f, rewardWord, text)) ? undefined : verb;
}
const REVIEW_BEFORE_VERB = /^(?:好评|晒图|评价|五星|追评)$/;

/** The handle after a contact word, if it may belong to it (see Compiled.single). */
function acceptHandle(f: Context, text: string, start: number, end: number, e: Compiled): Handle | undefined {
  const h = handleAfter(f, text, end);
  if (!h) return undefined;
  // 维芯 Type-C 扩展坞: a port or a standard named after a brand, no account.
  if (PORT_NAME.test(text.slice(f.starts[h.start]!, f.ends[h.end - 1]!))) return undefined;
  // "TG-W3000" is a model; "TG: @shop", "V：abc_123", "v abc123", "v号 abc123" are handles.
  if (e.ascii && e.word.length - e.core <= 2 && !h.glued && !HANDLE_LEAD.test(text.slice(f.ends[end - 1]!, f.starts[h.start]!))) return undefined;
  // wei alone is also a name (lin wei：2024新款): WeChat's only before a handle with letters, after a colon (ｗеｉ：xiaoman_closet).
  if (e.word === 'wei' && (!THREE_LETTERS.test(text.slice(f.starts[h.start]!, f.ends[h.end - 1]!)) || !COLON_LEAD.test(text.slice(f.ends[end - 1]!, f.starts[h.start]!)))) return undefined;
  // A number followed by a unit is a measure: 显示器是VX2478 24寸 (a monitor's model and its size).
  if (h.number && UNIT_AFTER.test(text.slice(f.ends[h.end - 1]!, f.ends[h.end - 1]! + 4))) return undefined;
  if (!h.glued) return h;
  // Glued: "v6900456" is a watch reference, "超微5038ml" a server part; "加我微16784962910" is not.
  if (e.ascii) return h.number && !e.single ? h : undefined;
  if (e.single && !h.number) return verbBefore(f, start, CUES.contact) !== undefined ? h : undefined;
  return h;
}

const COLON_LEAD = /^\s*[:：]\s*$/;
const UNIT_AFTER = /^\s*(?:寸|英寸|吋|hz|mm|cm|kg|ml|mah|w\b|v\b)/i;
const PORT_NAME = /^(?:type-?c|usb-?c?\d*(?:\.\d)?|hdmi\d*(?:\.\d)?|micro-?usb|lightning|wi-?fi\d*|rj-?45)$/i;
const THREE_LETTERS = /[A-Za-z]{3}/;

/** True when the seller is the subject of the verb at `verb`: 我, 我们, an adverb between (我私发你, 我们再发你). */
function sellerSpeaks(f: Context, verb: number): boolean {
  return SELLER_SUBJECT.test(f.text.slice(Math.max(0, verb - 4), verb)) || SELLER_SOMEWHERE.test(f.text.slice(Math.max(0, verb - 10), verb)) || (givesList(f, verb) && REACHED_FIRST.test(f.text.slice(Math.max(0, verb - 5), verb)));
}
/** 私聊我发你卫星号: the buyer reaches the seller first, then the seller sends its own. */
const REACHED_FIRST = /(?:私聊|私信|私|找|联系|滴滴|dd)我$/;
/** 发你 / 发给你 before a list of things the seller has (发你价格表和微信): given to the buyer, not asked of them. */
function givesList(f: Context, verb: number): boolean {
  return (f.text.startsWith('发你', verb) && !f.text.startsWith('发你的', verb)) || f.text.startsWith('发给你', verb);
}
/** True when someone is told of doing it, no buyer asked: 刚才有人在评论区留电话，主播已经删了. */
function someoneDid(f: Context, verb: number): boolean {
  return SOMEONE_DID.test(f.text.slice(clauseStart(f, verb, 12), verb));
}
/** A word drawn as an emoji (📩 for a mailbox). */
const PICTURE = /^\p{Extended_Pictographic}/u;
/** A refusal, then the cue word it refuses: 不用加私人微信, 别找我要电话. */
const REFUSED_THEN_CUE = /(?:不用|不要|不必|无需|不需要|别)(?:再)?(?:加|添加|找|要|问)?[^，,。！？\n]{0,4}$/;
const DA = '打'.charCodeAt(0);
const ZHUAN = '转'.charCodeAt(0);
/** What 打 types rather than calls: a number or an account (手机号, 电话号码, 微信号). */
const NUMBER_NOUN = /(?:号|号码)$/;
/** 打上, 打出, 打在 type whatever follows (打上你的电话). */
const TYPED_AFTER_DA = new Set([...'上出在到'].map((c) => c.charCodeAt(0)));
const SOMEONE_DID = /有(?:人|个人|些人|的人|位[^在]{0,3}|朋友|粉丝|姐妹|宝子|家人|老铁)(?:刚才|刚刚|之前|昨天|又)?(?:在.{0,6})?$/;
/** Before 我: someone else's 我 (给我, 跟我, 私我 …), not the seller speaking. */
const NOT_THE_SELLER_BEFORE = '给跟和帮为向替聊信找系诉私';
const SELLER_SUBJECT = new RegExp(`(?<![${NOT_THE_SELLER_BEFORE}])我们?(?:私信|私|再|先|会|直接|单独)?$|我们?给[你您]$|这边$|(?:喊|让|叫)小?(?:助理|助手)$`);
/** …or the seller doing it somewhere (规则不允许我们在卡片上留联系方式). */
const SELLER_SOMEWHERE = new RegExp(`(?<![${NOT_THE_SELLER_BEFORE}])我们在[^\\n]{1,6}?上$`);

/** Alternatives given in brackets right after the request (写下您的联系方式（手机号、小绿号都行）): the buyer's, no account. */
const EXAMPLES_IN_BRACKETS = /^[ \u3000]*[（(]([^（()）\n\d]{2,24})[）)]/;
const LISTED_ALTERNATIVES = /[、/或]|都行|均可|皆可|任选|任一/;
/** A handle among them makes them the seller's own (写下您的联系方式（加我微信 mumu_shop）). */
const HANDLE_INSIDE = /[A-Za-z][A-Za-z0-9_]{3,}/;
/** The folded end of a collect request, past such bracketed alternatives. */
function examplesInBracketsAfter(f: Context, original: string, end: number): number {
  const m = EXAMPLES_IN_BRACKETS.exec(original.slice(f.ends[end - 1]!, f.ends[end - 1]! + 32));
  if (!m || !LISTED_ALTERNATIVES.test(m[1]!) || HANDLE_INSIDE.test(m[1]!)) return end;
  const close = f.ends[end - 1]! + m[0].length;
  let k = end;
  while (k < f.text.length && f.ends[k]! <= close) k++;
  return k;
}

/** A request for the buyer's contact noun at [start, end): 留下您的手机号, 把手机号留在评论区. */
function collectRequest(f: Context, start: number, end: number, original: string): { start: number; end: number } | undefined {
  // The order's own phone for the courier (请务必填写本人常用手机号，以便快递员派送联系; 下单填写收货手机号，
  // 快递员会通过平台虚拟号联系您): the platform keeps it.
  const around = f.text.slice(clauseStart(f, start, 12), clauseEnd(f, end, 16, true));
  if (SHIPPING_PHONE.test(around)) return undefined;
  // …and the order's own fields filled in (下单时请仔细填写收货地址和手机号，填错了快递联系不上您), not put elsewhere.
  if (ORDER_FIELDS.test(around) && !OFF_ORDER_PLACE.test(around)) return undefined;
  const verb = verbBefore(f, start, quotedName(original, f, start, end) || quotedTemplate(original, f, start, end) ? COLLECT_ACROSS_QUOTES : COLLECT);
  // 教程免费发你📩: an envelope drawn after 发你 is what is sent, no mailbox asked for.
  if (verb !== undefined && givesList(f, verb) && PICTURE.test(original.slice(f.starts[start]!, f.ends[end - 1]!))) return undefined;
  // "我发你微信", "我私发你VX", "我们再发你电话" is the seller offering a handle, not asking for one;
  // so is 发你 right before a WeChat (私聊，发你微信); 发你手机号 to the service asks for the buyer's.
  // 打 alone types only a number (评论区打手机号); 打(个)电话 and 打微信语音 are calls.
  if (verb !== undefined && !(f.text.charCodeAt(verb) === DA && !TYPED_AFTER_DA.has(f.text.charCodeAt(verb + 1)) && !NUMBER_NOUN.test(f.text.slice(start, end))) && !(sellerSpeaks(f, verb) && !ASKS_THE_BUYER.test(f.text.slice(verb, verb + 3))) && !someoneDid(f, verb) && !(f.text.startsWith('发你', verb) && SELLERS_ACCOUNT.test(f.text.slice(verb + 2, start)) && OFFERED_ACCOUNT_NOUN.test(f.text.slice(start, end))) && !NOTED_BY_THE_BUYERS.test(f.text.slice(end, end + 8)) && !otherThingSentFirst(f, verb)) return { start: verb, end };
  // 留下您的手机号和微信号: a noun listed after an asked-for one is asked for too, a filler
  // between them or not (备注宝宝月龄和妈妈的手机号).
  // (Most nouns have no conjunction in the few characters before them: no filler is looked for.)
  // 填写售后服务卡上的姓名与手机号, 会员回访表（姓名+手机号）: a form's personal fields, a fill verb further back
  // (not the order's consignee: 下单时请填写收货人姓名和手机号).
  const field = PERSONAL_FIELD_BEFORE.exec(f.text.slice(Math.max(0, start - 5), start));
  if (field) {
    const from = clauseStart(f, start - field[0].length, 16, true);
    const before = f.text.slice(from, start - field[0].length);
    // The nearest fill verb (延保登记请扫描…二维码，填写姓名与手机号: 填写, not 登记).
    let m: RegExpExecArray | null = null;
    for (const v of before.matchAll(FORM_FILL_VERB)) m = v;
    // (…unless a code scanned first takes the form elsewhere: 扫码填写收货地址和电话.)
    // (An order has no field for a chat account: 填写收件人姓名+手机+微信 asks for one all the same.)
    if (m && (!CONSIGNEE_OR_ORDER.test(before.slice(m.index)) || SCANNED_FIRST.test(before.slice(0, m.index)) || NO_ORDER_FIELD.test(f.text.slice(start, end))) && !sellerSpeaks(f, from + m.index)) return { start: from + m.index, end };
  }
  const filler = conjunctionNear(f.text, start) ? COLLECT_FILLERS.find((w) => start > w.length && f.text.startsWith(w, start - w.length)) : undefined;
  const listedAt = filler ? start - filler.length : start;
  for (const c of COLLECT_CONJUNCTIONS) {
    const cs = listedAt - c.length;
    if (cs <= 0 || !f.text.startsWith(c, cs)) continue;
    // …the part of a number named after it too (备注您的手机号后四位和微信号).
    const nounEnd = cs - (NUMBER_PART.exec(f.text.slice(Math.max(0, cs - 4), cs))?.[0].length ?? 0);
    const noun = COLLECT_NOUNS.find((n) => nounEnd >= n.length && f.text.startsWith(n, nounEnd - n.length));
    const asked = noun && collectRequest(f, nounEnd - noun.length, nounEnd, original);
    if (asked) return { start: asked.start, end };
    // 备注刻字内容和微信号: what else is asked for may be no contact noun.
    const listed = verbBefore(f, cs, LISTED_AFTER_COLLECT);
    if (listed !== undefined && !sellerSpeaks(f, listed) && !givesList(f, listed)) return { start: listed, end };
  }
  if (SELLERS_OWN.some((w) => f.text.endsWith(w, start)) || sellerHandsOver(f, start)) return undefined;
  // A form's fields listed after a fill verb and a colon: 填写下方保修登记表：姓名、手机号、收货地址.
  // (Not the order's own consignee fields: 请填写完整的收货人、手机号及详细地址.)
  const form = formFieldsBefore(f, start, original);
  if (form >= 0 && !CONSIGNEE.test(f.text.slice(form, end))) return { start: form, end };
  // 把 before the noun holds it for a verb further on (把您的手机号和收货地址短信发给我们, 把手机号拆成两半打在公屏上).
  // (…past the 、 of a list too: 把名字、电话、地址一起发到评论区.)
  const e = BA_BEFORE.test(f.text.slice(Math.max(0, start - 9), start)) ? endPastListCommas(f, original, end, BA_REACH) : clauseEnd(f, end, COLLECT.afterReach);
  const window = f.text.slice(end, e);
  // 电话里把名字报给我: the noun is where something else is sent (in the call), not what is asked for.
  if (IN_THE_CHANNEL.test(window)) return undefined;
  // 把手机号给我: the noun held by 把 handed over right after it (not 把微信转账给我: a transfer between).
  if (window.startsWith('给我') && BA_BEFORE.test(f.text.slice(Math.max(0, start - 9), start)) && !sellerSpeaks(f, end)) return { start, end: end + 2 };
  for (const w of COLLECT_AFTER) {
    const i = window.indexOf(w);
    // 手机号我打在公屏了: the seller typed its own number, it asks for none; 微信单独发给你 sends one.
    // …and 联系方式都写在那里了 / 写在简介里 says where the seller's own already is.
    // …and not 转发给 (forwarded to someone: 微信里转发给家人也能下单).
    // …nor 号码写在包装纸背面那串：一五八… (the seller's own number, given right after).
    // (…but digits in a mailbox's address are none: 把手机号发到邮箱 kezi_studio@163.com.)
    if (i < 0) continue;
    const next = f.text.slice(end + i + w.length, end + i + w.length + 18);
    // (把微信号写上 asks for it; 微信号写上面了 says where the seller's own is.)
    if (w === '写上' && /^[面了去]/.test(next)) continue;
    // (A number after 发到 or 发送至 is where it goes: 把名字和电话发短信到 139…; so is one after 发企鹅.)
    if (window.charCodeAt(i - 1) !== ZHUAN && (!NUMBER_GIVEN_AFTER.test(next) || TO_A_MAILBOX.test(next) || /[到至]$/.test(w) || SENT_TO_AN_APP.test(w)) && !sellerSpeaks(f, end + i) && !TO_THE_BUYER.test(window.slice(i + w.length)) && !FOR_THE_BUYER.test(window.slice(0, i)) && !SELLERS_PLACE.test(window.slice(i + w.length)) && !CANNOT_BEFORE.test(window.slice(0, i))) return { start, end: end + i + w.length };
  }
  return undefined;
}

/**
 * 把需求发我邮箱: something else held by 把 before the verb is what is sent, and the contact noun after it
 * is where it goes (the seller's own), none asked for.
 */
function otherThingSentFirst(f: Context, verb: number): boolean {
  const m = BA_OBJECT_BEFORE.exec(f.text.slice(clauseStart(f, verb, 10), verb));
  return m !== null && !CONTACT_IN_OBJECT.test(m[1]!);
}
const BA_OBJECT_BEFORE = /把([^，,。！？\n把]{1,8})$/;
const CONTACT_IN_OBJECT = /手机|电话|号|微信|vx|qq|邮箱|地址|姓名|名字|联系/;

/** What cannot be written or sent here (联系方式不方便写在这里): the seller's own, withheld, asks for nothing. */
const CANNOT_BEFORE = /(?:不方便|不便|不能|不让|没法|不好)$/;

/** The buyers told to note it down (报个号码大家记：…): the seller reads its own out. */
const NOTED_BY_THE_BUYERS = /^(?:给)?(?:大家|你们|各位|宝宝们|姐妹们|家人们|老铁们)(?:先)?(?:记|抄)/;

/** Contact nouns no order form has a field for (a chat account). */
const NO_ORDER_FIELD = /微信|vx|v号|wx|qq|企鹅|绿泡泡/;

/** The seller asking the buyer for it (我私信找你要手机号): the seller speaks, and collects. */
const ASKS_THE_BUYER = /^(?:找|跟|问|向)[你您]要/;

/**
 * Three digits within a few characters: a number given where the words said it is written (not one
 * offered to call instead: 请把您的手机号发给我们，或直接致电 158…).
 */
const NUMBER_GIVEN_AFTER = /^(?:(?!或|致电|拨打|来电)[^\n]){0,14}?[0-9一二三四五六七八九零〇幺]{3}/;

const ORDER_FIELDS = /快递(?:员|小哥)?联系不上|(?:填写|填好|填对)收货地址(?:和|及|、|与)|收货人(?:的)?(?:姓名|名字)?(?:和|与|及)?(?:手机号|电话)/;
/** The platform's own lead form (小红书's 留资 cards: 点击笔记下方「预约」卡片留下手机号，官方留资组件提交). */
const PLATFORM_FORM = /官方留资|留资组件|留资卡|留资工具|官方[^，,。！？\n]{0,8}组件/;
const FORM_BYPASSED = /评论|私信|微信|备注|发给|发到|填不了|用不了/;
/** The contact noun at [start, end) asked for in a lead form (not one sent elsewhere instead: 留资组件填不了的，直接评论区留手机号). */
function inLeadForm(f: Context, start: number, end: number): boolean {
  const around = f.text.slice(clauseStart(f, start, 12), clauseEnd(f, end, 16, true));
  return PLATFORM_FORM.test(f.text.slice(clauseStart(f, start, 30, true), clauseEnd(f, end, 30, true))) && !FORM_BYPASSED.test(around);
}
const OFF_ORDER_PLACE = /评论|备注|留言|私信|卡片|表格|问卷|发给|发到|发送|短信|扫码|扫一扫/;
const SHIPPING_PHONE = /以便快递|用于快递|快递派送|联系派送|快递员派送|快递员派件|派件时|派送联系|配送联系|快递员(?:会)?(?:通过|用)?(?:平台)?虚拟号|虚拟号联系|物流(?:会)?(?:电话|致电)预约/;

/**
 * Where the fill verb stands when the contact noun at `start` is a field of a form listed after a
 * colon (填写下方保修登记表：姓名、手机号), or -1. Folded text has no punctuation: the colon and the
 * commas are the gaps before the units.
 */
function formFieldsBefore(f: Context, start: number, original: string): number {
  // The field may name whose it is: 填写宝宝姓名、家长手机号.
  const whose = f.gaps[start]! < Gap.Slash ? COLLECT_FILLERS.find((w) => start > w.length && f.text.startsWith(w, start - w.length)) : undefined;
  let k = whose ? start - whose.length : start;
  for (let fields = 0; fields < 6; fields++) {
    const gap = f.gaps[k]!;
    // …or in brackets, parted by slashes: 填写背面的会员登记表（姓名/手机号/微信号）.
    if (gap === Gap.Label || (gap === Gap.Clause && OPENING_BRACKETS.includes(original.charAt(f.starts[k]! - 1)))) {
      const from = Math.max(0, k - 14);
      const m = FILL_VERB.exec(f.text.slice(from, k));
      return m ? from + m.index : -1;
    }
    if (gap !== Gap.Clause && gap !== Gap.Slash) return -1;
    // Back over the field before this comma or slash: one to six characters, no separator inside.
    let j = k - 1;
    while (j > 0 && k - j < 7 && f.gaps[j]! < Gap.Slash && f.text.charCodeAt(j - 1) !== NEWLINE) j--;
    // …or the first field right after its verb, without a colon: 请填写姓名、手机号、微信号.
    for (let p = k - 1; p > j && p >= k - 6; p--) {
      const m = FILL_VERB_JUST_BEFORE.exec(f.text.slice(Math.max(0, p - 6), p));
      if (m) return p - m[0].length;
    }
    if (j === 0 || k - j > 6 || f.text.charCodeAt(j - 1) === NEWLINE) return -1;
    k = j;
  }
  return -1;
}
const OPENING_BRACKETS = '（(【[';
const FILL_VERB = /(?:填写|填好|填上|登记|提供|留下|发送)[^\n]*$/;
const CONSIGNEE = /收货人|收件人/;
/** Review words that are also what a buyer shows of damage or of a lower price, and the damage. */
/** The seller's own post searched for before 笔记 (去某书搜我的笔记). */
const OWN_NOTE_SEARCHED = /搜(?:一下)?(?:我的?|我们的?|咱的?|咱家的?|主播的?)$/;
/** A comment read out or seen before 评论 (刚读到一个评论). */
const COMMENT_READ_OUT = /(?:读到|念到|看到|刷到|读|念)(?:一个|一条|个|条|这个|这条)$/;
/** A price said right after a pack pattern's words: a comparison (…线下专柜卖三千八, …门店价 3800). */
const PRICE_TOLD_AFTER = /^(?:专柜|实体店|门店|店里)?(?:卖|价|售价|标价|要价|[^\n]{0,6}?要[0-9一二三四五六七八九十两几]+(?:万|千|百|块|元))/;
/** Membership named as what the join is (入会就是进咱们家族). */
const MEMBERSHIP_IS = /(?:入会|成为会员|加入会员)(?:就是|即是|即|等于)$/;
/** An order placed or paid right before a screenshot, no review word between: what the screenshot shows. */
const ORDER_SCREENSHOT_BEFORE = /(?:下单|下完单|拍下|付款|付完款|订单)[^，,。！？\n评晒]{0,8}$/;
const EVIDENCE_WORDS = new Set(['开箱视频', '开箱小视频', '晒视频', '截图', '晒图', '带图', '返图']);
const DAMAGE = /碎了|摔碎|破损|摔坏|压坏|坏了|漏液|漏了|少件|缺件|少发|漏发|错发|质量问题|瑕疵|划痕/;
/** …or a lower price shown for the difference back (价保): no review either. */
const DAMAGE_OR_PRICE = new RegExp(`${DAMAGE.source}|差价|价保|保价`);
const NOT_THE_SHOPS_REWARD = /(?:京东|淘宝|天猫|拼多多|抖音|快手|小红书|平台)(?:平台)?(?:按规则|自动|官方|统一)?(?:发放|自动发|发的)|以平台页面为准|(?:与|和|跟)(?:评价|好评|评论)(?:无关|没关系|没有关系|无任何关系)|(?:评价|好评|评论)(?:与|和|跟)(?:任何)?(?:奖励|返现|红包|福利)(?:无关|没关系|没有关系|无任何关系)/;
const FILL_VERB_JUST_BEFORE = /(?:填写|填好|填上|登记|提供|留下|写上|写下|写明|备注|发送)(?:您的|你的)?$/;
const NEWLINE = 10;
/** A part of a number named after it: 后四位, 尾号, 前3位. */
const NUMBER_PART = /(?:(?:后|前|末)(?:[一二三四五六七八2-8]|两)位|尾号|尾数)$/;

/** True when a conjunction's character stands in the 8 characters before `at`. */
function conjunctionNear(text: string, at: number): boolean {
  for (let k = Math.max(0, at - 8); k < at; k++) if (CONJUNCTION_UNITS.has(text.charCodeAt(k))) return true;
  return false;
}
const CONJUNCTION_UNITS = new Set(COLLECT_CONJUNCTIONS.map((c) => c.charCodeAt(0)));

/** Right after a private-message word: the shop's own customer service or account (私戳客服, 私聊店铺客服, 私信店铺号). */
const TO_OWN_SERVICE = /^(?:店铺|官方|在线)?客服|^(?:店铺|官方)(?:号|账号)/;

/** A profile place and what it holds, right before a contact word: 简介第二行就是我的…, 头像上有我们的…. */
const POINTER_BEFORE = /(?:主页|简介|头像|签名|背景图|置顶)[^加\n]{0,8}?(?:就是|是|有|写着|里有|上有|藏着)(?:我|我们)的?$/;


/** A closing quote and the kind of place the quoted name is (会员中心, 小程序, 公众号, 店铺…). */
const PLACE_AFTER_QUOTED_NAME = /^[」』”"'’】》]\s*(?:的)?(?:会员中心|小程序|商城|公众号|店铺|小店|旗舰店|官网|app|页面|专区|账号|视频号)/i;


/** After a platform's name: its order pages (App订单页, App-我的订单, 订单中心). */
const ORDER_PAGE_AFTER = /^(?:app)?(?:里|内|上|的)?(?:我的?)?(?:订单页|订单中心|订单详情|订单里|订单列表)/;
/** After WeChat's name: a search for, or an order in, WeChat's own shop (小店, 橱窗, 视频号), or its order pages; a step's number may come between (1️⃣打开微信 2️⃣搜…小店); or the shop there itself (绿泡泡上的老店). */
const WECHAT_SHOP_AFTER = /^(?:里|上)?(?:我的?)?(?:订单中心|订单页|订单详情)|^(?:里|上)?我订单|^\d?(?:里|上|中)?(?:搜索|搜一搜|搜)(?:本店|我们的?)?[^\n比]{0,10}?(?:小店|橱窗|视频号)(?![^\n]{0,10}?(?:加到?我|添加|好友))|^(?:里|上)?(?:就能|就可以|可以|直接)?下单[^\n比]{0,16}?(?:小店|橱窗|视频号)|^(?:里|上)的(?:老店|小店|店铺)/;
const ADDED_BEFORE = /(?:加|添加|\+)(?:我|个|一下)?$/;
/** Right after a group: what it offers (淘宝群每周还有专属秒杀, 淘宝群里每晚8点有整点抽奖). */
const GROUP_PERKS_AFTER = /^(?:里|内)?(?:[^\n]{0,8}?(?:有|发|放|抢)[^\n]{0,4}?|(?:每月|每周|每天|每晚|每日|定期))(?:秒杀|抽奖|福利|专属券|优惠券|红包|内购|隐藏券|补货|返场|上新)/;
const MINI_PROGRAM_SEARCHED = /^(?:里|上|中)?(?:搜索|搜一搜|搜)[^\n比]{0,14}?(?:小程序|小chengxu|小cx|xcx)/;
/** An account right after a search, then an add-call (微信搜一搜 heshe_vip02 添加专属顾问). */
const ACCOUNT_THEN_ADDED = /^[\s:：]*[A-Za-z][\w.-]{3,}[\d_][\w.-]*\s*(?:添加|加|并添加|后添加)/;
/** A clause on, the name in quotes or the account searched for (…小程序商城，搜“禾润会员汇”), not one called a fake (搜“某某”的都是仿品),
 * or a name then 就能看到 (全部图在某鱼，搜鹿角工作室就能看到), nor a kind of goods many shops sell (搜“冰丝袖套”能看到很多);
 * two clauses on too (我们家在某音也有号，粉丝比这边多，搜'东北虎妞'). */
/** The account named, then followed: 还有个视频号，叫“老陈的茶山”，你们去关注一下; 公众号叫“老周果园日记”，去关注. */
const CALLED_THEN_FOLLOWED = /^[，,]?(?:叫|名字叫|名叫|就叫)[“"「『‘'][^”"」』’'\n]{1,16}[”"」』’'][^。！？!?\n]{0,10}?(?:去关注|关注一下|去搜|搜一下)/;
const NAME_SEARCHED_NEXT = /^(?:[^。！？!?\n，,]{0,8}[，,]){1,2}\s*(?:大家|直接|可以|就|老铁们|家人们|姐妹们)?(?:搜索|搜一下|搜)\s*(?:[“「『"‘'][^”」』"’'\n]{2,14}[”」』"’']|[A-Za-z][\w.-]{3,}\d|[^\s，,。！？\n]{2,12}?(?:(?:就能|就可以|即可|就)(?:看到|找到)|就行|就好|就有)|我的?同名)(?!的?(?:都|全)?(?:是|为)?(?:假|仿|骗|冒))(?![^，,。\n]{0,5}?(?:很多|好多|一大堆|一堆|多家|都有))/;
/** After a request to send: a mailbox named (发到邮箱, 发邮件至). */
const TO_A_MAILBOX = /^[^\n]{0,4}?(?:邮箱|邮件|email|mail)/;
const ADD_WORD = /^(?:加|添加|\+)/;


/** An account's handle or ID right before (@tw_yuki_shop , ID：aurora_tw ). */
const HANDLE_RIGHT_BEFORE = /(?:@|[:：]\s*|搜(?:索)?\s*)[A-Za-z][A-Za-z0-9_.\-]{3,}\s*$/;
/** …or a number (售后企鹅：2 8 5 6 7 1 9 0 4 3，加好友时备注订单号). */
const NUMBER_RIGHT_BEFORE = /[:：]\s*[0-9](?:[\s-]?[0-9]){4,}[\s，,]*$/;


/** WeChat's word paired with the phone's right before a number (V/电 一三八…, 微信/电话 ＋86…, 微信＝手机：…): one number for both. */
function sameAsPhoneAfter(text: string, f: Context, end: number): boolean {
  return SAME_AS_PHONE_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 10));
}
const SAME_AS_PHONE_AFTER = /^\s*[/／=＝、&]\s*(?:电话|电|手机号?|tel)\s*[:：]?\s*[+＋0-9０-９一二三四五六七八九零〇幺①-⑨⓪]/i;

/**
 * Between a review and a reward: the reward is for buying (下单前, 拍之前), not for the review (but 下次下单前 is the reviewer's next
 * order, and 下单时备注 or 下单前私信 the reviewer's claim of it: 给了好评的，下单时备注'老铁五星'，我多塞一双袜子).
 */
const BEFORE_BUYING = /(?<!下次|下回|再次)(?:下单前|下单时|拍前|拍之前|拍下前|购买前|买之前|付款前)(?!.{0,2}?(?:备注|私信|私我|联系客服|找客服|说一声|报一下|报暗号))/;

/** hostTerm's names for the platforms' own sites. */
const PLATFORM_HOSTS = new Set(['taobao', 'tmall', 'jd', 'douyin', 'pinduoduo', 'kuaishou', 'xiaohongshu', 'wechat_channels']);

/** Right before a group: the past (以前在, 之前的). */
const PAST_BEFORE = /(?:以前|之前|原来|过去|曾经)(?:在|的)?$/;

/** After a group's name: it is not open (暂未开通, 我们都没有开). */
const NOT_OPEN_AFTER = /^[^\n]{0,10}?(?:暂未开|尚未开|还没开|没有开|都没开|没开|未开通|未开放|不开放|暂不开|没有建|没建)|^那套[^，,。\n]{0,8}?没有/;

/** Messaging apps whose account is a phone number, and a number given soon after one (同步客服：+86 186…, ，号码+86 139…). */
const IM_APPS_BY_NUMBER = new Set(['whatsapp', 'telegram', '纸飞机', '小飞机', 'kakao', 'kakaotalk', 'skype']);
const IM_NUMBER_AFTER = /^[^。！？!?\n]{0,10}?[:：]?\s*\+?\d[\d \-]{8,}/;

/** The account named right after a pointer, in letters and digits: 头像有🛰️，号是 fx_lin0906 (not a display name: 名字叫大刚). */
const ACCOUNT_NAMED_AFTER = /^[^\p{L}\p{N}]*[，,\s]\s*(?:号|账号|号码|id|ID)(?:是|为|[:：])\s*[A-Za-z0-9][\w.-]{3,}/u;
/**
 * The shop's WeChat store or channel, found by a search: …就能找到我们的小店, …即可再次回购; or the seller found there, no mini
 * program or account named (微信搜一搜店铺名“禾木家居”就能找到我们).
 */
const CHANNELS_SHOP_AFTER = /(?:找到|进入|进)(?:我们|我家|咱家|本店)?的?(?:微信小店|小店|视频号)|(?:就能|即可|可以)(?:再次)?回购|(?:就能|即可|可以)找到(?:我们|我家|咱家|本店)(?![^，,。\n]{0,3}(?:小程序|公众号|服务号|公号))/;
/** Taobao's name for its share code right before a token: 淘口令￥Mp3QaZ7￥. */
const TAOBAO_TOKEN_BEFORE = /(?:淘口令|淘宝口令|手淘口令)[:：\s]*$/;
/** Words that put a password on the goods as a motif, a few characters before it. */
const MOTIF_BEFORE = /(?:绣着|绣有|绣上|印着|印有|印上|刻着|刻有)[^，。！？\n]{0,10}$/;
/** A label right after a group's word, before its number: 老友群：83605217, 群号 5520…. */
const GROUP_NUMBER_AFTER = /^(?:号|号码)?\s*[:：]|^号/;
const COUNT_AFTER = /[人名个位元块件只条]/;
/** A profile place said to hold what follows: 简介里有, 主页上是, 头像里就是我的. */
const PLACED_IN_PROFILE = /^号?(?:就)?(?:挂|放|写|藏)?在(?:我|我们|主播)?的?[^\n加]{0,6}?(?:主页|简介|头像|签名|背景图|置顶)/;
const PROFILE_HOLDS_BEFORE = /(?:主页|简介|头像|签名|背景图|置顶)[^加\n]{0,6}?(?:就是|是|有|写着|里有|上有|藏着|放着|放了)(?:我|我们|他|她)?的?$/;

/** Someone's own number or account after a pointer: 主页简介有我私人号, 头像里是老板微信. */
const OWN_NUMBER_AFTER = /私人号|私人微信|个人号|个人微信|老板(?:的)?(?:微信|电话|手机)|我(?:的)?(?:微信|电话|手机|v)/;

/** The platform's own group a profile pointer leads into, by the term its rules know, if the sentence names one. */
function homeGroupNear(f: Context, start: number, end: number): string | undefined {
  const sentence = f.text.slice(clauseStart(f, start, 32, true), clauseEnd(f, end, 12, true));
  // (An app's group named by its app first: 淘宝群…点主页上面的「群聊」 is the Taobao group's chat.)
  if (sentence.includes('淘宝群')) return 'taobao-group';
  if (sentence.includes('钉钉粉丝群')) return 'dingtalk-group';
  if (sentence.includes('群聊')) return 'group-chat';
  return undefined;
}

/** Where the seller's own contact already stands: 写在那里了, 写在简介里. */
const SELLERS_PLACE = /^(?:就)?(?:我的?)?(?:账号|店铺)?(?:那里|那儿|那$|那了|那呢|那哦|那啦|那里面|里面|里头|简介|主页|头像|签名|置顶|背景|身后|小黑板|黑板|白板|屏幕|上面了?$|上面[了啦呢哦哈]|[^，,。！？\n]{0,4}图上)/;
/** The buyer as who a contact is sent to: …发给你, …私发给您. */
const TO_THE_BUYER = /^给?(?:你|您|大家)/;
/** …or for whom the seller says it: 厂里电话给大家报一下. */
const FOR_THE_BUYER = /给(?:你|您|大家|各位)(?:们)?$/;

/**
 * 我让小助理把微信号打在公屏上, 我把绿泡泡号私发给你: the seller's side puts its own contact
 * somewhere (a seller before the 把, no buyer addressed), it asks for none.
 */
function sellerHandsOver(f: Context, start: number): boolean {
  if (f.text.charCodeAt(start - 1) !== BA) return false;
  const before = f.text.slice(clauseStart(f, start - 1, 10), start - 1);
  // …or the seller's side called on just before (助理，把绿泡泡号打在公屏上).
  return (SELLER_SIDE.test(before) && !/[你您]/.test(before)) || (before === '' && SELLER_CALLED.test(f.text.slice(Math.max(0, start - 8), start - 1)));
}
const BA = '把'.charCodeAt(0);
const SELLER_SIDE = /我|主播|助理|助手|客服|店长|场控/;
/** The seller's helper addressed at the start of a sentence, a clause of its own (助理，…; folding drops the comma). */
const SELLER_CALLED = /(?:^|\n)(?:小)?(?:助理|助手|场控|运营)$/;

/** A blank after a contact noun (手机号＿＿＿, 微信：（    ）): a form the buyer fills in. */
const BLANK_AFTER = /^\s*[:：]?\s*(?:[＿_]{2,}|[（(]\s{2,}[)）]|\[\s{2,}\])/;

function blankToFill(f: Context, text: string, start: number, end: number): { start: number; end: number } | undefined {
  return BLANK_AFTER.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 12)) ? { start, end } : undefined;
}

function qualifyFromWords(signal: RawSignal, words: string): void {
  const app = groupAppIn(words);
  if (!app) return;
  signal.term = app.term;
  signal.companion = app.companion;
}

/** The app a group lives on, read from words before or around it (GROUP_APPS), if any. */
function groupAppIn(words: string): { term: string; companion: SignalFamily } | undefined {
  for (const [word, term, companion] of GROUP_APPS) {
    const at = words.indexOf(word);
    // 备注微信号 拉你进福利群: a handle asked for before the group, not the group's app; 不在淘宝上的老客户群
    // and 快手外头的小圈子 are anywhere but there.
    if (at < 0) continue;
    // A letter word read out of other letters is none (FAQ：Q 有售后群 folds to faqq: no QQ).
    if (LETTERS.test(word) && LETTERS.test(words.charAt(at - 1))) continue;
    const next = words.charAt(at + word.length);
    // 企鹅玩偶粉丝群: a toy's fans, no QQ group.
    if (next !== '号' && next !== '外' && !words.endsWith('不在', at) && !GOODS_AFTER_APP_WORD.test(words.slice(at + word.length))) return { term, companion };
  }
  return undefined;
}

/**
 * A generic group word refers to the named group of the same copy: in "淘宝群里每晚发券，记得
 * 进群" the 进群 is the Taobao group (home on Taobao, third party elsewhere).
 */
function qualifyGroups(signals: RawSignal[], text: string): void {
  const named = signals.filter((s) => s.family === 'group' && s.companion !== undefined).sort((a, b) => a.start - b.start);
  if (named.length === 0) {
    // 官方群聊入口在直播间左下角，进群…, 想进粉丝群的点我主页的小红书群聊: the group chat the copy names
    // (home on Xiaohongshu).
    // (Not a group the copy sets apart from that one: 官方群聊人满了，我另外拉你们进外面的小群.)
    // (Nor one joined because that one is full: 店铺群聊满了，新粉扫…二维码进群.)
    for (const s of signals) {
      if (!(s.family === 'group' && s.term === 'group' && joinsAGroup(s.text) && text.includes('群聊'))) continue;
      const chat = text.lastIndexOf('群聊', s.start);
      if ((chat < 0 && !OFFICIAL_CHAT.test(text)) || anotherGroup(text, s.start) || chatFullBefore(text, s.start)) continue;
      s.term = 'group-chat';
      // …the app named before that chat too (小红书店铺群聊…，关注后就能申请进群).
      if (chat >= 0) qualifyFromWords(s, APP_RIGHT_BEFORE.exec(text.slice(Math.max(0, chat - 10), chat))?.[0] ?? '');
    }
    // 进不了淘宝群，点店铺首页的群聊入口就能进: the group chat of the app's group named before it.
    // (…or the app's name right before the chat: 同步在小红书店铺群聊.)
    for (const s of signals) if (s.family === 'group' && s.term === 'group-chat' && s.text.startsWith('群聊')) qualifyFromWords(s, NAMED_GROUP_WORDS.exec(text.slice(0, s.start))?.[0] ?? APP_RIGHT_BEFORE.exec(text.slice(Math.max(0, s.start - 10), s.start))?.[0] ?? '');
    // …or a named group the copy speaks of, joined or not (钉钉粉丝群每周上新，点首页的群入口就能进).
    for (const s of signals) if (s.family === 'group' && s.term === 'group' && JOIN_A_GROUP.test(s.text)) qualifyFromWords(s, NAMED_GROUP_WORDS.exec(text.slice(0, s.start))?.[0] ?? '');
    // …or the group said to be in an app (群在企业微信里, 不在这儿，在那个绿色聊天软件里，…我拉你进去).
    placeInApp(signals, text);
    return;
  }
  // 群聊 too: 淘宝群「…」…点击店铺首页的群聊入口 joins the Taobao group.
  const generic = signals.filter((s) => s.family === 'group' && (s.term === 'group' || s.term === 'group-chat')).sort((a, b) => a.start - b.start);
  let i = 0;
  for (const s of generic) {
    while (i + 1 < named.length && Math.abs(named[i + 1]!.start - s.start) <= Math.abs(named[i]!.start - s.start)) i++;
    const best = named[i]!;
    // 想进VIP群的加我微信，我拉你，淘宝群那边名额满了: a group set apart from the named one is another
    // (not a new one on the shop's own page: 淘宝群人满了，新群入口在店铺首页).
    // (…nor a private one: 加v进我们私域群，淘宝群只发普通券.)
    // (…nor one the named group is said not to be: 拉进咱们自己的老粉窝（不是抖音里那个粉丝群）.)
    // (…nor one the named group is said to hold back from: 淘宝群只发常规券，想拿内部价的扣1，我拉你进VIP群.)
    if (anotherGroup(text, s.start) || APART_INSIDE.test(s.text) || PRIVATE_GROUP.test(s.text) || (FULL_AFTER.test(text.slice(best.end, best.end + 8)) && !SHOP_PAGE_AFTER.test(text.slice(s.end, s.end + 10))) || ONLY_SO_MUCH_AFTER.test(text.slice(best.end, best.end + 6)) || NOT_THIS_ONE_BEFORE.test(text.slice(Math.max(0, best.start - 8), best.start))) continue;
    // 钉钉粉丝群可以进，另外在企鹅上，群号 284…: another app named between them (within 24 characters before the later
    // group) is where the later group is.
    const app = best.end <= s.start ? groupAppIn(text.slice(Math.max(best.end, s.start - 24), s.start)) : undefined;
    s.term = app?.term ?? best.term;
    s.companion = app?.companion ?? best.companion;
  }
  // …and a group set apart from the named one may be said to be in an app (淘宝群人太多了，我另外开了个小裙，在企🐧上).
  placeInApp(signals, text);
}

/** A group still without an app takes the one the copy places a group in, if any (GROUP_PLACED_IN, APP_OPENED_TO_JOIN). */
function placeInApp(signals: RawSignal[], text: string): void {
  // (Read only where a group still has no app: most texts with signals have none.)
  const placed = signals.some((s) => s.family === 'group' && s.term === 'group') ? (placedInApp(text) ?? placedInApp(withoutZeroWidth(text))) : null;
  if (!placed) return;
  // 拉你进我们在绿色聊天软件里建的车友会: the join verb that opens the words placing the group joins it, however far
  // the group stands from it (not when denied: 不会拉你进微信里的任何群).
  const joinedThere = placed[0].startsWith('进') && !DENIED_JOIN_BEFORE.test(text.slice(Math.max(0, placed.index - 8), placed.index));
  for (const s of signals) {
    if (s.family !== 'group' || s.term !== 'group') continue;
    qualifyFromWords(s, (placed[1] ?? placed[2] ?? placed[3] ?? placed[4] ?? placed[5] ?? placed[6])!.toLowerCase().replace(/^v$/, 'vx'));
    if (joinedThere && s.start >= placed.index && s.start < placed.index + placed[0].length) s.mention = false;
  }
}
function placedInApp(text: string | undefined): RegExpExecArray | null {
  return text === undefined ? null : (GROUP_PLACED_IN.exec(text) ?? APP_OPENED_TO_JOIN.exec(text));
}

/** Zero-width characters inside an app's name (群开在微\u200b信上) hide it from the words placing a group. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const EVERY_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source, 'g');

/** `text` without its zero-width characters, padded with spaces to its length, or undefined when it has none. */
function withoutZeroWidth(text: string): string | undefined {
  if (!ZERO_WIDTH.test(text)) return undefined;
  // Offsets before the first zero-width character stay exact, later ones move by a unit or two: close enough to tell
  // whether a group stands inside the words that place it.
  return text.replace(EVERY_ZERO_WIDTH, '').padEnd(text.length, ' ');
}
const DENIED_JOIN_BEFORE = /(?:不|没|别|勿|禁止|拒绝)[^，,。！？\n]{0,6}$/;

/** After a group: its way in is on the shop's own page (新群入口在店铺首页). */
const SHOP_PAGE_AFTER = /^(?:的)?(?:入口|链接)?(?:在|放在|见)(?:店铺|本店|我们店铺)?(?:首页|主页)/;
/** Said right after a group: it is full or too noisy (那边名额满了, 人已满, 淘宝群太吵, 淘宝群放不下那么多人, 淘宝群人太多了). */
const FULL_AFTER = /^(?:那边|这边|里)?(?:的)?(?:名额|人)?(?:已经|已)?满|^(?:那边|这边|里)?(?:太|很|有点)(?:吵|乱|杂|多人)|^(?:那边|这边|里)?(?:已经)?(?:放不下|装不下|加不进|进不去)|^(?:那边|这边|里)?(?:的)?人(?:太多|太满|爆满)|^(?:那边|这边|里)?太多人/;

/**
 * The group chat named before `at` said to be full (群聊满了): a group joined after it is another —
 * unless a group chat is named after it too (已满500人，二群入口放在…群聊卡片: the chat's second group).
 */
function chatFullBefore(text: string, at: number): boolean {
  const k = text.lastIndexOf('群聊', at);
  return k >= 0 && FULL_AFTER.test(text.slice(k + 2, k + 10)) && !text.includes('群聊', at);
}

/** Before a named group: the copy says its group is not that one (不是抖音里那个粉丝群). */
const NOT_THIS_ONE_BEFORE = /(?:不是|并非|而不是|不在)[^，,。！？\n]{0,6}$/;

/** Words right before a group that set it apart from another: 外面的小群, 另外的群, 另一个群. */
const APART_BEFORE = /(?:外面的?|外头的?|另外的?|另一个|其他的?)(?:小|内部|私人|专属)?$/;

/** A group called private, the platform's own group being none. */
const PRIVATE_GROUP = /私域|私人/;
/** Right after the named group: all it gives (淘宝群只发常规券), the better deal kept for another. */
const ONLY_SO_MUCH_AFTER = /^(?:里|内)?(?:只|就只|只会)(?:发|有|放|能)/;
/** …or inside the signal, its join verb before it: 私我拉你进外面的内部福利裙. */
const APART_INSIDE = /(?:外面|外头|另外)的?(?:小|内部|私人|专属)?[^，,。]{0,4}$/;

/** True when the group starting at `start` is set apart from another: 外面的小群 (not 二群入口 in the official card). */
function anotherGroup(text: string, start: number): boolean {
  return APART_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || ANOTHER_ONE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** 另外还有个更私密的VIP小圈子: a further group the copy adds, or a private one, in the clause before it. */
const ANOTHER_ONE_BEFORE = /另外(?:还)?有(?:个|一个)?[^，,。！？\n]{0,10}$|私密的?[^，,。！？\n]{0,5}$/;

/**
 * True when three digits in a row stand within the six folded characters after `end` (a number given, not asked for);
 * not digits apart (手机号，周五抽10位寄出: a day and a count).
 */
function digitsSoonAfter(f: Context, end: number): boolean {
  let digits = 0;
  for (let k = end; k < Math.min(f.text.length, end + 6); k++) {
    // (Not a number offered to call instead: 请留下联系电话，或拨打 021-….)
    if (digits === 0 && CALL_INSTEAD.includes(f.text.charAt(k))) return false;
    if (!isNumeral(f.units[k]!)) digits = 0;
    else if (++digits >= 3) return true;
  }
  return false;
}
const CALL_INSTEAD = '或拨致';

/** After 评价 or 评论, the place a contact is left in: 评价中留下您的手机号, 评论里带上你的微信. */
const REVIEW_AS_PLACE = /^(?:中|里|区里|区)(?:留下|留|写上|写下|带上|附上|填写|备注)(?:您|你)?(?:的)?(?:手机|电话|微信|联系|号码|qq|邮箱)/;
const LETTERS = /^[a-z]/;
/** Refusals and warnings that, inside a pack pattern's match, turn it down (folded: no punctuation). */
const REFUSED_INSIDE = /不要相信|别相信|别信|勿信|谨防|不做|不搞|不支持|不接受|不提供|不允许|拒绝|严禁|禁止|从不|绝不|不约|不走线下|不开线下/;
/** Things sent to someone, named before a collect verb: the contact after it is the seller's, to send them to. */
const SENT_THING_BEFORE = /(?:截图|图片|照片|订单号|视频|凭证|单号)$/;

/** Goods named by an app's animal or word (企鹅玩偶, 企鹅夜灯): the group is the goods' fans'. */
const GOODS_AFTER_APP_WORD = /^(?:玩偶|公仔|抱枕|毛绒|挂件|造型|夜灯|小夜灯|图案|款)/;

/** A group joined without a name of its own (进群, 入群): it may be one named before. */
// (…or by the shop's name: 加入拾光香氛粉丝群; not a private one's: 加入私域粉丝群.)
const JOIN_A_GROUP = /^(?:进|入|加|加入)?(?:我们的?|咱们的?|咱家的?)?(?:店铺|品牌|本店|(?!私域|内部|私人|外面|小)[\u4e00-\u9fff]{2,6}(?=(?:粉丝|老客|老粉|会员|宠粉|铁粉)群$))?(?:粉丝|老客|老粉|会员|宠粉|铁粉)?群$/;
/** JOIN_A_GROUP, from the signal's last join verb on where a cue came before it (关注后就能申请进群). */
function joinsAGroup(words: string): boolean {
  if (JOIN_A_GROUP.test(words)) return true;
  const at = Math.max(words.lastIndexOf('进'), words.lastIndexOf('入'));
  return at > 0 && JOIN_A_GROUP.test(words.slice(at));
}
/** An app's group named before a generic one: 钉钉粉丝群, 淘宝群, 视频号粉丝群. */
const NAMED_GROUP_WORDS = /(?:钉钉|淘宝|视频号|抖音|快手)(?:的)?(?:粉丝)?群/;
/** An app named right before a group chat, a shop's or brand's or not (小红书店铺群聊). */
const APP_RIGHT_BEFORE = /(?:小红书|钉钉|淘宝|视频号|抖音|快手)(?:的)?(?:店铺|官方|品牌)?(?:页|主页|首页)?(?:里|上)?(?:有|的)?(?:官方|店铺)?(?:的)?$/;
/** A group placed in an app by name: 群在企业微信里, 在那个绿色聊天软件里, 交流群（微信的）, 小窝就在那个绿色聊天的地方, 姐妹qun在另一个绿色app里, 拉你进V里的团购群, 拉进绿色软件里咱们的小家族, 拉进我们那个绿色聊天软件里的小群, 拉你进我们在绿色聊天软件里建的车友会 (words as GROUP_APPS has them; a bare V is WeChat). */
// (…and a group said to be in WeChat, WeCom, QQ or DingTalk at a clause's end: 更大的福利群在企业微信，加了发你链接.)
const GROUP_PLACED_IN = /(?:群|圈|窝)?(?:就|都)?在(?:那个|我们的?|咱们的?|另一个|另外一个|另外的)?((?:企业)?微信|vx|wx|v信|v(?=上)|薇信|威信|qq|(?:小|企)?(?:企鹅|🐧)|钉钉|绿色(?:的)?(?:聊天)?软件|绿色app|绿软)(?:里|上)|群[（(](?:是)?((?:企业)?微信|vx|qq|钉钉)的?[)）]|[群圈窝](?:就|都)?在那个(绿色(?:聊天)?的地方)|[群裙峮囷]号[^，,。！？\n]{0,24}?[（(]((?:企业)?微信|vx|qq|企鹅|钉钉)的?[)）]|进(?:我的?|我们的?|咱们的?)?(?:那个|在)?(v|vx|微信|qq|企鹅|钉钉|绿色(?:的)?(?:聊天)?软件|绿色app|绿软)(?:里|上)(?:的)?(?:咱们的?|我们的?)?[^，,。！？\n]{0,8}?(?:[群裙]|小组|家族|小家|圈|车友会|茶友会|同好会|老友会)|群(?:就|都)?在(?:我们的?|咱们的?)?((?:企业)?微信|qq|钉钉)(?=[，,。！!；;]|$)/i;
/** An app downloaded, opened or gone to, to join the group in it, named or described: 下载钉钉加入我们的品牌粉丝群, 打开那个蓝色小翅膀图标的办公软件，搜“…”粉丝群进来, 去丁丁里搜店名，加入我们的粉丝群. */
const APP_OPENED_TO_JOIN = /(?:下载|打开|登录|安装|登陆|去)(?:那个)?(?:[^，,。！？!?\n]{0,10}?(?=办公软件|打卡软件|绿色软件|聊天软件))?((?:企业)?微信|钉钉|丁丁|叮叮|dingding|qq|飞书|办公软件|打卡软件|绿色软件|聊天软件)(?:app)?(?:里|上)?(?:搜|找)?[^。！？!?\n]{0,20}?(?:加入|进|入)/i;
/** The platform's own group chat named as such. */
const OFFICIAL_CHAT = /官方(?:的)?群|小红书(?:的)?(?:官方)?群聊|群聊入口/;

/** The platform cue, read across the quotes around a platform's name. */
const PLATFORM_ACROSS_QUOTES: CueSpec = { ...CUES.platform, crossClauses: true };
/** The contact cue, read across the quotes around a contact word: close by only. */
const CONTACT_ACROSS_QUOTES: CueSpec = { ...CUES.contact, crossClauses: true, reach: 6 };
/** The cues read past the quotes around a word or its head: 加个“维信”, 去那个“小红本”上搜, 往我那个'支宝'上打. */
const ACROSS_QUOTES: Partial<Record<keyof typeof CUES, CueSpec>> = {
  contact: CONTACT_ACROSS_QUOTES,
  platform: PLATFORM_ACROSS_QUOTES,
  payment: { ...CUES.payment, crossClauses: true, reach: 6 },
  // 扫包裹卡片上的“二维马”, 扫包装上的“黑白格子”.
  qr: { ...CUES.qr, crossClauses: true, reach: 12 },
  scan: { ...CUES.scan, crossClauses: true },
};
/** 加个好友吧 ✦ Ｖ：qc_hanfu, Line加好友 ID：aurora_tw: WeChat's letter or an ID and a handle right after, the account to add given (the seller's). */
const HANDLE_SOON_AFTER = /^[^，,。！？\n]{0,4}?(?:[vVＶｖ]|vx|VX|微信|薇信|ID|id|账号|帐号)\s*[:：]\s*[A-Za-z][A-Za-z0-9_.-]{3,}/;

/** A platform's account named in quotes that end on it, a verb before them: 关注“慕川服务号”. */
function verbBeforeItsQuote(text: string, f: FoldedText, start: number, end: number): boolean {
  if (!endsQuotedName(text, f, start, end)) return false;
  const to = f.ends[end - 1]!;
  const at = text.lastIndexOf(QUOTE_PAIRS[text.charAt(to)]!, to - 1);
  let k = start;
  while (k > 0 && f.starts[k - 1]! > at) k--;
  return unnegatedVerbBefore(f, text, k, PLATFORM_ACROSS_QUOTES) !== undefined;
}

/** The join cue, read across the quotes a group's name begins inside: close by only. */
const JOIN_ACROSS_QUOTES: CueSpec = { ...JOIN, crossClauses: true, reach: 6 };
/** The scan cue, read across the brackets of a code's placeholder: close by only. */
const QR_ACROSS_BRACKETS: CueSpec = { ...CUES.qr, crossClauses: true, reach: 8 };
/** Brackets around the hit and nothing else: an image's placeholder (【二维码】, [QR]). */
const PLACEHOLDER_BRACKETS: Readonly<Record<string, string>> = { '】': '【', ']': '[', '］': '［', '〕': '〔' };
function placeholder(text: string, f: FoldedText, start: number, end: number): boolean {
  const open = PLACEHOLDER_BRACKETS[text.charAt(f.ends[end - 1]!)];
  return open !== undefined && text.charAt(f.starts[start]! - 1) === open;
}

/** What may stand between 发你 and the account it offers: which of the seller's (发你备用微信, 发你另一个微信号). */
const SELLERS_ACCOUNT = /^(?:我的?|另一个|另外一个|备用|个人|私人|工作|新的?)?$/;
/** Contact nouns of an account (a WeChat, a QQ): 发你 before one offers the seller's (发你微信, 发你🐧号). */
const OFFERED_ACCOUNT_NOUN = /^(?:微信|薇信|v信|威信|维信|喂心|危信|围信|唯信|魏信|胃信|威芯|薇芯|vx|wx|v|企鹅|qq|扣扣|绿泡泡|小绿)/;

/** WeChat's letters that stand alone after 加 and a person (加客服V), and its colour as a folded green emoji (我的🟢，加的时候备注). */
const ADDED_LETTERS = new Set(['v', 'wei', '微', '薇', '威', '绿']);
/**
 * True when WeChat is named as where an account of another kind lives (关注我们在绿色聊天软件上的品牌服务号,
 * 微信里的小程序, 鹅厂那个绿色app里搜「枣妈厨房」公众号): that account's own signal speaks for it, no contact.
 */
function hostsAnAccount(f: Context, end: number): boolean {
  return ACCOUNT_KIND_AFTER.test(f.text.slice(end, end + 12));
}
const ACCOUNT_KIND_AFTER = /^(?:(?:上|里|中|内)(?:的[^，,。\n]{0,6}?|有[^，,。\n]{0,4}?|搜索?[^，,。\n]{0,10}?)|的)(?:公众号|服务号|订阅号|小程序|小橙序|小程式|视频号)/;
/** Someone's own V, the handle given after a colon later in its clause: 我的V就是店名拼音加生日：qimu0921 (or 0612xyz; not 165cm). */
function ownLetterGivenLater(f: Context, text: string, start: number, end: number): boolean {
  return OWNER_BEFORE.test(f.text.slice(Math.max(0, start - 4), start)) && HANDLE_AFTER_COLON.test(text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 40));
}
const OWNER_BEFORE = /(?:我|我们|店主|老板|主播|客服|店长)的$/;
/**
 * WeChat's letter, then the account built from parts in the sentence: V 后面跟 lumi0826, v❤：森屿拼音senyu后面接今天的日期0618,
 * 我的V，就是…0618 2000，前面加个 mm (three letters or digits at least after the joining words, two letters after digits: not 后面跟XL码).
 */
const COMPOSED_LATER = /^[^。！？!?\n]{0,24}?(?:(?:后面跟|后面接|后面加|后跟|后接|再加上?|再接|接上|跟上|前面加个?)[^。！？!?\n]{0,12}?(?:[a-z]{3,}|\d{3,})|\d{3,}[^。！？!?\n]{0,8}?(?:前面加个?|后面加个?|再加个?)[^。！？!?\n]{0,4}?[a-z]{2,})/i;
const HANDLE_AFTER_COLON = /^[^，,。！？!?\n]{0,24}[:：]\s*(?:[a-z][a-z0-9_.-]{2,}\d|\d{2,}(?!(?:cm|mm|kg|ml|mah|km|kw)(?![a-z]))[a-z]{2,}(?![a-z]*[\u4e00-\u9fff]))/i;
/** Right after 戳我: an app and its account (戳我👉🐧：3962…), where to reach me (私聊企鹅3057… stays a private chat). */
const DM_TO_ACCOUNT = /^(?:企鹅|qq|扣扣)(?:号)?\d{5,}/;
/** Later in the sentence: WeChat itself refused (只打电话不加微). */
const WECHAT_REFUSED_LATER = /(?:不加|不用加|不要加|别加)(?:微信?|v|vx|绿泡泡)(?![a-z0-9])/;
/** Right after a contact word: it cannot be said here (的联系方式不能说, 号不方便说). */
const UNSAID_AFTER = /^(?:的)?(?:联系方式|号码?|账号)?(?:这里|在这|在这里)?(?:不能在直播间?里?讲|不能在直播间?里?说|不能说|不方便说|不让说|不好说|不能讲|不方便讲)/;
/** A refusal of ways to pay, a few words before the payment named in its clause. */
const PAYMENT_REFUSED_BEFORE = /(?:不接受|不支持|拒绝|谢绝)[^\n]{0,14}$/;
/** Skipping the platform by name: payment only where money is named (readings.ts). */
const SKIPS_PLATFORM = new Set(SKIPPING_THE_PLATFORM);

/** Calls `each` with every sentence of folded text (between '\n's, which are not part of one) and its offset. */
function forEachSentence(text: string, each: (sentence: string, offset: number) => void): void {
  let from = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
    if (end > from) each(text.slice(from, end), from);
    from = end + 1;
  }
  if (from === 0) each(text, 0);
  else if (from < text.length) each(text.slice(from), from);
}

/**
 * An honest word is one word as written: no label mark inside it ("加V：12345" is no V12 engine),
 * and a model number's digits end where it ends ("v12345678" is no V12 either).
 */
const HASHTAG_START = /\s[#＃]$/;
function honestWordHolds(f: FoldedText, text: string, start: number, end: number, acrossItems: boolean): boolean {
  for (let k = start + 1; k < end; k++) {
    // …but across the quote that opens a name the word ends with, whole (就叫“绿泡泡”; not 微信搜“小鹿家居”).
    if (f.gaps[k]! >= Gap.Label && !(acrossItems && f.gaps[k] === Gap.Clause) && !quotesItsEnd(f, text, k, end)) return false;
    // …nor across the start of a hashtag: 联系方式看头像 #手绘 is no 头像手绘.
    if (f.gaps[k] !== Gap.None && HASHTAG_START.test(text.slice(f.ends[k - 1]!, f.starts[k]!))) return false;
  }
  return !(isAsciiDigit(f.text.charCodeAt(end - 1)) && isAsciiDigit(f.text.charCodeAt(end)));
}


/** Only an opening quote comes between folded characters k - 1 and k, and it closes right after `end`. */
function quotesItsEnd(f: FoldedText, text: string, k: number, end: number): boolean {
  const between = text.slice(f.ends[k - 1]!, f.starts[k]!);
  return between.length === 1 && OPENING_QUOTES.includes(between) && QUOTE_PAIRS[charAtOr(text, f.ends[end - 1]!)] === between;
}

/** True when the word is followed by a character it must not be followed by ("进裙" in "进裙子"). */
function blockedByNext(e: LexEntry, text: string, end: number): boolean {
  return e.notNext !== undefined && e.notNext.includes(charAtOr(text, end));
}

/** A trigger may hide behind spaces, dots, emoji or a slash (微 ❤ 信, V/X), never behind a colon or comma ("V：xm" is no "vx"). */
function spansLabel(f: FoldedText, text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    if (f.gaps[k]! < Gap.Label || quotedTail(f, text, k, end) || quotedHead(f, text, start, k)) continue;
    const closed = quotedPartEnd(f, text, k, end);
    if (closed < 0) return true;
    k = closed;
  }
  return false;
}

/** The hit opens inside quotes that close within it: “那只白色小狗”那家 (not 企鹅 of “企鹅杯杯铺”, a name in quotes). */
function beginsInsideQuotes(text: string, f: FoldedText, start: number, end: number): boolean {
  const open = charAtOr(text, f.starts[start]! - 1);
  if (!OPENING_QUOTES.includes(open)) return false;
  const inside = text.slice(f.starts[start]!, f.ends[end - 1]!);
  for (const [close, opening] of Object.entries(QUOTE_PAIRS)) if (opening === open && inside.includes(close)) return true;
  return false;
}

/** Folded end of the window after `at`: at most `reach` characters, inside the clause, a list's 、 not ending it. */
function endPastListCommas(f: FoldedText, original: string, at: number, reach: number): number {
  let e = at;
  while (e < f.text.length && e - at < reach && f.text.charCodeAt(e) !== 10 && (f.gaps[e]! < Gap.Clause || original.slice(f.ends[e - 1]!, f.starts[e]!).trim() === '、')) e++;
  return e;
}

/**
 * A reward told first and the review asked for as its only condition a clause on: 扫码领取红包，只需一个五星好评.
 * (Not a review asked for alone: 只需一个五星好评就是对我们最大的支持.)
 */
function rewardThenCondition(f: FoldedText, start: number): boolean {
  const condition = CONDITION_BEFORE.exec(f.text.slice(Math.max(0, start - 6), start));
  if (!condition) return false;
  const at = start - condition[0].length;
  if (at === 0 || f.gaps[at]! < Gap.Clause) return false;
  return REWARD_ENDING.test(f.text.slice(clauseStart(f, at - 1, 16), at));
}
/** 只需, 只要 or 仅需 and an article or a give right before a review word. */
const CONDITION_BEFORE = /(?:只需|只要|仅需)(?:您|你)?(?:给)?(?:一个|个)?$/;
/** A reward at the end of the clause before: 领取红包, 领5元现金, 送小礼品. */
const REWARD_ENDING = /(?:红包|现金|返现|话费|礼品|小礼物|赠品|奖励|免单|优惠券)$/;

/**
 * A join verb, a quoted name and a few words of whom the group is for, right before the group's
 * word: 扫码加入“小熊母婴”宝妈微信群.
 */
function joinedQuotedNameThenWho(text: string, f: FoldedText, start: number): boolean {
  const at = f.starts[start]!;
  const who = QUOTE_THEN_WHO.exec(text.slice(Math.max(0, at - 6), at));
  if (!who) return false;
  let k = start;
  while (k > 0 && f.starts[k - 1]! >= at - who[1]!.length) k--;
  return verbBeforeQuotedName(text, f, k, JOIN);
}
const QUOTE_THEN_WHO = /[」”』"'’】]([\u4e00-\u9fff]{1,4})$/;

/** The hit's head, up to folded k, stands in quotes of its own: 那个“摇一摇”软件, “企”字头的号. */
function quotedHead(f: FoldedText, text: string, start: number, k: number): boolean {
  const close = text.slice(f.ends[k - 1]!, f.starts[k]!).trim();
  return close.length === 1 && start > 0 && QUOTE_PAIRS[close] === text.charAt(f.starts[start]! - 1);
}

/** Folded index of the quote closing one that opens before folded k, inside the hit (名字第二个字是“信”的软件), or -1. */
function quotedPartEnd(f: FoldedText, text: string, k: number, end: number): number {
  const open = text.slice(f.ends[k - 1]!, f.starts[k]!).trim();
  if (open.length !== 1) return -1;
  for (let j = k + 1; j < end; j++) {
    if (f.gaps[j]! < Gap.Label) continue;
    const close = text.slice(f.ends[j - 1]!, f.starts[j]!).trim();
    return close.length === 1 && QUOTE_PAIRS[close] === open ? j : -1;
  }
  return -1;
}

/** The rest of a hit, from folded k on, stands in quotes of its own: 加我“薇”, 加个「V」. */
function quotedTail(f: FoldedText, text: string, k: number, end: number): boolean {
  const open = text.slice(f.ends[k - 1]!, f.starts[k]!).trim();
  return open.length === 1 && QUOTE_PAIRS[text.charAt(f.ends[end - 1]!)] === open;
}

function original(f: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: f.starts[a]!, end: f.ends[b - 1]! };
}

/** ASCII words must not follow other ASCII letters or digits in the original text (tb in "1TB"). */
function asciiBefore(text: string, f: FoldedText, start: number): boolean {
  const before = text.charAt(f.starts[start]! - 1);
  // (An underscore glues too: lin_1688 is a handle, not the platform 1688.)
  return before === '' || (!FULL_WIDTH_ALNUM.test(before) && before !== '_');
}

/** A Latin letter right after folded index `end` (发vlog: the word was 发 + vlog, not 发v). */
function letterGluedAfter(text: string, f: FoldedText, end: number): boolean {
  const after = text.charAt(f.ends[end - 1]!);
  return after !== '' && FULL_WIDTH_LETTER.test(after);
}

/** True when an ASCII letter or digit follows the word with nothing in between ("vivo", "vx12e"). */
function asciiGluedAfter(text: string, f: FoldedText, end: number): boolean {
  const after = text.charAt(f.ends[end - 1]!);
  return after !== '' && FULL_WIDTH_ALNUM.test(after);
}

const FAMILY_PRIORITY: Readonly<Record<SignalFamily, number>> = {
  collect: 9, payment: 8, profile: 7, group: 6, reviewBait: 6, thirdParty: 5, contact: 4, phone: 4, qr: 4, url: 5,
};

/**
 * Pieces of one phrase ("五星" "好评" "晒图返现") join when only separators stand between them —
 * never across a sentence end: no signal reaches from one sentence into the next.
 */
const JOINABLE = /^[^\p{L}\p{N},，、;；。！？!?\n\r]{0,2}$/u;

/** How many signals back overlap resolution looks. */
const NEIGHBOURS = 8;

function overlaps(a: RawSignal, b: RawSignal): boolean {
  return a.start < b.end && b.start < a.end;
}

function merge(into: RawSignal, other: RawSignal, family: RawSignal): void {
  const removals = [into.removal ?? into, other.removal ?? other];
  into.family = family.family;
  into.term = family === other ? other.term : into.term;
  if (into.family === other.family && into.term === 'group' && other.term !== 'group') into.term = other.term;
  into.companion = family.companion ?? (family === other ? into.companion : other.companion);
  into.mention = into.mention && other.mention;
  into.start = Math.min(into.start, other.start);
  into.end = Math.max(into.end, other.end);
  const start = Math.min(into.start, ...removals.map((r) => r.start));
  const end = Math.max(into.end, ...removals.map((r) => r.end));
  if (start !== into.start || end !== into.end) into.removal = { start, end };
}

/**
 * Overlapping signals become one signal over their union, so "备注微信号" is one collect finding,
 * not a collect and a contact finding; the family is that of the wider signal, or the more
 * specific one when equally wide. A handle that is also a phone number stays both (微信同号 138…).
 */
function resolveOverlaps(text: string, signals: RawSignal[]): RawSignal[] {
  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawSignal[] = [];
  for (const s of signals) {
    let placed = false;
    // Overlaps are local: a few signals back is enough, and keeps this linear on dense copy.
    for (let i = out.length - 1; i >= Math.max(0, out.length - NEIGHBOURS) && !placed; i--) {
      const o = out[i]!;
      if (o.family === s.family && !packAndBuiltin(o, s)) {
        if (overlaps(o, s) || (s.start >= o.end && JOINABLE.test(text.slice(o.end, s.start)))) {
          merge(o, s, o.end - o.start >= s.end - s.start ? o : s);
          placed = true;
        }
      } else if (overlaps(o, s) && !isPair(o, s, text)) {
        const sw = s.end - s.start;
        const ow = o.end - o.start;
        const winner = sw > ow || (sw === ow && FAMILY_PRIORITY[s.family] > FAMILY_PRIORITY[o.family]) ? s : o;
        merge(o, s, winner);
        placed = true;
      }
    }
    if (!placed) out.push(copyOf(s));
  }
  for (const s of out) {
    s.text = text.slice(s.start, s.end);
    if (s.removal && s.removal.start === s.start && s.removal.end === s.end) s.removal = undefined;
  }
  return out;
}

/** A contact handle that is a phone number is both (WhatsApp +86 138…, 微信同号 139…). */
/**
 * Two signals that may share characters and both stand: 183…（同微）, 私你发v (a DM and a handle), and
 * a pack's own pattern beside a built-in signal (one platform's rule must not swallow what the
 * others' rules need: Douyin's 文玩…到店交易 is still 到店交易 on Channels).
 */
function isPair(a: RawSignal, b: RawSignal, text: string): boolean {
  return pairs(a, b, text) || pairs(b, a, text) || packAndBuiltin(a, b);
}

function packAndBuiltin(a: RawSignal, b: RawSignal): boolean {
  return a.term.startsWith('custom:') !== b.term.startsWith('custom:');
}

function pairs(a: RawSignal, b: RawSignal, text: string): boolean {
  // A payee's code scanned is a code and a payment: 扫包裹卡上的收款码付款; a group's link or the profile
  // that holds its number stands beside the group (进群链接：…, 想进批发群的看头像); so does the profile
  // that holds a code to scan (头像里面那个码长按识别); and a person added by the scan (这个码，扫一扫加我微信), or
  // whose code it is (扫一扫下方的企微码).
  // (…and the group the scan joins: 卡上有个码，扫了进我们的微信会员群; not a DM that sends the code: 私信你们码.)
  if (a.family === 'qr') return b.family === 'payment' || b.family === 'profile' || (b.family === 'group' && b.term !== 'dm') || (b.family === 'contact' && (SCAN_ADDS.test(b.text.replace(/\s+/g, '')) || b.text.endsWith('码')));
  // …and a number given for a group is a phone too (WhatsApp group: +86 135 7702 4618); money paid in a private
  // chat is both (预售款请私聊付定金).
  if (a.family === 'group') return b.family === 'url' || b.family === 'profile' || b.family === 'phone' || (a.term === 'dm' && b.family === 'payment');
  // …and the platform whose profile page the pointer sends to (去看我视频号简介, on JD; not 我抖音名就是V号: a name).
  if (a.family === 'thirdParty') return b.family === 'profile' && PROFILE_PAGE_AFTER.test(text.slice(a.end, a.end + 6));
  // A review's reward stands beside the pointer or the group that pays it (好评返现的领取方式在简介里; 拉你进返现群).
  if (a.family === 'reviewBait') return b.family === 'profile' || b.family === 'group';
  if (a.family !== 'contact') return false;
  // An explicit add-call inside a pointer or a payment stands too: 加v 号在店铺简介里, 加我V转账,
  // vx号在我抖音简介，加上以后…; so does a handle given beside the pointer (看我头像，v号是 mumu_8821).
  // …and an add-call before the join it leads to (加V进裙: add the account, then be pulled in).
  // …and the app the pointed-at letters are searched in (看我主页签名那串字母，复制了去绿泡泡搜).
  if (b.family === 'profile' && SEARCHED_IN_BEFORE.test(text.slice(Math.max(0, a.start - 2), a.start)) && SEARCHED_IN_AFTER.test(text.slice(a.end, a.end + 3))) return true;
  // …and the buyer's details sent to the account given (把新地址和电话发企鹅 2817…): both stand.
  if (b.family === 'collect' && SENT_TO_AN_APP.test(b.text.replace(/\s+/g, ''))) return true;
  return b.family === 'phone' || (b.family === 'group' && (b.term === 'dm' || ADD_CALL.test(a.text))) || ((b.family === 'profile' || b.family === 'payment') && (ADD_CALL.test(a.text) || ADDED_AT_END.test(a.text) || a.addedAfter || ADD_CALL_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start)) || (b.family === 'profile' && HANDLE_GIVEN.test(a.text))));
}
const LUCKY_NUMBER_BEFORE = /幸运号|中奖号|抽奖号|兑奖号|刮开/;
const SEARCHED_IN_BEFORE = /(?:去|到|在)$/;
const SEARCHED_IN_AFTER = /^(?:里|上)?(?:搜|查)/;
/** 想 or 要 before a private-message word that then takes 的: those who want it (想单独聊的). */
const WHO_WANTS_BEFORE = /(?:想|要)$/;
/** A platform's own chat right before a private-message word (旺旺戳我, 飞鸽私信我). */
const OWN_CHAT_BEFORE = /(?:旺旺|飞鸽|咚咚|千牛)(?:上|里)?$/;
const WHO_AFTER = /^[^我你\n]{0,2}的/;
/** After a private message: it is no use (私信我没用, 私信也没用, 私信不回, 私信问价我不回). */
const NO_USE_AFTER = /^(?:问价|问)?(?:我)?(?:是|也|都|真的|真)?(?:没用|无用|不回|没人回|看不到|看不见|回不过来|回不了)/;
/** …or those who would send one are told they need not: 私信我要报价单的不用私信了. */
const NO_NEED_AFTER = /^[^，,。！？!?\n]{0,10}?的(?:就|都)?(?:不用|不必|无需|别)(?:再)?(?:私信|私聊|私我|问)/;
/** r and code (or 码) after a q: Q·R·code, QR码. */
const QR_AFTER_Q = /^r(?:code|码)/;
/** Right after a group word: it is not on the platform (不在淘宝上, 没在平台里). */
const NOT_HERE_AFTER = /^(?:(?:不在|没在)(?:淘宝|天猫|京东|拼多多|抖音|快手|小红书|视频号|平台|小店|直播间)(?:上|里|内)?|在站外|开在站外)/;
/** A question the contact word ends (…加个微信不？, …有微信吗？) and a refusal right after it (不加, 不行, 没有). */
const QUESTION_REFUSED_AFTER = /^[^？?\n。！!]{0,6}?[吗不没嘛][？?][”"」』]?[^\n。！!？?]{0,4}?(?:不加|不行|不可以|不能|没有|加不了|不方便|不用)/;
/** Before 评论: following or liking first, the ways a live room's draw is entered (关注加评论, 点赞+评论). */
const DRAW_ENTRY_BEFORE = /(?:关注|点赞|转发|收藏)(?:加|\+|和|并|再)$/;
/** A platform's name, its closing quote and a colon: what follows is its account there. */
const COLON_AFTER_NAME = /^[”」』"']?\s?[:：]/;
const ADD_CALL = /^(?:加|添加|\+|➕)/;
/** …or the add-call read as the contact's own cue, at its end (那串数字，加上; 有设计师的私人号，想改尺寸的截屏去加). */
const ADDED_AT_END = /[，,]\s*(?:加上|加了|加的时候)$|[，,][^，,。]{0,10}去加$/;
/** WeChat's name or letters, or an account, ending a pointer's words: 简介里有V, 头像有vx, 那串字母数字就是我的号. */
const POINTED_WECHAT = /(?:v|vx|微信|薇|威|号)$/;
/** A pointer that opens on WeChat's account: VX号就挂在…, 微信在…. */
const WECHAT_POINTED_FIRST = /^(?:v|vx|微信|薇|威)号?(?:就|都)?(?:挂在|放在|在|写在|印在)/;
/** A profile page right after a platform's name: 视频号简介, 抖音主页, 小红书的头像. */
const PROFILE_PAGE_AFTER = /^(?:号|账号)?(?:的)?(?:主页|简介|头像|签名|置顶)/;
/** A contact added by scanning: 扫一扫加我微信, 扫码添加店主, 用企业微信扫背面的码, (扫卡片背面的)码加售后. */
const SCAN_ADDS = /^扫(?:码|一扫|一下)?(?:加|添加)|^码(?:加|添加)|^(?:用)?(?:企业微信|企微)\s*扫/;
/** …or just before it, the person between: 加我个人微信，号放在主页简介里; the seller adding the buyer: 我加你微信转给你; a comma between (加我，v号在里面). */
const ADD_CALL_BEFORE = /(?:加|添加|\+|➕)(?:我|我的|我们的?|你|您|那个|这个|店长|老板|客服|主播)?(?:个人|私人)?\s*(?:[，,]\s*)?$/;
/** A handle in a contact's text: letters and digits, or a number. */
const HANDLE_GIVEN = /[a-z0-9][a-z0-9_.-]{3,}|\d{5,}/i;
/** An add-call right after a contact, in its sentence: ，加了直接发 / ，加上以后 / 直接加就行 / 直接添加 / 复制去加. */
const ADD_CALL_AFTER = /^[^。！？!?\n]{0,6}?(?:加了|加上|加的时候|直接加|直接添加|去添加|去加|加我|加他|加她|加一下|添加即|添加就|添加后|复制过去|复制去|记得加|复制加|截图加|看见就加|看到就加)/;
/** After a code: scanning it adds me or the shop's keeper (…二维码，直接加我; 扫一扫就能加到我们的售后小姐姐; 扫卡片下方的码加店长). */
const SCAN_ADDS_ME = /^[^。！？!?\n]{0,8}?(?:直接|就能|就可以|即可|就)?(?:加我(?!(?:们的?|的)?[^，,。！？]{0,6}?[群圈])|加上我|加到我|添加我|(?:添加|加)(?:店长|老板娘?|店主|掌柜))/;
/** …within a longer clause, for a bare letter that gives no handle: v在我简介第二行，直接加 (直接复制加, 加v领新客礼, 想要的自己加, 直接搜索添加, 搜一下就能加到我, 家人们加一下, 加我备注“天猫”, 添加时写“看货”, 扣扣号在店铺头像上，添加即送配件). */
const ADD_CALL_LATER = /^[^。！？!?\n]{0,12}?(?:，|,|\s)(?:加[她他](?:时|的时候)?请?备注|备注[^，,。！？!?\n]{0,8}?加我|[^。！？!?\n，,]{0,6}?照着加|(?:家人们|宝子们|宝宝们|姐妹们|老铁们|朋友们|亲们|大家)(?:直接|可以|记得)?(?:加一下|加我)|(?:想要的|需要的|要的|有需要的|感兴趣的)?(?:扫一下|扫一扫|扫码)?(?:直接加|去加|加了|加上|自己加|直接复制加|复制加|记得加|加的时候|加[vV微]|(?:直接)?搜索(?:添)?加|(?:搜一下)?就能加到|能加到我)|加我(?:时|的时候)?请?备注|添加(?:时|的时候)?请?(?:备注|写)|添加(?:即|就|后)(?:送|领|有|可)|[^。！？!?\n，,]{0,8}?的(?:姐妹|宝宝|家人|老铁|朋友)?们?(?:去|直接|记得)?加(?:一下|下|我|(?=[，,。！!\s]|$))(?![购车入]))/;

/** True when an add-call follows at `at` in the original text, right after or later in the clause. */
function addCallAfter(text: string, at: number): boolean {
  return ADD_CALL_AFTER.test(text.slice(at, at + 12)) || ADD_CALL_LATER.test(text.slice(at, at + 16));
}

/** Signals whose words stand for a second family report it too, unless that family is there. */
function withCompanions(signals: RawSignal[]): RawSignal[] {
  const extra: RawSignal[] = [];
  signals.forEach((s, i) => {
    const c = s.companion;
    if (!c) return;
    s.companion = undefined;
    for (let j = Math.max(0, i - NEIGHBOURS); j < Math.min(signals.length, i + NEIGHBOURS + 1); j++) {
      const o = signals[j]!;
      if (o.family === c && overlaps(o, s)) return;
    }
    // A scan asked for is a QR code's signal wherever the contact is (扫码加店主 on Channels too).
    extra.push(rawSignal(c, c === 'qr' ? 'qr' : s.term, s, s.text, s.mention));
  });
  if (extra.length === 0) return signals;
  return [...signals, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
}

export type { FoldedText };
