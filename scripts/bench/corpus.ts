/**
 * A deterministic corpus of Chinese marketing copy for the benchmark: Markdown and JSON of all
 * three kinds (listing, live, card), honest prose with hard negatives (V领, 扣子, 卫星导航…) and,
 * about once per 2 KB, a disguised diversion (薇❤信, 扣扣 一二三四五六七, 某宝搜, ➕V…).
 * The same seed gives the same bytes on every machine.
 */
import type { CopyKind } from '../../server/src/engine/types';

/** mulberry32: small, fast, good enough to pick words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const PRODUCTS = ['纯棉T恤', '羽绒服', '破壁机', '保温杯', '蓝牙耳机', '真丝睡衣', '电动牙刷', '空气炸锅', '运动鞋', '双肩包', '护手霜', '面膜', '乳胶枕', '电话手表', '毛绒玩具', '茶叶礼盒', '坚果礼包', '儿童书包', '防晒衣', '行车记录仪'];
const ADJ = ['轻薄', '透气', '加厚', '亲肤', '大容量', '静音', '防泼水', '耐磨', '柔软', '便携', '高颜值', '简约', '复古', '百搭', '显瘦', '保暖'];
const FEATURES = [
  '采用A类面料，婴幼儿也能放心穿',
  '立领设计，V领打底衫也好搭',
  '双层真空结构，保温12小时以上',
  '支持卫星导航定位，孩子在哪一目了然',
  '金属卡扣加固，背带不易断',
  '微波炉可直接加热，清洗方便',
  '尺码：M / L / XL / XXL，详见尺码表',
  '每一颗纽扣都经过拉力测试',
  '内含微量元素，口感清甜',
  '品牌威信度高，老顾客回购率超过六成',
  '一群好朋友聚会的首选零食',
  '5星级酒店同款床品面料',
  '好评如潮，好评率99%',
  '扫码枪扫描条码即可溯源，放心购买',
  '搭配小企鹅公仔，孩子超喜欢',
  '32GB大内存，支持微信来电提醒',
  '电池容量5000mAh，续航两天',
  '产品型号 HX-13800，条码 6901234567892',
];
const CLEAN_SENTENCES = [
  '今天给大家带来的是{p}，{a}又{a2}，性价比很高。',
  '这款{p}我们自己团队用了三个月，真的很{a}。',
  '下单后48小时内发货，全国大部分地区包邮。',
  '收到货后如有任何问题，请通过平台在线客服联系我们。',
  '支持七天无理由退换，运费险已经帮大家买好了。',
  '{p}的细节做得很用心，{a}和{a2}兼顾。',
  '面料经过第三方检测，甲醛含量远低于国家标准。',
  '颜色有白色、黑色、雾霾蓝三种，拍照有轻微色差。',
  '家人们，这个价格只有今天直播间有，错过就要等下个月了。',
  '三二一上链接！库存不多，喜欢的宝宝抓紧拍。',
  '感谢您选择我们的{p}，祝您使用愉快。',
  '关注店铺可以第一时间收到上新提醒。',
  '我们坚持只用好材料，每一件都经过质检。',
  '如需开具发票，下单时填写抬头即可，电子发票随货发送。',
  '主播身高165，体重50kg，穿M码刚好。',
];
const HANDLES = ['abc', 'shop', 'tea', 'mm', 'vip', 'love', 'kefu', 'xiao', 'hao', 'qq'];

function handle(r: Rand): string {
  return `${pick(r, HANDLES)}${pick(r, ['_', '', '-'])}${int(r, 1000, 99999)}`;
}

const CN_DIGITS = '零一二三四五六七八九';
const CAP_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const CIRCLED = '⓪①②③④⑤⑥⑦⑧⑨';
const FULL = '０１２３４５６７８９';

function mobile(r: Rand): string {
  let s = `1${pick(r, ['3', '5', '7', '8', '9'])}`;
  for (let i = 0; i < 9; i++) s += String(int(r, 0, 9));
  return s;
}

function disguiseDigits(r: Rand, digits: string): string {
  const style = int(r, 0, 5);
  const map = (table: string) => [...digits].map((d) => table[Number(d)]).join('');
  switch (style) {
    case 0:
      return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
    case 1:
      return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
    case 2:
      return map(CN_DIGITS);
    case 3:
      return map(CIRCLED);
    case 4:
      return map(FULL);
    default:
      return map(CAP_DIGITS);
  }
}

/** Diversion phrases as evaders write them. */
const DIVERSIONS: readonly ((r: Rand) => string)[] = [
  (r) => `有问题加我薇信 ${handle(r)}，发你安装视频。`,
  (r) => `想要同款的宝宝➕V：${handle(r)}，备注“直播”。`,
  (r) => `售后请联系 v❤x ${handle(r)}。`,
  (r) => `加微\u200b信 ${handle(r)} 领取专属优惠券。`,
  (r) => `客服电话 ${disguiseDigits(r, mobile(r))}，随时为您服务。`,
  (r) => `扣扣 ${disguiseDigits(r, String(int(r, 10000000, 999999999)))} 拉你进粉丝群。`,
  () => '同款某宝搜店名「风行者」更便宜。',
  () => '家人们扣1拉群，群里每天发福利。',
  () => '扫码加好友，领取5元无门槛红包！',
  () => '好评返现5元，晒图再送小礼物。',
  () => '支持私下转账，价格还能再便宜。',
  (r) => `更多款式见 https://${pick(r, ['fengxing', 'teahouse', 'mmshop'])}.shop/${int(r, 100, 999)} 。`,
  (r) => `复制口令 ¥${pick(r, ['Ab3dEf9hJk', 'Xy7WvU2tSr', 'Qw8ErT5yUi'])}¥ 打开手淘。`,
  () => '掃碼進群，每週抽獎。',
  (r) => `ＶＸ：${handle(r)}，私聊更优惠。`,
  () => '🛰️同号，有事直接找我。',
  () => '详情看主页简介，有V。',
  (r) => `请在订单备注您的微信号，我们会主动联系您。`.replace('您的', pick(r, ['您的', '你的'])),
  (r) => `关注公众号「${pick(r, ['轻食厨房', '好物分享', '茶语时光'])}」领取更多食谱。`,
  (r) => `tel: ${mobile(r)}（微信同号）`,
  () => '去拼夕夕搜同款，便宜一半。',
  () => '私我领取内部价格表，微信发你。',
  (r) => `联系邮箱 ${handle(r)}@163.com，工作日回复。`,
  () => '加 q 群：七 六 五 四 三 二 一 八，进群有惊喜。',
];

