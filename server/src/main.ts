#!/usr/bin/env node
/** Entry of the language server: `copyguard-language-server --stdio` (VS Code's client starts it so too), or IPC (`--node-ipc`). */
import { format } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { SLICED_FROM, startServer, type ServerHandle } from './lsp/server';
import { IncrementalMessageReader } from './node/messageReader';
import { RawJsonMessageWriter } from './node/messageWriter';

process.on('uncaughtException', (e) => process.stderr.write(`copyguard-language-server: ${e.stack ?? e.message}\n`));
process.on('unhandledRejection', (e) => process.stderr.write(`copyguard-language-server: ${String(e)}\n`));
let server: ServerHandle | undefined;
const connection = process.argv.includes('--stdio') ? stdioConnection(() => server?.largeMessageComing()) : createConnection(ProposedFeatures.all);
// The check worker's bundle (checkWorkerMain.ts, beside this one) checks large documents in a
// worker thread; with --no-worker the main thread checks them in slices (no second heap: for
// tight memory, or no worker threads), as they do when the worker's bundle is missing.
const checkWorker = join(__dirname, 'checkWorker.js');
server = startServer(connection, process.argv.includes('--no-worker') || !existsSync(checkWorker) ? {} : { checkWorker });

/**
 * Over stdio with our own reader and writer: a large document is decoded as it arrives and large
 * diagnostics go out as the bytes they were serialized to (see node/messageReader.ts, lsp/rawJson.ts).
 */
function stdioConnection(largeMessageComing: () => void): Connection {
  // A body this long may carry a large document (at least one byte per character).
  const reader = new IncrementalMessageReader(process.stdin, { bytes: SLICED_FROM, onMessage: largeMessageComing });
  // What vscode-languageserver does for --stdio: exit when the client goes away, and keep
  // console output off stdout, where it would break the protocol.
  const exit = () => process.exit(reader.shutdownRequested ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
  return createConnection(ProposedFeatures.all, reader, new RawJsonMessageWriter(process.stdout));
}
