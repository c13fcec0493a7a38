/**
 * How the rules in force for one check judge what the scanner finds: which rule, if any, reports
 * a signal on each targeted platform, and the questions fixes ask about the texts they try.
 *
 * One object literal per check whose methods are module functions, neither closures made per
 * check nor a class instance: optimized code that had seen one check's closures, or the shape a
 * class instance gets field by field, was thrown away whenever a GC collected the last of them,
 * and every check paid for compiling it again. A literal's shape lives as long as the code.
 */
import type { RawSignal, Scanner } from './detectors/scanner';
import type { FixContext } from './fixes';
import type { ActiveRule } from './packs/select';
import type { Pack } from './packs/schema';
import type { CopyKind, PlatformId, Segment, Span } from './types';

/** The rules in force on one targeted platform. */
export interface PlatformRules {
  platform: PlatformId;
  pack: Pack | undefined;
  rules: ActiveRule[];
}

export interface Verdict {
  platform: PlatformId;
  /** The rule that reports the signal there; undefined when none does. */
  match: ActiveRule | undefined;
}

export interface Verdicts extends FixContext {
  /** Per targeted platform, the first rule in force that reports `signal` found in `seg`. */
  of(signal: RawSignal, seg: Segment): Verdict[];
}

interface State extends Verdicts {
  scanner: Scanner;
  platforms: readonly PlatformRules[];
  /** Scope sections of the rules that have any: a rule sees a segment's field and these. */
  sections: (readonly string[])[];
  /** quietAlone's answers, by scope, then text (no key made of both: every finding asks). */
  quiet: Map<string, Map<string, boolean>>;
}

/** Where a rewrite's text is judged: plain body copy. */
const REWRITE_SEGMENT: Segment = { start: 0, text: '', path: '', field: 'body', json: false };

export function verdictsFor(scanner: Scanner, platforms: readonly PlatformRules[], kind: CopyKind): Verdicts {
  const sections: (readonly string[])[] = [];
  for (const p of platforms) for (const r of p.rules) if (r.rule.scope.sections) sections.push(r.rule.scope.sections);
  const state: State = { kind, neutral: platforms.length > 1, scanner, platforms, sections, quiet: new Map(), of, acceptable, reportedSpans, quietAlone };
  return state;
}

function of(this: State, signal: RawSignal, seg: Segment): Verdict[] {
  const out: Verdict[] = [];
  for (const { platform, rules } of this.platforms) {
    let match: ActiveRule | undefined;
    for (const r of rules) {
      if (ruleMatches(r, signal, seg)) {
        match = r;
        break;
      }
    }
    out.push({ platform, match });
  }
  return out;
}

/** True when some targeted platform reports `signal` in `seg`. */
function reportedAnywhere(platforms: readonly PlatformRules[], signal: RawSignal, seg: Segment): boolean {
  for (const { rules } of platforms) for (const r of rules) if (ruleMatches(r, signal, seg)) return true;
  return false;
}

/** A rewrite must not be a finding itself on any targeted platform (mentions aside). */
function acceptable(this: State, text: string): boolean {
  for (const s of this.scanner.scan(text)) if (!s.mention && reportedAnywhere(this.platforms, s, REWRITE_SEGMENT)) return false;
  return true;
}

/** Not cached: a trial text (the sentence around one edit) is read once — fixes are made once per signal. */
function reportedSpans(this: State, text: string, seg: Segment): Span[] {
  const out: Span[] = [];
  for (const s of this.scanner.scanOnce(text)) if (reportedAnywhere(this.platforms, s, seg)) out.push(s);
  return out;
}

/** Remembered: every finding asks this of the same few rewrites. */
function quietAlone(this: State, text: string, seg: Segment): boolean {
  const scope = scopeOf(this, seg);
  let inScope = this.quiet.get(scope);
  if (!inScope) this.quiet.set(scope, (inScope = new Map()));
  let quiet = inScope.get(text);
  if (quiet === undefined) inScope.set(text, (quiet = reportedSpans.call(this, text, seg).length === 0));
  return quiet;
}

/** What the rules see of a segment besides its text: texts read in the same scope get the same verdict. */
function scopeOf(state: State, seg: Segment): string {
  if (state.sections.length === 0) return seg.field;
  let key = `${seg.field}\u0000`;
  for (const ss of state.sections) key += ss.some((s) => seg.path.includes(s)) ? '1' : '0';
  return key;
}

function ruleMatches(active: ActiveRule, signal: RawSignal, seg: Segment): boolean {
  const { rule, pack } = active;
  if (!rule.families.includes(signal.family)) return false;
  if (signal.term.startsWith('custom:')) return signal.term === `custom:${rule.id}`;
  if (rule.terms && !rule.terms.includes(signal.term)) return false;
  if (rule.exceptTerms?.includes(signal.term)) return false;
  // A platform's own features are home; a push to a contact handle never is (加微信 on Channels).
  if (!rule.terms && pack.home.includes(signal.term) && (signal.family !== 'contact' || signal.mention)) return false;
  if (rule.scope.fields && !rule.scope.fields.includes(seg.field)) return false;
  if (rule.scope.sections && !rule.scope.sections.some((s) => seg.path.includes(s))) return false;
  return true;
}
