/**
 * Parsing after a keystroke. An edit that only changes characters inside one prose line or one
 * JSON string cannot change the document's structure: the previous parse is reused with that
 * segment's text replaced and every offset after it moved, instead of reading the whole
 * document again. So does an edit inside a heading's text, the sections it names renamed. Anything
 * else (a new line, a quote, a line that becomes a heading, front matter…) is parsed afresh.
 */
import type { CopyKind, DocumentProblem, Finding, Segment, Span } from '../types';
import type { Earlier } from '../earlierFindings';
import { parseJson } from './json';
import { lineShape } from './markdown';
import { emptyDocument, segment, type Declared, type ParsedDocument, type Suppression } from './model';

interface Remembered {
  text: string;
  doc: ParsedDocument;
  /** Schema problems per kind, as far as the check asked for them. */
  shapes: Map<CopyKind, DocumentProblem[]>;
  /** Findings of each segment, and everything besides the text they depend on. */
  findings: { context: string; perSegment: Finding[][] } | undefined;
}

/** A parse, and what the previous check of the same file left. */
export interface Parse {
  doc: ParsedDocument;
  earlier?: Earlier;
}

/** Where two versions of a text differ: old [start, oldEnd) became new [start, newEnd). */
interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Documents remembered (one per open file a user types in). */
const MAX_DOCUMENTS = 8;
/** Longer documents are not remembered (memory stays bounded). */
const MAX_LENGTH = 1 << 20;

export class ParseMemo {
  private readonly docs = new Map<string, Remembered>();

  /**
   * The parse of `text`: the one remembered under `key` moved by the edit between them, when
   * the edit allows it, else `full()`'s.
   */
  *parse(key: string, text: string, full: () => Generator<void, ParsedDocument>): Generator<void, Parse> {
    const prev = this.docs.get(key);
    // Every Earlier and Parse is built whole, in one shape (see verdicts.ts).
    const earlier = (edited: number | undefined, delta: number): Earlier | undefined =>
      prev?.findings && { context: prev.findings.context, segments: prev.doc.segments, perSegment: prev.findings.perSegment, edited, delta };
    if (prev?.text === text) return { doc: prev.doc, earlier: earlier(-1, 0) };
    const reused = prev && reparse(prev, text, diff(prev.text, text));
    if (reused) {
      this.remember(key, text, reused.doc);
      return { doc: reused.doc, earlier: earlier(reused.edited, reused.delta) };
    }
    const doc = yield* full();
    this.remember(key, text, doc);
    return { doc, earlier: earlier(undefined, 0) };
  }

  /** Remember the findings a check of `doc` (the parse remembered under `key`) made per segment. */
  keepFindings(key: string, doc: ParsedDocument, context: string, perSegment: Finding[][]): void {
    const r = this.docs.get(key);
    if (r?.doc === doc) r.findings = { context, perSegment };
  }

  private remember(key: string, text: string, doc: ParsedDocument): void {
    if (text.length > MAX_LENGTH) {
      this.docs.delete(key);
      return;
    }
    if (!this.docs.has(key) && this.docs.size >= MAX_DOCUMENTS) this.docs.delete(this.docs.keys().next().value!);
    const shapes = new Map<CopyKind, DocumentProblem[]>();
    const shape = doc.shapeProblems;
    if (shape) {
      doc.shapeProblems = (kind) => {
        let p = shapes.get(kind);
        if (!p) shapes.set(kind, (p = shape(kind)));
        return p;
      };
    }
    this.docs.set(key, { text, doc, shapes, findings: undefined });
  }
}

/** Units compared at once while looking for the edit (string comparison runs in native code). */
const BLOCK = 512;

function diff(a: string, b: string): Change {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start + BLOCK <= n && a.substring(start, start + BLOCK) === b.substring(start, start + BLOCK)) start += BLOCK;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let same = 0;
  const room = n - start;
  while (same + BLOCK <= room && a.substring(a.length - same - BLOCK, a.length - same) === b.substring(b.length - same - BLOCK, b.length - same)) same += BLOCK;
  while (same < room && a.charCodeAt(a.length - 1 - same) === b.charCodeAt(b.length - 1 - same)) same++;
  return { start, oldEnd: a.length - same, newEnd: b.length - same };
}

/** Index of the segment whose text holds the whole change, if any (segments are in document order). */
function segmentAround(segments: readonly Segment[], c: Change): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start > c.start) hi = mid - 1;
    else lo = mid + 1;
  }
  const seg = segments[hi];
  if (!seg || c.oldEnd > endOf(seg)) return -1;
  return hi;
}

/** Document offset just past the segment's text. */
function endOf(seg: Segment): number {
  return seg.offsets ? seg.offsets[seg.text.length]! : seg.start + seg.text.length;
}

/**
 * The previous parse moved by the edit, when the edit keeps the document's structure. `edited`:
 * the one segment whose text changed (the others' findings still hold), or undefined when a
 * heading's edit renamed the section of the segments after it (their findings are matched anew).
 */
function reparse(prev: Remembered, text: string, c: Change): { doc: ParsedDocument; edited: number | undefined; delta: number } | undefined {
  const { doc } = prev;
  const i = segmentAround(doc.segments, c);
  if (i < 0) return undefined;
  const seg = doc.segments[i]!;
  const removed = prev.text.slice(c.start, c.oldEnd);
  const inserted = text.slice(c.start, c.newEnd);
  const kept = doc.format === 'json' ? jsonKeeps(doc, removed, inserted) && 'line' : markdownKeeps(prev.text, text, seg, c);
  if (!kept) return undefined;
  if (seg.offsets && (indexOf(seg.offsets, c.start) < 0 || indexOf(seg.offsets, c.oldEnd) < 0)) return undefined;
  const out = moved(doc, i, text, c, prev.shapes);
  if (kept === 'heading' && out.segments[i]!.text.trim() !== seg.path) {
    renameSection(out.segments, i, out.segments[i]!.text.trim());
    return { doc: out, edited: undefined, delta: c.newEnd - c.oldEnd };
  }
  return { doc: out, edited: i, delta: c.newEnd - c.oldEnd };
}

