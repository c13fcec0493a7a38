/** Payment or trade taken off the platform. */
import { negatives, words, type LexEntry } from './lexicon';

/** Ways to say the platform's checkout is skipped (不走平台, 跳过下单, 无需通过小店). */
export const SKIPPING_THE_PLATFORM = ['不走平台', '不用走平台', '别走平台', '不要走平台', '不用走小店', '不走小店', '不用走商城', '不用走链接', '不走链接', '跳过下单', '跳过拼单', '不用下单', '别去拍了', '不用拍了', '不在直播间拍', '别在直播间拍', '不走这个车', '不走小黄车', '不用走小黄车', '不用在京东下单', '不用在淘宝下单', '不用在天猫下单', '不用在拼多多下单', '不用在抖音下单', '不用在快手下单', '不经京东结算', '不经京东', '不经淘宝', '不经天猫', '不经拼多多', '不经抖音', '不经快手', '无需通过小店', '不通过小店', '不走拼单', '不用在这拍', '不用在这里拍', '不用在这下单', '不用经过平台', '无需在线下单', '不想走平台', '不想走天猫', '不想走淘宝', '不想走京东', '不想走拼多多', '不想走抖音', '不想走快手', '别走链接', '别拍链接', '不用在线下单', '不用在淘宝拍', '不用在京东拍', '不用在拼多多拍', '不用在天猫拍', '不用在抖音拍', '不用在快手拍', '不用走天猫', '不用走淘宝', '不用走京东', '不用走拼多多', '不用走抖音', '不用走快手', '不通过淘宝', '不通过天猫', '不通过京东', '不通过拼多多', '不通过抖音', '不通过快手', '不通过平台', '不在小店下单', '不在小店拍', '不用在小店下单', '不用在小店拍', '不在店铺下单', '不在店里下单',
  // …and the listing as where not to buy (不在链接里拍，转我就行). Not a platform named: 不在抖音拍，去快手老铁拍 sends elsewhere.
  '不在平台拍', '不用再在平台拍', '不在链接拍', '不在链接里拍', '不用再走平台', '不再走平台', '不用再走小店', '不再走小店', '别走小店', '不走猫', '别走猫',
  // …and the platform by its nickname (别在猫上拍); not 别在这拍, said as often before another platform is named.
  '别在平台拍', '别在链接拍', '别在猫上拍', '不在猫上拍', '别在多多拍', '别在多多上拍',
  // A platform named as not taken: payment only where money is named (售后不走京东更快 is after-sales, no money).
  '不走拼多多', '不走淘宝', '不走天猫', '不走京东', '不走抖音', '不走快手', '不走小红书', '不走小店', '不走jd', '不走tb', '不走pdd', '不用走购物车', '不走购物车',
  // …and as needless (政企采购不必走京东，直接和我们签，对公转账; 不用过天猫).
  ...['不必走', '没必要走', '无需走', '不用过', '无需过', '不必过'].flatMap((v) => ['平台', '京东', '淘宝', '天猫', '拼多多', '抖音', '快手', '小红书', '小店'].map((p) => v + p)),
  // …and as where not to pay (现场扫师傅的码付，不要在京东上付).
  ...['不要在', '别在'].flatMap((v) => ['平台', '京东', '淘宝', '天猫', '拼多多', '抖音', '快手', '小红书', '小店'].flatMap((p) => ['上付', '里付', '付'].map((w) => v + p + w)))];

