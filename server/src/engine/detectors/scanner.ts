/**
 * One pass over a segment's folded text finds every signal family: the shared automaton for
 * literals, digit runs for phone numbers, and a few regexes over the original text for URLs,
 * e-mail addresses and 口令 tokens. Detectors know nothing of platforms.
 */
import { fold, Folder, type FoldedText } from '../normalize';
import type { Signal, SignalFamily } from '../types';
import { Automaton } from './automaton';
import { collectEntries } from './collect';
import { contactEntries } from './contact';
import { afterCueEnd, hasCue } from './cues';
import { digitOf } from './digits';
import { groupEntries } from './group';
import type { CueSet, LexEntry } from './lexicon';
import { negativeEntries } from './negatives';
import { paymentEntries } from './payment';
import { findPhones } from './phone';
import { profileEntries } from './profile';
import { qrEntries } from './qr';
import { reviewBaitEntries } from './reviewBait';
import { thirdPartyEntries } from './thirdParty';
import { findRawSignals } from './raw';
import { forEachMatch } from '../packs/patternSafety';

/** A signal as found, before overlaps are resolved; `mention` marks a bare name without a push. */
export interface RawSignal extends Signal {
  mention: boolean;
}

/** Words and patterns a rule pack adds; their signals carry the term `custom:<ruleId>`. */
export interface CustomVocabulary {
  words: { word: string; family: SignalFamily; ruleId: string }[];
  patterns: { regex: RegExp; family: SignalFamily; ruleId: string }[];
  /** Honest words that silence any trigger inside them. */
  allow: string[];
}

const BUILTIN: readonly LexEntry[] = [
  ...contactEntries,
  ...qrEntries,
  ...groupEntries,
  ...profileEntries,
  ...thirdPartyEntries,
  ...paymentEntries,
  ...collectEntries,
  ...reviewBaitEntries,
  ...negativeEntries,
];

const DEFAULT_CUES: Readonly<Record<SignalFamily, CueSet>> = {
  contact: 'contact', phone: 'contact', qr: 'contact', group: 'contact', profile: 'profile', thirdParty: 'platform',
  url: 'platform', payment: 'contact', collect: 'collect', reviewBait: 'review',
};

const ASCII_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
const HANDLE = /^(?:号码|号|是|id|账号|:)?([a-z0-9][a-z0-9_-]{4,29})/;
const CACHE_LIMIT = 50_000;

export class Scanner {
  private readonly entries: LexEntry[];
  private readonly customTerms: string[];
  private readonly automaton: Automaton;
  private readonly patterns: CustomVocabulary['patterns'];
  private readonly cache = new Map<string, RawSignal[]>();
  private readonly folder = new Folder();

  constructor(custom?: CustomVocabulary) {
    const extra: LexEntry[] = [];
    const terms: string[] = [];
    for (const w of custom?.words ?? []) {
      extra.push({ word: w.word, family: w.family, term: `custom:${w.ruleId}`, need: 'always' });
    }
    for (const a of custom?.allow ?? []) extra.push({ word: a, family: 'negative', term: 'negative', need: 'negative' });
    this.entries = [...BUILTIN, ...extra]
      .map((e) => ({ ...e, word: fold(e.word).text, ascii: e.ascii ?? false }))
      .filter((e) => e.word.length > 0 && !e.word.includes('\n'));
    for (const e of this.entries) terms.push(e.term);
    this.customTerms = terms;
    this.automaton = new Automaton(this.entries.map((e) => e.word));
    this.patterns = custom?.patterns ?? [];
  }

  /** Signals in one segment's text, offsets relative to that text. Cached by text. */
  scan(text: string): RawSignal[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const signals = this.scanUncached(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, signals);
    return signals;
  }

  private scanUncached(text: string): RawSignal[] {
    // The folded text's offset maps are the folder's buffers: nothing kept may refer to them.
    const f = this.folder.fold(text);
    const found: RawSignal[] = [];
    const hits = this.automaton.scan(f.text);
    let silenced: Uint8Array | undefined;
    for (const h of hits) {
      const e = this.entries[h.pattern]!;
      if (e.need !== 'negative') continue;
      silenced ??= new Uint8Array(f.text.length + 1);
      for (let k = h.start; k < h.end; k++) silenced[k] = 1;
    }
    for (const h of hits) {
      const e = this.entries[h.pattern]!;
      if (e.need === 'negative' || e.family === 'negative') continue;
      if (isSilenced(silenced, h.start, h.end)) continue;
      if (e.ascii && !asciiBounded(text, f, h.start, h.end)) continue;
      const s = this.resolve(text, f, h.start, h.end, e);
      if (s) found.push(s);
    }
    for (const p of findPhones(f)) {
      if (isSilenced(silenced, p.start, p.end)) continue;
      const span = original(f, p.start, p.end);
      const label = original(f, p.labelStart, p.end);
      found.push({ family: 'phone', term: p.kind, ...span, text: text.slice(span.start, span.end), removal: label, mention: false });
    }
    for (const r of findRawSignals(text)) found.push({ ...r, mention: false });
    for (const p of this.patterns) {
      // Pack patterns run on bounded windows, so a slow pattern costs time linear in the text.
      forEachMatch(p.regex, f.text, (index, length) => {
        const span = original(f, index, index + length);
        found.push({ family: p.family, term: `custom:${p.ruleId}`, ...span, text: text.slice(span.start, span.end), mention: false });
      });
    }
    return resolveOverlaps(text, found);
  }

