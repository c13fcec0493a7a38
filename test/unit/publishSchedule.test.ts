/** When diagnostics go out after changes (lsp/publishSchedule.ts): at once when idle, after a pause while typing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PublishSchedule } from '../../server/src/lsp/publishSchedule';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a change after a quiet spell goes out at once; changes while typing go out once, after the pause', async () => {
  const published: string[] = [];
  const schedule = new PublishSchedule((uri) => published.push(uri), () => 60);
  try {
    schedule.changed('a');
    assert.deepEqual(published, ['a'], 'idle: at once');
    schedule.changed('a');
    schedule.changed('a');
    assert.deepEqual(published, ['a'], 'typing: not yet');
    await wait(120);
    assert.deepEqual(published, ['a', 'a'], 'once, after the pause');
    // Another document has its own timing.
    schedule.changed('b');
    assert.deepEqual(published, ['a', 'a', 'b']);
  } finally {
    schedule.dispose();
  }
});

test('debounce 0 publishes every change at once; a closed document publishes nothing pending', async () => {
  const published: string[] = [];
  let debounce = 0;
  const schedule = new PublishSchedule((uri) => published.push(uri), () => debounce);
  try {
    schedule.changed('a');
    schedule.changed('a');
    assert.deepEqual(published, ['a', 'a']);
    debounce = 60;
    schedule.changed('a');
    assert.equal(published.length, 2, 'changed just now: waits');
    schedule.forget('a');
    await wait(120);
    assert.equal(published.length, 2, 'closed: nothing goes out');
  } finally {
    schedule.dispose();
  }
});
