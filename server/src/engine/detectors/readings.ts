/**
 * Readings of a whole clause or sentence that decide what a hit means: a scan that is a product's
 * own feature, a platform compared with rather than sent to, a lucky bag's 口令, the platform skipped
 * with no money named, a group said to be outside, a payee code sold as a stand, 【置顶】, 关注 a
 * named account, 加客服V. Each takes the folded text and the hit's folded span.
 */
import { anyOf, clauseEnd, clauseStart, longestFirst, PEOPLE, QUESTION_MARKS, QUOTE_PAIRS, type Context } from './context';
import { Gap, type FoldedText } from '../normalize';
import { isDigitLike } from './digits';
import { toSimplified } from '../traditional';

/** The hit's sentence, about: clauses either side, within `reach` characters. */
function around(f: FoldedText, start: number, end: number, reach: number): string {
  return f.text.slice(clauseStart(f, start, reach, true), clauseEnd(f, end, reach, true));
}

/** Devices that scan codes themselves, and a device's own code scanned to set it up. */
const SCANNING_PRODUCT = anyOf(
  '扫描仪 扫码枪 扫描枪 扫码器 扫码头 扫描笔 翻译笔 点读笔 词典笔 学习机 收款音箱 收款音响 云音箱 收款盒 收银机 收银一体机 打印机 标签机 ' +
    '机身码 机身二维码 设备码 设备二维码 配网 连网 联网 完成配置 扫码配置 路由器 扫码传图 即可绑定 就能绑定 绑定设备 完成绑定 添加设备 app里扫 app内扫 防走失 寻宠 ' +
    // A pairing code, a companion app, reading a page aloud, guests signing in at a wedding.
    '配对码 配对 配套app 点读 听读 签到二维码 扫码签到 扫码打卡 扫码登录 ' +
    // A plate that lets a passer-by reach the driver by the platform of the plate's maker: 挪车牌 路人扫码即可通知车主.
    '挪车 停车牌 停车卡 通知车主 寻物 防丢 ' +
    // Guests scanning a sign the buyer puts up (婚礼迎宾牌 宾客扫码看导航): not the buyer sent anywhere.
    '迎宾牌 宾客扫码 来宾扫码 客人扫码 访客扫码 游客扫码 扫码看导航 ' +
    // A book's own audio and a venue's own booking: 书内二维码扫码即可收听, 展馆需现场扫码预约.
    '音频 收听 听力 朗读 原声 教材 教辅 练习册 读物 景区 入园 展馆 ' +
    // Payment terminals sold, which the seller's own customers scan: POS机 扫码收款, 收款码牌 顾客扫码就付.
    'pos机 电签 收款码牌 码牌 收银台 扫码收款 顾客扫码 顾客微信扫码 扫码就付 ' +
    // …and the till's own scanner or speaker (收银扫码盒子…识别屏幕付款码, 微信扫一扫收款提示音箱).
    '屏幕付款码 收银扫码 收款提示 到账播报 自动播报 ' +
    // Codes printed to order, checked before they ship: 二维码贴纸印刷前已逐张扫码校验; a code that pairs a watch.
    '逐张扫 扫码校验 扫码测试 扫码检测 扫不出 识别率 绑定用 用来绑定 家长端 ' +
    // A book's pronunciation, a voucher redeemed at the front desk.
    '发音 核销 前台扫 ' +
    // A lock's ways to open, a phone camera's (镜头膜…扫码、拍照、夜景都不影响对焦), business cards printed with a code.
    '开锁方式 解锁方式 开锁 指纹 对焦 夜景 镜头膜 名片定制 名片印刷 ' +
    // Invitations printed with the couple's own code, a feature the goods come with (婚礼请柬上的二维码，扫了能看新人相册).
    '请柬 喜帖 产品自带 自带的功能 ' +
    // A device's own screen code to move files (录音笔…扫一下屏幕上的二维码就能导出录音).
    '录音笔 扫码传文件 导出录音 ' +
    // A shop's scale that reads barcodes (电子秤 支持扫码称重 收银一体).
    '电子秤 条码秤 扫码称重 收银一体 ' +
    // A phone that reads text aloud (老人手机 支持扫一扫识字).
    '扫一扫识字 拍照识字 扫描识字',
);
/** …unless the scan also adds, follows, joins, pays out, opens a mini program, enters a lucky draw, or the code is on a card in the parcel. */
const SCAN_PUSH = anyOf('私域 加我 加好友 添加好友 添加客服 添加专属 添加微信 添加企业微信 加企业微信 加企微 添加顾问 添加老师 加客服 加微 加v 关注 进群 入群 拉群 领 福利 红包 返现 教程 售后 服务页 激活 登记 注册 预约上门 预约安装 预约维修 预约换 进我们 进入 小程序 卡片 本卡 抽奖 抽取');

