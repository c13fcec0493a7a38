/**
 * A minimal LSP client over stdio for tests: starts the built server (dist/server.js), speaks
 * JSON-RPC through vscode-jsonrpc, and waits for notifications with a deadline.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string; code?: string; severity?: number; data?: unknown }[];
}

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  published: Published[];
  /** What the server wrote to stderr (uncaught errors end up there). */
  stderr: string[];
  /** window/logMessage notifications. */
  logs: { type: number; message: string }[];
  /** Write one raw frame (any body, even not JSON) to the server's stdin. */
  raw(body: string, header?: string): Promise<void>;
  /** Resolve with the first publication for `uri` (after `after` publications) that satisfies `pred`. */
  waitFor(uri: string, pred: (p: Published) => boolean, timeoutMs?: number): Promise<Published>;
  stop(): Promise<void>;
}

export const SERVER = resolve(__dirname, '../../../dist/server.js');
/** The check worker's bundle, beside it. */
export const CHECK_WORKER = resolve(__dirname, '../../../dist/checkWorker.js');

export async function startClient(
  opts: {
    capabilities?: object;
    initializationOptions?: object;
    rootUri?: string | null;
    answerConfiguration?: boolean;
    configuration?: object;
    /** Node options before the server script, e.g. ['--require', preload]. */
    nodeArgs?: string[];
    env?: NodeJS.ProcessEnv;
    /** Arguments after `--stdio`, e.g. ['--no-worker']. */
    serverArgs?: string[];
  } = {},
): Promise<TestClient> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), SERVER, '--stdio', ...(opts.serverArgs ?? [])], { stdio: 'pipe', env: opts.env ?? process.env });
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published: Published[] = [];
  const stderr: string[] = [];
  const logs: { type: number; message: string }[] = [];
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk: string) => stderr.push(chunk));
  const waiters: { uri: string; pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    opts.answerConfiguration === false ? new Promise(() => undefined) : params.items.map(() => ({ debounceMs: 0, ...opts.configuration })),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('copyguard/status', () => undefined);
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => void logs.push(p));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    capabilities: opts.capabilities ?? { workspace: { configuration: true } },
    initializationOptions: opts.initializationOptions ?? { settings: { debounceMs: 0 } },
    locale: 'zh-cn',
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: proc,
    published,
    stderr,
    logs,
    raw(body, header) {
      const bytes = Buffer.from(body, 'utf8');
      return new Promise((done) => proc.stdin.write(`${header ?? `Content-Length: ${bytes.length}`}\r\n\r\n`, () => proc.stdin.write(bytes, () => done())));
    },
    waitFor(uri, pred, timeoutMs = 5000) {
      const hit = published.find((p) => p.uri === uri && pred(p));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (p) => { clearTimeout(timer); resolvePromise(p); } });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      proc.kill();
    },
  };
}
