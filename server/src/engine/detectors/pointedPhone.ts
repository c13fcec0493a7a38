/**
 * A phone number pointed at instead of written: 直接拨打面单上寄件人的电话, 箱子侧面贴的师傅电话，直接打过去,
 * 售后热线见发货单底部，直接拨打即可. The number is printed on the parcel, the card or the screen; the
 * copy sends the buyer there to call it, off the platform as surely as if it held the digits.
 */
import type { FoldedText } from '../normalize';
import { clauseEnd, clauseStart } from './context';
import { words, type LexEntry } from './lexicon';

/** The term of such a signal: no digits to show, a place and a call instead. */
export const POINTED_PHONE = 'pointed';

export const pointedPhoneEntries: LexEntry[] = words('电话 号码 手机号 座机 热线 专线 电话号码 手机号码 售后电话 客服电话', {
  family: 'phone',
  term: POINTED_PHONE,
  need: 'cue',
});

/** Where a seller prints a number: the waybill, the parcel and its box, the card, the invoice, the screen. */
const PRINTED_ON = /面单|快递单|发货单|寄件人|包裹|箱子|外包装|包装盒|包装上|卡片|这张卡|卡的|卡上|发票|字幕|屏幕|背面|侧面|底部|反面|贴纸|黑板|白板|背景板|身后/;
const NUMBER_IS_AT = /^(?:就)?(?:见|在|印在|写在|贴在|挂在)/;
const PLACE_UNITS = new Set([...'面快发寄包箱外卡这字屏背侧底反贴黑白身'].map((c) => c.charCodeAt(0)));
const placeUnitIn = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (PLACE_UNITS.has(text.charCodeAt(k))) return true;
  return false;
};
/** A call asked for: 拨打, 直接打, 打过去 (not 打开, 打包 or 打折 alone). */
const CALL = /拨打|致电|直接打|打过去|打过来|打这个|打那个|打一下|打给|直接拨|请拨|打我电话|打包裹|打面单|打快递单|打卡片|打屏幕/;

/**
 * True when a place a number is printed on stands in the clause, within 12 characters before the phone word (or
 * 8 after it: 热线见发货单底部) and a call is asked for in the sentence around it.
 */
export function phonePointedAt(f: FoldedText, start: number, end: number): boolean {
  const text = f.text;
  const from = clauseStart(f, start, 12);
  const to = clauseEnd(f, end, 8);
  // Most phone words have no place near them: a look at the places' characters before any slice.
  if (!placeUnitIn(text, from, start) && !placeUnitIn(text, end, to)) return false;
  // A place after the phone word only where the number is said to be: 热线见发货单底部, 号码就写在我身后的小黑板上.
  if (!PRINTED_ON.test(text.slice(from, start)) && !(NUMBER_IS_AT.test(text.slice(end, to)) && PRINTED_ON.test(text.slice(end, to)))) return false;
  const sentence = text.slice(clauseStart(f, start, 24, true), clauseEnd(f, end, 24, true));
  const call = CALL.exec(sentence);
  // …and not refused: 请勿拨打包裹上的电话.
  return call !== null && !REFUSED.test(sentence.slice(Math.max(0, call.index - 4), call.index));
}
const REFUSED = /(?:请勿|不要|别|勿|不用|无需|不必|切勿|不会)(?:直接)?$/;
