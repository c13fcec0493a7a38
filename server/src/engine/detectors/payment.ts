/** Payment or trade taken off the platform. */
import { words, type LexEntry } from './lexicon';

export const paymentEntries: LexEntry[] = [
  ...words('私下转账 私下交易 私下付款 私下支付 私下购买 转账给我 转给我 线下交易 线下付款 线下支付 线下购买 到店交易 到店付款 当面交易 面交 走私单 私单 不走平台 绕过平台 银行卡转账 加价私下 私下联系购买 红包付款 发红包付款', {
    family: 'payment', term: 'offsite-payment', need: 'always',
  }),
  ...words('微信转账 vx转账 微信付款 微信收款 微信红包', { family: 'payment', term: 'wechat-pay', need: 'always' }),
  ...words('支付宝转账 支付宝付款 支付宝收款', { family: 'payment', term: 'alipay', need: 'always' }),
  // Naming a payment method is a mention; it becomes a push only with a cue (转给我, 私下…).
  ...words('微信支付', { family: 'payment', term: 'wechat-pay', need: 'mention', cues: 'dm' }),
  ...words('支付宝', { family: 'payment', term: 'alipay', need: 'mention', cues: 'dm' }),
  ...words('转账', { family: 'payment', term: 'offsite-payment', need: 'cue', cues: 'contact' }),
];
