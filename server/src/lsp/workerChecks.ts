/**
 * The main thread's side of the check worker (checkWorker.ts): one job at a time, in the order
 * asked for; a newer check of the same document replaces a waiting one and stops a running one
 * (neither is ever published).
 *
 * After a job of a document up to REUSE_UP_TO long, the thread stays for the next one: a fresh
 * thread needs ~85 ms to start, and runs its first checks at a fraction of the speed (V8 compiles
 * the engine's hot code meanwhile: ~600 ms of compiling), which every keystroke in such a
 * document paid. Such a job is stopped by a flag it reads between steps, and the next one waits
 * that step out on the same thread. It ends after a while without jobs, and its heap with it.
 *
 * A longer document's job ends its thread, whether it is done or replaced: a thread that checked
 * a 10 MB document keeps a heap sized for it, full of that check's garbage, and the next check on
 * it (or a second thread beside it) pushed the server's peak memory up by a fifth.
 */
import { Worker } from 'node:worker_threads';
import type { CheckerOptions } from '../engine';
import type { WorkerData, WorkerJob, WorkerPrepare, WorkerReply } from './checkWorker';
import type { Status } from './status';

/**
 * The worker's young generation, MB (V8's default is larger): a check allocates fast, and a
 * smaller nursery keeps the two threads' peak RSS together closer to the one thread's.
 */
const YOUNG_GENERATION_MB = 8;
/** How long a thread kept for the next job waits for one. */
const IDLE_MS = 60_000;
/**
 * How long a replaced job may take to notice its flag (one step: a few ms) before its thread is
 * ended anyway: a thread stuck in a check must not hold every later check up.
 */
const CANCEL_GRACE_MS = 2_000;
/**
 * Longest document (UTF-16 units) whose job leaves its thread for the next job: as long as the
 * checker remembers parses for (reuse.ts), so an edit of such a document is also parsed anew only
 * where it changed.
 */
const REUSE_UP_TO = 1 << 20;
/**
 * A check of 10 MB takes a fraction of a second; one still running after this long is stuck (a
 * bug): it fails, and its thread is ended so that the checks after it run.
 */
const JOB_TIMEOUT_MS = 60_000;

export interface WorkerTiming {
  idleMs: number;
  cancelGraceMs: number;
  jobTimeoutMs: number;
}

export type WorkerRequest = Omit<WorkerJob, 'id' | 'packs'>;

/** A worker's diagnostics (JSON chunks, see rawJson.ts) and the document's status. */
export interface WorkerDiagnostics {
  status: Status;
  diagnostics: Uint8Array[];
}

/** A worker's whole check: the diagnostics and the result itself, as JSON chunks. */
export interface WorkerResult extends WorkerDiagnostics {
  result: Uint8Array[];
}

interface Pending {
  job: WorkerJob;
  resolve: (r: WorkerResult | undefined) => void;
  reject: (e: unknown) => void;
  /** Called with the diagnostics as soon as they come, before the result. */
  early?: (d: WorkerDiagnostics) => void;
  diagnostics?: WorkerDiagnostics;
  /** Replaced by a newer check: already resolved, the worker's reply is dropped. */
  cancelled?: boolean;
}

export class WorkerChecks {
  private worker: Worker | undefined;
  private readonly cancelled = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  /** The packs the worker checks with now. */
  private packsSent: CheckerOptions | undefined;
  private idle: NodeJS.Timeout | undefined;
  /** Ends the running job when it takes too long (JOB_TIMEOUT_MS). */
  private deadline: NodeJS.Timeout | undefined;

  private readonly timing: WorkerTiming;

  /**
   * @param script the worker's file: the server bundle, which runs runCheckWorker in a worker thread.
   * @param timing the waits above, where a caller (a test) wants others.
   */
  constructor(
    private readonly script: string,
    timing: Partial<WorkerTiming> = {},
  ) {
    this.timing = { idleMs: IDLE_MS, cancelGraceMs: CANCEL_GRACE_MS, jobTimeoutMs: JOB_TIMEOUT_MS, ...timing };
  }

