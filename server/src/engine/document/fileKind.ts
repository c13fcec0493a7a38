import type { CopyKind } from '../types';

export type CopyFormat = 'markdown' | 'json';

/** Format from the file name or the editor's language id. */
export function formatOf(fileName: string, languageId?: string): CopyFormat | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.json$/i.test(fileName)) return 'json';
  return undefined;
}

/** Kind from the file name: *.listing.md|json, *.live.md|json, *.card.md|json. */
export function kindFromName(fileName: string): CopyKind | undefined {
  const m = /\.(listing|live|card)\.(md|markdown|json)$/i.exec(fileName);
  return m ? (m[1]!.toLowerCase() as CopyKind) : undefined;
}