/** A code that tells about the goods themselves: where they come from, whether they are genuine, its warranty. */
const CHECKS_THE_GOODS = anyOf('溯源 追溯 防伪 验真 核验 正品验证 真伪 查看产地 质检报告 检测报告 批次信息 采摘日期 序列号 检验检疫 保修期');

/**
 * 翻译笔扫一下单词, 收款音箱 支持扫码到账, 微信扫一扫机身码即可绑定, 罐底的追溯码扫码可查看出厂检测报告:
 * the product scans, or the scan checks the goods; nobody is sent anywhere.
 */
export function honestScan(text: string, f: FoldedText, start: number, end: number): boolean {
  // (A lock's key card is no card in the parcel: 指纹+密码+卡片三合一.)
  const sentence = around(f, start, end, 40).replace(KEY_CARD, '');
  // A SIM card activated in its carrier's app (运营商App扫描卡背码完成激活): the carrier's, not the seller's.
  if (CARRIER_APP.test(sentence)) return true;
  if (SCAN_PUSH.test(sentence)) return false;
  if (!SCANNING_PRODUCT.test(sentence) && !CHECKS_THE_GOODS.test(sentence)) return false;
  // …unless a page of the seller's is named beside it (扫码或访问 trace-honey.com 查看; 扫码或浏览器输入
  // beiyu-audio.com/app 下载配套App).
  const from = f.starts[clauseStart(f, start, 40, true)]!;
  return !A_DOMAIN.test(text.slice(from, from + 120));
}
const KEY_CARD = /(?:密码|指纹|刷)\+?卡片|卡片(?:三合一|解锁|开锁|开门)/g;
const CARRIER_APP = /(?:运营商|营业厅)(?:的)?(?:官方)?app/;
const A_DOMAIN = /[a-z0-9-]+\.[a-z]{2,}|访问|官网|网址|网站/i;

/** 比 as in "than" (not 比较, 比例, 比赛 …). */
const THAN = /比(?![较例赛如起分重值率对])/;
const MORE_OR_LESS = /^.{0,6}?(?:还|更|要|都)?(?:便宜|贵|低|高|实惠|划算|少|多|快|慢)/;

/** 比我们在京东的店还便宜, 比淘宝便宜二十: a platform compared with, not where the buyer is sent. */
export function comparedWith(f: FoldedText, start: number, end: number): boolean {
  const before = f.text.slice(clauseStart(f, start, 10), start);
  const after = f.text.slice(end, clauseEnd(f, end, 10));
  return (THAN.test(before) && MORE_OR_LESS.test(after)) || (SAME_AS.test(before) && SAME_PRICE.test(after));
}
/** …or priced the same: 咱家和京东一个价, 跟淘宝同价. */
const SAME_AS = /(?:和|跟|与|同)$/;
const SAME_PRICE = /^(?:是|都是)?(?:一个价|一样的?价|同价|同一个价|价格一样|一样价格)/;

/** 福袋 with its 口令 (参与口令是“…”): the live room's own lucky bag, not a token for another app. */
export function luckyBagToken(f: FoldedText, start: number, end: number): boolean {
  // (…or a live room's draw entered by typing it: 今天的口令是“棉棉好软”，公屏打出来就能参与抽奖.)
  const near = around(f, start, end, 30);
  return near.includes('福袋') || near.includes('抽奖');
}

/**
 * 口令我只念一遍：幺三洞，拐八两幺，勾四六六: the "password" is a number said right after it (the phone
 * reader reads it), no token for another app: nine digits or homophones within a sentence's first
 * sixteen characters after the word, some of them said in Chinese (a token's digits are ASCII).
 */
export function numberAsToken(f: FoldedText, end: number): boolean {
  const to = Math.min(clauseEnd(f, end, 16, true), f.text.length);
  let digits = 0;
  let said = false;
  for (let k = end; k < to; k++) {
    const u = f.units[k]!;
    if (!isDigitLike(u)) continue;
    said ||= u > 0x7f;
    if (++digits >= TOKEN_NUMBER_DIGITS && said) return true;
  }
  return false;
}
const TOKEN_NUMBER_DIGITS = 9;

