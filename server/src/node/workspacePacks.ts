/**
 * Workspace packs in `.copyguard/rules/*.json`: read, validated, and reported at their zod
 * paths. Shared by the CLI and the server; the engine only ever sees validated overlays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { validateOverlay } from '../engine/packs/load';
import type { Overlay } from '../engine/packs/schema';

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

/** Validate one workspace pack's text; problems carry offsets into that text. */
export function readOverlay(file: string, text: string): { overlay?: Overlay; problems: PackFileProblem[] } {
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
  for (const name of names) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      result.problems.push({ file, start: 0, end: 0, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const r = readOverlay(file, text);
    if (r.overlay) result.overlays.push(r.overlay);
    result.problems.push(...r.problems);
  }
  return result;
}
