/**
 * Context around a literal hit, read on the folded text: action cues before it (加/联系/去…,
 * possibly with an addressee in between: 加一下我们导购 VX), cue words after it (联系, 搜,
 * 同号…), negations (主播不私聊, 请勿相信…转账) and clause bounds. All of it runs only near a
 * literal hit, never over the whole text.
 */
import { Gap, type FoldedText } from '../normalize';
import type { CueSet } from './lexicon';
import { answeredNo, buyersQuestion, grantedAfter, quotedComment, someoneElseSaid } from './questions';

/** Folded text with the characters that belong to honest words (扫码枪, V领…) marked. */
export interface Context extends FoldedText {
  /** 1 where a folded character is inside an honest word: no cue is read there. */
  honest?: Uint8Array;
}

function isHonest(f: Context, start: number, end: number): boolean {
  if (!f.honest) return false;
  for (let k = start; k < end; k++) if (f.honest[k] === 1) return true;
  return false;
}

/**
 * Cue words are written as plain words, "^w" for a word that must follow the trigger at once
 * (看简介加), "w!xyz" for a word not followed by x, y or z (返 but not 返修), or "w<xyz" for a
 * word not preceded by one of them (号, but not the 号 of 视频号).
 */
interface CueWord {
  word: string;
  adjacent: boolean;
  notNext: string;
  notPrev: string;
}

function cueWord(raw: string): CueWord {
  const adjacent = raw.startsWith('^');
  const [spelled, notNext] = (adjacent ? raw.slice(1) : raw).split('!') as [string, string | undefined];
  const [word, notPrev] = spelled.split('<') as [string, string | undefined];
  return { word, adjacent, notNext: notNext ?? '', notPrev: notPrev ?? '' };
}

const NO_WORDS: readonly CueWord[] = [];

function matchesAt(f: FoldedText, w: CueWord, at: number): boolean {
  const text = f.text;
  if (!text.startsWith(w.word, at) || (w.notNext !== '' && w.notNext.includes(charAtOr(text, at + w.word.length)))) return false;
  if (w.notPrev !== '' && w.notPrev.includes(charAtOr(text, at - 1))) return false;
  // A word is read inside a clause: 不能退，还搞了几支 holds no 退还.
  for (let k = at + 1; k < at + w.word.length; k++) if (f.gaps[k]! >= Gap.Clause) return false;
  // A Latin cue word is a word of its own: the v of ktv is none. Spaced pinyin folds into one run
  // (zhuan zhang → zhuanzhang): a space dropped there still parts two words.
  if (!LATIN_WORD.test(w.word)) return true;
  const end = at + w.word.length;
  return !(isLatin(text.charCodeAt(at - 1)) && f.gaps[at] === Gap.None) && !(isLatin(text.charCodeAt(end)) && f.gaps[end] === Gap.None);
}

const LATIN_WORD = /^[a-z]+$/;
const isLatin = (c: number) => c >= 97 && c <= 122;

/**
 * Cue words by the unit they end with (`last`) or begin with: a word can only match where that
 * unit stands, so each position is tried against a few words, not all. Longest first in each
 * list, so "拉你们进" wins over "进" where both end.
 */
const byUnit = { last: new WeakMap<readonly string[], Map<number, CueWord[]>>(), first: new WeakMap<readonly string[], Map<number, CueWord[]>>() };
function cueWordsBy(edge: 'last' | 'first', words: readonly string[]): Map<number, CueWord[]> {
  let m = byUnit[edge].get(words);
  if (!m) {
    m = new Map();
    for (const w of words.map(cueWord).sort((a, b) => b.word.length - a.word.length)) {
      const unit = w.word.charCodeAt(edge === 'last' ? w.word.length - 1 : 0);
      m.set(unit, [...(m.get(unit) ?? []), w]);
    }
    byUnit[edge].set(words, m);
  }
  return m;
}

export interface CueSpec {
  /** Verbs that must end right before the trigger, or before fillers that end there. */
  verbs: readonly string[];
  /** Words that may stand between the verb and the trigger (an addressee: 我, 店长, 一下 …). */
  fillers: readonly string[];
  /** Characters of anything else allowed between verb and trigger. */
  free: number;
  /** How far before the trigger a verb may end. */
  reach: number;
  /** Cue words that start within `afterReach` characters after the trigger. */
  after: readonly string[];
  afterReach: number;
  /** Whether the windows may run on past a comma (review bait spans "好评+晒图后，…领红包"). */
  crossClauses?: boolean;
  /** Whether only the window after the trigger runs on past a comma (这个码，用微信扫了). */
  afterCrossesClauses?: boolean;
  /** Whether a verb with an aspect mark after it still cues (拉了个群: the group is there), not only tells what happened. */
  pastStillCues?: boolean;
  /** Words so plain that they still cue further on, up to `farReach` but never past the sentence's end. */
  farAfter?: readonly string[];
  farReach?: number;
  /** A shape that cues within `farReach` too, for what no list of words can hold (a claim step, then something given). */
  farShape?: RegExp;
}

export const PEOPLE =
  '果园主 园主 茶园主 农场主 场主 庄主 坊主 我 我们 我们的 我的 你 你们 他 她 他们 的 主播 店长 店主 客服 导购 助理 小助理 助手 小助手 老板 老板娘 掌柜 老师 技术支持 技术 售后 专属 官方 品牌 ' +
  '本人 私人 个人 kf 小编 工程师 园丁 师傅 安装师傅 维修师傅 顾问 客服小妹 小妹 妹妹 哥哥 姐姐 小姐姐 博主 好友 同事 经理 客户经理 专员 小哥 姐妹 真人 人工 福利官 宠粉官 设计师 茶艺师 营养师 业务员 代理 店家 厂家 主理人 穿搭师 搭配师 造型师 美容师 育儿师 验光师 配镜师 技师 理疗师 药师 调香师 调酒师 化妆师 摄影师 ' +
  // A brand's 管家, and how farmers and family shops name themselves: 加阿婆微信, 加俺微信.
  // A 顾问 by what they advise on: 添加专属美容顾问为好友.
  '护肤客服 美妆客服 美容顾问 护肤顾问 美妆顾问 健康顾问 营养顾问 育儿顾问 穿搭顾问 健身顾问 服务顾问 售后顾问 购物顾问 时尚顾问 ' +
  // Taobao's name for a shop's service staff: 加客服小二为好友.
  // …and the office behind the shop: 有想要发票的，加一下财务的v.
  '财务 会计 出纳 小二 店小二 管家 品牌管家 专属管家 班主任 业务 导师 教练 阿婆 阿姨 阿公 阿叔 大叔 大姐 大哥 叔叔 老乡 果农 茶农 蜂农 咱 咱们 老板家';

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const CONTACT: CueSpec = {
  // 问 as asking the seller there (问我微信), not a question about using it (有朋友问用微信能不能付款);
  // nor 我用微信 (I use the app: 我用微信跟我妈视频).
  // (…and told to the buyer: 我给你报个维信.)
  verbs: list('加 添加 + 加个 加下 联系 联 搜 搜索 找 关注 扫 扫码 扫码进入 咨询 戳 滴滴 问!用 认准 发你 发给你 私信 佳 嘉 茄 约 我!用 我的 私人 个人 本人 报个 给你报'),
  // Which of the seller's accounts: 发你另一个微信号, 加我备用微信, 加我工作微信.
  fillers: list(`${PEOPLE} 一下 下 个 一个 上 为 直播间 仓库 另一个 另外一个 另外 备用 新 新的 工作 小号`),
  free: 1,
  reach: 10,
  // (…and the handle told by what it is made of: wx就是我名字拼音加520; 微信上直接找我.)
  after: list('联系 咨询 沟通 详聊 私聊 聊价 下单 号 搜 同号 同名 上我单独 一个个加 挨个加 就是我名字 就是店名拼音 就是店名全拼 上直接找我 上直接找 里添加 里加 里搜 上找!不到了过 里找!不到了过 上等我 里等我 上等你们 里等你们 找我 预约 好友 拉你 拉群 发你 发给你 领取 加我 加一下 加了 加上以后 加上后 加上之后 添加顾问 添加客服 添加专属 添加管家 私信 私我 私聊 详询 询价 问价 报价 购买 订购 预定 扫码加 扫码添加 扫一扫加 ' +
  // What one is called there, photos sent one by one there (那个绿色的软件里我叫“…”, 我用绿色软件一张张发给你).
  '一张张发 里我叫 上我叫 ' +
  // The seller waiting there: 那个绿色聊天软件上等您.
  '上等你 上等您 里等你 里等您 add一下 add我 search 扫一扫就能加 扫一扫就加 扫一扫即可加 ' +
  // …or its card pushed to the buyer (我把v推给你).
  '推给你 推给您 ' +
  // The number given is that app's too: （绿色软件也是这个号）.
  '也是这个 就是这个'),
  afterReach: 4,
  // …and an add-call a clause later: 那串数字就是客服 wx，加上后报订单号.
  // …and the reader sent to add it, or told what to write when adding (头像里有店长微信，好评的去加; 添加时写“看货”).
  // …or said to answer faster than the platform's own chat (企微那个，比旺旺回得快).
  farAfter: list('自己加一下 自己加 加上后 加上以后 加上之后 加了之后 加了以后 加好后 的去加 就去加 快去加 添加时写 添加时备注 添加请备注 添加时请备注 加的时候备注 加的时候写 比旺旺 比咚咚 比小店客服 比平台客服 加了给你 加了给您 加上给你 加上给您 自己去加 的自己去加 要的去加'),
  farReach: 6,
};

const PROFILE: CueSpec = {
  // Not the 号 of an account on a platform (在视频号主页有完整视频): that names where, it holds no number.
  // (…and a shop's address to go to: 到店交易，门店地址看主页简介.)
  verbs: list('小号名字 小号的名字 客服微 售后微 店长微 老板微 他的微 她的微 怎么联系我 怎么联系 订购方式 禁止留号 不让留号 不能留号 不能留联系方式 不让留联系方式 不能留微信 不让留微信 看货方式 不能写 不让写 不方便写 不能念 不让念 不方便念 找谁 找谁领 找谁要 打不通 不方便说 不方便直接说 不能直接说 拿货 代购 或者直接 门店地址 店铺地址 实体店地址 线下地址 规则 活动规则 领取规则 不能在直播里讲 不能在直播间讲 不能在直播里说 不能在直播间说 不方便在直播间说 不方便在直播间讲 不方便在直播里说 怎么找到我 领法 具体领法 怎么领 如何领 在哪领 哪里领 参与方式 参与方法 兑换方式 领取方法 v vx v号 vx号 id 入口 号码 怎么找我 打call 售后方式 合作方式 对接方式 沟通方式 联系渠道 转账方式 付款方式 收款方式 联系方法 联系f式 联系fs 联络方式 电联方式 购买渠道 购买方式 下单方式 渠道 批发 批发价 价目表 价格表 价钱 报价单 团购价 拼单 内部价 内购价 员工价 底价 出厂价 代理价 合作 商务合作 店话 不在直播间说 不在直播间讲 直播间不说 不在这说 不在这里说 这里不说 不方便说 不方便讲 不方便放 不让放 不能放 不让挂 不能挂 挂不了 不能说 不让说 不好明说 这里不能说 这里不能发 这里不能讲 这里不方便发 这里不方便讲 这里不方便说 这儿不能说 这儿不能发 不能在这说 不能在这里说 不能在这发 不能在这里发 不方便在这说 不方便在这里说 在这不能说 在这里不能说 预约方式 领奖方式 兑奖方式 领取方式 返现方式 返现的方式 返现方法 具体方式 返利方式 返现渠道 领红包方式 红包领取方式 微信 微信号 徽信 徽信号 薇 薇号 企微 群!聊 群号 进裙 裙号 vip裙 粉丝裙 福利裙 老粉裙 内部裙 宠粉裙 进群方式 入群方式 进群的法子 进群的办法 入群的法子 进窝的法子 进窝方式 入窝方式 进群办法 群入口 喂心 威信 维信 薇信 绿泡泡 小绿 联系 电联 电话 专线 热线 qq 联系方式 联系办法 名片 加!入 企鹅 扣扣 号<频音手众书名 二维码 码<小大中均尺 找我的方式 找我方式 联系我的方式 加我的方式 加我方式 要链接的 求链接的 ' +
    // Where to buy what the post shows, sent to the profile: 想要同款链接的姐妹看我主页简介, 怎么买看我简介 (not 想要同款的看我主页合集:
    // its product cards).
    '同款链接的 在哪买的 哪里买的 怎么买 预定方式 预订方式 地方我写在 地方写在 ' +
    // Details said to be there: 大批量定做的老板，详细的看我们店铺头像.
    '详细的看 详细看 详情看 具体看 详细请看'),
  // (…and what the platform does not let be put up: 🍠不让放的东西都在简介里 — 东西 a filler below; 好评返现怎么领？方式在我主页置顶:
  // the way to it, 方式 a filler too.)
  // Cantonese as folding writes it (traditional.ts): 放咗喺 is 放了在, 睇吓 is 看吓.
  // (俺 and 咱 as dialect says 我: 看俺作品简介.)
  fillers: list('懂行的 懂行的去 方式 东西 兄弟 兄弟们 铁子们 老铁们 啊 嗯 呃 翻 去翻 戳 戳我 藏在 就藏在 懂的 都放 我都放 懂的都懂 俺 俺的 咱 咱的 就是 掌柜 掌柜的 商家 商家的 作者 作者的 印在 就印在 本店 本店的 旺旺 宝宝 宝子 姐妹 朋友 你们 大家 姐妹们 宝宝们 宝子们 家人们 自己 自己去 请查看 查看 看吓 放了在 主播 主播的 看 看我 看我的 我 我的 在 在我 在我的 的 请看 详见 见 点 进 去 蹲 蹲我 放在 都在 写在 在这里 在这儿 在此 店铺 店铺的 我店铺 店铺首页 首页 客服 店铺客服 直播间 她 他 她的 他的 个人 店主 店主的 店长 店长的 老板 老板的 我们 我们的 就在 旗舰店 旗舰店的 挂在 就挂在 就挂 挂 印在 旺旺 视频号 视频号的 抖音 快手 小红书 淘宝 天猫 京东 拼多多 主页 主页的 ' +
    // A post of the account's as where it is: 号码在作品主页第一条, 号码在我最新作品的置顶评论里.
    '作品 作品的 最新作品 最新作品的 第一条 第一个作品'),
  free: 1,
  // 联系方式 + 请看我们视频号主页 + 简介: the pointer's words may run long.
  reach: 14,
  // 头像里的号, 签名里那一串: the number the pointer points at.
  // 微 and 微信, not WeChat's checkout (视频号主页橱窗…支持微信支付).
  // (有我 not before what the posts show of me doing: 主页作品里有我穿的视频; and 里面有个喂心, 简介里写了网址, 按那上面写的来.)
  after: list('按那上面写的 那上面写的 有咱家卫星 有咱家微信 有咱家v 有我家卫星 有个喂心 有个微信 有个威信 有个薇信 有个v 有个vx 有个卫星 有个绿泡泡 写了网址 有网址 找里面 找她时 找他时 方式在里面 直连方式 直联方式 批发另算 另算 那边还能 秋秋号 球球号 写了号 写着号 写了个号 写着个号 找到一个号 找到个号 ^找我 ^联系我 ^上找我!们 ^里找我!们 ^上联系我 ^里联系我 都写在那 写在那了 写的就是 放大就看到 放大就能看到 截个图放大 那个地方加 咋联系 怎么联系 如何联系 v vx 微!信 微信!支付小 薇 有威 有微 有徽 有薇 有扣 有q 藏了个号 藏了号 写着威 写着微 写着薇 写着v 座机 就是我手机 是我手机 有手机号 有我手机 手机号在 邮箱在 有邮箱 邮箱就在 邮箱写在 邮箱也在 也写着 有联系方式 有电话 有号 有个号!称 有个号码 留了个号 有我!每家所穿做拍试讲录跳唱吃画写教演用 有卫星 有卫 有主播卫星 有店长卫星 有老板卫星 有主播的卫星 有店长的卫星 有我的卫星 有主播威信 有店长威信 有客服 威信写在 微信写在 薇信写在 v写在 vx写在 电话写在 号写在 联系方式 电联 电话 扣扣 qq 企鹅 客服号 售后号 老板号 店主号 助理号 工作号 小号 私人号 号码 ^加 ^联系 的号 那串 那一串 那个号 那串数字 怎么找我 怎么联系 如何联系 怎么联络 联络我们 点样找我 点样联络 有办法 怎么加我 有你们要的 都放那里 放那里了 都在那里 都写了 上面写了 那里写了 那里写着 里面写了 写了怎么加 写着怎么加 都写在里面 写在里面了 都在里面了 你们懂的 联系方法 有方式 有答案 领取方式 订购方式 订货方式 怎么找到 暗号 二维码 就是码 是码 有群号 群号 进群方式 入群方式 ^绿 那行小字 小字 放大看!是 懂的都懂 找到我!们 联系我 找我的方式 的方式 售后方式 方式都 副号 专线 热线 名片 有小绿 有绿 绿泡泡 小绿 个人号 私人号 ' +
    // A line of it, letters on it, what is written there: 主页第三行, 签名那一行, 右下角那几个字母, 头像上就写着呢.
    '那一行 那行 第一行 第二行 第三行 最后一行 一行小字 几个字母 就写着 上写着 写着呢 懂的老铁都懂 写得很清楚 写得清清楚楚 写得清楚 写的很清楚 写得明明白白 写的明明白白 小秘密 有惊喜 里面那个码 里面的码 有顾问 顾问号 获取方式 有whatsapp 有line 有wa 有telegram 有tg 有ig 有weixin 有wx 有vx 写着怎么 写着咋 有写 里有写 就懂了 找我的法子 找我的办法 联系的法子 里面啥都有 啥都有 ^里都有 加我们 自然懂 懂的姐妹 懂的宝子 懂的家人 的外链 外链 号也在 号就在 号在那 号在里面 上的码 ' +
    // 看我主页简介，这里不方便说: what cannot be said here is there; 签名里藏着我的绿色泡泡, 简介里那个绿色小标: hidden there;
    // 去主页简介找方式，这里不多说了: the way is found there.
    // …or left unsaid on purpose: 自己去看我主页签名，我就不多说了; …放大看，你懂的.
    // …or what the seller hands over once found there (看简介那里，找我拿教程的完整版).
    '找我拿 找我领 ' +
    // …or found there by looking, written there, said no more of, enlarged to be read (姐妹去主页简介找找就懂啦, 简介里写着店铺地址, 写着找谁, 我就说到这,
    // 放大看看就懂了), or the other way to buy or to stock up there, a number said to matter (那里有别的购买方式, 主页置顶有老顾客拿货方式, 简介里那个数字很重要).
    '找找就懂 找找就知道 找找就明白 写着店铺地址 写着门店地址 写着地址 写着找谁 放大看看就懂 放大看就懂 放大就懂 我就说到这 就说到这 别的购买方式 其他购买方式 拿货方式 那个数字很重要 数字很重要 ' +
    '不方便说 不方便讲 不能说 不好明说 藏着 绿色泡泡 绿色小泡泡 绿色小标 绿色标 绿色图标 ^我就不多说 ^不多说 这里不多说 这就不多说 找方式 你懂的 你们懂的 懂的都懂 ' +
    // The way to reach or order written there (联系办法, 法子都写里头了), or the number hung or printed there (主页挂着号,
    // 手机号就印在上面), or WeChat by a homophone (头像里有喂心).
    '联系办法 联系的办法 联系法子 法子都写 办法都写 法子写 法子在 号都写在 号都在上面 都写在上面 图上都有 上面都有 都在上面 都在上头 有对接方式 对接方式 挂着号 号挂着 印在上面 上面印着 印着的就是 那一栏 符号后面就是 有另一个号 那个喂心 喂心就是 有小助理 里留了方式 留了方式 有喂心 有卫星 有维信 有危信'),
  // 看简介，里面有联系方式; 看我主页那行小字，上面写了怎么找我: the pointer's own words may stand between.
  afterReach: 14,
  crossClauses: true,
};

