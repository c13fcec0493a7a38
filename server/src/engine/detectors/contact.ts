/** Contact handles: WeChat, QQ, 企业微信, 钉钉, Telegram/WhatsApp and their disguises. */
import { listNegatives, negatives, words, type LexEntry } from './lexicon';

const wechat = (list: string, need: LexEntry['need']): LexEntry[] => words(list, { family: 'contact', term: 'wechat', need });
/**
 * 绿泡泡 ahead of a bubble product's own word (薄荷绿 泡泡多, 绿泡泡水, 绿泡泡洗洁精) or of what a
 * drink tastes or smells of (绿泡泡奶盖, 绿泡泡青提气泡茶, 绿泡泡薄荷味, 绿泡泡儿童泡泡机), or of a bubble wrap, wand or cup, or of a shape (绿泡泡造型的沐浴球), is
 * a colour or a fizz; so is a print or a series (绿泡泡波点印花, “绿泡泡”系列 泡泡纱衬衫).
 */
const NOT_BUBBLE_PRODUCT = '!系波苏软抹对枕吹刺玻汽造形多水机袖浴球糖纱枪洗沐皂款印纹奶茶饮珍青气儿膜棒杯瓶液公薄味香解捏玩灯清面';
/** 威 written for 微 after 加 (加威，号在简介第二行), not 加威望, 增加威力 or 施加威胁. */
const NOT_MIGHT = '!望力严风胁猛武慑信';
/** 徽 written for 微 (加徽领试吃), not in 徽章, 安徽 or 徽派 words. */
const NOT_BADGE = '!章标派菜墨州商记';
const qq = (list: string, need: LexEntry['need']): LexEntry[] => words(list, { family: 'contact', term: 'qq', need });

