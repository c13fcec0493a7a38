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

export type WorkerReply =
  /** result and diagnostics: chunks of JSON (see rawJson.ts). */
  | { id: number; done: { status: Status; result: Uint8Array[]; diagnostics: Uint8Array[] } }
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
  port.on('message', (job: WorkerJob) => {
    if (job.packs) checker = createChecker(job.packs);
    let reply: WorkerReply;
    try {
      reply = checker ? check(checker, job, () => Atomics.load(cancel, 0) === job.id) : { id: job.id, error: 'no packs' };
    } catch (e) {
      reply = { id: job.id, error: (e as Error).stack ?? String(e) };
    }
    const transfer = 'done' in reply ? [reply.done.result, reply.done.diagnostics].flatMap((chunks) => new RawJson(chunks).buffers) : [];
    port.postMessage(reply, transfer);
  });
}

function check(checker: Checker, job: WorkerJob, cancelled: () => boolean): WorkerReply {
  // In steps only to notice a cancellation between two of them.
  const steps = checker.checkSteps(job.input);
  let r = steps.next();
  for (; !r.done; r = steps.next()) if (cancelled()) return { id: job.id, cancelled: true };
  const result = r.value;
  const doc = TextDocument.create(job.uri, job.languageId, job.version, job.input.text);
  const toDiagnostics = diagnosticJsonSteps(doc, result, job.lang, { fixes: false });
  let d = toDiagnostics.next();
  for (; !d.done; d = toDiagnostics.next()) if (cancelled()) return { id: job.id, cancelled: true };
  const diagnostics = d.value.chunks as Uint8Array[];
  return { id: job.id, done: { status: statusOf(job.uri, result), result: resultToJson(result).chunks as Uint8Array[], diagnostics } };
}