/**
 * A claim step after a review (找客服, 私信主播, 截图发客服 …) and then something given or exchanged (找客服换护手霜; not 换货, 换尺码, 包退包换) to the reviewer (folded text:
 * the commas between are gone, a sentence end is '\n'). Not 给你 alone: 客服给你备注优先发货, 给您一个满意的处理.
 */
const REVIEW_CLAIMED_THEN_GIVEN =
  /(?:(?:找|联系|私信|私聊|私|戳|滴滴|dd|告诉|发给?|截图给|截图发|截个图给|截个图发)(?:一下|下)?(?:在线|小店|店铺)?(?:客服|店主|店长|老板|主播|旺旺|飞鸽|咚咚|小二|我们|我)|(?:旺旺|飞鸽|咚咚|客服)(?:上|里)?报)[^\n]{0,16}?(?:(?<![发处])送|领(?!取发票)|寄(?!回)|抽|兑|(?<![退包能可调更])换(?!货|新|尺|码|号|色|个|一下)|准备了|拿(?!货|快递|发票))/;

export const CUES: Readonly<Record<CueSet, CueSpec>> = {
  contact: CONTACT,
  platform: {
    // 点 (click), not 有点 / 一点 / 差点 (a bit): 有点像京东那边卖的.
    // 去 but not 去年 (去年淘宝爆了的那种半裙).
    // (…and a post there asked for: 再发一篇小红书带话题; where the seller's posts all are: 实拍我都发在红薯了 — not 沙发在某东,
    // nor 同步发在, a mention.)
    verbs: list('都发在 我发在 全发在 视频放在 发一篇 只在<前来去经 去!年 去看 前往 转场 转战 到 上!周次回个半 来<本原后起未将从出近用!自 发给 发你 发您 发到 发至 联系 进入 关注 追踪 搜 搜索 逛 进 加 跳转 转到 回 打开 下载 移步 戳 点<有一差 点击 认准 用 我!在是 我们!和跟与是 我们的 我的 我们自己的 自己的 本店!和跟与 咱家 我家 链接在 店在 店铺在 ' +
      // Taking the order through it: 大批量采购请走京东企业购, 企业团购走京东企业购那边.
      '的话走 跳 请走 可走 可以走 直接走 都走 团购走 采购走 大单走 批量走 售后走 下单走 外地走 异地走 外省走 外地的走 ' +
      // Where the rest of the range is (更多款式在视频号橱窗): the buyer is sent there to see it.
      '更多款式在 更多款在 更多颜色在 更多商品在 更多宝贝在 全部款式在 其他款式在 其他颜色在 更多花色在 其他花色在 剩下的款在 更多好物在 花色更多在 款式更多在'),
    fillers: list('主播 主播的 一下 下 我们 我们的 我的 自己的 官方 的 家 店铺 店铺的 同名 品牌 品牌的 专属 会员 专属会员 那个 那只 那边 售后 这篇 这条 那篇 那条 隔壁 隔壁的'),
    free: 1,
    reach: 8,
    // 搜到 is finding, no search asked for: 拼多多上也能搜到类似的.
    after: list('加粉丝团 留资卡 点留资 点进去 搜!到 搜索 下单 购买 报名 拍下 关注 ^找 上找 里找 也是我们 口令 链接 主页 私信 领券 更便宜 同名 同号!码 担保 拍更 里下单 里下!载 挂一批 挂了一批 id叫 上我们店叫 上我们的店叫 上店名叫 加群 联系 上搜 里搜 号搜 比这便宜 比这里便宜 比这边便宜 比直播间便宜 留言 领取 上我挂 上挂了 上挂着 上挂 那边挂着 我挂了 ' +
      // The shop's address there sent (发淘宝店地址); the buyer's details sent in its chat (在淘宝旺旺发身高体重).
      // …or in its chat (五星好评截图发淘宝旺旺).
      '旺旺 ' +
      '入会 地址 里领 我有个号 发身高 发体重 发尺码 发照片 发图片 发截图 发消息 发信息 问客服 问下客服 咨询客服 发给客服 发客服 联系客服 ' +
      // A post there asked for (在小红书发一篇笔记带上店名).
      '发一篇 发笔记 发篇笔记 发个笔记 发条笔记 发帖 二维码'),
    afterReach: 4,
    // The buyer sent there a clause or two later (某东自营有，那边比这便宜两百，别在这拍了; 拼夕夕上我们店叫‘…’，拍那边的;
    // 今晚在拼夕夕开了个团…想上车的赶紧过去; 更多款式都在某音的号上…过去关注下; 视频号直播间今晚八点见，我在那边给你们放;
    // dy直播间小黄车还挂着，搜我店名直接拍; 叫“山里老杨”的公号，关注了每周三推特价; 红薯直播间同步开播，那边下单多送小样;
    // 平替在多多就有，同名店，自己去搜哦; 测评我发在小红书了，去看完再决定; 视频号那边同步在播，换个地方再抢一轮; 橙色那个软件，店名跟我ID
    // 一样; B站，同名up主; 快手老铁拍今晚开拍，来那边; 店名后面加“工厂”两个字搜; 都在公众号，拍之前先去关注一下; 其余的🐟上见;
    // 来隔壁dy直播间蹲我; 淘宝群每周三补一轮，进去等着; 老铁拍那几件，想要的自己过去; 某音直播间同步开着…记得去; 某宝那边是我们的
    // 旗舰店，收藏那边; 会员价在微信小程序里…懂的宝宝自己去; 京东咚咚上也能找我们客服，那边回得快).
    farAfter: list(
      // …and 在那拍, 那边小黄车, 领张券, 那边能刀 (bargained there), 旗舰店搜‘…’, 记得过去看, 提前去预约, 那边直接下单,
      // 同名账号自取, 想薅的去那边, 搜型号…, 那边叫‘…’, 直播里挂的价比这边低, 留言就算报名, 店铺名搜“…”, 讲完大家移步, 你直接在…下，我给你改包邮, 关注同名号, 店名同上, 名字还是这个, 懂的去蹲, 老铁拍见, 在红色那个书上，名字一样, 搜「…」就能找到, 老铁拍那边竞拍, 进店领取, 上直接找我们, 上有我, ID就是, 名字跟这里一样, 搜我们店名,
      // 自己去翻, 还能补拍, 走那边, 关注一下不亏, 入会后再下单.
      '那边小黄车 领张券 同名账号 的去那边 去搜就有 自己搜 专属链接 菜单栏 店名跟这里一样 店名跟这边一样 直接搜 小黄车里搜 大家移步 移步 我给你改 改包邮 补拍 那边叫 那边也能 就算报名 比这边低 比这里低 名字一样 名字都一样 就能找到 店铺名搜 店名搜 同店铺名 同名号 关注同名 同名可搜 一搜就有 店名同上 名字还是这个 同一个店名 去蹲 拍见 那边见 去那拍 卡去下单 名字就是店名 老客专场 就有会员价 同店名 搜型号 自营更划算 也开了号 那边竞拍 了进店 进店领 去那边问 那边问更快 感兴趣的搜 有兴趣的搜 同名店 搜一下就有 搜一下就能 旗舰店搜 那边送 记得过去 过去看 去预约 记得预约 那边直接下单 那边直接拍 那边能刀 那边可以刀 那边能砍 那边可以砍 上直接找我们 在那拍 店名跟这边 关注一下不亏 关注不亏 自己去翻 还能补拍 走那边 入会后再 入会再下单 上有我 那边有我 id就是 名字跟这里一样 名字跟这边一样 名字跟直播间一样 号跟店名一样 搜我们店名 搜我们的店名 搜咱店名 ' +
      '记得去 收藏那边 宝宝自己去 懂的自己去 那边回得快 那边回复快 上见 蹲我 进去等 自己过去 去看完 换个地方再 店名跟我 同名up主 来那边 个字搜 过去看完 先去关注 那边下单 那边开的价 自己去搜 可以过去 关注了每 关注了就 关注了能 关注了可以 搜我店名 搜我的店名 搜店名直接 别在这拍 别在这边拍 别在这里拍 别在这买 别在这边买 别在这里买 赶紧过去 快过去 过去关注 过去拍 去那边拍 拍那边的 在那边给你们 那边给你们放 ' +
      // (…and 同名能搜到, 店名和我昵称一样, 帮主播砍一刀, 关注回复“试用”, 那边客服能说, 进店首页就有入口, 放在公众号里了，关注一下, 给你一个sph号，过去细聊, 也在某音开了号，直播搜…, 飞鸽那边找我, 京东上我家有自营店，直接去下单, 橙色App上那家…就是我家,
      // dy上看我们直播.)
      '同名能搜 同名就能搜 同名可以搜 同名搜 搜同名 和我昵称 跟我昵称 昵称一样 帮主播砍 砍一刀 砍成了 关注回复 关注后回复 关注并回复 那边客服能 那边客服可以 进店首页 首页就有入口 首页找入口 关注一下 过去细聊 过去聊 开了号 直播搜 那边找我 直接去下单 就是我家 看我们直播 ' +
      // (…and 下单备注'淘宝来的'送杯子, 补一轮福袋，记得来, 懂行的自己去找, 搜我们品牌名, 拍那边更划算, 比旺旺回得快, 自己去挑, 收到货先去看一遍, 咚咚里发订单号.)
      '来的送 来的能 来的多 来的有 来的可 记得来 记得过来 自己去找 搜我们品牌 搜我们的品牌 搜品牌名 拍那边更 比旺旺 回得快 自己去挑 先去看一遍 去看一遍 咚咚里发 ' +
      // (…and 先发微博，关注 @…, 视频号里一步步教.)
      '关注@ 一步步教 手把手教 ' +
      // (…and the same name there, a sale or a group-buy opened, a code word said in its chat, the shop's name given or left in the comments, a
      // switch or a click over: 搜我旺旺同名, 挂了竞拍, 拼夕夕开了团, 飞鸽里报暗号, 咚咚报“小红书”, 店名多一个“仓”字, 店名跟这里一个字不差, 店名我放评论区了, 赶紧切过去, 点进去拍.)
      '旺旺同名 搜咱同名 同名号就行 搜同款店名 店名就能拍 挂了竞拍 挂了拍卖 开了团 开了个团 飞鸽里报 飞鸽报 咚咚报 店名多一个 店名跟这里 一个字不差 店名我放 店名放在 切过去 点进去拍 ' +
      // (…and a handle searched there, 在 ins，搜 @…; an app of one's own found in the app store.)
      '搜@ 搜一下@ 应用商店搜 应用商店里搜 应用市场搜 应用市场里搜'),
    farReach: 40,
  },
  review: {
    // (…and a gift given only to reviewers, or a review set as the condition: 只送给写了带图评价的老客, 条件：五星+晒图.)
    // (…and 福袋只开给晒过单的家人; 买二送一的条件：收货后评价带两张图.)
    verbs: list('返!修厂工回程校乡潮航场图 领取 领 送 赠 红包 现金 只送给 只开给 条件'),
    fillers: list('取 你 您 个 记得先给 记得给 先给 写了 写过 收货后 收到货后 收到后'),
    free: 2,
    reach: 6,
    after: list(
      // A reward named right after the review: a discount or a free extra on the next order (下一单减,
      // 直接9折, 享专属9折, 全场8折, 免加急), a gift held for the reviewer (正装小样, 寄旅行装, 留了东西, 一份小样在等, 赠书),
      // money by its amount or per head (块八到手, 每人一块五, 一人三块五的油钱, fan八块, 反5元, 仅退款2元), a warranty raised (保修从…),
      // a code word to claim it (报暗号, 说出暗号), money sent back (¥8 原路返回).
      '原路返回 领额外 直接送您 直接送你 再9折 再九折 再8折 再八折 抹个零头 抹零头 再来一盒 再来一 还减 来感谢 正装小样 小样三 小样两 寄旅行装 旅行装三件套 留了东西 给你们留了 发个大的 全场8折 全场八折 全场9折 全场九折 发个心意 一份小样 小样在等 有东西给你 再寄一 fan您 fan你 抽一份 补给你 补给您 送同色 领价值 直接9折 直接8折 直接九折 直接八折 直接95折 赠书 再选一 抽十个 抽二十个 抽10个 抽20个 下一单减 下单减 下次减 下回减 说出暗号 保修从 质保从 解锁 隐藏福利 随下次订单 油钱 赠原厂 赠送原厂 寄给你 寄给您 元券 块券 直接抵 享专属 专属9折 专属8折 专属九折 专属八折 包邮寄你 包邮寄您 免费寄你 免费寄您 块八到手 块五到手 块到手 元到手 块钱到手 额外再加 额外加 自掏腰包 小样礼盒 块钱马上 马上给您发 马上给你发 升级到 免加急 下次定制免 要hb 以hb hb形式 发hb 挑十位 挑几位 打8折 打9折 打7折 打88折 打8.8折 打9.5折 打8.5折 兑一 兑两 兑个 找客服兑 可兑 报暗号 说暗号 报口令 ' +
      [...'一两三五十12358'].flatMap((n) => [`每人${n}`, `一人${n}`]).join(' ') + ' ' +
      // …or an amount right after it, an equals sign or a comma between (好评➕晒图＝3元).
      [...'123456789两三五十'].flatMap((n) => ['元', '块'].map((u) => `^${n}${u}`)).join(' ') + ' ' + [...'一两三五八十123456789'].map((n) => `fan${n}`).join(' ') + ' ' +
      [...'一两三五十12345689'].flatMap((n) => ['元', '块'].map((u) => `反${n}${u}`)).join(' ') + ' ' +
      [...'123456789两三五十'].flatMap((n) => ['元', '块'].map((u) => `仅退款${n}${u}`)).join(' ') + ' ' +
      // fx, the initials of 返现 (截图发客服，fx五元), and 返现 half in pinyin.
      'fx fan现 fanxian 送定制 送抽纸 到你钱包 到您钱包 领三 领四 领六 领八 领十 另有小礼 小礼相送 另有小样 小样相送 送纸巾 送湿巾 寄送 88的包 66的包 888的包 一个88 一个66 秒到账 马上到账 立即到账 立马到账 直接到账 ' + [...'一二三四五六七八九十两123456789'].map((n) => `回馈${n}`).join(' ') + ' ' +
      '回血 报销运费 报销一次运费 报销邮费 块直接到你手上 元直接到你手上 块到你手上 元到你手上 寄周边 补寄 寄赠品 寄小礼物 寄出赠品 寄一份 寄出一份 ' +
      '返!修厂工回程校乡潮航场图不 cashback redpacket 送价值 送同款 全额退款 全额退 退全款 不用退 无需退回 不用寄回 感谢金 感谢费 茶水费 红包 现金 有礼 奖励 赠品 赠送 免单 话费 礼品 小礼物 抽奖 领取 领红包 领现金 领券 立减 优惠券 无门槛 送你 送您 送一 送小 送礼 送精美 送赠品 即送 就送 e卡 购物卡 礼品卡 刮刮卡 补贴 辛苦费 奶茶钱 奶茶基金 跑腿费 给你减 给您减 退你 退您 ' +
      // 追评带视频，截图找小店客服，领一盒试饮装; 带图好评，我们再补寄一支同款小样.
      '免费送 抽取 客服领 小心意 一份心意 钱的心意 块的心意 元的心意 谢礼 喝杯奶茶 喝奶茶 等您认领 等你认领 小惊喜送上 小福利 领回 寄一 随单寄 下一单寄 多塞 退给你 退给您 领一 领两 领个 领份 领1 领2 领3 领4 领5 领6 领7 领8 领9 领6 领7 领8 领9 补一!句下 补两 补个 补寄一 再补寄 补送 多送 加送 即可获得 可获得 就能获得 即可获赠 获赠 即有机会获得 内定 大转盘 中奖 拿十 拿五 拿两 拿券 拿红包 拿现金 receive 领rm 抽一位 抽两位 抽三位 抽四位 抽五位 抽六位 抽八位 抽十位 抽二十位 抽三十位 抽五十位 抽20位 抽30位 抽50位 抽100位 抽3位 抽5位 抽1位 抽10位 抽20位 抽6位 抽8位 抽一台 抽一部 再抽 抽三个 抽两个 抽五个 加赠 送延保 送正装 送整箱 ' +
        // Money back or points for a changed or deleted review: 把差评删了全额给你退, 改成好评补你一单运费, 多发500积分.
        '给你退 给您退 退回来 退一半 全额给你 全额给您 补你 补您 给你补!发 给您补!发 免费换购 换购 关怀金 补偿金 售后补偿 积分 多发 感谢红包 ' +
        // 修改为好评，我们立即退还5元; 删除评价后…补偿您8元; 主播给你们退5块钱; 这单直接半价; 多抽一次福袋; 额外送500京豆; 寄送新品试用装.
        '退还 补偿 给你们退 给大家退 半价 多抽 额外送 试用装 ' +
        // A scratch card opened after the review (给五星好评后再刮开涂层，刮出一等奖…).
        '再刮开 刮开涂层 刮奖 领奖 ' +
        // A part or a refill sent again, money back, a random sum, in English too (客服补发一盒耗材, 可申请退回10元,
        // 金额随机1-5元, we will refund ¥2).
        '补发一 补发两 补发1 补发2 金额随机 随机金额 随机红包 refund 帮你退款 帮您退款 帮你退钱 帮您退钱 ' + [...'123456789两三五十'].map((n) => `退回${n}`).join(' ') + ' ' +
        // A longer warranty or an extra refund (五星评价后免费升级至两年上门保; 质保由两年延长至三年); 追评送原厂….
        '延保 延长至 延长到 免费升级 额外退款 ^送!货达到快给不 ^奖 ^有奖 给你回!复电访头去来到应 给您回!复电访头去来到应 领小样 领试用 领正装 寄送正装 寄正装 小鸡腿 鸡腿 转你 转您 享9折 享8折 享7折 享九折 享八折 享七折 享95折 享85折 ' +
        // Something got right after the review (好评晒图领鲜花一束, 晒图可抽戴森, 评价晒图再赠同款发圈).
        '^领!先 ^可领 ^即领 ^就领 ^再领 ^赠 ^再赠 ^再送 ^可抽 ^即抽 ^再抽 就能抽 就可以抽 即可抽 立返 无门槛红包 hong包 再优惠 赠您 赠你 好礼 有小样送 小样送 奶茶一杯 把邮费 邮费还 塞个惊喜 惊喜给您 客服发您 客服发你 直接抵扣 可抵扣 抵扣 可换价值 换价值 可换一 茶水钱 包个红包 ' +
        // 返 and 话费 as their homophones (截图找客服反三块话废, 客服给您反线两元).
        '反现 饭现 反贤 返贤 反线 返线 话废 ' +
        // A price changed for the reviewer, a coupon sent, a gift exchanged, a part replaced free: 给你改价便宜五块, 发个大额券.
        '^fx f现 领hb 领r包 r包 领福利 元到账 块到账 块钱到账 反鲜 折现 下午茶 红色的小信封 红色小信封 红色信封 红信封 返xian 领fx 就能领 有福利 有好礼 寄小样 寄个小样 寄份小样 好礼三选一 好礼二选一 好礼任选 改价 大额券 发个券 发张券 发券 送券 可兑换 兑换精美 兑换礼品 免费更换 免费换 小惊喜 直接减 再减 ' +
        // A gift sent back, a discount on top, a warranty made longer, the postage refunded, a full size for a note:
        // 评价后找客服报订单号，回赠一支; 即赠一年延长保修; 给你把运费退了; 凭笔记找客服换一支同色号正装.
        '回赠 即赠 即可赠 享受额外 延长保修 额外延长 延长质保 质保延长 送原价 运费退 退运费 得好礼 换一支 换一瓶 换一盒 换正装 ' +
        // A count of something given (满三张送50京豆, 送2包).
        '送1 送2 送3 送4 送5 送6 送7 送8 送9 送两 送三 送五 送十 ' +
        // A sample sent (or sent again: 补寄同款旅行装), a refill, a lifetime or shop-wide discount (下次回购享全店八折), a warranty,
        // a free trial, a prize among the reviews:
        // 补发同款小样一份, 免费续一次试饮装, 滤芯终身八折, 可享本店终身质保, 入选可免费试用, 每月评选最萌主子送猫粮.
        '补寄同款 补寄一 补寄小样 全店八折 全店九折 全店七折 全店8折 全店9折 全店7折 补发同款 补发小样 补发一份 小样一份 送小样 抽你 抽你们 优先抽 抽小样 抽口红 免费续 续一次 试饮装 终身八折 终身九折 终身七折 终身质保 免费试用 每月评选 每周评选 评选最 每周选 每月选 抽iphone 抽ipad 抽airpods ' +
        // A gift after a count of characters, on the next purchase, from the service, got free, a flat discount (好评满十五字送备用电池,
        // 评价过的老顾客回购送磨牙棒, 带图评价，客服送同色号小样, 可免费获得幕布一张, 下次买饵料一律八折).
        '字送 回购送 客服送 送同色号 送备用 免费获得 一律八折 一律九折 一律七折 一律8折 一律9折 一律7折 ' +
        // In English: …5 stars + photos and get ¥10 back, a refund or a gift card for the review.
        '0back 1back 2back 3back 4back 5back 6back 7back 8back 9back 元back 块back yuanback rmbback partialrefund giftcard ' +
        // The next order made cheaper, or a gift put in it (下次回购任意款减5元, 报暗号减3元, 下一单包邮再送一支, 下一单多放一支).
        [...'123456789两三五十'].flatMap((n) => ['元', '块'].map((u) => `减${n}${u}`)).join(' ') + ' 减10元 减10块 减20元 减20块 再送一 再送两 再送1 再送2 多放一 多放两 多塞一 多塞两'),
    afterReach: 24,
    // A reward no honest review request names, even after a clause between: 五星好评并上传带图评价后，请在订单页
    // 留言写上您的手机号码，我们会给您充10元话费作为感谢.
    // …nor a warranty made longer (五星好评并追评满30天…，保修由1年延长至2年).
    // …in pinyin too (hao ping + shai tu, ling 5 yuan hong bao).
    // …nor an amount sent or returned to the reviewer (追评的朋友加我…，我单独发你五块; …人工审核后返5元), a thank-you fee or a
    // travel-size sample sent (…我给您发3.8元感谢费, 好评后我们电话回访并寄送旅行装小样).
    farAfter: list([...'一两三四五六七八九十123456789'].flatMap((n) => ['块', '元'].flatMap((u) => [`发你${n}${u}`, `返${n}${u}`, `发${n}${u}`])).join(' ') + ' 粉色小惊喜 一个小惊喜 全年会员 中选者可获 q币充值 小时内到账 天内到账 登记抽 登记领 登记送 升到 延到 多享 抹零 发福利 领专属券 块钱话费 领现金 领赠品 话费奖励 回馈金 寄送小样 寄送旅行装 送旅行装 旅行装小样 感谢礼 感谢费 补寄同款 元现金 块现金 无门槛券 关怀价 电讠舌费 送正装 每月抽 每周抽 领fx e卡 免单 打九折 打八折 打七折 打九五折 打八五折 寄出新品 新品试用 获延保 赠送 大额券 发个券 元话费 块话费 充话费 话费充值 充值话费 返现 红包 cashback 延长至 延长到 hongbao fanxian 寄新品 给你试用 给您试用 refund 小礼品 福利金 试吃装 寄送试吃 直接到账 现金到账 当天到账 辛苦费 茶样 话fei huafei 入选送 ' +
      // …and further rewards named after the screenshot is sent (截图给客服，请你喝两杯奶茶; 截图发客服换一份旅行装; 额外寄一对枕套;
      // 下次下单备注「已晒图」，多装两斤; 送原厂同步线; 下回拍任意宝贝少8块; 报个老粉价; 价格再让一点; 换一张店铺券; 晒图退20押金;
      // 被选中的宝宝送新品; 神秘小礼物; 备了个小小的心意; 五块钱当场到; 给您报销快递费; 师傅现场送清洁剂).
      // …a gift got ready, sent or kept for the reviewer, a draw among them, a warranty made longer, postage refunded or waived, a
      // price cut, money sent back, a lucky bag or a red packet's draw (给大家准备了香薰蜡片, 带了图的我单独寄, 带图的我挨个抽,
      // 凭截图质保再加一年, 主播直接给你免邮, 给你安排一个充电宝, 可领钓鱼线一卷, 任选一对五折, 下一瓶我贴钱给你, 可申请退回部分货款,
      // 单独给你们开个福袋, 发个拼手气, 月底统一充值, 运费8元我们给您报销; not 每条点评都有回馈: a hotel's replies).
      '给大家准备了 给你们准备了 给你准备了 给您准备了 单独寄 挨个抽 抽中的 质保再加 保修再加 再加一年 给你免邮 给您免邮 专属回馈 安排一个 可领 直接送 挑五个 挑三个 挑十个 挑几个 挑两个 赠同款 领下一 往后延 包个小的 包个大的 立刻转给你 马上转给你 立马转给你 转给你 转给您 有份心意 小彩蛋 有份彩蛋 返款 补一份 包你下次 多一泡 抽一个 单独给你们抽 订单号送 单号送 优惠码 抹掉 对个暗号 对暗号 拿hb 五折 任选一 贴钱 给你降 按9折 按九折 按8折 按八折 给你寄 给您寄 额外赠 赠运费险 凭截图兑换 反馅 享会员价 价7折 价8折 价9折 价七折 价八折 价九折 全部八折 全部九折 全部8折 全部9折 送消毒 单独留一个 直接包邮 另有惊喜 免费寄一 再免费寄 运费给您返 运费给你返 运费返回 下次8折 下次八折 下次9折 下次九折 钱我出 运费我出 免费上门 退回部分 部分货款 多加一 升一级 专属券 有小礼物 就归您 就归你 归您了 再给你加 给你加一个 随您挑 随你挑 补差价 多做半小时 多做一 有份小礼 开个福袋 给你们开个 等你拆 有个hb 运费免了 补发半 补个惊喜 拼手气 抽盲盒 统一充值 统一充 蛋糕券 给减 我们请了 我请了 给您报销 给你报销 优先留给 名额优先 统一给你们发 给你免了 钱给你免 折券 每单再便宜 运费我们包 寄小礼物 退到你账户 直接退到你 hb秒到 少10块 少10元 少20块 少20元 原路退回 我全包了 少付 抵扣券 终身半价 补回来 再寄两 随机掉落 留一波 购买9折 购买8折 购买九折 购买八折 给你压 给您半价 给你半价 领你的那份 给你加一张 免运费券 1r 2r 3r 5r 8r 10r 抽手机 给你留的 给你留了 有给你留 奶茶钱 回个奶茶 单包邮 个大洋 ' +
      [...'123456789五十'].map((n) => `抵${n}`).join(' ') + ' ' +
      '请你喝 请您喝 换一份 换一张 额外寄 多装 送原厂 老粉价 再让一点 让一点 店铺券 的宝宝送 的姐妹送 神秘小礼物 神秘礼物 小小的心意 小小心意 当场到 报销快递费 现场送 ' +
      // (…and cash at once, a difference made up, a phone topped up, a gift given back: 现金秒到, 主播给大家补一个差价, 直接给您充, 有份“回礼”, 我给你们送手链;
      // a gift per count, a report's or a book review's reward, money made up on the next book: 赠两瓶, 下一本减免10元, 多抓一把给您, 额外享受…免费保修, 客服那里兑.)
      '减免 下一本减 多抓一把 多抓点 额外享受 免费保修 那里兑 赠两 赠三 赠1 赠2 赠3 现金秒到 现金马上到 补一个差价 补个差价 补点差价 给您充!电气满 给你充!电气满 回礼 心意到了 给你们送!货达到去过 给大家送!货达到去过 ' +
      // (…and a sample sent, a warranty or a replacement kept, an ice lolly's money, a price changed, a surprise over there: 寄出同系列面膜, 再续一个月的换新保障,
      // 两块钱买根冰棍的心意, 我给你改个价, 客服那边有惊喜; so much per picture, waiting, a top-up, a cheaper next order: 一张图五毛, 有八块八等您, 充值的事我们来办, 改便宜八块.)
      '寄出同 寄出两 寄出一 寄出2 寄出3 再续一 续一个月 换新保障 买根冰棍 冰棍钱 改个价 那边有惊喜 一张图五毛 张图五毛 张图一块 最多三块 最多五块 块八等您 元等您 块等您 送原装 充值的事 话费的事 改便宜 ' +
      // (…and postage, cash back, the cost price, a few yuan off, what comes with the next order, a difference made up: 下一单我给你包顺丰, 后台给大家反一点现, 第二件按成本价给您,
      // 再便宜二十, 京豆之外再补8.8元 — not 再补充 —, 随单赠一棵小苗, 差价我们补回, 赠同系列旅行装, 领五块, 下次拼单优惠3元, 空瓶换新装, 质保由一年改为三年, 直接便宜八块, 可申请一套, 红苞马上到.)
      // (…and a gift claimed by itself, a second item for a token sum, a gift sent up, postage waived or upgraded, a gift swapped,
      // money at once, a few things more, a pick, a discount, postage made up: 福利自动领, 第二件只收1块钱, 客服为您送上猫条, 自动升级顺丰, 好评+图=下次免邮, 凭截图换同款发圈,
      // 审核通过立得十元, 多备一包辣条, 配件随便挑一个, 悄悄给你打个折, 运费给你补回来.)
      '自动领 第二件只收 为您送上 给您送上 升级顺丰 自动升级 下次免邮 ^免邮 换同款 立得 多备一 随便挑 打个折 补回来 ' +
      '包顺丰 反一点现 返一点现 返点现 按成本价 成本价给您 成本价给你 再便宜二十 再便宜十块 再便宜五块 再便宜20 再便宜10 再补!充发拍 随单赠 随单送 差价我们补 补回 赠同系列 赠旅行装 领五 下次拼单优惠 拼单优惠 空瓶换 换新装 质保由 保修由 改为三年 改成三年 直接便宜 可申请一 红苞 ' +
      // …half the price back, a membership raised, a warranty extended or renewed, a gift pack, an early-bird or hidden price, free
      // postage or a price cut on the next order, a return gift, a sample set sent (反一半货款, 会员等级直接升一档, 保修延至24个月,
      // 给你续保半年, 小样礼包安排上, 留隐藏价, 安排包邮, 秒杀价再降五块, 有份回礼, 赠价值59元的旅行装, 寄出小样三件套).
      '反一半 返一半 会员等级 升一档 保修延至 质保延至 续保 礼包 隐藏价 安排包邮 给你包邮 给您包邮 再降 回礼 赠价值 寄出小样 ' +
      // (…and 核实后赠正装一支, 每斤再让您十块, 主播给你免一单运费, 客服手动给你改价减八块, 送当季新款一件, 下次下单95折.)
      '赠正装 赠送正装 再让您 再让你 免一单 给你改价 给您改价 手动改价 改价减 送当季 送新款 ' +
      // (…and 客服那边有个心意, 找群主领奶茶券, 将获得下季新品, 可获赠刷头, 差价我退你三块, 晒单的姐妹都有份, 发五十京豆.)
      '有个心意 有个小心意 有点心意 奶茶券 领奶茶 将获得 可获赠 获赠 差价我退 我退你 都有份 人人有份 发京豆 返京豆 给京豆 送京豆 ' +
      ['5', '10', '20', '50', '100', '十', '二十', '五十', '一百'].map((n) => `发${n}京豆`).join(' ') + ' ' +
      ['下单', '下次', '下回'].flatMap((w) => ['95折', '九五折', '85折', '八五折'].map((d) => w + d)).join(' ') + ' ' +
      // (…and 再送半斤, 这单运费他出 — not 运费我们出: returns paid —, 福袋单独给你们留一份, 返一张无门槛券, ¥5到账看运气, 三块钱打到您零钱.)
      '再送半 运费他出 运费她出 运费老板出 留一份 给你们留 返一张 无门槛 到账看运气 看运气 打到您零钱 打到你零钱 到您零钱 到你零钱 ' +
      // (…and 有份礼物等你, 挨个发小金额, 发小样兑换码, 主播挨个给你们发福袋, 登记生日礼, 不会让你白写的, fx3元.)
      '有份礼物 礼物等你 挨个发 小金额 发小样 小样兑换 发福袋 生日礼 hb一个 任意一件送 下次买任意 反xian 返xian 京豆到账 不会让你白 不会让您白 白写 ' + [...'123456789'].map((n) => `fx${n}`).join(' ') + ' ' +
      // (…and 8.8元安排到您账户, 赠品补给你, 免费给您换一次电池, 下次拍茶叶自动减8元.)
      '安排到您账户 到您账户 到你账户 补给你 补给您 免费给您换 免费给你换 自动减 ' +
      // (…and 下次刻字免费, 一张运费券, 上新优先发试用, 奶茶我请, 客服核实后送猫条, 随单送, 反您叁元, 有份小样等你领.)
      '刻字免费 免费刻字 运费券 发一张 优先发!货 奶茶我请 我请客 核实后送 核对后送 随单送 反您 返您 等你领 ' +
      // (…and 客服可为您升级为终身保修, 下单的零头我给你抹了, 给你抽台小风扇.)
      '升级为终身 为您升级 为你升级 零头 给你抽 给您抽 抽台 抽部 抽只 抽盒 抽套 包终身 终身换 奖品是 奖品为 奖品有 咖啡钱 钱我们来出 我们来出 ' +
      // (…and 运费我们来报, 给您手机充值10元, 我给你包一个小的, 我再给你配一套鱼线, 随包裹附上惊喜小样.)
      '我们来报 手机充值 给您充值 给你充值 包一个小的 包一个大的 再给你配 再给您配 配一套 附上惊喜 惊喜小样 随包裹附 ' +
      // (…and 可参与正装面霜抽奖, 截图给客服即有惊喜回馈, 2元立刻到, 再拍两件的送纯棉袜, 下一单默认升级礼盒包装.)
      '参与抽奖 可参与 即有惊喜 就有惊喜 晒单有惊喜 惊喜回馈 立刻到 件的送 默认升级 升级礼盒 ' +
      // (…and 下一单运费咱全包, 被选中…寄同款小挂件, 好评之后的惊喜, 可以免费再挑一个, 可抵现20元, 优先给你内购价, 折上折, 包裹里发现惊喜,
      // 额外寄送同款.)
      '运费咱全包 咱全包 下一单运费 被选中 寄同款 之后的惊喜 后的惊喜 免费再挑 再挑一个 可抵现 内购价 优先给你 折上折 发现惊喜 额外寄送 寄送同款 ' +
      // (…and 我们备了一根编织数据线, 截图给客服有惊喜, 领取精华体验装, 为您的会员卡充值20元.)
      '备了一 我们备了 客服有惊喜 体验装 会员卡充值 卡充值 ' +
      // (…and 客服可为您申请一年开胶包换, 助理给你包个杯套, 可申请延长整机保修, 底价再让十块, 一张感谢券, 入会可直升金卡, 可向客服申请一个,
      // 京豆给你安排上, 按七折走, 一个小小的回馈.)
      '可为您申请 为您申请一年 给你包个 申请延长 底价再让 再让十块 再让五块 感谢券 可直升 直升金卡 向客服申请 京豆给你 给你安排上 按七折 按7折 按六折 小小的回馈 的回馈 ' +
      // (…and 找客服换一双袜子, 领一罐试饮, 挨个送运费险, 回购直接七折, 下一盒送枸杞, 下次专属价再减20.)
      '换一双 换一罐 换一包 领一罐 领一盒 领一包 领一瓶 领一份 送运费险 直接七折 直接7折 直接8折 直接9折 下一盒送 下一瓶送 下一件送 专属价再减 ' +
      // …a discount on the whole next order, pocket money, a friend's or member's price, a warranty lengthened again, another
      // pack sent, a gift exchanged for the screenshot (全单九折, 返个鸡蛋钱, 老朋友价, 下次预约立减20, 下一袋猫砂我们包了,
      // 质保再延一年, 延长3个月质保, 保修多加半年, 寄您一盒新积木, 有个两块钱的小意思, 兑换一包同款, 2块钱零花, 直接便宜3块).
      // (…and 保修期由1年延至2年, 送俩替换刷头, hb马上安排, 我们挑着送, 30元购物金, 免费加一年质保, 三块钱心意, 给你便宜五块, 老客价, 立fan 2元.)
      // (…and 下一单的运费我们来出, 小样优先寄你, 整套带走, 免费清洗保养, 少收八块, 质保就按三年算, 按八八折改价, 那三块钱就不用出了, 包邮寄出,
      // hb已备好, 免运费, 再给你加一份, 额外补贴50, 保修多给一年, 年底送, 那套钱全退, 计入成长值.)
      // (…and 一杯咖啡, 老规矩五块, 送同系列小样, 补5块, 免费终身清洗, 免费洗护, 第二包不要钱, 延长6个月, 升级成三年质保,
      // 领试吃包, 隐藏款杯垫, 反3元xian金.)
      '一杯咖啡 老规矩 送同系列 免费终身 终身清洗 免费洗护 不要钱 升级成 三年质保 领试吃 隐藏款杯垫 元xian xian金 ' +
      [...'123456789两三四五六七八九十'].flatMap((n) => [`补${n}块`, `补${n}元`, `延长${n}`]).join(' ') + ' ' +
      '下一单的运费 下单的运费我们 优先寄 整套带走 免费清洗 免费保养 少收 按三年算 按两年算 八八折 88折 就不用出了 包邮寄出 hb已备好 hb备好 免运费 再给你加一份 额外补贴 多给一年 多给半年 年底送 钱全退 成长值 ' +
      '延至 送俩 hb马上 hb安排 发hb 挑着送 购物金 加一年质保 加一年保修 块钱心意 元心意 给你便宜 给您便宜 老客价 立fan 全单九折 全单八折 全单9折 全单8折 直接85折 直接九折 直接八折 鸡蛋钱 老朋友价 老友价 立减 我们包了 再延 延长3 延长半 延长一 多加半年 多加一年 寄您一 寄你一 再寄一 小意思 兑换一 兑换原厂 零花 ' +
      [...'123456789两三五十'].flatMap((n) => [`直接便宜${n}块`, `直接便宜${n}元`]).join(' ') + ' ' +
      [...'12345678一两三五八十'].flatMap((n) => [`少${n}块`, `少${n}元`, `退${n}`]).join(' ')),
    farReach: 60,
    // …or whatever is given once the reviewer has gone to claim it: 晒图评价后找旺旺报订单号，送养壶笔一支; 写完截个图发客服，
    // 寄你两包辣条 (not what after-sales does: 联系客服补发, 寄回).
    farShape: REVIEW_CLAIMED_THEN_GIVEN,
    crossClauses: true,
  },
  profile: PROFILE,
  // Money for holding back a bad review (别急着给差评…补偿一个10元红包), not the goods sent again (…俺给你补发).
  heldReview: {
    verbs: [],
    fillers: [],
    free: 0,
    reach: 0,
    after: list('补偿 红包 现金 返现 退还 退您 退你 无门槛 优惠券 元'),
    afterReach: 32,
    crossClauses: true,
  },
  dm: {
    // Not WeChat's own shop or mini program (在视频号私信我们，或在微信小店联系客服): a push there is a signal of its own.
    // …and where to meet: 当面结，地址私我.
    verbs: list('微信!小 vx 群 电话 联系方式 报价 价格表 价目表 发你 私下 加 领 手机 地址 位置'),
    fillers: [],
    // A handle may stand between: 加我微信 qiao_jie1988 私聊.
    free: 16,
    reach: 16,
    after: list('外面的 购买渠道 微信!小 vx v 群 电话 联系方式 报价 价格表 价目表 发你 给你发 给您发 私下 线下 交易 加 领 手机 拉 号 换个地方 换个平台 平台管不着 小程序'),
    afterReach: 10,
    crossClauses: true,
  },
  qr: {
    verbs: list('扫 扫描 识别 长按 添加 加 关注 保存 截图 见 详见 发你 私发 私信你们 私信你 发你们 sao 扌彐 扌日'),
    // (…and what hangs behind the host, or a clerk's phone: 扫主播身后海报上的二维码, 扫店员手机上的码.)
    // (…and a side of the page: 扫右侧图片里的二维码.)
    fillers: list('右侧 左侧 图片里的 图片里 店员 店员的 店员手机 手机 主播身后 身后 背后 海报 墙上 展板 页里的 页上的 页面上的 内侧 底部 侧面 盒内 下方 下面 下边 群 进群 上方 一下 主图 主图角落 主图角落的 角落 角落的 商品 商品图 详情图 卡片 卡片上 卡 卡上 本卡 背面 图中 图片 屏幕 屏幕上 右下角 左下角 右上角 左上角 发票 发票上 这个 这张 的 包裹 上 里 内 店铺 客服 专属 官方 包装盒 包装 外包装 盒子 盒上 说明书 最后一页 第一页 封底 封面 视频 最后一帧 视频最后一帧 详情页 详情 页面 最后一张图 最后一张 图 机身 铭牌 机身铭牌 罐身 瓶身 侧面 罐底 瓶底 盖子 标签 吊牌 收纳袋 包装袋 袋子 袋 袋上 ' + [...'一二三四五六七八九'].map((n) => `第${n}张图`).join(' ') + ' ' + [...'一二三四五六七八九123456789'].map((n) => `第${n}页`).join(' ')),
    free: 2,
    // The verb counts: 扫描 + 详情页第八张图的 is ten characters.
    reach: 12,
    // 扫了就进: a scan and what it gets, no scan told of.
    // A screenshot kept to scan later (左下角这个二维码截个图，回头扫; not 二维码，截图无效).
    // (…and 记得扫, 扫了进: 小卡上的 e w m 记得扫, 卡上有个码，扫了进我们的会员群.)
    // (…and 图九是我的二维码，直接扫; 我把内部群的二维码甩给你.)
    after: list('直接扫 甩给你 甩你 扫了进 记得扫 ^见详情页 ^见商品详情 ^长按认 长按截图 去识别 扫出来 扫一扫 扫码 扫了就是我们 扫了就是咱们 ^扫进去 ^扫一下 ^扫了就 ^扫了能 扫了单独 扫了直接 ^扫了可以 ^扫完能 ^扫完可以 ^扫完就 识别 添加 加我 关注 进群 领取 联系 下载 入群 ^scan ^扫描 扫了加 ^在详情页 ^在图 ^在卡片 ^在最后一张 ^在背面 ^发你 ^发给你 ^私发 ^截个图 ^截屏保存 长按保存 ^拿手机 ^用手机 ' +
      // …printed or placed on the parcel's card (客服二维码印在包裹卡背面; four characters at most, afterReach).
      '^在包裹卡 ^印在卡片 ^印在背面 ^印在包裹 ^就在卡片 ^就在背面 ^就在包裹 ' +
      // …or scanned with the phone at once (手机一扫领十元券).
      '手机一扫 一扫就 一扫领 ' +
      // …or shown on the screen, or put somewhere by the seller (客服的企业微信码在屏幕左下角, 二维码我放在屏幕左下角了).
      // (…and in the video's last seconds: 企业微信二维码在视频最后三秒.)
      '^我放在 ^我挂在 ^我贴在 ^在屏幕 ^就在屏幕 ^在视频 ^就在视频 ^在左下角 ^在右下角 ^截图扫 ^截图去扫 ^截图后扫 大家截图 截个图 ' +
      // …or what it opens (卡片背面二维码可进入品牌企业微信).
      '^可进入 ^可以进入 ^即可进入'),
    afterReach: 4,
    // …a clause later too: 图3是我的二维码，扫了加我v.
    afterCrossesClauses: true,
  },
  // A comment that gets one pulled in: 评论区扣“团”拉你, 回复“进”我拉你 (the word commented, in quotes or not, between).
  comment: {
    // (Not the 扣 of 扣扣, QQ: 发你扣扣号拉你进群.)
    verbs: list('扣<扣!扣 扣个 回复 评论'),
    fillers: list('我 我就 就 我来'),
    free: 4,
    reach: 10,
    after: [],
    afterReach: 0,
    crossClauses: true,
  },
  // A bare 码 is a code only when the buyer is told to scan it: 扫卡片右下角的码, 扫背面码.
  // 长按 with a picture to recognise a few words on: 长按屏幕上的那张图识别一下 (not 长按图片保存).
  longPress: {
    verbs: [],
    fillers: [],
    free: 0,
    reach: 0,
    after: list('识别'),
    afterReach: 12,
  },
  scan: {
    // 长按 too: 长按图里的码就行.
    // (…and photographed: 拍一下背景板右下角那个方块码.)
    // (…and screenshotted: 截一下屏幕右上角这个码.)
    verbs: list('扫 扫描 扫一下 扫一扫 识别 扌彐 扌日 sao sys 私信你们 scan 对准 对着 长按 按住 手机相机 用相机 拍一下 截屏 截个屏 截一下 截个图'),
    // …and whose code it is (扫师傅的收款码: a code and a payment), or which picture holds it (扫第三张图右下角的码, 扫详情页第三张图的码).
    // (…and where on the card or whose phone shows it: 手机对着下面这块黑白格子拍一下, 扫店员手机上的码.)
    fillers: list([...'一二三四五六七八九'].map((n) => `第${n}张图`).join(' ') + ' 商品图 ' + [...'一二三四五'].map((n) => `第${n}张`).join(' ') + ' 详情页 详情页里 详情页里的 详情页上 详情页的 主图 主图角落 主图角落的 角落 角落的 我背后 背后 主播背后 下面 下面这块 这块 下方 店员 店员的 店员手机 手机 视频 视频里 视频里的 视频的 最后一帧 最后一帧的 封面 封面上 封面的 主页 主页的 背景图 背景图里 背景板 身后 我身后 牌子 牌子上 海报 海报上 那张海报 店铺首页 首页 下方 上方 一下 卡片 卡片上 背面 正面 反面 图中 图片 屏幕 屏幕上 右下角 左下角 右上角 左上角 这个 那个 这张 那张 卡 卡上 本卡 最后一张 一张 图 图里 图上 的 包裹 上 里 内 店铺 客服 专属 官方 主播 手上 主播手上 我手上 吊牌 标签 箱子 盒子 盒盖 包装盒 包装 侧面 内侧 底部 瓶身 机身 师傅 老板 店长 店主 收款 方形 方形小 黑白 黑白小 说明书 最后一页 封底 包裹卡片 包装袋 快递盒 快递箱 快递袋 纸箱 外箱 外包装'),
    free: 2,
    reach: 12,
    // 这个码截个图，回头在相册里识别: kept to scan later; 那个码看到没，扫了就是我们的顾问: what it opens (not 扫了就是打不开); 这个码，用微信扫了: scanned after a comma; 我手里这个码，姐妹们截图保存，去扫; 背面有个黑白格子图，手机相机对着它.
    after: list('扫了跳 扫了会跳 扫了直接跳 ^扫了能 手机扫了能 手机扫了就 ^用另一台手机 ^用另一部手机 ^换个手机 扫了进 扫了就是我们 扫了就是咱们 扫了就是客服 扫它 扫一下它 相机对着 相机对一下 手机对一下 对着它 截图保存 去扫 截屏识别 截图识别 去识别 手机长按 按住不放 按住识别 长按一下就 对着拍 ^可以长按 ^可长按 ^能长按 ^截图 ^截个图 ^截屏 ^长按识别 ^用手机 ^用相机 ^拿手机 ^截下来 ^保存下来 ^对准 ^对着 ^扫出来 ^用微信 ^微信扫 ^扫进去 ^扫一扫 ^扫一下 ^扫了就 ^扫了直接 ^可以扫 ^能扫 ^可扫 ^扫完就 ^扫描 ^长按 扫完直接 摄像头对准 拿手机扫 手机一扫 手机扫扫 相机对准 手机对准 手机对着 相机对一下 手机对一下 手机识别 抖音扫 淘宝扫 支付宝扫 企鹅扫 qq扫 截图去扫 截屏去扫 ' +
      // Photographed to scan at home: 那个方块码拍下来，回家再扫.
      // …or saved to the album and recognised in an app there (存进相册用绿色软件识别).
      '^拍下来 ^拍个照 ^拍照保存 ^存下来 回家再扫 回去再扫 回家扫 存进相册 存到相册 软件识别 ' +
      // …or photographed and recognised, or kept and scanned (有个码，拍照识别就能领; 带码的图发你，存了扫就行).
      '拍照识别 拍下识别 拍下来识别 存了扫 存下扫 保存了扫 ' +
      // …or said to be someone's account (卡片背面的码是老板个人号), or recognised from the saved picture (保存图片后识别一下).
      '^是老板 ^是店主 ^是我个人 ^是我的个人 ^是客服 保存图片后识别 保存后识别'),
    // The phone's scan may come a clause later, after a word on the code: 格子图案不是装饰哦，手机一扫就能领,
    // or where it is put first (那个码我贴在背景板右下角了，手机对着拍一下).
    afterReach: 12,
    afterCrossesClauses: true,
  },
  // Paying the seller in person (私下, 转给我): off-platform wherever the method is at home.
  // Not 走: 小店链接里走微信支付 on Channels is its own checkout.
  payMe: {
    verbs: list('私下 给我'),
    fillers: list('你 我 可以 也可以 的'),
    free: 1,
    reach: 6,
    after: list('给我 给店长 给客服 到我 转我 私下'),
    afterReach: 5,
  },
  payment: {
    // 转 too: 定金可转支付宝账户.
    // 往我 as where the money goes: 往我那个支付宝上打; 转入 whose: 定金请转入店主支付宝.
    // (…and ordered by phone first: 下回直接电话订货微信付款.)
    verbs: list('私下 走 给我 加 转 可转 往我 打我 转入 转到 打到 付到 发你 私发你 电话订货 电话下单'),
    fillers: list('你 我 可以 也可以 的 那个 我那个 我的 店主 店主的 老板 老板的 店长 店长的'),
    free: 1,
    reach: 6,
    // 支付宝转 (the method, then the transfer): 直接支付宝转，省得平台扣手续费.
    after: list('直接过来 ^转 ^上打 ^上转 ^里打 ^里转 都收!款银 当天就发 直接转 给我 给店长 给店主 给老板 给掌柜 给客服 给工厂 给厂家 给师傅 到我 转我 私下 就行 即可 不用 更便宜 便宜 优惠 打折 至 再少 再便宜 少收 就能发货 就发货 更低 价更低 价格更低 再低 付钱 更划算 划算 直接给钱 账号发你 账号发给你 账号直接转 账号转 账户转 账号打 直接转过去 ^zhuan ' +
      // The difference paid to the seller that way, the goods sent at once (支付宝把差价补给我, 微信付款直接发货).
      '把差价补 差价补给 补差价 直接发货 ' +
      // The money sent over to the seller (钱转过来我当天发, 付给店长).
      '转过来 转过去 付给 直接打过来 ' +
      // Goods held for the money (V我五十先给你留货).
      '留货 给你留 给您留 ' +
      // A price better or open there (当面买还能便宜, 到店价还能再谈, 现场拿货价更实在).
      '更实在 还能再谈 再谈 当面谈 还能便宜 还便宜 能便宜 还能少 比线上 比网上 省运费 走熟人价 熟人价 直接刷卡 另谈 有折扣 再送 还送'),
    afterReach: 5,
    // …or said a clause later against buying online, or at the factory's price (来店里直接订，比线上省运费; 签约后银行转账，享出厂价).
    farAfter: list('比线上 比网上 比网店 比直播间 享出厂价 出厂价'),
    farReach: 16,
  },
  friend: {
    // + as folding reads ➕: ➕客服为好友.
    // (…and 把客服加成好友.)
    verbs: list('加 添加 添 互加 加个 加为 加成 通过 +'),
    // (…and the shop's service, or 其 for the adviser named first: 添加店铺客服为好友, 专属售后经理请您添加其为好友, 加小店客服好友.)
    fillers: list(`${PEOPLE} 您 你 为 做 个 一下 下 微信 vx 企业微信 安装 维修 店铺 其 小店`),
    free: 0,
    // 加 + 一下我们售后客服的 + 好友.
    reach: 12,
    // …or the account the seller adds the buyer from (我拿个人号加你).
    // …or added right after it is pointed at (主页简介那串数字，加上再说; 那串就是我的小号，加了备注).
    // (…or scanned: 卡片背面的码是老板个人号，扫了备注.)
    // (…or the request accepted: 那是我个人号，通过了给你发.)
    after: list('^加你 ^加您 ^来加你 ^主动加你 ^加上 ^加了 ^加的时候 ^扫了 ^加一下 ^加下 ^通过了 ^通过后 ^通过以后'),
    afterReach: 4,
    afterCrossesClauses: true,
    // …or the buyer sent to add it a clause on (有设计师的私人号，想改尺寸的截屏去加).
    farAfter: list('截屏去加 截图去加 的去加 就去加 快去加 自己去加'),
    farReach: 12,
  },
};