// …or a price let down by so much: 不走平台还能再让两百.
// (省 as money saved: 省钱, 省下五块; not 省得 or 省心.) A contract or the company's account names it too: 别走平台了，签合同打公户.
const MONEY = /[付钱款转价买拍卖]|对公|公户|签合同|省钱|省下|省了|能省|省[一二两三四五六七八九十\d]|便宜|下单|交易|手续费|优惠|红包|现金|让[一二两三四五六七八九十百千\d]|少收|打折|打[一二三四五六七八九\d]折/;

/**
 * 直接找我不走平台更快, 有问题直接打，不用走平台退货更快, 老客户直接联系，不用走小店: the platform
 * skipped with no money named; not payment (five writers of held-out sets read it so). 对公转账不走平台
 * names it.
 */
export function skipsWithoutMoney(f: FoldedText, start: number, end: number): boolean {
  const sentence = around(f, start, end, 20);
  return !MONEY.test(sentence.replace(f.text.slice(start, end), ''));
}

/** After a skip of the platform: what skips it is refused (不走小黄车的订单不发货, 不走平台的单子一律不接). */
export function skipRefusedAfter(f: FoldedText, end: number): boolean {
  return SKIP_REFUSED.test(f.text.slice(end, end + 14)) || SENT_TO_A_PLATFORM.test(f.text.slice(end, end + 10));
}
/** …or what skips it is the after-sales service, no money (拍照打这个电话，不走平台售后处理更快; 无需走淘宝退款流程). */
export function afterSalesSkipped(f: FoldedText, end: number): boolean {
  return AFTER_SALES_NEXT.test(f.text.slice(end, end + 4));
}
const AFTER_SALES_NEXT = /^(?:的)?(?:售后|退换|理赔|退款流程)/;
/** …or the buyer sent to buy on another platform instead (不用在小店拍了，去拼多多搜…): a third party's, no payment. */
const SENT_TO_A_PLATFORM = /^了?(?:直接)?(?:去|到|上)(?:拼多多|多多|淘宝|某宝|天猫|京东|某东|抖音|某音|快手|小红书|闲鱼)/;
const SKIP_REFUSED = /^的?(?:订单|单子|单|交易|付款|钱)[^\n]{0,6}?(?:不发货|不接|不予|无效|不保障|没有保障|不售后|不退|一律不|一分不收|不收)/;

/** 我在外面建了个小群, 外面那个小群, 站外的群: said to be outside the platform. */
const OUTSIDE = /(?:外面|站外|平台外|场外)/;

/** True when joining is refused in the clause before folded `start`: 不用加什么外面的群, 别进外面的小群. */
export function joinRefusedBefore(f: FoldedText, start: number): boolean {
  return JOIN_REFUSED.test(f.text.slice(clauseStart(f, start, 12), start));
}
const JOIN_REFUSED = /(?:不用|不必|无需|没必要|不需要|别|不要|千万别)(?:再|去|随便)?(?:加|进|入)/;

/** True when the clause before folded `start` (12 characters) says the group is outside. */
export function outsideBefore(f: FoldedText, start: number): boolean {
  return OUTSIDE.test(f.text.slice(clauseStart(f, start, 12), start));
}

/** 收款码台卡, 收款码立牌 定制, 微信扫码付款提示牌: a payee code or its sign sold as a product (stands, stickers, plates). */
// (定制 of the code itself, not 定制款: a made-to-order item paid by the code.)
const PAYEE_CODE_PRODUCT = anyOf('台卡 立牌 桌牌 桌贴 贴定制 牌定制 收款牌 提示牌 贴纸 亚克力 定制收款 收款码定制 码牌定制 定制码牌 可定制 支持定制 免费定制 音箱 播报 到账提醒');

export function payeeCodeAsProduct(f: FoldedText, start: number, end: number): boolean {
  return PAYEE_CODE_PRODUCT.test(around(f, start, end, 30));
}

