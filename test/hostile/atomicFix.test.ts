/**
 * No lost work (issue 7): `copyguard check --fix` writes each file through a temporary file and a
 * rename. Killed with SIGKILL at any moment, every file is either exactly the old or exactly the
 * new content — never half written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, workspace } from './helpers';

const FILES = 6;
const RUNS = 24;

function contents(n: number): string {
  const lines = [`# 售后 ${n}`, ''];
  for (let i = 0; i < 2500; i++) lines.push(i % 3 === n % 3 ? `第${i}行:有问题加微信 abc${10000 + i} 咨询。纯棉面料,舒适透气。` : `第${i}行:纯棉面料,舒适透气,机洗不变形。`);
  return `${lines.join('\n')}\n`;
}

function killAfter(dir: string, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'check', '--fix', '.'], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

test('--fix killed at random moments leaves every file old or new, never half', async () => {
  const names = Array.from({ length: FILES }, (_, n) => `f${n}.listing.md`);
  const old = names.map((_, n) => contents(n));
  const dir = workspace(Object.fromEntries(names.map((name, n) => [name, old[n]!])));

  // The new contents and how long a whole run takes.
  const started = Date.now();
  const full = spawnSync(process.execPath, [BIN, 'check', '--fix', '.'], { cwd: dir, encoding: 'utf8' });
  const runMs = Date.now() - started;
  assert.equal(full.status, 0, full.stderr);
  const fixed = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  fixed.forEach((text, n) => assert.notEqual(text, old[n], `${names[n]} was fixed`));

  let killed = 0;
  let mixed = 0;
  const seen = new Set<string>();
  for (let run = 0; run < RUNS; run++) {
    for (const entry of readdirSync(dir)) if (entry.endsWith('.tmp')) rmSync(join(dir, entry));
    names.forEach((name, n) => writeFileSync(join(dir, name), old[n]!));
    // Spread over the whole run, startup included, with a few past its usual end.
    const at = Math.round(runMs * ((run * 0.618034) % 1) * 1.1);
    const r = await killAfter(dir, at);
    if (r.signal === 'SIGKILL') killed++;
    let state = '';
    names.forEach((name, n) => {
      const now = readFileSync(join(dir, name), 'utf8');
      assert.ok(now === old[n] || now === fixed[n], `run ${run} (killed at ${at} ms): ${name} is neither the old nor the new content (${now.length} characters)`);
      state += now === fixed[n] ? 'N' : 'o';
    });
    seen.add(state);
    if (state.includes('N') && state.includes('o')) mixed++;
  }
  // The kills landed before, during and after the writes.
  assert.ok(killed >= RUNS / 2, `only ${killed} of ${RUNS} runs were killed`);
  assert.ok(seen.size >= 2, `states seen: ${[...seen].join(' ')}`);
  console.log(`kills: ${killed}/${RUNS}, runs with old and new files side by side: ${mixed}, states: ${[...seen].join(" ")}`);
});