/** Folded start of the window before `at`: at most `reach` characters, inside the clause. */
export function clauseStart(f: FoldedText, at: number, reach: number, crossClauses = false): number {
  let s = at;
  while (s > 0 && at - s < reach && f.text.charCodeAt(s - 1) !== 10 && (crossClauses || f.gaps[s]! < Gap.Clause)) s--;
  return s;
}

/** Folded end of the window after `at`: at most `reach` characters, inside the clause. */
export function clauseEnd(f: FoldedText, at: number, reach: number, crossClauses = false): number {
  let e = at;
  const n = f.text.length;
  while (e < n && e - at < reach && f.text.charCodeAt(e) !== 10 && (crossClauses || f.gaps[e]! < Gap.Clause)) e++;
  return e;
}

/**
 * True when `s` is filler words with at most `free` other characters among them (包裹 + 内 + 的),
 * none of them an aspect mark: 扫了一下二维码 tells what happened, it asks nothing.
 */
function isFillers(s: string, fillers: readonly string[], free = 0): boolean {
  if (s.length === 0) return true;
  for (const w of fillers) if (s.startsWith(w) && isFillers(s.slice(w.length), fillers, free)) return true;
  return free > 0 && !ASPECT_MARKS.includes(s[0]!) && isFillers(s.slice(1), fillers, free - 1);
}

