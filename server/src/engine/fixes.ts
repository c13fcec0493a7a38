/**
 * Compliant replacements for a finding: rewrite the sentence in the platform's own words, or
 * remove the handle, number, code call or URL cleanly with its label. Edits are in document
 * offsets; inside JSON strings the inserted text is escaped so the file stays valid JSON.
 */
import type { Pack, Rule } from './packs/schema';
import type { CopyKind, Fix, LocalizedText, Segment, Span, TextEdit } from './types';
import type { RawSignal } from './detectors/scanner';

const SENTENCE_ENDS = '。！？!?；;\n';
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`);
const SENTENCE_END_UNITS = unitsOf(SENTENCE_ENDS);
/** SENTENCE_END for the unit at `i` (false outside the text): a set look-up, walked per character. */
const endsSentenceAt = (text: string, i: number): boolean => SENTENCE_END_UNITS.has(text.charCodeAt(i));
/** Sentence ends no signal ever covers (an address may run on through an ASCII "?" or "!"). */
const HARD_ENDS = unitsOf('。！？；\n');
/** True at a hard sentence end, and outside the text (its edges bound every signal too). */
const hardEndAt = (text: string, i: number): boolean => i < 0 || i >= text.length || HARD_ENDS.has(text.charCodeAt(i));
function unitsOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
const SEPARATOR = /[\s,，、:：;；|/·•\-—~～]/;
/** Verbs that only make sense with what is removed ("加" in "加微信 abc123"). */
const DANGLING_BEFORE = /(?:请|可|可以|欢迎)?(?:添加|加我|加|联系|关注|搜索|搜|拨打|致电|扫描|扫)\s*$/;
/** The last character of each of DANGLING_BEFORE's verbs. */
const DANGLING_LAST = unitsOf('加我系注索搜打电描扫');
/** Labels such as "微信：" or "电话:" right before a handle or number: removed with it. */
const LABEL_BEFORE = /(?:微信号?|vx|v信|qq|电话|手机号?|热线|tel|邮箱|email|网址|链接|地址)\s*[:：]?\s*$/i;
/** The last character of each of LABEL_BEFORE's labels, either case. */
const LABEL_LAST = unitsOf('信号xXqQ话机线lL箱址接');
const PUNCTUATION = /[\p{P}]/u;
const NEWLINE = 0x0a;

/**
 * The units `pattern` (one character class) matches, for a set look-up per character. Every
 * unit of white space (\s) and of the punctuation used here lies in these blocks; a test checks
 * the sets against their patterns over every unit.
 */
export function unitsMatching(pattern: RegExp): ReadonlySet<number> {
  const out = new Set<number>();
  for (const [from, to] of [[0, 0xff], [0x1680, 0x1680], [0x2000, 0x206f], [0x3000, 0x303f], [0xfeff, 0xfeff], [0xff00, 0xffef]] as const) {
    for (let c = from; c <= to; c++) if (pattern.test(String.fromCharCode(c))) out.add(c);
  }
  return out;
}
export const SEPARATOR_UNITS = unitsMatching(SEPARATOR);
export const SPACE_UNITS = unitsMatching(/\s/);
export const BLANK_UNITS = unitsMatching(/[ \t\u3000]/);
const isSeparatorAt = (text: string, i: number): boolean => SEPARATOR_UNITS.has(text.charCodeAt(i));
const isCjkAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x3400 && c <= 0x9fff;
};
/** Families whose signal is an atom (a handle, a number, a link) rather than a phrase. */
const ATOMS = new Set(['contact', 'phone', 'url']);

/** Map a span of the segment's decoded text to document offsets. */
export function toDocument(seg: Segment, span: Span): Span {
  if (!seg.offsets) return { start: seg.start + span.start, end: seg.start + span.end };
  return { start: seg.offsets[span.start]!, end: seg.offsets[span.end]! };
}

/**
 * Farthest a sentence reaches on either side of a finding. A longer run without a sentence end is
 * no sentence to rewrite, and walking it for every finding made dense text quadratic (minutes).
 */
const MAX_SENTENCE_SIDE = 400;

/** The sentence around a span: from the previous sentence end to the next one (inclusive); undefined when longer than MAX_SENTENCE_SIDE on a side. */
export function sentenceAround(text: string, span: Span): Span | undefined {
  let start = span.start;
  const floor = Math.max(0, span.start - MAX_SENTENCE_SIDE);
  while (start > floor && !endsSentenceAt(text, start - 1)) start--;
  if (start > 0 && !endsSentenceAt(text, start - 1)) return undefined;
  while (start < span.start && /\s/.test(text[start]!)) start++;
  let end = span.end;
  const ceiling = Math.min(text.length, span.end + MAX_SENTENCE_SIDE);
  while (end < ceiling && !endsSentenceAt(text, end)) end++;
  if (end < text.length && !endsSentenceAt(text, end)) return undefined;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

/** The span to delete for a clean removal: the signal, a dangling verb or label, one separator. */
export function removalSpan(text: string, signal: RawSignal): Span {
  let { start, end } = signal.removal ?? signal;
  // The regular expressions only run where the unit before could end a verb or a label (rarely).
  if (DANGLING_LAST.has(text.charCodeAt(skipSpacesBack(text, start)))) {
    const verb = DANGLING_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (verb) start -= verb[0].length;
  }
  if (signal.family !== 'thirdParty' && LABEL_LAST.has(text.charCodeAt(labelEndBefore(text, start)))) {
    const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (label) start -= label[0].length;
  }
  // Swallow one separator so "A，微信xx，B" becomes "A，B", not "A，，B".
  let after = end;
  while (after < text.length && isSeparatorAt(text, after) && text.charCodeAt(after) !== NEWLINE) after++;
  const cjkAround = isCjkAt(text, start - 1) || isCjkAt(text, after);
  let spacesOnly = after > end;
  for (let k = end; k < after && spacesOnly; k++) spacesOnly = SPACE_UNITS.has(text.charCodeAt(k));
  if (after > end && (start === 0 || isSeparatorAt(text, start - 1) || endsSentenceAt(text, start - 1) || (spacesOnly && cjkAround))) end = after;
  else if (after === text.length || endsSentenceAt(text, after)) {
    // At the end of a sentence: drop the separator before instead ("A，微信xx。" → "A。").
    while (start > 0 && isSeparatorAt(text, start - 1) && text.charCodeAt(start - 1) !== NEWLINE) start--;
  }
  // No space left hanging before punctuation ("详情见 。").
  if (end >= text.length || endsSentenceAt(text, end) || PUNCTUATION.test(text[end]!)) {
    while (start > 0 && BLANK_UNITS.has(text.charCodeAt(start - 1))) start--;
  }
  return { start, end };
}

/** Where the last unit before `at` that is no white space stands (-1: none). */
function skipSpacesBack(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && SPACE_UNITS.has(text.charCodeAt(k))) k--;
  return k;
}

/** Where a label before `at` would end, across LABEL_BEFORE's spaces and colon. */
function labelEndBefore(text: string, at: number): number {
  const k = skipSpacesBack(text, at);
  const c = text.charCodeAt(k);
  return c === 0x3a || c === 0xff1a ? skipSpacesBack(text, k) : k;
}

/**
 * Fill a rewrite with the platform's own names. Copy aimed at several platforms gets neutral
 * words instead, since one platform's name is another's "third party".
 */
function fill(template: string, pack: Pack, neutral: boolean): string {
  return remembered(neutral ? filledNeutral : filledNamed, pack, template, () => fillTemplate(template, pack, neutral));
}
/** Filled rewrites per pack, neutral and with the platform's names: every finding of a rule asks for the same few. */
const filledNeutral = new WeakMap<Pack, Map<string, string>>();
const filledNamed = new WeakMap<Pack, Map<string, string>>();

/** `make()`, remembered under `owner` and `key`: what every finding of a rule asks for again. */
function remembered<O extends object, K, V>(store: WeakMap<O, Map<K, V>>, owner: O, key: K, make: () => V): V {
  let byKey = store.get(owner);
  if (!byKey) store.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

function fillTemplate(template: string, pack: Pack, neutral: boolean): string {
  const channel = neutral ? '平台在线客服' : pack.channel.zh;
  const platform = neutral ? '平台' : pack.name.zh;
  const app = neutral ? '平台' : pack.app;
  return template.replace(/\{channel\}/g, channel).replace(/\{platform\}/g, platform).replace(/\{app\}/g, app);
}

export interface FixContext {
  kind: CopyKind;
  /** True when the document targets more than one platform. */
  neutral: boolean;
  /** False for replacement text that would itself be reported on a targeted platform. */
  acceptable(text: string): boolean;
  /** Spans of `text`, read as the segment's text, that a targeted platform would report (mentions too). */
  reportedSpans(text: string, seg: Segment): Span[];
  /**
   * True when `text` alone, read as the segment's text, is reported nowhere: `reportedSpans` is
   * empty. Asked of every rewrite of every finding, so a checker may remember the answers.
   */
  quietAlone(text: string, seg: Segment): boolean;
}

/**
 * How far on each side of an edit a finding it creates is looked for: further than any signal
 * with the words it needs around it reaches (a spaced-out phone number, a cue, a handle) —
 * and never to the middle of a run of ASCII (a long link or handle read from its middle is no
 * link: outOfAddress moves the window's edges out of it).
 */
const SETTLE_WINDOW = 64;
const SETTLE_ROUNDS = 4;
/** How far a window's edge moves to take in the rest of an ASCII run. */
const MAX_TOKEN = 128;

const isTokenUnit = (c: number): boolean => c > 0x20 && c < 0x7f;
/** What makes an ASCII run an address (a link, an e-mail, a 口令 token): only such runs are taken in whole. */
const ADDRESS_UNITS = unitsOf(':@.$');

/**
 * `at` moved outward (`step` -1: back, +1: on) across the address-like ASCII run it cuts, not
 * past `bound`; where it stands when the run there is no address.
 */
function outOfAddress(text: string, at: number, step: -1 | 1, bound: number): number {
  // The unit just inside the window at this edge, and the one just outside it.
  const inside = (k: number) => (step < 0 ? k : k - 1);
  const outside = (k: number) => (step < 0 ? k - 1 : k);
  if (!isTokenUnit(text.charCodeAt(inside(at)))) return at;
  const limit = step < 0 ? Math.max(bound, at - MAX_TOKEN) : Math.min(bound, at + MAX_TOKEN);
  let k = at;
  let address = false;
  while (k !== limit && isTokenUnit(text.charCodeAt(outside(k)))) {
    if (ADDRESS_UNITS.has(text.charCodeAt(outside(k)))) address = true;
    k += step;
  }
  return address ? k : at;
}

/**
 * Widen the edit `span` → `newText` until no reported signal runs across it: removing 小红书 from
 * "微信小红书10000" must not leave "微信10000", nor "+86 138…微信" leave "+微信". Undefined when
 * it does not settle (the replacement itself joins its neighbours into a finding).
 */
function settle(text: string, span: Span, newText: string, seg: Segment, ctx: FixContext, sentence?: Span): Span | undefined {
  // No signal reaches across a sentence end (the scanner reads sentence by sentence), so a
  // removal that leaves a full stop (or the text's edge) on one side of the gap joins nothing.
  if (newText === '' && (hardEndAt(text, span.start - 1) || hardEndAt(text, span.end))) return span;
  // An edit that keeps its sentence's bounds (and its end) only needs the sentence read.
  const bounds = sentence && hardEndAt(text, sentence.start - 1) && (hardEndAt(text, sentence.end) || hardEndAt(text, sentence.end - 1)) ? sentence : undefined;
  // The edit may not take the sentence's own full stop away.
  const keptEnd = bounds && (hardEndAt(text, bounds.end - 1) ? bounds.end - 1 : bounds.end);
  let { start, end } = span;
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    const inside = bounds !== undefined && start >= bounds.start && end <= keptEnd!;
    const floor = inside ? bounds.start : 0;
    const ceiling = inside ? bounds.end : text.length;
    const from = outOfAddress(text, Math.max(floor, start - SETTLE_WINDOW), -1, floor);
    const to = outOfAddress(text, Math.min(ceiling, end + SETTLE_WINDOW), 1, ceiling);
    const a = start - from;
    const b = a + newText.length;
    const across = ctx
      .reportedSpans(text.slice(from, start) + newText + text.slice(end, to), seg)
      .filter((s) => (a === b ? s.start < a && a < s.end : s.start < b && a < s.end));
    if (across.length === 0) return { start, end };
    const lo = Math.min(...across.map((s) => s.start));
    const hi = Math.max(...across.map((s) => s.end));
    const wider = { start: lo < a ? from + lo : start, end: hi > b ? end + (hi - b) : end };
    if (wider.start === start && wider.end === end) return undefined;
    ({ start, end } = wider);
  }
  return undefined;
}

/**
 * What the fixes of one signal share whichever rule reports it (copy for several platforms gets
 * a finding per platform, and their rules' rewrites often fill to the same words): its sentence
 * and removal, and where each replacement text goes. Each finding still gets Fix objects of its
 * own (which of them is preferred differs).
 */
export interface SignalFixes {
  removal: Removal | undefined;
  /** Replacement text → the span it replaces, or undefined where it would create a finding. */
  placed: Map<string, Span | undefined> | undefined;
}

interface Removal {
  sentence: Span | undefined;
  span: Span;
  /** What the removal takes away, clipped for the fix's title. */
  removed: string;
}

export function newSignalFixes(): SignalFixes {
  return { removal: undefined, placed: undefined };
}

function removalOf(seg: Segment, signal: RawSignal, ctx: FixContext): Removal {
  const sentence = sentenceAround(seg.text, signal);
  const plain = removalSpan(seg.text, signal);
  const span = settle(seg.text, plain, '', seg, ctx, sentence) ?? sentence ?? plain;
  return { sentence, span, removed: clip(seg.text.slice(span.start, span.end).trim()) };
}

/** Build the fixes of one finding; the first one is preferred and safe for fix-all. */
export function buildFixes(seg: Segment, signal: RawSignal, rule: Rule, pack: Pack, ctx: FixContext, shared: SignalFixes = newSignalFixes()): Fix[] {
  // Fixes and edits are built whole, never given a field later: one shape for all of them (see verdicts.ts).
  const { sentence, span: removal, removed } = shared.removal ?? (shared.removal = removalOf(seg, signal, ctx));
  const remove: Fix = {
    title: { zh: `删除「${removed}」`, en: `Remove “${removed}”` },
    kind: 'remove',
    edits: [editIn(seg, removal, '')],
    isPreferred: false,
    safe: false,
  };
  const atom = ATOMS.has(signal.family) || signal.mention || signal.term === 'token';
  const fixes: Fix[] = atom ? [remove] : [];
  // No sentence to rewrite (a run too long to be one): removal only.
  if (sentence) {
    const variant = endingVariant(seg.text, sentence);
    for (const r of rewritesFor(rule, ctx.kind)) {
      const filled = fill(r.text, pack, ctx.neutral);
      if (!ctx.acceptable(filled)) continue;
      const { replacement, title, escaped } = finished(pack, filled, variant);
      let span = shared.placed?.get(replacement);
      if (span === undefined && !shared.placed?.has(replacement)) {
        span = standsAlone(seg.text, sentence, replacement, seg, ctx) ? sentence : settle(seg.text, sentence, replacement, seg, ctx);
        (shared.placed ??= new Map()).set(replacement, span);
      }
      if (!span) continue;
      fixes.push({ title: r.title ?? title, kind: 'rewrite', edits: [editIn(seg, span, seg.json ? escaped : replacement)], isPreferred: false, safe: false });
    }
  }
  if (!atom) fixes.push(remove);
  fixes[0]!.isPreferred = true;
  fixes[0]!.safe = true;
  return fixes;
}

/**
 * An edit of the segment's text in document offsets; `written` is the new text as the document
 * holds it (escaped in JSON). toDocument's mapping without its intermediate span: every fix makes one.
 */
function editIn(seg: Segment, span: Span, written: string): TextEdit {
  if (!seg.offsets) return { start: seg.start + span.start, end: seg.start + span.end, newText: written };
  return { start: seg.offsets[span.start]!, end: seg.offsets[span.end]!, newText: written };
}

/** A rewrite as it replaces one sentence: with that sentence's end, its title, and its JSON escape. */
interface Finished {
  replacement: string;
  title: LocalizedText;
  escaped: string;
}

/**
 * Which end a rewrite takes from the sentence it replaces: 0 none (the text's end or a line
 * break), 1 none and its own full stop dropped (the sentence runs on), 2 + i REWRITE_ENDINGS[i].
 */
function endingVariant(text: string, sentence: Span): number {
  const i = REWRITE_ENDINGS.indexOf(text.charAt(sentence.end - 1) || '\n');
  if (i >= 0) return 2 + i;
  return sentence.end < text.length ? 1 : 0;
}

/** The rewrite `filled` finished for an ending variant: every finding of a rule asks for the same few. */
function finished(pack: Pack, filled: string, variant: number): Finished {
  const variants = remembered(finishedByPack, pack, filled, () => new Array<Finished | undefined>(2 + REWRITE_ENDINGS.length));
  let done = variants[variant];
  if (done === undefined) {
    let replacement = filled;
    if (variant >= 2 && !SENTENCE_END.test(filled.slice(-1))) replacement += REWRITE_ENDINGS[variant - 2];
    if (variant === 1) replacement = replacement.replace(/[。！？]$/, '');
    const title = { zh: `改写为:${clip(replacement)}`, en: `Rewrite: ${clip(replacement)}` };
    variants[variant] = done = { replacement, title, escaped: JSON.stringify(replacement).slice(1, -1) };
  }
  return done;
}
const finishedByPack = new WeakMap<Pack, Map<string, (Finished | undefined)[]>>();

/** Sentence ends a rewrite takes over from the sentence it replaces. */
const REWRITE_ENDINGS = SENTENCE_ENDS.replace('\n', '');

/** A rule's rewrites for copy of one kind: every finding of the rule asks for the same. */
function rewritesFor(rule: Rule, kind: CopyKind): Rule['rewrites'] {
  return remembered(rewritesByKind, rule, kind, () => rule.rewrites.filter((r) => r.kinds.includes(kind)));
}
const rewritesByKind = new WeakMap<Rule, Map<CopyKind, Rule['rewrites']>>();

/**
 * True when the rewrite stands between full stops (or the text's edges) as the sentence it
 * replaces did, and is no finding where it stands (a field's own rules, mentions): then reading
 * it alone is reading it in place, and nothing can join across its ends.
 */
function standsAlone(text: string, sentence: Span, replacement: string, seg: Segment, ctx: FixContext): boolean {
  const bounded = hardEndAt(text, sentence.start - 1) && (hardEndAt(replacement, replacement.length - 1) || hardEndAt(text, sentence.end));
  return bounded && ctx.quietAlone(replacement, seg);
}

/** At most 24 characters (code points, so no emoji is cut in half), then an ellipsis. */
function clip(s: string): string {
  if (s.length <= 24) return s;
  let end = 0;
  for (let n = 0; n < 24 && end < s.length; n++) {
    const c = s.charCodeAt(end);
    end += c >= 0xd800 && c <= 0xdbff && end + 1 < s.length ? 2 : 1;
  }
  return end < s.length ? `${s.slice(0, end)}…` : s;
}
