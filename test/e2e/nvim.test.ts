/**
 * A second, independent LSP client: Debian's Neovim (0.7, headless) with its built-in LSP client
 * runs test/e2e/nvim.lua against `node dist/server.js --stdio`. Diagnostics (positions checked as
 * Neovim converts them to byte columns), the hover with the penalty tiers and a quick fix, all in
 * Chinese through the `copyguard.language` setting that Neovim sends as workspace configuration.
 * The expectations come from the engine for the same fixture files. Neovim is installed by
 * test/e2e/setup.mjs when missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits } from '../../server/src/engine/applyEdits';
import { checker } from '../helpers';

const REPO = resolve(__dirname, '../../..');
const FIXTURES = join(REPO, 'test', 'fixtures', 'e2e');

/** Runs nvim headless in its own process group; kills the group at the deadline. */
function runNvim(nvim: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(nvim, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`nvim did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

function fileExpectations(root: string, name: string, opts: { hover?: boolean; fix?: boolean }) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const path = join(root, name);
  const result = checker.check({ text, fileName: path });
  assert.ok(result.findings.length > 0, `fixture ${name} has no findings`);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const charOf = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const findings = result.findings.map((f) => ({
    line: lineOf(f.start),
    snippet: text.slice(f.start, f.end),
    // The message up to the quoted text (which the engine may shorten).
    messageStart: f.message.zh.split('「')[0],
  }));
  const first = result.findings[0]!;
  const rule = checker.packs.find((p) => p.platform === first.platform)!.rules.find((r) => r.id === first.ruleId)!;
  const rewrite = first.fixes.find((x) => x.kind === 'rewrite');
  const textAfter = rewrite ? applyEdits(text, rewrite.edits) : text;
  return {
    name,
    path,
    findings,
    ...(opts.hover ? { hover: { position: { line: lineOf(first.start), character: charOf(first.start) + 1 }, contains: [rule.title.zh, '处罚分级', first.ruleId] } } : {}),
    ...(opts.fix && rewrite
      ? {
          fix: {
            title: rewrite.title.zh,
            range: { start: { line: lineOf(first.start), character: charOf(first.start) } },
            textAfter,
            remaining: checker.check({ text: textAfter, fileName: path }).findings.length,
          },
        }
      : {}),
  };
}

test('Neovim (built-in LSP client): diagnostics, hover and a quick fix in Chinese', { timeout: 20 * 60_000 }, async () => {
  const { ensureE2EPrerequisites } = await import(pathToFileURL(join(REPO, 'test', 'e2e', 'setup.mjs')).href);
  const { nvim } = (await ensureE2EPrerequisites({ neovimOnly: true })) as { nvim: string };
  const scratch = mkdtempSync(join(tmpdir(), 'copyguard-nvim-'));
  try {
    const root = join(scratch, 'workspace');
    cpSync(FIXTURES, root, { recursive: true });
    const expect = {
      node: process.execPath,
      server: join(REPO, 'dist', 'server.js'),
      root,
      files: [fileExpectations(root, 'jacket.listing.md', { hover: true, fix: true }), fileExpectations(root, 'tea.live.json', { hover: true })],
    };
    assert.ok(expect.files[0]!.fix, 'the listing fixture has a rewrite');
    const expectFile = join(scratch, 'expect.json');
    const resultFile = join(scratch, 'result.json');
    writeFileSync(expectFile, JSON.stringify(expect));
    const home = join(scratch, 'home');
    for (const d of ['config', 'data', 'state', 'cache']) mkdirSync(join(home, d), { recursive: true });
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_STATE_HOME: join(home, 'state'),
      XDG_CACHE_HOME: join(home, 'cache'),
      COPYGUARD_EXPECT: expectFile,
      COPYGUARD_RESULT: resultFile,
    };
    const started = Date.now();
    const { code, output } = await runNvim(nvim, ['--headless', '--clean', '-c', `luafile ${join(REPO, 'test', 'e2e', 'nvim.lua')}`], env, 60_000);
    const elapsed = Date.now() - started;
    let lines: string[] = [];
    try {
      lines = readFileSync(resultFile, 'utf8').split('\n');
    } catch {
      assert.fail(`nvim wrote no result (exit ${code}):\n${output}`);
    }
    for (const n of lines.filter((l) => l.startsWith('NOTE '))) console.log(`nvim: ${n.slice(5)}`);
    console.log(`Neovim test: ${(elapsed / 1000).toFixed(2)} s`);
    assert.deepEqual(lines.filter((l) => l.startsWith('FAIL ')), []);
    assert.equal(code, 0, output);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
