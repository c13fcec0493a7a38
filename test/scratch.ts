/**
 * Scratch folders for tests, made under the system's temp folder and removed when the test
 * process exits (node --test runs each file in a process of its own): runs leave nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Left for the system to clear: a failed removal must not change the test run's outcome.
    }
  }
});

/** A new empty folder named copyguard-<prefix>-XXXXXX, removed at exit. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `copyguard-${prefix}-`));
  made.push(dir);
  return dir;
}