/** The heading at `i` and the segments of its section (up to the next heading) get `section` as their path, as markdown.ts gives it. */
function renameSection(segments: Segment[], i: number, section: string): void {
  for (let k = i; k < segments.length && (k === i || segments[k]!.field !== 'heading'); k++) {
    const s = segments[k]!;
    segments[k] = segment(s.start, s.text, section, s.field, s.json, s.offsets);
  }
}

/** Inside a JSON string, any character but a quote, a backslash or a control character stays text. */
function jsonKeeps(doc: ParsedDocument, removed: string, inserted: string): boolean {
  if (doc.problems.some((p) => p.code === 'json-syntax' || p.code === 'too-deep')) return false;
  return plainJsonText(removed) && plainJsonText(inserted);
}

function plainJsonText(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch < 0x20 || ch === 34 || ch === 92) return false;
  }
  return true;
}

/**
 * Whether the edit keeps its line the same kind of line, the segment starting where it did: 'line'
 * for copy, 'heading' for a heading (its text names the section after it), false otherwise.
 */
function markdownKeeps(before: string, after: string, seg: Segment, c: Change): 'line' | 'heading' | false {
  const lineStart = before.lastIndexOf('\n', c.start - 1) + 1;
  const oldLine = lineAt(before, lineStart);
  const newLine = lineAt(after, lineStart);
  // The edit may not reach the line break (or a "\r" before it).
  if (c.oldEnd > lineStart + oldLine.length || c.newEnd > lineStart + newLine.length) return false;
  const was = lineShape(oldLine);
  const is = lineShape(newLine);
  if (was === undefined || is === undefined || was.field !== is.field || was.offset !== is.offset || seg.start !== lineStart + was.offset) return false;
  return was.field === 'heading' ? 'heading' : 'line';
}

/** The line starting at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  let end = nl < 0 ? text.length : nl;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** The previous parse with segment `i` holding the new text and everything after it moved. */
function moved(doc: ParsedDocument, i: number, text: string, c: Change, shapes: ReadonlyMap<CopyKind, DocumentProblem[]>): ParsedDocument {
  const delta = c.newEnd - c.oldEnd;
  const startOf = (x: number) => (x <= c.start ? x : x >= c.oldEnd ? x + delta : c.start);
  const endOf = (x: number) => (x < c.start ? x : x >= c.oldEnd ? x + delta : c.newEnd);
  const span = <T extends Span>(s: T): T => ({ ...s, start: startOf(s.start), end: endOf(s.end) });
  const segments = doc.segments.slice();
  segments[i] = edited(segments[i]!, text, c);
  for (let k = i + 1; k < segments.length; k++) {
    const s = segments[k]!;
    segments[k] = segment(s.start + delta, s.text, s.path, s.field, s.json, s.offsets && shifted(s.offsets, delta));
  }
  const out = emptyDocument(doc.format);
  out.segments = segments;
  out.problems = doc.problems.map(span);
  out.suppressions = doc.suppressions.map((s): Suppression => ({ ...span(s), from: s.from < 0 ? s.from : startOf(s.from), to: s.to < 0 ? s.to : endOf(s.to) }));
  out.protectedRanges = doc.protectedRanges.map(span);
  out.declaredKind = doc.declaredKind;
  out.declaredPlatforms = doc.declaredPlatforms?.map((d): Declared<string> => span(d));
  out.shapeKind = doc.shapeKind;
  // No copy string has a constraint of its own: its text never changes the schema's verdict.
  // A kind not asked for before (rare: the kind changed elsewhere) is validated afresh.
  if (doc.shapeProblems) out.shapeProblems = (kind) => shapes.get(kind)?.map(span) ?? parseJson(text).shapeProblems?.(kind) ?? [];
  return out;
}

/** Segment `seg` after the edit inside it. */
function edited(seg: Segment, text: string, c: Change): Segment {
  const delta = c.newEnd - c.oldEnd;
  if (!seg.offsets) return segment(seg.start, text.slice(seg.start, seg.start + seg.text.length + delta), seg.path, seg.field, seg.json);
  // A JSON string with escapes: the edit touches none of them (no backslash in or out), so it
  // replaces decoded units [a, b) one to one.
  const a = indexOf(seg.offsets, c.start);
  const b = indexOf(seg.offsets, c.oldEnd);
  const inserted = c.newEnd - c.start;
  const offsets = new Int32Array(seg.offsets.length + inserted - (b - a));
  for (let k = 0; k < a; k++) offsets[k] = seg.offsets[k]!;
  for (let k = 0; k < inserted; k++) offsets[a + k] = c.start + k;
  for (let k = b; k < seg.offsets.length; k++) offsets[k - b + a + inserted] = seg.offsets[k]! + delta;
  return segment(seg.start, seg.text.slice(0, a) + text.slice(c.start, c.newEnd) + seg.text.slice(b), seg.path, seg.field, seg.json, offsets);
}

/** Index of document offset `x` in a segment's (increasing) offset table, or -1. */
function indexOf(offsets: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = offsets[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function shifted(offsets: ArrayLike<number>, delta: number): Int32Array {
  const out = new Int32Array(offsets.length);
  for (let k = 0; k < out.length; k++) out[k] = offsets[k]! + delta;
  return out;
}
