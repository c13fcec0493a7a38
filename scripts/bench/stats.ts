/** Timing with warm-up and repeated runs; medians and spread, never a single lucky run. */

export interface Stats {
  /** Median of the runs, ms. */
  median: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
  p95: number;
  runs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, p10: percentile(s, 10), p90: percentile(s, 90), p95: percentile(s, 95), runs: s.length };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Collect garbage between runs when node runs with --expose-gc, so one run's garbage is not the next one's pause. */
export function collect(): void {
  gc?.();
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Called before each run, outside the timing (e.g. a fresh checker). */
  before?: () => void;
}

/** Time `fn` (sync or async) `runs` times after `warmup` runs: the time of each run, ms. */
export async function measure(fn: () => unknown, opts: MeasureOptions): Promise<number[]> {
  for (let i = 0; i < opts.warmup; i++) {
    opts.before?.();
    const r = fn();
    if (r instanceof Promise) await r;
  }
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    opts.before?.();
    collect();
    const t = performance.now();
    const r = fn();
    if (r instanceof Promise) await r;
    samples.push(performance.now() - t);
  }
  return samples;
}
