/**
 * The CopyGuard engine: text in, findings out. Pure TypeScript: no editor, no connection, no I/O.
 *
 * ```ts
 * const checker = createChecker({ packs: BUILTIN_PACKS });
 * const result = checker.check({ text, fileName: 'a.card.md', platforms: ['douyin'] });
 * ```
 */
import { parseMarkdownSteps } from './document/markdown';
import { parseJson } from './document/json';
import { formatOf, kindFromName } from './document/fileKind';
import type { ParsedDocument, Suppression } from './document/model';
import { Scanner, type CustomVocabulary, type RawSignal } from './detectors/scanner';
import type { SharedAutomaton } from './detectors/automaton';
import { earlierFindings, findingsBefore } from './earlierFindings';
import { ParseMemo } from './document/reuse';
import { MAX_PIECE, pieces } from './document/pieces';
import { buildFixes, newSignalFixes, toDocument, type FixContext, type SignalFixes } from './fixes';
import { applyOverlays } from './packs/load';
import type { Overlay, Pack } from './packs/schema';
import { activeRules, packFor, today, type ActiveRule } from './packs/select';
import { verdictsFor, type PlatformRules, type Verdicts } from './verdicts';
import { PLATFORM_IDS, type CopyKind, type DocumentProblem, type Finding, type PlatformId, type Segment, type Severity } from './types';
import { blankInlineMarkup } from './document/inlineMarkup';
import { Mark } from './normalize';

export * from './types';
export type { Pack, Rule, Overlay, Tier, Penalty } from './packs/schema';

export interface CheckerOptions {
  packs: readonly Pack[];
  /** Workspace packs, already validated. */
  overlays?: readonly Overlay[];
  /**
   * Another checker's matching tables (Checker.shareTables), e.g. the main thread's handed to a
   * worker thread: used where they are for the same words, instead of building ~13 MB again.
   */
  tables?: SharedAutomaton;
}

export interface CheckInput {
  text: string;
  fileName: string;
  languageId?: string;
  /** Platforms from settings or the command line, used when the document names none. */
  platforms?: readonly PlatformId[];
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  options?: Readonly<Record<string, boolean>>;
  /** Check as this kind even without a kind in the name or document (e.g. pack examples). */
  kind?: CopyKind;
}

export interface CheckResult {
  /** False when the file is not copy (no kind in its name, nothing declared): nothing was checked. */
  isCopy: boolean;
  format?: 'markdown' | 'json';
  kind?: CopyKind;
  platforms: PlatformId[];
  findings: Finding[];
  problems: DocumentProblem[];
  /** Ranges fixes must not touch. */
  protectedRanges: { start: number; end: number }[];
}

/** Used when neither the document, the settings nor the command line names a platform. */
export const DEFAULT_PLATFORMS: readonly PlatformId[] = ['douyin'];

export interface Checker {
  check(input: CheckInput): CheckResult;
  /**
   * The same check in steps, for a caller that must stay responsive (a language server with a
   * large document): each `next()` does a bounded part of the work — parsing, the schema, a
   * batch of segments — and the last returns the result. Dropping the iterator cancels it.
   */
  checkSteps(input: CheckInput): Generator<void, CheckResult>;
  readonly packs: readonly Pack[];
  /** The matching tables, in shared memory, for a checker of the same packs in another thread (CheckerOptions.tables). */
  shareTables(): SharedAutomaton | undefined;
}

export function createChecker(opts: CheckerOptions): Checker {
  const { packs, allow } = applyOverlays(opts.packs, opts.overlays ?? []);
  const scanner = new Scanner(customVocabulary(packs, allow), opts.tables);
  const parses = new ParseMemo();
  return {
    packs,
    check: (input) => finish(checkDocument(scanner, parses, packs, input)),
    checkSteps: (input) => checkDocument(scanner, parses, packs, input),
    shareTables: () => scanner.shareTables(),
  };
}

function customVocabulary(packs: readonly Pack[], allow: string[]): CustomVocabulary {
  const vocab: CustomVocabulary = { words: [], patterns: [], allow };
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const family = rule.families[0]!;
      for (const word of rule.words ?? []) vocab.words.push({ word, family, ruleId: rule.id });
      for (const p of rule.patterns ?? []) vocab.patterns.push({ regex: new RegExp(p, 'gu'), family, ruleId: rule.id });
    }
  }
  return vocab;
}

function* parse(text: string, format: 'markdown' | 'json'): Generator<void, ParsedDocument> {
  if (format === 'markdown') return yield* parseMarkdownSteps(text);
  return parseJson(text);
}

/** Text checked between two steps of checkSteps, in UTF-16 units. */
const STEP_UNITS = 16_384;
/** What a segment counts for, however short: its findings, memo look-up and fixes cost too. */
const PER_SEGMENT = 128;