const ASPECT_MARKS = '了过着';

/**
 * Folded start of a cue verb before `at` (with fillers and at most `free` other characters between
 * it and `at`), if any.
 */
export function verbBefore(f: Context, at: number, spec: CueSpec): number | undefined {
  const s = clauseStart(f, at, spec.reach, spec.crossClauses);
  const text = f.text;
  const verbsEndingWith = cueWordsBy('last', spec.verbs);
  for (let p = at; p > s; p--) {
    const verbs = verbsEndingWith.get(text.charCodeAt(p - 1));
    if (!verbs) continue;
    const middle = text.slice(p, at);
    // Free characters too are read as fillers are: an aspect mark among them (加了微信, 扫了码) tells
    // what happened — unless the cue says otherwise (拉了个群, 进了群: a group there is).
    if (middle.length > spec.free ? !isFillers(middle, spec.fillers, spec.free) : !spec.pastStillCues && !isFillers(middle, spec.fillers, spec.free)) continue;
    for (const v of verbs) {
      const vs = p - v.word.length;
      if (vs >= s && matchesAt(f, v, vs) && !isHonest(f, vs, p)) return vs;
    }
  }
  return undefined;
}

/** A cue right after one of these is denied, not given: 好评不返现, 好评无红包. */
const NEGATING_MARK = '不无没别勿';
/** …or after one of these and a helper verb or a verb of giving: 没有返现, 不会返现, 无需好评, 不留联系方式. */
const deniedBefore = (f: Context, i: number): boolean => {
  const text = f.text;
  let at = i - (REVIEW_WORDS.find((w) => text.startsWith(w, i - w.length))?.length ?? 0);
  at -= anyBefore(text, at);
  return (
    // (Not a question's 没 that ends the clause before: 那个码看到没，扫了就是….)
    (NEGATING_MARK.includes(charAtOr(text, at - 1)) && f.gaps[at]! < Gap.Clause) ||
    (NEGATING_MARK.includes(charAtOr(text, at - 2)) && '有会要用需必留放附加带写发给设是以挂搞做玩拿'.includes(charAtOr(text, at - 1))) ||
    (NEGATING_MARK.includes(charAtOr(text, at - 3)) && GIVING.some((w) => text.startsWith(w, at - 2))) ||
    // 私信我也不会发价格表: a helper verb and a verb of sending between.
    (NEGATING_MARK.includes(charAtOr(text, at - 3)) && '会能要'.includes(charAtOr(text, at - 2)) && '发给送加'.includes(charAtOr(text, at - 1))) ||
    // 不需要返现: no need of it.
    text.startsWith('不需要', at - 3) ||
    DENIED_GIVING.test(text.slice(Math.max(0, at - 14), at)) ||
    REFUSED_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
    // 从不以返现、赠品换取好评: the second of the things denied (folding drops the 、).
    NEVER_BY_BEFORE.test(text.slice(Math.max(0, at - 8), at))
  );
};
/**
 * A denial of giving a few characters before the reward: 不搞晒图返红包, 不给好评返红包, 不送红包, and the next
 * reward it lists (从不提供返现或赠品, 不会为好评提供任何返现或红包, 不会因为好评或差评给你任何奖励, 不以任何形式为好评提供奖励).
 */
