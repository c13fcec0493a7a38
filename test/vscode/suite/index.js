// Runs inside VS Code's extension host (see ../run.mjs): the scenarios of the code-server UI test
// through the VS Code API. Expectations (the CLI's findings for the same files) come in the JSON
// file named by COPYGUARD_EXPECT. Every wait polls with a deadline.
// (The status bar item and the quick pick have no API to read or drive them; the UI test covers them.)
const assert = require('node:assert/strict');
const { readFileSync, writeFileSync } = require('node:fs');
const vscode = require('vscode');

async function until(what, fn, timeoutMs = 20_000) {
  const started = Date.now();
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const toRange = (r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const copyGuard = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'CopyGuard');
const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));

/** Each expected finding as a diagnostic over exactly its text. */
async function assertDiagnostics(file) {
  const uri = vscode.Uri.file(file.path);
  await until(`${file.diagnostics.length} CopyGuard diagnostics in ${file.name}`, () => {
    const got = copyGuard(uri);
    return file.diagnostics.every((e) => got.some((d) => codeOf(d) === e.ruleId && d.range.isEqual(toRange(e.range))));
  });
  const doc = await vscode.workspace.openTextDocument(uri);
  for (const e of file.diagnostics) if (e.snippet !== undefined) assert.equal(doc.getText(toRange(e.range)), e.snippet);
}

async function open(file) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file.path));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

const scenarios = {
  async 'Markdown listing, JSON livestream script and package card: diagnostics over the offending text'(expect) {
    for (const name of ['jacket.listing.md', 'tea.live.json', 'thanks.card.md']) {
      const file = expect.files.find((f) => f.name === name);
      assert.ok(file && file.diagnostics.length, `expectations for ${name}`);
      await open(file);
      await assertDiagnostics(file);
    }
  },

  async 'hover: the rule title and the penalty tiers'(expect) {
    const file = expect.files.find((f) => f.name === 'jacket.listing.md');
    const e = file.diagnostics[0];
    const doc = await open(file);
    const position = new vscode.Position(e.range.start.line, e.range.start.character + 1);
    const text = await until('a CopyGuard hover', async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
      const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return all.includes(e.ruleId) ? all : undefined;
    });
    assert.ok(text.includes(e.title), `hover names “${e.title}”`);
    assert.match(text, /Penalty tiers/);
    assert.match(text, /\| Tier \| When \| Consequence \|/);
  },

  async 'quick fixes: the compliant rewrite removes the diagnostic; rule documentation opens'(expect) {
    const file = expect.files.find((f) => f.name === 'jacket.listing.md');
    const e = file.diagnostics.find((d) => d.rewrite);
    assert.ok(e, 'a finding with a rewrite');
    const doc = await open(file);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, toRange(e.range), vscode.CodeActionKind.QuickFix.value);
    const rewrite = actions.find((a) => a.title === e.rewrite.title);
    assert.ok(rewrite && rewrite.edit, `“${e.rewrite.title}” among ${actions.map((a) => a.title).join(' | ')}`);
    const docs = actions.find((a) => a.command && a.command.command === 'copyguard.showRuleDocumentation');
    assert.ok(docs, `“Show documentation for ${e.ruleId}” among ${actions.map((a) => a.title).join(' | ')}`);

    assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
    assert.ok(doc.getText().includes(e.rewrite.edits[0].newText));
    await until(`${e.ruleId} gone after the rewrite`, () => !copyGuard(doc.uri).some((d) => codeOf(d) === e.ruleId));

    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
    const platform = e.ruleId.split('/')[0];
    await until(`the preview of ${platform}.md`, () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.includes(`${platform}.md`));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  },

  async '“CopyGuard: Check workspace” publishes files that were never opened'(expect) {
    const file = expect.files.find((f) => f.name === 'cup.listing.md');
    assert.ok(file && file.diagnostics.length, 'expectations for more/cup.listing.md');
    assert.equal(copyGuard(vscode.Uri.file(file.path)).length, 0, 'nothing before the check');
    await vscode.commands.executeCommand('copyguard.checkWorkspace');
    await assertDiagnostics(file);
  },

  async 'copyguard.language = zh-cn: messages in Chinese'(expect) {
    const file = expect.files.find((f) => f.name === 'thanks.card.md');
    await open(file);
    await vscode.workspace.getConfiguration('copyguard').update('language', 'zh-cn', vscode.ConfigurationTarget.Workspace);
    try {
      await until('a Chinese message', () => copyGuard(vscode.Uri.file(file.path)).some((d) => d.message.startsWith('【')));
    } finally {
      await vscode.workspace.getConfiguration('copyguard').update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
  },
};

exports.run = async function run() {
  const expect = JSON.parse(readFileSync(process.env.COPYGUARD_EXPECT, 'utf8'));
  const failed = [];
  const passed = [];
  for (const [name, scenario] of Object.entries(scenarios)) {
    const started = Date.now();
    try {
      await scenario(expect);
      passed.push(`${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed.push(name);
      console.error(`✖ ${name}\n${err && err.stack ? err.stack : err}`);
    }
  }
  if (failed.length) throw new Error(`${failed.length} of ${Object.keys(scenarios).length} scenarios failed: ${failed.join('; ')}`);
  // Read by run.mjs: proof that the suite ran (VS Code's exit code alone is not).
  if (process.env.COPYGUARD_RESULT) writeFileSync(process.env.COPYGUARD_RESULT, JSON.stringify({ passed }));
};