/** 【置顶】 or 直播间置顶： heading a pinned comment: a mark, not a pointer to a pinned post. */
export function pinnedMark(text: string, f: FoldedText, start: number, end: number): boolean {
  const before = text.charAt(f.starts[start]! - 1);
  const after = text.charAt(f.ends[end - 1]!);
  if (after === '：' || after === ':') return f.text.slice(start, end) === '置顶' && PINNED_HEADING_BEFORE.test(f.text.slice(Math.max(0, start - 4), start));
  return before !== '' && after !== '' && '【[〔'.includes(before) && '】]〕'.includes(after);
}
/** What a pinned message's heading may start with: nothing (the line's start), 直播间, 评论区, 公屏. */
const PINNED_HEADING_BEFORE = /(?:^|\n|直播间|评论区|公屏)$/;

/**
 * True when the hit [start, end) ends a quoted name of a few characters, more than the hit itself:
 * 公众号「小满育儿笔记」 (not 回复“好评”, the word alone in quotes).
 */
export function endsQuotedName(text: string, f: FoldedText, start: number, end: number): boolean {
  const to = f.ends[end - 1]!;
  const open = QUOTE_PAIRS[text.charAt(to)];
  if (open === undefined) return false;
  const at = text.lastIndexOf(open, to - 1);
  return at >= Math.max(0, to - 12) && at < f.starts[start]! - 1;
}

/** A name in quotation marks (去“某音”搜, 那个“狗东”上): the quotes part no clause. */
export function quotedName(text: string, f: FoldedText, start: number, end: number): boolean {
  const open = QUOTE_PAIRS[text.charAt(f.ends[end - 1]!)];
  return open !== undefined && text.charAt(f.starts[start]! - 1) === open;
}

/** A template opened by a quote right before the noun at `start`, closed within a few characters after it: 回复客服“手机号+订单尾号”. */
export function quotedTemplate(text: string, f: FoldedText, start: number, end: number): boolean {
  const open = text.charAt(f.starts[start]! - 1);
  if (!OPENING_QUOTES.has(open)) return false;
  const after = text.slice(f.ends[end - 1]!, f.ends[end - 1]! + 10);
  return [...after].some((c) => QUOTE_PAIRS[c] === open);
}
const OPENING_QUOTES = new Set(Object.values(QUOTE_PAIRS));

/** The end of a quoted name, a join verb right before its opening quote: 进“奶茶色俱乐部”, 进入「布艺研究所」. */
export function joinedIntoQuotedName(text: string, f: FoldedText, end: number): boolean {
  const to = f.ends[end - 1]!;
  const openQuote = QUOTE_PAIRS[text.charAt(to)];
  if (openQuote === undefined) return false;
  // The name is short: look for its opening quote within 16 characters only.
  const from = Math.max(0, to - 16);
  const open = text.slice(from, to).lastIndexOf(openQuote);
  // (The verb as folding reads it: 進入「…群」 is 进入.)
  return open >= 0 && JOIN_BEFORE_QUOTE.test(toSimplified(text.slice(Math.max(0, from + open - 8), from + open)));
}
/** …whose it is may stand between (进我们的“老铁福利裙”), and the app it is in (进咱们绿泡泡上的“老茶客裙”). */
const JOIN_BEFORE_QUOTE = /(?:进|进入|加入|拉你进|拉进)(?:我们|咱们|我|咱)?(?:[\u4e00-\u9fffA-Za-z]{1,5}[上里])?的?\s*$/;

/** 《微信公众号排版技巧》: a name inside a book's or a course's title names no place to go. */
export function insideTitle(text: string, f: FoldedText, start: number, end: number): boolean {
  const from = f.starts[start]!;
  const open = text.lastIndexOf('《', from);
  if (open < 0 || text.lastIndexOf('》', from) > open) return false;
  const close = text.indexOf('》', f.ends[end - 1]!);
  return close >= 0 && close - from < 40;
}

/** 加入《宠粉群》: a verb that goes in, searches or adds right before the title's opening mark. */
export function titleEntered(text: string, f: FoldedText, start: number): boolean {
  const open = text.lastIndexOf('《', f.starts[start]!);
  return open >= 0 && ENTERS_BEFORE_TITLE.test(text.slice(Math.max(0, open - 6), open));
}
const ENTERS_BEFORE_TITLE = /(?:进|进入|加入|加|拉你进|拉进|关注|搜|搜索|扫码进)\s*$/;

/** 关注北辰公众号: following an account named without quotes. */
const FOLLOW_NAMED = /关注[^关]{0,6}$/;

/** True when 关注 and at most a short name stand right before folded `start` in its clause. */
export function followedByName(f: FoldedText, start: number): boolean {
  return FOLLOW_NAMED.test(f.text.slice(clauseStart(f, start, 8), start));
}

