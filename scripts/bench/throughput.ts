/**
 * Whole-corpus throughput: the CopyGuard engine end to end against textlint + prh, the bare
 * `ahocorasick` library and the touch-every-character floor, on the same documents.
 */
import { createChecker, type Checker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { ahoCorasick, textlintPrh, touch, type Matcher } from './baselines';
import { corpusBytes, makeCorpus, type CorpusDoc, type Format } from './corpus';
import { benchDictionary } from './dictionary';
import { measure, type Stats } from './stats';

export const SIZES = [
  { label: '5 KB', bytes: 5 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '10 MB', bytes: 10 * 1024 * 1024 },
] as const;

export type Tool = 'copyguard' | 'textlint+prh' | 'ahocorasick' | 'touch';

export interface ThroughputRow {
  format: Format;
  size: string;
  bytes: number;
  /** UTF-16 units in all documents. */
  chars: number;
  findings: number;
  results: Partial<Record<Tool, Stats & { mbPerS: number }>>;
  /** Why a tool was not run on this row, if it was not. */
  skipped: Partial<Record<Tool, string>>;
}

interface Plan {
  warmup: number;
  runs: number;
  textlintRuns: number;
}

function plan(bytes: number, quick: boolean): Plan {
  if (bytes <= 8 * 1024) return { warmup: 30, runs: quick ? 30 : 200, textlintRuns: quick ? 5 : 20 };
  if (bytes <= 128 * 1024) return { warmup: 10, runs: quick ? 10 : 40, textlintRuns: quick ? 3 : 7 };
  if (bytes <= 2 * 1024 * 1024) return { warmup: 5, runs: quick ? 7 : 21, textlintRuns: quick ? 1 : 3 };
  return { warmup: 2, runs: quick ? 3 : 7, textlintRuns: 0 };
}

/** The engine as the CLI and the server run it: segments, folding, detection, rules, fixes attached. */
function engineRun(c: Checker, docs: readonly CorpusDoc[]): number {
  let n = 0;
  for (const d of docs) n += c.check({ text: d.text, fileName: d.fileName }).findings.length;
  return n;
}

async function runMatcher(m: Matcher, docs: readonly CorpusDoc[]): Promise<number> {
  let n = 0;
  for (const d of docs) n += await m.run(d.text, d.format);
  return n;
}

function syncMatcher(m: Matcher, docs: readonly CorpusDoc[]): number {
  let n = 0;
  for (const d of docs) n += m.run(d.text, d.format) as number;
  return n;
}

export interface ThroughputOptions {
  quick: boolean;
  /** Run textlint on 10 MB too (minutes and gigabytes). */
  full: boolean;
  log: (line: string) => void;
}

export async function throughput(opts: ThroughputOptions): Promise<ThroughputRow[]> {
  const packs = builtinPacks();
  const dict = benchDictionary();
  const textlint = textlintPrh(dict);
  const ac = ahoCorasick(dict);
  const rows: ThroughputRow[] = [];
  for (const format of ['markdown', 'json'] as const) {
    for (const size of SIZES) {
      const docs = makeCorpus(format, size.bytes);
      const bytes = corpusBytes(docs);
      const mb = bytes / (1024 * 1024);
      const p = plan(size.bytes, opts.quick);
      const row: ThroughputRow = { format, size: size.label, bytes, chars: docs.reduce((n, d) => n + d.text.length, 0), findings: 0, results: {}, skipped: {} };
      const put = (tool: Tool, s: Stats) => {
        row.results[tool] = { ...s, mbPerS: mb / (s.median / 1000) };
      };
      // A fresh checker for every run, made outside the timing: the scanner's per-segment cache
      // must not turn the second run into a lookup.
      let checker: Checker = createChecker({ packs });
      put('copyguard', await measure(() => engineRun(checker, docs), { ...p, before: () => (checker = createChecker({ packs })) }));
      row.findings = engineRun(createChecker({ packs }), docs);
      put('ahocorasick', await measure(() => syncMatcher(ac, docs), p));
      put('touch', await measure(() => syncMatcher(touch, docs), { ...p, runs: p.runs * 2 }));
      if (p.textlintRuns > 0 || opts.full) {
        put('textlint+prh', await measure(() => runMatcher(textlint, docs), { warmup: 1, runs: Math.max(1, p.textlintRuns) }));
      } else {
        row.skipped['textlint+prh'] = 'not run at 10 MB (about 90 s and 2.7 GB per run; --full runs it)';
      }
      rows.push(row);
      opts.log(`  ${format} ${size.label}: copyguard ${row.results.copyguard!.median.toFixed(2)} ms`);
    }
  }
  return rows;
}
