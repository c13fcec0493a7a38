/**
 * WeChat spelled by the first characters of a list (藏头): 加量不加价、微瑕也包退、信得过再拍、号在简介里;
 * 加倍水润｜微米乳化｜信赖之选｜xm0417; by single characters in brackets: 【卫】生好打理【星】级好面料【号】…; or by
 * options' one-character values: ①款-加 ②款-微 ③款-信 ④款-hy2207, or 加 and 薇 and then the account (A款-加 B款-薇 C款-mm0715).
 * Honest lists start that way too (加绒加厚｜微弹修身｜信誉保证), so the spelling counts only where the copy
 * says to read it so (藏头, 竖着念, 头一个字) or a handle or 号 follows it.
 */
import type { SignalFamily, Span } from '../types';
import { words, type LexEntry } from './lexicon';

/**
 * Words that tell the buyer to read the heads: the scanner's automaton reports them (need 'raw'), so
 * a text is read for spellings other than WeChat's only where one stands.
 */
export const READ_THE_HEADS_TERM = 'read-the-heads';
const READ_THE_HEADS_WORDS = '藏头 竖着念 竖着读 竖着看 头一个字 第一个字 首字 开头的字 每句开头';
export const readTheHeadsEntries: LexEntry[] = words(READ_THE_HEADS_WORDS, { family: 'negative', term: READ_THE_HEADS_TERM, need: 'raw' });

/** What parts the items of a list. */
const SEP = '｜|/／、，,；;。！!？?\\s：:—–';
const ITEM = `[^${SEP}【】]{1,14}`;
const GAP = `[${SEP}]+`;
const ADD = '[加➕+]';
const WE = '[微薇威维卫徽vVｖＶ]';
/** WeChat's second half; the scanner reads a list only where 信 or 星 heads an item (Mark.ChatHead, chatHeadsAnItem). */
const CHAT = '[信星芯心xXｘＸ]';
/** 加·微·信 or 微·信·号 as the heads of consecutive items, and the item after them, if any. */
const HEADS = new RegExp(
  `(?<=^|[${SEP}】])(?:${ADD}${ITEM}${GAP}${WE}${ITEM}${GAP}${CHAT}${ITEM}|(?<account>${WE}${ITEM}${GAP}${CHAT}${ITEM}${GAP}号${ITEM}?))(?:${GAP}(?<next>${ITEM}))?`,
  'gu',
);
/** The same spelled by one character in each pair of brackets: 【加】厚不加价【微】弹不紧绷【信】赖老款式. */
const BRACKETED = new RegExp(`【${ADD}】[^【】]{0,14}【${WE}】[^【】]{0,14}【${CHAT}】|【${WE}】[^【】]{0,14}【${CHAT}】[^【】]{0,14}【号】`, 'gu');
/** …or by the one-character values of consecutive options: ①款-加 ②款-微 ③款-信 ④款-hy2207. */
const VALUE_OF = '[-－=：:]\\s*';
const ALONE = `(?=[\\s${SEP}]|$)`;
const OPTION_VALUES = new RegExp(`${VALUE_OF}${ADD}${ALONE}[^\\n]{1,10}?${VALUE_OF}${WE}${ALONE}[^\\n]{1,10}?${VALUE_OF}${CHAT}${ALONE}`, 'gu');
const NOT_A_VALUE_MARK = /[^-－=：:·・\s]/;
/**
 * …or by the values of consecutive options that spell the add-call and give the account: 第1行 加｜第2行 薇｜第3行
 * ruichi_outdoor, A款-加 B款-薇 C款-mm0715, 【款式A·加】【款式B·薇】【款式C·lin0703】 (the handle is the last value).
 */
