/** Groups and private messages that lead buyers off the platform. */
import { words, type LexEntry } from './lexicon';

export const groupEntries: LexEntry[] = [
  ...words('进群 进裙 加群 加裙 入群 入裙 拉群 拉你进 拉你入 拉进群 粉丝群 福利群 私域 宠粉群 会员群 vip群 群号 扣1拉群 扣1进群 打1拉群 进q群 福利裙 粉丝裙 交流群 售后群 老客户群', {
    family: 'group', term: 'group', need: 'always',
  }),
  ...words('qq群 q群 扣扣群', { family: 'group', term: 'qq-group', need: 'always' }),
  ...words('微信群 vx群 v群 薇信群', { family: 'group', term: 'wechat-group', need: 'always' }),
  ...words('淘宝群 淘宝粉丝群', { family: 'group', term: 'taobao-group', need: 'always' }),
  ...words('钉钉群 钉钉粉丝群', { family: 'group', term: 'dingtalk-group', need: 'always' }),
  ...words('群聊', { family: 'group', term: 'group-chat', need: 'cue' }),
  // Private messages count when they are tied to an off-platform goal (DOMAIN.md §4).
  ...words('私我 私聊 私信我 滴滴我 dd我 找我私聊 私戳 戳我 私信领 私信获取 私信要', { family: 'group', term: 'dm', need: 'always', cues: 'dm' }),
  ...words('群舞 群众 群体 人群 一群 成群 群岛 超群 合群 群星', { family: 'negative', term: 'negative', need: 'negative' }),
];
