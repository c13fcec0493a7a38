/** The same text, different verdicts: each platform's own features are home there and third party elsewhere. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlatformId } from '../../server/src/engine';
import { checkLine, reported } from '../helpers';

interface Pair {
  text: string;
  home: PlatformId;
  elsewhere: PlatformId;
  kind?: 'listing' | 'live' | 'card';
}

const PAIRS: Pair[] = [
  { text: '同款去淘宝搜店名「风行者」。', home: 'taobao', elsewhere: 'douyin' },
  { text: '加入钉钉粉丝群,上新第一时间通知。', home: 'taobao', elsewhere: 'douyin' },
  { text: '老顾客请进淘宝群领取专属券。', home: 'tmall', elsewhere: 'kuaishou' },
  { text: '更多款式去天猫旗舰店下单。', home: 'tmall', elsewhere: 'jd' },
  { text: '想看更多穿搭去抖音搜店名。', home: 'douyin', elsewhere: 'xiaohongshu' },
  { text: '直播回放去快手搜店名就能看到。', home: 'kuaishou', elsewhere: 'douyin' },
  { text: '同款去拼多多搜店名下单。', home: 'pinduoduo', elsewhere: 'taobao' },
  { text: '企业采购请去京东搜店名。', home: 'jd', elsewhere: 'pinduoduo' },
  { text: '搭配灵感去小红书搜店名。', home: 'xiaohongshu', elsewhere: 'tmall' },
  { text: '关注视频号,每晚 8 点直播。', home: 'wechat_channels', elsewhere: 'douyin', kind: 'live' },
  { text: '下单请认准微信小店官方链接。', home: 'wechat_channels', elsewhere: 'jd' },
];

for (const p of PAIRS) {
  test(`“${p.text}” is home on ${p.home}, third party on ${p.elsewhere}`, () => {
    assert.deepEqual(reported(checkLine(p.text, p.home, p.kind)), [], `${p.home} must stay quiet`);
    assert.ok(reported(checkLine(p.text, p.elsewhere, p.kind)).length > 0, `${p.elsewhere} must report`);
  });
}

test('WeChat Channels: naming 微信 is not third party there, pushing to a private chat still is', () => {
  assert.deepEqual(reported(checkLine('支持微信支付,下单更方便。', 'wechat_channels')), []);
  assert.deepEqual(reported(checkLine('有问题加微信 abc12345 私聊。', 'wechat_channels')).includes('wechat_channels/contact-diversion'), true);
});

test('Tmall WeChat membership pilot: off by default, on for enrolled brands', () => {
  const text = '入会后加微信领取会员专属福利。';
  assert.deepEqual(reported(checkLine(text, 'tmall')), ['tmall/wechat-diversion']);
  assert.deepEqual(reported(checkLine(text, 'tmall', 'listing', { options: { tmallWechatMembershipPilot: true } })), []);
  // The pilot covers WeChat only: a phone number stays a violation.
  assert.deepEqual(reported(checkLine('入会后加微信 13812345678 领福利。', 'tmall', 'listing', { options: { tmallWechatMembershipPilot: true } })), ['tmall/contact-diversion']);
});
