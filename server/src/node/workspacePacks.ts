/**
 * Workspace packs in `.copyguard/rules/*.json`: read, validated, and reported at their zod
 * paths. Shared by the CLI and the server; the engine only ever sees validated overlays.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { MAX_PACK_DEPTH, OVERLAY_LIMITS, overlaySize, validateOverlay } from '../engine/packs/load';
import type { Overlay } from '../engine/packs/schema';
import { firstTooDeep } from '../engine/document/jsonDepth';

export interface PackFileProblem {
  file: string;
  start: number;
  end: number;
  message: string;
}

export interface WorkspacePackResult {
  overlays: Overlay[];
  problems: PackFileProblem[];
}

/** Larger pack files are refused unread: a pack is data a person writes, not a dump. */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

/** Validate one workspace pack's text; problems carry offsets into that text. */
export function readOverlay(file: string, text: string): { overlay?: Overlay; problems: PackFileProblem[] } {
  const deep = firstTooDeep(text, MAX_PACK_DEPTH);
  if (deep >= 0) return { problems: [{ file, start: deep, end: deep + 1, message: `rule pack nested deeper than ${MAX_PACK_DEPTH} levels` }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length || !root) {
    const e = errors[0];
    return { problems: [{ file, start: e?.offset ?? 0, end: (e?.offset ?? 0) + Math.max(1, e?.length ?? 1), message: 'invalid JSON in rule pack' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    json = undefined;
  }
  const r = validateOverlay(json);
  if (r.ok) return { overlay: r.value, problems: [] };
  return {
    problems: r.problems.map((p) => {
      let node = findNodeAtLocation(root, p.path);
      for (let n = p.path.length - 1; !node && n >= 0; n--) node = findNodeAtLocation(root, p.path.slice(0, n));
      const at = node ?? root;
      return { file, start: at.offset, end: at.offset + at.length, message: `${p.path.join('.') || '(root)'}: ${p.message}` };
    }),
  };
}

export function loadWorkspacePacks(root: string): WorkspacePackResult {
  const dir = join(root, '.copyguard', 'rules');
  const result: WorkspacePackResult = { overlays: [], problems: [] };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return result;
  }
  const total = { words: 0, characters: 0, patterns: 0 };
  for (const name of names) {
    const file = join(dir, name);
    let text: string;
    try {
      const st = statSync(file);
      if (!st.isFile()) {
        result.problems.push({ file, start: 0, end: 0, message: 'not a regular file' });
        continue;
      }
      if (st.size > MAX_PACK_BYTES) {
        result.problems.push({ file, start: 0, end: 0, message: `rule pack is ${(st.size / 1048576).toFixed(1)} MB; packs over ${MAX_PACK_BYTES / 1048576} MB are not loaded` });
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      result.problems.push({ file, start: 0, end: 0, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const r = readOverlay(file, text);
    if (r.overlay) {
      // The limits hold for all workspace packs together, not only for each one.
      const size = overlaySize(r.overlay);
      total.words += size.words;
      total.characters += size.characters;
      total.patterns += size.patterns;
      if (total.words > OVERLAY_LIMITS.words || total.characters > OVERLAY_LIMITS.characters || total.patterns > OVERLAY_LIMITS.patterns) {
        result.problems.push({ file, start: 0, end: Math.min(1, text.length), message: `workspace packs together add more than ${OVERLAY_LIMITS.words} words, ${OVERLAY_LIMITS.characters} characters or ${OVERLAY_LIMITS.patterns} patterns` });
      } else result.overlays.push(r.overlay);
    }
    result.problems.push(...r.problems);
  }
  return result;
}
