/**
 * "CopyGuard: Check workspace": every copy file under the workspace folders, with work-done
 * progress and cancellation; results go to the Problems panel as published diagnostics.
 */
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from '../engine';
import { today } from '../engine/packs/select';
import { listCandidateFiles, readCopyFile } from '../node/files';
import { toDiagnostics } from './diagnostics';
import type { Settings } from './settings';

export interface WorkspaceCheckDeps {
  connection: Connection;
  roots: string[];
  checker(): Checker;
  settings(): Settings;
  lang(): 'zh' | 'en';
  /** Open documents are published by the editor path; the sweep leaves them alone. */
  openUris(): Set<string>;
}

export async function checkWorkspace(deps: WorkspaceCheckDeps): Promise<{ files: number; findings: number; cancelled: boolean }> {
  const files = deps.roots.flatMap((r) => listCandidateFiles(r));
  const lang = deps.lang();
  const progress = await deps.connection.window.createWorkDoneProgress();
  progress.begin(lang === 'zh' ? 'CopyGuard 检查工作区' : 'CopyGuard: checking workspace', 0, `0/${files.length}`, true);
  let findings = 0;
  let checked = 0;
  let cancelled = false;
  for (const file of files) {
    if (progress.token.isCancellationRequested) {
      cancelled = true;
      break;
    }
    const uri = pathToFileURL(file).toString();
    checked++;
    if (deps.openUris().has(uri)) continue;
    const read = readCopyFile(file);
    if (!read.ok) continue;
    const s = deps.settings();
    const text = read.file.text.replace(/^\uFEFF/, '');
    const result = deps.checker().check({ text, fileName: file, platforms: s.platforms, options: s.options, asOf: s.asOf ?? today() });
    if (!result.isCopy) continue;
    findings += result.findings.length;
    const doc = TextDocument.create(uri, file.endsWith('.json') ? 'json' : 'markdown', 0, text);
    void deps.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(doc, result, lang) });
    progress.report(Math.round((checked / files.length) * 100), `${checked}/${files.length}`);
    // Yield so cancellation and other requests are served between files.
    await new Promise((r) => setImmediate(r));
  }
  progress.done();
  return { files: checked, findings, cancelled };
}
