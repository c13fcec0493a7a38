/**
 * A check result as JSON bytes, to hand it from the check worker to the main thread. Findings in
 * one section share its path string: written out once each, a heading of megabytes (a one-line
 * document) would make gigabytes of JSON, so each distinct path is written once.
 */
import type { CheckResult, Finding } from '../engine';
import { RawJson } from './rawJson';

interface Wire extends Omit<CheckResult, 'findings'> {
  paths: string[];
  findings: (Omit<Finding, 'path'> & { path: number })[];
}

export function resultToJson(result: CheckResult): RawJson {
  const index = new Map<string, number>();
  const findings = RawJson.array(result.findings, (f) => {
    let i = index.get(f.path);
    if (i === undefined) index.set(f.path, (i = index.size));
    return { ...f, path: i };
  });
  const { findings: _, ...rest } = result;
  return RawJson.object({ ...rest, paths: [...index.keys()] }, 'findings', findings.chunks);
}

export function resultFromJson(json: RawJson): CheckResult {
  const { paths, findings, ...rest } = json.toJSON() as Wire;
  return { ...rest, findings: findings.map((f) => ({ ...f, path: paths[f.path]! })) };
}
