/**
 * The literal vocabulary the detectors share. Each family file contributes entries; the scanner
 * compiles them into one automaton. Words are written naturally here and folded at build time.
 */
import type { SignalFamily } from '../types';

/**
 * What a literal needs around it before it counts:
 * - `always`: the word itself is the signal (evasive spellings such as 薇信, 某宝).
 * - `cue`: an action cue nearby (加/联系/搜…) or an account handle after it; otherwise nothing.
 * - `mention`: a bare mention is reported as a mention (info), with a cue or handle as a push.
 * - `handle`: only when an account handle or number follows (微 abc_123, 扣 12345678).
 * - `join`: a group word that counts after a join verb (进/加/拉…群); the span starts at the verb.
 * - `collect`: a contact noun (手机号, 微信号…) that counts when the copy asks the buyer for it.
 * - `negative`: an honest word that contains a trigger (V领, QQ糖): silences a trigger it covers.
 * - `pattern`: a word a pack pattern needs (packs/requiredLiterals.ts): never a signal itself;
 *   the pattern runs only on text where one of its words was seen.
 */
/** `raw`: a word that only tells the raw detectors (detectors/raw.ts) where to look. */
export type Need = 'always' | 'cue' | 'mention' | 'handle' | 'join' | 'collect' | 'negative' | 'pattern' | 'raw';

export type CueSet = 'contact' | 'platform' | 'review' | 'heldReview' | 'profile' | 'dm' | 'qr' | 'scan' | 'payment' | 'payMe' | 'friend' | 'comment' | 'longPress';

export interface LexEntry {
  /** The word; after folding at build time, the folded word. */
  word: string;
  /**
   * Where the trigger itself starts in `word`. In "加|微" the 加 is a cue written into the word:
   * a negative such as 微绒 that covers the 微 silences the whole hit ("加微绒内里").
   */
  core: number;
  family: SignalFamily | 'negative';
  /** Canonical term of the signal (wechat, qq, taobao, group, …). */
  term: string;
  need: Need;
  /** ASCII words must not touch other ASCII letters or digits (wx in "newxbox", tb in "1TB"). */
  ascii: boolean;
  /** Which cue vocabulary applies; defaults to the family's. */
  cues?: CueSet;
  /** A second family the same words stand for (淘宝群 is a group and a third-party platform). */
  companion?: SignalFamily;
  /** Characters that must not follow the word (V领 is a neckline, but not in "加V领取"; 进裙 is no 进裙子). */
  notNext?: string;
}

type Props = Omit<LexEntry, 'word' | 'core' | 'ascii'> & { ascii?: boolean };

/**
 * Entries from a space-separated word list sharing the same properties. A `|` inside a word
 * separates a cue prefix from the trigger ("加|微", "+|v"); a `!` ends the word with characters
 * that must not follow it ("v领!取").
 */
export function words(list: string, props: Props): LexEntry[] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((raw) => {
      const [spelled, notNext] = raw.split('!') as [string, string | undefined];
      const bar = spelled.indexOf('|');
      const word = spelled.replace('|', '');
      const entry: LexEntry = { ...props, word, core: bar < 0 ? 0 : bar, ascii: props.ascii ?? /^[a-z0-9+@]+$/i.test(word) };
      if (notNext) entry.notNext = notNext;
      return entry;
    });
}

/** Honest words that contain a trigger. */
export function negatives(list: string): LexEntry[] {
  return words(list, { family: 'negative', term: 'negative', need: 'negative', ascii: false });
}

/** Honest words that are items of a list (绿泡泡、粉泡泡): they hold across the commas between the items. */
export const LIST_NEGATIVE = 'negative-list';
export function listNegatives(list: string): LexEntry[] {
  return words(list, { family: 'negative', term: LIST_NEGATIVE, need: 'negative', ascii: false });
}

/**
 * The entries without exact repeats: the family files grow list by list, and a word two lists both
 * hold (绿泡泡转账 among the WeChat transfers and among the app's colours) would otherwise be
 * matched, and every hit of it resolved, twice.
 */
export function withoutRepeats(entries: readonly LexEntry[]): LexEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.family}|${e.term}|${e.need}|${e.word}|${e.core}|${e.ascii}|${e.cues ?? ''}|${e.companion ?? ''}|${e.notNext ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