/** An alternation of words, longest first (a regular expression tries them in order). */
const ADD_VERB = '(?:加|添加|\\+)';
// …or a person's V to be had (dd我拿老板的v, 找客服要店主的v): the 的 makes it the person's.
const PERSON = longestFirst(PEOPLE.split(/\s+/).filter(Boolean));
const ADD_PERSON_BEFORE = new RegExp(`(?:${ADD_VERB}(?:一下|下|个)?(?:${PERSON}){1,2}的?|(?:拿|要|领取|获取)(?:${PERSON}){1,2}的)$`);

/** 加客服V, 加一下店主v, ➕我私人V, 拿老板的v: a V after "add" (or "get") and a person is that person's WeChat, no handle needed. */
export function addedToPerson(f: FoldedText, start: number): boolean {
  return ADD_PERSON_BEFORE.test(f.text.slice(clauseStart(f, start, 8), start));
}

/** A role, not a pronoun: what a shop's name stands before (木与白主理人, 茶语客服). */
const ROLES = PEOPLE.split(/\s+/).filter((w) => w.length >= 2 && !/^(?:我|你|他|她|咱|俺)/.test(w));
const ADD_NAMED_ROLE_BEFORE = new RegExp(`${ADD_VERB}[\\u4e00-\\u9fff]{1,4}(?:${longestFirst(ROLES)})的?$`);

/**
 * 企业微信：森越办公-李经理: a business account given by its display name, the company and the person,
 * after a colon (the name is what one searches for).
 */
export function businessNameAfter(f: FoldedText, end: number, original: string): boolean {
  const at = f.ends[end - 1]!;
  return BUSINESS_NAME.test(original.slice(at, at + 24)) || NAMED_THEN_ADDED.test(original.slice(at, at + 36));
}
/** …or its name in quotes and a search or add-call after it (我们有个企业微信，叫“果然鲜售后”，大家搜一下加上). */
const NAMED_THEN_ADDED = /^[^。！？!?\n]{0,4}?(?:叫|名叫|名字叫|名字是|名称是|搜)\s*[“「"‘'][^”」"’'\n]{1,12}[”」"’'][^。！？!?\n]{0,8}?(?:搜|加)/;
// …the role first (茶语-客服阿杰), or a name and the add-call after it (锦绣茶行-小林，添加后发你价目表).
const BUSINESS_NAME = /^\s*[:：]\s*[\u4e00-\u9fffA-Za-z0-9]{2,10}\s*[-－—·]\s*(?:[\u4e00-\u9fff]{1,3}?(?:经理|老师|主管|顾问|客服|店长|专员|总)|(?:客服|顾问|店长|专员|经理|老师|售后)[\u4e00-\u9fffA-Za-z]{1,4}|[\u4e00-\u9fffA-Za-z]{1,4}[，,]\s*(?:添加|加))/;

/** 加 inside a word of adding something (增加, 参加, 更加 …) adds no one. */
const NO_ADDING_WORD = '(?<![增参更追附叠施])';

/** …or a person by the name friends call them: 老李, 小王, 阿芳 (加上老李微信). */
const ADD_FAMILIAR_NAME_BEFORE = new RegExp(`${NO_ADDING_WORD}${ADD_VERB}(?:上|一下|个)?[老小阿][\\u4e00-\\u9fff]的?$`);

/** …or, before a business account (企业微信), the shop's name alone: 扫码添加茶仓企业微信. */
const ADD_SHOP_BEFORE = new RegExp(`${NO_ADDING_WORD}${ADD_VERB}[\\u4e00-\\u9fff]{1,5}$`);

/**
 * 添加木与白主理人微信, 加上老李微信: the add verb, a shop's name and a role, or a familiar name, before a
 * contact word; `business`: the word is a business account's, which a shop's name alone may own.
 */
export function addedToNamedRole(f: FoldedText, start: number, business = false, quoted = false): boolean {
  // (Past the quotes around the app, when it is quoted: 加老李的'企V'.)
  const from = quoted && start > 0 ? clauseStart(f, start - 1, 11) : clauseStart(f, start, 12);
  const before = f.text.slice(from, start);
  return ADD_NAMED_ROLE_BEFORE.test(before) || ADD_FAMILIAR_NAME_BEFORE.test(before) || (business && ADD_SHOP_BEFORE.test(before));
}

