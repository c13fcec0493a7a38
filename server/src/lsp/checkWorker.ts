/**
 * The check worker: a thread that checks large documents, so the server's main thread only
 * relays (it answers hover and code actions on other documents meanwhile, and the check runs on
 * another core). It also turns the findings into diagnostics and serializes them: the main thread
 * gets bytes to send and the result as JSON text, parsed only if a hover or code action on that
 * document needs it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, type CheckInput, type Checker, type CheckerOptions } from '../engine';
import { diagnosticJsonSteps } from './diagnostics';
import { statusOf, type Status } from './status';
import { resultToJson } from './resultJson';
import { RawJson } from './rawJson';

export interface WorkerJob {
  id: number;
  uri: string;
  languageId: string;
  version: number;
  input: CheckInput;
  lang: 'zh' | 'en';
  /** Packs to check with; sent when they changed since the last job. */
  packs?: CheckerOptions;
}

/** Sent ahead of a job that is on its way: make the checker now, while the document is read. */
export interface WorkerPrepare {
  packs: CheckerOptions;
}

export type WorkerReply =
  /** The diagnostics, first (they are what the editor waits for): chunks of JSON (see rawJson.ts). */
  | { id: number; diagnostics: { status: Status; chunks: Uint8Array[] } }
  /** Then the result itself (for hover and code actions), as chunks of JSON; the job is done. */
  | { id: number; result: Uint8Array[] }
  | { id: number; cancelled: true }
  | { id: number; error: string };

export interface WorkerData {
  /** [0]: id of a job the main thread no longer wants (a newer version replaced it). */
  cancel: Int32Array;
}

/** Entry of the worker thread. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker outside a worker thread');
  const { cancel } = workerData as WorkerData;
  let checker: Checker | undefined;
  port.on('message', (job: WorkerJob | WorkerPrepare) => {
    if (job.packs) checker = createChecker(job.packs);
    if (!('id' in job)) return;
    const send = (reply: WorkerReply) => {
      const chunks = 'diagnostics' in reply ? reply.diagnostics.chunks : 'result' in reply ? reply.result : [];
      port.postMessage(reply, new RawJson(chunks).buffers);
    };
    try {
      if (checker) check(checker, job, () => Atomics.load(cancel, 0) === job.id, send);
      else send({ id: job.id, error: 'no packs' });
    } catch (e) {
      send({ id: job.id, error: (e as Error).stack ?? String(e) });
    }
  });
}

function check(checker: Checker, job: WorkerJob, cancelled: () => boolean, send: (reply: WorkerReply) => void): void {
  // In steps only to notice a cancellation between two of them.
  const steps = checker.checkSteps(job.input);
  let r = steps.next();
  for (; !r.done; r = steps.next()) if (cancelled()) return send({ id: job.id, cancelled: true });
  const result = r.value;
  const doc = TextDocument.create(job.uri, job.languageId, job.version, job.input.text);
  const toDiagnostics = diagnosticJsonSteps(doc, result, job.lang, { lean: true });
  let d = toDiagnostics.next();
  for (; !d.done; d = toDiagnostics.next()) if (cancelled()) return send({ id: job.id, cancelled: true });
  send({ id: job.id, diagnostics: { status: statusOf(job.uri, result), chunks: d.value.chunks as Uint8Array[] } });
  if (cancelled()) return send({ id: job.id, cancelled: true });
  send({ id: job.id, result: resultToJson(result).chunks as Uint8Array[] });
}
