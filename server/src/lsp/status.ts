/** The `copyguard/status` notification's content: what the status bar shows for a document. */
import type { CheckResult } from '../engine';

export interface Status {
  uri: string;
  isCopy: boolean;
  platforms: CheckResult['platforms'];
  kind: CheckResult['kind'];
  error: number;
  warning: number;
  info: number;
}

export function statusOf(uri: string, result: CheckResult): Status {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return { uri, isCopy: result.isCopy, platforms: result.platforms, kind: result.kind, ...counts };
}