  /** The worker thread's id, while there is one. */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /**
   * The check's diagnostics and result, or undefined when a newer check of the same document (or
   * `cancel`) replaced it. `early` gets the diagnostics as soon as they are made: the editor waits
   * for them, and the result (for hover and code actions) follows.
   */
  run(request: WorkerRequest, packs: CheckerOptions, early?: (d: WorkerDiagnostics) => void): Promise<WorkerResult | undefined> {
    this.cancel(request.uri);
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...request, id: this.nextId++, packs }, resolve, reject, early });
      this.pump();
    });
  }

  /**
   * Start a thread, and its checker, for a job that is on its way (a large document still being
   * read): its ~85 ms start and the checker's ~15 ms then overlap the reading. Nothing when a
   * thread is there already. Unused, it ends like any idle thread.
   */
  prestart(packs: CheckerOptions): void {
    if (this.worker) return;
    const prepare: WorkerPrepare = { packs };
    this.start().postMessage(prepare);
    this.packsSent = packs;
    this.idle = setTimeout(() => this.stop(), this.timing.idleMs).unref();
  }

  cancel(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const p = this.queue[i]!;
      if (p.job.uri !== uri) continue;
      this.queue.splice(i, 1);
      p.resolve(undefined);
    }
    const running = this.running;
    if (running?.job.uri !== uri || running.cancelled) return;
    Atomics.store(this.cancelled, 0, running.job.id);
    running.cancelled = true;
    running.resolve(undefined);
    // A thread kept for the next job stops at its next step and answers `cancelled`, and the next
    // job waits for that; any other is ended now (its heap with it).
    if (reusesThread(running.job)) setTimeout(() => this.end(running), this.timing.cancelGraceMs).unref();
    else this.end(running);
  }

  /** End the thread running `job`, and go on with the next (the flag covers a reply already under way). */
  private end(job: Pending): void {
    if (this.running !== job) return;
    this.running = undefined;
    this.stop();
    this.pump();
  }

  private timedOut(job: Pending): void {
    if (this.running !== job) return;
    job.reject(new Error(`check worker: no result for ${job.job.uri} after ${this.timing.jobTimeoutMs} ms`));
    this.end(job);
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    this.packsSent = undefined;
    void worker?.terminate();
  }

  private pump(): void {
    if (this.running) return;
    clearTimeout(this.idle);
    clearTimeout(this.deadline);
    if (this.queue.length === 0) {
      if (this.worker) this.idle = setTimeout(() => this.stop(), this.timing.idleMs).unref();
      return;
    }
    const next = this.queue.shift()!;
    this.running = next;
    this.deadline = setTimeout(() => this.timedOut(next), this.timing.jobTimeoutMs).unref();
    const worker = this.start();
    const { packs, ...job } = next.job;
    worker.postMessage(packs === this.packsSent ? job : { ...job, packs });
    this.packsSent = packs;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const data: WorkerData = { cancel: this.cancelled };
    const worker = new Worker(this.script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // Never what keeps the server process alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const p = this.running;
      if (!p || p.job.id !== reply.id) return;
      if ('diagnostics' in reply) {
        if (p.cancelled) return;
        // The job goes on: its result follows.
        p.diagnostics = { status: reply.diagnostics.status, diagnostics: reply.diagnostics.chunks };
        p.early?.(p.diagnostics);
        return;
      }
      this.running = undefined;
      if (!reusesThread(p.job)) this.stop();
      // A cancelled job was resolved when it was cancelled: whatever it answers now is dropped.
      if (!p.cancelled) {
        if ('result' in reply && p.diagnostics) p.resolve({ ...p.diagnostics, result: reply.result });
        else if ('cancelled' in reply || 'result' in reply) p.resolve(undefined);
        else p.reject(new Error(reply.error));
      }
      this.pump();
    });
    const died = (e: unknown) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.packsSent = undefined;
      const p = this.running;
      this.running = undefined;
      p?.reject(e instanceof Error ? e : new Error(`check worker exited (${String(e)})`));
      this.pump();
    };
    worker.on('error', died);
    worker.on('exit', died);
    this.worker = worker;
    return worker;
  }
}

function reusesThread(job: WorkerJob): boolean {
  return job.input.text.length <= REUSE_UP_TO;
}
