/** Third-party platforms, their nicknames and artefacts (口令, 公众号, 小程序 …). */
import { words, type LexEntry } from './lexicon';

const evasive = (list: string, term: string): LexEntry[] =>
  words(list, { family: 'thirdParty', term, need: 'always' });
const named = (list: string, term: string): LexEntry[] =>
  words(list, { family: 'thirdParty', term, need: 'mention', cues: 'platform' });
const cued = (list: string, term: string): LexEntry[] =>
  words(list, { family: 'thirdParty', term, need: 'cue', cues: 'platform' });

export const thirdPartyEntries: LexEntry[] = [
  ...evasive('某宝 橙色软件 桃宝 陶宝 淘口令 淘宝搜 手淘搜 去淘宝 上淘宝', 'taobao'),
  ...named('淘宝 手淘 淘宝店', 'taobao'),
  ...cued('tb', 'taobao'),
  ...evasive('某猫', 'tmall'),
  ...named('天猫 猫超 天猫超市', 'tmall'),
  ...evasive('某东 狗东 去京东 京东搜', 'jd'),
  ...named('京东', 'jd'),
  ...cued('jd', 'jd'),
  ...evasive('某多多 拼夕夕 某夕夕 去拼多多 拼多多搜', 'pinduoduo'),
  ...named('拼多多', 'pinduoduo'),
  ...cued('pdd', 'pinduoduo'),
  ...evasive('某鱼 去闲鱼 闲鱼搜', 'xianyu'),
  ...named('闲鱼', 'xianyu'),
  ...evasive('某音 抖音搜 去抖音', 'douyin'),
  ...named('抖音 抖店 抖音号 抖音小店', 'douyin'),
  ...cued('dy', 'douyin'),
  ...evasive('某手 快手搜 去快手', 'kuaishou'),
  ...named('快手 快手号 快手小店', 'kuaishou'),
  ...evasive('某书 红书 小红薯 去小红书 小红书搜', 'xiaohongshu'),
  ...named('小红书', 'xiaohongshu'),
  ...cued('xhs', 'xiaohongshu'),
  ...named('视频号 微信小店', 'wechat_channels'),
  ...evasive('公众号 gzh 朋友圈 pyq 小程序 微信小程序 关注公众号', 'wechat-private'),
  ...named('微店 有赞 唯品会 得物 阿里巴巴 苏宁 美团 微博 b站 哔哩哔哩 1688', 'other'),
  ...evasive('复制口令 复制这段 复制整段 吱口令 口令', 'token'),
  // Honest words that contain a platform word.
  ...words('淘宝贝 京东方 抖音乐 快手机 快手工 小程序员 口令营 朋友圈子', { family: 'negative', term: 'negative', need: 'negative' }),
];
