/**
 * Validation of built-in and workspace packs, and the merge of workspace overlays over them.
 * A bad pack never throws: it comes back as problems at its zod paths.
 */
import type * as z from 'zod/mini';
import { overlaySchema, packSchema, type Overlay, type Pack, type Rule } from './schema';
import { checkPatternSafety } from './patternSafety';

export interface PackProblem {
  /** Path inside the pack's JSON (zod issue path). */
  path: (string | number)[];
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: PackProblem[] };

function toProblems(error: z.core.$ZodError): PackProblem[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

/** Packs are a few levels deep; anything deeper is refused before it is walked. */
export const MAX_PACK_DEPTH = 32;

/** Keys that would reach Object.prototype if a pack were merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(value: unknown, path: (string | number)[] = [], out: PackProblem[] = []): PackProblem[] {
  if (out.length > 20 || value === null || typeof value !== 'object') return out;
  if (path.length > MAX_PACK_DEPTH) {
    out.push({ path, message: `nested deeper than ${MAX_PACK_DEPTH} levels` });
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => forbiddenKeys(v, [...path, i], out));
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) out.push({ path: [...path, key], message: `key "${key}" is not allowed` });
    else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
  }
  return out;
}

function patternProblems(rules: readonly Rule[], base: (string | number)[]): PackProblem[] {
  const out: PackProblem[] = [];
  rules.forEach((r, i) =>
    (r.patterns ?? []).forEach((p, j) => {
      const why = checkPatternSafety(p);
      if (why) out.push({ path: [...base, i, 'patterns', j], message: why });
    }),
  );
  return out;
}

export function validatePack(json: unknown): Validated<Pack> {
  const bad = forbiddenKeys(json);
  if (bad.length) return { ok: false, problems: bad };
  const r = packSchema.safeParse(json);
  if (!r.success) return { ok: false, problems: toProblems(r.error) };
  const unsafe = patternProblems(r.data.rules, ['rules']);
  const wrongPlatform = r.data.rules
    .map((rule, i) => ({ rule, i }))
    .filter(({ rule }) => !rule.id.startsWith(`${r.data.platform}/`))
    .map(({ i }) => ({ path: ['rules', i, 'id'], message: `rule id must start with "${r.data.platform}/"` }));
  const problems = [...unsafe, ...wrongPlatform];
  return problems.length ? { ok: false, problems } : { ok: true, value: r.data };
}

/** What one workspace pack may add: every word and pattern costs memory and time on every check. */
export const OVERLAY_LIMITS = { words: 20_000, characters: 200_000, patterns: 200 } as const;

/** How much vocabulary a workspace pack adds: words and allow entries, their characters, patterns. */
export function overlaySize(o: Overlay): { words: number; characters: number; patterns: number } {
  const lists = [...Object.values(o.words ?? {}), o.allow ?? [], ...(o.rules ?? []).map((r) => r.words ?? [])];
  const patterns = Object.values(o.patterns ?? {}).reduce((n, l) => n + l.length, 0) + (o.rules ?? []).reduce((n, r) => n + (r.patterns?.length ?? 0), 0);
  return { words: lists.reduce((n, l) => n + l.length, 0), characters: lists.reduce((n, l) => n + l.reduce((m, w) => m + w.length, 0), 0), patterns };
}

function sizeProblems(o: Overlay): PackProblem[] {
  const size = overlaySize(o);
  const out: PackProblem[] = [];
  if (size.words > OVERLAY_LIMITS.words || size.characters > OVERLAY_LIMITS.characters) {
    out.push({ path: [], message: `${size.words} words and allow entries (${size.characters} characters); a workspace pack may add at most ${OVERLAY_LIMITS.words} (${OVERLAY_LIMITS.characters} characters)` });
  }
  if (size.patterns > OVERLAY_LIMITS.patterns) out.push({ path: [], message: `${size.patterns} patterns; a workspace pack may add at most ${OVERLAY_LIMITS.patterns}` });
  return out;
}

export function validateOverlay(json: unknown): Validated<Overlay> {
  const bad = forbiddenKeys(json);
  if (bad.length) return { ok: false, problems: bad };
  const r = overlaySchema.safeParse(json);
  if (!r.success) return { ok: false, problems: toProblems(r.error) };
  const problems = [...sizeProblems(r.data), ...patternProblems(r.data.rules ?? [], ['rules'])];
  for (const [id, list] of Object.entries(r.data.patterns ?? {})) {
    list.forEach((p, j) => {
      const why = checkPatternSafety(p);
      if (why) problems.push({ path: ['patterns', id, j], message: why });
    });
  }
  if ((r.data.rules?.length ?? 0) > 0 && !r.data.platform) problems.push({ path: ['platform'], message: 'new rules need a platform' });
  return problems.length ? { ok: false, problems } : { ok: true, value: r.data };
}

/** Built-in packs with workspace overlays applied (disable, severity, words, patterns, new rules). */
export function applyOverlays(packs: readonly Pack[], overlays: readonly Overlay[]): { packs: Pack[]; allow: string[] } {
  const out = packs.map((p) => ({ ...p, rules: p.rules.map((r) => ({ ...r })) }));
  const allow: string[] = [];
  for (const o of overlays) {
    if (o.rules?.length && o.platform) {
      const pack = out.find((p) => p.platform === o.platform);
      if (pack) {
        for (const rule of o.rules) {
          const at = pack.rules.findIndex((r) => r.id === rule.id);
          if (at >= 0) pack.rules[at] = rule;
          else pack.rules.unshift(rule);
        }
      }
    }
    for (const pack of out) {
      pack.rules = pack.rules.filter((r) => !(o.disable ?? []).includes(r.id));
      for (const r of pack.rules) {
        const sev = o.severity?.[r.id];
        if (sev) r.severity = sev;
        const words = o.words?.[r.id];
        if (words) r.words = [...(r.words ?? []), ...words];
        const patterns = o.patterns?.[r.id];
        if (patterns) r.patterns = [...(r.patterns ?? []), ...patterns];
      }
    }
    allow.push(...(o.allow ?? []));
  }
  return { packs: out, allow };
}
