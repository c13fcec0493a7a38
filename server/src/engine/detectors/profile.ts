/** Pointers to a profile, avatar or bio that holds contact details (主页有V, 电联看头像, and by homophone: 点一下我的投像). */
import { negatives, words, type LexEntry } from './lexicon';

export const profileEntries: LexEntry[] = [
  ...words('主叶 煮页 主ye 个性签名 签名档 个人信息那栏 个人信息栏 首页头图 店铺头图 置顶作品 简jie jianjie 我介绍里 我的介绍里 个人页 主页 zhu页 zhuye 头像 头象 投像 投象 简介 签名 个签 背景图 banner bio 置顶 昵称 相片 独白 个人资料 账号资料 个人介绍 背景墙 公告里 公告中 公告上 公告栏 首页底部 首页海报 店铺海报 顶部海报 店招 灯牌 粉丝牌 粉丝灯牌', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
  // The account name pointed at: 看我名字后面那串🟢, 名字里就藏着联系方式, 我快手名就是V号 (not 宝宝名字后面加日期).
  ...words('我名字下面 名字下面那一行 名字下面那行 看我薯名 薯名下面 薯名底下 薯名后面 看我名字底下 名字底下那行 看我名字后面 看我名字下面 名字最后那串 看名字后面 看店铺名后面 看店名后面 店铺名后面那串 店名后面那串 名字后面那串 看我快手名字 看我抖音名字 看我小红书名字 名字里就藏着 名字里藏着', { family: 'profile', term: 'profile', need: 'always' }),
  ...words('快手名就是 抖音名就是 小红书名就是 名字就是', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
  // A shop page's own blocks: 首页底部「关于我们」里面有…, 「联系我们」模块中的经理电话.
  // …and the shop's own introduction (号码藏在我们店铺介绍的最后一句).
  ...words('店铺介绍 店铺简介', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
  ...words('底部关于我们 首页关于我们 主页关于我们 关于我们栏目 关于我们页面 关于我们板块 关于我们模块 联系我们模块 联系我们栏目 联系我们页面 联系我们板块', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
  // A link said to be in the bio: 链接在简介，懂的宝子自取.
  // A shop page's phone pointed at (想办延保的，看店铺首页的联系电话).
  ...words(['', '店铺'].flatMap((s) => ['首页的联系电话', '首页上的联系电话', '首页的电话', '首页上的电话', '首页的联系方式', '首页上的联系方式'].map((w) => s + w)).join(' '), { family: 'profile', term: 'profile', need: 'always' }),
  ...words('链接在简介 链接放简介 链接在我简介 链接见简介 链接放在简介', { family: 'profile', term: 'profile', need: 'always' }),
  // …and the way to reach the seller (方式都在简介里).
  ...words('方式都在简介 方式在简介 方式都在主页 方式在主页 方式都在签名 方式在签名', { family: 'profile', term: 'profile', need: 'always' }),
];

export const profileNegatives: LexEntry[] = negatives(
  // A line of the bio holding the host's own details (简介第一行写了我的肤质, 简介第二行是我身高体重).
  [...'一二三'].flatMap((n) => ['肤质', '身高', '尺码', '发货', '体重', '三围'].flatMap((x) => [`第${n}行写了我的${x}`, `第${n}行是我的${x}`, `第${n}行是我${x}`])).join(' ') + ' ' +
  // A mascot in the avatar (主播头像那只企鹅是我们店的吉祥物).
  '头像那只企鹅 头像上那只企鹅 头像里那只企鹅 ' +
  // A live room's link pinned (助理把三号置顶一下), and the shop window on a Channels page (视频号主页的橱窗).
  [...'一二三四五六七八九十0123456789'].map((n) => `${n}号置顶`).join(' ') + ' 链接置顶 置顶一下 主页的橱窗 主页橱窗 主页里的橱窗 ' +
  // Shop signs sold (门头店招定制), and the host's own measurements in the bio (简介有我的身高体重: sizes to go by).
  // Light boards sold (发光灯牌定制, 生日灯牌), and Douyin's fan club lit (点亮灯牌加入粉丝团).
  '灯牌定制 定制灯牌 发光灯牌 生日灯牌 应援灯牌 灯牌制作 led灯牌 点下灯牌 点一下灯牌 点亮灯牌 点亮粉丝灯牌 点个灯牌 点灯牌 亮灯牌 点亮粉丝牌 灯牌加入 亮个灯牌 ' +
  '直播间背景墙 背景墙上那个 直播间置顶 ' +
  // The platform's own fan club joined from the avatar (点头像加入粉丝团).
  '灯牌点亮 点头像加入粉丝团 头像加入粉丝团 头像进粉丝团 头像加粉丝团 头像旁边的粉丝团 头像旁的粉丝团 头像边上的粉丝团 点头像关注 点头像进直播间 ' +
  // A group's own album, avatar or intro (加Q群…看群相册): the group's, whose own signal speaks.
  '群相册 群相片 群头像 群简介 群主页 群置顶 ' +
  '灯牌到 灯牌满 灯牌达到 灯牌等级 灯牌升到 粉丝牌到 粉丝牌满 粉丝牌等级 ' +
  '门头店招 店招制作 店招设计 店招定制 店招灯箱 有我的身高 有我的体重 有我的三围 有我的尺码 有我的穿搭 有我的肤质 有我的肤色 有我的年龄 有我的发质 有我的护肤 ' +
  // The buyer's own name told (进群报小红书昵称).
  ['', '小红书', '抖音', '快手', '淘宝', '微信', '一下', '上', '你的', '您的'].map((p) => `报${p}昵称`).join(' ') + ' ' +
  '微信头像 qq头像 宠物头像 萌宠头像 宝宝头像 自己的头像 你的头像 您的头像 专属头像 头像框!里内上 头像定制 定制头像 手绘头像 卡通头像 q版头像 头像手绘 画头像 情侣手绘头像 情侣头像 产品简介 商品简介 品牌简介 作者简介 内容简介 签名版 亲笔签名 签名笔 电子签名 置顶帖 群昵称 群名片 群公告 群公告里 群公告中 群公告上 群公告栏 公告栏目');
