/**
 * Context cues that turn an ambiguous word into a signal: an action before it (加, 联系, 去…),
 * something after it (联系, 搜, 号…). Cues never cross a sentence boundary.
 */
import type { CueSet } from './lexicon';

interface CueWords {
  before: readonly string[];
  after: readonly string[];
  /** How far (folded characters) to look on each side. */
  reach: number;
}

const CONTACT_AFTER = ['联系', '咨询', '沟通', '聊', '下单', '付款', '交流', '详聊', '领', '返', '发', '号', '搜', '私', '加', '扫', '同号', '找', '购买', '预定', '预约', '方式', '好友', '转账', '收款', '拉'];

export const CUES: Readonly<Record<CueSet, CueWords>> = {
  contact: {
    before: ['加', '添加', '联系', '搜', '找', '私', '关注', '扫', '留', '备注', '+', '联', '咨询', '戳', '滴', '问', '认准', '上'],
    after: CONTACT_AFTER,
    reach: 4,
  },
  platform: {
    before: ['去', '到', '上', '来', '关注', '搜', '逛', '进', '加', '跳转', '转到', '回'],
    after: ['搜', '搜索', '下单', '购买', '拍', '旗舰店', '关注', '找', '口令', '链接', '主页', '号', '私信', '店铺', '领券', '更便宜', '便宜', '下单更', '买更', '同名店', '加群', '联系'],
    reach: 4,
  },
  review: {
    before: ['返', '送', '领', '红包', '现金', '有礼', '奖励', '赠', '免单', '退款', '元'],
    after: ['返', '送', '领', '红包', '现金', '有礼', '奖励', '赠', '免单', '退', '元', '礼品', '小礼物', '抽奖'],
    reach: 8,
  },
  collect: {
    before: [],
    after: ['微信', 'vx', 'v信', '手机', '电话', '号码', '联系方式', 'qq', '微', '扣扣', 'v号', '薇信'],
    reach: 6,
  },
  profile: {
    before: ['v', '微', '薇', '联系', '电联', '电话', '扣', 'qq', '方式', '加', '私', '号'],
    after: ['v', '微', '薇', '联系', '电联', '电话', '扣', 'qq', '方式', '加', '私', '号', '扣扣', '企鹅'],
    reach: 5,
  },
  dm: {
    before: ['微信', 'vx', '群', '电话', '联系方式', '报价', '价格表', '价目表', '发你', '私下', '加', '领', '手机'],
    after: ['微信', 'vx', 'v', '群', '号', '电话', '联系方式', '报价', '价格表', '价目表', '发你', '私下', '加', '领', '手机', '拉'],
    reach: 10,
  },
};

/** Window of `text` before `at`, at most `reach` characters, not crossing a sentence end. */
function windowBefore(text: string, at: number, reach: number): string {
  let s = at;
  while (s > 0 && at - s < reach && text.charCodeAt(s - 1) !== 10) s--;
  return text.slice(s, at);
}

function windowAfter(text: string, at: number, reach: number): string {
  let e = at;
  while (e < text.length && e - at < reach && text.charCodeAt(e) !== 10) e++;
  return text.slice(at, e);
}

/** True when a cue of the set stands near the folded range [start, end). */
export function hasCue(text: string, start: number, end: number, set: CueSet): boolean {
  const cue = CUES[set];
  const before = windowBefore(text, start, cue.reach);
  if (cue.before.some((w) => before.includes(w))) return true;
  return afterCueEnd(text, end, set) !== undefined;
}

/** Folded end of the furthest cue word after `end`, if any (so "备注微信" covers the noun). */
export function afterCueEnd(text: string, end: number, set: CueSet): number | undefined {
  const cue = CUES[set];
  const after = windowAfter(text, end, cue.reach);
  let best: number | undefined;
  for (const w of cue.after) {
    const i = after.indexOf(w);
    if (i >= 0 && (best === undefined || end + i + w.length > best)) best = end + i + w.length;
  }
  return best;
}