/**
 * An app described instead of named, right before 软件 or app: 橙色图标的购物软件, 红色的拼单软件,
 * 黑底音符图标的短视频软件, 名字里带“拼”字的软件, 抖字开头的app. The platform it describes and where
 * the description starts, or undefined for any other app (配套软件, 红色的app皮肤).
 */
export function describedApp(f: FoldedText, start: number): { start: number; term: string } | undefined {
  // Across quotes (带“拼”字的): the description is anchored at 软件 itself.
  const from = clauseStart(f, start, 16, true);
  const before = f.text.slice(from, start);
  for (const [shape, term] of DESCRIBED_APPS) {
    const m = shape.exec(before);
    if (m) return { start: from + m.index, term };
  }
  const named = appByCharacter(before);
  return named && { start: from + named.index, term: named.term };
}

/** What may stand between a colour and the kind of app: 的, a word for the icon or its background, 的 again. */
const ICON = '(?:的|那个)?(?:图标|logo|标志|底色|背景)?(?:的|那个)?';
const DESCRIBED_APPS: readonly [RegExp, string][] = [
  [new RegExp(`(?:橙色|橘色|橙黄色|橘黄色|橙红色|橙子)${ICON}(?:购物|网购|买东西)?(?:的)?$`), 'taobao'],
  [new RegExp(`红色${ICON}(?:拼单|拼团|拼购|砍价)(?:的)?$`), 'pinduoduo'],
  // Apps by their slogans: 那个“拼着买才便宜”的App, “砍一刀”的App, “标记我的生活”的App.
  [/(?:拼着买(?:才|更)便宜|拼得多省得多|砍一刀|多实惠多乐趣)(?:的)?(?:那个)?$|(?:拼着买(?:才|更)便宜|拼得多省得多|多实惠多乐趣)[，,]?(?:去|到|上|打开)(?:那个|这个)$|(?:黄峥|黄老板)(?:家)?(?:的)?(?:那个)?(?:拼着买的)?$/, 'pinduoduo'],
  [/标记我的生活(?:的)?(?:那个)?$/, 'xiaohongshu'],
  [/多快好省(?:的)?(?:那个|那家)?$/, 'jd'],
  [/拥抱每一种生活(?:的)?(?:那个)?$/, 'kuaishou'],
  [/张一鸣(?:家)?(?:的)?(?:那个)?(?:短视频)?(?:的)?$/, 'douyin'],
  [/记录美好生活(?:的)?(?:那个)?(?:短视频)?(?:的)?$/, 'douyin'],
  // By who uses it or who founded it: 老铁们常用的那个App, 刘强东家的App; Meituan by its kangaroo.
  [/老铁(?:们)?(?:常用|都用|爱用|用)的(?:那个)?$|老铁(?:的)?那个$/, 'kuaishou'],
  [/(?:刘强东|东哥)(?:家)?(?:的)?$/, 'jd'],
  [/(?:马云|马爸爸|马云爸爸)(?:家)?(?:的)?(?:那个)?$/, 'taobao'],
  [new RegExp(`袋鼠${ICON}(?:外卖)?(?:的)?$`), 'other'],
  [new RegExp(`(?:红色|红心|粉色|粉红色)${ICON}(?:种草|笔记|小书本|书本|小书|书|小本本|本本|小本子|本子)${ICON}$`), 'xiaohongshu'],
  // …and by its nickname's colour: 那个小红色图标的App.
  [new RegExp(`小红色${ICON}$`), 'xiaohongshu'],
  // JD's mascot is a dog: 红色小狗图标的软件, 那只小狗吉祥物的App.
  [new RegExp(`(?:红色|白色)${ICON}(?:小狗|狗狗|狗)(?:joy)?(?:家|住的)?${ICON}$|(?:小白狗|白狗)(?:joy)?(?:家|住的)?${ICON}$|(?:小狗|狗狗|狗)(?:的)?吉祥物(?:的)?$|那只(?:小)?狗(?:的|家)?(?:那个)?$|吉祥物是(?:一只)?(?:白色|红色)?(?:的)?(?:小狗|狗狗|狗)(?:的)?(?:购物|网购)?(?:的)?$`), 'jd'],
  // Tmall's is a black cat: 那个黑猫App.
  [new RegExp(`(?:小黑猫|黑猫|猫头)${ICON}$`), 'tmall'],
  [new RegExp(`(?:黑色|黑底|黑底色)${ICON}(?:音符|小音符)?${ICON}(?:短视频|刷视频)(?:的)?$|(?:(?:黑色|黑底色?)${ICON})?(?:小)?音符${ICON}(?:短视频|刷视频)?(?:的)?$`), 'douyin'],
  [new RegExp(`(?:橙色|黄色|橘色)${ICON}(?:短视频|老铁)(?:的)?$`), 'kuaishou'],
  [new RegExp(`黄色${ICON}(?:外卖|团购|二手|闲置)(?:的)?(?:那个)?$`), 'other'],
  // Bilibili by its bullet comments: 蓝色那个弹幕网站, 粉色的弹幕App.
  [new RegExp(`(?:蓝色|粉色|粉蓝)?${ICON}(?:那个)?弹幕(?:的)?$`), 'other'],
  // 闲鱼 by its fish: 鱼图标的二手app.
  [new RegExp(`(?:小鱼|鱼塘|鱼)${ICON}(?:二手|闲置)?(?:的)?$`), 'other'],
];
/** A name given by one of its characters: 带“拼”字的, 名字里有个淘字的, 抖字开头的, “快”字开头的短视频平台, 东字头的平台, 橙色“淘”字App, '淘'字图标那个App. */
const NAMED_BY_A_CHARACTER = /(?:带|有个|有)(.)字(?:的)?$|(.)字(?:开头|打头|头)(?:的)?(?:短视频|购物|网购|电商)?(?:的)?$|(?:[橙红蓝黑黄绿白橘]色|那个)(.)字(?:的)?(?:图标|logo)?(?:的)?$|(.)字(?:的)?(?:图标|logo)(?:的)?(?:那个)?$/;
const APP_BY_CHARACTER: Readonly<Record<string, string>> = { 拼: 'pinduoduo', 淘: 'taobao', 抖: 'douyin', 快: 'kuaishou', 京: 'jd', 东: 'jd', 猫: 'tmall', 闲: 'xianyu' };

