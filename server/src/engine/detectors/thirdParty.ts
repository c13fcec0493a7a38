/** Third-party platforms, their nicknames and artefacts (口令, 公众号, 小程序 …). */
import { negatives, words, type LexEntry } from './lexicon';

/** Push phrases nobody writes innocently (去淘宝, 淘宝搜, 淘口令). */
const evasive = (list: string, term: string): LexEntry[] => words(list, { family: 'thirdParty', term, need: 'always' });
/**
 * A platform's name or nickname: a mention alone (同款在淘宝也很火, 同款某宝卖八十多), a push with a
 * cue (去淘宝搜, 某宝搜“小周家”). A nickname is no push by itself: three fresh hand-labelled sets,
 * each written apart from the others under test/eval's conventions, all read a bare one as a mention.
 */
const named = (list: string, term: string): LexEntry[] => words(list, { family: 'thirdParty', term, need: 'mention', cues: 'platform' });
/** Abbreviations that are also other things (TB = terabyte): only with a cue. */
const cued = (list: string, term: string): LexEntry[] => words(list, { family: 'thirdParty', term, need: 'cue', cues: 'platform' });

/** 多多 named in quotes only (“多多”): scanner.ts reads it as Pinduoduo there, and drops it anywhere else. */
export const QUOTED_ONLY_PDD = 'quoted-pinduoduo';

/** 软件, app, 商城 and 平台 (有只黑猫的那个商城, 那个“记录美好生活”的平台), a platform once described before them (scanner.ts rewrites the term, readings.ts describes). */
export const DESCRIBED_APP = 'described-app';