const CELL_MARK = '(?:[-－=：:·・]\\s*|(?<=[行栏])\\s+)';
const CELL_END = '(?=[\\s】｜|/／、，,；;]|$)';
const CELL_HANDLE = '(?=[\\w.-]*[\\d_])[A-Za-z][\\w.-]{2,}';
const OPTION_ACCOUNT = new RegExp(`${CELL_MARK}${ADD}${CELL_END}[^\\n]{1,12}?${CELL_MARK}${WE}${CELL_END}[^\\n]{1,12}?${CELL_MARK}${CELL_HANDLE}`, 'gu');
/** The copy telling the buyer to read the heads. */
const READ_THE_HEADS = new RegExp(READ_THE_HEADS_WORDS.split(' ').join('|'));
/**
 * 藏头诗 may be the goods (定制藏头诗 … 示例：微风吹柳岸，信步踏春来): where it is the only telling word, two
 * heads are a poem's, and only a whole spelling (加微信, 微信号) counts.
 */
const POEM = /藏头诗/g;
/** What follows the spelling and makes it a contact: a handle, or 号 and a label. */
const HANDLE_NEXT = /^(?:号|[a-zA-Z][\w.-]{2,}\d|[\w.-]*\d{3,})/;
const HANDLE_AFTER = /^[^【\n]{0,8}?(?:号|[a-zA-Z][\w.-]{2,}\d|【号】)/;

/** Other pushes the heads may spell once the copy says to read them: 扫去疲惫／码住温柔／进门有礼／群里等你. */
const TOLD_SPELLINGS: readonly [RegExp, SignalFamily][] = [
  [/加[微薇威维卫vV]|[微薇威维卫vV][信星xX]/, 'contact'],
  [/扫码|扫一扫/, 'qr'],
  [/[进加入拉]群|进裙/, 'group'],
];
/** …and where only 藏头诗 tells it, a whole WeChat to add. */
const POEM_SPELLINGS: readonly [RegExp, SignalFamily][] = [[/加[微薇威维卫vV][信星xX]|[微薇威维卫vV][信星xX]号/, 'contact'], ...TOLD_SPELLINGS.slice(1)];

/** A spelling found and what it pushes to. */
export interface Spelled extends Span {
  family: SignalFamily;
}

/** Spans of the text where its list heads spell a WeChat to add (or, where the copy says to read them, a scan or a group). */
export function acrosticSpellings(text: string, toldByWords = false): Spelled[] {
  const out: Spelled[] = [];
  const poem = text.includes('藏头诗');
  const told = poem ? READ_THE_HEADS.test(text.replace(POEM, '')) : READ_THE_HEADS.test(text);
  if ((told || poem) && toldByWords) out.push(...toldSpellings(text, !told));
  for (const m of text.matchAll(HEADS)) {
    const next = m.groups!.next;
    if (told || poem || m.groups!.account !== undefined || (next !== undefined && HANDLE_NEXT.test(next))) out.push({ start: m.index!, end: m.index! + m[0].length, family: 'contact' });
  }
  for (const m of text.matchAll(OPTION_ACCOUNT)) out.push({ start: m.index! + m[0].search(NOT_A_VALUE_MARK), end: m.index! + m[0].length, family: 'contact' });
  for (const pattern of [BRACKETED, OPTION_VALUES]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      // (An option's value starts after its mark: the span is the spelling's first character on.)
      if (told || poem || HANDLE_AFTER.test(text.slice(end, end + 24))) out.push({ start: m.index! + m[0].search(NOT_A_VALUE_MARK), end, family: 'contact' });
    }
  }
  return out;
}

const ITEMS = new RegExp(`[^${SEP}【】（）()—]+`, 'gu');

/** The heads of the items of a text that tells the buyer to read them, read for TOLD_SPELLINGS. */
function toldSpellings(text: string, poemOnly: boolean): Spelled[] {
  // The whole text's items: the words that say to read the heads may come first or last.
  const items = [...text.matchAll(ITEMS)];
  const heads = items.map((m) => m[0].charAt(0)).join('');
  const out: Spelled[] = [];
  for (const [spelling, family] of poemOnly ? POEM_SPELLINGS : TOLD_SPELLINGS) {
    const m = spelling.exec(heads);
    if (!m) continue;
    const first = items[m.index]!;
    const last = items[m.index + m[0].length - 1]!;
    out.push({ start: first.index!, end: last.index! + last[0].length, family });
  }
  return out;
}
