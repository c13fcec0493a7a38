/** Problems of a workspace rule pack as diagnostics in the pack file itself. */
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PackFileProblem } from '../node/workspacePacks';

export function packDiagnostics(text: string, problems: readonly PackFileProblem[]): Diagnostic[] {
  const doc = TextDocument.create('pack:', 'json', 0, text);
  return problems.map((p) => ({
    range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) },
    severity: 1,
    source: 'CopyGuard',
    message: p.message,
  }));
}
