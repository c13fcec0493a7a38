/** Product words that contain a trigger and are honest (DOMAIN.md, hard negatives). */
import { words, type LexEntry } from './lexicon';

export const negativeEntries: LexEntry[] = words(
  'v领 v字领 v型 v形 v脸 v8 v6 v12 vivo vip qq糖 qq星 qq炫舞 qq飞车 qq音乐 企鹅玩偶 企鹅公仔 企鹅抱枕 企鹅毛绒 小企鹅 帝企鹅 ' +
    '卫星导航 卫星定位 卫星电视 卫星天线 卫星接收 电话手表 电话线 电话机 电话卡 微波炉 微量元素 微波 微单 微距 微晶 微米 微调 微星 ' +
    '微信读书 微信内容提醒 微信消息提醒 微信提醒 微信来电提醒 微信运动 扣子 扣件 纽扣 扣扣子 扣带 卡扣 搭扣 皮带扣 扣环 抠图 蔻驰 豆蔻 ' +
    '威信度 维信诺 品牌威信',
  { family: 'negative', term: 'negative', need: 'negative' },
);
