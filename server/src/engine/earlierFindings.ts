/**
 * Findings of a segment depend only on its text, field, path and the check's context (kind,
 * platforms, date, options). A check of a document the checker has checked before takes every
 * unchanged segment's findings — fixes included — from that check, moved by however far the
 * edit shifted them: that is what keeps a keystroke in a large document cheap.
 */
import type { Finding, Fix, Segment, TextEdit } from './types';

/** What the previous check of the same document left. */
export interface Earlier {
  context: string;
  segments: readonly Segment[];
  perSegment: readonly Finding[][];
  /**
   * When the parse was reused (an edit inside one segment): that segment's index (-1: the
   * text did not change) and how far the segments after it moved (0 otherwise). Segments keep
   * their indices.
   */
  edited: number | undefined;
  delta: number;
}

/**
 * The earlier check as the current one reads it: one object literal per check, read by module
 * functions (a class instance per check lost its shape, and the checker its optimized code, at
 * every GC; see verdicts.ts).
 */
export interface EarlierFindings {
  earlier: Earlier;
  /** Earlier segments by text, made only when the segments did not keep their indices. */
  byText: Map<string, number[]> | undefined;
}

export function earlierFindings(earlier: Earlier): EarlierFindings {
  return { earlier, byText: undefined };
}

/** Findings of segment `i` (now `seg`) from the earlier check, moved to where it stands; undefined when it must be checked. */
export function findingsBefore(before: EarlierFindings, i: number, seg: Segment): Finding[] | undefined {
  const { edited, delta, perSegment, segments } = before.earlier;
  if (edited !== undefined) {
    if (i === edited) return undefined;
    return i < edited ? perSegment[i]! : movedAll(perSegment[i]!, delta);
  }
  before.byText ??= byText(segments);
  for (const k of before.byText.get(seg.text) ?? []) {
    const old = segments[k]!;
    if (old.field !== seg.field || old.path !== seg.path || old.json !== seg.json || !sameLiteral(old, seg)) continue;
    return movedAll(perSegment[k]!, seg.start - old.start);
  }
  return undefined;
}

function byText(segments: readonly Segment[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  segments.forEach((s, k) => {
    const list = map.get(s.text);
    if (list) list.push(k);
    else map.set(s.text, [k]);
  });
  return map;
}

/**
 * Whether the segment maps to the document as the earlier one did, up to a shift: a JSON string
 * with escapes is only the same segment when its escapes stand where they stood (the same
 * decoded text can come from different literals).
 */
function sameLiteral(old: Segment, seg: Segment): boolean {
  const a = old.offsets;
  const b = seg.offsets;
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  const d = seg.start - old.start;
  for (let i = 0; i < a.length; i++) if (b[i]! - a[i]! !== d) return false;
  return true;
}

function movedAll(findings: Finding[], d: number): Finding[] {
  return d === 0 || findings.length === 0 ? findings : findings.map((f) => moved(f, d));
}

/** A finding moved by `d` units: its span and every edit of its fixes. Built whole (see verdicts.ts). */
function moved(f: Finding, d: number): Finding {
  const fixes: Fix[] = [];
  for (const x of f.fixes) {
    const edits: TextEdit[] = [];
    for (const e of x.edits) edits.push({ start: e.start + d, end: e.end + d, newText: e.newText });
    fixes.push({ title: x.title, kind: x.kind, edits, isPreferred: x.isPreferred, safe: x.safe });
  }
  const { ruleId, platform, severity, family, term, text, message, path } = f;
  return { ruleId, platform, severity, family, term, text, start: f.start + d, end: f.end + d, message, fixes, path };
}
