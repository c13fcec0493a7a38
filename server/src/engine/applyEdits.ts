/** Applying text edits, and choosing the fixes fix-all may apply together. */
import type { Finding, TextEdit } from './types';

/** Apply non-overlapping edits (any order) to `text`. Overlapping edits after the first are dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The edits of fix-all: each finding's safe preferred fix, skipping any that overlaps an edit
 * already taken (several platforms often propose the same edit for one place).
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const key = (e: TextEdit) => `${e.start}:${e.end}:${e.newText}`;
  const seen = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && x.isPreferred);
    if (!fix) continue;
    const fresh = fix.edits.filter((e) => !seen.has(key(e)));
    if (fresh.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === e.end && e.start === c.start)))) continue;
    for (const e of fresh) {
      chosen.push(e);
      seen.add(key(e));
    }
  }
  return chosen;
}
