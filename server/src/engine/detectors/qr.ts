/** QR codes and scan calls. */
import { negatives, words, type LexEntry } from './lexicon';

export const qrEntries: LexEntry[] = [
  // A call to scan is the signal.
  ...words('长按识bie 长按认图 扫吗领取 扫吗领 扫吗加 扫吗进 扫吗关注 扫一哈 扫码 扫玛 扫马!路 扫一扫 扫二维码 扫描二维码 扫它一下 扫一下它 长按识别 长按扫码 识别二维码 识别图中 识别图片 扫我 扫下方 扫描下方 扫这个 扫描卡片 扫卡片 扫描详情页 扫详情页 扫一下详情页 扫这张图 扫描这张图 扫图进群 私你发二维码 私发二维码 私信发二维码 扫背面 扫qr 扫qr码 扫描qr qr码 码上扫 扫一下 saoma saoyisao sao一下 sao一扫 扫一sao sao一sao sao1sao', {
    family: 'qr', term: 'qr', need: 'always',
  }),
  // A camera pointed at the card is a scan with the code unnamed (手机打开相机对准本卡右下角，识别后填写…).
  ...words('相机对准本卡 相机对准卡片 相机对准卡背 相机对准这张卡 镜头对准本卡 镜头对准卡片 镜头对准这张卡 摄像头对准本卡 摄像头对准卡片', { family: 'qr', term: 'qr', need: 'always' }),
  // The noun alone is a product feature (疫苗带二维码); a scan, add or follow call makes it a signal.
  // A group's code: a code to scan and a group to join.
  ...words('群二维码 群码 进群码 入群码 群聊二维码', { family: 'qr', term: 'qr', need: 'always', companion: 'group' }),
  // …and with its characters swapped for homophones (客服贰维马在卡片背面).
  ...words(['二', '贰'].flatMap((a) => ['维', '唯', '微', 'wei', 'v', '位', '为', '威'].flatMap((b) => ['码', '马', '玛'].map((c) => a + b + c))).filter((w) => w !== '二维码').concat('二维码', 'qrcode', 'erweima', 'ewm').join(' '), { family: 'qr', term: 'qr', need: 'cue', cues: 'qr' }),
  // A mini program's code leads into WeChat's mini program: a third party too (DOMAIN.md lists 小程序).
  ...words('小程序码 太阳码 xcx码', { family: 'qr', term: 'qr', need: 'cue', cues: 'qr', companion: 'thirdParty' }),
  // …and 码 split into its parts (扌彐卡片右下角的石马).
  ...words('码 石马', { family: 'qr', term: 'qr', need: 'cue', cues: 'scan' }),
  // …and a code as its black and white squares (用手机📷那个黑白格).
  ...words('黑白格 黑白格子 黑白方格 黑白方块 黑白小方块 黑白小方格', { family: 'qr', term: 'qr', need: 'cue', cues: 'scan' }),
  // 二纟隹码 (维 in its parts), 二wei码 (卡背面有个二wei码) and 长按识别 (chang an shi bie) half or all in pinyin, 长按可识别, and the small square a card's code is called when the word is avoided.
  // A long press on a picture to recognise it (长按屏幕上的那张图识别一下).
  ...words('长按', { family: 'qr', term: 'qr', need: 'cue', cues: 'longPress' }),
  ...words('长按视别 二纟隹码 二wei码 changanshibie 扌日一下 扌日码 扌日一扌日 长按可识别 长按即可识别 长按就能识别 扫1扫 相册识别 相册里识别 扌彐一扌彐 扌彐一下 扌彐码 扌彐背面 扌彐卡片 扫进去就是 扫进去就能 扫进去就进 扫进去是 扫进去有 扫进去能 扫进来 scantheqrcode scanqrcode scanthecode scantheqr scanqr', { family: 'qr', term: 'qr', need: 'always' }),
  ...words('小方框 黑白方框 小方块 黑白小方块 小方格 黑白小方格 格子图 小格子图 方块图 方形图案 黑白格子 黑白格 黑白方块 方块 方块图案 方格子 小方格子 马赛克方块 格子图案 方格图 方格图案 小方格图 黑白小格子 黑白方格 小方码 方码 图案 黑白迷宫 迷宫图 小迷宫', { family: 'qr', term: 'qr', need: 'cue', cues: 'scan' }),
];

