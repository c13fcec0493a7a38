/** What one keystroke costs the engine in-process: checker.check on the edited text, warm. */
import { createChecker } from '../../server/src/engine';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { makeDoc, type Format } from './corpus';
import { typingEdits } from './edits';
import { summarize, type Stats } from './stats';

export interface KeystrokeRow {
  format: Format;
  size: string;
  bytes: number;
  stats: Stats;
}

export function keystroke(quick: boolean): KeystrokeRow[] {
  const rows: KeystrokeRow[] = [];
  for (const format of ['markdown', 'json'] as const) {
    for (const [size, bytes] of [['5 KB', 5 * 1024], ['100 KB', 100 * 1024]] as const) {
      const doc = makeDoc(format, 'listing', bytes);
      const checker = createChecker({ packs: builtinPacks() });
      const edits = typingEdits(doc.text, quick ? 100 : 400);
      // Warm the JIT and the scanner on the document as opened, then on a few edits.
      for (let i = 0; i < 20; i++) checker.check({ text: doc.text, fileName: doc.fileName });
      for (const e of edits.slice(0, 20)) checker.check({ text: e.text, fileName: doc.fileName });
      const samples: number[] = [];
      for (const e of edits.slice(20)) {
        const t = performance.now();
        checker.check({ text: e.text, fileName: doc.fileName });
        samples.push(performance.now() - t);
      }
      rows.push({ format, size, bytes: Buffer.byteLength(doc.text), stats: summarize(samples) });
    }
  }
  return rows;
}
