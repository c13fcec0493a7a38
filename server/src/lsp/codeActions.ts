/**
 * Code actions: the fixes carried in each diagnostic's data, an "ignore here" directive, the
 * rule's documentation (when the client has a command for it), and `source.fixAll.copyguard` for
 * editor.codeActionsOnSave.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../engine';
import { fixAllEdits } from '../engine/applyEdits';
import { ignoreEdits } from '../engine/suppress';
import { allowWordEdit } from './allowEdit';
import { fixData, SOURCE, type DiagnosticData } from './diagnostics';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copyguard`;

export interface CodeActionDeps {
  getDocument(uri: string): TextDocument | undefined;
  getResult(doc: TextDocument): CheckResult;
  lang(): 'zh' | 'en';
  fixAllCommand: string;
  /** The workspace allowlist file, or undefined when there is none to write (untrusted, no folder). */
  allowFile(): string | undefined;
  /** A client command that shows a rule's documentation, given the rule id (initializationOptions.ruleDocCommand). */
  ruleDocCommand(): string | undefined;
}

function toEdits(doc: TextDocument, edits: { start: number; end: number; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export function fixAllEdit(doc: TextDocument, result: CheckResult): WorkspaceEdit | undefined {
  const edits = fixAllEdits(result.findings);
  if (edits.length === 0) return undefined;
  return { changes: { [doc.uri]: toEdits(doc, edits) } };
}

function isData(d: unknown): d is DiagnosticData {
  const { fixes, ruleId } = (d ?? {}) as DiagnosticData;
  return !!d && typeof d === 'object' && (fixes === undefined || Array.isArray(fixes)) && (ruleId === undefined || typeof ruleId === 'string');
}

export function createCodeActionHandler(deps: CodeActionDeps) {
  return (params: CodeActionParams): CodeAction[] => {
    const doc = deps.getDocument(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const lang = deps.lang();
    const actions: CodeAction[] = [];
    const wantsFixAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source);
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    if (wantsQuickFix) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== SOURCE || !isData(diagnostic.data)) continue;
        actions.push(...quickFixes(doc, diagnostic, diagnostic.data, deps, lang));
      }
    }
    if (wantsFixAll) {
      const edit = fixAllEdit(doc, deps.getResult(doc));
      if (edit) actions.push({ title: t(lang, 'CopyGuard: fix all in this file'), kind: FIX_ALL_KIND, edit });
    }
    return actions;
  };
}

function quickFixes(doc: TextDocument, diagnostic: Diagnostic, data: DiagnosticData, deps: CodeActionDeps, lang: 'zh' | 'en'): CodeAction[] {
  // A lean diagnostic's rule is its code.
  const ruleId = data.ruleId ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
  if (!ruleId) return [];
  // Offsets in data belong to the version they were computed for; stale ones are recomputed.
  let fixes = data.fixes;
  let text = data.text;
  // Stale offsets, or a large document's lean diagnostics: the fixes come from the check.
  if (!fixes || data.version !== doc.version) {
    const start = doc.offsetAt(diagnostic.range.start);
    const f = deps.getResult(doc).findings.find((x) => x.ruleId === ruleId && x.start === start);
    if (!f) return [];
    fixes = fixData(f, lang);
    text = f.text;
  }
  const actions: CodeAction[] = fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred,
    edit: { changes: { [doc.uri]: toEdits(doc, fix.edits) } },
  }));
  const ignore = ignoreEdits(doc.getText(), doc.uri, doc.offsetAt(diagnostic.range.start), ruleId);
  if (ignore) {
    actions.push({
      title: t(lang, 'Ignore {0} here', ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: toEdits(doc, ignore) } },
    });
  }
  const allowFile = deps.allowFile();
  const word = text?.trim();
  const allow = allowFile && word ? allowWordEdit(allowFile, word) : undefined;
  if (allow) {
    actions.push({
      title: t(lang, 'Allow “{0}” in this workspace', word ?? ''),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: allow,
    });
  }
  const docCommand = deps.ruleDocCommand();
  if (docCommand) {
    const title = t(lang, 'Show documentation for {0}', ruleId);
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: docCommand, arguments: [ruleId] } });
  }
  return actions;
}
