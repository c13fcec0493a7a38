/** The benchmark's results as text tables (Markdown, so they paste into the README as they are). */
import type { BenchResult } from './bench';
import type { Tool } from './throughput';

const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`);
const mb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function targetsTable(r: BenchResult): string {
  return table(
    ['target', 'goal', 'measured', 'met'],
    r.targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'yes' : '**no**']),
  );
}

export function renderText(r: BenchResult): string {
  const out: string[] = [];
  out.push(`CopyGuard benchmark — ${r.machine.cpus}× ${r.machine.cpu}, Node ${r.machine.node}, ${r.machine.date}${r.quick ? ' (quick)' : ''}`);
  out.push(`Load average at start: ${r.machine.loadavg}. Dictionary: ${r.dictionary.literals} literals, ${r.dictionary.patterns} patterns.`);
  out.push('');
  out.push('### Targets');
  out.push(targetsTable(r));
  out.push('');
  out.push('### Whole corpus, in-process (median ms, p10–p90 in brackets)');
  const tools: Tool[] = ['copyguard', 'ahocorasick', 'textlint+prh', 'touch'];
  out.push(
    table(
      ['corpus', 'size', 'findings', ...tools, 'MB/s', 'textlint ÷ copyguard', 'ahocorasick ÷ copyguard'],
      r.throughput.map((row) => {
        const cell = (t: Tool) => {
          const s = row.results[t];
          return s ? `${ms(s.median)} (${ms(s.p10)}–${ms(s.p90)})` : 'not run';
        };
        const cg = row.results.copyguard?.median;
        return [
          row.format, mb(row.bytes), String(row.findings), ...tools.map(cell),
          (row.results.copyguard?.mbPerS ?? 0).toFixed(0),
          ratio(row.results['textlint+prh']?.median, cg), ratio(row.results.ahocorasick?.median, cg),
        ];
      }),
    ),
  );
  out.push('');
  out.push('### One-character edit, in-process (checker.check on the edited text, warm)');
  out.push(table(['document', 'size', 'p50 ms', 'p95 ms', 'max ms', 'edits'], r.keystroke.map((k) => [k.format, mb(k.bytes), ms(k.stats.median), ms(k.stats.p95), ms(k.stats.max), String(k.stats.runs)])));
  if (r.server) {
    const s = r.server;
    out.push('');
    out.push(`### Language server over ${s.transport === 'ipc' ? 'IPC' : 'stdio'}`);
    out.push(table(['measurement', 'p50 ms', 'p95 ms', 'max ms', 'runs'], s.rows.map((x) => [x.name, ms(x.stats.median), ms(x.stats.p95), ms(x.stats.max), String(x.stats.runs)])));
    out.push('');
    out.push(
      table(
        ['big document', 'size', 'findings', 'open → diagnostics ms', 'hover/code action requests meanwhile', 'their latency p50 / p95 / max ms', 'edit, edit 20 ms later → diagnostics ms', 'outdated version published', 'server peak RSS'],
        s.big.map((b) => [
          b.name, mb(b.bytes), String(b.findings), ms(b.checkMs), String(b.requests), `${ms(b.latency.median)} / ${ms(b.latency.p95)} / ${ms(b.latency.max)}`,
          ms(b.editDuringCheckMs), b.stalePublished ? 'yes' : 'no', `${b.peakRssMb.toFixed(0)} MB`,
        ]),
      ),
    );
  }
  if (r.cli) {
    out.push('');
    out.push(table(['CLI', 'p50 ms', 'p95 ms', 'runs'], [[r.cli.name, ms(r.cli.stats.median), ms(r.cli.stats.p95), String(r.cli.stats.runs)]]));
  }
  return out.join('\n');
}
