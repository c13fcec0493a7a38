/**
 * The check worker (lsp/workerChecks.ts with the built worker bundle, dist/checkWorker.js): a large
 * document's diagnostics come before its result, and a newer check of the same document replaces
 * the running one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerChecks, type WorkerDiagnostics } from '../../server/src/lsp/workerChecks';
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { makeDoc } from '../../scripts/bench/corpus';
import { CHECK_WORKER } from './client';

const decode = (chunks: Uint8Array[]) => JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[];

test('the diagnostics of a worker check arrive before its result, and are the whole check', async () => {
  const workers = new WorkerChecks(CHECK_WORKER);
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
  const workers = new WorkerChecks(CHECK_WORKER);
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

/** A worker check of `doc` as version `version`. */
function request(doc: { text: string; fileName: string }, version: number) {
  return { uri: `file:///tmp/worker/${doc.fileName}`, languageId: 'markdown', version, input: { text: doc.text, fileName: doc.fileName }, lang: 'zh' as const };
}
/** Findings of an in-process check, what the worker's must equal. */
const findingsIn = (text: string, fileName: string) => createChecker({ packs: builtinPacks() }).check({ text, fileName }).findings.length;
const findingsOf = (r: { result: Uint8Array[] } | undefined) => (JSON.parse(Buffer.concat(r!.result).toString('utf8')) as { findings: unknown[] }).findings.length;

test('checks of documents up to 1M units run one after another on one thread, which ends when idle', async () => {
  const workers = new WorkerChecks(CHECK_WORKER, { idleMs: 300 });
  try {
    const doc = makeDoc('markdown', 'listing', 400 * 1024, 5);
    const want = findingsIn(doc.text, doc.fileName);
    assert.equal(findingsOf(await workers.run(request(doc, 1), { packs: builtinPacks() })), want);
    const thread = workers.threadId;
    assert.ok(thread !== undefined, 'the thread stays after its job');
    // An edit: the same thread checks the new version.
    const edited = { ...doc, text: doc.text.replace('。', '，加我微信 abc12345。') };
    const wantEdited = findingsIn(edited.text, doc.fileName);
    assert.ok(wantEdited > want);
    assert.equal(findingsOf(await workers.run(request(edited, 2), { packs: builtinPacks() })), wantEdited);
    assert.equal(workers.threadId, thread);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(workers.threadId, undefined, 'the idle thread ended');
  } finally {
    workers.dispose();
  }
});

test('a replaced check ends with nothing at once, and the next waits for it on the same thread', async () => {
  const workers = new WorkerChecks(CHECK_WORKER);
  try {
    const doc = makeDoc('markdown', 'listing', 900 * 1024, 6);
    await workers.run(request({ ...doc, text: '# 热身\n' }, 1), { packs: builtinPacks() });
    const thread = workers.threadId;
    assert.ok(thread !== undefined);
    const first = workers.run(request(doc, 2), { packs: builtinPacks() });
    await new Promise((r) => setTimeout(r, 20));
    const second = workers.run(request(doc, 3), { packs: builtinPacks() });
    assert.equal(await first, undefined);
    const want = findingsIn(doc.text, doc.fileName);
    assert.equal(findingsOf(await second), want);
    assert.equal(workers.threadId, thread, 'no second thread was started');
  } finally {
    workers.dispose();
  }
});

test('the thread that checked a document longer than 1M units ends with its job, done or replaced', async () => {
  const workers = new WorkerChecks(CHECK_WORKER);
  try {
    const doc = makeDoc('markdown', 'listing', 4 * 1024 * 1024, 7);
    assert.ok(doc.text.length > 1 << 20);
    assert.ok(await workers.run(request(doc, 1), { packs: builtinPacks() }));
    assert.equal(workers.threadId, undefined, 'ended after its job');
    const first = workers.run(request(doc, 2), { packs: builtinPacks() });
    await new Promise((r) => setTimeout(r, 20));
    const thread = workers.threadId;
    const second = workers.run(request(doc, 3), { packs: builtinPacks() });
    assert.notEqual(workers.threadId, thread, 'a new thread for the newer check');
    assert.equal(await first, undefined);
    assert.ok(await second);
  } finally {
    workers.dispose();
  }
});