  /** Decide whether a literal hit is a signal, given what it needs around it. */
  private resolve(text: string, f: FoldedText, start: number, end: number, e: LexEntry): RawSignal | undefined {
    const family = e.family as SignalFamily;
    const cues = e.cues ?? DEFAULT_CUES[family];
    let spanEnd = end;
    let mention = false;
    const handle = handleAfter(f.text, end);
    switch (e.need) {
      case 'always':
        if (cues === 'dm') mention = !hasCue(f.text, start, end, 'dm');
        break;
      case 'handle':
        if (!handle) return undefined;
        break;
      case 'cue':
        if (!handle && !hasCue(f.text, start, end, cues)) return undefined;
        break;
      case 'mention':
        mention = !handle && !hasCue(f.text, start, end, cues);
        break;
      default:
        return undefined;
    }
    if (handle && (family === 'contact' || e.need === 'handle')) spanEnd = handle;
    // "备注微信号", "主页有V": the request or pointer covers what it points at.
    if ((cues === 'collect' || cues === 'profile') && e.need === 'cue') spanEnd = Math.max(spanEnd, afterCueEnd(f.text, end, cues) ?? end);
    const span = original(f, start, spanEnd);
    return { family, term: e.term, ...span, text: text.slice(span.start, span.end), mention };
  }

  /** Every term a signal can carry, for rule packs to refer to. */
  knownTerms(): ReadonlySet<string> {
    return new Set(this.customTerms);
  }
}

function isSilenced(silenced: Uint8Array | undefined, start: number, end: number): boolean {
  if (!silenced) return start >= end;
  for (let k = start; k < end; k++) if (silenced[k] === 0) return false;
  return true;
}

function original(f: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: f.starts[a]!, end: f.ends[b - 1]! };
}

/** ASCII words must not touch other ASCII letters in the original text (wx in "newxbox"). */
function asciiBounded(text: string, f: FoldedText, start: number, end: number): boolean {
  const before = text[f.starts[start]! - 1];
  const after = text[f.ends[end - 1]!];
  if (before !== undefined && ASCII_LETTER.test(before)) return false;
  if (after !== undefined && ASCII_LETTER.test(after)) {
    // "vx abc123": a handle right after is fine, "vivo" is not.
    return handleAfter(f.text, end) !== undefined && f.ends[end - 1]! < f.starts[end]!;
  }
  return true;
}

/** Folded end of an account handle or number right after `at` (微信: abc_123, 扣扣 一二三四五), if any. */
function handleAfter(text: string, at: number): number | undefined {
  const rest = text.slice(at, at + 40);
  const m = HANDLE.exec(rest);
  if (m) {
    const id = m[1]!;
    const labelled = m[0].length > id.length;
    if (labelled || /\d.*\d/.test(id) || /_/.test(id)) return at + m[0].length;
  }
  // Numbers in any writing (QQ numbers are 5–11 digits).
  let k = at;
  let label = /^(号码|号|是)/.exec(rest);
  if (label) k += label[0].length;
  let digits = 0;
  while (k < text.length && digitOf(text[k]!) !== undefined) {
    k++;
    digits++;
  }
  return digits >= 5 ? k : undefined;
}

const FAMILY_PRIORITY: Readonly<Record<SignalFamily, number>> = {
  collect: 9, payment: 8, group: 7, profile: 6, reviewBait: 6, contact: 5, phone: 5, qr: 4, url: 4, thirdParty: 3,
};

/**
 * Overlapping signals become one signal over their union, so "备注微信号" is one finding, not
 * three; the family is that of the wider signal, or the more specific one when equally wide.
 */
function resolveOverlaps(text: string, signals: RawSignal[]): RawSignal[] {
  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawSignal[] = [];
  for (const s of signals) {
    const last = out[out.length - 1];
    // Pieces of one phrase ("五星" "好评" "晒图返现") join when only separators stand between them.
    const joins = last !== undefined && last.family === s.family && s.start >= last.end && /^[\s\p{P}\p{S}]{0,2}$/u.test(text.slice(last.end, s.start));
    if (!last || (s.start >= last.end && !joins)) {
      out.push({ ...s });
      continue;
    }
    const sWidth = s.end - s.start;
    const lastWidth = last.end - last.start;
    const takeOver = sWidth > lastWidth || (sWidth === lastWidth && FAMILY_PRIORITY[s.family] > FAMILY_PRIORITY[last.family]);
    const merged: RawSignal = takeOver ? { ...s } : last;
    merged.start = Math.min(last.start, s.start);
    merged.end = Math.max(last.end, s.end);
    merged.mention = last.family === s.family ? last.mention && s.mention : merged.mention;
    // A handle that is a phone number is a phone number, whatever label it carries (加微信 138…).
    const phone = last.family === 'phone' ? last : s.family === 'phone' ? s : undefined;
    if (phone && (last.family === 'contact' || s.family === 'contact')) {
      merged.family = 'phone';
      merged.term = phone.term;
      merged.mention = false;
    }
    const removals = [last.removal ?? last, s.removal ?? s];
    merged.removal = { start: Math.min(merged.start, ...removals.map((r) => r.start)), end: Math.max(merged.end, ...removals.map((r) => r.end)) };
    out[out.length - 1] = merged;
  }
  for (const s of out) {
    s.text = text.slice(s.start, s.end);
    if (s.removal && s.removal.start === s.start && s.removal.end === s.end) delete s.removal;
  }
  return out;
}

export type { FoldedText };
