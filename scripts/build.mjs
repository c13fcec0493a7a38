// Bundles the client, server, CLI and tests with esbuild. Type checking is `tsc --noEmit`.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
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

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli.ts', gen: 'scripts/gen.ts' }, outdir: 'dist' }),
]);
if (!production) {
  rmSync('out', { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: testEntries('test'),
    outdir: 'out/test',
    outbase: 'test',
    packages: 'external',
    sourcemap: 'inline',
  });
}