/** A refusal of any such thing a few characters before it: 本店拒绝任何形式的好评返现 (a review named earlier takes no reward from it). */
const NEVER_BY_BEFORE = /(?:从不|绝不|决不)(?:以|用)[^\n]{1,4}$/;
const REFUSED_BEFORE = /(?:拒绝|杜绝|谢绝|严禁|禁止|未经|未受)(?:任何|一切)?(?:形式的)?[^不没，。！？\n]{0,4}$/;
const DENIED_GIVING = /[不没别无未]会?(?:以任何(?:形式|方式|理由))?(?:(?:因为|为了|为|对|向)[^不没]{1,8}?)?(?:搞|送|给|做|返|发|弄|有|提供|设置|承诺)(?:任何)?[^不没]{0,5}$/;
/** A review word between a denial and its reward: 不提供任何晒图奖励. */
const REVIEW_WORDS = ['晒图', '好评', '评价', '带图', '追评'];
/** Two-character verbs of giving a denial may stand before: 不提供任何奖励, 不设置返现. */
const GIVING = ['提供', '设置', '承诺', '赠送', '额外', '会用', '会拿', '会给', '会送', '会以', '会有'];

/**
 * 任何 (any) between a negated verb and what it denies (不附任何二维码, 不提供任何形式的好评返现): the
 * length of 任何, or of 任何…的 with a short word between, before `i`; or 0.
 */
function anyBefore(text: string, i: number): number {
  // 任何, 什么 and 啥 (别去找什么“售后群”), after 为了 or not (不用为了啥返现): any at all.
  const any = endsAt(text, '任何', i) || endsAt(text, '什么', i) ? 2 : text.charAt(i - 1) === '啥' ? 1 : 0;
  if (any > 0) return endsAt(text, '为了', i - any) ? any + 2 : any;
  // 请勿向任何人私下付款: to anyone.
  if (endsAt(text, '任何人', i)) return '向给对'.includes(charAtOr(text, i - 4)) ? 4 : 3;
  // 没有任何站外群, 别去外面找什么代购群, 从未发起任何加好友返现活动: 任何 or 什么 and a word of two or three.
  for (let k = 3; k <= 5; k++) if (endsAt(text, '任何', i - k + 2) || endsAt(text, '什么', i - k + 2)) return k;
  // 无需向客服提供: to someone, between the negator and the verb.
  for (let k = 2; k <= 4; k++) if (text.charAt(i - k) === '向') return k;
  if (text.charAt(i - 1) !== '的') return 0;
  for (let k = 5; k <= 6; k++) if (endsAt(text, '任何', i - k + 2)) return k;
  return 0;
}

/**
 * The character at `i`, or `outside` (a line break) past either end of the text. Indexing a string
 * outside it (text[-1], text[text.length]) takes V8's slow path, ~40 ns a time against ~10 for
 * charAt, and triggers at a text's edges are common.
 */
export function charAtOr(text: string, i: number, outside = '\n'): string {
  const c = text.charAt(i);
  return c === '' ? outside : c;
}

/** True when `word` ends right before `at` (never matching past the text's start, as startsWith would). */
function endsAt(text: string, word: string, at: number): boolean {
  return at >= word.length && text.startsWith(word, at - word.length);
}

/** Folded end of the first cue word after `end` in the clause, if any. */
export function cueAfter(f: Context, end: number, spec: CueSpec): number | undefined {
  if (spec.after.length === 0) return undefined;
  const e = clauseEnd(f, end, spec.afterReach, spec.crossClauses || spec.afterCrossesClauses);
  const near = firstCueWord(f, end, end, e, spec.after);
  if (near !== undefined || !spec.farAfter) return near;
  // Folded text ends a sentence with '\n', where clauseEnd stops. From `end` again: a far word that
  // straddles the near reach's end is in neither window otherwise.
  const farEnd = clauseEnd(f, end, spec.farReach ?? 0, true);
  const far = firstCueWord(f, end, end, farEnd, spec.farAfter);
  if (far !== undefined || !spec.farShape) return far;
  const shape = spec.farShape.exec(f.text.slice(end, farEnd));
  return shape ? end + shape.index + shape[0].length : undefined;
}

