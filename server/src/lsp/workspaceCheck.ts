/**
 * "CopyGuard: Check workspace": every copy file under the workspace folders, with work-done
 * progress and cancellation; results go to the Problems panel as published diagnostics.
 */
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Checker } from '../engine';

import { listCandidateFiles, readCopyFile } from '../node/files';
import { toDiagnostics } from './diagnostics';
import { t } from './l10n';
import { checkInput, type Settings } from './settings';

export interface WorkspaceCheckDeps {
  connection: Connection;
  roots: string[];
  checker(): Checker;
  settings(): Settings;
  lang(): 'zh' | 'en';
  /** The result of an open document: the editor path publishes it, the sweep only counts it. */
  openResult(uri: string): CheckResult | undefined;
  /**
   * The request's own progress and cancellation when the client sent a workDoneToken (VS Code shows
   * it as a notification); without one the server creates its progress (a client may show it anywhere).
   */
  request?: { progress: WorkDoneProgressReporter; token: CancellationToken };
}

export async function checkWorkspace(deps: WorkspaceCheckDeps): Promise<{ files: number; findings: number; cancelled: boolean }> {
  const files = deps.roots.flatMap((r) => listCandidateFiles(r));
  const lang = deps.lang();
  const { progress, token } = deps.request ?? (await serverProgress(deps.connection));
  progress.begin(t(lang, 'CopyGuard: checking workspace'), 0, `0/${files.length}`, true);
  let findings = 0;
  let checked = 0;
  let cancelled = false;
  for (const file of files) {
    if (token.isCancellationRequested) {
      cancelled = true;
      break;
    }
    findings += sweep(deps, file, lang);
    checked++;
    progress.report(Math.round((checked / files.length) * 100), `${checked}/${files.length}`);
    // Yield so cancellation and other requests are served between files.
    await new Promise((r) => setImmediate(r));
  }
  progress.done();
  return { files: checked, findings, cancelled };
}

async function serverProgress(connection: Connection): Promise<{ progress: WorkDoneProgressReporter; token: CancellationToken }> {
  const progress = await connection.window.createWorkDoneProgress();
  return { progress, token: progress.token };
}

/** Checks one file and publishes its diagnostics (open documents: counted only). Returns the findings. */
function sweep(deps: WorkspaceCheckDeps, file: string, lang: 'zh' | 'en'): number {
  const uri = pathToFileURL(file).toString();
  const open = deps.openResult(uri);
  if (open) return open.findings.length;
  const read = readCopyFile(file);
  if (!read.ok) return 0;
  const s = deps.settings();
  const text = read.file.text.replace(/^\uFEFF/, '');
  const result = deps.checker().check(checkInput(s, text, file));
  if (!result.isCopy) return 0;
  const doc = TextDocument.create(uri, file.endsWith('.json') ? 'json' : 'markdown', 0, text);
  void deps.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(doc, result, lang) });
  return result.findings.length;
}
