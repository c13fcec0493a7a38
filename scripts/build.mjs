// Bundles the client, server, CLI and tests with esbuild. Type checking is `tsc --noEmit`.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
// --outdir=DIR: where the bundles go (default dist); scripts/package.mjs builds into a staging folder.
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) || 'dist';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

function tools() {
  const all = { gen: 'scripts/gen.ts', eval: 'scripts/eval.ts', bench: 'scripts/bench/bench.ts', fuzz: 'scripts/fuzz.ts' };
  return Object.fromEntries(Object.entries(all).filter(([, file]) => existsSync(file)));
}

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/main.ts', checkWorker: 'server/src/checkWorkerMain.ts', cli: 'server/src/cli.ts' }, outdir }),
  // Developer tools (not shipped in the .vsix): generators, evaluation, benchmark, fuzzing.
  build({ ...common, entryPoints: tools(), outdir, packages: 'external', minify: false, sourcemap: 'inline' }),
]);
if (!production) {
  await build({
    ...common,
    entryPoints: testEntries('test'),
    outdir: 'out/test',
    outbase: 'test',
    packages: 'external',
    sourcemap: 'inline',
  });
  removeStaleTests('out/test');
}

/** Bundled tests whose source was deleted or renamed would still run: remove them. */
function removeStaleTests(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) removeStaleTests(p);
    else if (name.endsWith('.test.js') && !existsSync(p.replace(/^out[\\/]/, '').replace(/\.js$/, '.ts'))) rmSync(p);
  }
}
