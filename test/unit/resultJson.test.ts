/** A check result handed from the check worker as JSON bytes comes back the same. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { resultFromJson, resultToJson } from '../../server/src/lsp/resultJson';
import { RawJson } from '../../server/src/lsp/rawJson';
import { diagnosticJsonSteps, toDiagnostics } from '../../server/src/lsp/diagnostics';
import { TextDocument } from 'vscode-languageserver-textdocument';

test('a result survives the trip, and a long shared path is written once', () => {
  const heading = `# ${'纯棉面料,舒适透气。'.repeat(2000)}加微信 abc12345 扫码进群 加我薇信 jacket_2024\n`;
  const result = createChecker({ packs: builtinPacks() }).check({ text: heading, fileName: 'a.listing.md' });
  assert.ok(result.findings.length >= 2);
  const json = resultToJson(result);
  assert.deepEqual(resultFromJson(json), result);
  assert.ok(json.byteLength < heading.length * 3 * 1.5, `${json.byteLength} bytes`);
});

test('RawJson.array gives the JSON of the array, in chunks', () => {
  for (const n of [0, 1, 255, 256, 257, 1000]) {
    const items = Array.from({ length: n }, (_, i) => ({ i, s: '微信' }));
    assert.deepEqual(RawJson.array(items).toJSON(), items);
  }
});

test('diagnostics serialized a chunk at a time are the JSON of the diagnostics', () => {
  const text = `---\nkind: nope\n---\n${'加我薇信 jacket_2024，扫码进群。\n'.repeat(300)}`;
  const result = createChecker({ packs: builtinPacks() }).check({ text, fileName: 'a.listing.md' });
  const doc = TextDocument.create('file:///a.listing.md', 'markdown', 3, text);
  assert.ok(result.problems.length >= 1 && result.findings.length > 256);
  const steps = diagnosticJsonSteps(doc, result, 'zh', { lean: true });
  let r = steps.next();
  while (!r.done) r = steps.next();
  assert.deepEqual(r.value.toJSON(), JSON.parse(JSON.stringify(toDiagnostics(doc, result, 'zh', { lean: true }))));
});