/** End of the first of `words` starting in [from, e) (right at `end` for a "^" word), if any. */
function firstCueWord(f: Context, end: number, from: number, e: number, words: readonly string[]): number | undefined {
  const text = f.text;
  const wordsBeginningWith = cueWordsBy('first', words);
  for (let i = from; i < e; i++) {
    for (const w of wordsBeginningWith.get(text.charCodeAt(i)) ?? NO_WORDS) {
      // …and not one that fails (在微信里搜不到我们): 不到 or 不了 right after it.
      if ((!w.adjacent || i === end) && i + w.word.length <= e && matchesAt(f, w, i) && !isHonest(f, i, i + w.word.length) && !deniedBefore(f, i) && !failsAfter(text, i + w.word.length)) return i + w.word.length;
    }
  }
  return undefined;
}

const failsAfter = (text: string, at: number): boolean => text.startsWith('不到', at) || text.startsWith('不了', at);

/** A cue of `set` before or after the folded range [start, end). */
export function hasCue(f: Context, start: number, end: number, set: CueSet): boolean {
  const spec = CUES[set];
  return verbBefore(f, start, spec) !== undefined || cueAfter(f, end, spec) !== undefined;
}

/** An alternation of the words, longer ones first so none is cut short by one it begins with. */
export const longestFirst = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** A pattern that finds any of the space-separated words (plain characters, no pattern syntax). */
export function anyOf(words: string): RegExp {
  return new RegExp(words.split(' ').join('|'));
}

const NEGATORS = list('无任何 不存在 不 无 别 勿 从未 没做 没搞 从没 也没 并没 不玩 不要 不用 不需要 不参与 不参加 不涉及 不设 不允许 无需 请勿 切勿 严禁 禁止 拒绝 不会 不能 不可 不接受 不支持 从不 绝不 谢绝 不再 没有 从来不 不必 无须 杜绝 没法 无法 没办法 不含 不提供 不以 没放 不搞 不做 不建议 不推荐 未开通 未开设 未建立 未设立 未建');
/**
 * 不 followed by these is not a negation of what comes next (不如, 不错, 不少, 不信去某宝搜 …; a
 * condition met: 尺寸不合适扫码找售后, 不喜欢的, 不懂的, 不清楚的).
 */
const NOT_NEGATING_NEXT = new Set([...'如错少同断定过仅只但管论然妨久满见够止信喜懂清']);
/** 不合适, 不合身, 不合脚: a size that does not fit (不合作 does negate). */
const DOES_NOT_FIT = /^合(?:适|身|脚)/;
/** 不会 + these is "does not know how to" (不会选, 不会量): the push that follows helps them. */
const CANNOT_DO_AFTER_BUHUI = new Set([...'选挑量算搭穿弄装调']);
/** 不好意思 is an apology, not a negation; 不好 alone is "don't" (唔好信人叫你加微信 reads 不好信…). */
const APOLOGY = '好意思';
/** 拼不上, 买不到, 抢不了: "cannot manage to", a verb before 不 and its result after; the push follows (拼不上去TB搜). */
/** After 无, what makes it no denial: 无门槛, 无论, 无限, 无线, 无偿, 无数. */
const NOT_NEGATING_AFTER_WU = new Set([...'门论限线偿数']);
const RESULTS = new Set([...'上到了起动完下住成出']);
/** What stands before a 不 that does negate (我们不上淘宝, 也不到店, 绝不…). */
const NOT_A_VERB = new Set([...'们我你他她它也都就还并绝从可是会能要再又请亦均皆']);
function potentialComplement(text: string, bu: number): boolean {
  const before = text.charCodeAt(bu - 1);
  // 拿不准, 说不准 ("not sure"): 准 after a verb of judging, or a measure that is off (尺码不准滴滴我); 不准 alone forbids.
  if (text.charAt(bu + 1) === '准') return JUDGING.has(text.charAt(bu - 1)) || MEASURED.has(text.charAt(bu - 1));
  return RESULTS.has(text.charAt(bu + 1)) && before >= 0x4e00 && before <= 0x9fff && !NOT_A_VERB.has(text.charAt(bu - 1));
}
const JUDGING = new Set([...'拿说看摸估定吃']);
/** What is inaccurate when 不准 follows (尺码不准, 尺寸不准, 颜色不准, 称不准): no ban. */
const MEASURED = new Set([...'码寸小色秤称']);
/** A 不 that is no 拿不准 ("not sure": 尺码拿不准可以问我们的🐧客服 …). */
const NOT_JUDGED_BU = `(?:(?<![${[...JUDGING].join('')}])不|不(?!准))`;
/** 不让发, 不让放链接: what the platform does not let one post, the evader's excuse, no refusal of the evader's own. */
const NOT_ALLOWED_TO_POST = '让[发放挂贴留说打写]';
/** 别 followed by these urges the buyer on (别急，去某鱼搜; 别走，加我): no negation of what follows. */
const URGING_AFTER_BIE = new Set([...'急慌走错怕忘']);
/** 别 as the end of a word (识别, 特别, 分别 …), not as "don't" (not 区别: 评论区别留联系方式). */
const WORDS_ENDING_IN_BIE = new Set([...'识特类告分级性辨鉴派']);
const NOT_BECAUSE_BEFORE = /(?:不会|从不|绝不|并不会|不)(?:因为|因)[^，,。！？\n]{0,10}$/;
/** One pattern for all the frames: every trigger's window is searched once, not once per frame. */
const WARNING_FRAME = anyOf('从不以 绝不以 不以好评 不以评价 别人私发 不以任何形式 不以任何方式 别信 不要信 不能信 不可信 请勿相信 不要相信 切勿相信 别相信 勿信 轻信 谨防 警惕 以任何理由 任何要求 不会要求 不会主动 冒充 诈骗 骗子 提防 谨慎 举报 均为 都是假 不加任何 不加私人 不加个人 不添加任何 任何让 不设任何 不收集 从不收集 不会收集 不索要 不会索要 陌生人 自称');
/**
 * A request its maker says it never makes (不会让您扫码或私下转账, 绝不会让您私下打款, 不会索要您的
 * 微信, 不会通过微信私聊…), one a warning imagines (如有人以“客服”名义要求您扫码退款, 凡是要求
 * 您加好友…) or reports of others (有人在评论区发号码让你私下转账, 陌生人发来的加群链接, 有人在评论里发自己微信号): before the
 * trigger, in its clause or across the list marks before it.
 */
// A bare 无 opens no request (7天无理由 质保一年 专属顾问 …); 不能说 is the evader's excuse, no request refused (不能说太明白：某鱼搜…).
// (收到 a message, not the goods: 收到后写下使用感受并晒图 asks for a review; 说明书 is no saying: 设置不会的扫说明书背面的二维码.)
const NEGATED_REQUEST = new RegExp(`(?:(?:${NEGATORS.filter((w) => w !== '无').map((w) => (w === '不' ? `${NOT_JUDGED_BU}(?![${[...NOT_NEGATING_NEXT].join('')}]|${NOT_ALLOWED_TO_POST}|${APOLOGY})` : w === '别' ? `(?<![${[...WORDS_ENDING_IN_BIE].join('')}])别` : w)).join('|')})(?:主动|私下)?|有人|有(?:好几个|几个|好多|不少)人|有(?:姐妹|朋友|老铁|宝宝|宝子|家人|粉丝|顾客|买家|博主|网友|弹幕|评论)|如遇|凡是|但凡|任何人|陌生人|自称|谁|收到(?![后货宝商包])了?).{0,12}?(?:让|要求|叫|教(?=[你您大])|邀请|索要|索取|引导|诱导|通过|使用|(?<!不能|不方便|不好|没法|不便|不敢|我不|就不)说(?!明)|问(?!题)|发来|发了|发自己|刷|添加您|添加你|加您|加你|加她|加他|联系[您你]|(?<=私下)发|要您|要你|要我|(?<=会)以|放置|放(?!心)(?=.{0,8}$))`);
/**
 * 有人问怎么找我：那个聊天软件，搜…: a colon after the question's words, before the trigger, opens the seller's
 * answer; so does a dash (有宝宝问坏了咋整——你加我小助理薇信…).
 */
function answerOpensAfterQuestion(f: FoldedText, s: number, at: number, original: string | undefined): boolean {
  const asked = f.text.lastIndexOf('问', at - 1);
  if (asked < s || asked + 1 >= at) return false;
  for (let k = asked + 2; k < at; k++) if (f.gaps[k] === Gap.Label) return true;
  const dash = original?.indexOf('—', f.ends[asked + 1]!) ?? -1;
  return dash >= 0 && dash < f.starts[at]!;
}
/** After the trigger, in its sentence: the line disbelieves what it names (…扫码退款，请勿相信). */
function disbelievesIt(after: string, word: string): boolean {
  const i = after.indexOf(word);
  return i >= 0 && !DISBELIEF_OF_OTHERS.test(after.slice(i + word.length));
}
const DISBELIEF_OF_OTHERS = /^(?:任何)?(?:别人|其他|其它|他人|别的|外人|陌生|私下|站外)/;
const DISBELIEF_AFTER = list('请勿相信 不要相信 切勿相信 别相信 勿信 别信 不要信 千万别信 都别信 不能信 不可信 一律不信');
/**
 * What a warning says of the thing it describes, after a 的: 私信让你加微信退款的都是骗子. Without the
 * 的 ("加我微信，谨防假冒") the line still pushes.
 */
const DESCRIBED_AS_FRAUD = anyOf('骗子 诈骗 骗局 假冒 仿冒 仿款 仿品 冒充 上当 假的');
/**
 * Fraud or a fake named outright after what a warning describes, or the seller disowning it:
 * …让你私下转账，那是骗子; 刷什么加V送杯子，那都是假的; 有人说加群送小样，那不是我们发的.
 */
/** The others called fakes or warned against (别找其他渠道，以免被骗), which gives the one named before them. */
const OTHERS_FAKE = /(?:别|不要|勿)(?:找|信|加|去)(?:其他|其它|别的)|(?:其他|其它|别的|其余|除此之外|除此以外)(?:的)?(?:[^，,。]{0,6}的)?(?:[^，,。]{0,4})?(?:都|均|全)?(?:是|为)?(?:假|冒|仿冒|骗|不是本人|非本人|不是我们|不是我|不是本店|不是官方)/;
const NOT_THE_OFFICIAL_GROUP = /不是官方(?:的)?群/;
const CALLED_FRAUD = list('呃人 是骗子 是诈骗 为诈骗 是骗局 都是骗 是假的 都是假 不是我们 不是本店 不是官方 不是咱的人 不是咱们的人 被骗 小号骗 是冒牌 都是冒牌 冒牌的 都不是我');
/** Marks that list items or quote a name: a warning's frame reaches across them (…加好友、扫码退款). */
const LIST_MARKS = /^[、“”「」『』‘’"'《》\s]+$/;

/**
 * True when the trigger at `at` is negated or sits in a warning: "主播不私聊", "请勿私下转账",
 * "请勿相信任何要求加好友或转账的信息". "不会的加我微信" (those who can't) is no negation.
 * `original` (the text `f` was folded from) lets a warning's frame reach across list marks.
 */
export function negated(f: FoldedText, at: number, original?: string): boolean {
  const text = f.text;
  // Quotes and list marks do not end what a negator covers: 别去找什么“售后群”.
  const s = warningStart(f, clauseStart(f, at, 24), at, original);
  // A negator ends right before the trigger or up to two characters before it.
  if (negatorJustBefore(f, s, at)) return true;
  // 不会因为您写的评价返现: a reward said not to follow from what comes between.
  if (NOT_BECAUSE_BEFORE.test(text.slice(Math.max(s, at - 14), at))) return true;
  // 我们没搞返现, 没做返现: not done, a verb of doing between.
  if (at - s >= 2 && '没未'.includes(text.charAt(at - 2)) && '搞做'.includes(text.charAt(at - 1))) return true;
  const any = anyBefore(text, at);
  if (any > 0 && negatorJustBefore(f, s, at - any)) return true;
  // …and a later item of a list the negator opens, 任何 before it or not: 不支持线下交易及任何形式的私下转账.
  if (negatedList(text, s, at) || (any > 0 && negatedList(text, s, at - any)) || negatedEnumeration(f, s, at, original)) return true;
  // 不用找主播私聊, 别加客服微信: a negator, a verb of reaching and whom, then the trigger.
  const reachEnd = at - any;
  if (unitBefore(text, Math.max(s, reachEnd - 12), reachEnd, REACH_NEGATOR_UNITS)) {
    const before = text.slice(Math.max(s, reachEnd - 12), reachEnd);
    if (NEGATED_REACH.test(before) || NEGATED_GOING.test(before)) return true;
  }
  // 不以好评换返现, 不用晒图换红包: a review word between the denial and the reward it would buy.
  if (at - s >= 3 && (text.charCodeAt(at - 1) === HUAN || text.charCodeAt(at - 1) === QU) && REVIEW_NOT_TRADED.test(text.slice(Math.max(s, at - 10), at))) return true;
  // 不会为好评提供任何返现(或红包), 不会因为好评给予任何返现, 不会因为好评给返现: a denial of giving for the review, the review word between.
  if (at - any - s >= 4 && GIVEN_FOR_ENDS.has(text.charCodeAt(at - any - 1)) && NOT_GIVEN_FOR.test(text.slice(Math.max(s, at - any - 16), at - any))) return true;
  // A negator, then where or with what: 别在评论区留手机号, 不需要用手机扫码, 不用去评论区留联系方式.
  // (Not past a space between two phrases: 别在评论区说 直接加我企业微信.)
  // (Only the last 8 characters are read for the place: only a space among them matters.)
  const ps = phraseStart(f, Math.max(s, at - 10), at);
  let place = at - 1;
  while (place > ps && at - place <= 8 && !introducesPlace(text, place)) place--;
  if (place > ps && introducesPlace(text, place)) {
    for (const { word: n } of cueWordsBy('last', NEGATORS).get(text.charCodeAt(place - 1)) ?? NO_WORDS) {
      // 不在评论区留 does negate; 不在线时, 不在乎, 不在家的话 do not, nor 不在淘宝上的老客户群 (where it is not).
      if (place - n.length >= s && text.startsWith(n, place - n.length) && (n !== '不' || (text.charCodeAt(place) === ZAI && !NOT_PLACE_AFTER_BUZAI.has(text[place + 1] ?? '') && !text.slice(place, at).includes('的')))) return true;
    }
  }
  const window = text.slice(s, at);
  // A buyer's question granted at once is the seller's push: 有家人问能不能微信转账便宜点，可以哈.
  if (WARNING_FRAME.test(window) || (REQUEST_VERB.test(window) && REQUEST_VERB.test(requestedPhrase(f, s, at, window)) && NEGATED_REQUEST.test(window) && !(window.includes('问') && (grantedAfter(f, at) || answerOpensAfterQuestion(f, s, at, original))))) return true;
  if (impostorEarlier(f, at, original) || buyersQuestion(f, at, original) || answeredNo(f, at, original) || quotedComment(f, at, original) || someoneElseSaid(f, at, original)) return true;
  // Every disbelief word has a 信, every fraud word is said after a 的, every word that calls it
  // fraud has 骗, 假 or 不是: most sentences have none after the trigger, and nothing is cut out.
  const e = clauseEnd(f, at, 32, true);
  let hasXin = false;
  /** What every UNPROTECTED phrase has: 管, 负, 担, 障, 护, 权, 责, 险, 保, 后, 全, 封, 罚, 违 or 禁. */
  let risk = false;
  /** What every DISOWNED phrase has: 塞, 关, 非, 举, 引, 当, 店, 事, 建, 理, 惕, 黑, 律, 暗, 认 or 群. */
  let disowns = false;
  /** What every CALLED_FRAUD word has: 骗, 假, 呃 or 不是. */
  let callsFraud = false;
  /** What every REFUSED_AFTER phrase has: 做, 搞, 干, 接, 收, 供, 拒 or 走 (私单咱不走, 这种事咱家从来不干). */
  let refused = false;
  let described = -1;
  for (let k = at; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === XIN) hasXin = true;
    else if (c === PIAN || c === JIA || c === MAO || c === E_CHEAT || (c === SHI && text.charCodeAt(k - 1) === BU)) callsFraud = true;
    else if (c === DE && described < 0) described = k - at;
    else if (c === ZUO || c === GAO || c === JIE || c === SHOU || c === GONG || c === JU || c === WALK || c === GAN) refused = true;
    else if (AFTER_UNITS[c] === RISK) risk = true;
    else if (AFTER_UNITS[c] === DISOWN) disowns = true;
  }
  // vx我们没有，链接就在直播间下方: the seller says it has none.
  if (noneOfOurs(f, at)) return true;
  // 晒图返现早已取消, 好评返现活动已结束: a reward said to be over.
  // (Every ending has 已 or 早就: most triggers have neither right after them, and nothing is cut out.)
  if (endedSoonAfter(text, at) && ENDED_RIGHT_AFTER.test(text.slice(at, at + 14))) return true;
  if (!hasXin && described < 0 && !callsFraud && !risk && !disowns && !refused) return false;
  const after = text.slice(at, e);
  // 好评返现这种事我们店从来不做, 问好评返现的姐妹，我们店不做这个: refused after it is named.
  if (refused && REFUSED_AFTER.test(after)) return true;
  if (risk && UNPROTECTED.test(after)) return true;
  if (disowns && DISOWNED.test(after)) return true;
  // …not when it is the others that are not to be believed: 加我微信 ab12345，不要信别人.
  if (hasXin && DISBELIEF_AFTER.some((w) => disbelievesIt(after, w))) return true;
  // …unless the others are called fakes: 唯一官方客服薇信…，其他都是假的 gives the real one.
  // (不是官方群聊那个: the group offered is set apart from the platform's own, not called a fraud.)
  if (callsFraud && CALLED_FRAUD.some((w) => after.includes(w) && !(w === '不是官方' && NOT_THE_OFFICIAL_GROUP.test(after))) && !OTHERS_FAKE.test(after)) return true;
  // 把公屏里让大家加V的那个号踢了: what someone else posted, removed; 私信问价的不回哦: left unanswered.
  if (described >= 0 && (REMOVED_AFTER.test(after.slice(described)) || UNANSWERED_AFTER.test(after.slice(described)))) return true;
  // (…别的都是假的, …除此之外加您的都是冒充: the others described as fakes, this one given as real.)
  return described >= 0 && DESCRIBED_AS_FRAUD.test(described > 0 ? after.slice(described) : after) && !OTHERS_FAKE.test(after);
}

