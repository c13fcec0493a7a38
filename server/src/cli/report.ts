/** CLI output: text lines, the JSON contract (version 1) and SARIF 2.1.0. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker, CheckResult, DocumentProblem, Finding } from '../engine';
import { ruleDocUrl } from '../node/ruleDocs';

export interface FileReport {
  path: string;
  result: CheckResult;
  document: TextDocument;
}

type Lang = 'zh' | 'en';

function range(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

function problemAsFinding(p: DocumentProblem): Omit<Finding, 'platform' | 'family' | 'term' | 'text' | 'path' | 'fixes'> & { platform?: undefined } {
  return { ruleId: `copyguard/${p.code}`, severity: p.severity, message: p.message, start: p.start, end: p.end };
}

function entries(r: FileReport) {
  return [...r.result.problems.map(problemAsFinding), ...r.result.findings].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function toTextLines(reports: FileReport[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of entries(r)) {
      const pos = r.document.positionAt(f.start);
      lines.push(`${r.path}:${pos.line + 1}:${pos.character + 1} ${f.severity} ${f.ruleId} ${f.message[lang]}`);
    }
  }
  return lines;
}

export function toJsonReport(reports: FileReport[], lang: Lang) {
  return {
    version: 1,
    files: reports.map((r) => ({
      path: r.path,
      kind: r.result.kind,
      platforms: r.result.platforms,
      problems: r.result.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message[lang], range: range(r.document, p.start, p.end) })),
      diagnostics: r.result.findings.map((f) => ({
        ruleId: f.ruleId,
        platform: f.platform,
        severity: f.severity,
        message: f.message[lang],
        range: range(r.document, f.start, f.end),
        fixes: f.fixes.map((x) => ({
          title: x.title[lang],
          kind: x.kind,
          isPreferred: x.isPreferred ?? false,
          edits: x.edits.map((e) => ({ range: range(r.document, e.start, e.end), newText: e.newText })),
        })),
      })),
    })),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(reports: FileReport[], checker: Checker, lang: Lang) {
  const rules = checker.packs.flatMap((p) => p.rules).map((r) => ({
    id: r.id,
    name: r.id.replace(/[/-]/g, '_'),
    shortDescription: { text: r.title[lang] },
    fullDescription: { text: r.explanation[lang] },
    helpUri: ruleDocUrl(r.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
  }));
  const sarifRange = (doc: TextDocument, s: number, e: number) => {
    const a = doc.positionAt(s);
    const b = doc.positionAt(e);
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'CopyGuard', version: '0.1.0', rules } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          entries(r).map((f) => ({
            ruleId: f.ruleId,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message[lang] },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.path.split('\\').join('/') }, region: sarifRange(r.document, f.start, f.end) } }],
          })),
        ),
      },
    ],
  };
}