export const paymentEntries: LexEntry[] = [
  // (绕过平台 not before 处: after-sales handled apart from the platform names no money — 绕过平台处理更快.)
  ...words(
    '店里面对面 线下门店提货 线下门店自提 蓝色那个转我 蓝色那个转 自提付款 自提时付款 自提再付款 体验店付款 门店付款 实体店付款 钱打我 钱打到蓝色 钱打到支付宝 钱打到吱付宝 对公户打款 不经平台 直接付给我 直接付我 付给我就行 付给我就好 钱付给我 私下结 私下结算 私下结账 私下结款 钱转过来 把钱转过来 来铺头 到铺头 去铺头 看啱先给钱 不使在度拍 不使在呢度拍 线下门店消费 线下店消费 实体店消费 门店消费打 到店消费打 到店消费再 到店消费享 到店消费立减 红包给我 红包发我 红包转我 红包发给我 私下转账 私下交易 私下付款 私下支付 私下购买 私下收款 转账给我 转给我 线下交易 线下付款 线下支付 线下转账 门店交易 线下门店交易 到店交易 到店付款 当面交易 面交 走私单 私单 ' +
      '绕过平台!处 脱离平台 银行卡转账 加价私下 私下联系购买 红包付款 发红包付款 直接转我 转我账户 转到我!们的家店 打款给我 对公转账不走平台 ' +
      // …in English (PayPal us directly — skip Tmall).
      'paypalus paypalme payusdirectly paymedirectly skiptmall skiptaobao skipjd skipdouyin skipthetmall skipthetaobao skiptheplatform bypasstheplatform offplatformpayment ' +
      // Money sent straight to the seller, the checkout of the platform left out by name.
      '发红包给我 红包发我 私下转我 私下转给我 支付宝过来 支付宝转过来 线下签合同 线下签约 ' +
      // Paying the rest at the shop, the order only a placeholder: 定金在店里拍，尾款到店交.
      '尾款到店 余款到店 尾款线下 余款线下 来店里付 到店里付 到店再付 链接占位 当面付 当面结账 现场付款 现场结账 到店结账 钱直接转给 钱转给 不经过平台 当面成交 到店成交 线下成交 门店付款 门店支付 官网付款 官网支付 到店买 到店购买 来店里买 转账下单 转账拍',
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Money to the seller's card or account, said as a favour (余款打我卡上, 对公走账, 绿泡泡转账, 過數俾我).
  ...words(
    '打我卡 打我的卡 打到我卡 打我农行 打我建行 打我工行 打我招行 打我中行 打我银行卡 钱直接打我 打款到银行卡 打款到建设银行 打到银行卡 直接给我转 钱直接给我 对公走账 获取对公账户 到对公账户 走账后 绿泡泡转账 绿泡泡转我 走绿泡泡 私底下过数 私下过数 过数给我 alipaytransfer alipay转账 支付宝转您 支付宝转你 汇到公司户头 汇到公司账户 打到公司户头 打到招行 打到工行 打到建行 打到农行 打到中行 打到交行 打到邮储 转到招行 转到工行 转到建行 转到农行 转到中行 转到交行 转到邮储 汇到招行 汇到工行 汇到建行 汇到农行 汇到中行 汇到交行 汇到邮储 打我交行 打我邮储',
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Money handed over in person or another way than the order (当场付钱, 线下看货, 转账给师傅, 另外的付款方式).
  ...words(
    '走v转 走vx转 走公户 钱当场给 钱当面给 钱现场给 车专账 车专给 车专到 车专我 车专贝长 转贝长 接龙转账 群里转账 私下付 私聊付 私信付 私聊转 微信收款发货 支付宝收款发货 vx收款发货 微信收款后发货 支付宝收款后发货 接龙后统一收款 群里统一收款 群内统一收款 群里收款 群内收款 直接转账 线下看货 面对面看货 现钱现货 现场交钱 当面交钱 现场付钱 一手交钱一手交货 看货成交 线下专柜付款 专柜付款 到专柜付款 转账给师傅 转给师傅 交付师傅 支付宝码 群收款 现场微信付 现场用微信付 现场支付宝付 转账的话 即场交收 当面交收 现场交收 门市交收 当场付钱 当场付款 当场结 当场给钱 私下拍 走平台要扣点 平台要扣点 另外的付款方式 另外的支付方式 别的付款方式 拿付款方式 现场结 货到付现金 页面不用拍 不用在页面拍 到柜台提货 到柜台付款 柜台付款 现场购 当面点钱 当面点清 当面付清 当面交钱 转给老板 转账给老板 转给店主 转账给店主 转账用支付宝 转账用微信 转账用vx 转账走支付宝 转账走微信 ' +
      // Chosen in person at the seller's stall, paid there: 来我们瑞丽的档口当面挑，看中了现场给你算.
      '那边付款再 那边付再 当面现金退 现金退差价 直接转账给 到店直接交易 到店直接成交 来店直接交易 当面挑 现场挑 到店挑 来店挑 档口当面 档口现场 现场给你算 当面给你算 到店自提付款 自提时付款 提货时付款 ' +
      // The price got or paid at the stall or the warehouse, met in person to try (现场拿价更低, 看好了在仓库直接付, 约个地方当面上手).
      '现场拿价 档口拿价 档口看货 仓库直接付 在仓库付 仓库现场付 仓库付款 当面上手 约个地方当面 约地方当面 走别的渠道付 走其他渠道付 ' +
      // Paying in the shop, and Alipay described: 看好了店里付款, 用那个蓝色的付款软件直接转给店长.
      '店里付款 店里结账 店里付钱 到店里付款 蓝色的付款软件 蓝色付款软件 蓝色的支付软件 蓝色支付软件 蓝色那个付款软件 蓝色那个支付软件 蓝色那个付款app 蓝色那个支付app ' +
      // Cash or buying offline there for less (到我们档口来，现金更便宜; 报直播间口令，线下买再打九折; 店里买比线上多送; 持本卡到门店出示, 到店付尾款还能再减, 现货现付).
      '现金更便宜 现金更优惠 现金价更低 现金更划算 线下买再 线下买更 线下买还 店里买比线上 店里买比网上 实体店买比线上 店里买更便宜 店里买更划算 门店出示 到店付尾款 到店交尾款 门店付尾款 现货现付 现看现付 ' +
      // Money collected in the group, settled by Alipay, or paid to the technician at the door (群里直接收款发货, 接完统一转账,
      // 咱们支付宝结, 师傅上门时你直接给他付, 约到展厅看实物，当场定价付款, 来展厅下定金, 来档口挑，现场一口价, 定金到店付, 来门店拿货付款, 直接来我们朝阳门店买, 到展厅看样，现场下单另有折扣; 旺旺发您卡号，转账再发货; 来仓库看货，付了款当场拉走).
      '群里直接收款 群里收款 群内收款 统一转账 咱们支付宝结 咱支付宝结 我们支付宝结 走支付宝结 直接给他付 直接给师傅付 给师傅付就行 当场定价付款 现场定价付款 展厅下定金 来展厅下定 档口挑 现场一口价 定金到店付 定金到店交 门店拿货付款 来门店拿货 来我们门店买 直接来门店买 来门店买 现场下单另有 发您卡号 发你卡号 转账再发货 当场拉走 付了款当场 ' +
      // Paid when seen and fitted, in person, or another way the money goes: 戴着合适了再付, 钱货两清, 钱不走这边.
      '合适了再付 看好了再付 看好再付 当面看好再 钱直接转过来 钱直接转给我 钱直接打过来 来店里刷卡 到店刷卡 来店刷卡 店里刷卡买 钱货两清 线下转我 不一样的付款方式 钱不走这边 钱不走平台 我直接转给你 我直接转你 提货付款 微信转定金 支付宝转定金 v转定金 ' +
      // A deposit or the price paid by WeChat or Alipay, not at checkout: 先微信付个定金, 货到微信付款, 把钱打到店主的💚.
      '微信付定金 微信付个定金 微信付订金 微信付个订金 微信交定金 微信先付定金 支付宝付定金 支付宝付个定金 v信付定金 vx付定金 v付定金 薇信付定金 威信付定金 绿泡泡付定金 v信付订金 vx付订金 vx交定金 v信交定金 货到微信付 货到支付宝付 到货微信付 货到转微信 把钱打到店主 把钱打给店主 把钱打到老板 把钱打给老板 钱直接打到店主 钱直接打给店主 ' +
      // In the shop, to the adviser, company to company, a payment code sent over: 店里交易, 转账给顾问, 公对公转账, 我发你个付款码.
      '转到老板 转给老板 转到店主 转给店主 ' +
      // Paid by transfer, the goods sent after it (直接转账给你发货更便宜).
      '转账给你发货 转账后发货 转账就发货 转账即发货 转账马上发 转账立马发 ' +
      '打到公司账户 打到公司的账户 打到公司账上 汇到公司账户 打到对公账户 汇到对公账户 公司账户打款 公司账户转账 公司账号打款 打到蓝色 自提付现金 自提现金 满意再给钱 满意了再给钱 走绿的 打我支付宝 打我支付bao 打我zfb 打我吱付宝 走绿色钱包 走蓝色钱包 我蓝色钱包 我绿色钱包 收款方块 个人收款码 转账给你打 转账打折 转账更便宜 给你个卡号 给你卡号 发你个卡号 发你卡号 zfb返你 zfb返给你 支付宝返你 支付宝返给你 微信返你 微信返给你 见面交易 验货交易 打我们公司账户 打我们公司的账户 打我司账户 打到我们公司 ' +
      // Paid when buyer and seller meet, and the seller's Alipay account read out for a transfer (我报支付宝账户你直接转).
      '见面再付 见面付款 见面付钱 见面再给钱 见面给钱 见面结账 见面再结 报支付宝账户 报支付宝账号 报你支付宝 发你支付宝账号 支付宝账号发你 支付宝账户发你 ' +
      '店里交易 来店里交易 店里现金 现金价 私下订 私下订购 转账给顾问 转给顾问 公对公转账 公对公打款 现场买 转支付宝给 转支附宝给 转吱付宝给 转微信给 转过来我这边 发你个付款码 发你付款码 发你个收款码 发你收款码 ' +
      // Cash in hand, a deposit or a transfer before the goods: 一手交钱一手交货, 加微转定金后排单, 转账后当天发货.
      '一手钱一手货 一手交钱一手交货 定金到支付宝 付定金到 定金付到 转定金 转账后当天 转账后立即 转账后马上 转账后即 ' +
      // The deposit to the company's account, money collected in the group, a red packet to hold the goods: 定金请汇入公司账户, 群里接龙统一收款, 给主播发个红包锁单.
      '汇入公司 汇入对公 汇入我司 汇入以下账户 汇入下方账户 汇到公司账户 转入公司账户 打入公司账户 接龙统一收款 群里统一收款 群内统一收款 群里统一收钱 团长统一收钱 团长统一收款 群里直接转账 群里转账 群内转账 群里收款 群里收钱 接龙收款 接龙付款 发个红包给我 发个红包给主播 给主播发个红包 给主播发红包 红包锁单 红包就能锁单 红包即可锁单 发红包锁单',
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Skipping the platform's checkout: payment where money is named (scanner.ts reads the sentence).
  ...words(SKIPPING_THE_PLATFORM.join(' '), { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('微信转账 微亻言转账 薇亻言转账 威亻言转账 weixin转账 weixin转给 weixin转我 vx转账 v信转账 wx转账 威信转账 薇信转账 维信转账 绿泡泡转账 微信收款码 微信转给 微信转我 vx转我 v信转我 卫心转我 威信转我 薇信转我 转我微信 转我vx', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // WeChat as where the money goes (定金直接V上付), a transfer that ships or closes the deal, a deposit by red
  // packet, to a private account or the group's leader, a place held by a transfer, cash when collecting.
  ...words(
    'v上付 v上转 vx上付 vx上转 v信上付 微信上付 绿泡泡上转 转账发货 转账就发 转账即发 转账直接发 转账成交 转账就成交 走红包 红包付定金 定金走红包 红包付款 ' +
      '私人账户 私人账号上 转给团长 付给团长 打给团长 交给团长 转账占位 转账锁单 转账预定 转账预订 提货付现 仓库提货付',
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Cantonese: paid on the spot, the shop left out (睇啱即场俾钱，唔使经小店); money taken at the door (到了直接收钱).
  // WeChat's V as a transfer to me, with goods held or sent for it (V我五十先给你留货; not the meme: v我50看看实力).
  ...words('v我50 v我五十 v我五十块 v我50块 v我一百 v我100', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // (Folding writes the Cantonese as Mandarin: 俾 is 给, 唔 is 不.)
  ...words('即场给钱 当场给钱 即场找数 不使经小店 不经小店 到了直接收钱 到了再收钱 到了收钱 上门直接收钱', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // A refund paid privately, the platform's refund left out (我这边私下给你退，不用走小店).
  ...words('私下给你退 私下给您退 私下退给你 私下退给您 私下退你 私下退您 私下退款 私下退钱', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // Paying by scanning the seller's code is a scan asked for too (qr): 也可以微信扫码付款给店主, 定金直接扫吱付宝收款码.
  ...words(['支付宝', '吱付宝', '支附宝', '支护宝', '微信', 'vx', '绿泡泡'].map((a) => `扫${a}收款码`).concat('墙上的付款码', '墙上的收款码').join(' '), { family: 'payment', term: 'offsite-payment', need: 'always', companion: 'qr' }),
  ...words('微信扫码付款 微信扫码转账 微信扫码付给 用那个蓝色的扫 用蓝色的扫 用蓝色那个扫', { family: 'payment', term: 'offsite-payment', need: 'always', companion: 'qr' }),
  // …and the code called the seller's (看中的直接扫我方块码付款): a code to pay me, not a shop's till.
  ...words(['扫我', '扫我的', '扫店主', '扫店主的', '扫老板', '扫老板的'].flatMap((s) => ['码', '方块码', '二维码', '小方块'].flatMap((c) => ['付款', '付钱', '转账', '支付'].map((p) => s + c + p))).join(' '), { family: 'payment', term: 'offsite-payment', need: 'always', companion: 'qr' }),
  // Company money sent to us outside the order: 大单直接对公打给我们.
  ...words('对公打给我 对公打给我们 对公转给我 对公转给我们 对公汇给我们 对公打到我们', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // …with its name's homophones too (支护宝转我, 走支妇宝).
  ...words(
    ['支付宝', '支妇宝', '支护宝', '支夫宝', '吱付宝', '吱妇宝', '支负宝', '支付蓝', '支附宝'].flatMap((a) => ['转账', '收款码', '转给', '转我', '打定金', '打订金', '付定金', '交定金'].map((t) => a + t).concat('转我' + a, '走' + a)).filter((w) => w !== '走支付宝').concat('zfb转我 zfb转账 zfb付款').join(' '),
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Money sent to the seller, a payee's code, a deal taken offline, or the platform's checkout
  // skipped on purpose: 钱直接转我, 扫我收款码, 到店看货交易, 不用在小店拍，省手续费.
  ...words(
    '现场付现金 当面付现金 到店付现金 上门付现金 现金交易 付现金提货 付现金取货 付现金拿货 现金提货 现金取货 当面付款 把钱转我 钱转我 钱直接转我 收款码 收款二维码 收款的二维码 看货交易 走线下 线下合同 走微信!支 走vx 走v信 走支付宝 转账后发货 转账后直接发货 转账即发货 打款后发货 不用在链接里拍 不用在链接拍 不用在小店拍 不用在平台拍 不用在店里拍 不用拍链接 不走链接 ' +
      // Money to the seller's own account or hand, the checkout skipped by name: 直接转账到 135…,
      // 定金先付到我支付宝, 退款直接微信转还给您, 尾款付现金给师傅, 不经过天猫; 不使经平台 is Cantonese
      // 唔使經平台 as folding reads it (唔 is 不, see traditional.ts).
      '私下转!告达述 zfb付 zfb转 支付宝付一半 线下结 单独过数 打到卡上 usdt付款 支持usdt 比拍链接便宜 比拍链接还便宜 不用再走快手 不用再走淘宝 不用再走京东 不用再走拼多多 不用再走抖音 不用再走天猫 不用再走小红书 不再走天猫 不用走天猫 线下店交易 zfb直转 支付宝直转 不走车 这单不走车 不走小黄车 私下收 私下收钱 私下开单 到店价更低 到店价更便宜 转我就行 转我就好 转我就可以 发绿色红包 绿色转账 走公对公 公对公转账 公对公打款 不经过商城 比网上再少 比网上再便宜 现场定比网上 比线上再少 比线上再便宜 线下更便宜 线下门店更便宜 线下门店同款更便宜 门店同款更便宜 实体店更便宜 来店里挑 到店里挑 转我账 转我的账 私下给我转 私下发红包 私下发个红包 私下给你发货 私下给您发货 私下发货 省一道平台的钱 省平台的钱 省掉平台的钱 私底下给钱 私下给钱 微zhuan 微信zhuan vzhuan vxzhuan wxzhuan 走微转 银行卡打给 银行卡转给 zfb直接转 vx直接转 私下走 当面结 红包直接发我 红包直接转我 不用在小店下单 不用在平台下单 不用在链接下单 对公打款 v转账 不经过天猫 不经过京东 不经过淘宝 不经过拼多多 不经过抖音 不经过快手 不经过小红书 不经过小店 ' +
      // Bought or paid in person, to the fitter, by contract or held by a transfer (来店里上手，看中了现场开单; 尾款直接付给安装师傅;
      // 到门店试戴满意再付款; 来店里试了再付; 现场交定金; 比小店里还低两百; 线下走公司合同; 看中喊编号，转我就给你留着; 这块不上拍了，场下出价).
      '场下出价 场外出价 现场交定金 到店交定金 门店交定金 比小店里还低 比小店还低 比线上还低 比线上低 试了再付 店里试了再 转我就给你留 转我就留 试戴满意再付 试穿满意再付 现场开单 付给安装师傅 省得走平台 看样付款 到店看样 结给上门师傅 付给上门师傅 直接结给 卫星转我 卫星转账 私下补给我 差价私下补 当场下定 现场下定 价钱当面谈 价钱面谈 现场看现场拿 现金都行 在那边付 当面转账 线下签单 走公司合同 线下走合同 线下走公司 现场品鉴下单 到厂下单 尾款师傅到了 到了直接给他 到了直接给师傅 个人收款方式 个人收款的方式 个人收款账号 个人收款账户 现场验货满意再付 挑好了直接结 线下挑好 工作室试穿付款 工作室付款 试穿付款 现结账 现称现结 店里挑 现场给价 ' +
      '现场付 现场给钱 当面给钱 给现金 当面给现金 别走企业购 不走企业购 现金刷卡都 刷卡现金都 现金或刷卡 现场成交 到店下单 付现金再 付现金打 付现金有 现金再给 现金打折 现金优惠 现金再优惠 门店报名交费 到门店报名 到店报名交费 门店交费 到店交费 现场交费 线下交费 来店里交钱 到店里交钱 到店交钱 不使经平台 不使在平台 直接转账到 转账到我 支付宝直接转 微信直接转 付到我 打到我 付到我微信 打到我微信 付到我vx 微信转还 微信转您 微信转给您 微信退给您 支付宝退给您 付现金给 直接对公转账 不用再走小店下单 不用走小店下单 不走小店下单 线下打八折 线下打九折 线下打折 转我v 转我vx 转到我v 转我v上 转至我司 转到我司 转至公司 转到公司 现场补差价 当面补差价 到店补差价 ' +
      // Not ordering on the platform at all: 无需在京东下单.
      '不用再在平台下单 不用再在小店下单 不用再在店里下单 无需在平台下单 无需在京东下单 无需在淘宝下单 无需在天猫下单 无需在拼多多下单 无需在抖音下单 无需在快手下单 无需在小店下单 ' +
      '省手续费 省去手续费 省平台手续费 省去平台手续费 省得平台扣点 不走平台手续费 ' +
      // 私底下 as 私下 (私底下走个绿色转账, 私底下给我转), WeChat named as the place (微信上转账), 走对公.
      '私底下转 私底下走 私底下给我转 私底下交易 私底下付 微信上转账 微信上转给 vx上转账 支付宝上转账 走对公 ' +
      // At the seller's own shop instead: 来我们实体店付钱提货.
      '实体店付钱 实体店付款 实体店交钱 门店付钱 店里付钱 现场称重付 ' +
      // …or paid on collecting, bought at the shop instead, settled in cash (门店当面取货付款, 到我们门店来买, 现金结算免押; not a stay told of: 结帐是用现金结算的),
      // paid on the spot or to the fitter, ordered apart from the platform (试好了当场买单, 现金给安装师傅就行, 不用在网上拍, 量大的可以不走平台单独开单, 过去直接付款提走, 我私下给你开单，不走链接, 钱打过来我当天发, 钱走我个人那边, 现钱结算更实惠, 加我…那边直接付就行, 店里价比这更好, 批发请到店里面谈, 尾款转我个人就行, 线下走款, 吱付宝收款直接付, 看中了当场谈价, 到…门店买; not 单独开单 alone: 加一下，我给你单独开单 is the contact's).
      '取货付款 取货时付款 取货再付款 提货时付款 到我们门店来买 到门店来买 来门店买 到店里来买 来店里买 现金结算!的了过 当场买单 现场买单 现金给安装师傅 不用在网上拍 不用在网上下单 可以不走平台 不走平台单独 直接转过去就行 线下走款 收款直接付 当场谈价 门店买!的过了 店里价比这 店里价格比这 到店里面谈 到店面谈 转我个人就行 尾款转我个人 现钱结算 现钱交易 那边直接付 那边付就行 钱打过来我 钱转过来我 钱打过来就 钱转过来就 钱走我个人 走我个人那边 走我个人账 付款提走 付钱提走 付款拿走 付钱拿走 线下提货点 私下给你开单 私下开单 不走链接 ' +
      // The app described before the transfer: 改成绿色软件转账, 用蓝色那个支付软件转我, 支付宝打过来.
      '绿色软件转账 绿色软件转给 绿软转账 绿泡泡转账 支付软件转我 支付软件转给我 付款软件转我 app转我 app转给我 软件转我 软件转给我 支付宝打过来 支付宝打给我 直接转给店长 直接转给老板 转给店长 直接付款给我 付款给我 门店现金付款 到店现金付 ' +
      // A price cut for paying by transfer: 下次直接转账打九折, 转账更便宜.
      '转账打九 转账打八 转账打七 转账打折 转账享 转账更优惠 转账便宜 转账更便宜 转账立减 转账再减 转账能便宜 转账可以便宜 ' +
      // Paid on seeing the goods, at the seller's place: 来工厂看货付款.
      '看货付款 验货付款 看货付钱 看货交钱 看货再付 当面收钱 上门收钱 打款到公司 打款到对公 汇款到公司 转账到公司 转到公司账户 ' +
      // Paying the seller straight, the platform's fee named: 直接找我转账, 免去平台手续费.
      '找我转账 直接找我转 找我付款 免去平台手续费 免平台手续费 到店里再付 到店再付款 展厅付款 到展厅付 微信转你 微信转给你 支付宝转你 ' +
      // Cash as one of the ways at the door: 直接来村里拉，现金微信都行.
      '喂心转账 威信转账 维信转账 v芯转账 转账到微信 转到微信 转账到支付宝 个人账户付款 走个人账户 转个人账户 打个人账户 店里直接付 发个红包过来 红包发过来 发红包过来 ' +
      '现金微信都行 现金微信都可以 现金转账都行 现金转账都可以 现金支付宝都行 现金微信都得 现金或转账 现金给司机 现金给师傅 现金付给 现金交给 直接付给师傅 直接交给师傅 自提后现金结算 自提现金结算 到店现金结算 现场交易 ' +
      // Overseas ways to pay a person: bank in 到 Maybank 户口, PayNow 俾我 (folded 给我), Touch \'n Go 转账;
      // an order placed privately (私下落单平啲) and the platform skipped in English.
      'bankin 私下落单 私下下单 skiptheplatform paynowto maybank户口 paynow给我 paynow我 touchngo转账 tng转账 转数快给我 payme给我 ' +
      // …used to pay: 請用轉數快 FPS 付款, 可用 Wise 或 PayPal 直接付款, 可直接匯款到…帳戶.
      // The difference refunded privately, a bank card or a WeChat transfer as the way to pay, the platform's steps skipped:
      // 私下给您补差价, 银行卡直接打款，免去平台流程, 群内付款用微信转.
      '红包转我 私下给我走个单 私下走个单 转账都行 当面退钱 当面退款 来店自提享 到店自提享 转给设计师 钱在店里付 在店里付 不走线上 门店结算 在门店结算 结给师傅 现金结给 微信结给 私下给您补差价 私下给你补差价 私下补差价 私下退差价 银行卡直接打款 银行卡打款 银行卡直接转账 免去平台流程 省去平台流程 跳过平台流程 付款用微信转 付款用vx转 付款用支付宝转 群内付款 群里付款 在群里付款 群里付定金 群内付定金 ' +
      // A deposit as a red packet to the group's owner: 定金在群里发红包给群主.
      '发红包给群主 红包发给群主 红包给群主 群主收款 ' +
      '用转数快 用fps 用payme 用paynow 用paypal 用wise 可用wise 可用paypal fps付款 paypal付款 paypal直接付款 wise付款 直接汇款 汇款到',
    { family: 'payment', term: 'offsite-payment', need: 'always' },
  ),
  // Naming a payment method is a mention; it becomes a push only with a cue (转给我, 私下…).
  ...words('微信支付 微信付款 微信收款 微信红包', { family: 'payment', term: 'wechat-pay', need: 'mention', cues: 'payment' }),
  // WeChat's V and a transfer's initials sent privately (私下给我V转, 私下给我zz), paid on the spot (线下喝好了当场付),
  // to the company's account (尾款请打到公司对公户).
  // Paid at the warehouse or the shop, in cash, on the spot to an installer, by a contract, by a V or the blue or green wallet,
  // refunded offline (现金或者转我都行, 在仓库付款提货, 在门店直接付, 现金现结, 现场微信支付, 私下签合同打款, v付给我, 用蓝色钱包结, 线下给你退款).
  // Goods sold privately, 私下转账 by its homophones, settled face to face (群里私下出货, 思下专帐 — 帐 folds to 账 —, 同城自提“面对面结”).
  // A price settled face to face (现场谈价), WeChat by V, 微 or its colour (走个V转, 私下微❤转我, 💚转我, 直接付到小绿), Alipay as the blue app, by its initials or its company's ant (蓝色app转我, zfb直接过,
  // 🐜付款), paid at the shop in person or in cash (直接店里付, 到店现金, 现金补差价), into the company's own account (走公司账户, 给财务打款, a personal transfer 支持个人转账,
  // 打到公司卡), 私单 by its initial (走S单, 走Si单), 转账 by its initials (对公zz), a payee code by homophone (扫我收款马), and an
  // account of the seller's own paid into (打到老板个人账户); paid offline (定金线下付就行); by WeChat on the spot (费用现场微信结,
  // 满意当场转账, 当场微❤信付尾款); by weight at the farm (现场过秤给钱); to my card or the company's account (往我卡上打,
  // 打我们公司账上); at the shop, the stall, the factory or the counter (来店里直接交易, 实体店看货下单, 上手看了咱们再谈价, 看好了厂里付款,
  // 柜台直接付, 款项到店结清, 档口面对面挑, 款直接给仓库); face to face (面对面付, 现场谈现场拿, 现买现付); the order skipped
  // (对公转账，不必走拍下流程); to an Alipay account sent privately; Alipay as the blue app (走蓝色那个app转账).
  ...words('找我支付宝 找我的支付宝 给他现金 给师傅现金 当面结算 当面称重 绿泡泡转给 绿泡泡转账 绿泡泡转我 线下补给 线下补差 提货付钱 过来提货付 到店出示此卡 到店出示本卡 凭此卡到店 凭本卡到店 当场成交 现场成交 下单直接刷卡 见面再谈 价钱见面 见面谈价 见面再议 去线下专柜买 去我们线下专柜 到线下专柜买 线下专柜买 直接转给他 直接转给她 直接转给师傅 差价转给师傅 不用在链接里补 线下直接付 线下直接交易 在门店交钱 门店交钱 店里交钱 到店交钱 直接付现金 到店付现金 当面付现金 直接汇到 钱直接汇 汇到我们公司 汇到我们账户 汇到我的账户 汇到我卡 直接zhuan账 zhuan账也行 现金结账再 转账给助理 转给助理 现场下单一律 上手看了咱们再谈 实体店看货 来店里直接交易 店里直接交易 钱直接过给我 直接过给我 过给我 私下先转 转个定金 当面定 体验店当面 走蓝色app 定金走蓝色 当场提货再 现场提货再 厂里付款 厂里付 柜台直接付 柜台付 到店结清 档口面对面 面对面挑 到店再谈价 到店再谈 不必走拍下 不用走拍下 不走拍下流程 费用微信结 直接微信结 现场过秤给钱 过秤给钱 往我卡上打 打我卡上 往卡上打 打到我卡 面对面付 档口上手 直接到我们门店买 款直接给仓库 直接给仓库 支付宝账号转 支付宝账户转 现场谈现场拿 现买现付 打我们公司账上 打公司账上 当场微信付 微信付尾款 微信转过来 vx转过来 微信打过来 当场转账 微信给师傅 直接微信给 付现金还能 现金还能再 现场微信结 当面微信结 微信结清 付款软件打给我 付款软件转给我 支付软件打给我 付款软件打给 线下付 线下支付 线下交定金 线下交钱 定金打过来 定金转过来 订金打过来 给支付宝账号 支付宝账号给你 蓝色那个app转 蓝色的那个app转 蓝色那个软件转 蓝色的那个软件转 付到小绿 转到小绿 打到小绿 付到小蓝 走个v转 走v转 现场谈价 到店谈价 当面谈价 私下微转 微转我 蓝色app转我 蓝色app转 蓝色软件转我 现金补差价 直接店里付 来店里付 来店付 zfb转我 zfb直接过 zfb过 zfb直接转 绿转我 直接绿转 个人转账 走公司账户 给财务打款 给我们财务打款 打到公司卡 蚂蚁付款 蚂蚁支付 蚂蚁付 走si单 走s单 走个s单 对公zz 直接zz zz给我 收款马 收款玛 到店现金', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('个人账户 私人账户', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // …and a technician's own code scanned to pay him (师傅上门时扫他个人码付现).
  ...words('扫他个人码 扫他的个人码 扫师傅个人码 扫师傅的个人码 个人码付', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('私下出货 ' + [...'私思丝撕'].flatMap((a) => ['转账', '专账'].map((b) => `${a}下${b}`)).join(' ') + ' 面对面结 当面结 见面结', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('现场转账 给你发付款码 发你付款码 发个付款码 zfb对转 支付宝对转 微信对转 直接对转 给我发个红包 给我发红包 到店拿价 现金或者转我 现金或转我 转我都行 在仓库付款 仓库付款提货 仓库现结 线下给你退款 线下给您退款 线下退款 走线下单 绿色那个app里转 绿色app里转 现场微信支付 现场微信付 私下签合同 私下打款 现金现结 v付给我 v付我 门店直接付 在门店直接付 用蓝色钱包结 蓝色钱包转 转蓝色钱包', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('转绿色那个 直接转绿色 蓝色那个宝转 走蓝色那个宝 当场刷卡 线下走账 钱直接给师傅 直接给师傅就行 到场付现 对公转到我们 直接对公转 走私dan 私dan 到店现结 直接到店现结 试穿直接付 试完直接付 零钱转我 零钱转给我 自提现付 到店自提现付 看货付现 来厂里看货付 到厂付款 厂里付现 当面给师傅 当面付给师傅 当面交给师傅 走我们公司对公 走公司对公 走对公转账 现场直接付 不用在这儿拍 不用在这里拍 走小绿 小绿转过来 小绿直接转 收款账号一起发 收款账号发你 zfb收款 支付宝收款账号 到馆下单 到店下单再减 到店下单立减 当面给米 不走平台更划算 不走平台更便宜 转数给我 蓝钱包转我 蓝钱包转给我 回你收款账号 发你收款账号 私发收款账号 给你收款账号 打到他银行卡 打到他的银行卡 打到他卡上 打他卡上 打到她银行卡 打到师傅银行卡 打到师傅卡上 定金给我 自提可议价 到店可议价 到店议价 个人收款码 师傅的个人码 师傅个人码 zz给我 zz到我 wxzz vxzz 走个丝单 走丝单 绕开东子 绕开京东 绕开平台!预 绕过平台!处 绕过京东 绕开淘宝 绕开拼多多 走wx转 走微信转 走vx转 走v转 当货款 发我个红包 当面攞 定金先打到 定金打到 定金先打给 定金打给 走场外 mian交 mianjiao 面jiao 线下打款 甩我个红包 甩我个大红包 甩我红包 甩个红包给我 把定金转我 定金转我 打到老板卡上 打老板卡上 打到老板的卡 支某宝转我 支某宝转给我 某信转账 某信转给 某信转我 转账到个人账户 转到个人账户 直接v转 定金v转 线下取货付现金 取花付现金 线下付现金 走个私 钱转到绿色 钱转到我 银行卡过数 卡过数 直接过数 付我支付宝 付我微信 付我vx 私下给定金 私下给钱 私下付定金 码付就行 码付就好 走私下 zfb打过来 银行卡转我 银行卡转给我 银行卡直接转我 再现结 满意了再现结 不用在小店付款 不用在小店付 不在小店付款 蓝色钱包转我 蓝色钱包转给我 绿色钱包转我 绿色钱包转给我 到店现付 门店现付 自提付现 到店付现 公户直打 公户直接打 不过多多 不过平台 到店直接购买 到店直接买 到店购买正装 当面谈价 当面议价 现场刷卡 到店刷卡 门店刷卡 私下zhuan我 zhuan我 zhuan给我 私下zhuan 私下给我v转 给我v转 v转给我 v转我 私下给我zz 私下zz 私下给我转 当场付 当场结账 打到公司对公户 打到对公户 汇到对公户 转到对公户', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // Alipay as 小蓝 (走支付那个“小蓝”转我), a price difference paid back to the buyer directly (直接转你差价), and the
  // seller's own code paid into (扫我手卡背面那个码直接转, 扫店员手机上的码付尾款; not a code forwarded: 二维码直接转发), a warehouse
  // of the seller's to collect from (到我们线下仓自提), a deposit to Alipay by its initials (先打一半定金到zfb), cash on the
  // spot (当面验货、现金结清, 看对了当场现结), a transfer asked for (转个账给我).
  ...words('小蓝转我 小蓝转给我 小蓝直接转 走小蓝 直接转你差价 直接转您差价 转你差价 转您差价 差价直接转你 差价直接转您 码直接转!发 码直接付 码付尾款 现金结清 当场现结 转个账给我 线下仓自提 线下仓提货 到线下仓 定金到zfb 定金到支付宝 打到zfb 款到zfb', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // Money sent over or to WeChat's green bubble (钱转过去直接发货, 直接转绿泡泡就行), paid into the company's account
  // (金额大的直接打公司账户, 款打公司账上), and paid at the seller's shop or stall:
  // 店内付款当天可提, 现金微信都能付, 到店价比直播间低, 料子上手看，价格咱当面谈.
  ...words('款打过来 钱转过去 钱转给我 转绿泡泡 直接转绿泡泡 转到绿泡泡 打公司账户 打公司账上 打到公司账户 打到公司账上 款打公司 店内付款!码 现金微信都 现金微信均 到店价比 到店价更 价格咱当面谈 价格当面谈 当面谈价 ' +
    // …chosen there in person and settled there (挑中了店里直接结, 上手看满意再付钱, 可在门店现金结算).
    '店里直接结 门店直接结 档口直接结 门店现金结算 在门店现金 上手看满意再付 上手满意再付 上手看了再付 上手挑好再付', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  // Alipay by its first character and letter (直接支b打给我): only with a cue.
  ...words('支b', { family: 'payment', term: 'alipay', need: 'cue', cues: 'payment' }),
  // …and by its 支 or its tree-planting game (用那个蓝色“支”字软件转账, 每天收能量种树的那个App).
  // Alipay by a short name or its company's (往我那个'支宝'上打, 走'蚂蚁家'转账): only with a cue (一支宝石笔, 蚂蚁工坊).
  ...words('支伏宝 z付b 支fu宝 zhi付宝 支付bao 支宝 蚂蚁家 蚂蚁那家 蚂蚁那边 蚂蚁app 蚂蚁那个app 支字图标 支字的图标 蓝色支字图标 蓝色的支字图标 支字的app 支字的软件 支字的钱包 支字钱包', { family: 'payment', term: 'alipay', need: 'cue', cues: 'payment' }),
  // Alipay as the blue one that pays (蓝色那个支付转我, 蓝色那个能付钱的也行).
  ...words('蓝色钱包 蓝色的钱包 蓝色那个钱包 蓝色那个支付 蓝色的那个支付 蓝色支付软件 蓝色那个付钱的 蓝色那个能付钱的 蓝色图标的支付 蓝色软件 蓝色的软件', { family: 'payment', term: 'alipay', need: 'cue', cues: 'payment' }),
  // …and WeChat as the green one that pays (绿色那个能付钱的也行).
  ...words('绿色那个付钱的 绿色那个能付钱的 绿色的那个能付钱的', { family: 'payment', term: 'wechat-pay', need: 'cue', cues: 'payment' }),
  // Paid to me by the app itself (急要的老铁直接微信付给我).
  ...words('微信付给我 微信付我 微信付给店长 微信付给老板 支付宝付给我 支付宝付我 支付宝付给店长 支付宝付给老板 vx付给我', { family: 'payment', term: 'offsite-payment', need: 'always' }),
  ...words('支付宝 支付宝付款 支付宝收款 zhi付宝 吱付宝 支附宝 支fu宝 支付bao zhifubao alipay zfb 支妇宝 支护宝 支夫宝 吱妇宝 支负宝 支付蓝 吱吱!响叫声 支字软件 支字app 种树的那个app 收能量种树的app', { family: 'payment', term: 'alipay', need: 'mention', cues: 'payment' }),
  // Hong Kong's and overseas ways to pay a person: 转数快 (FPS), PayMe, PayPal.
  ...words('paypal payme fps 转数快', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  ...words('转账 汇款 打款', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // Cash is how a hotel or a shop counter is paid too: outside the order only for a price (现金结账再少十块).
  ...words('现金结账 现金结算 现金结 付现金 现金付款 现金支付', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // Goods fetched at the shop are bought there once a price is said: 到店拿货价格更低.
  ...words('到店拿货 到店自提 来店自提 到店提货 来店提货 来店里提货 到店里提货 店里拿货 来店里拿货 仓库提货 来仓库提货 到仓库提货', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // …and so is a visit to the shop, stall or warehouse, or buying face to face, once a better or open price is said there
  // (到店价还能再谈, 当面买还能便宜, 现场拿货价更实在, 来店里直接订，比线上省运费).
  ...words('现场下单 门店提货 来门店提货 到店下单 门店下单 到店价 当面买 现场拿货 来店里 到店里来 来我们店 到我们店 来档口 到档口 来仓库看货 仓库看货 来仓库挑 来仓库验 过来试戴 过来试穿 过来看货 来店里直接订 店里直接订 到店直接订', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'payment' }),
  // A deal closed or a price settled face to face, a deposit sent to the seller (付款当面谈, 现付现拿, 面对面成交, 定金先转我).
  ...words('付款当面谈 价格当面谈 价钱当面谈 现付现拿 面对面成交 当面成交 定金先转我 定金转我 定金直接转 定金转她 定金转他 定金转给她 定金转给他', { family: 'payment', term: 'offsite-payment', need: 'always' }),
];

export const paymentNegatives: LexEntry[] = negatives(
  // The shop's price as the dearer one (团购券比到店价便宜), and the platform's own shop (在小店里下单).
  '比到店价 比门店价 小店里下单 ' +
  // A request passed on, not money (平台会把需求转给我们).
  '需求转给我 问题转给我 信息转给我 留言转给我 工单转给我 官方会转给我 平台会转给我 ' +
  // One's own code printed (上传您自己的收款码，我们照图打印).
  // Paid in WeChat's own shop, the Channels checkout (所有订单都在微信小店里付款).
  '微信小店里付款 微信小店里付钱 微信小店内付款 微信小店付款 小店内付款 店铺内付款 平台内付款 ' +
  '自己的收款码 跳转到微信小店 跳转到微信 跳转到小店 跳转到店铺 ' +
  // Paid in the platform's own shop (在小店里直接付, 只在小店里交易), not in a shop of bricks (店里直接付).
  '小店里直接付 小店直接付 小店里付 小店里交易 小店内交易 ' +
  // A printer that prints payee codes (开店的老铁打收款码、商品标签都行), and a till's scanner that reads them (支持微信支付宝收款码).
  '打收款码 打印收款码 云闪付收款码 支持微信支付宝收款码 支持支付宝微信收款码 支持微信收款码 支持支付宝收款码 ' +
  // A refund back the way it was paid (退款将直接转账到您的原支付账户).
  '直接转账到您的原 直接转账到你的原 直接转账到原 ' +
  // Alipay at the platform's own checkout, after the order is placed (拍下用支付宝付款即可，支持花呗分期).
  ['拍下用', '拍下后用', '下单用', '下单后用', '下单时用', '付款时用', '结算时用', '下单时选择', '付款时选择', '结算时选择', '下单选择', '付款方式选择', '的时候选', '时选', '下单选', '付款选'].flatMap((w) => [`${w}支付宝`, `${w}支付宝付款`, `${w}支付宝支付`]).join(' ') + ' ' +
  // The Crazy Thursday meme (疯狂星期四，与其V我50，不如…) asks nobody to pay the seller.
  '与其v我50 与其v我五十 星期四v我50 星期四v我五十 ' +
  // Alipay supported at the platform's checkout (支持花呗分期和zfb付款).
  '支持zfb 和zfb付款 或zfb付款 ' +
  // (…and meeting in person refused: 也不去门店面交.)
  '不去门店面交 不去店里面交 不面交 不做面交 ' +
  '面交给 当面交给 面交流 当面交流 当面交代 面交代 面交叉 面交错 私单独 转给我们的客服 转账记录 转账截图 对公转账 转账手续费 ' +
    // Payee codes as products (stands, stickers) and as the shop's own (收款码支付 at a till).
    '收款码牌 收款码贴 收款码立牌 收款码台卡 收款码支付 收款码牌子 ' +
    // Another system of the platform skipped, no money (不走京东开票系统更快).
    ['淘宝', '天猫', '京东', '拼多多', '抖音', '快手', '小红书'].flatMap((p) => [`不走${p}开票`, `不走${p}物流`, `不走${p}快递`, `不走${p}发票`, `不走${p}价`]).join(' '),
);