/** A stand-in worker that hangs on version 1 of any document and answers any other at once. */
function hangingWorker(): { script: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'copyguard-worker-'));
  const script = join(dir, 'hangs.js');
  writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.version === 1) for (;;);
  parentPort.postMessage({ id: job.id, diagnostics: { status: {}, chunks: [] } });
  parentPort.postMessage({ id: job.id, result: [] });
});`,
  );
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

test('a replaced check that never notices its flag has its thread ended after a grace period', { timeout: 20_000 }, async () => {
  const stand = hangingWorker();
  const workers = new WorkerChecks(stand.script, { cancelGraceMs: 200 });
  try {
    const doc = { text: '# 小文档\n', fileName: 'hangs.listing.md' };
    const first = workers.run(request(doc, 1), { packs: builtinPacks() });
    await new Promise((r) => setTimeout(r, 100));
    const stuck = workers.threadId;
    const second = workers.run(request(doc, 2), { packs: builtinPacks() });
    assert.equal(await first, undefined);
    assert.deepEqual(await second, { status: {}, diagnostics: [], result: [] });
    assert.notEqual(workers.threadId, stuck, 'the stuck thread was replaced');
  } finally {
    workers.dispose();
    stand.remove();
  }
});

test('a check that never ends fails after the time limit, and the checks after it run', { timeout: 20_000 }, async () => {
  const stand = hangingWorker();
  // The limit counts from the job's start, the thread's start included: not too tight for a busy machine.
  const workers = new WorkerChecks(stand.script, { jobTimeoutMs: 2_000 });
  try {
    const stuck = workers.run(request({ text: '# 一\n', fileName: 'a.listing.md' }, 1), { packs: builtinPacks() });
    const next = workers.run(request({ text: '# 二\n', fileName: 'b.listing.md' }, 2), { packs: builtinPacks() });
    await assert.rejects(stuck, /no result for .*a\.listing\.md after 2000 ms/);
    assert.deepEqual(await next, { status: {}, diagnostics: [], result: [] });
  } finally {
    workers.dispose();
    stand.remove();
  }
});

test('a thread started ahead of a job makes its checker then, and the job runs on it with those packs', async () => {
  const workers = new WorkerChecks(CHECK_WORKER, { idleMs: 300 });
  try {
    const options = { packs: builtinPacks() };
    workers.prestart(options);
    const thread = workers.threadId;
    assert.ok(thread !== undefined, 'a thread is there before any job');
    workers.prestart(options);
    assert.equal(workers.threadId, thread, 'no second thread');
    // The job does not carry the packs again: only a checker made from the prepare message checks it.
    const doc = makeDoc('markdown', 'listing', 400 * 1024, 8);
    assert.equal(findingsOf(await workers.run(request(doc, 1), options)), findingsIn(doc.text, doc.fileName));
    assert.equal(workers.threadId, thread);
  } finally {
    workers.dispose();
  }
});

test('a worker given the main checker\'s shared tables checks with them as that checker does; with a workspace word too', async () => {
  const workers = new WorkerChecks(CHECK_WORKER);
  try {
    const doc = makeDoc('markdown', 'listing', 300 * 1024, 9);
    const text = doc.text + '\n\n欢迎来逛逛蘑菇小铺的橱窗\n';
    for (const overlays of [[], [{ words: { 'pinduoduo/contact-diversion': ['蘑菇小铺'] } }]]) {
      const main = createChecker({ packs: builtinPacks(), overlays });
      const want = main.check({ text, fileName: doc.fileName }).findings.length;
      const done = await workers.run(request({ text, fileName: doc.fileName }, 1), { packs: builtinPacks(), overlays, tables: main.shareTables() });
      assert.equal(findingsOf(done), want);
    }
    // Tables for the same words whose table says nothing: a worker that used them finds less, so it did not build its own.
    const tables = createChecker({ packs: builtinPacks() }).shareTables()!;
    const blank = { ...tables, delta: new Uint16Array(new SharedArrayBuffer(tables.delta.byteLength)) };
    assert.ok(findingsOf(await workers.run(request({ text, fileName: doc.fileName }, 3), { packs: builtinPacks(), tables: blank })) < findingsIn(text, doc.fileName));
    assert.ok(findingsIn(text, doc.fileName) < findingsOf(await workers.run(request({ text, fileName: doc.fileName }, 2), { packs: builtinPacks(), overlays: [{ words: { 'pinduoduo/contact-diversion': ['蘑菇小铺'] } }] })), 'the workspace word counts');
  } finally {
    workers.dispose();
  }
});

test('a thread started ahead of a job that never comes ends when idle', async () => {
  const workers = new WorkerChecks(CHECK_WORKER, { idleMs: 300 });
  try {
    workers.prestart({ packs: builtinPacks() });
    assert.ok(workers.threadId !== undefined);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(workers.threadId, undefined);
  } finally {
    workers.dispose();
  }
});
