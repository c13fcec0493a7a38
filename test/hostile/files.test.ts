/**
 * Hostile files handed to the CLI (issue 7): each gets a clear message — a problem in the report
 * or a CLI error with exit code 2 — and every other file in the same call is still checked.
 * Everything is generated at test time in a temporary folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fileIn, GOOD, report, workspace } from './helpers';

const CARD = JSON.stringify({ platforms: ['douyin'], front: '感谢购买!扫码加好友领红包。', back: '售后请联系平台客服。', qrCode: { target: 'https://example.com/kf', caption: '扫码进群' } }, null, 2);

/** The good file is checked and reported whatever else is in the call. */
function assertGoodChecked(rep: ReturnType<typeof report>): void {
  const good = fileIn(rep, 'good.listing.md');
  assert.ok(good.diagnostics.some((d) => d.ruleId === 'douyin/contact-diversion'), JSON.stringify(good));
}

function assertNoCrash(r: ReturnType<typeof cli>): void {
  assert.equal(r.signal, null, `killed by ${r.signal} after ${r.ms} ms`);
  assert.doesNotMatch(r.stderr, /internal error|RangeError|TypeError|at .*\.js:\d+/);
}

test('malformed and truncated JSON: a json-syntax problem where it breaks; findings and other files unaffected', () => {
  const files: Record<string, string> = { 'good.listing.md': GOOD, 'garbage.card.json': '{"front": "扫码进群", ]]]} "x": \\u12' };
  for (const cut of [1, 2, 9, 17, 40, 80, CARD.length - 1]) files[`cut${cut}.card.json`] = CARD.slice(0, cut);
  files['unterminated.card.json'] = '{"front": "扫码进群\n"back": "ok"}';
  files['comments.card.json'] = '// a comment\n{"front": "扫码进群", /* here */ }';
  const dir = workspace(files);
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 1, r.stderr);
  const rep = report(r);
  assertGoodChecked(rep);
  for (const name of Object.keys(files)) {
    if (name === 'good.listing.md' || name === 'comments.card.json') continue;
    const f = fileIn(rep, name);
    assert.ok(f.problems.some((p) => p.code === 'json-syntax'), `${name}: ${JSON.stringify(f.problems)}`);
  }
  // Copy before the break is still checked.
  assert.ok(fileIn(rep, 'garbage.card.json').diagnostics.some((d) => d.ruleId === 'douyin/qr-code'));
  assert.ok(fileIn(rep, 'cut80.card.json').diagnostics.length > 0);
});

test('10,000-level nesting: a too-deep problem, quickly, no stack overflow', () => {
  const dir = workspace({
    'good.listing.md': GOOD,
    'arrays.listing.json': '['.repeat(10_000) + ']'.repeat(10_000),
    'objects.card.json': '{"front":'.repeat(10_000) + '"扫码"' + '}'.repeat(10_000),
    'unclosed.live.json': '{"segments":' + '['.repeat(10_000),
    'deep.listing.md': `${'>'.repeat(10_000)} 加微信 abc12345\n${'- '.repeat(10_000)}扫码进群\n`,
  });
  const r = cli(['check', '--format', 'json', '.'], dir, 30_000);
  assertNoCrash(r);
  const rep = report(r);
  assertGoodChecked(rep);
  for (const name of ['arrays.listing.json', 'objects.card.json', 'unclosed.live.json']) {
    assert.ok(fileIn(rep, name).problems.some((p) => p.code === 'too-deep'), name);
  }
  assert.ok(fileIn(rep, 'deep.listing.md').diagnostics.length > 0, 'deeply quoted Markdown is still copy');
  assert.ok(r.ms < 20_000, `${r.ms} ms`);
});

test('a 50 MB single line is refused with exit 2 and the other files are still checked', () => {
  const dir = workspace({ 'good.listing.md': GOOD });
  writeFileSync(join(dir, 'huge.listing.md'), Buffer.alloc(50 * 1024 * 1024, '加微信abc12345纯棉面料舒适'));
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /huge\.listing\.md: file is 50\.0 MB; copy files over 32 MB are not checked/);
  assertGoodChecked(report(r));
  assert.ok(r.ms < 20_000, `${r.ms} ms`);
});

