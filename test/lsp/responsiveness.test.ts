/**
 * The server over stdio stays responsive: an edit after a quiet spell is published at once
 * (not after the debounce time), and while a large document is checked, requests on another
 * document are answered before that check is done. Its diagnostics are complete and lean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startClient } from './client';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { makeDoc } from '../../scripts/bench/corpus';

const SMALL = '---\nplatforms: [douyin]\n---\n有问题加我薇信 abc_12345。\n';

test('an edit after a quiet spell is published at once, not after the debounce time', async () => {
  const client = await startClient({ initializationOptions: { settings: { debounceMs: 2500 } }, configuration: { debounceMs: 2500 } });
  try {
    const uri = 'file:///tmp/resp/idle.listing.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: SMALL } });
    await client.waitFor(uri, (p) => p.version === 1, 3000);
    // Quiet for longer than the debounce time.
    await new Promise((r) => setTimeout(r, 2700));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '扫码进群。' }],
    });
    // With only a trailing debounce this would come after 2.5 s.
    const p = await client.waitFor(uri, (x) => x.version === 2, 1500);
    assert.ok(p.diagnostics.length >= 2, JSON.stringify(p.diagnostics));
  } finally {
    await client.stop();
  }
});

// In the worker thread (the default), and in slices on the main thread (--no-worker).
const MODES = [
  { name: 'worker thread', serverArgs: [] },
  { name: 'slices', serverArgs: ['--no-worker'] },
];

for (const mode of MODES) test(`requests on another document are answered while a large document is checked (${mode.name})`, async () => {
  const client = await startClient({ serverArgs: mode.serverArgs });
  try {
    const other = 'file:///tmp/resp/other.listing.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: SMALL } });
    await client.waitFor(other, (p) => p.version === 1);
    const doc = makeDoc('markdown', 'listing', 3 * 1024 * 1024, 5);
    const uri = `file:///tmp/resp/${doc.fileName}`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.text } });
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 3, character: 9 } }).then((h) => ({ h, before: !client.published.some((p) => p.uri === uri) }));
    const { h, before } = await hover;
    assert.ok(h, 'hover answered');
    assert.ok(before, 'hover answered before the large document was done');
    const p = await client.waitFor(uri, (x) => x.version === 1, 60_000);
    const want = createChecker({ packs: builtinPacks() }).check({ text: doc.text, fileName: doc.fileName });
    assert.equal(p.diagnostics.length, want.findings.length + want.problems.length);
    assert.equal(client.logs.some((l) => l.message.includes('in slices')), mode.serverArgs.length > 0, 'the server says when it checks in slices');
    // Lean: data holds the version only (no fixes, rule or text) and there is no link to the
    // rule's page; code actions still find the finding: its fixes, and "ignore" for its rule.
    const d = p.diagnostics.find((x) => x.data);
    assert.ok(d && typeof d.code === 'string');
    assert.deepEqual(d.data, { version: 1 });
    assert.equal((d as { codeDescription?: unknown }).codeDescription, undefined);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { kind?: string; title: string; edit?: unknown }[];
    const lines = doc.text.split('\n');
    const start = lines.slice(0, d.range.start.line).reduce((n, l) => n + l.length + 1, 0) + d.range.start.character;
    const finding = want.findings.find((f) => f.ruleId === d.code && f.start === start);
    assert.ok(finding);
    for (const fix of finding.fixes) assert.ok(actions.some((a) => a.kind === 'quickfix' && a.title === fix.title.zh && a.edit), `${fix.title.zh} in ${JSON.stringify(actions)}`);
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.title.includes(d.code as string) && a.edit), 'ignore for its rule');
  } finally {
    await client.stop();
  }
});

// 2 MB: under 1M characters, the worker thread stays and the replaced check stops at its flag;
// 4 MB: over, the thread is ended and a new one checks the newer version.
// In slices, 2 MB: the replaced check is dropped between two slices.
for (const [megabytes, mode] of [[2, MODES[0]!], [4, MODES[0]!], [2, MODES[1]!]] as const) {
  test(`a newer version replaces the running check of a large document (${megabytes} MB, ${mode.name}); the outdated one is never published`, async () => {
    const client = await startClient({ serverArgs: mode.serverArgs });
    try {
      const doc = makeDoc('markdown', 'listing', megabytes * 1024 * 1024, 7);
      assert.equal(doc.text.length > 1 << 20, megabytes === 4);
      const uri = `file:///tmp/resp/replaced-${doc.fileName}`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.text } });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
      });
      const p = await client.waitFor(uri, (x) => (x.version ?? 0) >= 2, 60_000);
      assert.equal(p.version, 2);
      const want = createChecker({ packs: builtinPacks() }).check({ text: `\n${doc.text}`, fileName: doc.fileName });
      assert.equal(p.diagnostics.length, want.findings.length + want.problems.length);
      assert.ok(!client.published.some((x) => x.uri === uri && x.version === 1), 'version 1 was published');
    } finally {
      await client.stop();
    }
  });
}
