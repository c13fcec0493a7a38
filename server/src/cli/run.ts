/** The `check` command: files → engine → text | json | sarif, and --fix. */
import { relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, type CheckResult, type Checker, type PlatformId } from '../engine';
import { applyEdits, fixAllEdits } from '../engine/applyEdits';
import { builtinPacks } from '../engine/packs/builtin';
import { encode, globToRegExp, listCandidateFiles, readCopyFile, writeAtomically } from '../node/files';
import { loadWorkspacePacks } from '../node/workspacePacks';
import { toJsonReport, toSarif, toTextLines, type FileReport } from './report';

export interface CliOptions {
  paths: string[];
  platforms: PlatformId[];
  format: 'text' | 'json' | 'sarif';
  asOf?: string;
  options: Record<string, boolean>;
  fix: boolean;
  lang: 'zh' | 'en';
}

interface Writable {
  write(s: string): unknown;
}

function expandPaths(paths: string[], err: Writable): { files: string[]; missing: boolean } {
  const files: string[] = [];
  let missing = false;
  for (const p of paths) {
    if (/[*?]/.test(p)) {
      const re = globToRegExp(p.split(sep).join('/').replace(/^\.\//, ''));
      const base = p.split(/[*?]/)[0]!.replace(/[^/]*$/, '') || '.';
      const matched = listCandidateFiles(base).filter((f) => re.test(relative('.', f).split(sep).join('/')));
      if (matched.length === 0) {
        err.write(`copyguard: no files match "${p}"\n`);
        missing = true;
      }
      files.push(...matched);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      err.write(`copyguard: ${p}: no such file or directory\n`);
      missing = true;
      continue;
    }
    files.push(...(st.isDirectory() ? listCandidateFiles(p) : [p]));
  }
  return { files: [...new Set(files)], missing };
}

const MAX_FIX_PASSES = 3;

function fixFile(checker: Checker, path: string, result: CheckResult, input: Parameters<Checker['check']>[0]): { result: CheckResult; text: string; applied: number } {
  let text = input.text;
  let current = result;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixAllEdits(current.findings);
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
    applied += edits.length;
    current = checker.check({ ...input, text });
  }
  void path;
  return { result: current, text, applied };
}

export function runCheck(opts: CliOptions, out: Writable, err: Writable): number {
  const workspace = loadWorkspacePacks(resolve('.'));
  for (const p of workspace.problems) err.write(`copyguard: ${p.file}: ${p.message}\n`);
  if (workspace.problems.length) return 2;
  const checker = createChecker({ packs: builtinPacks(), overlays: workspace.overlays });
  const { files, missing } = expandPaths(opts.paths, err);
  const reports: FileReport[] = [];
  let configError = missing;
  for (const file of files) {
    const read = readCopyFile(file);
    if (!read.ok) {
      err.write(`copyguard: ${file}: ${read.error}\n`);
      configError = true;
      continue;
    }
    const text = read.file.text.replace(/^\uFEFF/, '');
    const input = { text, fileName: file, platforms: opts.platforms, options: opts.options, ...(opts.asOf ? { asOf: opts.asOf } : {}) };
    let result = checker.check(input);
    if (!result.isCopy) continue;
    const tooLarge = result.problems.find((p) => p.code === 'too-large');
    if (tooLarge) {
      err.write(`copyguard: ${file}: ${tooLarge.message[opts.lang]}\n`);
      configError = true;
      continue;
    }
    let finalText = text;
    if (opts.fix && result.findings.length) {
      const fixed = fixFile(checker, file, result, input);
      if (fixed.applied > 0) {
        writeAtomically(file, encode({ ...read.file, text: fixed.text }));
        err.write(`copyguard: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
      }
      result = fixed.result;
      finalText = fixed.text;
    }
    reports.push({ path: file, result, document: TextDocument.create(file, 'plain', 0, finalText) });
  }
  if (opts.format === 'json') out.write(`${JSON.stringify(toJsonReport(reports, opts.lang))}\n`);
  else if (opts.format === 'sarif') out.write(`${JSON.stringify(toSarif(reports, checker, opts.lang), null, 2)}\n`);
  else {
    for (const line of toTextLines(reports, opts.lang)) out.write(`${line}\n`);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const r of reports) for (const f of r.result.findings) counts[f.severity]++;
    err.write(`${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info\n`);
  }
  if (configError) return 2;
  const hasError = reports.some((r) => r.result.findings.some((f) => f.severity === 'error') || r.result.problems.some((p) => p.severity === 'error'));
  return hasError ? 1 : 0;
}
