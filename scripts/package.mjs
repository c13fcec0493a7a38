// Packs the VS Code extension into a .vsix:
//   node scripts/package.mjs [--out FILE]      (default: copyguard.vsix in the repository root)
//
// Production bundles are built into a staging folder together with the files that .vscodeignore
// allows, and vsce packs that folder. The working tree's dist/ is left alone, so packing is safe
// while tests (or another shell) use the development build. Exported as packageVsix() for the
// end-to-end tests.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(cmd, args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun(output) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Top-level files and folders that the .vscodeignore allowlist names (`!path` lines; `*` globs). */
function allowedTopLevel() {
  const names = new Set(['package.json', '.vscodeignore']);
  const entries = readdirSync(repoRoot);
  for (const line of readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n')) {
    const m = /^!([^/\s]+)/.exec(line.trim());
    if (!m) continue;
    const glob = new RegExp(`^${m[1].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    for (const e of entries) if (glob.test(e)) names.add(e);
  }
  return [...names];
}

/**
 * Builds and packs the extension.
 * @param {{ out?: string }} [options] out: the .vsix to write
 * @returns {Promise<{ vsix: string, bytes: number, output: string }>} output: vsce's report
 */
export async function packageVsix({ out = join(repoRoot, 'copyguard.vsix') } = {}) {
  const stage = mkdtempSync(join(tmpdir(), 'copyguard-package-'));
  try {
    await run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--production', `--outdir=${join(stage, 'dist')}`], repoRoot);
    for (const name of allowedTopLevel()) {
      if (name !== 'dist') cpSync(join(repoRoot, name), join(stage, name), { recursive: true });
    }
    // vsce 4 declares Node 22 but packs on Node 20 (it prints nothing worse than the engine notice).
    const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    const vsix = resolve(out);
    const output = await run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], stage);
    return { vsix, bytes: statSync(vsix).size, output };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  packageVsix(i > 0 ? { out: process.argv[i + 1] } : {}).then(
    ({ vsix, bytes, output }) => {
      process.stdout.write(output);
      process.stdout.write(`${vsix}: ${(bytes / 1024).toFixed(1)} KB\n`);
    },
    (err) => {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
