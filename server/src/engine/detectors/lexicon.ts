/**
 * The literal vocabulary the detectors share. Each family file contributes entries; the scanner
 * compiles them into one automaton. Words are written naturally here and folded at build time.
 */
import type { SignalFamily } from '../types';

/**
 * What a literal needs around it before it counts:
 * - `always`: the word itself is the signal (evasive spellings such as 薇信, 某宝).
 * - `cue`: an action cue nearby (加/联系/搜…) or a handle after it; otherwise nothing.
 * - `mention`: a bare mention is reported as a mention (info), with a cue as a full signal.
 * - `handle`: only when an account handle or number follows.
 * - `negative`: a word that contains a trigger and is honest (V领, QQ糖): silences what it covers.
 */
export type Need = 'always' | 'cue' | 'mention' | 'handle' | 'negative';

export interface LexEntry {
  word: string;
  family: SignalFamily | 'negative';
  /** Canonical term of the signal (wechat, qq, taobao, group, …). */
  term: string;
  need: Need;
  /** ASCII words must not touch other ASCII letters (wx in "newxbox" is not WeChat). */
  ascii?: boolean;
  /** Which cue vocabulary applies; defaults to the family's. */
  cues?: CueSet;
}

export type CueSet = 'contact' | 'platform' | 'review' | 'collect' | 'profile' | 'dm';

/** Build entries from a space-separated word list sharing the same properties. */
export function words(list: string, props: Omit<LexEntry, 'word'>): LexEntry[] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((word) => ({ word, ...props, ascii: props.ascii ?? /^[a-z0-9+]+$/i.test(word) }));
}
