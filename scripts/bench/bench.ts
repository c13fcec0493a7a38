/**
 * `npm run bench [-- --json] [-- --quick] [-- --full] [-- --only=throughput,keystroke,server,cli]
 * [-- --server=startup,keys,big] [-- --ipc]`
 *
 * One run measures, on a deterministic corpus: the engine end to end against textlint + prh, the
 * bare `ahocorasick` library and the touch-every-character floor; one-character edits in-process
 * and over stdio; a 10 MB document in the server while other requests are answered; start-up of
 * the server and of the CLI. Tables on stdout, or one JSON object with --json. Progress goes to
 * stderr. Never part of `npm test`. --ipc: the server over Node IPC instead of stdio.
 */
import { cpus, loadavg } from 'node:os';
import { benchDictionary } from './dictionary';
import { keystroke, type KeystrokeRow } from './keystroke';
import { renderText } from './report';
import { cliStartup, serverBench, type CliResult, type ServerResult } from './server';
import { measureOne, throughput, type ThroughputRow, type Tool } from './throughput';
import type { Format } from './corpus';

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchResult {
  machine: { cpu: string; cpus: number; node: string; date: string; loadavg: string };
  quick: boolean;
  dictionary: { literals: number; patterns: number };
  throughput: ThroughputRow[];
  keystroke: KeystrokeRow[];
  server?: ServerResult;
  cli?: CliResult;
  targets: Target[];
}

function targets(r: BenchResult): Target[] {
  const out: Target[] = [];
  const row = (format: string, size: string) => r.throughput.find((t) => t.format === format && t.size === size);
  const md1 = row('markdown', '1 MB');
  const json1 = row('json', '1 MB');
  const cg = md1?.results.copyguard?.median;
  if (md1 && cg !== undefined) {
    out.push({ name: 'engine, 1 MB Markdown', goal: '≤ 20 ms', measured: `${cg.toFixed(1)} ms (${(md1.results.copyguard!.mbPerS).toFixed(0)} MB/s)`, met: cg <= 20 });
    const tl = md1.results['textlint+prh']?.median;
    if (tl !== undefined) out.push({ name: 'vs textlint + prh, 1 MB Markdown', goal: '≥ 75× faster', measured: `${(tl / cg).toFixed(0)}×`, met: tl / cg >= 75 });
    const ac = md1.results.ahocorasick?.median;
    if (ac !== undefined) out.push({ name: 'vs bare ahocorasick, 1 MB Markdown', goal: '≥ 2× faster', measured: `${(ac / cg).toFixed(1)}×`, met: ac / cg >= 2 });
    const js = json1?.results.copyguard?.median;
    if (js !== undefined) out.push({ name: 'JSON vs Markdown, 1 MB', goal: '≤ 1.5×', measured: `${(js / cg).toFixed(2)}× (${js.toFixed(1)} ms)`, met: js / cg <= 1.5 });
  }
  for (const k of r.keystroke.filter((x) => x.size === '100 KB')) {
    out.push({ name: `one-char edit, 100 KB ${k.format}, in-process p95`, goal: '≤ 1 ms', measured: `${k.stats.p95.toFixed(3)} ms`, met: k.stats.p95 <= 1 });
  }
  if (r.server) {
    for (const x of r.server.rows.filter((x) => x.target !== undefined)) {
      const v = x.targetStat === 'p95' ? x.stats.p95 : x.stats.median;
      out.push({ name: x.name, goal: `≤ ${x.target} ms${x.targetStat === 'p95' ? ' p95' : ''}`, measured: `${v.toFixed(1)} ms`, met: v <= x.target! });
    }
    for (const b of r.server.big) {
      out.push({ name: `${b.name}: full check over ${r.server.transport === 'ipc' ? 'IPC' : 'stdio'}`, goal: '≤ 250 ms', measured: `${b.checkMs.toFixed(0)} ms`, met: b.checkMs <= 250 });
      out.push({ name: `${b.name}: other requests during the check`, goal: '< 50 ms', measured: `max ${b.latency.max.toFixed(1)} ms (${b.requests} requests)`, met: b.latency.max < 50 });
      out.push({ name: `${b.name}: server peak RSS`, goal: '≤ 250 MB', measured: `${b.peakRssMb.toFixed(0)} MB`, met: b.peakRssMb <= 250 });
    }
  }
  if (r.cli) out.push({ name: 'CLI, one small file, wall', goal: '≤ 250 ms', measured: `${r.cli.stats.median.toFixed(0)} ms`, met: r.cli.stats.median <= 250 });
  const big = row('markdown', '10 MB')?.results.copyguard?.median;
  if (big !== undefined) out.push({ name: 'engine, 10 MB Markdown corpus', goal: '≤ 250 ms', measured: `${big.toFixed(0)} ms`, met: big <= 250 });
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.find((a) => a.startsWith('--child='))?.slice('--child='.length);
  if (child) {
    const [tool, format, bytes] = child.split('|') as [Tool, Format, string];
    process.stdout.write(JSON.stringify(await measureOne(tool, format, Number(bytes), args.includes('--quick'))));
    return;
  }
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const full = args.includes('--full');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const wants = (section: string) => !only || only.includes(section);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (!(globalThis as { gc?: unknown }).gc) log('note: run with node --expose-gc (npm run bench does) for steadier numbers');

  const dict = benchDictionary();
  const cpu = cpus();
  const result: BenchResult = {
    machine: { cpu: cpu[0]?.model.trim() ?? 'unknown', cpus: cpu.length, node: process.version, date: new Date().toISOString().slice(0, 10), loadavg: loadavg().map((x) => x.toFixed(2)).join(' ') },
    quick,
    dictionary: { literals: dict.literals.length, patterns: dict.patterns.length },
    throughput: [],
    keystroke: [],
    targets: [],
  };
  if (wants('throughput')) {
    log('throughput…');
    result.throughput = await throughput({ quick, full, log });
  }
  if (wants('keystroke')) {
    log('keystroke, in-process…');
    result.keystroke = keystroke(quick);
  }
  if (wants('server')) {
    log(`language server over ${args.includes('--ipc') ? 'IPC' : 'stdio'}…`);
    const parts = args.find((a) => a.startsWith('--server='))?.slice('--server='.length).split(',');
    result.server = await serverBench({ quick, ipc: args.includes('--ipc'), log, parts: (p) => !parts || parts.includes(p) });
  }
  if (wants('cli')) {
    log('CLI…');
    result.cli = await cliStartup(quick);
  }
  result.targets = targets(result);
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${renderText(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
