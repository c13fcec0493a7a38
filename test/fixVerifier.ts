/**
 * "A fix fixes": apply one fix, re-check, and report what is wrong — a finding still at the
 * edited place, or a finding that was not there before.
 */
import type { CheckInput, CheckResult, Finding, Fix } from '../server/src/engine';
import { applyEdits } from '../server/src/engine/applyEdits';
import { checker } from './helpers';

export interface FixOutcome {
  text: string;
  after: CheckResult;
  problems: string[];
}

const key = (f: Finding) => `${f.ruleId}|${f.text}`;

/** Findings at warning/error level; info mentions are hints, not verdicts. */
function verdicts(r: CheckResult): Finding[] {
  return r.findings.filter((f) => f.severity !== 'info');
}

export function applyAndVerify(input: CheckInput, before: CheckResult, finding: Finding, fix: Fix): FixOutcome {
  const text = applyEdits(input.text, fix.edits);
  const after = checker.check({ ...input, text });
  const problems: string[] = [];
  // Where the edit landed in the new text.
  const first = Math.min(...fix.edits.map((e) => e.start));
  const delta = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const lastEnd = Math.max(...fix.edits.map((e) => e.end)) + delta;
  for (const f of verdicts(after)) {
    if (f.ruleId === finding.ruleId && f.start < Math.max(lastEnd, first + 1) && f.end > first) problems.push(`still there: ${f.ruleId} “${f.text}”`);
  }
  const old = new Map<string, number>();
  for (const f of verdicts(before)) old.set(key(f), (old.get(key(f)) ?? 0) + 1);
  for (const f of verdicts(after)) {
    const n = old.get(key(f)) ?? 0;
    if (n === 0) problems.push(`new finding: ${f.ruleId} “${f.text}”`);
    else old.set(key(f), n - 1);
  }
  const newProblems = after.problems.filter((p) => p.severity === 'error' && !before.problems.some((q) => q.code === p.code));
  for (const p of newProblems) problems.push(`new problem: ${p.code} ${p.message.en}`);
  return { text, after, problems };
}
