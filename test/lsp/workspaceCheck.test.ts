/**
 * "Check workspace" over stdio: progress on the client's workDoneToken (what VS Code shows as a
 * notification with a count), open documents counted with their current text, unopened files
 * published; the "show documentation" code action when the client names a command for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startClient } from './client';

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'copyguard-wscheck-'));
  writeFileSync(join(root, 'a.listing.md'), '---\nplatforms: [douyin]\n---\n纯棉面料。\n');
  writeFileSync(join(root, 'b.card.md'), '---\nplatforms: [pinduoduo]\n---\n售后加微信 kf_2026 联系。\n');
  writeFileSync(join(root, 'notes.md'), '# 会议记录\n\n加微信 abc12345\n');
  return root;
}

test('check workspace: progress with a count on the client token, open and unopened files, in Chinese', async () => {
  const root = workspace();
  const client = await startClient({ rootUri: pathToFileURL(root).toString() });
  try {
    const openUri = pathToFileURL(join(root, 'a.listing.md')).toString();
    // Open with unsaved text that has a finding: the sweep counts the editor's text, not the file.
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: openUri, languageId: 'markdown', version: 1, text: '---\nplatforms: [douyin]\n---\n加我微信 abc12345\n' },
    });
    await client.waitFor(openUri, (p) => p.diagnostics.length === 1);
    const progress: { kind: string; title?: string; message?: string; percentage?: number }[] = [];
    client.connection.onNotification('$/progress', (p: { token: string; value: (typeof progress)[number] }) => {
      if (p.token === 'tok-1') progress.push(p.value);
    });
    const result = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'copyguard.server.checkWorkspace',
      arguments: [],
      workDoneToken: 'tok-1',
    });
    assert.deepEqual(result, { files: 3, findings: 2, cancelled: false });
    const unopened = pathToFileURL(join(root, 'b.card.md')).toString();
    const published = await client.waitFor(unopened, (p) => p.diagnostics.length > 0);
    assert.equal(published.diagnostics[0]!.code, 'pinduoduo/contact-diversion');
    // Progress notifications may trail the response by a tick.
    for (let i = 0; i < 50 && progress.at(-1)?.kind !== 'end'; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(progress[0]?.kind, 'begin');
    assert.equal(progress[0]?.title, 'CopyGuard:检查工作区');
    assert.deepEqual(
      progress.filter((p) => p.kind === 'report').map((p) => p.message),
      ['1/3', '2/3', '3/3'],
    );
    assert.equal(progress.at(-1)?.kind, 'end');
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('each finding offers “show documentation” when the client names a command for it', async () => {
  const root = workspace();
  const uri = pathToFileURL(join(root, 'b.card.md')).toString();
  const text = '---\nplatforms: [pinduoduo]\n---\n售后加微信 kf_2026 联系。\n';
  for (const ruleDocCommand of [undefined, 'copyguard.showRuleDocumentation']) {
    const client = await startClient({ rootUri: pathToFileURL(root).toString(), initializationOptions: { settings: { debounceMs: 0 }, ruleDocCommand } });
    try {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const { diagnostics } = await client.waitFor(uri, (p) => p.diagnostics.length > 0);
      const d = diagnostics[0]!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      })) as { title: string; command?: { command: string; arguments?: unknown[] } }[];
      const docs = actions.find((a) => a.command);
      if (!ruleDocCommand) {
        assert.equal(docs, undefined, 'no command the client cannot run');
        continue;
      }
      assert.ok(docs, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(docs.title, `查看 ${d.code} 的规则说明`);
      assert.deepEqual(docs.command, { title: docs.title, command: ruleDocCommand, arguments: [d.code] });
    } finally {
      await client.stop();
    }
  }
  rmSync(root, { recursive: true, force: true });
});
