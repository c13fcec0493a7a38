/**
 * Honest words that contain a trigger (DOMAIN.md, hard negatives). Each family file keeps the
 * negatives of its own triggers; these are the ones about phones as products.
 */
import { negatives, type LexEntry } from './lexicon';

export const productNegatives: LexEntry[] = negatives(
  '电话手表 电话线 电话机 电话卡 电话座 电话本 电话亭 电话会议 手机壳 手机支架 手机膜 手机套 手机链 手机包 手机架 手机座 手机袋 手机绳 ' +
    '儿童电话 座机电话 无绳电话 有线电话 微信消息 微信通知 微信来电 来电提醒 来电显示 ' +
    // A phone watch's own friends (手表可以加好友，碰一碰就加上了).
    '手表可以加好友 手表加好友 手表能加好友 碰一碰加好友 碰一碰就能加好友 ' +
    // A name label that takes a phone written on it (姓名贴 可写电话号码).
    '互加好友 扫码就能互加好友 扫码互加好友 可写电话号码 可写电话 可写手机号 可手写电话 能写电话号码',
);