export const contactEntries: LexEntry[] = [
  // Spellings nobody uses innocently: the word alone is the signal.
  ...wechat(`来薇我 单独薇我 加了v再 加了v就 加了vx再 加了vx就 加了微信再 加了微信就 回你个v 回你个vx 回你个微信 回你一个v 回你一个vx 回你一个wx 回你一个微信 回你个wx jiaweixin jiawoweixin 发你个v 发你个vx 发你个微信 同号也是小绿 同号也是绿泡泡 同号也是微信 同号也是v wei号 加我私人的 加我个人的 vx v信 v芯 v心 薇信 徽信 薇芯 小绿泡${NOT_BUBBLE_PRODUCT} 绿泡泡${NOT_BUBBLE_PRODUCT} weixin weix1n we1xin meiseon meiseun wechat号 vx号 v号 薇号 威号!称召 威信号 维信号 卫星号 同微 微信同号 vx同号 v同号 wx号 地球号 wei信 wei芯 微xin 薇xin 威xin 同号微信 同号vx 同号v!领 同号薇 同号微 同wei 同薇 薇同号 微同号 威同号 喂同号 维同号 微信是同一个 微信同一个号 微信也是同一个 微信也是这个号 微信就是这个号 微信也是这个 微信就是这个 微信就是我手机号 微信就是手机号 微信就是我的手机号 微信是我手机号 微信同此号 微信同上 绿软同号 绿软也是 薇的号 推你私人名片 推你名片 推名片给你`, 'always'),
  // The number said to be the WeChat too: 手机号与微信一致, 🟢同号 (folded 绿同号), 同时也是那个绿色的号.
  ...wechat('手机和薇一个号 电话和薇一个号 加这个号码的微信 加这个号的微信 加这个手机号的微信 发你微号 发我微号 我的微号 电话和绿泡泡一样 和绿泡泡一样 跟绿泡泡一样 软件也是这个号 绿色那个也是这个号 打或者加 打或加 手机微信都是 电话微信都是它 和那个绿的也是同一个 和那个绿的是同一个 和绿的也是同一个 跟那个绿的也是同一个 和那个绿的也是一个号 和那个绿色的是同一个 和绿色的是同一个 跟绿色的是同一个 wx和电话都是 微信和电话都是 电话和微信都是 微信电话都是 与微信一致 和微信一致 跟微信一致 与微信相同 和微信相同 微信与手机号一致 微信和手机号一致 绿同号 绿色同号 也是那个绿色的号 也是绿色的号', 'always'),
  // A number just given is the WeChat too: …，这也是我v / 这个号同时也是我的微信.
  ...wechat('v也是这个号 vx也是这个号 微信也是这个号 薇也是这个号 换到绿色那个软件 换到绿色软件 换到微信 换到vx 这个号也是微信 号也是微信 也是微信号 也是我v 也是我的v 也是我vx 也是我的vx 也是我微信 也是我的微信 也是我小绿 也是我的小绿 就是我的v 就是我v 就是我的微信 就是我微信', 'always'),
  // Sending the buyer one's WeChat: 我私你发v, 我发vx (not 直发 V/X: the v of a handle after it).
  // WeChat's words in their parts: 纟录泡泡 (绿), 力口 V (加).
  ...wechat('加我|vei 加我征信 加征信 加个征信 纟录泡泡 纟录色软件 力口|v 力口|vx 力口|微信 力口|wei 力口|薇 力口|威 力口我|wei 力口我|薇 力口我|威 力口个|v 力口我|v 力口我|微信', 'always'),
  // WeChat in zhuyin (加我 ㄨㄟ ㄒㄧㄣˋ), as folding reads it: ㄧ is 一 (it stands for 1 among digits: ㄧ3九…).
  ...wechat('ㄨㄟㄒ一ㄣ', 'always'),
  // 加我 w 信: WeChat with its first letter for 微 (a bare w信 in the collect nouns too).
  ...wechat('w信 w芯 w信号 vei信 vei芯', 'always'),
  ...wechat('你发wx 你发个wx 来wx 来vx 找我薇 找我的薇 把v甩给你 v甩给你 把威发给你 私人号甩给你 绿色的号甩给你 加个绿色的好友 把vx甩给你 vx甩给你 把微信甩给你 微信甩给你 ' +
    // …by a homophone, said to be sent, another app's account, the green one (给你发个喂心, 把薇❤发给你, 我发你另一个软件的号, 加我那个绿色的).
    '发个薇 发个喂心 发个薇信 发个威信 发个卫星 发个维信 发你喂心 发你薇信 发你威信 把薇发给你 把v发给你 把薇发你 把v发你 把vx发给你 把vx发你 把微信发给你 把微信发你 把薇信发给你 ' +
    '另一个软件的号 另一个app的号 另外一个软件的号 别的软件的号 其他软件的号 另一个软件号 加我那个绿色的!款链色衣裤裙杯包鞋盒瓶 添加一下那个绿色的!款链色衣裤裙杯包鞋盒瓶 加一下那个绿色的!款链色衣裤裙杯包鞋盒瓶 添加那个绿色的!款链色衣裤裙杯包鞋盒瓶 绿色联系方式 绿色的联系方式 群里发v 群里发vx 群里发微信 绿色聊天框的号 获取wx 获取vx 获取v号 获取微信号 要个v 要个vx 要个微信 你发v 我发v 发你v 发你我的v 发你我的小v 发你小v!字 发你我v 加一下我的v!领 加下我的v!领 加我的v!领 加一下我v!领 加一下我的vx 加我的vx v给你 vx给你 发个v 我发vx 发你vx 发你我的vx 发你微信 v发你 v发给你 vx发你 vx发给你 微信发你 微信发给你', 'always'),
  // Something sent to the buyer through WeChat, or the buyer pulled in by it (我用威信给你发个内部链接, 用微信拉你们), and WeChat as 某信 where a handle is searched (在某信里搜 lx-…).
  ...wechat(['用', '拿'].flatMap((v) => ['微信', '威信', '薇信', 'vx', 'v信', '喂心', '卫星', '企微', '企业微信'].flatMap((a) => ['给你发', '给您发', '发你', '发给你', '一个个发', '挨个发', '拉你们', '拉你', '拉大家'].map((s) => v + a + s))).join(' '), 'always'),
  // (…and WeChat's V used to pull buyers in: 下播我用V拉你们.)
  ...wechat('用v拉你们 用v拉你 用vx拉你们 用vx拉你 用v拉大家', 'always'),
  // (…and WeChat's bubble in pinyin: 我把 lvpaopao 推给你.)
  ...wechat('lvpaopao', 'always'),
  // (…and its V sent over as a personal or a small one or in a DM, and searched in the little green app, or talked on, and added by homophone (家个V): 我把个人号推给你, 师傅的v推给你, 我们v上聊,
  // 我发你那个小v, 私你们发V, 小绿app上搜.)
  ...wechat('家个v 家我v 家个vx 家我vx v上聊 vx上聊 微信上聊 个人号推给你 个人号推给您 个人号推你 推你个人号 的v推给你 的v推你 的微信推给你 的vx推给你 发你那个小v 发你个小v 推你那个小v 发你小v 私你们发v 小绿app上搜 小绿app里搜 小绿上搜 小绿里搜', 'always'),
  ...wechat('某信', 'handle'),
  // The seller's people added by a handle, no app named (下回直接➕老板 ks_dage1986); and WeChat as where photos are sent (dd我，v上发你实拍).
  ...wechat('加老板 加店主 加店长 +老板 +店主 +店长', 'handle'),
  // …WeCom sent over (我给你发个企微), the person added named (加的就是店主本人), someone's 薇 (加到售后小姐姐的薇), WeChat as the green chat window
  // (“绿色小窗”：ms_…) — not 客服号 with a handle: 京东客服号 95118 is a hotline.
  ...wechat('发个企微 发你企微 加的就是店主 加的是店主 加的就是老板 加的是老板 加的就是我 姐姐的薇 客服的薇 店主的薇 老板的薇 掌柜的薇', 'always'),
  ...wechat('绿色小窗 绿色窗口', 'handle'),
  // …pushed over as a card (我把厂家的威信推给你), or said to be the phone's own number (他🛰️和电话同一个).
  ...wechat(['微信', '威信', '薇信', 'vx', 'v信', '卫星'].flatMap((a) => [`${a}推给你`, `${a}推你`]).join(' ') + ' 和电话同一个 和电话一个号 和手机同一个 和手机一个号', 'always'),
  ...wechat('v上发你 v上发给你 vx上发你 vx上发给你 微信上发你 微信上发给你 薇上发你', 'always'),
  // A contact card pushed to the buyer, as WeChat shares one (我把店长的名片推给你，加他时备注…).
  ...wechat('名片推给你 名片推你 名片推给您 推个名片给你 推名片给你', 'always'),
  // A cue written into the word: 加微, +V, 加我v … (the core after | is what negatives may cover).
  ...wechat(`jia我|薇 jia我|v jia我|微 加我个|薇 加我个|v!ip 加我个|微!博店 加我|微!博店 加|微!博店 加个|微!博店 +|微!博店聊闪光醺甜辣亮透珠弹 加|薇 加个|薇 加我|薇 +|薇 加|v +|v 加|vx +|vx 加|wx +|wx 加个|v 加个|vx +个|v +个|vx +个|微!博店 加|vv +|vv 加|徽${NOT_BADGE} 加个|徽${NOT_BADGE} 加我|徽${NOT_BADGE} 加|威${NOT_MIGHT} 加我|威${NOT_MIGHT} 加个|威${NOT_MIGHT} +个|威${NOT_MIGHT} +|威${NOT_MIGHT} 加|wei +|wei 加我|wei jia|v jiawo|v jia|vx jiawo|vx jia|wx jiawo|wx 加|微信 添加|微信 加个|微信 加我|微信 私加|微信 加我|v 加我|vx 加我|wx 加|威信 加|维信 加|卫星 加|喂心 +|威信 加|wechat addmeonwechat addusonwechat messagemeonwechat messageusonwechat sendyoumywechat sendyouourwechat addmywechat addourwechat 加一下|v 加下|v 加一下|vx 加下|vx 加我个|微!博店信 加下个|微!博店信`, 'always'),
  ...wechat('微信号', 'always'),
  // 加V领小样: adding a V to get something, not a V-neck (V领小衫, V领设计 have no 加 before them). Where
  // what follows already breaks the V-neck (加V领取, 加V领福利), 加|v reads it, on 加V alone.
  ...wechat('加v领!取福红券优资奖礼样试赠免现口型设款', 'always'),
  // The real name: a mention alone, a push with a cue (加微信, 微信联系, 微信: abc123).
  ...wechat('微信 wechat', 'mention'),
  // Homophones that are also honest words (威信 = prestige, 卫星 = satellite): only with a cue.
  // 绿色泡泡 is mostly the goods (泡泡机, 泡泡袖, a bubble wrap's colour): a WeChat only with a cue or a handle.
  ...wechat(`绿色泡泡${NOT_BUBBLE_PRODUCT}`, 'cue'),
  ...wechat('绿色泡泡那个软件 绿色泡泡那个app 绿色泡泡软件 绿色泡泡app 绿色泡泡的软件 绿色泡泡的app', 'always'),
  // (薇x and 威x stand for 薇信, but not before i or u: in 薇 xiemei_0721 the x begins a pinyin handle.)
  ...wechat('小绿软件 绿色图标里 绿色图标那个 魏欣 绿色号码 绿色聊天的那个软件 绿色聊天那个软件 绿色聊天的软件 绿色聊天的 喂星 维星 维心 围心 本人的微!博店商信 薇心 w一x v一x wei一下 vx一下 v一下 薇一下 徽星 薇星 绿气泡!系波苏软抹对枕吹刺玻汽造形多水机袖浴球糖纱枪洗沐皂款印纹奶茶饮珍青气儿膜棒杯瓶液公薄味香解捏玩灯清面纸图 两个绿气泡 维鑫!五七电牌碱 威鑫 威锌 尾信 魏心 微呗 危心 危芯 喂新 韦芯 韦信 为心 薇鑫 伟芯 伟信 威信 维信 喂心 威心 卫心 卫信 位信 喂芯 渭信 尉星 尉信 胃星 w叉 v叉 为信 唯新 绿色那边 嘉信 伟鑫 威辛 谓信 维x!iu 薇x!iu 威x!iu 微亻言 薇亻言 威亻言 工作v 蔚信 葳信 葳芯 喂信 weix lvpp 味信 胃芯 胃心 卫星 围信 危信 wx 微心 唯信 魏信 未信 微芯 威芯 维芯 卫芯 胃信 绿色软件 绿色app 绿色的地方 绿色聊天的地方 绿色小泡泡 绿色聊天软件 绿色聊天工具 绿色的聊天工具 绿色小窝号 绿信 绿宝宝 绿色聊天框 冒绿泡泡的软件 冒泡泡的软件 绿色聊天号 绿色的聊天号 绿色气泡!膜袋垫 绿色对话气泡 绿色气泡那个软件 绿色气泡的软件 绿色气泡那个app 绿色气泡的app 绿色对话框 绿色小气泡 两个气泡 两个白色小气泡 双气泡 两个对话泡泡 两个聊天气泡 聊天号 聊天账号 聊天软件 聊天app 绿色的聊天软件 绿绿的聊天软件 绿绿的软件 绿绿的app 绿绿的聊天app 绿色图标的聊天软件 绿色图标的软件 绿色的软件 绿色的聊天app 绿色的号 绿色的那个号 工作号 绿色的app 绿色小软件 绿色的小软件 绿色小号 绿色的小号 绿软 绿软号 绿色那个 绿的那个 那个绿的 绿家伙 小绿框 绿框 小绿!植叶瓶裙衣鞋色', 'cue'),
  // …and described with the app word after it, so a cue after the app reads (去绿色对话框那个App加 tangxq_0915), or by
  // a feature or a character of its name: 那个“摇一摇”软件的号, 名字第二个字是“信”的软件.
  // By its makers (马化腾家那个软件, 张小龙做的软件) and its two bubbles (绿色两个泡泡的软件).
  ...wechat('马化腾家那个软件 马化腾家的软件 马化腾家那个app 小马哥家那个软件 小马哥家的软件 张小龙做的软件 张小龙那个软件 张小龙家的软件 两个泡泡的软件 两个泡泡软件 两个泡泡的app 两个泡泡那个软件 两个小人说话的软件 两个小人说话的app 两个小人的软件 两个小人的app 两个小人聊天的软件', 'cue'),
  // (…and its green icon for chatting: 就那个聊天用的绿色图标，加了给你报价; its V pushed to the buyer or handed over: 我把v推给你, 私我，我给你个v.)
  ...wechat('把v推给你 把v推给您 给你个v!领 给您个v!领 给你个vx 给您个vx', 'always'),
  // …and WeChat as the green one to chat on instead (别在旺旺聊了，换个绿色的聊), the personal account described (老板个人号就是店名拼音加8888),
  // the green app with a cue (那个绿色的软件里我叫“…”).
  ...wechat('绿色的聊 换到绿色的 绿色的上聊 个人号就是 私人号就是 个人号是 私人号是', 'always'),
  ...wechat('绿色的软件 绿色的app', 'cue'),
  // 微信 read backwards, the copy saying so (加我 信微（倒过来念）).
  ...wechat('信微', 'cue'),
  // A small V added to chat (整箱拿的老板加个小v聊).
  ...wechat('加个小v 加个小vx', 'always'),
  // The green app pointed at (去绿色那个app加一下 …).
  ...wechat('绿色那个app 绿色那个软件', 'cue'),
  // …and spelled out character by character (在“威武的威、信用的信”上叫 …).
  ...wechat('威武的威信用的信 微笑的微信用的信 微小的微信用的信', 'cue'),
  // A business account to add (简介那里有个企业号，加上送试用装): with an add-call only, 企业号 is also Douyin's own.
  ...words('企业号', { family: 'contact', term: 'wecom', need: 'cue', cues: 'friend' }),
  ...wechat('聊天用的绿色图标 聊天的绿色图标 绿色图标的聊天 聊天那个绿色图标', 'cue'),
  ...wechat('绿色对话框那个app 绿色对话框的app 绿色对话框图标的app 绿色对话框图标app 绿色对话框图标的软件 绿色对话框那个软件 绿色对话框的软件 绿色图标那个app 绿色图标的app 摇一摇软件 摇一摇的软件 摇一摇app 摇一摇那个软件 有朋友圈的软件 朋友圈的那个软件 有朋友圈的app 两个对话泡泡 两个聊天泡泡 两个对话框 第二个字是信的软件 第二个字是信的app', 'cue'),
  // 加我个人号: a personal account once someone is to add it (我的私人号就在头像上 only points), or with its handle (我本人的号就是 zc_2024).
  ...words('个人号 私人号 本人的号 本人号', { family: 'contact', term: 'wechat', need: 'cue', cues: 'friend' }),
  // 那串字母数字就是我私人号: a string said to be the seller's personal account gives it.
  ...wechat('就是我私人号 就是我的私人号 就是我个人号 就是我的个人号', 'always'),
  // 加我另一个号：wei_laoban66 — another account of the seller's, given.
  ...wechat('另一个号 另外一个号 另一个账号 另一个微信 私人小号 私人的小号', 'handle'),
  // 添加小助手 xhs_tangtang: an assistant's account to add, given.
  ...wechat('添加小助手 加小助手 添加助手 加助手 添加客服小助手 加客服小助手', 'handle'),
  // 加简介里那个号: the account a profile holds, added.
  ...wechat('加里面那个微 加里面的微 加里面那个号 加里面的号 加我头像上那个号 加我头像上的号 加头像上那个号 加主页上那个号 加我主页上那个号 加主页上那个微 加我主页上那个微 加简介里那个号 加简介里的号 加简介那个号 加主页那个号 加主页里的号 加头像上的号 加头像里的号 加签名里的号', 'always'),
  // A person added by scanning (扫码添加专属顾问): the scan adds their account.
  // (…wherever the code is: 扫卡片背面的码加售后.)
  ...words('码加售后 码加客服 码加店长 码加老板 码加顾问 码加管家 码添加售后 码添加店长 码添加老板 码加一下 码添加一下', { family: 'contact', term: 'wechat', need: 'cue', cues: 'qr', companion: 'qr' }),
  ...words('扫码添加专属顾问 扫码添加顾问 扫码加顾问 扫码添加专属客服 扫码添加客服 扫码加客服 扫码添加管家 扫码加管家', { family: 'contact', term: 'wechat', need: 'always', companion: 'qr' }),
  // The account sent to each buyer (我让助理挨个发v拉你们进群, 我私信发你号).
  ...words('挨个发v!ip 发你v!ip 给你发v!ip 私发v!ip 发v号 发vx号 发你号!码 发您号!码 发你个号!码', { family: 'contact', term: 'wechat', need: 'always' }),
  // V as a verb: 先V我一下 (not V我50, the Thursday meme, a payment).
  ...words('v我一下 v我下 v一下我 v我一哈', { family: 'contact', term: 'wechat', need: 'always' }),
  // …and 直接 before it (回购直接V我), not the meme's V我50 (与其V我50, 不如…).
  ...words('直接v我!5五', { family: 'contact', term: 'wechat', need: 'always' }),
  // …or the account already pointed at (我的简介写了，加我那个号).
  // …or the string or second account pointed at and added (主页简介那串数字，加上再说; 那串就是我的小号，加了备注).
  ...words('那个号!码称 那串数字 那串号码 那串字母 我的小号', { family: 'contact', term: 'wechat', need: 'cue', cues: 'friend' }),
  // 信 split into its parts (亻言), WeChat's slang names.
  ...wechat('微亻言 薇亻言 威亻言 v亻言 小绿号 绿号 绿泡泡号 冒绿泡泡的地方 冒泡泡的地方 加绿!色植叶茶豆化底边松萝光灯意洲宝 同号可加 微同 同绿 同v!领 同vx 彳散亻言 彳散信 彳山兀攵亻言 彳山兀攵信 彳山兀攵 彳山攵亻言 彳山攵信 同泡泡 同绿泡泡 泡泡同号', 'always'),
  // A code scanned to add me: 长按识别下方二维码加我.
  ...words('二维码加我', { family: 'contact', term: 'wechat', need: 'always', companion: 'qr' }),
  // WeChat's own code named by its letter (店长的V码长按识别就能加): a code to scan and a WeChat to add.
  ...words('v码 vx码 wx码 微信码 薇码 威码 v信码', { family: 'contact', term: 'wechat', need: 'always', companion: 'qr' }),
  // Scanning to add a person adds them on a chat app, and asks for a scan: 扫一扫加店主 (加客服好友 is collect).
  ...words(['扫码加', '扫一扫加', '扫码添加', '扫一扫添加'].flatMap((s) => ['店主', '老板', '老板娘', '店长', '主播', '掌柜', '我'].map((p) => `${s}${p}`)).join(' '), { family: 'contact', term: 'wechat', need: 'always', companion: 'qr' }),
  // After a number: 138-1729-6650，微信同; …，V同; 电话就是微信.
  ...wechat('绿的同号 绿色同号 同号绿 同号小绿 同号绿泡泡 同威 微x同号 薇x同号 wx同号 同喂心 同威信 同维信 同薇信 同v信 同喂信 微信同!款步城时意事学样一享 v同!款步城时意事学样一享 vx同!款步城时意事学样一享 电话就是微信 手机就是微信 手机号就是微信 号码就是微信 电话即微信 电话同微信 手机同微信 电话和微信一样 电话跟微信一样 手机和微信一样 手机跟微信一样 号码和微信一样 电话和微信一个号 电话和v一个号 电话和vx一个号 手机和v一个号 手机和vx一个号 v就是手机号 vx就是手机号 v就是我手机号 v就是电话 手机和微信一个号 电话微信一样 电话和微信是一个 手机和微信同一个 手机和威信同一个 电话和微信同一个 电话和威信同一个 手机和微信是同一个 电话和微信是同一个 把微信发你 把微信发给你 把微信号发你 把微信号发给你 把v发你 把vx发你 把微信推给你', 'always'),
  // The phone's number said to be the WeChat account too, either way round: 电话和微信是一样的, 微信跟手机一样, V 和电话都是这个.
  // …or the number just read out said to be it (俺这号码就是微，幺三幺…).
  ...wechat('号码就是微 号码就是v 号码就是vx 号码也是微 号码也是v 这号就是微 这号就是v 这个号也是v 这个号也是微信 这号也是v 号也是v', 'always'),
  // A V flung over to the buyer (我把个人V甩你), 微 split into 彳 and 敚 or 敫 (加俺彳敚信), pinyin with tone numbers (wei1 xin4) and
  // 加我 by homophone before wei心 (家我wei心).
  // WeChat described by its Moments (那个能发朋友圈的App上的号, 能摇一摇、能发朋友圈的绿色软件).
  ...wechat('能发朋友圈的app 能发朋友圈的软件 能发朋友圈的绿色软件 可以发朋友圈的app 可以发朋友圈的软件', 'always'),
  ...wechat('个人v甩你 v甩你 vx甩你 微信甩你 彳敚信 彳敚亻言 彳敫信 彳敫亻言 wei1xin4 wei2xin4 家我wei心 加我wei心 veixin', 'always'),
  // 徵信 (folded 征信, a credit report) for 微信 only before an account: 加售后 徵信：yb-lao-liu.
  ...wechat('征信', 'handle'),
  ...wechat('电话和v一样 电话跟v一样 手机和v一样 手机号和v一样 v和电话一样 v和电话都是 v和电话是同一个 电话和v都是 微信和电话都是 电话和微信都是 同号喂心 同号威信 同号薇信 同号维信 同号危信 电话微信同一个 电话和微信同一个 电话微信是同一个 微信电话同一个 手机微信同一个 电话微信一个号 电话v同一个', 'always'),
  ...wechat(['电话', '手机', '手机号'].flatMap((p) => ['微信', 'vx'].flatMap((w) => ['和', '跟'].flatMap((c) => ['一样的', '是一样的', '是同一个号', '一个号'].flatMap((t) => [`${p}${c}${w}${t}`, `${w}${c}${p}${t}`])))).join(' '), 'always'),
  // A bare V got by messaging or finding the seller (dd我拿V, 私信我要v): the seller's WeChat handed out.
  ...wechat(['dd我', '私信我', '私我', '滴滴我', '找我', '戳我'].flatMap((w) => ['拿v', '要v', '领v'].map((v) => `${w}${v}!abcdefghijklmnopqrstuvwxyz0123456789领`)).join(' '), 'always'),
  // Bare letters and one-character stand-ins: only with a handle after them.
  // (绿 is how folding reads 💚 and 🟢: 💚 lin_tea_1988.)
  ...wechat('微 v 薇 威 卫 w wei jiawo jwx 绿 亻言 +魏 加魏 +危 加危 v搜 泡泡绿 唯芯', 'handle'),
  // …and with a Cantonese diminutive after it (搵我个人V仔：muyu_tea66).
  ...wechat('v仔 微仔', 'handle'),
  // 加信 and 加微 in their parts (力口亻言 kyservice8, 力口微直接找老板), not micro-fleece (加微绒).
  ...wechat('力口亻言 力口|亻言 力口微!绒波米', 'always'),
  // The price list flung onto WeChat (价格单我甩你V上).
  ...wechat('甩你v上 甩你vx上 甩你微信上 甩您v上', 'always'),
  // 徽 for 微 with a handle after it (加我个人徽❤：chayuan_lao8; not 徽章 or 安徽, which take no handle).
  ...wechat('徽', 'handle'),
  // A chat app described, not named, with the account to search in it (天天用来聊天的软件搜 tangguo_2231).
  ...wechat('聊天的软件 聊天软件 聊天app 聊天的app v字开头的软件 v开头的软件 v字开头的app v开头的app v打头的软件 v打头那个软件 字母v打头那个软件 v打头的app', 'handle'),
  // The green one to chat on (咱们就去绿的那个聊).
  ...wechat('绿的那个聊 绿色那个聊 绿的那个上聊 绿的那个里聊', 'always'),
  // 信 missing its 亻 (威❤言搜 lin_tea_1988; not 微言, a subtle word).
  ...wechat('威言 薇言 wei星 wei心', 'handle'),
  // …in Cantonese romanisation (加我 wai seun，ID 系 ah-wing-852).
  ...wechat('waiseun', 'handle'),
  // 加微 by homophones (家胃，胃号在我头像上).
  ...wechat('家胃 胃号', 'always'),
  // …and the bare homophone after 加我 (加俺胃❤，号是…: folding reads 俺 as 我).
  ...wechat('加我|胃!药口病痛疼酸镜 加我个|胃!药口病痛疼酸镜', 'always'),
  // …and 维 or 魏 before an account (加我维♡：mianmian_tao7, 加师傅的魏❤：anzhuang_66).
  ...wechat('加我维 的魏', 'handle'),
  // A business account's code to scan (扫描卡片上的企业微信二维码): a contact and a code.
  ...words('企业微信二维码 企业微信码 企微二维码 企微码 企业薇码 企薇码', { family: 'contact', term: 'wecom', need: 'cue', cues: 'qr', companion: 'qr' }),
  // A code that opens a brand's WeCom (二维码可进入品牌企业微信): its account, added.
  ...words('进入品牌企业微信 进入企业微信 进入官方企业微信 进入我们的企业微信', { family: 'contact', term: 'wecom', need: 'always' }),
  ...words('企wei qiye微 qiye微信 qiyeweixin qiyewei 企业威!信 qiwei qywx 企v 企业微 企业微信 企微 企业薇 企业v 企业wei 企业vx 企业wx 企业威信 企业绿 企业小绿 企业绿泡泡', { family: 'contact', term: 'wecom', need: 'mention' }),
  // …and by its initials, added (茶样申请加qw：laoli_tea01).
  ...words('qw', { family: 'contact', term: 'wecom', need: 'cue' }),
  // …and described by its first character: 那个“企”字头的号.
  ...words('企字头的号 企字开头的号 企字头的那个号 企字头的软件 企字开头的软件', { family: 'contact', term: 'wecom', need: 'cue' }),
  // Sent into it: 扫码进入企业微信售后通道, 售后走企业微信 (not 通过: 支持通过企业微信打卡 is an attendance clock's).
  ...words('进入|企业微信 进|企业微信 走|企业微信 去|企业微信 到|企业微信 前往|企业微信 移步|企业微信 跳转|企业微信', { family: 'contact', term: 'wecom', need: 'always' }),
  // A code scanned with WeCom adds its owner there (企业微信扫一扫下方二维码，专属顾问为您服务).
  ...words('企业微信扫 企微扫', { family: 'contact', term: 'wecom', need: 'always' }),
  ...words('加|企业微信 添加|企业微信 加|企微 企微顾问 企业微信顾问 企微客服 企业微信客服 企微一对一', { family: 'contact', term: 'wecom', need: 'always' }),
  // QQ by its penguin described (小蓝鹅号, 加蓝色小鹅 330918726).
  ...qq('小蓝鹅号 蓝色小鹅号 蓝鹅号', 'always'),
  ...qq('ㄑㄑ qiee qie鹅 企企鹅 小蓝鹅 蓝色小鹅 蓝色小企鹅 蓝色的小企鹅 蓝色企鹅 蓝企鹅', 'cue'),
  // …and the penguin's house with its number (企鹅家：三九零七…).
  ...qq('企鹅家', 'cue'),
  // …and in pinyin before its number (加 qiuqiu 1 3 9 2…).
  ...qq('qiuqiu', 'handle'),
  // (…and 叩号 and 叩我, the number and QQ'd as a verb: 客服发你一个叩号; 直接叩我，二五八九….)
  ...qq('叩技术员 叩客服 售后鹅 客服鹅 叩我 叩号 qq号 q号 koukou号 koukou 扣扣!都乐相口位合眼贴熊 叩叩 蔻蔻 抠抠 寇寇 企鹅号 企额号 球球号 秋秋号 扣扣号 qq扣扣 扌口扌口', 'always'),
  // 加我“鹅”：3920 4471 8 — the penguin's bird for QQ, once someone is to add it (not 加鹅绒, 加鹅蛋).
  ...qq('加|鹅!绒毛肝蛋肉掌黄卵颈腿翅头油 加我|鹅!绒毛肝蛋肉掌黄卵颈腿翅头油', 'always'),
  ...qq('加|秋秋 加我|秋秋 +|蔻 +|叩 加|qq +|qq 加|q 加|扣扣 加|企鹅 加|扣 加|叩 加|抠 加|蔻 加|寇 加|扣扣 加我|扣 加我|叩 加我|抠 加我|蔻 加我|寇 加我|q 加我|qq 加我|企鹅 加|球球 加我|球球', 'always'),
  ...qq('小企鹅的那个软件 企鹅图标的软件 小企鹅图标的软件 qq 企鹅 鹅号 企鹅上!衣 小企鹅上!衣 有企鹅的 小企鹅里 小企鹅那个 小企鹅软件 小企鹅app 小企鹅是 小企鹅号 那个小企鹅 我的小企鹅 我小企鹅', 'cue'),
  ...qq('扣 叩 蔻 抠 寇 q 丘丘 秋秋 口口', 'handle'),
  // QQ's penguin as a riddle, its number right after (一只不会飞的鸟后面跟着 2 0 8 8…; past a comma only to 家住: 不会飞的鸟，家住 3177…).
  ...qq('不会飞的鸟 不会飞的黑白鸟 不会飞的鸟儿 燕尾服的鸟 穿燕尾服的鸟', 'handle'),
  // A search in QQ by its nicknames: 在秋秋上搜裙号 四二八….
  // QQ as the penguin company's chat tool or account (来鹅厂那个聊天工具找我, 我发你鹅厂那个号).
  // …and the penguin after whose it is, and QQ's initials, before its number (加我们售后的鹅：2587…, kk：贰柒陆…).
  ...qq('的鹅 kk', 'handle'),
  ...qq('鹅厂那个聊天工具 鹅厂的聊天工具 鹅厂聊天工具 鹅厂那个聊天软件 鹅厂的聊天软件 鹅厂聊天软件 鹅厂那个号 鹅厂的号', 'always'),
  // 加店长 Q, 加“口口”（就是两个口）.
  ...qq('加店长|q 加客服|q 加老板|q 加|口口', 'always'),
  ...qq('用球球找我 球球找我 球球联系 鹅厂号 秋秋上搜 球球上搜 丘丘上搜 扣扣上搜 企鹅上搜 qq上搜 q上搜 q里搜 扣扣里搜 企鹅里搜 秋秋上找我 球球上找我 丘丘上找我 扣扣上找我 企鹅上找我', 'always'),
  // …and its nicknames with the number right after (球球 3️⃣7️⃣6️⃣9️⃣…).
  ...qq('球球 秋秋 丘丘 企e', 'handle'),
  // …and in pinyin (ｄｉｎｇｄｉｎｇ号 laochen1980).
  // …and its homophone (加我个人丁丁号 dd_luna2024).
  ...words('金丁金丁号 钅丁钅丁号 钅丁号 钉钉号 dingding号 dingdinghao dingtalk号 丁丁号 叮叮号 町町号 盯盯号 钉号 钉子号', { family: 'contact', term: 'dingtalk', need: 'always' }),
  // …and the app's name (split into its parts too) right before a handle: 请加 钅丁 钅丁：daili_xm88.
  ...words('钅丁钅丁 钉钉', { family: 'contact', term: 'dingtalk', need: 'handle' }),
  // …and by homophone where a handle is searched (丁丁上搜 zhangyuan_fruit 找我).
  ...words('丁丁上搜 叮叮上搜 町町上搜', { family: 'contact', term: 'dingtalk', need: 'handle' }),
  // DingTalk in pinyin before a handle (ding ding：zhao_cg2024).
  ...words('dingding', { family: 'contact', term: 'dingtalk', need: 'handle' }),
  // 钉子 for DingTalk, a handle right after it (找我‘钉子’：dingbiz_7730; not a nail).
  ...words('钉子', { family: 'contact', term: 'dingtalk', need: 'handle' }),
  // WeCom joined as a place (我拉你进企微).
  ...words('拉你进企微 拉你进企业微信 进企微', { family: 'contact', term: 'wecom', need: 'always' }),
  // A second account of the seller's, its handle right after it (加我小号 dy_tt0709 秒回).
  ...words('加我小号 加我的小号 加小号 加下小号 加一下小号 泡泡号', { family: 'contact', term: 'wechat', need: 'handle' }),
  // …and said aloud (叮叮搜 lanting2024 加我).
  ...words('钉钉 叮叮 町町 钉丁 丁钉', { family: 'contact', term: 'dingtalk', need: 'cue' }),
  // …and as 丁丁 once it is added (加个丁丁，号我打在公屏上; not 丁丁历险记).
  ...words('加个丁丁 加下丁丁 加我丁丁 加丁丁', { family: 'contact', term: 'dingtalk', need: 'always' }),
  // 丁丁 is a name and a cartoon too: DingTalk only with an account after it (加丁丁：hx_caigou).
  ...words('丁丁', { family: 'contact', term: 'dingtalk', need: 'handle' }),
  // DingTalk described: 那个蓝色的上班打卡软件搜我号.
  ...words('蓝色办公软件 蓝色的办公软件 蓝色办公app 蓝色打卡软件 蓝色的打卡软件 上班打卡软件 上班打卡的软件', { family: 'contact', term: 'dingtalk', need: 'cue' }),
  // Telegram by its icon: 纸飞机图标那个App搜 @….
  ...words('纸飞机图标那个app 纸飞机图标的app 纸飞机那个app 纸飞机图标的软件 纸飞机那个软件', { family: 'contact', term: 'im', need: 'cue' }),
  ...words('telegram tele tg whatsapp 纸飞机 小飞机 电报 line号 skype line kakao kakaotalk 飞书 飞书号', { family: 'contact', term: 'im', need: 'cue' }),
  // WhatsApp said aloud (去“瓦次艾普” +86 137…问我).
  ...words('瓦次艾普 瓦次app 哇次艾普', { family: 'contact', term: 'im', need: 'cue' }),
  // Messaging me there: 直接WhatsApp我, Line我哋 (not a comment typed to be counted: 扣个“企鹅”我看看多少人).
  ...words('whatsappus whatsappme addmeonwhatsapp addusonwhatsapp messageusonwhatsapp whatsapp我 whatsapp我们 wa我 line我 line我们 telegram我 tg我 qq我 企鹅我!看 扣扣我 whatsapp给你 发个whatsapp 发你whatsapp 发个telegram 发个line sendwhatsapp sendyouwhatsapp', { family: 'contact', term: 'im', need: 'always' }),
  // 加賴: Line as Taiwan says it.
  // A scan that adds the seller's own adviser (扫码添加专属售后顾问).
  ...words('扫码添加专属!群 扫码加专属!群 扫一扫添加专属!群 扫码添加顾问 扫码添加您的专属!群 扫码添加售后顾问', { family: 'contact', term: 'wechat', need: 'always', companion: 'qr' }),
  ...words('加赖 加我赖 赖id 飞机上搜 纸飞机上搜 小飞机上搜 飞机上找我 飞机找我 飞机上联系我 纸飞机上找我 飞机号发你 纸飞机号 小飞机号', { family: 'contact', term: 'im', need: 'always' }),
  ...words('tg line 飞机', { family: 'contact', term: 'im', need: 'handle' }),
  // An add-call with a handle and no app named (加我：lin1688, 加一下 luoyu-tea08): the handle says it is an account.
  ...words('加我 加下我 加一下我 加一下', { family: 'contact', term: 'wechat', need: 'handle' }),
  // …or the service's account to add, the handle after it (加我们客服号 yd_kefu01, 加客服号：…).
  ...words('加客服号 加我们客服号 加售后号 加我们售后号 加客服小号 加工作号', { family: 'contact', term: 'wechat', need: 'handle' }),
  ...words('邮箱 email 邮件', { family: 'contact', term: 'email', need: 'handle' }),
];