test('a long single line under the limit is checked in bounded time', () => {
  const line = `${'纯棉面料,舒适透气,'.repeat(60_000)}加微信 abc12345${'a'.repeat(1_000_000)}\n`;
  const dir = workspace({ 'long.listing.md': line });
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 1);
  assert.ok(fileIn(report(r), 'long.listing.md').diagnostics.some((d) => d.ruleId === 'douyin/contact-diversion'));
  assert.ok(r.ms < 20_000, `${r.ms} ms`);
});

test('binary files and invalid UTF-8: a clear message each, exit 2, the other files still checked', () => {
  const dir = workspace({
    'good.listing.md': GOOD,
    'nul.card.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01, 0x02, 0xff]),
    'png.listing.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'latin1.live.md': Buffer.from('caf\xe9 \xe0 la carte 扫码', 'latin1'),
    'broken.card.json': Buffer.concat([Buffer.from('{"front": "'), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from('"}')]),
    'surrogate.listing.md': Buffer.from([0xe5, 0xbe, 0xae, 0xed, 0xa0, 0x80, 0x0a]),
    'overlong.listing.md': Buffer.from([0xc0, 0xaf, 0x0a]),
    'utf16.card.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('扫码进群领红包\n', 'utf16le')]),
    'bom.listing.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('加微信 abc12345\n')]),
  });
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 2);
  for (const name of ['nul.card.md', 'png.listing.md']) assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: binary file \\(contains NUL bytes\\); not checked`));
  for (const name of ['latin1.live.md', 'broken.card.json', 'surrogate.listing.md', 'overlong.listing.md']) {
    assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: not valid UTF-8; save the file as UTF-8 to check it`));
  }
  const rep = report(r);
  assertGoodChecked(rep);
  assert.ok(fileIn(rep, 'utf16.card.md').diagnostics.some((d) => d.ruleId === 'douyin/qr-code'), 'UTF-16 with BOM is read');
  assert.ok(fileIn(rep, 'bom.listing.md').diagnostics.some((d) => d.ruleId === 'douyin/contact-diversion'), 'UTF-8 BOM is read');
  for (const name of ['nul.card.md', 'png.listing.md', 'latin1.live.md', 'broken.card.json']) {
    assert.ok(!rep.files.some((f) => f.path.endsWith(name)), `${name} is not in the report`);
  }
});

test('broken front matter: a front-matter problem on the line, the body still checked', () => {
  const dir = workspace({
    'good.listing.md': GOOD,
    'unclosed.listing.md': '---\nplatforms: [douyin]\n加微信 abc12345\n',
    'bracket.live.md': '---\nplatforms: [douyin\nkind live\n---\n进群领券,扫码加好友\n',
    'junk.card.md': '---\n: : :\n\t- - -\n"kind": [card\n---\n扫码进群\n',
    'bomfm.listing.md': '\uFEFF---\nplatforms: [kuaishou]\n---\n加微信 abc12345\n',
    'only.card.md': '---',
    'empty.listing.md': '',
    'bom-only.listing.md': '\uFEFF',
    'crlf.listing.md': '---\r\nplatforms: [douyin\r\n---\r\n加微信 abc12345\r\n',
    'cr.listing.md': '---\rplatforms: [douyin]\r---\r加微信 abc12345\r',
  });
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 1);
  const rep = report(r);
  assertGoodChecked(rep);
  for (const name of ['unclosed.listing.md', 'bracket.live.md', 'junk.card.md', 'crlf.listing.md']) {
    const f = fileIn(rep, name);
    assert.ok(f.problems.some((p) => p.code === 'front-matter'), `${name}: ${JSON.stringify(f.problems)}`);
    assert.ok(f.diagnostics.length > 0, `${name}: the body is still checked`);
  }
  assert.deepEqual(fileIn(rep, 'bomfm.listing.md').platforms, ['kuaishou'], 'front matter after a BOM is read');
  assert.ok(fileIn(rep, 'cr.listing.md').diagnostics.length > 0);
});

