/** Pointers to a profile, avatar or bio that holds contact details (主页有V, 电联看头像). */
import { negatives, words, type LexEntry } from './lexicon';

export const profileEntries: LexEntry[] = [
  ...words('主页 头像 简介 签名 个签 背景图 置顶 昵称 相片 相册 独白 个人资料 个人介绍 背景墙', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
];

export const profileNegatives: LexEntry[] = negatives('微信头像 qq头像 头像框 头像定制 定制头像 手绘头像 卡通头像 q版头像 头像手绘 画头像 情侣手绘头像 情侣头像 产品简介 商品简介 品牌简介 作者简介 内容简介 签名版 亲笔签名 签名笔 电子签名 置顶帖');
