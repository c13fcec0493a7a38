/**
 * Shared vocabulary of the engine. Offsets are UTF-16 code-unit indices into the
 * original document text (as JavaScript strings and LSP use them).
 */

export const PLATFORM_IDS = [
  'douyin',
  'kuaishou',
  'taobao',
  'tmall',
  'pinduoduo',
  'jd',
  'xiaohongshu',
  'wechat_channels',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const COPY_KINDS = ['listing', 'live', 'card'] as const;
/** listing = product listing, live = livestream script, card = package card (包裹卡). */
export type CopyKind = (typeof COPY_KINDS)[number];

export const SIGNAL_FAMILIES = [
  'contact',
  'phone',
  'qr',
  'group',
  'profile',
  'thirdParty',
  'url',
  'payment',
  'collect',
  'reviewBait',
] as const;
/** Platform-neutral kinds of diversion a detector can find (DOMAIN.md, "What counts as diversion"). */
export type SignalFamily = (typeof SIGNAL_FAMILIES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Text in both languages the product speaks. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A half-open span [start, end) of the original text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A fact about the text: something that moves a buyer off the platform, whatever the platform.
 * `term` is the canonical thing found (微信, 淘宝, mobile, …) so rules can treat one platform's
 * home features differently from another's.
 */
export interface Signal extends Span {
  family: SignalFamily;
  term: string;
  /** The original text the span covers (for messages and fixes). */
  text: string;
  /** Span of a label that belongs to the signal and goes with it on removal (e.g. "微信:" before a handle). */
  removal?: Span;
}

/** One place where copy lives inside a document: a Markdown block or a JSON string value. */
export interface Segment {
  /** Offset of the first character of the segment's text in the document. */
  start: number;
  /** The decoded text (JSON escapes resolved). */
  text: string;
  /**
   * For each UTF-16 unit of `text` plus one past the end, the document offset it comes from.
   * Absent when text maps 1:1 (Markdown): offset = start + index.
   */
  offsets?: ArrayLike<number>;
  /** JSON pointer (`/faq/2/a`) or Markdown section (heading text) where the text sits. */
  path: string;
  /** Top-level JSON field or Markdown role: "title", "qrCode", "link", "heading", "body"… */
  field: string;
  /** True when the segment is the literal inside a JSON string (edits must be escaped). */
  json: boolean;
}

/** A problem with the document itself (schema, front matter, unknown platform, suppression). */
export interface DocumentProblem extends Span {
  code: string;
  severity: Severity;
  message: LocalizedText;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: LocalizedText;
  kind: 'rewrite' | 'remove' | 'ignore';
  edits: TextEdit[];
  isPreferred?: boolean;
  /** Safe for fix-all: one unambiguous outcome. */
  safe: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  platform: PlatformId;
  severity: Severity;
  family: SignalFamily;
  term: string;
  text: string;
  message: LocalizedText;
  fixes: Fix[];
  /** JSON pointer or Markdown section of the segment. */
  path: string;
}
