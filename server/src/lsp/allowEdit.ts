/**
 * "Allow '…' in this workspace": add the word to the workspace allowlist pack
 * `.copyguard/rules/allow.json`, creating it when needed. The edit goes through the client so
 * it is undoable and the pack watcher reloads it like any other change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { modify, parse } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export function allowFilePath(root: string): string {
  return join(root, '.copyguard', 'rules', 'allow.json');
}

export function allowWordEdit(file: string, word: string): WorkspaceEdit | undefined {
  const uri = pathToFileURL(file).toString();
  if (!existsSync(file)) {
    const content = `${JSON.stringify({ allow: [word] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const current = parse(text) as { allow?: unknown } | undefined;
  if (Array.isArray(current?.allow) && current.allow.includes(word)) return undefined;
  const edits = modify(text, ['allow', -1], word, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  const doc = TextDocument.create(uri, 'json', 0, text);
  return {
    documentChanges: [
      {
        textDocument: { uri, version: null },
        edits: edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content })),
      },
    ],
  };
}