/** Honest uses: scanners, traceability and verification codes, payment terminals, admission. */
export const qrNegatives: LexEntry[] = negatives(
  // A shelf label changed by scanning it (电子价签 可扫码改价), a till reading the customer's screen, gloves that still scan to pay a ticket, a machine that takes WeChat and Alipay scans, a door that opens by card or scan, a pet tag a finder scans, a printer that prints a parcel's label from a scan (扫码打单).
  '扫码领券的别 扫码的别找 二维码加好友 扫码加好友功能 扫码打单 扫码贴单 路人扫 走失后路人 刷卡扫码 扫码都能开 支持微信和支付宝扫码 支持支付宝和微信扫码 支持微信支付宝扫码 支持支付宝微信扫码 扫码改价 扫码即可改价 识别手机屏幕 识别顾客手机 扫描顾客手机 戴着也能扫码 戴手套也能扫码 也能扫码付 扫桌上的码 扫桌子上的码 扫餐桌上的码 扫桌面的码 扫码入库 扫码出库 扫码打印一体机 扫一扫就能录入 扫码即可连接 扫码连接 扫码就能连接 扫码投屏 扫一下就能把 扫一扫入库 扫一扫盘点 扫描终端 扫一哈就干净 扫码点单 扫桌贴 扫桌码 扫码可看3d 扫码看3d 扫码可看ar 扫码看ar ' +
  // …and a warehouse scanning its own labels (方便仓库扫码盘点), a toy that reads its own cards (扫描卡片学编程).
  '扫码盘点 扫码入库 扫码出库 扫码管理 扫描卡片学 扫卡片学 扫描卡片即可学 扫描卡片就能学 ' +
  // Codes that are numbers to type, not squares to scan (兑奖码截图发旺旺).
    '兑奖码 兑换码 刮奖码 核销码 提货码 取货码 券码 ' +
    '长按识别键 识别键 扫码枪 扫码器 扫描器 扫描头 扫码头 扫码盒 扫描枪 扫描仪 扫码模块 扫码验真 扫码查真伪 扫码溯源 扫码防伪 扫码验证 扫码点餐 扫码点单 识别码 扫码播放 路人扫一下 路人扫一扫 路人扫码 好心人扫一下 好心人扫码 捡到的人扫一下 捡到的人扫码 ' +
    '二维码打印机 二维码标签 二维码扫描模组 扫描模组 扫码模组 扫码到账 识别指纹 扫码识别卡片 二维码编程卡 扫码识别发票 扫码识别票据 扫码录入 扫码支付 扫码付款 扫码入内 扫码入场 扫码入园 扫码乘车 扫码开门 扫码核销 扫码开票 扫码查询真伪 扫码借 扫码充电 ' +
    // A wedding invitation's code that guides guests there (二维码请柬 扫码即可导航到酒店).
    // A long press that recognises no picture (长按开机键识别指纹).
    '识别指纹 识别人脸 识别面容 识别语音 识别文字 长按开机 长按电源 长按按键 长按键 长按按钮 ' +
    // A code that activates, reads aloud or opens a manual (扫码激活eSIM, 点读笔扫码即读, 扫码查看电子说明书).
    // …and a scanning pen's scan of a line of print (扫读笔，扫一扫整行出翻译).
    '扫一扫整行 扫一下整行 扫一扫单词 扫一下单词 扫一扫就翻译 扫一扫出翻译 扫一扫就出翻译 扫一扫即可翻译 扫描整行 ' +
    // A printer fed from the phone, a brush that sweeps (支持手机扫码打印, 轻轻扫一扫就干净).
    '扫码打印 扫码复印 扫一扫就干净 扫一下就干净 扫两下就干净 ' +
    '扫码激活 扫码即可激活 扫码即读 扫码查看电子说明书 扫码看电子说明书 扫码查看说明书 扫码看说明书 网点扫码 ' +
    '扫码导航 扫码即可导航 扫码就能导航 扫码一键导航 扫码定位 扫码即可定位 二维码请柬 请柬二维码 ' +
    '扫码投屏 扫码直接投屏 扫码即可投屏 扫码就能投屏 扫码开锁 扫码解锁 扫码配网 扫码绑定 扫码连接 扫码连 扫码拍照 拍照扫码 ' +
    // Scanners sold: 一体式二维码扫描平台.
    // The product itself scanned by an AR or read-aloud app (用手机扫一扫球面图标就能看3D讲解, 扫绘本听故事);
    // not a code somewhere on it (扫一扫书页上的二维码, 扫绘本里的码).
    '扫一扫球面 扫描球面 扫球面 扫一扫地球仪 扫描地球仪 扫一扫书页 扫描书页 扫书页 扫一扫绘本 扫描绘本 扫绘本 扫一扫书本 扫描书本 扫书本 扫一扫课本 扫描课本 扫课本 扫一扫卡牌 扫描卡牌 扫一扫ar 扫描ar '.replace(/ /g, '!上里角中的内后背底封 ') +
    // Scanning spoken of as a topic (扫码的事说一下，…谁让你扫都别扫).
    '扫码的事 扫码这事 扫码这件事 ' +
    '扫一下就上网 二维码桌贴 点餐扫码 手表之间扫码加好友 手表间扫码加好友 手表之间扫码 扫书上的码 书上的码 扫一扫就能连 扫一扫就连 扫一扫连 扫一下就能连 扫一下就连 扫一下就能上网 扫码连wifi 扫码连网 扫码上网 二维码扫描平台 二维码扫描器 二维码扫描设备 二维码扫描模块 二维码扫描头 二维码扫描枪 二维码扫描仪 扫描平台 ' +
    '一维码二维码 一二维码 一维二维 二维码都能扫 二维码识读 识别二维码和 扫码王 扫码专家 ' +
    // Codes that are not QR codes, and a code scanned to check the goods (扫吊牌上的码查真伪).
    '条码 条形码 尺码 数码 价码 起码 码数 编码 代码 砝码 筹码 码头 码表 码字 码农 码垛 加码 解码 乱码 明码 源码 ' +
    // Sizes (穿M码刚好, 39码, 均码).
    'xxxl码 xxl码 xl码 xs码 s码 m码 l码 均码 大码 中码 加大码 特大码 欧码 美码 英码 日码 韩码 鞋码 童码 ' + [...'3456'].flatMap((t) => [...'0123456789'].map((u) => `${t}${u}码`)).join(' ') + ' ' +
    '码查真伪 码验真 码验证 码防伪 码溯源 码辨真伪 码查询真伪 码鉴别 码鉴真 码查正品 ' +
    ['扫码', '扫二维码', '扫描二维码', '二维码', '扫一扫'].flatMap((q) => ['验真', '验证', '辨真', '辨别真伪', '查真伪', '查询真伪', '鉴别', '鉴真', '防伪', '溯源', '查正品', '识别真伪', '可查真伪', '辨真伪', '验证真伪', '即可验真'].map((v) => q + v)).join(' '),
);
