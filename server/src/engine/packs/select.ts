/** Which rules are in force: platform × kind × date × options. */
import type { CopyKind, PlatformId } from '../types';
import type { Pack, Penalty, Rule } from './schema';

export interface ActiveRule {
  rule: Rule;
  pack: Pack;
  /** The penalty version in force on the as-of date. */
  penalty: Penalty;
}

export interface Selection {
  asOf: string;
  options: Readonly<Record<string, boolean>>;
}

/** The penalty version in force on `asOf`, if the rule is in force at all. */
export function penaltyInForce(rule: Rule, asOf: string): Penalty | undefined {
  return rule.penalties.find((p) => p.effective <= asOf && (p.until === undefined || asOf < p.until));
}

/** Rules of `pack` that apply to copy of `kind` on `asOf` with `options`, in pack order. */
export function activeRules(pack: Pack, kind: CopyKind, sel: Selection): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of pack.rules) {
    if (!rule.scope.kinds.includes(kind)) continue;
    if (rule.option && (sel.options[rule.option.name] ?? false) !== rule.option.value) continue;
    const penalty = penaltyInForce(rule, sel.asOf);
    if (penalty) out.push({ rule, pack, penalty });
  }
  return out;
}

export function packFor(packs: readonly Pack[], platform: PlatformId): Pack | undefined {
  return packs.find((p) => p.platform === platform);
}

/** Today's date as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