/** After a 的: what asks it is not answered (私信问价的不回哦, …的一律不回复, 私信我报价的我都不回). */
const UNANSWERED_AFTER = /^的(?:姐妹|宝子|宝宝|家人|朋友|老铁)?(?:我们|我)?(?:一律|都|统统|一概|我们|我)?(?:不回|不予回复|不理|不用啦|不用了)/;
/** After a 的: the account or the message that said it, kicked out or deleted. */
const REMOVED_AFTER = /^的(?:那个|那条|这个|那些)?(?:号|人|评论|弹幕|消息|账号|留言)?(?:给我)?(?:踢了|踢出去|踢掉|删了|删掉|拉黑|禁言|封了)/;

/** The seller saying, right after a word, that it has none: vx我们没有，…; 微信我们也没有. The clause ends there. */
function noneOfOurs(f: FoldedText, at: number): boolean {
  const text = f.text;
  for (let p = at + 1; p <= at + 5 && p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c !== WO && c !== ZAN && c !== BEN) continue;
    const m = NONE_OF_OURS.exec(text.slice(p, p + 7));
    if (m && (p + m[0].length >= text.length || text.charCodeAt(p + m[0].length) === 10 || f.gaps[p + m[0].length]! >= Gap.Clause)) return true;
  }
  return false;
}
const NONE_OF_OURS = /^(?:我们|我|咱们|咱家|本店)(?:都|也|是)?(?:没有|没)/;
const [WO, ZAN, BEN] = [...'我咱本'].map((c) => c.charCodeAt(0));

/** An 已 or a 早就 in the ten units after `at` (a bounded look: indexOf would read on through a long text). */
function endedSoonAfter(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 11);
  for (let k = at + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === YI || (c === ZAO && text.charCodeAt(k + 1) === JIU)) return true;
  }
  return false;
}
const [YI, ZAO, JIU] = [...'已早就'].map((c) => c.charCodeAt(0));
/** Right after the words: what they name is over (早已取消, 活动已结束). */
const ENDED_RIGHT_AFTER = /^[^\n]{1,8}?(?:早已|已经|早就|已)(?:取消|停止|下线|结束|停办)/;
/** The thing named, then refused: 任何私下转账要求都请拒绝, 私下转账的一律不接, …这种事我们从来不做, …这一套我们不搞, 私下交易我们是绝对不做的, …咱们旗舰店从来不做这种事,
 * 私单咱不走 (not taken; a platform named after 走 would be where to buy, 不走单 the order skipped). */
const REFUSED_AFTER = /^.{0,10}?(?:都|均)?请(?:直接|果断)?拒绝|^.{0,12}?(?:我们|本店|咱们|咱家)(?:店|家)?(?:不做|不搞|从不做|从不搞)(?:这个|这种|这些|这套)|^.{0,8}?(?:一律|一概|统统|全都|坚决|绝对)(?:不|不予)(?:对外)?(?:接|做|搞|收|提供)|^.{0,8}?(?:这种事|这事|这一套|那一套|这种)[^，,。！？!?]{0,8}?(?:从来不|从不|不)(?:做|搞|干)|^.{0,24}?(?:从来不|从不|绝不)(?:做|搞|干)(?:这种事|这事|这一套|这种|这些)|^.{0,4}?(?:我们|本店|咱们|咱家|咱|我)(?:店|家)?(?:是|都|也)?(?:绝对|从来|坚决|一律|永远)?(?:不|从不)(?:做|搞|接|收|走)(?:这个|那个|线下|私单|这种)?(?:的|哦|哈|呢|[，,。！!]|$)|^.{0,4}?(?:我们|本店|咱们|咱家|咱|我)(?:店|家)?(?:是|都|也)?(?:绝对|从来|坚决|一律|永远)?(?:不|从不)走(?!单|订单|平台|小店|链接|淘宝|天猫|京东|拼多多|抖音|快手)/;
const [ZUO, GAO, JIE, SHOU, GONG, JU, WALK, GAN] = [...'做搞接收供拒走干'].map((c) => c.charCodeAt(0));
/** …or says the buyer is on their own: 私下转账出了问题没人管, 出了事谁也保不了你, 线下交易没有保障, 没有售后, 不安全, 有风险; or the shop punished for it (加微信是要被封号的). */
const UNPROTECTED = /没法给你保障|没法给您保障|给不了(?:你|您)?保障|出了?(?:问题|事)(?:我们|我|本店|商家)?(?:都|也)?(?:谁都管不了|谁也管不了|没人管|不管|管不了|管不着|没法管|没人负责|自负|自己承担|谁管|谁负责)|没有?保障|没人保障|不受?保障|不予保障|不保障|平台不管|不受保护|后果自负|自行承担|无法维权|平台不保护|平台不负责|有风险|风险自负|谁也保不了|谁也帮不了|保不了你|保障不了|谁给你保障|谁给您保障|谁来保障|没人能保|没有?售后(?![问无])|不安全|(?<!(?:念|说|讲|写|发|报)[^，,。！!？?]{0,6})(?:(?:要|会|得)被(?:封号|封店|封|罚)|会封号|要封号|封号的)|(?<!不)(?:是|属于|属|算)(?:平台)?(?:严重|明确|明显)?违规(?:的|行为|操作|做法)|是(?:平台|官方)?(?:明令|明确|严格)?禁止的|(?:平台|官方)(?:明令|明确|严格)禁止/;
/** The units every UNPROTECTED (RISK) or DISOWNED (DISOWN) phrase has: one look-up per character after a trigger. */
const RISK = 1;
const DISOWN = 2;
const AFTER_UNITS = new Uint8Array(0x10000);
for (const c of '管负担障护权责险保后全帮封罚违禁') AFTER_UNITS[c.charCodeAt(0)] = RISK;
for (const c of '塞关非举引当店事建理惕黑律暗认群') AFTER_UNITS[c.charCodeAt(0)] = DISOWN;
/**
 * …or disowns it, or says to report it: 返现卡…那可能是别人塞的, 京东上的同名店铺与我们无关, 我们在抖音都没有店,
 * 谁私信你说能私下拍的，直接举报, 那是引流的, 大家别上当.
 */
const DISOWNED = /不是(?:什么)?暗号|一律不认|概不认|别人塞|别人放|与(?:我们|本店)无关|均非本人|非本店|没有(?:任何)?(?:分)?店|没开店|(?<!(?:其他|其它|别的)[^，,。]{0,10})举报|是引流|别上当|不要上当|谨防上当|没有这回事|没这回事|没建群|没有建群|不建[^，,。]{0,4}群|勿理会|不要理会|别理会|一律别理|(?:都|千万|直接|统统|一概)别理(?!解)|别搭理|不要搭理|不要理|不用理|提高警惕|请警惕|要警惕|需警惕|务必警惕|直接拉黑|请拉黑|一律不通过|一律不加|一律不收|一律拒绝|没有群|没群|没有什么群|没有粉丝群/;

/** Who the push is told of, earlier in the sentence: an impostor or a stranger's message. */
// Not after 防 (为防冒充，只认这个企业微信: a real channel, named against impostors). 自称: a caller who says who
// they are (若您收到自称“京东客服”的电话，要求您加微信…).
const IMPOSTOR = /(?<!防)(?:冒充|不法分子|陌生短信|陌生电话|陌生来电|陌生号码|假装|自称)/;

/**
 * 有家人收到陌生短信，说是我们的客服，让加好友办理退款; 有人冒充我们，让加好友领赠品: the push is
 * what the impostor said, told of clauses earlier in the same sentence (up to 40 characters back).
 */
function impostorEarlier(f: FoldedText, at: number, original: string | undefined): boolean {
  // Every IMPOSTOR word has 冒, 法, 陌, 装 or 称: most sentences have none, and nothing is cut out.
  const text = f.text;
  const lo = Math.max(0, at - 40);
  let k = at - 1;
  for (; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c === MAO || c === FA || c === MO || c === ZHUANG || c === CHENG) break;
  }
  if (k < lo) return false;
  const s = clauseStart(f, at, 40, true);
  if (!IMPOSTOR.test(text.slice(s, at))) return false;
  // …not the real one the notice gives in a clause of its own: 有人冒充我们直播间，认准主播唯一的绿泡泡 ….
  if (THE_REAL_ONE.test(text.slice(clauseStart(f, at, 24), at))) return false;
  if (original === undefined) return true;
  // Folding keeps no sentence ends: the copy as written says where this sentence began.
  const written = original.slice(f.starts[s]!, f.starts[at]!);
  const cut = Math.max(...SENTENCE_ENDS.map((c) => written.lastIndexOf(c)));
  return cut < 0 || IMPOSTOR.test(written.slice(cut + 1));
}
const SENTENCE_ENDS = ['。', '！', '？', '!', '?'];
const THE_REAL_ONE = /认准|唯一|只认|真正的/;

const [MAO, FA, MO, ZHUANG, CHENG] = [...'冒法陌装称'].map((c) => c.charCodeAt(0));

const REVIEW_NOT_TRADED = /[不没](?:会|再)?(?:以|用|拿)?(?:任何)?(?:好评|晒图|评价|五星|带图)(?:来)?换(?:取)?$/;
const HUAN = '换'.charCodeAt(0);
/** The last character of NOT_GIVEN_FOR: 供 予 送 放, or the 或 和 及 of a list it opens. */
const GIVEN_FOR_ENDS = new Set([...'供予送放或和及给'].map((c) => c.charCodeAt(0)));
const NOT_GIVEN_FOR = /[不没](?:会|再)?(?:因为|为|因)[^不没]{1,5}(?:提供|给予|赠送|发放|给)(?:任何)?(?:[^不没]{1,4}(?:或|和|及))?$/;
const QU = '取'.charCodeAt(0);

// (Not the 别 that ends 识别 or 分别: 长按识别进我们车友群. 不 only before 加: 我们不加微信私聊.)
const NEGATED_REACH = /(?:不用|不必|无需|不需要|(?<![识特类告分级性辨鉴派])别|不要|没必要|不(?=加))(?:再|去)?(?:外面|别处)?(?:找|联系|添加|加|进|跟|和|与|给)(?:主播|客服|我们|我|店主|老板|店长|助理|什么|任何人?|微信|vx|v|qq)?(?:的)?(?:私人|个人)?(?:发)?$/;
/** 别去外面那个橙色App搜了, 不用去别的那个淘宝搜: a negator, going, and where, the place described or not. */
const NEGATED_GOING = /(?:不用|不必|无需|别|不要|没必要)(?:再)?(?:去|到|上)(?:外面|外头|别处|别的|其他)?(?:的)?(?:那个|那家|那种|这个|这种)?(?:橙色|蓝色|红色|黄色|绿色|白色|黑色)?(?:的)?$/;
/** What NEGATED_REACH and NEGATED_GOING need before the trigger: a negator's first unit (most triggers have none near). */
const REACH_NEGATOR_UNITS = new Set([...'不无别没'].map((c) => c.charCodeAt(0)));
/** True when a unit of `units` stands in text[from, to). */
export function unitBefore(text: string, from: number, to: number, units: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (units.has(text.charCodeAt(k))) return true;
  return false;
}

/** Conjunctions that list what one negator covers: 不接受到店自提和线下交易. */
const LIST_JOINS = ['和', '或', '及', '与', '或者', '以及'];
/** A verb of its own before a later item of a negated list. */
const LIST_ITEM_VERBS = ['下载', '关注', '添加', '加入', '进入', '打开', '注册', '扫描', '扫', '加', '进', '去'];
/** Negators of two or more characters (a bare 不 is too often part of a word to reach this far). */
const LONG_NEGATORS = NEGATORS.filter((n) => n.length >= 2);

/** True when the trigger at `at` is a later item of a list that a negator opens (within 10 characters). */
function negatedList(text: string, s: number, at: number): boolean {
  // …its own verb may stand between the join and the item: 不需要关注任何公众号或下载小程序.
  const verb = LIST_ITEM_VERBS.find((v) => text.startsWith(v, at - v.length));
  if (verb !== undefined && at - verb.length > s) at -= verb.length;
  const join = LIST_JOINS.find((j) => text.startsWith(j, at - j.length));
  if (!join) return false;
  const before = text.slice(Math.max(s, at - join.length - 14), at - join.length);
  return LONG_NEGATORS.some((n) => before.includes(n));
}

/**
 * True when the trigger follows an enumeration comma (、) in a list a negator opens: 不会私信你要手机号、
 * 微信号 (folding drops the 、, so negatedList sees no join), the item before it a contact word too.
 */
function negatedEnumeration(f: FoldedText, s: number, at: number, original: string | undefined): boolean {
  if (original === undefined || at === 0 || f.gaps[at] !== Gap.Clause || !original.slice(f.ends[at - 1]!, f.starts[at]!).includes('、')) return false;
  const before = f.text.slice(Math.max(s, at - 12), at);
  // …a list of contact words, not a denial of something else (不会缺货、微信下单).
  return CONTACT_ITEM_END.test(before) && LONG_NEGATORS.some((n) => before.includes(n));
}
// …or of rewards for reviews (从不以好评返现、晒图红包等方式索要评价).
const CONTACT_ITEM_END = /(?:号|号码|电话|微信|联系方式|群|二维码|qq|vx|v|返现|红包|返利|礼品|奖励|赠品)$/;

