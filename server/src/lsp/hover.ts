/** Hover on a finding: the rule's whole story (engine/explain), several findings together. */
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Pack } from '../engine';
import { explainRule } from '../engine/explain';

export interface HoverDeps {
  getDocument(uri: string): TextDocument | undefined;
  getResult(doc: TextDocument): CheckResult;
  packs(): readonly Pack[];
  asOf(): string;
  lang(): 'zh' | 'en';
}

export function createHoverHandler(deps: HoverDeps) {
  return (params: HoverParams): Hover | null => {
    const doc = deps.getDocument(params.textDocument.uri);
    if (!doc) return null;
    const line = Math.max(0, Math.min(params.position.line, doc.lineCount - 1));
    const offset = doc.offsetAt({ line, character: Math.max(0, params.position.character) });
    const result = deps.getResult(doc);
    const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
    if (here.length === 0) return null;
    const lang = deps.lang();
    const sections: string[] = [];
    const seen = new Set<string>();
    for (const f of here) {
      if (seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      const pack = deps.packs().find((p) => p.platform === f.platform);
      const rule = pack?.rules.find((r) => r.id === f.ruleId);
      if (pack && rule) sections.push(explainRule(pack, rule, deps.asOf(), lang, result.kind));
    }
    const start = Math.min(...here.map((f) => f.start));
    const end = Math.max(...here.map((f) => f.end));
    return {
      contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    };
  };
}
