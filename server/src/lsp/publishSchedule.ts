/**
 * When a document's diagnostics go out after a change: at once when it had been quiet for the
 * debounce time (or the debounce is 0), after a pause while it is being typed in.
 */
export class PublishSchedule {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document last changed (for publishing at once when idle). */
  private readonly lastRun = new Map<string, number>();

  /** @param publish what to do when a document's turn comes (it looks the document up itself). */
  constructor(
    private readonly publish: (uri: string) => void,
    private readonly debounceMs: () => number,
  ) {}

  /** A document changed (or opened). */
  changed(uri: string): void {
    const debounce = this.debounceMs();
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
    const now = performance.now();
    const idle = !old && now - (this.lastRun.get(uri) ?? -Infinity) >= debounce;
    this.lastRun.set(uri, now);
    if (debounce === 0 || idle) {
      this.publish(uri);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri);
      }, debounce),
    );
  }

  /** A document closed: nothing of it is pending any more. */
  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.lastRun.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
