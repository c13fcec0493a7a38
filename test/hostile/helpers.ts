/** Shared by the hostile tests: the built CLI in a scratch workspace, with a deadline. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scratchDir } from '../scratch';

export const ROOT = resolve(__dirname, '../../..');
export const BIN = join(ROOT, 'bin/copyguard.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  signal: NodeJS.Signals | null;
}

/** Run the CLI in `cwd` (where it looks for .copyguard/rules), killed after `timeoutMs`. */
export function cli(args: string[], cwd: string, timeoutMs = 60_000): Run {
  const t = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LANG: 'en_US.UTF-8', COPYGUARD_LANG: 'en' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t, signal: r.signal };
}

/** A fresh folder with these files (paths may contain folders). */
export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = scratchDir('hostile');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface JsonReport {
  version: number;
  files: {
    path: string;
    kind?: string;
    platforms: string[];
    problems: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[];
    diagnostics: { ruleId: string; severity: string; message: string }[];
  }[];
}

export function report(r: Run): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not a JSON report (exit ${r.code}):\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
}

export function fileIn(rep: JsonReport, name: string): JsonReport['files'][number] {
  const f = rep.files.find((x) => x.path.endsWith(name));
  if (!f) throw new Error(`${name} not in the report: ${rep.files.map((x) => x.path).join(', ')}`);
  return f;
}

/** A line of copy every check finds (Douyin contact diversion). */
export const GOOD = '# 售后\n\n有问题加微信 abc12345 咨询。\n';