test('unknown kinds and platforms: a problem at the value; the CLI refuses an unknown --platform with exit 2', () => {
  const dir = workspace({
    'good.listing.md': GOOD,
    'kind.md': '---\nkind: poster\nplatforms: [douyin]\n---\n加微信 abc12345\n',
    'platform.listing.md': '---\nplatforms: [tiktok, douyin, __proto__]\n---\n加微信 abc12345\n',
    'kind.card.json': JSON.stringify({ kind: 'poster', platforms: ['douyin'], front: '扫码进群' }),
    'platform.card.json': JSON.stringify({ platforms: ['constructor', 7, null, 'douyin'], front: '扫码进群' }),
    'nothing.card.json': JSON.stringify({ platforms: ['tiktok'], front: '扫码进群' }),
    'shape.live.json': JSON.stringify({ segments: 'not an array', title: 42 }),
  });
  const r = cli(['check', '--format', 'json', '.'], dir);
  assertNoCrash(r);
  assert.equal(r.code, 1);
  const rep = report(r);
  assertGoodChecked(rep);
  const kind = fileIn(rep, 'kind.md');
  assert.ok(kind.problems.some((p) => p.code === 'unknown-kind' && /poster/.test(p.message)), JSON.stringify(kind.problems));
  assert.deepEqual(kind.problems.find((p) => p.code === 'unknown-kind')!.range.start, { line: 1, character: 6 });
  const platform = fileIn(rep, 'platform.listing.md');
  assert.deepEqual(platform.problems.filter((p) => p.code === 'unknown-platform').map((p) => p.range.start.character), [12, 28]);
  assert.deepEqual(platform.platforms, ['douyin']);
  assert.ok(platform.diagnostics.length > 0);
  assert.ok(fileIn(rep, 'kind.card.json').problems.some((p) => p.code === 'unknown-kind'));
  assert.equal(fileIn(rep, 'platform.card.json').problems.filter((p) => p.code === 'unknown-platform').length, 3);
  // Only unknown platforms named: the configured/default platform is used, with the problem shown.
  const nothing = fileIn(rep, 'nothing.card.json');
  assert.ok(nothing.problems.some((p) => p.code === 'unknown-platform'));
  assert.ok(fileIn(rep, 'shape.live.json').problems.some((p) => p.code === 'schema'));

  const bad = cli(['check', '--platform', 'tiktok', '.'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown platform "tiktok"; known: douyin/);
});

test('FIFOs, symlink loops and odd names do not hang or crash the CLI', { skip: process.platform === 'win32' }, () => {
  const dir = workspace({ 'good.listing.md': GOOD, 'sub/a.card.md': '扫码进群\n', 'dir.listing.md/inner.card.md': '扫码进群\n', '空 格\u200B名.card.md': '扫码进群\n' });
  execFileSync('mkfifo', [join(dir, 'pipe.card.md')]);
  symlinkSync('..', join(dir, 'sub', 'up1'));
  symlinkSync('..', join(dir, 'sub', 'up2'));
  symlinkSync('nowhere.card.md', join(dir, 'dangling.card.md'));
  mkdirSync(join(dir, 'empty.live.md'));
  const r = cli(['check', '--format', 'json', '.'], dir, 30_000);
  assertNoCrash(r);
  const rep = report(r);
  assertGoodChecked(rep);
  assert.equal(rep.files.filter((f) => f.path.endsWith('a.card.md')).length, 1, 'each file once, however many links lead to it');
  assert.ok(fileIn(rep, 'inner.card.md'));
  assert.ok(fileIn(rep, '空 格\u200B名.card.md'));
  const pipe = cli(['check', join(dir, 'pipe.card.md'), join(dir, 'good.listing.md')], dir, 30_000);
  assertNoCrash(pipe);
  assert.equal(pipe.code, 2);
  assert.match(pipe.stderr, /pipe\.card\.md: not a regular file; not checked/);
  assert.match(pipe.stdout, /good\.listing\.md:3:4 error douyin\/contact-diversion/);
});
