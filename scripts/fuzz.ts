/**
 * `npm run fuzz [-- --minutes N] [--seed S] [--only substring]`: the engine properties of
 * test/unit/properties.ts (the ones `npm test` runs with a fixed seed and few runs) with fresh
 * random seeds, round after round, until the time is up. Prints the number of cases per property
 * and every distinct failure with its shrunk counterexample; exits 1 when anything failed.
 */
import fc from 'fast-check';
import { properties } from '../test/unit/properties';

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const minutes = Number(arg('minutes') ?? 10);
if (!Number.isFinite(minutes) || minutes <= 0) {
  process.stderr.write('fuzz: --minutes needs a positive number\n');
  process.exit(2);
}
const only = arg('only');
const baseSeed = arg('seed') !== undefined ? Number(arg('seed')) : Date.now() % 2147483647;
const deadline = Date.now() + minutes * 60_000;

const props = properties().filter((p) => !only || p.name.includes(only));
const stats = props.map((p) => ({ name: p.name, cases: 0, rounds: 0, failures: 0 }));
const seen = new Set<string>();
const failures: { property: string; seed: number; path?: string; error: string; counterexample: string }[] = [];

/** A failure's kind without its particular text, to print each kind of failure once. */
function signature(property: string, error: string): string {
  const first = error.split('\n')[0] ?? '';
  return `${property}|${first.replace(/“[^”]*”/g, '“…”').replace(/\[\d+, \d+\)/g, '[…)').replace(/\d+/g, 'N')}`;
}

process.stdout.write(`fuzz: ${props.length} properties for ${minutes} min, base seed ${baseSeed}\n`);
let round = 0;
let lastReport = Date.now();
while (Date.now() < deadline) {
  for (let i = 0; i < props.length && Date.now() < deadline; i++) {
    const p = props[i]!;
    const s = stats[i]!;
    const seed = (baseSeed + round * 7919 + i) % 2147483647;
    // Each batch stops early at the deadline; shrinking a failure gets its own time.
    const details = fc.check(p.property, { seed, numRuns: p.fuzzBatch ?? p.runs, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()), markInterruptAsFailure: false, includeErrorInReport: true });
    s.cases += details.numRuns;
    s.rounds++;
    if (details.failed) {
      s.failures++;
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const sig = signature(p.name, error);
      failures.push({ property: p.name, seed, path: details.counterexamplePath ?? undefined, error, counterexample: fc.stringify(details.counterexample) });
      if (!seen.has(sig)) {
        seen.add(sig);
        process.stdout.write(`\nFAIL ${p.name} (seed ${seed}, path ${details.counterexamplePath})\n${error}\ncounterexample: ${fc.stringify(details.counterexample)}\n`);
      }
    }
  }
  round++;
  if (Date.now() - lastReport > 60_000) {
    lastReport = Date.now();
    const total = stats.reduce((n, s) => n + s.cases, 0);
    process.stdout.write(`fuzz: ${Math.round((deadline - Date.now()) / 1000)} s left, ${total} cases, ${failures.length} failing rounds\n`);
  }
}

process.stdout.write('\nproperty                                                           cases   rounds  failing rounds\n');
for (const s of stats) process.stdout.write(`${s.name.padEnd(64)} ${String(s.cases).padStart(8)} ${String(s.rounds).padStart(8)} ${String(s.failures).padStart(8)}\n`);
const total = stats.reduce((n, s) => n + s.cases, 0);
process.stdout.write(`total: ${total} cases in ${minutes} min, ${failures.length} failing rounds, ${seen.size} distinct failure kinds\n`);
process.exitCode = failures.length ? 1 : 0;
