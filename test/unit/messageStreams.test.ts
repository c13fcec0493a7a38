/** The stdio reader and writer: framing across any chunk boundaries, RawJson spliced in as bytes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-jsonrpc';
import { IncrementalMessageReader } from '../../server/src/node/messageReader';
import { RawJsonMessageWriter, encode } from '../../server/src/node/messageWriter';
import { RawJson } from '../../server/src/lsp/rawJson';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`) => Buffer.from(`${header}\r\n\r\n${body}`, 'utf8');

function readAll(bytes: Buffer, chunkSize: number): { messages: Message[]; errors: Error[] } {
  const stream = new PassThrough();
  const reader = new IncrementalMessageReader(stream);
  const messages: Message[] = [];
  const errors: Error[] = [];
  reader.onError((e) => errors.push(e));
  reader.listen((m) => messages.push(m));
  // PassThrough delivers each write as one 'data' event, synchronously once flowing.
  for (let i = 0; i < bytes.length; i += chunkSize) stream.write(bytes.subarray(i, i + chunkSize));
  return { messages, errors };
}

test('messages split anywhere (inside headers and inside multi-byte characters) are read whole, in order', async () => {
  const bodies = [
    { jsonrpc: '2.0', method: 'a', params: { text: '扫码加微信 😀 abc\n'.repeat(50) } },
    { jsonrpc: '2.0', id: 1, method: 'b', params: {} },
    { jsonrpc: '2.0', id: 2, result: null },
  ];
  const bytes = Buffer.concat(bodies.map((b) => frame(JSON.stringify(b))));
  for (const size of [1, 2, 3, 5, 7, 64, 1000, bytes.length]) {
    const { messages, errors } = readAll(bytes, size);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(errors, [], `chunks of ${size}`);
    assert.deepEqual(messages, bodies, `chunks of ${size}`);
  }
});

test('a body that is not JSON is an error, and the next message is still read', async () => {
  const bytes = Buffer.concat([frame('{ not json'), frame('{"jsonrpc":"2.0","method":"ok"}'), frame('{}', 'Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')]);
  const { messages, errors } = readAll(bytes, 4);
  await new Promise((r) => setImmediate(r));
  assert.equal(errors.length, 1);
  assert.deepEqual(messages, [{ jsonrpc: '2.0', method: 'ok' }, {}]);
});

test('the header of a long body is announced before the body is read; short ones are not', () => {
  const stream = new PassThrough();
  const events: string[] = [];
  const reader = new IncrementalMessageReader(stream, { bytes: 1000, onMessage: () => events.push('large') });
  reader.listen((m) => events.push((m as unknown as { method: string }).method));
  const long = frame(JSON.stringify({ jsonrpc: '2.0', method: 'long', params: { text: '文'.repeat(400) } }));
  const short = frame('{"jsonrpc":"2.0","method":"short"}');
  stream.write(long.subarray(0, 40));
  assert.deepEqual(events, ['large']);
  stream.write(Buffer.concat([long.subarray(40), short]));
  assert.deepEqual(events, ['large', 'long', 'short']);
});

test('the shutdown request is noted (the exit code when stdin ends)', () => {
  const stream = new PassThrough();
  const reader = new IncrementalMessageReader(stream);
  reader.listen(() => undefined);
  assert.equal(reader.shutdownRequested, false);
  stream.write(frame('{"jsonrpc":"2.0","id":3,"method":"shutdown"}'));
  assert.equal(reader.shutdownRequested, true);
});

test('a RawJson params or result goes out as its bytes; the framing counts bytes', async () => {
  const raw = RawJson.object({ uri: 'file:///a.md', version: 3 }, 'diagnostics', [Buffer.from('[{"message":"微信"}]')]);
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: raw } as unknown as Message;
  const expected = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', version: 3, diagnostics: [{ message: '微信' }] } };
  assert.deepEqual(JSON.parse(Buffer.concat(encode(msg)).toString()), expected);
  // Another transport serializes it as the value it stands for.
  assert.deepEqual(JSON.parse(JSON.stringify(msg)), expected);
  const response = { jsonrpc: '2.0', id: 7, result: new RawJson([Buffer.from('{"kind":"full","items":[]}')]) } as unknown as Message;
  assert.deepEqual(JSON.parse(Buffer.concat(encode(response)).toString()), { jsonrpc: '2.0', id: 7, result: { kind: 'full', items: [] } });

  const out = new PassThrough();
  const writer = new RawJsonMessageWriter(out);
  const received: Message[] = [];
  new IncrementalMessageReader(out).listen((m) => received.push(m));
  await writer.write(msg);
  await writer.write({ jsonrpc: '2.0', id: 1, result: '扫码' } as Message);
  assert.deepEqual(received, [expected, { jsonrpc: '2.0', id: 1, result: '扫码' }]);
});
