/**
 * Detectors: every disguise class is seen, every hard-negative class stays quiet, and a finding
 * covers exactly the disguised phrase — nothing of the honest text around it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type PlatformId, type SignalFamily } from '../../server/src/engine';
import fc from 'fast-check';
import { BUILTIN_ENTRIES, Scanner } from '../../server/src/engine/detectors/scanner';
import { Automaton, Hits, Matching } from '../../server/src/engine/detectors/automaton';
import { STRONG_DIGIT_UNITS, WEAK_DIGIT_UNITS } from '../../server/src/engine/detectors/digits';
import { findPhones, mayHavePhone } from '../../server/src/engine/detectors/phone';
import { mayHoldUrl, URL_RE } from '../../server/src/engine/detectors/raw';
import { Folder } from '../../server/src/engine/normalize';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { checker, checkLine } from '../helpers';

const scanner = new Scanner();

/** Signals as "family「exact text」", mentions marked with (mention). */
function signals(text: string): string[] {
  return scanner.scan(text).map((s) => `${s.family}「${s.text}」${s.mention ? '(mention)' : ''}`);
}

/** Families reported at warning or error level for `platform`, in a Markdown and a JSON file. */
function families(text: string, platform: PlatformId = 'douyin'): SignalFamily[] {
  const md = checkLine(text, platform);
  const json = checker.check({ text: JSON.stringify({ title: text }), fileName: 't.listing.json', platforms: [platform], asOf: '2026-11-26' });
  const of = (r: typeof md) => [...new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.family))].sort();
  assert.deepEqual(of(json), of(md), `Markdown and JSON agree on “${text}”`);
  return of(md);
}

/** Each line's reported families (on its platform, douyin when none is given), as listed. */
function expectFamilies(cases: [string, SignalFamily[], PlatformId?][]): void {
  for (const [text, want, platform] of cases) assert.deepEqual(families(text, platform), want, text);
}

function expectSignals(cases: Record<string, string[]>): void {
  for (const [text, expected] of Object.entries(cases)) assert.deepEqual(signals(text), expected, text);
}

test('every built-in lexicon word is written as folding leaves it (the scanner does not fold them again)', () => {
  const folder = new Folder();
  const unfolded = BUILTIN_ENTRIES.filter((e) => {
    const word = folder.fold(e.word).text;
    const core = e.core > 0 ? folder.fold(e.word.slice(0, e.core)).text.length : 0;
    return word !== e.word || core !== e.core || word.length === 0 || word.includes('\n');
  }).map((e) => e.word);
  assert.deepEqual(unfolded, []);
  assert.ok(BUILTIN_ENTRIES.length > 1000);
});

test('a word written unfolded in a pack is folded before it is matched', () => {
  const scanner = new Scanner({ words: [{ word: 'ＳＨＯＰ－ＸＹ', family: 'contact', ruleId: 'douyin/test' }], patterns: [], allow: [] });
  const signals = scanner.scan('欢迎光临 shop-xy 小店');
  assert.ok(signals.some((s) => s.term === 'custom:douyin/test'), JSON.stringify(signals));
});

test('a pack pattern whose match holds a refusal is turned down, unless the pattern names the refusal itself', () => {
  const scanner = new Scanner({
    words: [],
    patterns: [
      { regex: /(翡翠|蜜蜡)[^\n]{0,12}(线下|看货)/g, family: 'payment', ruleId: 'douyin/jewellery' },
      { regex: /禁止[^\n]{0,4}退货/g, family: 'payment', ruleId: 'douyin/no-returns' },
    ],
    allow: [],
  });
  const terms = (text: string) => scanner.scan(text).map((s) => s.term).filter((t) => t.startsWith('custom:'));
  assert.deepEqual(terms('翡翠都在小黄车，不要相信私下看货'), []);
  assert.deepEqual(terms('翡翠想看实物的来线下看货'), ['custom:douyin/jewellery']);
  assert.deepEqual(terms('本店禁止无理由退货'), ['custom:douyin/no-returns']);
});

test('contact disguises: spelling, full width, zero width, separators, emoji, pinyin, spaced letters', () => {
  expectSignals({
    '批发拿货请+V：kuzi6688 谢谢': ['contact「+V：kuzi6688」'],
    '源头厂家 ＶＸ：ｍａｏｍａｏ８８６ 一件代发': ['contact「ＶＸ：ｍａｏｍａｏ８８６」'],
    '搭配图太多了，加微\u200b信 lulu\u200b5566 我发给你': ['contact「加微\u200b信 lulu\u200b5566」'],
    '色号对比图太多了，微 ❤ 信 xhs_tangguo 发给你': ['contact「微 ❤ 信 xhs_tangguo」'],
    '日本代购 微·信 meimei_daigou 每周一飞': ['contact「微·信 meimei_daigou」'],
    '工厂直发 V/X: shop_88 量大从优': ['contact「V/X: shop_88」'],
    '🛰️ beibei_1314 加上的宝宝送小样': ['contact「🛰️ beibei_1314」'],
    '批发请➕V：abc_12': ['contact「➕V：abc_12」'],
    '详询 weixin: abc_12 谢谢': ['contact「weixin: abc_12」'],
    '售前 wei xin：abc_12': ['contact「wei xin：abc_12」'],
    '想要的加 w x：gu_77': ['contact「加 w x：gu_77」'],
    '想拼单的 jia wo：pt_tt，满五人开团': ['contact「jia wo：pt_tt」'],
    '姐妹们 V X：mm_shop 同名': ['contact「V X：mm_shop」'],
    '要看实拍的宝宝加我绿泡泡': ['contact「绿泡泡」'],
    '需要发票的加v芯：fapiao_zhu': ['contact「加v芯：fapiao_zhu」'],
    '售后找小助理薇信 xiaomi_kefu01，比平台快': ['contact「薇信 xiaomi_kefu01」'],
    '想看果园的加我威信 sanjie_nong，每天发视频': ['contact「威信 sanjie_nong」'],
    '企业团购请添加企业微信': ['contact「添加企业微信」'],
    '加店长钉钉号 lili1988，领新人礼': ['contact「钉钉号 lili1988」'],
    '企业定制请联系 Telegram: @xindian_b2b': ['contact「Telegram: @xindian_b2b」'],
    '秋冬上新，加V领福利': ['contact「加V」'],
    '商务合作发邮件至 lili_vintage@163.com': ['contact「lili_vintage@163.com」'],
  });
});

test('QQ disguises: 扣扣, 叩, 企鹅 and 🐧 with numbers in any writing', () => {
  expectSignals({
    '要电子版的扣扣 8817 3406 52，我发给你': ['contact「扣扣 8817 3406 52」'],
    '滤芯到期提醒请加叩 5521 7803 96': ['contact「加叩 5521 7803 96」'],
    '🐧 3390 8127 5，要种子的进来': ['contact「🐧 3390 8127 5」'],
    '姐妹们 Q Q：12345678': ['contact「Q Q：12345678」'],
    '企鹅号 ❸❹❺❻❼❽❾ 随时在线': ['contact「企鹅号 ❸❹❺❻❼❽❾」'],
  });
});

test('traditional characters', () => {
  expectSignals({
    '掃碼加微信號 ke_fu 領取保養手冊': ['qr「掃碼」', 'contact「加微信號 ke_fu」'],
    '長按識別二維碼，進群領福利': ['qr「長按識別二維碼」', 'group「進群」'],
  });
});

test('phone numbers in every writing of digits, homophones inside the run', () => {
  expectSignals({
    '售后热线①③⑧②②⑥⑥⑧⑧⑨⑨请拨打': ['phone「①③⑧②②⑥⑥⑧⑧⑨⑨」'],
    '电话⑴⑶⑻⑹⑹⑹⑹⑻⑻⑻⑻': ['phone「⑴⑶⑻⑹⑹⑹⑹⑻⑻⑻⑻」'],
    '客服❶❸❺❻❼❽❾❷❹❶❸': ['phone「❶❸❺❻❼❽❾❷❹❶❸」'],
    '电话 ¹³⁸⁰⁰¹³⁸⁰⁰⁰ 欢迎': ['phone「¹³⁸⁰⁰¹³⁸⁰⁰⁰」'],
    '手机 １３８ ００１３ ８０００': ['phone「１３８ ００１３ ８０００」'],
    '电话一三八 一二三四 五六七八转人工': ['phone「一三八 一二三四 五六七八」'],
    '热线壹叁捌零零壹叁捌零零零': ['phone「壹叁捌零零壹叁捌零零零」'],
    '客服幺三八〇〇一三八〇〇〇': ['phone「幺三八〇〇一三八〇〇〇」'],
    '老板记一下：幺伞巴 灵巴巴伞 六二幺七，谢谢': ['phone「幺伞巴 灵巴巴伞 六二幺七」'],
    '大宗采购 电话 137贰贰零捌6915': ['phone「137贰贰零捌6915」'],
    '家纺定制：一八九 伞七二六 巴灵五幺': ['phone「一八九 伞七二六 巴灵五幺」'],
    '服务热线 400-8O0-1234': ['phone「400-8O0-1234」'],
    '请拨打售后专线 0571-8862 3049，工作日在线': ['phone「0571-8862 3049」'],
    '座机 (0755) 8888-6666': ['phone「0755) 8888-6666」'],
    '北京上门美甲 预约电话 1 5 1 0 2 9 8 4 6 3 7': ['phone「1 5 1 0 2 9 8 4 6 3 7」'],
    // Homophones at either end, radio digits (洞 0, 拐 7).
    '团购请联系 幺伞巴 二七九幺 四四六灵': ['phone「幺伞巴 二七九幺 四四六灵」'],
    '订货记一下，妖三妖 洞拐巴伞 四五六二': ['phone「妖三妖 洞拐巴伞 四五六二」'],
  });
});

test('more WeChat and QQ disguises; the honest words around them stay quiet', () => {
  expectSignals({
    '教程视频发不了，地球号 mumu_home01 加一下': ['contact「地球号 mumu_home01」'],
    '老板人很好，wei信搜 tea_lao8 就行': ['contact「wei信搜 tea_lao8」'],
    '装机遇到问题加我丘丘 903318274': ['contact「丘丘 903318274」'],
    '想看细节图的评论区见，我私你发v': ['group「私你」', 'contact「你发v」'],
    '有问题直接拨，或加同号微信': ['contact「同号微信」'],
    '想要细节图的加我微': ['contact「加我微」'],
    // A label mark or more digits after "v": no V12 engine, a push.
    '售后加V：12345': ['contact「加V：12345」'],
    '来图定制，V❤：mudiao_lao9': ['contact「V❤：mudiao_lao9」'],
    '急单打这个号，微信也是这个号': ['contact「微信也是这个号」'],
  });
  for (const text of ['老人机 来电报号 大字体', '每天发vlog记录穿搭', '下单发vip卡', '周末打球球 903318274 场地费', '奔驰v12发动机模型', '卖点cn认证齐全', '下午3点cn仓发货', '扫描枪扫条码很快', '胶片扫描数码版', '扫吊牌上的码查真伪', '我扫了一下二维码没反应', '闺蜜友裙子同款', '电视背景墙边框 欧式吧台ktv', '转发给微信好友，好友下单你也能拿积分', '本店不会通过微信私聊要求您转账', '《人民日报》公众号报道过', '学校福利社零食', '别人私下找你加好友卖同款的都是假的', '酒店入住时付现金押金', '群舞请加油', '一群小朋友请加入', '好评不返现，只想听到真实的声音', '扫码开锁的智能门锁']) {
    assert.deepEqual(families(text), [], text);
  }
});

test('a handle that is a phone number is a contact and a phone number', () => {
  expectSignals({
    '海外客户请通过 WhatsApp +86 13521098764 咨询': ['contact「WhatsApp +86 13521098764」', 'phone「+86 13521098764」'],
    '有问题请拨 183-3926-0471（同微）': ['phone「183-3926-0471」', 'contact「同微」'],
  });
  // A ten-digit QQ number that starts like a mobile is no phone number.
  expectSignals({ '售后加扣扣 1390 2287 46，秒回': ['contact「加扣扣 1390 2287 46」'] });
});

test('QR calls, groups, profile pointers, third parties, payment, collection, review bait', () => {
  expectSignals({
    '感谢支持！扫描下方二维码领取红包': ['qr「扫描下方二维码」'],
    '屏幕右下角这个码大家截图扫一扫': ['qr「扫一扫」'],
    // Fillers and a free character or two between the call and the code.
    '扫描包裹内的二维码领红包': ['qr「二维码」'],
    '售后扫卡片右下角的码就行': ['qr「扫卡片右下角的码」'],
    '想进茶友群的加我微信，我拉你': ['group「进茶友群」', 'contact「加我微信」'],
    '评论区扣1，我拉你们进装机交流群': ['group「拉你们进装机交流群」'],
    '想进私域群的宝宝滴滴我': ['group「进私域群」', 'group「滴滴我」'],
    '有问题私我': ['group「私我」(mention)'],
    '主页有V，做批发的老板直接找我': ['profile「主页有V」'],
    '后续问题电联看头像': ['profile「电联看头像」'],
    '批发价看我主页背景图，上面那串就是': ['profile「批发价看我主页背景图，上面那串」'],
    '售后看我店铺头像里的号': ['profile「头像里的号」'],
    '某宝同款贵三十块': ['thirdParty「某宝」(mention)'],
    '某宝卖89我们只要29，不信去某宝搜': ['thirdParty「某宝」(mention)', 'thirdParty「某宝」'],
    '复制淘口令打开手淘': ['thirdParty「淘口令」', 'thirdParty「手淘」'],
    '关注我们视频号“小鹿家居”': ['thirdParty「视频号」'],
    '想看直播讲解的搜抖音号：lulu_home': ['thirdParty「抖音号：lulu_home」'],
    '喜欢的来店里线下交易，当面看货': ['payment「线下交易」'],
    '老客户回购支持微信转账': ['payment「微信转账」'],
    '定金直接zfb转我就行': ['payment「zfb转我就行」'],
    '大单走微信，转账后直接发货': ['payment「走微信」', 'payment「转账后直接发货」'],
    '批发价的老板扫我收款码': ['qr「扫我收款码」', 'payment「收款码」'],
    '原石毛料欢迎预约看货交易': ['payment「看货交易」'],
    '老顾客整箱要的话不用在小店拍，省手续费': ['payment「不用在小店拍」', 'payment「省手续费」'],
    '抽奖的宝宝把手机号留在评论区': ['collect「手机号留在」'],
    '评价时备注您的微信号，客服会添加您': ['collect「备注您的微信号」'],
    '添加客服为好友，领取无门槛券': ['collect「添加客服为好友」'],
    '寄赠品请留下您的手机号和微信号': ['collect「留下您的手机号和微信号」'],
    '回购可在微信搜索小程序“鲜果铺”': ['thirdParty「小程序」'],
    '也可以去多多搜“赣南橙哥”': ['thirdParty「多多搜」'],
    '后续上新都发朋友圈': ['thirdParty「发朋友圈」'],
    '长按识别二维码添加主理人微信': ['qr「长按识别二维码」', 'contact「微信」'],
    '选琴视频看，v号在店铺简介': ['profile「v号在店铺简介」'],
    '新手可以进我的钓友裙': ['group「进我的钓友裙」'],
    '扣1的我挨个拉进宠粉基地': ['group「挨个拉进宠粉基地」'],
    '共读群请加 vx：mama_reads9': ['group「群」', 'contact「加 vx：mama_reads9」'],
    '二维码在我头像里': ['profile「二维码在我头像」'],
    '想要的加我微信 qiao_jie1988 私聊': ['contact「加我微信 qiao_jie1988」', 'group「私聊」'],
    '保修卡：扫描包装盒二维码登记': ['qr「二维码」'],
    '样品申请加薇，薇号在店铺客服头像上': ['contact「加薇」', 'profile「薇号在店铺客服头像」'],
    '蹲我主页简介，里面写了怎么找我': ['profile「主页简介，里面写了怎么找我」'],
    '溯源请访问 m i n g c h a 点 c n': ['url「m i n g c h a 点 c n」'],
    '同城可以上门自提，现场付现金更便宜': ['payment「现场付现金更便宜」'],
    '定制尺寸进我主页看简介，里面有联系方式': ['profile「主页看简介，里面有联系方式」'],
    '配套视频在知乎搜“小课堂”免费看': ['thirdParty「知乎」'],
    '养护手册请关注「花木匠」公众号': ['thirdParty「公众号」'],
    '关注店铺服务号，抽奖赢免单': ['thirdParty「服务号」'],
    '五星好评+晒图后联系客服领取3元红包': ['reviewBait「五星好评+晒图」'],
    '教程合集放在 bit.ly/tg-skin 了': ['url「bit.ly/tg-skin」'],
    '更多款式请访问 www.miaomiao-wear.cn 查看': ['url「www.miaomiao-wear.cn」'],
    '搭配图鉴见 qipao-style点cn': ['url「qipao-style点cn」'],
    '保修登记 m.fix-home（点）com': ['url「m.fix-home（点）com」'],
  });
});

test('hard negatives: product words that contain a trigger stay quiet', () => {
  for (const text of [
    '秋冬新款V领毛衣 绵羊毛', 'V8发动机模型 1:18合金', '磁吸支架 兼容vivo、华为', 'QQ糖 水果味软糖', '三号链接是企鹅玩偶',
    '行车记录仪带卫星导航', '这款扫码枪超市收银用的，一维码二维码都能扫', '二维码扫码枪 支持屏幕码', '儿童电话手表 4G全网通',
    '座机电话线 4芯水晶头', '亚克力收款码牌 定制logo', '微波炉专用保鲜盒', '儿童营养软糖 添加微量元素锌和铁', '冬季打底裤 加微绒内里', '乐扣乐扣保鲜盒',
    '品牌威信源于二十年专注', '广场舞群舞演出服', '家里一群小朋友抢着喝', '智能手环 支持微信消息提醒', '折扣价 ¥138',
    '5V 2A 充电头', '1TB 固态硬盘', '12V/24V 通用', 'W 型防风支架', '华科芯 微芯microchip控制器', '3d背景墙微晶石瓷砖',
  ]) assert.deepEqual(families(text), [], text);
});

test('hard negatives: model numbers, sizes, barcodes, prices, dates and order numbers are no phone numbers', () => {
  for (const text of [
    '净水器 型号HX-13800 RO反渗透', '机械键盘 KX-13912345678 款', '货号 A13812345678 新款', '加厚珊瑚绒毛毯 尺寸138×80cm',
    '规格 1380×1380mm', '条形码 6923450657713 正品可查', '商品编码 6975643210984', '6901234567892', '8613812345678',
    '到手价¥13,800.00', '今天只要¥139.00', '预计2024-05-30前送达', '订单号 6931842075519302846 如有破损请联系客服',
    '充电宝 容量13800mAh', '编号：13912345678 批次合格', '生产批号 20240512 保质期18个月', 'ISBN 978-7-115-54321-8',
  ]) assert.deepEqual(families(text), [], text);
});

test('negations and warnings are not pushes', () => {
  for (const text of ['主播不私聊报价，优惠都在小黄车里', '请勿相信任何要求加好友或转账的信息', '本店不会以任何理由要求您私下转账', '主播不加微信，有问题走平台客服']) {
    assert.deepEqual(families(text), [], text);
  }
  // Warnings that describe the push they warn against: a request never made or only imagined,
  // across list marks, and what is said of it after.
  for (const text of [
    '凡是让您加微信办理退款的都是骗子',
    '如有人要求您扫码领取赔付，请勿相信',
    '本店客服不会让您添加私人微信或私下转账',
    '客服绝不会索要您的QQ号或手机号',
    '要求您加好友、扫码或转账退款的都不可信',
    '任何人以“售后”名义叫你扫码退款，都不要相信',
    '收到扫码退款链接，请勿相信',
    '谨防要求您加好友、扫码激活的信息',
    '加微信领退款的都是骗子',
    '如有人要求您扫码领取赔付，请立即联系平台客服',
  ]) assert.deepEqual(families(text), [], text);
  // A warning beside a push leaves the push: no 的 before the fraud, or another clause.
  assert.deepEqual(families('加我微信 ab_1234，谨防假冒'), ['contact']);
  assert.deepEqual(families('不让您多花一分钱，加我微信 ab_1234'), ['contact']);
  assert.deepEqual(families('请勿相信陌生人，售后加我微信 ab_1234'), ['contact']);
  // "不会的" is "those who can't", not a negation.
  assert.deepEqual(families('安装不会的加我微信 az_help'), ['contact']);
  // Every negator, right before the push and with up to two characters between.
  assert.deepEqual(families('售后加微信'), ['contact']);
  for (const negator of ['不', '别', '勿', '不要', '请勿', '严禁', '禁止', '拒绝', '不能', '不接受', '从来不', '杜绝', '无须', '没有']) {
    for (const between of ['', '再', '私下']) {
      const text = `售后${negator}${between}加微信`;
      assert.deepEqual(families(text), [], text);
    }
  }
});

test('a mention of a platform is not a push; a push is', () => {
  assert.deepEqual(signals('这款同款在淘宝也很火'), ['thirdParty「淘宝」(mention)']);
  assert.deepEqual(families('这款同款在淘宝也很火'), []);
  assert.deepEqual(families('没抢到的去淘宝搜“糖糖家”'), ['thirdParty']);
  assert.deepEqual(families('笔记里的好物都整理在我公众号了，搜“糖果清单”'), ['thirdParty']);
});

test('each platform’s own features are not third party there, and are elsewhere', () => {
  assert.deepEqual(families('淘宝群里每晚八点发券，记得进群', 'taobao'), []);
  assert.deepEqual(families('淘宝群里每晚八点发券，记得进群', 'douyin'), ['group', 'thirdParty']);
  assert.deepEqual(families('店铺首页有官方钉钉粉丝群入口', 'taobao'), []);
  assert.deepEqual(families('进我们钉钉粉丝群，每晚有专属券', 'tmall'), ['group', 'thirdParty']);
  assert.deepEqual(families('想要的宝宝点小黄车3号链接，点亮粉丝团', 'douyin'), []);
  assert.deepEqual(families('关注我们视频号，每晚七点开播', 'wechat_channels'), []);
  assert.deepEqual(families('关注我们视频号，每晚七点开播', 'douyin'), ['thirdParty']);
  assert.deepEqual(families('支持微信支付，下单后48小时内发货', 'wechat_channels'), []);
  assert.deepEqual(families('有需要的朋友可以把直播间转发到微信群', 'wechat_channels'), []);
  // On Channels a push to a private chat or a transfer is still one.
  assert.deepEqual(families('价格不方便说，加微信私聊', 'wechat_channels'), ['contact', 'group']);
  assert.deepEqual(families('喜欢的直接微信转账给我', 'wechat_channels'), ['payment']);
  // Channels' own checkout is no off-platform payment; paying the seller in person is.
  assert.deepEqual(families('直接在微信小店下单，微信支付就行', 'wechat_channels'), []);
  assert.deepEqual(families('微信支付给我就行', 'wechat_channels'), ['payment']);
  // Douyin's own pattern for jade offline (文玩…到店交易) leaves the plain offline trade to the
  // other platforms' rules.
  assert.deepEqual(families('翡翠手镯 喜欢的可以到店交易', 'wechat_channels'), ['payment']);
  assert.deepEqual(families('翡翠手镯 喜欢的可以到店交易', 'douyin'), ['payment']);
});

test('a longer allowed word covers the trigger inside it, and only there', () => {
  const allowing = createChecker({ packs: builtinPacks(), overlays: [{ allow: ['微信读书'] }] });
  const check = (text: string) =>
    allowing.check({ text, fileName: 't.listing.md', platforms: ['douyin'], asOf: '2026-11-26' }).findings.filter((f) => f.severity !== 'info').map((f) => f.text);
  assert.deepEqual(check('送一年微信读书会员'), []);
  assert.deepEqual(check('送微信读书会员，加微信 book_club88 领取'), ['加微信 book_club88']);
});

test('a finding covers the whole disguise and nothing around it, in Markdown and in JSON (escapes included)', () => {
  const cases: [string, string][] = [
    ['家人们想要尺码表的加主播VX：tangtang_0817，我一个个发给你们', 'VX：tangtang_0817'],
    ['色号太多了，微 ❤ 信 xhs_tangguo 发给你', '微 ❤ 信 xhs_tangguo'],
    ['🛰️ beibei_1314 加上的宝宝', '🛰️ beibei_1314'],
    ['售后热线①③⑧②②⑥⑥⑧⑧⑨⑨请拨打', '①③⑧②②⑥⑥⑧⑧⑨⑨'],
  ];
  for (const [line, disguise] of cases) {
    const md = checkLine(line, 'douyin');
    assert.deepEqual(md.findings.map((f) => line.slice(f.start, f.end)), [disguise], line);
    // JSON with every non-ASCII character escaped: the range covers the escapes of the disguise.
    const escaped = JSON.stringify({ title: line }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const js = checker.check({ text: escaped, fileName: 't.listing.json', platforms: ['douyin'], asOf: '2026-11-26' });
    assert.equal(js.findings.length, 1, line);
    assert.equal(JSON.parse(`"${escaped.slice(js.findings[0]!.start, js.findings[0]!.end)}"`), disguise, line);
  }
});

test('a group on another app is a group and that app: two findings over the same words', () => {
  const result = checkLine('想进福利群的评论区扣1，我拉你们进淘宝群', 'douyin', 'live');
  const spans = result.findings.map((f) => `${f.family} ${f.text}`);
  assert.ok(spans.includes('group 拉你们进淘宝群'), spans.join(' | '));
  assert.ok(spans.includes('thirdParty 拉你们进淘宝群'), spans.join(' | '));
});

test('a pack pattern matches within one sentence, as every detector does', () => {
  const packs = builtinPacks();
  const c = createChecker({ packs, overlays: [{ patterns: { 'douyin/contact-diversion': ['小号[\\s\\S]{0,6}\\d{5}'] } }] });
  const found = (text: string) =>
    c.check({ text: `${text}\n`, fileName: 't.listing.md', platforms: ['douyin'], asOf: '2026-11-26' }).findings.filter((f) => f.term === 'custom:douyin/contact-diversion').map((f) => f.text);
  assert.deepEqual(found('加我小号 12345 了解'), ['小号 12345']);
  // The same pattern could run on across the full stop; it is read one sentence at a time.
  assert.deepEqual(found('这是小号。12345 件已售'), []);
  assert.deepEqual(found('这是小号。小号 67890'), ['小号 67890']);
});

test('a pack pattern with no word it cannot match without runs on every text, even one with nothing else in it', () => {
  const c = createChecker({ packs: builtinPacks(), overlays: [{ patterns: { 'douyin/contact-diversion': ['[a-z]{2}\\d{6}'] } }] });
  const found = (text: string) =>
    c.check({ text: `${text}\n`, fileName: 't.listing.md', platforms: ['douyin'], asOf: '2026-11-26' }).findings.filter((f) => f.term === 'custom:douyin/contact-diversion').map((f) => f.text);
  // Nothing in this line is a literal, a phone number or an address.
  assert.deepEqual(found('纯棉面料 xy123456 舒适透气'), ['xy123456']);
});

test('text that folding finds too few digits in has no phone number: skipping the search loses nothing', () => {
  // Pieces of numbers written every way, separators and words: many texts hold a number, many too few digits.
  const digitish = fc.constantFrom(
    ...'0123456789０１２３４５６７８９一二三四五六七八九零〇幺两伞巴妖溜酒灵lo①②③-. 　，'.split(''),
    '138', '1380013', '8000', '一三八', '零零一三', '400', '0755', '86', '１３９', '电话', '微信', '伞巴', '妖',
  );
  const scanner = new Scanner();
  const folder = new Folder();
  const hits = new Hits();
  const matching = new Matching(new Automaton([], { strong: STRONG_DIGIT_UNITS, weak: WEAK_DIGIT_UNITS }), hits);
  let skipped = 0;
  let found = 0;
  fc.assert(
    fc.property(fc.array(digitish, { minLength: 2, maxLength: 14 }).map((a) => a.join('')), (text) => {
      const f = folder.fold(text, matching);
      const phones = findPhones(f, text);
      found += phones.length;
      if (!mayHavePhone(f)) {
        skipped++;
        assert.deepEqual(phones, [], text);
      }
      // The scanner (which skips the search) finds the numbers the unskipped search finds.
      if (phones.length > 0) assert.ok(scanner.scanOnce(text).some((s) => s.family === 'phone'), text);
    }),
    { numRuns: 3000 },
  );
  assert.ok(skipped > 300 && found > 20, `skipped ${skipped}, found ${found}`);
});

test('a segment scanned from its document window finds what scanning its own text finds', () => {
  const scanner = new Scanner();
  const reference = new Scanner();
  // Two documents with copy spread over them, longer than one window (65,536 units).
  const line = (i: number) => `第${i}段：加微信 abc${i}x 领券，电话 138 0013 ${String(8000 + (i % 1000)).padStart(4, '0')}，扫码进群。纯棉面料，舒适透气😀\n`;
  const docA = Array.from({ length: 2500 }, (_, i) => line(i)).join('');
  const docB = Array.from({ length: 900 }, (_, i) => line(i * 7)).join('');
  assert.ok(docA.length > 2 * 65536);
  let compared = 0;
  let signals = 0;
  const check = (doc: string, start: number, length: number) => {
    const text = doc.slice(start, start + length);
    const got = scanner.scanSlice(doc, start, text);
    assert.deepEqual(got, reference.scanOnce(text), `${doc === docA ? 'A' : 'B'} ${start}+${length}`);
    compared++;
    signals += got.length;
  };
  // Segments in order (the window moves on), across window edges, alternating documents (as two
  // sliced checks do), and one longer than a window.
  for (let start = 0; start < docA.length - 200; start += 997) {
    check(docA, start, 180);
    if (start % 3 === 0) check(docB, start % (docB.length - 200), 150);
  }
  check(docA, 65536 - 40, 90);
  check(docA, 10, 70_000);
  assert.ok(compared > 150 && signals > 500, `${compared} segments, ${signals} signals`);
});

test('text the address prefilter passes over has no match of the address pattern', () => {
  const piece = fc.constantFrom('.', ':', '/', '//', 'www', 'WWW', 'http', 'weixin', 'com', 'cn', 'Shop', 'a', '1', '-', '_', '@', ' ', '10', '米', '。', '点', 'x.y', 'T.CN/a');
  let found = 0;
  let passed = 0;
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join('')), (text) => {
      const matches = [...text.matchAll(URL_RE)].length;
      found += matches;
      if (!mayHoldUrl(text)) {
        passed++;
        assert.equal(matches, 0, text);
      }
    }),
    { numRuns: 5000 },
  );
  assert.ok(found > 500 && passed > 500, `${found} matches, ${passed} texts passed over`);
});

test('a number read out in groups between commas is a phone number; a list of sizes is not', () => {
  expectFamilies([
    ['下单前先打给我：一三九，五二零八，后面是七七一四', ['phone']],
    ['热线我报一下，八零零，贰叁肆，伍陆柒捌', ['phone']],
    ['记好了，幺叁捌，零零幺幺，贰捌叁陆，这个也是我的微信', ['contact', 'phone']],
    ['三个尺寸：150，2248，0637，按身高选', []],
    ['库存：一三八，一二三四，五六七八件', []],
  ]);
});

test('disguises met in late-2026 copy: split characters, look-alikes, dotted and full-width domains', () => {
  expectFamilies([
    ['量尺寸的加店主胃信 mm_chen88 发图', ['contact']],
    ['样品图都在我微亻言里，找我要', ['contact']],
    ['要团购价的姐妹进君羊，我一个个拉', ['group']],
    ['售后登记：www·huaxin-home·cn', ['url']],
    ['说明书电子版：ｄｏｃｓ．ｍｉｎｉｆａｎ．ｃｏｍ', ['url']],
    ['图纸下载：muyu-design【点】com', ['url']],
    ['这款在拼夕夕也卖，嫌贵的去那边搜“木屿”', ['thirdParty']],
    ['关注公仲号“柚见”，每周抽奖', ['thirdParty']],
    ['这批货不走小店了，直接发红包给我就寄', ['payment']],
    ['买家秀五星带图，截图发客服，再送一份辛苦费', ['reviewBait']],
    ['收到后扫盒子内侧那个码，领延保', ['qr']],
    ['想要批发价的看我主页简介，里面有批发专线', ['profile']],
    ['上身效果好，抹茶绿泡泡袖很减龄', []],
    ['评论区有人让你私下转账，别理，只认小店下单', []],
    ['弹窗叫你私下转账，那是骗子，只认小店下单', []],
    ['家人们别在公屏留手机号，有问题找客服', []],
    ['好评差评都欢迎，没有返现，写真实感受就行', []],
    ['我的联系方式写在主页简介里，批发的自己看', ['profile']],
    ['开箱后关注品牌服务号，领取清洗教程', ['thirdParty']],
    ['要细节图的来小飞机找我，用户名 jz_studio', ['contact']],
  ]);
});

test('a warning that disowns or calls out the push, a negated cue verb, and a home checkout stay quiet', () => {
  expectFamilies([
    ['最近有人冒用店名发来的进群邀请，本店从不拉群', []],
    ['弹幕里刷加V领赠品的，都是假的，只认购物车', []],
    ['有人说扫码进群送试用装，那不是我们发的', []],
    ['我们不加任何顾客的私人微信，售后都在小店', [], 'wechat_channels'],
    ['拍下后在小店链接里走微信支付，有保障', [], 'wechat_channels'],
    ['拍下后直接走微信支付，加我发货', ['payment'], 'taobao'],
    ['感应开关靠红外识别，不需要用手机扫码', []],
    ['来店里当面挑当面结账，比直播间便宜', ['payment']],
    ['想要大图的点我头像，简介里写着我的副号', ['profile']],
    ['请把收货手机号短信发送至客服专线，方便回访', ['collect']],
  ]);
});

test('screenshots of something else, and 送 in sending, are no review bait; compliant refusals to add the buyer stay quiet', () => {
  expectFamilies([
    ['收到后发送订单截图给客服，即可预约上门安装', []],
    ['截图保存这张卡，长按识别领无门槛券', ['qr']],
    ['好评截图发客服，返现五元', ['reviewBait']],
    ['售后只在小店处理，客服不会另外添加您的私人微信', [], 'wechat_channels'],
    ['拍下后在备注里写一个能打通的手机号，方便快递联系', ['collect']],
    ['翡翠挂件可来门店看货当面成交，比线上便宜', ['payment']],
    ['我的备用联系方式放在直播间头像里了', ['profile']],
    ['下播后我挨个拉大家进粉丝内部群', ['group']],
    ['拆封后请扫描包装盒内侧的码，领延保', ['qr']],
  ]);
});

test('spoken copy: 别急 urges on, a question someone asked is no push, slang names and screenshots of a code', () => {
  expectFamilies([
    ['没货了别急 去某鱼搜“小满杂货” 那边还有', ['thirdParty']],
    ['别老问我vx了 真没有 有事找飞鸽客服', []],
    ['有人在公屏问主播微信 没有哈 有事旺旺找客服', [], 'taobao'],
    ['号没了就去那个红色软件上搜“小满”找我', ['thirdParty']],
    ['截个屏 回头去相册里识别那个码 领隐藏券', ['qr']],
    ['卡片上那个二维码扫进去 能领保养礼包', ['qr']],
    ['晒单满五张图 截图找客服 领十元E卡', ['reviewBait']],
    ['想上手的直接来店里 到店买比线上便宜', ['payment']],
    ['伴娘团礼服姐妹裙宴会连衣裙', []],
    ['想进咱姐妹裙的 评论区扣1', ['group']],
    ['评论区别留联系方式哦 想要的点购物车', []],
    ['要刻字的 公屏把你手机号打出来 我们回电确认', ['collect']],
    ['私信我 咱们线下交易 省点手续费', ['group', 'payment']],
  ]);
});

test('near misses: 号 inside a product number, a toy named like a disguise, a buyer’s question, 不好意思', () => {
  expectFamilies([
    ['儿童手表 支持微信聊天 型号 KW-20 防水', [], 'wechat_channels'],
    ['绿色泡泡机 电动吹泡泡 送两瓶泡泡水', []],
    ['有宝宝问微信能不能付款，天猫下单支持花呗', [], 'tmall'],
    ['不好意思，能加你微信聊聊吗', ['contact']],
    ['拿货价看我主页，简介有卫星', ['profile']],
    ['更多款式详见主页简介，拿货按简介联系', ['profile']],
  ]);
});

test('parcel cards: 寄送 is sending, a transfer instead of the order, a pointer through the shop page', () => {
  expectFamilies([
    ['试用装选中后包邮寄送，评价写真实感受就好', [], 'taobao'],
    ['复购加店主微信 wx: lan_home22，转账下单发货更快', ['contact', 'payment']],
    ['老顾客找店长领券，店长联系方式见店铺首页简介', ['profile'], 'tmall'],
  ]);
});

test('social copy: a space or an emoji ends a negated phrase, 不让发 is the evader’s excuse, a group joined by 拉你', () => {
  expectFamilies([
    ['图片发不了😭 留个电话 我让师傅联系你', ['collect']],
    ['抽奖没中的别灰心 留下手机号 回头补发优惠', ['collect']],
    ['别留手机号在评论区哦', []],
    ['这里不让发链接 懂的去某宝搜同名店', ['thirdParty'], 'douyin'],
    ['平台不让放码 第三张图是我的码 长按识别', ['qr']],
    ['本店不会让您扫码退款', []],
    ['老粉专属群 拉你进去领券', ['group']],
  ]);
});

test('a 私我 or dd我 that leads off the platform in the same sentence is a group push; WeChat’s 朋友圈 beside a handle', () => {
  expectFamilies([
    ['断码了 dd我 我把另一个平台的口令发你', ['group', 'thirdParty'], 'douyin'],
    ['同城可以当面交易，嫌平台麻烦的私我', ['group', 'payment']],
    ['有问题私我。淘宝也有同款。', [], 'jd'],
    ['上新早知道 vx：mumu_style7 朋友圈天天更', ['contact', 'thirdParty'], 'taobao'],
  ]);
});

test('review bait across clauses, payment spelled as where the money goes, phones read out in brackets and by position', () => {
  expectFamilies([
    ['追评带三张图，截图发客服，领一个收纳袋', ['reviewBait']],
    ['收货五星好评的，我们再补寄一包试吃装', ['reviewBait']],
    ['好评后少件的联系客服补发', []],
    ['订金先付到我微信，尾款到货再拍', ['payment']],
    ['售后不走退款了，直接微信转给您', ['payment'], 'jd'],
    ['上门安装后尾款付现金给师傅就行', ['payment']],
    ['工程单直接对公转账，合同另签', ['payment']],
    ['店长手机【139】【2217】【0846】', ['phone']],
    ['号码分开念：前三位 139，中间四位 2217，后四位 0846', ['phone']],
    ['规格 139/2217/0846 三档可选', []],
    ['热线 186-2207-4491，微信同', ['contact', 'phone']],
    ['电话就是微信：一八六 二二零七 四四九一', ['contact', 'phone']],
    ['这款V同款领口很显瘦', []],
  ]);
});

test('spelled addresses: "at" and "dot" in words make an e-mail or a link', () => {
  expectFamilies([
    ['发票请发 fapiao at lanshop dot cn', ['contact'], 'tmall'],
    ['品牌官网 lanshop dot com 查真伪', ['url'], 'tmall'],
    ['请在旺旺留言您的手机号和收货地址', ['collect'], 'taobao'],
    ['我们不会以“晒图返现”为由让您添加好友', []],
  ]);
});

test('Cantonese and cross-border copy: 嘅 喺 唔 哋 俾 read as Mandarin, Line / Kakao / 加賴, IG with a push, PayMe and 转数快, full-width handles', () => {
  expectFamilies([
    ['落單時喺備註寫低你嘅手機號，我哋會打俾你', ['collect']],
    ['主播唔私聊報價，價錢睇商品頁', []],
    ['有問題加 Line 問我哋，回覆快啲', ['contact']],
    ['Line Friends 熊大公仔 正版授權', []],
    ['台灣朋友加賴 ID: tw_tea88', ['contact']],
    ['想睇更多實拍就追蹤我哋 IG @hk_cloth_room', ['thirdParty']],
    ['IG風 韓系簡約耳環', []],
    ['熟客可以轉數快直接俾我，平啲', ['payment']],
    ['代購 ＷｅＣｈａｔ：ｌｉｌｙ＿ｓｈｏｐ７', ['contact']],
    ['公司採購可以直接對公轉帳俾我哋', ['payment'], 'jd'],
    ['下單備註你嘅 WhatsApp 號碼，方便派送', ['collect']],
    ['官網 shop.kobe-select.jp 有完整清單', ['url']],
  ]);
});

test('shop slips: 我私发你VX offers a handle, 代理裙 is a group, 上身照 for a reward, 宝妈的手机号 asked for', () => {
  expectFamilies([
    ['想拿样的我私发你VX，样品费另算', ['contact', 'group']],
    ['下单后给客服发你手机号，师傅上门前联系', ['collect']],
    ['想做代理的扣1，我挨个拉你进代理裙', ['group']],
    ['代理裙子 夏季新款 一件代发', []],
    ['加店主v：dd_kids01，发宝贝上身照送5元红包', ['contact', 'reviewBait']],
    ['拍下后在备注里写上宝妈的手机号，我们电话确认尺码', ['collect']],
    ['超薄镜头膜 扫码拍照都不受影响', []],
  ]);
});

test('service and farm copy: a quoted shop to search for there, an add-call inside a pointer, money handed over in person, family names as the addressee', () => {
  expectFamilies([
    ['店里没货的款某宝也有，搜「小禾杂货」领券下单', ['thirdParty'], 'pinduoduo'],
    ['同款在淘宝卖得很火，搜“冰丝袖套”能看到很多', [], 'jd'],
    ['整箱批发 加v 号在店铺简介里', ['contact', 'profile'], 'taobao'],
    ['采摘门票到园子现场付，称完重当面给钱', ['payment']],
    ['老客户送到家当面给现金就行', ['payment']],
    ['扫卡片上的码 加阿婆微信 订腊肠', ['contact', 'qr']],
    ['私信我经常看不到，真不是不回，有事请在订单页点联系客服，我们每天都会看后台消息', []],
  ]);
});

test('obfuscation: emoji for one character of a name, enclosed and small-capital letters, split characters, platforms in pinyin', () => {
  expectFamilies([
    ['同款库存在 🍊 色软件，去那边搜“小鹿家居”', ['thirdParty'], 'douyin'],
    ['买茶叶也可以来 🍑宝 搜『云溪茶舍』', ['thirdParty'], 'wechat_channels'],
    ['这个价只有 🎵 音 直播间有，去那边搜', ['thirdParty'], 'kuaishou'],
    ['🎵 背景音乐是店主自己弹的', [], 'kuaishou'],
    ['补寄赠品要用，麻烦发一下您的 手 🐔 号', ['collect']],
    ['🐔 鸡胸肉 即食 高蛋白', []],
    ['缺货时可前往 🅣🅜 旗舰店下单', ['thirdParty'], 'jd'],
    ['价格表太长，加 ᴠ 私聊', ['contact', 'group']],
    ['批量定制 加 彳散 亻言：tang_0712', ['contact']],
    ['二 纟隹 码 在 卡 片 背 面，扫 后 有 惊 喜', ['qr']],
    ['教程去 d o u y i n 搜我们同名号', ['thirdParty'], 'wechat_channels'],
    ['拼单的直接 j w x ➜ meimei0615', ['contact']],
    ['安装视频在 ⓦⓦⓦ．azmm．ｔｏｐ 在线看', ['url']],
    ['请回复您的邮箱和手机号，方便寄发票', ['collect']],
    ['👀 戳我主页第一条置顶', []],
    ['老客户回购不用走平台，直接V转账', ['payment'], 'jd'],
  ]);
});

test('euphemisms for WeChat and for a QR code, slang for a private group, paying privately, refusals quoted from the rules', () => {
  expectFamilies([
    ['想要的来🟢🫧找我，ID：mumu_77', ['contact']],
    ['绿泡泡色系穿搭🫧 薄荷绿衬衫', []],
    ['加我绿色那个私聊，这里不方便报价', ['contact', 'group']],
    ['下单请备注您的企鹅号，方便开电子发票', ['collect']],
    ['店长电话 139 2217 0846（同绿）', ['contact', 'phone']],
    ['卡片背面那个黑白小方格用手机相机对准一下，领老客价', ['qr']],
    ['路由器支持微信扫码连WiFi', [], 'jd'],
    ['下播我一个个拉进咱们老铁小分队，那边价更低', ['group']],
    ['这块玉不上链接了，喜欢的咱私下走', ['payment']],
    ['下次不用拍了，吱付宝转我就发', ['payment']],
    ['天猫规则禁止在包裹内放置二维码或微信号，收到请向平台反馈', [], 'tmall'],
    ['有博主说去某鱼收二手更便宜，我试了还是商城靠谱', [], 'xiaohongshu'],
    ['同款在拼多多便宜几块，但这里次日达', [], 'jd'],
    ['下单备注刻字内容和微信号即可', ['collect'], 'taobao'],
  ]);
});

test('inline Markdown and HTML inside copy is read as the words it marks up', () => {
  expectFamilies([
    ['老铁们 **加** ~~我~~ <b>V</b>：laotie\\_9527，天天有福利', ['contact']],
    ['**会员福利**：进*钉钉粉丝群*，每周领券', ['group', 'thirdParty'], 'tmall'],
    ['订货打这个：**一三九** 二七四六 *零五八三*', ['phone']],
    ['技术支持请加 **QQ**：`1738294056`', ['contact']],
    ['**温馨提示**：请勿相信任何要求*加好友*或*转账*的信息', []],
    ['尺寸 138*80cm，**承重** 150kg', []],
  ]);
});

test('an add-call beside a payment, a mini program’s code, a group number shown in a QR code', () => {
  expectFamilies([
    ['价高的加我V转账，不走平台', ['contact', 'payment']],
    ['微信转账也可以', ['payment'], 'douyin'],
    ['长按识别图中小程序码，下单更便宜', ['qr', 'thirdParty'], 'wechat_channels'],
    ['加入粉丝福利群，群号见二维码', ['group', 'qr']],
    ['安装步骤详见说明书', []],
  ]);
});

test('titles and evasion: a model after VX, buttons called 扣扣, a handle asked for before a group, green in a pointer, 滴滴你', () => {
  expectFamilies([
    ['民用对讲机VX-261 大功率 一对装', [], 'jd'],
    ['纽扣款马甲 扣扣都是贝壳扣', [], 'taobao'],
    ['下单后备注微信号 拉你进福利群', ['collect', 'group']],
    ['全部图册在主页置顶，简介里有小绿🫧', ['profile']],
    ['想要的扣1，我挨个滴滴你发V', ['contact', 'group']],
    ['下单备注您的维信号，发货后客服主动加您', ['collect']],
    ['这单金额大，直接银行卡打给我们', ['payment'], 'jd'],
    ['截图这个码，回头扫一扫领无门槛券', ['qr']],
    ['这款在某宝有我家店，搜「十三月手作」，那边链接全', ['thirdParty'], 'xiaohongshu'],
  ]);
});

test('唔好 (Cantonese "don’t") negates as 不要 does; 不好意思 is still an apology', () => {
  expectFamilies([
    ['價錢睇小黃車，唔好信人叫你加微信', [], 'douyin'],
    ['不好意思，能加你微信聊聊吗', ['contact']],
  ]);
});

test('WeChat as the place a mini program is searched, a consultant added on 企业微信, a draw for a review, Taobao from a Tmall listing', () => {
  expectFamilies([
    ['打开微信搜我们的小程序“元气打卡”，连续打卡送一瓶', ['thirdParty'], 'taobao'],
    ['更多款式在小程序“茶器铺子”里，微信里搜一下就能找到', ['thirdParty'], 'wechat_channels'],
    ['企业微信添加顾问，享一对一服务', ['contact'], 'wechat_channels'],
    ['满意请给五星好评，我们每月抽二十位顾客免费送新款', ['reviewBait']],
    ['同款也可以去淘宝搜店名找我们', ['thirdParty'], 'tmall'],
    ['老顾客请进淘宝群领取专属券', [], 'tmall'],
  ]);
});

test('phones read out with 加 or 结尾 between the groups, a first group said with 妖; the seller’s own number typed on screen asks for none', () => {
  expectFamilies([
    ['号码就是 一三九 加 二七一六 加 零五八四', ['phone']],
    ['分三段记：开头一五零，中间四三二八，结尾六九七一', ['phone']],
    ['记一下，妖三五、二六四八、九零七一', ['phone']],
    ['规格 150 加 1600 加 2000 三种', []],
    ['手机号我打在公屏了：137 6205 8419', ['phone']],
    ['把手机号打在公屏，我们回电', ['collect']],
  ]);
});

test('read-out groups may hold a few homophones; 扫1扫, qun, 私下转, a WeChat name asked for beside a phone', () => {
  expectFamilies([
    ['定制款直接打幺伞巴，灵六七二，九五四一', ['phone']],
    ['巴巴爸，伞伞伞，吧吧吧', []],
    ['详情页最后一张图扫1扫，进裙抢秒杀', ['group', 'qr']],
    ['评论区扣1进售后福利qun', ['group']],
    ['想要的老铁别拍链接，私下转定金', ['payment']],
    ['我私下转告了客服', []],
    ['拍下请备注手机号和薇信，师傅会联系您', ['collect']],
  ]);
});

test('a device that scans by itself, or its own code scanned to set it up, is a feature; a code that leads to a tutorial or after-sales page is not', () => {
  expectFamilies([
    ['便携扫描仪 彩色双面 可识别二维码和条形码', []],
    ['早教点读笔 轻触绘本上的码就能朗读', []],
    ['门店收款音箱，顾客扫码付款自动播报金额', []],
    ['智能门锁 用App扫一下机身码完成绑定', []],
    ['智能门锁 扫描机身二维码激活延保', ['qr']],
    ['标签机装不上驱动的，扫一扫说明书上的二维码看教程', ['qr']],
  ]);
});

test('a negated verb reaches past 任何: 不附任何二维码, 不留任何联系方式, 不提供任何好评返现; 没法/无法 negate', () => {
  expectFamilies([
    ['快递箱里不放任何二维码和小卡片', []],
    ['个人主页不留任何联系方式，售后都在店铺客服', []],
    ['我们不提供任何形式的好评返现', []],
    ['平台规定无法加您的私人微信，请在店铺客服留言', []],
    ['快递箱里放了二维码，扫码领红包', ['qr']],
  ]);
});

test('trigger words inside honest ones: 轻微信号, 蔷薇信封, a green bubble product', () => {
  expectFamilies([
    ['隔三堵墙也只是轻微信号衰减', []],
    ['蔷薇信封套装 含蜡封', []],
    ['泡泡相机 奶油绿 泡泡多又密', []],
    ['绿泡泡找我，发你新品图', ['contact']],
  ]);
});

test('a platform compared with is no push; 福袋 has its own 口令; after-sales outside the platform is not payment', () => {
  expectFamilies([
    ['直播间价格比我们在拼多多的店还便宜十块', [], 'douyin'],
    ['去我们拼多多的店拍更便宜', ['thirdParty'], 'douyin'],
    ['福袋马上开，参与口令是“年货节快乐”，公屏打出来', [], 'douyin'],
    ['复制口令打开淘宝领券', ['thirdParty'], 'douyin'],
    ['坏了直接打我电话，不走平台换货更快', []],
    ['直接转我，不走平台还能便宜二十', ['payment']],
  ]);
});

test('more ways to give a WeChat: 加客服V, 同号V, 同薇, 我把v发你, a WeChat named beside a private message, 企业薇, 同名', () => {
  expectFamilies([
    ['想要图册的加客服V，备注暗号', ['contact']],
    ['售后 139 2266 8104 同号V', ['contact', 'phone']],
    ['热线 ❶❺❽ ❷❷❼❶ ❾⓿❹❸ 同薇', ['contact', 'phone']],
    ['别在评论区刷了，滴滴我，我把v发你', ['contact', 'group']],
    ['私信我，回头把样册和微信一起发你', ['contact', 'group']],
    ['批量定制的加个企业薇聊', ['contact']],
    ['ＷＸ同名：小满家居 xm_home01', ['contact']],
    ['简介里有我个人号', ['profile']],
    ['头像里有我的绿泡泡', ['profile']],
  ]);
});

test('disguised groups, payment and pointers: 丁丁粉丝裙, 拉个小裙, 当面点钱, 转账给老板, 🐶东, 盆友⭕, 🧧 for a review, 相册识别', () => {
  expectFamilies([
    ['下单后进丁丁粉丝裙领券', ['group', 'thirdParty'], 'tmall'],
    ['人齐了我拉个小裙一起拼', ['group']],
    ['这条裙子加购的姐妹先付款', []],
    ['看好了来仓库提货，当面点钱', ['payment']],
    ['老客户直接💚转账给老板就行', ['payment']],
    ['官方同款，去那个🐶东搜货号也有', ['thirdParty'], 'tmall'],
    ['新品图都在我盆友⭕，去那里看', ['thirdParty'], 'douyin'],
    ['收到晒图加五颗⭐，截图找客服领🧧', ['reviewBait']],
    ['第四张图保存下来，用相册识别就能看到报价', ['qr']],
    ['要加急的电联，号码在店主头像里', ['profile']],
  ]);
});

test('a landline read out as its area code and two groups; a "area code" no city has is no phone; a bracketed dot in a link; 写好 asks for the number', () => {
  expectFamilies([
    ['门店座机我报一下，零二八，八六七三，五一二零，随时打', ['phone']],
    ['批发部电话，零七五五，六二三一，八八零九', ['phone']],
    ['货号 零三七，二四六八，一三五七', []],
    ['说明书电子版：gx-manual[.]cn/v2', ['url']],
    ['请在回执单上写好联系电话，师傅上门前联系', ['collect']],
  ]);
});

test('a message sent on a platform named right before it is that platform’s chat; WeChat’s 小店 is no WeChat handle for a private message', () => {
  expectFamilies([
    ['使用中有疑问可在视频号私信我们，或在微信小店找客服', [], 'wechat_channels'],
    ['私信我们，或者去微信小店找客服', ['group', 'thirdParty'], 'douyin'],
  ]);
});

test('skipping the platform is payment only where money is named; a payee code scanned is a code and a payment; WeChat as where money goes is the payment', () => {
  expectFamilies([
    ['老客户有事直接找我，不用走小店', [], 'wechat_channels'],
    ['老客户直接找我，不用走小店，价格再低五块', ['payment'], 'wechat_channels'],
    ['回购的扫卡片上的收款码付款就行', ['payment', 'qr']],
    ['下次直接转账到老板个人微信', ['payment'], 'douyin'],
  ]);
});

test('honest scans: a goods’ trace code read in the platform app; a code that leads to the seller’s own page is still a code', () => {
  expectFamilies([
    ['瓶身有溯源码，打开淘宝App扫一扫可看产地和检测报告', [], 'taobao'],
    ['正品验证：扫盒底二维码或访问 check-tea.cn 查询', ['qr', 'url']],
  ]);
});

test('pointers: what a pointer points at is the pointer’s, unless the buyer is told to add it; 视频号 is where, not a number', () => {
  expectFamilies([
    ['主页简介里有我的小绿号', ['profile']],
    ['置顶笔记最后一张图有我的绿泡泡，加了直接发图', ['contact', 'profile']],
    ['新品的试穿视频在视频号主页，下单点视频下方链接', [], 'wechat_channels'],
    ['售后加微，微号就在视频号主页简介里', ['contact', 'profile'], 'wechat_channels'],
    ['报价单不方便发，看我简介，懂的都懂', ['profile']],
  ]);
});

test('following a named account, a 钉钉 search that leads into a group, a form with blanks, numbers read with more homophones after a phone word', () => {
  expectFamilies([
    ['扫码关注小满公众号领新人券', ['qr', 'thirdParty'], 'douyin'],
    ['售后问题都在品牌钉钉粉丝群，打开钉钉搜店名就能进', ['group', 'thirdParty'], 'tmall'],
    ['登记表：姓名＿＿＿ 手机号＿＿＿＿，拍照发客服', ['collect']],
    ['记一下电话：幺伞巴，二零久拐，溜吾幺四', ['phone']],
    ['外套来自某宝，裤子是京东买的', [], 'xiaohongshu'],
    ['请勿向任何人私下付款，平台担保交易', [], 'kuaishou'],
  ]);
});

test('a chat app described instead of named, with a handle or an add; a chat handle asked for is collected', () => {
  expectFamilies([
    ['尺码问题找老板的绿色聊天号 laoban_88shoes', ['contact']],
    ['去那个聊天软件加我 mu mu jiang，手把手教', ['contact']],
    ['定制款请在绿色对话气泡里添加 qy_design01', ['contact']],
    ['下单请在留言里写上您的常用聊天号，设计师联系您', ['collect']],
    ['智能手表支持聊天软件消息提醒', []],
  ]);
});

test('groups said to be outside, joined after; a group not on the home platform is no home group; single chats; pinned marks', () => {
  expectFamilies([
    ['我在外面开了个老粉小群，每周放内部价', ['group']],
    ['我们有个不在淘宝上的老客户群，上新先发那里', ['group'], 'taobao'],
    ['老客户专属品鉴群，想加入的扫卡片背面的码', ['group', 'qr']],
    ['想要底价的加我微信单独聊，号是 cha_lao2024', ['contact', 'group']],
    ['【置顶】问价统一回复：加v信 mu_tea66 发你价目表', ['contact']],
    ['外面下雨了，群里的宝子们注意收衣服', []],
  ]);
});

test('denials that reach across a list, 什么, a warning of no protection, 不会要您的…; a payee code sold as a stand', () => {
  expectFamilies([
    ['我们不接受到店自提和线下交易，订单都在小店', [], 'wechat_channels'],
    ['别去加什么“售后群”，我们没有群', []],
    ['所有订单走平台，私下转账出了问题没人管', []],
    ['中奖的在订单里填地址，我们不会要您的手机号和微信号', []],
    ['亚克力收款码台卡定制 微信收款码支付宝收款码通用', [], 'wechat_channels'],
    ['看好了当场付钱，运费我出', ['payment']],
  ]);
});

test('more scans and pointers: a code scanned with WeChat, the last picture’s code, a black-and-white square, 联系办法 in the bio, a green heart at the avatar', () => {
  expectFamilies([
    ['视频里这个码，用微信扫了进商城', ['qr']],
    ['想进的扫最后一张图的码', ['qr']],
    ['用手机相机对准本卡背面的黑白方块', ['qr']],
    ['联系办法写在我主页简介里', ['profile']],
    ['这里不让说，看我头像💚', ['profile']],
    ['某多多比这便宜，去那边拍', ['thirdParty'], 'douyin'],
  ]);
});

test('a quoted shop searched for at the end of a sentence, or by its ID; 小黄鱼; each platform’s own chat elsewhere', () => {
  expectFamilies([
    ['九成新的在小黄鱼上也挂着，搜『小周旧物』', ['thirdParty'], 'taobao'],
    ['闲置款都在某鱼，搜我ID「阿周的小铺」', ['thirdParty'], 'douyin'],
    ['同款在淘宝也有，搜“冰丝袖套”能看到很多', [], 'douyin'],
    ['售后问题请联系飞鸽客服处理', ['thirdParty'], 'kuaishou'],
    ['售后问题请联系飞鸽客服处理', [], 'douyin'],
    ['退换请在淘宝App里通过旺旺联系客服', ['thirdParty'], 'pinduoduo'],
    ['退换请通过旺旺联系客服', [], 'tmall'],
  ]);
});

test('English and Cantonese pushes; a pointer’s object in Cantonese; a search in WeChat for a Channels account', () => {
  expectFamilies([
    ['Scan the QR code on the card, get a coupon', ['qr']],
    ['Leave a 5-star review，DM客服 get ¥5 cashback', ['reviewBait']],
    ['Pls leave your phone number in 备注', ['collect']],
    ['Pay by Alipay transfer 更便宜', ['payment'], 'douyin'],
    ['貴嘢私底下過數俾我，平多兩成', ['payment']],
    ['嚟門市睇實物，即場交收', ['payment']],
    ['頭像有我嘅微信', ['profile']],
    ['在微信里搜索「木岚家居」视频号，进橱窗下单', [], 'wechat_channels'],
  ]);
});

test('more groups, scans and asks: 绿泡泡群, the entrance of a group, a code on the detail page, ➕我私人V, the eleven digits asked for', () => {
  expectFamilies([
    ['下播挨个拉进🟢泡泡群', ['contact', 'group']],
    ['点击店铺首页钉钉粉丝群入口领券', ['group', 'thirdParty'], 'tmall'],
    ['淘宝群每周上新，点击店铺首页的群聊入口即可加入', [], 'tmall'],
    ['扫描详情页二维码，领取教程', ['qr']],
    ['扫屏幕下方的码，➕我私人V', ['contact', 'qr']],
    ['下单时在留言里写上您的十一位手机号', ['collect']],
    ['送货前请在订单留言写明收货人手机号', ['collect']],
    ['点击视频号主页橱窗看全部款式，支持微信支付', [], 'wechat_channels'],
  ]);
});

test('what an impostor said, told earlier in the same sentence, is a warning; in a later sentence a push stands; money off for a transfer', () => {
  expectFamilies([
    ['有顾客收到陌生短信，说是本店客服，让加好友办理退款，请大家注意', []],
    ['近期有人冒充我们，让大家添加好友领赠品，千万别信', []],
    ['有人冒充我们。想要赠品的添加客服为好友', ['collect']],
    ['能不能便宜点？转账的话我给你少一百', ['payment']],
    ['下单的在公屏留一个子女的手机号码，我们约时间', ['collect']],
  ]);
});

test('拼不上/买不到 is "cannot manage", no negation of the push after it; 抖y; WeChat by another name in a pointer; paying through 绿泡泡', () => {
  expectFamilies([
    ['拼不上的去TB搜“小周家纺”', ['thirdParty'], 'pinduoduo'],
    ['我们不上淘宝，只在这里卖', [], 'pinduoduo'],
    ['抖y搜“阿坤木作” 再减二十', ['thirdParty'], 'taobao'],
    ['主播喂心在头像，截图去加', ['profile']],
    ['回购走绿泡泡转账 立减5元', ['payment'], 'douyin'],
  ]);
});

test('a denial of a reward reaches past the review word and 提供; paying the installer by WeChat on site; a transfer and then shipping', () => {
  expectFamilies([
    ['好评差评我们都认真看，本店不提供任何晒图奖励', [], 'xiaohongshu'],
    ['安装费师傅上门后现场微信付', ['payment'], 'jd'],
    ['价格表私信要，转账就能发货', ['group', 'payment']],
    ['扫下方二维码，进入售后小程序一键报修', ['qr', 'thirdParty'], 'pinduoduo'],
  ]);
});

test('honest notices: denials by 无, 不收集, 不设任何, 不在评论区, 没有任何站外群, 无需向客服; disowning and reporting; being cheated; 防冒充 names a real channel', () => {
  expectFamilies([
    ['本包裹内无返现卡、无二维码、无广告', []],
    ['无门槛红包随单送，晒图好评再返五元', ['reviewBait']],
    ['我们承诺不收集买家的微信号、手机号', []],
    ['本店不设任何微信号、QQ号，请在小店下单', [], 'kuaishou'],
    ['本店不在评论区留联系方式，有事找小店客服', [], 'kuaishou'],
    ['刚才有人在公屏发了个群号，大家别进，我们没有任何站外群', []],
    ['电子发票在订单页下载，无需向客服提供邮箱或手机号', []],
    ['京东、拼多多上的同名店铺与我们无关', [], 'taobao'],
    ['谁私信你说能私下拍的，直接举报', [], 'kuaishou'],
    ['有顾客收到“理赔”二维码，扫码后被骗转账，理赔只在订单里办', [], 'wechat_channels'],
    ['为防冒充，官方售后只认这个企业微信：扫码添加“小溪售后”', ['contact', 'qr'], 'tmall'],
    ['客服不在线时也可以加微信 ab_1234 留言', ['contact']],
  ]);
});

test('groups named by app in any spelling, a platform’s own fan group at home, a group outside a platform, group pointers and links', () => {
  expectFamilies([
    ['加威信进群的老铁，号是 laotie_886，备注快手', ['contact', 'group'], 'kuaishou'],
    ['进蔻蔻群领返场券', ['contact', 'group']],
    ['老粉都在TG群里，搜 @qm_shop88 进来', ['contact', 'group']],
    ['老客户进我们抖音粉丝群抢券', ['group', 'thirdParty'], 'taobao'],
    ['老客户进我们抖音粉丝群抢券', [], 'douyin'],
    ['公屏打“家人”，我拉进咱们快手外头的小圈子', ['group'], 'kuaishou'],
    ['想进批发群的看头像，头像上有群号', ['group', 'profile']],
    ['群号在简介里，自己去看', ['group', 'profile']],
    ['已开通官方群聊，在店铺主页点「群聊」即可加入', [], 'xiaohongshu'],
    ['进群链接放这了：qun.abc88.cn', ['group', 'url']],
    ['进了群的直接接龙，群收款付', ['group', 'payment']],
  ]);
});

test('dialect and spec-line slips: 搵, 恁的, 转俺, 拿不准 (not a ban), a buyer contact’s number, a filter change booked by scanning', () => {
  expectFamilies([
    ['想要整箱嘅，Telegram 搵我 @lam_fruit88', ['contact']],
    ['淘寶都搵到同款，但係質感差好遠', [], 'xiaohongshu'],
    ['在公屏打上恁的手机号，俺挨个回电', ['collect']],
    ['你直接支付宝转俺，俺给你少二十', ['payment'], 'kuaishou'],
    ['尺码拿不准加ＶＸ：sj_silk01', ['contact'], 'tmall'],
    ['拍前请留下采购负责人手机号，业务员回访', ['collect'], 'jd'],
    ['扫描机身二维码预约上门换芯', ['qr'], 'jd'],
  ]);
});

test('a landline asked for in the order note; a phone as a product is asked for by no one', () => {
  expectFamilies([
    ['下单时请在留言里写上您的座机，方便物流联系', ['collect'], 'jd'],
    ['检测却告知手机一切正常', []],
  ]);
});

test('payment said as a favour: 打我卡, 对公走账, skipping the order for a price, paying the fitter, 线下看货, a seller’s Alipay code', () => {
  expectFamilies([
    ['老客户老规矩，拍下先别付款，余款打我卡上', ['payment'], 'taobao'],
    ['大额订单支持对公走账，无需通过小店支付', ['payment'], 'wechat_channels'],
    ['跳过下单直接付款省平台佣金，同款立减120', ['payment'], 'jd'],
    ['有问题跳过下单直接找客服处理', [], 'jd'],
    ['尾款安装当日现金或转账给师傅均可', ['payment'], 'tmall'],
    ['珠宝可以线下看货，约到店时间', ['payment'], 'wechat_channels'],
    ['扫我手机上的支付宝码直接付', ['payment', 'qr']],
  ]);
});

test('rewards said as 小心意 and 小福利; contacts asked for by 私信我们 and 发给; codes and accounts described: 🐎, 小程式, 抖某, officialaccount, a spelled .tech; 微博 and 微店 are platforms', () => {
  expectFamilies([
    ['五星带图截图找客服，主播给大家准备了一份小心意', ['reviewBait']],
    ['五星好评+15字评价，截图发客服，2元小福利即刻奉上', ['reviewBait']],
    ['在小红书私信我们你的手机号，生日当月送小礼物', ['collect'], 'xiaohongshu'],
    ['把暗号和你的手机号一起发给客服', ['collect']],
    ['扫屏幕下方的🐎进福利裙', ['group', 'qr']],
    ['掃描吊牌上的二維碼進入小程式，可預約改褲長', ['qr', 'thirdParty']],
    ['大家去抖某搜我们同名账号', ['thirdParty'], 'taobao'],
    ['参数对比表放在 qinglan dot tech/compare', ['url']],
    ['关注微博“栖木手作”，每月抽一位送新品', ['thirdParty'], 'xiaohongshu'],
    ['加微博好友一起聊聊穿搭', ['thirdParty'], 'xiaohongshu'],
    ['关注加我微博看更多穿搭', ['thirdParty']],
  ]);
});

test('a goods’ own trace code is honest wherever it is scanned, unless a page of the seller’s or a card in the parcel is the way', () => {
  expectFamilies([
    ['每罐罐底刻有追溯码，扫码可查看生产批次和检测报告', []],
    ['产品溯源：扫瓶身二维码或访问 trace-honey.com 查看蜂场信息', ['qr', 'url']],
    ['防骗提示：扫描本卡片下方二维码核验正品身份', ['qr']],
  ]);
});

test('a book’s or a device’s own codes, a venue’s booking, a name inside a book title, community as a subject', () => {
  expectFamilies([
    ['小学语文练习册，每课配朗读音频，书内二维码扫码即可收听', []],
    ['智能摄像头支持手机App远程查看，扫码添加设备三十秒完成', []],
    ['随身Wi-Fi插电就能用，扫机身背面的二维码就能连网', []],
    ['景区门票，园内部分展馆需现场扫码预约时段', [], 'wechat_channels'],
    ['这本《微信公众号排版技巧》是做新媒体的刚需书', [], 'kuaishou'],
    ['这本书讲品牌怎么做会员社群运营', []],
    ['掃碼加入會員社群，每月抽免單', ['group', 'qr'], 'xiaohongshu'],
    ['扫码添加客服微信领取教程', ['contact', 'qr']],
  ]);
});

test('a quoted platform nickname with the push around its quotes; 飞书群; the phone that is also WeChat; an ID printed on the avatar; a review’s 感谢金', () => {
  expectFamilies([
    ['想要大码的去“某音”搜我们小号「花间二店」', ['thirdParty'], 'taobao'],
    ['官方旗舰去那个“狗东”搜「铁匠铺」', ['thirdParty'], 'kuaishou'],
    ['同款“某音”上也很火', [], 'taobao'],
    ['今晚福利在我们的飞书群发', ['group', 'thirdParty']],
    ['售后电话 159 2046 7731，微信就是这个', ['contact', 'phone']],
    ['加V后搜ID就行，ID印在我们旺旺头像里', ['contact', 'profile'], 'tmall'],
    ['扫卡片右下角的码，上传五星截图，自动发放“感谢金”', ['qr', 'reviewBait'], 'tmall'],
    ['中考英语一对一 下单时请备注家长手机号', ['collect'], 'jd'],
  ]);
});

test('numbers read with pauses between the groups, WeChat said to be the phone, a handle spelled letter by letter', () => {
  expectFamilies([
    ['记一下啊，一三九，嗯，二八七六，然后是，零四五三', ['phone']],
    ['售后电话，一三五，嗯，二一八八，然后是，四七零六', ['phone']],
    ['微信就是我手机号，幺三三 零八二一 五七六九', ['contact', 'phone']],
    ['wx：x i a o h u 0 6 1 2', ['contact']],
    ['尺码 S M L XL 四个码', []],
  ]);
});

test('a buyer’s question in a Q&A or told by the host is no push, the answer may be; denials of giving a reward; 谁让你, 收到了让; 没这回事', () => {
  expectFamilies([
    ['【客服答疑】问：可以加个微信方便联系吗？答：亲，平台规定不能加哦', [], 'douyin'],
    ['【客服答疑】问：可以直接转账便宜点吗？答：不可以哦，请在天猫下单', [], 'tmall'],
    ['专属客服顾问：扣扣 3852 0716 9', ['contact']],
    ['宝宝们问客服微信多少，没有微信哦，有问题旺旺找我们', [], 'taobao'],
    ['家人们问能不能加主播微信，能加，VX：tg_0712', ['contact'], 'douyin'],
    ['评价写几句就行，我们不搞晒图返红包', [], 'wechat_channels'],
    ['收到货别急着评价，我们不送红包换好评', [], 'pinduoduo'],
    ['包裹里没码，谁让你扫都别扫', [], 'kuaishou'],
    ['有人说加好友给返现，没有这回事', [], 'taobao'],
  ]);
});

test('a group named in quotes after a join verb, clubs and circles joined, apps described by colour, 🐟 for 闲鱼, a quoted shop with 即可, 请勿理会', () => {
  expectFamilies([
    ['卡片背面扫一扫，进“奶茶色俱乐部”每周抽免单', ['group', 'qr']],
    ['评论区打“喝茶”，小助理拉你进我们的茶友会', ['group']],
    ['来我们的企业微信群，助理一对一搭配', ['contact', 'group'], 'tmall'],
    ['同系列收纳盒在隔壁黄色app的店里，记得搜“小满收纳”', ['thirdParty'], 'douyin'],
    ['好用的话记得到🐟上关注“老王二手工具”', ['thirdParty'], 'kuaishou'],
    ['配件在天猫旗舰店更全，搜“迅驰工具旗舰店”即可', ['thirdParty'], 'jd'],
    ['收到陌生拉群邀请请勿理会', []],
    ['原料购买渠道看我简介，都写在那', ['profile']],
  ]);
});

test('发你 before a WeChat offers the seller’s (发你手机号 still asks), 走V转 and 走公户, a QQ group as 企鹅裙, an e-mail with a full-width ＠', () => {
  expectFamilies([
    ['想要整箱的私聊，发你微信走线下交易更划算', ['contact', 'group', 'payment'], 'pinduoduo'],
    ['下单后给客服发你手机号，师傅上门前联系', ['collect']],
    ['大单走V转，比小店便宜二十', ['payment'], 'wechat_channels'],
    ['企业团购可以走公户', ['payment'], 'tmall'],
    ['直播间人多回复慢，进我们企鹅裙 73920581 详细聊', ['contact', 'group'], 'taobao'],
    ['有问题可以发邮件 nana.studio＠qq.com', ['contact'], 'xiaohongshu'],
  ]);
});

test('a contact word in quotes (its handle after the closing quote, its add verb before the opening one), scanning to add the shop owner, 同泡泡', () => {
  expectFamilies([
    ['详细参数搜我“薇❤”：lanxi_home88 发你', ['contact'], 'douyin'],
    ['售后找专属顾问“V”：kefu_lan203', ['contact'], 'jd'],
    ['喜欢的话加我「薇」，上新先告诉你', ['contact'], 'xiaohongshu'],
    ['想拿批发价先加个“威信”，号就是 tea 加 六六', ['contact'], 'kuaishou'],
    ['他家“V”领毛衣很好看', []],
    ['包裹卡背面扫一扫加老板，下次直接找他', ['contact', 'qr'], 'pinduoduo'],
    ['扫码加店主微信，补货早知道', ['contact', 'qr'], 'wechat_channels'],
    ['维修师傅 壹叁玖 零贰陆捌 柒柒伍壹 同泡泡', ['contact', 'phone'], 'taobao'],
    ['绿泡泡洗手液 500ml 家庭装', []],
    ['卫星锅安装教程见详情页', []],
  ]);
});

test('collecting: 备注在, a filler between 和 and the noun, the seller handing its own over (我让助理把…, …发给你), 填写下方', () => {
  expectFamilies([
    ['中奖的朋友把电话备注在订单留言里', ['collect']],
    ['下单备注尺码和爸爸的手机号，方便师傅联系', ['collect']],
    ['请填写下面手机号，寄回卡片参与抽奖', ['collect'], 'tmall'],
    ['我让助理把微信号打在屏幕上，大家自己加', ['contact'], 'kuaishou'],
    ['想要图纸的私信我，我加你微信发给你', ['contact', 'group'], 'douyin'],
    ['报名的老板把手机号打在公屏上，招商经理回电', ['collect'], 'douyin'],
  ]);
});

test('payment said 私底下, WeChat as the place to transfer, 走对公, goods fetched at the shop for a price, 不用在这拍 with money named', () => {
  expectFamilies([
    ['这只手镯不上车了，私底下走个绿的转账', ['payment'], 'douyin'],
    ['老客直接微信上转账，我当天发', ['payment'], 'kuaishou'],
    ['五十件以上可以走对公，单价再低两块', ['payment'], 'taobao'],
    ['批发市场有档口，到店拿货价更低', ['payment'], 'taobao'],
    ['附近的直接来店里提货，付现金就行，不用在这拍', ['payment'], 'pinduoduo'],
    ['本店支持到店自提，请在下单时选择自提点', []],
  ]);
});

test('a scan word after a clause, 卡 between scan and code, 返图 for a reward, a link said to be on another platform, a buyer’s question told, 私人群, a group chat named before, spaced dots in an address, gong众号', () => {
  expectFamilies([
    ['卡片角上有个小方块，扫一扫领试用装', ['qr'], 'pinduoduo'],
    ['扫描会员卡二维码，领取积分', ['qr'], 'jd'],
    ['发买家返图领 3 元红包', ['reviewBait'], 'xiaohongshu'],
    ['同款链接在某宝，搜店名“青禾小院”', ['thirdParty'], 'douyin'],
    ['老有人问我在拼多多有没有店，没有的，只在这里卖', [], 'douyin'],
    ['下播后我拉大家进我的私人群', ['group'], 'kuaishou'],
    ['官方群聊入口在主页，进群看开播提醒', [], 'xiaohongshu'],
    ['教程在 www . qinghe-diy . com 上', ['url'], 'taobao'],
    ['我们的作品集放在 qinghe.art 上', ['url'], 'xiaohongshu'],
    ['关注“gong众号”看养护教程', ['thirdParty'], 'tmall'],
    ['不会用红包换好评，真实评价就好', [], 'pinduoduo'],
    ['评价随便写，不用为了啥返现凑字数', [], 'taobao'],
  ]);
});

test('an app described by its icon, colour and kind or by one character of its name is that platform; a line of a profile pointed at', () => {
  expectFamilies([
    ['想看更多颜色去那个橘色图标的购物软件，搜“禾木家居”', ['thirdParty'], 'xiaohongshu'],
    ['更便宜的在红色的拼团软件里，搜“老陈干货”', ['thirdParty'], 'douyin'],
    ['每天的直播在黑底音符图标的短视频app，搜“小满果园”', ['thirdParty'], 'kuaishou'],
    ['去名字里有个“淘”字的软件搜“禾木家居”', ['thirdParty'], 'jd'],
    ['橘色图标的购物软件里搜“禾木家居”也行', [], 'taobao'],
    ['配套软件在应用商店搜“禾木智能”下载', []],
    ['手机app远程控制，红色指示灯常亮', []],
    ['要价格的看我主页第二行，懂的都懂', ['profile'], 'xiaohongshu'],
    ['私聊不方便，你们看我头像，图片上就写着呢', ['profile'], 'douyin'],
    ['店铺首页领券再下单更划算', []],
    ['主页第三个视频有搭配教程', []],
  ]);
});

test('a group joined by a quoted name, payment on seeing the goods or to the company, the checkout skipped by name, collect fillers of the person whose number it is', () => {
  expectFamilies([
    ['扫码加入"禾丰农资批发"群，每周更新价格', ['group', 'qr'], 'douyin'],
    ['欢迎加入“宝妈交流”群聊', [], 'douyin'],
    ['开店的老板别在直播间拍了，来仓库看货付款', ['payment'], 'kuaishou'],
    ['大单直接打款到公司账户，不用在京东下单，再便宜五块', ['payment'], 'jd'],
    ['我们师傅上门量尺，当面收钱，比链接便宜', ['payment'], 'douyin'],
    ['定制喜帖下单请备注新人的手机号，设计师联系您', ['collect'], 'tmall'],
    ['中奖的在弹幕打出你的完整手机号', ['collect'], 'tmall'],
    ['要清单的评论区扣1，我私信发你QQ群号', ['contact', 'group'], 'jd'],
  ]);
});

test('more disguises: 加vv and 加徽, the number said to be the WeChat too, 小破站, a yellow second-hand app, 福利窝, 扫卡片背面, a handle after 客服：, a quoted nickname after 去那个, 有点像 is no click, a hand-drawn avatar is a product', () => {
  expectFamilies([
    ['颜色分类：奶白-加vv领小样款', ['contact'], 'douyin'],
    ['规格：1斤装（加徽领试吃）', ['contact'], 'kuaishou'],
    ['安徽特产 徽章纪念品', []],
    ['专属顾问手机号与微信一致 一三七 二二八零 四六一九', ['contact', 'phone'], 'tmall'],
    ['想看切料视频去小破站搜“石语玉坊”', ['thirdParty'], 'kuaishou'],
    ['旧物我放在那个黄色的二手App上了，搜“木木的旧物”', ['thirdParty'], 'xiaohongshu'],
    ['想进宠粉福利窝的扣1，我拉你', ['group'], 'douyin'],
    ['扫卡片背面加入会员，积分翻倍', ['qr'], 'pinduoduo'],
    ['刻字内容请发企业vx客服：kz_service01', ['contact'], 'tmall'],
    ['还想要的去那个“小红本”上搜我们店名', ['thirdParty'], 'tmall'],
    ['这双有点像京东那边卖三百多的款', [], 'taobao'],
    ['定制手绘头像，拍下后请在留言写上你的微信号', ['collect'], 'xiaohongshu'],
    ['领奖方式我放在主页背景图上了，按上面写的来', ['profile'], 'kuaishou'],
  ]);
});

test('a capital I and O read as 1 and 0 inside a phone number, 老客群, goods fetched at the shop and paid there, a reward said as 即可获得', () => {
  expectFamilies([
    ['安装问题加师傅微信，号码就是他手机 13O 5728 46I9，同一个号', ['contact', 'phone'], 'pinduoduo'],
    ['每周五老客群里发试吃名额', ['group'], 'wechat_channels'],
    ['想要锂电的直接来店里拿货付钱，车站对面', ['payment'], 'kuaishou'],
    ['发表带图评价后截图给客服，即可获得滤芯一个', ['reviewBait'], 'jd'],
    ['iPhone 13 Pro 手机壳 适用 6.1 英寸', []],
  ]);
});

test('the third round of sets: payment terminals sold, the official group chat named by the copy, a read-out number with 那个 and 嗯…… between groups, an eleven-digit run holding a hotline, an aspect mark after 加, a buyer who asked, described apps by fish, dog and red book', () => {
  expectFamilies([
    ['智能POS机 扫码收款 费率0.38% 个人可办', [], 'wechat_channels'],
    ['不锈钢收款码牌，贴在收银台，顾客扫码就付', [], 'pinduoduo'],
    ['想进粉丝群的点主页的小红书群聊就行', [], 'xiaohongshu'],
    ['想加入老客群？店铺主页有官方群聊入口', [], 'xiaohongshu'],
    ['师傅电话一三六，那个，零二七三，呃，九一六四', ['phone'], 'tmall'],
    ['售后热线：400 一八六 7733（7×24小时）', ['phone'], 'tmall'],
    ['加了微信也不会更便宜，价格都在链接里', [], 'taobao'],
    ['有姐妹问加微信能不能便宜，不能哈', [], 'taobao'],
    ['咱家小号在那个鱼图标的二手app，清仓去那边拍', ['thirdParty'], 'pinduoduo'],
    ['自营店在有红色小狗图标的软件，搜“沫沫家”', ['thirdParty'], 'xiaohongshu'],
    ['教程在红色书本图标那个app，搜“织里小铺”', ['thirdParty'], 'taobao'],
    ['评论区扣“要”的，下播我一个个拉你进', ['group'], 'wechat_channels'],
    ['宠粉的来“宠粉基地”，就是那个绿色app里的群', ['contact', 'group'], 'douyin'],
    ['不想等平台结算的直接找我转账，按出厂价算', ['payment'], 'douyin'],
    ['大宗采购可线下对接，免去平台手续费', ['payment'], 'tmall'],
    ['蜂蜜宝子们，wx和电话都是 139 6631 0742', ['contact', 'phone'], 'xiaohongshu'],
    ['请在旺旺回复孩子家长的手机号，老师联系您', ['collect'], 'taobao'],
    ['网课资料下单后在百度网盘领取', ['thirdParty'], 'kuaishou'],
    ['评价截图发飞鸽，下一场福袋给你内定一个', ['reviewBait'], 'douyin'],
    ['本包裹不含任何二维码及返现卡片，售后请找官方客服', [], 'pinduoduo'],
  ]);
});

test('the fourth round of sets: notices that refuse or disown (不以好评换, 不是我们放的, 有弹幕说, Q：…A：), the real one beside the fakes, 识别 is no 别, 我在淘宝买过, phones abroad with their plus, read-out groups of one to four, an e-mail with 艾特 or #, cross-border apps and payments', () => {
  expectFamilies([
    ['本店承诺：不以好评换返现，不在包裹里放二维码', [], 'kuaishou'],
    ['包装里如果有“加好友领返现”的卡片，那不是我们放的', [], 'xiaohongshu'],
    ['刚才有弹幕说加主播QQ能便宜，那人已拉黑，我们没有QQ', [], 'jd'],
    ['Q：为什么不送扫码领红包的卡了？A：平台不允许，我们直接降价了', [], 'tmall'],
    ['FAQ：问：能走对公转账吗？答：不能，请在淘宝下单开专票', [], 'taobao'],
    ['不去门店看货、不同城面交，全部在小店下单', [], 'wechat_channels'],
    ['本店唯一官方客服薇信：shop_lan0809，其他都是假的', ['contact'], 'kuaishou'],
    ['长按识别二维码 添加售后顾问微信', ['contact', 'qr'], 'wechat_channels'],
    ['我在淘宝也买过类似的，这家面料好多了', [], 'xiaohongshu'],
    ['澳门的朋友直接打 +853 6628 1937 订货', ['phone'], 'wechat_channels'],
    ['香港嘅家人直接WhatsApp我 +852 6128 4470', ['contact', 'phone'], 'douyin'],
    ['看我手势：一，三，九，零，二，六，七，八，一，五，四', ['phone'], 'douyin'],
    ['记一下，一三七，零八八，二五，九六四', ['phone'], 'kuaishou'],
    ['店里电话零二幺，六四，八八，三七，二九', ['phone'], 'xiaohongshu'],
    ['尺码：1，2，3，4，5，6，7，8，9，10', []],
    ['有问题发邮件：hi艾特lanxi-home点net', ['contact'], 'xiaohongshu'],
    ['售后邮箱 help#lanxi-home.com（#换成@）', ['contact'], 'jd'],
    ['去Shopee搜“HaoYun SG”下单，当地仓两天到', ['thirdParty'], 'wechat_channels'],
    ['新加坡客户可以直接 PayNow 俾我', ['payment'], 'jd'],
    ['dd我，我拉你入WhatsApp群', ['contact', 'group'], 'xiaohongshu'],
    ['批發價目表放咗喺頭像，有興趣睇吓', ['profile'], 'pinduoduo'],
  ]);
});

test('the fifth round of sets: a review word ending a quoted name, a profile leading into the platform own group, a named group the copy speaks of, 视频号 groups, cash among the ways at the door, warehouse pick-up for a price, 自称 in a warning, payee-code speakers, 邮件号', () => {
  expectFamilies([
    ['关注公众号「小满育儿笔记」，回复“辅食”领取辅食表', ['thirdParty'], 'taobao'],
    ['添加客服为好友，回复“好评”领取无门槛红包', ['collect', 'reviewBait'], 'wechat_channels'],
    ['福利都在淘宝群，点主播头像就能进群', [], 'taobao'],
    ['钉钉粉丝群每周三上新，点店铺首页的群入口就能进', [], 'taobao'],
    ['没抢到的老铁进我们视频号粉丝群，群里先发预售', ['group', 'thirdParty'], 'kuaishou'],
    ['没抢到的家人进我们视频号粉丝群，群里先发预售', [], 'wechat_channels'],
    ['附近的直接来村里拉，现金微信都行', ['payment'], 'pinduoduo'],
    ['量大的饭店老板来仓库提货，现金结账更划算', ['payment'], 'jd'],
    ['切勿向任何自称客服的人私下转账', [], 'tmall'],
    ['收款码语音播报音箱 支持微信支付宝到账提醒', [], 'wechat_channels'],
    ['EMS邮件号 1179436820518，小店订单里可查', [], 'wechat_channels'],
    ['姐妹们v在我简介第二行，直接加，备注小红书', ['contact', 'profile'], 'xiaohongshu'],
    ['穿搭教程都发在小红薯了，去那边搜“阿梨的衣橱”', ['thirdParty'], 'douyin'],
    ['会员福利群开放了，私信小助手发你群二维码', ['group', 'qr'], 'jd'],
    ['图纸请发飞机 @parts_lan 报价', ['contact'], 'jd'],
    ['晒图评价满50字，凭截图联系客服，加赠一年延保', ['reviewBait'], 'tmall'],
    ['完整教程写在个人博客 lanxi-style.blog 上了', ['url'], 'xiaohongshu'],
  ]);
});

test('the sixth round of sets: a profile pointer into a group named further back, a changed review paid for, photos for one own Moments, 不是客服号, a contact the seller says is written there, a search that fails, a handle searched after a comma, cash or transfer at the shop', () => {
  expectFamilies([
    ['淘宝群里每周三有售后专场，想进群的点主播头像进店铺就能看到群入口', [], 'tmall'],
    ['麻烦把差评改一下，改完联系客服给您返5元', ['reviewBait'], 'pinduoduo'],
    ['这款差评很少，赠品也多', [], 'jd'],
    ['适合拍照发朋友圈的氛围星星灯', [], 'xiaohongshu'],
    ['头像是我家猫咪，不是客服号哈', [], 'xiaohongshu'],
    ['有问题的看我简介，联系方式都写在那里了', ['profile'], 'xiaohongshu'],
    ['在微信里搜不到我们的私人号，我们只在小店服务', [], 'wechat_channels'],
    ['打开那个绿色图标的聊天软件，搜 ym_2288 就能找到我', ['contact'], 'douyin'],
    ['欢迎来店品茶，现场下单现金或转账都可以', ['payment'], 'wechat_channels'],
    ['扫背面二维码加专属搭配师企业微信', ['contact', 'qr'], 'xiaohongshu'],
    ['新款每天都发，想看的找客服要个V', ['contact'], 'taobao'],
    ['毛绒企鹅挂件 钥匙扣 12cm 情侣款', [], 'xiaohongshu'],
    ['和田玉平安扣 30mm 支持到店交易 看货再付款', ['payment'], 'wechat_channels'],
    ['手工定制西装 支持线下门店交易 全国38家门店', ['payment'], 'tmall'],
    ['戴着不舒服请加我们验光师的企业微信', ['contact'], 'taobao'],
    ['建议大家加我们直播间助理的微信，来云南线下交易', ['contact', 'payment'], 'wechat_channels'],
    ['或在订单留言中写上方便联系的电话', ['collect'], 'tmall'],
    ['想收新款的点我头像进主页，主页里写着怎么进老客群', ['group', 'profile'], 'pinduoduo'],
    ['店铺简介里写着发货时间，一般两天发出', [], 'pinduoduo'],
    ['其他颜色放在我的vb了，去vb搜我同名就行', ['thirdParty'], 'xiaohongshu'],
  ]);
});

test('the seventh round of sets: a quoted group name before an app group, a reward named then refused, a review screenshot is no screen capture, a platform right before a private message, cash at a pick-up, a book read aloud', () => {
  expectFamilies([
    ['扫描卡片二维码进“青禾老茶客”微信群，新茶群内先尝', ['contact', 'group', 'qr'], 'taobao'],
    ['长按识别卡片二維碼，入VIP回饋裙', ['group', 'qr'], 'taobao'],
    ['好评返现这种事我们店从来不做，真实评价就好', [], 'taobao'],
    ['截图屏幕右下角的码，长按识别就能领券', ['qr'], 'xiaohongshu'],
    ['有问题别去别的地方找我，小红书私信我就行', [], 'xiaohongshu'],
    ['也可到店自提后现金结算，地址见卡片背面', ['payment'], 'wechat_channels'],
    ['收到货拍个开箱视频，VX：mian_66 发我，返您5元', ['contact', 'reviewBait'], 'taobao'],
    ['晒笔记@我们官方号，每月抽3位送正装', ['reviewBait'], 'xiaohongshu'],
    ['英汉词典 扫书内二维码可听真人发音', [], 'tmall'],
    ['想买的去主页看简介，里面写了怎么加我', ['profile'], 'xiaohongshu'],
  ]);
});

test('the eighth round of sets: K手 and 橙子软件, a transfer to WeChat or a personal account, a red packet sent over, a code said to be in the detail page, 车友会, a QQ chat feature, a seller helper typing the number, 搜到 is no search asked for, 提高警惕 after a warning', () => {
  expectFamilies([
    ['库存放另一个地方了，去K手搜“小满的衣橱”', ['thirdParty'], 'douyin'],
    ['想要老价的去橙子软件搜“田园里小铺”', ['thirdParty'], 'pinduoduo'],
    ['加我V信 mila_888，转账到微信给你包邮', ['contact', 'payment'], 'douyin'],
    ['确认型号后走个人账户付款', ['payment'], 'jd'],
    ['熟客不用点链接了，发个红包过来我给你留着', ['payment'], 'wechat_channels'],
    ['想要内部价的，二维码在详情页最后一张', ['qr'], 'taobao'],
    ['直播结束加小助手企业微信，拉你进车友会', ['contact', 'group'], 'jd'],
    ['儿童电话手表 4G 支持QQ好友聊天', [], 'jd'],
    ['技术支持 QQ ④⑦⑧②⑨⑤③①⓪', ['contact'], 'jd'],
    ['想要整箱的老铁加v下单，v号喊助理打在公屏上', ['contact'], 'kuaishou'],
    ['拼多多上也能搜到类似的，我们这款是全棉的', [], 'wechat_channels'],
    ['快递员不会让您扫码签收，如遇扫码领礼品请提高警惕', [], 'pinduoduo'],
    ['这款是我们和京东同步首发的，天猫多送一年保修', [], 'tmall'],
    ['姐妹们v在简介，自己加', ['contact', 'profile'], 'xiaohongshu'],
  ]);
});

test('the ninth round of sets: a search for a name a shop goes by after a comma, the same name given in quotes, 多多 as a place, 搜号, a code further from its scan verb or its phone scan', () => {
  expectFamilies([
    ['上身效果的视频都在B站，去搜“小鹿官方”，记得点个关注', ['thirdParty'], 'douyin'],
    ['晚上我在某音也播，同名“老周茶铺”，来捧个场', ['thirdParty'], 'kuaishou'],
    ['别的花色在多多上，搜店名“禾苗童装”就有', ['thirdParty'], 'douyin'],
    ['小红书上大家都在搜“早八妆容”，这支口红很合适', [], 'douyin'],
    ['满减活动多多，优惠多多上新不停', [], 'pinduoduo'],
    ['教程在某手更新，搜号 lvye_shop 就能看到', ['thirdParty'], 'douyin'],
    ['那个“狗东”上也有，搜「小林木作」四个字', ['thirdParty'], 'kuaishou'],
    ['扫描详情页第六张图的二维码领取会员价', ['qr'], 'taobao'],
    ['吊牌背面的黑白格子不是花纹哦，手机一扫就能领券', ['qr'], 'pinduoduo'],
    ['尺码表在详情页第六张图，拿手机比一比就知道', [], 'taobao'],
  ]);
});

test('the ninth round, evasion: an app described then searched or its account given a clause later, the seller waiting there, 小企鹅 and DingTalk described, contact ways asked for in words', () => {
  expectFamilies([
    ['售后妹妹在那个绿色的聊天软件上等你，搜“禾木售后”通过一下', ['contact'], 'tmall'],
    ['去绿色的那个软件找我，号是 q i 三六九零', ['contact'], 'taobao'],
    ['那个小绿……哦不，小红书，搜我们店名看买家秀', ['thirdParty'], 'douyin'],
    ['小企鹅里搜 三九一 七七二 零五八，晚上在线', ['contact'], 'pinduoduo'],
    ['毛绒小企鹅里面塞的是PP棉，可机洗', [], 'pinduoduo'],
    ['大客户请在蓝色的办公软件搜 hemu_b2b', ['contact'], 'jd'],
    ['麻烦给我留个能打通的号码，写在订单备注里', ['collect'], 'douyin'],
    ['想要试吃装的，在评论区留下能联系到你的方式', ['collect'], 'kuaishou'],
    ['下单后备注您的绿色号，店长拉您进老客小圈子', ['collect', 'group'], 'wechat_channels'],
    ['把收件人的电话号码报一下，客服核对地址', ['collect'], 'jd'],
    ['仓库电话给大家报一下，零五七九，八五五二，六六一三', ['phone'], 'kuaishou'],
  ]);
});

test('the ninth round, false alarms: a negated list of contact words joined by 、, a question answered no, 不建…群, a stranger’s call, someone told of leaving a number, product names (绿泡泡款, 扣扣乐, 二维码扫描平台)', () => {
  expectFamilies([
    ['我们不会找你要电话、微信号，也不会让你去别的平台', [], 'douyin'],
    ['不会缺货、微信 lin_5566 下单', ['contact'], 'douyin'],
    ['私聊砍价？不需要，页面价就是到手价', [], 'kuaishou'],
    ['私聊砍价？加我 v lin_5566 就行', ['contact'], 'kuaishou'],
    ['想进群的不用扣1了，本店不建任何群，活动都在直播间', [], 'xiaohongshu'],
    ['如有陌生号码打来让您加好友退款，请直接挂断', [], 'pinduoduo'],
    ['刚才有人在评论区留电话，已经删了，请大家保护好隐私', [], 'douyin'],
    ['有需要的在评论区留电话', ['collect'], 'douyin'],
    ['儿童泡泡水 绿泡泡款 300ml', [], 'pinduoduo'],
    ['扣扣乐拼装积木 500颗粒', [], 'jd'],
    ['桌面式二维码扫描平台 支持屏幕码', [], 'jd'],
  ]);
});

test('the ninth round, live, cards and platforms: a price let down off the platform, a quoted mini program in curly single quotes, an official account named before the platform, a QQ number typed on the live screen, 微拍堂, 我们是… is who we are', () => {
  expectFamilies([
    ['来档口当面看货，不走平台还能再让三百', ['payment'], 'douyin'],
    ['更多款式请前往‘山间茶舍’小程序选购', ['thirdParty'], 'wechat_channels'],
    ['关注「木槿生活」官方微博，转发抽奖', ['thirdParty'], 'tmall'],
    ['把你的扣扣号打在公屏上，下播我一个个加', ['collect'], 'kuaishou'],
    ['我们是淘宝十年老店，今年开始主做抖音', [], 'douyin'],
    ['想捡漏的去微拍堂搜我店名', ['thirdParty'], 'kuaishou'],
  ]);
});

test('the ninth round, evasion two: 绿软 for WeChat, the number said to be the app’s too in brackets, a group on a described office app, a code as a grid pointed at with the camera, pointers to a way written plainly there', () => {
  expectFamilies([
    ['有问题直接找我：138 2745 6190，绿软同号', ['contact', 'phone'], 'pinduoduo'],
    ['售后热线 138 2745 6190（绿色软件也是这个号）', ['contact', 'phone'], 'taobao'],
    ['想进我们在蓝色办公软件上的粉丝群吗', ['group', 'thirdParty'], 'jd'],
    ['卡片上那个方格图拿手机识别一下，领回购券', ['qr'], 'taobao'],
    ['背面黑白小格子的图，拿手机相机对准就能领券', ['qr'], 'douyin'],
    ['更多品种看店铺头像，图里有找我的法子', ['profile'], 'pinduoduo'],
    ['点我头像看大图，上面写得明明白白', ['profile'], 'kuaishou'],
    ['绿色软糖 果汁含量30%', [], 'pinduoduo'],
  ]);
});

test('the account name pointed at is a profile pointer; a name in engraving copy or a name that tells the trade is not', () => {
  expectFamilies([
    ['售后看我名字后面那串🟢', ['profile'], 'douyin'],
    ['怎么找我？名字里就藏着联系方式', ['profile'], 'kuaishou'],
    ['型号资料看店铺名后面那几个字母', ['profile'], 'jd'],
    ['我抖音名就是V号', ['profile'], 'kuaishou'],
    ['我抖音名就是小林，做了十年茶', [], 'douyin'],
    ['刻字服务：宝宝名字后面可以加出生日期', [], 'taobao'],
    ['看我名字就知道，我是做手作香薰的', [], 'xiaohongshu'],
  ]);
});

test('a phone number pointed at where it is printed, with a call asked for, is a phone signal; refused, checked or told of, it is not; a red packet to grab is no payment to the seller', () => {
  expectFamilies([
    ['有问题直接拨打快递单上寄件人的电话，老板本人接', ['phone'], 'douyin'],
    ['不会装的找到箱子侧面贴的师傅电话，直接打过去', ['phone'], 'kuaishou'],
    ['售后热线见发货单底部，直接拨打即可', ['phone'], 'tmall'],
    ['请勿拨打包裹上的陌生电话，谨防诈骗', [], 'pinduoduo'],
    ['请核对面单上的收件人电话是否正确', [], 'jd'],
    ['发票没收到，打过去电话问客服也说不清', [], 'jd'],
    ['到场还有千元微信红包等您来抢', [], 'douyin'],
  ]);
});

test('the tenth round: a friend added further from its verb, a manual page by number, a way of after-sales pointed at a profile, 支付宝转, 发送您的手机号, a batch number, (at) before a numeric domain, .work and 点blog, a full stop as the dot before com, a screenshot taken to scan', () => {
  expectFamilies([
    ['加一下我们售后客服的好友，上新第一时间通知', ['collect'], 'douyin'],
    ['请扫描说明书第3页的二维码观看安装视频', ['qr'], 'jd'],
    ['售后方式都在主页简介里，自己去看哈', ['profile'], 'kuaishou'],
    ['要图纸的去看我主页简介，里面啥都有', ['profile'], 'taobao'],
    ['信得过的直接支付宝转，省得平台扣点', ['payment'], 'kuaishou'],
    ['为安排上门安装，请在旺旺发送您的手机号', ['collect'], 'taobao'],
    ['好评后发送订单截图预约安装', [], 'taobao'],
    ['白牡丹 357g 生产日期20240415 批次号15820240415', [], 'taobao'],
    ['商务合作请发邮件至 hz_mu(at)163(dot)com', ['contact'], 'jd'],
    ['尺码表在 size.lizi-home.work 自取', ['url'], 'xiaohongshu'],
    ['教程在 notes点lin-studio点blog', ['url'], 'xiaohongshu'],
    ['保修查询：baoxiu。mu-jiaju。com', ['url'], 'wechat_channels'],
    ['处理器是Intel。CN版本包邮', [], 'jd'],
    ['视频最后有二维码，截图扫码领券', ['qr'], 'douyin'],
  ]);
});

test('a number told in two halves with a reading word between, after a call or a phone word; a QQ number after 我：; a spaced full stop as the dot before top', () => {
  expectFamilies([
    ['有问题别退货，打 138 后面是 0527 4419', ['phone'], 'pinduoduo'],
    ['客服电话前七位 1590571，后四位 3368', ['phone'], 'taobao'],
    ['打电话更方便：区号零二一，后面是五四三二 幺幺八八', ['phone'], 'taobao'],
    ['规格 138 后面是 20240415 批次', [], 'jd'],
    ['要素材的 🐧 我：二七四六一九三八五', ['contact'], 'xiaohongshu'],
    ['完整教程 👉 molishougong 。 top（句号换成点）', ['url'], 'xiaohongshu'],
    ['销量TOP1 好评如潮', [], 'taobao'],
  ]);
});

test('the eleventh round (pa–pf): 铁粉裙, scanning into 企业微信, paying in the shop, Alipay described, following a DingTalk group, 绿色小软件, a handle joined by dashes with spaces, the real one beside the fakes, 回电, 某站, and what stays quiet', () => {
  expectFamilies([
    ['想进咱家铁粉裙的公屏打“要”', ['group'], 'kuaishou'],
    ['扫码进入企业微信售后，登记质保', ['contact', 'qr'], 'wechat_channels'],
    ['看好了店里付款，还能再便宜点', ['payment'], 'douyin'],
    ['用那个蓝色的付款软件直接转给店长', ['payment'], 'tmall'],
    ['不用在淘宝拍，货到付现金', ['payment'], 'tmall'],
    ['关注旗舰店钉钉粉丝群，新品提前看', ['group', 'thirdParty'], 'tmall'],
    ['加个绿色小软件：l-i-n-0-3', ['contact'], 'pinduoduo'],
    ['备用V：bd — 2077 — home', ['contact'], 'taobao'],
    ['官网 w w w . lumu . cn', ['url'], 'douyin'],
    ['唯一官方客服微信为 senyu_kf01，其他自称客服的均为仿冒', ['contact'], 'tmall'],
    ['如需上门安装请回电 0512-67038841', ['phone'], 'taobao'],
    ['安装视频放在某站上了，搜“木匠小周”就能看到', ['thirdParty'], 'tmall'],
    ['售后电联方式看我头像', ['profile'], 'douyin'],
    ['不放心的可以去京东下单', ['thirdParty'], 'pinduoduo'],
    ['抖音上有实拍，搜「小满家居」看视频', ['thirdParty'], 'pinduoduo'],
    ['坏了在订单页申请售后，不用找主播私聊', [], 'douyin'],
    ['收到后在评价区留下您的电话号码', ['collect'], 'kuaishou'],
    ['这台相机拍视频、发朋友圈都清楚', [], 'wechat_channels'],
    ['来客人扫一扫就能连WiFi，不用告诉密码', [], 'tmall'],
    ['车载蓝牙 支持微信位置一键发到车机', [], 'wechat_channels'],
    ['助理念一下评论：“主播能留个电话吗”——直播间不留电话', [], 'tmall'],
    ['拍下后留言“进裙”即可', ['group'], 'douyin'],
  ]);
});

test('a bare contact letter pointed at a profile with an add-call later in the sentence is a contact too: 直接复制加, 加v领…', () => {
  expectFamilies([
    ['v在简介第二行，直接复制加就好', ['contact', 'profile'], 'xiaohongshu'],
    ['店主私人V在店铺简介里，加v领新客礼', ['contact', 'profile'], 'taobao'],
    ['v在简介第二行，有问题先看简介', ['profile'], 'xiaohongshu'],
  ]);
});

test('groups: a seller pulling commenters in one by one, 把你拉进 a place of its own, 圈子 and 小团体 joined, 别忘了 urges, 问题 is no question asked', () => {
  expectFamilies([
    ['评论区扣个“群”字，我挨个拉', ['group'], 'jd'],
    ['下播以后把你拉进咱们自己的小家，价比这儿低', ['group'], 'douyin'],
    ['晒单后加入VIP体验官圈子，额外赠送10元红包', ['group', 'reviewBait'], 'tmall'],
    ['扫这个码进我们的小团体，只在群里发隐藏款', ['group', 'qr'], 'kuaishou'],
    ['欢迎来到我们的小家，这是我们的直播间', [], 'kuaishou'],
    ['美妆圈子里最近很火的一支口红', [], 'xiaohongshu'],
    ['今晚下单的别忘了进我们的淘宝群', ['group', 'thirdParty'], 'jd'],
    ['收到货有问题扫下面二维码进售后群', ['group', 'qr'], 'kuaishou'],
  ]);
});

test('the twelfth round (oa–of): rewards veiled as a thank-you, paying when it fits or in person, skipping the platform in other words, 工作号, 去鱼上, the buyer’s V asked for, a list a negator opens before 任何', () => {
  expectFamilies([
    ['五星加追评带图，发截图给客服，给您一份“8块钱的心意”', ['reviewBait'], 'taobao'],
    ['带图夸夸我们，截图丢给客服，回你一个五块的“谢礼”', ['reviewBait'], 'kuaishou'],
    ['好评晒图后截图给客服，请你喝杯奶茶', ['reviewBait'], 'douyin'],
    ['来档口当面上手，戴着合适了再付', ['payment'], 'douyin'],
    ['离得近的直接来店里，看好了现场钱货两清', ['payment'], 'kuaishou'],
    ['下次直接找我，不用经过平台，货到了再付款', ['payment'], 'kuaishou'],
    ['私聊我，我发你个不一样的付款方式，钱不走这边', ['group', 'payment'], 'taobao'],
    ['详情页第五张图有我们的工作号，加了备注“淘”', ['contact'], 'taobao'],
    ['券用完了的，去鱼上找我', ['thirdParty'], 'pinduoduo'],
    ['拍的时候备注一下你的V，发货前确认尺寸', ['collect'], 'kuaishou'],
    ['本店不支持线下交易及任何形式的私下转账', [], 'taobao'],
    ['儿童电话手表 支持微信聊天 视频通话', [], 'douyin'],
  ]);
});

test('cross-border and told words: overseas ways to pay used, 匯款到, shops abroad searched, PM你 and 入 group, 聯絡方式 pointed at, ccTLDs, 加客服做好友, 薇号 asked for; a buyer’s words told unless granted, a bath toy’s bubbles, a member club', () => {
  expectFamilies([
    ['香港地區請用轉數快 FPS 付款後安排寄出', ['payment'], 'taobao'],
    ['海外買家可用 Wise 或 PayPal 直接付款', ['payment'], 'jd'],
    ['台灣買家可直接匯款到帳戶，免集運費', ['payment'], 'taobao'],
    ['更多品項請到 Amazon 搜 "OzVita"', ['thirdParty'], 'jd'],
    ['Telegram 搜「阿傑補貨站」入 group 就得', ['contact', 'group'], 'taobao'],
    ['落播之後我 PM 你 LINE 帳號', ['contact', 'group'], 'douyin'],
    ['想拼單的姐妹，聯絡方式在我主頁簡介', ['profile'], 'xiaohongshu'],
    ['溯源報告：trace.kiwi-honey.co.nz', ['url'], 'wechat_channels'],
    ['記得加客服做好友呀，新品到貨就通知你', ['collect'], 'taobao'],
    ['留言区留个薇号，设计师来找你', ['collect'], 'xiaohongshu'],
    ['刚刚那位说要加微信的姐妹，我们这边不加微信哦', [], 'xiaohongshu'],
    ['那位老铁说要同城面交，行，明天来北站这边', ['payment'], 'kuaishou'],
    ['婴儿洗澡玩具 捏一下会冒出绿泡泡', [], 'jd'],
    ['长按识别图中码，加入会员俱乐部享终身保修', ['qr'], 'tmall'],
    ['group购买更优惠', [], 'taobao'],
  ]);
});

test('the thirteenth round (na–nf): a way in written in a profile, skipping the platform by wanting not to, a number on a board behind the host, a code scanned in another app, 小绿群, 去红薯, 别走链接; quiet: 别去外面找什么…群, an invitation refused, 能不能 asks, a call the seller received', () => {
  expectFamilies([
    ['想进宠粉窝的老铁，入口写在我主页简介里了', ['group', 'profile'], 'kuaishou'],
    ['大额订单不想走天猫的，可以对公转账', ['payment'], 'tmall'],
    ['打我电话，号码就写在我身后那块小黑板上', ['phone'], 'pinduoduo'],
    ['卡片背面这个小方码用抖音扫，关注抖店', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['我把你拉到咱那个小绿群里，天天报价', ['contact', 'group'], 'pinduoduo'],
    ['去红薯发一篇带图笔记，截图给客服返8元', ['reviewBait', 'thirdParty'], 'douyin'],
    ['加我绿泡泡，直接转账，别走链接', ['contact', 'payment'], 'kuaishou'],
    ['住附近的直接来门店提货付款，比线上便宜', ['payment'], 'wechat_channels'],
    ['看店铺头像里的说明加我们就行', ['profile'], 'taobao'],
    ['别去外面找什么代购群了，福利都在粉丝团', [], 'douyin'],
    ['本店不会邀请您加入任何微信群', [], 'tmall'],
    ['有家人问能不能微信转账便宜点，可以哈，转账直接少二十', ['payment'], 'douyin'],
    ['很多朋友在评论区问我是不是要加微信，不用加，橱窗里拍就行', [], 'wechat_channels'],
    ['今早客服打我电话说我屏幕里有黑点', [], 'jd'],
  ]);
});

test('参加 is no add: a shop that took part in the WeChat pilot names it, it pushes nothing', () => {
  expectFamilies([
    ['本店已参加微信私域试点', [], 'tmall'],
    ['本店已参加微信私域试点，可以加微信', ['contact'], 'taobao'],
  ]);
});

test('the fourteenth round (md, me): 合作方式 pointed at a profile, a pointer running through 视频号主页, 这边 as the seller leaving its own number, 微信转定金', () => {
  expectFamilies([
    ['做批发的老板，合作方式都在我主页简介里', ['profile'], 'douyin'],
    ['更多联系方式请看我们视频号主页简介', ['profile'], 'wechat_channels'],
    ['有位老板问大批量采购的，这边留个座机：零二一，五四二六，七七零八', ['phone'], 'jd'],
    ['加我微信 moto_dongge，微信转定金，提车时给尾款', ['contact', 'payment'], 'kuaishou'],
  ]);
});

test('the fourteenth round (ma–mf): 视频号 and 小程序 by their letters, an UP主 searched, a shop by the same name, a link in the bio, a quoted name between 添加 and 微信; quiet: 微电流, 5V信号, 私聊也是这个价, a book’s own codes', () => {
  expectFamilies([
    ['sph搜「东北老铁山货」看直播', ['thirdParty'], 'jd'],
    ['积分兑换请微信搜xcx「雪域臻选会员」', ['thirdParty'], 'tmall'],
    ['编织教程在B站，搜UP主“栖野阿禾”', ['thirdParty'], 'xiaohongshu'],
    ['售后也可以找抖音飞鸽客服，店名一样', ['thirdParty'], 'wechat_channels'],
    ['链接在简介，懂的宝子自取', ['profile'], 'xiaohongshu'],
    ['扫描下方二维码添加「茶小二」微信', ['contact', 'qr'], 'jd'],
    ['美容仪 射频+微电流 家用提拉紧致', [], 'kuaishou'],
    ['继电器模块 4路 5V信号触发', [], 'taobao'],
    ['私聊也是这个价哦，直接拍就行', [], 'douyin'],
    ['每页都有二维码可以听讲解，小朋友扫书上的码就行', [], 'wechat_channels'],
  ]);
});

test('the fifteenth round (la–lf): a number typed in the comments, a phone asked for after 私聊我, a payment way in the bio, a pointer through 请查看, 姓名 before a number, Xiaohongshu’s own group chat; quiet: a call made (打个电话, 打微信语音), the order’s reserved number', () => {
  expectFamilies([
    ['想预约的，评论区打手机号，开播前挨个联系', ['collect'], 'kuaishou'],
    ['拍完的私聊我报一下电话，我拉你进老客户群', ['collect', 'group'], 'taobao'],
    ['大件不走小黄车的，转账方式在我简介里', ['payment', 'profile'], 'kuaishou'],
    ['更多售后方式：请查看店铺主页头像', ['profile'], 'jd'],
    ['看我们旺旺头像，头像里有写', ['profile'], 'tmall'],
    ['扫描下方二维码填写您的姓名电话', ['collect', 'qr'], 'pinduoduo'],
    ['点主页「群聊」加入小红书官方群', [], 'xiaohongshu'],
    ['加入小红书群，福利更多', ['group', 'thirdParty'], 'douyin'],
    ['快递员给你打个电话就放代收点了', [], 'jd'],
    ['这款耳机打微信语音也听得清', [], 'douyin'],
    ['收货地址请填写详细门牌号，预留手机号需保持畅通', [], 'jd'],
  ]);
});

test('the fifteenth round, second pass: codes on a board or a poster scanned, a price said by phone after 价格, 详询, paying in the shop or to an adviser, 公对公转账, a payment code sent over, 姐妹们搜“…”, 小企鹅是; quiet: 转发给家人, 宝妈群里都在推荐, one’s own payee code printed, 直接拉黑', () => {
  expectFamilies([
    ['想要138的扫主页背景图里的码', ['qr'], 'douyin'],
    ['直接扫我身后牌子上的码，转过来我这边直接发货', ['payment', 'qr'], 'kuaishou'],
    ['同城可以约面交，价格电联：一五九 二七八三 四零六一', ['payment', 'phone'], 'kuaishou'],
    ['二手挖机配件 各型号齐全 详询 138 0634 2197', ['phone'], 'kuaishou'],
    ['翡翠还是得线下看，老板们可以直接来我们瑞丽的店里交易', ['payment'], 'wechat_channels'],
    ['选好码直接转账给顾问还能少五十', ['payment'], 'tmall'],
    ['加主播v：yun_shang88，发你报价单，公对公转账', ['contact', 'payment'], 'jd'],
    ['懂的私我，我发你个付款码', ['group', 'payment'], 'pinduoduo'],
    ['我在某东买的，姐妹们搜“雪岭旗舰店”就行', ['thirdParty'], 'xiaohongshu'],
    ['主播的小🐧是 5 2 8 8 1 6 7 3 0，粉丝可以加', ['contact'], 'tmall'],
    ['微信里转发给家人也能下单，点视频下方的小店链接就行', [], 'wechat_channels'],
    ['宝妈群里都在推荐的护眼台灯', [], 'kuaishou'],
    ['二维码贴纸可定制，上传您自己的收款码图片，我们照图打印', [], 'taobao'],
    ['有人私信你说是主播的，直接拉黑', [], 'douyin'],
  ]);
});

test('the fifteenth round, long lines: the shop there too but bought here, the others disowned as not me, 别私信要我微信, an add refused as a rule', () => {
  expectFamilies([
    ['对，我们抖音也有号，不过大家在淘宝下单就好，售后方便', [], 'taobao'],
    ['我们抖音也有号，搜同名就能找到', ['thirdParty'], 'taobao'],
    ['外面那些打着我名号拉群的都不是我！', [], 'xiaohongshu'],
    ['外面那些说加vx给你内部价的都不是我，我只在这里卖', [], 'xiaohongshu'],
    ['有问题打在评论里，别私信要我微信，我不加的', [], 'xiaohongshu'],
    ['加微信私聊的我一律不通过，售后都在小店里', [], 'wechat_channels'],
  ]);
});

test('the sixteenth round (k): a pattern pointed at with a camera or scanned, 长按就能识别, a quoted shop bought straight away, 去抖那边, Alipay to the boss, 添 as add, a WeChat card pushed, tele, an account given in brackets, a draw of ten for a review; quiet: 返场, printed patterns', () => {
  expectFamilies([
    ['用手机相机对准卡片背面的图案，领取下次优惠券', ['qr'], 'douyin'],
    ['图九那张小方块长按就能识别，进去有完整款式', ['qr'], 'xiaohongshu'],
    ['同款视频号也在卖，搜「木子家居」直接下单更便宜', ['thirdParty'], 'douyin'],
    ['想看完整拆箱的去抖那边搜"青禾妈妈"', ['thirdParty'], 'wechat_channels'],
    ['下次回购直接转支付宝给老板，再让您五块', ['payment'], 'taobao'],
    ['添客服为好友，享一对一护肤指导', ['collect'], 'tmall'],
    ['我推你私人名片，那边单聊给价', ['contact', 'group'], 'wechat_channels'],
    ['售后专属企业微信：凛冬服饰-小林（搜索 LD_kefu02 添加）', ['contact'], 'douyin'],
    ['备注您的手机号并五星好评，抽10位送同款', ['collect', 'reviewBait'], 'douyin'],
    ['抢不到的去小红书搜我们店名，那边笔记有返场通知', ['thirdParty'], 'taobao'],
    ['印花图案 卡通图案 可定制', [], 'taobao'],
  ]);
});

test('the sixteenth round, second pass: 去年 is no going, a pinned comment is no review, buying on the spot at the shop, a pointer said to explain itself', () => {
  expectFamilies([
    ['去年淘宝爆了的那种格纹半裙，我们重新改了版型', [], 'xiaohongshu'],
    ['置顶评论：不用加什么群哦，优惠券在商品页直接领', [], 'douyin'],
    ['欢迎来武夷山门店，现场喝现场买，比线上还便宜', ['payment'], 'wechat_channels'],
    ['链接这里挂不了，去我主页简介看看就懂了', ['profile'], 'xiaohongshu'],
    ['简介里写了发货时间和尺码表，下单前请先看一下', [], 'kuaishou'],
  ]);
});

test('the seventeenth round (j): cash in hand at the stall, pick-up priced, the platform skipped by name, an account to transfer to, a group placed in an app, a code in the avatar, numbers disguised in every group', () => {
  expectFamilies([
    ['看上的直接来档口，一手交钱一手交货，不挂链接', ['payment'], 'kuaishou'],
    ['到店自提比线上便宜五十元', ['payment'], 'jd'],
    ['熟客以后不用走京东了，找我直接发，便宜二十', ['payment'], 'pinduoduo'],
    ['找客服要个支付宝账号直接转过去就行', ['payment'], 'tmall'],
    ['回购群不在这儿，在那个绿色聊天软件上，评论扣1我拉你进去', ['contact', 'group'], 'douyin'],
    // A group's code is a group to join too (two later writers labelled it so: CU026, CV109).
    ['想要攻略的姐妹，群二维码发给你私信', ['group', 'qr'], 'douyin'],
    ['头像保存下来，里面那个码扫一下', ['profile', 'qr'], 'douyin'],
    ['记好：幺三巴，伞灵灵五，七巴巴幺', ['phone'], 'douyin'],
    ['TG搜 @abc_help 拿教程', ['contact'], 'jd'],
    ['电话同号可加，售后找我', ['contact'], 'douyin'],
    ['加绿领取试用装，仅限今天', ['contact'], 'douyin'],
    ['v号放在店铺首页banner里', ['profile'], 'douyin'],
    ['安装视频在某音同名号置顶', ['thirdParty'], 'pinduoduo'],
    ['有事直接打我电话，腰山巴，山巴腰灵，巴巴灵山', ['phone'], 'douyin'],
    ['我发你我的vx，备注买家', ['contact'], 'douyin'],
  ]);
});

test('the seventeenth round, quiet: a green colour after 加, a lock opened by WeChat, a projector paired by scanning, a bubble print', () => {
  expectFamilies([
    ['叶子更加绿了，放心买', [], 'douyin'],
    ['指纹+密码+微信开锁，老人小孩都会用', [], 'taobao'],
    ['手机扫码投屏，会议室必备', [], 'douyin'],
    ['同款绿泡泡印花连衣裙', [], 'xiaohongshu'],
    // Homophones alone are prose until a word announces a number.
    ['腰山巴，山巴腰灵，巴巴灵山', [], 'douyin'],
    ['宝宝们记得把群昵称改成收件人名字', [], 'douyin'],
  ]);
});

test('the eighteenth round (i): money collected in the group, a red packet to hold the goods, a deposit to the company or transferred, a form that lists a phone, QQ as a verb, the bubbling app, help for those who cannot choose, the add beside a profile', () => {
  expectFamilies([
    ['尺码拿不准的不会挑➕V：ab1234 帮你选', ['contact'], 'tmall'],
    ['有售后问题可以企鹅我：123456789', ['contact'], 'tmall'],
    ['在那个冒绿泡泡的地方等你，号 ab_123', ['contact'], 'tmall'],
    ['报名请填写以下信息：姓名、电话、地址', ['collect'], 'tmall'],
    ['定金请汇入公司账户，见下方', ['payment'], 'tmall'],
    ['扣1拉群，群里团长统一收款', ['group', 'payment'], 'tmall'],
    ['给主播发红包锁单，明天发货', ['payment'], 'tmall'],
    ['加微 ab_88 转定金后安排生产', ['contact', 'payment'], 'tmall'],
    ['品牌钉钉群，扫码即可加入领券', ['group', 'qr', 'thirdParty'], 'tmall'],
    ['尾款可转支付宝，备注订单号', ['payment'], 'tmall'],
    ['加我个人微信，号在主页简介里', ['contact', 'profile'], 'wechat_channels'],
    ['我们不会加微信，请在平台沟通', [], 'tmall'],
    ['平台统一收款，放心购买', [], 'tmall'],
  ]);
});

test('the nineteenth round (h): a role after a shop name or a job, a form listing a parent\'s phone, what a profile holds, English and Cantonese pushes, a denied request ended by a space', () => {
  expectFamilies([
    ['别在评论区问 直接加我企业微信 kefu-01', ['contact'], 'wechat_channels'],
    ['添加小鹿花坊店长微信，领养护手册', ['contact'], 'xiaohongshu'],
    ['请加班主任企业微信，备注学生姓名', ['contact'], 'xiaohongshu'],
    ['扫码加业务企业微信拿批发价', ['contact', 'qr'], 'xiaohongshu'],
    ['填写孩子年龄和妈妈手机号，生日送礼', ['collect'], 'xiaohongshu'],
    ['看我主页简介，有顾问号', ['profile'], 'xiaohongshu'],
    ['简介里有样品获取方式，点我头像进主页', ['profile'], 'xiaohongshu'],
    ['主页有WhatsApp，自己看', ['profile'], 'xiaohongshu'],
    ['bio 里有联系方式', ['profile'], 'xiaohongshu'],
    ['scan the QR for a gift', ['qr'], 'xiaohongshu'],
    ['追踪我们Threads看新品', ['thirdParty'], 'xiaohongshu'],
    ['bank-in 后即寄', ['payment'], 'xiaohongshu'],
    ['私下落单平啲', ['payment'], 'xiaohongshu'],
    ['WA我 问价', ['contact'], 'xiaohongshu'],
    ['PM我，我send WhatsApp俾你', ['contact', 'group'], 'xiaohongshu'],
    ['去Carousell搵我嘅二手', ['thirdParty'], 'douyin'],
    ['公司采购可签合同，不通过京东下单，对公汇款', ['payment'], 'pinduoduo'],
  ]);
});

test('the nineteenth round, quiet: a refused reward names no reward for the review after it, a place denied, Cantonese for a cheat', () => {
  expectFamilies([
    ['小店不做好评返现，评价请如实填写', [], 'xiaohongshu'],
    ['不用去评论区留联系方式，客服会在平台联系您', [], 'xiaohongshu'],
    ['任何叫你加Line转账的都係呃人', [], 'xiaohongshu'],
  ]);
});

test('the twentieth round (g): rewards named by what they are worth or written as homophones, a review changed for a refund, what a shop name or an avatar holds, apps by one character or a colour, an account named between the verb and its kind', () => {
  expectFamilies([
    ['晒图好评送价值29元的护手霜', ['reviewBait'], 'tmall'],
    ['H评带图送同款发圈', ['reviewBait'], 'tmall'],
    ['好平返鲜3元', ['reviewBait'], 'tmall'],
    ['差评改成好评后全额退款', ['reviewBait'], 'tmall'],
    ['【好评立减3元】奶白色', ['reviewBait'], 'tmall'],
    ['拍个视频发到评价区，找客服领红包', ['reviewBait'], 'tmall'],
    ['店名后面那串字母就是我的微', ['profile'], 'tmall'],
    ['售后专线写在店铺头像里', ['profile'], 'tmall'],
    ['评论里打上你的手机号', ['collect'], 'tmall'],
    ['去那个抖的平台搜我们同名号', ['thirdParty'], 'tmall'],
    ['下播后在朋友的圈里发实拍', ['thirdParty'], 'tmall'],
    ['号码是 一五八 后面接 二七三零 再接 六六九一', ['phone'], 'tmall'],
    ['去那个红心种草App看教程', ['thirdParty'], 'tmall'],
    ['清仓的去那个鱼塘App看看', ['thirdParty'], 'tmall'],
    ['扫码进我们的会员小程序领券', ['qr', 'thirdParty'], 'tmall'],
    ['扫瓶身侧面的二维码关注公众号', ['qr', 'thirdParty'], 'tmall'],
    ['还有个老客户微信群，想进的加店长 ab_123', ['contact', 'group'], 'tmall'],
  ]);
});

test('the twentieth round, quiet: a watch that adds friends, the courier\'s phone on the order', () => {
  expectFamilies([
    ['这款儿童手表可以加微信好友', [], 'tmall'],
    ['请务必填写常用手机号，以便快递员派送联系', [], 'tmall'],
  ]);
});

test('the twenty-first round (f): a handle after V and a space that starts with x, a landline spaced after a price, a yellow app searched, a draw of a machine for a review, an app named in quotes to download, a group announced open', () => {
  expectFamilies([
    ['下单后➕V xiaolu_kk 发你教程', ['contact'], 'kuaishou'],
    ['价格打 021-6588 7712 咨询', ['phone'], 'kuaishou'],
    ['去那个黄色软件搜“阿米家”', ['thirdParty'], 'kuaishou'],
    ['好评用户每月抽一台扫地机', ['reviewBait'], 'kuaishou'],
    ['扫码下载「小满生活」App领券', ['qr', 'thirdParty'], 'kuaishou'],
    ['官方钉钉粉丝群已开通，首页有入口', ['group', 'thirdParty'], 'tmall'],
  ]);
});

test('the twenty-first round, quiet: the shop beside another platform\'s shop, an app praised', () => {
  expectFamilies([
    ['本店和视频号小店同款同价', [], 'kuaishou'],
    ['我们的「小满」App很好用', [], 'kuaishou'],
  ]);
});

test('the twenty-second round (e): Weibo as 围脖, a study group pulled into, 工仲号, a V handed over, Alipay half in pinyin, 威 before a handle, a phone given for a group', () => {
  expectFamilies([
    ['想看教程的去我围脖搜“阿鱼”', ['thirdParty'], 'douyin'],
    ['下播拉大家进读书小组，不在这个App里', ['group'], 'douyin'],
    ['关注工仲号“小满”领券', ['thirdParty'], 'douyin'],
    ['我把客服的v给你，私聊', ['contact', 'group'], 'douyin'],
    ['走支fu宝转账包邮', ['payment'], 'douyin'],
    ['想要的加我+威 ab_cd88', ['contact'], 'douyin'],
    ['WhatsApp group: +86 139 2233 4455', ['contact', 'group', 'phone'], 'douyin'],
  ]);
});

test('the twenty-third round (d): a phone after an order label sent to it, an @ in brackets, apps by their slogans, a QQ handed over, a deposit to Alipay, a square for the camera, a phone sent to the service, a code on a bag', () => {
  expectFamilies([
    ['请发送订单号至 壹叁玖 贰贰陆柒 零叁伍玖', ['phone'], 'jd'],
    ['合作请发需求到 abc_shop(at)126.com', ['contact'], 'jd'],
    ['在那个“拼着买才便宜”的App搜店名', ['thirdParty'], 'jd'],
    ['打开那个“标记我的生活”的App搜我', ['thirdParty'], 'jd'],
    ['挨个私你，发你🐧号', ['contact', 'group'], 'jd'],
    ['先付定金到支付宝，再拍尾款', ['payment'], 'jd'],
    ['这个方块用手机相机对一下领券', ['qr'], 'jd'],
    ['请在旺旺里发给客服您的手机号', ['collect', 'thirdParty'], 'jd'], // Taobao's chat is a way off JD
    ['请在旺旺里发给客服您的手机号', ['collect'], 'taobao'],
    ['扫描包装袋上的二维码领券', ['qr'], 'jd'],
  ]);
});

test('the twenty-third round, quiet: a laptop with a gift, a warning not to believe', () => {
  expectFamilies([
    ['这款笔记本下单就送鼠标', [], 'jd'],
    ['别信什么加微信返现', [], 'jd'],
  ]);
});

test('the twenty-fourth round (c): numbers told apart by words that say where each group goes, in pinyin digits, spaced homophone groups, spoken dots, single digits to the full stop, country codes with 00 and a landline after +86', () => {
  expectFamilies([
    // Each group placed by words, some said between (开头 / 中间 / 最后), a phone word in the sentence.
    ['订货热线开头一五八，中间是我们店的门牌号三三零六，最后就是二七四一', ['phone'], 'jd'],
    ['客服电话前半段139 2250，后半段写在保修卡上，是8817', ['phone'], 'jd'],
    ['门店座机：0571-8826 后四位 3390', ['phone'], 'jd'],
    ['店长手机就是三个秒杀价连起来：158 加 3306 加 2741', ['phone'], 'jd'],
    // Pinyin digits, spaced or glued, any case.
    ['有事找我 yao wu ba san san ling liu er qi si yi', ['phone'], 'jd'],
    ['Call: YaoSanJiu-ErErLiuQi-LingSanWuJiu', ['phone'], 'jd'],
    // Homophones in a phone number's groups, parted by spaces.
    ['电话 妖伞巴 灵灵吾妖 伞巴久伞', ['phone'], 'jd'],
    // 点 between groups, and digits one by one up to the full stop.
    ['店主电话 186点5520点7413', ['phone'], 'jd'],
    ['记一下电话：一，五，九，二，二，六，七，零，三，八，五。', ['phone'], 'jd'],
    // 00 before a country code, and +86 before a landline without its trunk 0.
    ['香港客户请致电 00852 9123 4567', ['phone'], 'jd'],
    ['售后网点电话 0086-21-6288-4410', ['phone'], 'jd'],
    ['海外客户拨打 +86 20 3388 5126', ['phone'], 'jd'],
    // …and a four-digit area code after them (the number is thirteen or fifteen digits then).
    ['海外客户拨打 +86 755 2638 7719', ['phone'], 'jd'],
    ['维修电话 0086 571 8826 3390', ['phone'], 'jd'],
  ]);
});

test('the twenty-fourth round, quiet: prose with homophones and spaces, pinyin that makes no number, numbers of goods beside place words, 绿泡泡 as a drink or a colour', () => {
  expectFamilies([
    ['巴山 夜雨 灵灵 山山', [], 'jd'],
    ['yi er san si wu liu qi ba jiu ling yi er', [], 'jd'],
    ['开头三天满299减30，中间两天半价，最后一天199封顶', [], 'jd'],
    ['条码 0085261284470', [], 'jd'],
    ['青提绿泡泡奶茶 冲泡即饮', [], 'taobao'],
    ['绿泡泡儿童泡泡机 送泡泡水', [], 'pinduoduo'],
    ['颜色就跟汽水里的绿泡泡一样清爽', [], 'kuaishou'],
  ]);
});

test('the twenty-fourth round, second pass: a price cut for paying by transfer, an app to download for a deal, a VIP group offered when the platform\'s group is full, a group outside the official one, the seller\'s handle after a request, a size that does not fit', () => {
  expectFamilies([
    ['老客户下次直接转账更便宜', ['payment'], 'wechat_channels'],
    ['扫码下载禾木App，新用户注册就送15元券', ['qr', 'thirdParty'], 'douyin'],
    ['想进粉丝VIP群的加我微信 hemu_vip88，我拉你，淘宝群那边人已满', ['contact', 'group'], 'taobao'],
    ['官方群聊满员了，想要福利的留言，我另外拉你们进外面的小群', ['group'], 'xiaohongshu'],
    ['印字内容加VX发我：hemu_print', ['contact'], 'kuaishou'],
    ['鞋码不合适扫吊牌上的二维码找售后换', ['qr'], 'kuaishou'],
  ]);
});

test('the twenty-fourth round, second pass, quiet: a quoted question refused, a transfer warned of, a platform\'s own app, an app a device needs, codes checked before they ship, a tag written on by hand, the group chat of the app\'s group', () => {
  expectFamilies([
    ['“主播能私聊吗”——不私聊哈，有问题直接找客服', [], 'taobao'],
    ['“能加个微信吗”——不加哦，旺旺找客服就行', [], 'taobao'],
    ['私下转账出了事没人管你，就在小黄车拍', [], 'kuaishou'],
    ['下载抖音App领券', [], 'douyin'],
    ['买了手环要先下载配套App，新人绑定设备见说明书', [], 'douyin'],
    ['二维码贴纸出厂前已逐张扫码校验', [], 'tmall'],
    ['行李牌带透明窗，可自己手写姓名电话', [], 'pinduoduo'],
    ['我们不合作任何私下交易', [], 'pinduoduo'],
    ['进不了淘宝群的，点店铺首页的群聊入口就能进', [], 'taobao'],
  ]);
});

test('the twenty-fifth round (b): numbers the copy says to join and call, apps by their mascot or a character of their icon, Cantonese romanisation, rewards for a deleted or changed review, a way to reach named before a profile', () => {
  expectFamilies([
    ['今天三个福利价：¥158、¥2703、¥6641，三个价格按顺序拨过来', ['phone'], 'kuaishou'],
    ['出厂日期 139年06月27日 45:18，把日期连起来打就是仓库', ['phone'], 'kuaishou'],
    ['型号：KS-0571-86552109（型号就是售后座机）', ['phone'], 'kuaishou'],
    ['同款在那只小狗吉祥物的App上便宜，去那边搜店名', ['thirdParty'], 'xiaohongshu'],
    ['去那个黑猫App的旗舰店搜“禾木家居”', ['thirdParty'], 'xiaohongshu'],
    ['去那个蓝色“京”字App搜我们家', ['thirdParty'], 'douyin'],
    ['有问题 gaa ngo mei seon：hemu_hk88', ['contact'], 'douyin'],
    ['订货电话：jat saam baat, ling ng jat luk, ji baat gau sei', ['phone'], 'douyin'],
    ['差评删了这单运费全额给你退', ['reviewBait'], 'pinduoduo'],
    ['改成好评我这边补你十块', ['reviewBait'], 'pinduoduo'],
    ['合作对接方式在我主页简介里', ['profile'], 'douyin'],
    ['收货后在订单备注里补充您的手机号', ['collect'], 'pinduoduo'],
  ]);
});

test('the twenty-fifth round, quiet: a count before prices, a cartoon cat, a review with no reward, matcha foam', () => {
  expectFamilies([
    ['三款价格按顺序排：¥59、¥79、¥99', [], 'kuaishou'],
    ['黑猫警长卫衣 纯棉', [], 'tmall'],
    ['领券与评价无关，放心下单', [], 'jd'],
    ['抹茶刷出来的绿泡泡细密绵软', [], 'douyin'],
  ]);
});

test('the twenty-sixth round, second pass: the one real handle of an anti-fraud notice, the others called fakes after it', () => {
  expectFamilies([
    ['防骗声明：官方客服只有一个，微信：hemu_kf01，除此之外加您的都是冒充', ['contact'], 'pinduoduo'],
    ['本店售后只有一个号，微信：hemu_sh02，其他加你的都是骗子', ['contact'], 'taobao'],
    ['认准主播唯一的绿泡泡 hemu_live3，别的都是假的', ['contact'], 'douyin'],
    // …not the fake described: 私信让你加微信退款的都是骗子 stays a warning.
    ['私信让你加微信退款的都是骗子', [], 'douyin'],
  ]);
});

test('the twenty-sixth round (a): apps by who uses them, who founded them or a slogan said another way, paying at the seller\'s shop, a number asked for by phone, a question left to the profile', () => {
  expectFamilies([
    ['复购去刘强东家的App搜我们店名', ['thirdParty'], 'taobao'],
    ['想看视频去老铁们常用的那个App搜“禾木家居”', ['thirdParty'], 'douyin'],
    ['我们在那个“拼着买更便宜”的App也开了店，去那边搜店名', ['thirdParty'], 'douyin'],
    ['团购价请来我们实体店付钱提货', ['payment'], 'jd'],
    ['回访时请告诉我们您的微信', ['collect'], 'pinduoduo'],
    ['参加抽奖请在旺旺里发您的手机号', ['collect'], 'taobao'],
    ['联系方式不能说，点我头像，简介里都有', ['profile'], 'jd'],
  ]);
});

test('the twenty-sixth round, quiet: quoted questions refused a few words on, a reward refused, a shop there too but faster here, goods shaped like the apps\' animals, a number given after its noun, a screenshot sent', () => {
  expectFamilies([
    ['“老板我转你微信吧”——不行不行，不收私下转账，小店里拍', [], 'wechat_channels'],
    ['“能加你微信吗”——京东不允许，我们也不加', [], 'jd'],
    ['“能不能加个微信私聊”——不能哈亲，旺旺找客服一样的', [], 'tmall'],
    ['满三人再返现？不，我们不搞任何返现', [], 'pinduoduo'],
    ['本店在某宝也有店，价格一样，但这边发货更快', [], 'jd'],
    ['这款手表的二维码是绑定用的，手机扫一下就能连上家长端', [], 'taobao'],
    ['企鹅夜灯拍拍就亮，Q版造型放床头', [], 'xiaohongshu'],
    ['荧光绿泡泡棒 婚礼户外 50支装', [], 'taobao'],
    ['公屏扣1的宝宝拉你们进企鹅玩偶粉丝群看新款', ['group'], 'douyin'],
    ['手机号码报一下，一三八，幺二幺二，巴巴六六', ['phone'], 'jd'],
    ['好评截图发给客服微信，微信号见下方：hm-kf2024', ['contact', 'reviewBait'], 'kuaishou'],
  ]);
});

test('the twenty-seventh round (w): a V added for a sample, the pinned comment and a notice as places, a person added by a scan or by a familiar name, a handle called by its name in the app, a group named in plain quotes', () => {
  expectFamilies([
    ['加V领试用装，V号在我的主页简介里', ['contact', 'profile'], 'xiaohongshu'],
    ['置顶评论里有我们售后的联系方式', ['profile'], 'douyin'],
    ['看我头像，头像上有老板号', ['profile'], 'kuaishou'],
    ['粉丝团公告里有我的V', ['profile'], 'douyin'],
    ['这个码，扫一扫加我微信', ['contact', 'qr'], 'wechat_channels'],
    ['加上老王微信，茶叶直接发你', ['contact'], 'wechat_channels'],
    ['我在那个绿绿的聊天软件里叫 mu.mu.0815', ['contact'], 'xiaohongshu'],
    ["扫码加入'禾木拼友群'，团购价更低", ['group', 'qr'], 'pinduoduo'],
    ['先进群接龙，群里统一报数', ['group'], 'kuaishou'],
    ['加我微信 mumu_0815，不要信别人', ['contact'], 'douyin'],
  ]);
});

test('the twenty-seventh round, quiet: a V-neck with a design added, bubbles blown, the group\'s own notice, a warning not to believe, someone else\'s handle not to be added, a name with 增加', () => {
  expectFamilies([
    ['今年新款加V领设计，显脸小', [], 'taobao'],
    ['一键吹出绿泡泡，送泡泡液', [], 'kuaishou'],
    ['群公告里有每个型号的安装视频', [], 'taobao'],
    ['私下转账的不要信，所有的钱都走平台', [], 'taobao'],
    ['刚刚有人在评论里发自己微信号，别加啊', [], 'wechat_channels'],
    ['增加小料微信也能点', [], 'douyin'],
    ['他在微信里叫什么来着', [], 'douyin'],
  ]);
});

test('the twenty-seventh round (w), second pass: fields listed right after the fill verb, a phone that can add WeChat asked for, a link in the bio, a link asked for pointed at the bio, the number said to be there too, a 福利官 added, a quoted shop searched for a better price', () => {
  expectFamilies([
    ['回执卡：请填写姓名、手机号、微信号，寄回即送清洁布', ['collect'], 'jd'],
    ['下单后在备注里留一个能加微信的手机号，师傅会联系您', ['collect'], 'jd'],
    ['教程放在我简介里的外链 hemu-diy.net', ['profile', 'url'], 'xiaohongshu'],
    ['求链接的姐妹看我简介', ['profile'], 'xiaohongshu'],
    ['价目表在主页置顶笔记的图里，号也在那', ['profile'], 'xiaohongshu'],
    ['扫码添加福利官微信领小样', ['contact', 'qr'], 'xiaohongshu'],
    ['同款在拼多多也开了店，搜“禾木茶舍”价格更实惠', ['thirdParty'], 'wechat_channels'],
  ]);
});

test('the twenty-seventh round, second pass, quiet: the order\'s consignee fields, a courier calling through the platform\'s masked number', () => {
  expectFamilies([
    ['请填写完整的收货人、手机号及详细地址', [], 'tmall'],
    ['下单填写收货手机号即可，快递员会通过平台虚拟号联系您', [], 'kuaishou'],
  ]);
});

test('the twenty-seventh round (w), third pass: dates and colour numbers joined into a phone, eleven digits of an order number said to be the phone', () => {
  expectFamilies([
    ['开奖日为1月3日、9月22日、7月16日、4月15日，把这四个日期的数字按顺序连起来拨打', ['phone'], 'douyin'],
    ['色卡：139号、2276号、0458号，三个色号连起来就是厂家手机', ['phone'], 'pinduoduo'],
    ['订单号 250318113927046185，后十一位就是售后师傅电话', ['phone'], 'pinduoduo'],
    // …not a part said to be something else.
    ['订单号 250318113927046185，前十一位是快递单号', [], 'pinduoduo'],
  ]);
});

test('the twenty-seventh round (w), fourth pass: an anti-counterfeit code scanned to follow an account is a code to scan; a book\'s title and a move-car plate are not', () => {
  expectFamilies([
    ['扫描瓶身防伪二维码，关注品牌服务号领积分', ['qr', 'thirdParty'], 'tmall'],
    ['扫描瓶身防伪二维码查询真伪', [], 'tmall'],
    ['《私域运营实战》 书籍 全新正版', [], 'jd'],
    ['加入《宠粉群》领券', ['group'], 'jd'],
    ['二维码挪车牌 路人扫码即可通知车主', [], 'taobao'],
  ]);
});

test('the twenty-seventh round (w), fifth pass: a mall described by its mascot, a WeChat added after the handle is given; a later search that names its own platform belongs to that one', () => {
  expectFamilies([
    ['去有只黑猫的那个商城搜我们旗舰店', ['thirdParty'], 'jd'],
    ['想要企业微信的，搜 h-e-m-u-v-i-p，企业微信加上以后一对一', ['contact'], 'tmall'],
    ['同款在京东也有卖，但我们这边发顺丰，去淘宝搜店名就能找到', [], 'taobao'],
    ['积分商城兑换小样', [], 'jd'],
  ]);
});

test('a later clause that leaves the search to the buyer sends them to the place named (在橙色软件上，店名叫…，自己去搜)', () => {
  expectFamilies([
    ['更多款式在橙色软件上，店名叫‘禾木五金’，自己去搜', ['thirdParty'], 'douyin'],
    ['淘宝上的店名叫什么我也忘了', [], 'douyin'],
  ]);
});

test('the real handle after an impostor is named in an earlier clause, and a verb before a described app in quotes', () => {
  expectFamilies([
    ['防骗提醒：最近有人冒充我们直播间，认准主播唯一的绿泡泡 hemu_live9', ['contact'], 'douyin'],
    ['去那个“拼着买更便宜”的App给我们店铺点个关注', ['thirdParty'], 'xiaohongshu'],
    // …the impostor's own push stays told, and a described app with no verb a mention.
    ['有人冒充我们，让加好友领赠品', [], 'douyin'],
    ['那个“拼着买更便宜”的App挺火', [], 'xiaohongshu'],
  ]);
});

test('the twenty-eighth round (ag): apps described before a transfer, Alipay sent over, paying after weighing on the spot, a green emoji before a handle, mei seun, a slogan and a mascot for the platform, JD\'s business purchasing by name, a photo shown off in the review', () => {
  expectFamilies([
    ['联系客服改成绿色软件转账，给你少二十', ['payment'], 'kuaishou'],
    ['直接用蓝色那个支付软件转我，包邮', ['payment'], 'xiaohongshu'],
    ['出价最高的直接支付宝打过来', ['payment'], 'kuaishou'],
    ['本地老乡可以到果园现场称重付款', ['payment'], 'pinduoduo'],
    ['老客专属通道：💚 hemu_tea_1988', ['contact'], 'wechat_channels'],
    ['有咩問題 add 我 mei seun：hemu_hk_0315', ['contact'], 'xiaohongshu'],
    ['可以去“多实惠多乐趣”的那个App搜「禾木果园」', ['thirdParty'], 'kuaishou'],
    ['这款在那只狗的商城也有自营，去那边下', ['thirdParty'], 'wechat_channels'],
    ['企业批量采购请走京东企业购下单', ['thirdParty'], 'tmall'],
    ['评价里晒一张茶汤图，联系客服抽奖送20元券', ['reviewBait'], 'wechat_channels'],
    ['想要的去那个“记录美好生活”的App，搜我们主播名', ['thirdParty'], 'taobao'],
  ]);
});

test('the twenty-eighth round, quiet: a colour before a code, a rattle\'s sound', () => {
  expectFamilies([
    ['颜色：墨绿 abc123', [], 'xiaohongshu'],
    ['儿童拨浪鼓，摇起来咚咚响', [], 'pinduoduo'],
  ]);
});

test('the twenty-eighth round, second pass: prices in homophones joined into a phone, a price\'s weight no digit of it, a reply to the service asking for the phone, the platform\'s own hotline, bubbles counted', () => {
  expectFamilies([
    ['福利价记好：幺伞巴元、零零四七元、二六九一元，三个价连起来就是售后专线', ['phone'], 'douyin'],
    ['批发价：¥1.36 / ¥02.78 / ¥58.49 一斤（价格数字连起来就是老板电话）', ['phone'], 'pinduoduo'],
    ['尺码报：S码135，M码7702，L码4418，连起来打', ['phone'], 'kuaishou'],
    ['回复客服您的手机号码，上新短信通知', ['collect'], 'pinduoduo'],
    ['品牌客服热线400-606-5500', ['phone'], 'jd'],
    ['京东官方客服热线400-606-5500，本店不提供私人联系方式', [], 'jd'],
    ['平台客服热线400-860-8608，请勿拨打非官方号码', [], 'tmall'],
    ['泡泡机一次吹出上百个绿泡泡', [], 'douyin'],
  ]);
});

test('a number labelled as something else that the copy then says to call, and community copywriting as a book\'s subject', () => {
  expectFamilies([
    ['茶饼编号念一下：一五零、七七二三、六零八九，不懂就打这个号', ['phone'], 'wechat_channels'],
    ['订单编号 13800471234，有问题找平台客服', [], 'jd'],
    ['营销书 讲社群文案和活动策划 平装', [], 'kuaishou'],
  ]);
});

test('groups told apart by where they go, with a birthday or a year named between them and a count before the last', () => {
  expectFamilies([
    ['记一下我的号，开头是一三八，中间是今年年份二零二五，尾号是幺零零八', ['phone'], 'wechat_channels'],
    ['记住这个号，一五九，然后是我生日零八二三，最后四个数是六六八八', ['phone'], 'douyin'],
    ['三个颜色，两个尺码，一五九元', [], 'douyin'],
  ]);
});

test('the twenty-ninth round (am), quiet: a quoted request to the host refused after an address, someone else\'s wish told', () => {
  expectFamilies([
    ['“主播能加个微信吗”——哎这位宝宝，不加不加啊，有问题直接飞鸽找客服', [], 'douyin'],
    ['“主播发一下手机号”——宝宝，手机号不能发啊，平台有规定的', [], 'taobao'],
    ['这里有个姐妹说让我加她微信，姐妹不用啊，我这不加微信', [], 'pinduoduo'],
    // …a question granted is still the push.
    ['“能加微信吗”——宝宝们，加我微信 hemu12345', ['contact'], 'douyin'],
  ]);
});

test('the twenty-ninth round (am): money for holding back a bad review, a changed bad review rewarded, photos counted, Cyrillic h, WeChat ID 是, joined columns, serial numbers to call, apps in quotes with 那个, a bio left to those who know, prices joined for a number that is WeChat too, Alipay as a blue wallet', () => {
  expectFamilies([
    ['请先别急着给差评~联系客服，我们直接给您补偿一个10元红包', ['reviewBait'], 'douyin'],
    ['请勿直接差评，旺旺联系客服后我们将退还您10元作为补偿', ['reviewBait'], 'tmall'],
    ['中差评修改后联系小店客服，补您10元无门槛券', ['reviewBait'], 'wechat_channels'],
    ['评价写满20个字带三张图的，截个图给客服，抽五个人整单退款', ['reviewBait'], 'douyin'],
    ['有任何問題請加 WеСһаt：hemu_zz_88', ['contact'], 'xiaohongshu'],
    ['再说一次：WeChat ID 是 hemu_joanne', ['contact'], 'tmall'],
    ['第一栏：138｜第二栏：2719｜第三栏：0463｜三栏连起来就是店长手机', ['phone'], 'douyin'],
    ['产品序列号 133-1790-6652，维修请直接拨打序列号找师傅', ['phone'], 'pinduoduo'],
    ["同城的去'黄色外卖'那个App搜我们门店", ['thirdParty'], 'taobao'],
    ["想看实拍，去'老铁'那个App搜'禾木茶园'", ['thirdParty'], 'wechat_channels'],
    ['链接不方便放，去我简介里看，懂的姐妹自然懂', ['profile'], 'xiaohongshu'],
    ['价签：13元、95元、72元、18元、846元，按顺序连起来，微同号', ['contact', 'phone'], 'douyin'],
    ["找客服用'蓝色钱包'直接转给店长，再便宜8%", ['payment'], 'douyin'],
  ]);
});

test('the twenty-ninth round, quiet: the goods sent again after a bad review held back, the platform\'s own reward, a draw unrelated to reviews, a course on 私域', () => {
  expectFamilies([
    ['也别急着给差评，直接联系客服，给你补发', [], 'pinduoduo'],
    ['评价晒单可获得京豆奖励，京豆由京东平台按规则发放', [], 'jd'],
    ["关注店铺并在直播间评论'开心'，系统随机抽三位送同款，和评价无关", [], 'taobao'],
    ['这门课讲的就是怎么把私域做好', [], 'wechat_channels'],
  ]);
});

test('the twenty-ninth round, second pass: a group set apart from the platform\'s noisy one, a WeChat fetched by DM, a bad review changed for money', () => {
  expectFamilies([
    ['我私信拉你进VIP群，淘宝群太吵，咱们换个地方聊', ['group'], 'taobao'],
    ['下单前请先私信获取wx确认款式', ['contact', 'group'], 'xiaohongshu'],
    ['差评了的宝子可以联系客服修改哦，改好后我们退你5元', ['reviewBait'], 'xiaohongshu'],
    ['差评了的宝子联系客服，我们尽快处理', [], 'xiaohongshu'],
  ]);
});

test('the thirtieth round (as), quiet: 私域 taught rather than joined, codes a device, a book page or a guest scans; still a push when the buyer is taken in or a page of the seller\'s stands beside the scan', () => {
  expectFamilies([
    ['这套营销书一共三本，讲私域、讲会员、讲复购', [], 'tmall'],
    ['想学做私域的姐妹可以看这本书，书里讲的是思路', [], 'xiaohongshu'],
    ['儿童学习平板 扫描书页二维码即可听读', [], 'jd'],
    ['首次使用请下载配套App并扫描底部配对码', [], 'jd'],
    ['婚礼迎宾牌 可印签到二维码 宾客现场扫码签到', [], 'kuaishou'],
    ['扣1的宝子拉你进我们私域，福利更多', ['group'], 'douyin'],
    ['扫码或浏览器输入 hemu-audio.com/app 下载配套App', ['qr', 'url'], 'jd'],
  ]);
});

test('多多 in quotes is Pinduoduo, bare it is plenty; numbers joined into the WeChat', () => {
  expectFamilies([
    ['同款大罐装在“多多”上拼团更划算，直接去那边搜“禾木茶仓”', ['thirdParty'], 'wechat_channels'],
    ['优惠多多，搜同款更便宜', [], 'tmall'],
    ['三个福利价记一下：158、3321、0097，连起来就是我的绿泡泡', ['contact', 'phone'], 'douyin'],
  ]);
});

test('contacts asked for with 都写上 after them', () => {
  expectFamilies([
    ['拍下之后大家在留言里把你的手机号和微信都写上，方便师傅联系', ['collect'], 'douyin'],
    ['手机号写上了，有事找平台客服', [], 'douyin'],
  ]);
});

test('the thirty-first round (ay), quiet: a wish someone else said refused, the seller\'s own contact kept in the account\'s bio, a lock\'s key card, a SIM card activated in its carrier\'s app, a feeder paired by scanning', () => {
  expectFamilies([
    ['姐妹说想进群，咱们这边没有私人群，有问题直接在公屏问', [], 'xiaohongshu'],
    ['智能门锁 指纹+密码+卡片三合一，配套App扫机身二维码一键配网', [], 'douyin'],
    ['流量卡 收到后打开运营商App扫描卡背码完成激活', [], 'wechat_channels'],
    ['宠物喂食器，手机App扫一下底部二维码就能配对', [], 'kuaishou'],
    // …a code on the card in the parcel is still a code to scan.
    ['安装视频请扫描卡片右下角的二维码观看', ['qr'], 'taobao'],
  ]);
});

test('the thirty-first round (ay): apps by slogan and founder, a business WeChat added by the shop\'s name, a code scanned to add me, money paid to me or in cash at the shop, a big WeChat group, the phone and the green app the same', () => {
  expectFamilies([
    ['下单请去“多快好省”那家搜“禾木家居”', ['thirdParty'], 'taobao'],
    ['想要更低价的去那个“拥抱每一种生活”的App搜同名店', ['thirdParty'], 'douyin'],
    ['这款在张一鸣家那个短视频App的同名店更便宜，搜“禾木的茶”', ['thirdParty'], 'wechat_channels'],
    ['需要样品请扫码添加茶仓企业微信', ['contact', 'qr'], 'wechat_channels'],
    ['长按识别下方二维码加我，备注订单号', ['contact', 'qr'], 'xiaohongshu'],
    ['扫我手机屏幕上这个码，扫完直接付款给我', ['payment', 'qr'], 'wechat_channels'],
    ['支持到店自提，门店现金付款再优惠50', ['payment'], 'jd'],
    ['电话和那个绿色的是同一个，一三七 五五一四 二零九三', ['contact', 'phone'], 'douyin'],
  ]);
});

test('the thirty-first round, quiet: a feature added, a size exchanged, another shop of someone\'s', () => {
  expectFamilies([
    ['考勤机升级后增加企业微信功能', [], 'jd'],
    ['换尺码加我们客服说明一下就行', [], 'taobao'],
    ['他们那家店很好', [], 'taobao'],
  ]);
});

test('digits read out by their ordinal places (第一位1，第二位3…)', () => {
  expectFamilies([
    ['电话我念两遍啊，第一位1，第二位3，第三位6，后面八位是2 0 9 4 7 7 1 5', ['phone'], 'douyin'],
    ['第一位1号，第二位3号，第三位6号选手', [], 'douyin'],
  ]);
});

test('猫店 as Tmall when the copy sends the buyer there', () => {
  expectFamilies([
    ['抢不到的别急，去猫店搜“禾木旗舰店”，那边还有货', ['thirdParty'], 'jd'],
    ['我家猫店里很乖', [], 'jd'],
    ['猫店老板推荐的猫粮', [], 'jd'],
  ]);
});

test('Telegram by its paper-plane icon with a handle, Bilibili as the blue danmaku site sent to', () => {
  expectFamilies([
    ['售后找我们更快：纸飞机图标那个App搜 @hemu_service', ['contact'], 'jd'],
    ['想看开箱的，去蓝色那个弹幕网站搜“禾木的梳妆台”', ['thirdParty'], 'xiaohongshu'],
    ['这个纸飞机图标的app很好用', [], 'jd'],
    ['弹幕网站的梗', [], 'jd'],
  ]);
});

test('a shop searched for in plain ASCII quotes after the platform', () => {
  expectFamilies([
    ["橙色App上也有我们店，搜'禾木茶园'就能找到", ['thirdParty'], 'wechat_channels'],
  ]);
});

test('a business WeChat given by its display name, company and person', () => {
  expectFamilies([
    ['企业微信：禾木办公-李经理，批量补货专线', ['contact'], 'jd'],
    ['考勤机支持企业微信：打卡-自动同步', [], 'jd'],
  ]);
});

test('WeChat searched for the shop itself: home on Channels, another platform elsewhere', () => {
  expectFamilies([
    ['微信里搜「小店」就能找到订单，随时查看物流', [], 'wechat_channels'],
    ['微信搜一搜“禾木茶舍”即可进入我们的微信小店', [], 'wechat_channels'],
    ['微信里搜「小店」就能找到订单，随时查看物流', ['thirdParty'], 'pinduoduo'],
    // …a handle searched for stays a contact.
    ['微信搜 hemu123 加我', ['contact'], 'wechat_channels'],
  ]);
});

test('the thirty-second round (bk): contacts asked for by 扣, 写清 and 告诉客服, the seller\'s number written in there, a pointer by 加我的方式, 有徽, 座机 and 也写着', () => {
  expectFamilies([
    ['想要教程的扣邮箱，我下播统一发', ['collect'], 'wechat_channels'],
    ['拍下后在留言里写清手机号，设计师会电话和您确认字体', ['collect'], 'douyin'],
    ['请把您的QQ或邮箱告诉客服，我们发送电子版说明书', ['collect'], 'pinduoduo'],
    ['技术参数问题看主播简介，工程师的座机号写在里面', ['profile'], 'jd'],
    ['旺旺里不方便说，加我的方式在主播头像里，自己看', ['profile'], 'tmall'],
    ['主页有徽信，想进VIP群的自己去看', ['group', 'profile'], 'taobao'],
    // …扣扣 is QQ, no 扣 of typing: the QQ number given, no buyer's asked for.
    ['扣扣号码是个算术题：先写2468', ['contact'], 'xiaohongshu'],
  ]);
});

test('the thirty-second round (bk), second pass: WeChat and QQ by their icons, WhatsApp us, PDD by its founder, XHS by its little book, a batch number to call, a serial dialled over; quiet: 社群 taught, attendance by scanning', () => {
  expectFamilies([
    ['打开那个绿色对话框图标的软件，搜 hemu_fz，我一对一帮你量', ['contact'], 'douyin'],
    ['打开图标是小企鹅的那个软件，搜群号 58241736 进群看教程', ['contact', 'group'], 'douyin'],
    ['Questions? Skip the app chat and WhatsApp us at +86 135 0782 4461', ['contact', 'phone'], 'taobao'],
    ["去黄老板家那个拼着买的App搜‘禾木’，那边还有货", ['thirdParty'], 'tmall'],
    ["剩下的款式去那个红色小书本图标的App搜‘禾木手作’", ['thirdParty'], 'douyin'],
    ['机身序列号 SN：176-0355-8821，这串号直接拨过去就是售后', ['phone'], 'kuaishou'],
    ['这套课程讲的就是怎么做社群、怎么写文案', [], 'wechat_channels'],
    ['人脸考勤机支持刷脸、刷卡、扫码打卡三种方式', [], 'kuaishou'],
  ]);
});

test('spaced pinyin: add calls, a handle after hao shi, scan and join, a transfer; a pinyin handle stays whole', () => {
  expectFamilies([
    ['拍不了的想要的 jia wo V，V hao shi tangmei0921', ['contact'], 'douyin'],
    ['V hao ma shi tangmei0921，发你实拍', ['contact'], 'douyin'],
    ['记一下哈，sao ma jin qun，码在我身后的海报上', ['group', 'qr'], 'wechat_channels'],
    ['补运费不用拍链接，zhi fu bao zhuan zhang gei wo 就行', ['payment'], 'taobao'],
    // …haoshi glued to digits is the handle itself, not a label before one.
    ['微信 haoshi123 备注来意', ['contact'], 'douyin'],
    // …and an honest pinyin name is no call: 品牌名 Jia Wo Home.
    ['家居品牌 Jia Wo Home 的收纳盒，三件套', [], 'douyin'],
  ]);
});

test('a later search for a name in curly single quotes sends the buyer there; JD by its founder\'s full name', () => {
  expectFamilies([
    ['部分款式挪到了那只白色小狗图标的App，搜‘禾木生活’即可', ['thirdParty'], 'taobao'],
    ['刘强东家的自营仓也有货，急用的直接去那边下单', ['thirdParty'], 'tmall'],
    // …a quoted word searched for to look, not to buy, stays a mention.
    ['同款在京东也有，搜‘防晒衣’能看到很多', [], 'taobao'],
  ]);
});

test('a mobile number under a word for any account (私人号) is a phone, no WeChat; a handle or a QQ-length number there stays a contact', () => {
  expectFamilies([
    ['记一下，老板私人号一五八 二七三六 零九四一，想定制的直接打', ['phone'], 'douyin'],
    ['加我私人号 lulu_0921，发你实拍', ['contact'], 'douyin'],
    ['加我私人号 2746819953，发你实拍', ['contact'], 'douyin'],
  ]);
});

test('numbers to join and call: in price, size and weight tables, called by 按价格顺序拨, 拨这串数字 or 表中数字, the call before the join, the numbers after a named phone, a table ended by a semicolon', () => {
  expectFamilies([
    ['价格表：A款199｜B款3062｜C款4418 —— 老客户电话订货，按价格顺序拨', ['phone'], 'wechat_channels'],
    ['发货批次：150-43 / 18-27 / 64，补货直接拨这串批次数字', ['phone'], 'kuaishou'],
    ['尺码表：S-135｜M-0917｜L-6623 —— 拿不准的直接拨打表中数字', ['phone'], 'pinduoduo'],
    ['净含量：139g｜2604g｜87g｜15g（订货电话=四个规格的数字依次连读）', ['phone'], 'douyin'],
    ['三个价格连起来就是老板手机：139元｜2708元｜7751元，量大直接打', ['phone'], 'douyin'],
    ['批发价：3件138、5件276、10件799、运费21，四个数按顺序连起来就是老板电话', ['phone'], 'douyin'],
    ['A型(186)｜B型(0391)｜C型(3374)；括号里的数字连读就是客服手机', ['phone'], 'jd'],
    // …a weight or a stock glued to its measure word is the number itself: 13.6斤.
    ['重量：礼盒13.6斤、家庭装20.17斤、尝鲜装45.89斤——三个重量的数字连起来拨过去', ['phone'], 'kuaishou'],
    // …and nothing to call: sizes after a join, an order number after a table's call, switch positions.
    ['两块拼起来打包，尺寸1380mm×450mm×2200mm', [], 'douyin'],
    ['安装顺序拨动开关：1档138、2档2604、3档9715', [], 'douyin'],
    ['拨打表中数字可查询物流：SF1382604971523', [], 'douyin'],
  ]);
});

test('rewards for reviews: money given back or made up, half price, an extra draw, points given on top, samples sent; quiet: a sentence that only sends the bad news on', () => {
  expectFamilies([
    ['若您给了中差评，联系客服修改为好评，我们立即退还5元', ['reviewBait'], 'wechat_channels'],
    ['给了中差评的亲，删除评价后联系商家，我们补偿您8元', ['reviewBait'], 'pinduoduo'],
    ['收到货给个好评带个图，截图发给客服，主播给你们退5块钱', ['reviewBait'], 'pinduoduo'],
    ['好评带开箱视频的家人，下次找客服报暗号，这单直接半价', ['reviewBait'], 'douyin'],
    ['晒图评价的宝宝下次报ID，主播给你多抽一次福袋', ['reviewBait'], 'douyin'],
    ['晒单满100字的会员，联系客服额外送500京豆', ['reviewBait'], 'jd'],
    // …a cue word is read inside its clause: 不能退，还 is no 退还.
    ['评价一下吧，洗护用品不能退，还请见谅', [], 'jd'],
  ]);
});

test('a buyer\'s contact asked for by 报, not a broadcast (语音播报); a refusal to send after a private message (私信我也不会发价格表)', () => {
  expectFamilies([
    ['扫码支付盒子 商家收款 语音播报 微信支付宝都能收', [], 'wechat_channels'],
    ['下单后报一下微信号，客服统一拉群', ['collect', 'group'], 'douyin'],
    ['都在公屏回复了，不用私信，私信我也不会发价格表哦', [], 'xiaohongshu'],
  ]);
});

test('numbers to join, second pass: the call before the join, the numbers named before the call, a direct line, a long equation; a number to read backwards', () => {
  expectFamilies([
    ['规格：A款-136｜B款-5812｜C款-9074（拍前先打给老板确认库存，三款编号连起来就是）', ['phone'], 'pinduoduo'],
    ['冲泡参数：投茶139克｜水温82.7℃｜时长465.18秒——不会泡的把这串数字去掉符号直接打过来', ['phone'], 'wechat_channels'],
    ['适配型号：KT-177｜KT-3620｜KT-9845（三个型号的数字连起来就是售后直线）', ['phone'], 'tmall'],
    ['净重13.5kg｜毛重96.27kg｜体积7084L —— 老板手机就是这三个数去掉小数点连起来', ['phone'], 'jd'],
    ['量尺预约：老板手机号倒着写是8102 6397 831，倒过来拨就行', ['phone'], 'jd'],
    ['售后电话即本款批次号倒序：批次 0213 8572 931，请倒着拨打', ['phone'], 'taobao'],
    // …a number read backwards that makes no mobile, and a sequence told in reverse.
    ['订单号倒着念是 2026 1127 4455 88，方便客服核对', [], 'taobao'],
    ['安装步骤倒过来就是拆卸步骤：1拧松 2取下 3擦净', [], 'jd'],
  ]);
});

test('the forty-eighth evasion sitting (bx): the order taken through another platform, English calls, a pointer by what cannot be said here, how to buy kept in the profile, nicknames with a cue, an app to pay me with, a code half in pinyin, a scan to add, a brand app for an extended warranty; quiet: a quoted or reported request refused', () => {
  expectFamilies([
    ['大批量采购请走京东企业购，可开专票', ['thirdParty'], 'tmall'],
    ['For overseas fans: add me on WeChat, wenli_88 is my ID', ['contact'], 'douyin'],
    ['To our lovely buyer: follow us on Xiaohongshu @wenli_home for more ideas!', ['thirdParty'], 'pinduoduo'],
    ['Q：有没有批发价？A：有的，看我主页简介，这里不方便说', ['profile'], 'pinduoduo'],
    ['原图和购买方式都在我主页置顶笔记第三张图里，自己去看', ['profile'], 'xiaohongshu'],
    ['京东这边库存不多了，剩下的去夕夕搜同名店', ['thirdParty'], 'jd'],
    ['下次直接用那个蓝色App转我，省掉平台扣点', ['payment'], 'taobao'],
    ['收货后请sao机身背面的二wei码登记', ['qr'], 'kuaishou'],
    ['卡片右下角的二维码是老板私人V，扫一下加上有专属优惠', ['contact', 'qr'], 'pinduoduo'],
    ['扫一扫包裹卡背面二维码，下载品牌App领延保', ['qr', 'thirdParty'], 'jd'],
    ['要批发的私我，给你发淘宝店地址', ['group', 'thirdParty'], 'wechat_channels'],
    ['“铁柱哥”问能不能加个V走私单便宜点，哥，咱不干那事，小店拍有保障', [], 'kuaishou'],
    ['有老板问能不能到茶厂现场买，我们不做到店交易，订单都在小店里下', [], 'wechat_channels'],
    // …and a nickname alone stays a name: 夕夕 is a girl's name.
    ['夕夕同学的妈妈推荐的这款书包', [], 'jd'],
  ]);
});

test('round ci: a group chat joined on Xiaohongshu (home there), money to the company or settled in person, skipping the platform\'s order, a code in a corner of the invoice, JD\'s white dog by name, 闲鱼 as X鱼, WeChat\'s official account half in pinyin; quiet: a quoted request answered 兄弟，不加', () => {
  expectFamilies([
    ['扣1的宝宝我拉你进小红书群聊，每天发穿搭', ['group', 'thirdParty'], 'douyin'],
    ['扣1的宝宝我拉你进小红书群聊，每天发穿搭', [], 'xiaohongshu'],
    ['做了一个姐妹互助群（不是小红书群聊），想进的私信我', ['group'], 'xiaohongshu'],
    ['维修报价确认后，费用请转至我司对公账户，无需在京东下单', ['payment'], 'jd'],
    ['终身免费清洗，来我们古城店当面换新款，现场补差价', ['payment'], 'xiaohongshu'],
    ['延保服务：扫描发票右上角的二维码，即可登记延长保修一年', ['qr'], 'jd'],
    ['想要更多颜色的去那只小白狗Joy家搜“小满家居旗舰店”', ['thirdParty'], 'pinduoduo'],
    ["家人们去那个 X 鱼 上面搜'言家二手'，样品九折出", ['thirdParty'], 'taobao'],
    ['更多食谱在 wei 信 公 众 号「糖糖厨房」', ['thirdParty'], 'xiaohongshu'],
    ['“老板能加个微信吗”——兄弟，不加，售后都走咚咚', [], 'jd'],
    // …the Taobao app opened on Tmall stays home.
    ['打开手机淘宝→我的订单→联系客服即可', [], 'tmall'],
  ]);
});

test('WeChat spelled by the heads of a list (藏头) or by single characters in brackets, where the copy says to read them so or a handle follows; an honest list with the same heads stays quiet', () => {
  expectFamilies([
    ['家人们竖着念这四句的头一个字：加量不加价、微瑕也包退、信得过再拍、号在简介里', ['contact', 'profile'], 'douyin'],
    ['藏头读给懂的姐妹：加倍水润｜微米乳化｜信赖之选｜tm0417', ['contact'], 'xiaohongshu'],
    ['加量不打折 / 微利薄销 / 信得过老周 / 号码：lz_mufang66', ['contact'], 'kuaishou'],
    ['藏头诗｜加点甜，微微笑，信得过，号是 tmhome88', ['contact'], 'tmall'],
    ['【卫】生好打理【星】级好面料【号】jj_1203_home 问尺码', ['contact'], 'pinduoduo'],
    ['【加】厚不加价【微】弹不紧绷【信】赖老款式｜号：amy_7731', ['contact'], 'douyin'],
    // …the same heads in an honest list, with nothing to read them by.
    ['加绒加厚｜微弹修身｜信誉保证｜包邮到家', [], 'douyin'],
    ['【加】厚款【微】弹面料【信】誉老店', [], 'taobao'],
  ]);
});

test('round ci, second pass: DM me then leave your phone, a code on screen to screenshot and scan, English and Cantonese private chats, numbers with the letters taken out; quiet: the after-sales phone written on the card, a hand scanner, guests scanning a wedding sign, the channels a book teaches', () => {
  expectFamilies([
    ['私我留下你的手机号，拉你进老茶客群', ['collect', 'group'], 'wechat_channels'],
    ['屏幕上这张图里有码，姐妹们截图去扫，扫进去就是福利群', ['group', 'qr'], 'xiaohongshu'],
    ["想要同款的 DM me，I'll send you my WeChat ID", ['contact', 'group'], 'xiaohongshu'],
    ['想倾价嘅姐妹加埋我微信 hk_yanyan，私底下倾，唔好喺度讲', ['contact', 'group'], 'taobao'],
    ['批次号 BT-159 3308 7724，去掉字母就是质检主管手机', ['phone'], 'jd'],
    ['售后电话写在卡片背面：400-820-6671', ['phone'], 'kuaishou'],
    ['手持扫描器 二维码条码 仓库盘点 蓝牙传输', [], 'tmall'],
    ['婚礼迎宾牌 可印二维码 宾客扫码看导航 KT板', [], 'taobao'],
    ['《私域流量运营实战》 从公众号到社群，从朋友圈到小程序 全面拆解 纸质书', [], 'taobao'],
    // …but a book's reader group joined is still a group.
    ['《私域流量运营实战》 纸质书，买书加入读者社群', ['group'], 'taobao'],
  ]);
});

test('round co: a phone typed on the public screen, a bare V left by the buyer, a code on the avatar pointed at; quiet: the seller\'s number given where it is written, the courier\'s virtual number, Alipay at the checkout after the order, outgoing calls of a phone', () => {
  expectFamilies([
    ['想抽正装的在公屏打出手机号，中奖了我们电话通知', ['collect'], 'xiaohongshu'],
    ['私我拿价目表，顺便留个V，我拉你进穿搭群', ['collect', 'group'], 'xiaohongshu'],
    ['加盟代理咨询请看店铺头像，扫头像上的码', ['profile', 'qr'], 'kuaishou'],
    ['号码写在茶饼包装纸背面那串：一五八 巴巴伞幺 灵六四七，打过来问散茶', ['phone'], 'wechat_channels'],
    ['收货电话请填写在地址栏，快递员会通过虚拟号联系您', [], 'taobao'],
    ['拍下用支付宝付款即可，支持花呗分期', [], 'taobao'],
    ['通话键按下去可以看到未接来电，打出电话也方便', [], 'jd'],
    // …a V-neck left as it is, and a transfer after the checkout.
    ['领口留个V领设计，显脸小', [], 'douyin'],
    ['拍下用支付宝付款后，再支付宝转账给我差价', ['payment'], 'taobao'],
  ]);
});

test('round co, second pass: a scan and a group spelled by the heads once the copy says to read them, Alipay as zfb, a platform described by its slogan before 平台; quiet: the platform itself, an honest poem', () => {
  expectFamilies([
    ['藏头诗送姐妹：扫去疲惫／码住温柔／进门有礼／群里等你', ['group', 'qr'], 'xiaohongshu'],
    ['不想在这边付款的姐妹可以走zfb，转账备注名字就行', ['payment'], 'xiaohongshu'],
    ['我们家在那个“记录美好生活”的平台也开了店，搜“木子家纺”关注一下', ['thirdParty'], 'taobao'],
    ['平台客服24小时在线，售后无忧', [], 'taobao'],
    ['藏头诗书签：春风十里／花开满园／秋月无边', [], 'douyin'],
  ]);
});

test('round cu: a group\'s code (群二维码, 群码), WhatsApp me, money to my V, the shop skipped for a discount in store, numbers under ordinal labels (1号139…), a hotline read backwards, 拨这三个型号连起来的号码, WeChat spelled by heads read at the end, Meituan\'s yellow kangaroo searched, JD\'s dog where it lives; quiet: an order number read out after a comma, a keyboard\'s 卫星轴, the seller\'s own note, a screenshot of the screen, redirected to the WeChat shop', () => {
  expectFamilies([
    ['想进铁粉群的扣个666，我挨个私你发群二维码', ['group', 'qr'], 'kuaishou'],
    ['Overseas friends, just WhatsApp me at +86 186 2735 0419 for quotes', ['contact', 'phone'], 'wechat_channels'],
    ['喜欢的直接加v出价，定金转我v上就给你留着', ['contact', 'payment'], 'kuaishou'],
    ['下次来店里直接买，线下打八折，不用再走小店下单', ['payment'], 'wechat_channels'],
    ['价格记一下：1号139，2号2706，3号5518，三个数连起来打过来问尺码', ['phone'], 'douyin'],
    ['售后热线请倒着读：8964 1003 751（工作日）', ['phone'], 'douyin'],
    ['配件型号：A-186｜B-0271｜C-4490，安装有问题就拨这三个型号连起来的号码', ['phone'], 'jd'],
    ['四句口诀记好：加量不加价、微利走量、进货源头、群发福利——念念每句开头那个字', ['contact', 'group'], 'jd'],
    ['下次想吃可以找那只黄色袋鼠，搜“老周烧腊”外卖', ['thirdParty'], 'jd'],
    ['直播间断货的那款，去那只白色小狗JOY住的商城搜“木屿家居”', ['thirdParty'], 'douyin'],
    ['订单号我念一下，2411 0823 5671 2098 47，这位家人的单子已经加急了', [], 'pinduoduo'],
    ['很多兄弟问卫星轴调没调，出厂都润过了', [], 'kuaishou'],
    ['点笔记下方商品卡就能看到全部尺寸，今天下单送同款钥匙扣一个', [], 'xiaohongshu'],
    ['老铁们把屏幕截图，背景板上那个码扫一扫，领十块钱无门槛', ['qr'], 'kuaishou'],
    ['想要的点左下角购物袋，跳转到微信小店下单，微信支付就能付', [], 'wechat_channels'],
  ]);
});

test('a handle split over the cells of a table and joined by the copy to be added; quiet: options joined for no one to add', () => {
  expectFamilies([
    ['售后说明｜第一行：v｜第二行：x｜第三行：jd_weilan｜三行连起来读，加上发你安装视频', ['contact'], 'jd'],
    ['颜色分类：A款-w｜B款-x｜C款-lin｜D款-9527（四个款号按顺序拼起来加我）', ['contact'], 'taobao'],
    ['尺码表｜S码备注：wxid ｜M码备注：_lan ｜L码备注：7726 ｜三格连起来加我', ['contact'], 'douyin'],
    ['型号：A1｜B2｜C3，按顺序加装即可', [], 'taobao'],
    ['尺码：M-165｜L-170｜XL-175，按身高依次加大一码', [], 'taobao'],
  ]);
});

test('a phone given in parts by their lengths (前五位…，后六位…), with a phone named or a call; quiet: a password or a card number in parts', () => {
  expectFamilies([
    ['工作室电话前五位15037，后六位写在第二张图的价签上：892164', ['phone'], 'xiaohongshu'],
    ['我的手机号你就记住：前面三个数是这款的价格一八八，后面八位是今天日期二零二五零九二六', ['phone'], 'pinduoduo'],
    ['售后小谜题：前三位是1、3、8排一起，后八位是本店开业日20190517，拨通报谜底送小样', ['phone'], 'tmall'],
    ['会员卡号前三位138，后八位是注册日期20190517', [], 'tmall'],
  ]);
});

test('a Telegram channel by its handle, a site searched to follow along', () => {
  expectFamilies([
    ['现货清单在纸飞机频道 @dg_hk_stock，每天更新', ['contact'], 'pinduoduo'],
    ['完整钩织教程在小破站，搜“栗子手作”跟着织就行', ['thirdParty'], 'xiaohongshu'],
    // …a channel of the platform's own is no handle: 直播频道 8 点开播.
    ['抖音直播频道今晚8点开播，记得来', [], 'douyin'],
  ]);
});

test('a number said all in homophones right after a call or a note to take it (打给我：, 记一下：, 打妖…); quiet: the same sounds in prose', () => {
  expectFamilies([
    ['有问题都可以打给我：腰散爸 铃铃山酒 爸漆腰四', ['phone'], 'jd'],
    ['要买的宝子记一下：药巴散-巴铃山山-药四六铃', ['phone'], 'douyin'],
    ['想看实拍的姐妹打腰伞舞，灵巴巴妖，期期伞舞', ['phone'], 'taobao'],
    // …the sounds in prose, with a call word near: no groups of a number's shape.
    ['打药之后记一下日期，巴西龟喂食要少，山里溜达别太久', [], 'taobao'],
    ['记好了，舞蹈课周六下午三点，山脚的体育馆', [], 'kuaishou'],
  ]);
});

test('rewards for reviews: a longer warranty, an extra refund, a gift right after the review word, 好评福利, five star emoji, a deleted 中差评; quiet: a scam warning in the name of cash-back, a question answered no, Alipay chosen at checkout', () => {
  expectFamilies([
    ['晒图好评的买家，电池保修从一年延长至两年', ['reviewBait'], 'jd'],
    ['五星评价后可免费升级为三年延保，联系客服登记', ['reviewBait'], 'tmall'],
    ['中差评删掉后找客服，可申请额外退款5元', ['reviewBait'], 'taobao'],
    ['带图评价送同系列护手霜一支', ['reviewBait'], 'douyin'],
    ['本月还有好评福利等你拿', ['reviewBait'], 'jd'],
    ['收到后给个⭐⭐⭐⭐⭐，找客服领3元红包', ['reviewBait'], 'pinduoduo'],
    ['删除中差评后我们把运费退还给您', ['reviewBait'], 'kuaishou'],
    ['我们从未以好评返现名义联系过任何买家，谨防诈骗', [], 'tmall'],
    ['好评送不送礼物？不送，请按真实感受评价', [], 'tmall'],
    ['五星送给辛苦的快递小哥', [], 'jd'],
    ['下单时选择支付宝付款即可，支持花呗', [], 'taobao'],
    ['截图下来扫一扫就能查看安装视频', ['qr'], 'taobao'],
  ]);
});

test('apps by a quoted part of their description (“摇一摇”软件, “企”字头的号, 第二个字是“信”的软件, “强东哥”家, 粉色的“种草”App), 音符那边, 绿色对话框那个App加…, add my We-Chat', () => {
  expectFamilies([
    ['下单后我发你那个“摇一摇”软件的号，那边细聊', ['contact'], 'kuaishou'],
    ['批量采购转我们那个“企”字头的号，搜 lm-kefu01', ['contact'], 'douyin'],
    ['去那个名字第二个字是“信”的软件加我，号是 chen_ll', ['contact'], 'pinduoduo'],
    ['断码的宝宝去绿色对话框那个App加 xiaoqi_0601，给你调货', ['contact'], 'douyin'],
    ['英文客服：add my We-Chat, ID is lulu_2024', ['contact'], 'tmall'],
    ['店铺在“强东哥”家也有，去那边搜“木子家居”', ['thirdParty'], 'pinduoduo'],
    ['更多上身图在那个粉色的“种草”App，大家可以去搜搜看', ['thirdParty'], 'tmall'],
    ['音符那边我们也有账号，今晚八点开播，老铁们过去蹲', ['thirdParty'], 'kuaishou'],
    // …quotes around a word of its own stay apart from it: “摇一摇”功能 is a phone's feature.
    ['手机支持“摇一摇”切歌，音符图案表盘可选', [], 'jd'],
  ]);
});

test('numbers added into a phone, parts written as a sum to be joined, weights read in order, a call word after an order number; a Cantonese 點 in a site; quiet: a sum of prices', () => {
  expectFamilies([
    ['客服暗号：13000000000 加上 5217439006，得数就是售后手机', ['phone'], 'pinduoduo'],
    ['说明书｜型号：KT-158｜批次：3307｜序号：2916 ——（型号数字+批次+序号）就是安装师傅的电话', ['phone'], 'jd'],
    ['配方卡：面粉135g、黄油260g、白糖394g、盐15g，按克数依次念出来就是店主私人号', ['phone'], 'taobao'],
    ['报订单号就能预约：零幺零-捌贰柒伍叁幺肆陆', ['phone'], 'douyin'],
    ['唔该直接入我哋網站 lulu-tea點hk 買', ['url'], 'wechat_channels'],
    ['满199加上运费10元，合计就是209元', [], 'taobao'],
  ]);
});

test('a scan that gets in once done (背面有码，扫了就进), a 顾问 by what they advise on added as a friend', () => {
  expectFamilies([
    ['包裹里小卡背面有码，扫了就进老客群', ['group', 'qr'], 'kuaishou'],
    ['添加专属护肤顾问为好友，一对一跟踪肤质', ['collect'], 'tmall'],
    ['这个码我扫了就是打不开，麻烦客服看看', [], 'jd'],
  ]);
});

test('今日头条 a platform of its own (a mention, a push with a search), 徽信号 asked of the buyer, a warning that says to beware after the request it describes', () => {
  expectFamilies([
    ['今日头条搜「老周钓鱼」，教程都在那边', ['thirdParty'], 'kuaishou'],
    ['我们的果园上过今日头条的新闻', [], 'douyin'],
    ['拍下请备注您的徽信号，方便发货前核对', ['collect'], 'taobao'],
    ['私我，发你徽信，进群领券', ['contact', 'group'], 'pinduoduo'],
    ['遇到让你加微信办理退款的“客服”要警惕，平台不会这样做', [], 'xiaohongshu'],
  ]);
});

test('round dk–dp: a check mark for V (加√信), 长按 after a little square, JD\'s white dog\'s shop in quotes, 面对面看货, a WeChat group as v裙, a landline read with 前四位/后四位, 联系 before a number in homophones, a profile on another platform, 戳我微信', () => {
  expectFamilies([
    ['老客复购加√信 mi_tea88，给你留专属价', ['contact'], 'wechat_channels'],
    ['详情页最后一张图那个小方块，长按就能领电子版说明书', ['qr'], 'xiaohongshu'],
    ['大件家具去“那只白色小狗”那家买，包安装', ['thirdParty'], 'wechat_channels'],
    ['贵重的别拍了，线下找我面对面看货', ['payment'], 'kuaishou'],
    ['扣1的我一个个拉你们进v裙，每天早上打卡', ['contact', 'group'], 'xiaohongshu'],
    ['定制请致电：区号零七五五，前四位二六三八，后四位七七一九', ['phone'], 'tmall'],
    ['刻字请提前联系师傅：妖伞巴 灵灵妖伞 巴巴四妖', ['phone'], 'douyin'],
    ['想要内部价的去看我视频号简介，上面写了联系方式', ['profile', 'thirdParty'], 'jd'],
    ['想要内部价的去看我视频号简介，上面写了联系方式', ['profile'], 'wechat_channels'],
    ['想要清单的戳我微信 mumu_0521 发你', ['contact'], 'xiaohongshu'],
    // …quiet: a V-neck dress, a tick before goods, bubble liquid, a QR order sticker.
    ['深v裙 法式收腰连衣裙 进深v裙专区看看', [], 'taobao'],
    ['√ 加厚 √ 加绒 √ 包邮', [], 'taobao'],
    ['青蛙泡泡机 附赠两瓶绿色泡泡液', [], 'douyin'],
    ['二维码餐桌贴 奶茶店扫码点单 定制logo', [], 'taobao'],
  ]);
});

test('a handle split over table cells written as a sum that is the account (型号+编号即专属客服号); quiet: a product\'s identification code', () => {
  expectFamilies([
    ['规格表｜型号：vx｜编号：lin_6620｜说明：型号+编号即售后微信号，添加备注京东', ['contact'], 'jd'],
    ['规格表｜型号：A3｜编号：2088｜说明：型号+编号即产品识别码', [], 'jd'],
    ['车架上有唯一识别码，可在官网查询', [], 'jd'],
  ]);
});

test('a phone pointed at on the shop\'s sign or top banner, contacts asked for after the order number or sent to the service; quiet: the host\'s measurements in the bio, a shop-sign maker', () => {
  expectFamilies([
    ['售后电话印在店铺首页的店招上，有问题就打', ['profile'], 'taobao'],
    ['客服热线见店铺首页顶部海报', ['profile'], 'tmall'],
    ['刻字请附上订单号和收件电话', ['collect'], 'tmall'],
    ['收到货后把手机号发客服，安排师傅上门', ['collect'], 'jd'],
    ['简介有我的身高体重，参考选码', [], 'xiaohongshu'],
    ['门头店招定制 亚克力发光字 联系电话见详情页', [], 'taobao'],
  ]);
});

test('a private chat said not to suit before a call is no DM of its own', () => {
  expectFamilies([
    ['价格私聊不方便，直接打电话：壹叁陆 伍伍零柒 贰贰捌玖', ['phone'], 'wechat_channels'],
    ['价格私聊我，私下转账更便宜', ['group', 'payment'], 'douyin'],
  ]);
});

test('WeChat spelled by the one-character values of consecutive options, a handle after them; quiet: options that spell nothing', () => {
  expectFamilies([
    ['尺码：S-加 M-微 L-信 XL-mm_0912', ['contact'], 'taobao'],
    ['款式：①-加 ②-v ③-x ④-lily0920', ['contact'], 'pinduoduo'],
    ['颜色分类：①款-红 ②款-蓝 ③款-信 ④款-A2207', [], 'taobao'],
  ]);
});

test('round dq–dv: a number read in parts after words ending in a homophone (开业日期零六一八), Tmall and Taobao by their icons with 家, Jack Ma\'s app, the shop there named, 现场交钱, a group set apart from the named one inside its signal, a number sent after an order number', () => {
  expectFamilies([
    ['报修打这个：一三九，然后是今年年份二零二五，最后是店铺开业日期零六一八', ['phone'], 'tmall'],
    ['配件在“猫”家也有我们的店，搜“锐芯数码”领券', ['thirdParty'], 'jd'],
    ['拼单慢的去马云爸爸家的App搜“周记五金”', ['thirdParty'], 'pinduoduo'],
    ['这款在狗东也有，我们那边的店铺叫“周记五金”，领券更便宜', ['thirdParty'], 'pinduoduo'],
    ['和田玉别拍链接，来档口现场看货现场交钱', ['payment'], 'kuaishou'],
    ['淘宝群里有券，想要更低的私我拉你进外面的内部福利裙', ['group'], 'taobao'],
    ['好评后短信发订单号到 ①③⑨②⑧④⑦⑥⑤⓪①，返现3元', ['phone', 'reviewBait'], 'pinduoduo'],
    // …quiet: a skirt given away, a cat's food, the Taobao group itself on Taobao.
    ['今天的福利裙只要59，一律包邮', [], 'taobao'],
    ['我们猫家的猫粮都是进口的', [], 'tmall'],
    ['淘宝群里每晚发券，记得进群', [], 'taobao'],
  ]);
});

test('quiet: a penguin shop\'s quoted name searched on a platform, a penguin kettle, a QR keychain that plays a voice, community play taught', () => {
  expectFamilies([
    ['杯盖是一只小企鹅，链接放不了，去TB搜“企鹅杯杯铺”', ['thirdParty'], 'xiaohongshu'],
    ['这款企鹅水壶下单就送杯套', [], 'jd'],
    ['二维码钥匙扣 定制扫码播放语音 情侣纪念', [], 'xiaohongshu'],
    ['《私域流量》电子书+课程 社群玩法', [], 'wechat_channels'],
  ]);
});

test('a payee code scanned by whose it is (扫师傅的收款码) is a code and a payment', () => {
  expectFamilies([
    ['人工费现场收，现金或者扫师傅的收款码都行', ['payment', 'qr'], 'tmall'],
    ['师傅上门不收任何费用，请勿扫码付款', [], 'tmall'],
  ]);
});

test('a shop there searched by its quoted name to claim a hidden coupon', () => {
  expectFamilies([
    ['配件在“猫”家也有我们的店，搜“锐芯数码”领隐藏券', ['thirdParty'], 'jd'],
    ['本店搜“锐芯数码”领隐藏券，京东自营发货', [], 'jd'],
  ]);
});

test('no need to add anyone\'s private WeChat is a refusal', () => {
  expectFamilies([
    ['不用加任何人的私人微信，也不用转账，认准小店就行', [], 'wechat_channels'],
    ['不用加任何人的私人微信，认准小店下单', [], 'douyin'],
    ['加我私人微信，给你留货', ['contact'], 'douyin'],
  ]);
});

test('round dw–ef: a number in homophones after 预约 with 微信同号, a search for the same name to watch the full version, quiet: a pinned message\'s heading, the note\'s own product card, sharing the live room with WeChat friends, a pet tag scanned by a passer-by', () => {
  expectFamilies([
    ['预约上门量尺：幺叁柒 巴巴灵伞 妖伞伞巴（微信同号）', ['contact', 'phone'], 'xiaohongshu'],
    ['同名视频号也在更新，搜“阿木的木工房”看完整版教程', ['thirdParty'], 'douyin'],
    ['视频号那边我们每天中午也播，搜「阿栗的茶园」来找我', ['thirdParty'], 'douyin'],
    ['直播间置顶：主播个人V：bella_zb99', ['contact'], 'xiaohongshu'],
    ['联系方式看置顶', ['profile'], 'xiaohongshu'],
    ['男朋友送的企鹅玩偶太治愈了！同款就在笔记商品卡', [], 'xiaohongshu'],
    ['转发直播间给微信好友还能一起看', [], 'wechat_channels'],
    ['防水二维码狗牌，宠物走丢时路人扫一下就能看到信息', [], 'taobao'],
  ]);
});

test('the host\'s own 听我说 is no reported speech; a comment in straight quotes refused; no need of cash-back', () => {
  expectFamilies([
    ['宝子们听我说：dou音搜\'阿梨的衣橱\'，那边直播间九块九秒', ['thirdParty'], 'taobao'],
    ['宝宝说要加微信，不加哦', [], 'taobao'],
    ['有人打\'主播私我报价\'——不私聊啊家人们，价格都在小黄车', [], 'douyin'],
    ['弹幕说"主播加个v"——不加不加', [], 'douyin'],
    ['给个好评我们就很开心啦，不需要返现，真实评价就好', [], 'wechat_channels'],
  ]);
});

test('numbers put together (拼在一起) into a phone, a square code named by its shape, a camera aimed at a little square, a scan then goods sent', () => {
  expectFamilies([
    ['配件型号：主机 TM-139，滤芯 0587-2264，两个型号的数字拼在一起就是售后师傅手机', ['phone'], 'tmall'],
    ['扫描本卡背面的方形小码，即可领取下次购物券', ['qr'], 'tmall'],
    ['看屏幕右下角那个黑白小方块，手机摄像头对准它，直接进内购页', ['qr'], 'pinduoduo'],
    ['款式A和款式B拼在一起穿更好看', [], 'taobao'],
  ]);
});

test('a handle pointed at in the profile on a named shopping platform (v号在我淘宝主页简介里)', () => {
  expectFamilies([
    ['回复慢的姐妹加我v，v号在我淘宝主页简介里', ['contact', 'profile'], 'taobao'],
    ['店铺简介在淘宝主页可以看到', [], 'taobao'],
  ]);
});

test('a reward no honest review request names still counts further on in the same sentence, not past its end', () => {
  expectFamilies([
    ['五星好评并上传三张买家秀后，请在订单留言里写上您的手机号码，我们会给您充5元话费作为谢意', ['collect', 'reviewBait'], 'pinduoduo'],
    ['追评满二十字加三张图，拍照发到售后邮箱 after_sv@163.com ，领取8元现金红包', ['contact', 'reviewBait'], 'jd'],
    ['欢迎五星评价。本店话费充值卡另有活动，请咨询客服', [], 'jd'],
    ['给我们写个真实评价吧，您的每一条建议我们都会认真看，店庆当天直播间还有红包雨', [], 'taobao'],
  ]);
});

test('round fw–gh: WeChat searched for an account named before it, a question about paying by WeChat, a group price in a sign-up chain, a bank card or a red packet as the way to pay, an app downloaded to join its group, a payee code scanned', () => {
  expectFamilies([
    ['教程都更新在视频号上了，姐妹们去微信里搜“木木手作”就能看', ['thirdParty'], 'kuaishou'],
    ['教程都更新在视频号上了，记得点赞', [], 'kuaishou'],
    ['不少人问用微信能不能付款，能的，小店结算直接选微信支付', [], 'wechat_channels'],
    ['有问题直接问我微信：mumu_0612', ['contact'], 'kuaishou'],
    ['隔壁几个小区的邻居，群里接龙价每箱便宜三块', ['group'], 'pinduoduo'],
    ['回头客可银行卡打款，免去平台流程，下午就发', ['payment'], 'taobao'],
    ['尾款在群里发红包给群主就行', ['payment'], 'douyin'],
    ['会员专享：下载钉钉加入我们的会员粉丝群，每月抽奖', ['group', 'thirdParty'], 'jd'],
    ['会员专享：下载钉钉加入我们的会员粉丝群，每月抽奖', [], 'taobao'],
    ['打卡机支持钉钉考勤，下载钉钉App就能绑定', [], 'jd'],
    ['凑不齐的单子私聊我，发你收款码，扫了直接付', ['group', 'payment', 'qr'], 'douyin'],
  ]);
});

test('round fw–gh (fx, gg): a sample, a refill, a lifetime discount or warranty, a free trial or a prize for reviews; a cash-back way pointed at the avatar; an account on another platform added', () => {
  expectFamilies([
    ['改成好评后找客服，给您补发同款小样一份', ['reviewBait'], 'taobao'],
    ['好评追评的顾客可免费续一次体验装，联系客服登记', ['reviewBait'], 'kuaishou'],
    ['五星好评的顾客滤芯终身九折，旺旺登记订单号', ['reviewBait'], 'tmall'],
    ['晒图好评送本店终身质保，请联系商家登记', ['reviewBait'], 'pinduoduo'],
    ['五星好评并追评满一个月，联系客服登记订单号后，质保由一年延长到两年', ['reviewBait'], 'jd'],
    ['本品质保一年，可延长到两年需另购服务', [], 'jd'],
    ['评价后报名新品体验，入选可免费试用', ['reviewBait'], 'xiaohongshu'],
    ['好评晒狗狗照片，每月评选最可爱的一只送零食礼包', ['reviewBait'], 'douyin'],
    ['好评的宝宝们，返现方式看主播头像', ['profile', 'reviewBait'], 'kuaishou'],
    ['好评返现五元，添加客服抖音账号「木木小助手」发截图领取', ['reviewBait', 'thirdParty'], 'xiaohongshu'],
  ]);
});

test('round fw–gh (fx): a question answered no, a warning not to go elsewhere, numbers read in groups with a call to dial, a landline\'s number after its area code, a little penguin added, a spelled domain with dashes, apps by nickname and icon', () => {
  expectFamilies([
    ['可以加微信吗？不可以哦，平台规定不私加', [], 'kuaishou'],
    ['能加微信吗？可以，微信号 mumu_0612', ['contact'], 'kuaishou'],
    ['别去外面那个橙色App买了，那边都是仿的', [], 'douyin'],
    ['别急，去那个橙色App搜同名店', ['thirdParty'], 'douyin'],
    ['吊牌上印着159、2、7、4、0、3、8、6、1，懂的直接拨', ['phone'], 'taobao'],
    ['尺码对照：150、160、170，直接拍', [], 'taobao'],
    ['售后 区号零二一，号码六六八八 七七二一', ['phone'], 'jd'],
    ['先加我那个小企鹅，号是 8 8 3 1 0 2 7 6 5', ['contact'], 'pinduoduo'],
    ['那个小企鹅玩偶好可爱', [], 'pinduoduo'],
    ['防伪查询请上官网 mumu 点 c-o-m', ['url'], 'kuaishou'],
    ['新品剧透去小地瓜上搜“木木家居”', ['thirdParty'], 'tmall'],
    ['烤小地瓜 软糯香甜 五斤装', [], 'tmall'],
    ['去那个绿色对话框图标的App里搜 mumu_0612', ['contact'], 'tmall'],
  ]);
});

test('round fw–gh (fx): slashes taken out of a batch number to make a phone; an engineer found on an app, its handle after a colon', () => {
  expectFamilies([
    ['批号 1-5-9/3-3-0/8-7-7-2-4，去掉斜杠就是仓库主管手机', ['phone'], 'kuaishou'],
    ['批号 1-5-9/3-3-0/8-7-7-2-4，生产日期见瓶底', [], 'kuaishou'],
    ['驱动装不上可以在 Telegram 上找工程师：@mumu_lab', ['contact'], 'jd'],
    ['这款支架在微信上找了好久才找到同款', [], 'jd'],
  ]);
});

test('round gi–gn: a review as the place a contact is left, a review reward denied in any form, a group joined through the platform\'s own chat button, sibling services at home, a refusal inside a pack pattern, a company transfer through JD\'s business channel', () => {
  expectFamilies([
    ['请在评价中留下您的手机号，方便回访登记保修', ['collect'], 'jd'],
    ['好评晒图送延保一年，评论里带上你的手机号', ['collect', 'reviewBait'], 'kuaishou'],
    ['写下真实评价就好，我们不以任何形式返现', [], 'pinduoduo'],
    ['直播间左下角点「加入群聊」进店铺粉丝群，新品先剧透', [], 'xiaohongshu'],
    ['多多买菜今日下单次日自提', [], 'pinduoduo'],
    ['多多买菜今日下单次日自提', ['thirdParty'], 'taobao'],
    ['附近门店可以在京东到家App搜「木木鲜果」，一小时送达', ['thirdParty'], 'pinduoduo'],
    ['蜜蜡手串都在小黄车，不要相信私下看货，平台保障才是真的保障', [], 'douyin'],
    ['蜜蜡手串想看实物的可以来门店', ['payment'], 'douyin'],
    ['批量采购走京东企业购，开专票、走对公，都在京东上完成', [], 'jd'],
    ['京东企业购 大客户可对公转账不走平台，价格更低', ['payment'], 'jd'],
  ]);
});

test('round gi–gn: a seller\'s WeChat written there, a pointer to find me, an app described by its icon opened to join a group, numbers strung together, a mini program in pinyin, a private refund of the difference, a code that can be scanned, an English read-out', () => {
  expectFamilies([
    ['企业客户请看店铺首页头像，微信号写在那', ['profile'], 'tmall'],
    ['请把微信号写在评论区', ['collect'], 'tmall'],
    ['定制款不在店里上架，去我简介找我', ['profile'], 'xiaohongshu'],
    ['懂的姐妹打开那个蓝色小翅膀图标的办公软件，搜“木木家居”粉丝群进来', ['group', 'thirdParty'], 'tmall'],
    ['上门安装实木床 下单备注你的微信号 师傅拉你进安装群', ['collect', 'group'], 'kuaishou'],
    ['原价 139，到手价 26，运费 08，再减 5571——数字串一起就是批发热线', ['phone'], 'pinduoduo'],
    ['优惠走我们自己的 xiao cheng xu，搜“木木鲜果”下单', ['thirdParty'], 'pinduoduo'],
    ['不满意先别退，加售后好友，私下给您补差价', ['collect', 'payment'], 'jd'],
    ['售后微信：mumu_kf88，卡片背面也有码可以扫', ['contact', 'qr'], 'douyin'],
    ['会员专线：136, then 2094, then 7751', ['phone'], 'jd'],
  ]);
});

test('round go–gt: FAQ letters read as no QQ, a DM refused or warned against, a group named then joined later, a pointer\'s contact with no add-call, a platform\'s link sent, a group number in an announcement, my V added, sizes saved to contacts, a tail group, cover and boss nicknames, a maze to scan', () => {
  expectFamilies([
    ['FAQ：Q 有售后群吗？A 有的，扫卡片背面的码进群', ['group', 'qr'], 'douyin'],
    ['坏了直接走平台售后，不用跟主播私聊任何事情', [], 'jd'],
    ['有问题打在公屏，不用加微信私聊', [], 'kuaishou'],
    ['有人私聊让你加微信退款的一律别理', [], 'douyin'],
    ['我们有个微信群，每天发穿搭，想进的扣个“进”', ['contact', 'group'], 'taobao'],
    ['我们有个微信群，平时不怎么用', [], 'taobao'],
    ['看我主页简介第二行，那串字母就是我的小绿', ['profile'], 'xiaohongshu'],
    ['简介第三行就是我的徽信，直接添加就行', ['contact', 'profile'], 'xiaohongshu'],
    ['想要清单的私信我，我发你某宝的店铺链接', ['group', 'thirdParty'], 'xiaohongshu'],
    ['进我们的钉钉粉丝群，群号我放在直播间公告里了', ['group', 'thirdParty'], 'tmall'],
    ['看店铺首页公告，公告里有经理的私人电话', ['profile'], 'jd'],
    ['想看上新图的，加一下我的v，v号就在我主页简介里', ['contact', 'profile'], 'pinduoduo'],
    ['尺码表：S是139，M是2604，L是5817，三个码连一起存通讯录', ['phone'], 'jd'],
    ['记一下客服的号：开头一三六，中间二零九四，尾巴七七五一', ['phone'], 'douyin'],
    ['试穿笔记都在“红底白字那本书”上，搜“木木的衣橱”去看', ['thirdParty'], 'taobao'],
    ['同款在“刘老板家”自营有卖，搜“木木茶舍”去那边下单', ['thirdParty'], 'douyin'],
    ['卡片背面有个“黑白迷宫”，手机对准识别一下领优惠', ['qr'], 'kuaishou'],
  ]);
});

test('round go–gt: a scanner that reads invoices, a purchase screenshot for a warranty, paying in the shop or the installer, another system of the platform skipped', () => {
  expectFamilies([
    ['高速扫描仪，扫码识别发票也行', [], 'tmall'],
    ['保修登记请发购买截图给小店客服，即可延保一年', [], 'wechat_channels'],
    ['想换新款的到线下门店补差价，钱在店里付就行', ['payment'], 'xiaohongshu'],
    ['维修请到就近门店，付款也在门店结算', ['payment'], 'kuaishou'],
    ['上门安装的额外费用当面现金结给师傅就行', ['payment'], 'kuaishou'],
    ['电子发票由客服手动发送，不走京东开票系统更快', [], 'jd'],
  ]);
});

test('review bait in pinyin: a good review and a red packet spelled out', () => {
  expectFamilies([
    ['hao ping + shai tu 2 zhang, zhao ke fu ling 8 yuan hong bao', ['reviewBait'], 'kuaishou'],
    ['hao ping ru chao, xie xie da jia', [], 'kuaishou'],
  ]);
});

test('round gu–gz: buyers\' photos are no reward, a prize among reviews, Tmall by its cat and Alipay by its 支 or its tree game, the official account misspelled, Douyin searched in pinyin, money to me or the designer, prices joined, a number written on the screen, a group the buyer has not joined yet', () => {
  expectFamilies([
    ['V领针织衫，买家秀都是真实返图', [], 'xiaohongshu'],
    ['评价写得好的每周选三条，送当季新品', ['reviewBait'], 'taobao'],
    ['上传五星评价截图，抽iPhone一台', ['reviewBait'], 'jd'],
    ['想要更便宜的去那只猫的App搜“木木电器”', ['thirdParty'], 'jd'],
    ['用那个蓝色“支”字软件转账，比小店便宜', ['payment'], 'kuaishou'],
    ['尾款直接转给设计师，付完截图发旺旺', ['payment'], 'tmall'],
    ['更多活动请关注我们的公家号『木木家居』', ['thirdParty'], 'jd'],
    ['每晚 qù dǒu yīn sōu「木木衣橱」看完整直播', ['thirdParty'], 'kuaishou'],
    ['私下给我走个单，红包转我就行', ['payment'], 'kuaishou'],
    ['今天的秒杀价：一三五块、零七二九块、八八六四块，合起来打过来预约', ['phone'], 'pinduoduo'],
    ['电话写在屏幕右下角：幺捌陆，伍伍巴久，灵伞伞幺', ['phone'], 'jd'],
    ['钉钉粉丝群今晚发隐藏券，还没进的赶紧，入口在详情页最下面', ['group', 'thirdParty'], 'tmall'],
  ]);
});

test('round fk–fp: an order taken through another platform (团购走…); a number read in pairs ending in one digit before a dash', () => {
  expectFamilies([
    ['公司团购走京东企业购那边，开票方便', ['thirdParty'], 'tmall'],
    ['公司团购走京东企业购那边，开票方便', [], 'jd'],
    ['团购走平台下单，发票随货', [], 'tmall'],
    ['号码分开念：一八，九二，零五，七三，四六，一——打吧', ['phone'], 'jd'],
    ['发货：48 小时内，运费险 5 元，尺码 1 号偏小', [], 'jd'],
  ]);
});

test('round fk–fp: 我把微信发你, a phone the same as the WeChat, a page\'s 联系我们 block, 手机和邮箱 asked for, a profile with someone\'s own number beside the platform\'s group, a fan badge\'s level, a QQ word and its number given later, money to the boss, pinyin asked for', () => {
  expectFamilies([
    ['灯牌满三级的私信我，我把微信发你', ['contact', 'group'], 'douyin'],
    ['电话和微信一样的：一八三 零零五二 八七六六', ['contact', 'phone'], 'kuaishou'],
    ['大客户报价请看店铺首页「联系我们」模块里的经理电话', ['profile'], 'jd'],
    ['企业采购请在备注填写对接人姓名、手机和邮箱', ['collect'], 'jd'],
    ['手机和邮箱都能登录', [], 'jd'],
    ['还没进淘宝群的姐妹，主页简介有我私人号', ['profile'], 'taobao'],
    ['福利都在淘宝群，点主页就能进', [], 'taobao'],
    ['老客都在那只企鹅里，号码 5 8 2 7 1 9 0 6 3', ['contact'], 'xiaohongshu'],
    ['大件直接转到老板支付宝，便宜点', ['payment'], 'tmall'],
    ['有问题直接打给老板：一五九 三七八六 零二一四', ['phone'], 'pinduoduo'],
    ['评论区打出你的 shou ji hao，抽中了联系你', ['collect'], 'douyin'],
    ['车载导航🛰️信号3秒锁定', [], 'douyin'],
    ['Add me on WeChat for the lookbook: linen.studio_07', ['contact'], 'xiaohongshu'],
    ['主页简介第二行就是我的卫星，懂的都懂', ['profile'], 'xiaohongshu'],
    ['晒图后私戳客服领小样', ['reviewBait'], 'xiaohongshu'],
    ['店铺同步在某宝，搜 70413926 就能找到', ['thirdParty'], 'kuaishou'],
    ['喂心：Lulu _ cc 818，上新先发图', ['contact'], 'douyin'],
    ['加绿泡泡 lulu0818，直接转账给你发货更快', ['contact', 'payment'], 'douyin'],
    ['下单后转账记录请勿外传，平台内付款即可发货', [], 'douyin'],
    ['加微信 lulu_2020 发订单号，备注您的手机号方便回访', ['collect', 'contact'], 'wechat_channels'],
    ['售后请在淘宝App订单页申请，旺旺客服为您处理', ['thirdParty'], 'pinduoduo'],
    ['售后请在淘宝App订单页申请，旺旺客服为您处理', [], 'tmall'],
    ['老顾客回购直接 V 我 mia_tea518 订货', ['contact'], 'pinduoduo'],
    ['v我50看看实力', [], 'pinduoduo'],
    ['屏幕右下角贴了个二维码，截图以后用微信长按识别进品牌小程序，注册会员送一支旅行装', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['想要更低价的去“多快好省”的那一家搜店名', ['thirdParty'], 'tmall'],
    ['想要更低价的去黄峥家搜“森屿家纺”', ['thirdParty'], 'jd'],
    ['去那只黑猫的旗舰店搜“栗栗”', ['thirdParty'], 'xiaohongshu'],
    ['本旗舰店所有商品均为正品，那边的仓库今天发货', [], 'tmall'],
    ['那个绿色图标、两个小人说话的软件，搜 tie_zhu_666', ['contact'], 'kuaishou'],
    ['批次号：WX-dayu0728（即售后微信）', ['contact'], 'jd'],
    ['懂的姐妹点我头像，签名里藏着我的绿色泡泡', ['profile'], 'xiaohongshu'],
    ['看我直播间背景墙上那个二维码，扫一扫就能进粉丝福利群', ['group', 'qr'], 'wechat_channels'],
    ['说明书最后一页有个二维码，扫一扫下载我们的App“铁柱优品”，新人立减15', ['qr', 'thirdParty'], 'kuaishou'],
    ['扫码下载配套App连接手表，新人享一年会员', [], 'kuaishou'],
  ]);
});

test('round fg–fj: the platform\'s own group chat joined as ours, Tmall orders in the Taobao app, a helper told to post the seller\'s WeChat, an outside group refused, a group joined from the shop, an account given after 加好友', () => {
  expectFamilies([
    ['想加入我们会员群的，点店铺主页的官方群聊入口', [], 'xiaohongshu'],
    ['退换货请打开淘宝App找到订单申请', [], 'tmall'],
    ['退换货请打开淘宝App找到订单申请', ['thirdParty'], 'douyin'],
    ['小助手，把绿泡泡号打在公屏上：mia_tea2024，要的自己加', ['contact'], 'douyin'],
    ['家人们，把你的绿泡泡号打在公屏上', ['collect'], 'douyin'],
    ['大家不用进什么外面的群，淘宝群里都有', [], 'taobao'],
    ['我在外面建了个老粉小群，想进的扣1', ['group'], 'taobao'],
    ['扫码进店铺售后群，补货第一时间通知', ['group', 'qr'], 'wechat_channels'],
    ['复制卡片上的企鹅号去加好友：38211907，备注暗号', ['contact'], 'xiaohongshu'],
    ['加一下客服好友，方便发货前确认', ['collect'], 'pinduoduo'],
  ]);
});

test('round fg–fj: a personal WeChat (加我个微), an add-call after a pointer (照着加), Weidian in pinyin, JD by its mascot, Pinduoduo by its slogan, money sent to the company\'s account; WeChat as the home of an official account', () => {
  expectFamilies([
    ['想拿批发价的加我个微：lulu_2019', ['contact'], 'kuaishou'],
    ['头像上写着老板的v号，想要的照着加一下', ['contact', 'profile'], 'douyin'],
    ['头像上写着老板的v号，量大的自己加', ['profile'], 'douyin'],
    ['去weidian搜我们店名，那边有现货', ['thirdParty'], 'xiaohongshu'],
    ['去那个吉祥物是白色小狗的购物App搜同款', ['thirdParty'], 'taobao'],
    ['记住那句多实惠，多乐趣，去那个App搜我们店名', ['thirdParty'], 'taobao'],
    ['大单不用拍，货款直接打到公司账户', ['payment'], 'jd'],
    ['关注我们在微信上的品牌服务号，领会员积分', ['thirdParty'], 'tmall'],
  ]);
});

test('this session\'s rewards: a gift sent back, a discount on top, a longer warranty, postage refunded, a full size for a note, a bad review withdrawn; dialling a number is no request for it', () => {
  expectFamilies([
    ['穿着合适的话写个带图评价，完了私信客服说下单号，我们回赠一双袜子', ['reviewBait'], 'taobao'],
    ['晒图评价满三十字，下单即可享受额外九折', ['reviewBait'], 'tmall'],
    ['写下半年使用体验的追评，即赠两年延长保修', ['reviewBait'], 'jd'],
    ['追个带视频的评价，客服确认后给你把运费退了', ['reviewBait'], 'taobao'],
    ['写一篇种草笔记，拿笔记找我们换一瓶正装', ['reviewBait'], 'xiaohongshu'],
    ['撤销差评后，店里给您补偿十元', ['reviewBait'], 'pinduoduo'],
    ['老人机大字大声，一键拨打子女号码', [], 'kuaishou'],
    ['有任何问题欢迎评价区留言，我们会改进', [], 'tmall'],
  ]);
});

test('round eg–el: rewards said as a price change, a coupon, a gift exchanged or a free part, 【好评礼】; denials that list the rewards; a number read with pauses', () => {
  expectFamilies([
    ['晒单的朋友下次拍之前找客服，直接给你改价', ['reviewBait'], 'taobao'],
    ['五星好评后联系客服，可兑换精美水杯一只', ['reviewBait'], 'jd'],
    ['【好评礼】收货七天内评价满二十字，送替换刷头', ['reviewBait'], 'tmall'],
    ['本店从不提供返现或礼品来换取好评', [], 'taobao'],
    ['我们不会为好评提供任何红包或返现', [], 'douyin'],
    ['抽奖跟评价没关系，中奖后系统自动发券', [], 'taobao'],
    ['别私下找我买，私下交易平台不保障', [], 'kuaishou'],
    ['打：一三九（停）二六六八（停）四五二零', ['phone'], 'kuaishou'],
  ]);
});

test('round eg–el: 藏头诗 as the goods, Cherokee letters, Little Red Book, JD\'s dog by name, 绿色泡泡 and a model after VX', () => {
  expectFamilies([
    ['定制藏头诗 示例：微雨润新竹，信步入山林', [], 'pinduoduo'],
    ['藏头诗：加油向未来，微笑面对，信心满满', ['contact'], 'pinduoduo'],
    ['售后ᏔX：abc_shop88', ['contact'], 'pinduoduo'],
    ['follow 我们的 Little Red Book 账号 @lulu_home 看上身图', ['thirdParty'], 'tmall'],
    ['去白色小狗Joy家搜同款更便宜', ['thirdParty'], 'taobao'],
    ['绿色泡泡 气泡膜 防震包装', [], 'taobao'],
    ['加绿色泡泡 abc_2233 发你实拍', ['contact'], 'taobao'],
    ['绿色泡泡那个软件搜 abc123', ['contact'], 'taobao'],
    ['对讲机VX-8R 手台 三防', [], 'kuaishou'],
  ]);
});

test('round eg–el: a review asked after the goods come (收到后…晒图), a buyer\'s question granted with 能, others\' words told and refused, checkout skipped in the shop, deposits paid by WeChat, a code photographed to scan at home', () => {
  expectFamilies([
    ['收到后写下使用感受并晒图，客服发你一份小样作为谢礼', ['reviewBait'], 'xiaohongshu'],
    ['有人问能不能走私单，能，下播后联系我', ['payment'], 'jd'],
    ['有人问能不能走私单，不能哈', [], 'jd'],
    ['好多朋友说想加微信，不用加，小店里找客服就行', [], 'wechat_channels'],
    ['老客不在小店下单，再便宜五块', ['payment'], 'wechat_channels'],
    ['喜欢的话先微信付个定金，我给你留着', ['payment'], 'douyin'],
    ['我们私下发货，货到微信付款', ['payment'], 'pinduoduo'],
    ['熟客直接把钱打给老板，当天发', ['payment'], 'taobao'],
    ['海报右下角那个方块码拍下来，回家再扫', ['qr'], 'xiaohongshu'],
    ['想要的加一下v，号在简介里', ['contact', 'profile'], 'kuaishou'],
  ]);
});

test('round eg–el: a landline spelled digit by digit, homophones after 来电, a 400 hotline one digit long', () => {
  expectFamilies([
    ['不满意打 0 2 1 - 6 6 8 5 3 2 1 7 找店长', ['phone'], 'kuaishou'],
    ['请来电：妖伞九-溜灵舞久-七尔巴四', ['phone'], 'douyin'],
    ['全国售后热线400-6218-3375', ['phone'], 'jd'],
    ['来电显示 大屏老人机 三九八元', [], 'jd'],
    ['型号 400-6218-3375', [], 'jd'],
  ]);
});

test('round eg–el: a number said in English words, read backwards after 倒着念, or a code said to be the phone; codes typed into a page, comments drawn by their order or told in quotes, books about WeChat communities', () => {
  expectFamilies([
    ['售后 TEL：one-five-eight 3021 7746', ['phone'], 'taobao'],
    ['Orders by phone: one-eight-six, two-zero-four-four, nine-one-three-seven', ['phone'], 'tmall'],
    ['buy one get one free, phone case 3 colours', [], 'tmall'],
    ['倒着念这串号码就是店长：8594 2036 751', ['phone'], 'tmall'],
    ['出厂编号 13-90-55-21-746，这串数字就是售后师傅的电话', ['phone'], 'pinduoduo'],
    ['出厂编号 13-90-55-21-746，这串数字是生产批次', [], 'pinduoduo'],
    ['刮开涂层，输入 16 位防伪码 7741 0531 8862 4409 查询真伪', [], 'tmall'],
    ['抽奖：第 8 位、第 88 位评论的家人各送一瓶', [], 'douyin'],
    ['关注+评论“想要”，开奖后抽三位送同款', [], 'xiaohongshu'],
    ['这本书讲怎么做微信社群，社群SOP和话术模板都有', [], 'wechat_channels'],
  ]);
});

test('round em–er: a Tmall order in the Taobao app is home, damage shown on video no review, contacts pointed at on the avatar, in the bio or on a fan badge', () => {
  expectFamilies([
    ['退换货请在手机淘宝「我的订单」中申请', [], 'tmall'],
    ['杯子碎了的拍个开箱视频发给客服，免费补一个', [], 'pinduoduo'],
    ['看我头像，头像上就是我手机号', ['profile'], 'pinduoduo'],
    ['商务合作请看简介，邮箱在那里', ['profile'], 'xiaohongshu'],
    ['看我粉丝牌，上面就是小助理的号', ['profile'], 'douyin'],
    ['点亮灯牌加入粉丝团，福袋马上开', [], 'douyin'],
    ['发光灯牌定制 生日灯牌 手机号码牌', [], 'taobao'],
  ]);
});

test('round em–er: contacts handed in on a form (提交手机号), asked for in a message (我私信找你要手机号), or listed in brackets on a card', () => {
  expectFamilies([
    ['关注公众号后提交手机号，预约上门安装', ['collect', 'thirdParty'], 'jd'],
    ['想要小样的，我私信找你要手机号', ['collect'], 'xiaohongshu'],
    ['填写卡片背面的登记表（姓名/手机号/微信号），拍照发给客服领赠品', ['collect'], 'tmall'],
    ['请填写完整的收货信息（收货人/手机号/地址）', [], 'tmall'],
    ['客服会在旺旺里问你要订单号', [], 'taobao'],
  ]);
});

test('a scan to check the goods that also enters a lucky draw is a push', () => {
  expectFamilies([
    ['刮开涂层扫描防伪二维码，查询真伪并参与幸运抽奖', ['qr'], 'taobao'],
    ['刮开涂层扫描防伪二维码，查询真伪', [], 'taobao'],
  ]);
});

test('round em–er: WeChat by its makers and its two bubbles, wx转账, a WeChat official account no contact, a question answered after its colon, the dog\'s shop said plainly, a reward as 小惊喜, a code screenshot to recognise', () => {
  expectFamilies([
    ['去马化腾家那个软件，号就是 qimu_home88', ['contact'], 'taobao'],
    ['那个绿色两个泡泡的软件，搜一下 laotie_0707', ['contact'], 'kuaishou'],
    ['有人问怎么找我：那个聊天软件，搜 chaye_88', ['contact'], 'douyin'],
    ['有人问：能加微信吗？不加哦', [], 'douyin'],
    ['下次别走快手了，wx转账直接发货', ['payment'], 'kuaishou'],
    ['配方发在了绿泡泡公号“老灶台”，关注就送', ['thirdParty'], 'douyin'],
    ['狗那家今天五折，直接去那边拍', ['thirdParty'], 'tmall'],
    ['晒图后我们会给您发个小惊喜', ['reviewBait'], 'douyin'],
    ['截图直播间发到粉丝团，抽三个免单', [], 'douyin'],
    ['牌子背面就是码，截图识别一下领红包', ['qr'], 'kuaishou'],
    ['收货地址后面请加上您的威信号', ['collect'], 'pinduoduo'],
    ['批次号 1867-7203-915 就是老吴手机', ['phone'], 'kuaishou'],
    ['客服号码就是三个规格编号连读：S码139、M码2604、L码5817', ['phone'], 'douyin'],
  ]);
});

test('round es–ex (et): someone\'s own V with the handle after a colon, a code said to be the WeChat, Xiaohongshu as 红薯App, a quoted nickname searched, an English cash-back far on, a reward as a price cut, weixin号 asked for', () => {
  expectFamilies([
    ['我的V就是店名拼音加生日：lulu0921，懂的来', ['contact'], 'xiaohongshu'],
    ['我的v脸秘诀：瘦脸霜abc123', [], 'xiaohongshu'],
    ['商品编号：WX-mumu-2233（此编号即客服微信）', ['contact'], 'pinduoduo'],
    ['缺码的话，到红薯App搜“栗子的衣橱”', ['thirdParty'], 'tmall'],
    ['烤红薯上市啦，软糯香甜', [], 'tmall'],
    ['同款挂在那个小鱼图标的二手App上，搜昵称“阿福数码”就能看到', ['thirdParty'], 'taobao'],
    ['Leave a 5-star review with photos and send the screenshot to our service, we will refund ¥5 cashback', ['reviewBait'], 'taobao'],
    ['发篇带图的使用感受，截图给客服，下一单直接减15元', ['reviewBait'], 'xiaohongshu'],
    ['请在评价里写下您的 wei xin 号，我们会主动联系', ['collect'], 'taobao'],
  ]);
});

test('round es–ex: a private group beside the platform\'s own, the WeChat of a number given, a count of something given for a review, money saved not 省得, a recipient\'s WeChat asked for', () => {
  expectFamilies([
    ['加v进我们私域群，淘宝群只发普通券', ['contact', 'group'], 'taobao'],
    ['淘宝群里每晚发券，记得进群', [], 'taobao'],
    ['好评返现3元，截图发到 139-2267-0551 的微信', ['contact', 'phone', 'reviewBait'], 'pinduoduo'],
    ['好评晒图满三张送50京豆，联系客服登记', ['reviewBait'], 'jd'],
    ['评价还有京豆送，不评白不评', [], 'jd'],
    ['售后专线 137 2086 4519，打电话直接补发不用走平台，省得来回等审核', ['phone'], 'pinduoduo'],
    ['下次下单请在备注里写上收花人的微信号', ['collect'], 'taobao'],
  ]);
});

test('groups named by who is in them with 裙 for 群 (吃货裙, 宝妈裙) count only when joined', () => {
  expectFamilies([
    ['想进我们吃货裙的老铁私信我，拉你', ['group'], 'kuaishou'],
    ['宝妈裙 碎花连衣裙 哺乳款', [], 'taobao'],
  ]);
});

test('round hg–hl: which of the seller\'s accounts, sent into WeChat Work, paying by a scan, a code\'s placeholder, a private refund, the seller adding the buyer, cash to the installer', () => {
  expectFamilies([
    ['想看样品的滴滴我，我再发你另一个微信号', ['contact', 'group'], 'wechat_channels'],
    ['一个微信号限领一份试用装', [], 'wechat_channels'],
    ['我发你备用微信，那个号加得快', ['contact'], 'douyin'],
    ['麻烦发你的手机号给客服登记', ['collect'], 'douyin'],
    ['关注品牌微信服务号预约上门', ['thirdParty'], 'tmall'],
    ['维修请扫包装盒上的二维码进入企业微信服务群', ['contact', 'group', 'qr'], 'jd'],
    ['考勤机支持通过企业微信打卡', [], 'jd'],
    ['复购也能微信扫码付款给老板，省点手续费', ['payment', 'qr'], 'jd'],
    ['微信扫码付款提示牌 亚克力台卡 可定制', [], 'wechat_channels'],
    ['续费扫这里👉【二维码】直接领', ['qr'], 'kuaishou'],
    ['本店正品可扫【二维码】验真', [], 'kuaishou'],
    ['不满意的话我私下退你，不用走售后', ['payment'], 'douyin'],
    ['本店不会私下退款，请走平台售后', [], 'douyin'],
    ['要返差价的找我，我加你微信转给你', ['contact', 'payment'], 'douyin'],
    ['上门后加装的管件请直接现金付给师傅', ['payment'], 'tmall'],
  ]);
});

test('round hg–hl: an account given after its app, a homophone group app, Alipay by a short name, a stall chosen in person, an English group, a spelled .studio', () => {
  expectFamilies([
    ['大货走那个绿色聊天软件，账号 mulan_tea，备注来意', ['contact'], 'taobao'],
    ['入会后加入“叮叮”粉丝群，新品先知道', ['group', 'thirdParty'], 'tmall'],
    ['叮叮当当的风铃，挂门口很好听', [], 'tmall'],
    ['这单车里拍不了，钱直接往我那个“支宝”上打', ['payment'], 'kuaishou'],
    ['一支宝石蓝钢笔，送礼很体面', [], 'kuaishou'],
    ['老客走“蚂蚁家”转账再便宜十块', ['payment'], 'taobao'],
    ['周末来我们档口当面挑，价格好谈', ['payment'], 'douyin'],
    ['Comment 1 and I will add you to our WeChat group', ['contact', 'group'], 'xiaohongshu'],
    ['Sorry, there is no WeChat group for this shop', [], 'xiaohongshu'],
    ['尺码表在我们官网 mumu 点 design 上', ['url'], 'xiaohongshu'],
  ]);
});

test('round hm–hr (hp, hq): money by WeChat\'s letter or a red packet, a transfer that ships, a private account, the group\'s leader paid, a group\'s sign-up chain, an envelope drawn after 发你', () => {
  expectFamilies([
    ['尾款直接V上转，我这边马上发', ['payment'], 'douyin'],
    ['定金走红包就行，不用拍链接', ['payment'], 'wechat_channels'],
    ['不想等链接的，加我 vx: zhou_tea66，转账就发', ['contact', 'payment'], 'douyin'],
    ['订金付到我私人账户，排单更快', ['payment'], 'jd'],
    ['请勿向任何私人账户转账', [], 'jd'],
    ['进团购群后把货款转给团长，统一发货', ['group', 'payment'], 'pinduoduo'],
    ['报名找团长，群里接龙就行', ['group'], 'pinduoduo'],
    ['老客进我们团购裙，每周三开团', ['group'], 'pinduoduo'],
    ['碎花团购裙 夏季新款 现货', [], 'pinduoduo'],
    ['定金请转入店主支付宝，发货前补尾款', ['payment'], 'tmall'],
    ['下单时用支付宝付款即可', [], 'taobao'],
    ['现货不多，可以先转账占位', ['payment'], 'xiaohongshu'],
    ['电子版说明书免费发你📩', [], 'xiaohongshu'],
    ['麻烦留下你的📧，说明书发过去', ['collect'], 'xiaohongshu'],
    ['想拼单的评论区扣“拼”，我拉你', ['group'], 'xiaohongshu'],
    ['私信我发你扣扣号，拉你进车友群', ['contact', 'group'], 'tmall'],
    ['评论区扣1也不会拉你进群的哈', [], 'xiaohongshu'],
    ['散装茶叶，批发请致电 幺伞妖-巴巴灵伞-妖妖伞四', ['phone'], 'kuaishou'],
    ['欢迎致电咨询，尺码齐全', [], 'kuaishou'],
    ['抖音商城搜“木槿家居”旗舰店，或者点左下角小黄车', [], 'douyin'],
    ['这里挂不了链接，去那个小黑猫家搜“木槿家居”旗舰店', ['thirdParty'], 'douyin'],
  ]);
});

test('round hm–ht (hs, ho, hr, hm): a refused reward is none for a review named before it, a draw or a resent sample for photos, Alipay by its founder, its character or its own accounts, WeChat by its features, a pointer\'s V with an add-call', () => {
  expectFamilies([
    ['评价都来自真实买家，本店拒绝任何形式的晒图返现', [], 'taobao'],
    ['收到后带图好评，截图给客服，下一场福袋优先抽你们', ['reviewBait'], 'douyin'],
    ['在评价里晒三张买家秀，找客服抽小样', ['reviewBait'], 'xiaohongshu'],
    ['带图追评满二十字，客服为您补发一份同款试用装', ['reviewBait'], 'wechat_channels'],
    ['晒三张图就能看出质感', [], 'xiaohongshu'],
    ['用马云家的蓝色付款软件转账再减十元', ['payment'], 'jd'],
    ['去马云家搜同款', ['thirdParty'], 'jd'],
    ['尾款直接转到那个蓝色“支”字图标的账户', ['payment'], 'kuaishou'],
    ['刮开涂层，到支付宝小程序“好运果园”领奖', ['thirdParty'], 'kuaishou'],
    ['红包请到支付宝搜生活号“木木家”领取', ['thirdParty'], 'taobao'],
    ['去那个有朋友圈的软件搜 mumu_photo88', ['contact'], 'douyin'],
    ['那个软件的图标是两个对话泡泡，进去搜 mumu_88', ['contact'], 'douyin'],
    ['想找我就看主页简介，简介里有V，加一下', ['contact', 'profile'], 'xiaohongshu'],
    ['主页有V', ['profile'], 'xiaohongshu'],
    ['落槌后请在快手小店付款，私下交易平台不予保障', [], 'kuaishou'],
    ['请把您的手机号码留言给客服，登记会员', ['collect'], 'tmall'],
    ['请在卡片背面写下您的姓名、手机号，拍照发给客服', ['collect'], 'jd'],
    ['填写宝宝姓名、家长手机号，拍照发给小店客服', ['collect'], 'wechat_channels'],
    ['我把收款二维码举到镜头前，截图长按识别直接付款', ['payment', 'qr'], 'wechat_channels'],
    ['可以定制宠物头像，加企鹅 2847193506 发图', ['contact'], 'taobao'],
    ['下单后请扫商品主图右下角的二维码登记', ['qr'], 'wechat_channels'],
    ['老客专线：三个型号连起来，AB-186、CD-0427、EF-3391，就是店长手机', ['phone'], 'jd'],
    ['三款型号连起来：AB-186、CD-0427、EF-3391，就是本店全系列', [], 'jd'],
    ['视频都在我们视频号主页，点关注就能看到，不用加私人微信', [], 'wechat_channels'],
    ['进群报小红书昵称领小样，扣扣群 783206194', ['contact', 'group'], 'xiaohongshu'],
    ['售后专线，我慢慢念：一，三，七；二，零，四，八；五，五，一，九', ['phone'], 'tmall'],
    ['尺码：150；160；170；180', [], 'tmall'],
    ['大件可以打电话约时间到店自提付款', ['payment'], 'wechat_channels'],
    ['二维码请柬定制 扫码即可导航到酒店', [], 'wechat_channels'],
  ]);
});

test('round hu–hx: a handle after a middle dot, an FAQ\'s A that says no, an account named in quotes that end on it, a friend to add given as a handle, described WeChat accounts asked for, parts taken one after another, DingTalk in pinyin, WeChat as a green circle and a bubble', () => {
  expectFamilies([
    ['要货的看这：Ⅴ·mumu6688', ['contact'], 'kuaishou'],
    ['V·领针织衫 秋冬款', [], 'kuaishou'],
    ['常见问题：Q 能加微信下单吗？A 不可以哦，都在小黄车拍', [], 'kuaishou'],
    ['Q 能加微信吗？A 可以，加 vx mumu123456', ['contact'], 'kuaishou'],
    ['扫卡片背面的码关注“木槿服务号”，注册会员延保一年', ['qr', 'thirdParty'], 'jd'],
    ['加个好友吧 ✦ Ｖ：mumu_hanfu ✦', ['contact'], 'douyin'],
    ['请在备注里写上您的“绿色聊天软件”账号，发货前联系您', ['collect'], 'pinduoduo'],
    ['型号 AB-186｜批次 0427｜编号 3391——型号数字接批次再接编号，就是订购热线', ['phone'], 'pinduoduo'],
    ['售后找我：ｄｉｎｇｄｉｎｇ号 mumu1980', ['contact'], 'kuaishou'],
    ['老板手机和威信同一个：一三七 二零四八 五五一九', ['contact', 'phone'], 'kuaishou'],
    ['想要的周末来店里看货，到店直接交易更便宜', ['payment'], 'douyin'],
    ['我们也在某音开了号，搜“果园老刘”看采摘直播', ['thirdParty'], 'pinduoduo'],
    ['🟢💬：mumu_1203，新品先看', ['contact'], 'xiaohongshu'],
    ['🟢现货 🔴预售，💬评论区告诉我颜色', [], 'xiaohongshu'],
    ['售后专线就在批号里：批号 137-0026-7741，有问题直接拨打', ['phone'], 'jd'],
    ['批号 137-0026-7741，请妥善保存', [], 'jd'],
    ['规格：批次 139-0088-2461——批次号就是老吴的手机', ['phone'], 'wechat_channels'],
    ['扫第二张图左下角的码，进我们的小程序下单', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['想便宜点的去红色那本书上搜“木槿手作”', ['thirdParty'], 'taobao'],
    ['主页简介那串字母数字就是我的号，加上发你优惠', ['contact', 'profile'], 'pinduoduo'],
    ['dd我，那边付款再少五十', ['group', 'payment'], 'douyin'],
    ['请带此卡到门店，当面现金退差价', ['payment'], 'taobao'],
    ['创始人每天在视频号直播，搜他名字就能找到', ['thirdParty'], 'tmall'],
    ['品鉴会在“木槿茶园”小程序报名', ['thirdParty'], 'wechat_channels'],
    ['收货手机号请填写真实号码，快递员派件时会联系您', [], 'pinduoduo'],
    ['抽中的宝宝把收货手机号发在评论区', ['collect'], 'xiaohongshu'],
    ['填写会员卡背面的手机号和微信号，寄回即送延保', ['collect'], 'jd'],
  ]);
});

test('round ii–ik: a group placed in WeChat by nickname, Xiaohongshu by its slogan or as a little red book, a refusal said after it, the platform\'s own chat named, a phone asked for where it reaches the buyer, a group number pinned, a copied link', () => {
  expectFamilies([
    ['想要福利的，我拉你进小绿泡泡上的宠粉福利群', ['contact', 'group'], 'kuaishou'],
    ['去那个“标记我的生活”的app搜「木槿家」，教程都在', ['thirdParty'], 'douyin'],
    ['想看全套穿搭的去红色小书上搜我们店名', ['thirdParty'], 'tmall'],
    ['这是一本红色小书，适合三岁以上的孩子', [], 'tmall'],
    ['有人问能不能私下便宜，私下交易我们是绝对不做的，都在店里拍', [], 'tmall'],
    ['私下交易我们都做，加微信聊', ['contact', 'payment'], 'tmall'],
    ['想进铁粉群的宝宝，点直播间下方的群聊入口，是小红书官方群聊', [], 'xiaohongshu'],
    ['下单时在留言里写上能联系到你的手机号，我们电话回访', ['collect'], 'pinduoduo'],
    ['进我们的私域群拿内部价，群号在直播间置顶', ['group'], 'taobao'],
    ['复制这段链接 https://m.mujin-shop.com/x1 到浏览器打开', ['url'], 'xiaohongshu'],
    ['能自提吗？可以，来仓库付现金取货，比线上便宜', ['payment'], 'wechat_channels'],
    ['Leave a 5-star review with photos and get ¥8 back', ['reviewBait'], 'taobao'],
    ['Rated 5 stars by buyers, money back guarantee', [], 'taobao'],
    ['更多菜谱去那个绿色app里搜「木槿厨房」公众号', ['thirdParty'], 'taobao'],
  ]);
});

test('round ij: an address with its dots written as dashes, a mailbox\'s at said in Chinese, a batch number called by name, a handle that starts with digits', () => {
  expectFamilies([
    ['全系列在 www-mujin-home-cn（把-换成.）', ['url'], 'douyin'],
    ['www 系列新品上架', [], 'douyin'],
    ['询价发邮件：mujin_trade 圈a 163 点 com', ['contact'], 'taobao'],
    ['采购请联系：邮箱 buy 在 mujin-home 点 cn', ['contact'], 'jd'],
    ['简介里有我的号，想要的自己加', ['contact', 'profile'], 'wechat_channels'],
    ['新款都在商城里，长按屏幕上那张图识别一下就能进', ['qr'], 'jd'],
    ['长按图片保存到相册', [], 'jd'],
    ['长按开机键三秒识别指纹', [], 'jd'],
    ['QQ空间号 52087341，新品先在那里发', ['contact'], 'jd'],
    ['一键分享到QQ空间', [], 'jd'],
    ['为寄延保卡，请回复小店客服您的手机号', ['collect'], 'wechat_channels'],
    ['扫码进“木槿会”小圈子，老客价都在里面', ['group', 'qr'], 'kuaishou'],
    ['尺码拿不准的可以问我们的🐧客服 3051746282', ['contact'], 'tmall'],
    ['直播间不准加微信，有事找平台客服', [], 'tmall'],
    ['生产批号：1 3 9 - 2 2 0 6 - 7 1 4 8（同时也是厂家热线）', ['phone'], 'pinduoduo'],
    ['VX号就挂在店铺首页头像下面，直接搜索添加', ['contact', 'profile'], 'tmall'],
    ['我快手名就是V号，搜一下就能加到我', ['contact', 'profile'], 'tmall'],
    ['不能说太明白：某鱼搜“木槿的二手柜”', ['thirdParty'], 'xiaohongshu'],
    ['我们不能说让你加微信', [], 'xiaohongshu'],
    ['全部款式去“淘”字图标那个App搜“木槿手作”', ['thirdParty'], 'tmall'],
    ['“福”字图案的红包', [], 'tmall'],
    ['有小红书的姐妹去搜“木槿家居”，那边有搭配', ['thirdParty'], 'tmall'],
    ['小红书上很火的那款，不用去搜了，这里就有', [], 'tmall'],
    ['新店在“音抖”上开了，搜“木槿家”首单立减', ['thirdParty'], 'taobao'],
    ['声音抖动的问题已修复', [], 'taobao'],
    ['那个“黄色小美”上也有我们，搜店名就行', ['thirdParty'], 'taobao'],
    ['拍之前先 V 信 付 定 金，付完给你改价', ['payment'], 'tmall'],
    ['Next time just PayPal us directly and skip Tmall', ['payment'], 'tmall'],
    ['We accept PayPal and all major cards', [], 'tmall'],
    ['教程去 视 频 hào 搜『木槿小家』', ['thirdParty'], 'pinduoduo'],
    ['vx我们没有，链接就在直播间下方', [], 'pinduoduo'],
    ['微信我没有，加QQ 51234678', ['contact'], 'pinduoduo'],
    ['有问题找平台客服，别给主播发私信要电话', [], 'jd'],
    ['境外流量卡 扫码激活eSIM 落地即用', [], 'tmall'],
    ['京东App扫码查看电子说明书', [], 'jd'],
    ['这台小打印机打收款码、商品标签都行', [], 'kuaishou'],
    ['儿童电话手表可以加好友，碰一碰就加上了', [], 'pinduoduo'],
    ['客服专线按此顺序读：S码腰围 139，M码衣长 2206，L码肩宽 7148', ['phone'], 'tmall'],
    ['店长电话藏在规格里：颜色一栏‘幺三八’，尺码一栏‘二二零六’，容量一栏‘七一四八’', ['phone'], 'kuaishou'],
    ['型号 MJ-158，规格 3306，批号 9127——三段组合即为售后热线', ['phone'], 'jd'],
    ['看我头像，联系方式都写在上面', ['profile'], 'tmall'],
    ['请把您的手机号写在上面的表格里', ['collect'], 'tmall'],
    ['某鱼上有我的闲置店，搜‘木槿二手’，旧款都在那边', ['thirdParty'], 'xiaohongshu'],
    ['拼起来就是，加我：mujin1688', ['contact'], 'taobao'],
    ['加我购物车的宝贝都能用券', [], 'taobao'],
    ['这款在拼夕夕便宜一块是吧？那是旧款，要旧款的自己去那边拍', ['thirdParty'], 'taobao'],
    ['淘宝上有同款吗？没有，去那边也买不到', [], 'tmall'],
    ['想要教程的我拉你进交流群（微信的）', ['contact', 'group'], 'pinduoduo'],
    ['群在QQ里，进群领资料', ['contact', 'group'], 'pinduoduo'],
    ['有事发邮件：名字是 mu 开头加三个六，艾特 qq 点 com', ['contact'], 'jd'],
    ['批次号 1 3 8 - 2 6 0 4 - 7 7 1 9，有问题按批次号直接拨', ['phone'], 'kuaishou'],
    ['批次号 13826047719，按批次号查询真伪', [], 'kuaishou'],
    ['我的 v 就是生日加姓的缩写：0921mjz，自己拼', ['contact'], 'xiaohongshu'],
  ]);
});

test('round il–iq (ip, iq): money paid privately or in a private chat, to the owner, by transfer after a handle, collected in a group chain or by WeChat before shipping, a number\'s part named before another asked-for noun, English and Chinese digit words mixed', () => {
  expectFamilies([
    ['尾款私下付就行，不用在小黄车拍', ['payment'], 'douyin'],
    ['老客复购直接支付宝付款给老板，再送小样', ['payment'], 'jd'],
    ['加微 mujin_6688 直接转账，价格更低', ['contact', 'payment'], 'taobao'],
    ['不接受直接转账，请在平台下单', [], 'taobao'],
    ['退款将直接转账到您的原支付账户', [], 'jd'],
    ['定金请私聊付，到货通知', ['group', 'payment'], 'xiaohongshu'],
    ['进团购群接龙，群里统一收款', ['group', 'payment'], 'pinduoduo'],
    ['老客进内部群，支付宝收款发货', ['group', 'payment'], 'jd'],
    ['下单备注手机号尾号和微信号，客服加您送礼', ['collect'], 'douyin'],
    ['有事打我电话：one five eight，零三六一，2 7 4 9', ['phone'], 'tmall'],
    ['小企鹅：3051746282，找我要清单', ['contact'], 'xiaohongshu'],
    ['小企鹅找我，发你清单', ['contact'], 'xiaohongshu'],
    ['小企鹅2只装 毛绒玩具', [], 'xiaohongshu'],
    ['小企鹅找妈妈 绘本', [], 'xiaohongshu'],
    ['配件在某宝店「木槿家」有售，京东还没上，可以去那边下单', ['thirdParty'], 'jd'],
    ['拼多多上的同款是仿的，别去那边买', [], 'taobao'],
    ['同款在东东家也上了，可以去那边比价', ['thirdParty'], 'tmall'],
    ['在拼多多那边买的不在本店保修范围', [], 'taobao'],
  ]);
});

test('sizes and slight degrees are no codes or WeChat, a small code still is one', () => {
  expectFamilies([
    ['160斤穿M码刚好，腰围偏大的选L码', [], 'taobao'],
    ['平时穿39码的选40码，鞋码偏小', [], 'pinduoduo'],
    ['浅色有轻微色差，以实物为准', [], 'douyin'],
    ['头像素稍微低点，其他都满意', [], 'jd'],
    ['扫卡片背面的小码，进售后群领券', ['group', 'qr'], 'jd'],
    ['稍微加个微信：mujin_8866，拿货更便宜', ['contact'], 'taobao'],
  ]);
});

test('round ir–iw (is, it, iv): 转 split into 车专, 㣲 for 微, 电联方式 asked for, an add-call to the family after a profile pointer, 安徽信誉', () => {
  expectFamilies([
    ['量大直接车专账给我，不走平台更划算', ['payment'], 'kuaishou'],
    ['成交后支付宝直接车专给你', ['payment'], 'taobao'],
    ['汽车专用座垫，四季通用', [], 'taobao'],
    ['在订单备注留下您的㣲信号，顾问会添加您', ['collect'], 'tmall'],
    ['下单后在留言里写下你的电联方式', ['collect'], 'pinduoduo'],
    ['我的薇信在个人简介里，家人们加一下', ['contact', 'profile'], 'pinduoduo'],
    ['我的发货时间在个人简介里，家人们看一下', [], 'pinduoduo'],
    ['安徽信誉老字号茶厂出品', [], 'taobao'],
    ['加徽信 abc123 拿货', ['contact'], 'taobao'],
    ['主播签名里有个号，想进私域君羊的自己去看', ['group', 'profile'], 'tmall'],
    ['主页有个号称最好用的测评，可以看看', [], 'tmall'],
    ['加微信私聊，好评的有额外福利', ['contact', 'group', 'reviewBait'], 'pinduoduo'],
    ['好评不会有额外福利，请按真实体验评价', [], 'pinduoduo'],
    ['没抢到的姐妹去某🐶，那边有专属券', ['thirdParty'], 'tmall'],
    ['某狗粮品牌测评，适口性一般', [], 'tmall'],
    ['想团购的姐妹，我一个个拉进绿色的小群', ['contact', 'group'], 'xiaohongshu'],
    ['可以来仓库面对面验货，钱当场给我就行', ['payment'], 'taobao'],
    ['拍前先来那个绿色的地方找我，号是 w-e-n-j-i-a-6-6-2', ['contact'], 'taobao'],
    ['草坪是小区里唯一绿色的地方，孩子们爱去', [], 'taobao'],
    ['点关注后，dd我拿老板的v，上新他直接通知', ['contact', 'group'], 'jd'],
    ['帮我拿店主的v领毛衣，要黑色', [], 'jd'],
    ['商务定制请联系：hezuo#lanmu-gift点com（#换成@）', ['contact'], 'jd'],
    ['小助理，那个说“加微信送小样”的评论给我删了，我们只在拼多多上卖', [], 'pinduoduo'],
    ['发送“加微信”的留言，主播挨个通过', ['contact'], 'pinduoduo'],
  ]);
});

test('round ix–jh: 单聊 is not read across a word that ends in 单 (订单聊天), a private chat in 私下单聊 still is', () => {
  expectFamilies([
    ['请在订单聊天里留下您的手机号码，客服会把保修卡单独发给您', ['collect'], 'pinduoduo'],
    ['物流问题请在运单聊天窗口联系快递员', [], 'jd'],
    ['想要内部价的，加我企业微信，咱们在里面单聊', ['contact', 'group'], 'tmall'],
    ['价格私下单聊，拍之前加v', ['contact', 'group'], 'douyin'],
  ]);
});

test('round ix–jh: a far review reward straddling the near reach, a gift after a hotline step, the product scanned by an AR app', () => {
  expectFamilies([
    ['追评满30字带视频，致电客服 肆零零-捌贰陆-叁叁伍柒 登记，赠送滤芯一支', ['phone', 'reviewBait'], 'tmall'],
    ['追评满30字带视频，致电客服4008263357登记，领红包', ['phone', 'reviewBait'], 'tmall'],
    ['欢迎收货后评价。本店订单均赠送运费险', [], 'tmall'],
    ['儿童AR地球仪，用手机扫一扫球面图标就能看3D讲解', [], 'xiaohongshu'],
    ['用手机扫一扫绘本就能听故事', [], 'douyin'],
    ['扫一扫书页上的二维码，加老师微信领资料', ['contact', 'qr'], 'douyin'],
    ['扫一扫书页角上的码，进读者群', ['group', 'qr'], 'jd'],
    ['头像上就是我的微信，长按头像保存一下，加我备注“天猫”，我都会通过', ['contact', 'profile'], 'tmall'],
    ['头像上就是我的微信名，长按头像保存一下，下单备注“天猫”', ['profile'], 'tmall'],
    ['扣1的宝宝挨个拉进咱家的小窝，小窝就在那个绿色聊天的地方', ['contact', 'group'], 'douyin'],
  ]);
});

test('round ix–jh: a phone number said in homophones without a break, announced right before; 两, 气, 巫 and 饿 read as digits there', () => {
  expectFamilies([
    ['大件家具要上门安装的打我电话,幺伞巴伞幺灵灵巴巴六四', ['phone'], 'taobao'],
    ['山里的灵芝酒就留给舅舅吧，巴山的伞也不错', [], 'taobao'],
    ['订货的老铁打这个：妖伞溜，灵灵巴巴，酒气伞死，白天都有人接', ['phone'], 'kuaishou'],
    ['安装不会弄？打我电话 妖巫久 灵六期期 伞饿妖巴 手把手教', ['phone'], 'pinduoduo'],
    ['打这个号：妖伞巴 灵吾久两 溜期寺巴，接通报主播名字', ['phone'], 'pinduoduo'],
    ['想看实拍视频的加企鹅 1392047785 要', ['contact'], 'pinduoduo'],
  ]);
});

test('round ix–jh: a profile that holds the app, an add-call after it, is a contact as well; WhatsApp with a number soon after', () => {
  expectFamilies([
    ['进我主页，简介里有微信，加的时候备注视频号', ['contact', 'profile'], 'tmall'],
    ['我简介里有企业微信，加了发你完整价目表', ['contact', 'profile'], 'douyin'],
    ['简介里有微信，想了解的可以看看', ['profile'], 'douyin'],
    ['WhatsApp 同步客服：+86 186 2235 7714，海外客户请直接联系', ['contact', 'phone'], 'jd'],
    ['海外的老板发WhatsApp，号码+86 139 0218 7756，英文中文都能聊', ['contact', 'phone'], 'jd'],
    ['支持WhatsApp，2024款新机', [], 'jd'],
  ]);
});

test('round ix–jh: a DingTalk fan group named is offered (home on Taobao only), one said not to be open is not', () => {
  expectFamilies([
    ['钉钉粉丝群每日抽奖，店铺首页点入口加入', ['group', 'thirdParty'], 'tmall'],
    ['漏发滤芯的家人们，到钉钉粉丝群里登记一下，我们统一补寄', ['group', 'thirdParty'], 'tmall'],
    ['钉钉粉丝群每日抽奖，店铺首页点入口加入', [], 'taobao'],
    ['旗舰店钉钉粉丝群暂未开通，请勿轻信任何拉群信息', [], 'tmall'],
    ['钉钉粉丝群和淘宝群我们都没有开，拼多多是唯一销售渠道', [], 'pinduoduo'],
    ['钉钉群里老板发的通知我看到了', [], 'jd'],
  ]);
});

test('round ix–jh: a link into another platform\'s own site is that platform too, not on its home', () => {
  expectFamilies([
    ['配件单独购买请移步 ruiqi-parts.taobao.com', ['thirdParty', 'url'], 'jd'],
    ['小红书上有我们的买家秀合集，复制 xhslink.com/a/Kq8x 打开看', ['thirdParty', 'url'], 'taobao'],
    ['[查看延保说明](https://item.jd.com/100028830265.html) 购买后 30 天内有效', [], 'jd'],
    ['更多尺码见官网 www.lanmu-home.com', ['url'], 'jd'],
  ]);
});

test('round ix–jh: another platform\'s chat as the way to reach the shop (旺旺, 飞鸽, 咚咚), home on its own platform', () => {
  expectFamilies([
    ['五星好评晒图后截图发旺旺，返现5元', ['reviewBait', 'thirdParty'], 'jd'],
    ['售后退换请旺旺联系客服，我们一小时内回复', ['thirdParty'], 'pinduoduo'],
    ['售后退换请旺旺联系客服，我们一小时内回复', [], 'taobao'],
    ['旺旺雪饼仙贝大礼包，年货零食', [], 'jd'],
    ['退换货请在抖音订单页找飞鸽客服，24小时内回复', ['thirdParty'], 'kuaishou'],
    ['有问题找飞鸽客服，24小时内回复', [], 'douyin'],
    ['飞鸽自行车经典款，28寸', [], 'kuaishou'],
    ['售后请找咚咚客服', ['thirdParty'], 'pinduoduo'],
  ]);
});

test('round ix–jh: a message for a review\'s reward, the order\'s own fields, a group joined past a full group chat, bubbles in colours', () => {
  expectFamilies([
    ['买了的姐妹晒图评论，私信我领取小红包～', ['reviewBait'], 'xiaohongshu'],
    ['私信我领取小红包，还有内部福利群', ['group'], 'xiaohongshu'],
    ['下单时请仔细填写收货地址和手机号，填错了快递联系不上您哦', [], 'taobao'],
    ['填写收货地址和手机号到评论区，抽三位送试用装', ['collect'], 'taobao'],
    ['店铺群聊满了，新粉扫评论区置顶图里的二维码进群', ['group', 'qr'], 'xiaohongshu'],
    ['小红书官方群聊已满500人，二群入口放在笔记下方的群聊卡片了', [], 'xiaohongshu'],
    ['恐龙泡泡机全自动出泡，颜色有绿泡泡和粉泡泡两款', [], 'xiaohongshu'],
    ['加我绿泡泡，发你优惠', ['contact'], 'xiaohongshu'],
  ]);
});

test('round ix–jh (jg): a profile that says how to add, a scratch card opened after a review, a quoted name that is a member centre', () => {
  expectFamilies([
    ['想要更低价的家人去我主页看简介，那里写了怎么加', ['profile'], 'pinduoduo'],
    ['给五星好评后再刮开涂层，刮出一等奖请拨打领奖电话 135-2204-7786', ['phone', 'reviewBait'], 'tmall'],
    ['刮开涂层，刮出一等奖请在订单页联系客服领奖', [], 'tmall'],
    ['扫描卡片背面的小程序码，进入「衣橱研究所」会员中心领积分', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['进入「衣橱研究所」，每天领福利', ['group'], 'xiaohongshu'],
  ]);
});

test('round ix–jh: a profile pointed at for a price off the shop, for business, or for what cannot be said here', () => {
  expectFamilies([
    ['想要团购价的看我主页简介', ['profile'], 'xiaohongshu'],
    ['合作看简介', ['profile'], 'xiaohongshu'],
    ['同款窗帘的店铺名不方便说，头像里有，自己找哈', ['profile'], 'xiaohongshu'],
    ['尺码表看我简介', [], 'xiaohongshu'],
    ['团购价看商品详情页', [], 'xiaohongshu'],
  ]);
});

test('round ix–jh: a group joined past the named one (its group full, or said not to be it), 滴我 a private message', () => {
  expectFamilies([
    ['我们淘宝群放不下那么多人，大家加一下客服的wei xin：sangcan_kf02，我统一拉你们进团购群', ['contact', 'group'], 'taobao'],
    ['淘宝群每晚发券，记得进群', [], 'taobao'],
    ['我挨个拉进咱们自己的老粉窝（不是抖音里那个粉丝群），返场价只在窝里发', ['group'], 'douyin'],
    ['姐妹们想要代购的滴我，v：xhs_mimi2088', ['contact', 'group'], 'xiaohongshu'],
    ['每一滴我们都精心酿造', [], 'xiaohongshu'],
  ]);
});

test('round ix–jh: the Taobao app opened to reach a Tmall shop\'s own page, orders, membership or 淘宝群 is home on Tmall', () => {
  expectFamilies([
    ['入会即享积分兑换及生日礼，打开淘宝App进入店铺首页点击“入会”即可', [], 'tmall'],
    ['如需退换、补发或开票，请打开淘宝/天猫App，在订单页联系旺旺客服', [], 'tmall'],
    ['淘宝群每周五晚8点秒杀，手淘搜索店铺名进群就能参加', [], 'tmall'],
    ['去淘宝搜店名也能找到，同一个店', ['thirdParty'], 'tmall'],
    ['打开淘宝App进入店铺首页即可找到', ['thirdParty'], 'jd'],
  ]);
});

test('round ix–jh: WeChat named as the way to WeChat\'s own shop is Channels\' home and another platform elsewhere', () => {
  expectFamilies([
    ['补货请在微信里搜索本店小店名称，售后请联系小店客服', [], 'wechat_channels'],
    ['补货请在微信里搜索本店小店名称，售后请联系小店客服', ['thirdParty'], 'jd'],
    ['复购请在微信搜一搜“云栖茶舍小店”，或从订单页再次购买', [], 'wechat_channels'],
    ['家里老人用微信就能下单，点视频下方的小店链接', [], 'wechat_channels'],
    ['加微信下单，发你小店链接', ['contact'], 'wechat_channels'],
    ['V❤信搜一下咱们视频号的名字就能加到我', ['contact'], 'wechat_channels'],
    ['小程序搜“西湖茶园商城”也能买，比小店便宜', ['thirdParty'], 'wechat_channels'],
  ]);
});

test('round ix–jh: another platform compared with (cheaper there, but…; a buyer\'s question), there too but here, and a group of the past', () => {
  expectFamilies([
    ['同款在拼多多有更便宜的，但那是二手翻新，请认准京东自营', [], 'jd'],
    ['同款在拼多多更便宜？我们京东送货上门还包安装', [], 'jd'],
    ['拼多多更便宜，去那边拍', ['thirdParty'], 'jd'],
    ['这个钓箱我们抖音也在播，不过京东这边价格一样，直接在商品页下单就行', [], 'jd'],
    ['饿了么上同名门店也在营业，本店淘宝下单全国包邮', [], 'taobao'],
    ['以前在淘宝群领券的老顾客，现在拼多多直接拼单更划算', [], 'pinduoduo'],
    ['进淘宝群领券，每晚八点发', ['group', 'thirdParty'], 'pinduoduo'],
  ]);
});

test('round ix–jh: off-platform trade asked and refused, warned against (谁管你, 没人保障, 不建议), and a pack pattern answered no', () => {
  expectFamilies([
    ['“老铁，能不能私下给你转钱便宜点？”兄弟，不行，咱们只走小黄车，私下转钱出了事谁管你', [], 'kuaishou'],
    ['不同平台活动不一样，不建议您私下交易，出了问题没人保障', [], 'pinduoduo'],
    ['这个翡翠吊坠线下去看？不行的啊宝宝，所有款式请在直播间购物车下单', [], 'douyin'],
    ['翡翠吊坠可以线下看货，来店里挑', ['payment'], 'douyin'],
    ['私下转钱便宜三十，拍前私我', ['group', 'payment'], 'kuaishou'],
  ]);
});

test('round ix–jh: honest lines — a reply to a viewer, scanning as a topic, a bubble\'s scent, WeChat\'s shop after a profile, a code\'s example', () => {
  expectFamilies([
    ['回复@大刘：电话线和座机是一套的，小黄车3号链接一起拍更划算', [], 'kuaishou'],
    ['回复客服您的手机号', ['collect'], 'kuaishou'],
    ['扫码的事说一下，咱包裹里就一张售后卡，上面没码，谁让你扫都别扫', [], 'kuaishou'],
    ['手工泡泡浴球测评：粉色玫瑰味一般，绿泡泡薄荷味最好闻', [], 'xiaohongshu'],
    ['跟练视频在我们视频号主页，找不到的话在微信小店订单页问客服', [], 'wechat_channels'],
    ['在订单页联系客服报16位防伪码即可，如 2025 0418 1388 6602', [], 'douyin'],
    ['防伪码在卡背面，售后电话 0418-1388 6602', ['phone'], 'douyin'],
  ]);
});

test('round ix–jh: a reward said to be over, a book that does not teach the push', () => {
  expectFamilies([
    ['晒图返现早已取消，如有人以本店名义让您加好友或转钱，请直接在旺旺告诉我们', [], 'tmall'],
    ['好评返现，活动截止到月底', ['reviewBait'], 'tmall'],
    ['《增长黑客》这本书讲的是产品增长,不是教你加好友拉群,放心买', [], 'tmall'],
    ['教你加好友拉群的方法，私我', ['group'], 'tmall'],
  ]);
});

test('round ix–jh: the order\'s consignee phone, the platform\'s own lead form, a lower price shown for the difference back', () => {
  expectFamilies([
    ['收货人手机号请填写本人常用号码，快递员需电话联系派送', [], 'pinduoduo'],
    ['装修咨询点击笔记下方「预约」卡片留下手机号，官方留资组件提交，设计师在小红书内回复', [], 'xiaohongshu'],
    ['留资组件填不了的，直接评论区留手机号，我让客服打过去', ['collect'], 'xiaohongshu'],
    ['看到同款别家更便宜？放心在这边拍，拍完截图发客服，差价直接退给你', [], 'taobao'],
    ['好评截图发客服，直接退给你5元', ['reviewBait'], 'taobao'],
  ]);
});

test('round ix–jh: a number read out with pauses (停一下), split by full-width stars, a business account named role first', () => {
  expectFamilies([
    ['记一下啊，一五零，中间停一下，三三八六，再停一下，四零二七，有事直接打', ['phone'], 'taobao'],
    ['姐妹们我读一下号码啊，一三五，停一下，四四六七，最后是零九八二', ['phone'], 'xiaohongshu'],
    ['恒轩家具售后：电话 ＊ 028 ＊ 8542 ＊ 0673 ＊，拨通请报姓名', ['phone'], 'jd'],
    ['尺寸 120 ＊ 80 ＊ 75 cm，等一下再发货', [], 'jd'],
    ['企业微信：茶语-客服阿杰，添加后发您冲泡视频', ['contact'], 'douyin'],
    ['企业微信：锦绣茶行-小林，添加后发你价目表', ['contact'], 'wechat_channels'],
  ]);
});

test('round ix–jh: cash in person for a discount, a class paid at the store, 加好友 as the add-call of an account given beside it', () => {
  expectFamilies([
    ['北京同城的可以约线下到工作室试穿，付现金再给折扣', ['payment'], 'taobao'],
    ['要报线下课的家长，直接到书院门店报名交费，现场有优惠', ['payment'], 'wechat_channels'],
    ['台灣代購：Line @tw_yuki_shop 加好友看價目表', ['contact'], 'xiaohongshu'],
    ['Line加好友 ID：aurora_tw，台灣地區專屬優惠', ['contact'], 'tmall'],
    ['加客服为好友，备注订单号', ['collect'], 'tmall'],
  ]);
});

test('round ix–jh: a 400 hotline with its prefix said as a number (四百-捌捌陆-柒柒零伍)', () => {
  expectFamilies([
    ['售后专线：四百-捌捌陆-柒柒零伍，工作日9点到18点，比平台客服快', ['phone'], 'douyin'],
    ['售后热线：四百-捌捌陆-柒柒零伍', ['phone'], 'douyin'],
    ['这件四百，捌捌陆柒柒零伍件库存', [], 'douyin'],
    ['原价四百三十，现价三百九十九，库存八千六百件', [], 'douyin'],
  ]);
});

test('round ix–jh: a form\'s personal fields filled in (姓名与手机号 on a card), not the order\'s consignee', () => {
  expectFamilies([
    ['填写售后服务卡上的姓名与手机号，拍照旺旺发我们，享终身保修登记', ['collect'], 'taobao'],
    ['请填写背面回执卡上的姓名和手机号寄回，我们会安排客服回访', ['collect'], 'pinduoduo'],
    ['填写卡片上的会员回访表（姓名+手机号），拍照发至客服即可参与抽奖', ['collect'], 'tmall'],
    ['延保登记请扫描卡片右下角二维码，填写姓名与手机号即可', ['collect', 'qr'], 'tmall'],
    ['下单时请填写收货人姓名和手机号', [], 'taobao'],
  ]);
});

test('round ix–jh: review rewards as a part sent again, money back in a sum, a random amount', () => {
  expectFamilies([
    ['直播间下单的朋友，收货带图评价，客服补发一盒耗材', ['reviewBait'], 'jd'],
    ['评价时写满50字并上传使用视频，可申请退回10元，请联系在线客服办理', ['reviewBait'], 'jd'],
    ['亲，给五星好评的都有“惊喜”，截图在订单页发客服，金额随机1-5元', ['reviewBait'], 'pinduoduo'],
    ['快递员态度不好，货都没收到就给我显示评价了，还说以后遇到这种直接退回去', [], 'jd'],
    ['谁给了差评的，联系商家帮你退款，退完记得把评价改一下哈', ['reviewBait'], 'pinduoduo'],
    ['给了差评的，联系商家帮你退货', [], 'pinduoduo'],
  ]);
});

test('round ix–jh: a QR code scanned a clause after it is named (图3是我的二维码，扫了加我v)', () => {
  expectFamilies([
    ['韩系发夹套装 图3是我的二维码，扫了加我v看实拍', ['contact', 'qr'], 'xiaohongshu'],
    ['包装上的二维码，扫码枪也能读', [], 'jd'],
  ]);
});

test('round ix–jh: paid to the seller by the app itself, Alipay as the blue one, the difference paid that way', () => {
  expectFamilies([
    ['拍小黄车要等审核，急要的老铁直接微信付给我，今天就发', ['payment'], 'kuaishou'],
    ['下单前先加微信，微信付款直接发货，不用等平台审核', ['contact', 'payment'], 'kuaishou'],
    ['微信付款直接发货，顺丰包邮', [], 'wechat_channels'],
    ['下次直接找我拿货，蓝色那个支付转我，比平台便宜20', ['payment'], 'kuaishou'],
    ['老铁，这个价我走不了平台。你拍下以后，再用支付宝把差价补给我就行', ['payment'], 'kuaishou'],
    ['蓝色那个支付宝的联名款钱包，卡位很多', [], 'kuaishou'],
  ]);
});

test('round ix–jh: a contact word with its handle a few words on, after a colon, 添加 or an ID', () => {
  expectFamilies([
    ['请在那个绿色对话气泡的软件里添加 hx_guwen_lily', ['contact'], 'tmall'],
    ['微❤信同步上新：yujian_handmade，备注“小红书”优先通过', ['contact'], 'xiaohongshu'],
    ['喂心 search 一下 ID「aqi-5588」，私人订制 only 在那边接', ['contact'], 'douyin'],
    ['本店不支持微信支付，型号：HX-13800', [], 'taobao'],
    ['微信扫码点餐，桌号：A12345', [], 'taobao'],
  ]);
});

test('round ix–jh: wei before a colon and a handle with letters is WeChat\'s label; a name before a year is not', () => {
  expectFamilies([
    ['小票背面：ｗеｉ：xiaoman_closet，有问题直接找我本人～', ['contact'], 'tmall'],
    ['lin wei：2024新款', [], 'tmall'],
    ['设计师 wei xiaoman_studio 作品', [], 'tmall'],
  ]);
});

test('round ix–jh: a number read out with the word for a space between its groups', () => {
  expectFamilies([
    ['老板手机：壹捌捌（空格）叁伍柒壹（空格）零贰陆肆，补发配件打这个最快', ['phone'], 'pinduoduo'],
    ['尺码 S 空 M 空 L，颜色 3 空 5 空 7', [], 'pinduoduo'],
  ]);
});

test('round ix–jh: a group joined because the named one has too many people, 私信问价 tied to a V sent', () => {
  expectFamilies([
    ['淘宝群人太多了发不了消息，想进VIP群的加我vx：heyu_0709，备注直播间', ['contact', 'group'], 'taobao'],
    ['淘宝群人不多，大家进群领券', [], 'taobao'],
    ['宝子们，这个宠物背包有透气网窗，私信问价，我把V号发你', ['contact', 'group'], 'xiaohongshu'],
    ['款式多，私信问价哦', [], 'xiaohongshu'],
  ]);
});

test('round ix–jh: a handle given, then the profile said to hold it too (简介里也有, 主页也有)', () => {
  expectFamilies([
    ['约拍档期看这里，绿泡泡：wen-shuo_2019（简介里也有）', ['contact', 'profile'], 'xiaohongshu'],
    ['想要批发价的加V：ks_pifa66，主页也有', ['contact', 'profile'], 'kuaishou'],
    ['同款主页也有更多款式', [], 'kuaishou'],
    ['型号HX2000，主页也有', [], 'kuaishou'],
  ]);
});

test('round ix–jh: jewellery and 看货 — an offline viewing only where it is come to (来看货, 现场看货), not one by video or call', () => {
  expectFamilies([
    ['文玩串子一物一图，看货加v芯：hx_wenwan2024', ['contact'], 'douyin'],
    ['翡翠手镯 冰种飘花 实物拍摄 看货电话 ①③⑦ ⑨⑤②⑧ ⓪④⑥①', ['phone'], 'douyin'],
    ['翡翠手镯喜欢的可以来门店看货', ['payment'], 'douyin'],
    ['翡翠原石欢迎过来看货，现场挑', ['payment'], 'douyin'],
  ]);
});

test('round ix–jh: WeChat\'s mention word a profile pointer ends on is the pointer\'s, as a cue word is', () => {
  expectFamilies([
    ['详情页看不全的姐妹，点头像进主页，简介第二行小字有我的🛰️', ['profile'], 'douyin'],
    ['主页简介有我微信，加的时候备注天猫', ['contact', 'profile'], 'douyin'],
  ]);
});

test('round ix–jh: after-sales sent to another platform\'s order pages, a channel followed by its name', () => {
  expectFamilies([
    ['有任何质量问题，请在拼多多App订单页点「联系商家」处理', ['thirdParty'], 'douyin'],
    ['有任何质量问题，请在拼多多App订单页点「联系商家」处理', [], 'pinduoduo'],
    ['售后请在抖音App-我的订单里联系客服，24小时内回复', ['thirdParty'], 'kuaishou'],
    ['售后请在微信-我-订单中心找到本单联系客服', ['thirdParty'], 'jd'],
    ['售后请在微信-我-订单中心找到本单联系客服', [], 'wechat_channels'],
    ['关注老张果园视频号，每周直播抽免费脐橙一箱', ['thirdParty'], 'pinduoduo'],
    ['关注老张果园视频号，每周直播抽免费脐橙一箱', [], 'wechat_channels'],
    ['去年视频号上很火的款', [], 'pinduoduo'],
  ]);
});

test('round ix–jh: a search for a quoted name there to watch or buy, an account there by its quoted name to follow, 老铁拍 named', () => {
  expectFamilies([
    ['这个机箱的开箱视频在小破站，搜‘极客坞老周’，看完再回来下单', ['thirdParty'], 'jd'],
    ['主播在小红书也有号，搜“木子Lily”看上身', ['thirdParty'], 'tmall'],
    ['在快手上我们也有号，叫“老周说茶”，关注一下那边天天开播', ['thirdParty'], 'wechat_channels'],
    ['和田玉原石每周五晚在老铁拍竞拍，搜店名进直播间', ['thirdParty'], 'pinduoduo'],
    ['这种料子在快手老铁拍能拍到三千多，今天直播间一口价', [], 'douyin'],
  ]);
});

test('round ix–jh: a number read out in three groups of any lengths after a call, 就是说 between groups', () => {
  expectFamilies([
    ['有事打：幺柒零伍，巴贰玖幺，陆叁肆', ['phone'], 'pinduoduo'],
    ['价格是：一二三四，五六七八，九零一', [], 'pinduoduo'],
    ['要批量的老板打这个，一八八，呃，六六零一，就是说，三九二七', ['phone'], 'taobao'],
  ]);
});

test('round ix–jh: the service\'s account to add with its handle after it', () => {
  expectFamilies([
    ['打开那个绿色的聊天App，加我们客服号 yd_kefu01，优先处理', ['contact'], 'tmall'],
    ['加客服号：yd_kefu01', ['contact'], 'tmall'],
    ['有问题加客服号咨询，订单页就能找到', [], 'tmall'],
  ]);
});

test('round ix–jh: a number asked for as one that takes calls, a contact person\'s fields in a remark', () => {
  expectFamilies([
    ['拼单后给您回电确认尺寸，请在备注留下能接电话的号码', ['collect'], 'pinduoduo'],
    ['企业批量采购请备注单位名称、联系人及手机号，我们的销售会在24小时内电话联系报价', ['collect'], 'jd'],
    ['下单后请保持电话畅通，快递员会联系您', [], 'jd'],
  ]);
});

test('round ix–jh: trade taken off the cart or the business channel, cash or card in person, an order at the store; a skip refused', () => {
  expectFamilies([
    ['批量要货的别走企业购了，对公转账直接打给我们，价格再低五个点', ['payment'], 'jd'],
    ['明天下午来咱沈阳五爱街档口线下看，现金刷卡都行', ['payment'], 'kuaishou'],
    ['凭本卡到线下门店现场抽奖，到店下单现金付款再打九折', ['payment'], 'kuaishou'],
    ['喜欢的可以约时间到店里看货，现场成交', ['payment'], 'wechat_channels'],
    ['线下看中直接给你打九折，不用走小黄车', ['payment'], 'douyin'],
    ['小黄车下单就行，不走小黄车的订单不发货', [], 'douyin'],
    ['有问题直接打，不用走小黄车退货更快', [], 'douyin'],
  ]);
});

test('round ix–jh: a coupon for the next order far after the review', () => {
  expectFamilies([
    ['好评的老铁点进咱们快手小店客服，报下名字，下一单给你发个大额券', ['reviewBait'], 'kuaishou'],
  ]);
});

test('round ix–jh: a coupon for buying after a review asked for is no reward for it; one for the reviewer\'s next order is', () => {
  expectFamilies([
    ['欢迎好评，下单前记得领大额券', [], 'kuaishou'],
    ['好评带开箱视频的家人，下次下单前找飞鸽报暗号“开箱”，这单直接半价', ['reviewBait'], 'douyin'],
  ]);
});

test('round ix–jh: a long press on a code in a picture is a scan', () => {
  expectFamilies([
    ['评论区看不到链接的，点开第三张图，长按图里的码就行', ['qr'], 'xiaohongshu'],
    ['长按开机键三秒，屏幕出现二维码后用手机配网', [], 'xiaohongshu'],
  ]);
});

test('round ix–jh: an add-call for those who want it, a clause after the pointed account (想要散装茶的加一下)', () => {
  expectFamilies([
    ['店主的微信在视频号主页简介里，想要散装茶的加一下', ['contact', 'profile'], 'wechat_channels'],
    ['喜欢的宝宝加一下购物车', [], 'douyin'],
  ]);
});

test('round ix–jh: 加威 for 加微 (not 加威望, 增加威力)', () => {
  expectFamilies([
    ['加威，号在简介第二行', ['contact', 'profile'], 'xiaohongshu'],
    ['家人们要底价的加威，号码我放个人简介里了', ['contact', 'profile'], 'kuaishou'],
    ['品牌加威望，口碑好', [], 'kuaishou'],
    ['增加威力的小技巧', [], 'kuaishou'],
  ]);
});

test('round ix–jh: WeChat\'s word paired with the phone\'s right before a number (V/电, 微信/电话, 微信＝手机)', () => {
  expectFamilies([
    ['商务合作 V/电 一三八 二六七零 五五四一', ['contact', 'phone'], 'jd'],
    ['大宗采购 微信/电话 ＋86 18９ 0１2７ ５５３6', ['contact', 'phone'], 'wechat_channels'],
    ['VIP 售后直连 店长微信＝手机：①③⑧ ⓪⑦②⑥ ④④①⑨', ['contact', 'phone'], 'taobao'],
    ['手表支持微信/电话/短信通知，来电显示', [], 'jd'],
  ]);
});

test('round ix–jh (iz): a profile said to hold it all (都写在里面了)', () => {
  expectFamilies([
    ['联系方式我不在直播间说哈，懂的姐妹去翻我简介，都写在里面了', ['profile'], 'xiaohongshu'],
  ]);
});

test('round iy: 勾 read out as 9 in a number (洞拐两勾)', () => {
  expectFamilies([
    ['退换货别走售后流程了，打给我：幺巴伞 拐洞勾两 四勾五幺', ['phone'], 'douyin'],
    ['这款挂钩承重五公斤，两个一组', [], 'douyin'],
  ]);
});

test('round iy: the service staff added as a friend, ➕ for 加 and 盆友 for 朋友', () => {
  expectFamilies([
    ['老客专享：➕售后小二为好友，新品先看', ['collect'], 'taobao'],
    ['下单后添加店小二为盆友，每周有小惊喜', ['collect'], 'tmall'],
    ['拍照好看，适合发朋友圈', [], 'tmall'],
    ['买二送一，叫上朋友一起拼', [], 'pinduoduo'],
  ]);
});

test('round iy: WeChat by its parts and its rare variants (彳山兀攵亻言, 嶶, 未信)', () => {
  expectFamilies([
    ['要样品的加我 彳山兀攵亻言：hanbao2077', ['contact'], 'douyin'],
    ['喜欢哪件直接加嶶 mumu_closet，发你实拍', ['contact'], 'xiaohongshu'],
    ['报价不方便写在这，加我“未信” lanlan_88 聊', ['contact'], 'kuaishou'],
    ['微胖女孩也能穿，显瘦不挑身材', [], 'xiaohongshu'],
  ]);
});

test('round iy: QQ and DingTalk by nicknames and homophones (球球群, 鹅群, 秋秋上搜, 丁丁号)', () => {
  expectFamilies([
    ['批发的朋友进球球群 627104853 拿报价', ['contact', 'group'], 'jd'],
    ['直播间老粉我拉进鹅群，群号五三八零二六一七九', ['contact', 'group'], 'kuaishou'],
    ['想看更多款式，在秋秋上搜群号 703914528', ['contact', 'group'], 'douyin'],
    ['企业团购联系我个人丁丁号 tuangou_ding', ['contact'], 'tmall'],
    ['小狗最爱的磨牙球球，耐咬不掉渣', [], 'jd'],
    ['天鹅绒面料，垂感好', [], 'jd'],
  ]);
});

test('round iy: a phone asked for by homophone or initials (手鸡号, s j h)', () => {
  expectFamilies([
    ['付款后备注你的手鸡号，方便师傅上门', ['collect'], 'pinduoduo'],
    ['想抽奖的评论区打出你的 s j h', ['collect'], 'douyin'],
  ]);
});

test('round iy: 公众号 with homophones for its first characters, Xiaohongshu as the red book', () => {
  expectFamilies([
    ['新会员请关注工重号“森屿茶话”领券', ['thirdParty'], 'jd'],
    ['更多穿搭去“红色的书”搜我们店名', ['thirdParty'], 'douyin'],
    ['手工中号收纳篮，可放玩具', [], 'douyin'],
  ]);
});

test('round iy: a platform named with a colon and an account after it is the account there', () => {
  expectFamilies([
    ['孤品不在这上架，我在闲鱼：vintage_lulu', ['thirdParty'], 'xiaohongshu'],
    ['闲鱼：二手转卖的不保真，请认准官方店', [], 'xiaohongshu'],
  ]);
});

test('round iy: paying by the seller\'s own code, and company money sent to the seller', () => {
  expectFamilies([
    ['喜欢这只手镯的别拍了，扫我的二维码付款，给你少两百', ['payment', 'qr'], 'kuaishou'],
    ['批量采购可以直接对公转给我们，合同另签', ['payment'], 'jd'],
    ['门店支持扫码付款，也可以刷卡', [], 'jd'],
  ]);
});

test('round iy: a contact noun asked for in quotes, a message said to be no use, a code by homophones', () => {
  expectFamilies([
    ['要预约安装的，在评论区写上“电话”，师傅一个个回', ['collect'], 'xiaohongshu'],
    ['私信我也没用，平台会拦，直接记下：一五九 二七七零 三八四六', ['phone'], 'douyin'],
    ['复购返券：加企业 V，客服二维马印在包裹卡背面', ['contact', 'qr'], 'wechat_channels'],
    ['“手机号”一栏下单时系统自动带出，无需填写', [], 'jd'],
  ]);
});

test('round iy: a mobile number said with counted digits (两个零，三个八…), with a call or a phone word', () => {
  expectFamilies([
    ['售后电话我念一下：一五九，三个零，两个六，再来三个二', ['phone'], 'taobao'],
    ['记下：一个1，一个8，三个9，然后5、3、0、7、2、4，打过来', ['phone'], 'douyin'],
    ['号码前三位一三六，中间四位是两个八两个一，最后是五零四九，直接打', ['phone'], 'kuaishou'],
    ['三个一组更划算，两个八折券可叠加，电话咨询请走平台客服', [], 'taobao'],
    ['买两个送一个，三个九折', [], 'pinduoduo'],
  ]);
});

test('a handle said to be written backwards after the contact word (WX 倒着写：…, 微信倒过来是：…)', () => {
  expectFamilies([
    ['有问题别走售后，V 倒着写：8800nait_oaix', ['contact'], 'jd'],
    ['老客找我更快，微信倒过来是：6102gnoyuil', ['contact'], 'taobao'],
    ['倒过来是一个杯子，正过来是一个碗', [], 'taobao'],
  ]);
});

test('WeChat\'s letter and an account built from parts after it (V 后面跟…, 再加 520, 前面加个 mm)', () => {
  expectFamilies([
    ['懂的来：V 后面跟 qiqi0915，别说是直播间来的', ['contact'], 'douyin'],
    ['我的v就是店名拼音 huaxi 再加 666，加了报暗号', ['contact'], 'kuaishou'],
    ['v❤：今天的日期1111，前面加个 tt', ['contact'], 'xiaohongshu'],
    ['款式选V领，后面跟XL码就行', [], 'taobao'],
  ]);
});

test('a number read out after "listen to me read it" (听我念：幺伞巴…), and a profile pointed at for the link', () => {
  expectFamilies([
    ['屏幕上不好写，大家听我念：幺巴伞，灵溜溜妻，伞酒巴妖', ['phone'], 'douyin'],
    ['需要同款链接的宝子，看我主页简介', ['profile'], 'xiaohongshu'],
    ['想要同款的看我主页合集，都挂了商品卡', [], 'xiaohongshu'],
  ]);
});

test('an honest word does not run across the start of a hashtag (看头像 #手绘 is no 头像手绘)', () => {
  expectFamilies([
    ['接定制，联系方式看头像 #手绘 #礼物', ['profile'], 'xiaohongshu'],
    ['情侣头像手绘定制，三天出图', [], 'xiaohongshu'],
  ]);
});

test('a white heart after V, and ➕ 我 after a green emoji, before a handle', () => {
  expectFamilies([
    ['拿货价细聊，v♡ mumu_tea99', ['contact'], 'douyin'],
    ['不方便说的都在这：💚➕ 我：lvcha_2024', ['contact'], 'kuaishou'],
    ['V♡领毛衣，百搭显瘦', [], 'taobao'],
  ]);
});

test('a mobile number told in parts by their lengths needs no phone word, unless another kind of number is named', () => {
  expectFamilies([
    ['主播慢慢说：前三位一五九，中间四位是店门牌号二六零八，最后四位三三七一', ['phone'], 'douyin'],
    ['取件码前三位一五九，中间四位是店门牌号二六零八，最后四位三三七一', [], 'douyin'],
  ]);
});

test('a scan named among a lock\'s or a camera\'s features, or on printed business cards, is the goods\'', () => {
  expectFamilies([
    ['这款门锁有指纹、密码和手机扫码三种开锁方式', [], 'jd'],
    ['钢化镜头膜不挡光，扫码、拍照、夜景都能正常对焦', [], 'pinduoduo'],
    ['二维码名片定制，客户扫码即可看到你的简历和作品集', [], 'taobao'],
    ['门锁装好后扫码加售后客服领延保', ['contact', 'qr'], 'jd'],
  ]);
});

test('a code the viewers are told to screenshot is a scan asked for (not 截图无效)', () => {
  expectFamilies([
    ['左下角这个二维码截个图，回头扫进去抽奖', ['qr'], 'douyin'],
    ['入场请出示订单里的电子票二维码，截图无效', [], 'douyin'],
  ]);
});

test('a group\'s own album or intro is no profile pointer (看群相册)', () => {
  expectFamilies([
    ['买家秀都在群相册，进群 58203914 自己翻', ['group'], 'pinduoduo'],
    ['更多实拍看我主页相册，那里有我V', ['profile'], 'pinduoduo'],
  ]);
});

test('a QQ nickname and an account number read out after a comma (企鹅，二八五，三九六…)', () => {
  expectFamilies([
    ['没有微信的用企鹅也行，四六一，二零八，七三五九，备注直播间', ['contact'], 'kuaishou'],
    ['企鹅造型的夜灯，三个颜色，二十八元一个', [], 'kuaishou'],
  ]);
});

test('apps named by a character (“快”字开头的短视频平台, 东字头的平台), by colour (小红色图标的App, 粉色种草软件), and a shop found there', () => {
  expectFamilies([
    ['完整教程在那个“快”字开头的短视频平台，搜“阿青陶艺”', ['thirdParty'], 'xiaohongshu'],
    ['新款先在那个东字头的平台上架，去那边搜“木森家居”', ['thirdParty'], 'tmall'],
    ['去那个小红色图标的App搜我们品牌名', ['thirdParty'], 'douyin'],
    ['橙色那个app也能搜到我们店：青石茶坊', ['thirdParty'], 'pinduoduo'],
    ['在淘宝也能搜到我们店，不过视频号小店这边更便宜', [], 'wechat_channels'],
    ['平台同款对比，东字头的品牌更耐用', [], 'tmall'],
  ]);
});

test('an auction or a live session elsewhere the viewer is sent to bid at or watch', () => {
  expectFamilies([
    ['这块和田玉籽料在快手老铁拍上拍，搜“玉石老张”出价', ['thirdParty'], 'douyin'],
    ['周五晚上抖音有场专场直播，记得去看', ['thirdParty'], 'xiaohongshu'],
    ['快手老铁拍的成交价一般比这里高', [], 'douyin'],
  ]);
});

test('a name in 【】 is a quoted name: 关注【…】公众号 follows an account', () => {
  expectFamilies([
    ['扫一扫关注【青禾家居】公众号，领取延保卡', ['qr', 'thirdParty'], 'tmall'],
    ['【青禾家居】官方旗舰店，正品保障', [], 'tmall'],
  ]);
});

test('尺码不准 is a size that is off, no ban on what follows; 直接私信 with a WeChat offered after it', () => {
  expectFamilies([
    ['尺码不准私我，发你微信量一下', ['contact', 'group'], 'douyin'],
    ['做批发的直接私信，我把微信推给你', ['contact', 'group'], 'kuaishou'],
    ['预约请直接私信店铺号', [], 'xiaohongshu'],
    ['不准私信我要联系方式，会被封', [], 'douyin'],
  ]);
});

test('pulled straight into WeChat, its group unnamed (统一拉进小绿)', () => {
  expectFamilies([
    ['想要同款的扣“要”，下播统一拉你们进微信', ['contact', 'group'], 'kuaishou'],
    ['主播把大家拉进直播间的粉丝团，点亮灯牌', [], 'douyin'],
  ]);
});

test('an account said to be on the profile: in a post, in the avatar\'s frame, at the bottom of the shop\'s home page', () => {
  expectFamilies([
    ['要原图的加我薇，号码在作品主页第一条写着', ['contact', 'profile'], 'kuaishou'],
    ['加v下单的，v号在我头像框里，放大看', ['contact', 'profile'], 'kuaishou'],
    ['设计师的微信在店铺首页底部，想定制的去看', ['profile'], 'tmall'],
    ['新款头像框上线，粉丝团等级满十级可领', [], 'douyin'],
  ]);
});

test('Alipay and WeChat Pay described (蓝底白「支」字的App, 绿色那个能付钱的) with the money sent to the seller', () => {
  expectFamilies([
    ['老客回购直接用蓝底白「支」字的App付给店长，不用再拍', ['payment'], 'tmall'],
    ['支付方式：支持蓝色支字图标的花呗分期', [], 'tmall'],
  ]);
});

test('把 and the buyer\'s contact noun, the verb that asks for it a few words later', () => {
  expectFamilies([
    ['收到货后请把您的手机号和收货地址一起短信发给我们登记', ['collect'], 'jd'],
    ['抽奖的老铁把手机号分成两段分别打在公屏上', ['collect'], 'kuaishou'],
    ['请把手机号设置为隐私号后再下单，保护个人信息', [], 'jd'],
  ]);
});

test('WeChat named as where another kind of account lives; 戳我的 names my account, no private message', () => {
  expectFamilies([
    ['完整教程去绿泡泡里的视频号搜“阿福木作”', ['thirdParty'], 'xiaohongshu'],
    ['安装视频在那个绿色App的公众号里，搜“老周木工”关注', ['thirdParty'], 'kuaishou'],
    ['售后问题戳我的🛰️：lulu_2288', ['contact'], 'xiaohongshu'],
    ['售后戳我➕VX：dudu_1314', ['contact'], 'xiaohongshu'],
  ]);
});

test('a platform named as not taken is payment only where money or a company transfer is named', () => {
  expectFamilies([
    ['售后不走京东更快，厂家直联', [], 'jd'],
    ['大单不走京东，直接转我打九折', ['payment'], 'jd'],
    ['企业采购：线下对公，不走京东', ['payment'], 'jd'],
  ]);
});

test('a mobile number told digit by digit after their positions (第一位1，第二位3…), or with a counted homophone (两个巴)', () => {
  expectFamilies([
    ['记好了：第一位1，第二位5，第三位0，第四到七位2216，最后四位8437', ['phone'], 'kuaishou'],
    ['号码是一三六，再加两个巴，然后二四零，最后七五九', ['phone'], 'pinduoduo'],
    ['第一位顾客送赠品，第二位半价', [], 'kuaishou'],
    ['买两个吧，电话里说不清', [], 'pinduoduo'],
  ]);
});

test('round jj: a code scanned with WeCom adds its owner there', () => {
  expectFamilies([
    ['企业微信扫一扫卡片上的二维码，售后专员为您服务', ['contact', 'qr'], 'douyin'],
    ['支持企业微信打卡和审批', [], 'douyin'],
  ]);
});

test('a code whose scan adds me is a contact too; a pointer with 看到的直接加 after it adds the pointed', () => {
  expectFamilies([
    ['想拿批发价的扫视频最后一帧的二维码，直接加我', ['contact', 'qr'], 'wechat_channels'],
    ['主页有微，看到的直接加，备注“直播间”', ['contact', 'profile'], 'wechat_channels'],
    ['扫码枪即插即用，无需驱动', [], 'jd'],
    ['这款杯子自带的加热功能很实用', [], 'jd'],
  ]);
});

test('a victory hand and a crossed box for VX (✌️❎搜…)', () => {
  expectFamilies([
    ['批发的老板✌️❎搜“山里阿强”', ['contact'], 'kuaishou'],
    ['拍照比个✌️，笑一个', [], 'kuaishou'],
  ]);
});

test('a green leaf for WeChat\'s colour (加☘️信)', () => {
  expectFamilies([
    ['想要小样的加🍀信，号是 mumu_tea', ['contact'], 'xiaohongshu'],
    ['四叶草🍀手链，寓意好运', [], 'xiaohongshu'],
  ]);
});

test('a handle right before an app\'s description is the account there (luming_0926（绿色那个app）)', () => {
  expectFamilies([
    ['售后找小助手：tao_0926（绿色那个app）', ['contact'], 'taobao'],
    ['批发请加老周 zhou2021 绿色软件', ['contact'], 'kuaishou'],
    ['手表兼容 iOS16 聊天软件消息提醒', [], 'jd'],
  ]);
});

test('round jo: something got right after the review word, a trial sent for a note, 加一下 after a pointed WeChat', () => {
  expectFamilies([
    ['带图好评领多肉一盆，找客服登记', ['reviewBait'], 'pinduoduo'],
    ['追评晒图再赠同款头绳两根', ['reviewBait'], 'douyin'],
    ['晒图可抽扫地机器人一台', ['reviewBait'], 'jd'],
    ['发笔记带图好评的宝子，在留言里写上你的手机号，我们寄新品给你试用', ['collect', 'reviewBait'], 'xiaohongshu'],
    ['追评完了简介里那个绿泡泡加一下', ['contact', 'profile'], 'douyin'],
    ['这个牌子在京东也有，不过我是在抖音商城买的', [], 'douyin'],
    ['好评领先的国货品牌，销量第一', [], 'jd'],
  ]);
});

test('a code to save or scan with the phone, a QR spelled out, 扫一sao', () => {
  expectFamilies([
    ['第二张图是我的vx二维码，长按保存去扫', ['contact', 'qr'], 'xiaohongshu'],
    ['卡片背面印了 Q·R·code，拿手机扫一下领延保', ['qr'], 'jd'],
    ['想看实拍的扫一sao主图角落那个码', ['qr'], 'kuaishou'],
    ['二维码生成器，拿手机就能做海报', [], 'jd'],
  ]);
});

test('a refund for a review said in English further on', () => {
  expectFamilies([
    ['Enjoying your new blender? Leave a 5-star review with two photos and we will refund $3 to your account', ['reviewBait'], 'tmall'],
    ['Not happy? Contact customer service for a refund within 7 days', [], 'tmall'],
  ]);
});

test('round jk: Cantonese paid on the spot, 私 by its homophones, WeChat homophones asked for, numbers in capitals after a QQ word', () => {
  expectFamilies([
    ['嚟门市睇货，啱就即场俾钱，唔使经小店', ['payment'], 'wechat_channels'],
    ['要现货的来仓库当面结，地址丝我', ['group', 'payment'], 'douyin'],
    ['不好意思我们今天不发货', [], 'douyin'],
    ['下单备注一下您的危信号，方便售后', ['collect'], 'douyin'],
    ['下单后在留言里写上您的dh，师傅上门前联系', ['collect'], 'pinduoduo'],
    ['有事找我，鹅厂那个老聊天软件，号：叁柒贰陆肆捌零玖壹', ['contact'], 'tmall'],
  ]);
});

test('round jk: groups by nicknames (姐妹团, 后花园, 优惠裙, 町町粉丝裙), apps by nicknames (品多多, 抖子, 🧡色软件), a profile page, a review in homophones', () => {
  expectFamilies([
    ['扫卡片上的码进“山茶姐妹团”，每周抽奖', ['group', 'qr'], 'xiaohongshu'],
    ['评论区扣1的，客服拉你进优惠裙', ['group'], 'pinduoduo'],
    ['入会后再进“町町”粉丝裙，每月抽免单', ['group', 'thirdParty'], 'tmall'],
    ['便宜的去“品多多”搜店名“青禾布艺”', ['thirdParty'], 'taobao'],
    ['我们在抖子也开了店，搜“青禾”', ['thirdParty'], 'xiaohongshu'],
    ['链接挂不了，去🧡色软件搜“青禾手作”', ['thirdParty'], 'xiaohongshu'],
    ['想要批发价的看我个人页那行小字', ['profile'], 'kuaishou'],
    ['好平带图，截图找客服领话废', ['reviewBait'], 'pinduoduo'],
    ['后花园种的小番茄，自家吃的', [], 'xiaohongshu'],
  ]);
});

test('round jk: a spelled-out domain with a zero for the o (点c0m)', () => {
  expectFamilies([
    ['原石图都在 shishan点c0m 上', ['url'], 'kuaishou'],
  ]);
});

test('round jk: a group said not to be on the platform is offered by that alone', () => {
  expectFamilies([
    ['咱的小圈子不在抖音上，暗号找客服要', ['group'], 'douyin'],
    ['我们这个茶友小圈子都在杭州，常一起喝茶', [], 'taobao'],
  ]);
});

test('round jn/jm: a later item of a negated list with its own verb, 也开了，但…, 扣扣相连, 加一下店主v', () => {
  expectFamilies([
    ['不需要添加任何好友或下载小程序，小店直接下单', [], 'douyin'],
    ['这个牌子在京东也开了店，但抖音商城首发有赠品', [], 'douyin'],
    ['四角按扣，扣扣相连不跑偏', [], 'tmall'],
    ['想抢隐藏款的加一下店主v，备注老客', ['contact'], 'douyin'],
  ]);
});

test('round jk: a code scanned with WeCom is a code and a contact, spaced or not', () => {
  expectFamilies([
    ['用企 微扫背面的码加茶艺师，一对一教泡茶', ['contact', 'qr'], 'wechat_channels'],
    ['用企业微信扫卡片上的码，领售后专属服务', ['contact', 'qr'], 'douyin'],
  ]);
});

test('round jl/jr: a viewer\'s question refused at once, a draw entered by comments, 加入的 before a profile word', () => {
  expectFamilies([
    ['“能加个微信吗？”不加哈，有问题飞鸽问客服', [], 'douyin'],
    ['“有微信吗？”有的，加我微信 kk_2024', ['contact'], 'douyin'],
    ['今晚抽奖送围巾，关注加评论就能参与', [], 'xiaohongshu'],
    ['粉丝团的老铁优先发货，没加入的点头像旁边的小爱心', [], 'kuaishou'],
  ]);
});

test('round jq: 仨 read out as 3, V我五十 as a transfer (not the Thursday meme), 🔵色软件, 加我球球, 扣扣 asked for', () => {
  expectFamilies([
    ['批发的直接打我电话，一仨八 俩五零七 幺八六六', ['phone'], 'douyin'],
    ['别拍链接了，V我五十先给你留货', ['payment'], 'douyin'],
    ['疯狂星期四，与其V我50，不如点小黄车3号链接', [], 'douyin'],
    ['走🔵色软件转我也行', ['payment'], 'kuaishou'],
    ['拍不了的加我球球：3⃣️9⃣️6⃣️2⃣️0⃣️5⃣️7⃣️1⃣️8⃣️', ['contact'], 'kuaishou'],
    ['想进设计师群的，在留言区写下你的扣扣，我一个个拉', ['collect', 'group'], 'tmall'],
    ['正面交叉绑带设计，背面隐形拉链', [], 'douyin'],
    ['上衣塞进裙腰里显腿长', [], 'taobao'],
  ]);
});

test('round jq: nicknames and split characters (掏宝, 抖yin, 加我赖, 企业🟢, 二维🐴, 扌彐…石马, 小橙序)', () => {
  expectFamilies([
    ['缺货的型号去掏宝搜「科讯数码」', ['thirdParty'], 'jd'],
    ['去抖yin搜「茶缘小记」，每周三有专场', ['thirdParty'], 'wechat_channels'],
    ['大客户加我赖：kx-office88', ['contact'], 'jd'],
    ['扫卡片上的码加店长企业🟢', ['contact', 'qr'], 'wechat_channels'],
    ['茶友交流请扫详情页最后一张图的二维🐴', ['qr'], 'taobao'],
    ['售后请 扌彐 卡片右下角的石马', ['qr'], 'tmall'],
    ['去绿色聊天软件里搜小橙序「科讯办公」', ['thirdParty'], 'jd'],
  ]);
});

test('round jq: a green emoji for WeChat with an add-call after it (那串字母就是我的🟢，加的时候备注)', () => {
  expectFamilies([
    ['图里水印那串字母就是我的💚，加的时候备注“薯”', ['contact'], 'xiaohongshu'],
    ['这款是墨绿色，加购送挂件', [], 'xiaohongshu'],
  ]);
});

test('想单独聊的 names who wants a private chat; the push is what follows', () => {
  expectFamilies([
    ['想单独聊的老铁，加我V，V号在我头像上', ['contact', 'profile'], 'kuaishou'],
    ['想单独聊的看我视频号简介，里面有我私人联系方式', ['profile'], 'wechat_channels'],
    ['要价格表的私信我，我发你微信号单独聊', ['contact', 'group'], 'douyin'],
  ]);
});

test('options whose values spell the add-call and give the account (A款-加 B款-薇 C款-mm0715)', () => {
  expectFamilies([
    ['颜色分类：A款-加 B款-薇 C款-tt0715（三款连起来念）', ['contact'], 'pinduoduo'],
    ['批发请看：第1行 加｜第2行 薇｜第3行 qingshan_tea', ['contact'], 'jd'],
    ['规格：A款-加绒 B款-薇拉紫 C款-常规', [], 'pinduoduo'],
  ]);
});

test('QQ\'s penguin as a riddle with its number right after (不会飞的鸟后面跟着 …)', () => {
  expectFamilies([
    ['猜个谜：一只不会飞的鸟后面跟着 3 1 8 2 7 6 5 0 9，猜中去加它', ['contact'], 'douyin'],
    ['企鹅是不会飞的鸟，科普绘本适合3-6岁', [], 'jd'],
  ]);
});

test('numbers joined into a phone: ordinals and levels before them are no digits (1号链接139, 一级 ¥0678, 一箱13块9), 就是我的号', () => {
  expectFamilies([
    ['电话藏在价格里：1号链接158，2号链接3307，3号链接2264，三个连起来打给我', ['phone'], 'douyin'],
    ['价目表：特级 ¥159｜一级 ¥0271｜二级 ¥8836 —— 三个价连起来打', ['phone'], 'tmall'],
    ['价格记好了：一箱15块8，两箱33块0，三箱72块6，运费4块1，这几个数连起来就是我电话', ['phone'], 'kuaishou'],
    ['把刚说的三个价格连起来就是我的号：137、5502、9164，下播前打给我', ['phone'], 'taobao'],
    // …and dates said with 号 are digits to join, as are the heads of clauses.
    ['上新日期：13号、9号、20号，场次编号4671和85，按顺序连起来就是售后电话', ['phone'], 'xiaohongshu'],
    ['1号链接139元，2号链接229元，3号链接66元，三个连起来拍更划算', [], 'taobao'],
    ['这两款连起来就是我的号召力，一级棒', [], 'douyin'],
  ]);
});

test('numbers joined into a phone: said to be no sizes, called as the table says, dialled in order before them, 接上 going on from the number before', () => {
  expectFamilies([
    ['屏幕上这三个尺码：M 158、L 2093、XL 6671，记下来——不是尺码，是我电话', ['phone'], 'douyin'],
    ['参数表｜颜色：灰／尺码：一五九／材质：零三八二／产地：四四七一／（售后请按表拨打）', ['phone'], 'pinduoduo'],
    ['规格：净含量 136g｜第二件 0.95 元｜保质期 240 天｜包装数 17 袋｜把这四项数字依次连起来就是厂家热线', ['phone'], 'jd'],
    ['尺码对照（按顺序拨有人工导购）：S-137｜M-0052｜L-8816', ['phone'], 'taobao'],
    ['记住这个型号1590，后面接上218-4476，就是我们团购经理的电话', ['phone'], 'kuaishou'],
    ['不是尺码的问题，是我电话没电了，稍后回您', [], 'douyin'],
    ['尺码对照：S-155｜M-160｜L-165，按顺序拨动旋钮调节松紧', [], 'taobao'],
  ]);
});

test('WeChat and the account spread over cells the copy says to join (第一栏：加 第二栏：微 第三栏：…，三栏连读; -wei -xin -handle)', () => {
  expectFamilies([
    ['【选色指南】第一栏：加 第二栏：微 第三栏：mika_0921，三栏连读，一对一帮您选', ['contact'], 'pinduoduo'],
    ['SKU：【款式A-加】【款式B-绿泡泡】【款式C-qdxy0317】，三个选项名连起来读就是售后方式', ['contact'], 'douyin'],
    ['颜色分类：①雾蓝-wei ②米白-xin ③燕麦-tuantuan66，三个后缀连起来找我拿色卡', ['contact'], 'kuaishou'],
    ['看我手上的三张卡：第一张写“微”，第二张写“信”，第三张写“lulu_vip”，组合起来懂吧', ['contact'], 'tmall'],
    // …not sizes and colours joined, nor a lettering example without an account.
    ['尺码：S-155｜M-160｜L-165，颜色：米白-奶茶-燕麦，按顺序连起来对照', [], 'taobao'],
    ['颜色：A-微光金 B-信封白 C-tt02，三色连起来拍更划算', [], 'taobao'],
  ]);
});

test('round ju/jy: sao一sao and 扌ヨ for a scan, bubbles listed by colour across a comma, 红包给我 and a shop visit as payment, 加我那个号, a draw pulled in by 我来拉', () => {
  expectFamilies([
    ['卡片背面的码子 sao 一 sao，进我们茶友 qun', ['group', 'qr'], 'wechat_channels'],
    ['背景板上那个黑白格子，打开相册扌ヨ一扌ヨ就有优惠', ['qr'], 'tmall'],
    ['泡泡机套装，含绿泡泡、粉泡泡两种泡泡液', [], 'douyin'],
    ['加绿泡泡，粉丝福利多多', ['contact'], 'douyin'],
    ['不想走小店的，直接发个大红包给我也行', ['payment'], 'wechat_channels'],
    ['凭本卡到我们线下门店消费打八折', ['payment'], 'wechat_channels'],
    ['我的主页写了，加我那个号，有问题直接问', ['contact', 'profile'], 'xiaohongshu'],
    ['我们有个家族群，评论区扣“🐱”我来拉', ['group'], 'xiaohongshu'],
    ['好评后请扫卡片二维码填写手机号，下月寄出新品试用', ['collect', 'qr', 'reviewBait'], 'pinduoduo'],
    ['复购的姐妹进我们淘宝群，每周抽晒图奖', ['group', 'reviewBait', 'thirdParty'], 'xiaohongshu'],
  ]);
});

test('round jv: a quoted question refused after its quote, a warning that a private transfer has no after-sales, a WeCom named in quotes then searched, 扫进去就是', () => {
  expectFamilies([
    ['“主播能支付宝转账吗？”不能哦，订单都在天猫拍', [], 'tmall'],
    ['“能私下转吗？”不行，只在小店拍，私下转账没有售后的', [], 'wechat_channels'],
    ['私下转账出了问题谁也保不了你，大家走平台', [], 'douyin'],
    ['私下转账更便宜，售后我们全包', ['payment'], 'douyin'],
    ['我们有个企业微信，叫“鲜果铺子”，大家搜一下加上', ['contact'], 'pinduoduo'],
    ['我们没有企业微信，叫“鲜果铺子”的都是冒充的', [], 'pinduoduo'],
    ['海报在我身后，扫进去就是我们的会员群', ['group', 'qr'], 'taobao'],
  ]);
});

test('round jt: 私下结, Cantonese shop visits (嚟铺头, 睇啱先畀钱, 唔使喺度拍), 卫心转我, 先V我一下, qi wei, a password motif, a refusal in any form, a number said to be no code, a step number before a WeChat shop search', () => {
  expectFamilies([
    ['不走老铁拍了，想出价的私我，咱私下结', ['group', 'payment'], 'kuaishou'],
    ['可以嚟铺头试穿，睇啱先畀钱，唔使喺度拍', ['payment'], 'wechat_channels'],
    ['怕手续费的宝贝，卫心转我就行', ['payment'], 'taobao'],
    ['下单前先V我一下，号是 chaye2024', ['contact'], 'pinduoduo'],
    ['批发请加 qi wei：方圆批发部', ['contact'], 'wechat_channels'],
    ['户外战术背包，军迷口令刺绣款，尺寸30×20cm', [], 'douyin'],
    ['本店不以任何形式提供好评返现，期待您的真实评价', [], 'tmall'],
    ['我昵称后面那串数字是我生日，不是什么暗号', [], 'xiaohongshu'],
    ['复购两步：1️⃣打开微信 2️⃣搜“云栖茶事”小店下单', [], 'wechat_channels'],
    ['在笔记评论区留下你的手机号码，每月抽三位送新品', ['collect'], 'xiaohongshu'],
  ]);
});

test('round jt/ju: a small circle pulled into after the account to add, DingTalk said aloud (叮叮), 给你回 as money back, 抖🎵 for Douyin with a cue', () => {
  expectFamilies([
    ['还有个更私密的小圈子，加掌柜 wei xin：mumu_66 拉你进', ['contact', 'group'], 'taobao'],
    ['叮叮搜 lanting2024 加我，上新私人通知你', ['contact'], 'taobao'],
    ['叮叮当当的风铃，挂在门口很好听', [], 'taobao'],
    ['追评满50字+三张图，旺旺报暗号，小助理给你回8.8', ['reviewBait'], 'tmall'],
    ['追评里的问题我们会给你回复的', [], 'tmall'],
    ['完整教学去抖🎵搜“方圆茶事”', ['thirdParty'], 'wechat_channels'],
    ['衣服抖抖就平整了', [], 'wechat_channels'],
  ]);
});

test('round jv/jw/jy: 俺 read as 我 (直接付给俺), a WeCom code scanned off a card, the account sent to each buyer, a draw win shown, the buyer\'s phone sent to a mailbox, a shop\'s fan group on Xiaohongshu joined from its group chat', () => {
  expectFamilies([
    ['扫一下俺手里这个码，直接付给俺，便宜二十', ['payment', 'qr'], 'kuaishou'],
    ['加俺微信 laotie88', ['contact'], 'kuaishou'],
    ['追评满一个月的，扫描卡片上的企业微信二维码领取红包', ['contact', 'qr', 'reviewBait'], 'wechat_channels'],
    ['工牌定制 可印姓名、工号及企业微信二维码', [], 'taobao'],
    ['想进老粉群的评论区扣1，我让助理挨个发v拉你们进群', ['contact', 'group'], 'douyin'],
    ['抽中的朋友截图，联系小店客服领奖', [], 'wechat_channels'],
    ['把收件人手机号一起发到邮箱 kezi@163.com', ['collect', 'contact'], 'taobao'],
    ['在小红书App店铺主页点击「群聊」即可加入拾光香氛粉丝群', [], 'xiaohongshu'],
    ['在小红书App店铺主页点击「群聊」，另外加入我们的私域粉丝群', ['group'], 'xiaohongshu'],
  ]);
});

test('round jy: a sample or a discount got for a review further on (凭截图加v…领小样, 好评…打九折); a note\'s heading is no review', () => {
  expectFamilies([
    ['买过的宝子发笔记带图，凭截图加v：xlu_shop9 领小样', ['contact', 'reviewBait'], 'xiaohongshu'],
    ['给五星好评的宝宝，凭截图到线上客服处登记，下次购买打九折', ['reviewBait'], 'wechat_channels'],
    ['好评率99%，全场打九折', [], 'taobao'],
    ['防骗笔记：有人冒充品牌私信说扫码领小样，官方小样只在店铺领取', [], 'xiaohongshu'],
  ]);
});

test('round jv: a mini program named by a search in the next clause (我们有个小程序商城，搜“…”)', () => {
  expectFamilies([
    ['我们有个小程序商城，搜“禾润会员汇”，积分比店里高', ['thirdParty'], 'tmall'],
    ['小程序商城正在开发中，敬请期待', [], 'tmall'],
  ]);
});

test('a bio said to hold the customer service (主页简介有客服) points there', () => {
  expectFamilies([
    ['更多售后优惠，请搜索我们的抖音号，主页简介有客服', ['profile', 'thirdParty'], 'jd'],
    ['产品简介有客服推荐的搭配', [], 'jd'],
  ]);
});

test('round kh/kg: QQ by 秋秋 with 联系 before its number, 蔚信 and 葳信, 📕 and 抖茵 and 狗家 for platforms, a chat app described with an account to search, an add-call a clause after a contact word, a number said after 口令, a bubble shape, 咱不做, payment on pick-up', () => {
  expectFamilies([
    ['想拿货的秋秋联系：286750419，备注“拿货”', ['contact'], 'kuaishou'],
    ['手工皂定制请 ➕ 蔚信：lulu_soap520', ['contact'], 'xiaohongshu'],
    ['入会后再加专属顾问葳信 shanhe_vip02', ['contact'], 'tmall'],
    ['同款更低价在📕，搜店铺“栗子手作屋”直接拍', ['thirdParty'], 'douyin'],
    ['店铺上新同步在抖茵，搜“栀子家居”关注', ['thirdParty'], 'taobao'],
    ['去那个绿色图标、天天用来聊天的软件搜 tangguo_2231', ['contact'], 'douyin'],
    ['头像上那串数字就是客服 wx，加上后报订单号', ['contact', 'profile'], 'jd'],
    ['这个牌子在业内挺有威信的，老字号了', [], 'xiaohongshu'],
    ['口令我只念一遍：幺三洞，拐八两幺，勾四六六——记下来打过来', ['phone'], 'douyin'],
    ['复制口令 ￥88345177629￥ 打开淘宝', ['thirdParty'], 'douyin'],
    ['绿泡泡造型的宝宝沐浴球，丢进水里会冒泡泡', [], 'wechat_channels'],
    ['有人问转账能不能便宜点？不行哦，私下转账咱不做', [], 'kuaishou'],
    ['同城宝子可以来工作室自提付款', ['payment'], 'xiaohongshu'],
    ['淘宝群满了的姐妹进我们小号群，vx 搜 chunya_tea 报口令“春茶”', ['contact', 'group'], 'taobao'],
  ]);
});

test('a number read out in groups with 打这个 after it (…，然后 0277，最后 8519，打这个约档期), keycap digits too', () => {
  expectFamilies([
    ['宝子们记一下：1️⃣3️⃣7️⃣，然后 0️⃣2️⃣6️⃣6️⃣，最后 8️⃣5️⃣1️⃣9️⃣，打这个约档期', ['phone'], 'xiaohongshu'],
    ['记一下：158，0277，8519，打这个', ['phone'], 'douyin'],
    ['尺码：155，160，165，打这个折扣', [], 'douyin'],
  ]);
});

test('a profile pointed at and left unsaid on purpose (…看我主页签名，我就不多说了)', () => {
  expectFamilies([
    ['要上次那批料子的，自己去看我主页签名，我就不多说了', ['profile'], 'kuaishou'],
    ['主页死掉等小毛病我就不多说了，总体还行', [], 'jd'],
  ]);
});

test('a mailbox with its @ written and its dot spelled (service_hy＠163点com)', () => {
  expectFamilies([
    ['电子保修卡请发邮件至 service_hy＠163点com 登记', ['contact'], 'jd'],
    ['售后邮箱 kefu@qq点com', ['contact'], 'taobao'],
  ]);
});

test('an account added with its app in brackets after it (添加品牌管家 heyue_guanjia（微·信）)', () => {
  expectFamilies([
    ['想报名的请添加品牌管家 heyue_guanjia（微·信），验证写订单尾号', ['contact'], 'tmall'],
    ['型号 hx2024（微信扫码激活保修）', [], 'tmall'],
  ]);
});

test('a platform named, then a name or an account searched for in the next clause (在某音，搜“…”; 在抖音，搜 fangyuan123)', () => {
  expectFamilies([
    ['同款直播讲解在某音，搜“阿绵家的针织”，直播间还有赠品', ['thirdParty'], 'taobao'],
    ['完整冲泡教学在抖音，搜 fangyuan123 就能看到', ['thirdParty'], 'wechat_channels'],
    ['京东到家也能买到，搜“鲜果汇”同城一小时送达', ['thirdParty'], 'douyin'],
    ['同款在淘宝卖得很火，搜“某某”的都是仿品，认准我们', [], 'wechat_channels'],
  ]);
});

test('round kj: money sent or a discount for a review (发布后支付宝转你20, 追评带视频…享8折); 怎么找我 before a pointer; the seller\'s own note shown is no review', () => {
  expectFamilies([
    ['帮我写篇真实测评笔记，发布后支付宝转你20', ['payment', 'reviewBait'], 'xiaohongshu'],
    ['追评带视频的顾客，下次购买享8折（联系客服登记）', ['reviewBait'], 'jd'],
    ['好评率高的店铺，新客下单享8折', [], 'jd'],
    ['晒图后找我领红包，怎么找我看置顶第三篇', ['profile', 'reviewBait'], 'xiaohongshu'],
    ['支持线下自提，广州店地址见笔记第六张图，到店付款享九折', ['payment'], 'xiaohongshu'],
    ['想进我们姐妹群的评论区扣1，我一个个拉', ['group'], 'xiaohongshu'],
    ['我把你拎进咱家后院群，价格直播间不能说', ['group'], 'kuaishou'],
    ['来我们线下门店提货，价格再让一点', ['payment'], 'wechat_channels'],
    ['懂行的老铁直接用“蓝色那个”转我，包邮到家', ['payment'], 'kuaishou'],
    ['评价晒图后，客服那边给你发个小鸡腿', ['reviewBait'], 'wechat_channels'],
  ]);
});

test('an app said to be in the profile with an add-call after it is a contact too (售后微信在店铺简介第二行，加的时候备注)', () => {
  expectFamilies([
    ['售后微信在我们店铺简介第二行，加的时候备注“京东”', ['contact', 'profile'], 'jd'],
    ['企微在主播简介里 下单的姐妹去加一下 送定制礼盒', ['contact', 'profile'], 'tmall'],
    ['我们的视频号在简介里，欢迎关注', [], 'wechat_channels'],
  ]);
});

test('a group joined from a platform\'s entry a clause later (淘宝群，…点首页入口就能进), a group scanned into (扫进来), an adviser added by a scan', () => {
  expectFamilies([
    ['回购福利都在店铺淘宝群，打开淘宝搜「栖木」点首页入口就能进', ['group', 'thirdParty'], 'xiaohongshu'],
    ['屏幕左上角的二维码是我们的私域群，扫进来抽三个人免单', ['group', 'qr'], 'xiaohongshu'],
    ['扫码添加专属顾问，享终身免费保养', ['contact', 'qr'], 'wechat_channels'],
  ]);
});

test('a review\'s reward past a mailbox or an account (…截图发到邮箱 review@….com 领取5元京东E卡; …每月抽10位免单)', () => {
  expectFamilies([
    ['晒图评价后，截图发到邮箱 review@huaqing-home.com 领取5元京东E卡', ['contact', 'reviewBait'], 'jd'],
    ['晒图好评后把截图发到官方邮箱 choujiang_mm@126.com，每月抽10位免单', ['contact', 'reviewBait'], 'douyin'],
    ['五星好评是对我们最大的鼓励，满99元包邮', [], 'jd'],
  ]);
});

test('a shop on WeChat is WeChat\'s shop (绿泡泡上的老店), and 冇私聊 refuses a private chat', () => {
  expectFamilies([
    ['我们家是绿泡泡上的老店了，认准小店橱窗下单', [], 'wechat_channels'],
    ['我们家是绿泡泡上的老店了，去那边下单', ['thirdParty'], 'taobao'],
    ['姐妹們問題打公屏，我現場答，冇私聊報價㗎', [], 'xiaohongshu'],
  ]);
});

test('a circle said to be in WeChat, the account to add and a pull-in after it (圈子在薇信里，加 … 拉你)', () => {
  expectFamilies([
    ['买满三单送茶友圈资格，圈子在薇信里，加 zhoujicha88 拉你', ['contact', 'group'], 'kuaishou'],
    ['朋友圈子里都说好，加购拉满优惠', [], 'kuaishou'],
  ]);
});

test('a mobile in parts: a first part without its length before 后面八位, or the tail told before 前面七位', () => {
  expectFamilies([
    ['想要批发的记我号：一五九，后面八位是我们公司成立日期二零一六零九一二', ['phone'], 'kuaishou'],
    ['主播电话尾号6631，前面七位是一八八零四二九，记一下', ['phone'], 'douyin'],
    ['密码一三八，后面八位是二零一六零九一二', [], 'kuaishou'],
    ['订单尾号6631，前面七位是一八八零四二九', [], 'jd'],
  ]);
});

test('domains spelled with 点 and the endings me, ly, kids; an "at" between marks before one makes a mailbox', () => {
  expectFamilies([
    ['完整版测评写在我的博客 moli-notes 点 me，这里放不下，去那边看', ['url'], 'xiaohongshu'],
    ['选购指南见 qinghe 点 kids，外部网页可下载', ['url'], 'wechat_channels'],
    ['海外顾客售后请发邮件 yl.care 🌀 at 🌀 proton 点 me', ['contact'], 'tmall'],
    ['喜欢的话点me关注一下', [], 'xiaohongshu'],
  ]);
});

test('WeChat spelled by heads across sentence ends and dashes, or in brackets with 【号】 after', () => {
  expectFamilies([
    ['加油宝子们！微笑面对生活！信心满满！号：tt1127，懂的都懂', ['contact'], 'douyin'],
    ['感谢支持：加油每一天／微笑每一刻／信任最珍贵——号在卡片背面：tiefen_88', ['contact'], 'kuaishou'],
    ['【加】量不加价，【微】笑服务，【信】赖品质，【号】：jiaju1688', ['contact'], 'douyin'],
    ['加绒加厚——微弹修身——信誉保证', [], 'taobao'],
    ['加油！微笑！信心！', [], 'douyin'],
  ]);
});

test('round kn: 媺信, 味信 and 胃芯 for WeChat, 小城序 for mini programs, the buyer\'s w信号 or 胃心号 asked for, 好p for a good review, .beauty spelled, a buyer show\'s picture is no review', () => {
  expectFamilies([
    ['会员专属顾问媺信：lanting_vip09，加的时候报订单号', ['contact'], 'tmall'],
    ['量大从优，批发请加“味信”：mianhua_pf33', ['contact'], 'pinduoduo'],
    ['想单独问价的加我“胃芯”，号是 laochen_cha88', ['contact'], 'wechat_channels'],
    ['更多器具在我们的小城序里，复制“老陈茶器”到搜索框就能找到', ['thirdParty'], 'wechat_channels'],
    ['拍下请备注您的w信号，设计师会主动加您', ['collect'], 'taobao'],
    ['拍下的时候在留言里备注一下你的胃心号，发货前挨个加你', ['collect'], 'douyin'],
    ['亲，给个好p+三张图，联系客服返3元哦', ['reviewBait'], 'taobao'],
    ['完整色卡在我们的站 luoyi 点 beauty 里', ['url'], 'xiaohongshu'],
    ['买家秀里那张带黑白码的图，长按识别一下就能领补贴', ['qr'], 'pinduoduo'],
  ]);
});

test('a form reached by a scan asks for the address and phone off the order (扫码填写收货地址和电话)', () => {
  expectFamilies([
    ['扫码填写收货地址和电话，领取回购礼', ['collect', 'qr'], 'wechat_channels'],
    ['下单时请填写收货地址和电话', [], 'wechat_channels'],
  ]);
});

test('round kq/kr: an orchard owner\'s WeChat added, a platform priced the same as a comparison', () => {
  expectFamilies([
    ['扫下方二维码加果园主微信，果子成熟第一时间通知你', ['contact', 'qr'], 'pinduoduo'],
    ['咱家和京东一个价，但是快手小黄车这边多送一副手套', [], 'kuaishou'],
    ['咱家和京东一个价，去京东拍也行', ['thirdParty'], 'kuaishou'],
  ]);
});

test('round ko/kp: 徴信, 威言, 家胃 and 胃号, 口口 for QQ, 叮叮粉丝裙, 长按视别, a code saved to the album, 车专贝长, money sent to the blue app, 不经平台, 拼友之家, 丶 as a dot, the buyer\'s sj号', () => {
  expectFamilies([
    ['装不上别急！加老板 徴信 ddhome_027，发视频教你', ['contact'], 'pinduoduo'],
    ['茶友福利：威❤言搜 lin_tea_1988，通过后拉你进茶友群', ['contact', 'group'], 'wechat_channels'],
    ['家胃，胃号在我头像上写着，字小的放大看', ['contact', 'profile'], 'pinduoduo'],
    ['企业采购量大的加口口 402719386，报价单秒发', ['contact'], 'jd'],
    ['口口相传的好味道', [], 'jd'],
    ['入会之后再进叮叮粉丝裙，裙里每周三有内购价', ['group', 'thirdParty'], 'tmall'],
    ['包裹卡背面那个二微码，长按视别进售后小助手', ['qr'], 'taobao'],
    ['卡片右下角那个小方块，存进相册用绿色软件识别', ['qr'], 'tmall'],
    ['想要到手价的私下车专贝长给我，省掉平台那几个点', ['payment'], 'douyin'],
    ['整饼普洱别在小店拍，钱打到蓝色那个App，我给你算老客价', ['payment'], 'wechat_channels'],
    ['批发五十箱以上别走拼单了，对公户打款不经平台，钱到就发', ['payment'], 'pinduoduo'],
    ['我在外面建了个拼友之家，想进的评论扣个9', ['group'], 'pinduoduo'],
    ['会员专享价请在官网 yunshang 丶 cn 查询', ['url'], 'tmall'],
  ]);
});

test('round kp: 我用微信 is using the app; a comment quoted and refused; 私信问价我不回; 私下转账我是不接的', () => {
  expectFamilies([
    ['我用微信跟我妈视频，她说这个茶好喝', [], 'wechat_channels'],
    ['有宝宝评论“加个微信呗”，不加哦，平台规定', [], 'xiaohongshu'],
    ['私信问价我不回的哈，定金直接转我支付宝', ['payment'], 'xiaohongshu'],
    ['私下转账我是不接的昂，咱不搞那一套，有问题公屏问', [], 'douyin'],
  ]);
});

test('a platform\'s cued nickname with a name or an account searched in the next clause (在抖🎵，搜 fangyuan123)', () => {
  expectFamilies([
    ['完整冲泡教学在抖🎵，搜 fangyuan123 就能看到', ['thirdParty'], 'wechat_channels'],
    ['衣服抖抖，搜一下就知道', [], 'wechat_channels'],
  ]);
});

test('an ASCII contact word that begins a code after its label is the code (批号TG25-0418), unless the copy says the code is the account', () => {
  expectFamilies([
    ['铁观音（2025春茶，批号TG25-0418）建议100℃水冲泡', [], 'pinduoduo'],
    ['加我 tg：mumu2288', ['contact'], 'pinduoduo'],
    ['货号：VX-hb6620 ｜ 客服号：同货号，加的时候报颜色', ['contact'], 'kuaishou'],
  ]);
});

test('the green one to chat on (咱们就去绿的那个聊)', () => {
  expectFamilies([
    ['直播间不方便说的，旺旺上也聊不了的，咱们就去绿的那个聊', ['contact'], 'tmall'],
    ['这款有两个颜色，我更喜欢绿的那个', [], 'tmall'],
  ]);
});

test('a mobile whose last four come first and the seven before them after 前面是', () => {
  expectFamilies([
    ['仓库电话尾号就是今天的日期0618，前面是幺捌陆 二七伍叁，大家记下来', ['phone'], 'taobao'],
    ['订单尾号6631，前面是一八八零四二九', [], 'jd'],
  ]);
});

test('the account sent by private message (我私信发你号), not a number sent', () => {
  expectFamilies([
    ['这款老客价只在威信里发，想要的扣“要”，我私信发你号', ['contact', 'group'], 'tmall'],
    ['订单号我发你号码核对一下', [], 'tmall'],
  ]);
});

test('round kx: an account searched in WeChat and added (微信搜一搜 heshe_vip02 添加…), 加她备注 after a profile holding the account, a prize code\'s screenshot', () => {
  expectFamilies([
    ['会员卡｜微·信搜一搜 heshe_vip02 添加专属顾问，生日月送礼盒', ['contact'], 'douyin'],
    ['微信搜一搜“禾木茶舍”进小店，回购减5元', ['thirdParty'], 'taobao'],
    ['顾问微信号就在我们视频号简介里，加她备注“会员”，生日当月送券', ['contact', 'profile'], 'wechat_channels'],
    ['中奖的在旺旺发兑奖码截图，奖品随下一单寄出', [], 'taobao'],
  ]);
});

test('not buying here because another platform is where to buy sends there (不用在小店拍了，去拼多多搜…), no payment', () => {
  expectFamilies([
    ['下次不用在小店拍了，去拼多多搜“岭南果记”，便宜 10 块', ['thirdParty'], 'wechat_channels'],
    ['不用在小店拍了，直接转我便宜10块', ['payment'], 'wechat_channels'],
  ]);
});

test('round kv: 微号 asked for, 小chengxu and 公zhong号, qiye微, 头像里有薇，看见就加, 咸鱼 searched in 『』, a penguin plush in XL', () => {
  expectFamilies([
    ['下单时备注一下手机尾号和微号，方便售后回访', ['collect'], 'pinduoduo'],
    ['扫一扫卡片下方🔳，关注我们的公zhong号，每月抽一位免单', ['qr', 'thirdParty'], 'taobao'],
    ['加qiye微领新人券：qinghe_kf01', ['contact'], 'wechat_channels'],
    ['想要定制刻字的，头像里有薇，看见就加', ['contact', 'profile'], 'tmall'],
    ['穿过一次的样衣都挂咸鱼了，搜『南枝二手』捡漏', ['thirdParty'], 'xiaohongshu'],
    ['这款企鹅玩偶🐧是加大号的，抱着睡刚刚好', [], 'douyin'],
    ['给五星好评的，拨打 138-2277-9043 报手机尾号返 2 元', ['phone', 'reviewBait'], 'pinduoduo'],
  ]);
});

test('WeChat searched for a mini program named in quotes is the mini program\'s signal (微信里搜『青禾优选』那个小chengxu)', () => {
  expectFamilies([
    ['微信里搜『青禾优选』那个小chengxu，下单更便宜', ['thirdParty'], 'wechat_channels'],
    ['微信搜“青禾优选”小程序下单', ['thirdParty'], 'taobao'],
  ]);
});

test('round kz: a bio said to hold the WeChat written in it, the seller\'s own mailbox written in a pinned post', () => {
  expectFamilies([
    ['换货问题看主页简介，客服威信写在里面', ['profile'], 'kuaishou'],
    ['看主页简介，尺码表写在里面', [], 'kuaishou'],
    ['品牌合作的邮箱写在置顶笔记最后一行', ['profile'], 'xiaohongshu'],
  ]);
});

test('round ku: buttons called 扣扣, a poke in the platform\'s own chat, 私下转账一律不认, 加我个薇, 钅丁钅丁粉丝裙, 绿色那个群, 打call看头像, wei 星, a search then 加好友 adds the seller', () => {
  expectFamilies([
    ['洞洞鞋男款，脚背两个扣扣可调节松紧', [], 'kuaishou'],
    ['老铁加个扣扣：三六九八二七一四零，批发价单独发你', ['contact'], 'kuaishou'],
    ['宝，有问题旺旺戳我，钉钉粉丝群也能找到店长哦', [], 'taobao'],
    ['走私单？不存在的！订单一律快手小店下单，私下转账一律不认', [], 'kuaishou'],
    ['想要茶宠的老铁，加我个薇噻，hx_tea2024', ['contact'], 'kuaishou'],
    ['加入品牌钅丁钅丁粉丝裙，每周新品内购价', ['group', 'thirdParty'], 'tmall'],
    ['想要低价的扣个“拼”，我拉你进绿色那个群', ['contact', 'group'], 'pinduoduo'],
    ['打call看我头像那张图，白天晚上都有人接', ['profile'], 'jd'],
    ['好评返3元，截图+订单号发给 wei 星 sk_home7 领取', ['contact', 'reviewBait'], 'taobao'],
    ['去鹅厂那个聊天软件搜 jd_lao_zhang 加好友', ['contact'], 'jd'],
    ['想砍价的别在这说，来咱们店里面对面谈', ['payment'], 'kuaishou'],
  ]);
});

test('round ky: a named group\'s perks told invite to it (淘宝群每周还有专属秒杀); WeChat\'s own orders page (微信「我-订单」)', () => {
  expectFamilies([
    ['入会即领券，淘宝群每周还有专属秒杀', ['group', 'thirdParty'], 'jd'],
    ['入会即领券，淘宝群每周还有专属秒杀', [], 'taobao'],
    ['售后请在微信「我-订单」找到本单，点联系小店客服', ['thirdParty'], 'kuaishou'],
    ['售后请在微信「我-订单」找到本单，点联系小店客服', [], 'wechat_channels'],
  ]);
});

test('round lg–lm: model names VX-9 and VX 系列, 加我 w 信, QQ as 鹅 or split 扌口扌口, alipay homophones, 私下给我转, a phone as 十一位数, 绿泡号 in the order note, 点life, a group entered by the avatar', () => {
  expectFamilies([
    ['VX-9 手持吸尘器，续航四十分钟', [], 'jd'],
    ['VX 系列登山鞋（型号 VX-330），防滑耐磨', [], 'jd'],
    ['想要内部价的加我 w 信问一下', ['contact'], 'xiaohongshu'],
    ['售后找我，加我“鹅”：5820 3317 6', ['contact'], 'kuaishou'],
    ['羽绒服加鹅绒更保暖，冬天不怕冷', [], 'kuaishou'],
    ['批发请找 扌口扌口：729104385', ['contact'], 'wechat_channels'],
    ['直播间扣点高，直接“支护宝”转我再便宜三十', ['payment'], 'douyin'],
    ['不想走平台的话，私下给我转个账也行', ['payment'], 'kuaishou'],
    ['想试用的在评论区留下你那串十一位数，客服回电', ['collect'], 'wechat_channels'],
    ['下单后把绿泡号留在备注，师傅上门前联系', ['collect'], 'pinduoduo'],
    ['不放链接了，自己输：lanshan 点 life', ['url'], 'xiaohongshu'],
    ['老粉还有个福利窝，不在快手上，进窝的法子看我头像', ['group', 'profile'], 'kuaishou'],
    ['外套纽扣 扣扣随手调松紧 五颗装', [], 'pinduoduo'],
  ]);
});

test('round lg–lm, more: a group named in quotes with whom it is for, a phone read with a count after radio digits, 印在旺旺头像上, a number to call instead of the asked one, a reward refused with 不会因为…任何, either way: the number is the WeChat too', () => {
  expectFamilies([
    ['扫码加入“青柠家”宝妈微信群，每天有专家答疑', ['contact', 'group', 'qr'], 'taobao'],
    ['订货直接打：幺八六，洞洞，四个二，三拐五，随时都在', ['phone'], 'pinduoduo'],
    ['退换不想走流程的加v，v号就印在本店旺旺头像上', ['contact', 'profile'], 'taobao'],
    ['保修登记请把您的手机号发给我们，或直接致电 13920481736', ['collect', 'phone'], 'xiaohongshu'],
    ['我们不会因为好评或差评给你任何奖励，请按真实感受写', [], 'xiaohongshu'],
    ['好评不会有任何奖励，欢迎如实评价', [], 'jd'],
    ['中奖的宝子，电话或者微信都行：139 2048 1736', ['contact', 'phone'], 'douyin'],
  ]);
});

test('round lq–lt: a note\'s pinned post is no review, a platform\'s chat to send details in, 出了事我也管不了 warns, 私下给你发货, a name searched a clause on then 就能看到, 要…的直接加我 after a pointed account', () => {
  expectFamilies([
    ['笔记置顶有群聊入口，进群每周抽三位姐妹送小样', [], 'xiaohongshu'],
    ['拿不准尺码的，拍前在淘宝旺旺发身高体重给客服', ['thirdParty'], 'pinduoduo'],
    ['有人问能不能私下便宜点，不能哈，私下转账的出了事我也管不了', [], 'wechat_channels'],
    ['想要出厂价的加我，私下给你发货，省一道平台的钱', ['payment'], 'pinduoduo'],
    ['图太多放不下，全部在某鱼，搜松果手作就能看到', ['thirdParty'], 'xiaohongshu'],
    ['简介里有我企鹅号，要整套的直接加我', ['contact', 'profile'], 'taobao'],
  ]);
});

test('round ln–lp: erweima and 二威码, qywx, 私下发红包, 转我账, skirts that are groups (答疑裙), 企微老客群, 写着秋秋号 in the avatar, 私人电话 and 能联系的电话 asked for, 锅众号, 绿色小号; quiet: 平安扣 扣口, 扣扣位, 长按识别指纹, 二维码编程卡, a cat called 秋秋 in the avatar', () => {
  expectFamilies([
    ['扫盒内卡片的erweima登记延保', ['qr'], 'jd'],
    ['扫描卡片上的二威码，进品牌企微老客群，生日有礼', ['contact', 'group', 'qr'], 'tmall'],
    ['做方案的加我们设计顾问的qywx：sj_design02', ['contact'], 'tmall'],
    ['尾款请私下发红包给客服，收到后立刻发货', ['payment'], 'tmall'],
    ['喜欢的下播我私你，转我账就给你留着', ['group', 'payment'], 'kuaishou'],
    ['下单的亲，拉你进售后答疑裙，安装视频群里发', ['group'], 'pinduoduo'],
    ['要鸡爪的点我头像，头像图里写着秋秋号', ['profile'], 'kuaishou'],
    ['为方便回访，请在订单留言里写上您的私人电话', ['collect'], 'pinduoduo'],
    ['下单时在备注里写个能联系的电话，我们登记到老客档案', ['collect'], 'tmall'],
    ['关注锅众号‘巧手厨房’，回复型号领菜谱', ['thirdParty'], 'pinduoduo'],
    ['扫背面小方块，加店长的绿色小号，每月抽免单', ['contact', 'qr'], 'taobao'],
    ['和田玉平安扣 扣口直径18mm，证书编号 2025041381207', [], 'douyin'],
    ['羊毛大衣 双排扣扣位加固 衣长105cm', [], 'tmall'],
    ['智能门锁 长按识别指纹开锁 C级锁芯', [], 'jd'],
    ['儿童编程机器人 支持扫码识别卡片指令 附二维码编程卡', [], 'tmall'],
    ['主播头像是我家猫，叫秋秋，猫粮链接在小黄车', [], 'douyin'],
  ]);
});

test('round lo, more: ✈️ for the plane in 纸飞机, 🍊 after 橙色的, a reward told before the review it asks for (领取红包，只需一个五星好评), showrooms and shops said to be cheaper than online', () => {
  expectFamilies([
    ['老粉都在纸✈️上找我，搜 @tea_lao_zhou', ['contact'], 'wechat_channels'],
    ['✈️空运直达，次日送到', [], 'jd'],
    ['想要更便宜的去那个橙色的🍊app，搜‘南坡果园’', ['thirdParty'], 'kuaishou'],
    ['扫卡片上的二维码领取红包，只需一个五星好评哦', ['qr', 'reviewBait'], 'pinduoduo'],
    ['只需一个五星好评就是对我们最大的支持', [], 'pinduoduo'],
    ['买沙发的可以来展厅看实物，现场定比网上再少两百', ['payment'], 'pinduoduo'],
    ['线下门店同款更便宜，来店里挑', ['payment'], 'wechat_channels'],
  ]);
});

test('round lw: how to take part or claim pointed to the profile (参与方式见头像, 具体领法看主页简介), 将 holds the buyer\'s number for a verb later, samples sent and gifts to pick after a review, 有福利 after a video review', () => {
  expectFamilies([
    ['带图好评返现活动进行中，参与方式见头像', ['profile', 'reviewBait'], 'kuaishou'],
    ['追评晒视频有福利，具体领法看主页简介', ['profile', 'reviewBait'], 'douyin'],
    ['为给您登记质保，请将手机号和收货照片一起发给客服', ['collect'], 'douyin'],
    ['扫描背面二维码上传晒单截图，好礼三选一', ['qr', 'reviewBait'], 'jd'],
    ['收到货觉得好，欢迎写个评价，谢谢支持', [], 'jd'],
  ]);
});

test('round mg: a call right after homophone digits (…巴巴伞幺 随时打), 私信我是看不到的 refuses, 出问题谁也帮不了你 warns, 发个WhatsApp, 加简介里那个号, 写完就能领 after a review', () => {
  expectFamilies([
    ['装不好？师傅幺伞巴-灵幺巴巴-伞伞巴幺 随时打', ['phone'], 'pinduoduo'],
    ['地址去订单里补上，别私信我发地址哈，私信我是看不到的', [], 'douyin'],
    ['直接在小店下单，别私下转账哈，私下转了出问题谁也帮不了你', [], 'wechat_channels'],
    ['问批发的大哥，我给你发个WhatsApp，国外客户都用那个谈', ['contact'], 'jd'],
    ['我主页简介写了个号，想拿内部价的加简介里那个号', ['contact', 'profile'], 'tmall'],
    ['去小程序「栗子小铺」写评价，写完就能领面膜一片', ['reviewBait', 'thirdParty'], 'xiaohongshu'],
  ]);
});

test('QQ\'s penguin riddle with its number a clause on (，家住… / ，后面跟着…); Xiaohongshu as 红色的种草书 or the app 名字里有本书', () => {
  expectFamilies([
    ['猜个谜：一只不会飞的鸟，家住 5 2 0 7 3 1 9 8 4', ['contact'], 'xiaohongshu'],
    ['出个谜：一只不会飞的黑白鸟，后面跟着 6620 1834 7', ['contact'], 'tmall'],
    ['南极的企鹅是不会飞的鸟，家住冰天雪地', [], 'xiaohongshu'],
    ['想看更多的去那本红色的种草书上搜“阿青玉器”', ['thirdParty'], 'kuaishou'],
    ['不说是哪个软件，红色的、名字里有本书的那个，搜“小柚穿搭”', ['thirdParty'], 'douyin'],
  ]);
});

test('round lu: 。c0m, 钉子号, 快某, 钅丁钅丁粉丝君羊, 纟录泡泡 and 力口 V in parts, 你的绿泡泡 asked for, hp+图 with fx, a group\'s nickname in quotes (进…的“后院”), 小灶 pulled into later, a profile picture described (放大看是手绘版)', () => {
  expectFamilies([
    ['更多花色请浏览 mujia-home。c0m', ['url'], 'taobao'],
    ['要看细节的，搜一下那个钉子号，我在上面发视频', ['contact'], 'taobao'],
    ['这款在快某卖断了，去快某搜“李姐腊味”', ['thirdParty'], 'douyin'],
    ['加入钅丁钅丁粉丝君羊，抢会员日专属价', ['group', 'thirdParty'], 'tmall'],
    ['想细看的，力口个纟录泡泡 jade_2817，单独拍视频', ['contact'], 'douyin'],
    ['设计图不在这发，力口 V，号就在店铺头像里', ['contact', 'profile'], 'taobao'],
    ['没抢到的拍个一分钱链接，备注你的绿泡泡，补货通知你', ['collect'], 'taobao'],
    ['亲，hp+图 找客服领 fx 三元哦', ['reviewBait'], 'taobao'],
    ['说不了的价，进咱们茶友的“后院”说', ['group'], 'wechat_channels'],
    ['下播后我在“小灶”里还有一场，扣“加餐”的宝子我拉进去', ['group'], 'tmall'],
    ['店铺头像是店主本人，放大看是手绘漫画版', [], 'jd'],
  ]);
});

test('round ml: 添加小助手 and an account, a pointed WeChat whose account is named after it (头像有🛰️，号是…), a display name is none (名字叫大刚), 把名字、电话、地址 sent to the comments', () => {
  expectFamilies([
    ['凭截图添加小助手 xhs_lulu 领取5元红包', ['contact', 'reviewBait'], 'xiaohongshu'],
    ['头像有🛰️，号是 mu_lin0906，加我发内购价', ['contact', 'profile'], 'tmall'],
    ['想批发的看主页，主页有V，名字叫大刚的就是我', ['profile'], 'kuaishou'],
    ['团购的把名字、电话、地址一起发到评论区，我们统一登记', ['collect'], 'wechat_channels'],
  ]);
});

test('round lv–mk: 伟芯, 球球 and a number, 某拼, 斗因, 套宝, 视屏号, 采购联盟 joined, 回个…手机号, a name 搜我同名 a clause on, vei 信, 绿色聊天软件的号 asked for, a code in quotes read past them, 就能进 and 的码进 after a group, 领fx further on; quiet: 扫码到账', () => {
  expectFamilies([
    ['不懂咋装的加俺伟芯，号就是 laowang_hb', ['contact'], 'pinduoduo'],
    ['想定制的宝，球球 3️⃣7️⃣6️⃣9️⃣0️⃣5️⃣8️⃣2️⃣ 发图给我', ['contact'], 'douyin'],
    ['没抢到的去某拼搜“周家农场”，那边还有几箱', ['thirdParty'], 'kuaishou'],
    ['想看上身的去斗因搜“小衣柜”', ['thirdParty'], 'taobao'],
    ['同款去套宝搜“云岭茶舍”', ['thirdParty'], 'wechat_channels'],
    ['安装视频去“视屏号”搜“老周五金”就能看到', ['thirdParty'], 'pinduoduo'],
    ['下了播我把你们拉进咱们“采购联盟”', ['group'], 'jd'],
    ['赠品漏发的话，回个能打通的手机号给客服', ['collect'], 'kuaishou'],
    ['完整版教程在小破站，搜我同名就有', ['thirdParty'], 'xiaohongshu'],
    ['要原图的滴滴我，我发你 vei 信', ['contact', 'group'], 'xiaohongshu'],
    ['请在备注里留个“绿色聊天软件”的号', ['collect'], 'pinduoduo'],
    ['拼团没成的，扫包裹卡片上的“二维马”，找厂家补发', ['qr'], 'pinduoduo'],
    ['团购价只在“小圈子”里发，扫图三右下角的小方块就能进', ['group', 'qr'], 'xiaohongshu'],
    ['五星+三张晒图，联系在线客服报订单号，领fx五元', ['reviewBait'], 'kuaishou'],
    ['收款码提示音箱，扫码到账自动播报', [], 'pinduoduo'],
  ]);
});

test('round mh: 为心 and 薇鑫 for WeChat, ∨ for its V, payment by 绿色红包, 绿色转账 and 公对公, 你的十一位 asked for, hp+3张图, scan words in quotes and after 说明书最后一页', () => {
  expectFamilies([
    ['想要内部价的去加主播的“为心”，号是 tangtang0917', ['contact'], 'douyin'],
    ['批发价另谈，加我“薇鑫” aman88snack', ['contact'], 'pinduoduo'],
    ['大码定制先加我∨，∨号就是主页签名那串字母', ['contact', 'profile'], 'douyin'],
    ['想省钱的直接给我发“绿色红包”，我私下安排发货', ['payment'], 'kuaishou'],
    ['定金先走“绿色转账”，尾款发货前付', ['payment'], 'xiaohongshu'],
    ['政企客户可以走“公对公”，不经过商城结算', ['payment'], 'jd'],
    ['下单时留言写上你的“十一位”，师傅提前约时间', ['collect'], 'wechat_channels'],
    ['hp+3张图=返💰5元，联系客服领取', ['reviewBait'], 'tmall'],
    ['拍下后扫包装上的“黑白格子”领券', ['qr'], 'pinduoduo'],
    ['售后拿手机扫说明书最后一页的黑白方块，直接对接工程师', ['qr'], 'jd'],
  ]);
});

test('a group whose number is given after a label is the way in (老友群：83605217); a count of members is none (3群：123456人已满)', () => {
  expectFamilies([
    ['想第一时间看上新的，进咱们“企鹅”上的老友群：83605217', ['group'], 'taobao'],
    ['3群：123456人已满', [], 'taobao'],
  ]);
});

test('WeChat\'s search sent to the shop\'s own WeChat store is home on Channels, a third party elsewhere', () => {
  expectFamilies([
    ['微信搜一搜“青田米铺”就能找到我们的小店', [], 'wechat_channels'],
    ['微信搜一搜“青田米铺”就能找到我们的小店', ['thirdParty'], 'douyin'],
  ]);
});

test('round mm–mr: 埽 for 扫, 回复在评价里, 好pin and 返xian, 韦芯, 企V, 🔄 for 转, 工中号, 拼团那个软件, 绿色软件的号 asked for; quiet: VX不加, groups said to be none (没有群), a warning about impostors\' accounts (小号骗了), a scanning module sold', () => {
  expectFamilies([
    ['说明书背面印着码，埽一下就能看安装视频', ['qr'], 'jd'],
    ['麻烦把您的手机号回复在评价里，我们安排回访', ['collect'], 'jd'],
    ['确认收货给个好pin＋图，找客服返xian三元', ['reviewBait'], 'pinduoduo'],
    ['售后加我韦芯，号在我视频号主页简介里', ['contact', 'profile'], 'wechat_channels'],
    ['进VIP私域群：企V 搜 senyu-vip，备注订单号', ['contact', 'group'], 'tmall'],
    ['嫌拼单麻烦的，私下 🔄 账给我也行', ['payment'], 'pinduoduo'],
    ['更多花色去工中号「阿漫手绘」翻推文', ['thirdParty'], 'taobao'],
    ['没抢到的去拼团那个软件搜「森屿家居」', ['thirdParty'], 'tmall'],
    ['下单的亲在备注里留一下绿色软件的号', ['collect'], 'taobao'],
    ['VX不加，电话不留，有事旺旺', [], 'taobao'],
    ['进群领券的别找了啊，没有群，券就在小店商品页领', [], 'wechat_channels'],
    ['有问题打在公屏，别被评论区私信你的小号骗了', [], 'xiaohongshu'],
    ['嵌入式二维码扫描模组 串口输出', [], 'jd'],
  ]);
});

test('a password embroidered or printed on the goods is a motif, no shop token', () => {
  expectFamilies([
    ['军迷同款作战靴，鞋舌上绣着“幺两三四”口令，点小黄车3号链接', [], 'douyin'],
    ['复制这段口令打开淘宝：￥aBcD1234￥', ['thirdParty'], 'douyin'],
  ]);
});

test('a number offered to call instead, right after the buyer\'s number is asked for, leaves the request standing (…联系电话，或拨打 021-…)', () => {
  expectFamilies([
    ['大宗团购请留下企业名称和联系电话，或拨打 021-6483 2290 对接', ['collect', 'phone'], 'tmall'],
    ['手机号码报一下，一三八零零一二三四五六', ['phone'], 'tmall'],
  ]);
});

test('round ms–my: 危心, 喂新, 加我徵信, 转我就行, 老粉大家庭 and 老友会 joined, 能加的号 and 手ji号 asked for, 发过来, 加店长 Q, 加“口口”, a group said to be 在站外, 怎么找到我 in the avatar; quiet: 替换扣扣, a 绿泡泡 squeeze toy, 加入咱们这个大家庭 with the fan club', () => {
  expectFamilies([
    ['dd我，我把我的“危心”号发你', ['contact', 'group'], 'douyin'],
    ['要试用装的加我“喂新”', ['contact'], 'tmall'],
    ['急用的直接加我徵信：moli_studio', ['contact'], 'taobao'],
    ['下单麻烦的直接加我 v，转我就行，我帮你寄', ['contact', 'payment'], 'xiaohongshu'],
    ['评论区打“家”的，我拉你进我们老粉大家庭', ['group'], 'wechat_channels'],
    ['扫背面码进“多多老友会”，不定期发福利', ['group', 'qr'], 'pinduoduo'],
    ['下单时请在备注里留个能加的号', ['collect'], 'pinduoduo'],
    ['好评晒图后在评价里留下您的手 ji 号，每周抽三位送话费', ['collect', 'reviewBait'], 'xiaohongshu'],
    ['扌彐 石马 加店长 Q，售后更快', ['contact', 'qr'], 'jd'],
    ['想进私域老粉群的，加“口口”：2731059864', ['contact', 'group'], 'taobao'],
    ['老顾客专属“后花园”在站外，旺旺私我“花园”两个字', ['group'], 'tmall'],
    ['主播同款型号，还有怎么找到我，都写在店铺头像里了', ['profile'], 'taobao'],
    ['衬衫替换扣扣 纽扣 50 颗装 多色可选', [], 'pinduoduo'],
    ['赠品是“绿泡泡”解压捏捏乐，给孩子玩吧', [], 'taobao'],
    ['点亮粉丝团，加入咱们这个大家庭，福袋马上开', [], 'douyin'],
  ]);
});

test('a viewer\'s ask read out and refused with 咱不整那套 offers nothing', () => {
  expectFamilies([
    ['啥？这老铁让我报个微信？咱不整那套哈，想要就点小黄车', [], 'kuaishou'],
    ['这老铁让我报个微信？行，加我微信 lao_tie88', ['contact'], 'kuaishou'],
  ]);
});

test('round ms: 宫中号, 精东, 不走车, 🦐 for 下, 私下收, 私下开单, 到店价更低, 私享裙 and 服务裙, 扌彐背面, another account given (加我另一个号：…); quiet: 可写电话号码 on a name label, 主页有我每天的穿搭, WeChat where feedback was seen', () => {
  expectFamilies([
    ['扫一扫包装盒内侧的码，关注品牌宫中号领延保', ['qr', 'thirdParty'], 'jd'],
    ['进口猫粮，精东自营也有，去那边下单更划算', ['thirdParty'], 'tmall'],
    ['老铁们这单不走车，价钱再给你降二十', ['payment'], 'kuaishou'],
    ['一千以上的单子私🦐转我，免掉平台手续费', ['payment'], 'tmall'],
    ['dd我，我用蓝色那个软件私下收，少收十块', ['group', 'payment'], 'douyin'],
    ['企业团购直接加 ∨X：chairpro_liu 私下开单', ['contact', 'payment'], 'jd'],
    ['喜欢的来店里上手，到店价更低', ['payment'], 'wechat_channels'],
    ['入会后长按背面那个黑白小方块，识别出来就能进品牌私享裙', ['group', 'qr'], 'tmall'],
    ['扌彐背面，进服务裙，群里有专人答疑', ['group', 'qr'], 'wechat_channels'],
    ['视频号里拍不划算，加我另一个号：wei_laoban66', ['contact'], 'wechat_channels'],
    ['姓名贴 儿童 可写电话号码 防水', [], 'xiaohongshu'],
    ['主页有我每天的穿搭合集，头像是我家猫', [], 'xiaohongshu'],
    ['我在微信上看到大家反馈漏水，这批已经换了密封圈', [], 'wechat_channels'],
  ]);
});

test('round mt: 小房子, 私房小组 and 老铁车队 joined, 头象, zfb 直转, 加我 vei, 鹅厂那个聊天工具 and 鹅厂那个号, hao友, shou ji 号, ewm, hp+3张tu, a mailbox with (圈a), a 7-character token; Taobao\'s own token on Taobao', () => {
  expectFamilies([
    ['扣“来”的家人，我把你们拉进咱们自己的小房子，不在平台里', ['group'], 'pinduoduo'],
    ['想看的点我头象，头象图里有联系方式', ['profile'], 'douyin'],
    ['批发另议，量大可以 zfb 直转', ['payment'], 'pinduoduo'],
    ['大码定制来鹅厂那个聊天工具找我，号码 330957162', ['contact'], 'taobao'],
    ['请添加客服为 hao 友，通过后赠送延保', ['collect'], 'jd'],
    ['下次回购请在留言里写上您的 shou ji 号', ['collect'], 'kuaishou'],
    ['包装盒内侧印了个 ewm，扫完就能下载说明书', ['qr'], 'jd'],
    ['hp+3张tu，找客服领 fan xian 3元', ['reviewBait'], 'taobao'],
    ['对接请发邮件至 caigou_hx(圈a)qiye-mail 点 com', ['contact'], 'jd'],
    ['链接放在那个橙色app了，复制这串€Gk7Lm2Q€打开就能看到', ['thirdParty'], 'xiaohongshu'],
    ['复购可复制淘口令￥Mp3QaZ7X￥打开手机淘宝直达本店', [], 'taobao'],
  ]);
});

test('round my: the fan club joined from the avatar is no profile pointer; 留资卡 is the platform\'s form; a group said not to be kept here (那套我们天猫店没有)', () => {
  expectFamilies([
    ['老铁们点头像加入粉丝团，今晚老铁拍专场粉丝团成员优先出价', [], 'kuaishou'],
    ['全屋定制免费量房：点笔记里的留资卡填写小区和电话，设计师回电', [], 'xiaohongshu'],
    ['钉钉粉丝群那套我们天猫店没有，想要福利就点关注入会', [], 'tmall'],
  ]);
});

test('round mw: 加他 after a pointed WeChat (印在…头像上), 掌柜 before the avatar, a reward told far after the review (每月抽, 送正装)', () => {
  expectFamilies([
    ['专属顾问的微信号印在店铺客服头像上，加他拿内部价', ['contact', 'profile'], 'tmall'],
    ['急单联系方式在掌柜头像图片里，放大就能看到', ['profile'], 'taobao'],
    ['给个好评，再把您的手机号和收货地址写在卡片背面拍照发客服，每月抽一位送整箱', ['collect', 'reviewBait'], 'wechat_channels'],
  ]);
});

test('an add-call after a pointed account that names the note first (看我头像，上面有企鹅号，备注“请柬”加我)', () => {
  expectFamilies([
    ['需要沟通细节的看我头像，上面有企鹅号，备注“请柬”加我就行', ['contact', 'profile'], 'taobao'],
  ]);
});

test('a profile that shows the seller\'s own cat is no pointer (上面有我家猫的照片)', () => {
  expectFamilies([
    ['看我头像，上面有我家猫的照片，备注一下尺码就行', [], 'taobao'],
    ['看我头像，上面有我的微信', ['profile'], 'taobao'],
  ]);
});

test('round mz–nj: 线下店交易, 能打通的手机 asked for, 企业溦, 秘密基地 joined, 小绿书, 块手, 🎵App, 钉钉的粉丝裙, hb after a review; quiet: watches that add each other by scanning', () => {
  expectFamilies([
    ['想上手看的直接来我们线下店交易，比直播间便宜两百', ['payment'], 'douyin'],
    ['想要延保的，在订单留言里留下能打通的手机，工程师直接打过来', ['collect'], 'jd'],
    ['下次回购加我们的企业溦，新品都先在那边通知', ['contact'], 'taobao'],
    ['打1的老铁我拉进咱们的秘密基地', ['group'], 'kuaishou'],
    ['更多试色请移步小绿书搜“麦可丝”', ['thirdParty'], 'tmall'],
    ['要看实拍的去块手搜“老K数码”', ['thirdParty'], 'jd'],
    ['关注我们在那个🎵App上的同名号‘木子家居’', ['thirdParty'], 'taobao'],
    ['老客福利统一放在钉钉的粉丝裙里，入裙领券', ['group', 'thirdParty'], 'tmall'],
    ['五星好评+三张图，联系客服报订单号领hb 8元', ['reviewBait'], 'taobao'],
    ['儿童电话手表，两块手表碰一碰或扫码就能互加好友', [], 'wechat_channels'],
  ]);
});

test('round nh–nk: 同好会 joined, 留给客服, a quoted ask ending in 不 refused (“能加微信不”——不能啊), 威信 as standing', () => {
  expectFamilies([
    ['扫码加入香氛同好会，群里每月拼团内部价', ['group', 'qr'], 'xiaohongshu'],
    ['宝子们把手机号留给客服，快用完的时候我们提醒你补货', ['collect'], 'xiaohongshu'],
    ['“能加微信不”——不能啊老铁，快手有规定，有啥事小店客服找俺', [], 'kuaishou'],
    ['这个茶叶罐子是有威信的老字号做的，一百多年了', [], 'wechat_channels'],
  ]);
});

test('round np: payment in USDT, 比拍链接便宜, 不用再走快手', () => {
  expectFamilies([
    ['配件订购：Telegram @parts_lin 24小时在线，支持USDT付款', ['contact', 'payment'], 'jd'],
    ['以后直接找我下单，不用再走快手，每斤便宜两块', ['payment'], 'kuaishou'],
    ['厂里座机直接打过去下单比拍链接便宜', ['payment'], 'taobao'],
  ]);
});

test('a reward list refused with 不会有任何 (不会有任何奖励或返现) offers neither', () => {
  expectFamilies([
    ['分享笔记是自愿的，无论好坏我们都欢迎，不会有任何奖励或返现', [], 'xiaohongshu'],
    ['晒图好评有奖励，另外返现五元', ['reviewBait'], 'xiaohongshu'],
  ]);
});

test('round nl: 线下结, 单独过数, 打到卡上, lv泡泡号 and 绿色ID asked for, 维鑫; quiet: 威信老字号', () => {
  expectFamilies([
    ['老客复购可以线下结，价格再让一成', ['payment'], 'tmall'],
    ['看中哪块主播给你单独过数，直接打到卡上', ['payment'], 'douyin'],
    ['要补发的宝宝在订单备注里写一下lv泡泡号', ['collect'], 'pinduoduo'],
    ['要报价的姐妹把你的绿色ID发在评论里', ['collect'], 'xiaohongshu'],
    ['卡片右下扫一扫，加维鑫：hxdq_gcs01', ['contact', 'qr'], 'jd'],
    ['威信老字号辣椒面，五代人守着一盘石磨', [], 'kuaishou'],
  ]);
});

test('a deposit paid by zfb (定金先 zfb 付一半) is paid off the platform', () => {
  expectFamilies([
    ['定金先 zfb 付一半，尾款发货后再结', ['payment'], 'tmall'],
  ]);
});

test('a private transfer refused with 一律不收 asks for none', () => {
  expectFamilies([
    ['老铁们私下转账的我一律不收，全部走小黄车', [], 'kuaishou'],
  ]);
});

test('卫 for 微 (卫信, 卫❤ before a handle) and 儿, 发, 饲 as digits inside a read-out number', () => {
  expectFamilies([
    ['售后找我，加卫信：tang_mi0417', ['contact'], 'douyin'],
    ['拿不准尺码的加卫❤：guoguo_5521', ['contact'], 'taobao'],
    ['卫衣 XL 码 ab2231 款，卫浴套装 cd0918', [], 'taobao'],
    ['有问题直接打幺叁发 饲伍陆柒 发玖零儿', ['phone'], 'pinduoduo'],
    ['下单后四十八小时内发货，儿童款另发', [], 'pinduoduo'],
  ]);
});

test('a phone number in Suzhou numerals (〡〣〨…) is a phone number', () => {
  expectFamilies([
    ['急事请拨 〡〥〩 〦〢〡〨 〣〣〤〧', ['phone'], 'jd'],
  ]);
});

test('a buyer\'s question read out, then a dash: what follows is the host\'s answer (its WeChat counts)', () => {
  expectFamilies([
    ['有姐妹问尺码不合适怎么办——你直接加我助理薇信 mumu_0711', ['contact'], 'douyin'],
    ['有姐妹问能不能加薇信——不能哦，有事走平台客服', [], 'douyin'],
  ]);
});

test('what cannot be said here (这里不能发, 不能在这说) sent to the profile is a profile pointer', () => {
  expectFamilies([
    ['小号这里不能发，你们去我简介里找', ['profile'], 'douyin'],
    ['售后方式不能在这说，大家看我主页简介', ['profile'], 'xiaohongshu'],
    ['这里不能说太多，简介里有详细的成分表', [], 'xiaohongshu'],
  ]);
});

test('round nr: 支付蓝, 见面再付, the seller\'s Alipay account read out, 公司账户打款, 手几号, 位信, 咸于, 丁丁 with an account or a group', () => {
  expectFamilies([
    ['嫌平台扣点的，走支付蓝转账，我给你便宜点', ['payment'], 'kuaishou'],
    ['同城的可以自己来拿，见面再付钱', ['payment'], 'pinduoduo'],
    ['要的姐妹我报支付宝账户，你直接转', ['payment'], 'taobao'],
    ['嫌下单麻烦的，直接往我们公司账户打款也行', ['payment'], 'jd'],
    ['方便回访，请在留言里写上您的手几号', ['collect'], 'pinduoduo'],
    ['进货价的找我，位信 qm_store66', ['contact'], 'douyin'],
    ['去咸于搜同名店铺，便宜一半', ['thirdParty'], 'xiaohongshu'],
    ['团购请加丁丁：lin_caigou01', ['contact'], 'jd'],
    ['丁丁猫童鞋 款号 ab2231', [], 'jd'],
    ['新客请加入品牌丁丁粉丝君羊领券', ['group', 'thirdParty'], 'tmall'],
  ]);
});

test('a later group placed in another app (另外在企鹅上，群号…) is that app\'s, not the home group named first', () => {
  expectFamilies([
    ['钉钉粉丝群可以进，另外在企鹅上还有个小群，群号 2849610375', ['contact', 'group'], 'taobao'],
    ['钉钉粉丝群每周上新，点首页的群入口就能进', [], 'taobao'],
  ]);
});

test('a number the buyers are told to note down (报个号码大家记) is the seller\'s own, none asked for', () => {
  expectFamilies([
    ['报个号码大家记：一五八，二二六七，九零三一', ['phone'], 'kuaishou'],
    ['请报个号码，我们记一下', ['collect'], 'kuaishou'],
    ['收到货再 wei xin 转账给我就行', ['payment'], 'pinduoduo'],
  ]);
});

test('a bare V got by messaging the seller (私我拿V) is its WeChat; a number written again for the seller (把你手机号再写一遍) is asked for', () => {
  expectFamilies([
    ['想进内部福利的，私我拿V', ['contact', 'group'], 'douyin'],
    ['找我拿vans同款，尺码齐全', [], 'douyin'],
    ['没登记上的姐妹，评论区把你手机号再写一遍', ['collect'], 'wechat_channels'],
  ]);
});

test('要 is 1 inside a number read out in homophones; a homophone word a space after ten digits is no digit of them', () => {
  expectFamilies([
    ['号码念谐音好记：要伞舞，灵灵七七，巴妖妖伞', ['phone'], 'taobao'],
    ['想看实拍的加企鹅 1392047785 要', ['contact'], 'pinduoduo'],
    ['老铁记一下，妖叁捌 伞巴灵灵 妖巴妖巴，打不通再说', ['phone'], 'kuaishou'],
  ]);
});

test('❌ for the x of vx (ν❌), and 饵, 琉 as homophone digits of a number read out', () => {
  expectFamilies([
    ['售后加个 ν❌ 领专属券：tb_xiaoju_2023', ['contact'], 'taobao'],
    ['❌ 不支持七天无理由，下单前看清尺码', [], 'taobao'],
    ['记一下：幺叁饵 琉伍肆零 柒捌玖零', ['phone'], 'kuaishou'],
  ]);
});

test('🔳 for a code, a small square to long-press (小方块可以长按), and 鱼塘 gone to or searched', () => {
  expectFamilies([
    ['拆开后手机对准说明书背面那个🔳，就能关注我们', ['qr'], 'kuaishou'],
    ['第五张图左下角那个小方块可以长按，长按完能看全部价目', ['qr'], 'xiaohongshu'],
    ['更多款式去“鱼塘”搜「小鹿的旧衣柜」', ['thirdParty'], 'douyin'],
    ['自家承包的鱼塘，活鱼现捞现发', [], 'douyin'],
  ]);
});

test('round nv: quiet for a buyer\'s Moments post, a scanning pen, a platform sold on before, a profile said to hold none; 别走平台 and 打我们公司账户 pay off the platform', () => {
  expectFamilies([
    ['这条裙子发朋友圈被问了一百遍链接', [], 'xiaohongshu'],
    ['翻译笔，扫一扫整行出翻译，离线也能用', [], 'pinduoduo'],
    ['这款我们在淘宝也卖过，回头客很多，今天直播间专享价', [], 'kuaishou'],
    ['我们在淘宝也卖，去那边拍更便宜', ['thirdParty'], 'kuaishou'],
    ['主页不挂任何联系方式，认准小店下单', [], 'kuaishou'],
    ['大单别走平台了，对公直接打我们公司账户', ['payment'], 'jd'],
  ]);
});

test('a contact\'s code scanned (扫一扫下方的企微码) is a code and that contact', () => {
  expectFamilies([
    ['售后请扫一扫下方的企微码，顾问一对一', ['contact', 'qr'], 'tmall'],
  ]);
});

test('店话 for 电话 sent to the avatar, fx for 返现, a V-initial app searched, 姐妹们 and 自己去 inside a pointer', () => {
  expectFamilies([
    ['店话看头🐘，批发价可谈', ['profile'], 'douyin'],
    ['追评满二十字加两张图，截图发客服，fx三元', ['reviewBait'], 'jd'],
    ['想要分装的，打开那个V字开头的软件，搜 xiaotu_fz', ['contact'], 'xiaohongshu'],
    ['直播间不能说，姐妹们自己去我主页置顶笔记找', ['profile'], 'xiaohongshu'],
    ['FX-30 型号的滤芯和 FX-40 通用', [], 'jd'],
  ]);
});

test('a further private group added after the home one (另外还有个更私密的小圈子) is not the home group', () => {
  expectFamilies([
    ['店铺淘宝群每周发券～另外还有个更私密的小圈子，加掌柜 vx：tb_lulu21 拉你进', ['contact', 'group'], 'taobao'],
    ['淘宝群里每晚发券，记得进群', [], 'taobao'],
  ]);
});

test('前三 186，中四 3927: the numeral naming a group\'s length is no digit; 扫一哈, 长按认一下, 个人号加你; a profile said to hold sizes is quiet', () => {
  expectFamilies([
    ['售后电话：前三 137，中四 2286，尾号 0419', ['phone'], 'jd'],
    ['退换不方便的打给售后：一 3 ⑨ 贰 6 6 〇 八 7 五 1', ['phone'], 'pinduoduo'],
    ['直播间背景那张黑白图，老铁拿另一部手机扫一哈', ['qr'], 'kuaishou'],
    ['包装背面的小程序码长按认一下，领会员积分', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['报价单这里不方便发，我拿个人号加你', ['contact'], 'wechat_channels'],
    ['宝们问我多高多重，简介里都有，照着选码', [], 'xiaohongshu'],
    ['想要联系方式的，简介里都有', ['profile'], 'xiaohongshu'],
  ]);
});

test('round nz: 打到蓝色, hao评 and fan现, 客服小妹, 工作 V, 微亻言, 钉丁, 小企鹅上, ［.］, 秘密口令', () => {
  expectFamilies([
    ['出价的老铁把定金打到蓝色那个上，我给你留货', ['payment'], 'kuaishou'],
    ['hǎo评截图发给客服，fan现六元', ['reviewBait'], 'jd'],
    ['添加客服小妹为好友，每天上新', ['collect'], 'pinduoduo'],
    ['安装视频在工作 V 上发：fz-lin77', ['contact'], 'kuaishou'],
    ['下播我让助理私你，发你微亻言', ['contact', 'group'], 'taobao'],
    ['会员请加入钉丁粉丝群领券', ['group', 'thirdParty'], 'tmall'],
    ['售后群在小企鹅上，群号七二六八八零一九三', ['contact', 'group'], 'douyin'],
    ['配件请到 cy-home［.］com 下单', ['url'], 'jd'],
    ['今天的秘密口令是“早安”，说对的宝子多送一份', [], 'douyin'],
  ]);
});

test('a V family joined (拉进咱们的V家族) is a WeChat group; 球球上找我 is QQ', () => {
  expectFamilies([
    ['下播我把想要的老铁拉进咱们的V家族', ['contact', 'group'], 'kuaishou'],
    ['要源头价的来“球球”上找我', ['contact'], 'kuaishou'],
    ['V家居旗舰店，全场包邮', [], 'kuaishou'],
  ]);
});

test('round oh: 裙号 with a number, the app in brackets after it (（企鹅）), 不在直播间说 sent to the profile', () => {
  expectFamilies([
    ['凭卡进福利裙，裙号 6 1 0 2 5 8 3 9 4（企鹅），每周发券', ['contact', 'group'], 'kuaishou'],
    ['裙号：S/M/L 三档可选', [], 'taobao'],
    ['内部价不在直播间说，宝宝们去看我简介', ['profile'], 'taobao'],
  ]);
});

test('round ny: 🎵 searched (打开🎵搜), 喂芯, 加徵信, 您的手机 written down; quiet: the host\'s skin type in the bio, 您的手机型号', () => {
  expectFamilies([
    ['想要的打开🎵搜“橙屿家电”，那边有补贴', ['thirdParty'], 'jd'],
    ['下播用喂芯找我，喂芯号就是直播间名字', ['contact'], 'tmall'],
    ['批发请加徵信：pdd_fang88', ['contact'], 'pinduoduo'],
    ['定制请在留言里写上您的手机，设计师给您回电', ['collect'], 'taobao'],
    ['请备注您的手机型号，发对应的壳', [], 'taobao'],
    ['简介里有我的肤质信息供参考', [], 'xiaohongshu'],
    ['不上征信，随借随还', [], 'jd'],
  ]);
});

test('a code on the parcel\'s card scanned for something (二维码扫了能看…) is a code; one on an invitation the goods are is not', () => {
  expectFamilies([
    ['包裹里的小卡片上那个二维码扫了能看安装视频', ['qr'], 'taobao'],
    ['这款婚礼请柬上印二维码，扫了能看新人相册，是产品自带的功能', [], 'xiaohongshu'],
    ['请柬定制 扫码进店主私域群看更多样式', ['group', 'qr'], 'xiaohongshu'],
  ]);
});

test('round nq and nw: 维x, 钉子粉丝群, 公众呺, ZFB 返你, 验货交易, a bubble toy (绿泡泡发光球) quiet; the buyer\'s details sent to a number (发送姓名+手机号到 159…) are asked for', () => {
  expectFamilies([
    ['想看实拍加维x：mb_daigou77', ['contact'], 'taobao'],
    ['团购价的去钉子粉丝群里等着', ['group', 'thirdParty'], 'tmall'],
    ['关注公众呺『栗子日记』领券', ['thirdParty'], 'xiaohongshu'],
    ['退货直接寄回来，运费我们 ZFB 返你', ['payment'], 'tmall'],
    ['同城可约，线下见面验货交易', ['payment'], 'xiaohongshu'],
    ['小狗造型💚绿泡泡发光球 耐咬', [], 'pinduoduo'],
    ['下单后短信发送姓名+手机号到 15938802716 登记保修', ['collect', 'phone'], 'kuaishou'],
    ['想要的把名字和电话发短信到13912345678', ['collect', 'phone'], 'kuaishou'],
    ['手机号码报一下，一三八零零一三八零零零', ['phone'], 'kuaishou'],
  ]);
});

test('a question the pointer answers (联系方式？看我简介) points at the profile; a size question does not', () => {
  expectFamilies([
    ['晒图返现怎么领？看我简介', ['profile', 'reviewBait'], 'kuaishou'],
    ['联系方式？看我主页简介', ['profile'], 'douyin'],
    ['尺码怎么选？看我简介里的身高', [], 'xiaohongshu'],
  ]);
});

test('a number after 找老王 is the one to call; 自提付现金 pays off the platform; a group\'s pinned message (进群看置顶) is no profile', () => {
  expectFamilies([
    ['本地朋友可以同城自提付现金，找老王 138 空 4127 空 0563', ['payment', 'phone'], 'wechat_channels'],
    ['清仓价都在“企鹅”群 四六九 二零三 八八一 里发，进群看置顶', ['contact', 'group'], 'taobao'],
  ]);
});

test('rounds or, ok, ol, om: another app\'s group chat named before it, 陌生来电 disbelieved (not the trigger), 渭信, 尉星, 飞书, 鹅厂号, 囷, 橙软件, 小狗标的App, wallets by colour, 打我支付bao, 收款方块, 转账给你打九折, 给你个卡号, five stars, 回血', () => {
  expectFamilies([
    ['穿搭清单同步在小红书店铺群聊，点店铺页的群聊入口就能进', ['group', 'thirdParty'], 'douyin'],
    ['售后请打开抖音App通过飞鸽联系客服，不要相信陌生来电', ['thirdParty'], 'kuaishou'],
    ['会员价找客服领，客服渭信 tm-yoga52', ['contact'], 'tmall'],
    ['评论区问的那个“尉星”，是 lulu_mm0612', ['contact'], 'xiaohongshu'],
    ['售后慢？直接在飞书上找我', ['contact'], 'jd'],
    ['售后找我：鹅厂号 3186620597', ['contact'], 'xiaohongshu'],
    ['想要批发价的来“囷”里，囷号 8 3 6 2 0 9 1 7 5（企鹅）', ['contact', 'group'], 'xiaohongshu'],
    ['更多茶品在我们的🍊软件旗舰店，搜“茶乡人家”', ['thirdParty'], 'wechat_channels'],
    ['要带票的去那个“小狗标”的App搜「铁匠坊」', ['thirdParty'], 'pinduoduo'],
    ['不想被扣点的，走“绿色钱包”直接转', ['payment'], 'xiaohongshu'],
    ['老客户直接打我支付bao，按批发价发', ['payment'], 'wechat_channels'],
    ['复购扫卡片背面的个人收款方块，更便宜', ['payment', 'qr'], 'wechat_channels'],
    ['加我 vx：zhang_tea_66，转账给你打九折', ['contact', 'payment'], 'wechat_channels'],
    ['拍下先别付款，我给你个卡号直接打款', ['payment'], 'tmall'],
    ['晒图➕话题，私信截图回血5r', ['reviewBait'], 'xiaohongshu'],
    ['今天的口令是“棉棉好软”，公屏打出来就能参与抽奖', [], 'xiaohongshu'],
    ['点主播头像进店铺主页，整套上新都在那里', [], 'douyin'],
    ['更多定制款式请看主页简介，联系方式都在那里', ['profile'], 'douyin'],
  ]);
});

test('round oq: details 填进 a form or 发一份到 a mailbox, 充值手机号 asked for, gifts mailed for a review (寄周边, 补寄, 寄出一份)', () => {
  expectFamilies([
    ['追评满三次的姐妹免费领一份小样，收货地址+手机号填进问卷 wj.form-xiu.cn/r8Kd2', ['collect', 'reviewBait', 'url'], 'xiaohongshu'],
    ['下单后请把收货地址和手机号另外发一份到 xdjc_shop@163.com', ['collect', 'contact'], 'kuaishou'],
    ['评价上传三张图，请在旺旺留下充值手机号领话费', ['collect', 'reviewBait'], 'tmall'],
    ['追评后把卡片填好寄回，我们寄周边给您', ['reviewBait'], 'jd'],
    ['好评后写上您的手机号，我们会寄出一份赠品', ['collect', 'reviewBait'], 'tmall'],
  ]);
});

test('a platform the goods are sold only on (只在视频号小店卖) sends there, not one they were sold on before; 旺旺发给客服 off Taobao', () => {
  expectFamilies([
    ['这款锅只在视频号小店卖，直接搜“厨小满”进小店下单', ['thirdParty'], 'douyin'],
    ['之前只在淘宝群里内部发售，现在抖音也能买了', [], 'douyin'],
    ['刻字内容拍下后旺旺发给客服', ['thirdParty'], 'pinduoduo'],
    ['刻字内容拍下后旺旺发给客服', [], 'taobao'],
  ]);
});

test('the seller\'s own 我不说那两个字 is the evader\'s excuse, no refusal of the push after it', () => {
  expectFamilies([
    ['这回我不说那两个字了：要批发价的去那个绿色聊天软件搜 chenji_tea25', ['contact'], 'douyin'],
    ['有人说让你加微信的都是骗子', [], 'douyin'],
  ]);
});

test('a single d one by one (挨个 d 你) is a DM; 两块直接到你手上 after a review is its reward', () => {
  expectFamilies([
    ['想要的扣“茶”，我让助理挨个 d 你，发你 vx 细聊', ['contact', 'group'], 'taobao'],
    ['五星再配三张图，截图发客服，两块直接到你手上', ['reviewBait'], 'douyin'],
  ]);
});

test('a report asked for of other messages (如遇其他信息请举报) leaves the push before it; a recorder\'s screen code is its own', () => {
  expectFamilies([
    ['退差价不走京东，请加QQ 2871364590 私下转账，如遇其他信息请向京东举报', ['contact', 'payment'], 'jd'],
    ['谁私信你说能私下拍的，直接举报', [], 'jd'],
    ['这款录音笔支持扫码传文件，手机扫一下就能导出录音', [], 'jd'],
  ]);
});

test('rounds os, ot, ov: 钅丁钅丁号, wei号, 加我私人的, 走绿的, 满意再给钱 (not the platform\'s 满意再付款), 售后走小程序, a phone sent to the platform\'s chat asked for; quiet: a lit fan badge, a prize page screenshot', () => {
  expectFamilies([
    ['想便宜的先问我，钅丁钅丁号 ddhao_7781，给你改价走私单', ['contact', 'payment'], 'pinduoduo'],
    ['私我要价目表，我发你wei号', ['contact', 'group'], 'xiaohongshu'],
    ['加我私人的，号在我视频号简介第二行', ['contact', 'profile'], 'wechat_channels'],
    ['拍完的别急着付，私我，走绿的给你抹零', ['group', 'payment'], 'kuaishou'],
    ['同城可以当面看，满意再给钱', ['payment'], 'xiaohongshu'],
    ['支持先用后付，收到货满意再付款', [], 'kuaishou'],
    ['扫码关注，售后走小程序更快', ['qr', 'thirdParty'], 'tmall'],
    ['老板们把自己的手机号发咚咚，我们加您细聊', ['collect'], 'jd'],
    ['进粉丝团的点下灯牌，福利多多', [], 'douyin'],
    ['抽中的姐妹找助理领奖，截图中奖页面发她就行', [], 'xiaohongshu'],
  ]);
});

test('a profile line said to hold shipping times (简介第二行写的是发货时间) is no pointer', () => {
  expectFamilies([
    ['我视频号简介第二行写的是发货时间，下午四点前下单当天发', [], 'wechat_channels'],
    ['我简介第二行写的是我的号', ['profile'], 'douyin'],
  ]);
});

test('five star emoji in a row (⭐⭐⭐⭐⭐) are a five-star review asked for', () => {
  expectFamilies([
    ['给个⭐⭐⭐⭐⭐，找客服领红包', ['reviewBait'], 'douyin'],
  ]);
});

test('round pj: a chat account among an order\'s fields (收件人姓名+手机+微信), 把手机号私信我, 把收花人姓名、电话…发给客服, 报销运费 for a review', () => {
  expectFamilies([
    ['定制款请在留言处填写收件人姓名+手机+微信', ['collect'], 'kuaishou'],
    ['下单时请填写收货人姓名和手机号', [], 'kuaishou'],
    ['想跟团的把手机号私信我', ['collect'], 'kuaishou'],
    ['付款后请把收花人姓名、电话、地址另外私信发给客服', ['collect'], 'wechat_channels'],
    ['追评晒视频，凭截图找客服报销一次运费', ['reviewBait'], 'jd'],
  ]);
});

test('rounds oy and oz: 谓信, ✈️上搜 an account, 蔻群, 好坪 and 晒図, fu务号', () => {
  expectFamilies([
    ['谓信 li_handmade24，新品先给老客看', ['contact'], 'xiaohongshu'],
    ['批发拿货的老板，✈️上搜 @yuecha_88 找我', ['contact'], 'douyin'],
    ['福利都在蔻群，群号 7 7 3 0 1 5 6 9 2', ['contact', 'group'], 'tmall'],
    ['好坪➕晒図，找客服领三元现金红包', ['reviewBait'], 'kuaishou'],
    ['扫图二的小方格，关注品牌fu务号领新客礼', ['qr', 'thirdParty'], 'tmall'],
  ]);
});

test('a bubble toy\'s lights (绿泡泡灯光款) are no WeChat', () => {
  expectFamilies([
    ['儿童电动泡泡机 绿泡泡灯光款 送两瓶泡泡水', [], 'douyin'],
  ]);
});

test('round pl–ps: 胃星 and V仔 with a handle, b for 8 in a number, 电话和V一个号, V就是手机号, 二维玛 and 扫玛, zhu页', () => {
  expectFamilies([
    ['想拿批发价的加我胃星：chayuan_5521', ['contact'], 'kuaishou'],
    ['睇价目表就搵我V仔：lanfang_tea22', ['contact'], 'wechat_channels'],
    ['有事直接打：158-3310-72B6', ['phone'], 'douyin'],
    ['手机和V一个号：一三九 〇二七一 五五八六', ['contact', 'phone'], 'taobao'],
    ['拿货的加我，V就是手机号', ['contact'], 'pinduoduo'],
    ['扫玛领取延保卡', ['qr'], 'tmall'],
    ['号在我zhu页第一行', ['profile'], 'douyin'],
  ]);
});

test('a detergent named 绿泡泡 and a lid clicked shut twice (扣扣两下) are no WeChat or QQ', () => {
  expectFamilies([
    ['这款柠檬洗洁精名叫绿泡泡，一滴去油', [], 'jd'],
    ['饭盒盖子扣扣两下就密封好了', [], 'pinduoduo'],
  ]);
});

test('round pl–ps: money sent by V or zz in private, 支附宝 and 支b, paid on the spot or to the company account, 别在猫上拍', () => {
  expectFamilies([
    ['嫌平台扣点高的，私下给我V转，我再让十块', ['payment'], 'pinduoduo'],
    ['老客私下给我zz就行，不用走流程', ['payment'], 'kuaishou'],
    ['报暗号再直接转支附宝给我，立减二十', ['payment'], 'jd'],
    ['这批货直接支b打给我，当天发', ['payment'], 'xiaohongshu'],
    ['来门店品鉴，喝好了当场付', ['payment'], 'wechat_channels'],
    ['尾款请打到公司对公户，合同另签', ['payment'], 'tmall'],
    ['详情页第三张的码，长按识别后跳转到我们的旗舰店', ['qr'], 'tmall'],
  ]);
});

test('round pl–ps: 走老铁拍 off Kuaishou, 海鲜市场 as Xianyu, 阿里家的批发网站, 更多款式在 another platform', () => {
  expectFamilies([
    ['这只手镯走老铁拍，十块起拍', ['thirdParty'], 'douyin'],
    ['这只手镯走老铁拍，十块起拍', [], 'kuaishou'],
    ['旧手机可以去海鲜市场挂，价格高', ['thirdParty'], 'jd'],
    ['周末去海鲜市场买了两斤皮皮虾', [], 'jd'],
    ['拿大货去阿里家的那个批发网站搜店名', ['thirdParty'], 'wechat_channels'],
    ['更多款式在视频号橱窗', ['thirdParty'], 'xiaohongshu'],
  ]);
});

test('round pl–ps: a reward beside the pointer or the group that pays it, 晒过图 and 晒了单, 赠您 after a review, a question a channel\'s profile answers', () => {
  expectFamilies([
    ['简介里有店长的薇信，加了发你好评返现的领法', ['contact', 'profile', 'reviewBait'], 'douyin'],
    ['晒过图的宝宝我拉你进返现群', ['group', 'reviewBait'], 'kuaishou'],
    ['晒了单的姐妹找客服，每人返三块', ['reviewBait'], 'pinduoduo'],
    ['追评满三张图，赠您一包同款试吃', ['reviewBait'], 'jd'],
    ['好评返现怎么领？看我视频号主页简介', ['profile', 'reviewBait'], 'wechat_channels'],
  ]);
});

test('round pl–ps: an add-call written as what to note when adding (添加时写), a scan that adds me (扫一扫就能加上我), math bold digits after 号', () => {
  expectFamilies([
    ['wx号在简介第一行，添加时写“拿货”', ['contact', 'profile'], 'jd'],
    ['看屏幕左上角的码，扫一扫就能加上我', ['contact', 'qr'], 'kuaishou'],
    ['鹅厂那个聊天软件见，号：𝟮𝟬𝟰𝟲𝟬𝟴𝟭𝟯𝟱', ['contact'], 'xiaohongshu'],
    ['直接微亻言转账给我打九折', ['payment'], 'pinduoduo'],
  ]);
});

test('round pt–qg: 羣 for 群, a fans\' 小家 joined, a place off the site, 徽 and zhuan with what follows, Moments spelled 盆友圈', () => {
  expectFamilies([
    ['下播后统一拉进茶友羣', ['group'], 'wechat_channels'],
    ['我让助理把你们拉进绿泡泡上的宠粉小家', ['contact', 'group'], 'douyin'],
    ['下播带你们去咱们站外的后花园', ['group'], 'douyin'],
    ['想要的加我个人徽：tea_lao66', ['contact'], 'wechat_channels'],
    ['急要的私下 zhuan 我，给你留着', ['payment'], 'xiaohongshu'],
    ['新款都先发在盆友圈', ['thirdParty'], 'pinduoduo'],
  ]);
});

test('round pt–qg: a dialect 俺 and 就是 before the profile, the way to reach written there, 都有店 but bought here, Taobao\'s own membership page on Tmall', () => {
  expectFamilies([
    ['批发的看俺作品简介，法子都写里头了', ['profile'], 'kuaishou'],
    ['联系不上的亲，看客服头像，上面有师傅的联系办法', ['profile'], 'pinduoduo'],
    ['咱家淘宝京东都有店，但今天直播间最便宜，就在小黄车拍', [], 'douyin'],
    ['积分打开淘宝App-我的淘宝-会员中心即可查看', [], 'tmall'],
    ['大家在微信里搜到的其他同名号都不是我们', [], 'wechat_channels'],
    ['这台胶片相机拍出来发朋友圈超有氛围', [], 'xiaohongshu'],
  ]);
});

test('round pl–qg: .style and 。shop spelled domains, 威芯群, a group in another green app, a quoted group after 进我们的, 绿色聊天工具', () => {
  expectFamilies([
    ['搭配清单在 qiuyu点style，浏览器打开', ['url'], 'xiaohongshu'],
    ['浏览器打开 mumu-home。shop 看全部款', ['url'], 'pinduoduo'],
    ['另开了个威芯群，想进的扣1', ['contact', 'group'], 'taobao'],
    ['我们的姐妹qun在另一个绿色app里，想进的扣1', ['contact', 'group'], 'xiaohongshu'],
    ['扫码进我们的“宝妈福利裙”，晚上八点发券', ['group', 'qr'], 'kuaishou'],
    ['绿色聊天工具：lanyu2025，搜一下加上', ['contact'], 'kuaishou'],
  ]);
});

test('round pl–qg: a caller who says who they are, a practice refused after it is named, an unboxing video of the seller\'s own', () => {
  expectFamilies([
    ['若您接到自称“平台客服”的来电，要求您加微信退款，请立即挂断', [], 'jd'],
    ['有些店让你加什么绿泡泡私下付款，我们店从来不做这种事', [], 'tmall'],
    ['开箱视频在B站都有，搜「老周测评」关注，抽奖送配件', ['thirdParty'], 'jd'],
  ]);
});

test('round pl–qg: details sent back by SMS (回复到), a phone asked for by message, an account said to be unsayable here', () => {
  expectFamilies([
    ['请把您的收件电话和地址回复到售后短信里', ['collect'], 'xiaohongshu'],
    ['晒了图的找助理，助理会私信你要手机号发话费', ['collect', 'reviewBait'], 'wechat_channels'],
    ['小绿的联系方式不能说，懂的都懂，去我主页背景图上找', ['profile'], 'kuaishou'],
  ]);
});

test('round qh–qo: a made-to-order item paid by a payee code, pointed strings added, a scan of a video\'s frame, spoken prices and card payments in person', () => {
  expectFamilies([
    ['定制款的定金直接扫吱付宝收款码', ['payment', 'qr'], 'xiaohongshu'],
    ['看我主页简介那串数字，加上再说', ['contact', 'profile'], 'kuaishou'],
    ['右下角那串就是我的小号，加了备注“红薯”', ['contact'], 'xiaohongshu'],
    ['会员价看旺旺签名，加那个 ⅴ 号备注“老客”', ['contact', 'profile'], 'tmall'],
    ['扫视频最后一帧的石马，进我们的学员群', ['group', 'qr'], 'wechat_channels'],
    ['到我们门店来挑，现场刷卡，比线上划算', ['payment'], 'wechat_channels'],
    ['到店当面谈价，镯子不走直播间', ['payment'], 'douyin'],
  ]);
});

test('round qh–qo: spelled account words, 同喂心 after a number, 力口 wei, 橙子色 and dong哥家 searched, a reward sent by the service chat', () => {
  expectFamilies([
    ['下单时备注一下您的薇芯号', ['collect'], 'jd'],
    ['请在留言里写上您的 dian 话号码', ['collect'], 'wechat_channels'],
    ['手机用户请拨 158肆零柒3贰96捌（同喂心）', ['contact', 'phone'], 'jd'],
    ['想进老顾客群的，力口 wei 备注“棉麻”', ['contact', 'group'], 'taobao'],
    ['去橙子色那个App搜店名「木禾小铺」', ['thirdParty'], 'douyin'],
    ['想要的去dong哥家搜店名，比这边便宜', ['thirdParty'], 'tmall'],
    ['给个好评晒单，客服发您5元红包', ['reviewBait'], 'jd'],
  ]);
});

test('round qh–qo: Alipay at checkout, a price that is not the platform\'s, a pointer to sizes, a payee-code sign made to order stay quiet', () => {
  expectFamilies([
    ['下单支持花呗分期和zfb付款，全程在平台内完成', [], 'taobao'],
    ['主页第二行是我的身高体重，方便参考尺码', [], 'xiaohongshu'],
    ['二维码桌贴定制，可印您自家店铺的收款码', [], 'pinduoduo'],
  ]);
});

test('round qp–qw: 扌日 and ▦ for a scan and a code, w叉, gong 众 hao and GZ号, 都收 after a payment app, a 小橙子 or 闲-字 app searched', () => {
  expectFamilies([
    ['扌日一下卡片背面的石马领延保', ['qr'], 'kuaishou'],
    ['扫右下角 ▦ 领三年延保', ['qr'], 'jd'],
    ['老客加个 w 叉，我拉你进群', ['contact', 'group'], 'douyin'],
    ['清单在我的 gong 众 hao“小铺”，回复“清单”自动发', ['thirdParty'], 'xiaohongshu'],
    ['付款截图发我就行，zfb 或 wx 都收', ['payment'], 'xiaohongshu'],
    ['去那个‘闲’字开头的二手App搜店名', ['thirdParty'], 'pinduoduo'],
    ['同款去隔壁小橙子搜店名，便宜十块', ['thirdParty'], 'douyin'],
  ]);
});

test('round qp–qw: 这个号也是微信, a phone left in the comments, a reward taken off the next order, 么 for 1, 绿信 with a handle, money paid at the shop or to the company account', () => {
  expectFamilies([
    ['找我：一八六，零五二七，三三九八，这个号也是微信', ['contact', 'phone'], 'pinduoduo'],
    ['要拿货价的把手机号留评论区', ['collect'], 'kuaishou'],
    ['发带图笔记@我们，下一单直接抵扣20元', ['reviewBait'], 'xiaohongshu'],
    ['售后电话：幺伍捌，么拐两洞，三三九五', ['phone'], 'taobao'],
    ['完整图册➕绿信 lmstudio8 发你', ['contact'], 'taobao'],
    ['到店现付打九折', ['payment'], 'wechat_channels'],
    ['大额订单公户直打，不过多多', ['payment'], 'pinduoduo'],
  ]);
});

test('round qp–qw: a shelf label changed by scanning, WeChat\'s shop as the checkout on Channels, viewing refused (不搞线下看货那一套) stay quiet', () => {
  expectFamilies([
    ['电子价签 可扫码改价，墨水屏', [], 'wechat_channels'],
    ['本店不会要求您私下转账，所有订单都在微信小店里付款', [], 'wechat_channels'],
    ['翡翠手镯只在直播间卖，不搞线下看货那一套', [], 'douyin'],
  ]);
});

test('round qx–rk: a scan by 识别 before a join, groups called 服务圈 or 车队, 钉子 with a handle, a number read with 后面跟, 电话号写进留言, 再现结, the green one the same number', () => {
  expectFamilies([
    ['屏幕左下角这个二维码，长按识别进我们车友群', ['group', 'qr'], 'kuaishou'],
    ['添加助理后拉您进专属服务圈', ['group'], 'tmall'],
    ['想进内部车队的扣“上车”，下播统一拉', ['group'], 'jd'],
    ['大客户报价找我“钉子”：dingbiz_2231', ['contact'], 'jd'],
    ['直接打 139 后面跟 0517 再跟 2286', ['phone'], 'jd'],
    ['拍下后把你的电话号写进留言', ['collect'], 'pinduoduo'],
    ['送到家满意了再现结，不用在小店付款', ['payment'], 'kuaishou'],
    ['有问题就打 一五零 三七八八 零四六二，和那个绿的也是同一个号', ['contact', 'phone'], 'pinduoduo'],
    ['我的 wei 在简介第二行，加的时候备注“小红书”', ['contact', 'profile'], 'xiaohongshu'],
  ]);
});

test('round qx–rk: a screenshot of a card to scan, a buyers\' photo group, the shop\'s own note, a courier, WeChat search finding the shop on Channels, 返不返现 asked and denied stay quiet', () => {
  expectFamilies([
    ['截图我身后这张卡，用相册识别一下就能领', ['qr'], 'wechat_channels'],
    ['买家秀交流群：扣扣 776104253，进群抽新品试用', ['contact', 'group'], 'taobao'],
    ['开奖将在店铺笔记中公布，请在App内私信店铺客服兑换', [], 'xiaohongshu'],
    ['本店使用京东物流配送，次日达', [], 'pinduoduo'],
    ['微信搜一搜店铺名“禾木家居”就能找到我们', [], 'wechat_channels'],
    ['晒单评价的不用私信问返不返现，咱家没有返现', [], 'kuaishou'],
  ]);
});

test('round qx: a bullet for a domain\'s dot, 令 for 0, 伈 for 信, 淘某 searched, 盯盯粉丝群, our own 鱼塘 as a group, 截屏识别, 简 jie, a bank card transfer', () => {
  expectFamilies([
    ['说明书电子版下载：heye-home◉com/manual', ['url'], 'tmall'],
    ['上门维修预约拨：要七七 留五二令 三酒八要', ['phone'], 'jd'],
    ['设计稿可以发到我威伈 lanyue_ke7', ['contact'], 'taobao'],
    ['姐妹们去淘某搜“小米手作”', ['thirdParty'], 'xiaohongshu'],
    ['加入品牌盯盯粉丝群，新品只在群内发', ['group', 'thirdParty'], 'tmall'],
    ['想进咱家族鱼塘的扣1', ['group'], 'kuaishou'],
    ['这个方块码大家截屏识别一下，有惊喜', ['qr'], 'wechat_channels'],
    ['商务合作的联系方式都在简 jie 第二行', ['profile'], 'xiaohongshu'],
    ['京东下单太慢，直接银行卡转我锁货', ['payment'], 'jd'],
  ]);
});

test('a reward denied in any form (不以任何形式为好评提供奖励) stays quiet', () => {
  expectFamilies([
    ['您的好评是我们的动力，本店不以任何形式为好评提供奖励。', [], 'wechat_channels'],
  ]);
});

test('a jump to our own shop (跳转到我们淘宝店) is no transfer to me, the shop named still a push', () => {
  expectFamilies([
    ['第二张图里的二维码长按识别，跳转到我们淘宝店，价格更低', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['定金直接转到我支付宝', ['payment'], 'xiaohongshu'],
  ]);
});

test('round rl–rs: a reward exchanged for screenshots (可换价值…), tea money (茶水钱) after a review; a till that takes both apps is no payment off the platform', () => {
  expectFamilies([
    ['追评满三次，凭截图可换价值58元的香薰一份', ['reviewBait'], 'xiaohongshu'],
    ['追评再晒一次图，客服给您包个“茶水钱”', ['reviewBait'], 'kuaishou'],
    ['扫码收银一体机，微信支付宝都能收款，小票自动打印', [], 'kuaishou'],
    ['付款截图发我就行，zfb 或 wx 都收', ['payment'], 'xiaohongshu'],
  ]);
});

test('round rl–rs: 走私下, 丢个手机号, QQ as a blue penguin, a code as 黑白格 shot with the phone\'s camera, 绿色联系方式, 为信, 彳山攵亻言, 薇店, D我一下, ㄦ维码', () => {
  expectFamilies([
    ['十斤以上的走私下，zfb打过来当天发', ['payment'], 'pinduoduo'],
    ['有换新需求的，丢个手机号在公屏', ['collect'], 'jd'],
    ['加蓝色小鹅 330918726，发你实拍', ['contact'], 'taobao'],
    ['刮开涂层，用手机相机那个黑白格，就能进老客福利群', ['group', 'qr'], 'pinduoduo'],
    ['评论扣“入”，我私你发企业的那个绿色联系方式', ['contact', 'group'], 'tmall'],
    ['要内购价的，加我“为信”：tx_0815', ['contact'], 'tmall'],
    ['力口主播的 彳山攵亻言，号是 tangtang_0917', ['contact'], 'douyin'],
    ['不让发的款都在我们的薇店', ['thirdParty'], 'xiaohongshu'],
    ['下播以后D我一下，我把小绿号发你', ['contact', 'group'], 'taobao'],
    ['买茶送茶具，领取方式：扫描详情页第三张图的ㄦ维码', ['qr'], 'wechat_channels'],
  ]);
});

test('round rl–rs: an account unsayable in the live room points to the profile; a fan named in quotes, a group\'s password, a till, a profile of replays stay quiet', () => {
  expectFamilies([
    ['微信号不能在直播里讲啊，你们去翻我主页简介，那有', ['profile'], 'wechat_channels'],
    ['这款\'小黄鱼\'风扇是爆款，静音', [], 'jd'],
    ['进群口令是直播间名字的首字母，私我拿口令', ['group'], 'jd'],
  ]);
});

test('a word for any account before a number, WeChat refused later in the sentence (只打电话不加微), is the phone\'s', () => {
  expectFamilies([
    ['要发票的记我工作号：一五八，七四二零，三三九五，只打电话不加微', ['phone'], 'taobao'],
    ['要发票的记我工作号：一五八，七四二零，三三九五', ['contact', 'phone'], 'taobao'],
  ]);
});

test('an add-call before the join it leads to (加V进裙) is a contact and a group', () => {
  expectFamilies([
    ['关注我的宝子加V进裙，每天发接龙', ['contact', 'group'], 'wechat_channels'],
  ]);
});

test('round rt–sg: 蚂蚁那边 and 付我支付宝, 私下俾定金, 电讠舌费 and 电🐎 asked for, 福利组织, 发我们您的, a bold dot, 绿宝宝 with a handle, rewards far after a review', () => {
  expectFamilies([
    ['喜欢的直接蚂蚁那边转我，转完截图发我', ['payment'], 'kuaishou'],
    ['定金先付我支付宝，尾款到货再给', ['payment'], 'taobao'],
    ['大件家具唔使拍，私下俾定金，尾款到货再俾', ['payment'], 'taobao'],
    ['五星好评带图，联系商家发截图，给您充3块电讠舌费', ['reviewBait'], 'pinduoduo'],
    ['拍下请在备注里写上联系电🐎，师傅上门前先打给您', ['collect'], 'pinduoduo'],
    ['想进我们内部福利组织的在公屏刷个“组织”', ['group'], 'jd'],
    ['在旺旺里发我们您的手机号和生日，生日当月有惊喜', ['collect'], 'tmall'],
    ['图案模板在 nanzhi⚫top 自取', ['url'], 'xiaohongshu'],
    ['售后找我更快：加个绿宝宝 muhe_kefu24', ['contact'], 'taobao'],
    ['追评满50字带图，下次联系客服报订单号，可领无门槛券10元', ['reviewBait'], 'taobao'],
  ]);
});

test('round rt–sg: a brand name in the avatar, a courier app\'s order page on Tmall, a sticker, a question answered no after calling the asker, viewing refused right after, a post shared in WeChat stay quiet', () => {
  expectFamilies([
    ['店铺头像上那串字母是品牌名ZENOVA，谨防假冒', [], 'jd'],
    ['售后请打开淘宝或天猫App，在订单页联系旺旺客服', [], 'tmall'],
    ['本包裹含赠品一份：小熊扣扣贴纸', [], 'kuaishou'],
    ['“能不能便宜点走私单？”宝宝，不能哈，咱只走平台下单', [], 'taobao'],
    ['翡翠好多人想线下看货，咱不搞线下哈，都在购物车里拍', [], 'douyin'],
    ['有个家人说我在微信上转发给我妈了，谢谢', [], 'wechat_channels'],
    ['企业采购把需求发我们邮箱 caigou@lingfeng-tech.cn', ['contact'], 'jd'],
  ]);
});

test('a WeCom code said to be on the screen, scanned to add (企业微信码在屏幕左下角，扫一扫加上), is a contact and a code', () => {
  expectFamilies([
    ['我们客服的企业微信码在屏幕右下角，扫一扫加上', ['contact', 'qr'], 'wechat_channels'],
  ]);
});

test('戳我 right before a QQ and its number is where to reach me, no private message; 私聊 before one stays a private chat', () => {
  expectFamilies([
    ['售后直接戳我👉🐧：3️⃣9️⃣6️⃣2️⃣0️⃣5️⃣8️⃣1️⃣', ['contact'], 'xiaohongshu'],
    ['颜色：黑色（私聊企鹅3057746281发实拍）', ['contact', 'group'], 'jd'],
  ]);
});

test('round sh–so: 咚咚给客服 off JD, 好礼 after a review, a reward\'s rules in the avatar, 都在上面 after a pointer', () => {
  expectFamilies([
    ['售后请在京东咚咚给客服留言', ['thirdParty'], 'taobao'],
    ['售后请在京东咚咚给客服留言', [], 'jd'],
    ['进我们的粉丝群，群里每周抽晒单好礼', ['group', 'reviewBait'], 'douyin'],
    ['返图有礼的规则都在我头像里', ['profile', 'reviewBait'], 'xiaohongshu'],
    ['平台不让说，懂的宝宝自己去看我头像，都在上面', ['profile'], 'douyin'],
  ]);
});

test('round sh–so: .skin, 夭 for 1, 禾厶我 and s聊, 家族群 joined, a scan by 扌彐, wei信群, 银行卡过数, 纟录泡泡号 asked for, 手机微信都是它', () => {
  expectFamilies([
    ['高清版放在 yuyan点skin/blog 了', ['url'], 'xiaohongshu'],
    ['老客专线 138 夭夭 26 9047', ['phone'], 'pinduoduo'],
    ['禾厶我暗号“老铁”，拉你进咱们的家族群', ['group'], 'kuaishou'],
    ['加我个人溦信 s 聊：baoyu_cha99', ['contact', 'group'], 'wechat_channels'],
    ['扌彐下方二维码领三元无门槛券', ['qr'], 'pinduoduo'],
    ['扌彐码加入老顾客 wei 信群', ['contact', 'group', 'qr'], 'wechat_channels'],
    ['批发别在小店拍，直接银行卡过数', ['payment'], 'wechat_channels'],
    ['下单时备注你的纟录泡泡号，客服拉你', ['collect'], 'taobao'],
    ['大客户专线：178 2693 0451，手机微信都是它', ['contact', 'phone'], 'jd'],
  ]);
});

test('round sh–so: a thick scarf (加厚围脖), a photo fit for one\'s Moments, a buyers\' photo draw stay quiet', () => {
  expectFamilies([
    ['冬季加厚围脖，羊毛混纺，三色可选', [], 'douyin'],
    ['拍出能发 PYQ 的九宫格就靠它：手机三脚架', [], 'xiaohongshu'],
    ['买家秀抽奖：每月抽3位送整套睡衣', [], 'taobao'],
  ]);
});

test('a code that opens a brand\'s WeCom (二维码可进入品牌企业微信) is a code and a contact', () => {
  expectFamilies([
    ['卡片背面二维码可进入品牌企业微信，享专属售后', ['contact', 'qr'], 'tmall'],
  ]);
});

test('round sp–sw: zhuyin WeChat, 唯新 and 绿色那边, 一手钱一手货, 黑白方块 after sys, 走个私, 鲸东 and 喜马拉雅 searched, an address\'s 圈 before a domain, a code sent by DM, a pointer\'s 不能在这说', () => {
  expectFamilies([
    ['上新提醒：加 ㄨㄟ ㄒㄧㄣ haoxiang_tea', ['contact'], 'xiaohongshu'],
    ['批发请加 唯 新：lida_wj01', ['contact'], 'pinduoduo'],
    ['内部价的 dd 我，我把链接发你绿色那边', ['contact', 'group'], 'tmall'],
    ['想上手的来线下喝茶，见面一手钱一手货', ['payment'], 'douyin'],
    ['拆箱后 sys 纸盒内侧那个黑白方块，领电子说明书', ['qr'], 'pinduoduo'],
    ['别在小黄车拍了，这单咱走个私', ['payment'], 'kuaishou'],
    ['想要这款的去鲸东搜我们旗舰店', ['thirdParty'], 'tmall'],
    ['配套音频去喜马拉雅搜“小熊讲故事”', ['thirdParty'], 'pinduoduo'],
    ['报价单发邮箱，联系 tonysun_audio 圈 163 点 com', ['contact'], 'jd'],
    ['主播下播私信你们码，进去天天有券', ['qr'], 'pinduoduo'],
    ['电话不能在这说，铁子们点我头像进去，签名那一栏的数字就是', ['profile'], 'kuaishou'],
  ]);
});

test('round sp–sw: a reward not done (没搞返现, 未提供任何奖励), a lock run from a mini program, 扣扣熊, 扫码入库, the seller offering its own 喂心号 stay quiet', () => {
  expectFamilies([
    ['评价区的买家秀都是真实用户拍的，我们没搞返现', [], 'tmall'],
    ['晒单图片均为用户自主上传，本店未提供任何奖励', [], 'jd'],
    ['智能门锁，可用微信小程序远程查看门口', [], 'jd'],
    ['扣扣熊儿童保温杯，弹盖吸管两用', [], 'kuaishou'],
    ['退货请保留外包装，方便仓库扫码入库', [], 'pinduoduo'],
    ['想要批发价的私我，私我发你喂心号', ['contact', 'group'], 'pinduoduo'],
  ]);
});

test('a shop\'s address pointed at in the profile (门店地址看主页简介) is a pointer', () => {
  expectFamilies([
    ['大件家具可以到店交易，门店地址看主页简介', ['payment', 'profile'], 'jd'],
  ]);
});

test('round sx–tk: 手提号码 and 电言舌 asked for, 电话和绿泡泡一样, 打或者加, 不能写 before a pointer, 长摁, 直接V转, 车队 joined, 名字底下, 那串字母 added, 扌口扌口群, 快手加粉丝团 off Kuaishou', () => {
  expectFamilies([
    ['下单时在备注里写上你的手提号码', ['collect'], 'pinduoduo'],
    ['请您在追评里留下常用的电言舌，我们会主动联系', ['collect'], 'pinduoduo'],
    ['电话和绿泡泡一样：139 0527 8641', ['contact', 'phone'], 'xiaohongshu'],
    ['要订做的直接打或者加，号码一样：幺捌捌 零七五二 三六四一', ['contact', 'phone'], 'xiaohongshu'],
    ['联系方式按规定不能写，懂的姐妹自己去我简介里找找', ['profile'], 'xiaohongshu'],
    ['详情页最后一张图的黑白格子，长摁三秒就能看到隐藏款', ['qr'], 'tmall'],
    ['代购款不走商品卡，定金直接V转', ['payment'], 'xiaohongshu'],
    ['评论扣个“上车”，我把大家拉进外面那个车队', ['group'], 'xiaohongshu'],
    ['要加我的看我名字底下那行小字，就那串字母，加的时候备注直播间', ['contact', 'profile'], 'douyin'],
    ['老客价只在扌口扌口群 765432108 里发', ['contact', 'group'], 'taobao'],
    ['下次开播记得在快手加粉丝团', ['thirdParty'], 'pinduoduo'],
  ]);
});

test('round sx–tk: a bubble face mask, reviews held in the shop\'s page, a DM said to go unanswered, no protection for a private deal, WeChat\'s 发现 tab on Channels stay quiet', () => {
  expectFamilies([
    ['绿泡泡清洁面膜今天两盒29.9，点小黄车2号链接', [], 'douyin'],
    ['想看更多实测视频的点我头像进店铺主页，所有型号的评测都在那里', [], 'jd'],
    ['想要原图的来找我，绿色泡泡搜 xiaoyu_0521（私信我真回不过来）', ['contact'], 'xiaohongshu'],
    ['“能不能私下便宜点”——不能哈，私下交易你出了问题我也没法给你保障', [], 'jd'],
    ['微信里点发现，点视频号，搜“寒节茶仓”就能找到直播间', [], 'wechat_channels'],
  ]);
});

test('a buyers\' question answered at once with the account (我就说一次哈：…) gives it; 统一回复：没有 still refuses', () => {
  expectFamilies([
    ['好多姐妹问我的v芯，我就说一次哈：xiaoyu_daily77', ['contact'], 'xiaohongshu'],
    ['有人公屏问我要威信，统一回复：没有，主播不加任何人', [], 'douyin'],
  ]);
});

test('round tl–ts: 某信转账, 不用再走平台, 力口亻言, 企鹅家, ding ding before a handle, 进店主 a join verb, 打到老板卡上, 支某宝, 私家🐟塘, 口口群, 宫主号, 多多店, 氵匋宝, 把定金转我', () => {
  expectFamilies([
    ['批发拿货的可以某信转账，便宜五个点', ['payment'], 'pinduoduo'],
    ['回头客下次不用再走平台，价格再让五块', ['payment'], 'kuaishou'],
    ['力口亻言 kyservice8，享终身保养提醒', ['contact'], 'jd'],
    ['也可加采购经理 ding ding：zhao_cg2024', ['contact'], 'jd'],
    ['卡片上的黑白格子拿手机扫一下，进店主私人福利圈', ['group', 'qr'], 'pinduoduo'],
    ['想拿货的钱直接打到老板卡上', ['payment'], 'tmall'],
    ['报完价直接支某宝转我，不走单还能便宜', ['payment'], 'taobao'],
    ['想要的进我私家🐟塘，扣个1主播挨个拉', ['group'], 'kuaishou'],
    ['想售后快的加我们口口群627384915', ['contact', 'group'], 'pinduoduo'],
    ['更多款式每天在宫主号‘青禾源农品’更新，关注一下', ['thirdParty'], 'kuaishou'],
    ['想要更低价的，去隔壁那个多多店找我们', ['thirdParty'], 'jd'],
    ['想要同款的去氵匋宝搜‘栗子家手作’', ['thirdParty'], 'xiaohongshu'],
    ['想拍的私下把定金转我，包邮到家', ['payment'], 'kuaishou'],
  ]);
});

test('round tl–ts: letters glued to a word (DHA) are no 电话, a host\'s own contact (主包的联系方式) asked for by nobody', () => {
  expectFamilies([
    ['铁含量和DHA都写在配料表里，大家可以放大看', [], 'jd'],
    ['主包的联系方式不方便写在卡片上，想要穿搭建议的去看我主页简介加一下', ['profile'], 'douyin'],
  ]);
});

test('the seller leaving its own contact somewhere (我们在卡片上留联系方式), refused by the rules, asks the buyer for nothing', () => {
  expectFamilies([
    ['平台规则不允许我们在卡片上留联系方式，有问题请在订单页找客服', [], 'xiaohongshu'],
    ['请在卡片上留下您的联系方式', ['collect'], 'xiaohongshu'],
  ]);
});

test('round tt–ug: 把邮费还给您 and 塞个惊喜 after a review, 告诉客服 asked, 截图扫进 a group, 加这个号码的微信, 来我鱼塘, 嘉信/伟鑫/威辛, 更在盆友圈, 用球球找我, 看货方式, .jewelry, qiuqiu, 球球号, 薯app, 老铁家, 可以走', () => {
  expectFamilies([
    ['五星评价后截图给客服，我们把邮费“还”给您', ['reviewBait'], 'jd'],
    ['晒个买家秀给咱，客服会偷偷塞个惊喜给您', ['reviewBait'], 'taobao'],
    ['追评的顾客请把手机号告诉小店客服，每月抽奖', ['collect', 'reviewBait'], 'wechat_channels'],
    ['把屏幕上的二维码截图扫进我们的宝妈交流群', ['group', 'qr'], 'jd'],
    ['订花的打 0755-2369 8170，也可以加这个号码的微信', ['contact', 'phone'], 'wechat_channels'],
    ['想要内部价的来我鱼塘，评论区敲个“鱼”', ['group'], 'douyin'],
    ['需要测量视频的加个嘉信 tmwood_77', ['contact'], 'taobao'],
    ['每天新款都更在盆友⭕', ['thirdParty'], 'xiaohongshu'],
    ['出门在外用球球找我：柒零叁捌伍壹贰陆', ['contact'], 'pinduoduo'],
    ['看货方式写在主页简介里了，老铁自己翻', ['profile'], 'kuaishou'],
    ['详细参数去官网看：huiqin 点 jewelry', ['url'], 'wechat_channels'],
    ['想要清单的加 qiuqiu 1 3 9 2 6 0 4 5 8 7', ['contact'], 'jd'],
    ['把你的球球号打公屏上，我下播一个个加', ['collect'], 'kuaishou'],
    ['价格表去薯 app 搜‘慧琴珠宝’', ['thirdParty'], 'wechat_channels'],
    ['想看更多的去‘老铁家’搜‘大熊电器’', ['thirdParty'], 'jd'],
    ['单位采购可以走京东企业购', ['thirdParty'], 'taobao'],
  ]);
});

test('round tt–ug: 无添加 √, a printer connected by a scan, 加啥V啊 answering a request, the seller\'s own price check stay quiet', () => {
  expectFamilies([
    ['√无添加 √非油炸 全麦苏打饼干 2斤', [], 'kuaishou'],
    ['家用打印机，手机扫码即可连接', [], 'jd'],
    ['“主播能加个V不”——加啥V啊老铁，有事点小店客服找我', [], 'kuaishou'],
    ['我去拼多多比过价了，同款那边要多花二十', [], 'kuaishou'],
  ]);
});

test('round uh–uo: 淘宝群里发补货 off Taobao, 走快手老铁拍, 有对接方式, 奶茶一杯, 店话 and 绿泡泡 listed after a phone, 黑白小方格, 手机和薇一个号, 企业薇码', () => {
  expectFamilies([
    ['想要返场的扣1，下播后我在淘宝群里发补货时间', ['group', 'thirdParty'], 'kuaishou'],
    ['这块籽料一元起拍，统一走快手老铁拍', ['thirdParty'], 'douyin'],
    ['要团购价的企业客户，主播头像里有对接方式', ['profile'], 'tmall'],
    ['五星好评+两张图=奶茶一杯，评完截图给客服', ['reviewBait'], 'douyin'],
    ['付款后请在留言栏写上您的店话（手机）', ['collect'], 'taobao'],
    ['下单请备注常用电话和绿泡泡，方便联系您', ['collect'], 'pinduoduo'],
    ['想要的加我，手机和薇一个号：壹伍壹 零陆捌叁 肆贰柒玖', ['contact', 'phone'], 'xiaohongshu'],
    ['复购请扫卡片上的企业薇码，老客户专属价', ['contact', 'qr'], 'wechat_channels'],
  ]);
});

test('round uh–uo: a meeting screen cast by a scan, study notes given with a book, a penguin tea pet stay quiet', () => {
  expectFamilies([
    ['会议平板自带扫码投屏功能，手机扫一下就能把PPT投上去', [], 'wechat_channels'],
    ['二手考研政治教材 有少量划线 送配套笔记', [], 'wechat_channels'],
    ['这是我们的企鹅茶宠，淋上茶水会变色', [], 'wechat_channels'],
  ]);
});

test('round up–uw: a Cyrillic capital Q, 薇心号 and w一x before a handle, 聊 before a number, a blue penguin for QQ, a parcel box\'s code, 私享会 and 组织 joined, deposits sent elsewhere, 面交 in pinyin, the seller\'s own app cheaper', () => {
  expectFamilies([
    ['批发合作请找：ԚԚ 5581 2203 97', ['contact'], 'jd'],
    ['退换更快：薇心号 shop_lili88，加的时候报订单号', ['contact'], 'pinduoduo'],
    ['老顾客复购加 w 一 x：mumu_home22，价格另算', ['contact'], 'taobao'],
    ['这里不好说，咱用蓝色小企鹅聊：三一五 六六二 八零九', ['contact'], 'tmall'],
    ['扫快递箱侧面的码，关注一下我们', ['qr'], 'pinduoduo'],
    ['买过的姐妹扫卡片背面的码，进我们品牌私享会', ['group', 'qr'], 'tmall'],
    ['想要福利价的，下了播我把你们拉进组织', ['group'], 'douyin'],
    ['运费太贵的话，定金先打到我卡上，我们直接发物流', ['payment'], 'douyin'],
    ['喜欢的来我们工作室 mian 交，当面看货', ['payment'], 'douyin'],
    ['同一款耳机，在我们自己的App里下单比拼多多便宜二十', ['thirdParty'], 'pinduoduo'],
    ['看我主页简介加我，v号就在里面', ['contact', 'profile'], 'wechat_channels'],
  ]);
});

test('round up–uw: products and patterns called 绿泡泡, a name in quotes, and a warning to ignore strangers stay quiet', () => {
  expectFamilies([
    ['这款保温杯为什么叫“小绿泡泡”？因为杯身是薄荷绿的', [], 'douyin'],
    ['夏日限定色就叫“绿泡泡”，清新不挑人', [], 'xiaohongshu'],
    ['iPhone 15 手机壳 | 绿泡泡图案 | 磨砂防摔', [], 'kuaishou'],
    ['不管谁私信你让你加好友转账，都别理，我们只在店里卖', [], 'xiaohongshu'],
  ]);
});

test('round ux–vk: 丝单 and going round the platform, a deposit by WeChat, a red packet as the price, Telegram as a plane, wei一下, a WeChat group set up, a pointer under the Xiaohongshu name, V博 and G众号, Kuaishou\'s auction and JD\'s business store sent to, a code to recognise, an unboxing video paid for, a phone asked for by 电hua', () => {
  expectFamilies([
    ['样品不上架，想要的私我，走个丝单更便宜', ['group', 'payment'], 'jd'],
    ['尾款走wx转就行，到货前付清', ['payment'], 'xiaohongshu'],
    ['老客户直接发我个🧧当货款，我当天寄出', ['payment'], 'wechat_channels'],
    ['想拿内部价的，飞机上找我 @mo_store88', ['contact'], 'jd'],
    ['售后排队太久就 w e i 一下：kf_lulu99', ['contact'], 'tmall'],
    ['群满了的姐妹加薇信 tao_0815，我又建了个微信群', ['contact', 'group'], 'xiaohongshu'],
    ['要联系方式的看我薯名下面那行字', ['profile'], 'xiaohongshu'],
    ['新品同步发在我们的 V博 上，大家去关注', ['thirdParty'], 'tmall'],
    ['这对手镯今晚在快手老铁拍开拍，一元起', ['thirdParty'], 'douyin'],
    ['京东企业购也有我们，走企业购能开专票', ['thirdParty'], 'taobao'],
    ['截图保存下面这张码，去识别一下就能进群', ['group', 'qr'], 'xiaohongshu'],
    ['拆包视频发到评论区@我们，返5元现金', ['reviewBait'], 'wechat_channels'],
    ['姐妹们把电hua留一下，我让助理挨个打', ['collect'], 'xiaohongshu'],
  ]);
});

test('round ux–vk: a refused private chat, a notice on groups, rewards denied in a list or for a review, a follow-up review asked for, a till\'s code scanner, a pinned live link, a Channels shop window stay quiet', () => {
  expectFamilies([
    ['我们不加微信私聊，有问题直接评论区问', [], 'wechat_channels'],
    ['【入群说明】本店不设任何微信群，活动都在直播间', [], 'wechat_channels'],
    ['本店从不以好评返现、晒图红包等方式索要评价', [], 'douyin'],
    ['我们不会因为好评给予任何返现或礼品', [], 'jd'],
    ['追评不强求，用久了有新感受欢迎回来补一句', [], 'kuaishou'],
    ['收银扫码枪，支持微信支付宝收款码，小超市专用', [], 'wechat_channels'],
    ['二号链接是茶具，助理把二号置顶一下', [], 'wechat_channels'],
    ['视频号主页的橱窗也能直接下单', [], 'wechat_channels'],
  ]);
});

test('round vl–vs: WeChat in parts asked for, a reward on its way at once or 回馈 in an amount, a craftsman\'s own code, D音, 圍心, a header image pointed at, zz to me, a number 打上 in comments, V➕ before a handle, 我本人的微, an adviser added by a scan', () => {
  expectFamilies([
    ['拍下请备注您的微亻言号，售后好联系您', ['collect'], 'douyin'],
    ['五星好评加十五字，截图给客服，3块马上到账', ['reviewBait'], 'pinduoduo'],
    ['发笔记带图@我们，私信截图回馈五块', ['reviewBait'], 'xiaohongshu'],
    ['尾款等师傅送到再付，扫师傅的个人码就行', ['payment', 'qr'], 'taobao'],
    ['去D音搜“小满家纺”，那边更便宜', ['thirdParty'], 'wechat_channels'],
    ['回购记得加我圍心：ml_0520', ['contact'], 'tmall'],
    ['保修登记：店铺首页头图里有客服vx，记得加上', ['contact', 'profile'], 'tmall'],
    ['别在小黄车拍了，wx zz给我，今天就发', ['payment'], 'kuaishou'],
    ['中奖的老铁在评论区把你手机号码打上，我挨个打给你', ['collect'], 'kuaishou'],
    ['售后找我：V➕ shan_huo66，备注订单号', ['contact'], 'kuaishou'],
    ['卡片背面那个号就是我本人的微，收到货的都加上', ['contact'], 'kuaishou'],
    ['扫码添加专属售后顾问，坏了秒赔', ['contact', 'qr'], 'pinduoduo'],
  ]);
});

test('round vl–vs: adding WeChat said to get the shop banned, a payment box for any app, Taobao\'s bought-items page on Tmall stay quiet — and saying it aloud being banned still points', () => {
  expectFamilies([
    ['有老铁让主播加个微信，不加不加，加微信是要被封号的', [], 'kuaishou'],
    ['收款音箱 支持微信、支付宝、云闪付收款码，商户专用', [], 'wechat_channels'],
    ['付款后可在「我的淘宝-已买到的宝贝」查看物流', [], 'tmall'],
    ['要批发价的看我头像，头像上有微，念出来要被封的', ['profile'], 'douyin'],
  ]);
});

test('round vt–wg: 维心 added, money to the installer\'s own card, a deposit to me, Bilibili as 小电视, a QQ group in 企🐧 set apart from the Taobao group, 批发裙 and 薇群 joined, a chat app before a handle, a long press after a code, a red packet by its amount, 飞鸽 to ask on Kuaishou, a chat group of Xiaohongshu joined elsewhere', () => {
  expectFamilies([
    ['想要批发价的加我“维心”，号码就是我快手号', ['contact'], 'kuaishou'],
    ['尾款等师傅装好了直接打到他银行卡上', ['payment'], 'kuaishou'],
    ['先转五十定金给我，剩下的做好再付', ['payment'], 'xiaohongshu'],
    ['完整版在那个“小电视”上，去搜“阿布手作”', ['thirdParty'], 'xiaohongshu'],
    ['淘宝群人太多了，我另外开了个小裙，在企🐧上，群号 5520 3318 7', ['contact', 'group'], 'taobao'],
    ['长期拿货的拉你进批发裙', ['group'], 'pinduoduo'],
    ['我把你拉进公司的薇❀群', ['contact', 'group'], 'tmall'],
    ['细节 Telegram 上聊 @wine_wang88', ['contact'], 'jd'],
    ['卡片背面那个小方块，手机长按一下就能认出来', ['qr'], 'xiaohongshu'],
    ['五星带图的截图发我，一人一个8.8的包', ['reviewBait'], 'douyin'],
    ['下单前飞鸽问一下客服尺码', ['thirdParty'], 'kuaishou'],
    ['小红书店铺群聊每周发合集，关注后就能申请进群', ['group', 'thirdParty'], 'douyin'],
  ]);
});

test('round vt–wg: a cardigan\'s buttons called 扣扣, and Xiaohongshu\'s own chat group joined there, stay quiet', () => {
  expectFamilies([
    ['这款开衫的扣扣是贝壳做的，一件七颗', [], 'pinduoduo'],
    ['小红书店铺群聊每周发合集，关注后就能申请进群', [], 'xiaohongshu'],
  ]);
});

test('round wh–wo: cash handed over in person, 转数俾我, a blue wallet, a payee account sent, Alipay as 支fu宝 sent to the buyer, 私 xin 我', () => {
  expectFamilies([
    ['喜欢的来店里看货，当面给米不走平台更划算', ['payment'], 'douyin'],
    ['唔好喺直播间拍，转数俾我直接发货', ['payment'], 'wechat_channels'],
    ['付款别走小黄车了，直接🔵钱包转我', ['payment'], 'douyin'],
    ['要的评论区扣1，我一个个回你收款账号', ['payment'], 'douyin'],
    ['想便宜的我发你支fu宝账号，直接转过去', ['payment'], 'xiaohongshu'],
    ['门店地址私 xin 我', ['group'], 'tmall'],
  ]);
});

test('round wh–wo: a cleanser\'s green foam, a boss\'s quoted question answered no, a buyer who messaged the seller told of stay quiet', () => {
  expectFamilies([
    ['抹茶洁面慕斯一按就是绿泡泡，绵密不搓泥', [], 'xiaohongshu'],
    ['有老板在公屏问“扫哪个码”——不用扫码哈，直接点橱窗三号', [], 'wechat_channels'],
    ['有姐妹私我说要进群，咱家就一个群，淘宝群，点店铺首页就能进', [], 'tmall'],
  ]);
});

test('round wp–ww: 长按认图 and 扫吗, a square held down, QQ in pinyin and in zhuyin, a plane\'s account sent, cash to the installer, a company account, a small group set up, 走小绿, a payee account sent with 私我, 内部小团, 维⭐, a green chat app searched, a little gift for a review', () => {
  expectFamilies([
    ['长按认图进入售后页领福利', ['qr'], 'taobao'],
    ['拆箱后扫吗领取养护手册', ['qr'], 'kuaishou'],
    ['详情页最后一张图有个方块，按住不放认一下', ['qr'], 'wechat_channels'],
    ['延保请加工程师 qie e 号：3057128469', ['contact'], 'jd'],
    ['批发价请进 ㄑㄑ 群：八二七四一六零三九', ['contact', 'group'], 'pinduoduo'],
    ['想细聊的dd我，我把飞机号发你', ['contact', 'group'], 'douyin'],
    ['尾款货到了当面给师傅就行', ['payment'], 'taobao'],
    ['别走京东企业购了，走我们公司对公转账更省', ['payment'], 'jd'],
    ['评论区打“上车”的，我这边建个小群', ['group'], 'pinduoduo'],
    ['别在页面付，走小绿直接转过来', ['payment'], 'tmall'],
    ['要报价单的私我，我把 zfb 收款账号一起发你', ['group', 'payment'], 'wechat_channels'],
    ['我让助理拉你进咱的内部小团', ['group'], 'tmall'],
    ['下单后加客服的“维⭐”：hs_0618', ['contact'], 'kuaishou'],
    ['去绿色聊天的那个软件搜 tao_mi55 再聊', ['contact'], 'taobao'],
    ['好评另有小礼相送，截图找客服', ['reviewBait'], 'taobao'],
  ]);
});

test('round wp–ww: the seller\'s WeChat friends asking, a bubble-tea cup, a bicycle brand, a scratch card that pays nothing stay quiet', () => {
  expectFamilies([
    ['我微信里好多朋友都在问这款，今天统一放量', [], 'wechat_channels'],
    ['绿泡泡珍珠奶茶杯 双层玻璃 450ml', [], 'xiaohongshu'],
    ['上海飞鸽牌自行车 26寸 复古款', [], 'kuaishou'],
    ['刮刮乐：本卡不涉及任何兑奖或返现', [], 'douyin'],
  ]);
});

test('round wx–yr: a WeChat group joined after it is named, a broom for 扫, money for the goods at the factory or the shop, 私me, V搜一搜, 姐妹圈 joined, 绿色号码 sent', () => {
  expectFamilies([
    ['我们有个微信群，加入后每天分享搭配', ['contact', 'group'], 'taobao'],
    ['🧹一🧹卡片右下角的码，泡茶问题一对一', ['qr'], 'wechat_channels'],
    ['大件可以到厂自提，直接来厂里看货付现', ['payment'], 'pinduoduo'],
    ['同城的可以到店自提现付，价格再让点', ['payment'], 'taobao'],
    ['私me，我把报价单发你', ['group'], 'xiaohongshu'],
    ['V搜一搜『小满家居』，关注后领延保卡', ['thirdParty'], 'taobao'],
    ['下播把你们拉进姐妹圈，圈里价格另算', ['group'], 'xiaohongshu'],
    ['我把价目表和我的绿色号码一起发你', ['contact'], 'wechat_channels'],
  ]);
});

test('round wx–yr: a mascot penguin in the avatar, a scent called 微馨 read out in pinyin, an AR globe\'s scan, rewards denied 因好评 stay quiet', () => {
  expectFamilies([
    ['主播头像那只企鹅是我们店的吉祥物', [], 'jd'],
    ['这款香薰名字叫“微馨”，读 wēi xīn', [], 'xiaohongshu'],
    ['地球仪 高清AR 扫码可看3D动画讲解', [], 'xiaohongshu'],
    ['我们不会因好评给予任何奖励', [], 'jd'],
  ]);
});

test('round ys–yz: an add before a named role and a transfer, a WeChat group as wx裙, 抖阴, a handshake for 交, 同号也是小绿, WeChat change sent to me, money to the wallet for a review', () => {
  expectFamilies([
    ['回购可直接加店长 weixin 转账，免去平台手续费', ['contact', 'payment'], 'tmall'],
    ['加入品牌wx裙，管家拉你', ['contact', 'group'], 'tmall'],
    ['抖阴搜同名账号看直播回放', ['thirdParty'], 'tmall'],
    ['同城可以面🤝，现场验货', ['payment'], 'taobao'],
    ['有事打 186 2270 3398，同号也是小绿', ['contact', 'phone'], 'douyin'],
    ['老顾客别在橱窗拍了，直接‘零钱’转我', ['payment'], 'wechat_channels'],
    ['五星加三张图，报订单尾号，发1.5到你钱包', ['reviewBait'], 'pinduoduo'],
  ]);
});

test('round ys–yz: a bath ball\'s green bubbles, a bio line of the host\'s own skin, a watch\'s 微聊, a search that finds nothing, paying in the shop, a commenter\'s claim told of stay quiet', () => {
  expectFamilies([
    ['绿色小气泡浴球，泡澡起满缸绿泡泡', [], 'xiaohongshu'],
    ['简介第一行写了我的肤质：混油敏感肌', [], 'xiaohongshu'],
    ['儿童电话手表 支持视频通话和微聊 IP68防水', [], 'douyin'],
    ['同款在淘宝搜不到，只有小红书商城能买到', [], 'xiaohongshu'],
    ['付款用微信支付就行，在小店里直接付', [], 'wechat_channels'],
    ['评论区那个说某宝更便宜的是假号，咱们只在小黄车卖', [], 'douyin'],
  ]);
});

test('round kc–aag: a reward told far after the review, paying in the shop or at the warehouse\'s wall code, a VIP 小屋, a code held down, 滴一下我, lxfs asked for, 红薯软件 searched', () => {
  expectFamilies([
    ['追评满一个月的用户，报订单号领取50元回馈金', ['reviewBait'], 'jd'],
    ['维修点在华强北，可直接到店现结，比线上便宜', ['payment'], 'jd'],
    ['来店里试穿直接付，比视频号便宜', ['payment'], 'wechat_channels'],
    ['到了扫墙上的付款码，比拼单还便宜', ['payment', 'qr'], 'pinduoduo'],
    ['弹幕打“1”，我让助理拉你进 V I P 小屋', ['group'], 'jd'],
    ['按住卡片背面那个方块两秒领礼包', ['qr'], 'wechat_channels'],
    ['要价格表的宝宝，滴一下我', ['group'], 'wechat_channels'],
    ['下单前在备注里留一个你常用的 l x f s', ['collect'], 'tmall'],
    ['喜欢的去那个红薯软件搜我们品牌号', ['thirdParty'], 'tmall'],
  ]);
});

test('round kc–aag: a handheld terminal\'s scanning stays quiet', () => {
  expectFamilies([['手持PDA扫描终端，支持扫一扫入库、二维码批量盘点', [], 'taobao']]);
});

test('round aah–aao: a code scanned out to an account, 长按识 bie, 走私dan, 秋秋裙 with a number, 主叶 and 联系f式 pointed at, 对公转到我们, 到场付现, a code inside a box\'s lid', () => {
  expectFamilies([
    ['说明书上的二维码扫出来是我们的公粽号，关注领延保', ['qr', 'thirdParty'], 'jd'],
    ['详情页最后一张图长按识 bie，领配件', ['qr'], 'taobao'],
    ['批量要的走私dan，价格另谈', ['payment'], 'pinduoduo'],
    ['秋秋裙 7 3 5 2 0 8 8 1 6，进来的都给留货', ['contact', 'group'], 'kuaishou'],
    ['想私下联系的看我主叶个签', ['profile'], 'kuaishou'],
    ['款式和联系f式都放在我头像里了', ['profile'], 'douyin'],
    ['付尾款别走页面，直接对公转到我们账户', ['payment'], 'tmall'],
    ['土鸡蛋可以来村里拉，到场付现更便宜', ['payment'], 'pinduoduo'],
    ['扫描皂盒内侧的二维码，观看使用视频', ['qr'], 'wechat_channels'],
  ]);
});

test('round aah–aao: impostors disowned, a V-shaped neckline design, a walkie-talkie\'s private call, a hand wash\'s green foam, the Taobao group\'s chat pointed at on Taobao, DingTalk\'s fan group pointed at on Taobao stay quiet', () => {
  expectFamilies([
    ['有人在评论区发微信号拉老铁们进群，那个不是咱的人啊，大家别加', [], 'kuaishou'],
    ['领口做了加V设计显脸小', [], 'douyin'],
    ['对讲机一对装，支持一键群呼和单呼私聊', [], 'jd'],
    ['儿童泡沫洗手液，按压就出小绿泡泡', [], 'wechat_channels'],
    ['想进店铺淘宝群的，点主页上面的「群聊」就能进', [], 'taobao'],
    ['钉钉粉丝群每晚秒杀，入口在店铺首页公告栏，点一下就能加入', [], 'taobao'],
  ]);
});

test('round aap–aaw: Douyin as 抖阴 gone to, a WeChat group in parts joined', () => {
  expectFamilies([
    ['我们在抖阴也开了号，去那边搜“望岚阿华”', ['thirdParty'], 'wechat_channels'],
    ['我挨个把大家拉进薇亻言群，群里抢免单', ['contact', 'group'], 'taobao'],
  ]);
});

test('round aap–aaw: the fan club button by the avatar, a watch\'s WeChat friends, 扣扣 bricks, a platform that forbids private deals, messages that go unanswered, sharing with your own WeChat friends stay quiet', () => {
  expectFamilies([
    ['还没加团的点主播头像旁边的粉丝团按钮加入', [], 'douyin'],
    ['儿童电话手表 微信好友聊天功能需家长授权开启', [], 'wechat_channels'],
    ['百变扣扣积木桶装，138颗大颗粒', [], 'pinduoduo'],
    ['小红书不允许商家私下交易，我们也不会让你转账', [], 'xiaohongshu'],
    ['有问题找旺旺客服，私信我真的回不过来', [], 'taobao'],
    ['福利转发给你微信里的朋友，他们进来也能领券', [], 'wechat_channels'],
  ]);
});

test('round aaq: the money handed straight to the installer, and a robot vacuum\'s 扫一哈', () => {
  expectFamilies([
    ['嫌排期慢的当天上门，钱直接给师傅就行', ['payment'], 'jd'],
    ['扫地机器人扫一哈就干净咯，拼单更便宜', [], 'pinduoduo'],
  ]);
});

test('round aax–abe: an account under the name pointed at, 魏欣 before a handle, a ledger kept off the books', () => {
  expectFamilies([
    ['联系方式都在我名字下面那一行小字里，自己去看', ['profile'], 'douyin'],
    ['定制请联系：魏欣 hzsj-design，备注班服', ['contact'], 'taobao'],
    ['老客户可以线下走账，每斤再便宜两毛', ['payment'], 'pinduoduo'],
  ]);
});

test('round aax–abe: a literacy card\'s 群, a watch\'s satellites, fishing, a restaurant\'s table codes stay quiet', () => {
  expectFamilies([
    ['幼儿识字卡：君加羊就是“群”，一群羊在山坡上吃草', [], 'pinduoduo'],
    ['北斗加卫星双模定位儿童手表，IP67 防水', [], 'douyin'],
    ['去鱼塘钓🐟必带的折叠椅，承重150斤', [], 'xiaohongshu'],
    ['商用扫码点餐一体机，顾客扫桌贴二维码点单', [], 'jd'],
  ]);
});

test('round abf–abm: 斗音 with its account, a card swiped on the spot, 发你个V', () => {
  expectFamilies([
    ['更多细节在斗音号 zhuangjia_001 的视频里', ['thirdParty'], 'pinduoduo'],
    ['来工作室试戴，喜欢当场刷卡带走', ['payment'], 'xiaohongshu'],
    ['要批发价的我发你个V，咱们私下聊', ['contact', 'group'], 'pinduoduo'],
  ]);
});

test('round abf–abm: a toy walkie-talkie\'s built-in password, a fan badge lit stay quiet', () => {
  expectFamilies([
    ['儿童军事对讲机玩具｜内置口令“幺洞拐、两勾洞”', [], 'douyin'],
    ['粉丝团灯牌点亮的宝宝，待会儿福袋里有暗号', [], 'douyin'],
  ]);
});

test('round abn–abu: a rewards sent as gifts further on, a number left with the shop\'s service, 斗荫/天喵/红色书 named, money to the green or blue app or by Z付B', () => {
  expectFamilies([
    ['追评满50字送抽纸一提，报订单号登记领取', ['reviewBait'], 'pinduoduo'],
    ['去‘斗荫’搜‘阿坤的果园’，那边天天直播', ['thirdParty'], 'kuaishou'],
    ['售后想快点的，去天喵搜我们同名旗舰店', ['thirdParty'], 'jd'],
    ['这块手表走小黄车要扣手续费，直接转绿色那个', ['payment'], 'kuaishou'],
    ['天猫上不能挂原价，走Ｚ付Ｂ转过来就行', ['payment'], 'tmall'],
  ]);
});

test('round abn–abu: a QQ candy pun, a bubble wand\'s green bubbles, an unboxing video asked for as after-sales proof stay quiet', () => {
  expectFamilies([
    ['这个QQ糖礼盒扣扣索索的老铁也买得起，九块九', [], 'kuaishou'],
    ['赠品：儿童泡泡棒一支，吹出来是绿泡泡', [], 'taobao'],
    ['如发现短重，请在订单页申请售后并附开箱视频，我们按差额双倍补偿', [], 'douyin'],
  ]);
});

test('round abv–acc: 危芯 and qw added, a phone said to be the WeChat too, a pointer after a number withheld, 拼单 sent to the bio', () => {
  expectFamilies([
    ['样品申请请加qw：chayuan_88', ['contact'], 'wechat_channels'],
    ['想要报价的加我“危芯”，号 shan_tea2025', ['contact'], 'douyin'],
    ['订货打 13912345678，电话跟微信是一样的', ['contact', 'phone'], 'kuaishou'],
    ['号码我不能念，点我头像进主页看', ['profile'], 'kuaishou'],
    ['联系方式不方便写在这里，见店铺头像', ['profile'], 'jd'],
    ['想拼单的宝子看我简介哦', ['profile'], 'xiaohongshu'],
  ]);
});

test('round abv–acc: a ban named after a reward, a message made needless, an order\'s screenshot, a router\'s scan to join Wi-Fi stay quiet', () => {
  expectFamilies([
    ['晒图返现是平台明令禁止的，我们不做', [], 'taobao'],
    ['私信我要价格表的不用私信了，表就在详情页最后', [], 'wechat_channels'],
    ['拍下后截图给客服，核对后给您备注加急发货', [], 'douyin'],
    ['客人来了扫一下就能上网，不用报密码', [], 'jd'],
    ['问能不能走对公转账的，可以，下单选京东企业购就行', [], 'jd'],
  ]);
});

test('round abv–acc: 奇 as 7 in a number said in homophones, money to a named bank, a post asked for on another platform, 私讯, a fan family joined by scanning, a group set apart from the official one', () => {
  expectFamilies([
    ['下单前打我电话：腰散久 灵吧吧武 流奇伞腰', ['phone'], 'xiaohongshu'],
    ['尾款打到工行尾号3391的卡上就行', ['payment'], 'jd'],
    ['到货后去小红书发一篇笔记，截图找客服返五元', ['reviewBait', 'thirdParty'], 'taobao'],
    ['加我 line：momo_tw 私讯我', ['contact', 'group'], 'xiaohongshu'],
    ['扫卡片背面的码进粉丝大家庭，每周抽奖', ['group', 'qr'], 'taobao'],
    ['评论区扣1，我把你拉进我们自己的小分队，不是官方群那个', ['group'], 'xiaohongshu'],
  ]);
});

test('round abv–acc: membership said to be the family joined stays quiet', () => {
  expectFamilies([['入会就是进咱们的大家族，积分在天猫店铺里换', [], 'tmall']]);
});

test('round acd–ack: small capitals, rare variants of 微, +魏 with a handle, a group in V, a callback number asked for, a QQ behind the signature\'s penguin', () => {
  expectFamilies([
    ['批发请添加 ᴡᴇɪxɪɴ：mu_tea_2024', ['contact'], 'jd'],
    ['加我嶶信 qing_he88', ['contact'], 'douyin'],
    ['少走平台流程，直接 +魏：linmu_home', ['contact'], 'pinduoduo'],
    ['关注后私聊我，拉你进V里的福利群', ['contact', 'group'], 'pinduoduo'],
    ['下单后在留言里写个能打通的号，师傅上门前联系', ['collect'], 'pinduoduo'],
    ['我签名栏里那只小🐧后面跟着的数字，自己琢磨', ['profile'], 'kuaishou'],
    ['想拿货的看我头像，联系方式都写在那张图上了', ['profile'], 'kuaishou'],
    ['中奖的在评论区把手机号和名字发出来，我们登记寄奖品', ['collect'], 'jd'],
    ['俺的联系方式在主页签名那，自己瞅，念了要封号的', ['profile'], 'kuaishou'],
    ['在评论区晒上嘴图，每周抽三位送正装', ['reviewBait'], 'xiaohongshu'],
    ['点这篇小红书笔记下面的群聊就能加入', ['thirdParty'], 'douyin'],
  ]);
});

test('round acd–ack: a colour named 绿泡泡 in quotes, a bubble cup, shoe-charm buttons, a mailbox a request is sent to stay quiet', () => {
  expectFamilies([
    ['这个颜色叫‘绿泡泡’，偏薄荷的苹果绿', [], 'tmall'],
    ['小绿泡泡杯，双层玻璃', [], 'xiaohongshu'],
    ['洞洞鞋鞋花扣扣，十颗一套', [], 'xiaohongshu'],
    ['量大的把需求发我邮箱，我给您报价', [], 'jd'],
  ]);
});

test('round acl–acs: YY rooms, xiao程序 and gongzhong号, dingtalk号, 电化 asked for, 丝 as 4 after a phone mark, a hotline after an order\'s after-sales line, Xiaohongshu\'s group chat from its shop page', () => {
  expectFamilies([
    ['下播后去yy频道接着聊，搜房间号 661203', ['thirdParty'], 'douyin'],
    ['点击进入我们的xiao程序“茶舍学堂”', ['thirdParty'], 'jd'],
    ['更多款去 gongzhong 号「木匠老李」看', ['thirdParty'], 'kuaishou'],
    ['大客户请联系经理 dingtalk 号 cg_li2024', ['contact'], 'jd'],
    ['想长期订的在留言处写下电化，我们每周送', ['collect'], 'pinduoduo'],
    ['售后直接☎️ 幺伞漆-两洞拐勾-溜扒丝无', ['phone'], 'douyin'],
    ['订单售后专线 400-826-1395，工作日在线', ['phone'], 'tmall'],
    ['小红书店铺页有官方群聊入口，进群先看新品', ['group', 'thirdParty'], 'kuaishou'],
  ]);
});

test('round acl–acs: a bubble machine, a battery brand, a note of the seller\'s searched, a comment read out, a refusal whose risk is told, reviews said to be unrewarded stay quiet', () => {
  expectFamilies([
    ['绿泡泡泡泡机 儿童电动泡泡枪', [], 'douyin'],
    ['维鑫五号碱性电池，遥控器都能用', [], 'tmall'],
    ['刚念到一条评论，说京东也卖九十九，咱这儿入会再减十块', [], 'tmall'],
    ['别私下转账，私下转出了事谁都管不了', [], 'pinduoduo'],
    ['本店所有评价均未经任何奖励诱导', [], 'jd'],
  ]);
});

test('round act–ada: Tmall membership sent to elsewhere, a pointer offered instead of a call, a recipient\'s WeChat asked for', () => {
  expectFamilies([
    ['先在天猫旗舰店入会再下单，会员价再减二十', ['thirdParty'], 'jd'],
    ['先在天猫旗舰店入会再下单，会员价再减二十', [], 'tmall'],
    ['咨询请致电 0571-8862 3097，或者直接看我头像', ['phone', 'profile'], 'douyin'],
    ['下单时请备注收礼人微信号，到了拍照发您', ['collect'], 'taobao'],
  ]);
});

test('round act–ada: a member\'s price compared, a member\'s visit told, a coconut brand stay quiet', () => {
  expectFamilies([
    ['同款天猫旗舰店入会价159，本店拼单价139', [], 'pinduoduo'],
    ['这是我在天猫旗舰店入会时送的小样', [], 'xiaohongshu'],
    ['蔻蔻椰 椰子水 330ml×12瓶', [], 'kuaishou'],
  ]);
});

test('round act–ada: 加秋秋, 企额号, 抖荫号, 油箱 asked for, paying at the shop or by the blue wallet, s l 我, 小本营 and 小鱼塘, a review\'s photo for a red packet, a number not said pointed to the bio', () => {
  expectFamilies([
    ['刻字内容请加秋秋发我', ['contact'], 'douyin'],
    ['我发你企额号，私下说', ['contact'], 'pinduoduo'],
    ['种植日记在我们的抖荫号“老张果园”', ['thirdParty'], 'wechat_channels'],
    ['要电子版目录的请留个油箱', ['collect'], 'jd'],
    ['到门店买报主播名字打八折，在门店直接付就行', ['payment'], 'tmall'],
    ['喜欢的私下用蓝色钱包结，省手续费', ['payment'], 'douyin'],
    ['批发价请 s l 我，咱们私下结', ['group', 'payment'], 'pinduoduo'],
    ['我拉你进咱们小本营，价格更低', ['group'], 'kuaishou'],
    ['评价里带上宝宝的照片，找客服报订单号，立返 10 元无门槛红包', ['reviewBait'], 'tmall'],
    ['号码不方便直接说，主页简介里写着', ['profile'], 'pinduoduo'],
  ]);
});

test('round adb–adi: 球球号, 同威 after a number, v付给我, 现金现结, 🍑店, 筷子手号, a reward for a review\'s photo at the shop\'s service, 另有小样相送', () => {
  expectFamilies([
    ['要整箱的我私信发你球球号', ['contact', 'group'], 'kuaishou'],
    ['售后打 159 0723 8864，同威', ['contact', 'phone'], 'taobao'],
    ['不想被平台抽成的直接v付给我', ['payment'], 'kuaishou'],
    ['直接来仓库提货，现金现结', ['payment'], 'pinduoduo'],
    ['去我的🍑店搜“栗子家”就有', ['thirdParty'], 'xiaohongshu'],
    ['教程在我的筷子手号里', ['thirdParty'], 'xiaohongshu'],
    ['在评价里晒张戴手上的照片，找小店客服领十块红包', ['reviewBait'], 'wechat_channels'],
    ['好评晒图另有小样相送', ['reviewBait'], 'xiaohongshu'],
  ]);
});

test('round adb–adi: a soda\'s and a bath ball\'s green bubbles, after-sales skipped without money, a jade price compared with a counter, sharing with WeChat friends stay quiet', () => {
  expectFamilies([
    ['闻起来像夏天的绿泡泡汽水', [], 'xiaohongshu'],
    ['沐浴球入水绵密绿泡泡', [], 'douyin'],
    ['如有破损拍照联系我们，不走平台售后处理更快', [], 'kuaishou'],
    ['这只翡翠镯子线下专柜卖三千八，直播间两千九九', [], 'douyin'],
    ['觉得好用的转发给你微信好友', [], 'douyin'],
  ]);
});

test('round adb–adi: 私 and 医 among a number\'s homophones, V搜 before a handle, a group in the green app joined', () => {
  expectFamilies([
    ['刻字请来电：腰散期 私溜久久 巴尔灵午', ['phone'], 'douyin'],
    ['量尺寸请来电：幺巴溜，饿饿妻灵，医酒伞巴', ['phone'], 'wechat_channels'],
    ['进老客福利群：V搜 hx_mall2024 拉你', ['contact', 'group'], 'pinduoduo'],
    ['我挨个拉你进咱们绿色软件里的代理小组', ['contact', 'group'], 'taobao'],
  ]);
});

test('round adj–adq: zhuyin without its tone marks, 钅丁 钅丁 before a handle, hong包 as a reward, a contract signed privately', () => {
  expectFamilies([
    ['批发价不公开，加ㄨㄟˋ ㄒㄧㄣˋ：pifa_dl', ['contact'], 'jd'],
    ['请把订单号和您的 ㄕㄡˇ ㄐㄧ 号 发到旺旺', ['collect'], 'tmall'],
    ['代理详情请加 钅丁 钅丁：daili_xm88', ['contact'], 'pinduoduo'],
    ['五星带图评价后截屏给客服，领 hong 包 3 元', ['reviewBait'], 'kuaishou'],
    ['大件可以不在天猫拍，咱私下签合同打款', ['payment'], 'tmall'],
  ]);
});

test('round adj–adq: a bubble-pattern glass, a snap button, a clock-in machine stay quiet', () => {
  expectFamilies([
    ['复古绿泡泡玻璃杯｜气泡纹杯身', [], 'xiaohongshu'],
    ['帆布包四合扣扣上很牢', [], 'taobao'],
    ['钉钉打卡机 DK-200', [], 'pinduoduo'],
  ]);
});

test('round adj–adq: a number read after 我念一下啊, 来电送纸巾 for a review, details sent elsewhere (另发至)', () => {
  expectFamilies([
    ['我念一下啊：腰三拐，洞两勾洞，拐拐勾腰', ['phone'], 'douyin'],
    ['好评来电送纸巾一提', ['reviewBait'], 'pinduoduo'],
    ['请将收货地址和电话另发至客服', ['collect'], 'tmall'],
  ]);
});

test('round adj–adq: trading only in the platform\'s own shop stays quiet', () => {
  expectFamilies([['我们只在小店里交易，私信让你转账的都是骗子', [], 'wechat_channels']]);
});

test('older misses: a group in 丁丁 gone to, Channels\' shop window named elsewhere', () => {
  expectFamilies([
    ['去丁丁里搜店名“拾光家居”，加入我们的粉丝群', ['group', 'thirdParty'], 'tmall'],
    ['所有款式都挂在视频号橱窗里，点商品就能买', ['thirdParty'], 'pinduoduo'],
    ['所有款式都挂在视频号橱窗里，点商品就能买', [], 'wechat_channels'],
  ]);
});

test('round adr–ady: a handle after a comma and its label, ballot crosses for X, 围芯号 asked for, an installer paid on the spot, a service\'s installer added', () => {
  expectFamilies([
    ['加一下我们招商经理威信，号码 tm_zs66', ['contact'], 'tmall'],
    ['加店主 ᐯ✘ 领安装视频：dd_lihua66', ['contact'], 'pinduoduo'],
    ['在评价里留下您的 围芯 号，上新通知您', ['collect'], 'pinduoduo'],
    ['师傅上门时现场微信支付299元即可延保', ['payment'], 'jd'],
    ['请添加安装客服为好友，方便回访', ['collect'], 'jd'],
  ]);
});

test('round adr–ady: rewards denied (没做任何返现, 不对…给予奖励, 从不以返现、赠品换取), refused after (私聊一律不接), a table sticker, a watch\'s friends by scanning stay quiet', () => {
  expectFamilies([
    ['买家秀都是买家自己传的，我们没做任何返现', [], 'kuaishou'],
    ['晒图仅供参考，本店不对任何评价内容给予奖励或赠品', [], 'douyin'],
    ['所有评价都真实，我们从不以返现、赠品换取好评', [], 'xiaohongshu'],
    ['出价以平台为准，场外私聊一律不接', [], 'kuaishou'],
    ['亚克力二维码桌贴定制，点餐扫码专用', [], 'tmall'],
    ['儿童手表，手表之间扫码加好友', [], 'douyin'],
  ]);
});

test('round adr–ady: a join verb in traditional characters before a quoted group, 记得先给五星 after a reward, an account\'s code, 话费奖励 further on, 再优惠, a reward asked after (找谁领？看简介)', () => {
  expectFamilies([
    ['掃一掃卡片上的二維碼，進入「桃園老客互助群」', ['group', 'qr'], 'pinduoduo'],
    ['扫一下卡片背面，领老客专属红包，记得先给五星哦', ['qr', 'reviewBait'], 'taobao'],
    ['详情页末尾附公众号二维码，关注后领积分', ['qr', 'thirdParty'], 'tmall'],
    ['五星好评后拨打售后热线 0571-8826 3047 报订单号，领取话费奖励', ['phone', 'reviewBait'], 'taobao'],
    ['老客户好评后下次下单再优惠10元', ['reviewBait'], 'wechat_channels'],
    ['晒图奖励找谁领？看我简介就知道了', ['profile', 'reviewBait'], 'kuaishou'],
  ]);
});

test('round adz–aeg: rewards on a larger draw, 在咚咚 off JD, a group in V, an account named then followed, the green app paid, 🫧绿 before a handle, a bare V and the phone the same', () => {
  expectFamilies([
    ['给了五星好评的朋友，抽二十位送电动牙刷', ['reviewBait'], 'jd'],
    ['下单后在咚咚把刻字内容发给客服', ['thirdParty'], 'taobao'],
    ['想进福利群的扣666，群在V上，搜 k_tiefen_017', ['contact', 'group'], 'kuaishou'],
    ['我们还有个公众号叫“老周果园日记”，大家去关注一下', ['thirdParty'], 'kuaishou'],
    ['直接往我绿色那个App里转八十八', ['payment'], 'kuaishou'],
    ['直接加我的🫧绿：milktea_77', ['contact'], 'xiaohongshu'],
    ['V 和电话都是这个：189 3207 6541', ['contact', 'phone'], 'xiaohongshu'],
    ['V号就挂我头像上，点头像就能看见', ['profile'], 'kuaishou'],
    ['定制款请联系客服走“线下单”，价格更低', ['payment'], 'tmall'],
  ]);
});

test('round adz–aeg: 也没返现, a bubble machine\'s screen of bubbles, a bath ball stay quiet', () => {
  expectFamilies([
    ['评价都是真实晒单，我们没刷单也没返现', [], 'jd'],
    ['泡泡机一按就是满屏绿泡泡', [], 'douyin'],
    ['绿泡泡泡澡球，洗澡丢一颗', [], 'douyin'],
  ]);
});

test('round adz–aeg: a code on a course page scanned, 领现金 and 领赠品 further on after a review', () => {
  expectFamilies([
    ['报名后扫描课程页里的二维码进家长群', ['group', 'qr'], 'kuaishou'],
    ['带图好评后登录我们的网站，输入订单号领现金', ['reviewBait'], 'tmall'],
    ['好评后在评论区留下你的手机号，小助理会发短信告诉你怎么领赠品', ['collect', 'reviewBait'], 'xiaohongshu'],
  ]);
});

test('round aeh–aeo: an amount sent after a review further on, 不玩返现 denied', () => {
  expectFamilies([
    ['追评的朋友加我 wechat: hexi_2201，我单独发你五块', ['contact', 'reviewBait'], 'pinduoduo'],
    ['满意就给个五星，不满意直接找客服，咱们不玩返现那一套', [], 'douyin'],
  ]);
});

test('round aeh–aeo: 企e and 唯芯 before a handle', () => {
  expectFamilies([
    ['售后找专属顾问，企e：2880416735', ['contact'], 'tmall'],
    ['拍前先加 唯芯：ks_hongtu520 确认库存', ['contact'], 'kuaishou'],
  ]);
});

test('round aeh–aeo: an embroidered 绿泡泡, a band\'s WeChat alerts, Taobao\'s own page on Tmall stay quiet', () => {
  expectFamilies([
    ['领口一圈绿泡泡刺绣，手工钉的', [], 'douyin'],
    ['智能手环支持绿泡泡消息震动提醒', [], 'kuaishou'],
    ['入会以后在“我的淘宝”里就能看到积分', [], 'tmall'],
  ]);
});

test('round aeh–aeo: a number said after 咨询：, a refund made offline', () => {
  expectFamilies([
    ['装机咨询：幺仨捌 俩俩洞拐 勾勾幺仨', ['phone'], 'jd'],
    ['不想走平台退换的直接寄回，我们线下给你退款', ['payment'], 'tmall'],
  ]);
});

test('round aeh–aeo: a video forwarded to WeChat for the family stays quiet', () => {
  expectFamilies([['把这条视频转到微信发给家里长辈看看', [], 'wechat_channels']]);
});

test('round aep–aew: paid at the warehouse, the same number on the green app (同号🟢)', () => {
  expectFamilies([
    ['满意直接在仓库付款提货', ['payment'], 'tmall'],
    ['安装咨询 138 2704 5561（同号🟢）', ['contact', 'phone'], 'pinduoduo'],
  ]);
});

test('round aep–aew: a mascot as the avatar, kangaroos printed on a pack stay quiet', () => {
  expectFamilies([
    ['店铺头像是我们的吉祥物小鹿，放大看有彩蛋', [], 'tmall'],
    ['包装上印黄色袋鼠的是原味，印绿色袋鼠的是藤椒味', [], 'kuaishou'],
  ]);
});

test('round aep–aew: Alipay paid straight over, an account named in single quotes then followed, 绿的同号, 撕聊, 瑶 as 1', () => {
  expectFamilies([
    ['想要的整个吱付宝直接打过来就完事儿', ['payment'], 'kuaishou'],
    ['我们还有个公众号叫‘美妍研究所’，去关注一下', ['thirdParty'], 'tmall'],
    ['号码我念一遍啊：幺伍玖、洞叁两拐、捌勾幺幺，绿的同号', ['contact', 'phone'], 'douyin'],
    ['想要报价单的撕聊发你', ['group'], 'wechat_channels'],
    ['老客复购打这个：幺三酒、灵瑶伍思、巴巴七三', ['phone'], 'pinduoduo'],
  ]);
});

test('round aep–aew: a pointer after a host\'s 嗯 and an ellipsis', () => {
  expectFamilies([['其他联系方式…嗯…我放主页简介里了，自己去翻', ['profile'], 'xiaohongshu']]);
});

test('round aex–afe: an amount returned further on, a number typed into the comments, cash or a transfer, a red-envelope emoji, a price at the shop, zhuyin ㄧ among digits, a V like the phone, zfb 对转, a WeChat group by its initials', () => {
  expectFamilies([
    ['追评满15字+图片，添加售后薇信 lmj_0728，人工审核后返5元', ['contact', 'reviewBait'], 'douyin'],
    ['抽中的老铁把手机号码敲在评论区，场控记下来', ['collect'], 'kuaishou'],
    ['同城的直接来店里拿，现金或者转我都行', ['payment'], 'wechat_channels'],
    ['别急着付邮费，私下给我发个🧧就行', ['payment'], 'douyin'],
    ['来我们的铺子看实物，到店拿价更低', ['payment'], 'wechat_channels'],
    ['急的直接拨 ㄧ3九 八2零四 5ㄧ76', ['phone'], 'pinduoduo'],
    ['电话和V一样：186 0355 7249', ['contact', 'phone'], 'taobao'],
    ['走平台扣点多，咱们直接 zfb 对转', ['payment'], 'taobao'],
    ['进 wx 果友群的扣 1', ['contact', 'group'], 'pinduoduo'],
    ['五星 + 晒图，报订单号，hb 直接到账', ['reviewBait'], 'tmall'],
  ]);
});

test('round aex–afe: Xiaohongshu\'s official consultation component stays quiet', () => {
  expectFamilies([['点击官方“预约咨询”组件，留下联系方式，顾问会在站内联系你', [], 'xiaohongshu']]);
});

test('round aex–afe: a check mark for the V of WeChat', () => {
  expectFamilies([['想要批发价的我发你✓信', ['contact'], 'xiaohongshu']]);
});

test('round aff–afm: 晒作品 for a reward, 代购 before a pointer, a code seen on the detail page', () => {
  expectFamilies([
    ['完整教程在网站上，晒作品返优惠', ['reviewBait'], 'xiaohongshu'],
    ['想要代购的宝子看我主页简介', ['profile'], 'xiaohongshu'],
    ['买满两件领积分，客服二维码见详情页第三张图', ['qr'], 'tmall'],
  ]);
});

test('round aff–afm: an anti-fake code seen on the detail page stays quiet', () => {
  expectFamilies([['正品保证，防伪二维码见详情页说明', [], 'tmall']]);
});

test('round aff–afm: 饭现 as a reward, 主yè as a pointer\'s place, a payee code sent by the seller', () => {
  expectFamilies([
    ['晒买家秀+五星，截图找旺旺客服，饭现八元', ['reviewBait'], 'taobao'],
    ['联系方式不让写，去我主yè最后一行找', ['profile'], 'xiaohongshu'],
    ['复购直接私我，我给你发付款码，省了平台的钱', ['group', 'payment'], 'douyin'],
  ]);
});

test('round aff–afm: WeChat\'s shop by its green emoji, a robot mop, a romper\'s snaps, a tea pet stay quiet', () => {
  expectFamilies([
    ['🟢信小店下单包邮，橱窗第一个就是', [], 'wechat_channels'],
    ['扫地机器人 扫一扫拖一拖 一次搞定', [], 'pinduoduo'],
    ['婴儿连体衣全排按扣，扣扣就穿好', [], 'taobao'],
    ['手里这个绿泡泡是茶宠，淋上热水会冒泡', [], 'wechat_channels'],
  ]);
});

test('round aff–afm: a bio that holds the live schedule or past replays stays quiet', () => {
  expectFamilies([
    ['视频号主页简介里有我们的直播时间表，每周二四六晚八点', [], 'wechat_channels'],
    ['主页里有我们往期的开箱直播回放，可以翻一翻', [], 'jd'],
  ]);
});

test('round afn–afu: the Cyrillic В of ВХ as v, a pointer when the phone fails, a number sent in the bullet comments, 块钱话费 further on', () => {
  expectFamilies([
    ['企业客户采购请加销售经理 ВХ：jdsale_wang66', ['contact'], 'jd'],
    ['售后电话：189 6072 2245，打不通请看头像', ['phone', 'profile'], 'pinduoduo'],
    ['要师傅上门的朋友，把电话和小区名发弹幕上', ['collect'], 'jd'],
    ['追评带视频的，旺旺找客服报订单号，一人给你充十块钱话费', ['reviewBait'], 'taobao'],
  ]);
});

test('round afn–afu: cash-back money spent on the goods, a used book\'s notes, WeChat\'s own shop service, a router\'s scan stay quiet', () => {
  expectFamilies([
    ['好评不返现，我们把返现的钱都用在了果子上', [], 'pinduoduo'],
    ['二手复习全书，笔记不多，送一本真题册', [], 'jd'],
    ['有任何问题在微信里找我们的小店客服就行', [], 'wechat_channels'],
    ['路由器支持扫码连网，朋友来了扫一下就上网了', [], 'jd'],
  ]);
});

test('round afn–afu: a transfer on the spot; a V-shaped opening added to a collar stays quiet', () => {
  expectFamilies([
    ['线下私房看款的姐妹，现场转账直接拿走', ['payment'], 'xiaohongshu'],
    ['双面绒大衣，领口加V字开口设计', [], 'taobao'],
  ]);
});

test('round afv–agc: a lead form is home on Xiaohongshu only; a denial that names 联系您 stays quiet', () => {
  expectFamilies([
    ['点笔记下面的留资卡片，留下手机号就有设计师回电', [], 'xiaohongshu'],
    ['点笔记下面的留资卡片，留下手机号就有设计师回电', ['collect'], 'jd'],
    ['本店的客服从来不会私下联系您加好友', [], 'jd'],
  ]);
});

test('round afv–agc: the next order made cheaper for a review, a review template in quotes, a phone noun half in pinyin', () => {
  expectFamilies([
    ['晒图追评的亲，下回再来买直接减8元', ['reviewBait'], 'douyin'],
    ['带视频测评的宝子，下单再送一瓶卸妆水', ['reviewBait'], 'kuaishou'],
    ['晒单写满30字，隔天福利金发到您账户', ['reviewBait'], 'pinduoduo'],
    ['好评后回复客服“手机号+下单账号”，话费当天充', ['collect', 'reviewBait'], 'taobao'],
    ['麻烦在旺旺回复一下您的shou机hao', ['collect'], 'taobao'],
    ['刻字的话请在留言写上您的 lü泡泡号', ['collect'], 'tmall'],
  ]);
});

test('round afv–agc: a watch\'s +微聊, a printer fed by scan, a brush that sweeps, a shop named on two platforms stay quiet; a scan to WeCom beside a till speaker is read', () => {
  expectFamilies([
    ['智能手表 支持视频通话+微聊', [], 'douyin'],
    ['喷墨一体机，用手机扫码打印照片', [], 'jd'],
    ['这把软毛刷轻轻扫一下就干净了', [], 'xiaohongshu'],
    ['售后请在小店客服处提供微信小店订单号', [], 'wechat_channels'],
    ['安装请直接拨打师傅电话 0571-8823 5567，绕开平台预约更快', ['phone'], 'jd'],
    ['我们家旗舰店在快手和天猫同步上新', [], 'tmall'],
    ['京东淘宝都搜得到同款，但只有我们是原厂', [], 'xiaohongshu'],
    ['收款音箱到账会播报，大批量采购可扫码加企业微信询价', ['contact', 'qr'], 'wechat_channels'],
  ]);
});

test('round agd–agk: private sales and transfers by homophone, settled face to face, ↓ as 下, 🐑 as 群, 小ch序, 拼xx, 威鑫, 丁丁搜我, 订购方式 in a bio, a QR screenshotted to scan', () => {
  expectFamilies([
    ['想要的评论扣1，群里私下出货便宜', ['payment'], 'kuaishou'],
    ['老顾客可以思下专帐，给你打八折', ['payment'], 'taobao'],
    ['本地的可以自提，当面结就行', ['payment'], 'pinduoduo'],
    ['直接私↓转我，包邮', ['payment'], 'wechat_channels'],
    ['下单后扫卡片上的码，进粉丝🐑抽奖', ['group', 'qr'], 'kuaishou'],
    ['更多口味在我们的小ch序里，搜“果园记”', ['thirdParty'], 'pinduoduo'],
    ['想便宜点去拼xx搜同名店', ['thirdParty'], 'jd'],
    ['批发找我，我发你威鑫', ['contact'], 'douyin'],
    ['下回直接丁丁搜我 laowang_88', ['contact'], 'kuaishou'],
    ['礼盒款式看主页简介，里面有订购方式', ['profile'], 'pinduoduo'],
    ['直播间左下角那个二维码大家截图去扫，有隐藏价', ['qr'], 'douyin'],
    ['好评截图发淘宝旺旺领两块', ['reviewBait', 'thirdParty'], 'pinduoduo'],
  ]);
});

test('round agd–agk: nobody paid the reviewer, a glass of green bubbles, a buyer asking whether it is cheaper there, a quoted request refused after an ellipsis stay quiet', () => {
  expectFamilies([
    ['这支口红是我自己花钱买的，没人给我返现', [], 'xiaohongshu'],
    ['这杯奶绿倒出来是一杯绿泡泡', [], 'xiaohongshu'],
    ['在拼夕夕看到更便宜的？那是旧款，我们京东是新款', [], 'jd'],
    ['“主播给个微信呗”……哎呀宝子，微信咱不给哈', [], 'douyin'],
  ]);
});

test('round afv–ags: 把微信号写上, 拉你们进团, a phone not said in the live room but in the bio, 鹅厂那个聊天软件, 家人群, 👛 as a red envelope, 再写一遍 before a number, a review video uploaded, 私聊我发你 before an account', () => {
  expectFamilies([
    ['下单后在评价里把微信号写上，我们安排发货提醒', ['collect'], 'tmall'],
    ['想拼团的宝子评论区留个1，晚点拉你们进团', ['group'], 'xiaohongshu'],
    ['手机号不方便在直播间说，看我主页简介', ['profile'], 'douyin'],
    ['在鹅厂那个聊天软件里搜我们的店名', ['contact'], 'pinduoduo'],
    ['售后拉你进咱们的家人群', ['group'], 'jd'],
    ['好评加晒图，客服发👛三元', ['reviewBait'], 'taobao'],
    ['订单备注里再写一遍您的手机号', ['collect'], 'pinduoduo'],
    ['在评价里传个视频的，再补你5块红包', ['reviewBait'], 'kuaishou'],
    ['私聊我发你卫星号', ['contact', 'group'], 'douyin'],
    ['复购请在京东搜“青山茶铺”，不要相信私下卖茶的', ['thirdParty'], 'pinduoduo'],
  ]);
});

test('round afv–ags: 全家人群, a usage video the seller gives, an AV cable, a Type-C port after a brand, a bubble pillow stay quiet', () => {
  expectFamilies([
    ['适合全家人群使用的保温杯', [], 'jd'],
    ['使用视频请联系客服领取', [], 'taobao'],
    ['AV信号线一米五', [], 'xiaohongshu'],
    ['维芯 USB-C 扩展坞', [], 'taobao'],
    ['绿泡泡枕头，午睡用', [], 'kuaishou'],
  ]);
});

test('round agl–ags: the number said to be the WeChat, a V sent back, the account on the avatar added, Alipay by its owner after 打我, 1688 as a wholesale site, R包, 给个五, 不必走京东, a technician\'s own code, the 鱼 app, a shop\'s introduction', () => {
  expectFamilies([
    ['批发的老铁整个微，我这号码就是微，139 2211 3344', ['contact', 'phone'], 'kuaishou'],
    ['滴滴我，我回你个V', ['contact', 'group'], 'tmall'],
    ['加我头像上那个号，备注来意', ['contact', 'profile'], 'taobao'],
    ['定金打我蚂蚁家的那个软件', ['payment'], 'xiaohongshu'],
    ['批发请去阿里的那个批发站搜店名', ['thirdParty'], 'pinduoduo'],
    ['晒图评价后找客服领R包', ['reviewBait'], 'tmall'],
    ['给个五，再拍个开箱视频，客服发你红色的小信封', ['reviewBait'], 'pinduoduo'],
    ['企业采购不必走京东，对公转账再让两个点', ['payment'], 'jd'],
    ['安装时扫师傅个人码付现', ['payment', 'qr'], 'jd'],
    ['去那个鱼字开头的二手软件搜我的店', ['thirdParty'], 'douyin'],
    ['号码藏在我们店铺介绍的最后一句', ['profile'], 'jd'],
  ]);
});

test('round agl–ags: a private transfer the buyer would be unprotected in, the platform\'s refund skipped for a phone call stay quiet', () => {
  expectFamilies([
    ['有宝子问能不能私下转，不行，私下转出了事谁都保障不了', [], 'kuaishou'],
    ['质量问题直接打售后电话，无需走淘宝退款流程', [], 'taobao'],
  ]);
});

test('round agt–aha: 企业V before a group, a private second account given, 下午茶 and 晒在评价, a spare number asked for, Taobao as the tangerine app, 不用过天猫, 加俺胃, a shop page\'s phone, 走S单, a boss\'s own account, a usage video recorded for a draw', () => {
  expectFamilies([
    ['评论区扣1，拉你进企业V的宠粉群', ['contact', 'group'], 'wechat_channels'],
    ['加主播私人小号 lulu_home66', ['contact'], 'wechat_channels'],
    ['追评截图发客服，送你一杯下午茶', ['reviewBait'], 'tmall'],
    ['拍照晒在评价里，我们再送一年延保', ['reviewBait'], 'jd'],
    ['下单请留下您的备用手机号，师傅上门前联系', ['collect'], 'jd'],
    ['去那个橘子色的购物app搜店名', ['thirdParty'], 'jd'],
    ['量大可以走公司账户，不用过天猫，省手续费', ['payment'], 'tmall'],
    ['评价时顺手写上您的手机号', ['collect'], 'wechat_channels'],
    ['要拿货价加俺胃，号是 laoli_888', ['contact'], 'kuaishou'],
    ['返现怎么领看商家头像', ['profile', 'reviewBait'], 'pinduoduo'],
    ['保修问题请看店铺首页的联系电话', ['profile'], 'jd'],
    ['老客走S单便宜十块', ['payment'], 'pinduoduo'],
    ['付款直接打到老板个人账户', ['payment'], 'pinduoduo'],
    ['收到货录个使用视频发给客服，抽三位送同款', ['reviewBait'], 'wechat_channels'],
  ]);
});

test('round agt–aha: a longer denied list, a bubble-shaped fridge magnet, a poster kicked out, the Taobao app searched for a Tmall shop\'s group, a squeeze toy, 胃药 stay quiet', () => {
  expectFamilies([
    ['咱家不接受任何方式的线下交易和私下转账', [], 'jd'],
    ['🟢💬对话框造型的冰箱贴', [], 'xiaohongshu'],
    ['场控把评论区叫大家加V的那个号踢了', [], 'douyin'],
    ['在手机淘宝搜索店铺名，进店铺首页点群聊加入淘宝群', [], 'tmall'],
    ['抠抠乐捏捏玩具', [], 'pinduoduo'],
    ['胃疼加我胃药一起吃', [], 'jd'],
  ]);
});

test('round ahb–ahi: dice for digits, ⋁ for V, 🏠 as the home page, 彳敚信, 威辛号 and tel asked for, 备注上 after the noun, 对公zz and 不走JD, 收款马, 扫马, dīng dīng, 这个号也是V, a V flung over, 拼dd, 发5元 further on, a perfumer\'s WeChat', () => {
  expectFamilies([
    ['打这个电话：⚀⚂⚅⚁⚃⚄⚀⚁⚂⚃⚄', ['phone'], 'taobao'],
    ['加我⋁，号在签名第一行', ['contact', 'profile'], 'taobao'],
    ['不方便留言的，看我🏠第三行', ['profile'], 'xiaohongshu'],
    ['有问题加俺彳敚信 chen_1999', ['contact'], 'pinduoduo'],
    ['麻烦在联系商家里发一下您的威辛号', ['collect'], 'pinduoduo'],
    ['下单时把手机号码备注上，我们单独通知您发货时间', ['collect'], 'wechat_channels'],
    ['公司采购走对公zz，不走JD', ['payment'], 'jd'],
    ['来茶山现场买的扫我收款马', ['payment', 'qr'], 'wechat_channels'],
    ['说明书第三页的小方块，扫马就能看安装视频', ['qr'], 'taobao'],
    ['新品只在我们的 dīng dīng 粉丝群发', ['group', 'thirdParty'], 'tmall'],
    ['定金发我🧧就行，不用走购物车', ['payment'], 'xiaohongshu'],
    ['拍不了的打这个，这个号也是V', ['contact'], 'kuaishou'],
    ['要批发的私我，我把个人V甩你', ['contact', 'group'], 'wechat_channels'],
    ['淘宝没货的去拼dd搜同名店', ['thirdParty'], 'jd'],
    ['好评后客服打电话给您发5元', ['reviewBait'], 'jd'],
    ['扫码添加调香师威信', ['contact', 'qr'], 'xiaohongshu'],
  ]);
});

test('round ahb–ahi: a handmade soap (块手工), a matcha soda, a name embroidered in pinyin, sweeping the road stay quiet', () => {
  expectFamilies([
    ['谢谢支持，这块手工香皂请放阴凉处', [], 'xiaohongshu'],
    ['绿泡泡抹茶苏打水 24罐', [], 'wechat_channels'],
    ['卫衣背后印着拼音 WEI XIN，是设计师的名字', [], 'taobao'],
    ['清洁工每天扫马路', [], 'taobao'],
  ]);
});

test('round ahj–ahq: 🟠 and 🐜 for Taobao\'s colour and Alipay\'s ant, a receiver\'s items after 把, a Taobao group\'s monthly draw offered off Taobao; DMs left unanswered stay quiet', () => {
  expectFamilies([
    ['去那个🟠软件搜店名', ['thirdParty'], 'xiaohongshu'],
    ['喜欢哪块公屏报价，🐜付款我单独发货', ['payment'], 'kuaishou'],
    ['想要试用装的，把收件人、电话、地址发在评论区', ['collect'], 'xiaohongshu'],
    ['欢迎入会，另有会员专属淘宝群每周抽奖', ['group', 'thirdParty'], 'jd'],
    ['私信问价的一律不回，价格都在页面上', [], 'jd'],
  ]);
});

test('round ahr–ahy: 需要您的微信, 徽信 in a bio, 寄送试吃装 further on, 彳敚亻言号, a hobby 交流组, 红薯店铺, 一扫 after a code, 徵信 before an account, WhatsApp said aloud, 「盯盯」粉丝裙', () => {
  expectFamilies([
    ['安装师傅需要您的微信，请填在订单备注里', ['collect'], 'jd'],
    ['店长徽信在主页简介里', ['profile'], 'taobao'],
    ['晒图评价后，随卡问卷填好地址，包邮寄送试吃装', ['reviewBait'], 'taobao'],
    ['在订单留言写上您的彳敚亻言号', ['collect'], 'douyin'],
    ['下播后拉你进我们的摄影交流组', ['group'], 'jd'],
    ['限定款只在红薯店铺上架', ['thirdParty'], 'tmall'],
    ['卡片背面有个二位🐴，手机一扫领券', ['qr'], 'taobao'],
    ['售后登记加 徵信：shouhou-li88', ['contact'], 'jd'],
    ['要报价的去“瓦次艾普” +86 139 1234 5678 问我', ['contact', 'phone'], 'xiaohongshu'],
    ['宝宝们进一下「盯盯」粉丝裙', ['group', 'thirdParty'], 'tmall'],
  ]);
});

test('round ahr–ahy: a private transfer refused after a 的, no red envelope traded for a review, snap buttons pressed, a bag named 维新号, the phone\'s photo album stay quiet', () => {
  expectFamilies([
    ['私下转账的我们一律不接', [], 'kuaishou'],
    ['主播从来不拿红包换好评', [], 'jd'],
    ['用附送的小工具把子母扣压紧', [], 'kuaishou'],
    ['维新号复古帆布包', [], 'douyin'],
    ['截图保存到相册，用相册扫一下里面的码就能领券', ['qr'], 'xiaohongshu'],
  ]);
});

test('round ahz–aig: ⬛ as a code, 💚转我, zfb 直接过', () => {
  expectFamilies([
    ['车友群入口：扫右下角⬛即可', ['group', 'qr'], 'jd'],
    ['别在小黄车拍了，直接💚转我', ['payment'], 'kuaishou'],
    ['诚心要的私我，咱们 zfb 直接过', ['group', 'payment'], 'douyin'],
  ]);
});

test('round ahz–aig: fakes called 仿冒, a till\'s scan-to-pay, a brand glossed in pinyin, bubbles named, no protection, Alipay chosen at checkout, a name said in the call stay quiet', () => {
  expectFamilies([
    ['本店只在快手小店销售，京东、拼多多上的同名店均为仿冒', [], 'kuaishou'],
    ['点餐收银一体机，顾客可以用微信扫码付款', [], 'wechat_channels'],
    ['茶礼盒 WEI XIN 维馨，正山小种', [], 'jd'],
    ['薄荷绿泡泡袖上衣，我们叫它\'绿泡泡\'', [], 'xiaohongshu'],
    ['私下交易出了问题谁给你保障', [], 'tmall'],
    ['小黄车下单的时候选支付宝付款就行', [], 'kuaishou'],
    ['打这个电话 136 0921 7784，电话里把名字报给我就行', ['phone'], 'douyin'],
  ]);
});

test('round aih–aio: S as 5 among a number\'s digits, wei1 xin4 in tone numbers, 蓝色app转我, 现金补差价, an account after its ID label, 直接店里付, 不用再走小店, a green number asked for, 现金直接到账 further on', () => {
  expectFamilies([
    ['售后拨 l38 2O7l S59O', ['phone'], 'xiaohongshu'],
    ['批量采购联系 wei1 xin4 同号 139 2876 5510', ['contact', 'phone'], 'kuaishou'],
    ['嫌小店慢的直接蓝色app转我', ['payment'], 'kuaishou'],
    ['旧机拿到门店估价，现金补差价', ['payment'], 'jd'],
    ['加一下我的企业V，ID 是 qy-shop88', ['contact'], 'wechat_channels'],
    ['来店里试色，直接店里付更便宜', ['payment'], 'xiaohongshu'],
    ['回购直接扫码付款，不用再走小店', ['payment'], 'wechat_channels'],
    ['拍下后备注里留一个能加的绿色号码', ['collect'], 'pinduoduo'],
    ['五星好评后登录 www.fanli-demo.cn 填订单号，现金直接到账', ['reviewBait', 'url'], 'kuaishou'],
  ]);
});

test('round aih–aio: a paper-plane kit and a profile of notes stay quiet', () => {
  expectFamilies([
    ['纸飞机手工套装，折好了拍照留念', [], 'douyin'],
    ['主页有我所有的穿搭笔记', [], 'xiaohongshu'],
  ]);
});

test('round aip–aiw: 晒了视频, 当天到账 further on; a small size, the fan club from the avatar, a review left to the buyer stay quiet', () => {
  expectFamilies([
    ['晒了视频的兄弟，补贴找客服领', ['reviewBait'], 'jd'],
    ['追评满30字，扫背面二维码登记，5元当天到账', ['qr', 'reviewBait'], 'douyin'],
    ['橱窗里还有小码，点我头像就能看到', [], 'wechat_channels'],
    ['没加团的点主播头像进粉丝团，抽福袋', [], 'douyin'],
    ['优惠券在购物车里领，评价大家随心写，不强求', [], 'douyin'],
  ]);
});

test('round aip–aiw: 桃饱, 东子家, DingDing粉丝裙, 私下微❤转我, 加里面那个微 after a pointer', () => {
  expectFamilies([
    ['想要便宜的去“桃饱”搜我们店名', ['thirdParty'], 'wechat_channels'],
    ['不想拼单的去“东子家”搜我们', ['thirdParty'], 'pinduoduo'],
    ['想抢的进我们的DingDing粉丝裙', ['group', 'thirdParty'], 'tmall'],
    ['尾款私下微❤转我', ['payment'], 'pinduoduo'],
    ['去看我主页简介，加里面那个微', ['contact', 'profile'], 'jd'],
  ]);
});

test('round aip–aiw: ways to pay refused before a private transfer, bubbles of two colours, an offline price compared after a jewellery pattern stay quiet', () => {
  expectFamilies([
    ['本店不接受蓝色软件或绿色软件私下转账，都在抖音下单', [], 'douyin'],
    ['这个泡泡机吹出来有绿泡泡也有粉泡泡', [], 'douyin'],
    ['和田玉手镯都在购物车里，线下门店这个种水要两万多', [], 'douyin'],
  ]);
});

test('round aix–aje: 返现裙 joined, 发送给 after a number, 账号资料 as a pointer\'s place, 猫猫App, 企业微信 asked for, 整评论区, 加我维 before an account', () => {
  expectFamilies([
    ['评论区扣个1，晒过单的我拉你进返现裙', ['group', 'reviewBait'], 'kuaishou'],
    ['好评后请将手机号发送给咚咚客服，我们为您充值话费', ['collect', 'reviewBait'], 'jd'],
    ['想了解团购价的，点开我账号资料，第三行就是联系方式', ['profile'], 'jd'],
    ['咱家在猫猫App也开了店，去搜店名领券', ['thirdParty'], 'jd'],
    ['下单时留言写下您的企业微信', ['collect'], 'wechat_channels'],
    ['老铁把你 dian hua 整评论区里', ['collect'], 'kuaishou'],
    ['可以加我维♡：mianmian_tao7', ['contact'], 'taobao'],
  ]);
});

test('round aix–aje: 不存在站外返现, a buyer (拼友) asking, the official group chat in a note, a number for the courier only, a review not insisted on, a router set up by scan stay quiet', () => {
  expectFamilies([
    ['本店优惠仅限平台内领取，不存在站外返现', [], 'jd'],
    ['有拼友问加V能不能便宜，不加V哈', [], 'pinduoduo'],
    ['加入笔记里的官方群聊，每周抽一位送正装', [], 'xiaohongshu'],
    ['收货地址请填写完整，手机号仅用于快递派送', [], 'wechat_channels'],
    ['五⭐好评不强求，有问题找飞鸽', [], 'douyin'],
    ['路由器 App扫码即可完成配置', [], 'jd'],
  ]);
});

test('round ajf–ajm: 辛苦费 further on, 打到公司卡 and 不走猫, 走Si单, 为信号/Telegram 用户名 asked for, 威锌, 禁止留号 before a pointer, 票圈', () => {
  expectFamilies([
    ['好评截图发客服，客服会给您补两块钱辛苦费', ['reviewBait'], 'taobao'],
    ['不想等活动的，款打到公司卡上不走猫', ['payment'], 'tmall'],
    ['企业采购可以走Si单', ['payment'], 'jd'],
    ['下单时在留言栏写上你的“为信”号', ['collect'], 'pinduoduo'],
    ['想要内部价的去问店长，她的威锌是 tx_mimi0312', ['contact'], 'taobao'],
    ['下单后请在备注写上你的 Telegram 用户名', ['collect'], 'jd'],
    ['🍠上禁止留号，姐妹们看我头像', ['profile'], 'xiaohongshu'],
    ['买家秀每天更新在我票圈，想看的去翻', ['thirdParty'], 'tmall'],
  ]);
});

test('round ajf–ajm: a screenshot typed in the comments, a colour compared, notes told of, a private send denied stay quiet', () => {
  expectFamilies([
    ['你截图打在公屏上，我当场改价', [], 'pinduoduo'],
    ['这个杯子跟那个绿泡泡聊天软件的绿一模一样', [], 'kuaishou'],
    ['去红薯上搜店名，那边笔记更全，下单还有小惊喜', ['thirdParty'], 'douyin'],
    ['客服不会私下发微信号让您加好友', [], 'wechat_channels'],
  ]);
});

test('round ajn–aju: 返八块八 and 茶样 further on, 返现方法 before a pointer, 薅羊毛裙, zhi fu bao 给师傅, 企额群, 的魏 and 🌏号 before an account, 金丁金丁号, 补个 before a number, 戳我头像…有答案', () => {
  expectFamilies([
    ['追评带视频的加主播小助理薇信 tt_0721，每人返八块八', ['contact', 'reviewBait'], 'douyin'],
    ['好评加企业微信 qy_tea_988 领今年的茶样', ['contact', 'reviewBait'], 'wechat_channels'],
    ['追评带视频的姐妹，返现方法看主播头像', ['profile', 'reviewBait'], 'tmall'],
    ['进咱们外面那个薅羊毛裙', ['group'], 'jd'],
    ['尾款到货后直接 zhi fu bao 给师傅', ['payment'], 'pinduoduo'],
    ['想咨询的进我企额群 七六五三三一二八九', ['contact', 'group'], 'taobao'],
    ['加师傅的魏❤：anzhuang_wang66 直接发你', ['contact'], 'pinduoduo'],
    ['家人们记一下我的🌏号：wei_laotie99', ['contact'], 'kuaishou'],
    ['企业采购请联系客户经理，金丁金丁号：zhouke_2231', ['contact'], 'jd'],
    ['麻烦您在订单留言里补个喂心号', ['collect'], 'pinduoduo'],
    ['想要联系方式的宝子戳我头像，签名那一栏有答案', ['profile'], 'xiaohongshu'],
  ]);
});

test('round ajn–aju: a bubble machine in green, WeChat\'s shop in pinyin, money refused off the platform, a number after 老魏 stay as they are', () => {
  expectFamilies([
    ['小绿泡泡款泡泡机，出泡量大', [], 'kuaishou'],
    ['今天是 wei xin 小店专属券，点橱窗领就行', [], 'wechat_channels'],
    ['不行哈老铁，不走快手的钱咱一分不收', [], 'kuaishou'],
    ['批发找老魏：①③⑧ ⑦⑥②① ⑤④⑨⓪', ['phone'], 'kuaishou'],
  ]);
});

test('round ajv–akc: 加我wei心, a 窝 joined, 把手机号留下, money to the company account, 私域小窝, 👤 as the avatar', () => {
  expectFamilies([
    ['合作的加我wei心，号是 tea_mao88', ['contact'], 'kuaishou'],
    ['进我们的窝，门牌号在我个人简介里', ['group', 'profile'], 'pinduoduo'],
    ['要样品的老板把手机号留下，回头联系你们', ['collect'], 'pinduoduo'],
    ['开票的直接给我们财务打款走公司账户', ['payment'], 'tmall'],
    ['私域小窝开了，评论区留言我拉你', ['group'], 'xiaohongshu'],
    ['拍前先看👤，里面有🟢的号', ['profile'], 'kuaishou'],
  ]);
});

test('round ajv–akc: no need to add the manager, details never given out, DMs not needed, a scratch code\'s screenshot, fakes found elsewhere, a photo frame fed by scan stay quiet', () => {
  expectFamilies([
    ['不需要添加店长企业微信，找小店客服就行', [], 'wechat_channels'],
    ['私人微信、电话一律不对外提供', [], 'douyin'],
    ['私我要价目表的姐妹不用啦，价格都在商品卡里', [], 'xiaohongshu'],
    ['刮开涂层后发送刮奖码截图给飞鸽客服', [], 'douyin'],
    ['淘宝上搜得到的那种是仿款', [], 'wechat_channels'],
    ['电子相框 支持手机扫码传图', [], 'xiaohongshu'],
  ]);
});

test('round akd–akk: hp+3图, 话fei further on, 尾信, 藏在 between a pointer\'s words, ✌ as v, 卖 as money after 不走平台', () => {
  expectFamilies([
    ['hp+3图，联系商家报订单尾号，返两块话费', ['reviewBait'], 'pinduoduo'],
    ['追评满30字+3张图，私信客服报订单号，送话fei 5元', ['reviewBait'], 'jd'],
    ['量大从优，来“尾信”上找我，号是 tiezhu_66809', ['contact'], 'kuaishou'],
    ['加店主 v，号码就藏在店铺头像那张图里', ['contact', 'profile'], 'pinduoduo'],
    ['想长期要的私聊我，按斤卖不走平台', ['group', 'payment'], 'pinduoduo'],
  ]);
});

test('round akd–akk: no cash-back given for a review, a private transfer to refuse, a V sign of joy stay quiet', () => {
  expectFamilies([
    ['评价是否晒图都随您，我们不会因为好评给返现', [], 'wechat_channels'],
    ['天猫客服不会加您微信，任何私下转账要求都请拒绝', [], 'tmall'],
    ['开心✌️今天也是元气满满', [], 'douyin'],
  ]);
});

test('round akl–aks: 客服微 before a pointer, a named group that gives only so much, 的鹅 before a QQ number, 订购方式 before a pointer, 入选送 further on', () => {
  expectFamilies([
    ['要看实拍视频的，客服微就在店铺头像上', ['profile'], 'pinduoduo'],
    ['淘宝群只发常规券，想拿内部价的扣1，我拉你进VIP群', ['group'], 'taobao'],
    ['售后找不到人？直接加我们售后的鹅：二五八七七四六一三零', ['contact'], 'taobao'],
    ['想了解私人订购方式，看主页简介', ['profile'], 'wechat_channels'],
    ['买家秀投稿到 hxhome点net，入选送抱枕一只', ['reviewBait', 'url'], 'jd'],
  ]);
});

test('round akl–aks: a V-shaped envelope bag, a live room shared with friends, rules pinned in the live room stay quiet', () => {
  expectFamilies([
    ['这款 V 信封包是今年爆款', [], 'taobao'],
    ['转发这场直播给你的微信好友，一起来抢', [], 'wechat_channels'],
    ['老铁拍专场今晚八点，规则在直播间置顶', [], 'kuaishou'],
  ]);
});

test('round akt–ala: 个人转账, 走个V转, vei xin, kk before a QQ number, 现场谈价, 藏了个号 after a pointer', () => {
  expectFamilies([
    ['支持个人转账，付款时备注昵称', ['payment'], 'kuaishou'],
    ['走个V转，比拍下便宜二十', ['payment'], 'taobao'],
    ['安装问题加师傅 vei xin：lsy-ka99', ['contact'], 'taobao'],
    ['代购咨询 kk：贰柒陆零捌叁伍伍壹', ['contact'], 'xiaohongshu'],
    ['这批和田玉周末来店里看货，现场谈价', ['payment'], 'wechat_channels'],
    ['主播头像里藏了个号，放大就能看到', ['profile'], 'tmall'],
  ]);
});

test('round akt–ala: snap buttons pressed shut, a bubbly soda, a review said to have nothing to do with rewards stay quiet', () => {
  expectFamilies([
    ['牛仔外套 金属四合扣扣紧不松脱', [], 'pinduoduo'],
    ['绿泡泡苏打气泡水 青柠味', [], 'kuaishou'],
    ['小店承诺：评价与任何奖励无关，写真实感受就好', [], 'xiaohongshu'],
  ]);
});

test('round alb–ali: 他的微 before a pointer, a push kept when only other channels are warned against, 付到小绿, WeChat described by its Moments', () => {
  expectFamilies([
    ['晒图有礼，领取方式找主理人，他的微在店铺头像里', ['profile', 'reviewBait'], 'tmall'],
    ['去拼多多订单页点联系商家要视频，别找其他渠道，以免被骗', ['thirdParty'], 'jd'],
    ['这批蜜蜡不挂小黄车，直接付到小绿，到账就发', ['payment'], 'kuaishou'],
    ['配件找工程师，在那个能发朋友圈的App上的号，直接加他', ['contact'], 'jd'],
  ]);
});

test('round alb–ali: 反贤 after a review, 钅丁号, qi ye wei, 魏心 before a pointer', () => {
  expectFamilies([
    ['五星好评带图三张，截图给旺旺客服即可“反贤”8块', ['reviewBait'], 'tmall'],
    ['企业团购走量请加我个人“钅丁”号 caigou_li88', ['contact'], 'jd'],
    ['加我们的 qi ye wei 福利官：fuli_guan_07', ['contact'], 'wechat_channels'],
    ['加我“魏心”，号就藏在我头像图里', ['contact', 'profile'], 'kuaishou'],
  ]);
});

test('round alj–alr: groups in the green app joined, 小蓝 and a price difference paid back, fields sent, platforms listed with 、', () => {
  expectFamilies([
    ['想进的私我，我把你们拉进我们那个绿色聊天软件里的宠粉小群', ['contact', 'group'], 'douyin'],
    ['拉你进我们在绿色聊天软件里建的茶友会，新茶先尝', ['contact', 'group'], 'taobao'],
    ['不会拉你进我们在绿色聊天软件里建的什么茶友会，放心', [], 'taobao'],
    ['下播拉大家进咱们自己的窝，福利窝里见', ['group'], 'kuaishou'],
    ['想要的加我的“喂信”：mumu_shop21', ['contact'], 'jd'],
    ['有事找店长“葳芯”：dz_lin_66', ['contact'], 'pinduoduo'],
    ['尾款走小蓝转我就行，别在链接里拍', ['payment'], 'pinduoduo'],
    ['降价了别退货，我直接转你差价', ['payment'], 'douyin'],
    ['要抽奖的留言区发手机号，开奖后联系你', ['collect'], 'xiaohongshu'],
    ['把手机号分两次发给客服，前面一条后面一条', ['collect'], 'xiaohongshu'],
    ['请在咚咚里发送您的姓名、手机号，我们登记延保', ['collect'], 'jd'],
    ['🍠不让放的东西我都放简介里了', ['profile'], 'xiaohongshu'],
    ['想买的去薯里搜“晚风手作”', ['thirdParty'], 'taobao'],
  ]);
});

test('round alj–alr: honest look-alikes stay quiet', () => {
  expectFamilies([
    ['这款连衣裙我们抖音、视频号同步开售，在小店下单就行', [], 'wechat_channels'],
    ['喜欢就转发给你微信里的闺蜜，一起拼单更划算', [], 'wechat_channels'],
    ['售后问题在微信里直接找小店客服就行', [], 'wechat_channels'],
    ['浴球入水会冒出柠檬味的绿泡泡，孩子很爱', [], 'taobao'],
    ['简介第一行是我的身高体重，选码参考', [], 'xiaohongshu'],
    ['商超电子秤，支持扫码称重，收银一体', [], 'jd'],
    ['有宝宝在评论区发手机号，千万别发，个人信息要保护好', [], 'xiaohongshu'],
  ]);
});

test('round als–alz: an icon-described second-hand platform, fields texted to a number, 红色信封 and a next parcel for a review, weix, 某乎', () => {
  expectFamilies([
    ['别在这拍了，去那个小鱼图标的二手平台搜“老周数码”', ['thirdParty'], 'jd'],
    ['请把您的手机号发短信至 186 2233 4455，我们登记会员', ['collect', 'phone'], 'taobao'],
    ['五星加三张图，截图给客服，“红色信封”马上发', ['reviewBait'], 'tmall'],
    ['追评满50字，下一单我们随包裹多放一包湿巾', ['reviewBait'], 'pinduoduo'],
    ['想要的话，我把weix：lan_store8 发你', ['contact'], 'kuaishou'],
    ['想了解的去某乎搜我同名账号', ['thirdParty'], 'xiaohongshu'],
    ['不会装的扫说明书背面的二维码进售后群，有视频', ['group', 'qr'], 'taobao'],
    ['想看实拍的扫主播身后海报上的二维码', ['qr'], 'douyin'],
    ['不方便拍链接的，扫我卡片上那个码直接转', ['payment', 'qr'], 'kuaishou'],
    ['在订单备注里写上您的“绿色聊天号”，到货前通知您', ['collect'], 'jd'],
    ['想要的看我主页签名那串字母，复制了去绿泡泡搜', ['contact', 'profile'], 'douyin'],
  ]);
});

test('round als–alz: a quoted question answered 加啥V, a lucky number told, after-sales around the platform, a row of knot buttons', () => {
  expectFamilies([
    ['“能加个V吗？”加啥V呀，有事小黄车找客服', [], 'kuaishou'],
    ['刮开查看幸运号码，尾号是6的在「联系商家」报号码领赠品', [], 'pinduoduo'],
    ['旗舰店售后热线 400-820-1234，绕过平台处理更快', ['phone'], 'jd'],
    ['一排盘扣 扣扣都是手工钉的', [], 'taobao'],
  ]);
});

test('round ama–amh: details sent to a QQ, a reward after a DM, 支负宝, a warehouse and a clerk’s code, wei博, a name searched 就行, what sits below on the card', () => {
  expectFamilies([
    ['电话写错的亲，把新号码和地址发企鹅 3391 28476 就好', ['collect', 'contact'], 'taobao'],
    ['晒图的宝子私我，进群领福利', ['group', 'reviewBait'], 'douyin'],
    ['回购别在平台拍了，支负宝付款再少十块', ['payment'], 'pinduoduo'],
    ['急用的可以到我们线下仓自提，扫店员手机上的码付尾款', ['payment', 'qr'], 'tmall'],
    ['原图都在我wei博置顶', ['thirdParty'], 'xiaohongshu'],
    ['直播回放在那个黑色音符app上，搜老李的果园就行', ['thirdParty'], 'kuaishou'],
    ['别扔这张卡，手机对着下面这块黑白格子拍一下就能领券', ['qr'], 'taobao'],
    ['简介里有她的微信，加她就行', ['contact', 'profile'], 'jd'],
    ['外地的先打一半定金到zfb，见货再付', ['payment'], 'kuaishou'],
  ]);
});

test('round ama–amh: a warning against links sent by others, a private order refused, the shop page’s new group, goods that name WeChat', () => {
  expectFamilies([
    ['别人私发的淘口令都不要点，本店只在小红书卖', [], 'xiaohongshu'],
    ['有人问能不能走私单？私单咱不走，都在淘宝拍', [], 'taobao'],
    ['淘宝群人满了，新群入口在店铺首页，点进去申请', [], 'tmall'],
    ['儿童手表支持微信好友添加，需家长同意', [], 'jd'],
    ['绿泡泡波点连衣裙，松紧腰', [], 'douyin'],
    ['橱窗下单，付款选绿泡泡自带的支付就行', [], 'wechat_channels'],
    ['我们品牌的威信是靠二十年口碑攒下的', [], 'tmall'],
  ]);
});

test('round ami–amp: a profile pointed at after no contact may be left, a green mark in the bio, a code the camera faces, 二wei码, same number, amounts paid in, 度盘, ωhatsαpp', () => {
  expectFamilies([
    ['咚咚里不能留联系方式，懂的兄弟看我头像', ['profile'], 'jd'],
    ['想私聊店长的，看简介里那个绿色小标', ['profile'], 'douyin'],
    ['要看细节视频的去主页简介找方式，这里不多说了', ['profile'], 'taobao'],
    ['卡片背面有个黑白格子图，手机相机对着它领券', ['qr'], 'xiaohongshu'],
    ['卡背面有个二wei码，扫了领小样', ['qr'], 'jd'],
    ['找我就打，电话微信同一个：一三九 二八七六 五五四三', ['contact', 'phone'], 'taobao'],
    ['五星好评加两张图，💰5元到账', ['reviewBait'], 'tmall'],
    ['好平反鲜3元，截图发客服', ['reviewBait'], 'pinduoduo'],
    ['高清原图放在度盘了，提取码在评论区', ['thirdParty'], 'xiaohongshu'],
    ['海外客户请在留言里写下您的 ωhatsαpp 号码', ['collect'], 'jd'],
  ]);
});

test('round ami–amp: an order number read out, bread named 扣扣, a code screenshot, a post’s own component', () => {
  expectFamilies([
    ['订单号我念一下哈，4127 6603 0538 2291 74，恭喜中奖', [], 'jd'],
    ['扣扣面包刚出炉，QQ弹弹的', [], 'kuaishou'],
    ['截图这个小程序码，去微信里扫一扫，小程序下单再送一支', ['qr', 'thirdParty'], 'xiaohongshu'],
    ['留资领试用：点笔记里的「领取试用」组件填写', [], 'xiaohongshu'],
  ]);
});

test('round amq–amx: an orange square for Taobao, a code photographed or scanned after, 丁丁 added, 同号喂心, fields in pinyin, a reply to the shop chat', () => {
  expectFamilies([
    ['断货了，去那个🟧色的购物软件搜咱店名', ['thirdParty'], 'kuaishou'],
    ['姐妹们拍一下背景板左下角那个方块码，领券', ['qr'], 'tmall'],
    ['包装盒里那个黑白格子，手机扫它就能看教程', ['qr'], 'pinduoduo'],
    ['小卡上的 e w m 记得扫，领延保', ['qr'], 'jd'],
    ['详情页最后一张图 chang an shi bie，领售后卡', ['qr'], 'pinduoduo'],
    ['要报价的加个丁丁，号我发公屏', ['contact'], 'jd'],
    ['安装师傅：139-0527-8614，同号喂心', ['contact', 'phone'], 'pinduoduo'],
    ['下单后请备注收件人 shou ji 和 wei xin', ['collect'], 'tmall'],
    ['登记保修请回复咚咚客服您的威芯号', ['collect'], 'jd'],
  ]);
});

test('round amq–amx: a shop popular elsewhere, a card with no codes, a password for the group, a QQ given before the add-call', () => {
  expectFamilies([
    ['这个牌子在京东也很火，我是在小红书商城买的', [], 'xiaohongshu'],
    ['保养卡只有清洁步骤，无任何二维码和返现信息', [], 'douyin'],
    ['卡上有个口令，进咱家粉丝群报口令抽奖', ['group'], 'kuaishou'],
    ['售后企鹅：3 1 8 6 2 0 9 4 7 5，加好友时备注订单号', ['contact'], 'taobao'],
  ]);
});

test('round amy–anf: the owner’s Moments, 私下唠, 威x号 asked for, 反线, 发烧友基地, letters for digits, a denial by 不会因为, an add-call after the pointer', () => {
  expectFamilies([
    ['新款都发在店主朋友圈，每天更新', ['thirdParty'], 'taobao'],
    ['想批发的咱私下唠，我那个绿色聊天软件号 pifa_wang66 给你', ['contact', 'group'], 'kuaishou'],
    ['拍下后在备注里写上你的威x号，师傅会加你', ['collect'], 'kuaishou'],
    ['晒单加三张图，截图发旺旺，客服给您反线五元', ['reviewBait'], 'tmall'],
    ['兄弟们想进就拉你进我们的发烧友基地', ['group'], 'jd'],
    ['急单找我：l38 O62Z 557l', ['phone'], 'taobao'],
    ['扣扣号在店铺头像上，添加即送小礼品', ['contact', 'profile'], 'pinduoduo'],
    ['付款可以支持zfb转，再少五块', ['payment'], 'xiaohongshu'],
    ['二手的去黄色鱼上拍，搜老王数码', ['thirdParty'], 'kuaishou'],
    ['新来的找组织，咱有个家人窝，每晚发秒杀', ['group'], 'douyin'],
  ]);
});

test('round amy–anf: no reward because of a review, a picture of the note', () => {
  expectFamilies([
    ['我们不会因为您写的好评返现或补偿', [], 'kuaishou'],
    ['笔记最后一张图有个码，存下来扫一扫就能领', ['qr'], 'xiaohongshu'],
  ]);
});

test('round ang–ann: rewards sent again or shop-wide, a thank-you gift, a contact person asked for, cash on the spot, a card pushed, a number hung on the profile', () => {
  expectFamilies([
    ['追评满十天并配图，找小店客服报订单号，补寄同款小样一份', ['reviewBait'], 'kuaishou'],
    ['五星追评加对比图，下次回购享全店八折', ['reviewBait'], 'tmall'],
    ['好评后请来电登记，我们另行寄送感谢礼', ['reviewBait'], 'tmall'],
    ['采购请发邮件至 buy@lingxi-tools.com，并附联系人手机号', ['collect', 'contact'], 'jd'],
    ['线上看不准就来档口上手，看对了当场现结', ['payment'], 'douyin'],
    ['买贵了别退，转个账给我，我私下补你一件', ['payment'], 'tmall'],
    ['我把店长的名片推给你，加他时备注直播间', ['contact'], 'tmall'],
    ['加V之前先看我主页，主页挂着号', ['contact', 'profile'], 'wechat_channels'],
  ]);
});

test('round ang–ann: a translator’s recognition key, Xiaohongshu’s notes named', () => {
  expectFamilies([
    ['翻译耳机 长按识别键即可同传', [], 'xiaohongshu'],
    ['隐藏价在某红书笔记里，搜“小鹿家居”那篇', ['thirdParty'], 'tmall'],
  ]);
});

test('round ano–anv: a scan that joins a group, a number printed on the avatar, WeChat groups by homophone, Taobao by its peach, lvpp, wei号 asked for', () => {
  expectFamilies([
    ['包裹卡上有个码，扫了进我们的会员群领券', ['group', 'qr'], 'jd'],
    ['售后找我就看我头像，手机号就印在上面', ['profile'], 'taobao'],
    ['想看细节视频的，头像里有喂心，自己看', ['profile'], 'douyin'],
    ['进我们的VIP徽信群，每周清仓', ['contact', 'group'], 'jd'],
    ['进🍑宝群领店铺券', ['group', 'thirdParty'], 'douyin'],
    ['价格不能说，dd我，我发你lvpp号', ['contact', 'group'], 'xiaohongshu'],
    ['下单请备注您的手机号和wei号，方便单独联系', ['collect'], 'tmall'],
    ['在订单留言里写上要充值的手机号，五星好评送话费', ['collect', 'reviewBait'], 'kuaishou'],
  ]);
});

test('round ano–anv: a phone that reads text, Taobao’s own peach group at home, a shirt series', () => {
  expectFamilies([
    ['老人手机 支持扫一扫识字 超长待机', [], 'pinduoduo'],
    ['进🍑宝群领5元店铺券，群入口在店铺首页', [], 'taobao'],
    ['“绿泡泡”系列 泡泡纱连衣裙 薄荷绿', [], 'xiaohongshu'],
  ]);
});

test('round anw–aod: quoted app words read past their quotes, 微 split as 彳敫, the green chat app, 吱吱 for Alipay, a home of our own, a thank-you fee, a brand searched elsewhere', () => {
  expectFamilies([
    ['售后扫盒底的码，加王姐的“企V”，登记一下保修', ['contact', 'qr'], 'wechat_channels'],
    ['下单后来 力口 我 彳敫 亻言，号 mumu_0831，备注尺码', ['contact'], 'douyin'],
    ['拍不下的朋友加那个绿色聊天的，号 qinglan_77，我单独给你开', ['contact'], 'kuaishou'],
    ['刻字款不在店里拍，尾款“吱吱”转我就行', ['payment'], 'xiaohongshu'],
    ['今晚扣“老地方”的姐妹，散场后我拉你们回咱自己的小家', ['group'], 'jd'],
    ['晒出宝宝上脚的视频追评，我给您发5元感谢费', ['reviewBait'], 'pinduoduo'],
    ['好评满一个月，我们回访后寄送旅行装小样', ['reviewBait'], 'tmall'],
    ['更多配色在某东旗舰店，直接搜店名就有', ['thirdParty'], 'tmall'],
  ]);
});

test('round anw–aod: the buyer’s own accounts given as examples in brackets, a platform’s system message, a squeaky toy', () => {
  expectFamilies([
    ['请在保修卡背面写下您的联系方式（电话、微信号都行），随卡寄回', ['collect'], 'tmall'],
    ['抽到的宝宝系统会自动私信你填写收货信息，不需要加任何人', [], 'xiaohongshu'],
    ['捏一下就吱吱响的洗澡小鸭，转动尾巴还能喷水', [], 'taobao'],
  ]);
});

test('round aoe–aol: flags’ letters, 直接V我, a code the host put on screen, rewards after a count of characters, on the next purchase, from the service, got free, a flat discount', () => {
  expectFamilies([
    ['想要实拍的宝子加🇻🇽：tangtang_0420，每天更新', ['contact'], 'douyin'],
    ['批发的老板直接 V我，量大从优', ['contact'], 'pinduoduo'],
    ['加群的二维码我放在屏幕右下角了，长按就能进', ['group', 'qr'], 'kuaishou'],
    ['保温杯 好评满二十字送杯刷一个', ['reviewBait'], 'pinduoduo'],
    ['晒过图的老顾客回购送替换滤芯一只', ['reviewBait'], 'jd'],
    ['拍下后带图评价，客服送同色号发夹一对', ['reviewBait'], 'xiaohongshu'],
    ['追评附佩戴照片，可免费获得擦银布一块', ['reviewBait'], 'tmall'],
    ['晒单好评的钓友，下次买鱼线一律九折', ['reviewBait'], 'kuaishou'],
  ]);
});

test('round aoe–aol: flags before goods from abroad, the Thursday meme, a screen-sized product', () => {
  expectFamilies([
    ['🇯🇵日本进口抹茶粉 🇨🇳国内现货', [], 'taobao'],
    ['与其V我50，不如直接拍下3号链接', [], 'douyin'],
    ['扫地机器人 二维码贴在机身底部，用于配网', [], 'jd'],
  ]);
});

test('round aom–aot: review rewards named after the screenshot is sent, money off the next order, collect nouns half in pinyin, groups as 裙 after a scan, a buyer sent to another platform a clause later', () => {
  expectFamilies([
    ['给个五星配两张图，截图发客服，请您喝杯咖啡', ['reviewBait'], 'douyin'],
    ['追评截图发给客服，可以换一份试用装', ['reviewBait'], 'xiaohongshu'],
    ['好评截图发旺旺，下次拍任意款少5元', ['reviewBait'], 'taobao'],
    ['带图评价的老顾客，找客服报个老粉价', ['reviewBait'], 'jd'],
    ['批发的老板留个电h，我们算好运费回给您', ['collect'], 'pinduoduo'],
    ['扫码进宝妈专属裙，每周二团购', ['group', 'qr'], 'kuaishou'],
    ['这款某东自营也有，那边便宜五十，别在这拍了', ['thirdParty'], 'xiaohongshu'],
    ['同款都挂在dy直播间，搜我店名直接拍', ['thirdParty'], 'taobao'],
  ]);
});

test('round aom–aot: a GPS with satellites, another platform’s feature named beside ours, a skirt called 专属', () => {
  expectFamilies([
    ['手持定位仪 北斗+卫星双模 精度两米', [], 'jd'],
    ['快手老铁拍那边也在卖，咱们抖音直播间一口价更划算', [], 'douyin'],
    ['会员专属裙装 限量款 真丝面料', [], 'tmall'],
  ]);
});

test('round aou–apb: more review rewards further on, money into the company account or paid at the shop, WeChat groups written 裙, 力口微, a price list flung onto WeChat', () => {
  expectFamilies([
    ['精选买家秀的宝宝，反一半货款', ['reviewBait'], 'pinduoduo'],
    ['图文评价后找客服登记，保修延至三年', ['reviewBait'], 'jd'],
    ['评价里带了视频的姐妹，下一单给你安排包邮', ['reviewBait'], 'tmall'],
    ['带图评价的宝子找客服，有份回礼', ['reviewBait'], 'taobao'],
    ['量大的老板直接打公司账户，平台那层手续费就免了', ['payment'], 'jd'],
    ['原石想上手的直接来档口，价格咱当面谈', ['payment'], 'douyin'],
    ['还差两个人成团，先进我V信裙等着', ['contact', 'group'], 'pinduoduo'],
    ['售后不用走平台，力口微找老板', ['contact'], 'taobao'],
  ]);
});

test('round aou–apb: paid inside the shop, a cat that loves its toy', () => {
  expectFamilies([
    ['提醒：请只在小店内付款，客服不会让您私下转账', [], 'wechat_channels'],
    ['我家猫超爱这款磨牙棒', [], 'xiaohongshu'],
  ]);
});

test('round apc–apj: a discount on the next order, pocket money, a warranty lengthened again, a review video in the review, money sent over, the way in the bio, DingTalk by homophone', () => {
  expectFamilies([
    ['给个好评，下次下单报暗号，全单九折', ['reviewBait'], 'wechat_channels'],
    ['收到后评价里给我们带张图，客服给大家返个鸡蛋钱', ['reviewBait'], 'kuaishou'],
    ['追评满两个月的，我们给您的质保再延半年', ['reviewBait'], 'jd'],
    ['带图评价后找客服，下一袋狗粮我们包了', ['reviewBait'], 'pinduoduo'],
    ['三件以上不走平台，钱转过去当天发货', ['payment'], 'tmall'],
    ['想问价的别在评论区问了，方式都在简介里', ['profile'], 'xiaohongshu'],
    ['大客户采购请在丁丁上搜 mufeng_tea 找我', ['contact'], 'jd'],
    ['淘宝群里今晚还有一波券，进去找客服领', ['group', 'thirdParty'], 'douyin'],
  ]);
});

test('round apc–apj: reviews that say what they think, a member card priced in a hotel review, a group in a review', () => {
  expectFamilies([
    ['评价里写的都是真实使用感受，欢迎参考', [], 'jd'],
    ['补充点评：酒店的会员价比其他渠道低一些', [], 'jd'],
    ['淘宝群里每晚八点发券，群入口在店铺首页', [], 'taobao'],
  ]);
});

test('round apk–apr: a warranty moved to a later year, red packets by initials, a shopping credit, the buyer’s number told to the service, another platform’s auction moved to', () => {
  expectFamilies([
    ['评价满30字带视频的，保修由一年延至两年', ['reviewBait'], 'taobao'],
    ['好评+晒图后找客服报订单号，hb马上安排', ['reviewBait'], 'douyin'],
    ['追评截图发客服，兑换20元购物金', ['reviewBait'], 'tmall'],
    ['把你的微信号告诉客服，我们挑人寄样品', ['collect'], 'xiaohongshu'],
    ['下单后在备注里留下可联系的手机号', ['collect'], 'jd'],
    ['今晚十点我们转场老铁拍，那边一元起拍', ['thirdParty'], 'douyin'],
    ['这批茶饼在老铁拍有专场，喜欢竞拍的可以过去', ['thirdParty'], 'jd'],
  ]);
});

test('round apk–apr: a baby’s snap-button shirt, a call told of in a review', () => {
  expectFamilies([
    ['婴儿扣扣衫 纯棉 按扣开档', [], 'wechat_channels'],
    ['快递员打电话告诉我放在驿站了，很方便', [], 'jd'],
  ]);
});

test('round aps–apz: rewards on the next order or the warranty, a platform pushed a clause later (去看完, 换个地方再抢, 同名up主, 来那边, 先去关注)', () => {
  expectFamilies([
    ['好评写满二十字带个视频，下一单直接少收五块', ['reviewBait'], 'douyin'],
    ['评价晒图后找客服，质保我们就按三年算', ['reviewBait'], 'wechat_channels'],
    ['追评录段视频，下回拍跟客服说，按八八折改价', ['reviewBait'], 'taobao'],
    ['评价配三张图，下一单的运费我们来出', ['reviewBait'], 'pinduoduo'],
    ['完整测评我发在小红书了，去看完再决定', ['thirdParty'], 'pinduoduo'],
    ['福袋没抢到的别走，视频号那边同步在播，换个地方再抢一轮', ['thirdParty'], 'douyin'],
    ['尺码表都在公众号，拍之前先去关注一下', ['thirdParty'], 'douyin'],
  ]);
});

test('round aps–apz: a refusal to pay for reviews, a restock of a popular item, a till’s scanner, a viewer’s question refused', () => {
  expectFamilies([
    ['本店从不以好评为条件送礼或返现，请如实评价', [], 'taobao'],
    ['上回好评返场的那款毛衣今天补货了', [], 'kuaishou'],
    ['收银扫码盒子 支持识别屏幕付款码 即插即用', [], 'taobao'],
    ['不满意先别急着评价，找客服退换，运费我们出', [], 'taobao'],
    ['有观众问主播微信，我们直播间不留私人联系方式', [], 'jd'],
  ]);
});

test('round aqa–aqh: platforms next door (去隔壁夕夕, 隔壁狗东), a platform pushed a clause later (上见, 蹲我, 进去等, 自己过去), 公众号 in pinyin after a quoted name', () => {
  expectFamilies([
    ['天猫这边降不下去了，想捡漏的去隔壁夕夕，同名店', ['thirdParty'], 'tmall'],
    ['尾款去隔壁狗东那家店补，店名一样', ['thirdParty'], 'kuaishou'],
    ['其余的款闲鱼上见，ID 同店名', ['thirdParty'], 'taobao'],
    ['想买的每晚九点来隔壁dy直播间蹲我', ['thirdParty'], 'xiaohongshu'],
    ['延保请关注“小林家电”的 gong zhong hao，输入机身码', ['thirdParty'], 'jd'],
  ]);
});

test('round aqa–aqh: a buyer asking the host for WeChat refused, bubble-gum colours and sweets', () => {
  expectFamilies([
    ['有姐妹找我要微信，真的不加哈，有问题评论区问', [], 'xiaohongshu'],
    ['手机壳 颜色：薄荷绿/泡泡粉', [], 'pinduoduo'],
    ['绿泡泡软糖 青苹果味 一袋20颗', [], 'xiaohongshu'],
  ]);
});

test('round aqi–aqp: rewards for a review (补5块, 免费洗护, 不要钱, 延长6个月, 升级成三年质保, 领试吃, 发🧧), the number asked for by its kind, money sent over, a platform pushed a clause later', () => {
  expectFamilies([
    ['觉得甜的评价区夸一夸，截图找客服补5块', ['reviewBait'], 'pinduoduo'],
    ['评价满20字加3张图，凭截图可申请一次免费洗护', ['reviewBait'], 'pinduoduo'],
    ['追评完的我这边给你升级成三年质保', ['reviewBait'], 'pinduoduo'],
    ['评价里拍个视频，下场直播我挨个给你们发🧧', ['reviewBait'], 'wechat_channels'],
    ['需要安装的拍下后备注一个不关机的号码', ['collect'], 'pinduoduo'],
    ['企业采购我们出个报价单，款打过来当天发', ['payment'], 'jd'],
    ['某音直播间同步开着，那边还有赠品，记得去', ['thirdParty'], 'xiaohongshu'],
    ['京东咚咚上也能找我们客服，那边回得快', ['thirdParty'], 'taobao'],
  ]);
});

test('round aqi–aqp: a hidden edition named in a note or a code', () => {
  expectFamilies([
    ['这款杯子有隐藏款配色，评价里很多人晒过', [], 'taobao'],
    ['看我手机屏幕上的码，截图长按识别，里面有隐藏款', ['qr'], 'xiaohongshu'],
  ]);
});

test('round aqq–aqx: rewards named after a review (兑一份, 补3块, 发福利, 专属券, 报暗号, 到账 within hours), reviewers who claim theirs at the order, the review uploaded into the review section', () => {
  expectFamilies([
    ['收到后给个好评，凭截图找客服兑一份试吃装', ['reviewBait'], 'pinduoduo'],
    ['把使用视频传到评价里，客服统一给大家补3块', ['reviewBait'], 'douyin'],
    ['评价完找客服登记一下昵称，月底统一发福利', ['reviewBait'], 'taobao'],
    ['好评晒图后联系客服领专属券', ['reviewBait'], 'jd'],
    ['写完评价找客服报暗号“真香”', ['reviewBait'], 'jd'],
    ['五星带图登记一下，福利48小时内到账', ['reviewBait'], 'douyin'],
    ['晒过图的老客，下单时备注“老客晒图”，发货多放一包纸巾', ['reviewBait'], 'kuaishou'],
    ['已评的在公屏扣个评字，下一单改价少五块', ['reviewBait'], 'douyin'],
    ['评价里上传孩子玩的照片，客服赠送一套贴纸', ['reviewBait'], 'wechat_channels'],
    ['追个评吧，追完找客服再领一次3元补贴', ['reviewBait'], 'kuaishou'],
  ]);
});

test('round aqq–aqx: an honest reviewer refusing any cash-back, and a review that found a surprise', () => {
  expectFamilies([
    ['纯自用分享，没有收品牌任何返现', [], 'xiaohongshu'],
    ['看了评价本来没抱期待，到手真的有惊喜', [], 'jd'],
  ]);
});

test('round aqq–aqx: paying in person or in cash (现金付款, 当面看好再付, 来店里刷卡), the money sent over directly, the platform no longer used', () => {
  expectFamilies([
    ['本地顾客到店自提，现金付款再少二十', ['payment'], 'jd'],
    ['来工作室当面看好再付钱就行', ['payment'], 'wechat_channels'],
    ['老会员来店里刷卡买，积分照送', ['payment'], 'tmall'],
    ['定好款式后钱直接转过来，当天安排', ['payment'], 'pinduoduo'],
    ['续订的话以后不用再走天猫了，公司直接给你开单', ['payment'], 'tmall'],
    ['支持货到付款，现金支付或刷卡均可', [], 'jd'],
  ]);
});

test('round aqq–aqx: WeChat as 威 after 加个, a green bubble app, a friend added with 下, a camera on the card, a DM carrying a link', () => {
  expectFamilies([
    ['要批发价的➕个威，备注批发', ['contact'], 'kuaishou'],
    ['给角色加个威望值', [], 'kuaishou'],
    ['绿色气泡那个软件搜我店名', ['contact'], 'jd'],
    ['收到破损先别退，加下我们客服好友补发', ['collect'], 'pinduoduo'],
    ['用手机镜头对准卡片左上角，识别后领取', ['qr'], 'tmall'],
    ['我私信把拼多多链接发你们', ['group', 'thirdParty'], 'xiaohongshu'],
  ]);
});

test('round aqq–aqx: a group joined by a code scanned later, a group named after 加我 of a scan, another platform searched two clauses on, a platform taken by buyers elsewhere, an impostor who added someone', () => {
  expectFamilies([
    ['我们有个拼单互助群，扫左下角那个码进去就行', ['group', 'qr'], 'pinduoduo'],
    ['卡片背面扫码加我姐妹群，周五有团购', ['group', 'qr'], 'xiaohongshu'],
    ['我们在某音也开了号，那边人多，搜“北坡果园”', ['thirdParty'], 'kuaishou'],
    ['二手转让，同城面交，外地走闲鱼', ['payment', 'thirdParty'], 'xiaohongshu'],
    ['有买家说有人加她微信冒充客服，我们从不主动加人，请当心', [], 'douyin'],
  ]);
});

test('round aqy–arf: rewards after a review (保修升到三年, 多享一年质保, 抹零, 下次定制免加急, 以hb形式, 打8.8折, 小样礼盒), the review written into the section (评价里放/发/写/po), five points given, a screenshot taken (截个屏)', () => {
  expectFamilies([
    ['评价里放段安装视频，保修给你从一年升到两年', ['reviewBait'], 'tmall'],
    ['带视频评价的老客，这款空气炸锅可多享半年质保', ['reviewBait'], 'wechat_channels'],
    ['评价里写满三十个字的，月底抽五位送保温杯', ['reviewBait'], 'douyin'],
    ['评价里po两张上身图，找客服领取同款发圈', ['reviewBait'], 'xiaohongshu'],
    ['确认收货给五分的，会员积分直接翻倍', ['reviewBait'], 'taobao'],
    ['收到后评价写写感受，下一单我给你抹零', ['reviewBait'], 'xiaohongshu'],
    ['评价带图的老客，下次定制免加急费', ['reviewBait'], 'xiaohongshu'],
    ['好评截图发客服，3块以hb形式发放', ['reviewBait'], 'jd'],
    ['写完评价截个屏给客服，两块钱马上给您发', ['reviewBait'], 'pinduoduo'],
  ]);
});

test('round aqy–arf: cash-back refused by the seller, buyers’ photos picked for the page with nothing given, a sharing to the buyer’s own WeChat, a private message left unanswered', () => {
  expectFamilies([
    ['晒图返现我们不搞，平台查得严，照实写就行', [], 'kuaishou'],
    ['买家秀我们每周挑几张放详情页，不送东西', [], 'tmall'],
    ['转发给你微信里的闺蜜，一起拼更划算', [], 'wechat_channels'],
    ['私信我要报价的我都不回哈，平台价最透明', [], 'xiaohongshu'],
  ]);
});

test('round aqy–arf: WeChat as 两个绿气泡, jiaweixin, jia 我薇, 回你一个 w-x; 公〇号; a number in homophones after dian hua; another platform’s checkout over there', () => {
  expectFamilies([
    ['尺码不确定的先去两个绿气泡那个软件搜 qipao_88 问一下', ['contact'], 'taobao'],
    ['绿气泡水 330ml 青柠味', [], 'taobao'],
    ['记一下 jiaweixin：mianmian_520', ['contact'], 'kuaishou'],
    ['jia 我薇，备注买过的', ['contact'], 'xiaohongshu'],
    ['想看实拍的私我，回你一个 w-x', ['contact', 'group'], 'xiaohongshu'],
    ['关注公〇号「山里李叔」，回复“福利”', ['thirdParty'], 'pinduoduo'],
    ['老客户找店长，dian hua：妖伞巴 舞期灵灵 流酒尔遛', ['phone'], 'pinduoduo'],
    ['今天的券在快手直播间同步发，那边小黄车价格更低', ['thirdParty'], 'tmall'],
    ['主页签名那串字母就是绿泡泡，直接添加', ['contact', 'profile'], 'douyin'],
  ]);
});

test('round arg–arn: rewards named after a review (块八到手, 每人一块五, 反5元, 自掏腰包 fan八块, 额外再加500分, 谢礼, 💰), a book review, a review written then told to the service', () => {
  expectFamilies([
    ['买了的给个五分，评价截图找客服，马上三块八到手', ['reviewBait'], 'kuaishou'],
    ['评价写完截图找客服，今天每人一块五', ['reviewBait'], 'wechat_channels'],
    ['五分hp+晒单，核实后反3元', ['reviewBait'], 'jd'],
    ['确认完把晒图的评价给我看，主播自掏腰包一人fan五块', ['reviewBait'], 'douyin'],
    ['带图评价额外再加300积分，截图发旺旺登记', ['reviewBait'], 'tmall'],
    ['读完写个书评，客服补寄一本新书', ['reviewBait'], 'jd'],
    ['满意就写写吧，写完找客服说一声，有一点谢礼', ['reviewBait'], 'jd'],
    ['五星+晒图=💰3元，截图给客服', ['reviewBait'], 'kuaishou'],
  ]);
});

test('round arg–arn: an unboxing photo for after-sales, a price list under the video, a bid off the platform refused, a table code in a restaurant stay quiet', () => {
  expectFamilies([
    ['少件请在订单页申请售后并上传开箱照片，核实后补寄', [], 'taobao'],
    ['💰价格都在下方链接里，点开就能看', [], 'wechat_channels'],
    ['私下出价一律不算，只认平台拍', [], 'kuaishou'],
    ['这家面馆扫桌上的码就能点单，人均四十', [], 'xiaohongshu'],
  ]);
});

test('round arg–arn: other platforms by nickname or by what the buyer does there (公主号回复, T猫, 老铁那个平台, 上有我, ID就是), bids and payment in person, a code scanned for the keeper, a WeChat code, a code screenshotted, a page tapped for the way', () => {
  expectFamilies([
    ['想要刻字的，公主号回复“刻字”', ['thirdParty'], 'kuaishou'],
    ['T猫旗舰店入会领券，下了播去那边入会', ['thirdParty'], 'douyin'],
    ['签名款去老铁那个平台找我们', ['thirdParty'], 'tmall'],
    ['别在这拍了，红薯上有我，名字跟这里一样', ['thirdParty'], 'douyin'],
    ['今晚八点我在某手开播，ID就是小周木作', ['thirdParty'], 'douyin'],
    ['这块料子不上平台拍了，场下出价，价高者得', ['payment'], 'kuaishou'],
    ['大码款请到我们线下工作室试穿付款', ['payment'], 'tmall'],
    ['周末来店里挑，现场看货现场给价', ['payment'], 'douyin'],
    ['这个码别用微信扫，用那个蓝色的扫，付完就发', ['payment', 'qr'], 'wechat_channels'],
    ['扫卡片背面的码加店长，送电子版教程', ['contact', 'qr'], 'pinduoduo'],
    ['卡片背面店长的V码长按识别就能加', ['contact', 'qr'], 'tmall'],
    ['截屏这个码存相册，长按进福利群', ['group', 'qr'], 'kuaishou'],
    ['盒子里那张卡的码别扔，扫进去是我们的养猫交流群', ['group', 'qr'], 'xiaohongshu'],
    ['想定做的戳我主页看联系方式', ['profile'], 'xiaohongshu'],
    ['下单的时候把手机号备注一下，师傅装完回访', ['collect'], 'wechat_channels'],
  ]);
});

test('round aro–arv: rewards after a review (下一单减, 说出暗号, 保修从…变, 解锁隐藏福利, 油钱, 一人三块, 赠原厂, 寄给你, N元券, 直接抵, 享专属9折, 包邮寄你) and the review itself said many ways (交作业, 放评价里, 写几句感受, 写篇测评, 追完了)', () => {
  expectFamilies([
    ['写下真实感受配两张实拍，联系客服说出暗号“夏天”，下一单减12', ['reviewBait'], 'tmall'],
    ['拍段视频放评价里，下次来直播间报名字多送你一两', ['reviewBait'], 'wechat_channels'],
    ['好用的话写几句感受，写完找客服登记，保修从一年变两年', ['reviewBait'], 'douyin'],
    ['带图评价满15字，联系客服解锁隐藏福利', ['reviewBait'], 'xiaohongshu'],
    ['拍个开箱传评价，完事找客服，一人两块五的油钱', ['reviewBait'], 'kuaishou'],
    ['晒单评价并上传图片，凭截图找客服，赠原厂滤芯一个', ['reviewBait'], 'jd'],
    ['写篇测评发出来，把链接给客服，新品小样寄给你', ['reviewBait'], 'xiaohongshu'],
    ['评价晒图满20字，回购可用5元券', ['reviewBait'], 'taobao'],
    ['晒图满三张，凭评价截图找客服，下一单直接抵八元', ['reviewBait'], 'kuaishou'],
    ['上传视频评价的客户，下次购买享专属9折', ['reviewBait'], 'jd'],
    ['买过的姐妹商品页交个作业，找客服报一声，下单立减5元', ['reviewBait'], 'xiaohongshu'],
  ]);
});

test('round aro–arv: pay later after use, an honest review with no cash-back, a gift in the box, a hotel booked on a travel app stay quiet', () => {
  expectFamilies([
    ['支持先用后付，收货满意再付款', [], 'wechat_channels'],
    ['二手相机走担保交易，验货满意再确认收货', [], 'taobao'],
    ['真实测评，不接受任何品牌返现', [], 'xiaohongshu'],
    ['手账本已经有两千多条好评笔记，附赠贴纸一张', [], 'xiaohongshu'],
    ['酒店是在携程上订的，房间干净', [], 'jd'],
  ]);
});

test('round aro–arv: a platform then a quoted name past 上 or a comma, an account named there (号名), a Taobao group as TB群, QQ as 抠抠裙, a number after 找老板, cash or a personal payee, the keeper paid at the door, 告诉咚咚客服, a bio that says how to reach', () => {
  expectFamilies([
    ['批发别在这拍，1688上‘北坡饼干厂’一箱起批', ['thirdParty'], 'pinduoduo'],
    ['入会礼包只在直播间发，直播在dy，‘半亩茶舍官方’', ['thirdParty'], 'tmall'],
    ['没拍到的别急，明晚我在某音还有一场，号名‘玉满仓’', ['thirdParty'], 'kuaishou'],
    ['想抢隐藏款的进我们TB群', ['group', 'thirdParty'], 'douyin'],
    ['抠抠裙 6281 3057 每周抽免单', ['contact', 'group'], 'taobao'],
    ['有问题别退，直接找老板：幺吾久 灵巴伞溜 漆尔妖伞', ['phone'], 'pinduoduo'],
    ['同城可以来仓库自提，支付宝或现金都行', ['payment'], 'pinduoduo'],
    ['想要的私我，给你发个人收款的方式', ['group', 'payment'], 'douyin'],
    ['尾款师傅到了直接给他就行', ['payment'], 'taobao'],
    ['实木床同城自提，现场验货满意再付款', ['payment'], 'taobao'],
    ['下单后把您的手机号告诉咚咚客服，方便回访', ['collect'], 'jd'],
    ['左上角点我头像，签名里有咋联系', ['profile'], 'kuaishou'],
    ['加我们搭配师 薇 ❤ xin: lanyi_0716', ['contact'], 'taobao'],
    ['可识别手机屏幕上的付款码和商品条码', [], 'jd'],
  ]);
});

test('round arw–asd: rewards after a review (直接9折, 赠书, 再选一本, 抽十个), an adviser adding the buyer (加您为好友), a number asked as 可联系, 加了v再, 徽⭐, tao里搜, the red app with 东, 入会后再下单 elsewhere', () => {
  expectFamilies([
    ['追评带佩戴照片，下次购买直接9折', ['reviewBait'], 'wechat_channels'],
    ['写书评晒书架的读者，联系客服可再选一本赠书', ['reviewBait'], 'jd'],
    ['去订单里写评价，带图的抽十个送刷头', ['reviewBait'], 'tmall'],
    ['收货后联系咚咚，让售后顾问加您为好友', ['collect'], 'jd'],
    ['定制沙发下单后请提供可联系手机号', ['collect'], 'tmall'],
    ['私信我拿报价单，加了v再给你改价', ['contact', 'group'], 'xiaohongshu'],
    ['嘉小助理徽⭐ mumu_home66，拉你进老客福利裙', ['contact', 'group'], 'tmall'],
    ['这家店直接去tao里搜‘栖木小屋’', ['thirdParty'], 'xiaohongshu'],
    ['链接不挂了，去那个红底白字带个东的app搜“山野茶舍”', ['thirdParty'], 'douyin'],
    ['会员价在天猫旗舰店，入会后再下单能省二十', ['thirdParty'], 'jd'],
  ]);
});

test('round arw–asd: off-platform payment in person or by contract (当面转账, 线下签单, 走公司合同, 到厂下单, 价钱当面谈, 在那边付), and a cheaper price compared with the live cart stays quiet', () => {
  expectFamilies([
    ['大件同城送货上门，到付现金或当面转账都可以', ['payment'], 'pinduoduo'],
    ['老客户找我线下签单，价格还能再谈', ['payment'], 'jd'],
    ['大批量采购别在这下单，线下走公司合同', ['payment'], 'jd'],
    ['也可以到厂下单，现场品鉴', ['payment'], 'wechat_channels'],
    ['想看实物的来县城仓库，现场看现场拿，价钱当面谈', ['payment'], 'kuaishou'],
    ['wei芯搜 tgmu_889，定金也在那边付', ['contact', 'payment'], 'kuaishou'],
    ['同款在某东卖一百二，咱们直播间小黄车只要八十九', [], 'douyin'],
  ]);
});

test('round ase–asl: codes named by their label (型号是 VX2780, 保修卡号 WX2025-…), a series named VX, WeChat groups said to be none stay quiet', () => {
  expectFamilies([
    ['显示器型号是 VX2490-2K，VX是系列名', [], 'jd'],
    ['包裹内含保修卡，保修卡号 WX2026-1187 请保管好', [], 'wechat_channels'],
    ['我们没有任何微信群，认准天猫旗舰店', [], 'tmall'],
  ]);
});

test('round ase–asl: pointers that say it is written there (都写在那了, 头像上写的就是, 放大就看到), Douyin as the black note, an account replied to after following, 自己去翻, 还能补拍, 走那边', () => {
  expectFamilies([
    ['想要同款的看我主页简介，都写在那了', ['profile'], 'xiaohongshu'],
    ['订货的看我头像，头像上写的就是', ['profile'], 'kuaishou'],
    ['方式在我头像上，截个图放大就看到', ['profile'], 'kuaishou'],
    ['这款在黑色小音符的直播间更便宜，搜‘木木家居’就有', ['thirdParty'], 'taobao'],
    ['背面那个方块图用微信扫一下，关注后回复“复购”', ['qr', 'thirdParty'], 'taobao'],
    ['烘焙曲线都发在公众号，想看的自己去翻', ['thirdParty'], 'jd'],
    ['错过直播的，微信小店里还能补拍', ['thirdParty'], 'douyin'],
    ['京东企业购也能买到，公司采购的走那边更省事', ['thirdParty'], 'kuaishou'],
  ]);
});

test('round ase–asl: paid by the satellite app, the difference paid privately, a deposit on the spot; 来薇我; a number asked as 联系号码 or a handle that can be added; rewards as fan您, 抽一份, 补给你, 送同色, 领价值; hp截图', () => {
  expectFamilies([
    ['走平台手续费太高，直接卫星转我', ['payment'], 'taobao'],
    ['先拍1块钱占位，剩下的差价私下补给我', ['payment'], 'taobao'],
    ['来展厅看实物，当场下定比线上便宜', ['payment'], 'wechat_channels'],
    ['想要更低价的单独来薇我，ID tb_yun2208', ['contact'], 'taobao'],
    ['请留下您的联系号码，方便回访', ['collect'], 'douyin'],
    ['备注身高体重，再留个能加上的号', ['collect'], 'tmall'],
    ['给个hp呗，hp截图找客服，fan您3块', ['reviewBait'], 'kuaishou'],
    ['追评带视频的，我们抽一份定制钥匙扣', ['reviewBait'], 'kuaishou'],
    ['穿上拍个视频评价，旺旺戳我，差价我补给你', ['reviewBait'], 'taobao'],
    ['发个评价截图给我，送同色系口红一支', ['reviewBait'], 'xiaohongshu'],
  ]);
});

test('round asm–ast: rewards after a review (来感谢, 正装小样, 寄旅行装, 一个小惊喜, 留了东西, 全场8折, 发个心意, 一份小样在等你, 再寄一, 全年会员), feelings written with photos', () => {
  expectFamilies([
    ['拍个开箱视频发评价，旺旺报名字，正装小样两支', ['reviewBait'], 'tmall'],
    ['写个带图评价，再发篇笔记，客服核对后寄旅行装', ['reviewBait'], 'xiaohongshu'],
    ['给个好评+三张图，完成后找客服，会有一个小惊喜', ['reviewBait'], 'xiaohongshu'],
    ['拍条视频当评价，发了的来找客服报暗号，我给你们留了东西', ['reviewBait'], 'xiaohongshu'],
    ['五星带图的亲，下次进店报订单号，全场8折', ['reviewBait'], 'taobao'],
    ['评价五星配图，客服那边给你发个心意', ['reviewBait'], 'wechat_channels'],
    ['用完回来说说感受，带图的那种，有一份小样在等你', ['reviewBait'], 'douyin'],
    ['写下茶汤感受并配图，客服再寄一泡试饮', ['reviewBait'], 'taobao'],
    ['评价晒图后留个号码，中选者可获全年会员', ['collect', 'reviewBait'], 'tmall'],
  ]);
});

test('round asm–ast: paying the fitter or at the shop (付给安装师傅, 结给上门师傅, 现场开单, 看样付款, 试戴满意再付, 转我就给你留), 盯盯号, a DM that moves elsewhere, a number asked in the comments, 加为hao you, Taobao as the orange icon, pushes a clause on (在那拍, 关注一下不亏, 店名跟这边)', () => {
  expectFamilies([
    ['大件送装到家，尾款直接付给安装师傅，省得走平台', ['payment'], 'tmall'],
    ['尾款可直接结给上门师傅', ['payment'], 'tmall'],
    ['真想要的来店里上手，看中了现场开单', ['payment'], 'douyin'],
    ['大单可以到店看样付款', ['payment'], 'jd'],
    ['到门店试戴满意再付款', ['payment'], 'tmall'],
    ['看中喊编号，转我就给你留着', ['payment'], 'kuaishou'],
    ['可以加我们的盯盯号 mk_shop2025 单独开价', ['contact'], 'taobao'],
    ['懂的私我，咱们换个地方慢慢聊', ['group'], 'taobao'],
    ['下单后把手机号在评论区发一下，师傅上门前打给你', ['collect'], 'wechat_channels'],
    ['收货后添加客服为hao you，领延保', ['collect'], 'wechat_channels'],
    ['M码在那个橙色图标的软件上还有，店名跟这边一模一样', ['thirdParty'], 'douyin'],
    ['群公告里有个微信小程序，在那拍便宜十块', ['thirdParty'], 'taobao'],
    ['新到的货都发在视频号，关注一下不亏', ['thirdParty'], 'pinduoduo'],
  ]);
});

test('round asm–ast: a phone number split by stars stays a phone number, a lucky-bag password with a milk tea is no reward', () => {
  expectFamilies([
    ['瓷砖美缝剂批发 找李师傅 135🌟2617🌟0489', ['phone'], 'pinduoduo'],
    ['福袋马上开，评论口令「秋天的第一杯奶茶」', [], 'douyin'],
  ]);
});

test('round asu–atb: rewards after a review (领额外, 直接送您, 再9折, 抹个零头, 再来一盒, 原路返回) and a review as a full score (打个满分)', () => {
  expectFamilies([
    ['评价写够50字的，找客服报订单号，领额外配件包一份', ['reviewBait'], 'kuaishou'],
    ['给我们打个满分，再配张照片，下次复购直接送您一盒点心', ['reviewBait'], 'wechat_channels'],
    ['评价带上使用照片，下一单会员价再9折', ['reviewBait'], 'jd'],
    ['写好评的截个图，报暗号给你抹个零头', ['reviewBait'], 'wechat_channels'],
    ['五星+晒图，截图找客服，¥5 原路返回', ['reviewBait'], 'tmall'],
  ]);
});

test('round asu–atb: the platform skipped for a contract or the company account, trying on in the shop before paying, a deposit at the shop, cheaper than the shop online; 转战, 领张券, 飞鸽上直接找我们, PDD by what it is known for; a group joined late (没进的老铁赶紧去)', () => {
  expectFamilies([
    ['这单金额大，就别走平台了，咱们签合同打公户', ['payment'], 'jd'],
    ['来店里试了再付，比线上少一百', ['payment'], 'xiaohongshu'],
    ['定制西装可到门店量体，现场交定金', ['payment'], 'taobao'],
    ['直接来线下门店，价格比小店里还低两百', ['payment'], 'wechat_channels'],
    ['点个关注，明晚转战视频号，开播抽免单', ['thirdParty'], 'kuaishou'],
    ['这款在微信小店有会员价，下单前先去小店领张券', ['thirdParty'], 'taobao'],
    ['售后别找平台客服了，飞鸽上直接找我们', ['thirdParty'], 'kuaishou'],
    ['拼单更便宜的那个App上搜‘梨花小馆’', ['thirdParty'], 'xiaohongshu'],
    ['补货通知都发在淘宝群里，没进的老铁赶紧去', ['group', 'thirdParty'], 'kuaishou'],
  ]);
});

test('round asu–atb: a landline for seeing goods in person and a wooden fish that knocks stay no payment and no QQ', () => {
  expectFamilies([
    ['想现场看货的，拨这个座机：021-5886 4407', ['phone'], 'jd'],
    ['木鱼解压玩具 敲起来叩叩作响', [], 'kuaishou'],
  ]);
});

test('round atc–atj: rewards named far after a review (给大家准备了, 单独寄, 挨个抽, 质保再加, 免邮, 专属回馈, 安排一个, 可领, 直接送, 挑五个), 追平 and 好苹 for 追评 and 好评, a changed bad review, a video review', () => {
  expectFamilies([
    ['收到货写个评价，写完发截图给我，给你们准备了护手霜', ['reviewBait'], 'douyin'],
    ['买家秀带图的朋友，我单独寄一包湿巾', ['reviewBait'], 'kuaishou'],
    ['追评满两周的截图给客服，保修再加半年', ['reviewBait'], 'jd'],
    ['评价里夸一句小助理，下一单直接给你免邮', ['reviewBait'], 'kuaishou'],
    ['晒图评价后找客服，给你安排一个收纳袋', ['reviewBait'], 'taobao'],
    ['追平晒照的姐妹，下次报昵称全店九折', ['reviewBait'], 'taobao'],
    ['亲，给个好苹吧，苹完截图返您两块', ['reviewBait'], 'douyin'],
    ['给了中差评的亲，改一下我们这边给补偿', ['reviewBait'], 'pinduoduo'],
    ['评价带视频的我这边返你一个红包', ['reviewBait'], 'xiaohongshu'],
    ['评价的时候写写口感，写得好的挑五个送一盒', ['reviewBait'], 'tmall'],
  ]);
});

test('round atc–atj: paying in person at the shop (店里直接结, 上手看满意再付, 门店现金结算), Alipay as the blue app, a group set up (建个…裙), a group placed in WeChat despite a zero-width character', () => {
  expectFamilies([
    ['戒指来店里试戴，选好了店里直接结', ['payment'], 'tmall'],
    ['来我们档口，上手看满意再付钱', ['payment'], 'douyin'],
    ['到店自提的可在门店现金结算', ['payment'], 'tmall'],
    ['下次走蓝色那个app转账，省点手续费', ['payment'], 'kuaishou'],
    ['扣个1，下播我建个团购裙', ['group'], 'pinduoduo'],
    ['老粉福利群开在微\u200b信上，我挨个拉', ['contact', 'group'], 'douyin'],
  ]);
});

test('round atc–atj: the account elsewhere by its same name (某鱼同号), 众号, 小红shu, a video camera for 视频号, trading through Xianyu escrow; 喂❤同号, 私你发 w x, 加财务的v, 绿色泡泡上等我; a profile pointer (背景图上找我); the buyer asked for 你的薇 or 能加到你的号', () => {
  expectFamilies([
    ['九成新相机，某鱼同号“镜头阿飞”，那边能刀', ['thirdParty'], 'jd'],
    ['关注我们的众号“溪山茶事”回复价目', ['thirdParty'], 'douyin'],
    ['看实拍去小红shu搜我们店名', ['thirdParty'], 'tmall'],
    ['教程都在我的📹号，搜同名就有', ['thirdParty'], 'xiaohongshu'],
    ['二手包想要的直接闲鱼担保交易', ['thirdParty'], 'xiaohongshu'],
    ['店主喂❤同号 13912345678', ['contact', 'phone'], 'douyin'],
    ['要价目表的扣1，我私你发 w x', ['contact', 'group'], 'xiaohongshu'],
    ['开票的加一下财务的v，号是 fin-2024', ['contact'], 'pinduoduo'],
    ['老客都在绿色泡泡上等我，自己加一下', ['contact'], 'douyin'],
    ['没抢到的去我主页背景图上找我', ['profile'], 'kuaishou'],
    ['拍下后备注里写上你的薇，我晚上挨个加', ['collect'], 'kuaishou'],
    ['定制款拍下后留言写个能加到你的号', ['collect'], 'douyin'],
  ]);
});

test('round atc–atj: a warning (是违规行为, 不要信…), a group not opened (未开通), a hotel that replies to every review, and 群众号召 stay clean', () => {
  expectFamilies([
    ['晒图返现属于违规行为，本店不做', [], 'wechat_channels'],
    ['不要信私下加微信的，有事评论区问', [], 'wechat_channels'],
    ['本店未开通任何微信粉丝群，谨防冒充', [], 'tmall'],
    ['找酒店时看到这家每条点评都有回馈，就订了', [], 'jd'],
    ['响应群众号召，全民健身跳绳', [], 'douyin'],
    ['头像上找我们家的猫咪彩蛋', [], 'kuaishou'],
  ]);
});

test('round atk–atr: a review as full stars (满星) or a count of characters (写满), rewards after it (赠同款, 领下一…, 往后延, 包个小的, 立刻转给你), a review photo seen in the reviews (评价里能看到), and the reviewer asked for a phone number they hand over (甩给, 提供给)', () => {
  expectFamilies([
    ['给满星的老铁，找客服领个hb', ['reviewBait'], 'kuaishou'],
    ['评价写满50字，两块钱立刻转给你', ['reviewBait'], 'pinduoduo'],
    ['买家秀被选中的前20位，赠同款抱枕一个', ['reviewBait'], 'taobao'],
    ['评价里能看到猫咪吃饭的视频，就送同款罐头两个', ['reviewBait'], 'kuaishou'],
    ['带图评价后跟客服说一声，保修再往后延三个月', ['reviewBait'], 'kuaishou'],
    ['晒出买家秀以后找客服，给你包个小的', ['reviewBait'], 'douyin'],
    ['评价晒单后请把手机号提供给客服，话费马上充', ['collect', 'reviewBait'], 'jd'],
  ]);
});

test('round atk–atr: a code added or placed (码加售后, 企业微信二维码在视频最后), scanned from the detail page, paid offline or by the blue app, WeChat sent (发个喂心, 把薇❤发给你, 另一个软件的号, 加我那个绿色的, 我号是), the office’s account, Taobao by its icon, a shop of the same name, YouTube searched', () => {
  expectFamilies([
    ['扫包裹卡上的码加售后，有问题随时找', ['contact', 'qr'], 'kuaishou'],
    ['企业微信二维码在视频最后几秒，截图就能加', ['contact', 'qr'], 'douyin'],
    ['扫详情页第五张图的码领配件', ['qr'], 'kuaishou'],
    ['上门量房，定金线下付就行', ['payment'], 'xiaohongshu'],
    ['老客直接用蓝色那个付款软件打给我', ['payment'], 'douyin'],
    ['定做的先别拍，我们给支付宝账号，定金打过来就排单', ['payment'], 'tmall'],
    ['dd我，给你发个喂心', ['contact', 'group'], 'pinduoduo'],
    ['老粉扣个1，我私你，把薇❤发给你', ['contact', 'group'], 'douyin'],
    ['要原图的私信我，我发你另一个软件的号', ['contact', 'group'], 'xiaohongshu'],
    ['加我那个绿色的，号就是店名', ['contact'], 'kuaishou'],
    ['那个绿色聊天软件，我号是 lvye_2288', ['contact'], 'douyin'],
    ['同款在另一个平台，橙色图标那个，搜“溪边渔具”', ['thirdParty'], 'kuaishou'],
    ['更多款式在橙色app里有个同名店，收藏一下', ['thirdParty'], 'douyin'],
    ['保养教程在油管频道 Moss Lab，搜一下就有', ['thirdParty'], 'xiaohongshu'],
    ['想领样品的在评论区打上能收快递的那串数字', ['collect'], 'wechat_channels'],
    ['批量定做的老板，详细的看我们店铺头像', ['profile'], 'pinduoduo'],
  ]);
});

test('round atk–atr: others asking to add WeChat refused, a screenshot of the live room, a green bubble skirt and a barcode stay quiet', () => {
  expectFamilies([
    ['有好几个人说要加微信，我们不加私人微信哈，有事找小店客服', [], 'wechat_channels'],
    ['截图我这个画面，抽三位送同款', [], 'douyin'],
    ['条形码加售后服务卡，随箱附送', [], 'jd'],
    ['加我那个绿色的款式到购物车', [], 'taobao'],
  ]);
});

test('round ats–atz: rewards after a review (有份心意, 小彩蛋, 返款, 补一份), a review said as 图文并茂 or 写写感受, a name mentioned in the review (评价里@…)', () => {
  expectFamilies([
    ['五星好评写完记得找客服，有份心意给您', ['reviewBait'], 'taobao'],
    ['晒个图吧，截图给客服，有份小彩蛋', ['reviewBait'], 'jd'],
    ['用完来写写感受，图文并茂的私店铺领福利', ['reviewBait'], 'xiaohongshu'],
    ['评价截图发给客服，领取10元返款', ['reviewBait'], 'jd'],
    ['评价里@一下店长，我们看到就补一份小样', ['reviewBait'], 'xiaohongshu'],
  ]);
});

test('round ats–atz: a second account with its handle (加我小号), WeCom adding viewers one by one, a code that adds an adviser or opens a group, paid by WeChat on the spot or in cash for less, the QQ number asked for by a homophone, and platforms pushed a clause on (旗舰店搜, 记得过去看, 去预约, 那边直接下单, 在多多上搜, 某鱼拍更放心)', () => {
  expectFamilies([
    ['售后别排队了，加我小号 tt_lin0709 秒回', ['contact'], 'douyin'],
    ['想看实拍的扣“图”，我用企业微信一个个加你们', ['contact'], 'wechat_channels'],
    ['扫下方码加一下您的专属顾问，换货更快', ['contact', 'qr'], 'wechat_channels'],
    ['卡片小码扫进去就是我们老粉裙', ['group', 'qr'], 'pinduoduo'],
    ['到店维修带上发票，费用现场微信结', ['payment'], 'tmall'],
    ['来仓库自提的，付现金还能再便宜五块', ['payment'], 'pinduoduo'],
    ['拍下后备注一下您的抠抠号', ['collect'], 'kuaishou'],
    ['某宝也有我们店，旗舰店搜‘山风数码’，那边送的多', ['thirdParty'], 'jd'],
    ['会员价会在视频号上新，记得过去看', ['thirdParty'], 'tmall'],
    ['周五视频号直播间抽免单，记得提前去预约', ['thirdParty'], 'jd'],
    ['开专票的客户，京东企业购那边直接下单就行', ['thirdParty'], 'xiaohongshu'],
    ['想要的多多上搜店名，拼着买更便宜', ['thirdParty'], 'douyin'],
    ['二手相机转让，某鱼拍更放心', ['thirdParty'], 'xiaohongshu'],
  ]);
});

test('round ats–atz: an offline viewing refused (不约线下看货), the group owner added (not a group), a till that takes WeChat and Alipay scans, other buyers’ photos browsed, and a bio that tells when the live starts stay clean of what they are not', () => {
  expectFamilies([
    ['翡翠手镯我们不约线下看货，请在直播间下单', [], 'douyin'],
    ['淘宝群满了，新来的加群主徽信 lan_8826', ['contact'], 'tmall'],
    ['收银一体机 支持微信和支付宝扫码 带小票打印', [], 'wechat_channels'],
    ['这款在小红书上有官方号，进去看买家秀还能领券', [], 'tmall'],
    ['简介里写了每周开播时间，晚八点见', [], 'kuaishou'],
  ]);
});

test('round aua–auh: rewards after a review (多一泡, 抽一个, 优惠码, 抹掉, 对个暗号, 拿hb, 五折, 贴钱, 给你降, 按9折, 给你寄, 额外赠, 凭截图兑换), 反馅 for 返现, and reviews said as 留图, 给个hp, 发评价区, 上脚照, 评价区给我留', () => {
  expectFamilies([
    ['喝完回来写个评价，主播包你下次多一泡试喝', ['reviewBait'], 'douyin'],
    ['晒图的宝宝截图发到评论区，我按楼层发优惠码', ['reviewBait'], 'xiaohongshu'],
    ['吃完回来晒个图，下一单直接给你抹掉五块', ['reviewBait'], 'douyin'],
    ['拍个开箱视频挂评价上，回头找客服对个暗号', ['reviewBait'], 'kuaishou'],
    ['评价带上佩戴照，下次任选一对五折', ['reviewBait'], 'xiaohongshu'],
    ['拍个前后对比发评价区，下一瓶我贴钱给你', ['reviewBait'], 'kuaishou'],
    ['晒图评价后找客服登记，以后每月都按9折给你', ['reviewBait'], 'kuaishou'],
    ['给个五星带图，回头找客服，给你寄两包辣条', ['reviewBait'], 'kuaishou'],
    ['评价晒图满三张，下次额外赠运费险', ['reviewBait'], 'pinduoduo'],
    ['追评满15天再拍张图，凭截图兑换猫砂一袋', ['reviewBait'], 'pinduoduo'],
    ['好评反馅 截图找客服', ['reviewBait'], 'taobao'],
    ['晒个上脚照，找客服报订单号领3元', ['reviewBait'], 'douyin'],
    ['这个月留图的老客户，我们都会寄一份新品过去', ['reviewBait'], 'tmall'],
  ]);
});

test('round aua–auh: another app pushed to (另一个软件上), 签名档, a number printed on the avatar, paid by WeChat (微信转过来, 微信给师傅, 当场微❤信付尾款, 当场转账), 叩号 and 威❤号, 淘系, a hotline said in homophones after 专线', () => {
  expectFamilies([
    ['隐藏款这边上不了，私我，我发你另一个软件上的购买链接', ['group', 'thirdParty'], 'jd'],
    ['代购的不好挂链接，去我签名档里找我', ['profile'], 'xiaohongshu'],
    ['点开店铺头像那张图，上面印着的就是客服号', ['profile'], 'tmall'],
    ['想要的私我看图，微信转过来当天就寄', ['group', 'payment'], 'wechat_channels'],
    ['尾款到付的时候直接微信给师傅就行', ['payment'], 'pinduoduo'],
    ['安装后可当场微❤信付尾款', ['payment'], 'tmall'],
    ['来工作室现场看，满意当场转账', ['payment'], 'xiaohongshu'],
    ['客服发你一个叩号，加上再说', ['contact'], 'tmall'],
    ['看不懂说明书的找客服要售后威❤号', ['contact'], 'douyin'],
    ['我们在淘系也开了店，搜“星河数码”关注一下', ['thirdParty'], 'jd'],
    ['售后专线：妖巴巴 伞灵灵妖 伞巴巴巴', ['phone'], 'taobao'],
  ]);
});

test('round aua–auh: other platforms named in a disclaimer, 权威号称 and a logistics line stay clean', () => {
  expectFamilies([
    ['本店只在小红书开店，其他平台的同名店铺都不是我们', [], 'xiaohongshu'],
    ['这个在另一个平台也有卖', [], 'jd'],
    ['权威号称的检测报告附后', [], 'douyin'],
    ['物流专线覆盖全国三千城市', [], 'jd'],
  ]);
});

test('round aui–aup: whatever is given once the reviewer has gone to claim it (找客服…送/领/寄/抽/兑/拿), and more rewards (享会员价, 价7折, 抽手机, 给你留的, 抵N, 回个奶茶钱, 单包邮, 个大洋); 截屏给 and a video put in the reviews (评价区上个视频)', () => {
  expectFamilies([
    ['晒图评价后找旺旺报订单号，送杯垫一个', ['reviewBait'], 'taobao'],
    ['晒图评价后旺旺报订单号，送养壶笔一支', ['reviewBait'], 'taobao'],
    ['好评晒图的用户，第二年滤芯享会员价7折', ['reviewBait'], 'jd'],
    ['去评价区晒一下妆效，客服那边有给你留的小样', ['reviewBait'], 'xiaohongshu'],
    ['带图的凭截图抵5元', ['reviewBait'], 'kuaishou'],
    ['评价区唠两句配张图，截屏给飞鸽客服，给你回个奶茶钱', ['reviewBait'], 'douyin'],
    ['带图评价的宝子下一单包邮', ['reviewBait'], 'xiaohongshu'],
    ['晒图五颗⭐的宝子，截图私信店铺，每人6个大洋', ['reviewBait'], 'xiaohongshu'],
    ['回头别忘了评价区上个视频，上了的找客服拿个小礼物', ['reviewBait'], 'taobao'],
  ]);
});

test('round aui–aup: in-person and direct payment (现场过秤给钱, 往我卡上打, 面对面付, 档口上手, 直接到我们门店买, 款直接给仓库, 现场谈现场拿, 现买现付, 打我们公司账上), the buyer’s number asked for more ways (一起留言, 写全, 说一声, 发一个, 方便接听的号码), platforms (多多那边, 小红薯, 公宗号, 挂一批, id叫, 感兴趣的搜, wb, 百度搜), a pointer (里留了方式, 有小助理), 峮 for 群', () => {
  expectFamilies([
    ['要得多的直接来村里拉，现场过秤给钱', ['payment'], 'kuaishou'],
    ['这波不走平台，直接往我卡上打', ['payment'], 'kuaishou'],
    ['在杭州的可以约出来看，面对面付', ['payment'], 'xiaohongshu'],
    ['到仓看样，款直接给仓库能再便宜', ['payment'], 'tmall'],
    ['下了播约个地方看货，现场谈现场拿', ['payment'], 'kuaishou'],
    ['采购的老板货款直接打我们公司账上', ['payment'], 'jd'],
    ['拍下后把您的手机号和刻字内容一起留言', ['collect'], 'kuaishou'],
    ['下单时在备注里把手机号写全', ['collect'], 'douyin'],
    ['想收上新提醒的，跟客服说一声手机号', ['collect'], 'xiaohongshu'],
    ['拍下后在聊天里发一个常用号码', ['collect'], 'pinduoduo'],
    ['在咚咚里发一下您方便接听的号码', ['collect'], 'jd'],
    ['想要S码的到多多那边搜“简衣坊”', ['thirdParty'], 'taobao'],
    ['剩下的色在小红薯上，搜“棠棠饰品”', ['thirdParty'], 'douyin'],
    ['查真假的到我们公宗号里输入编号', ['thirdParty'], 'kuaishou'],
    ['下播后我在闲鱼挂一批样品', ['thirdParty'], 'xiaohongshu'],
    ['灵感写在公众号里了，感兴趣的搜“林间烛光”', ['thirdParty'], 'xiaohongshu'],
    ['想看新品，关注 Ｗ·Ｂ「云朵衣橱」', ['thirdParty'], 'xiaohongshu'],
    ['大客户百度搜「萌爪官网」直接下单', ['thirdParty'], 'kuaishou'],
    ['定制款想做的去主页，简介里留了方式', ['profile'], 'xiaohongshu'],
    ['怎么入的看我简介，那里有小助理', ['profile'], 'xiaohongshu'],
    ['捡漏都在宠粉峮里，进峮找我', ['group'], 'douyin'],
  ]);
});

test('round aui–aup: reviews counted or said to have no part, a model’s letters, a phone-back list, and goods listed on another platform stay clean', () => {
  expectFamilies([
    ['微波炉 20L，累计评价5万+，以旧换新再减100', [], 'tmall'],
    ['优惠券在购物车里领，跟评价不挂钩', [], 'kuaishou'],
    ['尺寸WB-20 白色', [], 'jd'],
    ['拍完在备注打上你的V号，我这边一个个拉表回访', ['collect'], 'kuaishou'],
    ['同款在京东也上架了，天猫旗舰店独享赠品', [], 'tmall'],
  ]);
});

test('round auq–aux: paid at the factory, the counter or the stall (厂里付款, 柜台直接付, 到店结清, 到店再谈价, 档口面对面挑), the order skipped for a company transfer (不必走拍下), a repair fee by WeChat; QQ as a verb (叩我), 来wx, a profile’s 喂心; rewards (全部八折, 送消毒, 单独留一个, 直接包邮, 另有惊喜) and 测评配图; the buyer’s number asked for (能接电话的号码, 能联系上的微信号); a group pulled into (小群里拉); 去那边问; a code in the main image’s corner', () => {
  expectFamilies([
    ['大件家具来厂里看，看好了厂里付款', ['payment'], 'wechat_channels'],
    ['喜欢的来专柜上手，看好了柜台直接付', ['payment'], 'tmall'],
    ['可预约到店试戴，款项到店结清再享折扣', ['payment'], 'tmall'],
    ['想上手的来瑞丽店里，到店再谈价', ['payment'], 'wechat_channels'],
    ['单位团购可对公转账，不必走拍下流程', ['payment'], 'taobao'],
    ['维修直接寄到维修点，费用微信结', ['payment'], 'jd'],
    ['旺旺回得慢的话，直接叩我，二五八九四七一六零', ['contact'], 'taobao'],
    ['这个价只在私人号里给，懂的来wx', ['contact'], 'taobao'],
    ['做回收的朋友，主页签名里那个喂心就是我', ['profile'], 'jd'],
    ['晒个开箱视频，截图给客服，下次配件全部八折', ['reviewBait'], 'jd'],
    ['评价写得用心的，主播给你单独留一个福利价', ['reviewBait'], 'wechat_channels'],
    ['好评写够50字配图的，下一单直接包邮', ['reviewBait'], 'xiaohongshu'],
    ['旺旺留个您的微信号，好评另有惊喜', ['collect', 'reviewBait'], 'taobao'],
    ['写测评配图即返一半货款', ['reviewBait'], 'xiaohongshu'],
    ['拍下后备注一个能接电话的号码', ['collect'], 'pinduoduo'],
    ['留言里写个能联系上的微信号', ['collect'], 'taobao'],
    ['下播我一个个往咱家那个小群里拉', ['group'], 'kuaishou'],
    ['咚咚上也有官方客服，没回的话去那边问更快', ['thirdParty'], 'tmall'],
    ['下单前先扫主图角落的码', ['qr'], 'wechat_channels'],
  ]);
});

test('round auq–aux: prestige (威信来自…), a past shop on another platform (开过店), a door opened by card or scan stay clean; 加我们的威信 + a handle is still WeChat', () => {
  expectFamilies([
    ['我们的威信来自每一位用户的认可', [], 'jd'],
    ['我们在抖音也开过店，现在专心做拼多多', [], 'pinduoduo'],
    ['二维码门禁读卡器，刷卡扫码都能开', [], 'jd'],
    ['加我们安装师傅的威信 qimu_az，视频指导', ['contact'], 'taobao'],
  ]);
});

test('round auy–avf: rewards after a review (再免费寄, 运费给您返, 下次8折, 钱我出, 免费上门, 退回部分货款, 多加一, 升一级, 专属券, 有小礼物, 就归您, 再给你加, 随您挑, 补差价, 2r), 截个图给 and hp带tu as the review, a claim step by 截个图给; a review’s photo said optional stays clean', () => {
  expectFamilies([
    ['收到后晒个视频，我们再免费寄一包正装', ['reviewBait'], 'kuaishou'],
    ['图文评价后联系客服，运费给您返回来', ['reviewBait'], 'kuaishou'],
    ['💌 五星+图 = 下次8折，截图给客服就行', ['reviewBait'], 'xiaohongshu'],
    ['给个好评带个视频，联系商家说一声，运费险的钱我出', ['reviewBait'], 'pinduoduo'],
    ['用满30天追评的，凭截图免费上门清洁一次', ['reviewBait'], 'jd'],
    ['评价写满15字，截图发客服，可申请退回部分货款', ['reviewBait'], 'taobao'],
    ['回去给主播刷一波带图的五星，下回给你们多加一斤', ['reviewBait'], 'kuaishou'],
    ['写满三行配个上身图，粉丝团直接给你升一级', ['reviewBait'], 'douyin'],
    ['评价带几张图，联系商家报暗号，有小礼物', ['reviewBait'], 'pinduoduo'],
    ['说出来配上图，在咚咚里把截图一丢，滤芯券就归您了', ['reviewBait'], 'jd'],
    ['回去给个好评截个图，下次来直播间亮截图我再给你加一个福袋', ['reviewBait'], 'douyin'],
    ['给个五星配两张图，橱窗里小样随您挑', ['reviewBait'], 'wechat_channels'],
    ['hp+图=2r，订单页找商家拿', ['reviewBait'], 'pinduoduo'],
    ['收货后hp带tu，旺旺报暗号，5元券直接发到你账户', ['reviewBait'], 'taobao'],
    ['好吃的话写两句评价，截个图给在线客服的，下一单送您一袋小样', ['reviewBait'], 'douyin'],
    ['写满五十字带图，截个图给旺旺，客服给您补差价十元', ['reviewBait'], 'tmall'],
    ['满199减20，券在详情页领取，评价晒单与否都能用', [], 'xiaohongshu'],
  ]);
});

test('round auy–avf: WeChat sent or found (把v甩给你, 找我薇, 拉你进企微, 企wei), a friend added (加成好友), 当场提货再让, in-person orders (当面定, 走蓝色app), Pinduoduo as 夕夕, JD’s business store as 某东企业购, 红薯 with a cue, a push a clause on (同名账号, 想…的去那边, 店名叫), a bio’s 那一栏, a code in the product images; quiet: sweet-potato noodles, a shop’s ten years elsewhere, “not over there”', () => {
  expectFamilies([
    ['没上车的dd我，我把v甩给你', ['contact', 'group'], 'douyin'],
    ['内部价要的话找我薇，号是 lin0517', ['contact'], 'taobao'],
    ['要内购价的dd我，我拉你进企微', ['contact', 'group'], 'tmall'],
    ['关注店铺后再把客服加成好友', ['collect'], 'jd'],
    ['来门店报暗号，当场提货再让一百', ['payment'], 'jd'],
    ['大件沙发去线下体验店当面定，价格好谈', ['payment'], 'tmall'],
    ['看中的定金走蓝色app', ['payment'], 'kuaishou'],
    ['老客回购走夕夕更划算', ['thirdParty'], 'tmall'],
    ['量大走某东企业购，开票一步到位', ['thirdParty'], 'douyin'],
    ['好评截图发到红薯带话题', ['reviewBait', 'thirdParty'], 'douyin'],
    ['清单放在某音置顶视频评论区，同名账号自取', ['thirdParty'], 'xiaohongshu'],
    ['淘宝也有我们的店，新客券更大，想薅的去那边', ['thirdParty'], 'wechat_channels'],
    ['定制的姐妹看简介那一栏', ['profile'], 'xiaohongshu'],
    ['扫商品图第三张的码领新客券', ['qr'], 'wechat_channels'],
    ['红薯粉条手工漏的，下次在快手搜索本店', [], 'kuaishou'],
    ['这家店在淘宝开了十年，这次入驻小红书商城', [], 'xiaohongshu'],
    ['同款某宝要三百多，不是让你去那边啊，就在小黄车拍', [], 'douyin'],
  ]);
});

test('round avg–avn: rewards after a review (多做半小时, 有份小礼, 开个福袋, hb等你拆, 运费免了, 补发半斤, 补个惊喜, 拼手气, 抽盲盒, 统一充值, 蛋糕券, 给减, 我们请了, 给您报销, 优先留给), a gift only for reviewers or a review as the condition, the review said in the reviews (评价里说, 评价区夸/写/说); a refusal after the cash-back is named (我们店不做这个)', () => {
  expectFamilies([
    ['做完后给个带图好评，下次预约阿姨多做半小时', ['reviewBait'], 'pinduoduo'],
    ['试喝装不单卖，只送给写了带图评价的老客', ['reviewBait'], 'douyin'],
    ['小小心意等你来拿，条件：五星+晒图', ['reviewBait'], 'jd'],
    ['带图评价的宝宝，下场直播我单独给你们开个福袋', ['reviewBait'], 'douyin'],
    ['评价的时候拍个视频，发完找客服，我给你把下次的运费免了', ['reviewBait'], 'wechat_channels'],
    ['回头评价里说一句“主播推荐的”，下次报名字给你少十块', ['reviewBait'], 'kuaishou'],
    ['去评价区夸两句带张图，截完给客服看一眼，给你补个惊喜', ['reviewBait'], 'douyin'],
    ['好评附三张图，小店客服给你发个拼手气', ['reviewBait'], 'wechat_channels'],
    ['写完评价截图→旺旺→抽盲盒', ['reviewBait'], 'taobao'],
    ['评价区写得认真的，我每周挑五个寄一份新品', ['reviewBait'], 'xiaohongshu'],
    ['追评晒出宝宝喝奶视频的，第二罐客服给减二十', ['reviewBait'], 'tmall'],
    ['写满三十字再附个视频，第二包冻干我们请了', ['reviewBait'], 'douyin'],
    ['给五分后联系客服，这单运费我们给您报销', ['reviewBait'], 'kuaishou'],
    ['写好评把截图发给飞鸽客服，福袋名额优先留给你们', ['reviewBait'], 'douyin'],
    ['刚才问好评返现的姐妹，我们店不做这个', [], 'taobao'],
  ]);
});

test('round avg–avn: the buyer’s number or handle left for staff (留给, 在留言里写), a profile’s “other account”, 私下先转, 钱直接过给我, jiawoweixin, 抖y, a push a clause on (也开了号, 那边竞拍, 进店领, 搜型号); quiet: bath bubbles, a bio that tells the host’s size', () => {
  expectFamilies([
    ['想知道补货的，把你的扣扣号留给小助理', ['collect'], 'kuaishou'],
    ['把您要刻的字和手机号码在留言里写一下', ['collect'], 'tmall'],
    ['我个人信息那栏有另一个号，去那边找我', ['profile'], 'wechat_channels'],
    ['大件走平台运费太贵，咱私下先转个定金', ['payment'], 'kuaishou'],
    ['老客户回购别拍了，钱直接过给我', ['payment'], 'wechat_channels'],
    ['装机问题远程帮你弄，jiawoweixin：zhuang_77', ['contact'], 'jd'],
    ['抖y上我们也开了号，每天中午秒杀', ['thirdParty'], 'tmall'],
    ['快手上我们每周六直播，老铁拍那边竞拍', ['thirdParty'], 'xiaohongshu'],
    ['替换滤芯放在微信小店了，进店领取免运费', ['thirdParty'], 'tmall'],
    ['大瓶装在某东自营更划算，搜型号 LB-500', ['thirdParty'], 'tmall'],
    ['薄荷泡澡球 一放下去全是绿泡泡', [], 'xiaohongshu'],
    ['简介后面就是我的身高体重', [], 'xiaohongshu'],
  ]);
});

test('round avo–avv: rewards after a review (统一给你们发, 给你免了, 折券, 每单再便宜, 运费我们包, 寄小礼物, 退到你账户) and reviews said as 评完价, 写下感受, 评价区发…; the buyer’s phone (常用的手机, 能接的号); paid at the shop (来店里直接交易, 实体店看货, 上手看了咱们再谈); 薇 后面是 + a handle; pushes a clause on (去搜就有, 小程序里下单); quiet: a price compared with another platform’s shop, a phone model', () => {
  expectFamilies([
    ['评完价的在公屏扣个‘评了’，明天统一给你们发小样', ['reviewBait'], 'douyin'],
    ['收到后出个实战视频评价，这单的鱼线钱给你免了', ['reviewBait'], 'kuaishou'],
    ['评价满100字的读者，客服核实后送书签和8折券', ['reviewBait'], 'jd'],
    ['评价里晒了图的老铁，这次回购每单再便宜二十', ['reviewBait'], 'kuaishou'],
    ['好评的宝子，下次来买跟客服说一声，运费我们包', ['reviewBait'], 'xiaohongshu'],
    ['确认收货→写下感受→联系客服，有份红色的惊喜🧧', ['reviewBait'], 'tmall'],
    ['追评晒图后凭截图找客服，3块钱直接退到你账户', ['reviewBait'], 'pinduoduo'],
    ['收到后评价区发一张上脸图，我给你返一个小红包', ['reviewBait'], 'xiaohongshu'],
    ['上门安装前，请在订单备注留下您常用的手机', ['collect'], 'jd'],
    ['不会装的公屏留个能接的号', ['collect'], 'pinduoduo'],
    ['实体店在南通，路过可以来店里直接交易', ['payment'], 'pinduoduo'],
    ['喜欢的直接到杭州实体店看货下单', ['payment'], 'wechat_channels'],
    ['周六来档口，上手看了咱们再谈价', ['payment'], 'douyin'],
    ['直播间悄悄说，薇 后面是 luluxi_95', ['contact'], 'xiaohongshu'],
    ['教程发在公众号了，名字和我一样，去搜就有', ['thirdParty'], 'xiaohongshu'],
    ['会员价要在“北屿会员”小程序里下单', ['thirdParty'], 'wechat_channels'],
    ['同款在抖音卖爆了，我们店里价格更实在', [], 'taobao'],
    ['您常用的手机型号都能适配', [], 'jd'],
  ]);
});

test('round avw–awd: rewards after a review (hb秒到, 少10块, 原路退回, 我全包了, 少付, 抵扣券, 终身半价, 补回来, 再寄两) and 评个价, 给颗小星星; WeChat and QQ (把威发给你, 私人号甩给你, 绿色的号甩给你, 加个绿色的好友, 叩技术员, 售后鹅, 上我单独); payment to the assistant (转账给助理); 私域小群; the number asked for (发来, 回复至, 发小店客服, 负责人手机); platforms (走某多多, 狗东企业店, 名字就是店名, 老客专场, 就有会员价); quiet: buyers’ photos in the reviews (好评返图超多), a refusal (从来不干), a review said voluntary, a red-packet envelope that is a gift, a number the order holds', () => {
  expectFamilies([
    ['带图追评一下，旺旺发截图给客服，小hb秒到', ['reviewBait'], 'taobao'],
    ['给个5⭐再追评满20字，下回复购找客服报一声，直接少10块', ['reviewBait'], 'douyin'],
    ['五⭐+晒图=下单金额的8%原路退回', ['reviewBait'], 'kuaishou'],
    ['评价区晒出猫主子干饭的视频，点赞前三的下一单我全包了', ['reviewBait'], 'douyin'],
    ['满意的话带图评个价，下次备注老客少付6块', ['reviewBait'], 'taobao'],
    ['好评+图=下单抵扣券一张', ['reviewBait'], 'tmall'],
    ['带图评价的用户，滤网耗材终身半价', ['reviewBait'], 'tmall'],
    ['拍个小视频挂评价里，截图甩给飞鸽客服，把运费补回来', ['reviewBait'], 'douyin'],
    ['不方便挂链接，想要的私我，我把威发给你细聊', ['contact', 'group'], 'kuaishou'],
    ['有问题dd我，我把私人号甩给你', ['contact', 'group'], 'pinduoduo'],
    ['坏了不用寄回，加个绿色的好友 pdd_fix_zhang', ['contact'], 'pinduoduo'],
    ['可以叩技术员3358207146远程处理', ['contact'], 'jd'],
    ['退换直接加售后鹅 2874 0613 95', ['contact'], 'taobao'],
    ['想看细节的，微❤信上我单独给你过视频', ['contact'], 'kuaishou'],
    ['走不了链接的话转账给助理，我们直接发顺丰', ['payment'], 'tmall'],
    ['拼单的来我们的私域小群，价格群里说', ['group'], 'xiaohongshu'],
    ['请将您的手机号码回复至旺旺', ['collect'], 'tmall'],
    ['咚咚留一下采购负责人手机，方案做好我们打过去', ['collect'], 'jd'],
    ['想要更便宜的走某多多，同款同店名', ['thirdParty'], 'taobao'],
    ['大客户批量采购请至狗东企业店下单', ['thirdParty'], 'tmall'],
    ['视频号直播间每晚九点免费送，名字就是店名', ['thirdParty'], 'pinduoduo'],
    ['手机壳 透明防摔 好评返图超多', [], 'pinduoduo'],
    ['好评返现这种事咱家从来不干，按真实感受评就行', [], 'kuaishou'],
    ['您的评价完全自愿，本店不提供任何形式的返现或礼品', [], 'wechat_channels'],
    ['包裹里的红包封是春节赠品，跟晒图评价无关', [], 'wechat_channels'],
    ['收货手机号以订单为准，不需要再单独留电话', [], 'pinduoduo'],
  ]);
});

test('round awe–awl: rewards after a review (随机掉落, 留一波, 购买9折, 给你压, 给您半价, 领你的那份, 给你加一张, 免运费券); in-person and disguised payment (现金结账再, 直接zhuan账); the buyer’s own WeChat (您本人的微信, 围❤️号) and a phone written down (写一下); 发个薇; platforms (转转搜, 鱼上 with a search, 自己搜, 去那拍, 卡去下单); a pet tag a finder scans stays clean', () => {
  expectFamilies([
    ['满星+两张实拍，发客服瞅一眼，随机掉落3～8米', ['reviewBait'], 'kuaishou'],
    ['拍视频评价的老铁，下回上播单独给你们留一波秒杀价', ['reviewBait'], 'kuaishou'],
    ['追评三个月使用感受，凭追评截图下次购买9折', ['reviewBait'], 'jd'],
    ['评价带图的，下次老铁拍起拍价我给你压一百', ['reviewBait'], 'kuaishou'],
    ['评价带上测评视频，下一盒给您半价', ['reviewBait'], 'douyin'],
    ['晒个图，我们后台看到就给你加一张会员券', ['reviewBait'], 'tmall'],
    ['写几句用后感配几张实拍，写完我们统一发回购免运费券', ['reviewBait'], 'tmall'],
    ['懂行的来仓库提，现金结账再让两百', ['payment'], 'jd'],
    ['小店拍不了的，直接zhuan账也行', ['payment'], 'wechat_channels'],
    ['请在订单留言处填写您本人的微信，方便配送员联系', ['collect'], 'taobao'],
    ['拍下请在留言栏备注您的围❤️号', ['collect'], 'tmall'],
    ['买过的在留言里把电话写一下，有尾货挨个通知', ['collect'], 'pinduoduo'],
    ['问团购的那位，dd我，给你发个薇', ['contact', 'group'], 'taobao'],
    ['要二手的去转转搜“老周器材”', ['thirdParty'], 'jd'],
    ['闲置的我放鱼上了，搜“栗子家闲置”', ['thirdParty'], 'xiaohongshu'],
    ['橙色app上有满减，更划算，自己搜刘哥钓具', ['thirdParty'], 'kuaishou'],
    ['拼夕夕那边有平替，预算少的去那拍', ['thirdParty'], 'wechat_channels'],
    ['微信小店新开张，凭这张卡去下单立减10元', ['thirdParty'], 'taobao'],
    ['宠物定位牌 走失后路人扫牌上的二维码就能看到主人信息', [], 'xiaohongshu'],
    ['红烧鱼上桌前撒葱花', [], 'douyin'],
  ]);
});

test('round awm–awt: buying face to face at a better or open price (到店价还能再谈, 当面买还能便宜, 现场拿货价更实在, 来店里直接订…比线上, 付款当面谈, 现付现拿, 面对面成交) and a deposit sent to the seller; review rewards further on (赠正装, 再让您, 改价减, 下单95折, 送当季) and those who posted called forward; groups (企鹅君羊, 喂信群); a handle in Chinese numerals; platforms (🎵上关注, 海鲜市场淘, 红色那个书, 咚咚上报暗号); a scan kept or photographed; honest lines stay clean', () => {
  expectFamilies([
    ['喜欢这对耳钉的周末来苏州店里看，到店价还能再谈', ['payment'], 'douyin'],
    ['看中哪张桌子的可以当面买，当面买还能便宜一点', ['payment'], 'xiaohongshu'],
    ['来我们义乌仓库看货，现场拿货价更实在', ['payment'], 'kuaishou'],
    ['沙发想要的可以来店里直接订，比线上少一道物流', ['payment'], 'wechat_channels'],
    ['这批玉镯的付款当面谈，不走链接', ['payment'], 'jd'],
    ['本地的来门口取，现付现拿', ['payment'], 'pinduoduo'],
    ['看好的那块料子，定金直接转他就行', ['payment'], 'kuaishou'],
    ['晒出前后对比，客服核对后赠正装一瓶', ['reviewBait'], 'taobao'],
    ['配图评价的茶友，下回进店报名字，每斤再让您八块', ['reviewBait'], 'taobao'],
    ['评价满三十字的，下次下单备注一下，客服手动给你改价减六块', ['reviewBait'], 'douyin'],
    ['追评带图，下次下单九五折', ['reviewBait'], 'wechat_channels'],
    ['晒了图的来公屏说一声，下播给你们发福利', ['reviewBait'], 'xiaohongshu'],
    ['今晚没上的都在咱家企鹅君羊里', ['contact', 'group'], 'kuaishou'],
    ['凑单的直接来我的喂信群', ['contact', 'group'], 'pinduoduo'],
    ['没抢到的记好，V：mm七七五五', ['contact'], 'kuaishou'],
    ['明晚的福袋去🎵上关注同名号', ['thirdParty'], 'tmall'],
    ['这条裙子我在海鲜市场淘的，搜“小满衣柜”就能找到', ['thirdParty'], 'xiaohongshu'],
    ['主号在红色那个书上，名字一样', ['thirdParty'], 'kuaishou'],
    ['咚咚上报暗号，京东店再减五块', ['thirdParty'], 'xiaohongshu'],
    ['详情页最后一张有个码，拍照识别就能领券', ['qr'], 'tmall'],
    ['看简介那里，找我拿完整的图纸', ['profile'], 'xiaohongshu'],
    ['仓库必备的扫码打单一体机，扫码贴单一次完成', [], 'jd'],
    ['我们在京东也有店，同款那边卖一百五，今天直播间只要九十九', [], 'tmall'],
    ['本来在淘宝看了很久，最后还是在这里下单了', [], 'xiaohongshu'],
    ['团购券比到店价便宜二十，到店出示即可', [], 'douyin'],
    ['复制评论区置顶那串口令，打开橙色软件就能看到', ['thirdParty'], 'xiaohongshu'],
    ['别在评论区喊价，私下出价一律不算', [], 'kuaishou'],
  ]);
});

test('round awu–axb: review rewards (有个心意, 奶茶券, 将获得, 可获赠, 差价我退, 都有份, 发…京豆, 好评后送) and reviews said more ways (晒个上脸, 写几句拍两张, 分享使用体验, 评为精选, 评价区拍); a handle after 本人的号 or 某信里搜; WeChat used to send (用威信给你发); money wired to the company (直接汇到); our own 裙 joined; a way to find the buyer asked for; platforms pushed further on (店铺名搜, 关注同名号, 店名同上, 去蹲, 拍见, 快shou, V信小店); a viewer’s typed question denied and a cash-back never run stay clean', () => {
  expectFamilies([
    ['收到后写评价挂张图，店长那边有个小心意', ['reviewBait'], 'wechat_channels'],
    ['晒图评价后凭截图找客服领奶茶券', ['reviewBait'], 'taobao'],
    ['评价被评为精选的买家，将获得新品试用一份', ['reviewBait'], 'jd'],
    ['分享使用体验配两张图，分享完成可获赠替换芯一个', ['reviewBait'], 'tmall'],
    ['好喝就写几句拍两张，差价我退你两块', ['reviewBait'], 'douyin'],
    ['晒单的家人都有份，找客服报暗号', ['reviewBait'], 'xiaohongshu'],
    ['晒单满二十字，客服给您发一百京豆', ['reviewBait'], 'jd'],
    ['好评后送替换刷头两个', ['reviewBait'], 'pinduoduo'],
    ['晒个上身效果在评价里，客服再补寄一双袜子', ['reviewBait'], 'tmall'],
    ['评价区拍个开箱视频的，找客服免一单运费', ['reviewBait'], 'wechat_channels'],
    ['我本人的号就是lan_tea2025，搜一下就能加上', ['contact'], 'wechat_channels'],
    ['要拿货价的，在某信里搜 tea-wang66 加一下', ['contact'], 'pinduoduo'],
    ['想要的私我，我用薇信给你发个内部链接', ['contact', 'group'], 'jd'],
    ['批量采购的别在这拍，钱直接汇到我们公司账户，便宜两个点', ['payment'], 'jd'],
    ['扣1的家人，下播都拉进咱们的裙', ['group'], 'pinduoduo'],
    ['同款某宝也有，价格更低，店铺名搜“云朵家居”', ['thirdParty'], 'pinduoduo'],
    ['每晚抖y那边有福袋，关注同名号去抢', ['thirdParty'], 'kuaishou'],
    ['三人团的价格在某多多，店名同上', ['thirdParty'], 'kuaishou'],
    ['明晚ks老铁拍一元起，懂的去蹲', ['thirdParty'], 'douyin'],
    ['快shou上我们也开播了，想捡漏的去那边', ['thirdParty'], 'taobao'],
    ['实际下单请进V信小店「山谷户外」', ['thirdParty'], 'taobao'],
    ['延保登记：扫右下角那个小方框，按提示操作', ['qr'], 'jd'],
    ['看到有人打“v多少”，没有哈，咱只在这里卖', [], 'tmall'],
    ['本店从未发起任何加好友返现活动，请勿轻信', [], 'xiaohongshu'],
    ['咱家的裙子版型好，显瘦', [], 'pinduoduo'],
    ['评价区拍的照片都是买家实拍', [], 'taobao'],
  ]);
});

test('round axc–axj: paying offline or in cash (线下直接付, 在门店交钱, 直接付现金, 蓝色钱包 for Alipay, 熟人价); a handle after the seller’s people (➕老板 …); WeChat as where photos come (v上发你); a code said to be someone’s account; the buyer’s phone filled in or typed in the chat; rewards (再送半斤, 运费他出, 留一份, 无门槛, 看运气, 打到您零钱) and photos added (+三张图); platforms (某鱼上挂, 直接搜, 小黄车里搜, 移步, 改包邮) and a group that welcomes; quiet: 上周 is no going, returns paid by the shop are no reward', () => {
  expectFamilies([
    ['在苏州的可以来工作室挑，线下直接付款还能少点', ['payment'], 'xiaohongshu'],
    ['以旧换新去门店更划算，直接在门店交钱', ['payment'], 'jd'],
    ['留个电话，到店看货直接付现金', ['collect', 'payment'], 'wechat_channels'],
    ['这个价挂不了，去蓝色钱包那边转我', ['payment'], 'kuaishou'],
    ['回购直接➕店长 tea_laoli88，比平台快', ['contact'], 'kuaishou'],
    ['要的私我，v上发你实拍图', ['contact', 'group'], 'jd'],
    ['卡片背面的码是店主个人号，扫了备注来源', ['contact', 'qr'], 'taobao'],
    ['把卡片上的姓名和手机填好，拍给客服参加抽奖', ['collect'], 'kuaishou'],
    ['拍下后在聊天框里发个手机号，师傅回电教安装', ['collect'], 'pinduoduo'],
    ['请在下单留言里写上师傅能打通的电话', ['collect'], 'wechat_channels'],
    ['带图评价的再送半斤', ['reviewBait'], 'pinduoduo'],
    ['晒图的宝子这单运费老板出，找客服报下单时间', ['reviewBait'], 'douyin'],
    ['拍段视频评价，下场福袋单独给你们留一份', ['reviewBait'], 'douyin'],
    ['写个评价+两张图，返一张无门槛券', ['reviewBait'], 'xiaohongshu'],
    ['好评后扫卡片上的码，红包到账看运气', ['qr', 'reviewBait'], 'douyin'],
    ['给个好评配张图，客服核对后两块钱打到您零钱', ['reviewBait'], 'wechat_channels'],
    ['这批蜡咱不在这拍了，直接某鱼上挂', ['thirdParty'], 'kuaishou'],
    ['这款我放在某东自营了，直接搜品牌名', ['thirdParty'], 'xiaohongshu'],
    ['配套的杆子在抖店，小黄车里搜店名就有', ['thirdParty'], 'pinduoduo'],
    ['福袋在抖音直播间抽，这边讲完大家移步', ['thirdParty'], 'wechat_channels'],
    ['你直接在小红书商城下，我给你改包邮', ['thirdParty'], 'pinduoduo'],
    ['某宝的店铺群欢迎你，店名印在卡片背面', ['group', 'thirdParty'], 'pinduoduo'],
    ['上周抖音那边有人冒充我们，大家认准快手号', [], 'kuaishou'],
    ['不好用直接申请退货，运费我们出', [], 'kuaishou'],
    ['写上师傅的电话号码方便联系', [], 'jd'],
  ]);
});

test('a mobile said in words as halves of five and six, joined by a comma or 后面是, is a phone; five numerals and then words, or an order number said in words, are not', () => {
  expectFamilies([
    ['不会装的打这个，幺三八二七，后面是伞灵六六巴四', ['phone'], 'pinduoduo'],
    ['售后打：一五九二七，三零六六八四', ['phone'], 'kuaishou'],
    ['电话一八六零七后面是三零二二八四', ['phone'], 'jd'],
    ['一二三四五，上山打老虎', [], 'douyin'],
    ['订单号一二三四五，六七八九零一', [], 'taobao'],
    ['价格是一二三四五，六七八九零一', [], 'taobao'],
  ]);
});

test('round axk–axr: rewards (有份礼物等你, 挨个发小金额, 发小样兑换码, 发福袋, 生日礼, 不会让你白写, fx3元) and reviews said more ways (+3图, 图多字多, 扣个已评, 评价里贴); the buyer’s address and phone, a number that takes texts, 发下您的微信号; a personal account to add; sent one by one on WeCom; paying at a counter, the store or the technician (线下专柜买, 下单直接刷卡, 价钱见面再谈, 直接转给师傅); platforms (视频H, 快S, 那边叫, 比这边低, 就算报名, 里领, 补拍); a code scanned straight away; quiet: a size range after 扣, a watch that adds friends by code, the seller’s own notes, ordering in the shop online', () => {
  expectFamilies([
    ['去评价里贴两张实拍，联系客服报暗号，有份礼物等你', ['reviewBait'], 'pinduoduo'],
    ['给个好评呗，评完截图，客服挨个发小金额', ['reviewBait'], 'tmall'],
    ['20字+3图，截屏戳旺旺，给您发个辛苦费', ['reviewBait'], 'taobao'],
    ['写了评价的在公屏扣个已评，主播挨个发福袋', ['reviewBait'], 'wechat_channels'],
    ['好评截个图找客服，不会让你白写的', ['reviewBait'], 'douyin'],
    ['hp带t fx5元，截图找kf', ['reviewBait'], 'pinduoduo'],
    ['茶样免费寄，只要留个地址电话', ['collect'], 'xiaohongshu'],
    ['拍下后在备注里留个能收短信的号码', ['collect'], 'taobao'],
    ['入会后在旺旺发下您的微信号', ['collect'], 'tmall'],
    ['要价目表的评论1，我用企微一个个发过去', ['contact'], 'wechat_channels'],
    ['线上断货了，去我们线下专柜买，价格按直播价', ['payment'], 'tmall'],
    ['大件到门店体验，下单直接刷卡，价格另谈', ['payment'], 'tmall'],
    ['想多挑几只的来门店上手，价钱见面再谈', ['payment'], 'douyin'],
    ['偏远地区的运费差价等师傅到了直接转给师傅', ['payment'], 'kuaishou'],
    ['每天的试穿都发在视频H上，那边也能直接拍', ['thirdParty'], 'douyin'],
    ['爱喝茶的去快S搜“老周说茶”', ['thirdParty'], 'jd'],
    ['今晚视频号还有一轮，那边叫“木匠阿强”', ['thirdParty'], 'kuaishou'],
    ['试用名额在红薯上发，最新笔记底下留言就算报名', ['thirdParty'], 'taobao'],
    ['图九是我的二维码，直接扫', ['qr'], 'xiaohongshu'],
    ['纯棉睡衣 树脂扣 M-3XL', [], 'pinduoduo'],
    ['儿童电话手表 二维码加好友功能 防水', [], 'jd'],
    ['去小红书搜我们品牌号，跟着笔记教程用', ['thirdParty'], 'tmall'],
    ['滤芯到期前订单页会提醒，直接在店里下单即可', [], 'pinduoduo'],
    ['快S码的裤子还有货', [], 'jd'],
  ]);
});

test('round axs–axz: the buyer’s contacts half in pinyin (you箱, shou机), the number that starts with 1, a phone left without its 号; WeCom sent over, the person added named, someone’s 薇, the green chat window and a service account’s handle; groups given out in or kept private (裙里发, 绿群, 私人的那个群); a deal closed on the spot; a warehouse visit to check first; pointers (预定方式, 写了个号, 找到一个号); a code handed over; platforms (多多的链接, 小红本, 专属链接); rewards (hb一个, 任意一件送, 反xian, 京豆到账) and reviews said more ways (张美照, 晒上身照, hp反xian); quiet: a warranty’s replacement, a coupon that needs no scan', () => {
  expectFamilies([
    ['开专票的订单留言写一下 you箱 和 shou机', ['collect'], 'jd'],
    ['评论区打出你1开头的那11位数字，抽三位送面膜', ['collect'], 'douyin'],
    ['装机的拍下后订单备注留个手机，师傅电联', ['collect'], 'jd'],
    ['折扣这里不方便讲，私聊我，我给你发个企微', ['contact', 'group'], 'tmall'],
    ['背面的小方块用微信扫一下，加的就是店主本人', ['contact', 'qr'], 'wechat_channels'],
    ['回购的时候加售后小姐姐的薇，找她要券', ['contact'], 'pinduoduo'],
    ['换码找我们的“绿色小窗”：ms_yiyi0815', ['contact'], 'douyin'],
    ['私我入群，加上就拉你进我们的绿群', ['contact', 'group'], 'xiaohongshu'],
    ['新品试吃的名额只在裙里发', ['group'], 'douyin'],
    ['对着卡片扫一扫，进的是我私人的那个群，不是淘宝群', ['group', 'qr'], 'taobao'],
    ['周末来工作室上手，看好当场成交', ['payment'], 'wechat_channels'],
    ['同城自提的来仓库验货，比线上拍还能便宜两百', ['payment'], 'tmall'],
    ['下一批的预定方式写在我主页简介里', ['profile'], 'xiaohongshu'],
    ['要看实拍的，我简介里写了个号', ['profile'], 'wechat_channels'],
    ['下播后想补的私我，我把内部群的二维码甩给你', ['group', 'qr'], 'tmall'],
    ['拍不了的地区dd我，我甩你一个多多的链接', ['group', 'thirdParty'], 'douyin'],
    ['淘宝上我们也有店，那边有个老客专属链接', ['thirdParty'], 'wechat_channels'],
    ['好评+晒图=hb一个，订单页找客服', ['reviewBait'], 'pinduoduo'],
    ['评价晒上身照，下次买任意一件送袜子', ['reviewBait'], 'pinduoduo'],
    ['一句真心话+三张美照，换一份限定周边', ['reviewBait'], 'tmall'],
    ['晒单满十字+3图，500京豆到账', ['reviewBait'], 'jd'],
    ['保修期内请在订单页申请售后，商家审核后寄出新机', [], 'pinduoduo'],
    ['扫码领券的别找了，券都在商品页直接领', [], 'tmall'],
    ['手机壳留个手机孔位', [], 'pinduoduo'],
  ]);
});

test('round aya–ayh: paying at the shop or settling the difference offline (现金付款再送, 门店提货, 线下补给, 提货付钱, 到店出示此卡); WeChat pushed over or said to be the phone’s number; a private DM leading outside (外面的购买渠道); pointers (直连方式, 批发另算, 那边还能补货); the buyer’s phone told to the service, someone’s WeChat noted; a friend added as the skincare service; rewards (换一双, 领一罐, 送运费险, 直接七折, 下一盒送, 专属价再减) and reviews called forward (扣个已晒, 写好的截个图); a private circle joined; quiet: QQ candy, a scam warned against, the seller’s own note', () => {
  expectFamilies([
    ['喜欢的直接来门店提货，现金付款再送一条丝巾', ['payment'], 'tmall'],
    ['名额有限，差价部分线下补给我们就行', ['payment'], 'tmall'],
    ['这是门店座机，来了可以直接提货付钱', ['payment'], 'taobao'],
    ['到店出示此卡可享九折', ['payment'], 'wechat_channels'],
    ['别在公屏问了，dd我，我把厂家的威信推给你', ['contact', 'group'], 'kuaishou'],
    ['找仓库老刘，他的卫星和电话同一个', ['contact'], 'jd'],
    ['不方便细说，有兴趣的dd我，我把外面的购买渠道发你', ['group'], 'xiaohongshu'],
    ['主页里留了工厂直连方式，自己去看', ['profile'], 'jd'],
    ['要量大的看我主页简介，批发另算', ['profile'], 'kuaishou'],
    ['五星晒图充话费，请在评价后告知客服手机号', ['collect', 'reviewBait'], 'wechat_channels'],
    ['拍下请备注老铁的微信号', ['collect'], 'kuaishou'],
    ['有疑问就添加您的专属护肤客服为好友', ['collect'], 'tmall'],
    ['评价带上宝宝穿着的照片，凭截图找客服换一双袜子', ['reviewBait'], 'kuaishou'],
    ['好评的老铁公屏扣个“晒”，主播挨个送运费险', ['reviewBait'], 'kuaishou'],
    ['回来追评的，找客服报截图，回购第二件直接七折', ['reviewBait'], 'kuaishou'],
    ['写评价带开箱照片，下次专属价再减20', ['reviewBait'], 'tmall'],
    ['评论区扣个已晒的家人，主播挨个发红包', ['reviewBait'], 'douyin'],
    ['老客户有个私域小圈子，想进的扫卡片右下角的码', ['group', 'qr'], 'taobao'],
    ['扣扣糖童年味道 混装1kg', [], 'pinduoduo'],
    ['接到让您加微信办理退款的电话，请直接挂断', [], 'kuaishou'],
    ['去某红书搜我们店名，笔记底下留言就送小样', ['thirdParty'], 'taobao'],
  ]);
});

test('round ayi–ayp: rewards after a claim (找客服换…, 核实后送, 随单送, 反您叁元, 等你领, 运费券, 优先发试用, 刻字免费, 奶茶我请) and reviews said more ways (写写口感, 写两句, 5星+图, h评, 买家秀拍, 评价区留); WeChat as the same number or the place to move to; a green-app transfer; the buyer’s details typed in (敲一下…电话); pointers (方式在里面); platforms (TB店名, 去多多, 菜单栏, 店名跟这里一样); quiet: exchanges and returns promised (包退包换), a fan group’s priority shipping, a comment code for a gift elsewhere', () => {
  expectFamilies([
    ['5星+图，找客服换一支护手霜', ['reviewBait'], 'kuaishou'],
    ['评价时拍段视频，客服核实后送猫条一盒', ['reviewBait'], 'pinduoduo'],
    ['拍视频来追评，下一单随单送一包', ['reviewBait'], 'kuaishou'],
    ['h评截个图给小店客服，反您叁元', ['reviewBait'], 'wechat_channels'],
    ['写两句放评价里，客服那有份小样等你领', ['reviewBait'], 'douyin'],
    ['写了评价的，客服给你们发一张运费券', ['reviewBait'], 'tmall'],
    ['评价晒戴图的宝，下次刻字免费', ['reviewBait'], 'xiaohongshu'],
    ['满意的话评价区留几张图，客服发个小红包', ['reviewBait'], 'pinduoduo'],
    ['电话 139-1662-7085，V也是这个号', ['contact', 'phone'], 'jd'],
    ['这个价挂不出来，咱换到绿色那个软件里细聊', ['contact'], 'douyin'],
    ['老客复购直接绿泡泡转给果农，便宜八块', ['payment'], 'pinduoduo'],
    ['上门量尺寸的，在公屏敲一下小区名和电话', ['collect'], 'jd'],
    ['想要同款的看我简介，方式在里面', ['profile'], 'xiaohongshu'],
    ['链接不方便放，TB店名“栗子家”', ['thirdParty'], 'xiaohongshu'],
    ['回购记得去多多，店名跟这里一样', ['thirdParty'], 'xiaohongshu'],
    ['认准我们的公众号，菜单栏直接下单', ['thirdParty'], 'wechat_channels'],
    ['用得不好请直接找旺旺客服，我们包退包换', [], 'taobao'],
    ['加入粉丝团的截图发飞鸽，客服给你备注优先发货', [], 'douyin'],
  ]);
});

test('round ayq–ayx: paying the seller or the technician directly (找我支付宝, 给他现金, 当面称重结算, 现金结更便宜, 转账享出厂价); dragged into our own 裙, pulled in after a comment later (我一会拉); pointers (地方我写在简介里, 找里面那位, 找她时备注); rewards (安排到您账户, 补给你, 免费给您换, 自动减); a number the buyer can be reached at; a platform where it hangs (那边挂着); quiet: a blush’s shimmer (+微闪), a penguin phone stand', () => {
  expectFamilies([
    ['平台赔付慢，你们直接找我支付宝，我转给你', ['payment'], 'pinduoduo'],
    ['配件别在京东拍了，师傅上门你直接给他现金', ['payment'], 'jd'],
    ['这批金条不走平台，来店里当面称重结算', ['payment'], 'jd'],
    ['下播后来仓库自提，现金结更便宜', ['payment'], 'tmall'],
    ['签约后银行转账，享出厂价', ['payment'], 'jd'],
    ['想要的扣个1，下播后我把你们拽进咱自己的裙里', ['group'], 'kuaishou'],
    ['我们家还有个清仓群，扣“要”的我一会拉', ['group'], 'pinduoduo'],
    ['同款发圈在哪买？地方我写在简介里了', ['profile'], 'xiaohongshu'],
    ['点进主播头像看简介，找里面那位顾问', ['profile'], 'tmall'],
    ['定制服务在店主主页简介里，找她时备注刻字', ['profile'], 'xiaohongshu'],
    ['晒三张实拍，截图丢给客服，8.8元立马安排到您账户', ['reviewBait'], 'douyin'],
    ['写下体验+三张图，我们免费给您换一次电池', ['reviewBait'], 'jd'],
    ['品完写下感受并附图，下次拍茶叶自动减8元', ['reviewBait'], 'taobao'],
    ['拍下后备注一个能联系到你的号码', ['collect'], 'xiaohongshu'],
    ['今晚不上拍，某鱼那边挂着呢，自己去看', ['thirdParty'], 'kuaishou'],
    ['哑光+微闪 新手也不会手重', [], 'xiaohongshu'],
    ['被问爆的企鹅手机支架，桌面超治愈', [], 'xiaohongshu'],
  ]);
});

test('a service hotline after 客服号 is no WeChat handle', () => {
  expectFamilies([
    ['售后请拨打京东客服号 95118', [], 'jd'],
    ['官方客服号 95188', [], 'taobao'],
  ]);
});

test('round ayy–azf: a pinyin handle after 薇 (薇 xiuli_0808) and 薇x before letters that are no pinyin; rewards (升级为终身保修, 零头给你抹了, 给你抽台, a contest in the review area); the shop group on another platform (某宝店的群); platforms (mou宝, 拼着买的平台, 同名能搜到, 砍一刀 there, 关注回复); paying at the stall or the warehouse, another channel, not on the platform; a number handed over (把电话给我); a question’s 没 before a scan; quiet: a bubble toy’s green bubbles, the same goods merely listed elsewhere, a warning against other channels', () => {
  expectFamilies([
    ['尺码问题直接薇 xiuli_0808', ['contact'], 'pinduoduo'],
    ['批发请加维x：shop_pifa99', ['contact'], 'taobao'],
    ['给了五星评价的，客服可为您升级为终身保修', ['reviewBait'], 'jd'],
    ['评价写满五十字，零头我给你抹掉', ['reviewBait'], 'douyin'],
    ['去评价晒个图，晒完给你抽台加湿器', ['reviewBait'], 'kuaishou'],
    ['评价区谁拍得最好看，月底挑几个送新品', ['reviewBait'], 'wechat_channels'],
    ['会员折扣都在某宝店的群里，首页找入口', ['group', 'thirdParty'], 'pinduoduo'],
    ['想问成分的去mou宝搜我们店名', ['thirdParty'], 'douyin'],
    ['同款去那个拼着买的平台搜，便宜三十', ['thirdParty'], 'jd'],
    ['教程那个号在小红书，同名能搜到', ['thirdParty'], 'douyin'],
    ['拼多多那边也有链接，帮主播砍一刀就能白拿', ['thirdParty'], 'kuaishou'],
    ['新款同步在品牌公众号，关注回复“新品”领券', ['thirdParty'], 'tmall'],
    ['来我们档口看货，现场拿价更低', ['payment'], 'douyin'],
    ['定好款式到仓库，看好了在仓库直接付', ['payment'], 'tmall'],
    ['下播后私我，我们走其他渠道付款', ['group', 'payment'], 'xiaohongshu'],
    ['尾款请扫师傅的码，不要在京东上付', ['payment', 'qr'], 'jd'],
    ['同城买家可以约个地方当面上手', ['payment'], 'douyin'],
    ['想订货的把电话给我，到货了通知你', ['collect'], 'wechat_channels'],
    ['下单时号码在订单备注里留一下', ['collect'], 'pinduoduo'],
    ['左下角那个码看到没，扫了就是我们的顾问', ['qr'], 'tmall'],
    ['看主播的投像，里面有联系方式', ['profile'], 'douyin'],
    ['电动泡泡机，能吹出彩色和绿泡泡', [], 'pinduoduo'],
    ['同款在京东也上架了，本店另送杯刷', [], 'tmall'],
    ['请在淘宝下单，别的渠道付款本店不认', [], 'taobao'],
  ]);
});

test('round azg–azn: WeChat pulling buyers in (用V拉你们), sent in a DM or as a small one (私你们发V, 发你那个小v), searched in the little green app; QQ searched (Q上搜); paying with the blue app described, cash or offline for less; rewards (包终身换, 奖品是, 咖啡钱我们来出) and a review shared with photos (体验并附图); platforms pushed further on (记得来, 自己去找, 搜我们品牌名, 拍那边更…, 比旺旺回得快, 关注@, 一步步教, 某团); quiet: an order’s screenshot (拍完截图), an @account whose name ends like a group, a request passed on (把需求转给我们), who-wants refused, posts that show the host', () => {
  expectFamilies([
    ['想进老粉群的扣1，下播我用V拉你们', ['contact', 'group'], 'xiaohongshu'],
    ['链接下架了，扣了的我一个个私你们发V', ['contact', 'group'], 'xiaohongshu'],
    ['售后的事私我，我发你那个小v', ['contact', 'group'], 'douyin'],
    ['群名写在卡片上，小绿app上搜就行', ['contact'], 'xiaohongshu'],
    ['粉丝群号 5 8 2 0 1 3 6 7，Q上搜就能进', ['contact', 'group'], 'tmall'],
    ['大单别在这拍，用蓝色那个付款软件直接转', ['payment'], 'kuaishou'],
    ['来我们档口挑，现金更便宜', ['payment'], 'wechat_channels'],
    ['到门店报口令，线下买还能再打折', ['payment'], 'wechat_channels'],
    ['评价晒三张图的，这口锅我们包终身换手柄', ['reviewBait'], 'jd'],
    ['晒图好评截图给客服，每月抽一位，奖品是一箱苹果', ['reviewBait'], 'pinduoduo'],
    ['带图评价截个图发客服，奶茶钱我们来出', ['reviewBait'], 'taobao'],
    ['写下真实使用体验并附图，联系客服领延保', ['reviewBait'], 'jd'],
    ['周日我在抖音直播间再开一轮，记得来', ['thirdParty'], 'kuaishou'],
    ['好料子都放在某鱼上了，自己去找', ['thirdParty'], 'kuaishou'],
    ['抖音直播间零点开抢，搜我们品牌名', ['thirdParty'], 'tmall'],
    ['配件在拼夕夕也开了店，拍那边更便宜', ['thirdParty'], 'tmall'],
    ['有问题找快手小店客服，比旺旺回得快', ['thirdParty'], 'tmall'],
    ['上新都先发微博，关注@木作工坊', ['thirdParty'], 'tmall'],
    ['扫卡片上的码，视频号里一步步教', ['qr', 'thirdParty'], 'pinduoduo'],
    ['安装不走天猫，去某团搜师傅约上门', ['thirdParty'], 'tmall'],
    ['姐妹们拍完截图私我，我把喂心发你', ['contact', 'group'], 'tmall'],
    ['某团队研发的新配方', [], 'tmall'],
    ['关注 @布艺研究所 看更多搭配', [], 'xiaohongshu'],
    ['定制尺寸请点「预约咨询」，平台会把需求转给我们', [], 'xiaohongshu'],
    ['谁要主播微信的，没有，别找了', [], 'jd'],
    ['主页作品里有我穿的视频，看完回来拍', [], 'douyin'],
    ['白T+V领开衫+直筒裤', [], 'xiaohongshu'],
  ]);
});

test('round azo–azv: WeChat’s bubble in pinyin (lvpaopao); a group said to be in WeCom at a clause’s end; paying by Alipay’s deposit, at the store’s counter, the balance at the shop, goods paid on the spot, buying in the shop for more; the buyer’s contact added to the address or typed on screen; a DM to a place no platform watches; a pointer to what the avatar holds (里面有个喂心); rewards (运费我们来报, 手机充值, 包一个小的, 再给你配, 惊喜小样) after 评价里帮/把; platforms further on (自己去挑, 先去看一遍, 咚咚里发) and 转转上; a mobile after 打 with counted digits; quiet: a discount after 打, a projector used to watch another app, 出去转转上海, a lower price elsewhere read as a mention', () => {
  expectFamilies([
    ['喜欢的私我，我把 lvpaopao 发你', ['contact', 'group'], 'tmall'],
    ['会员还有个福利群在企业微信，加了拉你', ['contact', 'group'], 'tmall'],
    ['这只镯子不上链接了，看中的直接支付宝打定金', ['payment'], 'kuaishou'],
    ['凭此卡到门店出示，现金购买享八折', ['payment'], 'tmall'],
    ['门店可以试穿，到店付尾款再减一百', ['payment'], 'taobao'],
    ['来档口看货，现货现付', ['payment'], 'wechat_channels'],
    ['实体店可以来试，店里买比线上多送一副镜布', ['payment'], 'wechat_channels'],
    ['下单时在地址后面加一句你的手机号', ['collect'], 'pinduoduo'],
    ['发不了的我发你邮箱，你在公屏打个邮箱地址', ['collect'], 'jd'],
    ['批发的老板滴滴我，换个平台管不着的地方聊', ['group'], 'kuaishou'],
    ['价格不方便喊，点我头像，里面有个喂心', ['profile'], 'kuaishou'],
    ['评价里帮主播夸一句，找客服给你补五块', ['reviewBait'], 'taobao'],
    ['评价里把产品拍清楚，找客服我再给你配一副手套', ['reviewBait'], 'kuaishou'],
    ['好评截个图找客服，给您手机充值五元', ['reviewBait'], 'taobao'],
    ['截图发给在线客服，下次随包裹附上惊喜小样', ['reviewBait'], 'tmall'],
    ['全部花色我发在红薯上了，自己去挑', ['thirdParty'], 'kuaishou'],
    ['说明书在小红薯置顶笔记，收到货先去看一遍', ['thirdParty'], 'pinduoduo'],
    ['先去转转上估个价，再回来比', ['thirdParty'], 'kuaishou'],
    ['售后别在这说，打幺三八、两个六、九零、一二四七', ['phone'], 'pinduoduo'],
    ['今天全场打一五折，两个八折券可叠加', [], 'pinduoduo'],
    ['投影仪支持手机投屏，我用来看抖音直播也流畅', [], 'xiaohongshu'],
    ['周末出去转转上海的老街', [], 'xiaohongshu'],
    ['同款在抖音卖三千多，我们快手小店一千六，老铁拍还能捡漏', [], 'kuaishou'],
  ]);
});

test('round azw–bad: money collected in the group or settled by Alipay, paid to the technician at the door or on the spot; a WeChat pushed over (师傅的v推给你) or named by its first letter (字母V打头那个软件，号是 …); a small group out of the platform’s reach; a pointer to the WeChat in a pinned post; a group scanned into; the buyer’s WeChat by homophone or a parent’s phone asked for; 公众h; rewards (可参与抽奖, 即有惊喜, 立刻到, 件的送, 默认升级, 延长六个月) and 夸完的; a warehouse’s scans and an appliance run from WeChat stay quiet', () => {
  expectFamilies([
    ['拼不成的我拉个小群，群里直接收款发货', ['group', 'payment'], 'pinduoduo'],
    ['下播后群里接龙，接完统一转账', ['group', 'payment'], 'wechat_channels'],
    ['出价的私我，咱们支付宝结', ['group', 'payment'], 'kuaishou'],
    ['安装费不用在这拍，师傅上门时你直接给他付', ['payment'], 'tmall'],
    ['约到展厅看实物，当场定价付款', ['payment'], 'tmall'],
    ['细节下播私聊，我把设计师的v推给你', ['contact', 'group'], 'pinduoduo'],
    ['找我本人，字母V打头那个软件，号是 lin_jade', ['contact'], 'kuaishou'],
    ['好价都在那个不受限制的小群里', ['group'], 'kuaishou'],
    ['点进主页，置顶里有咱家卫星', ['profile'], 'kuaishou'],
    ['试吃群只对老客开放，卡片背面就是入口，扫一下就进', ['group', 'qr'], 'douyin'],
    ['留言里写上你的 喂 心，客服发你电子说明书', ['collect'], 'jd'],
    ['下单备注孩子身高和家长手机，老师回电', ['collect'], 'tmall'],
    ['关注我们的公众h「小满茶铺」，回复领券', ['thirdParty'], 'taobao'],
    ['晒图评价完成后扫卡片背面的图案，可参与抽奖', ['qr', 'reviewBait'], 'xiaohongshu'],
    ['评价满五十字并配图，审核后保修延长六个月', ['reviewBait'], 'douyin'],
    ['截图给客服即有惊喜回馈', ['reviewBait'], 'tmall'],
    ['带图五星，截图甩给客服，2元立刻到', ['reviewBait'], 'pinduoduo'],
    ['晒出照片并追评，再拍两件的送袜子', ['reviewBait'], 'tmall'],
    ['图文评价超过三张图的，下一单默认升级礼盒', ['reviewBait'], 'xiaohongshu'],
    ['帮主播在评价里夸两句。夸完的，下次直播给你补贴奶茶钱', ['reviewBait'], 'douyin'],
    ['收纳箱侧面预留标签位，方便仓库扫码盘点', [], 'tmall'],
    ['电饭煲支持微信远程预约', [], 'wechat_channels'],
    ['笔记里有惊喜价，去小红书搜店名', ['thirdParty'], 'douyin'],
  ]);
});

test('round bae–bal: rewards further on (运费咱全包, 被选中…寄同款, 之后的惊喜, 免费再挑, 可抵现, 内购价, 折上折, 发现惊喜) and reviews set as a condition (福袋只开给晒过单的, 条件：收货后评价); paying at the showroom, the stall or the store (来展厅下定金, 档口挑, 现场一口价, 定金到店付, 来门店拿货付款, 现场下单另有折扣); v上聊; a profile said to hold how to buy (怎么买看我简介, 按那上面写的来); a post there asked for (再发一篇小红书); far cues (关注一下, 过去细聊); who asked for it refused at once; quiet: a dog’s command cards, the platform passing a request on, JD’s own beans said by a buyer', () => {
  expectFamilies([
    ['带图五星发完截图给客服，下一单运费咱全包', ['reviewBait'], 'kuaishou'],
    ['买家秀被选中的宝子，我们寄同款发夹过去', ['reviewBait'], 'douyin'],
    ['晒图评论后可以免费再挑一个', ['reviewBait'], 'pinduoduo'],
    ['追评满一个月，下次购物可抵现十元', ['reviewBait'], 'tmall'],
    ['晒图评价满二十字，下次复购享折上折', ['reviewBait'], 'wechat_channels'],
    ['下一轮福袋只开给晒过单的家人', ['reviewBait'], 'douyin'],
    ['买二送一的条件：收货后评价带两张图', ['reviewBait'], 'pinduoduo'],
    ['样品都在展厅，来展厅下定金比线上少几百', ['payment'], 'wechat_channels'],
    ['想上手的直接来档口挑，现场一口价', ['payment'], 'douyin'],
    ['高定款到工作室量体，定金到店付', ['payment'], 'wechat_channels'],
    ['附近的朋友直接来门店拿货付款', ['payment'], 'wechat_channels'],
    ['可到展厅看样，现场下单另有折扣', ['payment'], 'wechat_channels'],
    ['想要的私我，我们v上聊', ['contact', 'group'], 'xiaohongshu'],
    ['链接挂不了，怎么买看我简介', ['profile'], 'xiaohongshu'],
    ['中了的看我头像签名，后续按那上面写的来', ['profile'], 'douyin'],
    ['图纸放在公众号里了，关注一下“积木老爸”', ['thirdParty'], 'pinduoduo'],
    ['先别拍，我给你一个sph号，过去细聊', ['thirdParty'], 'douyin'],
    ['好评带图，再发一篇小红书带话题，截图找客服返5元', ['reviewBait', 'thirdParty'], 'jd'],
    ['弹幕里问我微信的，真没有，有事直播间问', [], 'jd'],
    ['评论区问加微信的不用加，链接直接拍', [], 'wechat_channels'],
    ['狗狗训练口令卡 20张', [], 'taobao'],
    ['点留资卡片填写需求，官方会转给我们', [], 'xiaohongshu'],
  ]);
});

test('round bam–bat: 🌍 and 🌎 read as 微 like 🌏; 家个V for 加个V; a code recognised from the saved picture; rewards further on (我们备了, 客服有惊喜, 会员卡充值, 可为您申请, 给你包个, 申请延长, 底价再让, 感谢券, 可直升, 向客服申请, 京豆给你, 按七折, 小小的回馈) and sd满 as a review; the buyer’s gift number and an installer’s contact asked for; paying once the card number is sent or on the spot (发您卡号, 转账再发货, 付了款当场拉走); platforms further on (那边找我, 直接去下单, 就是我家, 看我们直播, 开了号, 直播搜) and 汪汪上找; quiet: a travel globe, a lower price here said against another platform (小黄车直接拍)', () => {
  expectFamilies([
    ['想要的姐妹➕🌍号 mei_beauty21', ['contact'], 'xiaohongshu'],
    ['老铁们家个V，号是 dawei_88', ['contact'], 'kuaishou'],
    ['图3右下角是工作室的码，保存图片后识别一下', ['qr'], 'xiaohongshu'],
    ['给个好评吧，截图找客服，我们备了一条数据线', ['reviewBait'], 'jd'],
    ['附上照片的评价，客服会为您的会员卡充值十元', ['reviewBait'], 'wechat_channels'],
    ['带图追评满五十字，客服可为您申请一年包换', ['reviewBait'], 'tmall'],
    ['评价写两句带张图，助理给你包个杯套', ['reviewBait'], 'douyin'],
    ['上传带图评价，截图给客服，可申请延长保修一年', ['reviewBait'], 'jd'],
    ['写评价附两张图，截图给客服，入会可直升金卡', ['reviewBait'], 'tmall'],
    ['sd满3图，报单号给客服，京豆给你安排上', ['reviewBait'], 'jd'],
    ['去评价里试个色，拍了的第二支我给你按七折走', ['reviewBait'], 'douyin'],
    ['评价截图发在商家聊天里，顺便留个收礼电话', ['collect'], 'pinduoduo'],
    ['预约安装请在备注中填写安装联系人手机号', ['collect'], 'tmall'],
    ['拍下后先别付款，旺旺发您卡号，转账再发货', ['payment'], 'taobao'],
    ['周末来仓库看货，付了款当场拉走', ['payment'], 'jd'],
    ['抢不到的别刷屏，飞鸽那边找我', ['thirdParty'], 'kuaishou'],
    ['回购不用等开播，京东上有自营店，直接去下单', ['thirdParty'], 'kuaishou'],
    ['有事别在公屏喊，汪汪上找我回得快', ['thirdParty'], 'douyin'],
    ['想要更多颜色的，dy上看我们直播', ['thirdParty'], 'jd'],
    ['🌍环球旅行收纳包', [], 'xiaohongshu'],
    ['同款在淘宝也卖得火，咱们直播间更便宜，点小黄车直接拍', [], 'douyin'],
  ]);
});

test('round bau–bbb: the green chat icon and a V pushed to the buyer; a personal account accepted or added after a screenshot; a code screenshotted; a platform’s handle searched a clause on (搜 @…) and 某tao, the black-icon app; rewards further on (现金秒到, 补个差价, 给您充, 回礼, 赠两…) and hp返x; paying on pick-up, at the shop or in cash; quiet: a hotel guest who paid in cash, a missing gift re-sent, the seller’s own notes', () => {
  expectFamilies([
    ['我的号 momo_215，就是聊天用的绿色图标，加了给你发图', ['contact'], 'wechat_channels'],
    ['想要的滴滴我，我把v推给你', ['contact', 'group'], 'kuaishou'],
    ['那是我的个人号，通过了发你色卡', ['contact'], 'douyin'],
    ['想看细节的截一下屏幕左下角这个码', ['qr'], 'jd'],
    ['配色灵感都在 ins，搜 @lin.studio 就有', ['thirdParty'], 'tmall'],
    ['老款去某 tao 搜「小林布艺」', ['thirdParty'], 'xiaohongshu'],
    ['新款在黑底图标的那个App上，搜店名就有', ['thirdParty'], 'wechat_channels'],
    ['好评附图截个屏发客服，现金秒到', ['reviewBait'], 'pinduoduo'],
    ['收到后写评价晒图，截图发客服，主播给你补个差价', ['reviewBait'], 'douyin'],
    ['晒图好评后截图发客服，我们直接给您充', ['reviewBait'], 'jd'],
    ['收到货 h p 返 x，两块钱意思一下', ['reviewBait'], 'pinduoduo'],
    ['可以到门店当面取货付款', ['payment'], 'xiaohongshu'],
    ['这个价在小店改不了，到我们门店来买', ['payment'], 'wechat_channels'],
    ['设备租赁可线下验身份，现金结算免押金', ['payment'], 'jd'],
    ['退房时是用现金结算的，前台态度很好', [], 'jd'],
    ['漏发赠品的亲，在追评里写下手机号，客服会联系补寄', ['collect'], 'douyin'],
    ['想要我的穿搭笔记完整版的，留言我挨个发', [], 'xiaohongshu'],
  ]);
});

test('round bbc–bbj: V后面是, V就是 and V叫 before a handle; a DM to the host, a V handed over; the bio looked through; the buyer’s phone replied or told in a note; rewards further on (减免, 多抓一把, 免费保修, 那里兑) and reviews as a report, a book review or a few words brought back, 🎁 and 🖼 read; paying on the spot or to the fitter, skipping the platform; quiet: flashcards a toy scans, reviews said to have nothing to do with it', () => {
  expectFamilies([
    ['记一下，V后面是 shanlin_tea08，加的时候报快手', ['contact'], 'kuaishou'],
    ['V就是 momo_home21', ['contact'], 'douyin'],
    ['要代理价的滴滴主播，我私下把号推给你', ['group'], 'douyin'],
    ['价格这里说不了，私我，我给你个v', ['contact', 'group'], 'tmall'],
    ['联系方式不方便写，去主页简介找找就懂啦', ['profile'], 'xiaohongshu'],
    ['为方便售后，收货后请回复本店客服您的手机号', ['collect'], 'wechat_channels'],
    ['请把您的电话以订单留言形式告知我们', ['collect'], 'tmall'],
    ['看完写篇读后书评，订单号发客服，下一本减免8元', ['reviewBait'], 'jd'],
    ['五星+🖼️图=🎁，找客服领', ['reviewBait'], 'xiaohongshu'],
    ['用满两周回来写篇使用报告，客服为您赠送一套滤芯', ['reviewBait'], 'jd'],
    ['吃完回来写两句，下次备注老朋友，多抓一把给您', ['reviewBait'], 'taobao'],
    ['回评价里补句话，补完我给你寄一包新茶', ['reviewBait'], 'kuaishou'],
    ['带视频评价可额外享受半年免费保修', ['reviewBait'], 'wechat_channels'],
    ['来门店试色，试好了当场买单', ['payment'], 'xiaohongshu'],
    ['送到后现金给安装师傅就行，不用在网上拍', ['payment'], 'jd'],
    ['整箱的可以不走平台单独下单', ['payment'], 'pinduoduo'],
    ['儿童点读机 扫描卡片学拼音', [], 'wechat_channels'],
    ['今天是平台满减，跟评价晒图都没关系', [], 'tmall'],
  ]);
});

test('round bbk–bbr: who said they wanted it, refused at once; private chats denied or refused as a whole; an order number seen read out; a comment typed to be counted (扣个“企鹅”我看看); WeChat told (报个维信) or chatted on in green, a business account added; codes sent privately or scanned off the detail page; the bio’s address, whom to find, a picture enlarged; a number that gets through noted; rewards right after the review as an amount, or further on (寄出同…, 续一个月, 冰棍钱, 改个价); paying at a pick-up point, privately, off the link; Kuaishou by sound, Xigua by name; quiet: a bar of handmade soap, an impostor warned of', () => {
  expectFamilies([
    ['刚才说要加微信的那位，不用加，小店客服回得一样快', [], 'wechat_channels'],
    ['评论区问加群的，不用进什么群，关注店铺就有专享价', [], 'jd'],
    ['中奖后平台会私信你，不是我们私聊你哦', [], 'xiaohongshu'],
    ['私聊加好友那套我不弄，售后都走平台', [], 'wechat_channels'],
    ['你的订单号我看到了，3817 0571 8826 4410 29，马上安排', [], 'douyin'],
    ['这只企鹅抱枕好可爱，想要的扣个“企鹅”我看看人数', [], 'douyin'],
    ['要拿货价的私聊我，我给你报个维信，加上细聊', ['contact', 'group'], 'jd'],
    ['别在旺旺聊了，换个绿色的聊，号码我念：tb_lulu7', ['contact'], 'taobao'],
    ['我们还有个企业号，加上送小样', ['contact'], 'wechat_channels'],
    ['抖音企业号认证店铺', [], 'douyin'],
    ['想进老客群的扣2，我私你发二维码', ['group', 'qr'], 'taobao'],
    ['扫描详情页最后一张图进团购群', ['group', 'qr'], 'jd'],
    ['链接这里挂不了，想要的看我简介，简介里写着店铺地址', ['profile'], 'xiaohongshu'],
    ['师傅上门要联系，下单页备注一个打得通的手机号', ['collect'], 'jd'],
    ['好评➕晒图＝5元，找客服报订单号', ['reviewBait'], 'pinduoduo'],
    ['晒了图的追评一下，追评完的再续一个月换新保障', ['reviewBait'], 'pinduoduo'],
    ['带图评价的旺旺戳我，我给你改个价', ['reviewBait'], 'taobao'],
    ['整箱的去线下提货点，过去直接付款提走', ['payment'], 'jd'],
    ['链接先不挂了，我私下给你开单，不走链接还包邮', ['payment'], 'douyin'],
    ['剩下的小样去块手直播间搜我们店名', ['thirdParty'], 'xiaohongshu'],
    ['安装视频传到西瓜视频了，去那边搜店名', ['thirdParty'], 'taobao'],
    ['这块手工皂用完记得来写笔记', [], 'xiaohongshu'],
    ['有粉丝刚才在评论区留电话，主播已经删了', [], 'douyin'],
    ['抖音上那个同名号不是我，别被骗了', [], 'xiaohongshu'],
  ]);
});

test('round bbs–bbz: the personal account described, the green app with what one is called there, a message asked for; ٧χ for VX; WeChat’s letters naming its official account; codes scanned with another phone or jumping to a mini program; the bio looked at by those who know; rewards per picture, waiting, a top-up or a discount (一张图五毛, 八块八等您, 充值的事, 改便宜) and stars given (给个小星星); paying privately (钱打过来我当天发, 钱走我个人那边); JD as 东子, Taobao as an orange, a listing opened on another platform, 包邮的话走🐟', () => {
  expectFamilies([
    ['老板个人号就是店名拼音加6666，加上发你价目表', ['contact'], 'wechat_channels'],
    ['这里说不全，那个绿色的软件里我叫“山里阿花”', ['contact'], 'pinduoduo'],
    ['想要我跟进的给我发个消息，我回你一个卫星号', ['contact', 'group'], 'tmall'],
    ['代理请认准 ٧χ：tea_mama_88', ['contact'], 'kuaishou'],
    ['关注我们的wx公众号，回复“会员”领新人礼', ['thirdParty'], 'xiaohongshu'],
    ['保修卡上有个码，扫了跳品牌小程序', ['qr', 'thirdParty'], 'tmall'],
    ['背面这个码用另一台手机扫，加上店长微信', ['contact', 'qr'], 'pinduoduo'],
    ['平台不让挂，懂行的去主页看我置顶那张图', ['profile'], 'jd'],
    ['截好评图找客服，一张图五毛', ['reviewBait'], 'pinduoduo'],
    ['写完评价把页面截图发给商家，有五块八等您', ['reviewBait'], 'pinduoduo'],
    ['写几句评价，把手机号留给客服，充值的事我们来办', ['collect', 'reviewBait'], 'wechat_channels'],
    ['给个小星星呗，点完星星戳一下客服，下一单给你改便宜五块', ['reviewBait'], 'douyin'],
    ['平台上只能挂这个价，钱打过来我当天发', ['payment'], 'pinduoduo'],
    ['这把壶不上拍了，钱走我个人那边', ['payment'], 'kuaishou'],
    ['猫超卖断了，去东子那边搜型号', ['thirdParty'], 'tmall'],
    ['尺码不全的去🍊上搜“北屿童装”', ['thirdParty'], 'douyin'],
    ['凑不够的私我，我在别的平台给你开个单独链接', ['group', 'thirdParty'], 'pinduoduo'],
    ['包邮的话走🐟，链接私我', ['group', 'thirdParty'], 'xiaohongshu'],
  ]);
});

test('round bca–bch: cash on the spot, paying over there once added; 信微 read backwards; photos of the goods and hp+晒tu as reviews, rewards further on (包顺丰, 反一点现, 按成本价, 再便宜二十); a code scanned to see something; the buyer’s numbers noted together; a red-icon shopping app, the shop’s name left in the comments; quiet: a shirt’s buttons, the comments of a note as where to write', () => {
  expectFamilies([
    ['整箱要的直接来村口提，现钱结算更实惠', ['payment'], 'pinduoduo'],
    ['真想拍的加我威芯 ks_laoba66，那边直接付就行', ['contact', 'payment'], 'kuaishou'],
    ['加我 信微（倒过来念）：yinshi_a8', ['contact'], 'taobao'],
    ['加我们企微「小满」，发收货照片领三元红包', ['contact', 'reviewBait'], 'wechat_channels'],
    ['hp+晒tu，找在线客服报订单号，立返5r', ['reviewBait'], 'kuaishou'],
    ['拍了视频评价的亲，下一单我给你包顺丰', ['reviewBait'], 'taobao'],
    ['写完带图的截个图，后台给大家反一点现', ['reviewBait'], 'tmall'],
    ['评价带视频的，第二件按成本价给您', ['reviewBait'], 'pinduoduo'],
    ['卡片翻过来有个码，扫了能看保养视频', ['qr'], 'xiaohongshu'],
    ['刻字内容连同您的手机号一起备注', ['collect'], 'tmall'],
    ['懂的去那个红色图标的购物App搜“周记”', ['thirdParty'], 'kuaishou'],
    ['同款在某宝，店名我放评论区第一条了', ['thirdParty'], 'xiaohongshu'],
    ['儿童开衫 四粒扣 90-130码', [], 'pinduoduo'],
    ['收到后在笔记评论里留个手机号', ['collect'], 'xiaohongshu'],
  ]);
});

test('round bci–bcp: the shop’s service or an adviser added as a friend; the buyer’s number sent in the chat; 威 and 信 spelled out; rewards further on (再补, 随单赠, 差价我们补回, 赠同系列, 领五块) and 五分+ as a review; the bio said no more of; Kuaishou as its users’ platform, Douyin by its black icon, 上 tao 搜, posts all put there (我都发在…); quiet: green bubbles stitched on a bag, meeting in person refused, the seller’s own post, 沙发在某东 (a sofa, no posting)', () => {
  expectFamilies([
    ['不知道怎么选的，添加店铺客服为好友，一对一搭配', ['collect'], 'tmall'],
    ['专属售后经理请您添加其为好友', ['collect'], 'jd'],
    ['想要回访礼的，把你手机号在聊天里发一下', ['collect'], 'pinduoduo'],
    ['护肤顾问在威武的威信用的信上叫 mei_gw66', ['contact'], 'tmall'],
    ['晒单满50字+3图，截屏发客服，京豆之外再补5元', ['reviewBait'], 'jd'],
    ['带图评价的亲，下次复购随单赠一棵小苗', ['reviewBait'], 'taobao'],
    ['评价页放三张图，旺旺戳一下客服，差价我们补回', ['reviewBait'], 'tmall'],
    ['带图评价满50字，客服核实后赠同系列旅行装', ['reviewBait'], 'tmall'],
    ['五分+15字以上，联系客服返3元', ['reviewBait'], 'kuaishou'],
    ['给个好评，截图来客服这里领五块', ['reviewBait'], 'wechat_channels'],
    ['有些话不让说，你们点我头像看签名栏，我就说到这', ['profile'], 'taobao'],
    ['课程不在这儿，去老铁们那个平台搜“栗子手作”', ['thirdParty'], 'xiaohongshu'],
    ['全部款式都在那个黑色图标的软件上，搜咱同名号就行', ['thirdParty'], 'kuaishou'],
    ['下次直接上 tao 搜“晴川家纺”', ['thirdParty'], 'pinduoduo'],
    ['实拍我都发在红薯了，账号同名，去翻翻', ['thirdParty'], 'kuaishou'],
    ['帆布包上一颗颗绿泡泡是手工刺绣的', [], 'xiaohongshu'],
    ['都在橱窗下单，我们不做线下看货，也不去门店面交', [], 'wechat_channels'],
    ['同款沙发在某东卖两千多，我们工厂价只要一半', [], 'taobao'],
  ]);
});

test('round bcq–bcx: the small shop’s service added as a friend, a WeChat number noted for the shop or left by homophone; a DM to the host; a group for mutual help; the bio’s way to stock up, a number that matters, a second account named there; a code scanned with the phone; rewards further on (下次拼单优惠, 都补您) and a long review; paying at the shop or to me; quiet: a note’s group chat button, a parcel re-sent before a review', () => {
  expectFamilies([
    ['加小店客服好友，发货进度第一时间告诉您', ['collect'], 'wechat_channels'],
    ['下次下单时把微信号备注给我们，节日寄小礼物', ['collect'], 'taobao'],
    ['想要试用装的，在评论区留个喂心', ['collect'], 'kuaishou'],
    ['链接挂不上，想要的私信主播，我发你口令去拼夕夕拍', ['group', 'thirdParty'], 'tmall'],
    ['拼成后可以进宝妈互助裙，裙号客服发你', ['group'], 'pinduoduo'],
    ['主页置顶有老顾客拿货方式', ['profile'], 'douyin'],
    ['点头像看简介，简介里那个数字很重要', ['profile'], 'xiaohongshu'],
    ['完整色卡在我小号，小号名字在简介里', ['profile'], 'xiaohongshu'],
    ['小卡片背面有个码，手机扫了能领回购券', ['qr'], 'pinduoduo'],
    ['好评带图的，下次拼单优惠3元', ['reviewBait'], 'pinduoduo'],
    ['用满一周回来写篇长评，不管几星，都补您10块', ['reviewBait'], 'jd'],
    ['周六来我们门店上手挑，店里价比这更好', ['payment'], 'wechat_channels'],
    ['批发请到店里面谈 价格更低', ['payment'], 'kuaishou'],
    ['老客户都是私下找我订，尾款转我个人就行', ['payment'], 'taobao'],
    ['官方群聊已开通，笔记右下角点「群聊」就能加入', [], 'xiaohongshu'],
    ['包裹有破损请先别急着评价，旺旺联系我们优先给您补发', [], 'taobao'],
  ]);
});

test('round bcy–bdf: a number before a unit is no handle (VX2478 24寸); a small V added to chat; the bio holding another way to buy; the buyer’s number told in the note; rewards further on (质保由…改为三年, 直接便宜, 可申请一套, 红苞) and five stars lit; a stocking-up group; paid by transfer straight; 旺旺 in pinyin, 拼爹爹, far cues (飞鸽里报, 开了团, 咚咚报, 店名多一个, 一个字不差, 切过去) and videos put there', () => {
  expectFamilies([
    ['桌搭：显示器是VX2478 24寸，165Hz够用', [], 'xiaohongshu'],
    ['整箱拿的老板加个小v聊，号在我简介里', ['contact', 'profile'], 'kuaishou'],
    ['下不了单的看我主页简介，那里有别的购买方式', ['profile'], 'xiaohongshu'],
    ['您的手机号请在留言里告诉我们，方便安排回访', ['collect'], 'tmall'],
    ['带图评价后报订单号，质保由一年改为三年', ['reviewBait'], 'wechat_channels'],
    ['追评晒出狗子吃了一个月的照片，下一袋直接便宜八块', ['reviewBait'], 'kuaishou'],
    ['到家拍段视频放评价里，凭截图可申请一套沙发巾', ['reviewBait'], 'tmall'],
    ['5⭐+图，联系商家发个截图，红苞马上到', ['reviewBait'], 'pinduoduo'],
    ['到手后给点亮五颗小⭐再带段视频，每人八块八辛苦费', ['reviewBait'], 'douyin'],
    ['背面那个码扫一下，进咱们宝妈囤货裙', ['group', 'qr'], 'douyin'],
    ['想回购不用再拍，报暗号，直接转过去就行', ['payment'], 'douyin'],
    ['老客户去wangwang上找我们要返场价', ['thirdParty'], 'jd'],
    ['大件家具先去拼爹爹看看我家评价，那边也能直接拍', ['thirdParty'], 'kuaishou'],
    ['定制款在音符App上，飞鸽里报暗号“栗子”', ['thirdParty'], 'xiaohongshu'],
    ['多买优惠不在这边，拼夕夕开了团', ['thirdParty'], 'xiaohongshu'],
    ['这波福袋在黑色小音符那个App，赶紧切过去', ['thirdParty'], 'kuaishou'],
    ['同款京东卖89，本店旺旺报暗号再减5元', [], 'taobao'],
  ]);
});

test('round bdg–bdn: a bare handle after 加一下; the green app pointed at; photos sent one by one in the green app; Alipay by 伏 and money coming straight; paying offline or after a price talked over at the shop; rewards (空瓶换新装, fan 5 块) and 出评 as a review; the host’s Douyin followed, the orange shop; quiet: a note’s own free gift', () => {
  expectFamilies([
    ['价格表不方便挂，想要的加一下 luoyu-tea08，备注视频号', ['contact'], 'wechat_channels'],
    ['你去绿色那个app加一下 yuxiang_jade88', ['contact'], 'douyin'],
    ['要看实拍的私我，我用绿色软件一张张发给你', ['contact', 'group'], 'taobao'],
    ['抢不上的直接支伏宝转我，当天发顺丰', ['payment'], 'kuaishou'],
    ['这台拍不了，支付宝直接过来，便宜两百还包邮', ['payment'], 'kuaishou'],
    ['大额订单想省手续费可以线下走款', ['payment'], 'tmall'],
    ['来我们店里上手挑，看中了当场谈价', ['payment'], 'douyin'],
    ['回购的在评价里晒出空瓶，空瓶换新装九折', ['reviewBait'], 'xiaohongshu'],
    ['给个5⭐+图，旺旺戳客服，fan 5 块', ['reviewBait'], 'tmall'],
    ['出评附图，电机质保由一年升到三年', ['reviewBait'], 'pinduoduo'],
    ['没抢到的别走，关注主播的dy号，晚上那边还有一波', ['thirdParty'], 'tmall'],
    ['剩下的都在我那个橙色的店里，搜「皂里有光」', ['thirdParty'], 'douyin'],
    ['京东也能买到，但笔记同款赠品只有小红书商城有', [], 'xiaohongshu'],
  ]);
});

test('round bdo–bdv: rewards further on (福利自动领, 第二件只收1块钱, 为您送上, 自动升级顺丰, 下次免邮, 换同款, 立得, 多备一包, 随便挑, 打个折, 补回来) and reviews photographed in, five stars given, chatted about in the review; a group joined in passing (进个裙); quiet: review screenshots collected on the detail page, a watch bound to WeChat friends', () => {
  expectFamilies([
    ['好评截个图，长按识别卡片上的码，福利自动领', ['qr', 'reviewBait'], 'wechat_channels'],
    ['带图评价完找客服，第二件只收1块钱', ['reviewBait'], 'pinduoduo'],
    ['追评说说吃了一周的感受，客服为您送上猫条十支', ['reviewBait'], 'pinduoduo'],
    ['好评带图的，下次下单自动升级顺丰', ['reviewBait'], 'xiaohongshu'],
    ['好评+图=下次免邮，找小店客服报订单号', ['reviewBait'], 'wechat_channels'],
    ['带图评价后凭截图换同款发圈一个', ['reviewBait'], 'taobao'],
    ['写评价附三图，审核通过立得十元', ['reviewBait'], 'jd'],
    ['吃完回来追评的，下回我给你们多备一包', ['reviewBait'], 'pinduoduo'],
    ['回来写个带视频的评价，配件随便挑一个', ['reviewBait'], 'jd'],
    ['用完第一瓶回来追评，第二瓶悄悄给你打个折', ['reviewBait'], 'xiaohongshu'],
    ['给我点了五个星星的老铁，运费小助理给你补回来', ['reviewBait'], 'kuaishou'],
    ['在评价里聊聊口感，客服会回赠一小罐新茶', ['reviewBait'], 'xiaohongshu'],
    ['把宝贝拍进评价里，下一单多塞一件小惊喜', ['reviewBait'], 'tmall'],
    ['清单我不在这念了，懂行的进个裙', ['group'], 'jd'],
    ['买家好评截图整理在详情页最后一屏', [], 'taobao'],
    ['这款电话手表能视频通话，也能绑定微信好友', [], 'wechat_channels'],
  ]);
});