/**
 * How often a sentence is a feature line (most carry a hard negative: V领, 卡扣, 微波炉…). Set so
 * the corpus has about as many literal hits per KB as real listing titles (taobao_product_titles:
 * about 4 per KB; AdvertiseGen copy and JD reviews: under 2), not a multiple of them.
 */
const FEATURE_SHARE = 0.08;

function sentence(r: Rand): string {
  return pick(r, CLEAN_SENTENCES)
    .replace('{p}', pick(r, PRODUCTS))
    .replace('{a}', pick(r, ADJ))
    .replace('{a2}', pick(r, ADJ));
}

/** Paragraph-sized pieces of honest copy with a diversion about every `every` bytes. */
class Prose {
  private bytes = 0;
  private nextDiversion: number;
  constructor(private readonly r: Rand, private readonly every = 2048) {
    this.nextDiversion = Math.floor(every / 2 + r() * every);
  }

  /** A line of copy of roughly `chars` characters. */
  line(chars: number): string {
    const r = this.r;
    let s = '';
    while (s.length < chars) {
      s += r() < FEATURE_SHARE ? `${pick(r, FEATURES)}。` : sentence(r);
    }
    const size = Buffer.byteLength(s);
    if (this.bytes + size >= this.nextDiversion) {
      const d = pick(r, DIVERSIONS)(r);
      const at = int(r, 0, 1) ? s.length : s.indexOf('。') + 1;
      s = s.slice(0, at) + d + s.slice(at);
      this.nextDiversion += Math.floor(this.every * (0.5 + r()));
    }
    this.bytes += Buffer.byteLength(s);
    return s;
  }
}

export type Format = 'markdown' | 'json';

export interface CorpusDoc {
  fileName: string;
  format: Format;
  kind: CopyKind;
  text: string;
}

const PLATFORM_SETS = ['[douyin]', '[douyin, taobao]', '[kuaishou, pinduoduo]', '[taobao, jd]'];

