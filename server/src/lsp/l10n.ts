/**
 * The language server's own UI strings (progress titles, code action titles) through
 * @vscode/l10n. English is the source text; the Chinese bundle is l10n/bundle.l10n.zh-cn.json, the
 * same file VS Code loads for the client's strings, bundled in at build time so the server works
 * from any folder and in any editor. Finding messages come in both languages from the engine.
 */
import * as l10n from '@vscode/l10n';
import zhCN from '../../../l10n/bundle.l10n.zh-cn.json';

let current: 'zh' | 'en' | undefined;

export function t(lang: 'zh' | 'en', message: string, ...args: (string | number)[]): string {
  if (lang !== current) {
    l10n.config({ contents: lang === 'zh' ? zhCN : {} });
    current = lang;
  }
  return l10n.t(message, ...args);
}