export const thirdPartyEntries: LexEntry[] = [
  ...evasive('淘口令 淘宝搜 手淘搜 去淘宝 上淘宝 taobao', 'taobao'),
  ...named('软件 app 商城 那家 网站 平台', DESCRIBED_APP),
  // …and where it is: 去“多快好省”的那一家, 去“记录美好生活”那边搜, 去那只黑猫的旗舰店搜.
  ...named('那一家 那边 旗舰店', DESCRIBED_APP),
  ...evasive('去桃搜 去桃上搜 桃上搜 去淘某 淘某搜', 'taobao'),
  ...cued('掏宝', 'taobao'),
  ...named('淘系 氵匋宝 桃店 桃饱 掏宝 陶宝 淘宝 手淘 淘宝店 淘宝店铺 淘宝直播 某宝 橙色软件 橙色app 橙色图标的软件 橙色图标的app 橙色图标那个软件 橙app 橙软件 橘子色的购物app 橘色的购物app 橘子色的app 橘色app 橘色软件 橘子色软件 橙子色那个app 橙子色的app 橙子色app 橙子色软件 橙色的橙app 橙色购物软件 橙色购物app 橙色的购物软件 橙色的购物app 橙色图标的购物app 桃宝 陶宝 掏宝 套宝 某淘 马爸爸家 马云家 tao宝 掏bao 淘bao', 'taobao'),
  ...cued('tb t宝', 'taobao'),
  // 抖🎵 (🎵 folds to 抖, for 🎵音): shaking is 抖抖 too, so only with a cue.
  ...cued('抖抖', 'douyin'),
  // …and 🎵 alone for Douyin, searched or gone to there (打开🎵搜“…”, 去🎵上找).
  ...cued('抖搜 抖上搜 抖里搜 抖上找 抖里找 抖上关注 抖里关注', 'douyin'),
  ...evasive('抖阴搜 抖阴上搜 去抖阴', 'douyin'),
  // Douyin, Tmall and Xiaohongshu by homophones and nicknames (抖阴/斗音/D音, 天喵, 红色书/红薯软件).
  ...named('抖阴 斗音 斗音号 斗荫 抖荫 抖荫号 d音 d音app', 'douyin'),
  ...named('筷子手号 筷手号', 'kuaishou'),
  ...named('天喵 t猫', 'tmall'),
  // Douyin by its logo (黑色小音符的直播间).
  ...named('黑色小音符 黑色音符 小音符app 音符app', 'douyin'),
  // An official account's reply asked for after following it (用微信扫一下，关注后回复“复购”).
  ...evasive('关注后回复', 'wechat-private'),
  // Kuaishou by its users' greeting (去老铁那个平台找我们).
  ...named('老铁那个平台 老铁那个app 老铁那个软件 老铁平台', 'kuaishou'),
  ...named('红色书 红色的书 红薯软件 红薯app', 'xiaohongshu'),
  // Weibo as its letters: 去vb搜我同名, 关注 W·B「…」; a search engine to find the shop's site (百度搜「…官网」直接下单).
  ...cued('vb wb', 'other'),
  ...evasive('百度搜 百度搜索 去转转搜 转转搜', 'other'),
  // Overseas social apps, only when the copy sends the buyer there (追蹤我哋 IG @…): IG风 is a style.
  ...cued('ig ins instagram insta threads facebook fb youtube 油管', 'overseas-social'),
  // Overseas shops and apps, only when the copy sends the buyer there (到 Amazon 搜, 去 Spotify 搜).
  ...cued('amazon spotify pinkoi etsy ebay', 'other'),
  ...evasive('followourinsta followourig followourinstagram followusoninsta followusonig followusoninstagram', 'overseas-social'),
  // …and the platforms themselves, in English (follow us on Xiaohongshu @…, find us on Taobao).
  ...(
    [
      ['xiaohongshu rednote redbook littleredbook', 'xiaohongshu'],
      ['douyin', 'douyin'],
      ['kuaishou', 'kuaishou'],
      ['taobao', 'taobao'],
      ['tmall', 'tmall'],
      ['pinduoduo', 'pinduoduo'],
      ['jingdong', 'jd'],
    ] as const
  ).flatMap(([names, term]) => evasive(names.split(' ').flatMap((n) => ['followuson', 'followmeon', 'finduson', 'findmeon', 'shopuson'].map((v) => v + n)).join(' '), term)),
  // Each platform's own customer-service chat: home there, another platform's elsewhere (联系飞鸽客服 on Kuaishou).
  ...named('飞鸽', 'douyin'),
  ...named('咚咚 京东咚咚', 'jd'),
  // JD by its red or white dog (去隔壁红色小狗家).
  ...named('红色小狗 红色小狗家 红色小狗app 白狗家 那只白狗', 'jd'),
  // Pinduoduo by what it is known for (拼单更便宜的那个App).
  ...named('拼单更便宜的那个app 拼单更便宜的app 拼单便宜的那个app', 'pinduoduo'),
  // …and JD by its red logo with 东 on it (那个红底白字带个东的app).
  ...named('带个东的app 带东字的app 带个东字的app 红底白字带个东', 'jd'),
  // Douyin's and JD's chats as the way to reach the shop (退换货请找飞鸽客服): a push off any other platform.
  ...evasive('飞鸽客服 飞鸽联系 找飞鸽 飞鸽找 飞鸽留言 飞鸽咨询 飞鸽问 飞鸽上问 飞鸽里问 飞鸽私信', 'douyin'),
  ...evasive('在咚咚 咚咚客服 咚咚联系 找咚咚 咚咚找 咚咚留言 咚咚咨询 咚咚给客服 咚咚上给客服 咚咚里给客服', 'jd'),
  ...named('旺旺 阿里旺旺', 'wangwang'),
  // …in pinyin where it is a place (去wangwang上找我们).
  ...evasive('wangwang上 去wangwang', 'wangwang'),
  // …and by its homophone, where the buyer is sent (汪汪上找我回得快).
  ...evasive('汪汪上找 汪汪里找 汪汪上联系 汪汪上问 汪汪里问', 'wangwang'),
  // Taobao's chat as the way to reach the shop (截图发旺旺, 旺旺联系客服, 旺旺客服为您处理): a push off any other platform.
  ...evasive('旺旺客服 发旺旺 旺旺联系 旺旺找 找旺旺 旺旺问 旺旺咨询 旺旺留言 旺旺搜 在旺旺!雪仙小牛大 到旺旺!雪仙小牛大', 'wangwang'),
  ...evasive('天猫搜 去天猫 tmall', 'tmall'),
  ...named('天猫 猫超 天猫超市 天猫店 某猫 tm旗舰店', 'tmall'),
  // …and by its cat, as an app (去那只猫的App搜“…”).
  ...named('那只猫的app 猫的app 黑猫app 那只黑猫的app 猫头app 猫猫app 猫猫软件', 'tmall'),
  // A Tmall order is kept in the Taobao app (退换货请在手机淘宝「我的订单」中申请): home on Tmall and Taobao;
  // anywhere else the order page is where the buyer is sent (售后请在淘宝App订单页申请), no mention.
  ...words('我的淘宝!店号铺直 我的淘宝已买到的宝贝 我的淘宝已买到 我的淘宝里的已买到 手机淘宝我的订单 淘宝我的订单 淘宝app我的订单 手机淘宝app我的订单 手机淘宝的我的订单 淘宝的我的订单 手机淘宝订单页 淘宝app订单页 淘宝app找到订单 淘宝app找到该订单 淘宝app里找到订单 手机淘宝找到订单 淘宝app订单详情 手机淘宝订单详情 淘宝订单详情 淘宝app的订单 淘宝app里的订单 手机淘宝的订单', { family: 'thirdParty', term: 'taobao-orders', need: 'always', cues: 'platform' }),
  // 猫店 is Tmall only when the copy sends the buyer there (去猫店搜, 去猫店下单; not 我家猫店里很乖).
  ...cued('猫店!里', 'tmall'),
  // JD by its dog (某狗, 某🐶 folds to it): only where the copy sends the buyer there (去某狗搜).
  ...cued('某狗', 'jd'),
  // …and by its founder's house (去dong哥家搜…).
  ...cued('dong哥家 东哥那 东哥的店', 'jd'),
  // Apps riddled by their first character (去那个‘闲’字开头的二手App搜…): only with a cue.
  ...cued('闲字开头的 闲字开头', 'xianyu'),
  ...cued('拼字开头的 拼字开头', 'pinduoduo'),
  ...cued('淘字开头的 淘字开头', 'taobao'),
  ...cued('抖字开头的 抖字开头', 'douyin'),
  // Kuaishou by its viewers' name (去‘老铁家’搜…).
  ...cued('老铁家', 'kuaishou'),
  // …and Taobao by its colour as a fruit (去隔壁小橙子搜…).
  ...cued('小橙子', 'taobao'),
  ...evasive('去京东 京东搜', 'jd'),
  ...named('小狗标的app 小狗标那个app 狗标的app 京东 京东店 精东 鲸东 某东 狗东 红狗家 东哥家 刘强东家 强东哥家 京东企业购 京东到家 京喜', 'jd'),
  // Pinduoduo's own grocery pick-up (多多买菜今日下单次日自提): home there, another platform elsewhere.
  ...named('多多买菜', 'pinduoduo'),
  // Nicknames that are also names or toys: only with a cue (去夕夕搜同名店, 淘公仔家也有旗舰店，去那边搜…).
  ...cued('夕夕', 'pinduoduo'),
  ...cued('淘公仔', 'taobao'),
  // …and by their icons with 家 (在“猫”家和“橙子”家都有店): a cat or an orange said as a shop.
  ...cued('猫家 天猫家', 'tmall'),
  ...cued('橙子家', 'taobao'),
  ...cued('x鱼', 'xianyu'),
  // Meituan by its kangaroo (找那只黄色袋鼠，搜“…”外卖).
  ...cued('黄色袋鼠 黄袋鼠 黄色小美', 'other'),
  // Douyin's name read backwards (新店在“音抖”上开了（倒着念）).
  ...cued('音抖', 'douyin'),
  // JD's white dog by its name: 去那只小白狗Joy家搜.
  // …and the dog's shop said plainly (去小狗头像那家搜, 狗那家今天五折).
  ...cued('小狗头像那家 小狗头像的那家 狗头像那家 狗那家 狗东家 狗家 东哥家 刘强东家 东东家 东子家', 'jd'),
  // Founders' houses: 去黄峥家搜, 去“马爸爸家”搜.
  ...cued('黄峥家 黄老板家', 'pinduoduo'),
  ...cued('刘老板家', 'jd'),
  ...cued('马爸爸家 马云家 马云爸爸家', 'taobao'),
  ...cued('小狗joy家 白狗joy家 小白狗joy家 joy家 那只白色小狗joy家 白色小狗joy家 那只小白狗joy家', 'jd'),
  // Xiaohongshu in English words (follow 我们的 Little Red Book 账号).
  ...cued('littleredbook', 'xiaohongshu'),
  // …and its shop (去“那只白色小狗”那家买; not a white puppy bought).
  ...cued('那只白色小狗那家 那只小白狗那家 白色小狗那家 小白狗那家 白狗那家 白色小狗家', 'jd'),
  ...cued('jd', 'jd'),
  ...evasive('去拼多多 拼多多搜 pdd搜 多多搜 多多上搜 多多里搜', 'pinduoduo'),
  // 多多 alone is 优惠多多: only as a place (更多颜色在多多上), or as a name in quotes (在“多多”上架了: scanner.ts).
  ...named('多多', QUOTED_ONLY_PDD),
  ...named('多多店 品多多 拼哆哆 品夕夕 在多多上 在多多里 pxx 拼多多 拼多多店 某多多 多多app 拼夕夕 拼xx 拼dd 某夕夕 并夕夕 拼夕 pdd家 某拼 拼团那个软件 拼团的那个软件 拼团那个app 砍一刀的拼团软件 砍一刀那个软件 砍一刀的软件 砍一刀的app 砍一刀那个app', 'pinduoduo'),
  ...cued('pdd', 'pinduoduo'),
  // Platforms spelled in pinyin (d o u y i n 搜…): a mention, a push with a cue.
  ...named('douyin', 'douyin'),
  ...named('kuaishou', 'kuaishou'),
  ...named('xiaohongshu', 'xiaohongshu'),
  ...named('pinduoduo', 'pinduoduo'),
  ...named('jingdong', 'jd'),
  ...evasive('去闲鱼 闲鱼搜 咸鱼搜 去咸鱼 去鱼上 鱼上找我 鱼上搜', 'xianyu'),
  ...named('闲鱼 咸鱼 咸于 闲于 某鱼 二手小鱼 黄色小鱼 鱼字开头的二手软件 鱼字开头的二手app 鱼字开头的软件 鱼字开头的app', 'xianyu'),
  // 小黄鱼 is a fish and a fan's name too: only with a cue.
  ...cued('小黄鱼', 'xianyu'),
  // Xianyu's fish pond (its community): only where it is gone to or searched (去“鱼塘”搜…), a pond otherwise.
  ...words('鱼塘', { family: 'thirdParty', term: 'xianyu', need: 'cue', cues: 'platform' }),
  // …and its nickname 海鲜市场, only where goods are listed or searched there (去海鲜市场挂; not a market for crabs).
  ...evasive('挂在海鲜市场 海鲜市场挂 海鲜市场上挂 海鲜市场搜 海鲜市场上搜 海鲜市场里搜 海鲜市场找我 海鲜市场上找我', 'xianyu'),
  // …and bought there second-hand, then sent to search (在海鲜市场淘的，搜「…」就能找到).
  ...cued('海鲜市场淘 海鲜市场上淘 海鲜市场里淘', 'xianyu'),
  ...evasive('抖音搜 去抖音 去抖搜 去抖那边 抖那边搜 qudouyin douyinsou', 'douyin'),
  ...named('抖app 斗因 抖茵 抖因 抖yin 抖音 抖店 抖音号 抖音账号 抖音小店 抖音店 抖音直播间 某音 某抖 抖某 斗音 dou音 抖y 抖的号 抖的平台 抖的那个平台 抖的app 那个抖的', 'douyin'),
  ...cued('dy 抖抖 抖子', 'douyin'),
  // Douyin by its icon, as a place (音符那边我们也开了号; not 音符 on earrings or a music book; before an app word: readings.ts).
  ...named('音符那边 音符那里', 'douyin'),
  ...evasive('快手搜 去快手', 'kuaishou'),
  // Taobao half in pinyin (去tao里搜‘栖木小屋’, also with a zero-width space inside tao: folding drops it).
  ...evasive('tao里搜 tao上搜 去tao搜', 'taobao'),
  // The official account told to be replied to (公主号回复“刻字”): the buyer is sent into it.
  ...evasive('公众号回复 公主号回复 公号回复 gzh回复 服务号回复', 'wechat-private'),
  // Kuaishou's own auction, named (同款在老铁拍能拍到三千多: a comparison) or sent to (去老铁拍搜店名; home on Kuaishou).
  ...named('老铁拍', 'kuaishou'),
  // …and taken through it (籽料走老铁拍，一块钱起拍).
  ...evasive('走老铁拍 走快手老铁拍', 'kuaishou'),
  ...named('快手 快手号 快手账号 快手小店 快手店 某手 筷手 快某 快shou 快s!码号 kuai手 块手!工表帕机套链绢', 'kuaishou'),
  ...cued('k手!续机表工套术', 'kuaishou'),
  ...cued('ks', 'kuaishou'),
  ...evasive('去小红书 小红书搜 去红薯 红薯上搜 红薯搜 薯里搜 薯上搜', 'xiaohongshu'),
  // …and by its cover (搜“红底白字那本书”上的…).
  ...named('红底白字那本书 红底白字的那本书 红底白字的书 红底白字那个app', 'xiaohongshu'),
  ...named('某书 红书 某红书 某红薯 薯名 薯号 红薯号 红色软件 红色app 红心种草 红色种草', 'xiaohongshu'),
  ...cued('薯app 小红薯 小红本 红薯app 红薯上 小地瓜 地瓜app', 'xiaohongshu'),
  ...named('小红shu 小红书 小绿书 小红书号 小红书账号 小红书店铺 红薯店铺 种草app 种草的app 专门种草的app 种草的软件 种草软件 种草平台 红色的书软件 红书软件', 'xiaohongshu'),
  ...cued('xhs', 'xiaohongshu'),
  // Taobao by its icon alone (在另一个平台，橙色图标那个，搜“…”).
  ...cued('橙色图标那个 橙色图标的那个', 'taobao'),
  // 某 in pinyin (去mou宝搜店名).
  ...named('mou宝 某tao 某tb', 'taobao'),
  // Kuaishou by sound as a place (块手直播间专属; not 这块手工皂, 一块手表) and Xigua by name (视频传到西瓜上了, not the fruit on sale).
  ...named('块手直播 块手app 块手小店 块手号', 'kuaishou'),
  ...named('西瓜视频', 'other'),
  // JD by a nickname where it is a place (去东子那边搜型号), Taobao as an orange (去🍊上搜, 🍊宝: folding reads 🍊 as 橙), a
  // listing opened elsewhere (我在别的平台给你开个单独链接).
  ...cued('东子那边 东子家 东子上', 'jd'),
  ...evasive('去橙上 橙上搜 去橙宝 橙宝搜 橙宝上', 'taobao'),
  ...evasive('别的平台给你开 别的平台开个 去别的平台拍 去别的平台下单', 'other'),
  // A shopping app by its red icon (去那个红色图标的购物App搜“周记”).
  ...named('红色图标的购物app 红色图标的购物软件 红色图标那个购物app', 'other'),
  // Kuaishou as its users' platform, Douyin by its black icon, Taobao in pinyin after a going (去老铁们那个平台搜, 那个黑色图标的软件上, 上 tao 搜).
  ...named('老铁们那个平台 老铁们那个app 老铁们的平台', 'kuaishou'),
  ...named('拼爹爹', 'pinduoduo'),
  // Taobao as the orange shop (剩下的都在我那个橙色的店里).
  ...named('橙色的店 橙色店铺 橙色的店铺', 'taobao'),
  ...named('黑色图标的软件 黑色图标的app 黑色图标那个软件 黑色图标那个app', 'douyin'),
  ...evasive('上tao搜 去tao搜 tao上搜', 'taobao'),
  ...cued('西瓜上!市架', 'other'),
  // Douyin by its black icon (预售款在黑底图标的那个App上).
  ...named('黑底图标的那个app 黑底图标那个app 黑底图标的app 黑底的那个app 黑底app', 'douyin'),
  ...named('mou音', 'douyin'),
  ...named('mou书 mou红书', 'xiaohongshu'),
  ...named('mou东', 'jd'),
  // Pinduoduo described by how it sells (去那个拼着买的平台搜).
  ...named('拼着买的平台 拼着买的那个平台 拼着买的app 拼着买的软件 拼团的那个平台 拼团那个平台 拼团的平台', 'pinduoduo'),
  // Zhuanzhuan, the second-hand app, where it is a place (先去转转上估个价; not 出去转转).
  ...cued('转转上!海午班课街 转转app 转转平台', 'other'),
  // Meituan by 某 (去某团搜'…'约上门), not 某团队 or 某团购.
  ...named('某团!队购长', 'other'),
  // Pinduoduo by its short name where it stands as a place (在多多上拼着买便宜二十; not a name alone).
  ...cued('在多多上 去多多上 多多那边 到多多 记得去多多 回购去多多', 'pinduoduo'),
  // Taobao's shop named by its letters (TB店名“…”).
  ...evasive('tb店名', 'taobao'),
  // JD's chat as where to go (咚咚上报暗号「…」，京东店能打九折).
  ...evasive('咚咚上报暗号 咚咚报暗号 咚咚里报暗号', 'jd'),
  // A Pinduoduo link handed over (我甩你一个多多的链接).
  ...evasive('多多的链接 多多链接', 'pinduoduo'),
  // Xiaohongshu as the sweet potato its users call it, with a cue (剩下的色在小红薯上，搜…; 好评截图发到红薯带话题).
  ...cued('小红薯 红薯!粉干条片饼泥皮苗叶丸糕', 'xiaohongshu'),
  // Xianyu as the fish, where goods are put up (我放鱼上了，搜“…”).
  ...cued('鱼上', 'xianyu'),
  // A platform left unnamed, pushed to (私我，我发你另一个软件上的购买链接; not 这个在另一个平台也有卖, nor 其他平台 and 别的平台:
  // what disclaimers say of other shops of the same name).
  ...cued('另一个平台 另一个软件 另一个app 另外一个平台 另外一个软件 另外一个app', 'other'),
  ...named('视频h 视频hao 视频号 视屏号 微信小店 weixin小店 微信视频号 v信小店 vx小店 薇信小店 威信小店', 'wechat_channels'),
  // 视频号 as its letters: sph搜「…」.
  ...cued('sph 视频hao shipinhao', 'wechat_channels'),
  ...evasive('v搜一搜 vx搜一搜 薇信搜一搜 gzh pyq 朋友的圈 在我票圈 我的票圈 关注公众号 公号搜 公众号搜 微信搜一搜 发朋友圈 发在朋友圈 看我朋友圈 我的朋友圈 店主朋友圈 老板朋友圈 掌柜朋友圈 发在盆友圈 发盆友圈 看我盆友圈 我的盆友圈 更在盆友圈 都在盆友圈 更新在盆友圈', 'wechat-private'),
  ...named('公众h g众号 g众hao 宫主号 工主号 gong众hao 公众hao gz号 公z号 fu务号 xcx xiaochengxu xiao程序 小ch序 小c序 gong主号 小绿程序 gongzhong号 gongzhonghao 小chengxu 小cheng序 小cx gongzhonghao 公家号 gong众号 公zhong号 gong仲号 officialaccount 小程式 小程xu 公号 盆友圈 公主号 宫中号 工中号 锅众号 攻众号 公粽号 小橙序 小城序 小成序 公中号 公众平台 朋友圈 小程序 微信小程序 服务号 订阅号 微信公众号 微信公众账号 微信服务号 微信订阅号 wei信公众号 v信公众号 vx公众号 威信公众号 薇信公众号', 'wechat-private'),
  // 公众号 with its first two characters swapped for homophones (关注宫众号“…”, 工重号), not 中: 手工中号 is a size.
  ...named([...'公工宫攻功供恭弓龚'].flatMap((g) => [...'众仲重纵粽忠钟宗'].map((z) => `${g}${z}号`)).join(' '), 'wechat-private'),
  // …or its middle character blanked by a circle or a zero (关注公〇号「…」).
  // …or its first character left out (关注咱们的众号“山野木作”).
  ...named('公0号 公o号 公〇号 众号!召', 'wechat-private'),
  ...evasive('喜马拉雅搜 去喜马拉雅搜 喜马拉雅app 喜马拉雅fm', 'other'),
  // Kuaishou's auction opening a lot, and JD's business store as where to order (走企业购可以开专票).
  ...evasive('老铁拍开拍 老铁拍竞拍 老铁拍出价', 'kuaishou'),
  ...evasive('走企业购 走京东企业购 走某东企业购 某东企业购', 'jd'),
  // Pinduoduo as 夕夕 where an order goes (老客回购走夕夕更划算).
  ...evasive('走夕夕 走拼夕夕 走多多 走某多多', 'pinduoduo'),
  ...evasive('狗东企业店 狗东企业购', 'jd'),
  // JD and Douyin by nicknames (东子家企业采购通道, 抖y上我们也开了号).
  ...cued('东子家 东哥家', 'jd'),
  ...cued('抖y', 'douyin'),
  // Channels' shop window named as where the goods are (视频号橱窗里2号链接就是这款): home on Channels, a push elsewhere.
  ...evasive('视频号橱窗', 'wechat_channels'),
  // Tmall's membership joined from elsewhere, gone to or as the way to the price (去天猫旗舰店入会, 先在天猫旗舰店入会再下单):
  // home on Tmall (rules/tmall.json), a push elsewhere; not a count of members, a member's price compared, a visit told
  // (天猫旗舰店入会人数破百万, …入会价159, 我在…入会时送的).
  ...evasive('去天猫旗舰店入会 到天猫旗舰店入会 去天猫入会', 'tmall'),
  ...evasive('天猫旗舰店入会!人率价时要 天猫店铺入会!人率价时要 天猫店入会!人率价时要 天猫店铺首页入会!人率价时要', 'tmall'),
  // Baidu's cloud drive by its nickname (合集放在度盘了，提取码 x7k2): no honest copy says it.
  ...evasive('度盘', 'other'),
  // The seller's own app, cheaper than the platform (App里下单比京东便宜).
  ...evasive('app里下单比 app下单比 app里买比 app上买比 app里下单更便宜 app下单更便宜 app里买更便宜 app里更便宜 app上更便宜', 'other'),
  ...named('yy频道 yy直播 yy语音 斗鱼直播 虎牙直播 小电视 v博 wei博 薇店 lofter shopee 虾皮 lazada carousell 小破站 某站 围脖 黄色的鱼 黄色小鱼 黄色鱼 黄鱼搜 黄鱼上搜 黄鱼app 黄色app 黄色软件 黄色外卖软件 外卖软件 外卖app 微店 weidian 有赞 唯品会 得物 阿里巴巴 苏宁 美团 微博 b站 哔哩哔哩 1688 饿了么 大众点评 亚马逊 速卖通 闲鱼号 知乎 某乎 豆瓣 贴吧 百度网盘 网盘 快团团 群接龙 小鹅通 千聊 荔枝微课 ' +
    // Second-hand, auction and grocery apps (not 转转 or 识货: 出去转转, 识货的老铁).
    // ByteDance's news apps (a mention: 被今日头条报道过).
    '今日头条 头条号 头条app 西瓜视频 ' +
    '微拍堂 爱回收 孔夫子旧书网 多抓鱼 蘑菇街 考拉海购 盒马 叮咚买菜 美团优选 淘菜菜 阿里拍卖 京东拍卖 玩物得志', 'other'),
  // 1688 described by its owner (去阿里家的那个批发网站搜…): only with a cue.
  ...cued('阿里家的批发网站 阿里家的那个批发网站 阿里家那个批发网站 阿里的批发网站 阿里旗下的批发网站 阿里家的批发平台 阿里家那个批发平台 阿里家的批发app 阿里家那个批发app 阿里的那个批发站 阿里家的批发站 阿里家那个批发站 阿里的批发站 阿里那个批发站', 'other'),
  // Xiaohongshu as the red book (去红色那本书上搜): only with a cue.
  ...cued('小红本 红色那个书 红色的那个书 红色的书 红色书本 红色那本书 红色的那本书 那本红色的书 红色小书本 红色小书 红色的小书 小红app 红色的种草书 种草书 名字里有本书', 'xiaohongshu'),
  // …and by its slogan (去那个“标记我的生活”的app搜…).
  ...named('标记我的生活', 'xiaohongshu'),
  // Alipay's own mini programs and service accounts (到支付宝小程序「快乐农场」领取, 支付宝搜生活号「栗栗家」).
  ...named('支付宝小程序 支付宝生活号 生活号', 'other'),
  ...evasive('复制口令 复制这段 复制整段 吱口令 口令!是 复制链接打开 复制打开 长按复制', 'token'),
];

