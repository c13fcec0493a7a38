/**
 * Checks of large documents, a few milliseconds at a time: between two slices the event loop
 * reads and answers other messages (hover, code actions, edits of other documents), so a 10 MB
 * document never holds the server up. A newer check of the same document replaces the running
 * one; its result is never published.
 */
/** Work per slice before the event loop gets a turn. */
const SLICE_MS = 5;

interface Job {
  uri: string;
  start: () => Iterator<void, unknown>;
  steps?: Iterator<void, unknown>;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

export class SlicedChecks {
  private readonly queue: Job[] = [];
  private scheduled = false;

  /**
   * Run the steps `start` makes (a check, then its diagnostics), in slices. Resolves with its result, or with undefined when a
   * newer check of `uri` (or `cancel`) replaced it first; rejects when the check throws.
   */
  run<T>(uri: string, start: () => Iterator<void, T>): Promise<T | undefined> {
    this.cancel(uri);
    return new Promise<T | undefined>((resolve, reject) => {
      this.queue.push({ uri, start, resolve: resolve as (r: unknown) => void, reject });
      this.wake();
    });
  }

  cancel(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (job.uri !== uri) continue;
      this.queue.splice(i, 1);
      job.resolve(undefined);
    }
  }

  private wake(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.slice();
    });
  }

  /** One slice of the oldest job; documents take turns in the order they were asked for. */
  private slice(): void {
    const job = this.queue[0];
    if (!job) return;
    const until = performance.now() + SLICE_MS;
    try {
      job.steps ??= job.start();
      for (;;) {
        const r = job.steps.next();
        if (r.done) {
          this.queue.shift();
          job.resolve(r.value);
          break;
        }
        if (performance.now() >= until) break;
      }
    } catch (e) {
      this.queue.shift();
      job.reject(e);
    } finally {
      this.wake();
    }
  }
}
