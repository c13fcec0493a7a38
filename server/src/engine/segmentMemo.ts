/**
 * Findings of a segment depend only on its text, field, path and the check's context (kind,
 * platforms, date, options): an edit changes one paragraph or one JSON string, and every other
 * segment's findings — fixes included — are reused from the previous check, moved by however far
 * the edit shifted them. That is what keeps a keystroke in a large document cheap.
 */
import type { Finding, Segment } from './types';

interface Entry {
  field: string;
  path: string;
  json: boolean;
  /** Document offset of the segment when its findings were made. */
  start: number;
  /** Its offset table then (JSON strings with escapes). */
  offsets?: ArrayLike<number>;
  findings: Finding[];
}

/** Segments remembered per context; past this the memo starts afresh. */
const MAX_ENTRIES = 20_000;
/** Contexts remembered (one per combination of kind, platforms, date and options in use). */
const MAX_CONTEXTS = 4;

interface Context {
  byText: Map<string, Entry[]>;
  size: number;
}

export class SegmentMemo {
  private readonly contexts = new Map<string, Context>();

  /**
   * The findings of `seg` in `context`: remembered ones (moved to where the segment now starts)
   * or `make()`'s. A JSON string with escapes is only the same segment when its escapes stand
   * where they stood (the same decoded text can come from different literals).
   */
  findings(context: string, seg: Segment, make: () => Finding[]): Finding[] {
    let c = this.contexts.get(context);
    if (!c) {
      if (this.contexts.size >= MAX_CONTEXTS) this.contexts.clear();
      c = { byText: new Map(), size: 0 };
      this.contexts.set(context, c);
    }
    const same = c.byText.get(seg.text);
    if (same) {
      for (const e of same) {
        if (e.field !== seg.field || e.path !== seg.path || e.json !== seg.json || !sameLiteral(e, seg)) continue;
        return e.start === seg.start ? e.findings : e.findings.map((f) => moved(f, seg.start - e.start));
      }
    }
    const findings = make();
    if (c.size >= MAX_ENTRIES) {
      c.byText.clear();
      c.size = 0;
    }
    const entry: Entry = { field: seg.field, path: seg.path, json: seg.json, start: seg.start, findings };
    if (seg.offsets) entry.offsets = seg.offsets;
    const list = c.byText.get(seg.text);
    if (list) list.push(entry);
    else c.byText.set(seg.text, [entry]);
    c.size++;
    return findings;
  }
}

/** Whether the segment maps to the document as the remembered one did, up to a shift. */
function sameLiteral(e: Entry, seg: Segment): boolean {
  const a = e.offsets;
  const b = seg.offsets;
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  const d = seg.start - e.start;
  for (let i = 0; i < a.length; i++) if (b[i]! - a[i]! !== d) return false;
  return true;
}

/** A finding moved by `d` units: its span and every edit of its fixes. */
export function moved(f: Finding, d: number): Finding {
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })),
  };
}