/** Honest words that contain a platform word. */
export const thirdPartyNegatives: LexEntry[] = negatives(
  // An impostor there warned against (抖音上那个同名号不是我).
  '同名号不是 同名账号不是 同名的号不是 同名号都不是 同名的都不是 ' +
  // A bicycle brand (上海飞鸽牌自行车), not Douyin's chat.
  '飞鸽牌 飞鸽自行车 飞鸽单车 ' +
  // A dog's training commands (训练口令卡), no platform's token.
  '口令卡 训练口令 口令训练 ' +
  // Fishing (钓🐟, 🐟 folding to 闲鱼), and a toy's built-in password (内置口令“幺洞拐”).
  '钓闲鱼 鱼塘钓 内置口令 ' +
  // Not found there (同款在淘宝搜不到).
  '淘宝搜不到 淘宝上搜不到 淘宝搜不着 ' +
  // A password as a motif (军迷口令刺绣款, 口令臂章), not a shop's token.
  // A group's password asked for (私我拿口令), no shop's token.
  '拿口令 ' +
  // The seller's own price check there (我去拼多多比过价了).
  ['拼多多', '淘宝', '天猫', '京东', '抖音', '快手', '小红书'].map((p) => `我去${p}比`).join(' ') + ' ' +
  // A lock or a device run from a mini program (可用微信小程序远程查看门口).
  '可用微信小程序 用微信小程序远程 微信小程序远程 ' +
  // A scarf (冬季加厚围脖), no Weibo; a photo fit for one's own Moments (拍出能发 PYQ 的九宫格).
  '加厚围脖 加绒围脖 羊毛围脖 针织围脖 能发pyq 适合发pyq ' +
  '军迷口令 军事口令 口令刺绣 口令款 口令臂章 口令贴 口令徽章 ' +
  // A password told to the seller (报口令“春茶”) or printed on the card for it (卡上有个口令), no shop's token.
  '报口令 报个口令 报上口令 说口令 对口令 有个口令 卡上的口令 ' +
  // A courier named, no shop to go to (本店使用京东物流配送).
  '京东物流 京东快递 京东配送 ' +
  '淘宝贝 京东方 抖音乐 快手机 快手工 小程序员 口令营 秘密口令 朋友圈子 朋友的圈子 咸鱼干 咸鱼翻身 口令红包 天猫精灵 猫超卡 ' +
  // A cat that loves something a lot (我家猫超爱这根逗猫棒), not Tmall's supermarket.
  '猫超爱 猫超喜欢 猫超级 猫超能 猫超乖 猫超黏 ' +
    // Alipay by its founder's house and its colour (马爸爸家的蓝色付款软件): the payment app, read by payment.ts.
    ['马爸爸家', '马云家', '马云爸爸家'].flatMap((h) => [`${h}的蓝色`, `${h}蓝色`, `${h}的付款`, `${h}的支付`]).join(' ') + ' ' +
    // A rattle's sound: 摇起来咚咚响.
    '咚咚响 咚咚咚 咚咚声 ' +
    // A link copied (复制这段链接 https://… 到浏览器打开): the url's, no share code.
    '复制这段链接 复制整段链接 复制这段网址 复制整段网址 ' +
    // Photos for one's own Moments: 适合拍照发朋友圈的星星灯; a buyer's post asked about (发朋友圈被问了八百遍链接).
    '拍照发朋友圈 拍出来发朋友圈 拍完发朋友圈 发朋友圈超 发朋友圈太 发朋友圈特别 适合发朋友圈 拍照发圈 发朋友圈都 发朋友圈也 发朋友圈很 发朋友圈被 发圈被',
);