function markdown(kind: CopyKind, bytes: number, r: Rand): string {
  const prose = new Prose(r);
  const parts: string[] = [`---\nkind: ${kind}\nplatforms: ${pick(r, PLATFORM_SETS)}\n---\n`];
  let size = Buffer.byteLength(parts[0]!);
  const push = (s: string) => {
    parts.push(s);
    size += Buffer.byteLength(s);
  };
  let section = 0;
  while (size < bytes) {
    section++;
    if (kind === 'live') {
      push(`## ${String(Math.floor(section / 60)).padStart(2, '0')}:${String(section % 60).padStart(2, '0')}:00 ${pick(r, PRODUCTS)}\n\n`);
      for (let i = int(r, 3, 8); i > 0; i--) push(`**主播**：${prose.line(int(r, 30, 120))}\n\n`);
    } else if (kind === 'card') {
      push(`# ${pick(r, ['感谢信', '售后说明', '使用小贴士'])}\n\n${prose.line(int(r, 60, 200))}\n\n`);
      if (r() < 0.3) push(`> ${prose.line(int(r, 20, 60))}\n\n`);
    } else {
      push(`## ${pick(r, ['卖点', '详情', '规格', '售后', '常见问题'])} ${section}\n\n`);
      for (let i = int(r, 2, 5); i > 0; i--) push(`- ${prose.line(int(r, 15, 50))}\n`);
      push(`\n${prose.line(int(r, 80, 300))}\n\n`);
      if (r() < 0.1) push(`| 尺码 | 胸围 | 衣长 |\n| --- | --- | --- |\n| M | 100 | 68 |\n| L | 106 | 70 |\n\n`);
      if (r() < 0.05) push('```text\n代码块里的内容不检查:加微信 abc12345\n```\n\n');
      if (r() < 0.05) push('<!-- 运营备注：下周换主图 -->\n\n');
    }
  }
  return parts.join('');
}

function json(kind: CopyKind, bytes: number, r: Rand): string {
  const prose = new Prose(r);
  // Size in UTF-8 bytes of the serialised document, estimated as we go (2-space indentation).
  let size = 200;
  const str = (chars: number) => {
    const s = prose.line(chars);
    size += Buffer.byteLength(s) + 12;
    return s;
  };
  const platforms = pick(r, [['douyin'], ['douyin', 'taobao'], ['kuaishou', 'pinduoduo']]);
  let doc: unknown;
  if (kind === 'live') {
    const segments: { at: string; speaker: string; lines: string[] }[] = [];
    while (size < bytes) {
      const n = segments.length;
      const at = `${String(Math.floor(n / 3600) % 100).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
      const lines: string[] = [];
      for (let i = int(r, 3, 8); i > 0; i--) lines.push(str(int(r, 30, 120)));
      segments.push({ at, speaker: '主播', lines });
      size += 60;
    }
    doc = { kind, platforms, title: `${pick(r, PRODUCTS)}专场`, segments };
  } else if (kind === 'card') {
    const front: string[] = [];
    const back: string[] = [];
    while (size < bytes) (r() < 0.5 ? front : back).push(str(int(r, 60, 200)));
    doc = { kind, platforms, front: front.join('\n'), back: back.join('\n'), qrCode: { target: 'https://shop.example.com/after-sales', caption: '售后服务' } };
  } else {
    const sellingPoints: string[] = [];
    const faq: { q: string; a: string }[] = [];
    const description: string[] = [];
    while (size < bytes) {
      const roll = r();
      if (roll < 0.4) sellingPoints.push(str(int(r, 15, 50)));
      else if (roll < 0.7) faq.push({ q: str(int(r, 8, 20)), a: str(int(r, 30, 120)) });
      else description.push(str(int(r, 80, 300)));
    }
    doc = {
      kind, platforms, title: `${pick(r, ADJ)}${pick(r, PRODUCTS)} 新款`, subtitle: str(20), sellingPoints,
      description: description.join('\n'), faq, skus: [{ name: '标准款', color: '白色' }],
    };
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const KINDS: readonly CopyKind[] = ['listing', 'live', 'card'];

/** One document of `kind` and about `bytes` UTF-8 bytes. */
export function makeDoc(format: Format, kind: CopyKind, bytes: number, seed = 1): CorpusDoc {
  const r = prng(seed * 7919 + bytes + KINDS.indexOf(kind) * 104729 + (format === 'json' ? 31 : 0));
  const text = format === 'markdown' ? markdown(kind, bytes, r) : json(kind, bytes, r);
  return { fileName: `bench-${bytes}.${kind}.${format === 'markdown' ? 'md' : 'json'}`, format, kind, text };
}

/** A corpus of `bytes` in all: one document of each kind, a third of the size each. */
export function makeCorpus(format: Format, bytes: number, seed = 1): CorpusDoc[] {
  return KINDS.map((kind) => makeDoc(format, kind, Math.round(bytes / 3), seed));
}

export function corpusBytes(docs: readonly CorpusDoc[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
}
