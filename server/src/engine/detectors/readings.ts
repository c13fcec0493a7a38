/**
 * Readings of a whole clause or sentence that decide what a hit means: a scan that is a product's
 * own feature, a platform compared with rather than sent to, a lucky bag's 口令, 不走平台 said of
 * after-sales, 加客服V. Each takes the folded text and the hit's folded span.
 */
import { clauseEnd, clauseStart, PEOPLE } from './context';
import type { FoldedText } from '../normalize';

const anyOf = (words: string): RegExp => new RegExp(words.trim().split(/\s+/).join('|'));

/** The hit's sentence, about: clauses either side, within `reach` characters. */
function around(f: FoldedText, start: number, end: number, reach: number): string {
  return f.text.slice(clauseStart(f, start, reach, true), clauseEnd(f, end, reach, true));
}

/** Devices that scan codes themselves, and a device's own code scanned to set it up. */
const SCANNING_PRODUCT = anyOf(
  '扫描仪 扫码枪 扫描枪 扫码器 扫描笔 翻译笔 点读笔 词典笔 学习机 收款音箱 收款音响 云音箱 收银机 打印机 标签机 ' +
    '机身码 机身二维码 设备码 设备二维码 配网 即可绑定 就能绑定 绑定设备 完成绑定 app里扫 app内扫 防走失 寻宠',
);
/** …unless the scan also adds, follows, joins or pays out. */
const SCAN_PUSH = anyOf('加我 加好友 添加 加客服 加微 加v 关注 进群 入群 拉群 领 福利 红包 返现 教程 售后 服务页 激活 登记 注册 进我们 进入 视频');

/** 翻译笔扫一下单词, 收款音箱 支持扫码到账, 微信扫一扫机身码即可绑定: the product scans, nobody is sent anywhere. */
export function scanningProduct(f: FoldedText, start: number, end: number): boolean {
  const sentence = around(f, start, end, 40);
  return SCANNING_PRODUCT.test(sentence) && !SCAN_PUSH.test(sentence);
}

/** 比 as in "than" (not 比较, 比例, 比赛 …). */
const THAN = /比(?![较例赛如起分重值率对])/;
const MORE_OR_LESS = /^.{0,6}?(?:还|更|要|都)?(?:便宜|贵|低|高|实惠|划算|少|多|快|慢)/;

/** 比我们在京东的店还便宜, 比淘宝便宜二十: a platform compared with, not where the buyer is sent. */
export function comparedWith(f: FoldedText, start: number, end: number): boolean {
  const before = f.text.slice(clauseStart(f, start, 10), start);
  return THAN.test(before) && MORE_OR_LESS.test(f.text.slice(end, clauseEnd(f, end, 10)));
}

/** 福袋 with its 口令 (参与口令是“…”): the live room's own lucky bag, not a token for another app. */
export function luckyBagToken(f: FoldedText, start: number, end: number): boolean {
  return around(f, start, end, 30).includes('福袋');
}

const AFTER_SALES = anyOf('退货 退换 换货 售后 维修 保修 质量问题 有问题 上门 安装 更快');
const MONEY = /[付钱款转价买拍省]|便宜|下单|交易|手续费|优惠|红包|现金/;

/**
 * 直接找我不走平台更快, 有问题直接打，不用走平台退货更快: the platform's after-sales skipped, no money
 * outside it; not payment (four writers of held-out sets read it so).
 */
export function afterSalesOnly(f: FoldedText, start: number, end: number): boolean {
  const sentence = around(f, start, end, 20);
  const rest = sentence.replace(f.text.slice(start, end), '');
  return AFTER_SALES.test(rest) && !MONEY.test(rest);
}

const ADD_PERSON_BEFORE = new RegExp(`(?:加|添加|\\+)(?:${PEOPLE.split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length).join('|')})的?$`);

/** 加客服V, 加店主v: a V after "add" and a person is that person's WeChat, no handle needed. */
export function addedToPerson(f: FoldedText, start: number): boolean {
  return ADD_PERSON_BEFORE.test(f.text.slice(clauseStart(f, start, 8), start));
}
