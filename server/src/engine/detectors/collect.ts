/** Collecting the buyer's own contact details: 备注微信号, 把手机号留在评论区, 加客服好友. */
import { words, type LexEntry } from './lexicon';

/** Contact nouns: a collect signal when the copy asks the buyer for one (see COLLECT_BEFORE), longest first. */
export const COLLECT_NOUNS = (
  '手机号 手机号码 电话号码 联系号码 能加上的号 能加的号 电话 电化 油箱 围芯号 围心号 围信号 围号 ㄕㄡㄐ一号 联系电话 能打通的号 能接通的号 您本人的微信 本人的微信 常用的手机!型壳品款屏电系版尺套膜号 负责人手机 负责人电话 负责人的手机 能接的号 能接电话的号码 能接电话的号 能联系上的微信号 能联系上的微信 方便接听的号码 方便接听的电话 方便接听的手机 能收快递的那串数字 收快递的那串数字 能收快递的号 能收快递的手机 十一位的那个 11位的那个 能打通的号码 能接通的号码 能联系上的号 lv泡泡号 绿色id 能打通的手机 能联系的手机 能加的号 手ji号 shouji号 shouji号码 绿色软件的号 你的十一位 您的十一位 绿色聊天软件的号 你的绿泡泡 您的绿泡泡 私人电话 私人号码 私人手机号 十一位数 十一位数字 11位数 11位数字 绿泡号 微信号 微信 vx vx号 v号 qq号 qq q号 sj号 微号 wei芯 wei信 v芯 w信号 w信 胃心号 胃芯号 味信号 联系方式 电联方式 电联号码 号码 wx 微信名 常用号码 whatsapp whatsapp号码 whatsapp号 lineid line号 line email email地址 邮箱地址 电邮 电邮地址 wei信号 v信号 wechatid wechat号 wechat ig账号 ig号 instagram账号 邮箱 电子邮箱 座机 座机号 固话 聊天号 聊天账号 常用聊天号 常用聊天账号 绿泡泡号 小绿泡泡号 小绿号 绿号 weixin号 weixin 企鹅号 维信号 威信号 薇信号 徽信号 卫星号 薇信 v信 威信 维信 常用手机 扣扣号 抠抠号 蔻蔻号 叩叩号 球球号 秋秋号 你的v 您的v 你的薇 您的薇 能加到你的号 能加到您的号 能加到你的 加得到你的号 能加到的号 薇号 威号 ' +
  // A way to reach the buyer said in words, and WeChat by its colour: 能联系到你的方式, 备注您的绿色号;
  // a bare v only as the buyer's (备注一下你的V): every V领 and V8 would be read for a request otherwise.
  '联系到你的方式 联系到您的方式 找到你的方式 找到您的方式 能联系到你的号码 联系到你的号码 能联系到您的号码 you箱 shou机 shou机号 1开头的那11位数字 1开头的11位数字 1开头的那串数字 地址电话 地址和电话 地址跟电话 能收短信的号码 能收短信的号 收短信的号码 能打通的电话 打得通的电话 能接通的电话 姓名和手机 联系你的方式 联系您的方式 绿色号 绿色软件号 绿软号 绿色app号 绿色聊天号 绿色聊天软件账号 绿色聊天软件号 绿色软件账号 小绿账号 小绿号 绿泡泡号 绿泡泡账号 ' +
  // A bare 手机 only beside another way to reach the buyer (填写对接人姓名、手机和邮箱): alone it is the goods.
  '手机和邮箱 手机及邮箱 手机或邮箱 手机和微信 手机或微信 手机及微信 手机邮箱 ' +
  // …and in pinyin (评论区打出你的 shou ji hao, 备注收件人 shou ji 和 wei xin), 电话 half in it (留个电h).
  'shouji shoujihao shoujihaoma dianhuahaoma weixinhao lxfs shou机号 shou机hao 手机hao lu泡泡号 电h!dz ' +
  // A second number to reach the buyer by (留下您的另一个手机号; not 打另一个号码, a number called).
  '另一个手机号 另外一个手机号 另一个电话 备用手机号 备用电话 ' +
  // …and by initials, homophones, split characters, colour and other apps (把您的 tel 留在追评里, 发一下您的威辛号, 写上您的彳敚亻言号,
  // 能加的绿色号码, 写下您的企业微信, 备注写上你的 Telegram 用户名).
  'tel 威辛号 为信号 彳敚亻言号 绿色号码 企业微信 企微号 telegram用户名 telegram号 tg号 ' +
  // 您的手机 to write down is its number (留言里写上您的手机), not the phone itself (您的手机型号, 您的手机壳).
  '您的手机!型壳品款屏电系版尺套膜号 你的手机!型壳品款屏电系版尺套膜号 ' +
  // …and a V the buyer uses (备注一个常用的V), not a neckline; WeChat by homophone, a parent's phone, a number for the gift (写上你的 喂 心,
  // 备注家长手机, 留个收礼电话).
  '收礼电话 收礼人电话 绿色聊天软件的号 聊天软件的号 常用的v!领 你的喂心 您的喂心 你的威信 您的威信 你的卫星 您的卫星 你的薇信 您的薇信 家长手机 家长电话 家长手机号 ' +
  // …by homophone and by initials (留言写上你的“手鸡号”, 公屏打出你的 s j h).
  '店话 绿泡泡 威亻言号 微亻言号 薇亻言号 威x号 薇x号 维x号 wei号 电hua 电hua号 电电话 球球号 秋秋号 手提号码 手提号 手提电话 电言舌 ㄉ一ㄢㄏㄨㄚ 纟录泡泡号 电话号 电讠舌 电讠舌号码 电码 联系电码 手鸡号 手鸡号码 首机号 手几号 手几号码 dian话 dian话号码 薇芯号 v芯号 威芯号 微芯号 dianhua sjh sjhm dh dhhm 扣扣 危信号 围信号 唯信号 魏信号 胃信号 喂心号'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

export const collectEntries: LexEntry[] = [
  // (Letters alone, such as dh or sjh, must not touch other letters: DHA is no 电话.)
  ...words(COLLECT_NOUNS.join(' '), { family: 'collect', term: 'collect', need: 'collect' }),
  // …and 朋友 or its homophone 盆友 after the same add-call (加客服小二为盆友), not a circle of friends (加朋友圈).
  ...words('好友 hao友 haoyou 朋友!圈 盆友!圈', { family: 'collect', term: 'friend', need: 'cue', cues: 'friend' }),
  // A bare V left by the buyer (顺便留个V，我拉你进群), not a V-neck (留个V领); WeChat by homophone left (在评论区留个喂心).
  ...words('留个v!领 留下v!领 留个vx 留下vx 留下你的v!领 留个你的v!领 留个喂心 留下喂心 留个薇信 留个威信', { family: 'collect', term: 'collect', need: 'always' }),
  // …and a phone left without its 号 (订单备注留个手机，师傅电联), not a phone case or stand.
  ...words('留个手机!壳膜套架支号孔位座链绳包夹', { family: 'collect', term: 'collect', need: 'always' }),
  // English as folding reads it (spaces dropped): leave your phone number.
  ...words('leaveyourphonenumber leaveyourphone leaveyournumber leaveyourwechat leaveyourwhatsapp', { family: 'collect', term: 'collect', need: 'always' }),
];

/** Verbs before a contact noun that ask the buyer for it (fillers such as 您的 may stand between). */
export const COLLECT_BEFORE = [
  '留下', '留个', '留一个', '加一句', '公屏打个', '回个', '回一个', '补个', '补一个', '带上', '需要您的', '需要你的', '再写一遍', '写一遍', '再留一遍', '补充', '回复客服', '写清', '写清楚', '扣<扣', '补上', '发给客服', '留一下', '留好', '留', '备注', '备注上', '备注好', '填写', '填上', '填好', '填', '写上', '写下', '写好', '写明', '写', '报上', '提供', '发我', '发给我', '私发',
  // …and asked for by message (助理会私信你要手机号), or replied to the shop's service (回复本店客服您的常用手机号).
  '回复本店客服', '回复我们客服', '回复店铺客服', '私信你要', '私信您要', '私你要', '私聊你要',
  // …or told the service or sent in its chat (跟客服说一声手机号, 在聊天里发一个常用号码).
  '说一声', '发一个', '发来', '里发个', '发下', '打出你', '告知客服', '敲一下',
  // …and filled in after the order (在订单留言处补一下您常用的手机号码).
  '补一下', '补充一下',
  // …and dropped where everyone sees it (丢个手机号在公屏).
  '丢个', '丢一个', '丢下', '发我们您的', '发我们你的', '发给我们您的', '发给我们你的',
  '发你', '发你的', '发您的', '私信我们', '私信我', '私我发', '登记', '打出你的', '打出您的', '打出!电', '打上', '附上', '注明', '标注', '报<播预电', '回复!@', '发一下', '留言', '告知', '告诉我', '告诉我们', '告诉客服', '留低', '写低', '发送',
  // Typed or sent where everyone sees it (评论区打手机号, 留言区发手机号), not 打电话 (a call: scanner.ts's collectRequest);
  // a bare 发 is the seller's too (发手机号给你), and on the live screen a viewer's, warned against (有老铁在公屏发手机号，别发).
  // (评论区 itself is an honest word of reviewBait.ts: a verb overlapping it is never read.)
  '留言区发',
  // Not dialled (一键拨打家长号码).
  '打<拨',
  // Handed in on a form or asked for in a message: 扫码…提交手机号预约, 我私信找你要手机号 (not 输入: 输入手机号码 is typing on a phone).
  '提交', '加上', '并附', '找你要', '跟你要', '问你要', '向你要', '找您要', '跟您要', '问您要', '向您要',
];
// (…and the platform's own chat the reply goes to: 请回复咚咚客服您的威芯号; the number's kind: 能联系到你的电话, 您常用的手机号码,
// 可联系的手机号, 真实的手机号.)
// (…and 您那个, 平时用的, 安装联系人: 留一下您那个绿色聊天软件的号, 写上您平时用的电话, 填写安装联系人手机号; 备注一个打得通的手机号.)
export const COLLECT_FILLERS = ['一个打得通的', '打得通的', '一个能打通的', '能打通的', '您那个', '你那个', '平时用的', '安装联系人', '安装联系人的', '小区名和', '地址和', '老铁的', '宝子的', '家人的', '姐妹的', '师傅', '咚咚客服', '旺旺客服', '飞鸽客服', '联系人', '联系人的', '能联系到你的', '能联系到您的', '您常用的', '你常用的', '常用的', '可联系的', '可联系', '可以联系的', '真实', '真实的', '不关机的', '一个不关机的', '常用的那个', '你常用的那个', '您常用的那个', '要充值的', '一个能加的', '个能加的', '方便接听的', '能接听的', 'zfb', '支付宝', '卡片下方的', '卡片上的', '充值', '个能打通的', '能联系的', '个能联系的', '你那串', '您那串', '那串', '卡片背面的', '会员卡背面的', '背面的', '卡上的', '下方的', '订单号和', '订单号及', '订单号以及', '订单截图和', '收件', '收花人', '收礼人', '收件人', '您的', '你的', '宝妈的', '宝妈', '妈妈的', '妈妈', '爸爸的', '爸爸', '家长', '宝宝的', '家长的', '收件人的', '收货人的', '收花人的', '收礼人的', '对方的', '亲的', '宝子的', '买家的', '你们的', '您们的', '您', '你', '你们', '下', '一下', '个', '上', '自己的', '真实', '常用的', '常用', '本人', '一个', '收货', '有效', '能联系到的', '客服您的', '客服你的', '小店客服您的', '店铺客服您的', '在线客服您的', '官方客服您的', '能联系到你的', '能联系到您的', '能联系上你的', '能联系上您的', '联系得到你的', '联系得上你的', '能找到你的', '能找到您的', '一个能打通的', '能打通的', '能接通的', '能接电话的', '能接到电话的', '十一位', '11位', '收货人', '收件人', '家长', '备用', '采购', '负责人', '负责人的', '联系人', '联系人的', '恁', '恁的', '侬', '侬的', '子女', '子女的', '孩子的', '家属', '家属的', '家里', '家里的', '父母', '父母的', '老人', '老人的', '家人', '家人的', '妈妈的', '爸爸的', '宝爸的', '下方', '下面', '以下', '方便联系的', '方便联系', '能加微信的', '可以加微信的', '能加上微信的', '绑定微信的', '同微信的', '能', '孩子', '新人', '新人的', '新郎', '新娘', '寿星', '寿星的', '收礼人', '收礼人的', '完整', '完整的', '姓名', '姓名和', '对接人', '对接人的', '对接人姓名', '单位名称', '企业名称和', '公司名称和', '单位名称和'];
/** Verbs after a contact noun: 把手机号留在评论区, 手机号发评论区, 把手机号分两条发, 把新地址和电话发企鹅, 把你的微信号告诉在线客服 …. */
// (Not 发微信 after a noun: 打电话发微信 is what a phone does.)
export const COLLECT_AFTER = ['填好', '拍给客服', '甩给', '提供给', '写一下', '发小店客服', '回复至', '留给', '打一下', '一起留言', '在留言里写', '留言里写', '写全', '告诉在线客服', '告诉客服', '告诉旺旺客服', '告诉咚咚客服', '告诉飞鸽客服', '告诉商家客服', '也给我', '也发我', '发至', '发企鹅', '发qq', '发扣扣', '分两条发', '分两次发', '分开发', '发出来', '敲在', '敲到', '发弹幕', '打在弹幕', '发在弹幕', '告诉小店客服', '写进', '回复到', '留评论区', '留评论', '私信我', '私信给我', '发咚咚', '发旺旺', '发飞鸽', '填进', '填入', '发一份到', '另外发到', '另发到', '另发至', '发短信到', '短信发到', '短信发送到', '发短信至', '短信发至', '短信发送至', '再写一遍', '写一遍', '再发一遍', '再留一遍', '留给客服', '留给我们', '发过来', '回复在', '留在', '留到', '留言给', '发到', '发在', '发评论', '发客服', '打在', '写在', '填在', '发给客服', '发给我', '私信给', '私发', '打到', '扣在', '评论在', '报给', '都发我', '发我', '发送至', '发送到', '打出来', '写到', '填到', '回复给', '回给', '发给', '备注在', '备注到', '填写在', '打公屏', '发公屏', '打到公屏', '扣公屏', '打评论区', '发评论区', '报一下', '报下', '都写上', '都填上', '都留下', '告诉客服', '告知客服', '留一下', '写评论区', '写评论', '打上', '发邮箱', '留给小店客服', '写上', '备注上', '备注一下', '写备注', '在评论区发', '发送给', '整评论区', '整在评论区', '整公屏', '留下',
  // (…and 号码在订单备注里留一下; 手机号码以订单留言形式告知我们; 连同您的手机号、V号一起备注; 把你手机号在聊天里发一下.)
  '备注里留', '备注栏留', '形式告知', '告知我们', '一起备注', '一并备注', '在聊天里发', '聊天里发一下', '备注给我们', '备注给', '留言里告诉'];
/** Before a contact noun: the seller's own (我的联系方式写在简介里), never the buyer's to give. */
export const SELLERS_OWN = ['我的', '我们的', '我', '我们', '主包的', '主包', '本店', '店铺', '店主', '客服', '主播', '老板', '售后', '商家', '店家', '厂家', '官方'];
/** Words that list a second contact noun after an asked-for one: 留下手机号和微信号. */
export const COLLECT_CONJUNCTIONS = ['以及', '或者', '和', '或', '及', '跟', '与', '+'];
