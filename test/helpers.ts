/** Shared helpers for tests: one checker over the built-in packs, and quick check calls. */
import { createChecker, type CheckInput, type CheckResult, type CopyKind, type PlatformId } from '../server/src/engine';
import { builtinPacks } from '../server/src/engine/packs/builtin';

export const checker = createChecker({ packs: builtinPacks() });

/** Check one line of copy as a Markdown file of `kind` for `platform`. */
export function checkLine(text: string, platform: PlatformId, kind: CopyKind = 'listing', extra: Partial<CheckInput> = {}): CheckResult {
  return checker.check({ text, fileName: `t.${kind}.md`, platforms: [platform], asOf: '2026-11-26', ...extra });
}

/** Rule ids reported at warning or error level (what pack examples' `expect` lists). */
export function reported(result: CheckResult): string[] {
  return [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
}
