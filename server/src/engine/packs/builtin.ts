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
import type { Pack } from './schema';

export const BUILTIN_PACK_SOURCES: Readonly<Record<string, unknown>> = {
  douyin, kuaishou, taobao, tmall, pinduoduo, jd, xiaohongshu, wechat_channels: wechatChannels,
};

let cached: Pack[] | undefined;

/**
 * All built-in packs. A broken built-in pack is a build error: the tests validate each one and
 * check that validation changes nothing (test/unit/builtinPacks.test.ts), so a start of the
 * server or the CLI does not run zod over them again (30–100 ms of every start).
 */
export function builtinPacks(): Pack[] {
  cached ??= Object.values(BUILTIN_PACK_SOURCES) as Pack[];
  return cached;
}