/** True when the words before 平台 name it by one of its characters (那个东字头的平台): 平台 is then an app described. */
export function namedByACharacter(f: FoldedText, start: number): boolean {
  return appByCharacter(f.text.slice(clauseStart(f, start, 16, true), start)) !== undefined;
}

/** The platform the end of `before` names by one of its characters, and where that naming starts. */
function appByCharacter(before: string): { index: number; term: string } | undefined {
  const m = NAMED_BY_A_CHARACTER.exec(before);
  const term = m && APP_BY_CHARACTER[(m[1] ?? m[2] ?? m[3] ?? m[4])!];
  return m && term ? { index: m.index, term } : undefined;
}

/**
 * An app named without quotes after a verb that gets it, with a deal for getting it in the
 * sentence: 扫码下载青柚App，新人注册送20元 (not 下载App连接设备: an app a device needs).
 */
export function appForDeals(f: FoldedText, start: number): boolean {
  const got = GET_BEFORE_APP.exec(f.text.slice(Math.max(0, start - 10), start));
  // A platform's own app is read by its name's signal (下载抖音App领券 is home on Douyin).
  if (got === null || APP_NAMES.test(got[0])) return false;
  const from = f.text.lastIndexOf('\n', start) + 1;
  const end = f.text.indexOf('\n', start);
  const to = end < 0 ? start + 24 : Math.min(end, start + 24);
  // What the app is for is said from the verb on (说明书最后一页有个二维码，扫一扫下载… names where the code is).
  const verbAt = Math.max(0, start - 10) + got.index;
  return APP_DEALS.test(f.text.slice(Math.max(from, start - 24), to)) && !COMPANION_APP.test(f.text.slice(verbAt, to));
}
/** An app the goods work with (配套App, 绑定设备, 连接手表): needed, not a way off the platform. */
const COMPANION_APP = /配套|绑定|连接|蓝牙|控制|设备|说明书|固件|同步/;
const GET_BEFORE_APP = /(?:下载|安装)(?:我们的?|咱们的?|官方的?|品牌)?[^\n]{0,6}$/;
const APP_NAMES = /抖音|淘宝|天猫|京东|拼多多|快手|小红书|视频号|微信|支付宝|闲鱼|得物|唯品会|美团|饿了么|苏宁/;

