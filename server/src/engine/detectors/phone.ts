/** Phone numbers: mobiles, landlines with area code, 400/800 hotlines, however written. */
import type { FoldedText } from '../normalize';
import { digitRuns, type DigitRun } from './digits';
import { PHONE_LABELS } from './phoneWords';

export type PhoneKind = 'mobile' | 'landline' | 'hotline';

export interface PhoneHit {
  start: number;
  end: number;
  kind: PhoneKind;
  /** Folded start of a label right before the number (电话:, 手机号…), for clean removal. */
  labelStart: number;
}

/** Labels before a number that make it something other than a phone number. */
const NOT_PHONE_BEFORE = ['订单', '单号', '条码', '条形码', '货号', '型号', '编号', 'sku', '款号', '批号', '序列号', '运单', '快递单', '物流单', '证书', '批准文号', '备案号', '生产许可', 'sc', 'ean', 'isbn', '价格', '¥', '￥'];
const NOT_PHONE_AFTER = ['元', '块', '円', '克', 'g', 'kg', 'ml', 'mm', 'cm', '件', '次', 'mah'];

function classify(digits: string, hasLabel: boolean): PhoneKind | undefined {
  let d = digits;
  if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  if (d.length === 14 && d.startsWith('086')) d = d.slice(3);
  if (d.length === 11 && /^1[3-9]\d{9}$/.test(d)) return 'mobile';
  if (d.length === 10 && /^(400|800)\d{7}$/.test(d)) return 'hotline';
  if (hasLabel && d.length >= 10 && d.length <= 12 && /^0[1-9]\d{8,10}$/.test(d)) return 'landline';
  return undefined;
}

function labelBefore(text: string, at: number): number {
  for (const label of PHONE_LABELS) {
    for (let gap = 0; gap <= 2; gap++) {
      const s = at - gap - label.length;
      if (s >= 0 && text.startsWith(label, s) && !/\n/.test(text.slice(s + label.length, at))) return s;
    }
  }
  return -1;
}

/**
 * A run glued from several numbers by dropped separators ("1. 13812345678", "客服1：138…") is
 * split where the original text had a gap, so the phone number inside is still found.
 */
function candidates(f: FoldedText, run: DigitRun): { start: number; end: number; digits: string }[] {
  const whole = [{ start: run.start, end: run.end, digits: run.digits }];
  if (run.digits.length <= 14) return whole;
  const cuts = [run.start];
  for (let k = run.start + 1; k < run.end; k++) if (f.starts[k]! > f.ends[k - 1]!) cuts.push(k);
  cuts.push(run.end);
  const out: { start: number; end: number; digits: string }[] = [];
  for (const s of cuts) {
    for (const e of cuts) {
      const len = e - s;
      if (len >= 10 && len <= 14) out.push({ start: s, end: e, digits: run.digits.slice(s - run.start, e - run.start) });
    }
  }
  return out;
}

/** Find phone numbers in folded text. */
export function findPhones(f: FoldedText): PhoneHit[] {
  const text = f.text;
  const hits: PhoneHit[] = [];
  for (const run of digitRuns(text, 10)) {
    const before = text.slice(Math.max(0, run.start - 6), run.start);
    if (NOT_PHONE_BEFORE.some((w) => before.includes(w))) continue;
    for (const c of candidates(f, run)) {
      const after = text.slice(c.end, c.end + 3);
      if (c.end === run.end && NOT_PHONE_AFTER.some((w) => after.startsWith(w))) continue;
      const label = labelBefore(text, c.start);
      const kind = classify(c.digits, label >= 0);
      if (kind) {
        hits.push({ start: c.start, end: c.end, kind, labelStart: label >= 0 ? label : c.start });
        break;
      }
    }
  }
  return hits;
}