/** A negator ends right before `at` or up to two characters before it (不加V, 不私下转账). */
function negatorJustBefore(f: FoldedText, s: number, at: number): boolean {
  const text = f.text;
  const negatorsEndingWith = cueWordsBy('last', NEGATORS);
  for (let g = 0; g <= 2 && at - g > s; g++) {
    for (const { word: n } of negatorsEndingWith.get(text.charCodeAt(at - g - 1)) ?? NO_WORDS) {
      const ns = at - g - n.length;
      if (ns < s || !text.startsWith(n, ns)) continue;
      const between = text.slice(ns + n.length, at);
      if (between.includes('的')) continue;
      // A space or an emoji after the words between ends the negated phrase: 传不了😅 留下电话.
      if (g > 0 && gapBefore(f, ns + n.length, at)) continue;
      // 不同 is "different", but 不同城面交 refuses 同城面交.
      if (n === '不' && ((NOT_NEGATING_NEXT.has(text.charAt(ns + 1)) && !text.startsWith('同城', ns + 1)) || text.startsWith(APOLOGY, ns + 1) || DOES_NOT_FIT.test(text.slice(ns + 1, ns + 3)) || potentialComplement(text, ns))) continue;
      // A question asked A-not-A (能不能加微信, 要不要私聊) is someone's question: it holds only where it is granted at once (…，可以哈).
      if (n.charCodeAt(0) === BU && ns > 0 && text.charAt(ns - 1) === text.charAt(ns + 1)) return !grantedAfter(f, at);
      if (n === '别' && (URGING_AFTER_BIE.has(text.charAt(ns + 1)) || WORDS_ENDING_IN_BIE.has(text.charAt(ns - 1)))) continue;
      // 不会选➕V: those who cannot choose are told to add it, nobody refuses the add.
      if (text.startsWith('不会', ns) && at - ns > 2 && CANNOT_DO_AFTER_BUHUI.has(text.charAt(ns + 2))) continue;
      // 无 negates what follows at once (无返现卡, 无二维码), not 无门槛红包 or 无论.
      if (n === '无' && (g > 0 || NOT_NEGATING_AFTER_WU.has(text.charAt(ns + 1)))) continue;
      return true;
    }
  }
  return false;
}

/** True when a separator was dropped before any folded character in [from, to]. */
/**
 * Where the phrase holding folded `at` starts, past a space or an emoji between two words of two or
 * more characters (别在评论区说 直接加我企业微信: the warning ends at the space). Spaced-out
 * characters (请 勿 加 微 信) are one phrase still.
 */
const LIST_GOES_ON = /^(?:或|和|及|与|还是|or|an)/;
/** A phrase that tells the buyer what to do instead, after a space: 直接加我…, 请联系…. */
const TOLD_INSTEAD = /^(?:直接|请|快|赶紧|马上|加|添加|来|去|找|私)/;
function phraseStart(f: FoldedText, s: number, at: number): number {
  for (let k = at - 1; k >= s + 2; k--) {
    if (f.gaps[k] === Gap.None || f.gaps[k]! >= Gap.Slash) continue;
    // …unless a list goes on after it (转数快、PayMe 或者私下过数).
    if (f.gaps[k - 1] === Gap.None && f.gaps[k + 1] === Gap.None && k + 1 < at && !LIST_GOES_ON.test(f.text.slice(k, k + 2))) return k;
  }
  return s;
}

function gapBefore(f: FoldedText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (f.gaps[k] !== Gap.None) return true;
  return false;
}

const XIN = '信'.charCodeAt(0);
const PIAN = '骗'.charCodeAt(0);
/** 呃 as Cantonese says cheat (都係呃人). */
const E_CHEAT = '呃'.charCodeAt(0);
const JIA = '假'.charCodeAt(0);
const SHI = '是'.charCodeAt(0);
const BU = '不'.charCodeAt(0);
const ZAI = '在'.charCodeAt(0);
/** After 不在, what makes it no place: 不在线, 不在乎, 不在意, 不在家, 不在的, 不在于. */
const NOT_PLACE_AFTER_BUZAI = new Set([...'线乎意家的于']);
const YONG = '用'.charCodeAt(0);
/** 去 and where the denial sends nobody: 不用去评论区留联系方式 (not 别去平台投诉啦➕V: a push after). */
const QU_GO = '去'.charCodeAt(0);
const PUBLIC_PLACE = /^(?:评论|公屏|弹幕|留言)/;
/** 在 or 用 (别在评论区留…, 不需要用手机扫码), or 去 before a public place: where a denial says it happens. */
function introducesPlace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === ZAI || c === YONG || (c === QU_GO && PUBLIC_PLACE.test(text.slice(at + 1, at + 3)));
}

/**
 * The words a request verb is looked for in: the phrase after a space when it tells the buyer what
 * to do instead (别说 直接加我企业微信: a request denied ends with its phrase), else the whole window.
 */
function requestedPhrase(f: FoldedText, s: number, at: number, window: string): string {
  const ps = phraseStart(f, s, at);
  return ps > s && TOLD_INSTEAD.test(f.text.slice(ps, at)) ? f.text.slice(ps, at) : window;
}
const DE = '的'.charCodeAt(0);

/** The verbs NEGATED_REQUEST ends with: most windows have none, and the long pattern is not tried. */
const REQUEST_VERB = /[让求叫要取导过用说问刷放教]|邀请|发来|发了|发自己|(?<=私下)发|加[您你]|联系[您你]|会以/;

/** `s` (the trigger's clause start), moved back across clauses that only list marks separate. */
function warningStart(f: FoldedText, s: number, at: number, original: string | undefined): number {
  if (original === undefined) return s;
  while (s > 0 && at - s < 32 && f.gaps[s] === Gap.Clause && LIST_MARKS.test(original.slice(f.ends[s - 1]!, f.starts[s]!))) s = clauseStart(f, s - 1, 32 - (at - s));
  return s;
}

/**
 * True when a quoted name stands right before folded index `start` and a cue verb right before the
 * name: 关注「花木匠园艺」公众号, 搜索“鲜果铺”小程序. (The quotes end the clause that verbBefore reads.)
 */
export function verbBeforeQuotedName(text: string, f: FoldedText, start: number, spec: CueSpec): boolean {
  let i = f.starts[start]!;
  // The account's kind may stand between, a space too: 关注「禾木生活」官方微博, 关注“优家服务”的 gong zhong hao.
  while (i > 0 && ' \u3000'.includes(text[i - 1]!)) i--;
  for (const w of OWNER_WORDS) if (text.endsWith(w, i)) i -= w.length;
  while (i > 0 && ' \u3000'.includes(text[i - 1]!)) i--;
  const open = QUOTE_PAIRS[text.charAt(i - 1)];
  if (!open) return false;
  const o = text.lastIndexOf(open, i - 2);
  if (o < 0 || i - o > 32) return false;
  // The folded character before the opening quote ends where a verb must end.
  let k = start;
  while (k > 0 && f.starts[k - 1]! >= o) k--;
  return (cueWordsBy('last', spec.verbs).get(f.text.charCodeAt(k - 1)) ?? NO_WORDS).some((v) => k >= v.word.length && matchesAt(f, v, k - v.word.length));
}

const OWNER_WORDS = ['官方的', '官方', '的'];

/** Closing quotes and the opening quote each pairs with. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '」': '「', '”': '“', '』': '『', '》': '《', '"': '"', "'": "'", '’': '‘', '】': '【' };

/** The marks that open a quoted name. */
export const OPENING_QUOTES = '“「『"《【\'‘';

/** True when the original text right after folded index `end` opens a quoted name (“…”, 「…」; past 上 or a comma too: 1688上‘临沂小饼干厂’, 直播在dy，‘半亩花田官方’). */
export function quotedNameAfter(text: string, f: FoldedText, end: number): boolean {
  let i = f.ends[end - 1]!;
  while (i < text.length && ' \t:：\u3000上，,'.includes(text[i]!)) i++;
  if (i >= text.length || !OPENING_QUOTES.includes(text[i]!)) return false;
  // A straight quote that closes one a few characters back opens no name: 这款'小黄鱼'风扇.
  const q = text[i]!;
  if (q !== "'" && q !== '"') return true;
  const before = text.slice(Math.max(0, i - 12), i);
  return !before.slice(before.lastIndexOf('\n') + 1).includes(q);
}

/** A later clause sends the buyer to the place just named: 同款在并夕夕也有，想省钱的去那搜; …在某宝，搜店铺号 6028… */
export const QUESTION_MARKS = '？?';
const GOING_REFUSED = /(?:不要|别|不用|勿|不必|不是让你|不是让您|不是叫你|没让你)$/;
const ANOTHER_PLATFORM = /淘宝|天猫|京东|拼多多|抖音|快手|小红书|视频号|闲鱼|得物|唯品会|某宝|某东|某音|多多/;
const SENT_THERE = list('号名 账号名 直接搜直接买 还有一场 自己去搜 去搜搜 可以去搜 去搜 过去蹲 那边的店铺叫 那边的店叫 那边店铺叫 那边店名叫 搜我们主播名 搜主播名 搜我名字 搜主播名字 搜他名字 搜她名字 搜他的名字 搜她的名字 去那边 去那里 去那儿 去那搜 去那下单 去那买 那边搜 那里搜 那边下单 那边拍 搜店铺 搜店名 搜同名 搜我家 搜我们家 搜我们店名 搜我们的店 搜我们店 搜号 搜账号 搜id 店名一样 店名都一样 名字一样 ' +
  // Found there by the buyer who looks (橙色那个app也能搜到我们店), not found there by chance (也能搜到类似的).
  '搜到我们 搜到我家 搜到咱家 搜到咱们 ' +
  // An auction or a live session there the viewer is told to go to (今晚快手老铁拍有场竞拍，记得去看).
  '记得去看 记得去蹲 记得去拍');

/**
 * A later clause of the sentence searching for the seller there or giving the account: 绿色聊天软件上等您，
 * 搜“珂蔓售后”; 去绿色那个软件发个申请，号是 j y 二八零七;
 * 批发走绿色聊天软件，账号 taoyuan_cha, 企鹅，二八五，三九六，一零四七 (a number read out). Not 搜到 or 搜不到 (found, or not), nor
 * past a correction (那个小绿……哦不，小红书，搜…).
 */
const ACCOUNT_LATER = /^[^。！？!?\n不]{0,16}?[，,、（(]\s*(?:去|再|直接|然后|就|进去|进去后|打开|打开后)?(?:搜(?![到不])|号是|号就是|号码是|账号是|id是|ID是|名字叫|(?:群)?号码?\s*[:：]?\s*(?:[\d０-９]\s*|\uD835[\uDFCE-\uDFFF]){3}|(?:账号|帐号|id|ID)\s*[:：]?\s*[A-Za-z][A-Za-z0-9_.-]{3,}|(?:号码?(?:是|就是)?\s*[:：]?\s*)?[零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖]{2,}(?:[，,、\s]*[零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖0-9]{2,}){1,4})/;

/** True when ACCOUNT_LATER holds after folded `end`. */
export function accountGivenLater(f: FoldedText, end: number, original: string): boolean {
  const at = f.ends[end - 1]!;
  // A comma within reach first: most contact words have none after them, and nothing is cut out.
  const to = Math.min(original.length, at + 18);
  let k = at;
  while (k < to && original.charCodeAt(k) !== WIDE_COMMA && original.charCodeAt(k) !== COMMA && original.charCodeAt(k) !== ENUMERATION_COMMA && original.charCodeAt(k) !== WIDE_BRACKET) k++;
  if (k < to && ACCOUNT_LATER.test(original.slice(at, at + 40))) return true;
  // …or a handle given a few words on in the sentence, after a colon, 叫, 添加 or an ID (微❤信同步上新：yujian_handmade,
  // 那个绿色对话气泡的软件里添加 hx_guwen_lily, 我的‘小绿’，在我这儿叫 yuyu_makeup, 喂心 search 一下 ID「aqi-5588」) —
  // not a model or an order's code (型号：HX-13800).
  const m = HANDLE_LATER.exec(original.slice(at, at + 32));
  return m !== null && !CODE_LABELS.test(m[0]);
}
// (Three letters at the least: a handle is a name, a code is mostly digits: 桌号：A12345.)
const HANDLE_LATER = /^[^。！？!?\n]{0,14}?(?:[:：]|叫|添加|加|搜|search|ID|id)\s*[:：]?\s*[「“"『‘]?(?=(?:[0-9_\-.]*[A-Za-z]){3})[A-Za-z][A-Za-z0-9_\-.]{4,}/;
const CODE_LABELS = /型号|货号|编号|款号|尺码|规格|批次|批号|订单|单号|序列号|sku|SKU|支付|付款|桌号|房号|座号|工号|卡号|券码|兑换码|密码/;
const [WIDE_COMMA, COMMA, ENUMERATION_COMMA, WIDE_BRACKET] = [...'，,、（'].map((c) => c.charCodeAt(0));

/** True when SENT_THERE, or a search for a quoted name (，搜「阿福百货」), follows within the next few clauses after folded `end`. */
export function sentThereAfter(f: FoldedText, end: number, original: string): boolean {
  let e = clauseEnd(f, end, 24, true);
  // …past a question the copy asks itself (在拼夕夕便宜两块是吧？…，自己去那边拍): the sentence after answers it.
  if (e < f.text.length && f.text.charCodeAt(e) === 10 && QUESTION_MARKS.includes(original.charAt(f.starts[e]!))) e = clauseEnd(f, e + 1, 24, true);
  const window = f.text.slice(end, e);
  // …unless another platform is named before the search: 同款在京东也有卖，…，去淘宝搜店名 sends the buyer to 淘宝
  // (a 那边 points back past it: 某宝店有售，京东暂未上架，可以去那边下单); or the going is refused (…是假货，别去那边买;
  // 不是让你去那边啊，就在小黄车拍).
  if (SENT_THERE.some((w) => { const i = window.indexOf(w); return i >= 0 && (w.includes('那') || !ANOTHER_PLATFORM.test(window.slice(0, i))) && !GOING_REFUSED.test(window.slice(0, i)); })) return true;
  return e > end && SEARCH_FOR_QUOTED.test(original.slice(f.ends[end - 1]!, f.ends[e - 1]! + 8));
}
/**
 * A later clause searching for a quoted name to buy there: ，搜「阿福百货」领券下单, …，那边链接全, or with
 * nothing after it (剩下的在某鱼挂着，搜“禾禾的衣橱”; not 搜“防晒衣”能看到很多), a name a shop or an
 * account goes by (，去搜“禾悦官方”，顺手点个关注), or the same name given (，同名“阿强家纺”).
 */
const SEARCH_FOR_QUOTED = /[，,]\s*(?:姐妹们|宝子们|家人们|大家|你们)?(?:去|再|直接|记得|下单记得)?搜(?:索)?\s*(?:昵称|名字|店名|店铺名|账号)?\s*[「“"『《【'‘][^」”"』》】'’]{1,16}[」”"』》】'’]\s*[，,]?\s*(?:就|即可|可以|再|直接)?(?:领券|领隐藏券|领优惠券|领取优惠券|来找我|找我|看完整版|看完整|看完|看上身|看回放|下单|下單|购买|購買|拍下|进店|關注|关注|认准|就是|外卖|跟着|更便宜|便宜|更实惠|实惠|更划算|划算|价格(?:更)?(?:实惠|便宜|低|划算)|看[^，,。！？]{0,4}直播|[^，,。！？]{0,4}?(?:那边|那里)|我家|款式更全|款更全|更全|款式更多|更多款|款多|货更全|还有货|到|能找到|找到|能搜到|搜到|就能看|看看|看视频|比这边|比这里|收藏|行|有|出价|竞拍|参拍|[一二三四五六两\d]个字)|[，,]\s*(?:去|再|直接|记得|下单记得)?搜(?:索)?\s*(?:我的?[iI][dD]|店名|店铺名)?\s*[「“"『《【'‘][^」”"』》】'’]{1,16}[」”"』》】'’](?:即可|就行|就好)?[\s\p{Extended_Pictographic}\uFE0F]*(?:[。！!]|$)|[，,]\s*(?:去|再|直接|记得)?搜(?:索)?\s*[「“"『《【'‘][^」”"』》】'’]{0,14}(?:官方|家|店|铺|坊|馆|工作室)[」”"』》】'’]|[，,]\s*(?:搜(?:索)?)?(?:同名|店名|店铺名|up主|UP主|博主|账号)\s*[:：]?\s*[「“"『《【'‘]|[，,]\s*(?:去|再|直接)?搜(?:索)?\s*(?:店铺号|店铺id|店铺ID|id|ID)?\s*[:：]?\s*\d{6,}\s*(?:就能找到|就能搜到|即可|就行|就是|进店)|[，,]\s*(?:号|账号|名字|店名)?叫\s*[「“"『《【'‘][^」”"』》】'’]{1,16}[」”"』》】'’]\s*[，,]?\s*(?:关注|搜|去)/u;
