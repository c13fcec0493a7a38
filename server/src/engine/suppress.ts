/** Edits that suppress one finding where it stands: a Markdown directive or a JSON ignore entry. */
import { findNodeAtOffset, getNodePath, modify, parseTree, type ParseError } from 'jsonc-parser';
import { formatOf } from './document/fileKind';
import type { TextEdit } from './types';

function pointer(path: (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The edits that make `ruleId` quiet at `offset`, or undefined when the file format has no way. */
export function ignoreEdits(text: string, fileName: string, offset: number, ruleId: string): TextEdit[] | undefined {
  const format = formatOf(fileName);
  if (format === 'markdown') {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return [{ start: lineStart, end: lineStart, newText: `${indent}<!-- copyguard-disable-next-line ${ruleId} -->${eol}` }];
  }
  if (format === 'json') {
    // In a file with syntax errors an inserted entry may land anywhere: offer no ignore there.
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true });
    const node = root && findNodeAtOffset(root, offset);
    if (!root || errors.length || !node || node.type !== 'string') return undefined;
    const entry = { rule: ruleId, path: pointer(getNodePath(node)) };
    const edits = modify(text, ['copyguard', 'ignore', -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' } });
    return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
  }
  return undefined;
}
