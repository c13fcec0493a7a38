import type { CopyKind, DocumentProblem, Segment, Span } from '../types';
import type { CopyFormat } from './fileKind';

/** A suppression written in the document: a Markdown directive or a JSON ignore entry. */
export interface Suppression extends Span {
  /** Rule ids or rule names it silences; empty = every rule. */
  rules: string[];
  /** Document range whose findings it silences. */
  from: number;
  to: number;
  /** For JSON ignores: the pointer it names (findings in that string). */
  path?: string;
}

/** A platforms/kind value as written, with where it was written (for diagnostics). */
export interface Declared<T> extends Span {
  value: T;
}

/** What the document model knows about one copy file before any detection runs. */
export interface ParsedDocument {
  format: CopyFormat;
  /** Kind declared in the document (front matter or JSON "kind"). */
  declaredKind?: CopyKind;
  /** Platform ids as written, valid or not. */
  declaredPlatforms?: Declared<string>[];
  segments: Segment[];
  problems: DocumentProblem[];
  suppressions: Suppression[];
  /** Ranges fixes must never touch (front matter, code fences). */
  protectedRanges: Span[];
  /** Kind inferred from the JSON shape when nothing declares it. */
  shapeKind?: CopyKind;
  /** Schema violations for the resolved kind (JSON only). */
  shapeProblems?: (kind: CopyKind) => DocumentProblem[];
}

/**
 * A document with nothing in it yet, every field present: documents that gained fields later had
 * shapes a full GC could drop, and with them the checker's optimized code.
 */
export function emptyDocument(format: CopyFormat): ParsedDocument {
  return {
    format,
    declaredKind: undefined,
    declaredPlatforms: undefined,
    segments: [],
    problems: [],
    suppressions: [],
    protectedRanges: [],
    shapeKind: undefined,
    shapeProblems: undefined,
  };
}

/** A segment with every field, in one order (see emptyDocument); `offsets` only where escapes are. */
export function segment(start: number, text: string, path: string, field: string, json: boolean, offsets?: ArrayLike<number>): Segment {
  return { start, text, offsets, path, field, json };
}
