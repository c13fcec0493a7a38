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

test('requests on another document are answered while a large document is checked', async () => {
  const client = await startClient();
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
    // Lean: no fixes in data and no link to the rule's page; a code action still finds the fixes.
    const d = p.diagnostics.find((x) => x.data);
    assert.ok(d);
    assert.equal((d.data as { fixes?: unknown }).fixes, undefined);
    assert.equal((d as { codeDescription?: unknown }).codeDescription, undefined);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { kind?: string }[];
    assert.ok(actions.some((a) => a.kind === 'quickfix'), JSON.stringify(actions));
  } finally {
    await client.stop();
  }
});

test('a newer version replaces the running check of a large document; the outdated one is never published', async () => {
  const client = await startClient();
  try {
    const doc = makeDoc('markdown', 'listing', 2 * 1024 * 1024, 7);
    const uri = `file:///tmp/resp/replaced-${doc.fileName}`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.text } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const p = await client.waitFor(uri, (x) => (x.version ?? 0) >= 2, 60_000);
    assert.equal(p.version, 2);
    assert.ok(p.diagnostics.length > 0);
    assert.ok(!client.published.some((x) => x.uri === uri && x.version === 1), 'version 1 was published');
  } finally {
    await client.stop();
  }
});
