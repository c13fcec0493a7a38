/**
 * Hostile protocol traffic against the running server (issue 7): unknown documents, positions out
 * of range, edits out of order and for unopened documents, a flood of changes, garbage params and
 * frames, a client that never answers workspace/configuration, broken workspace packs. Every
 * request is answered (a result or an error response) or the notification ignored; the process
 * stays up and keeps serving the other documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startClient, type Published, type TestClient } from './client';
import { scratchDir } from '../scratch';

const GOOD_URI = 'file:///tmp/copyguard-hostile/good.listing.md';
const GOOD_TEXT = '# 售后\n\n有问题加微信 abc12345 咨询。\n';

/** A request answered in time, with a result or an error response (never silence). */
async function answered(client: TestClient, method: string, params: unknown, timeoutMs = 5000): Promise<{ result?: unknown; error?: unknown }> {
  const reply = client.connection.sendRequest(method, params).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${method} not answered within ${timeoutMs} ms: ${JSON.stringify(params)?.slice(0, 200)}`)), timeoutMs));
  return Promise.race([reply, timeout]);
}

/** The server is alive and still serves the good document (or the one given, hovering a finding). */
async function assertServing(client: TestClient, what: string, uri = GOOD_URI, position = { line: 2, character: 6 }): Promise<void> {
  assert.equal(client.process.exitCode, null, `server exited after ${what}`);
  const hover = await answered(client, 'textDocument/hover', { textDocument: { uri }, position });
  assert.ok(hover.result, `hover on the good document after ${what}: ${JSON.stringify(hover)}`);
}

function assertNoCrash(client: TestClient): void {
  const err = client.stderr.join('');
  assert.doesNotMatch(err, /copyguard-language-server:|Error|at .*\.js:\d+/, `stderr: ${err.slice(0, 3000)}`);
}

async function openGood(client: TestClient): Promise<Published> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: GOOD_URI, languageId: 'markdown', version: 1, text: GOOD_TEXT } });
  return client.waitFor(GOOD_URI, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === 'douyin/contact-diversion'));
}

function codes(p: Published): string[] {
  return p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

test('requests for unknown documents and positions out of range are answered', async () => {
  const client = await startClient();
  try {
    await openGood(client);
    const unknown = 'file:///tmp/copyguard-hostile/never-opened.card.md';
    const positions = [
      { line: -1, character: -5 },
      { line: 1e9, character: 1e9 },
      { line: 2, character: 2 ** 31 },
      { line: 2 ** 53, character: -(2 ** 53) },
      { line: 1.5, character: 0.25 },
      { line: 2, character: 7 }, // inside a surrogate pair would be here if there were one
    ];
    for (const position of positions) {
      for (const uri of [GOOD_URI, unknown]) {
        await answered(client, 'textDocument/hover', { textDocument: { uri }, position });
        await answered(client, 'textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: { line: -position.line, character: 3 } }, context: { diagnostics: [] } });
      }
    }
    const r = await answered(client, 'workspace/executeCommand', { command: 'copyguard.server.fixAll', arguments: [unknown] });
    assert.equal(r.result, false);
    await answered(client, 'textDocument/diagnostic', { textDocument: { uri: unknown } });
    await answered(client, 'textDocument/completion', { textDocument: { uri: GOOD_URI }, position: { line: 0, character: 0 } });
    await answered(client, 'copyguard/noSuchMethod', { x: 1 });
    await assertServing(client, 'unknown documents and positions');
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});

test('garbage params and garbage frames: answered or ignored, the server stays up', async () => {
  const client = await startClient();
  try {
    await openGood(client);
    const garbage: unknown[] = [null, 0, 'x', [], {}, { textDocument: null }, { textDocument: { uri: 7 } }, { textDocument: { uri: GOOD_URI }, position: 'here' }, { textDocument: { uri: GOOD_URI }, position: { line: 'a', character: {} } }, { textDocument: { uri: GOOD_URI }, position: null }];
    for (const params of garbage) {
      for (const method of ['textDocument/hover', 'textDocument/codeAction', 'workspace/executeCommand', 'textDocument/diagnostic']) await answered(client, method, params);
    }
    await answered(client, 'workspace/executeCommand', { command: 'copyguard.server.fixAll', arguments: [{ uri: GOOD_URI }, 42] });
    await answered(client, 'workspace/executeCommand', { command: 'copyguard.server.fixAll', arguments: 'nope' });
    await answered(client, 'workspace/executeCommand', { command: 'rm -rf /', arguments: [] });
    await answered(client, 'textDocument/codeAction', { textDocument: { uri: GOOD_URI }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } }, context: { diagnostics: [{ source: 'CopyGuard', range: null, data: { ruleId: 7, fixes: 'x', version: 'y' } }, { source: 'CopyGuard', range: { start: { line: 2, character: 3 }, end: { line: 2, character: 4 } }, data: { ruleId: 'douyin/contact-diversion', fixes: [{ title: 'x', edits: [{ start: -5, end: 1e12, newText: 3 }] }], version: 99 } }] } });
    // Notifications with garbage: ignored.
    const notes: [string, unknown][] = [
      ['textDocument/didOpen', { textDocument: { uri: 'file:///tmp/copyguard-hostile/n.listing.md', languageId: 'markdown', version: 1, text: 12345 } }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///tmp/copyguard-hostile/o.card.json', languageId: 'json', version: 1, text: { front: '扫码' } } }],
      ['textDocument/didOpen', { textDocument: { uri: 42, languageId: null, version: 'v', text: null } }],
      ['textDocument/didOpen', { textDocument: { uri: 'not a uri at all \u0000', languageId: 'markdown', version: 1, text: '加微信 abc12345' } }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///tmp/copyguard-hostile/%E0%A4%A.card.md', languageId: 'markdown', version: 1, text: '扫码进群' } }],
      ['textDocument/didOpen', null],
      ['textDocument/didChange', { textDocument: { uri: GOOD_URI, version: 2 }, contentChanges: 'all of it' }],
      ['textDocument/didChange', { textDocument: { uri: GOOD_URI }, contentChanges: [{ range: { start: { line: 'x' } }, text: 5 }] }],
      ['textDocument/didClose', { textDocument: { uri: 'file:///never/opened.md' } }],
      ['workspace/didChangeConfiguration', { settings: { copyguard: { platforms: 'douyin', debounceMs: -1, asOf: 20250101, enable: 'yes' } } }],
      ['workspace/didChangeWatchedFiles', { changes: 'many' }],
      ['$/cancelRequest', { id: { nested: true } }],
      ['$/setTrace', { value: 'shouting' }],
      ['copyguard/unknownNotification', [1, 2, 3]],
    ];
    for (const [method, params] of notes) await client.connection.sendNotification(method, params);
    await assertServing(client, 'garbage notifications');

    // Frames a broken client might send: not JSON, a JSON array, a wrong jsonrpc version, no method.
    await client.raw('{ this is not json');
    await client.raw('[{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover","params":{}}]');
    await client.raw('{"jsonrpc":"1.0","id":9002,"method":"textDocument/hover"}');
    await client.raw('{"jsonrpc":"2.0","id":9003}');
    const odd = '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.card.md","text":"扫码"}}}';
    await client.raw(odd, `Content-Length: ${Buffer.byteLength(odd)}\r\nContent-Type: application/vscode-jsonrpc; charset=latin1`);
    await client.raw('{}', 'Content-Length: 2\r\nX-Garbage: \u0001\u0002');
    await client.raw('{"jsonrpc":"2.0","id":9004,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/copyguard-hostile/good.listing.md"},"position":{"line":1e400,"character":-1e400}}}');
    await assertServing(client, 'garbage frames');
    // Settings that came in broken did not switch the checker off.
    const again = 'file:///tmp/copyguard-hostile/again.card.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: again, languageId: 'markdown', version: 1, text: '扫码进群领红包\n' } });
    await client.waitFor(again, (p) => p.diagnostics.some((d) => String(d.code).endsWith('/qr-code')));
    // The protocol library refuses what it cannot read (logged without a stack); nothing of ours threw.
    const traces = client.logs.filter((l) => /\n\s+at |check failed/.test(l.message));
    assert.deepEqual(traces, []);
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});

test('edits out of order, for unopened documents and past the end; a flood of 2,000 changes ends like a fresh open', async () => {
  const client = await startClient();
  try {
    await openGood(client);
    const uri = 'file:///tmp/copyguard-hostile/flood.live.md';
    const text0 = '---\nplatforms: [douyin, taobao]\n---\n# 开场\n\n大家好,今天的福利来啦。\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: text0 } });
    await client.waitFor(uri, (p) => p.version === 1);
    // Edits for a document that was never opened, out-of-order versions, ranges past the end.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///tmp/copyguard-hostile/ghost.card.md', version: 5 }, contentChanges: [{ text: '扫码' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: GOOD_URI, version: 1 }, contentChanges: [{ range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: '\n扫码进群' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: GOOD_URI, version: 0 }, contentChanges: [{ range: { start: { line: 2, character: 999 }, end: { line: 0, character: 0 } }, text: '' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: GOOD_URI, version: -7 }, contentChanges: [{ range: { start: { line: -3, character: -1 }, end: { line: -1, character: -1 } }, text: '\uD800' }] });
    await assertServing(client, 'edits out of order');

    // 2,000 random incremental edits, mirrored locally; the last publication must equal what a
    // fresh document with the final text gets.
    let mirror = TextDocument.create(uri, 'markdown', 1, text0);
    const pieces = ['加微信 abc12345', '扫码', '进群', '淘宝', '\n', '。', '😀', '\r\n', 'VX', '13812345678', '', ' ', '# ', '- ', '\uFEFF', '\u0301'];
    const rnd = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...pieces)), { numRuns: 2000, seed: 42 });
    let version = 1;
    for (const [a, b, piece] of rnd) {
      const len = mirror.getText().length;
      const x = len ? a % (len + 1) : 0;
      const y = len ? b % (len + 1) : 0;
      const range = { start: mirror.positionAt(Math.min(x, y)), end: mirror.positionAt(Math.max(x, y)) };
      version++;
      mirror = TextDocument.update(mirror, [{ range, text: piece }], version);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: piece }] });
    }
    const last = await client.waitFor(uri, (p) => p.version === version, 30_000);
    const fresh = 'file:///tmp/copyguard-hostile/fresh.live.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'markdown', version: 1, text: mirror.getText() } });
    const full = await client.waitFor(fresh, (p) => p.version === 1, 30_000);
    assert.deepEqual(codes(last), codes(full));
    await assertServing(client, 'a flood of changes');
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});

test('a client that never answers workspace/configuration still gets diagnostics and answers', async () => {
  const client = await startClient({ answerConfiguration: false, initializationOptions: {} });
  try {
    const started = Date.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: GOOD_URI, languageId: 'markdown', version: 1, text: GOOD_TEXT } });
    const p = await client.waitFor(GOOD_URI, (x) => x.diagnostics.some((d) => d.code === 'douyin/contact-diversion'), 10_000);
    assert.ok(p);
    assert.ok(Date.now() - started < 8000, `${Date.now() - started} ms`);
    // Configuration changes keep asking a client that never answers: still serving.
    for (let i = 0; i < 20; i++) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const other = 'file:///tmp/copyguard-hostile/other.card.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: '感谢购买\n' } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: other, version: 2 }, contentChanges: [{ text: '扫码进群\n' }] });
    await client.waitFor(other, (x) => x.version === 2 && x.diagnostics.some((d) => String(d.code).endsWith('/qr-code')), 10_000);
    await assertServing(client, 'unanswered configuration requests');
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});

test('a 50 MB document gets one too-large diagnostic and the other documents are still served', async () => {
  const client = await startClient();
  try {
    await openGood(client);
    const uri = 'file:///tmp/copyguard-hostile/huge.listing.md';
    const text = '加微信abc12345纯棉面料'.repeat(Math.ceil((50 * 1024 * 1024) / 16 / 3));
    const started = Date.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await client.waitFor(uri, (x) => x.version === 1, 60_000);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['copyguard/too-large']);
    await assertServing(client, 'a 50 MB document');
    assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
    // A large document under the limit is checked, and the good one answers while it is.
    const big = 'file:///tmp/copyguard-hostile/big.listing.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'markdown', version: 1, text: '纯棉面料,舒适透气。\n'.repeat(200_000) + '加微信 abc12345\n' } });
    await assertServing(client, 'a 2 MB document');
    const b = await client.waitFor(big, (x) => x.version === 1, 60_000);
    assert.ok(b.diagnostics.some((d) => d.code === 'douyin/contact-diversion'));
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});

test('broken workspace packs: diagnostics in the pack file, documents keep the last good packs', async () => {
  const root = scratchDir('hostile-ws');
  const rules = join(root, '.copyguard', 'rules');
  mkdirSync(rules, { recursive: true });
  const pack = join(rules, 'team.json');
  writeFileSync(pack, JSON.stringify({ disable: ['douyin/contact-diversion'] }));
  const rootUri = pathToFileURL(root).toString();
  const packUri = pathToFileURL(pack).toString();
  const client = await startClient({ rootUri });
  try {
    const doc = `${rootUri}/a.listing.md`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'markdown', version: 1, text: '加微信 abc12345\n扫码进群\n' } });
    const first = await client.waitFor(doc, (p) => p.version === 1);
    assert.ok(!first.diagnostics.some((d) => d.code === 'douyin/contact-diversion'), 'the good workspace pack applies');
    assert.ok(first.diagnostics.some((d) => d.code === 'douyin/qr-code'));

    const text = `{\n  "patterns": { "douyin/qr-code": ["(a+)+$", ".*.*x"] },\n  "words": { "constructor": ["x"] },\n  "disable": 7\n}`;
    writeFileSync(pack, text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
    const diag = await client.waitFor(packUri, (p) => p.diagnostics.length > 0, 10_000);
    assert.ok(diag.diagnostics.some((d) => /constructor/.test(d.message)), JSON.stringify(diag.diagnostics));
    assert.ok(diag.diagnostics.every((d) => d.range.start.line >= 1 && d.range.start.line <= 3), JSON.stringify(diag.diagnostics.map((d) => d.range)));
    // The document is re-checked (or not) with the last good packs: contact-diversion stays disabled.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc, version: 2 }, contentChanges: [{ text: '加微信 abc12345\n扫码进群\n\n' }] });
    const second = await client.waitFor(doc, (p) => p.version === 2);
    assert.ok(!second.diagnostics.some((d) => d.code === 'douyin/contact-diversion'), 'last good packs kept');
    assert.ok(second.diagnostics.some((d) => d.code === 'douyin/qr-code'), 'built-in rules still work');

    // An open pack file is validated as it is typed, whatever is typed.
    for (const [v, t] of [[1, text], [2, '{"disable": ['], [3, '\u0000\uD800'], [4, `{"allow": ${'['.repeat(5000)}`]] as const) {
      if (v === 1) await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: packUri, languageId: 'json', version: 1, text: t } });
      else await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: packUri, version: v }, contentChanges: [{ text: t }] });
      await client.waitFor(packUri, (p) => p.version === v && p.diagnostics.length > 0, 10_000);
    }
    // A huge and a deep pack on disk are refused the same way.
    writeFileSync(pack, `{"disable": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
    await assertServing(client, 'broken packs', doc, { line: 1, character: 1 });
    assertNoCrash(client);
  } finally {
    await client.stop();
  }
});
