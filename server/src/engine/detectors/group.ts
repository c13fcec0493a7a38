/** Groups and private messages that lead buyers off the platform. */
import { negatives, words, type LexEntry } from './lexicon';

const group = (list: string, term: string, need: LexEntry['need'], companion?: LexEntry['family']): LexEntry[] =>
  words(list, { family: 'group', term, need, ...(companion && companion !== 'negative' ? { companion } : {}) });

/** 裙 stands for 群 unless a skirt follows (裙子, 裙摆, 裙装 …). */
const NOT_SKIRT = '!子摆身装型长款裤边撑腰头';
/** 群 written 裙 in a group named by who is in it (福利裙, 吃货裙): a dress's name too, so a group only when joined (scanner.ts). */
export const JOINED_ONLY_SKIRTS = ['返现裙', '福利裙', '粉丝裙', '吃货裙', '宝妈裙', '老铁裙', '宠粉裙', '老粉裙', '会员裙', '内部裙', '团购裙', '接龙裙', '优惠裙', '折扣裙', '团长裙', '老客裙', '回头客裙', '私享裙', '服务裙', '答疑裙', '售后裙', '交流裙', '种草裙', '秒杀裙', '客户裙', '买家裙', '家长裙', '学习裙', '批发裙', '铁粉裙', '专属裙', '老客福利裙', '互助裙', '囤货裙'];

