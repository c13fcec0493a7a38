/**
 * The built-in packs, bundled into the server and CLI so they need no file access at run time.
 * The same files ship in rules/ for people to read.
 */
import douyin from '../../../../rules/douyin.json';
import jd from '../../../../rules/jd.json';
import kuaishou from '../../../../rules/kuaishou.json';
import pinduoduo from '../../../../rules/pinduoduo.json';
import taobao from '../../../../rules/taobao.json';
import tmall from '../../../../rules/tmall.json';
import wechatChannels from '../../../../rules/wechat_channels.json';
import xiaohongshu from '../../../../rules/xiaohongshu.json';
import { validatePack } from './load';
import type { Pack } from './schema';

export const BUILTIN_PACK_SOURCES: Readonly<Record<string, unknown>> = {
  douyin, kuaishou, taobao, tmall, pinduoduo, jd, xiaohongshu, wechat_channels: wechatChannels,
};

let cached: Pack[] | undefined;

/** All built-in packs, validated. A broken built-in pack is a build error, so this throws. */
export function builtinPacks(): Pack[] {
  if (cached) return cached;
  cached = Object.entries(BUILTIN_PACK_SOURCES).map(([name, json]) => {
    const r = validatePack(json);
    if (!r.ok) throw new Error(`built-in pack ${name} is invalid: ${JSON.stringify(r.problems.slice(0, 3))}`);
    return r.value;
  });
  return cached;
}
