/** Hover, code actions, as-of dates and workspace packs through the running server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startClient, type TestClient } from './client';
import { scratchDir } from '../scratch';

async function open(client: TestClient, uri: string, languageId: string, text: string) {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return client.waitFor(uri, (p) => p.version === 1);
}

async function hoverAt(client: TestClient, uri: string, line: number, character: number): Promise<string> {
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } } | null;
  return h?.contents.value ?? '';
}

test('hover shows rule, document, date, tiers table, channels and wording for each kind', async () => {
  const client = await startClient();
  try {
    const cases = [
      { uri: 'file:///w/a.listing.md', lang: 'markdown', text: '---\nplatforms: [douyin]\n---\n有问题加微信 abc12345 咨询\n' },
      { uri: 'file:///w/b.live.json', lang: 'json', text: '{"platforms":["douyin"],"segments":[{"lines":["评论区扣1拉群"]}]}' },
      { uri: 'file:///w/c.card.md', lang: 'markdown', text: '---\nplatforms: [douyin]\n---\n扫码领红包\n' },
    ];
    for (const c of cases) {
      const p = await open(client, c.uri, c.lang, c.text);
      const d = p.diagnostics.find((x) => String(x.code).startsWith('douyin/'))!;
      assert.ok(d, c.uri);
      const md = await hoverAt(client, c.uri, d.range.start.line, d.range.start.character + 1);
      assert.match(md, /抖音电商/);
      assert.match(md, /《商家-诱导第三方细则》/);
      assert.match(md, /2025-09-29/);
      assert.match(md, /\| 等级 \| 情形 \| 处罚 \| 金额\(元\) \|/);
      assert.match(md, /特别严重/);
      assert.match(md, /申诉/);
      assert.match(md, /允许的官方渠道/);
      assert.match(md, /合规写法/);
      assert.match(md, /未核实/, 'unverified amounts say so');
    }
  } finally {
    await client.stop();
  }
});

test('as-of dates switch Douyin’s tiers (2025-02 vs 2025-09-29 versions)', async () => {
  const uri = 'file:///w/d.card.md';
  const text = '---\nplatforms: [douyin]\n---\n扫码领红包\n';
  const before = await startClient({ initializationOptions: { settings: { debounceMs: 0, asOf: '2025-06-01' } }, capabilities: {} });
  try {
    await open(before, uri, 'markdown', text);
    const md = await hoverAt(before, uri, 3, 1);
    assert.match(md, /2025-02-24/);
    assert.match(md, /停业整顿 3 天/);
    assert.doesNotMatch(md, /5,000/);
  } finally {
    await before.stop();
  }
  const after = await startClient({ initializationOptions: { settings: { debounceMs: 0, asOf: '2025-10-01' } }, capabilities: {} });
  try {
    await open(after, uri, 'markdown', text);
    const md = await hoverAt(after, uri, 3, 1);
    assert.match(md, /5,000/);
    assert.match(md, /永久关闭商品分享/);
  } finally {
    await after.stop();
  }
});

test('code actions: preferred rewrite, removal, ignore here, allow in workspace, fix-all', async () => {
  const root = scratchDir('ws');
  const client = await startClient({ rootUri: pathToFileURL(root).toString() });
  try {
    const uri = pathToFileURL(join(root, 'a.listing.md')).toString();
    const p = await open(client, uri, 'markdown', '---\nplatforms: [taobao]\n---\n有问题加微信 abc12345 咨询。\n');
    const d = p.diagnostics.find((x) => x.code === 'taobao/contact-diversion')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as { title: string; kind: string; isPreferred?: boolean; edit?: { changes?: Record<string, { newText: string }[]>; documentChanges?: unknown[] } }[];
    const titles = actions.map((a) => a.title);
    assert.ok(actions.some((a) => a.isPreferred), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('删除')), titles.join(' | '));
    assert.ok(titles.some((t) => t.includes('旺旺')), 'rewrite names Taobao’s own channel');
    assert.ok(titles.some((t) => t.includes('忽略')), 'ignore here');
    const allow = actions.find((a) => a.title.includes('允许'));
    assert.ok(allow?.edit?.documentChanges, 'allow in workspace writes the allowlist');
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.copyguard');
    assert.ok(fixAll?.edit?.changes?.[uri]?.length);
    const onSave = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as { kind: string }[];
    assert.deepEqual(onSave.map((a) => a.kind), ['source.fixAll.copyguard']);
  } finally {
    await client.stop();
  }
});

test('workspace packs apply, a broken one is reported in its file, and the last good packs stay', async () => {
  const root = scratchDir('packs');
  const rules = join(root, '.copyguard', 'rules');
  mkdirSync(rules, { recursive: true });
  const packFile = join(rules, 'team.json');
  writeFileSync(packFile, JSON.stringify({ disable: ['douyin/qr-code'], words: { 'douyin/contact-diversion': ['青柠盒号'] } }));
  const client = await startClient({ rootUri: pathToFileURL(root).toString() });
  try {
    const uri = pathToFileURL(join(root, 'a.card.md')).toString();
    const text = '扫码领红包\n关注青柠盒号\n';
    const first = await open(client, uri, 'markdown', text);
    const codes = () => client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.map((d) => d.code);
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['douyin/contact-diversion']);
    // Break the pack: wrong type at /severity.
    writeFileSync(packFile, JSON.stringify({ disable: ['douyin/qr-code'], severity: { 'douyin/private-group': 'fatal' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(packFile).toString(), type: 2 }] });
    const packDiag = await client.waitFor(pathToFileURL(packFile).toString(), (p) => p.diagnostics.length > 0);
    assert.match(packDiag.diagnostics[0]!.message, /severity/);
    assert.deepEqual(codes(), ['douyin/contact-diversion'], 'last good packs still in force');
    // Fix it: changes apply without restarting.
    writeFileSync(packFile, JSON.stringify({ severity: { 'douyin/qr-code': 'warning' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(packFile).toString(), type: 2 }] });
    const after = await client.waitFor(uri, (p) => p.diagnostics.some((d) => d.code === 'douyin/qr-code'));
    assert.equal(after.diagnostics.find((d) => d.code === 'douyin/qr-code')!.severity, 2);
    await client.waitFor(pathToFileURL(packFile).toString(), (p) => p.diagnostics.length === 0);
  } finally {
    await client.stop();
  }
});

test('several findings at one place show together in one hover, in English when asked', async () => {
  const client = await startClient({ configuration: { language: 'en' } });
  try {
    const uri = 'file:///w/multi.card.md';
    await open(client, uri, 'markdown', '---\nplatforms: [douyin, pinduoduo]\n---\n扫码领红包\n');
    const md = await hoverAt(client, uri, 3, 0);
    assert.match(md, /Douyin e-commerce/);
    assert.match(md, /Pinduoduo/);
    assert.match(md, /\| Tier \| When \| Consequence \| Amount \(yuan\) \|/);
    assert.equal(md.split('\n---\n').length, 2, 'one section per rule');
  } finally {
    await client.stop();
  }
});
