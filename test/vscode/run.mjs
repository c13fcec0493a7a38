// `npm run test:vscode`: the scenarios of the code-server UI test (test/e2e/ui.test.ts) through
// VS Code's own extension test runner, @vscode/test-electron: this folder as the extension under
// development (dist/ as `npm run test:vscode` builds it), a fresh copy of test/fixtures/e2e as the
// workspace, and test/vscode/suite/index.js running inside VS Code's extension host.
//
//   VSCODE_EXECUTABLE=/path/to/code npm run test:vscode   a VS Code that is already installed
//   npm run test:vscode                                 downloads VS Code (VSCODE_VERSION, default
//                                                       stable) into .vscode-test/
//
// Where there is no VS Code (none given, none downloadable: these build machines have no route to
// update.code.visualstudio.com), it says so and exits with code 2: the suite did not run, which is
// not a pass. The real-UI test that does run here is test/e2e/ui.test.ts (code-server).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const NOT_RUN = 2;
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'e2e');

function notRun(reason) {
  process.stderr.write(
    `\ntest:vscode NOT RUN: no VS Code is available (${reason}).\n` +
      'Set VSCODE_EXECUTABLE to an installed VS Code (the `code` binary or the Electron executable), or run\n' +
      'where update.code.visualstudio.com is reachable. Nothing was tested; this is not a pass.\n',
  );
  process.exit(NOT_RUN);
}

async function vscodeExecutable() {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!existsSync(given)) notRun(`VSCODE_EXECUTABLE=${given} does not exist`);
    return given;
  }
  try {
    return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', timeout: 30_000, cachePath: join(repo, '.vscode-test') });
  } catch (err) {
    return notRun(`download failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What the suite must find in VS Code: the CLI's findings for the same files (same engine, same packs). */
function expectations(workspace) {
  const cli = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), 'check', workspace, '--format', 'json', '--lang', 'en'], { encoding: 'utf8' });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`copyguard check failed (${cli.status}):\n${cli.stderr}`);
  const titles = new Map();
  for (const file of readdirSync(join(repo, 'rules')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    for (const rule of JSON.parse(readFileSync(join(repo, 'rules', file), 'utf8')).rules) titles.set(rule.id, rule.title.en);
  }
  return JSON.parse(cli.stdout).files.map((f) => {
    const path = resolve(workspace, f.path);
    const lines = readFileSync(path, 'utf8').split('\n');
    return {
      path,
      name: f.path.split('/').pop(),
      diagnostics: f.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        title: titles.get(d.ruleId),
        range: d.range,
        // Ranges are 0-based lines and UTF-16 columns, as JavaScript indexes strings.
        snippet: d.range.start.line === d.range.end.line ? lines[d.range.start.line].slice(d.range.start.character, d.range.end.character) : undefined,
        rewrite: d.fixes.find((x) => x.kind === 'rewrite'),
      })),
    };
  });
}

const executable = await vscodeExecutable();
const scratch = mkdtempSync(join(tmpdir(), 'copyguard-vscode-'));
try {
  const workspace = join(scratch, 'workspace');
  cpSync(fixtures, workspace, { recursive: true });
  const expectFile = join(scratch, 'expect.json');
  writeFileSync(expectFile, JSON.stringify({ workspace, files: expectations(workspace) }, null, 2));
  const resultFile = join(scratch, 'result.json');
  const started = Date.now();
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(here, 'suite', 'index.js'),
    extensionTestsEnv: { COPYGUARD_EXPECT: expectFile, COPYGUARD_RESULT: resultFile },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--locale=en',
      `--user-data-dir=${join(scratch, 'user-data')}`,
    ],
  });
  // An exit code of 0 alone proves nothing (a wrong executable exits 0 too): the suite reports.
  if (!existsSync(resultFile)) throw new Error(`${executable} exited without running the suite`);
  const { passed } = JSON.parse(readFileSync(resultFile, 'utf8'));
  for (const name of passed) process.stdout.write(`✔ ${name}\n`);
  process.stdout.write(`test:vscode passed (${passed.length} scenarios) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
} catch (err) {
  process.stderr.write(`test:vscode FAILED: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
