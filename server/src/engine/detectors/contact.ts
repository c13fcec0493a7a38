/** Contact handles: WeChat, QQ, 企业微信, 钉钉, Telegram/WhatsApp and their disguises. */
import { words, type LexEntry } from './lexicon';

export const contactEntries: LexEntry[] = [
  // Spellings nobody uses innocently: the word alone is the signal.
  ...words('vx v信 v芯 v心 薇信 徽信 微芯 薇芯 威芯 绿泡泡 weixin wechat 加微 +微 加v +v 加vx +vx 加wx 微信号 vx号 v号 薇号', {
    family: 'contact', term: 'wechat', need: 'always',
  }),
  ...words('加微信 添加微信 加个微信 加我微信 私加微信 加我v', { family: 'contact', term: 'wechat', need: 'always' }),
  // The real name: a mention alone, a push with a cue (加微信, 微信联系, 微信: abc123).
  ...words('微信', { family: 'contact', term: 'wechat', need: 'mention' }),
  // Homophones that are also honest words (威信 = prestige, 卫星 = satellite): only with a cue.
  ...words('威信 维信 喂心 卫星 围信 wx 地球号', { family: 'contact', term: 'wechat', need: 'cue' }),
  ...words('微 v 薇 w', { family: 'contact', term: 'wechat', need: 'handle' }),
  ...words('企业微信 企微', { family: 'contact', term: 'wecom', need: 'mention' }),
  ...words('qq qq号 扣扣 叩叩 蔻蔻 抠抠 扣 叩 蔻 抠 企鹅 企鹅号 q号', { family: 'contact', term: 'qq', need: 'handle' }),
  ...words('加qq 加扣扣 +qq 加企鹅 加q', { family: 'contact', term: 'qq', need: 'always' }),
  ...words('qq扣扣', { family: 'contact', term: 'qq', need: 'always' }),
  ...words('qq', { family: 'contact', term: 'qq', need: 'cue' }),
  ...words('钉钉', { family: 'contact', term: 'dingtalk', need: 'cue' }),
  ...words('telegram whatsapp 纸飞机 电报', { family: 'contact', term: 'im', need: 'cue' }),
  ...words('tg', { family: 'contact', term: 'im', need: 'handle' }),
  ...words('邮箱 email', { family: 'contact', term: 'email', need: 'handle' }),
];
