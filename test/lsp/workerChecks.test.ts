/**
 * The check worker (lsp/workerChecks.ts with the built server bundle as the worker): a large
 * document's diagnostics come before its result, and a newer check of the same document replaces
 * the running one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerChecks, type WorkerDiagnostics } from '../../server/src/lsp/workerChecks';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { makeDoc } from '../../scripts/bench/corpus';
import { SERVER } from './client';

const decode = (chunks: Uint8Array[]) => JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[];

test('the diagnostics of a worker check arrive before its result, and are the whole check', async () => {
  const workers = new WorkerChecks(SERVER);
  try {
    const doc = makeDoc('markdown', 'listing', 400 * 1024, 3);
    const uri = `file:///tmp/worker/${doc.fileName}`;
    let early: WorkerDiagnostics | undefined;
    let resolved = false;
    const done = await workers.run({ uri, languageId: 'markdown', version: 1, input: { text: doc.text, fileName: doc.fileName }, lang: 'zh' }, { packs: builtinPacks() }, (d) => {
      assert.ok(!resolved, 'diagnostics after the result');
      early = d;
    });
    resolved = true;
    assert.ok(done && early, 'both arrived');
    assert.deepEqual(decode(done.diagnostics), decode(early.diagnostics));
    const want = createChecker({ packs: builtinPacks() }).check({ text: doc.text, fileName: doc.fileName });
    assert.equal(decode(done.diagnostics).length, want.findings.length + want.problems.length);
    assert.equal((JSON.parse(Buffer.concat(done.result).toString('utf8')) as { findings: unknown[] }).findings.length, want.findings.length);
  } finally {
    workers.dispose();
  }
});

test('a newer check of the same document replaces the running one: it ends with nothing', async () => {
  const workers = new WorkerChecks(SERVER);
  try {
    const doc = makeDoc('markdown', 'listing', 400 * 1024, 4);
    const uri = `file:///tmp/worker/${doc.fileName}`;
    const request = (version: number) => ({ uri, languageId: 'markdown', version, input: { text: doc.text, fileName: doc.fileName }, lang: 'zh' as const });
    const first = workers.run(request(1), { packs: builtinPacks() });
    const second = workers.run(request(2), { packs: builtinPacks() });
    assert.equal(await first, undefined);
    assert.ok(await second);
  } finally {
    workers.dispose();
  }
});
