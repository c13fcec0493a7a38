/** The CLI as CI uses it: formats, exit codes, globs, --fix on disk. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from '../scratch';

const BIN = resolve(__dirname, '../../../bin/copyguard.js');
const EXAMPLES = resolve(__dirname, '../../../examples');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = scratchDir('cli');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('json format follows the contract with 0-based UTF-16 ranges', () => {
  const r = run(['check', '--format', 'json', EXAMPLES]);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  assert.ok(report.files.length >= 6);
  for (const file of report.files) {
    assert.ok(['listing', 'live', 'card'].includes(file.kind));
    const text = readFileSync(file.path, 'utf8');
    const lines = text.split('\n');
    for (const d of file.diagnostics) {
      assert.match(d.ruleId, /^[a-z_]+\/[a-z0-9-]+$/);
      assert.ok(file.platforms.includes(d.platform));
      assert.ok(['error', 'warning', 'info'].includes(d.severity));
      const { start, end } = d.range;
      assert.equal(start.line, end.line, 'findings stay on one line');
      const covered = lines[start.line]!.slice(start.character, end.character);
      assert.ok(covered.length > 0);
      assert.ok(d.fixes.length >= 1);
      assert.ok(d.fixes[0].edits.length >= 1);
    }
  }
  const jacket = report.files.find((f: { path: string }) => f.path.endsWith('spring-jacket.listing.md'));
  const wechat = jacket.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'douyin/contact-diversion');
  const line = readFileSync(jacket.path, 'utf8').split('\n')[wechat.range.start.line];
  assert.equal(line.slice(wechat.range.start.character, wechat.range.end.character), '加我微信 jacket_2024');
});

test('text format: path:line:col severity ruleId message; exit 0 when clean', () => {
  const dir = workspace({ 'a.listing.md': '纯棉面料,舒适透气。\n', 'b.card.md': '扫码领红包\n' });
  const clean = run(['check', join(dir, 'a.listing.md')]);
  assert.equal(clean.code, 0);
  assert.equal(clean.stdout, '');
  const dirty = run(['check', dir, '--platform', 'taobao']);
  assert.equal(dirty.code, 1);
  assert.match(dirty.stdout, /b\.card\.md:1:1 error taobao\/qr-code /);
});

test('sarif format is SARIF 2.1.0 with rules and results', () => {
  const r = run(['check', '--format', 'sarif', EXAMPLES]);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].tool.driver.rules.length > 50);
  const res = sarif.runs[0].results[0];
  assert.ok(res.ruleId && res.locations[0].physicalLocation.region.startLine >= 1);
});

test('usage and configuration errors exit 2', () => {
  assert.equal(run(['check', '--platform', 'nowhere', EXAMPLES]).code, 2);
  assert.equal(run(['check', '--format', 'xml', EXAMPLES]).code, 2);
  assert.equal(run(['check', '/definitely/not/here']).code, 2);
  assert.equal(run(['check', '--as-of', '2025-13-45', EXAMPLES]).code, 2);
  assert.equal(run(['--help']).code, 0);
});

test('globs select copy files', () => {
  const dir = workspace({ 'a.card.md': '扫码领红包\n', 'b.listing.md': '加微信 abc12345\n', 'notes.md': '扫码\n' });
  const r = run(['check', '--format', 'json', '*.card.md'], dir);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['a.card.md']);
});

test('--as-of switches Douyin’s penalty version but not the verdict', () => {
  const dir = workspace({ 'a.card.md': '---\nplatforms: douyin\n---\n扫码领红包\n' });
  assert.equal(run(['check', '--as-of', '2025-03-01', dir]).code, 1);
  // Before the first Douyin version in the pack nothing is in force.
  assert.equal(run(['check', '--as-of', '2020-01-01', dir]).code, 0);
});

test('--fix rewrites files atomically, keeping BOM and CRLF line endings', () => {
  const md = '\uFEFF---\r\nplatforms: [douyin]\r\n---\r\n# 售后\r\n有问题加微信 abc12345 咨询。\r\n扫码领取说明书。\r\n';
  const json = JSON.stringify({ platforms: ['pinduoduo'], front: '感谢购买!售后电话 138-1234-5678。' }, null, 2);
  const dir = workspace({ 'a.listing.md': md, 'b.card.json': json });
  const r = run(['check', '--fix', dir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const fixedMd = readFileSync(join(dir, 'a.listing.md'), 'utf8');
  assert.ok(fixedMd.startsWith('\uFEFF---\r\n'));
  assert.ok(!/[^\r]\n/.test(fixedMd), 'every line still ends in CRLF');
  assert.doesNotMatch(fixedMd, /微信|扫码/);
  const fixedJson = JSON.parse(readFileSync(join(dir, 'b.card.json'), 'utf8'));
  assert.doesNotMatch(fixedJson.front, /138/);
  assert.equal(run(['check', dir]).code, 0);
});

test('the bundled examples all have findings and --fix clears them', () => {
  const dir = scratchDir('examples');
  cpSync(EXAMPLES, dir, { recursive: true });
  assert.equal(run(['check', dir]).code, 1);
  assert.equal(run(['check', '--fix', dir]).code, 0);
  const after = JSON.parse(run(['check', '--format', 'json', dir]).stdout);
  for (const f of after.files) assert.deepEqual(f.diagnostics.filter((d: { severity: string }) => d.severity !== 'info'), [], f.path);
});