export const groupEntries: LexEntry[] = [
  // Groups that are off the platform by name, joined or not.
  // …and a seller pulling buyers in one by one (我一个个拉进“丝绸老友会”), whatever the group's name.
  ...group(
    `进|群 进|裙${NOT_SKIRT} 加|群 加|裙${NOT_SKIRT} 入|群 入|裙${NOT_SKIRT} 拉|群 拉进|群 粉丝群 福利群 交流裙${NOT_SKIRT} 友裙${NOT_SKIRT} 私域群 宠粉群 会员群 vip群 群号 进|群接龙 拉|群接龙 入|群接龙 扣1拉群 扣1进群 打1拉群 ` +
      `vip君羊 vip峮 代理裙${NOT_SKIRT} 内部裙${NOT_SKIRT} 内购裙${NOT_SKIRT} 宠粉裙${NOT_SKIRT} 会员裙${NOT_SKIRT} vip裙${NOT_SKIRT} 秒杀裙${NOT_SKIRT} 拿货裙${NOT_SKIRT} 售后裙${NOT_SKIRT} 回馈裙${NOT_SKIRT} 铁粉裙${NOT_SKIRT} 老粉裙${NOT_SKIRT} ` +
      '私域小群 小群里拉 统一拉进 挨个拉进 一个个拉进 挨个拉你 一个个拉你 挨个拉!黑表 一个个拉!黑表 一个一个拉!黑表 把你拉进 把你们拉进 把您拉进 拉你进去 拉您进去 拉你们进去 私人群 私人小群 私人福利群 私人福利裙 私人裙 私域群 私域福利群 内部群 交流群 售后群 老客户群 老客群 老顾客群 回头客群 团购群 秒杀群 内购群 拼单群 代理群 优惠群 宝妈群 社群 车友群 家长群 读者群 学员群 买家群 客户群 老粉群 铁粉群 ' +
      // A chain of sign-ups run in a group, at the group's own price: 群里接龙价每斤再少五毛.
      '群里接龙价 群接龙价 群内接龙价 ' +
      // …or the sign-up itself there (团长报名，群里接龙), and a comment that gets one pulled in (评论区扣1拉你).
      '群里接龙 群内接龙 在群里接龙 扣1拉你 扣1拉您 扣一拉你 扣1我拉你 打1拉你 ' +
      // A private 窝 opened or joined (私域小窝开了, 进我们的窝, 拉你进咱们自己的窝, 咱有个家人窝).
      '私域小窝 私人小窝 家人窝 进我们的窝 进咱们的窝 拉你进窝 进咱们自己的窝 进我们自己的窝 进自己的窝 ' +
      // WeChat's group written with 裙 (先进我V信裙).
      `v信裙${NOT_SKIRT} 微信裙${NOT_SKIRT} vx裙${NOT_SKIRT} wx裙${NOT_SKIRT} 薇信裙${NOT_SKIRT} 威信裙${NOT_SKIRT} 绿泡泡裙${NOT_SKIRT} ` +
      // …or a home of "our own" the buyer is pulled back into (下了播我拉你回咱自己的'家').
      '拉你回咱自己的 拉你回咱们自己的 拉你们回咱自己的 拉你们回咱们自己的 ' +
      // A group buy's 团 one is pulled into (晚点拉你们进团): a fan club is joined, nobody pulls anyone in.
      '拉你进团 拉你们进团 拉您进团 拉大家进团 ' +
      // …and in pinyin: jin qun, la ni jin qun.
      'jinqun jiaqun ruqun laqun ' +
      // A place said to be off the site (带你们去咱们站外的后花园).
      '站外的后花园 站外后花园 站外的小家 站外小家 站外的群 站外群 站外的小群 站外小群 站外的小窝',
    'group',
    'always',
  ),
  // Any other group once the copy asks to join it: 进茶友群, 拉你们进装机交流群.
  ...group('群', 'group', 'join'),
  // Pulled in after a comment: 评论区扣“团”拉你.
  ...words('拉你 拉您 拉你们 我来拉 我就拉 我一会拉 我一会儿拉 待会拉', { family: 'group', term: 'group', need: 'cue', cues: 'comment' }),
  // Dragged into one's own 裙 (下播后我把你们拽进咱自己的裙里).
  ...group('把你们拽进 拽你们进 拽你进 拽进咱', 'group', 'always'),
  // A group joined in passing (懂行的进个裙).
  ...group('进个裙 进个群', 'group', 'always'),
  // Groups under another name: 拉进宠粉基地, 进福利社, 拉你进我们的装机交流组.
  ...group('宠粉基地 粉丝基地 福利基地 宠粉社 福利社 宠粉营 交流组 福利组 粉丝组 内部组 薅羊毛裙 薅羊毛群', 'group', 'join'),
  // 私域 only when the buyer is taken into it (进我们私域, 拉你进私域): books and courses teach 私域 (讲私域、讲会员).
  ...group('私域', 'group', 'join'),
  // Slang for a private group, once the copy asks to join it: 拉进咱们老铁小分队, 小圈子，私我进.
  // (…and a small group said to be out of the platform's reach: 那个不受限制的小群.)
  ...group('不受限制的小群 不受限制的群 不受限的小群 没有限制的小群 平台管不着的群 平台管不着的小群', 'group', 'always'),
  ...group(`大本营 小本营 小鱼塘 福利大家庭 粉丝大家庭 宠粉大家庭 老粉大家庭 拼友之家 粉丝之家 老粉之家 宠粉之家 会员之家 姐妹团 宝妈团 吃货团 内部团 福利团 老粉团 宠粉团 家族群 家族裙 家人群 宠粉小家 粉丝小家 老粉小家 福利小家 福利组织 内部组织 宠粉组织 来我鱼塘 进我鱼塘 我的鱼塘 私家鱼塘 私家闲鱼塘 咱们鱼塘 咱们的鱼塘 咱家鱼塘 咱家的鱼塘 咱家族鱼塘 家族鱼塘 我们的鱼塘 服务圈 专属圈 福利圈 会员圈 粉丝圈 宠粉圈 车队 内部车队 福利车队 宠粉车队 粉丝车队 后花园 小花园 小院儿 小院子 小圈子 小分队 小基地 发烧友基地 粉丝基地 福利基地 老粉基地 小窝 福利窝 宠粉窝 老粉窝 粉丝窝 小组 群组 车友会 qun 小裙${NOT_SKIRT} ${JOINED_ONLY_SKIRTS.map((w) => w + NOT_SKIRT).join(' ')} 俱乐部 研究所 大本营 茶友会 交流圈 圈子 小团体 小家 后院 根据地 小根据地 小灶 小房子 小家族 秘密基地 同好会 私房小组 老铁车队 采购联盟 团购联盟 老粉大家庭 私域大家庭 老友会 私享会 内部小团 姐妹圈 vip小屋 小屋 私房群 组织 家族 group`, 'group', 'join'),
  // 群 written in its parts (君羊) or as a look-alike (峮); 姐妹裙 is also a bridesmaid's dress.
  ...group(`君羊 峮 姐妹裙${NOT_SKIRT}宴礼伴`, 'group', 'join'),
  // …and a 裙 that is ours, joined (下播都拉进咱家的裙), not a skirt of ours (咱家的裙子).
  ...group(['咱家的裙', '咱们的裙', '我们的裙', '我家的裙', '咱家裙'].map((w) => w + NOT_SKIRT).join(' '), 'group', 'join'),
  // A group in the green app (我拉你进绿色那个群): WeChat's.
  ...group('绿色那个群 绿色的那个群 绿色群 绿群', 'group', 'join', 'contact'),
  // A WeChat group the seller set up for the buyers (另外建了个微信群).
  ...group('建个小群 建了个小群', 'group', 'always'),
  // A group that welcomes the buyer (某宝的店铺群欢迎你).
  ...group('群欢迎你 群欢迎您 群欢迎大家 群欢迎你们', 'group', 'always'),
  // A 裙 where things are given out (名额只在裙里发, 每周三裙里放内部价), and my own private one (进的是我私人的那个群).
  ...group('私域小圈子 私域圈子 裙里发 裙里放 裙里抢 裙里领 裙里价 私人的那个群 私人那个群 私人的群', 'group', 'always'),
  ...group('建了个微信群 建了微信群 建了个vx群 建了个v群 建了个薇信群', 'group', 'always', 'contact'),
  // Groups on a named app: a group and a contact or third-party signal at once.
  ...group('vx大群 微信大群 v大群 vx群 v群 v信群 薇信群 徽信群 喂心群 喂信群 卫星群 薇群 wx裙 vx裙 薇亻言群 微亻言群 wx群 威信群 小绿群 小绿泡群 绿泡泡群 绿色泡泡群 wei信群 威芯群 维信群 喂心群 威心群 微芯群 v芯群 薇芯群 胃星群 卫信群 企业微信群 企微群 绿色app里的群 绿色软件里的群 绿色app的群 绿色的小群 绿色小群 绿色的群', 'wechat-group', 'always', 'contact'),
  // …and pulled straight into the app, its group unnamed (主播统一把大家拉进小绿, 扣1拉你进微信).
  ...group(['拉进', '拉你进', '拉您进', '拉你们进', '拉大家进'].flatMap((v) => ['微信', '小绿', '绿泡泡', 'vx', '威信', '薇信'].map((a) => v + a)).join(' '), 'wechat-group', 'always', 'contact'),
  ...group('vipgroup', 'group', 'always'),
  ...group('tg群 电报群 telegram群 纸飞机群 whatsapp群 whatsapp群组 telegramgroup whatsappgroup line群', 'im-group', 'always', 'contact'),
  // Overseas social networks' groups: another platform wherever they are named.
  ...group('facebook群 facebook群组 fb群 fb群组 facebookgroup', 'social-group', 'always', 'thirdParty'),
  // Feishu (Lark) groups, like DingTalk's: another platform wherever they are named.
  ...group('飞书群 飞书粉丝群', 'feishu-group', 'always', 'thirdParty'),
  ...group('微信群', 'wechat-group', 'join', 'contact'),
  // A group's number with 群 written 裙 or 峮: only with the number after it (a dress has no 裙号 7 0 2 2…).
  ...group('裙号 峮号', 'group', 'handle'),
  // WeChat's V before a group's other names (拉进咱们的V家族).
  ...group('v家族 v信家族', 'wechat-group', 'join', 'contact'),
  // In English, taken in: I'll pull you into our WeChat group (not: we don't have a WeChat group).
  ...group(['into', 'join', 'to'].flatMap((v) => ['our', 'the', 'my', ''].map((o) => `${v}${o}wechatgroup`)).join(' '), 'wechat-group', 'always', 'contact'),
  // 裙 for 群 after WeChat's letter, once the buyer is taken in (拉你们进v裙; 深v裙 is a dress).
  ...group(`v裙${NOT_SKIRT} vx裙${NOT_SKIRT} 薇信裙${NOT_SKIRT} 微信裙${NOT_SKIRT}`, 'wechat-group', 'join', 'contact'),
  ...group('qq群 q群 扣扣群 企鹅群 叩群 蔻群 扌口扌口群 口口群', 'qq-group', 'join', 'contact'),
  // …with 群 in its parts (都在俺们家的企鹅君羊里).
  ...group('企鹅君羊 qq君羊 扣扣君羊', 'qq-group', 'always', 'contact'),
  ...group(`企鹅裙${NOT_SKIRT} 扣扣裙${NOT_SKIRT} q裙${NOT_SKIRT}`, 'qq-group', 'join', 'contact'),
  // …and QQ's nicknames before 裙, which no dress is called (秋秋裙 7352…, 抠抠裙 7283…).
  ...group('秋秋裙 球球裙 秋秋群 球球群 抠抠裙 抠抠群', 'qq-group', 'always', 'contact'),
  // (…and Taobao by its peach: 进🍑宝群领券, 🍑 folded to 桃.)
  // …and the shop's group there (只在TB店的群里发, 都在某宝那家店的群里, 在TB那个群里喊我).
  ...group('淘宝群 淘宝粉丝群 桃宝群 tb群 某宝群 淘宝店群 淘宝店的群 tb店群 tb店的群 某宝店群 某宝店的群 淘宝那家店的群 某宝那家店的群 tb那家店的群 tb那个群 淘宝那个群 某宝那个群', 'taobao-group', 'join', 'thirdParty'),
  // 丁丁 and 叮叮 are 钉钉 said aloud. A DingTalk fan group is a shop's own channel by name: named, it is offered
  // (钉钉粉丝群每日抽奖, 到钉钉粉丝群里登记) — home on Taobao only (rules/taobao.json).
  ...group(`钉钉粉丝群 dingding粉丝群 dingding粉丝裙${NOT_SKIRT} 丁丁粉丝群 叮叮粉丝群 町町粉丝群 盯盯粉丝群 盯盯粉丝裙${NOT_SKIRT} 町町粉丝裙${NOT_SKIRT} 钉钉粉丝裙${NOT_SKIRT} 丁丁粉丝裙${NOT_SKIRT} 叮叮粉丝裙${NOT_SKIRT} 钉钉的粉丝群 钉钉的粉丝裙${NOT_SKIRT} 钅丁钅丁粉丝群 钅丁钅丁粉丝裙${NOT_SKIRT} 钅丁钅丁粉丝君羊 钉钉粉丝君羊 钅丁钅丁君羊`, 'dingtalk-group', 'always', 'thirdParty'),
  ...group(`dingding群 钉钉群 丁丁群 叮叮群 町町群 钉钉裙${NOT_SKIRT} 丁丁裙${NOT_SKIRT}`, 'dingtalk-group', 'join', 'thirdParty'),
  ...group('群聊', 'group-chat', 'join'),
  // Private messages count when they are tied to an off-platform goal (DOMAIN.md §4).
  // 私底下傾 (Cantonese 倾, chat): a private chat. 戳我 not before 主页/头像/橱窗/小店: tapping a page asks for no message,
  // and a negative there would hide the pointer the page is (戳我主页看联系方式).
  ...words('禾厶我 禾厶聊 禾厶信我 s聊 s信我 d我一下 d我下 私底下倾 私下倾 私下唠 私底下唠 私我 私聊 私信我 私讯我 私讯 sl我 撕聊 滴滴我 滴滴主播 私信主播 给我发个消息 给我发消息 滴我!们 dd我 pm我 找我私聊 私戳 戳我!微薇vw的+主头橱小 私信领 私信获取 私信要 私信发 私发你 私你 私信你 dm我 dmme 滴滴你 dd你 私信小助理 私信助理 私下聊 私下细聊 私下沟通 单独聊 单聊 pm我 pm你 私信问价 私信询价 直接私信 私信把 私信给你们发 私信给你发 ' +
      // 私 said as its homophones (地址丝我, 位置思聊).
      '丝我 思我 思聊 丝聊 丝信我 思信我 私xin我 私xin 私x我 私me 滴一下我 ' +
      // A single d for the DM, one by one (我让助理挨个 d 你).
      '挨个d你 一个个d你 挨个d 一个个d', { family: 'group', term: 'dm', need: 'always', cues: 'dm' }),
];