function finish(steps: Iterator<void, CheckResult>): CheckResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function* checkDocument(scanner: Scanner, parses: ParseMemo, packs: readonly Pack[], input: CheckInput): Generator<void, CheckResult> {
  const format = formatOf(input.fileName, input.languageId);
  const empty: CheckResult = { isCopy: false, platforms: [], findings: [], problems: [], protectedRanges: [] };
  if (!format) return empty;
  if (input.text.length > MAX_TEXT_LENGTH) return tooLarge(input, format, empty);
  const nameKind = kindFromName(input.fileName);
  // A keystroke in a paragraph or a JSON string reuses the previous parse of the same file.
  const key = `${format}:${input.fileName}`;
  const { doc, earlier } = yield* parses.parse(key, input.text, () => parse(input.text, format));
  const isCopy = nameKind !== undefined || input.kind !== undefined || doc.declaredPlatforms !== undefined || doc.declaredKind !== undefined;
  if (!isCopy) return { ...empty, format };
  yield;

  const kind: CopyKind = doc.declaredKind ?? nameKind ?? input.kind ?? doc.shapeKind ?? 'listing';
  const problems = [...doc.problems];
  if (doc.shapeProblems) {
    problems.push(...doc.shapeProblems(kind));
    yield;
  }
  const platforms = resolvePlatforms(doc, input, problems);
  const sel = { asOf: input.asOf ?? today(), options: input.options ?? {} };

  const perPlatform: PlatformRules[] = platforms.map((p) => ({ platform: p, pack: packFor(packs, p), rules: [] }));
  for (const entry of perPlatform) {
    if (entry.pack) entry.rules = activeRules(entry.pack, kind, sel);
    else problems.push(noPack(entry.platform));
  }
  const verdicts = verdictsFor(scanner, perPlatform, kind);
  // Everything a segment's findings depend on besides the segment itself.
  const context = JSON.stringify([kind, platforms, sel.asOf, sel.options]);
  // Every segment the edit left alone has the previous check's findings.
  const before = earlier?.context === context ? earlierFindings(earlier) : undefined;
  const findings: Finding[] = [];
  const perSegment: Finding[][] = [];
  let work = 0;
  for (let i = 0; i < doc.segments.length; i++) {
    const whole = doc.segments[i]!;
    let found = before && findingsBefore(before, i, whole);
    if (!found && whole.text.length <= MAX_PIECE) {
      // Nearly every segment is one piece: no list of pieces made for it.
      found = segmentFindings(scanner, verdicts, whole, input.text);
      work += Math.max(whole.text.length, PER_SEGMENT);
    } else if (!found) {
      found = NO_FINDINGS;
      for (const seg of pieces(whole)) {
        const more = segmentFindings(scanner, verdicts, seg, input.text);
        found = found.length ? found.concat(more) : more;
        work += seg.text.length;
        if (work >= STEP_UNITS) {
          work = 0;
          yield;
        }
      }
    }
    // Each step checks about STEP_UNITS of text (a segment counts at least PER_SEGMENT).
    if (work >= STEP_UNITS) {
      work = 0;
      yield;
    }
    perSegment.push(found);
    for (const f of found) findings.push(f);
  }
  parses.keepFindings(key, doc, context, perSegment);
  const kept = applySuppressions(findings, doc.suppressions, problems);
  return { isCopy: true, format, kind, platforms, findings: kept, problems, protectedRanges: doc.protectedRanges };
}

/**
 * Longer documents are not checked: one diagnostic instead of a server busy for seconds. Any
 * 10 MB file is within it (a character takes at least one byte); huge lines are checked in
 * pieces (document/pieces.ts) and a language server checks large documents in slices.
 */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

function tooLarge(input: CheckInput, format: 'markdown' | 'json', empty: CheckResult): CheckResult {
  // Without parsing, only a name or the caller can say the file is copy.
  const kind = kindFromName(input.fileName) ?? input.kind;
  if (!kind) return { ...empty, format };
  const mb = (input.text.length / 1048576).toFixed(1);
  const message = {
    zh: `文案过大(${mb}M 个字符),超过 ${MAX_TEXT_LENGTH / 1048576}M 的文件不检查。`,
    en: `Copy too large (${mb}M characters); files over ${MAX_TEXT_LENGTH / 1048576}M characters are not checked.`,
  };
  return { ...empty, isCopy: true, format, kind, problems: [{ start: 0, end: 0, code: 'too-large', severity: 'error', message }] };
}

