/**
 * Whole-corpus throughput: the CopyGuard engine end to end against textlint + prh, the bare
 * `ahocorasick` library and the touch-every-character floor, on the same documents. Each tool
 * and corpus is measured in a process of its own (a fresh heap, as a CLI run or a server has):
 * in one shared process, the megabytes of corpora and textlint's modules made every allocating
 * tool pay for garbage collection of a heap that is not its own.
 */
import { spawnSync } from 'node:child_process';
import { createChecker, type Checker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { ahoCorasick, textlintPrh, touch, type Matcher } from './baselines';
import { corpusBytes, makeCorpus, type CorpusDoc, type Format } from './corpus';
import { benchDictionary } from './dictionary';
import { measure, summarize, type Stats } from './stats';

export const SIZES = [
  { label: '5 KB', bytes: 5 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '10 MB', bytes: 10 * 1024 * 1024 },
] as const;

export const TOOLS = ['copyguard', 'ahocorasick', 'textlint+prh', 'touch'] as const;
export type Tool = (typeof TOOLS)[number];

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
}

/**
 * Warm-up runs and measured runs per tool and size. The warm-up is long enough for V8 to have
 * compiled what a run uses (the server runs warm): after 5 warm-up runs of the 1 MB JSON corpus the
 * engine's next ten runs still took 1.2–3× its steady time while V8 tiered the JSON path up, and
 * the median moved by a third from process to process. textlint + prh gets one more warm-up run
 * at every size too.
 */
function plan(tool: Tool, bytes: number, quick: boolean): Plan {
  if (tool === 'textlint+prh') return bytes <= 8 * 1024 ? { warmup: 5, runs: quick ? 5 : 20 } : bytes <= 128 * 1024 ? { warmup: 3, runs: quick ? 3 : 7 } : { warmup: 2, runs: quick ? 1 : 3 };
  const scale = tool === 'touch' ? 2 : 1;
  if (bytes <= 8 * 1024) return { warmup: 100, runs: (quick ? 30 : 200) * scale };
  if (bytes <= 128 * 1024) return { warmup: 30, runs: (quick ? 10 : 40) * scale };
  if (bytes <= 2 * 1024 * 1024) return { warmup: 15, runs: (quick ? 7 : 21) * scale };
  return { warmup: 2, runs: (quick ? 3 : 7) * scale };
}

/** The engine as the CLI and the server run it: segments, folding, detection, rules, fixes attached. */
function engineRun(c: Checker, docs: readonly CorpusDoc[]): number {
  let n = 0;
  for (const d of docs) {
    for (const f of c.check({ text: d.text, fileName: d.fileName }).findings) n += f.fixes.length > 0 ? 1 : 0;
  }
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

interface ChildResult {
  /** Each run's time, ms. */
  samples: number[];
  findings: number;
  bytes: number;
  chars: number;
}

/** In the child process: measure one tool on one corpus. */
export async function measureOne(tool: Tool, format: Format, bytes: number, quick: boolean): Promise<ChildResult> {
  const docs = makeCorpus(format, bytes);
  const p = plan(tool, bytes, quick);
  let samples: number[];
  let findings = 0;
  if (tool === 'copyguard') {
    const packs = builtinPacks();
    // A fresh checker for every run, made outside the timing: nothing remembered from a
    // previous run may turn the next one into look-ups.
    let checker: Checker = createChecker({ packs });
    samples = await measure(() => engineRun(checker, docs), { ...p, before: () => (checker = createChecker({ packs })) });
    for (const d of docs) findings += createChecker({ packs }).check({ text: d.text, fileName: d.fileName }).findings.length;
  } else if (tool === 'textlint+prh') {
    const m = textlintPrh(benchDictionary());
    samples = await measure(() => runMatcher(m, docs), p);
  } else {
    const m = tool === 'ahocorasick' ? ahoCorasick(benchDictionary()) : touch;
    samples = await measure(() => syncMatcher(m, docs), p);
  }
  return { samples, findings, bytes: corpusBytes(docs), chars: docs.reduce((n, d) => n + d.text.length, 0) };
}

export interface ThroughputOptions {
  quick: boolean;
  /** Run textlint on 10 MB too (minutes and gigabytes). */
  full: boolean;
  log: (line: string) => void;
}

/**
 * Rounds per corpus below 10 MB: every tool runs once per round, one after another, and each
 * tool's runs of all rounds are pooled. This machine's speed moves by a third for tens of seconds
 * at a time; measured tool after tool only once, a slow phase fell on one tool and not on the
 * other and the ratio moved with it.
 */
const ROUNDS = 3;

export async function throughput(opts: ThroughputOptions): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const format of ['markdown', 'json'] as const) {
    for (const size of SIZES) {
      const row: ThroughputRow = { format, size: size.label, bytes: 0, chars: 0, findings: 0, results: {}, skipped: {} };
      const pooled: Partial<Record<Tool, number[]>> = {};
      const rounds = opts.quick || size.bytes > 2 * 1024 * 1024 ? 1 : ROUNDS;
      for (let round = 0; round < rounds; round++) {
        for (const tool of TOOLS) {
          if (tool === 'textlint+prh' && size.bytes > 2 * 1024 * 1024 && !opts.full) {
            row.skipped[tool] = 'not run at 10 MB (about 90 s and 2.7 GB per run; --full runs it)';
            continue;
          }
          const args = ['--expose-gc', __filename, `--child=${tool}|${format}|${size.bytes}`, ...(opts.quick ? ['--quick'] : [])];
          const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
          if (r.status !== 0) throw new Error(`bench child ${tool} ${format} ${size.label} failed: ${r.stderr}`);
          const child = JSON.parse(r.stdout) as ChildResult;
          row.bytes = child.bytes;
          row.chars = child.chars;
          if (tool === 'copyguard') row.findings = child.findings;
          (pooled[tool] ??= []).push(...child.samples);
        }
      }
      for (const [tool, samples] of Object.entries(pooled) as [Tool, number[]][]) {
        const stats = summarize(samples);
        row.results[tool] = { ...stats, mbPerS: row.bytes / (1024 * 1024) / (stats.median / 1000) };
      }
      rows.push(row);
      opts.log(`  ${format} ${size.label}: copyguard ${row.results.copyguard!.median.toFixed(2)} ms, ahocorasick ${row.results.ahocorasick!.median.toFixed(2)} ms`);
    }
  }
  return rows;
}
