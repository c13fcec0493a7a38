/**
 * SlicedChecks (the --no-worker server's way with large documents): work runs a slice at a time
 * with the event loop between slices, a newer check of a document replaces its running one, and a
 * failing check does not stop the others.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlicedChecks } from '../../server/src/lsp/slicedChecks';

/** Steps that each keep the thread busy for about `ms`; `log` records each step taken. */
function* busy(steps: number, ms: number, log: string[], name: string, result: string): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    log.push(name);
    yield;
  }
  return result;
}

test('a long check lets the event loop run between its slices', async () => {
  const sliced = new SlicedChecks();
  const log: string[] = [];
  let ticks = 0;
  const tick = setInterval(() => ticks++, 1);
  try {
    const result = await sliced.run('file:///a.md', () => busy(60, 1, log, 'a', 'done'));
    assert.equal(result, 'done');
    assert.equal(log.length, 60);
    // 60 ms of work in 5 ms slices: the timer got turns in between.
    assert.ok(ticks >= 5, `timer ran ${ticks} times`);
  } finally {
    clearInterval(tick);
  }
});

test('a newer check of the same document replaces the running one at once', async () => {
  const sliced = new SlicedChecks();
  const log: string[] = [];
  const first = sliced.run('file:///a.md', () => busy(1000, 1, log, 'old', 'old'));
  // Let the first one take a slice or two.
  await new Promise((r) => setTimeout(r, 12));
  const stepsBefore = log.length;
  assert.ok(stepsBefore > 0 && stepsBefore < 1000);
  const second = sliced.run('file:///a.md', () => busy(3, 0, log, 'new', 'new'));
  assert.equal(await first, undefined);
  assert.equal(await second, 'new');
  assert.equal(log.filter((x) => x === 'old').length, stepsBefore, 'the replaced check took no step after it was replaced');
});

test('cancel drops a document’s check; others go on', async () => {
  const sliced = new SlicedChecks();
  const log: string[] = [];
  const a = sliced.run('file:///a.md', () => busy(1000, 1, log, 'a', 'a'));
  const b = sliced.run('file:///b.md', () => busy(3, 0, log, 'b', 'b'));
  sliced.cancel('file:///a.md');
  assert.equal(await a, undefined);
  assert.equal(await b, 'b');
});

test('documents take turns in the order they were asked for; a failing check rejects and the next still runs', async () => {
  const sliced = new SlicedChecks();
  const log: string[] = [];
  const failing = sliced.run('file:///bad.md', function* () {
    yield;
    throw new Error('broken document');
  });
  const a = sliced.run('file:///a.md', () => busy(10, 1, log, 'a', 'a'));
  const b = sliced.run('file:///b.md', () => busy(10, 1, log, 'b', 'b'));
  await assert.rejects(failing, /broken document/);
  assert.deepEqual(await Promise.all([a, b]), ['a', 'b']);
  assert.deepEqual(log, [...Array(10).fill('a'), ...Array(10).fill('b')]);
});
