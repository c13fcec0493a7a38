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
      const count = quick ? 100 : 400;
      const edits = typingEdits(doc.text, count);
      // Warm up as an editor that has been open a while is: the document as opened, then a whole
      // typing session elsewhere in it (another seed: other places, so nothing measured below is
      // remembered from it). Twenty warm-up edits left much of the JIT's work inside the measured
      // edits (their p95 five to ten times a warm one's).
      for (let i = 0; i < 20; i++) checker.check({ text: doc.text, fileName: doc.fileName });
      for (const e of typingEdits(doc.text, count, 8)) checker.check({ text: e.text, fileName: doc.fileName });
      checker.check({ text: doc.text, fileName: doc.fileName });
      const samples: number[] = [];
      for (const e of edits) {
        const t = performance.now();
        checker.check({ text: e.text, fileName: doc.fileName });
        samples.push(performance.now() - t);
      }
      rows.push({ format, size, bytes: Buffer.byteLength(doc.text), stats: summarize(samples) });
    }
  }
  return rows;
}