function resolvePlatforms(doc: ParsedDocument, input: CheckInput, problems: DocumentProblem[]): PlatformId[] {
  if (doc.declaredPlatforms) {
    const valid: PlatformId[] = [];
    for (const p of doc.declaredPlatforms) {
      if ((PLATFORM_IDS as readonly string[]).includes(p.value)) valid.push(p.value as PlatformId);
      else
        problems.push({
          start: p.start,
          end: p.end,
          code: 'unknown-platform',
          severity: 'error',
          message: {
            zh: `未知的平台「${p.value}」。可用:${PLATFORM_IDS.join('、')}。`,
            en: `Unknown platform "${p.value}". Known: ${PLATFORM_IDS.join(', ')}.`,
          },
        });
    }
    if (valid.length) return [...new Set(valid)];
  }
  if (input.platforms?.length) return [...new Set(input.platforms)];
  return [...DEFAULT_PLATFORMS];
}

function noPack(platform: PlatformId): DocumentProblem {
  return {
    start: 0,
    end: 0,
    code: 'no-pack',
    severity: 'warning',
    message: { zh: `没有平台「${platform}」的规则包。`, en: `No rule pack for platform "${platform}".` },
  };
}

/**
 * What most segments have: one list shared by all of them (a 10 MB document has 137,000
 * segments). Never added to: lists of findings are only ever replaced.
 */
const NO_FINDINGS: Finding[] = [];

/** Findings of one segment (or piece of one) on every targeted platform. */
function segmentFindings(scanner: Scanner, verdicts: Verdicts, seg: Segment, document: string): Finding[] {
  // Not through the scanner's cache: findings are remembered per segment (ParseMemo). A segment
  // without escapes is the document's own text at its start.
  let signals = seg.offsets ? scanner.scanOnce(seg.text) : scanner.scanSlice(document, seg.start, seg.text);
  // A text with a "<" or "\\" (folding marks them) is read again with its tags and escapes blanked,
  // unit for unit, so every span still maps as the segment's own; a finding quotes the copy as
  // written (scanOnce's signals are this call's own).
  if ((scanner.lastMarks & Mark.Markup) !== 0) {
    const plain = blankInlineMarkup(seg.text);
    if (plain !== seg.text) {
      signals = scanner.scanOnce(plain);
      for (const s of signals) s.text = seg.text.slice(s.start, s.end);
    }
  }
  if (signals.length === 0) return NO_FINDINGS;
  const out: Finding[] = [];
  for (const signal of signals) {
    // Copy for several platforms gets a finding per platform: their fixes share the work.
    const shared = newSignalFixes();
    for (const { platform, match } of verdicts.of(signal, seg)) {
      if (match) out.push(toFinding(seg, signal, match, platform, verdicts, shared));
    }
  }
  return out;
}

function toFinding(seg: Segment, signal: RawSignal, active: ActiveRule, platform: PlatformId, fixContext: FixContext, shared: SignalFixes): Finding {
  const { rule, pack } = active;
  const span = toDocument(seg, signal);
  const severity: Severity = signal.mention && seg.field !== 'qrCode' ? (rule.mentionSeverity ?? 'info') : rule.severity;
  const quoted = signal.text.length > 30 ? `${signal.text.slice(0, 30)}…` : signal.text;
  return {
    ruleId: rule.id,
    platform,
    severity,
    family: signal.family,
    term: signal.term,
    text: signal.text,
    start: span.start,
    end: span.end,
    path: seg.path,
    message: {
      zh: `【${pack.name.zh}】${rule.title.zh}:「${quoted}」`,
      en: `[${pack.name.en}] ${rule.title.en}: “${quoted}”`,
    },
    fixes: buildFixes(seg, signal, rule, pack, fixContext, shared),
  };
}

function suppresses(s: Suppression, f: Finding): boolean {
  if (f.start < s.from || f.end > s.to) return false;
  if (s.rules.length === 0) return true;
  const name = f.ruleId.split('/')[1];
  return s.rules.some((r) => r === f.ruleId || r === name || r === `${f.platform}/*`);
}

function applySuppressions(findings: Finding[], suppressions: Suppression[], problems: DocumentProblem[]): Finding[] {
  if (suppressions.length === 0) return findings;
  const used = new Set<Suppression>();
  const kept = findings.filter((f) => {
    const s = suppressions.find((x) => suppresses(x, f));
    if (s) used.add(s);
    return !s;
  });
  for (const s of suppressions) {
    if (used.has(s)) continue;
    problems.push({
      start: s.start,
      end: s.end,
      code: 'unused-suppression',
      severity: 'warning',
      message: s.from < 0
        ? { zh: `忽略项指向的路径「${s.path}」不存在。`, en: `The ignored path "${s.path}" does not exist.` }
        : { zh: '这条忽略指令没有屏蔽任何问题,可以删除。', en: 'This suppression silences nothing and can be removed.' },
    });
  }
  return kept;
}
