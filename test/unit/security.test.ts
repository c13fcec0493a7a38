/**
 * Security (issue 7): rule packs are data, never code; the server and CLI reach no network and
 * run nothing; untrusted workspaces get the built-in packs only; the production bundles carry no
 * source maps or machine paths.
 *
 * The CLI and the server run under a preload module (`node --require`) that traps sockets, DNS,
 * HTTP(S), TLS, fetch, child processes, eval, the Function constructor, vm and late requires of
 * non-built-in modules: each records what was attempted and fails. The test asserts nothing was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startClient } from '../lsp/client';
import { scratchDir } from '../scratch';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

const PRELOAD = String.raw`
'use strict';
const fs = require('fs');
const LOG = process.env.COPYGUARD_TRAP_LOG;
function record(what) { try { fs.appendFileSync(LOG, what.replace(/\n/g, ' ').slice(0, 300) + '\n'); } catch {} }
function trap(obj, name, label) {
  const orig = obj[name];
  if (typeof orig !== 'function') return;
  obj[name] = function (...args) { record(label + ' ' + safe(args[0])); throw new Error('blocked by the security test: ' + label); };
}
function safe(v) { try { return typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); } }
const net = require('net');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
for (const k of ['connect', 'createConnection']) trap(net, k, 'net.' + k);
const dns = require('dns');
for (const k of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']) { trap(dns, k, 'dns.' + k); trap(dns.promises, k, 'dns.promises.' + k); }
for (const m of ['http', 'https']) { const mod = require(m); trap(mod, 'request', m + '.request'); trap(mod, 'get', m + '.get'); }
trap(require('tls'), 'connect', 'tls.connect');
trap(require('http2'), 'connect', 'http2.connect');
trap(require('dgram'), 'createSocket', 'dgram.createSocket');
if (typeof globalThis.fetch === 'function') globalThis.fetch = (u) => { record('fetch ' + safe(u)); return Promise.reject(new Error('blocked')); };
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function (u) { record('WebSocket ' + safe(u)); throw new Error('blocked'); };
const cp = require('child_process');
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, k, 'child_process.' + k);
const vm = require('vm');
for (const k of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) trap(vm, k, 'vm.' + k);
vm.Script = new Proxy(vm.Script, { construct(t, a) { record('new vm.Script ' + safe(a[0])); return Reflect.construct(t, a); } });
const RealFunction = Function;
globalThis.Function = new Proxy(RealFunction, {
  construct(t, a) { record('new Function ' + safe(a[a.length - 1])); return Reflect.construct(t, a); },
  apply(t, self, a) { record('Function() ' + safe(a[a.length - 1])); return Reflect.apply(t, self, a); },
});
const realEval = globalThis.eval;
globalThis.eval = function (s) { record('eval ' + safe(s)); return realEval(s); };
const Module = require('module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!isMain && !Module.isBuiltin(request)) record('require ' + request);
  return load.apply(this, arguments);
};
`;

function preload(): { file: string; log: string; env: NodeJS.ProcessEnv } {
  const dir = scratchDir('trap');
  const file = join(dir, 'trap.js');
  const log = join(dir, 'trap.log');
  writeFileSync(file, PRELOAD);
  writeFileSync(log, '');
  return { file, log, env: { ...process.env, COPYGUARD_TRAP_LOG: log, LANG: 'en_US.UTF-8' } };
}

/** A workspace with copy, a workspace pack that adds a word and a pattern, and a decoy script. */
function hostileWorkspace(): string {
  const dir = scratchDir('sec');
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  mkdirSync(join(dir, '.copyguard', 'rules'), { recursive: true });
  // A pack that tries to be code: every string stays a string.
  writeFileSync(
    join(dir, '.copyguard', 'rules', 'team.json'),
    JSON.stringify({
      words: { 'douyin/contact-diversion': ['require("child_process").exec("touch /tmp/pwned")', '${process.exit(1)}', '加我小号'] },
      patterns: { 'douyin/contact-diversion': ['小号\\d{5}'] },
      allow: ['constructor', 'toString', '__defineGetter__'],
    }),
  );
  writeFileSync(join(dir, '.copyguard', 'rules', 'index.js'), 'require("fs").writeFileSync(process.env.COPYGUARD_TRAP_LOG, "workspace code ran\\n", { flag: "a" });');
  writeFileSync(join(dir, 'me.listing.md'), '加我小号 12345,小号67890\n${process.exit(1)}\n');
  return dir;
}

test('our sources and bundles contain no eval, Function constructor, vm or dynamic require', () => {
  const sources: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name));
      else if (n.name.endsWith('.ts')) sources.push(join(d, n.name));
    }
  };
  walk(join(ROOT, 'server/src'));
  walk(join(ROOT, 'client/src'));
  const bad = /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|from\s+['"](node:)?vm['"]|require\(\s*[^'"\s)]|\bimport\(\s*[^'"\s)]|from\s+['"](node:)?child_process['"]|process\.binding/;
  for (const file of sources) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      assert.doesNotMatch(line, bad, `${file}:${i + 1}`);
    });
  }
  for (const bundle of ['server.js', 'cli.js', 'client.js']) {
    const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
    assert.doesNotMatch(text, /\beval\(|new Function\(/, bundle);
  }
});

