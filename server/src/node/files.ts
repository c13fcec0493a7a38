/**
 * File access shared by the CLI and the server (never by the engine): decoding copy files
 * safely, finding copy files under a folder, and writing fixes atomically.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Larger files are refused unread; the engine itself reports documents over MAX_TEXT_LENGTH characters as too large. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface DecodedFile {
  text: string;
  encoding: 'utf8' | 'utf16le';
  bom: boolean;
}

export type ReadResult = { ok: true; file: DecodedFile } | { ok: false; error: string };

export function readCopyFile(path: string): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    // A FIFO or device would block the read forever.
    if (!st.isFile()) return { ok: false, error: 'not a regular file; not checked' };
    size = st.size;
  } catch (e) {
    return { ok: false, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, error: `file is ${(size / 1048576).toFixed(1)} MB; copy files over ${MAX_FILE_BYTES / 1048576} MB are not checked` };
  const bytes = readFileSync(path);
  return decode(bytes);
}

export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, file: { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', bom: true } };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes); not checked' };
  try {
    return { ok: true, file: { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf8', bom } };
  } catch {
    return { ok: false, error: 'not valid UTF-8; save the file as UTF-8 to check it' };
  }
}

export function encode(file: DecodedFile): Buffer {
  if (file.encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.text, 'utf16le')]);
  const body = Buffer.from(file.text, 'utf8');
  return file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Write through a temporary file in the same folder and rename: a crash leaves old or new, never half. */
export function writeAtomically(path: string, data: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.copyguard-${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', statSync(path).mode);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.e2e-cache', '.vscode-test']);

/** Markdown and JSON files under `dir` (the engine decides which of them are copy). */
export function listCandidateFiles(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  let entries: string[];
  try {
    // Each real folder once: symlinks back up the tree would otherwise recurse without end.
    const real = realpathSync(dir);
    if (seen.has(real)) return out;
    seen.add(real);
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !(name.startsWith('.') && name !== '.copyguard')) listCandidateFiles(p, out, seen);
    } else if (st.isFile() && /\.(md|markdown|json)$/i.test(name) && !/^package(-lock)?\.json$|^tsconfig.*\.json$/.test(name)) {
      out.push(p);
    }
  }
  return out;
}

/** A glob (`*`, `**`, `?`) as a RegExp over forward-slash paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
