/**
 * Drives the built language server (dist/server.js) over stdio (or Node IPC, with `ipc`) as an editor would, with
 * timestamps on everything: publications by version, request round trips, peak RSS of the
 * server process. (test/lsp/client.ts is the tests' client; this one measures.)
 */
import { fork, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_OPTIONS } from '../../server/src/node/launch';

export const SERVER = resolve(__dirname, 'server.js');

export interface Publication {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number } }; code?: string; data?: unknown }[];
  /** performance.now() when it arrived. */
  at: number;
}

export class BenchClient {
  readonly published: Publication[] = [];
  private waiters: { uri: string; version: number; resolve: (p: Publication) => void }[] = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcessWithoutNullStreams,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: Omit<Publication, 'at'>) => {
      const pub = { ...p, at: performance.now() };
      this.published.push(pub);
      if (this.published.length > 1000) this.published.splice(0, 500);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== pub.uri || (pub.version ?? -1) < w.version) return true;
        w.resolve(pub);
        return false;
      });
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('copyguard/status', () => undefined);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
  }

  /**
   * Spawn the server; `initialized` is sent once initialize has answered. `ipc`: over Node's IPC
   * channel (vscode-languageclient's TransportKind.ipc) instead of stdio.
   */
  static async start(opts: { ipc?: boolean } = {}): Promise<{ client: BenchClient; spawnedAt: number; initializeAt: number; initializedAt: number }> {
    const spawnedAt = performance.now();
    // Node's options as the extension starts the server with them; COPYGUARD_BENCH_SERVER_ARGS="--cpu-prof
    // --cpu-prof-dir=prof" adds others (it profiles the server under the bench).
    const nodeArgs = [...SERVER_NODE_OPTIONS, ...(process.env.COPYGUARD_BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [])];
    const proc = opts.ipc
      ? (fork(SERVER, ['--node-ipc'], { execArgv: nodeArgs, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }) as ChildProcessWithoutNullStreams)
      : spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: 'pipe' });
    proc.stderr.resume();
    if (opts.ipc) proc.stdout.resume();
    const connection = opts.ipc
      ? createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
      : createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new BenchClient(connection, proc);
    const initializeAt = performance.now();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { settings: { debounceMs: 0 } },
      locale: 'zh-cn',
    });
    await connection.sendNotification('initialized', {});
    return { client, spawnedAt, initializeAt, initializedAt: performance.now() };
  }

  /** The first publication for `uri` at `version` or later. */
  waitFor(uri: string, version: number, timeoutMs = 60_000): Promise<Publication> {
    const hit = this.published.find((p) => p.uri === uri && (p.version ?? -1) >= version);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolvePromise(p); } });
    });
  }

  open(uri: string, text: string, languageId: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Round-trip time of one request, ms. */
  async timed(method: string, params: unknown): Promise<number> {
    const t = performance.now();
    await this.connection.sendRequest(method, params);
    return performance.now() - t;
  }

  /** Peak resident set size of the server process so far (Linux), MB. */
  peakRssMb(): number {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    // Let it exit by itself (a profile is written on exit), then make sure it is gone.
    if (this.process.exitCode === null) await new Promise((r) => { this.process.once('exit', r); setTimeout(r, 3000); });
    this.connection.dispose();
    this.process.kill();
  }
}

/** Line and character of `offset` in `text` (UTF-16, as LSP counts). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
