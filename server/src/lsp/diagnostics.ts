/** Findings and document problems → LSP diagnostics; each carries its fixes in `data`. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, DocumentProblem, Finding, Fix, Severity } from '../engine';
import { RawJson } from './rawJson';
import { ruleDocUrl } from '../node/ruleDocs';

export const SOURCE = 'CopyGuard';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * What a diagnostic carries so code actions need no server-side tables. A large document's lean
 * diagnostics carry the version only (megabytes of JSON per publication): the rule is the
 * diagnostic's code, and code actions look the finding up, with its fixes and text.
 */
export interface DiagnosticData {
  ruleId?: string;
  platform?: string;
  text?: string;
  fixes?: { title: string; kind: Fix['kind']; isPreferred: boolean; safe: boolean; edits: { start: number; end: number; newText: string }[] }[];
  /** Document version the offsets belong to. */
  version: number;
}

export interface DiagnosticOptions {
  /**
   * Leave everything but the version out of `data` (fixes, rule, text), and the link to the
   * rule's documentation (default false). A large document's thousands of diagnostics go without
   * them: code actions look the finding up, and offer the documentation ("Show documentation for
   * …"). A lean diagnostic takes about 250 bytes of JSON, 430 with the rule, platform, text and
   * link (more with fixes): the editor parses megabytes less before it answers anything else.
   */
  lean?: boolean;
}

export function toDiagnostics(doc: TextDocument, result: CheckResult, lang: 'zh' | 'en', opts: DiagnosticOptions = {}): Diagnostic[] {
  const steps = diagnosticSteps(doc, result, lang, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Findings converted between two steps of diagnosticSteps. */
const PER_STEP = 500;

/** toDiagnostics in steps, for a large document's thousands of findings. */
export function* diagnosticSteps(doc: TextDocument, result: CheckResult, lang: 'zh' | 'en', opts: DiagnosticOptions = {}): Generator<void, Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const p of result.problems) out.push(problemDiagnostic(doc, p, lang));
  let n = 0;
  for (const f of result.findings) {
    out.push(findingDiagnostic(doc, f, lang, opts.lean ?? false));
    if (++n % PER_STEP === 0) yield;
  }
  return out;
}

/** The same diagnostics as JSON, serialized a chunk at a time (the check worker's way). */
export function diagnosticJsonSteps(doc: TextDocument, result: CheckResult, lang: 'zh' | 'en', opts: DiagnosticOptions = {}): Generator<void, RawJson> {
  const all: (DocumentProblem | Finding)[] = [...result.problems, ...result.findings];
  return RawJson.arraySteps(all, (x) => ('ruleId' in x ? findingDiagnostic(doc, x, lang, opts.lean ?? false) : problemDiagnostic(doc, x, lang)));
}

function problemDiagnostic(doc: TextDocument, p: DocumentProblem, lang: 'zh' | 'en'): Diagnostic {
  return {
    range: { start: doc.positionAt(p.start), end: doc.positionAt(Math.max(p.end, p.start)) },
    severity: SEVERITY[p.severity],
    source: SOURCE,
    code: `copyguard/${p.code}`,
    message: p.message[lang],
  };
}

/** A finding's fixes as carried in Diagnostic.data, titles in the client's language. */
export function fixData(f: Finding, lang: 'zh' | 'en'): NonNullable<DiagnosticData['fixes']> {
  return f.fixes.map((x) => ({ title: x.title[lang], kind: x.kind, isPreferred: x.isPreferred ?? false, safe: x.safe, edits: x.edits }));
}

function findingDiagnostic(doc: TextDocument, f: Finding, lang: 'zh' | 'en', lean: boolean): Diagnostic {
  // Built whole (a field added later gave diagnostics a second shape; see engine/verdicts.ts).
  const data: DiagnosticData = lean
    ? { ruleId: undefined, platform: undefined, text: undefined, fixes: undefined, version: doc.version }
    : { ruleId: f.ruleId, platform: f.platform, text: f.text, fixes: fixData(f, lang), version: doc.version };
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: lean ? undefined : { href: ruleDocUrl(f.ruleId) },
    message: f.message[lang],
    data,
  };
}
