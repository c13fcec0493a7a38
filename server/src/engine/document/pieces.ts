/**
 * A segment is a paragraph or a JSON string; one that is longer than any paragraph (a whole
 * file on one line, a 5 MB JSON string) is checked in pieces cut after a sentence end, so no
 * single step of a check is unbounded and a language server stays responsive. Detection needs
 * no context across a sentence end (cues stop there), so little changes at a cut: at most a
 * phrase split by a sentence end is reported as two findings.
 */
import type { Segment } from '../types';
import { segment } from './model';

/** Longest piece, in UTF-16 units. */
export const MAX_PIECE = 1 << 15;

const SENTENCE_END = /[。！？!?；;\n]/;

/** Where to end the piece that starts at `from`: after the last sentence end in its second half. */
function cutAt(text: string, from: number): number {
  const hard = from + MAX_PIECE;
  if (hard >= text.length) return text.length;
  for (let i = hard - 1; i >= from + MAX_PIECE / 2; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  for (let i = hard - 1; i >= from + MAX_PIECE / 2; i--) if (/\s/.test(text[i]!)) return i + 1;
  // Never between the two halves of a surrogate pair.
  const c = text.charCodeAt(hard - 1);
  return c >= 0xd800 && c <= 0xdbff ? hard - 1 : hard;
}

/** `seg` itself, or its pieces when it is longer than MAX_PIECE. */
export function pieces(seg: Segment): Segment[] {
  if (seg.text.length <= MAX_PIECE) return [seg];
  const out: Segment[] = [];
  for (let a = 0; a < seg.text.length; ) {
    const b = cutAt(seg.text, a);
    const text = seg.text.slice(a, b);
    if (seg.offsets) out.push(segment(seg.offsets[a]!, text, seg.path, seg.field, seg.json, slice(seg.offsets, a, b + 1)));
    else out.push(segment(seg.start + a, text, seg.path, seg.field, seg.json));
    a = b;
  }
  return out;
}

function slice(offsets: ArrayLike<number>, a: number, b: number): ArrayLike<number> {
  return offsets instanceof Int32Array ? offsets.subarray(a, b) : Array.prototype.slice.call(offsets, a, b);
}