/** True when a platform is named in the clause before folded `start` (quotes crossed): 抖音商城搜“小满家居”旗舰店. */
export function platformNamedBefore(f: FoldedText, start: number): boolean {
  return APP_NAMES.test(f.text.slice(clauseStart(f, start, 16, true), start));
}
const APP_DEALS = /领券|新人|注册(?:就|即)?送|优惠|福利|红包|积分|会员价|首单|专享|更便宜|折扣|打折|立减|领延保|送延保/;

/**
 * Cheaper there, and then why not (有更便宜的，但那是二手翻新), or the buyer's question quoted (同款在拼多多更便宜？):
 * the platform compared with, no one sent.
 */
const CHEAPER_BUT = /^.{0,4}?(?:更便宜|便宜)[^\n]{0,6}?(?:但|不过|可是|然而)/;
/** CHEAPER_BUT after folded `end`, or a clause that says it is cheaper there ending in a question mark. */
export function cheaperComparedOnly(text: string, f: Context, end: number): boolean {
  const e = clauseEnd(f, end, 16);
  const clause = f.text.slice(end, e);
  if (!clause.includes('便宜')) return false;
  return CHEAPER_BUT.test(f.text.slice(end, clauseEnd(f, end, 20, true))) || (e < f.text.length && f.text.charCodeAt(e) === 10 && QUESTION_MARKS.includes(text.charAt(f.starts[e]!)) && clause.endsWith('便宜'));
}

/** True when the Taobao app named right before folded `end` is opened to reach the shop's own page, orders or membership, or its own 淘宝群. */
export function ownShopInTheApp(f: Context, end: number): boolean {
  const after = f.text.slice(end, clauseEnd(f, end, 18, true));
  return OWN_SHOP_IN_APP.test(after) || (SHOP_SEARCHED_TO_JOIN.test(after) && f.text.includes('淘宝群'));
}
const OWN_SHOP_IN_APP = /^(?:(?:或|或者|和|与)?天猫)?(?:app)?(?:里|内|中|在)?(?:进入|找到|点击|点开|打开)?(?:我的淘宝|我的)?(?:店铺首页|本店首页|我们的?店铺|订单页|我的订单|订单详情|入会|会员中心|店铺会员|消息)/;
const SHOP_SEARCHED_TO_JOIN = /^(?:搜索|搜|索)(?:本店|店铺|我们店铺)(?:名)?[^\n]{0,12}?(?:进群|入群|群聊)/;

/** A message asked for to claim a review's reward: 领取 a red packet after it, a review before it in the sentence. */
export function reviewRewardByMessage(f: Context, start: number, end: number): boolean {
  return REWARD_CLAIMED.test(f.text.slice(end, end + 12)) && REVIEW_BEFORE.test(f.text.slice(clauseStart(f, start, 30, true), start));
}
const REWARD_CLAIMED = /^(?:我|我们)?(?:领取|领)[^\n]{0,6}?(?:红包|返现|现金|元|块|🧧)/;
const REVIEW_BEFORE = /好评|晒图|晒单|评价|评论|笔记|截图|追评|五星/;

/**
 * A handle given, then the profile said to hold it too (绿泡泡：wen-shuo_2019（简介里也有）, 加V：ks_pifa66，主页也有):
 * a pointer to the same account. Only where the words end the clause, a handle a few words before.
 */
export function alsoInProfile(f: Context, text: string, start: number, end: number): boolean {
  const m = ALSO_THERE_AFTER.exec(f.text.slice(end, end + 5));
  if (!m || (end + m[0].length < f.text.length && f.text.charCodeAt(end + m[0].length) !== 10 && f.gaps[end + m[0].length]! < Gap.Clause)) return false;
  const at = f.starts[start]!;
  const before = text.slice(Math.max(0, at - 30), at);
  return HANDLE_BEFORE_PROFILE.test(before) && !MODEL_LABEL.test(before);
}
const ALSO_THERE_AFTER = /^(?:里|上|里面)?也(?:有|写着|写了|放了)/;
// (A handle has three letters at the least; a model's code is mostly digits and has a label: 型号HX2000.)
const HANDLE_BEFORE_PROFILE = /(?=(?:[0-9_.\-]*[A-Za-z]){3})[A-Za-z][A-Za-z0-9_.\-]{3,}(?:@[A-Za-z0-9.\-]+)?[^A-Za-z0-9]{0,4}$/;
const MODEL_LABEL = /型号|货号|编号|款号|尺码|规格|批次|批号/;