/** Honest words that contain a contact trigger (DOMAIN.md, hard negatives). */
export const contactNegatives: LexEntry[] = [
  // Bubbles in colours listed side by side (颜色有绿泡泡和粉泡泡两款, 绿泡泡、粉泡泡, 有绿泡泡也有粉泡泡): a product's colours.
  ...listNegatives([...'粉蓝黄紫红白橙'].flatMap((c) => [`绿泡泡和${c}泡泡`, `${c}泡泡和绿泡泡`, `绿泡泡${c}泡泡`, `${c}泡泡绿泡泡`, `绿泡泡也有${c}泡泡`]).join(' ')),
  ...negatives(
  // Prestige (我们的威信来自用户的认可), and bath bubbles (一放下去全是绿泡泡).
  '全是绿泡泡 冒绿泡泡 起绿泡泡 ' +
  // WeChat's letters naming its official accounts (关注我们的wx公众号): the account is a platform's, not a contact.
  'wx公众 vx公众 v信公众 ' +
  // 扣 as a button counted (四粒扣 90-130码).
  '粒扣 排扣 颗扣 ' +
  // A watch bound to WeChat friends (电话手表…也能绑定微信好友).
  '绑定微信 ' +
  // Green bubbles stitched on a bag (一颗颗绿泡泡是手工刺绣的).
  '颗绿泡泡 绿泡泡刺绣 绿泡泡是手工 ' +
  // …and bubbles a toy blows, in colours (泡泡机能吹出彩色和绿泡泡), and an appliance run from WeChat (支持微信远程预约).
  '吹出绿泡泡 吹绿泡泡 吹出来的绿泡泡 彩色和绿泡泡 彩色的绿泡泡 彩色绿泡泡 微信远程 ' +
  // A number the order already holds (收货手机号以订单为准，不需要再单独留电话).
  '不需要再单独留 不用再单独留 无需再单独留 ' +
  '威信来自 建立威信 树立威信 威信度 ' +
  // V-necks, engines, phones, memberships.
  'v领!取福红券优资奖礼样试赠免现 v字领 v型 v形 v脸 v8 v6 v12 vivo vip v口 v带 v家 v标 ' +
    // QQ products and penguins.
    '加微信办理退款 加微信退款 加微信理赔 扣扣衫 扣扣衣 扣扣糖 qq糖 qq星 qq炫舞 qq飞车 qq音乐 qq秀 qq币 q币 qq会员 qq钻 qq空间!号0123456789 qq宠物 qq三国 qq华夏 qq堂 qq农场 qq邮箱 qq浏览器 qq影音 qq游戏 ' +
    '企鹅手机支架 企鹅支架 企鹅玩偶 企鹅公仔 企鹅夜灯 企鹅小夜灯 企鹅灯 企鹅抱枕 企鹅毛绒 毛绒企鹅 企鹅挂件 企鹅挂饰 企鹅钥匙扣 小企鹅!0123456789找号后 帝企鹅 企鹅造型 企鹅款 企鹅图案 企鹅宝宝 企鹅家族 企鹅加湿器 企鹅电竞 企鹅水壶 企鹅水杯 企鹅杯 企鹅保温杯 企鹅睡衣 企鹅拖鞋 企鹅帽 ' +
    // Satellites, microwaves and other 微 words.
    '卫星轴 卫星导航 卫星定位 卫星双模 卫星三模 卫星多模 北斗+卫星 gps+卫星 卫星电视 卫星天线 卫星接收 卫星通信 卫星电话 卫星地图 卫星云图 卫星城 北斗卫星 人造卫星 卫星锅 卫星信号 微信信号 卫星接收器 卫星站 ' +
    '轻微 稍微 略微 细微 些微 微波炉 微量元素 微量 微波 微单 微距 微晶 微米 微调 微星 微微 微甜 微辣 微酸 微苦 微醺 微胖 微卷 微喇 微透 微弹 微绒 微孔 微粒 微电流 微针 微雕 ' +
    // A voltage's signal, an audio-video cable's, an envelope bag V-shaped (5V信号触发, AV信号线, V 信封包).
    [...'0123456789'].map((d) => `${d}v信号`).join(' ') + ' av信号 v信封 ' +
    '微芯片 微芯科技 微型 微创 微生物 微电影 微课 微整 微笑 微软 微瑕 微光 微风 微小 ' +
    // 微信搜索小程序: WeChat as the place to search for a mini program or an account (third party).
    '微信搜索小 微信搜小 微信搜索公 微信搜公 微信里搜小 微信里搜公 微信内搜小 微信内搜公 ' +
    // Sharing a link with one's own friends: 转发给微信好友, 转发给你微信里的姐妹 (the buyer's own WeChat).
    // A model's series named (VX是系列名), WeChat groups said to be none (没有任何微信群), a wooden fish's knock (叩叩作响).
    'vx是系列 vx是型号 没有任何微信 没有微信群 没加入微信 叩叩作响 叩叩声 叩叩叩 ' +
    '给你的微信好友 给您的微信好友 转发给微信好友 转发给你微信好友 转发给你的微信好友 分享给你的微信好友 分享给微信好友 发给微信好友 转给微信好友 分享到微信好友 转发到微信 分享到微信 分享给微信 转发给你微信里 转发给您微信里 分享给你微信里 分享给您微信里 发给你微信里 发给您微信里 转给你微信里 ' +
    '你微信里的 您微信里的 你的微信里的 您的微信里的 ' +
    // WeChat's own shop service found in WeChat, and bubbles with a taste (微信里直接找小店客服, 冒出薄荷味的绿泡泡).
    '微信里直接找小店 微信里直接找我们的小店 味的绿泡泡 ' +
    // A watch that adds WeChat friends, WeChat's own pay (选绿泡泡自带的支付), and 威信 as standing (品牌的威信是靠口碑做出来的).
    '支持微信好友 微信好友添加 绿泡泡自带的支付 品牌的威信 品牌威信 威信是靠 威信靠的是 ' +
    '企鹅茶宠 无添加v 零添加v 不添加v 微信里点发现 微信点发现 微信发现页 在微信上转发 微信上转发 在微信里转发 微信里转发 微信转发给 微信里搜到的 微信上搜到的 微信搜到的 微信读书 微信内容提醒 微信消息提醒 微信提醒 微信来电提醒 微信运动 微信头像 微信表情 微信红包封面 微信步数 微信登录 微信授权 微信扫码支付 ' +
    '预留手机号 预留电话 预留号码 预留的手机号 参加微信 参加微信私域 冒出绿泡泡 冒绿泡泡 微信位置 微信定位 蔷薇信 紫薇信 安徽信 轻微信号 细微信号 略微信号 稍微信号 些微信号 微弱信号 微同步 杯绿泡泡 瓶绿泡泡 碗绿泡泡 绿泡泡色 绿泡泡袖 绿色泡泡袖 泡泡袖 微信好友视频 和微信好友 与微信好友 跟微信好友 给微信好友 绿色泡泡机 绿泡泡机 绿色泡泡枪 绿泡泡枪 绿色泡泡水 绿泡泡一样 绿泡泡似的 绿泡泡聊天气泡 出来的绿泡泡 出的绿泡泡 荧光绿泡泡 出来是荧光绿 薇娅 蔷薇 紫薇 威信度 维信诺 品牌威信 威信力 威信县 ' +
    // 扣 is a button, a buckle, a discount (一排盘扣 扣扣都是手工缝的), a bread named for its bounce (扣扣面包).
    '扣子 扣件 平安扣 盘扣 盘扣扣扣 扣扣都是 扣扣面包 钥匙扣 袖扣 腰扣 纽扣 扣扣子 扣带 卡扣 搭扣 皮带扣 扣环 插扣扣 按扣扣 卡扣扣 纽扣扣 搭扣扣 暗扣扣 磁扣扣 扣扣卡 扣扣带 扣扣环 扣扣件 折扣 乐扣 扣款 扣费 扣除 扣分 扣减 扣押 扣上 扣紧 暗扣 按扣 磁扣 扣眼 扣手 扣位 锁扣 ' +
    // Buttons pressed and a squeeze toy (子母扣, 把扣扣压紧, 四合扣扣紧, 抠抠乐).
    '抠图 抠门 抠脚 抠抠乐 子母扣 扣扣压 扣扣紧 ' +
    // WeChat's shop in pinyin, a bubble toy's colour, a colour compared, a paper-plane kit (weixin小店, 小绿泡泡款, 跟那个绿泡泡聊天软件的绿一模一样, 纸飞机手工套装).
    'weixin小店 小绿泡泡款 绿泡泡聊天软件的绿 纸飞机手工 纸飞机套装 折纸飞机 纸飞机折纸 纸飞机模型 纸飞机玩具 ' +
    // Two colours side by side (薄荷绿/泡泡粉), not a WeChat fans' group (绿泡泡粉丝群).
    '绿泡泡粉!丝 ' +
    // A name spelt or embroidered in pinyin (刺绣拼音 WEI XIN).
    '拼音weixin 刺绣weixin ' +
    // A brand's own name glossed in pinyin before or after it (WEI XIN 味馨).
    'weixin味馨 weixin味鑫 weixin味欣 weixin味心 weixin味新 weixin味昕 weixin微馨 weixin微鑫 weixin微欣 weixin微心 weixin微新 weixin微昕 weixin维馨 weixin维鑫 weixin维欣 weixin维心 weixin维新 weixin维昕 weixin唯馨 weixin唯鑫 weixin唯欣 weixin唯心 weixin唯新 weixin唯昕 weixin威馨 weixin威鑫 weixin威欣 weixin威心 weixin威新 weixin威昕 weixin伟馨 weixin伟鑫 weixin伟欣 weixin伟心 weixin伟新 weixin伟昕 weixin卫馨 weixin卫鑫 weixin卫欣 weixin卫心 weixin卫新 weixin卫昕 蔻驰 豆蔻 丹蔻 寇丹 叩首 叩门 ' +
    // A product's numbers: 号 in them is no account (微信聊天 型号 DW-13).
    '型号 货号 款号 编号 批号 序号 色号 单号 邮件号 邮件编号 ' +
    // A product's chat features and a limit per account: 支持QQ好友聊天, 语音回复微信, 每个微信号限购.
    'qq好友聊天 微信好友聊天 语音回复微信 回复微信消息 每个微信号 一个微信号限 一个微信号只 一个微信号仅 一个微信号最 一个微信号可 一个微信号每 ' +
    // Caller ID that reads the number out (来电报号), not Telegram.
    '来电报号 来电报 ' +
    // A phone watch's own feature: 这个电话手表可以加微信好友.
    '可以加微信好友 能加微信好友 支持加微信好友 ' +
    // 绿泡泡 as a colour's name, a bubble toy's, a cup's, a bath ball's foam, an embroidery, a band's WeChat alerts
    // (这个颜色叫‘绿泡泡’, 绿泡泡泡泡机, 小绿泡泡杯, 入水绵密绿泡泡, 绿泡泡消息震动提醒).
    '叫它绿泡泡 绿泡泡是茶 颜色叫绿泡泡 色叫绿泡泡 配色叫绿泡泡 颜色是绿泡泡 色号叫绿泡泡 绿泡泡泡泡机 绿泡泡泡泡枪 小绿泡泡杯 小绿泡泡瓶 绵密绿泡泡 细腻绿泡泡 丰富绿泡泡 满屏绿泡泡 绿泡泡泡澡 绿泡泡消息 ' +
    // 扣扣 and 蔻蔻 as a shoe charm, a snap button, a coconut brand (鞋花扣扣, 四合扣扣上很牢, 蔻蔻椰椰子水).
    '鞋花扣扣 四合扣扣上 蔻蔻椰 ' +
    // A V-shaped opening added (领口加V字开口), a used book's few notes (笔记不多), WeChat's own shop service on Channels (在微信里找我们的小店客服);
    // money said to go into the goods instead of cash-back (我们把返现的钱都用在了果子上); a bio that holds the live schedule (简介里有我们的直播时间表); 🟢信小店 (WeChat's shop), a robot mop's sweep, a romper's snaps, a tea pet; a video forwarded to WeChat for the family, a mascot as the avatar, a kangaroo printed on a pack (not Meituan's).
    '加v字 加v型 笔记不多 微信里找我们的小店 微信里找小店 把返现的钱 返现的钱都用在 有我们的直播 有我们往期 有本周直播 直播排期 直播时间表 绿信小店 扫一扫拖一拖 扣扣就穿 绿泡泡是茶宠 转到微信发给 转到微信里发给 头像是我们的吉祥物 头像是吉祥物 印黄色袋鼠 印绿色袋鼠 ' +
    // 绿 as a colour after 加 (更加绿了, 增加绿植), and a smart lock opened by WeChat (指纹+密码+微信扫码开门).
    '增加企业微信 增加企微 更加绿 增加绿 参加绿 添加绿 绿泡泡发光 吹出绿泡泡 吹绿泡泡 吹出的绿泡泡 吐绿泡泡 百个绿泡泡 千个绿泡泡 串绿泡泡 微信扫码开门 微信开门 微信开锁 微信解锁 微信远程开门 微信远程开锁 微信扫码解锁 ' +
    // Q as in cartoon style and chewy texture; 加大号, a size.
    'q版 q弹 q萌 qq弹 加大号 加大码 ' +
    // 扣扣 as buttons (脚背两个扣扣可调节).
    // Refused right after (VX不加，电话不留), and a name spelled as a lettering example (例：WEI XIN YUE).
    'vx不加 v不加 微信不加 wx不加 薇信不加 例weixin 例如weixin 比如weixin 如weixin ' +
    // 威信 as standing (有威信的老字号).
    '威信的老字号 威信老字号 很有威信 有威信的老 ' +
    // Seen on WeChat, nothing offered there (我在微信上看到大家反馈).
    '在微信上看到 在微信里看到 微信上看到 ' +
    '扣扣索索 扣扣积木 衫的扣扣 衣的扣扣 套的扣扣 裤的扣扣 袖的扣扣 替换扣扣 扣扣纽扣 备用扣扣 打球球 踢球球 玩球球 小球球 毛球球 两个扣扣 三个扣扣 几个扣扣 颗扣扣 扣扣可调 扣扣调节 扣扣随手调 扣扣随意调 扣扣调腰 扣扣可拆 纽扣扣扣 ' +
    // Green bubbles and foam a product makes, and a product or pattern named 绿泡泡 (一按就是绿泡泡, 就叫“绿泡泡”, 绿泡泡图案).
    '吹出来是绿泡泡 出小绿泡泡 出绿泡泡 起满缸绿泡泡 满缸绿泡泡 一按就是绿泡泡 一挤就是绿泡泡 按出来就是绿泡泡 揉出绿泡泡 搓出绿泡泡 就叫绿泡泡 名叫绿泡泡 名字叫绿泡泡 取名绿泡泡 名为绿泡泡 叫小绿泡泡 绿泡泡图案 绿泡泡系列 绿泡泡款 绿泡泡起泡 ' +
    // Satellites and V shapes in a product (北斗加卫星双模定位, 领口做了加V设计), a name read out (叫“微馨”，读 wēi xīn),
    // and WeChat friends the seller or the buyer already has (我微信里好多朋友都在问, 转发给你微信里的朋友).
    '北斗加卫星 加卫星双模 加v设计 叫微馨 读weixin 你微信里的朋友 您微信里的朋友 我微信里好多朋友 微信里好多朋友 微信里很多朋友 微信里的朋友都 ' +
    // …and 扣扣 as a verb done twice (扣扣两下就锁紧).
    '扣扣两下 扣扣一下 扣扣几下 扣扣就锁 扣扣就扣',
  ),
];
