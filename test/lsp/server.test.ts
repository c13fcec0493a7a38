/** The built server over stdio: diagnostics for Markdown and JSON copy on open and after a change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startClient } from './client';

const MD_URI = 'file:///tmp/copyguard-test/spring.listing.md';
const JSON_URI = 'file:///tmp/copyguard-test/card.card.json';

test('publishes diagnostics for Markdown on open and after an incremental change', async () => {
  const client = await startClient();
  try {
    const text = '---\nplatforms: [douyin]\n---\n# 标题\n\n纯棉面料,舒适透气。\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: MD_URI, languageId: 'markdown', version: 1, text } });
    const first = await client.waitFor(MD_URI, (p) => p.version === 1);
    assert.equal(first.diagnostics.length, 0);
    // Line 5 becomes "纯棉面料,加微信 abc12345 咨询。" through an incremental edit.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: MD_URI, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 5 }, end: { line: 5, character: 9 } }, text: '加微信 abc12345 咨询' }],
    });
    const second = await client.waitFor(MD_URI, (p) => p.version === 2 && p.diagnostics.length > 0);
    const d = second.diagnostics.find((x) => x.code === 'douyin/contact-diversion');
    assert.ok(d, JSON.stringify(second.diagnostics));
    assert.deepEqual(d.range.start, { line: 5, character: 5 });
    assert.match(d.message, /抖音/);
  } finally {
    await client.stop();
  }
});

test('publishes diagnostics for JSON copy, including schema problems', async () => {
  const client = await startClient();
  try {
    const text = JSON.stringify({ platforms: ['pinduoduo'], front: '扫码加好友领红包', back: 7 }, null, 2);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: JSON_URI, languageId: 'json', version: 1, text } });
    const p = await client.waitFor(JSON_URI, (x) => x.version === 1);
    const codes = p.diagnostics.map((x) => x.code);
    assert.ok(codes.includes('pinduoduo/qr-code'), codes.join());
    assert.ok(codes.includes('copyguard/schema'), codes.join());
    const qr = p.diagnostics.find((x) => x.code === 'pinduoduo/qr-code')!;
    const line = text.split('\n')[qr.range.start.line]!;
    assert.equal(line.slice(qr.range.start.character, qr.range.end.character), '扫码');
  } finally {
    await client.stop();
  }
});

test('malformed JSON and broken front matter give diagnostics, and the server keeps serving', async () => {
  const client = await startClient();
  try {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x/bad.card.json', languageId: 'json', version: 1, text: '{"front": "扫码进群", ' } });
    const bad = await client.waitFor('file:///tmp/x/bad.card.json', (x) => x.version === 1);
    assert.ok(bad.diagnostics.some((d) => d.code === 'copyguard/json-syntax'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x/fm.live.md', languageId: 'markdown', version: 1, text: '---\nplatforms: [douyin\nkind live\n---\n进群领券\n' } });
    const fm = await client.waitFor('file:///tmp/x/fm.live.md', (x) => x.version === 1);
    assert.ok(fm.diagnostics.some((d) => d.code === 'copyguard/front-matter'), JSON.stringify(fm.diagnostics));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///tmp/x/fm.live.md' }, position: { line: 4, character: 0 } });
    assert.ok(hover, 'hover still answered');
  } finally {
    await client.stop();
  }
});

test('answers LSP 3.17 pull diagnostics when the client supports them, with rule doc links', async () => {
  const client = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  try {
    const uri = 'file:///tmp/copyguard-test/pull.card.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '扫码领红包\n' } });
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      kind: string;
      items: { code: string; codeDescription?: { href: string } }[];
    };
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['douyin/qr-code']);
    assert.match(report.items[0]!.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/douyin\.md#douyinqr-code$/);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0, 'no push when the client pulls');
  } finally {
    await client.stop();
  }
});

test('a document opened is checked and published once, during start-up and after it', async () => {
  const client = await startClient();
  try {
    // The first may come while the server still loads settings and packs; the second after.
    for (const name of ['early', 'later']) {
      const uri = `file:///tmp/copyguard-test/${name}.listing.md`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '有问题加我薇信 abc_12345。\n' } });
      await client.waitFor(uri, (p) => p.version === 1);
      // A second publication would have come by now.
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(client.published.filter((p) => p.uri === uri).length, 1, name);
    }
  } finally {
    await client.stop();
  }
});