export const groupNegatives: LexEntry[] = negatives(
  // A notice's heading about groups (【入群说明】本店不设任何微信群); the group's owner added, not the group (加群主徽信).
  '入群说明 进群说明 入群须知 进群须知 君加羊 一群羊 加群主 加下群主 加一下群主 ' +
  // A walkie-talkie's calls (一键群呼和单呼私聊).
  '单呼私聊 私聊功能 ' +
  // Private chats denied to be the seller's (不是我们私聊你哦), or the whole way refused (私聊加好友那套我不弄; 加微信这事就别提了).
  '不是我们私聊 不是我私聊 不是主播私聊 不是我们私信 不是我私信 私聊加好友那套 加好友那套 私聊那套 加微信那套 加微信这事 加v这事 ' +
  // Someone who messaged the seller, told of (有姐妹私我说要进群).
  '姐妹私我说 宝宝私我说 宝子私我说 家人私我说 老铁私我说 朋友私我说 人私我说 顾客私我说 ' +
  // No private chat (冇私聊報價: 冇 folds to 没).
  '没私聊 没有私聊 ' +
  // The platform's own message to a winner (中奖的系统会自动私信你填地址).
  '系统会自动私信 系统自动私信 系统会私信 系统私信 ' +
  // 意思我们, 真丝我: no 私我.
  '意思我 真丝我 蚕丝我 钢丝我 铁丝我 粉丝我 螺丝我 ' +
  // English add me (add 我), not 滴滴我 as dd我.
  'add我 ' +
  // A V-neck dress (深v裙) is no WeChat group.
  '深v裙 大v裙 小v裙 v领裙 ' +
  // A private chat said to change nothing, or not to suit (价格私聊不方便，直接打电话: the call is the push): 私聊也是这个价.
  '私聊不方便 私信不方便 私聊也是这个价 私聊也一样 私信也是这个价 私信也一样 宝妈群里都在 群里都在推荐 ' +
    '会员俱乐部 私域试点 群舞 群众 群体 人群 全家人群 家人群体 一群 成群 群岛 超群 合群 群星 群居 群英 群租 族群 群落 群像 群演 鸡群 羊群 牛群 鸭群 鱼群 建筑群 楼群 集群 机群 菌群 ' +
    '肠道菌群 适用人群 适宜人群 不适宜人群 群山 群峰 群芳 群雄 群殴 一大群 整群 进群众 ' +
    // Community management as a subject (books, courses): 《社群运营实战》, 会员社群活动.
    '社群运营 社群营销 社群活动 社群经济 社群文案 社群管理 社群策划 社群搭建 社群玩法 社群课 讲社群 做社群 做微信社群 做企业微信社群 社群sop 社群话术 社群裂变 社群转化 社群成交 社群变现 社群增长 把私域做 做好私域 私域做好 私域运营 ' +
    // 单聊 read across a word that ends in 单 (在订单聊天里留言): a chat on the order, not a private one
    // (not 下单聊, 面单聊 or 名单聊: 私下单聊, 里面单聊 and 点名单聊 are private chats).
    '订单聊 账单聊 菜单聊 清单聊 接单聊 派单聊 表单聊 保单聊 运单聊 晒单聊 跟单聊 拼单聊 工单聊',
);
