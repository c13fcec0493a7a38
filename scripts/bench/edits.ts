/**
 * One-character edits as a user types them: at a random place inside the copy (after a Chinese
 * character, so never inside JSON syntax or front matter), alternately inserting a character and
 * deleting it again so the document keeps its size.
 */
import { prng } from './corpus';

export interface Edit {
  /** Offset of the edit in the text before it. */
  offset: number;
  /** Units removed at `offset`. */
  remove: number;
  insert: string;
  /** The whole text after the edit. */
  text: string;
}

const CJK = /[\u4e00-\u9fff]/g;

/** `count` edits, each applied on top of the previous one: three characters typed, then deleted. */
export function typingEdits(text: string, count: number, seed = 7): Edit[] {
  const r = prng(seed);
  const places: number[] = [];
  const body = text.startsWith('---') && text.indexOf('\n---\n') >= 0 ? text.indexOf('\n---\n') + 5 : 0;
  for (const m of text.matchAll(CJK)) if (m.index! >= body) places.push(m.index! + 1);
  const edits: Edit[] = [];
  let current = text;
  let at = 0;
  let typed = 0;
  for (let i = 0; i < count; i++) {
    const phase = i % 6;
    let e: Omit<Edit, 'text'>;
    if (phase === 0) {
      at = places[Math.floor(r() * places.length)]!;
      typed = 0;
    }
    if (phase < 3) {
      e = { offset: at + typed, remove: 0, insert: '好真棒'[phase]! };
      typed++;
    } else {
      typed--;
      e = { offset: at + typed, remove: 1, insert: '' };
    }
    current = current.slice(0, e.offset) + e.insert + current.slice(e.offset + e.remove);
    edits.push({ ...e, text: current });
  }
  return edits;
}