test('the trap itself records sockets, DNS, HTTP, child processes and generated code', () => {
  const trap = preload();
  const probe = [
    "try { require('net').connect(80, 'example.com'); } catch {}",
    "try { require('dns').lookup('example.com', () => {}); } catch {}",
    "try { require('https').get('https://example.com'); } catch {}",
    "try { require('child_process').execSync('true'); } catch {}",
    "new Function('return 1');",
    "globalThis.eval('1');",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--require', trap.file, '-e', probe], { encoding: 'utf8', env: trap.env });
  assert.equal(r.status, 0, r.stderr);
  const log = readFileSync(trap.log, 'utf8');
  for (const what of ['net.connect', 'dns.lookup', 'https.get', 'child_process.execSync', 'new Function', 'eval']) assert.match(log, new RegExp(what.replace('.', '\\.')), log);
});

test('the CLI reaches no network and runs no code, workspace packs included', () => {
  const trap = preload();
  const dir = hostileWorkspace();
  const run = (args: string[]) => spawnSync(process.execPath, ['--require', trap.file, CLI, ...args], { cwd: dir, encoding: 'utf8', env: trap.env, timeout: 60_000 });
  const json = run(['check', '--format', 'json', '.']);
  assert.equal(json.status, 1, json.stderr);
  const report = JSON.parse(json.stdout);
  const me = report.files.find((f: { path: string }) => f.path.endsWith('me.listing.md'));
  assert.ok(me.diagnostics.some((d: { message: string }) => /加我小号/.test(d.message)), 'the workspace word applies');
  assert.ok(me.diagnostics.some((d: { message: string }) => /小号67890/.test(d.message)), 'the workspace pattern applies');
  for (const args of [['check', '--format', 'sarif', '.'], ['check', '--fix', '.'], ['check', '--lang', 'zh', 'me.listing.md'], ['--help']]) {
    const r = run(args);
    assert.notEqual(r.status, null, `${args.join(' ')} timed out`);
  }
  assert.equal(readFileSync(trap.log, 'utf8'), '', 'nothing attempted');
  assert.ok(!existsSync('/tmp/pwned'));
});

test('the language server reaches no network and runs no code over a whole session', async () => {
  const trap = preload();
  const dir = hostileWorkspace();
  const rootUri = pathToFileURL(dir).toString();
  const client = await startClient({ rootUri, nodeArgs: ['--require', trap.file], env: trap.env });
  try {
    const md = `${rootUri}/me.listing.md`;
    const json = `${rootUri}/gift-box.card.json`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: md, languageId: 'markdown', version: 1, text: readFileSync(join(dir, 'me.listing.md'), 'utf8') } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: json, languageId: 'json', version: 1, text: readFileSync(join(dir, 'gift-box.card.json'), 'utf8') } });
    const p = await client.waitFor(md, (x) => x.diagnostics.some((d) => /小号67890/.test(d.message)), 10_000);
    await client.waitFor(json, (x) => x.diagnostics.length > 0, 10_000);
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: md }, position: p.diagnostics[0]!.range.start });
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: md }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } });
    await client.connection.sendRequest('workspace/executeCommand', { command: 'copyguard.server.checkWorkspace', arguments: [] }).catch(() => undefined);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${rootUri}/.copyguard/rules/team.json`, type: 2 }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: md, version: 2 }, contentChanges: [{ text: '扫码进群 https://example.com\n' }] });
    await client.waitFor(md, (x) => x.version === 2, 10_000);
  } finally {
    await client.stop();
  }
  assert.equal(readFileSync(trap.log, 'utf8'), '', 'nothing attempted');
});

test('an untrusted workspace runs with the built-in packs only', async () => {
  const dir = scratchDir('untrusted');
  mkdirSync(join(dir, '.copyguard', 'rules'), { recursive: true });
  writeFileSync(join(dir, '.copyguard', 'rules', 'off.json'), JSON.stringify({ disable: ['douyin/contact-diversion'], words: { 'douyin/qr-code': ['看这里领'] } }));
  const rootUri = pathToFileURL(dir).toString();
  const uri = `${rootUri}/a.listing.md`;
  const text = '加微信 abc12345\n看这里领\n';
  for (const trusted of [false, true]) {
    const client = await startClient({ rootUri, initializationOptions: { trusted, settings: { debounceMs: 0 } } });
    try {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const p = await client.waitFor(uri, (x) => x.version === 1, 10_000);
      const codes = p.diagnostics.map((d) => d.code);
      assert.equal(codes.includes('douyin/contact-diversion'), !trusted, `trusted=${trusted}: ${codes.join()}`);
      assert.equal(codes.includes('douyin/qr-code'), trusted, `trusted=${trusted}: ${codes.join()}`);
    } finally {
      await client.stop();
    }
  }
});

test('production bundles carry no source maps and no machine paths', () => {
  const out = scratchDir('prod');
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--production', `--outdir=${out}`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    const files = readdirSync(out);
    assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
    for (const name of ['client.js', 'server.js', 'cli.js']) {
      assert.ok(files.includes(name), name);
      const text = readFileSync(join(out, name), 'utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, name);
      for (const needle of new Set([ROOT, homedir(), '/work/', '/root/', '/home/', 'C:\\\\Users'])) {
        assert.ok(!text.includes(needle), `${name} contains ${needle}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
